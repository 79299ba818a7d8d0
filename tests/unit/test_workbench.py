"""The collection workbench: debts to confirm before they fall due, the
ranking of overdue customers with its score, the bundle for the UI."""

from __future__ import annotations

import math
from decimal import Decimal
from pathlib import Path

import pytest

from app.collection_log import add_entry
from app.confirmations import record_sent
from app.groups import create_group
from app.instalments import create_plan
from app.ledger import set_class_override, set_hold
from app.models import LedgerEntry
from app.promises import add_promise
from app.warning_signs import flag
from app.workbench import (
    WorkbenchFilter,
    due_soon,
    overdue_ranking,
    score,
    workbench,
)
from tests.unit.collection_helpers import TODAY, customer, days, invoice, payment


@pytest.fixture
def cid(db_path: Path) -> int:
    return customer("远大贸易", mobile="13800138000", salesperson="李明")


def contact(customer_id: int, on_day: int) -> None:
    add_entry(customer_id, contact_date=days(on_day), channel="call", said="催款", today=TODAY)


# --- due soon -------------------------------------------------------------------------


def test_due_soon_lists_debts_due_in_the_next_days(cid: int) -> None:
    other = customer("宏达五金", phone="010-12345678", salesperson="王芳")
    today_due = invoice(cid, "1,000", on=days(-30), due=TODAY)
    in_5 = invoice(other, "2,000.50", on=days(-25), due=days(5))
    invoice(cid, "3,000", on=days(-24), due=days(6))  # beyond confirm_ahead_days (5)
    invoice(cid, "4,000", on=days(-60), due=days(-1))  # already overdue
    rows = due_soon(TODAY)
    assert [r.debt_id for r in rows] == [today_due, in_5]
    first, second = rows
    assert (first.customer_name, first.phone, first.salesperson) == (
        "远大贸易",
        "13800138000",
        "李明",
    )
    assert (first.open, first.days_to_due) == (Decimal("1000.00"), 0)
    assert (second.phone, second.open, second.days_to_due) == (
        "010-12345678",
        Decimal("2000.50"),
        5,
    )
    assert second.number.startswith("INV-") and second.kind == "invoice"
    assert len(due_soon(TODAY, 6)) == 3
    assert [r.debt_id for r in due_soon(TODAY, salesperson="王芳")] == [in_5]


def test_due_soon_shows_what_is_still_open_and_skips_paid_debts(cid: int) -> None:
    invoice(cid, "1,000", on=days(-30), due=days(2))
    partly = invoice(cid, "500", on=days(-20), due=days(3))
    payment(cid, "1,100", on=days(-1))  # oldest due first: 1,000 + 100
    assert {r.debt_id: r.open for r in due_soon(TODAY)} == {partly: Decimal("400.00")}


def test_due_soon_leaves_out_debts_on_hold(cid: int) -> None:
    held = invoice(cid, "1,000", on=days(-30), due=days(1))
    expired = invoice(cid, "2,000", on=days(-30), due=days(2))
    plain = invoice(cid, "3,000", on=days(-30), due=days(3))
    set_hold(held, reason="质量争议")
    LedgerEntry.update(hold_reason="等对账", hold_until=days(-1)).where(
        LedgerEntry.id == expired
    ).execute()  # the hold ended yesterday
    assert [r.debt_id for r in due_soon(TODAY)] == [expired, plain]


# --- score and ranking ----------------------------------------------------------------


def test_score_by_hand() -> None:
    # 10,000 yuan, 90 days, collecting, 1 broken promise, never contacted
    parts = score(1_000_000, 90, "collecting", 1, None)
    assert parts.amount == pytest.approx(35 * math.log10(10_001) / 6)  # 23.334
    assert (parts.age, parts.debt_class, parts.promises, parts.contact) == (12.5, 0, 10, 10)
    assert parts.total == pytest.approx(55.834, abs=0.001)
    top = score(500_000_000, 400, "dead", 5, 45)
    assert top.total == pytest.approx(100)
    assert score(100, 1, "collecting", 0, 0).total == pytest.approx(
        35 * math.log10(2) / 6 + 25 / 180
    )
    assert score(0, 0, "doubtful", 2, 15) == score(0, 0, "doubtful", 2, 15)
    assert score(0, 0, "doubtful", 2, 15).promises == 15  # capped
    assert score(0, 0, "bad", 0, 15).debt_class == 15
    assert score(0, 0, "doubtful", 0, 15).contact == 5


def test_ranking_row_by_hand(cid: int) -> None:
    invoice(cid, "6,000", on=days(-120), due=days(-90))
    invoice(cid, "4,000", on=days(-40), due=days(-10))
    invoice(cid, "9,000", on=days(-10), due=days(20))  # not yet due
    add_promise(cid, made_on=days(-20), due_on=days(-5), amount="1,000", today=TODAY)
    flag(cid, sign="moving", flagged_on=days(-2), today=TODAY)
    [row] = overdue_ranking(TODAY)
    assert (row.customer_id, row.customer_name, row.phone) == (cid, "远大贸易", "13800138000")
    assert (row.overdue_fen, row.overdue, row.overdue_debts) == (
        1_000_000,
        Decimal("10000.00"),
        2,
    )
    assert (row.oldest_days, row.worst_class, row.broken_promises) == (90, "collecting", 1)
    assert (row.last_contact, row.days_since_contact, row.open_flags) == (None, None, 1)
    assert row.derived_signs == ("broken_promise",)
    assert row.score == pytest.approx(55.834, abs=0.001)
    assert row.breakdown == score(1_000_000, 90, "collecting", 1, None)


