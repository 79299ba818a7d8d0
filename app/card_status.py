"""What the customer card shows of the collection work besides the money: the
next instalment of an active plan, statements awaiting the signed reply,
promises still open, warning signs (flagged and derived)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from app import business_settings, confirmations, instalments, promises, warning_signs


@dataclass(frozen=True)
class CollectionStatus:
    next_instalment_on: date | None
    next_instalment: Decimal | None
    instalments_overdue: Decimal
    awaiting_since: date | None  # the oldest statement awaiting the signed reply
    awaiting: int
    next_promise_on: date | None  # the next promise not yet kept or broken
    next_promise: Decimal | None
    broken_promises: int  # of the recent window (business setting)
    flags: tuple[str, ...]  # app.choices.WARNING_SIGN keys, open
    derived: tuple[str, ...]  # app.choices.DERIVED_SIGN keys


def collection_status(customer_id: int, *, today: date | None = None) -> CollectionStatus:
    today = today or date.today()
    plans = [p for p in instalments.plans_for(customer_id, today) if p.status == "active"]
    plan = min(plans, key=lambda p: p.next_due_on or date.max, default=None)
    waiting = confirmations.awaiting(customer_id, today)
    rows = promises.promises_for(customer_id, today)
    open_promises = sorted(
        (p for p in rows if p.status in ("pending", "due_today")), key=lambda p: p.due_on
    )
    since = today - timedelta(days=business_settings.get("broken_promise_days"))
    broken = sum(1 for p in rows if p.status == "broken" and p.due_on >= since)
    return CollectionStatus(
        next_instalment_on=plan.next_due_on if plan else None,
        next_instalment=plan.next_amount if plan else None,
        instalments_overdue=sum((p.overdue for p in plans), Decimal("0.00")),
        awaiting_since=min((c.sent_on for c in waiting), default=None),
        awaiting=len(waiting),
        next_promise_on=open_promises[0].due_on if open_promises else None,
        next_promise=open_promises[0].amount if open_promises else None,
        broken_promises=broken,
        flags=tuple(f.sign for f in warning_signs.open_flags(customer_id)),
        derived=tuple(d.key for d in warning_signs.derived_signs(customer_id, today)),
    )
