"""Late-payment charges (违约金), checked against sums done by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app import late_charges
from app.ageing import ageing
from app.errors import (
    ConcurrentEditError,
    NeedsConfirmation,
    NotAllowedError,
    ValidationError,
)
from app.late_charges import ChargePeriod, compute, post, totals_by_customer, waive
from app.ledger import post_invoice, post_payment, reverse_entry
from app.models import ChargeMark, CollectionLog, Customer, LedgerEntry

pytestmark = pytest.mark.usefixtures("db_path")

D = date.fromisoformat


def customer(
    number: str = "C000001",
    *,
    mode: str = "daily",
    ppm: int | None = 500,
    per_level: str = "",
) -> int:
    return Customer.create(
        number=number,
        kind="corporate",
        name="远大贸易有限公司",
        sort_key="yuan da mao yi",
        late_fee_mode=mode,
        late_fee_daily_ppm=ppm,
        late_fee_per_level=per_level,
    ).id


def invoice(cid: int, number: str, amount: str, due: str, *, on: str = "2024-12-01") -> int:
    return post_invoice(cid, number=number, entry_date=on, amount=amount, due_date=due)


def stored() -> tuple[int, int]:
    return (
        ChargeMark.select().count(),
        LedgerEntry.select().where(LedgerEntry.kind == "charge").count(),
    )


# --- daily rate --------------------------------------------------------------------------------


def test_ten_thousand_overdue_30_days_at_005_percent_is_150() -> None:
    cid = customer()
    debt = invoice(cid, "SO2025-0001", "10000.00", "2025-01-01")
    charges = compute(cid, D("2025-01-31"))
    assert charges.total == Decimal("150.00")
    assert charges.currency == "CNY" and charges.mode == "daily"
    (line,) = charges.lines
    assert line.debt_id == debt and line.number == "SO2025-0001"
    assert (line.from_date, line.to_date, line.days) == (D("2025-01-01"), D("2025-01-31"), 30)
    assert line.base == Decimal("10000.00") and line.amount == Decimal("150.00")
    assert line.description == "Late-payment charge SO2025-0001 2025-01-01–2025-01-31"


def test_partial_payment_lowers_the_base_from_its_date() -> None:
    cid = customer()
    invoice(cid, "SO2025-0001", "10000.00", "2025-01-01")
    post_payment(cid, entry_date="2025-01-16", amount="4000.00")
    # Jan 2-15: 14 days on 10,000.00 = 70.00; Jan 16-31: 16 days on 6,000.00 = 48.00
    (line,) = compute(cid, D("2025-01-31")).lines
    assert line.amount == Decimal("118.00")
    assert line.days == 30
    assert line.periods == (
        ChargePeriod(D("2025-01-02"), D("2025-01-15"), Decimal("10000.00"), 14),
        ChargePeriod(D("2025-01-16"), D("2025-01-31"), Decimal("6000.00"), 16),
    )


def test_reversed_payment_raises_the_base_again() -> None:
    cid = customer()
    invoice(cid, "SO2025-0001", "10000.00", "2025-01-01")
    paid = post_payment(cid, entry_date="2025-01-16", amount="4000.00")
    reverse_entry(paid, entry_date="2025-01-26", reason="支票退票")
    # 14 days x 10,000 = 70.00; 10 days x 6,000 = 30.00; 6 days x 10,000 = 30.00
    assert compute(cid, D("2025-01-31")).total == Decimal("130.00")


def test_days_after_full_payment_accrue_nothing() -> None:
    cid = customer()
    invoice(cid, "SO2025-0001", "10000.00", "2025-01-01")
    post_payment(cid, entry_date="2025-01-11", amount="10000.00")
    (line,) = compute(cid, D("2025-03-31")).lines
    assert line.days == 9 and line.amount == Decimal("45.00")  # Jan 2-10


def test_paid_by_the_due_date_accrues_nothing() -> None:
    cid = customer()
    invoice(cid, "SO2025-0001", "10000.00", "2025-01-01")
    post_payment(cid, entry_date="2025-01-01", amount="10000.00")
    assert compute(cid, D("2025-03-31")).lines == ()


def test_rounded_half_up_once_per_debt() -> None:
    cid = customer()
    invoice(cid, "SO2025-0001", "12345.00", "2025-01-01")
    # 12,345.00 x 0.05 % x 2 days = 12.345 exactly: half-up gives 12.35
    # (banker's rounding would give 12.34).
    assert compute(cid, D("2025-01-03")).total == Decimal("12.35")


def test_fractions_of_periods_add_up_before_rounding() -> None:
    cid = customer(ppm=1)
    invoice(cid, "SO2025-0001", "3000.00", "2025-01-01")
    post_payment(cid, entry_date="2025-01-03", amount="1000.00")
    # 300,000 fen x 1 day x 1 ppm = 0.3 fen, then 200,000 x 1 x 1 = 0.2 fen:
    # 0.5 fen rounds up to 0.01 (each period rounded alone would give 0.00).
    assert compute(cid, D("2025-01-03")).total == Decimal("0.01")


def test_no_charge_before_due_or_without_terms() -> None:
    cid = customer()
    invoice(cid, "SO2025-0001", "10000.00", "2025-01-31")
    assert compute(cid, D("2025-01-15")).lines == ()
    assert compute(cid, D("2025-01-31")).lines == ()  # due today: not late yet
    assert compute(cid, D("2025-02-01")).total == Decimal("5.00")
    none = customer("C000002", mode="", ppm=500)
    invoice(none, "SO2025-0002", "10000.00", "2025-01-01")
    assert compute(none, D("2025-06-30")).lines == ()
    assert compute(none, D("2025-06-30")).total == Decimal("0.00")
    no_rate = customer("C000003", ppm=None)
    invoice(no_rate, "SO2025-0003", "10000.00", "2025-01-01")
    assert compute(no_rate, D("2025-06-30")).lines == ()


def test_debt_on_hold_accrues_only_after_the_hold() -> None:
    cid = customer()
    debt = invoice(cid, "SO2025-0001", "10000.00", "2025-01-01")
    LedgerEntry.update(hold_reason="质量争议", hold_until=None).where(
        LedgerEntry.id == debt
    ).execute()
    assert compute(cid, D("2025-01-31")).lines == ()  # open-ended hold: nothing
    LedgerEntry.update(hold_until=D("2025-01-21")).where(LedgerEntry.id == debt).execute()
    (line,) = compute(cid, D("2025-01-31")).lines
    assert (line.from_date, line.days, line.amount) == (D("2025-01-21"), 10, Decimal("50.00"))


# --- posting and waiving ---------------------------------------------------------------


def test_nothing_stored_without_confirmation() -> None:
    cid = customer()
    invoice(cid, "SO2025-0001", "10000.00", "2025-01-01")
    with pytest.raises(NeedsConfirmation) as caught:
        post(cid, D("2025-01-31"))
    assert "CNY 150.00" in str(caught.value) and "C000001" in str(caught.value)
    assert caught.value.warnings[0].params["count"] == 1
    assert stored() == (0, 0)
    assert compute(cid, D("2025-01-31")).total == Decimal("150.00")


def test_posted_charge_is_a_charge_debt_and_the_next_run_starts_after_it() -> None:
    cid = customer()
    debt = invoice(cid, "SO2025-0001", "10000.00", "2025-01-01")
    (entry_id,) = post(cid, D("2025-01-31"), confirm=True)
    charge = LedgerEntry.get_by_id(entry_id)
    assert charge.kind == "charge" and charge.charge_for_id == debt
    assert (charge.amount_fen, charge.open_fen) == (15000, 15000)
    assert charge.entry_date == charge.due_date == D("2025-01-31")
    assert charge.description == "Late-payment charge SO2025-0001 2025-01-01–2025-01-31"
    mark = ChargeMark.get()
    assert (mark.action, mark.through_date, mark.amount_fen, mark.entry_id) == (
        "posted",
        D("2025-01-31"),
        15000,
        entry_id,
    )
    assert compute(cid, D("2025-01-31")).lines == ()
    # The charge is part of what the customer owes, apart from the invoice.
    report = ageing(D("2025-01-31"))
    assert report.rows[0].balance_fen == 1_000_000 + 15000
    # Later: only the new days, and the charge itself accrues nothing.
    (line,) = compute(cid, D("2025-02-10")).lines
    assert (line.debt_id, line.from_date, line.days) == (debt, D("2025-01-31"), 10)
    assert line.amount == Decimal("50.00")


def test_waived_charge_is_not_charged_again() -> None:
    cid = customer()
    invoice(cid, "SO2025-0001", "10000.00", "2025-01-01")
    with pytest.raises(ValidationError) as caught:
        waive(cid, D("2025-01-31"), reason="  ")
    assert caught.value.fields == {"reason"}
    assert stored() == (0, 0)
    (mark_id,) = waive(cid, D("2025-01-31"), reason="老客户,首次逾期")
    mark = ChargeMark.get_by_id(mark_id)
    assert (mark.action, mark.amount_fen, mark.reason) == ("waived", 15000, "老客户,首次逾期")
    assert stored() == (1, 0)  # no ledger entry
    assert compute(cid, D("2025-01-31")).total == Decimal("0.00")
    assert compute(cid, D("2025-02-01")).total == Decimal("5.00")
    with pytest.raises(NotAllowedError):
        waive(cid, D("2025-01-31"), reason="again")


def test_post_some_lines_only() -> None:
    cid = customer()
    invoice(cid, "SO2025-0001", "10000.00", "2025-01-01")
    second = invoice(cid, "SO2025-0002", "2000.00", "2025-01-11")
    charges = compute(cid, D("2025-01-31"))
    assert [line.amount for line in charges.lines] == [Decimal("150.00"), Decimal("20.00")]
    assert charges.total == Decimal("170.00")
    post(cid, D("2025-01-31"), lines=charges.lines[1:], confirm=True)
    (left,) = compute(cid, D("2025-01-31")).lines
    assert left.number == "SO2025-0001"
    assert ChargeMark.get().debt_id == second


def test_lines_that_changed_since_shown_are_refused() -> None:
    cid = customer()
    invoice(cid, "SO2025-0001", "10000.00", "2025-01-01")
    shown = compute(cid, D("2025-01-31")).lines
    post_payment(cid, entry_date="2025-01-20", amount="1000.00")
    with pytest.raises(ConcurrentEditError):
        post(cid, D("2025-01-31"), lines=shown, confirm=True)
    assert stored() == (0, 0)


def test_no_posting_for_a_future_date() -> None:
    cid = customer()
    invoice(cid, "SO2025-0001", "10000.00", "2025-01-01")
    future = date.today().replace(year=date.today().year + 1)
    assert compute(cid, future).total > 0  # a forecast is fine
    with pytest.raises(ValidationError) as caught:
        post(cid, future, confirm=True)
    assert caught.value.fields == {"as_of"}
    assert stored() == (0, 0)


def test_nothing_to_post() -> None:
    cid = customer()
    with pytest.raises(NotAllowedError):
        post(cid, D("2025-01-31"), confirm=True)


# --- per reminder ------------------------------------------------------------------------


def letter(cid: int, when: str, level: int, *, corrects: int | None = None) -> int:
    return CollectionLog.create(
        customer=cid, contact_date=D(when), channel="letter", dunning_level=level, corrects=corrects
    ).id


def test_fee_per_letter_by_level_and_beyond_the_list() -> None:
    cid = customer(mode="per_reminder", ppm=None, per_level="5000,10000,20000")
    invoice(cid, "SO2025-0001", "10000.00", "2025-01-01")
    CollectionLog.create(customer=cid, contact_date=D("2025-01-05"), channel="call")  # no letter
    first = letter(cid, "2025-01-10", 1)
    letter(cid, "2025-02-10", 2)
    letter(cid, "2025-03-10", 3)
    letter(cid, "2025-04-10", 5)  # beyond the list: the last fee
    letter(cid, "2025-05-10", 1)  # after as_of
    charges = compute(cid, D("2025-04-30"))
    assert [(line.level, line.amount) for line in charges.lines] == [
        (1, Decimal("50.00")),
        (2, Decimal("100.00")),
        (3, Decimal("200.00")),
        (5, Decimal("200.00")),
    ]
    assert charges.total == Decimal("550.00")
    assert charges.lines[0].letter_log_id == first and charges.lines[0].debt_id is None
    assert charges.lines[0].description == "Reminder fee, level 1 letter of 2025-01-10"

    post(cid, D("2025-04-30"), lines=charges.lines[:1], confirm=True)
    assert LedgerEntry.get(LedgerEntry.kind == "charge").amount_fen == 5000
    waive(cid, D("2025-04-30"), reason="协商减免", lines=charges.lines[1:2])
    assert compute(cid, D("2025-04-30")).total == Decimal("400.00")


def test_corrected_letters_count_once() -> None:
    cid = customer(mode="per_reminder", ppm=None, per_level="5000, 10000")
    wrong = letter(cid, "2025-01-10", 1)
    letter(cid, "2025-01-10", 2, corrects=wrong)  # the level was mistyped
    assert [line.level for line in compute(cid, D("2025-01-31")).lines] == [2]
    charged = letter(cid, "2025-02-10", 1)
    post(cid, D("2025-02-28"), confirm=True)
    letter(cid, "2025-02-10", 1, corrects=charged)  # a typo fixed after posting
    assert compute(cid, D("2025-02-28")).lines == ()


def test_unreadable_fees_are_a_clear_error() -> None:
    cid = customer(mode="per_reminder", ppm=None, per_level="50元")
    letter(cid, "2025-01-10", 1)
    with pytest.raises(ValidationError) as caught:
        compute(cid, D("2025-01-31"))
    assert caught.value.fields == {"late_fee_per_level"}


def test_totals_by_customer(db_path: Path) -> None:
    daily = customer()
    invoice(daily, "SO2025-0001", "10000.00", "2025-01-01")
    letters = customer("C000002", mode="per_reminder", ppm=None, per_level="5000")
    letter(letters, "2025-01-10", 3)
    none = customer("C000003", mode="")
    assert totals_by_customer([daily, letters, none, 999], D("2025-01-31")) == {
        daily: Decimal("150.00"),
        letters: Decimal("50.00"),
        none: Decimal("0.00"),
    }
    assert late_charges.totals_by_customer([], D("2025-01-31")) == {}