def test_larger_older_and_broken_ranks_above_small_and_fresh(cid: int) -> None:
    small = customer("小额客户")
    invoice(small, "500", on=days(-40), due=days(-10))
    contact(small, -1)
    invoice(cid, "50,000", on=days(-150), due=days(-120))
    add_promise(cid, made_on=days(-30), due_on=days(-10), amount="10,000", today=TODAY)
    contact(cid, -20)
    ranking = overdue_ranking(TODAY)
    assert [r.customer_id for r in ranking] == [cid, small]
    big, little = ranking
    assert big.worst_class == "doubtful"  # 120 days > 90
    assert (big.days_since_contact, little.days_since_contact) == (20, 1)
    assert little.last_contact == days(-1)
    assert big.score > little.score
    assert big.breakdown.promises == 10 and little.breakdown.promises == 0


def test_ranking_leaves_out_held_and_not_due_debts(cid: int) -> None:
    held = invoice(cid, "8,000", on=days(-100), due=days(-70))
    invoice(cid, "1,000", on=days(-40), due=days(-10))
    invoice(cid, "5,000", on=days(-5), due=days(25))
    set_hold(held, reason="质量争议")
    [row] = overdue_ranking(TODAY)
    assert (row.overdue_fen, row.oldest_days, row.overdue_debts) == (100_000, 10, 1)
    only_held = customer("全在争议")
    set_hold(invoice(only_held, "2,000", on=days(-60), due=days(-30)), reason="争议")
    assert [r.customer_id for r in overdue_ranking(TODAY)] == [cid]


def test_class_override_and_thresholds_give_the_worst_class(cid: int) -> None:
    invoice(cid, "1,000", on=days(-60), due=days(-30))
    young = invoice(cid, "1,000", on=days(-40), due=days(-5))
    assert overdue_ranking(TODAY)[0].worst_class == "collecting"
    set_class_override(young, debt_class="bad", reason="客户已破产")
    row = overdue_ranking(TODAY)[0]
    assert (row.worst_class, row.breakdown.debt_class) == ("bad", 15)
    old = customer("老账")
    invoice(old, "1,000", on=days(-500), due=days(-400))
    assert {r.customer_id: r.worst_class for r in overdue_ranking(TODAY)}[old] == "dead"


def test_ranking_filters_and_limit(cid: int) -> None:
    group = create_group("华东区")
    east = customer("华东客户", salesperson="王芳", group_ids={group.id})
    invoice(cid, "100,000", on=days(-200), due=days(-170))
    invoice(east, "100", on=days(-40), due=days(-10))
    assert [r.customer_id for r in overdue_ranking(TODAY)] == [cid, east]
    assert [r.customer_id for r in overdue_ranking(TODAY, limit=1)] == [cid]
    assert [r.customer_id for r in overdue_ranking(TODAY, group_id=group.id)] == [east]
    assert [r.customer_id for r in overdue_ranking(TODAY, salesperson="李明")] == [cid]
    assert overdue_ranking(TODAY, salesperson="nobody") == []


def test_derived_signs_for_the_top_rows_only(cid: int) -> None:
    broke = customer("失信客户")
    invoice(broke, "90,000", on=days(-200), due=days(-170))
    add_promise(broke, made_on=days(-20), due_on=days(-5), amount="1,000", today=TODAY)
    invoice(cid, "100", on=days(-40), due=days(-10))
    add_promise(cid, made_on=days(-20), due_on=days(-5), amount="50", today=TODAY)
    first, second = overdue_ranking(TODAY, signs=1)
    assert (first.customer_id, first.derived_signs) == (broke, ("broken_promise",))
    assert (second.customer_id, second.derived_signs) == (cid, None)  # not computed
    assert overdue_ranking(TODAY, signs=None)[1].derived_signs == ("broken_promise",)


def test_workbench_bundles_every_list(cid: int) -> None:
    invoice(cid, "10,000", on=days(-90), due=days(-60))
    invoice(cid, "2,000", on=days(-27), due=days(3))
    add_promise(cid, made_on=days(-5), due_on=TODAY, amount="100", today=TODAY)
    add_promise(cid, made_on=days(-5), due_on=days(4), amount="200", today=TODAY)
    add_promise(cid, made_on=days(-9), due_on=days(-2), amount="300", today=TODAY)
    create_plan(cid, agreed_on=days(-20), instalments=[(days(2), "500")], today=TODAY)
    record_sent(cid, sent_on=days(-20), as_of=days(-21), today=TODAY)
    other = customer("别组客户", salesperson="王芳")
    invoice(other, "5,000", on=days(-60), due=days(-30))

    bench = workbench(TODAY)
    assert bench.today == TODAY
    assert [r.customer_id for r in bench.due_soon] == [cid]
    assert [r.customer_id for r in bench.ranking] == [cid, other]
    assert [p.amount for p in bench.promises_today] == [Decimal("100.00")]
    assert [p.amount for p in bench.promises_upcoming] == [Decimal("200.00")]
    assert [p.amount for p in bench.promises_broken] == [Decimal("300.00")]
    assert [p.customer_id for p in bench.plans_due] == [cid]
    assert [c.customer_id for c in bench.unreturned_confirmations] == [cid]

    mine = workbench(TODAY, filters=WorkbenchFilter(salesperson="王芳"))
    assert [r.customer_id for r in mine.ranking] == [other]
    assert mine.due_soon == mine.promises_today == mine.plans_due == []
    assert mine.unreturned_confirmations == []
