"""Demo data: realistic, valid as the card editor sees it, findable, repeatable."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from email_validator import validate_email
from stdnum.cn import ric, uscc

from app import validation
from app.checks import run_checks
from app.choices import ROLE
from app.customer_query import ALL, CustomerFilter, find_customers
from app.customers import load_customer, validate
from app.db import DB, close_database, open_database
from app.demo import CHUNK_SIZE, GROUP_NAMES, DemoSummary, fill_demo
from app.errors import ValidationError
from app.groups import list_groups
from app.models import Contact, Customer, Group, Membership, SearchKey

N = 2000


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, DemoSummary]]:
    """One demo file shared by the read-only tests of this module."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    open_database(path)
    summary = fill_demo(N, seed=11, workers=0)
    close_database()
    yield path, summary


@pytest.fixture
def demo(demo_file: tuple[Path, DemoSummary]) -> Iterator[DemoSummary]:
    open_database(demo_file[0], create=False)
    yield demo_file[1]
    close_database()


def dump() -> dict[str, list[tuple[object, ...]]]:
    """Everything the demo wrote, in a stable order (group ids by name)."""
    groups = dict(Group.select(Group.id, Group.name).tuples())
    return {
        "customers": list(Customer.select().order_by(Customer.id).tuples()),
        "contacts": list(Contact.select().order_by(Contact.id).tuples()),
        "keys": list(SearchKey.select().order_by(SearchKey.customer).tuples()),
        "members": sorted((cid, groups[gid]) for cid, gid in Membership.select().tuples()),
    }


# --- what is there -------------------------------------------------------------------


def test_counts_add_up(demo: DemoSummary) -> None:
    assert demo.customers == N == Customer.select().count()
    assert demo.individuals + demo.corporate == N
    assert 0.6 < demo.individuals / N < 0.8
    assert demo.contacts == Contact.select().count()
    assert demo.memberships == Membership.select().count()
    assert demo.archived == Customer.select().where(Customer.archived == True).count()  # noqa: E712
    assert 0 < demo.archived < N * 0.05
    assert (demo.first_number, demo.last_number) == ("C000001", f"C{N:06d}")
    numbers = [n for (n,) in Customer.select(Customer.number).order_by(Customer.id).tuples()]
    assert numbers == [f"C{i:06d}" for i in range(1, N + 1)]
    assert SearchKey.select().count() == N


def test_every_card_is_one_the_editor_accepts(demo: DemoSummary) -> None:
    """Loaded back, each card passes the same checks as a card typed in by
    hand: no errors, and not even a warning (a checksum, a birth date that
    differs from the resident ID, a number that is not a mobile...)."""
    problems = []
    for (cid,) in Customer.select(Customer.id).tuples():
        data = load_customer(cid)
        _cleaned, errors, warnings = validate(data)
        if errors or warnings:
            problems.append((data.number, data.name, [str(i) for i in errors + warnings]))
    assert problems == []


def test_resident_ids_valid_and_consistent_with_birthday_and_gender(demo: DemoSummary) -> None:
    rows = list(
        Customer.select(
            Customer.id_number,
            Customer.gender,
            Customer.birth_calendar,
            Customer.birth_year,
            Customer.birth_month,
            Customer.birth_day,
        )
        .where(Customer.id_number != "")
        .tuples()
    )
    assert len(rows) > N * 0.4
    for number, gender, calendar, year, month, day in rows:
        assert ric.validate(number) == number
        born = ric.get_birth_date(number)
        assert (calendar, year, month, day) == ("solar", born.year, born.month, born.day)
        assert gender == ("male" if int(number[16]) % 2 else "female")
    assert len({r[0] for r in rows}) == len(rows)


def test_credit_codes_valid_and_unique(demo: DemoSummary) -> None:
    rows = list(
        Customer.select(Customer.credit_code, Customer.tax_id, Customer.kind)
        .where(Customer.credit_code != "")
        .tuples()
    )
    assert len(rows) > N * 0.2
    for code, tax_id, kind in rows:
        assert uscc.validate(code) == code
        assert kind == "corporate"
        assert tax_id in ("", code)
    assert len({r[0] for r in rows}) == len(rows)


