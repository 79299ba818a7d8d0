"""The audit trail: SQLite triggers record every create, change, archive,
restore and delete with the OS user and only the changed columns; the trail
refuses changes; a card's history reads it in words; the last archive or
delete can be undone."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from peewee import IntegrityError, OperationalError, fn

from app import collection_log, customers, groups, ledger
from app.audit import (
    created_in_bulk,
    current_actor,
    expected_triggers,
    install_triggers,
    installed_triggers,
    register_on_connection,
)
from app.audit_history import history, history_count
from app.audit_undo import last_undoable, undo
from app.customer_query import ALL, ARCHIVED, CustomerFilter, find_customers
from app.db import DB
from app.errors import NotAllowedError
from app.models import AuditEntry, BusinessSetting, Contact, Customer, LedgerEntry, Membership
from app.records import Birthday, ContactData, CustomerData


def entries(**where: Any) -> list[tuple[str, int | None, str, dict[str, Any]]]:
    """(entity, entity id, action, changes) of the trail, oldest first."""
    query = AuditEntry.select().order_by(AuditEntry.id)
    for name, value in where.items():
        query = query.where(getattr(AuditEntry, name) == value)
    return [(e.entity, e.entity_id, e.action, json.loads(e.changes)) for e in query]


def new_company(name: str = "华东贸易有限公司", *, group_ids: set[int] | None = None) -> int:
    data = CustomerData(kind="corporate", name=name, mobile="13800138000")
    data.contacts.append(ContactData(name="王芳", title="会计", roles=["finance"]))
    data.contacts.append(ContactData(name="李强", title="经理"))
    data.group_ids = group_ids or set()
    return customers.save_customer(data, confirm=True).id


def test_a_new_database_has_every_trigger(db_path: Path) -> None:
    expected = set(expected_triggers())
    assert installed_triggers() == expected
    assert {"audit_customer_insert", "audit_customer_update", "audit_customer_delete",
            "audit_entry_no_update", "audit_entry_no_delete",
            "audit_business_setting_replace"} <= expected  # fmt: skip
    install_triggers()  # idempotent
    assert installed_triggers() == expected


def test_card_life_is_recorded_with_the_user_and_only_what_changed(db_path: Path) -> None:
    cid = new_company()
    card = customers.load_customer(cid)
    customers.save_customer(card, confirm=True)  # saved unchanged: nothing to record
    card = customers.load_customer(cid)
    card.notes = "月底对账"
    card.tier = "key_account"
    customers.save_customer(card, confirm=True)
    customers.archive_customers([cid])
    customers.restore_customers([cid])
    customers.archive_customers([cid])
    customers.delete_customer(cid)

    card_entries = entries(entity="customer")
    actions = [action for _e, _id, action, _c in card_entries]
    assert actions == ["create", "change", "change", "archive", "restore", "archive", "delete"]
    created = card_entries[0][3]
    assert created["name"] == "华东贸易有限公司"
    assert created["mobile"] == "13800138000"
    assert "notes" not in created and "sort_key" not in created  # empty and derived left out
    assert card_entries[1][3] == {"number": [created["number"], "C000001"]}
    assert card_entries[2][3] == {"notes": ["", "月底对账"], "tier": ["ordinary", "key_account"]}
    assert card_entries[3][3]["archived"] == [0, 1]
    deleted = card_entries[6][3]
    assert (deleted["number"], deleted["notes"], deleted["archived"]) == ("C000001", "月底对账", 1)
    assert {e.actor for e in AuditEntry.select()} == {current_actor()}
    assert {e.customer_id for e in AuditEntry.select()} == {cid}
    assert all(len(e.at) == 23 and e.at[10] == "T" for e in AuditEntry.select())
    contact_actions = [(a, c.get("name")) for _e, _id, a, c in entries(entity="contact")]
    assert contact_actions == [("create", "王芳"), ("create", "李强"),
                               ("delete", "王芳"), ("delete", "李强")]  # fmt: skip


def test_contacts_and_groups_changes(db_path: Path) -> None:
    vip = groups.create_group("重要客户").id
    cid = new_company(group_ids={vip})
    card = customers.load_customer(cid)
    card.contacts[0].mobile = "13900139000"
    del card.contacts[1]
    card.group_ids = set()
    customers.save_customer(card, confirm=True)
    recorded = [(e, a, c) for e, _i, a, c in entries()][-3:]
    assert recorded == [
        ("contact", "delete", {"name": "李强", "title": "经理", "position": 1}),
        ("contact", "change", {"mobile": ["", "13900139000"]}),
        ("membership", "delete", {"group_id": vip}),
    ]


def test_ledger_writes_are_recorded_but_not_the_caches(db_path: Path) -> None:
    cid = new_company()
    invoice = ledger.post_invoice(cid, number="F-1", entry_date=date(2025, 1, 1), amount="1200.00")
    ledger.post_payment(cid, entry_date=date(2025, 1, 20), amount="500.00")
    assert LedgerEntry.get_by_id(invoice).open_fen == 70000
    recorded = [(e, a) for e, _i, a, _c in entries() if e not in ("customer", "contact")]
    assert recorded == [("ledger_entry", "create"), ("ledger_entry", "create"),
                        ("allocation", "create")]  # fmt: skip
    (posted,) = [c for e, i, a, c in entries(entity="ledger_entry") if i == invoice]
    assert (posted["kind"], posted["number"], posted["amount_fen"]) == ("invoice", "F-1", 120000)
    assert "open_fen" not in posted


def test_settings_written_with_replace_record_only_real_changes(db_path: Path) -> None:
    for value in ("30", "30", "45"):
        BusinessSetting.replace(key="overdue_days", value=value).execute()
    assert entries(entity="business_setting") == [
        ("business_setting", None, "create", {"key": "overdue_days", "value": "30"}),
        ("business_setting", None, "change", {"key": ["overdue_days"] * 2, "value": ["30", "45"]}),
    ]


def test_an_import_in_bulk_is_recorded(db_path: Path) -> None:
    from app.import_mapping import guess_mapping
    from app.importer import plan_import, run_import

    class Table:
        headers = ["客户名称", "手机", "分组", "联系人姓名"]
        rows = [["张三", "13800000001", "老客户", ""], ["北方机械厂", "", "老客户", "赵敏"]]
        row_numbers = [2, 3]

    result = run_import(plan_import(Table(), guess_mapping(Table.headers)))  # type: ignore[arg-type]
    assert result.created == 2
    created = {(e, a) for e, _i, a, _c in entries()}
    assert created == {("group", "create"), ("customer", "create"), ("contact", "create"),
                       ("membership", "create")}  # fmt: skip
    names = [c["name"] for e, _i, _a, c in entries(entity="customer")]
    assert names == ["张三", "北方机械厂"]
    assert AuditEntry.select().where(AuditEntry.entity == "membership").count() == 2


def _insert_companies(first_id: int, group_id: int) -> None:
    """Two customers (one archived, one a restored card's version), a contact
    and a membership each."""
    companies = (("东方商行", False, 1), ("西山公司", True, 3))
    for offset, (name, archived, version) in enumerate(companies):
        cid = first_id + offset
        at = datetime(2026, 1, 2, 3, 4, 5)
        Customer.insert(id=cid, number=f"T{cid}", kind="corporate", name=name, sort_key=name,
                        initials="", mobile="13800138000", archived=archived,
                        credit_limit_fen=500000, version=version, created_at=at,
                        updated_at=at).execute()  # fmt: skip
        Contact.insert(customer=cid, position=0, name="王芳", roles="finance").execute()
        Membership.insert(customer=cid, group=group_id).execute()


def _trail_after(mark: int) -> list[tuple[Any, ...]]:
    rows = DB.execute_sql(
        'SELECT "actor", "entity", "entity_id", "customer_id", "action", "changes" '
        'FROM "audit_entry" WHERE "id" > ? ORDER BY "entity", "id"',
        (mark,),
    ).fetchall()
    return [(a, e, i, c, act, json.loads(ch)) for a, e, i, c, act, ch in rows]


def test_rows_recorded_in_bulk_get_the_entries_the_triggers_give(db_path: Path) -> None:
    group_id = groups.create_group("老客户").id
    mark = AuditEntry.select(fn.MAX(AuditEntry.id)).scalar()
    with DB.atomic():
        _insert_companies(101, group_id)
    by_trigger = _trail_after(mark)
    mark = AuditEntry.select(fn.MAX(AuditEntry.id)).scalar()
    with DB.atomic():
        with created_in_bulk("customer", "contact", "membership") as trail:
            assert not {"audit_customer_insert", "audit_contact_insert"} & installed_triggers()
            _insert_companies(201, group_id)
            assert _trail_after(mark) == []  # nothing recorded until asked
            trail.record("customer", 'NEW."id" BETWEEN ? AND ?', (201, 202))
            trail.record("contact", 'NEW."customer_id" BETWEEN ? AND ?', (201, 202))
            trail.record("membership", 'NEW."customer_id" BETWEEN ? AND ?', (201, 202))
    in_bulk = _trail_after(mark)
    assert installed_triggers() == set(expected_triggers())

    def shifted(entries: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        out = []
        for actor, entity, entity_id, customer_id, action, changes in entries:
            if entity == "customer":
                entity_id -= 100
                changes = {**changes, "number": changes["number"].replace("T2", "T1")}
            elif entity == "contact":
                entity_id = None  # the contacts' own ids differ
            out.append((actor, entity, entity_id, customer_id - 100, action, changes))
        return out

    assert len(by_trigger) == 6
    assert [e[4] for e in by_trigger if e[1] == "customer"] == ["create", "restore"]
    assert shifted(in_bulk) == [
        (a, e, None if e == "contact" else i, c, act, ch) for a, e, i, c, act, ch in by_trigger
    ]


def test_triggers_come_back_when_a_bulk_insert_fails(db_path: Path) -> None:
    with pytest.raises(IntegrityError), DB.atomic():
        with created_in_bulk("customer", "contact"):
            Contact.insert(customer=999, position=0, name="无主").execute()
    assert installed_triggers() == set(expected_triggers())
    with pytest.raises(RuntimeError):
        with created_in_bulk("customer"):  # no transaction: refused
            pass


def test_the_trail_cannot_be_changed(db_path: Path) -> None:
    new_company()
    count = AuditEntry.select().count()
    with pytest.raises(IntegrityError, match="audit trail cannot be changed"):
        AuditEntry.update(actor="someone else").execute()
    with pytest.raises(IntegrityError, match="audit trail cannot be changed"):
        DB.execute_sql("DELETE FROM audit_entry WHERE id = 1")
    assert AuditEntry.select().count() == count
    assert {e.actor for e in AuditEntry.select()} == {current_actor()}


def test_another_program_cannot_write_behind_the_trail(db_path: Path) -> None:
    cid = new_company()
    DB.close()
    con = sqlite3.connect(db_path)
    try:
        with pytest.raises(sqlite3.OperationalError, match="no such function: kehu_"):
            con.execute("UPDATE customer SET name = '改名' WHERE id = ?", (cid,))
        assert con.execute("SELECT count(*) FROM customer").fetchone() == (1,)  # reading works
        register_on_connection(con)  # a deliberate repair is recorded like the app
        con.execute("UPDATE customer SET name = '改名' WHERE id = ?", (cid,))
        con.commit()
    finally:
        con.close()
    DB.connect()
    assert Customer.get_by_id(cid).name == "改名"
    assert entries(entity="customer")[-1][2:] == ("change", {"name": ["华东贸易有限公司", "改名"]})


def test_triggers_follow_a_column_added_by_a_migration(db_path: Path) -> None:
    cid = new_company()
    DB.execute_sql("ALTER TABLE customer ADD COLUMN nickname TEXT DEFAULT ''")
    install_triggers()
    DB.execute_sql("UPDATE customer SET nickname = '老华' WHERE id = ?", (cid,))
    assert entries(entity="customer")[-1][2:] == ("change", {"nickname": ["", "老华"]})
    with pytest.raises(OperationalError):  # a trigger names it: SQLite keeps the column
        DB.execute_sql("ALTER TABLE customer DROP COLUMN nickname")


# --- the card's history --------------------------------------------------------------------


def test_history_in_words_newest_first(db_path: Path) -> None:
    vip = groups.create_group("重要客户").id
    cid = new_company(group_ids={vip})
    card = customers.load_customer(cid)
    card.supply_hold = True
    card.supply_hold_reason = "欠款未结"
    card.contacts[0].birthday = Birthday("lunar", 8, 15)
    customers.save_customer(card, confirm=True)
    ledger.post_invoice(
        cid, number="F-9", entry_date=date(2025, 3, 1), amount="1200.00", confirm=True
    )
    collection_log.add_entry(cid, contact_date=date(2025, 4, 1), channel="call", said="月底付")

    found = history(cid, language="zh")
    assert history_count(cid) == len(found) == 8
    summaries = [e.summary for e in found]
    assert summaries == [
        "Collection contact logged: Phone call",
        "Invoice / delivery note F-9 posted: ¥1,200.00",
        "Contact 王芳 changed",
        "Card changed",
        "Added to group 重要客户",
        "Contact 李强 added",
        "Contact 王芳 added",
        "Card created",
    ]
    assert found[0].actor == current_actor()
    birthday = found[2].changes
    assert [(c.label, c.old, c.new) for c in birthday] == [("Birthday", "", "农历 --08-15")]
    changed = {c.label: (c.old, c.new) for c in found[3].changes}
    assert changed["暂停供货"] == ("否", "是")
    assert changed["暂停供货原因"] == ("", "欠款未结")
    created = {c.label: c.new for c in found[-1].changes}
    assert created["客户编号"] == "C000001"  # the number given, not the placeholder
    assert created["类型"] == "单位"
    english = history(cid, 1, 7, language="en")
    assert {c.label: c.new for c in english[0].changes}["Type"] == "Corporate"
    assert [e.summary for e in history(cid, 2, 1)] == summaries[1:3]


def test_history_translates_through_the_callers_function(db_path: Path) -> None:
    cid = new_company()
    table = {"Card created": "创建了客户资料", "Contact {name} added": "添加了联系人{name}"}
    found = history(cid, translate=lambda text: table.get(text, text))
    assert [e.summary for e in found] == ["添加了联系人李强", "添加了联系人王芳", "创建了客户资料"]


def test_a_new_card_given_a_deleted_cards_id_starts_a_fresh_history(db_path: Path) -> None:
    first = new_company("旧公司")
    customers.archive_customers([first])
    customers.delete_customer(first)
    second = customers.save_customer(CustomerData(kind="individual", name="张三"), confirm=True).id
    assert second == first  # SQLite gives the highest id again
    assert [e.summary for e in history(second)] == ["Card created"]


# --- undo -------------------------------------------------------------------------------


def test_undo_of_an_archive_of_several_cards(db_path: Path) -> None:
    ids = [new_company(f"公司{n}") for n in range(3)]
    customers.archive_customers([ids[0]])
    customers.archive_customers(ids[1:])
    found = last_undoable(current_actor())
    assert found is not None
    assert (found.action, found.customer_ids, found.names) == ("archive", tuple(ids[1:]),
                                                              ("公司1", "公司2"))  # fmt: skip
    assert undo(found) == 2
    assert [c.archived for c in Customer.select().order_by(Customer.id)] == [True, False, False]
    assert entries(entity="customer")[-1][2] == "restore"
    older = last_undoable(current_actor())
    assert older is not None and older.customer_ids == (ids[0],)
    with pytest.raises(NotAllowedError):
        undo(found)  # done already
    assert last_undoable("somebody else") is None


def test_a_card_restored_by_hand_is_no_longer_undoable(db_path: Path) -> None:
    cid = new_company()
    customers.archive_customers([cid])
    customers.restore_customers([cid])
    assert last_undoable() is None


def test_undo_of_a_delete_brings_the_card_its_contacts_and_groups_back(db_path: Path) -> None:
    vip = groups.create_group("重要客户").id
    old = groups.create_group("老客户").id
    cid = new_company(group_ids={vip, old})
    card = customers.load_customer(cid)
    card.contacts[1].birthday = Birthday("solar", 5, 17, 1980)
    customers.save_customer(card, confirm=True)
    contact_ids = [c.id for c in customers.load_customer(cid).contacts]
    customers.archive_customers([cid])
    before = customers.load_customer(cid)
    customers.delete_customer(cid)
    assert find_customers(CustomerFilter(text="华东", status=ALL)) == []

    found = last_undoable(current_actor())
    assert found is not None
    assert (found.action, found.customer_ids, found.names) == (
        "delete",
        (cid,),
        ("华东贸易有限公司",),
    )
    assert undo(found) == 1

    after = customers.load_customer(cid)
    assert after.version > before.version
    before.version = after.version
    assert after == before  # number, fields, contacts with their ids and order, groups
    assert [c.id for c in after.contacts] == contact_ids
    assert Membership.select().where(Membership.customer == cid).count() == 2
    (row,) = find_customers(CustomerFilter(text="华东", status=ARCHIVED))
    assert row.id == cid
    assert find_customers(CustomerFilter(text="王芳", status=ALL))[0].id == cid
    assert entries(entity="customer")[-1][2] == "restore"
    summaries = [e.summary for e in history(cid)]
    assert sorted(summaries[:4]) == ["Added to group 老客户", "Added to group 重要客户",
                                     "Contact 李强 added", "Contact 王芳 added"]  # fmt: skip
    assert summaries[4] == "Deleted card brought back"
    assert summaries[-1] == "Card created"  # the earlier history is still the card's
    assert last_undoable() is None  # back as it was before the delete: in the archive


def test_undo_of_a_delete_refused_when_the_number_was_taken(db_path: Path) -> None:
    cid = new_company()
    other = new_company("另一家公司")
    customers.archive_customers([cid])
    customers.delete_customer(cid)
    card = customers.load_customer(other)
    card.number = "C000001"
    customers.save_customer(card, confirm=True)
    found = last_undoable()
    assert found is not None and found.action == "delete"
    with pytest.raises(NotAllowedError) as caught:
        undo(found)
    assert caught.value.params["other"] == "另一家公司"
    assert not Customer.select().where(Customer.name == "华东贸易有限公司").exists()
    assert Contact.select().count() == 2  # the other card's only: nothing half done


def test_a_delete_whose_id_was_given_again_cannot_be_undone(db_path: Path) -> None:
    cid = new_company()
    customers.archive_customers([cid])
    customers.delete_customer(cid)
    customers.save_customer(CustomerData(kind="individual", name="张三"), confirm=True)
    found = last_undoable()
    assert found is None or found.action != "delete"


def test_a_later_migration_that_rebuilds_a_table_keeps_the_trail(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``app.db.migrate`` drops the triggers before each step and installs
    them after it: a step may rebuild an audited table (SQLite's way to add a
    NOT NULL column) and the trail then follows the new column."""
    from peewee import CharField
    from playhouse.migrate import SchemaMigrator, migrate

    import app.db
    from app.db import SCHEMA_VERSION, close_database, open_database

    path = tmp_path / "kehu.sqlite3"
    open_database(path)
    cid = new_company()
    close_database()

    def add_nickname() -> None:
        migrator = SchemaMigrator.from_database(DB.obj)
        migrate(migrator.add_column("customer", "nickname", CharField(default="")))

    monkeypatch.setattr(app.db, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setattr(app.db, "MIGRATIONS", {SCHEMA_VERSION: add_nickname})
    open_database(path)
    try:
        assert installed_triggers() == set(expected_triggers())
        assert "audit_customer_update" in installed_triggers()
        DB.execute_sql("UPDATE customer SET nickname = '老华' WHERE id = ?", (cid,))
        assert entries(entity="customer")[-1][2:] == ("change", {"nickname": ["", "老华"]})
        assert len(entries(entity="customer")) == 3  # created, numbered; the rebuild: nothing
    finally:
        close_database()
