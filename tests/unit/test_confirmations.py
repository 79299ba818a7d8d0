"""Balance confirmations: sent with the ledger balance, answered once, the
list of those not returned."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from app.confirmations import awaiting, for_customer, record_reply, record_sent, unreturned
from app.errors import NotAllowedError, NotFoundError, ValidationError
from app.models import BalanceConfirmation
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
    c = customer("远大贸易", mobile="13800138000")
    invoice(c, "10,000.00", on=days(-90))
    payment(c, "2,500.50", on=days(-60))
    invoice(c, "1,000.00", on=days(-10))  # after the statement date below
    return c


def sent(customer_id: int, **kw: object) -> int:
    values: dict[str, object] = {"sent_on": days(-20), "as_of": days(-31), "today": TODAY}
    values.update(kw)
    return record_sent(customer_id, **values)  # type: ignore[arg-type]


def refused(call, *args: object, **kw: object) -> dict[str, str]:  # noqa: ANN001
    before = collection_rows()
    state = list(BalanceConfirmation.select().tuples())
    with pytest.raises(ValidationError) as info:
        call(*args, **kw)
    assert collection_rows() == before
    assert list(BalanceConfirmation.select().tuples()) == state
    return {i.field: i.message for i in info.value.issues}


def test_sent_with_the_ledger_balance_at_the_statement_date(cid: int) -> None:
    conf = sent(cid)
    [row] = for_customer(cid)
    assert row.id == conf
    assert row.balance == Decimal("7499.50")  # 10,000 - 2,500.50; the later invoice not yet
    assert (row.status, row.replied_on, row.days_waiting) == ("awaiting", None, None)
    assert row.phone == "13800138000"


def test_sent_with_a_balance_typed_in(cid: int) -> None:
    sent(cid, balance="８,４９９.５０", note="寄出两份")
    [row] = for_customer(cid)
    assert (row.balance, row.note) == (Decimal("8499.50"), "寄出两份")


@pytest.mark.parametrize(
    ("kw", "field", "message"),
    [
        ({"sent_on": days(1)}, "sent_on", "Cannot be in the future"),
        ({"as_of": None}, "as_of", "Required: please fill it in"),
        (
            {"sent_on": days(-20), "as_of": days(-19)},
            "as_of",
            "The statement cannot be dated after the day it was sent",
        ),
        (
            {"balance": "12.345"},
            "balance",
            "At most two decimals: money is counted to the fen (0.01)",
        ),
    ],
)
def test_bad_sending_is_refused(cid: int, kw: dict[str, object], field: str, message: str) -> None:
    assert refused(sent, cid, **kw)[field] == message


def test_agreed_reply(cid: int) -> None:
    conf = sent(cid)
    record_reply(conf, replied_on=days(-5), agreed=True, today=TODAY)
    [row] = for_customer(cid)
    assert (row.status, row.replied_on, row.customer_amount, row.difference) == (
        "agreed",
        days(-5),
        None,
        None,
    )
    assert awaiting(cid) == []


def test_answered_once_only(cid: int) -> None:
    conf = sent(cid)
    record_reply(conf, replied_on=days(-5), agreed=True, today=TODAY)
    with pytest.raises(NotAllowedError) as info:
        record_reply(conf, replied_on=days(-1), agreed=False, reason="不对", today=TODAY)
    assert str(info.value) == (
        f"This confirmation was already answered on {days(-5).isoformat()}; "
        "to confirm again, send a new statement."
    )
    assert for_customer(cid)[0].status == "agreed"


def test_disputed_reply_with_the_customers_amount(cid: int) -> None:
    conf = sent(cid)
    record_reply(
        conf,
        replied_on=days(-3),
        agreed=False,
        customer_amount="6,999.50",
        reason="退货500元未扣",
        today=TODAY,
    )
    [row] = for_customer(cid)
    assert row.status == "disputed"
    assert row.customer_amount == Decimal("6999.50")
    assert row.difference == Decimal("-500.00")
    assert row.dispute_reason == "退货500元未扣"


def test_disputed_with_a_reason_only(cid: int) -> None:
    conf = sent(cid)
    record_reply(conf, replied_on=days(-3), agreed=False, reason="发票未收到", today=TODAY)
    assert for_customer(cid)[0].customer_amount is None


@pytest.mark.parametrize(
    ("kw", "field", "message"),
    [
        (
            {"agreed": False},
            "dispute_reason",
            "Write the balance the customer claims, or the reason they disagree",
        ),
        (
            {"agreed": True, "replied_on": days(-21)},
            "replied_on",
            f"The reply cannot be dated before the statement was sent ({days(-20).isoformat()})",
        ),
        ({"agreed": True, "replied_on": days(2)}, "replied_on", "Cannot be in the future"),
        (
            {"agreed": True, "customer_amount": "7,000"},
            "customer_amount",
            "The customer's amount differs from the statement: record the reply as disputed",
        ),
        (
            {"agreed": True, "reason": "没问题"},
            "dispute_reason",
            "A reason is for a disputed reply; this one is agreed",
        ),
        (
            {"agreed": False, "customer_amount": "abc"},
            "customer_amount",
            "Not an amount of money: use digits, e.g. 1234.50",
        ),
    ],
)
def test_bad_reply_is_refused(cid: int, kw: dict[str, object], field: str, message: str) -> None:
    conf = sent(cid)
    values: dict[str, object] = {"replied_on": days(-3), "today": TODAY}
    values.update(kw)
    assert refused(record_reply, conf, **values)[field] == message
    assert for_customer(cid)[0].status == "awaiting"


def test_unknown_confirmation(db_path: Path) -> None:
    with pytest.raises(NotFoundError):
        record_reply(12345, replied_on=days(-1), agreed=True, today=TODAY)


def test_unreturned_after_the_reply_days(cid: int) -> None:
    other = customer("宏达五金", phone="010-12345678")
    waiting_16 = sent(cid, sent_on=days(-16), as_of=days(-16))
    sent(cid, sent_on=days(-15), as_of=days(-15))  # exactly 15 days: not yet listed
    waiting_40 = sent(other, sent_on=days(-40), as_of=days(-40))
    answered = sent(other, sent_on=days(-50), as_of=days(-50))
    record_reply(answered, replied_on=days(-45), agreed=True, today=TODAY)

    rows = unreturned(TODAY)
    assert [r.id for r in rows] == [waiting_40, waiting_16]  # longest waiting first
    assert [r.days_waiting for r in rows] == [40, 16]
    assert rows[0].phone == "010-12345678"
    assert len(unreturned(TODAY, 14)) == 3
    assert [r.id for r in unreturned(TODAY, 30)] == [waiting_40]


def test_awaiting_per_customer_latest_first(cid: int) -> None:
    first = sent(cid, sent_on=days(-30), as_of=days(-31))
    second = sent(cid, sent_on=days(-10), as_of=days(-11))
    done = sent(cid, sent_on=days(-5), as_of=days(-6))
    record_reply(done, replied_on=days(-1), agreed=True, today=TODAY)
    assert [r.id for r in awaiting(cid)] == [second, first]
    assert [r.days_waiting for r in awaiting(cid, TODAY)] == [10, 30]
    assert [r.id for r in for_customer(cid)] == [done, second, first]
