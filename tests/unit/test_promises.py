"""Promises to pay: checked input, kept or broken decided from the payments
(reversed payments and credit notes do not count), the lists across customers."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from app.collection_log import add_entry
from app.errors import ValidationError
from app.groups import create_group
from app.ledger import post_credit_note, reverse_entry
from app.promises import (
    add_promise,
    broken,
    broken_counts,
    due_today,
    promises_for,
    status_of,
    upcoming,
)
from tests.unit.collection_helpers import (
    TODAY,
    collection_rows,
    customer,
    days,
    invoice,
    payment,
)


@pytest.fixture
def cid(db_path: Path) -> int:
    c = customer("远大贸易", mobile="13800138000", salesperson="李明")
    invoice(c, "10,000.00", on=days(-60), due=days(-30))
    return c


def promise(customer_id: int, **kw: object) -> int:
    values: dict[str, object] = {
        "made_on": days(-10),
        "due_on": days(-2),
        "amount": "1,000.00",
        "today": TODAY,
    }
    values.update(kw)
    return add_promise(customer_id, **values)  # type: ignore[arg-type]


def status(customer_id: int, promise_id: int) -> tuple[str, Decimal]:
    row = {p.id: p for p in promises_for(customer_id, TODAY)}[promise_id]
    return row.status, row.paid


@pytest.mark.parametrize(
    ("kw", "field", "message"),
    [
        ({"amount": "1.234"}, "amount", "At most two decimals: money is counted to the fen (0.01)"),
        ({"amount": "０"}, "amount", "Must be more than zero"),
        ({"amount": "-5"}, "amount", "Must be more than zero"),
        ({"amount": ""}, "amount", "Required: please fill it in"),
        (
            {"amount": "1,5"},
            "amount",
            "Use a comma only between thousands and a point for decimals",
        ),
        ({"made_on": days(1), "due_on": days(3)}, "made_on", "Cannot be in the future"),
        (
            {"made_on": days(-1), "due_on": days(-2)},
            "due_on",
            "The promised day cannot be before the day the promise was made",
        ),
        ({"due_on": days(400)}, "due_on", "More than a year ahead: check the year"),
        ({"note": "x" * 201}, "note", "Too long: at most 200 characters (now 201)"),
    ],
)
def test_bad_input_is_refused_and_nothing_stored(
    cid: int, kw: dict[str, object], field: str, message: str
) -> None:
    before = collection_rows()
    with pytest.raises(ValidationError) as info:
        promise(cid, **kw)
    assert {i.field: i.message for i in info.value.issues}[field] == message
    assert collection_rows() == before


def test_the_linked_conversation_must_be_the_customers(cid: int) -> None:
    other = customer("别家公司")
    theirs = add_entry(other, contact_date=days(-1), channel="call", said="x", today=TODAY)
    with pytest.raises(ValidationError) as info:
        promise(cid, log_id=theirs)
    assert info.value.issues[0].message == (
        "The conversation linked is not in this customer's collection log"
    )
    mine = add_entry(cid, contact_date=days(-10), channel="visit", said="y", today=TODAY)
    pid = promise(cid, log_id=mine)
    [row] = promises_for(cid, TODAY)
    assert (row.id, row.log_id) == (pid, mine)


def test_status_rule() -> None:
    assert status_of(100, 100, days(5), TODAY) == "kept"
    assert status_of(100, 150, days(-5), TODAY) == "kept"
    assert status_of(100, 99, days(-1), TODAY) == "broken"
    assert status_of(100, 0, TODAY, TODAY) == "due_today"
    assert status_of(100, 0, days(1), TODAY) == "pending"


def test_kept_by_payments_in_the_window(cid: int) -> None:
    pid = promise(cid)  # 1,000 from days(-10) to days(-2)
    payment(cid, "400", on=days(-10))  # first day counts
    payment(cid, "600", on=days(-2))  # last day counts
    assert status(cid, pid) == ("kept", Decimal("1000.00"))


def test_payments_outside_the_window_do_not_count(cid: int) -> None:
    pid = promise(cid)
    payment(cid, "5,000", on=days(-11))  # before the promise
    payment(cid, "5,000", on=days(-1))  # after the promised day
    assert status(cid, pid) == ("broken", Decimal("0.00"))


def test_a_reversed_payment_does_not_count(cid: int) -> None:
    pid = promise(cid)
    bounced = payment(cid, "1,000", on=days(-5))
    assert status(cid, pid)[0] == "kept"
    reverse_entry(bounced, entry_date=days(-1), reason="支票退票")
    assert status(cid, pid) == ("broken", Decimal("0.00"))


def test_a_credit_note_is_not_a_payment(cid: int) -> None:
    pid = promise(cid)
    post_credit_note(cid, number="CN-1", entry_date=days(-5), amount="1,000")
    assert status(cid, pid) == ("broken", Decimal("0.00"))


def test_part_paid_is_broken_once_the_day_passed(cid: int) -> None:
    pid = promise(cid)
    payment(cid, "999.99", on=days(-3))
    row = promises_for(cid, TODAY)[0]
    assert (row.status, row.paid, row.still_due) == (
        "broken",
        Decimal("999.99"),
        Decimal("0.01"),
    )
    assert row.id == pid


def test_due_today_and_pending(cid: int) -> None:
    today_id = promise(cid, made_on=days(-3), due_on=TODAY)
    later_id = promise(cid, made_on=days(-3), due_on=days(4))
    assert status(cid, today_id)[0] == "due_today"
    assert status(cid, later_id)[0] == "pending"
    payment(cid, "1,000", on=days(-1))  # counts for both windows
    assert status(cid, today_id)[0] == "kept"
    assert status(cid, later_id)[0] == "kept"


def test_lists_across_customers(cid: int) -> None:
    other = customer("宏达五金", phone="010-12345678")
    invoice(other, "5,000", on=days(-60), due=days(-30))
    t1 = promise(cid, made_on=days(-3), due_on=TODAY)
    t2 = promise(other, made_on=days(-3), due_on=TODAY)
    kept_today = promise(other, made_on=days(-3), due_on=TODAY, amount="100")
    payment(other, "100", on=days(-1))  # keeps kept_today (and pays t2 in part)
    soon = promise(cid, made_on=days(-1), due_on=days(7))
    promise(cid, made_on=days(-1), due_on=days(8))  # beyond the 7-day window
    b1 = promise(cid, made_on=days(-40), due_on=days(-30))
    b2 = promise(other, made_on=days(-20), due_on=days(-1))
    promise(cid, made_on=days(-200), due_on=days(-91))  # broken too long ago

    today_rows = due_today(TODAY)
    assert [r.id for r in today_rows] == [t1, t2]  # by customer number
    assert today_rows[0].phone == "13800138000"
    assert today_rows[1].phone == "010-12345678"
    assert today_rows[1].paid == Decimal("100.00")
    assert {r.id for r in due_today(TODAY, include_kept=True)} == {t1, t2, kept_today}

    assert [r.id for r in upcoming(TODAY)] == [soon]
    assert len(upcoming(TODAY, 8)) == 2

    assert [r.id for r in broken(TODAY)] == [b2, b1]  # latest first
    assert all(r.status == "broken" for r in broken(TODAY))
    assert len(broken(TODAY, 365)) == 3
    assert broken_counts(TODAY) == {cid: 1, other: 1}
    assert broken_counts(TODAY, 365) == {cid: 2, other: 1}


def test_lists_by_salesperson_and_group(cid: int) -> None:
    group = create_group("华东区")
    other = customer("宏达五金", salesperson="王芳", group_ids={group.id})
    mine = promise(cid, made_on=days(-3), due_on=TODAY)
    theirs = promise(other, made_on=days(-3), due_on=TODAY)
    assert [r.id for r in due_today(TODAY, salesperson="李明")] == [mine]
    assert [r.id for r in due_today(TODAY, group_id=group.id)] == [theirs]
    assert due_today(TODAY, salesperson="李明", group_id=group.id) == []
