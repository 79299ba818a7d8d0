"""The receivables terms on a customer card: currency and late-payment charges
(违约金) as typed, checked, stored exactly (ppm, fen) and loaded back."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app import customers
from app import validation as v
from app.customer_rules import clean, clean_daily_rate, clean_fee_levels
from app.customers import (
    archive_customers,
    daily_rate_from_ppm,
    daily_rate_to_ppm,
    delete_customer,
    has_ledger_entries,
    load_customer,
    save_customer,
)
from app.errors import NotAllowedError, ValidationError
from app.models import (
    BalanceConfirmation,
    CollectionLog,
    Customer,
    InstalmentPlan,
    LedgerEntry,
    PaymentPromise,
    WarningFlag,
)
from app.records import CustomerData

RATE = "late_fee_daily_rate"
FEES = "late_fee_per_level"


def run(check: Any, value: Any) -> tuple[Any, list[str]]:
    issues = v.Issues()
    result = check(issues, "field", value)
    assert all(i.field == "field" for i in issues.errors) and not issues.warnings
    return result, [i.message for i in issues.errors]


def errors_of(**fields: Any) -> tuple[CustomerData, dict[str, list[str]]]:
    fields.setdefault("name", "张三")
    data, issues = clean(CustomerData(**fields))
    found: dict[str, list[str]] = {}
    for issue in issues.errors:
        found.setdefault(issue.field, []).append(issue.message)
    return data, found


def add_invoice(customer_id: int, number: str = "X1") -> LedgerEntry:
    today = date.today()
    return LedgerEntry.create(
        customer=customer_id,
        kind="invoice",
        number=number,
        entry_date=today,
        due_date=today + timedelta(days=30),
        amount_fen=100,
        delta_fen=100,
        open_fen=100,
    )


# --- the daily rate ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "rate"),
    [
        ("0.05", Decimal("0.05")),
        ("０．０５", Decimal("0.05")),  # full-width digits and point
        (" 0.05 % ", Decimal("0.05")),
        ("0.05％", Decimal("0.05")),
        ("0.0500", Decimal("0.05")),
        (".5", Decimal("0.5")),
        ("0.0001", Decimal("0.0001")),  # 1 ppm, the finest
        ("1", Decimal("1")),  # the most
        (Decimal("0.03"), Decimal("0.03")),
    ],
)
def test_daily_rate_accepted_and_normalized(typed: Any, rate: Decimal) -> None:
    result, errors = run(clean_daily_rate, typed)
    assert errors == []
    assert result == rate and str(result) == str(rate)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("0.00005", "At most four decimals"),
        ("0.055", None),  # three decimals are fine
        ("1.01", "more is surely a typo"),
        ("5", "more is surely a typo"),
        ("0", "more than 0"),
        ("-0.05", "more than 0"),
        ("abc", "Not a rate"),
        ("0,05", "Not a rate"),
        ("1e-3", "Not a rate"),
        ("NaN", "Not a rate"),
        (True, "Not a rate"),
    ],
)
def test_daily_rate_refused(typed: Any, message: str | None) -> None:
    result, errors = run(clean_daily_rate, typed)
    if message is None:
        assert errors == [] and result == Decimal("0.055")
    else:
        assert result is None
        assert len(errors) == 1 and message in errors[0], errors


def test_daily_rate_is_never_a_float() -> None:
    with pytest.raises(TypeError):
        run(clean_daily_rate, 0.05)


def test_blank_rate_is_no_rate() -> None:
    assert run(clean_daily_rate, "  ") == (None, [])
    assert run(clean_daily_rate, None) == (None, [])


# --- fees per reminder level -------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("50, 100, 200", "50.00, 100.00, 200.00"),
        ("５０、１００、２００", "50.00, 100.00, 200.00"),
        ("50，100，200", "50.00, 100.00, 200.00"),
        ("50；100", "50.00, 100.00"),
        ("50 100 200", "50.00, 100.00, 200.00"),
        ("¥50, ￥100.5", "50.00, 100.50"),
        ("50元、100元", "50.00, 100.00"),
        ("50元100元", "50.00, 100.00"),  # never 50100
        ("¥ 50 元, 100", "50.00, 100.00"),
        ("5000,10000", "5000.00, 10000.00"),
        ("80", "80.00"),
        ("1, 2, 3, 4, 5", "1.00, 2.00, 3.00, 4.00, 5.00"),
        ("50.00, 100.00, 200.00", "50.00, 100.00, 200.00"),  # its own output
    ],
)
def test_fee_levels_accepted_and_normalized(typed: str, canonical: str) -> None:
    assert run(clean_fee_levels, typed) == (canonical, [])


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("1,500", "one amount or several"),  # thousands comma or two levels?
        ("50,100,200", "one amount or several"),
        ("1,000.00, 2000", "one amount or several"),
        ("1, 2, 3, 4, 5, 6", "At most 5 reminder levels"),
        ("50, 0, 200", "more than 0"),
        ("50, -100", "more than 0"),
        ("10.005", "At most two decimals"),
        ("50, abc", "Not an amount of money"),
        ("¥", "Enter the fee of each reminder level"),
        ("50\n100", "one line"),
    ],
)
def test_fee_levels_refused_keep_the_typing(typed: str, message: str) -> None:
    result, errors = run(clean_fee_levels, typed)
    assert errors and message in errors[0], errors
    assert result == typed.strip()


# --- the card's rules ---------------------------------------------------------------------


def test_currency_is_a_known_code() -> None:
    data, errors = errors_of(currency=" usd ")
    assert data.currency == "USD" and errors == {}
    _data, errors = errors_of(currency="GBP")
    assert list(errors) == ["currency"]
    assert CustomerData().currency == "CNY"


def test_mode_is_a_known_key() -> None:
    _data, errors = errors_of(late_fee_mode="weekly")
    assert list(errors) == ["late_fee_mode"]


def test_daily_mode_needs_the_rate() -> None:
    _data, errors = errors_of(late_fee_mode="daily", late_fee_daily_rate=" ")
    assert errors == {RATE: ["Enter the daily rate, e.g. 0.05 for 0.05 % per day"]}


def test_daily_mode_reports_a_bad_rate_on_its_field() -> None:
    _data, errors = errors_of(late_fee_mode="daily", late_fee_daily_rate="2")
    assert list(errors) == [RATE] and "typo" in errors[RATE][0]


def test_per_reminder_mode_needs_the_fees() -> None:
    _data, errors = errors_of(late_fee_mode="per_reminder")
    assert errors == {FEES: ["Enter the fee of each reminder level, e.g. 50, 100, 200"]}


def test_no_charge_clears_rate_and_fees_even_if_wrong() -> None:
    data, errors = errors_of(late_fee_mode="", late_fee_daily_rate="abc", late_fee_per_level="x")
    assert errors == {}
    assert data.late_fee_daily_rate is None and data.late_fee_per_level == ""


def test_only_the_terms_of_the_chosen_mode_are_kept() -> None:
    data, errors = errors_of(
        late_fee_mode="daily", late_fee_daily_rate="0.05", late_fee_per_level="oops"
    )
    assert errors == {}
    assert data.late_fee_daily_rate == Decimal("0.05") and data.late_fee_per_level == ""
    data, errors = errors_of(
        late_fee_mode="per_reminder", late_fee_daily_rate="99", late_fee_per_level="50、100"
    )
    assert errors == {}
    assert data.late_fee_daily_rate is None and data.late_fee_per_level == "50.00, 100.00"


# --- stored exactly ------------------------------------------------------------------------


def test_daily_rate_round_trip_in_ppm(db_path: Path) -> None:
    saved = save_customer(
        CustomerData(
            name="张三", currency="HKD", late_fee_mode="daily", late_fee_daily_rate="０．０５"
        )
    )
    row = Customer.get_by_id(saved.id)
    assert (row.currency, row.late_fee_mode) == ("HKD", "daily")
    assert row.late_fee_daily_ppm == 500  # 0.05 % = 500 millionths per day
    assert row.late_fee_per_level == ""
    loaded = load_customer(saved.id)
    assert loaded.currency == "HKD" and loaded.late_fee_mode == "daily"
    assert loaded.late_fee_daily_rate == Decimal("0.05")
    assert str(loaded.late_fee_daily_rate) == "0.05"
    save_customer(loaded)  # unchanged: saves again as it is
    assert Customer.get_by_id(saved.id).late_fee_daily_ppm == 500


def test_fees_round_trip_in_fen(db_path: Path) -> None:
    saved = save_customer(
        CustomerData(name="张三", late_fee_mode="per_reminder", late_fee_per_level="50、100.5、200")
    )
    row = Customer.get_by_id(saved.id)
    assert row.late_fee_per_level == "5000,10050,20000"
    assert row.late_fee_daily_ppm is None
    loaded = load_customer(saved.id)
    assert loaded.late_fee_per_level == "50.00, 100.50, 200.00"
    assert customers.fee_levels_fen(row.late_fee_per_level) == [5000, 10050, 20000]


def test_switching_to_no_charge_clears_the_columns(db_path: Path) -> None:
    saved = save_customer(
        CustomerData(name="张三", late_fee_mode="daily", late_fee_daily_rate="0.1")
    )
    data = load_customer(saved.id)
    data.late_fee_mode = ""
    save_customer(data)
    row = Customer.get_by_id(saved.id)
    assert (row.late_fee_mode, row.late_fee_daily_ppm, row.late_fee_per_level) == ("", None, "")
    assert load_customer(saved.id).late_fee_daily_rate is None


@given(ppm=st.integers(min_value=1, max_value=10_000))
def test_every_allowed_rate_is_an_exact_ppm(ppm: int) -> None:
    rate = daily_rate_from_ppm(ppm)
    typed, errors = run(clean_daily_rate, format(rate, "f"))
    assert errors == [] and typed == rate
    assert daily_rate_to_ppm(typed) == ppm


@given(fen=st.lists(st.integers(min_value=1, max_value=10**12), min_size=1, max_size=5))
def test_every_allowed_fee_list_is_exact_in_fen(fen: list[int]) -> None:
    stored = ",".join(map(str, fen))
    text = customers.fee_levels_from_fen(stored)
    again, errors = run(clean_fee_levels, text)
    assert errors == [] and again == text
    assert customers.fee_levels_to_fen(again) == stored


# --- the currency follows the ledger -----------------------------------------------------


def test_currency_cannot_change_once_the_ledger_has_entries(db_path: Path) -> None:
    saved = save_customer(CustomerData(name="张三", currency="USD"))
    data = load_customer(saved.id)
    data.currency = "EUR"
    save_customer(data)  # no entries yet: may change
    data = load_customer(saved.id)
    add_invoice(saved.id)
    assert has_ledger_entries(saved.id)
    data.currency = "CNY"
    with pytest.raises(ValidationError) as caught:
        save_customer(data)
    assert caught.value.fields == {"currency"}
    assert caught.value.issues[0].message == (
        "The currency cannot change once the customer's ledger has entries"
    )
    assert Customer.get_by_id(saved.id).currency == "EUR"
    data.currency = "EUR"
    data.notes = "其他修改照常"
    save_customer(data)
    assert load_customer(saved.id).notes == "其他修改照常"


def test_another_customers_ledger_does_not_lock_the_currency(db_path: Path) -> None:
    other = save_customer(CustomerData(name="李四"))
    add_invoice(other.id)
    saved = save_customer(CustomerData(name="张三"))
    data = load_customer(saved.id)
    data.currency = "JPY"
    save_customer(data)
    assert load_customer(saved.id).currency == "JPY"


# --- history that forbids deleting ---------------------------------------------------------


def _history_rows() -> dict[str, Any]:
    today = date.today()
    return {
        "ledger": lambda cid: add_invoice(cid, f"H{cid}"),
        "log": lambda cid: CollectionLog.create(customer=cid, contact_date=today, channel="call"),
        "promise": lambda cid: PaymentPromise.create(
            customer=cid, made_on=today, due_on=today, amount_fen=100
        ),
        "confirmation": lambda cid: BalanceConfirmation.create(
            customer=cid, sent_on=today, as_of=today, balance_fen=100
        ),
        "plan": lambda cid: InstalmentPlan.create(customer=cid, agreed_on=today, total_fen=100),
        "flag": lambda cid: WarningFlag.create(customer=cid, sign="moving", flagged_on=today),
    }


@pytest.mark.parametrize("kind", sorted(_history_rows()))
def test_customer_with_history_is_archived_never_deleted(db_path: Path, kind: str) -> None:
    saved = save_customer(CustomerData(name="张三"))
    _history_rows()[kind](saved.id)
    archive_customers([saved.id])
    with pytest.raises(NotAllowedError):
        delete_customer(saved.id)
    assert load_customer(saved.id).archived is True


def test_customer_without_history_can_be_deleted(db_path: Path) -> None:
    other = save_customer(CustomerData(name="李四"))
    for make in _history_rows().values():
        make(other.id)
    saved = save_customer(CustomerData(name="张三"))
    archive_customers([saved.id])
    delete_customer(saved.id)
    assert not Customer.select().where(Customer.id == saved.id).exists()
