"""Schema 1 (customer files) to 2 (receivables and collection) to 3 (printed
documents) to 4 (birthdays and greetings) to 5 (the audit trail): the cards
and the log are kept, the new columns get their defaults, the new tables are
there, a backup of the old file is made first."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from peewee import IntegrityError

from app import collection_log, customers, ledger
from app.audit import expected_triggers, installed_triggers
from app.customers import load_customer, save_customer
from app.db import SCHEMA_VERSION, close_database, open_database, read_schema_version
from app.models import (
    V2_MODELS,
    V3_MODELS,
    V4_MODELS,
    AuditEntry,
    CollectionLog,
    Contact,
    Customer,
    DunningTemplate,
    GreetingMark,
)
from app.records import ContactData, CustomerData

NEW_COLUMNS = ("currency", "late_fee_mode", "late_fee_daily_ppm", "late_fee_per_level")


def strip_audit(con: sqlite3.Connection) -> None:
    """Take the trail away (schema 5): its triggers name columns that the
    older schemas did not have."""
    triggers = con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()
    for (name,) in triggers:
        con.execute(f'DROP TRIGGER "{name}"')
    con.execute('DROP TABLE "audit_entry"')


def make_v1_file(path: Path) -> int:
    """A file as schema 1 wrote it: without the new tables and columns."""
    open_database(path)
    data = CustomerData(kind="corporate", name="老客户有限公司")
    data.contacts.append(ContactData(name="李会计", title="会计"))
    cid = save_customer(data, confirm=True).id
    close_database()
    con = sqlite3.connect(path)
    strip_audit(con)
    for model in reversed(V2_MODELS + V3_MODELS + V4_MODELS):
        con.execute(f'DROP TABLE "{model._meta.table_name}"')
    drop_salutations(con)
    for column in NEW_COLUMNS:
        con.execute(f'ALTER TABLE "customer" DROP COLUMN "{column}"')
    con.execute("UPDATE schema_info SET value = '1' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    return cid


def drop_salutations(con: sqlite3.Connection) -> None:
    for table in ("customer", "contact"):
        con.execute(f'ALTER TABLE "{table}" DROP COLUMN "salutation"')


def make_v3_file(path: Path) -> int:
    """A file as schema 3 wrote it: a company with a contact person."""
    open_database(path)
    data = CustomerData(kind="corporate", name="三期客户有限公司")
    data.contacts.append(ContactData(name="王强", title="总经理"))
    cid = save_customer(data, confirm=True).id
    close_database()
    con = sqlite3.connect(path)
    strip_audit(con)
    for model in reversed(V4_MODELS):
        con.execute(f'DROP TABLE "{model._meta.table_name}"')
    drop_salutations(con)
    con.execute("UPDATE schema_info SET value = '3' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    return cid


def test_version_3_file_is_brought_to_version_5(tmp_path: Path) -> None:
    path = tmp_path / "kehu.sqlite3"
    cid = make_v3_file(path)
    open_database(path)
    try:
        assert read_schema_version() == SCHEMA_VERSION == 5
        assert Customer.get_by_id(cid).salutation == ""
        (contact,) = Contact.select().where(Contact.customer == cid)
        assert (contact.name, contact.salutation) == ("王强", "")
        GreetingMark.create(occasion="mid_autumn", year=2026, customer=cid, contact=contact.id,
                            person=contact.id)  # fmt: skip
        assert GreetingMark.select().count() == 1
    finally:
        close_database()
    assert len(list(tmp_path.rglob("kehu.before-migration-v3-*.sqlite3"))) == 1


def make_v2_file(path: Path) -> int:
    """A file as schema 2 wrote it, with one collection log entry."""
    open_database(path)
    cid = save_customer(CustomerData(kind="corporate", name="二期客户有限公司"), confirm=True).id
    collection_log.add_entry(cid, contact_date=date(2026, 1, 5), channel="call", said="下周付")
    close_database()
    con = sqlite3.connect(path)
    strip_audit(con)
    for model in reversed(V3_MODELS + V4_MODELS):
        con.execute(f'DROP TABLE "{model._meta.table_name}"')
    drop_salutations(con)
    con.execute('ALTER TABLE "collection_log" DROP COLUMN "amount_fen"')
    con.execute("UPDATE schema_info SET value = '2' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    return cid


def test_version_2_file_is_brought_to_version_5(tmp_path: Path) -> None:
    path = tmp_path / "kehu.sqlite3"
    cid = make_v2_file(path)
    open_database(path)
    try:
        assert read_schema_version() == SCHEMA_VERSION == 5
        (entry,) = CollectionLog.select().where(CollectionLog.customer == cid)
        assert entry.said == "下周付"
        assert entry.amount_fen is None
        assert DunningTemplate.select().count() == 0  # the built-in texts apply
    finally:
        close_database()
    assert len(list(tmp_path.rglob("kehu.before-migration-v2-*.sqlite3"))) == 1


def test_version_1_file_is_brought_to_version_5(tmp_path: Path) -> None:
    path = tmp_path / "kehu.sqlite3"
    cid = make_v1_file(path)
    open_database(path)
    try:
        assert read_schema_version() == SCHEMA_VERSION == 5
        card = load_customer(cid)
        assert card.name == "老客户有限公司"
        assert card.currency == "CNY"
        assert card.late_fee_mode == ""
        # Adding NOT NULL columns rebuilds the customer table: its contacts
        # must survive (no cascade from the dropped old table).
        assert [c.name for c in card.contacts] == ["李会计"]
        # The ledger works on the migrated file.
        ledger.post_invoice(cid, number="M-1", entry_date=date(2025, 1, 1), amount="12.34")
        assert ledger.balance_fen(cid) == 1234
    finally:
        close_database()
    backups = list(tmp_path.rglob("kehu.before-migration-v1-*.sqlite3"))
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    columns = {row[1] for row in con.execute('PRAGMA table_info("customer")')}
    con.close()
    assert not columns & set(NEW_COLUMNS)  # the backup is the untouched old file


def make_v4_file(path: Path) -> tuple[int, dict[str, list[tuple[object, ...]]]]:
    """A file as schema 4 wrote it (no trail): a company with a contact, a
    group, an invoice and a log entry; and every row of those tables."""
    from app import groups

    open_database(path)
    data = CustomerData(kind="corporate", name="四期客户有限公司")
    data.contacts.append(ContactData(name="赵敏", title="财务"))
    data.group_ids = {groups.create_group("老客户").id}
    cid = save_customer(data, confirm=True).id
    ledger.post_invoice(cid, number="F-4", entry_date=date(2025, 3, 1), amount="1200.00")
    collection_log.add_entry(cid, contact_date=date(2025, 4, 1), channel="call", said="月底付")
    close_database()
    con = sqlite3.connect(path)
    strip_audit(con)
    con.execute("UPDATE schema_info SET value = '4' WHERE key = 'schema_version'")
    con.commit()
    rows = {table: rows_of(con, table) for table in TABLES_KEPT}
    con.close()
    return cid, rows


def rows_of(con: sqlite3.Connection, table: str) -> list[tuple[object, ...]]:
    return con.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()


TABLES_KEPT = ("customer", "contact", "group", "membership", "ledger_entry", "collection_log",
               "search_key")  # fmt: skip


def test_version_4_file_gets_the_trail_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "kehu.sqlite3"
    cid, before = make_v4_file(path)
    open_database(path)
    try:
        assert read_schema_version() == SCHEMA_VERSION == 5
        assert installed_triggers() == set(expected_triggers())
        assert AuditEntry.select().count() == 0  # the migration itself records nothing
        card = load_customer(cid)
        card.notes = "迁移之后"
        save_customer(card, confirm=True)
        customers.archive_customers([cid])
        actions = [e.action for e in AuditEntry.select().order_by(AuditEntry.id)]
        assert actions == ["change", "archive"]
        with pytest.raises(IntegrityError, match="audit trail cannot be changed"):
            AuditEntry.delete().execute()
    finally:
        close_database()
    con = sqlite3.connect(path)
    try:
        for table in ("contact", "group", "membership", "ledger_entry", "collection_log"):
            assert (
                con.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall() == before[table]
            )
    finally:
        con.close()
    (backup,) = tmp_path.rglob("kehu.before-migration-v4-*.sqlite3")
    con = sqlite3.connect(backup)
    try:
        tables = {name for (name,) in con.execute("SELECT name FROM sqlite_master")}
        assert "audit_entry" not in tables
        for table in TABLES_KEPT:
            assert (
                con.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall() == before[table]
            )
    finally:
        con.close()
