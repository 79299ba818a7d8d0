"""Instalment plans (还款计划): a written schedule of amounts and dates the
customer agreed to, tracked against the payments they make.

Progress is computed, never stored. The payments counted are the customer's
payments (reversed ones left out; credit notes and write-offs are not
payments) dated from the day the plan was agreed up to today. They cover the
instalments cumulatively, in order: the first instalment is covered first,
any excess goes to the next, and so on. Each instalment is then

- ``paid``: fully covered;
- ``overdue``: not fully covered and its date has passed;
- ``partly_paid``: partly covered, its date not yet passed;
- ``due``: nothing covered yet, its date not yet passed.

A plan is ``completed`` when every instalment is covered, ``cancelled`` when
the admin cancelled it (the reason goes to the collection log as an internal
note), else ``active``. Only one plan per customer may be active (not yet
completed): two would count the same payments twice.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from peewee import fn

from app import validation as v
from app.business_settings import get as setting
from app.collection_support import (
    as_date,
    chunks,
    customer_for_write,
    day,
    in_scope,
    main_phone,
    payments_received,
    positive_fen,
    raise_issues,
)
from app.db import DB
from app.errors import NotAllowedError, NotFoundError
from app.i18n import QT_TRANSLATE_NOOP
from app.ledger import balance_fen
from app.models import CollectionLog, Customer, Instalment, InstalmentPlan
from app.money import format_money, from_fen

TEXT_MAX = 300
MAX_INSTALMENTS = 120


@dataclass(frozen=True)
class InstalmentRow:
    seq: int  # 1, 2, ...
    due_on: date
    amount: Decimal
    covered: Decimal  # by the payments since the plan was agreed
    still_due: Decimal
    status: str  # app.choices.INSTALMENT_STATUS


@dataclass(frozen=True)
class PlanStatus:
    id: int
    customer_id: int
    customer_number: str
    customer_name: str
    phone: str
    salesperson: str
    currency: str
    agreed_on: date
    total: Decimal
    paid: Decimal  # payments since agreed_on (may exceed the total)
    still_due: Decimal  # total less what the payments cover
    status: str  # app.choices.PLAN_STATUS
    cancelled_on: date | None
    note: str
    instalments: tuple[InstalmentRow, ...]
    next_due_on: date | None  # the first instalment not fully covered
    next_amount: Decimal | None  # what is still due on it
    overdue: Decimal  # still due on instalments whose date has passed

    @property
    def completed(self) -> bool:
        return all(i.still_due == 0 for i in self.instalments)


# --- recording ------------------------------------------------------------------------


def create_plan(
    customer_id: int,
    *,
    agreed_on: date | str | None,
    instalments: Sequence[tuple[date | str | None, str | Decimal | int | None]],
    note: str = "",
    confirm: bool = False,
    today: date | None = None,
) -> int:
    """Record an instalment plan: *instalments* is ``[(due_on, amount), ...]``
    in date order. A total over the customer's current balance needs
    ``confirm=True``."""
    today = today or date.today()
    with DB.atomic():
        customer = customer_for_write(customer_id)
        issues = v.Issues()
        agreed = day(issues, "agreed_on", agreed_on, today=today)
        note = v.text(issues, "note", note, max_len=TEXT_MAX)
        rows: list[tuple[date | None, int]] = []
        if not instalments:
            issues.error("instalments", QT_TRANSLATE_NOOP("app", "Add at least one instalment"))
        elif len(instalments) > MAX_INSTALMENTS:
            issues.error(
                "instalments",
                QT_TRANSLATE_NOOP("app", "At most {max} instalments"),
                max=MAX_INSTALMENTS,
            )
        else:
            previous: date | None = None
            for index, (due_on, amount) in enumerate(instalments, start=1):
                prefix = f"instalments.{index}."
                due = day(issues, prefix + "due_on", due_on, today=today, future=True)
                fen = positive_fen(issues, prefix + "amount", amount)
                if due is not None and agreed is not None and due < agreed:
                    issues.error(
                        prefix + "due_on",
                        QT_TRANSLATE_NOOP(
                            "app", "An instalment cannot fall due before the plan was agreed"
                        ),
                    )
                elif due is not None and previous is not None and due <= previous:
                    issues.error(
                        prefix + "due_on",
                        QT_TRANSLATE_NOOP(
                            "app", "Each instalment must fall due after the one before it"
                        ),
                    )
                if due is not None:
                    previous = due
                rows.append((due, fen))
        running = [
            p
            for p in _statuses(
                (InstalmentPlan.customer == customer_id) & (InstalmentPlan.status == "active"),
                today,
            )
            if p.status == "active"  # not completed
        ]
        if running:
            issues.error(
                "plan",
                QT_TRANSLATE_NOOP(
                    "app",
                    "This customer already has an active instalment plan, agreed on {date}: "
                    "cancel it first",
                ),
                date=running[0].agreed_on.isoformat(),
            )
        total = sum(fen for _due, fen in rows)
        if not issues.errors:
            balance = balance_fen(customer_id)
            if total > balance:
                issues.warn(
                    "instalments",
                    QT_TRANSLATE_NOOP(
                        "app",
                        "The plan adds up to {total}, more than the customer's balance of "
                        "{balance}.",
                    ),
                    total=f"{customer.currency} {format_money(from_fen(total))}",
                    balance=f"{customer.currency} {format_money(from_fen(balance))}",
                )
        raise_issues(issues, confirm=confirm)
        plan = InstalmentPlan.create(
            customer=customer_id, agreed_on=agreed, total_fen=total, note=note
        )
        Instalment.insert_many(
            [
                {"plan": plan.id, "seq": seq, "due_on": due, "amount_fen": fen}
                for seq, (due, fen) in enumerate(rows, start=1)
            ]
        ).execute()
        return int(plan.id)


def cancel_plan(
    plan_id: int, *, on: date | str | None, reason: str, today: date | None = None
) -> None:
    """Cancel an active plan (the customer defaulted, or a new plan replaces
    it). The reason is kept on the plan and written to the collection log as
    an internal note, the evidence trail of the case."""
    today = today or date.today()
    with DB.atomic():
        plan = InstalmentPlan.get_or_none(InstalmentPlan.id == plan_id)
        if plan is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("app", "This instalment plan no longer exists."))
        if plan.status == "cancelled":
            raise NotAllowedError(
                QT_TRANSLATE_NOOP("app", "This plan was already cancelled on {date}."),
                date=as_date(plan.cancelled_on).isoformat() if plan.cancelled_on else "?",
            )
        issues = v.Issues()
        when = day(issues, "cancelled_on", on, today=today)
        reason = v.text(issues, "reason", reason, max_len=TEXT_MAX, required=True)
        if when is not None and when < as_date(plan.agreed_on):
            issues.error(
                "cancelled_on",
                QT_TRANSLATE_NOOP(
                    "app", "A plan cannot be cancelled before the day it was agreed ({agreed})"
                ),
                agreed=as_date(plan.agreed_on).isoformat(),
            )
        raise_issues(issues)
        InstalmentPlan.update(status="cancelled", cancelled_on=when, cancel_reason=reason).where(
            InstalmentPlan.id == plan_id
        ).execute()
        CollectionLog.create(
            customer=plan.customer_id, contact_date=when, channel="note", notes=reason
        )


# --- progress -------------------------------------------------------------------------


def coverage(
    instalments: Sequence[tuple[int, date, int]], paid_fen: int, today: date
) -> list[InstalmentRow]:
    """Cover ``(seq, due_on, amount_fen)`` instalments in order with *paid_fen*."""
    left = max(paid_fen, 0)
    out = []
    for seq, due, amount in sorted(instalments):
        covered = min(amount, left)
        left -= covered
        still = amount - covered
        if still == 0:
            status = "paid"
        elif due < today:
            status = "overdue"
        elif covered:
            status = "partly_paid"
        else:
            status = "due"
        out.append(
            InstalmentRow(seq, due, from_fen(amount), from_fen(covered), from_fen(still), status)
        )
    return out


def _paid(today: date) -> Any:
    return payments_received(InstalmentPlan.customer, InstalmentPlan.agreed_on, today)


def _statuses(where: Any, today: date, *, order: Sequence[Any] = ()) -> list[PlanStatus]:
    """Plans matching *where*, with their progress: one query for the plans and
    their paid sums, one per 900 plans for the instalments."""
    plans = list(
        InstalmentPlan.select(
            InstalmentPlan.id,
            InstalmentPlan.customer,
            Customer.number,
            Customer.name,
            Customer.mobile,
            Customer.phone,
            Customer.salesperson,
            Customer.currency,
            InstalmentPlan.agreed_on,
            InstalmentPlan.total_fen,
            _paid(today).alias("paid"),
            InstalmentPlan.status,
            InstalmentPlan.cancelled_on,
            InstalmentPlan.note,
        )
        .join(Customer, on=(InstalmentPlan.customer == Customer.id))
        .where(where)
        .order_by(*order, InstalmentPlan.agreed_on.desc(), InstalmentPlan.id.desc())
        .tuples()
    )
    schedule: dict[int, list[tuple[int, date, int]]] = defaultdict(list)
    for chunk in chunks(p[0] for p in plans):
        query = (
            Instalment.select(
                Instalment.plan, Instalment.seq, Instalment.due_on, Instalment.amount_fen
            )
            .where(Instalment.plan.in_(chunk))
            .tuples()
        )
        for plan_id, seq, due, amount in query:
            schedule[plan_id].append((seq, as_date(due), amount))
    out = []
    for (
        plan_id,
        customer_id,
        number,
        name,
        mobile,
        phone,
        salesperson,
        currency,
        agreed,
        total,
        paid,
        status,
        cancelled,
        note,
    ) in plans:
        rows = coverage(schedule[plan_id], int(paid), today)
        pending = [r for r in rows if r.still_due]
        if status != "cancelled":
            status = "active" if pending else "completed"
        out.append(
            PlanStatus(
                id=plan_id,
                customer_id=customer_id,
                customer_number=number,
                customer_name=name,
                phone=main_phone(mobile, phone),
                salesperson=salesperson,
                currency=currency,
                agreed_on=as_date(agreed),
                total=from_fen(total),
                paid=from_fen(int(paid)),
                still_due=sum((r.still_due for r in rows), Decimal("0.00")),
                status=status,
                cancelled_on=as_date(cancelled) if cancelled else None,
                note=note,
                instalments=tuple(rows),
                next_due_on=pending[0].due_on if pending else None,
                next_amount=pending[0].still_due if pending else None,
                overdue=sum((r.still_due for r in rows if r.status == "overdue"), Decimal("0.00")),
            )
        )
    return out


def plan_status(plan_id: int, today: date) -> PlanStatus:
    found = _statuses(InstalmentPlan.id == plan_id, today)
    if not found:
        raise NotFoundError(QT_TRANSLATE_NOOP("app", "This instalment plan no longer exists."))
    return found[0]


def plans_for(customer_id: int, today: date) -> list[PlanStatus]:
    """The customer's plans, latest agreed first."""
    return _statuses(InstalmentPlan.customer == customer_id, today)


