"""The figures of a statement of account against the ledger: opening balance,
movements and closing balance; open items and credits as of a past end date;
the ageing summary; reversals; validation; recording statements as balance
confirmations. A property test over random ledgers ties every figure to
``app.ledger.balance_fen`` to the fen."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import ledger
from app.customers import archive_customers, save_customer
from app.db import DB
from app.errors import NeedsConfirmation, NotAllowedError, ValidationError
from app.models import Allocation, BalanceConfirmation, LedgerEntry
from app.records import CustomerData
from app.statement import (
    AGEING_BUCKETS,
    ageing_bucket,
    record_statements_sent,
    statement_data,
)

D = date(2025, 1, 1)


def day(n: int) -> date:
    return D + timedelta(days=n)


_numbers = iter(range(1, 10_000_000))


def customer(name: str = "远大贸易", **fields: object) -> int:
    data = CustomerData(kind="corporate", name=name, **fields)  # type: ignore[arg-type]
    return save_customer(data, confirm=True).id


def invoice(cid: int, amount: str, *, on: date, due: date | None = None, **kw: object) -> int:
    return ledger.post_invoice(
        cid,
        number=f"INV-{next(_numbers)}",
        entry_date=on,
        amount=amount,
        due_date=due or on,
        confirm=True,
        **kw,  # type: ignore[arg-type]
    )


def payment(cid: int, amount: str, *, on: date, **kw: object) -> int:
    return ledger.post_payment(cid, entry_date=on, amount=amount, confirm=True, **kw)  # type: ignore[arg-type]


# --- ledger form ------------------------------------------------------------------------


def test_ledger_opening_movements_and_closing(db_path: Path) -> None:
    cid = customer()
    invoice(cid, "1000.00", on=day(0), due=day(30))  # before the period
    payment(cid, "400.00", on=day(10))  # before the period
    inv = invoice(cid, "250.50", on=day(40), due=day(70), description="钢材")
    pay = payment(cid, "100.25", on=day(45), method="cheque", reference="CHQ-88")
    invoice(cid, "999.00", on=day(200))  # after the period

    data = statement_data(cid, date_from=day(31), date_to=day(60), today=day(61))

    assert data.mode == "ledger"
    assert data.opening_fen == 60000
    assert [line.entry_id for line in data.lines] == [inv, pay]
    first, second = data.lines
    assert (first.kind, first.debit_fen, first.credit_fen, first.balance_fen) == (
        "invoice",
        25050,
        0,
        85050,
    )
    assert first.due_date == day(70) and first.description == "钢材"
    assert first.number.startswith("INV-")
    assert (second.kind, second.debit_fen, second.credit_fen, second.balance_fen) == (
        "payment",
        0,
        10025,
        75025,
    )
    assert (second.method, second.number) == ("cheque", "CHQ-88")
    assert data.closing_fen == 75025 == ledger.balance_fen(cid, day(60))
    assert (data.debit_total_fen, data.credit_total_fen) == (25050, 10025)
    assert data.statement_date == day(61)
    assert data.currency == "CNY" and data.customer_name == "远大贸易"
    assert data.recipient.name == "远大贸易" and data.language == "zh"


def test_ledger_from_the_first_entry(db_path: Path) -> None:
    cid = customer()
    invoice(cid, "10.00", on=day(0))
    invoice(cid, "20.00", on=day(5))
    data = statement_data(cid, date_from=None, date_to=day(5))
    assert data.opening_fen == 0
    assert [line.balance_fen for line in data.lines] == [1000, 3000]
    assert data.closing_fen == 3000


def test_empty_period_carries_the_opening_balance(db_path: Path) -> None:
    cid = customer()
    invoice(cid, "10.00", on=day(0))
    data = statement_data(cid, date_from=day(10), date_to=day(20))
    assert data.lines == ()
    assert data.opening_fen == data.closing_fen == 1000


def test_same_day_entries_keep_posting_order(db_path: Path) -> None:
    cid = customer()
    a = invoice(cid, "10.00", on=day(3))
    b = payment(cid, "4.00", on=day(3))
    c = invoice(cid, "1.00", on=day(3))
    data = statement_data(cid, date_from=day(3), date_to=day(3))
    assert [line.entry_id for line in data.lines] == [a, b, c]
    assert [line.balance_fen for line in data.lines] == [1000, 600, 700]


def test_reversal_and_its_original_both_show(db_path: Path) -> None:
    cid = customer()
    invoice(cid, "500.00", on=day(0), due=day(30))
    pay = payment(cid, "500.00", on=day(10), method="cheque", reference="CHQ-1")
    rev = ledger.reverse_entry(pay, entry_date=day(15), reason="退票")

    data = statement_data(cid, date_from=day(1), date_to=day(20))
    original, reversal = data.lines
    assert (original.entry_id, original.credit_fen, original.reversed_on) == (pay, 50000, day(15))
    assert (reversal.entry_id, reversal.kind, reversal.debit_fen) == (rev, "reversal", 50000)
    assert (reversal.reverses_kind, reversal.reverses_label, reversal.reverses_date) == (
        "payment",
        "CHQ-1",
        day(10),
    )
    assert reversal.reason == "退票"
    assert data.closing_fen == 50000 == ledger.balance_fen(cid, day(20))
    # The bounced cheque paid nothing: the invoice is open again.
    assert [item.open_fen for item in data.open_items] == [50000]


def test_reversal_after_the_end_date_is_not_announced(db_path: Path) -> None:
    cid = customer()
    invoice(cid, "500.00", on=day(0))
    pay = payment(cid, "500.00", on=day(10))
    ledger.reverse_entry(pay, entry_date=day(40), reason="退票")

    before = statement_data(cid, date_from=day(1), date_to=day(20))
    assert [line.entry_id for line in before.lines] == [pay]
    assert before.lines[0].reversed_on is None
    assert before.closing_fen == 0

    # The next period opens at 0 and carries the reversal alone.
    after = statement_data(cid, date_from=day(21), date_to=day(50))
    assert after.opening_fen == 0
    assert [line.kind for line in after.lines] == ["reversal"]
    assert after.closing_fen == 50000 == ledger.balance_fen(cid, day(50))


def test_charge_credit_note_and_write_off_lines(db_path: Path) -> None:
    cid = customer()
    inv = invoice(cid, "1000.00", on=day(0), due=day(10))
    ledger.post_charge(cid, debt_id=inv, entry_date=day(20), fen=1234, description="逾期违约金")
    ledger.post_credit_note(
        cid, number="CN-1", entry_date=day(21), amount="100.00", debt_id=inv, confirm=True
    )
    ledger.post_write_off(cid, entry_date=day(22), reason="小额尾差", debt_ids=[inv])
    data = statement_data(cid, date_from=None, date_to=day(30))
    kinds = [(line.kind, line.debit_fen, line.credit_fen) for line in data.lines]
    assert kinds == [
        ("invoice", 100000, 0),
        ("charge", 1234, 0),
        ("credit_note", 0, 10000),
        ("write_off", 0, 90000),
    ]
    assert data.lines[2].number == "CN-1"
    assert data.lines[3].reason == ""  # a write-off's reason stays in the office
    assert data.closing_fen == 1234 == ledger.balance_fen(cid, day(30))
    assert [(i.kind, i.open_fen) for i in data.open_items] == [("charge", 1234)]


# --- open items -----------------------------------------------------------------------------


def test_open_items_at_a_past_date_ignore_later_payments(db_path: Path) -> None:
    cid = customer()
    first = invoice(cid, "300.00", on=day(0), due=day(10))
    second = invoice(cid, "200.00", on=day(5), due=day(50))
    payment(cid, "100.00", on=day(20))  # to the oldest first
    payment(cid, "400.00", on=day(90))  # after the end date: pays everything

    data = statement_data(cid, date_from=None, date_to=day(40), mode="open_items")
    assert data.lines == ()
    items = {item.entry_id: item for item in data.open_items}
    assert items[first].open_fen == 20000 and items[first].amount_fen == 30000
    assert items[first].days_overdue == 30
    assert items[second].open_fen == 20000 and items[second].days_overdue == 0
    assert items[second].due_date == day(50)
    assert data.open_credits == ()
    assert data.closing_fen == 40000 == ledger.balance_fen(cid, day(40))
    # Today everything is paid.
    assert statement_data(cid, date_from=None, date_to=day(90), mode="open_items").open_items == ()


def test_open_items_less_unapplied_credit(db_path: Path) -> None:
    cid = customer()
    invoice(cid, "100.00", on=day(0))
    pay = payment(cid, "150.00", on=day(3), method="cash")
    invoice(cid, "30.00", on=day(10))  # takes 30 of the credit on day 10

    on_day_5 = statement_data(cid, date_from=None, date_to=day(5), mode="open_items")
    assert on_day_5.open_items == ()
    (credit,) = on_day_5.open_credits
    assert (credit.entry_id, credit.amount_fen, credit.unapplied_fen) == (pay, 15000, 5000)
    assert credit.method == "cash"
    assert on_day_5.closing_fen == -5000 == ledger.balance_fen(cid, day(5))

    on_day_10 = statement_data(cid, date_from=None, date_to=day(10), mode="open_items")
    assert on_day_10.open_credits[0].unapplied_fen == 2000
    assert on_day_10.closing_fen == -2000


def test_credit_reversed_after_the_end_date_still_counts(db_path: Path) -> None:
    cid = customer()
    invoice(cid, "100.00", on=day(0))
    pay = payment(cid, "150.00", on=day(3))
    ledger.reverse_entry(pay, entry_date=day(20), reason="退票")

    before = statement_data(cid, date_from=None, date_to=day(10), mode="open_items")
    assert [(c.entry_id, c.unapplied_fen) for c in before.open_credits] == [(pay, 5000)]
    assert before.closing_fen == -5000 == ledger.balance_fen(cid, day(10))

    after = statement_data(cid, date_from=None, date_to=day(20), mode="open_items")
    assert after.open_credits == ()
    assert [i.open_fen for i in after.open_items] == [10000]
    assert after.closing_fen == 10000 == ledger.balance_fen(cid, day(20))


def test_open_items_oldest_due_first(db_path: Path) -> None:
    cid = customer()
    late = invoice(cid, "1.00", on=day(0), due=day(60))
    early = invoice(cid, "1.00", on=day(1), due=day(10))
    data = statement_data(cid, date_from=None, date_to=day(70), mode="open_items")
    assert [item.entry_id for item in data.open_items] == [early, late]


# --- ageing -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("days", "key"),
    [
        (-3, "not_due"),
        (0, "not_due"),
        (1, "1_30"),
        (30, "1_30"),
        (31, "31_60"),
        (60, "31_60"),
        (61, "61_90"),
        (90, "61_90"),
        (91, "91_180"),
        (180, "91_180"),
        (181, "over_180"),
        (2000, "over_180"),
    ],
)
def test_ageing_bucket_boundaries(days: int, key: str) -> None:
    assert AGEING_BUCKETS[ageing_bucket(days)][0] == key


def test_ageing_summary_at_the_end_date(db_path: Path) -> None:
    cid = customer()
    end = day(400)
    for overdue, amount in [(-5, "1.00"), (1, "2.00"), (45, "4.00"), (90, "8.00"), (100, "16.00")]:
        due = end - timedelta(days=overdue)
        invoice(cid, amount, on=min(due, end), due=due)
    invoice(cid, "32.00", on=day(0), due=day(0))  # 400 days overdue
    payment(cid, "0.50", on=end)  # oldest first: off the 400-day debt
    payment(cid, "1000.00", on=day(500))  # after the end date: no effect

    for mode in ("ledger", "open_items"):
        data = statement_data(cid, date_from=day(300), date_to=end, mode=mode)
        assert data.ageing_fen == (100, 200, 400, 800, 1600, 3150)
        assert sum(data.ageing_fen) == data.open_debts_fen == 6250
        assert data.overdue_fen == 6150
        assert data.closing_fen == 6250 == ledger.balance_fen(cid, end)


# --- validation -------------------------------------------------------------------------


def test_period_that_starts_after_it_ends(db_path: Path) -> None:
    cid = customer()
    with pytest.raises(ValidationError) as caught:
        statement_data(cid, date_from=day(2), date_to=day(1))
    assert caught.value.fields == {"date_from"}
    assert "2025-01-02" in caught.value.issues[0].message


def test_unknown_customer(db_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        statement_data(4242, date_from=None, date_to=day(1))
    assert caught.value.fields == {"customer"}
    assert "4242" in caught.value.issues[0].message


def test_unknown_mode_is_a_bug(db_path: Path) -> None:
    cid = customer()
    with pytest.raises(ValueError, match="mode"):
        statement_data(cid, date_from=None, date_to=day(1), mode="summary")


def test_currency_and_language_of_the_customer(db_path: Path) -> None:
    cid = customer("Acme Ltd", currency="USD", language="en")
    invoice(cid, "12.34", on=day(0))
    data = statement_data(cid, date_from=None, date_to=day(0))
    assert (data.currency, data.language, data.recipient.language) == ("USD", "en", "en")


# --- recording as balance confirmations ---------------------------------------------------


def test_statements_sent_are_awaiting_confirmation(db_path: Path) -> None:
    a, b = customer("甲"), customer("乙")
    invoice(a, "100.00", on=day(0))
    invoice(a, "50.00", on=day(20))  # after b's end date, within a's
    invoice(b, "7.00", on=day(0))
    items = [
        statement_data(a, date_from=None, date_to=day(30)),
        statement_data(b, date_from=None, date_to=day(10), mode="open_items"),
    ]
    with DB.atomic():
        record_statements_sent(items, sent_on=day(31))
    rows = {r.customer_id: r for r in BalanceConfirmation.select().order_by(BalanceConfirmation.id)}
    assert {k: (r.as_of, r.balance_fen, r.status, r.sent_on) for k, r in rows.items()} == {
        a: (day(30), 15000, "awaiting", day(31)),
        b: (day(10), 700, "awaiting", day(31)),
    }


def test_statements_sent_all_or_none(db_path: Path) -> None:
    a, b = customer("甲"), customer("乙")
    invoice(a, "100.00", on=day(0))
    items = [statement_data(c, date_from=None, date_to=day(30)) for c in (a, b)]
    archive_customers([b])
    with pytest.raises(NotAllowedError), DB.atomic():
        record_statements_sent(items, sent_on=day(31))
    assert BalanceConfirmation.select().count() == 0


# --- property: every figure ties to the ledger ------------------------------------------------

_ops = st.lists(
    st.one_of(
        st.tuples(
            st.just("invoice"), st.integers(0, 150), st.integers(1, 300_00), st.integers(0, 90)
        ),
        st.tuples(
            st.just("payment"), st.integers(0, 150), st.integers(1, 300_00), st.integers(0, 1)
        ),
        st.tuples(
            st.just("credit_note"), st.integers(0, 150), st.integers(1, 50_00), st.integers(0, 1)
        ),
        st.tuples(st.just("charge"), st.integers(0, 150), st.integers(1, 20_00), st.integers(0, 1)),
        st.tuples(st.just("reverse"), st.integers(0, 60), st.integers(0, 50), st.integers(0, 1)),
        st.tuples(st.just("write_off"), st.integers(0, 60), st.integers(0, 50), st.integers(0, 1)),
    ),
    min_size=1,
    max_size=18,
)


def _run(cid: int, steps: list[tuple[str, int, int, int]]) -> None:
    for n, (kind, when, x, flag) in enumerate(steps):
        entries = list(LedgerEntry.select().where(LedgerEntry.customer == cid))
        try:
            if kind == "invoice":
                ledger.post_invoice(
                    cid,
                    number=f"P{cid}-{n}",
                    entry_date=day(when),
                    amount=x,
                    due_date=day(when + flag),
                    confirm=True,
                )
            elif kind == "payment":
                ledger.post_payment(cid, entry_date=day(when), amount=x, confirm=True)
            elif kind == "credit_note":
                ledger.post_credit_note(
                    cid, number=f"C{cid}-{n}", entry_date=day(when), amount=x, confirm=True
                )
            elif kind == "charge":
                ledger.post_charge(
                    cid, debt_id=None, entry_date=day(when), fen=x, description="违约金"
                )
            elif kind == "reverse":
                credits = [e for e in entries if e.kind in ("payment", "credit_note", "write_off")]
                if credits:
                    target = credits[x % len(credits)]
                    ledger.reverse_entry(
                        target.id, entry_date=target.entry_date + timedelta(days=when), reason="r"
                    )
            elif kind == "write_off":
                debts = [e for e in entries if e.kind in ("invoice", "charge") and e.open_fen > 0]
                if debts:
                    target = debts[x % len(debts)]
                    ledger.post_write_off(
                        cid,
                        entry_date=target.entry_date + timedelta(days=when),
                        reason="w",
                        debt_ids=[target.id],
                    )
        except (NotAllowedError, NeedsConfirmation, ValidationError):
            pass  # e.g. reversing an entry twice: refused, nothing stored


def _open_by_replay(cid: int, as_of: date) -> dict[int, int]:
    allocated: dict[int, int] = defaultdict(int)
    for a in Allocation.select().where(Allocation.customer == cid):
        if a.on_date <= as_of:
            allocated[a.debt_id] += a.amount_fen
    return {
        e.id: e.amount_fen - allocated[e.id]
        for e in LedgerEntry.select().where(
            (LedgerEntry.customer == cid)
            & LedgerEntry.kind.in_(("invoice", "charge"))
            & (LedgerEntry.entry_date <= as_of)
        )
        if e.amount_fen - allocated[e.id]
    }


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=_ops, start=st.integers(-5, 200), length=st.integers(0, 200))
def test_every_figure_ties_to_the_ledger(
    db_path: Path, steps: list[tuple[str, int, int, int]], start: int, length: int
) -> None:
    cid = customer(f"客户{LedgerEntry.select().count()}-{start}-{length}")
    _run(cid, steps)
    date_from, date_to = day(start), day(start + length)
    for begin in (date_from, None):
        data = statement_data(cid, date_from=begin, date_to=date_to)
        expected_opening = ledger.balance_fen(cid, date_from - timedelta(days=1)) if begin else 0
        assert data.opening_fen == expected_opening
        assert data.closing_fen == ledger.balance_fen(cid, date_to)
        assert data.opening_fen + data.debit_total_fen - data.credit_total_fen == data.closing_fen
        running = data.opening_fen
        for line in data.lines:
            assert (line.debit_fen > 0) != (line.credit_fen > 0)
            running += line.debit_fen - line.credit_fen
            assert line.balance_fen == running
            assert (begin or date.min) <= line.entry_date <= date_to
    period = LedgerEntry.select().where(
        (LedgerEntry.customer == cid)
        & (LedgerEntry.entry_date >= date_from)
        & (LedgerEntry.entry_date <= date_to)
    )
    assert len(statement_data(cid, date_from=date_from, date_to=date_to).lines) == period.count()

    items = statement_data(cid, date_from=date_from, date_to=date_to, mode="open_items")
    assert items.closing_fen == ledger.balance_fen(cid, date_to)
    assert items.open_debts_fen - items.unapplied_fen == items.closing_fen
    assert sum(items.ageing_fen) == items.open_debts_fen
    assert {i.entry_id: i.open_fen for i in items.open_items} == _open_by_replay(cid, date_to)
    assert all(0 < i.open_fen <= i.amount_fen for i in items.open_items)
    assert all(0 < c.unapplied_fen <= c.amount_fen for c in items.open_credits)
