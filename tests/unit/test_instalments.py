"""Instalment plans: checked schedules, coverage by the payments since the
plan was agreed (cumulative, in order), the plans due, cancelling."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from app.choices import INSTALMENT_STATUS
from app.collection_log import list_entries
from app.errors import NeedsConfirmation, NotAllowedError, NotFoundError, ValidationError
from app.instalments import (
    cancel_plan,
    coverage,
    create_plan,
    missed_instalments,
    plan_status,
    plans_due,
    plans_for,
)
from app.ledger import reverse_entry
from tests.unit.collection_helpers import (
    TODAY,
    collection_rows,
    customer,
    days,
    invoice,
    payment,
)

D = Decimal


@pytest.fixture
def cid(db_path: Path) -> int:
    c = customer("远大贸易", mobile="13800138000")
    invoice(c, "30,000.00", on=days(-200), due=days(-170))
    return c


def plan(customer_id: int, **kw: object) -> int:
    """3 x 1,000 agreed at days(-60), due at days(-50), days(-20), days(10)."""
    values: dict[str, object] = {
        "agreed_on": days(-60),
        "instalments": [(days(-50), "1,000"), (days(-20), "1,000"), (days(10), "1,000")],
        "today": TODAY,
    }
    values.update(kw)
    return create_plan(customer_id, **values)  # type: ignore[arg-type]


def refused(customer_id: int, **kw: object) -> dict[str, str]:
    before = collection_rows()
    with pytest.raises(ValidationError) as info:
        plan(customer_id, **kw)
    assert collection_rows() == before
    return {i.field: i.message for i in info.value.issues}


def test_plan_is_stored_with_its_total(cid: int) -> None:
    pid = plan(cid, note="分三期")
    status = plan_status(pid, TODAY)
    assert status.total == D("3000.00")
    assert [(i.seq, i.due_on, i.amount) for i in status.instalments] == [
        (1, days(-50), D("1000.00")),
        (2, days(-20), D("1000.00")),
        (3, days(10), D("1000.00")),
    ]
    assert (status.note, status.status, status.phone) == ("分三期", "active", "13800138000")


@pytest.mark.parametrize(
    ("kw", "field", "message"),
    [
        ({"instalments": []}, "instalments", "Add at least one instalment"),
        ({"agreed_on": days(1)}, "agreed_on", "Cannot be in the future"),
        (
            {"instalments": [(days(-61), "100")]},
            "instalments.1.due_on",
            "An instalment cannot fall due before the plan was agreed",
        ),
        (
            {"instalments": [(days(-10), "100"), (days(-10), "100")]},
            "instalments.2.due_on",
            "Each instalment must fall due after the one before it",
        ),
        (
            {"instalments": [(days(-10), "100"), (days(-30), "100")]},
            "instalments.2.due_on",
            "Each instalment must fall due after the one before it",
        ),
        ({"instalments": [(days(-10), "0")]}, "instalments.1.amount", "Must be more than zero"),
        (
            {"instalments": [(days(-10), "10.001")]},
            "instalments.1.amount",
            "At most two decimals: money is counted to the fen (0.01)",
        ),
        ({"instalments": [(None, "10")]}, "instalments.1.due_on", "Required: please fill it in"),
        (
            {"instalments": [(days(-10), "10")] * 121},
            "instalments",
            "At most 120 instalments",
        ),
    ],
)
def test_bad_plans_are_refused_and_nothing_stored(
    cid: int, kw: dict[str, object], field: str, message: str
) -> None:
    assert refused(cid, **kw)[field] == message


def test_more_than_the_balance_needs_confirmation(cid: int) -> None:
    before = collection_rows()
    with pytest.raises(NeedsConfirmation) as info:
        plan(cid, instalments=[(days(-10), "20,000"), (days(20), "10,000.01")])
    assert info.value.warnings[0].message == (
        "The plan adds up to CNY 30,000.01, more than the customer's balance of CNY 30,000.00."
    )
    assert collection_rows() == before
    pid = plan(cid, instalments=[(days(-10), "20,000"), (days(20), "10,000.01")], confirm=True)
    assert plan_status(pid, TODAY).total == D("30000.01")


def test_one_active_plan_per_customer(cid: int) -> None:
    first = plan(cid)
    issues = refused(cid, agreed_on=days(-5), instalments=[(days(5), "100")])
    assert issues["plan"] == (
        f"This customer already has an active instalment plan, agreed on {days(-60)}: "
        "cancel it first"
    )
    cancel_plan(first, on=days(-5), reason="改签新计划", today=TODAY)
    second = plan(cid, agreed_on=days(-5), instalments=[(days(5), "100")])
    payment(cid, "100", on=days(-1))  # completes the second plan
    assert plan_status(second, TODAY).status == "completed"
    plan(cid, agreed_on=TODAY, instalments=[(days(30), "500")])  # a completed plan is no bar


def test_coverage_is_cumulative_and_in_order() -> None:
    rows = coverage(
        [(2, days(-20), 100_000), (1, days(-50), 100_000), (3, days(10), 100_000)],
        150_000,
        TODAY,
    )
    assert [(r.seq, r.covered, r.still_due, r.status) for r in rows] == [
        (1, D("1000.00"), D("0.00"), "paid"),
        (2, D("500.00"), D("500.00"), "overdue"),
        (3, D("0.00"), D("1000.00"), "due"),
    ]
    rows = coverage([(1, days(5), 100_000), (2, days(35), 100_000)], 30_000, TODAY)
    assert [r.status for r in rows] == ["partly_paid", "due"]
    assert set(INSTALMENT_STATUS) == {"paid", "overdue", "partly_paid", "due"}


def test_progress_across_partial_payments(cid: int) -> None:
    pid = plan(cid)
    payment(cid, "5,000", on=days(-61))  # before the plan: does not count
    payment(cid, "600", on=days(-55))
    payment(cid, "900", on=days(-25))
    status = plan_status(pid, TODAY)
    assert status.paid == D("1500.00")
    assert [(i.covered, i.still_due, i.status) for i in status.instalments] == [
        (D("1000.00"), D("0.00"), "paid"),
        (D("500.00"), D("500.00"), "overdue"),
        (D("0.00"), D("1000.00"), "due"),
    ]
    assert (status.next_due_on, status.next_amount) == (days(-20), D("500.00"))
    assert (status.still_due, status.overdue) == (D("1500.00"), D("500.00"))
    assert status.status == "active" and not status.completed


def test_on_the_day_before_the_second_date_it_is_only_partly_paid(cid: int) -> None:
    pid = plan(cid)
    payment(cid, "1,500", on=days(-55))
    status = plan_status(pid, days(-21))
    assert [i.status for i in status.instalments] == ["paid", "partly_paid", "due"]


def test_a_reversed_payment_does_not_count(cid: int) -> None:
    pid = plan(cid)
    bounced = payment(cid, "1,000", on=days(-52))
    assert plan_status(pid, TODAY).instalments[0].status == "paid"
    reverse_entry(bounced, entry_date=days(-40), reason="支票退票")
    status = plan_status(pid, TODAY)
    assert status.paid == D("0.00")
    assert status.instalments[0].status == "overdue"


def test_completed_when_everything_is_covered(cid: int) -> None:
    pid = plan(cid)
    payment(cid, "3,200", on=days(-1))
    status = plan_status(pid, TODAY)
    assert status.status == "completed" and status.completed
    assert status.paid == D("3200.00") and status.still_due == D("0.00")
    assert (status.next_due_on, status.next_amount) == (None, None)


def test_plans_due_and_missed(cid: int) -> None:
    behind = plan(cid)  # the days(-20) instalment is not covered
    payment(cid, "1,000", on=days(-55))
    on_time = customer("宏达五金")
    invoice(on_time, "5,000", on=days(-40))
    soon = plan(on_time, agreed_on=days(-30), instalments=[(days(-10), "500"), (days(3), "500")])
    payment(on_time, "500", on=days(-12))
    later = customer("远方公司")
    invoice(later, "5,000", on=days(-40))
    plan(later, agreed_on=days(-30), instalments=[(days(20), "500")])
    done = customer("已还清")
    invoice(done, "5,000", on=days(-40))
    plan(done, agreed_on=days(-30), instalments=[(days(-10), "500")])
    payment(done, "500", on=days(-10))

    assert [p.id for p in plans_due(TODAY)] == [behind, soon]  # earliest uncovered first
    assert [p.id for p in plans_due(TODAY, 2)] == [behind]
    assert len(plans_due(TODAY, 20)) == 3
    assert missed_instalments(TODAY) == {cid: days(-20)}

    cancel_plan(behind, on=TODAY, reason="客户违约, 转法务", today=TODAY)
    assert [p.id for p in plans_due(TODAY)] == [soon]
    assert missed_instalments(TODAY) == {}


def test_cancel(cid: int) -> None:
    pid = plan(cid)
    with pytest.raises(ValidationError) as info:
        cancel_plan(pid, on=days(-61), reason="", today=TODAY)
    assert {i.field: i.message for i in info.value.issues} == {
        "cancelled_on": f"A plan cannot be cancelled before the day it was agreed ({days(-60)})",
        "reason": "Required: please fill it in",
    }
    cancel_plan(pid, on=days(-1), reason="客户违约", today=TODAY)
    [status] = plans_for(cid, TODAY)
    assert (status.status, status.cancelled_on) == ("cancelled", days(-1))
    [note] = list_entries(cid)
    assert (note.channel, note.contact_date, note.notes) == ("note", days(-1), "客户违约")
    with pytest.raises(NotAllowedError):
        cancel_plan(pid, on=TODAY, reason="again", today=TODAY)
    with pytest.raises(NotFoundError):
        cancel_plan(9999, on=TODAY, reason="x", today=TODAY)
    with pytest.raises(NotFoundError):
        plan_status(9999, TODAY)