def _uncovered(today: date, due_by: date) -> Any:
    """SQL: instalments of active plans due by *due_by* that the payments do
    not fully cover (the cumulative amount through them exceeds the paid sum)."""
    earlier = Instalment.alias("earlier")
    cumulative = earlier.select(fn.SUM(earlier.amount_fen)).where(
        (earlier.plan == Instalment.plan) & (earlier.seq <= Instalment.seq)
    )
    return (
        Instalment.select(Instalment.plan, InstalmentPlan.customer, fn.MIN(Instalment.due_on))
        .join(InstalmentPlan, on=(Instalment.plan == InstalmentPlan.id))
        .where(
            (InstalmentPlan.status == "active")
            & (Instalment.due_on <= due_by)
            & (cumulative > _paid(today))
        )
        .group_by(Instalment.plan, InstalmentPlan.customer)
    )


def plans_due(
    today: date,
    days: int | None = None,
    *,
    group_id: int | None = None,
    salesperson: str | None = None,
) -> list[PlanStatus]:
    """Active plans with an instalment not covered that is overdue or falls due
    within *days* (default: the setting ``confirm_ahead_days``), the earliest
    uncovered instalment first."""
    days = setting("confirm_ahead_days") if days is None else days
    query = in_scope(
        _uncovered(today, today + timedelta(days=days)),
        InstalmentPlan.customer,
        group_id=group_id,
        salesperson=salesperson,
    )
    ids = [plan_id for plan_id, _cid, _due in query.tuples()]
    if not ids:
        return []
    found: list[PlanStatus] = []
    for chunk in chunks(ids):
        found.extend(_statuses(InstalmentPlan.id.in_(chunk), today))
    found.sort(key=lambda p: (p.next_due_on or today, p.customer_number, p.id))
    return found


def missed_instalments(today: date) -> dict[int, date]:
    """{customer id: the earliest instalment of an active plan past its date
    and not covered}, in one query."""
    out: dict[int, date] = {}
    for _plan, customer_id, due in _uncovered(today, today - timedelta(days=1)).tuples():
        due = as_date(due)
        if customer_id not in out or due < out[customer_id]:
            out[customer_id] = due
    return out


__all__ = [
    "InstalmentRow",
    "PlanStatus",
    "cancel_plan",
    "coverage",
    "create_plan",
    "missed_instalments",
    "plan_status",
    "plans_due",
    "plans_for",
]
