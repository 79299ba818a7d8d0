"""Schema 1 (customer files) to 2 (receivables and collection) to 3 (printed
documents) to 4 (birthdays and greetings): the cards and the log are kept, the new columns get their
defaults, the new tables are there, a backup of the old file is made first."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from app import collection_log, ledger
from app.customers import load_customer, save_customer
from app.db import SCHEMA_VERSION, close_database, open_database, read_schema_version
from app.models import (
    V2_MODELS,
    V3_MODELS,
    V4_MODELS,
    CollectionLog,
    Contact,
    Customer,
    DunningTemplate,
    GreetingMark,
)
from app.records import ContactData, CustomerData

NEW_COLUMNS = ("currency", "late_fee_mode", "late_fee_daily_ppm", "late_fee_per_level")


def make_v1_file(path: Path) -> int:
    """A file as schema 1 wrote it: without the new tables and columns."""
    open_database(path)
    data = CustomerData(kind="corporate", name="老客户有限公司")
    data.contacts.append(ContactData(name="李会计", title="会计"))
    cid = save_customer(data, confirm=True).id
    close_database()
    con = sqlite3.connect(path)
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
    for model in reversed(V4_MODELS):
        con.execute(f'DROP TABLE "{model._meta.table_name}"')
    drop_salutations(con)
    con.execute("UPDATE schema_info SET value = '3' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    return cid


def test_version_3_file_is_brought_to_version_4(tmp_path: Path) -> None:
    path = tmp_path / "kehu.sqlite3"
    cid = make_v3_file(path)
    open_database(path)
    try:
        assert read_schema_version() == SCHEMA_VERSION == 4
        assert Customer.get_by_id(cid).salutation == ""
        (contact,) = Contact.select().where(Contact.customer == cid)
        assert (contact.name, contact.salutation) == ("王强", "")
        GreetingMark.create(occasion="mid_autumn", year=2026, customer=cid, contact=contact.id,
                            person=contact.id)  # fmt: skip
        assert GreetingMark.select().count() == 1
    finally:
        close_database()
    assert len(list(tmp_path.glob("kehu.before-migration-v3-*.sqlite3"))) == 1


def make_v2_file(path: Path) -> int:
    """A file as schema 2 wrote it, with one collection log entry."""
    open_database(path)
    cid = save_customer(CustomerData(kind="corporate", name="二期客户有限公司"), confirm=True).id
    collection_log.add_entry(cid, contact_date=date(2026, 1, 5), channel="call", said="下周付")
    close_database()
    con = sqlite3.connect(path)
    for model in reversed(V3_MODELS + V4_MODELS):
        con.execute(f'DROP TABLE "{model._meta.table_name}"')
    drop_salutations(con)
    con.execute('ALTER TABLE "collection_log" DROP COLUMN "amount_fen"')
    con.execute("UPDATE schema_info SET value = '2' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    return cid


def test_version_2_file_is_brought_to_version_4(tmp_path: Path) -> None:
    path = tmp_path / "kehu.sqlite3"
    cid = make_v2_file(path)
    open_database(path)
    try:
        assert read_schema_version() == SCHEMA_VERSION == 4
        (entry,) = CollectionLog.select().where(CollectionLog.customer == cid)
        assert entry.said == "下周付"
        assert entry.amount_fen is None
        assert DunningTemplate.select().count() == 0  # the built-in texts apply
    finally:
        close_database()
    assert len(list(tmp_path.glob("kehu.before-migration-v2-*.sqlite3"))) == 1


def test_version_1_file_is_brought_to_version_4(tmp_path: Path) -> None:
    path = tmp_path / "kehu.sqlite3"
    cid = make_v1_file(path)
    open_database(path)
    try:
        assert read_schema_version() == SCHEMA_VERSION == 4
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
    backups = list(tmp_path.glob("kehu.before-migration-v1-*.sqlite3"))
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    columns = {row[1] for row in con.execute('PRAGMA table_info("customer")')}
    con.close()
    assert not columns & set(NEW_COLUMNS)  # the backup is the untouched old file