def test_phones_are_stored_the_way_the_editor_stores_them(demo: DemoSummary) -> None:
    phones = [
        (value, column == "mobile")
        for column in ("mobile", "phone", "fax")
        for (value,) in Customer.select(getattr(Customer, column))
        .where(getattr(Customer, column) != "")
        .tuples()
    ] + [
        (value, column == "mobile")
        for column in ("mobile", "phone")
        for (value,) in Contact.select(getattr(Contact, column))
        .where(getattr(Contact, column) != "")
        .tuples()
    ]
    assert len(phones) > N
    for value, mobile in phones:
        issues = validation.Issues()
        assert validation.phone(issues, "p", value, mobile=mobile) == value
        assert not issues.errors and not issues.warnings, value
    mobiles = [v for v, mobile in phones if mobile]
    assert all(re.fullmatch(r"1\d{10}", m) for m in mobiles)
    assert len(set(mobiles)) == len(mobiles)
    landlines = [v for v, mobile in phones if not mobile and v.startswith("0")]
    assert all(re.fullmatch(r"0\d{2,3}-\d{7,8}( 转 \d+)?", v) for v in landlines)


def test_addresses_postcodes_and_emails(demo: DemoSummary) -> None:
    rows = list(Customer.select(Customer.address, Customer.postcode, Customer.language).tuples())
    assert all(address for address, _postcode, _language in rows)
    assert all(re.fullmatch(r"\d{6}", p) for _a, p, language in rows if language == "zh")
    emails = [e for (e,) in Customer.select(Customer.email).where(Customer.email != "").tuples()]
    emails += [e for (e,) in Contact.select(Contact.email).where(Contact.email != "").tuples()]
    assert len(emails) > N * 0.2
    for email in emails:
        assert validate_email(email, check_deliverability=False).normalized == email


def test_contact_persons_only_on_corporate_cards_with_roles(demo: DemoSummary) -> None:
    per_customer = Counter(
        cid
        for (cid,) in Contact.select(Contact.customer)
        .join(Customer)
        .where(Customer.kind == "corporate")
        .tuples()
    )
    corporate = Customer.select().where(Customer.kind == "corporate").count()
    assert len(per_customer) == corporate  # every corporate customer has someone to talk to
    assert set(per_customer.values()) <= {1, 2, 3, 4}
    assert {1, 2, 3, 4} <= set(per_customer.values())
    individuals_with_contacts = (
        Contact.select().join(Customer).where(Customer.kind != "corporate").count()
    )
    assert individuals_with_contacts == 0
    roles = Counter(
        role for (text,) in Contact.select(Contact.roles).tuples() for role in text.split(",")
    )
    assert set(roles) == set(ROLE)
    with_birthday = Contact.select().where(Contact.birth_calendar != "").count()
    assert with_birthday > Contact.select().count() * 0.2


def test_birthdays_solar_lunar_leap_and_without_year(demo: DemoSummary) -> None:
    rows = list(
        Customer.select(Customer.birth_calendar, Customer.birth_year, Customer.birth_leap)
        .where(Customer.birth_calendar != "")
        .tuples()
    ) + list(
        Contact.select(Contact.birth_calendar, Contact.birth_year, Contact.birth_leap)
        .where(Contact.birth_calendar != "")
        .tuples()
    )
    kinds = Counter((calendar, year is not None, bool(leap)) for calendar, year, leap in rows)
    for kind in [
        ("solar", True, False),
        ("solar", False, False),
        ("lunar", True, False),
        ("lunar", False, False),
        ("lunar", True, True),
    ]:
        assert kinds[kind] > 0, kind
    assert not any(leap for calendar, _year, leap in rows if calendar == "solar")


def test_value_credit_and_payment_profiles(demo: DemoSummary) -> None:
    tiers = Counter(t for (t,) in Customer.select(Customer.tier).tuples())
    assert set(tiers) == {"key_account", "ordinary", "prospect", "lost"}
    assert tiers["ordinary"] > tiers["prospect"] > tiers["key_account"]
    limits = [
        fen
        for (fen,) in Customer.select(Customer.credit_limit_fen)
        .where(Customer.credit_limit_fen.is_null(False))
        .tuples()
    ]
    assert limits and all(isinstance(fen, int) and fen % 100 == 0 for fen in limits)
    methods = {m for (m,) in Customer.select(Customer.settlement_method).distinct().tuples()}
    assert {"cash_on_delivery", "pay_previous", "monthly", "net_days"} <= methods
    holds = Customer.select().where(Customer.supply_hold == True)  # noqa: E712
    assert holds.count() > 0
    assert all(c.supply_hold_reason and c.supply_hold_since for c in holds)
    salespeople = {s for (s,) in Customer.select(Customer.salesperson).distinct().tuples()}
    assert 5 <= len(salespeople) <= 10


