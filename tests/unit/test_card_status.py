"""What the card shows of the collection work: next instalment, open and
broken promises, statements awaiting the signed reply, warning signs."""

from __future__ import annotations

from decimal import Decimal

from app import confirmations, instalments, promises, warning_signs
from app.card_status import collection_status
from tests.unit.collection_helpers import TODAY, customer, days, invoice


def test_nothing_to_show(db_path):
    cid = customer()
    status = collection_status(cid, today=TODAY)
    assert status.next_instalment_on is None and status.next_promise_on is None
    assert (status.awaiting, status.broken_promises, status.flags, status.derived) == (0, 0, (), ())


def test_everything_the_card_shows(db_path):
    cid = customer(credit_limit="100")
    invoice(cid, "3000", on=days(-60), due=days(-30))
    instalments.create_plan(
        cid,
        agreed_on=days(-10),
        instalments=[(days(5), "1000"), (days(35), "2000")],
        today=TODAY,
    )
    promises.add_promise(cid, made_on=days(-20), due_on=days(-2), amount="500", today=TODAY)
    promises.add_promise(cid, made_on=days(-1), due_on=days(3), amount="800", today=TODAY)
    confirmations.record_sent(cid, sent_on=days(-20), as_of=days(-21), today=TODAY)
    warning_signs.flag(cid, sign="moving", flagged_on=days(-3), note="搬到新厂区", today=TODAY)
    status = collection_status(cid, today=TODAY)
    assert (status.next_instalment_on, status.next_instalment) == (days(5), Decimal("1000.00"))
    assert (status.next_promise_on, status.next_promise) == (days(3), Decimal("800.00"))
    assert status.broken_promises == 1
    assert (status.awaiting, status.awaiting_since) == (1, days(-20))
    assert status.flags == ("moving",)
    assert set(status.derived) >= {"broken_promise", "over_limit"}
