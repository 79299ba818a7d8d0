"""One customer's account: the figures the card shows (balance, overdue, the
oldest overdue debt, days-to-pay), the ledger with a running balance, the open
debts with their age and class. All read-only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from peewee import JOIN, fn

from app.ageing import bucket_of
from app.business_settings import ClassThresholds, thresholds
from app.errors import NotFoundError
from app.i18n import QT_TRANSLATE_NOOP
from app.ledger import hold_is_active, unapplied_credits
from app.models import DEBT_KINDS, Allocation, Customer, LedgerEntry
from app.money import from_fen


@dataclass(frozen=True)
class AccountSummary:
    customer_id: int
    number: str
    name: str
    archived: bool
    currency: str
    balance: Decimal
    open_debts: Decimal  # what is still open on debts (balance + credit)
    credit: Decimal  # credit not yet applied (over-payments)
    overdue: Decimal  # past due, debts on hold excluded
    held: Decimal  # open on debts on hold (disputed)
    oldest_overdue_days: int | None
    oldest_overdue_number: str
    credit_limit: Decimal | None
    over_limit: bool
    supply_hold: bool
    supply_hold_reason: str
    supply_hold_since: date | None
    average_days_to_pay: int | None  # over the last DAYS_TO_PAY_SAMPLE paid debts
    entries: int


@dataclass(frozen=True)
class EntryRow:
    id: int
    kind: str
    number: str
    entry_date: date
    due_date: date | None
    amount: Decimal
    delta: Decimal
    balance: Decimal  # running balance after this entry
    open: Decimal | None  # debts: still open now
    method: str
    reference: str
    description: str
    reason: str
    reverses_id: int | None
    reversed_by_id: int | None


@dataclass(frozen=True)
class OpenDebt:
    id: int
    kind: str
    number: str
    entry_date: date
    due_date: date
    amount: Decimal
    open: Decimal
    days_past_due: int
    bucket: int
    debt_class: str
    class_overridden: bool
    override_reason: str
    on_hold: bool
    hold_reason: str
    hold_until: date | None
    description: str


@dataclass(frozen=True)
class PaidDebt:
    id: int
    number: str
    entry_date: date
    due_date: date
    settled_on: date
    days_to_pay: int
    days_late: int


DAYS_TO_PAY_SAMPLE = 12


def _as_date(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def summary(customer_id: int, *, today: date | None = None) -> AccountSummary:
    today = today or date.today()
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("app", "This customer no longer exists."))
    balance = int(
        LedgerEntry.select(fn.COALESCE(fn.SUM(LedgerEntry.delta_fen), 0))
        .where(LedgerEntry.customer == customer_id)
        .scalar()
    )
    count = LedgerEntry.select().where(LedgerEntry.customer == customer_id).count()
    debts = open_debts(customer_id, today=today)
    open_total = sum(d.open for d in debts)
    overdue = [d for d in debts if d.days_past_due > 0 and not d.on_hold]
    held = sum((d.open for d in debts if d.on_hold), Decimal("0.00"))
    oldest = max(overdue, key=lambda d: (d.days_past_due, -d.id), default=None)
    limit = from_fen(customer.credit_limit_fen) if customer.credit_limit_fen is not None else None
    history = days_to_pay(customer_id, limit=DAYS_TO_PAY_SAMPLE)
    average = round(sum(p.days_to_pay for p in history) / len(history)) if history else None
    return AccountSummary(
        customer_id=customer_id,
        number=customer.number,
        name=customer.name,
        archived=bool(customer.archived),
        currency=customer.currency,
        balance=from_fen(balance),
        open_debts=Decimal(open_total).quantize(Decimal("0.01")),
        credit=from_fen(sum(rest for _id, _d, rest in unapplied_credits(customer_id))),
        overdue=sum((d.open for d in overdue), Decimal("0.00")),
        held=held,
        oldest_overdue_days=oldest.days_past_due if oldest else None,
        oldest_overdue_number=oldest.number if oldest else "",
        credit_limit=limit,
        over_limit=limit is not None and from_fen(balance) > limit,
        supply_hold=bool(customer.supply_hold),
        supply_hold_reason=customer.supply_hold_reason,
        supply_hold_since=customer.supply_hold_since,
        average_days_to_pay=average,
        entries=count,
    )


def entries(customer_id: int) -> list[EntryRow]:
    """Every entry of the ledger in date order with the running balance."""
    Rev = LedgerEntry.alias()
    query = (
        LedgerEntry.select(
            LedgerEntry.id,
            LedgerEntry.kind,
            LedgerEntry.number,
            LedgerEntry.entry_date,
            LedgerEntry.due_date,
            LedgerEntry.amount_fen,
            LedgerEntry.delta_fen,
            LedgerEntry.open_fen,
            LedgerEntry.method,
            LedgerEntry.reference,
            LedgerEntry.description,
            LedgerEntry.reason,
            LedgerEntry.reverses,
            Rev.id,
        )
        .join(Rev, JOIN.LEFT_OUTER, on=(Rev.reverses == LedgerEntry.id))
        .where(LedgerEntry.customer == customer_id)
        .order_by(LedgerEntry.entry_date, LedgerEntry.id)
        .tuples()
    )
    rows: list[EntryRow] = []
    running = 0
    for (
        eid,
        kind,
        number,
        when,
        due,
        amount,
        delta,
        open_fen,
        method,
        reference,
        description,
        reason,
        reverses,
        reversed_by,
    ) in query:
        running += delta
        rows.append(
            EntryRow(
                id=eid,
                kind=kind,
                number=number or "",
                entry_date=_as_date(when),
                due_date=_as_date(due) if due else None,
                amount=from_fen(amount),
                delta=from_fen(delta),
                balance=from_fen(running),
                open=from_fen(open_fen) if kind in DEBT_KINDS else None,
                method=method,
                reference=reference,
                description=description,
                reason=reason,
                reverses_id=reverses,
                reversed_by_id=reversed_by,
            )
        )
    return rows


def open_debts(
    customer_id: int, *, today: date | None = None, limits: ClassThresholds | None = None
) -> list[OpenDebt]:
    """Debts still open now, oldest due first, with their age and class today."""
    today = today or date.today()
    limits = limits or thresholds()
    query = (
        LedgerEntry.select()
        .where(
            (LedgerEntry.customer == customer_id)
            & LedgerEntry.kind.in_(DEBT_KINDS)
            & (LedgerEntry.open_fen != 0)
        )
        .order_by(LedgerEntry.due_date, LedgerEntry.entry_date, LedgerEntry.id)
    )
    out = []
    for e in query:
        days = (today - e.due_date).days
        out.append(
            OpenDebt(
                id=e.id,
                kind=e.kind,
                number=e.number or "",
                entry_date=e.entry_date,
                due_date=e.due_date,
                amount=from_fen(e.amount_fen),
                open=from_fen(e.open_fen),
                days_past_due=max(days, 0),
                bucket=bucket_of(days),
                debt_class=e.class_override or limits.class_of(days),
                class_overridden=bool(e.class_override),
                override_reason=e.override_reason,
                on_hold=hold_is_active(e.hold_reason, e.hold_until, today),
                hold_reason=e.hold_reason,
                hold_until=e.hold_until,
                description=e.description,
            )
        )
    return out


def days_to_pay(customer_id: int, *, limit: int | None = None) -> list[PaidDebt]:
    """Invoices fully paid, latest first, with the days from invoice to payment
    and the days late. Written-off or credited debts are left out: only what
    payments settled tells how the customer pays."""
    Credit = LedgerEntry.alias()
    paid_by_credit_note = (
        Allocation.select(Allocation.debt)
        .join(Credit, on=(Allocation.credit == Credit.id))
        .where((Allocation.customer == customer_id) & Credit.kind.in_(("credit_note", "write_off")))
    )
    query = (
        LedgerEntry.select(
            LedgerEntry.id,
            LedgerEntry.number,
            LedgerEntry.entry_date,
            LedgerEntry.due_date,
            LedgerEntry.settled_on,
        )
        .where(
            (LedgerEntry.customer == customer_id)
            & (LedgerEntry.kind == "invoice")
            & LedgerEntry.settled_on.is_null(False)
            & LedgerEntry.id.not_in(paid_by_credit_note)
        )
        .order_by(LedgerEntry.settled_on.desc(), LedgerEntry.id.desc())
        .tuples()
    )
    if limit is not None:
        query = query.limit(limit)
    out = []
    for eid, number, when, due, settled in query:
        when, due, settled = _as_date(when), _as_date(due), _as_date(settled)
        out.append(
            PaidDebt(
                eid,
                number or "",
                when,
                due,
                settled,
                max((settled - when).days, 0),
                max((settled - due).days, 0),
            )
        )
    return out
