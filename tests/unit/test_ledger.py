"""The receivables ledger: posting, allocation, reversal, write-off, holds and
the bad inputs of each, against hand-computed figures."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from app import account, ledger
from app.customers import archive_customers, save_customer
from app.errors import NeedsConfirmation, NotAllowedError, ValidationError
from app.models import Allocation, LedgerEntry
from app.records import CustomerData

D = date(2025, 1, 1)


def day(n: int) -> date:
    return D + timedelta(days=n)


def customer(**fields: object) -> int:
    data = CustomerData(
        kind="corporate", name=str(fields.pop("name", "华兴贸易有限公司")), **fields
    )  # type: ignore[arg-type]
    return save_customer(data, confirm=True).id


def opens(cid: int) -> dict[str, Decimal]:
    return {d.number: d.open for d in account.open_debts(cid, today=day(0))}


def count() -> tuple[int, int]:
    return LedgerEntry.select().count(), Allocation.select().count()


@pytest.fixture
def cid(db_path: Path) -> int:
    return customer(payment_terms_days=30)


def test_invoice_due_date_comes_from_the_terms(cid: int) -> None:
    eid = ledger.post_invoice(cid, number="SO-1", entry_date=day(0), amount="1000")
    entry = LedgerEntry.get_by_id(eid)
    assert entry.due_date == day(30)
    assert (entry.amount_fen, entry.delta_fen, entry.open_fen) == (100000, 100000, 100000)
    assert entry.currency == "CNY"


def test_given_due_date_wins_over_terms(cid: int) -> None:
    eid = ledger.post_invoice(cid, number="SO-1", entry_date=day(0), amount="10", due_date=day(5))
    assert LedgerEntry.get_by_id(eid).due_date == day(5)


@pytest.mark.parametrize(
    ("fields", "due"),
    [
        ({"settlement_method": "net_days", "settlement_days": 45}, date(2025, 3, 17)),
        ({"settlement_method": "cash_on_delivery"}, date(2025, 1, 31)),
        ({"settlement_method": "monthly"}, date(2025, 2, 28)),
        ({}, date(2025, 3, 2)),  # the business default, 30 days
    ],
)
def test_due_date_by_settlement_method(db_path: Path, fields: dict, due: date) -> None:
    cid = customer(**fields)
    eid = ledger.post_invoice(cid, number="X", entry_date=date(2025, 1, 31), amount="1")
    assert LedgerEntry.get_by_id(eid).due_date == due


def test_payment_goes_oldest_first_and_partly(cid: int) -> None:
    ledger.post_invoice(cid, number="A", entry_date=day(0), amount="100")
    ledger.post_invoice(cid, number="B", entry_date=day(10), amount="200")
    ledger.post_invoice(cid, number="C", entry_date=day(20), amount="300")
    ledger.post_payment(cid, entry_date=day(40), amount="250.50")
    assert opens(cid) == {"B": Decimal("49.50"), "C": Decimal("300.00")}
    s = account.summary(cid, today=day(45))
    assert s.balance == Decimal("349.50")
    assert s.overdue == Decimal("49.50")  # B due day 40 is 5 days late; C due day 50
    assert (s.oldest_overdue_number, s.oldest_overdue_days) == ("B", 5)


def test_admin_picks_the_invoice(cid: int) -> None:
    ledger.post_invoice(cid, number="A", entry_date=day(0), amount="100")
    b = ledger.post_invoice(cid, number="B", entry_date=day(10), amount="200")
    ledger.post_payment(cid, entry_date=day(12), amount="250", allocate={b: "200"})
    # B first, as picked; the other 50 oldest first, onto A.
    assert opens(cid) == {"A": Decimal("50.00")}


def test_picks_are_checked(cid: int) -> None:
    a = ledger.post_invoice(cid, number="A", entry_date=day(0), amount="100")
    before = count()
    with pytest.raises(ValidationError) as err:
        ledger.post_payment(cid, entry_date=day(1), amount="50", allocate={a: "80"})
    assert "allocate" in err.value.fields
    with pytest.raises(ValidationError) as err:
        ledger.post_payment(cid, entry_date=day(1), amount="500", allocate={a: "150"})
    assert "More than the 100.00 still open on A" in str(err.value)
    assert count() == before


def test_over_payment_needs_confirmation_then_leaves_a_credit(cid: int) -> None:
    ledger.post_invoice(cid, number="A", entry_date=day(0), amount="100")
    before = count()
    with pytest.raises(NeedsConfirmation) as err:
        ledger.post_payment(cid, entry_date=day(5), amount="130")
    assert "CNY 30.00" in str(err.value)
    assert count() == before
    ledger.post_payment(cid, entry_date=day(5), amount="130", confirm=True)
    s = account.summary(cid, today=day(5))
    assert (s.balance, s.credit, s.open_debts) == (Decimal("-30.00"), Decimal("30.00"), 0)
    # The credit pays the next invoice by itself.
    ledger.post_invoice(cid, number="B", entry_date=day(9), amount="50")
    assert opens(cid) == {"B": Decimal("20.00")}
    assert account.summary(cid, today=day(9)).credit == 0


def test_payment_larger_than_all_debts_on_an_empty_ledger(cid: int) -> None:
    with pytest.raises(NeedsConfirmation, match="more than everything the customer owes"):
        ledger.post_payment(cid, entry_date=day(0), amount="1")


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        ("0", "Must be more than zero"),
        ("-5", "Must be more than zero"),
        ("1.234", "At most two decimals"),
        ("", "Required"),
        ("12abc", "Not an amount of money"),
        ("1,5", "Use a comma only between thousands"),
    ],
)
def test_bad_amounts_store_nothing(cid: int, amount: str, message: str) -> None:
    before = count()
    with pytest.raises(ValidationError, match=message) as err:
        ledger.post_invoice(cid, number="SO-1", entry_date=day(0), amount=amount)
    assert err.value.fields == {"amount"}
    with pytest.raises(ValidationError, match=message):
        ledger.post_payment(cid, entry_date=day(0), amount=amount, confirm=True)
    assert count() == before


def test_full_width_digits_are_an_amount(cid: int) -> None:
    eid = ledger.post_invoice(cid, number="ＳＯ－１", entry_date=day(0), amount="￥１，２３４.５０")
    entry = LedgerEntry.get_by_id(eid)
    assert entry.amount_fen == 123450
    assert entry.number == "SO-1"


def test_due_date_before_invoice_date_is_refused(cid: int) -> None:
    with pytest.raises(ValidationError, match="due date cannot be before") as err:
        ledger.post_invoice(cid, number="A", entry_date=day(10), amount="1", due_date=day(9))
    assert err.value.fields == {"due_date"}
    assert LedgerEntry.select().count() == 0


def test_duplicate_invoice_number_names_the_owner(db_path: Path) -> None:
    first = customer(name="甲公司")
    second = customer(name="乙公司")
    ledger.post_invoice(first, number="SO-7", entry_date=day(0), amount="1")
    with pytest.raises(ValidationError, match="Number SO-7 is already used.*甲公司"):
        ledger.post_invoice(second, number="SO-7", entry_date=day(0), amount="1")
    # A credit note may carry the same number as an invoice: another series.
    ledger.post_credit_note(second, number="SO-7", entry_date=day(1), amount="1", confirm=True)


def test_cheque_needs_its_number(cid: int) -> None:
    ledger.post_invoice(cid, number="A", entry_date=day(0), amount="100")
    with pytest.raises(ValidationError, match="cheque number"):
        ledger.post_payment(cid, entry_date=day(1), amount="100", method="cheque")
    eid = ledger.post_payment(
        cid, entry_date=day(1), amount="100", method="cheque", reference="１２３４５６７８"
    )
    assert LedgerEntry.get_by_id(eid).reference == "12345678"


def test_bad_dates(cid: int) -> None:
    with pytest.raises(ValidationError, match="Not a date"):
        ledger.post_invoice(cid, number="A", entry_date="2025-13-01", amount="1")
    with pytest.raises(ValidationError, match="year ahead"):
        ledger.post_invoice(
            cid, number="A", entry_date=date.today() + timedelta(days=400), amount="1"
        )
    with pytest.raises(ValidationError, match="Required"):
        ledger.post_invoice(cid, number="A", entry_date=None, amount="1")


def test_reversal_reopens_and_other_credit_fills(cid: int) -> None:
    ledger.post_invoice(cid, number="A", entry_date=day(0), amount="100")
    cheque = ledger.post_payment(
        cid, entry_date=day(5), amount="100", method="cheque", reference="88"
    )
    assert opens(cid) == {}
    before = count()
    with pytest.raises(ValidationError, match="before the entry it reverses"):
        ledger.reverse_entry(cheque, entry_date=day(4), reason="退票")
    with pytest.raises(ValidationError, match="Required"):
        ledger.reverse_entry(cheque, entry_date=day(6), reason=" ")
    assert count() == before
    ledger.reverse_entry(cheque, entry_date=day(20), reason="支票退票")
    assert opens(cid) == {"A": Decimal("100.00")}
    assert account.summary(cid, today=day(20)).balance == Decimal("100.00")
    with pytest.raises(NotAllowedError, match="already reversed"):
        ledger.reverse_entry(cheque, entry_date=day(21), reason="again")
    # The posted amount was never touched.
    assert LedgerEntry.get_by_id(cheque).amount_fen == 10000
    rows = {e.id: e for e in account.entries(cid)}
    assert rows[cheque].reversed_by_id is not None
    assert rows[rows[cheque].reversed_by_id].reverses_id == cheque


def test_invoice_cannot_be_reversed(cid: int) -> None:
    a = ledger.post_invoice(cid, number="A", entry_date=day(0), amount="100")
    with pytest.raises(NotAllowedError, match="credit note"):
        ledger.reverse_entry(a, entry_date=day(1), reason="wrong")


def test_credit_note_on_its_invoice(cid: int) -> None:
    ledger.post_invoice(cid, number="A", entry_date=day(0), amount="100")
    b = ledger.post_invoice(cid, number="B", entry_date=day(1), amount="100")
    ledger.post_credit_note(cid, number="CN-1", entry_date=day(2), amount="40", debt_id=b)
    assert opens(cid) == {"A": Decimal("100.00"), "B": Decimal("60.00")}


def test_write_off_with_reason(cid: int) -> None:
    a = ledger.post_invoice(cid, number="A", entry_date=day(0), amount="100")
    ledger.post_payment(cid, entry_date=day(10), amount="30")
    with pytest.raises(ValidationError, match="Required"):
        ledger.post_write_off(cid, entry_date=day(400), reason="", debt_ids=[a])
    with pytest.raises(ValidationError, match="More than the 70.00 still open"):
        ledger.post_write_off(cid, entry_date=day(400), reason="注销", debt_ids=[a], amount="71")
    woff = ledger.post_write_off(cid, entry_date=day(400), reason="客户已注销", debt_ids=[a])
    assert LedgerEntry.get_by_id(woff).amount_fen == 7000
    assert opens(cid) == {}
    assert account.summary(cid, today=day(400)).balance == 0
    # Days to pay leaves written-off debts out.
    assert account.days_to_pay(cid) == []


def test_days_to_pay_history(cid: int) -> None:
    ledger.post_invoice(cid, number="A", entry_date=day(0), amount="100")
    ledger.post_invoice(cid, number="B", entry_date=day(10), amount="100")
    ledger.post_payment(cid, entry_date=day(25), amount="100")
    ledger.post_payment(cid, entry_date=day(70), amount="100")
    history = account.days_to_pay(cid)
    assert [(p.number, p.days_to_pay, p.days_late) for p in history] == [
        ("B", 60, 30),
        ("A", 25, 0),
    ]
    assert account.summary(cid, today=day(70)).average_days_to_pay == 42


def test_hold_keeps_a_debt_out_of_automatic_allocation(cid: int) -> None:
    a = ledger.post_invoice(cid, number="A", entry_date=day(0), amount="100")
    ledger.post_invoice(cid, number="B", entry_date=day(1), amount="100")
    with pytest.raises(ValidationError, match="Required"):
        ledger.set_hold(a, reason="")
    ledger.set_hold(a, reason="质量争议")
    ledger.post_payment(cid, entry_date=day(2), amount="100")
    assert opens(cid) == {"A": Decimal("100.00")}
    debt = account.open_debts(cid, today=day(2))[0]
    assert debt.on_hold and debt.hold_reason == "质量争议"
    assert account.summary(cid, today=day(200)).overdue == 0
    assert account.summary(cid, today=day(200)).held == Decimal("100.00")


def test_hold_ends_by_itself(cid: int) -> None:
    a = ledger.post_invoice(cid, number="A", entry_date=day(0), amount="100")
    until = date.today() + timedelta(days=3)
    ledger.set_hold(a, reason="等待验收", until=until)
    assert account.open_debts(cid, today=until)[0].on_hold
    assert not account.open_debts(cid, today=until + timedelta(days=1))[0].on_hold
    with pytest.raises(ValidationError, match="already passed"):
        ledger.set_hold(a, reason="x", until=date.today() - timedelta(days=1))


def test_release_hold_applies_waiting_credit(cid: int) -> None:
    a = ledger.post_invoice(cid, number="A", entry_date=day(0), amount="100")
    ledger.set_hold(a, reason="争议")
    ledger.post_payment(cid, entry_date=day(2), amount="100", confirm=True)
    assert opens(cid) == {"A": Decimal("100.00")}
    ledger.release_hold(a)
    assert opens(cid) == {}


def test_class_override(cid: int) -> None:
    a = ledger.post_invoice(cid, number="A", entry_date=day(0), amount="100")
    with pytest.raises(ValidationError, match="Required"):
        ledger.set_class_override(a, debt_class="bad", reason="")
    with pytest.raises(ValidationError, match="Unknown choice"):
        ledger.set_class_override(a, debt_class="awful", reason="x")
    ledger.set_class_override(a, debt_class="bad", reason="客户破产")
    debt = account.open_debts(cid, today=day(1))[0]
    assert (debt.debt_class, debt.class_overridden) == ("bad", True)
    ledger.set_class_override(a, debt_class="", reason="")
    assert account.open_debts(cid, today=day(1))[0].debt_class == "not_due"


def test_credit_limit_and_supply_hold_warn(db_path: Path) -> None:
    cid = customer(credit_limit="1000", supply_hold=True, supply_hold_reason="前款未结")
    with pytest.raises(NeedsConfirmation) as err:
        ledger.post_invoice(cid, number="A", entry_date=day(0), amount="1200")
    text = str(err.value)
    assert "supply hold" in text and "前款未结" in text
    assert "over the credit limit of CNY 1,000.00" in text
    assert LedgerEntry.select().count() == 0
    ledger.post_invoice(cid, number="A", entry_date=day(0), amount="1200", confirm=True)
    assert account.summary(cid).over_limit


def test_archived_customer_takes_no_postings(cid: int) -> None:
    archive_customers([cid])
    with pytest.raises(NotAllowedError, match="archived"):
        ledger.post_invoice(cid, number="A", entry_date=day(0), amount="1")


def test_running_balance(cid: int) -> None:
    ledger.post_invoice(cid, number="A", entry_date=day(0), amount="100")
    ledger.post_payment(cid, entry_date=day(1), amount="30")
    ledger.post_invoice(cid, number="B", entry_date=day(2), amount="5.55")
    rows = account.entries(cid)
    assert [r.balance for r in rows] == [Decimal("100.00"), Decimal("70.00"), Decimal("75.55")]
    assert [r.delta for r in rows] == [Decimal("100.00"), Decimal("-30.00"), Decimal("5.55")]
