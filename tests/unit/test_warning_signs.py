"""Warning signs: flags the admin sets and clears, signs derived from the
ledger, the promises and the plans - one customer or many at once."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from app.account import days_to_pay
from app.errors import NotAllowedError, NotFoundError, ValidationError
from app.instalments import create_plan
from app.promises import add_promise
from app.warning_signs import (
    EXPLANATION,
    all_flags,
    clear,
    derived_signs,
    derived_signs_for,
    flag,
    is_slowing,
    open_flag_counts,
    open_flags,
    recent_days_late,
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
    return customer("远大贸易")


def paid_late(customer_id: int, lateness: list[int], *, start: date) -> None:
    """One invoice a month, each paid in full *lateness[i]* days after its due date."""
    for i, late in enumerate(lateness):
        due = start + timedelta(days=30 * i)
        invoice(customer_id, "1,000", on=due - timedelta(days=30), due=due)
        payment(customer_id, "1,000", on=due + timedelta(days=late))


# --- flags ----------------------------------------------------------------------------


def test_flag_and_clear(cid: int) -> None:
    fid = flag(cid, sign="moving", flagged_on=days(-3), note="厂房在搬", today=TODAY)
    [row] = open_flags(cid)
    assert (row.id, row.sign, row.flagged_on, row.note) == (fid, "moving", days(-3), "厂房在搬")
    assert open_flag_counts() == {cid: 1}
    clear(fid, cleared_on=days(-1), note="搬到新址, 已核实", today=TODAY)
    assert open_flags(cid) == []
    [row] = all_flags(cid)
    assert (row.cleared_on, row.clear_note) == (days(-1), "搬到新址, 已核实")
    assert open_flag_counts() == {}


def test_a_sign_is_flagged_once_at_a_time(cid: int) -> None:
    fid = flag(cid, sign="staff_change", flagged_on=days(-10), today=TODAY)
    flag(cid, sign="moving", flagged_on=days(-2), today=TODAY)  # another sign is fine
    before = collection_rows()
    with pytest.raises(ValidationError) as info:
        flag(cid, sign="staff_change", flagged_on=days(-1), today=TODAY)
    assert info.value.issues[0].message == f"Already flagged since {days(-10)}"
    assert collection_rows() == before
    clear(fid, cleared_on=days(-1), today=TODAY)
    flag(cid, sign="staff_change", flagged_on=TODAY, today=TODAY)
    assert len(all_flags(cid)) == 3


@pytest.mark.parametrize(
    ("kw", "field", "message"),
    [
        ({"sign": "rude"}, "sign", "Unknown choice: rude"),
        ({"flagged_on": days(1)}, "flagged_on", "Cannot be in the future"),
        ({"note": "x" * 301}, "note", "Too long: at most 300 characters (now 301)"),
    ],
)
def test_bad_flags_are_refused(cid: int, kw: dict[str, object], field: str, message: str) -> None:
    values: dict[str, object] = {"sign": "moving", "flagged_on": days(-1), "today": TODAY}
    values.update(kw)
    with pytest.raises(ValidationError) as info:
        flag(cid, **values)  # type: ignore[arg-type]
    assert {i.field: i.message for i in info.value.issues}[field] == message
    assert collection_rows()["flags"] == 0


def test_clearing_rules(cid: int) -> None:
    fid = flag(cid, sign="moving", flagged_on=days(-3), today=TODAY)
    with pytest.raises(ValidationError) as info:
        clear(fid, cleared_on=days(-4), today=TODAY)
    assert info.value.issues[0].message == f"Cannot be before the day it was flagged ({days(-3)})"
    clear(fid, cleared_on=days(-2), today=TODAY)
    with pytest.raises(NotAllowedError):
        clear(fid, cleared_on=days(-1), today=TODAY)
    with pytest.raises(NotFoundError):
        clear(999, cleared_on=days(-1), today=TODAY)


# --- derived signs --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("days_late", "slowing"),
    [
        ([], False),
        ([0, 20], False),  # too few
        ([0, 10, 15], True),  # each later than the one before, +15 over the three
        ([0, 10, 14], False),  # growing, but only by 14 days
        ([5, 5, 5, 20, 20, 20], True),  # averages 5 -> 20: +15
        ([5, 5, 5, 19, 20, 20], False),  # averages 5 -> 19.67
        ([30, 20, 10, 0, 0, 0], False),  # paying faster
        ([0, 0, 0, 60, 0, 0], True),  # average 0 -> 20
    ],
)
def test_slowing_rule(days_late: list[int], slowing: bool) -> None:
    assert is_slowing(days_late) is slowing


def test_days_late_follow_account_days_to_pay(cid: int) -> None:
    other = customer("宏达五金")
    paid_late(cid, [0, 3, 0, 8, 12, 29, 25, 2], start=days(-400))
    paid_late(other, [1, 2], start=days(-100))
    expected = {c: [p.days_late for p in reversed(days_to_pay(c, limit=6))] for c in (cid, other)}
    assert recent_days_late([cid, other]) == expected
    assert expected[cid] == [0, 8, 12, 29, 25, 2]


def test_slower_payment(cid: int) -> None:
    paid_late(cid, [0, 0, 0, 10, 20, 30], start=days(-300))
    [sign] = derived_signs(cid, TODAY)
    assert sign.key == "slower_payment"
    assert sign.params == {"days": "0, 0, 0, 10, 20, 30"}
    assert EXPLANATION[sign.key].format(**sign.params) == (
        "Days late of the last paid invoices, oldest first: 0, 0, 0, 10, 20, 30"
    )


def test_a_punctual_payer_has_no_sign(cid: int) -> None:
    paid_late(cid, [0, 0, 1, 0, 2, 0], start=days(-300))
    assert derived_signs(cid, TODAY) == []


def test_broken_promise(cid: int) -> None:
    invoice(cid, "5,000", on=days(-60))
    add_promise(cid, made_on=days(-20), due_on=days(-5), amount="1,000", today=TODAY)
    [sign] = derived_signs(cid, TODAY)
    assert sign == ("broken_promise", {"count": 1, "days": 90})


def test_an_old_broken_promise_is_forgotten(cid: int) -> None:
    invoice(cid, "5,000", on=days(-200))
    add_promise(cid, made_on=days(-120), due_on=days(-91), amount="1,000", today=TODAY)
    assert derived_signs(cid, TODAY) == []


def test_over_limit(db_path: Path) -> None:
    limited = customer("限额客户", credit_limit="1,000")
    invoice(limited, "1,000", on=days(-5))
    assert derived_signs(limited, TODAY) == []  # at the limit is not over it
    invoice(limited, "0.01", on=days(-4))
    [sign] = derived_signs(limited, TODAY)
    assert sign == ("over_limit", {"balance": "CNY 1,000.01", "limit": "CNY 1,000.00"})


def test_instalment_missed(cid: int) -> None:
    invoice(cid, "5,000", on=days(-60))
    create_plan(
        cid,
        agreed_on=days(-30),
        instalments=[(days(-10), "1,000"), (days(20), "1,000")],
        today=TODAY,
    )
    payment(cid, "999", on=days(-12))
    [sign] = derived_signs(cid, TODAY)
    assert sign == ("instalment_missed", {"due_on": days(-10).isoformat()})
    payment(cid, "1", on=days(-1))
    assert derived_signs(cid, TODAY) == []


def test_batch_matches_one_by_one(db_path: Path) -> None:
    slow = customer("越付越慢", credit_limit="500")
    paid_late(slow, [0, 5, 25], start=days(-120))
    invoice(slow, "600", on=days(-3))
    broke = customer("失信客户")
    invoice(broke, "5,000", on=days(-60))
    add_promise(broke, made_on=days(-20), due_on=days(-5), amount="1,000", today=TODAY)
    fine = customer("好客户")
    paid_late(fine, [0, 0, 0], start=days(-120))
    batch = derived_signs_for([slow, broke, fine], TODAY)
    assert batch == {c: derived_signs(c, TODAY) for c in (slow, broke, fine)}
    assert [s.key for s in batch[slow]] == ["slower_payment", "over_limit"]
    assert [s.key for s in batch[broke]] == ["broken_promise"]
    assert batch[fine] == []
    assert derived_signs_for([], TODAY) == {}
