"""Consistency checks: each passes on a healthy file and fails, naming the
customers concerned, when its invariant is broken."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.bulk import BulkKeys, iter_customer_batches, rebuild_search_keys
from app.checks import (
    N_CONTACTS,
    N_FOREIGN_KEYS,
    N_INTEGRITY,
    N_LEDGER,
    N_MEMBERSHIPS,
    N_NUMBERS,
    N_SCHEMA,
    N_SEARCH_KEYS,
    N_SORT_KEYS,
    CheckResult,
    run_checks,
)
from app.customers import load_customer, save_customer, search_key_for
from app.db import DB, SCHEMA_VERSION, close_database, open_database
from app.demo import fill_demo
from app.errors import DatabaseDamagedError
from app.groups import create_group
from app.models import Contact, Customer, Group, Membership, SchemaInfo, SearchKey
from app.records import ContactData, CustomerData
from app.search_keys import initials, sort_key

ALL_CHECKS = [
    N_INTEGRITY,
    N_FOREIGN_KEYS,
    N_SCHEMA,
    N_NUMBERS,
    N_CONTACTS,
    N_MEMBERSHIPS,
    N_LEDGER,
    N_SEARCH_KEYS,
    N_SORT_KEYS,
]


@pytest.fixture
def demo(db_path: Path) -> Path:
    fill_demo(40, 2, workers=0)
    return db_path


def results() -> dict[str, CheckResult]:
    return {r.name: r for r in run_checks(workers=0)}


def failing() -> dict[str, CheckResult]:
    return {name: r for name, r in results().items() if not r.ok}


def number_of(customer_id: int) -> str:
    return Customer.get_by_id(customer_id).number


def individual_id() -> int:
    return Customer.select(Customer.id).where(Customer.kind == "individual").scalar()


def corporate_id() -> int:
    return Customer.select(Customer.id).where(Customer.kind == "corporate").scalar()


class ForeignKeysOff:
    """Break references the way another program (or a bug) could."""

    def __enter__(self) -> None:
        DB.execute_sql("PRAGMA foreign_keys = OFF")

    def __exit__(self, *exc: object) -> None:
        DB.execute_sql("PRAGMA foreign_keys = ON")


# --- healthy files ---------------------------------------------------------------------


def test_empty_database_passes(db_path: Path) -> None:
    found = results()
    assert list(found) == ALL_CHECKS
    assert all(r.ok for r in found.values())
    assert found[N_SEARCH_KEYS].details == "0 customers, each with one up-to-date search key"


def test_cards_saved_through_the_app_pass(db_path: Path) -> None:
    group = create_group("朋友")
    save_customer(CustomerData(name="张三", mobile="13800138000", group_ids={group.id}))
    save_customer(
        CustomerData(
            kind="corporate",
            name="深圳市华强电子科技有限公司",
            short_name="华强电子",
            contacts=[ContactData(name="李四", mobile="13900139000", roles=["finance"])],
        )
    )
    assert failing() == {}


def test_demo_passes(demo: Path) -> None:
    assert failing() == {}


# --- each check can fail ----------------------------------------------------------------


def test_out_of_date_search_key_found(demo: Path) -> None:
    cid = corporate_id()
    SearchKey.update(text="stale").where(SearchKey.customer == cid).execute()
    bad = failing()
    assert list(bad) == [N_SEARCH_KEYS]
    assert bad[N_SEARCH_KEYS].offenders == (number_of(cid),)
    assert "1 with an out-of-date one" in bad[N_SEARCH_KEYS].details
    assert number_of(cid) in bad[N_SEARCH_KEYS].details


def test_key_not_updated_after_a_contact_was_renamed_found(demo: Path) -> None:
    cid = corporate_id()
    Contact.update(name="欧阳修").where(Contact.customer == cid).execute()
    assert list(failing()) == [N_SEARCH_KEYS]
    rebuild_search_keys()
    assert failing() == {}
    assert SearchKey.get_by_id(cid).text == search_key_for(load_customer(cid))
    assert "ouyangxiu" in SearchKey.get_by_id(cid).text


def test_missing_search_key_found(demo: Path) -> None:
    cid = individual_id()
    SearchKey.delete().where(SearchKey.customer == cid).execute()
    bad = failing()
    assert list(bad) == [N_SEARCH_KEYS]
    assert bad[N_SEARCH_KEYS].params["missing"] == 1
    assert bad[N_SEARCH_KEYS].offenders == (number_of(cid),)


def test_search_key_of_a_deleted_customer_found(demo: Path) -> None:
    with ForeignKeysOff():
        SearchKey.insert(customer=99999, text="ghost").execute()
    bad = failing()
    assert set(bad) == {N_SEARCH_KEYS, N_FOREIGN_KEYS}
    assert bad[N_SEARCH_KEYS].params["orphans"] == 1
    assert "#99999" in bad[N_SEARCH_KEYS].offenders
    assert "search_key → customer: 1" in bad[N_FOREIGN_KEYS].details


def test_wrong_sort_key_found(demo: Path) -> None:
    cid = individual_id()
    Customer.update(sort_key="aaa").where(Customer.id == cid).execute()
    bad = failing()
    assert list(bad) == [N_SORT_KEYS]
    assert bad[N_SORT_KEYS].offenders == (number_of(cid),)


def test_name_changed_behind_the_app_found_in_both_keys(demo: Path) -> None:
    cid = individual_id()
    Customer.update(name="诸葛亮").where(Customer.id == cid).execute()
    assert set(failing()) == {N_SEARCH_KEYS, N_SORT_KEYS}
    Customer.update(sort_key=sort_key("诸葛亮"), initials=initials("诸葛亮")).where(
        Customer.id == cid
    ).execute()
    rebuild_search_keys(first_id=cid, last_id=cid)
    assert failing() == {}


def test_empty_and_duplicate_customer_numbers_found(demo: Path) -> None:
    ids = [cid for (cid,) in Customer.select(Customer.id).order_by(Customer.id).tuples()]
    Customer.update(number=" ").where(Customer.id == ids[0]).execute()
    DB.execute_sql('DROP INDEX "customer_number"')  # what a broken import could leave
    Customer.update(number=number_of(ids[2])).where(Customer.id == ids[1]).execute()
    bad = failing()
    assert N_NUMBERS in bad
    assert bad[N_NUMBERS].params["empty"] == 1
    assert bad[N_NUMBERS].params["duplicates"] == 1
    assert bad[N_NUMBERS].offenders == (f"#{ids[0]}", number_of(ids[2]))


def test_contact_person_on_an_individual_found(demo: Path) -> None:
    cid = individual_id()
    Contact.insert(customer=cid, name="王五").execute()
    bad = failing()
    assert N_CONTACTS in bad
    assert bad[N_CONTACTS].offenders == (number_of(cid),)


def test_membership_of_a_deleted_group_found(demo: Path) -> None:
    member = Membership.select().first()
    with ForeignKeysOff():
        Group.delete().where(Group.id == member.group_id).execute()
    bad = failing()
    assert set(bad) == {N_MEMBERSHIPS, N_FOREIGN_KEYS}
    assert number_of(member.customer_id) in bad[N_MEMBERSHIPS].offenders
    assert bad[N_MEMBERSHIPS].params["groups"] >= 1
    assert bad[N_MEMBERSHIPS].params["customers"] == 0
    assert "membership → group" in bad[N_FOREIGN_KEYS].details
    assert number_of(member.customer_id) in bad[N_FOREIGN_KEYS].offenders


def test_membership_of_a_deleted_customer_found(demo: Path) -> None:
    member = Membership.select().first()
    cid = member.customer_id
    with ForeignKeysOff():
        DB.execute_sql('DELETE FROM "customer" WHERE id = ?', (cid,))
    bad = failing()
    assert {N_MEMBERSHIPS, N_FOREIGN_KEYS, N_SEARCH_KEYS} <= set(bad)
    assert bad[N_MEMBERSHIPS].params["customers"] >= 1
    assert f"#{cid}" in bad[N_MEMBERSHIPS].offenders


def test_schema_version_other_than_this_programs_found(demo: Path) -> None:
    SchemaInfo.update(value="999").where(SchemaInfo.key == "schema_version").execute()
    bad = failing()
    assert list(bad) == [N_SCHEMA]
    assert bad[N_SCHEMA].params == {"found": 999, "known": SCHEMA_VERSION}


def test_schema_version_missing_reported_not_raised(demo: Path) -> None:
    SchemaInfo.delete().where(SchemaInfo.key == "schema_version").execute()
    bad = failing()
    assert list(bad) == [N_SCHEMA]
    assert bad[N_SCHEMA].details.startswith("Could not run:")


def test_damaged_file_found(demo: Path) -> None:
    # Overwrite one page of an index on disk, as a failing disk would.
    root = DB.execute_sql(
        "SELECT rootpage FROM sqlite_master WHERE name = 'customer_mobile'"
    ).fetchone()[0]
    page_size = DB.execute_sql("PRAGMA page_size").fetchone()[0]
    close_database()  # checkpoints the WAL into the file
    with demo.open("r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\xff" * page_size)
    before = demo.read_bytes()
    # Caught when the file is opened (the start-up check), before any check
    # runs or anything writes to it.
    with pytest.raises(DatabaseDamagedError, match="damaged"):
        open_database(demo, create=False)
    assert demo.read_bytes() == before


# --- the bulk tools ---------------------------------------------------------------------


def test_bulk_keys_agree_with_search_key_for(demo: Path) -> None:
    keys = BulkKeys(verify_first=0, verify_every=10**9)  # the shortcut alone
    cards = [card for batch in iter_customer_batches(batch_size=7) for _row, card in batch]
    assert len(cards) == 40
    odd = [
        CustomerData(name="Pacific Trading Co., Ltd.", short_name="Pacific"),
        CustomerData(name="8-18 号店", phone="+86 138 0013 8000", wechat="WX_Zs"),
        CustomerData(name="曾单", contacts=[ContactData(name="单于"), ContactData(name="  ")]),
    ]
    for card in cards + odd:
        assert keys.search_key(card) == search_key_for(card)
        assert keys.sort_key(card.name) == sort_key(card.name)
    assert not keys.exact and keys.fast_results == len(cards) + len(odd)


def test_batches_read_cards_as_load_customer_does(demo: Path) -> None:
    for batch in iter_customer_batches(batch_size=9):
        for row, card in batch:
            assert card == load_customer(row["id"])


def test_worker_processes_find_the_same(demo: Path) -> None:
    cid = corporate_id()
    SearchKey.update(text="stale").where(SearchKey.customer == cid).execute()
    serial = [(r.name, r.ok, r.details) for r in run_checks(workers=0)]
    parallel = [(r.name, r.ok, r.details) for r in run_checks(workers=2)]
    assert serial == parallel
    assert [name for name, ok, _details in parallel if not ok] == [N_SEARCH_KEYS]


def test_progress_follows_the_customer_pass(demo: Path) -> None:
    seen: list[tuple[int, int]] = []
    run_checks(progress=lambda done, total: seen.append((done, total)), workers=0)
    assert seen[-1] == (40, 40)