def test_groups_with_realistic_memberships(demo: DemoSummary) -> None:
    groups = {g.name: g.members for g in list_groups(include_archived=True)}
    assert set(groups) == set(GROUP_NAMES)
    assert 0 < groups["家人"] <= 12
    assert groups["重要客户"] > 0 and groups["华南区"] > groups["西北区"]
    assert groups["集团客户"] > 0 and groups["2026广交会"] > 0
    key_accounts = Customer.select().where(Customer.tier == "key_account").count()
    assert groups["重要客户"] <= key_accounts
    in_no_group = (
        Customer.select().where(Customer.id.not_in(Membership.select(Membership.customer))).count()
    )
    assert in_no_group > N / 2


def test_zhang_san_found_by_typing_zs(demo: DemoSummary) -> None:
    rows = find_customers(CustomerFilter(text="zs", status=ALL), limit=N)
    zhang = [r for r in rows if r.name == "张三"]
    assert len(zhang) == 1
    assert zhang[0].kind == "individual" and not zhang[0].archived
    assert zhang[0].number == "C000001"
    assert [r.name for r in find_customers(CustomerFilter(text="张三"))] == ["张三"]


def test_all_checks_pass_after_the_demo(demo: DemoSummary) -> None:
    results = run_checks(workers=0)
    assert [(r.name, r.details) for r in results if not r.ok] == []


# --- repeatable ------------------------------------------------------------------------


def test_same_seed_same_data_different_seed_different_data(tmp_path: Path) -> None:
    dumps = []
    for name, seed in (("a", 5), ("b", 5), ("c", 6)):
        open_database(tmp_path / f"{name}.sqlite3")
        fill_demo(150, seed, workers=0)
        dumps.append(dump())
        close_database()
    assert dumps[0] == dumps[1]
    assert dumps[0]["customers"] != dumps[2]["customers"]


def test_worker_processes_give_the_same_data(tmp_path: Path) -> None:
    dumps = []
    for name, workers in (("serial", 0), ("parallel", 2)):
        open_database(tmp_path / f"{name}.sqlite3")
        fill_demo(1500, 3, workers=workers)
        dumps.append(dump())
        assert all(r.ok for r in run_checks(workers=0))
        close_database()
    assert dumps[0] == dumps[1]


# --- progress, cancel, adding to a file ---------------------------------------------------


def test_progress_reported_up_to_the_total(db_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    fill_demo(CHUNK_SIZE + 10, 1, progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, CHUNK_SIZE + 10)
    assert seen[-1] == (CHUNK_SIZE + 10, CHUNK_SIZE + 10)
    done = [d for d, _total in seen]
    assert done == sorted(done) and len(seen) >= 3


def test_cancel_rolls_everything_back(db_path: Path) -> None:
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 1  # after the first chunk

    summary = fill_demo(CHUNK_SIZE * 2, 1, cancel=cancel)
    assert summary.cancelled and summary.customers == 0
    for model in (Customer, Contact, SearchKey, Membership, Group):
        assert model.select().count() == 0, model
    assert not DB.in_transaction()


def test_second_fill_adds_with_new_numbers_and_reuses_groups(db_path: Path) -> None:
    fill_demo(60, 1)
    Group.insert(name="VIP", sort_key="vip").execute()
    second = fill_demo(60, 1)
    assert Customer.select().count() == 120
    assert (second.first_number, second.last_number) == ("C000061", "C000120")
    assert Group.select().count() == len(GROUP_NAMES) + 1
    mobiles = [m for (m,) in Customer.select(Customer.mobile).where(Customer.mobile != "").tuples()]
    ids = [
        i for (i,) in Customer.select(Customer.id_number).where(Customer.id_number != "").tuples()
    ]
    assert len(set(mobiles)) == len(mobiles) and len(set(ids)) == len(ids)
    assert Customer.select().where(Customer.name == "张三").count() == 2
    assert all(r.ok for r in run_checks())


def test_number_typed_by_hand_is_skipped(db_path: Path) -> None:
    from app.customers import save_customer
    from app.records import CustomerData

    save_customer(CustomerData(name="王五", number="C000003"))
    summary = fill_demo(5, 1)
    numbers = {n for (n,) in Customer.select(Customer.number).tuples()}
    assert numbers == {"C000003", "C000002", "C000004", "C000005", "C000006", "C000007"}
    assert summary.last_number == "C000007"
    assert all(r.ok for r in run_checks())


@pytest.mark.parametrize("count", [0, -5, 1_000_001])
def test_impossible_sizes_refused(db_path: Path, count: int) -> None:
    with pytest.raises(ValidationError) as raised:
        fill_demo(count, 1)
    assert raised.value.fields == {"customers"}
    assert Customer.select().count() == 0
