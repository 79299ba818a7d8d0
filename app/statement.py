"""The statement of account (对账单) of one customer: the figures it prints,
read from the ledger as of its end date. No reportlab here; the renderer is
``app.documents.statement``.

Two forms:

- ``ledger``: the opening balance at the start of the period (everything
  dated before it), every entry of the period in date order with its debit,
  credit and running balance, and the closing balance at the end date.
- ``open_items``: the debts still open at the end date (open amount from the
  allocations that had taken effect by then, so a payment received after the
  end date does not shrink them), less the credits not yet applied by then.

Both carry an ageing summary at the end date and close on the ledger balance
at the end date (``app.ledger.balance_fen``) to the fen.

Reversals: a payment, credit note or write-off that was undone and its
reversal are both listed, each on its own date. The customer sees the money
arrive and leave again (a bounced cheque), the figures stay those of the
ledger, and a reversal in a later period than its original still reconciles
with the opening balance. The original is marked reversed when its reversal
falls within the statement (on or before the end date).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from peewee import JOIN, fn

from app import confirmations
from app.addressing import Recipient, recipient
from app.ageing import open_at
from app.errors import FieldIssue, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.ledger import balance_fen
from app.models import CREDIT_KINDS, DEBT_KINDS, Allocation, Customer, LedgerEntry
from app.money import from_fen

MODES = ("ledger", "open_items")

#: Ageing buckets of a statement: key and the most days past due each holds.
AGEING_BUCKETS: tuple[tuple[str, int | None], ...] = (
    ("not_due", 0),
    ("1_30", 30),
    ("31_60", 60),
    ("61_90", 90),
    ("91_180", 180),
    ("over_180", None),
)


def ageing_bucket(days_past_due: int) -> int:
    """Index into ``AGEING_BUCKETS`` of a debt *days_past_due* (<= 0: not due)."""
    for index, (_key, limit) in enumerate(AGEING_BUCKETS):
        if limit is None or days_past_due <= limit:
            return index
    raise AssertionError  # pragma: no cover - the last bucket has no limit


@dataclass(frozen=True)
class StatementLine:
    """One ledger entry of the period. Exactly one of debit and credit is set."""

    entry_id: int
    kind: str  # app.models.ALL_KINDS
    entry_date: date
    number: str  # document number, or a payment's reference (cheque number)
    due_date: date | None
    debit_fen: int
    credit_fen: int
    balance_fen: int  # running balance after this entry
    method: str = ""  # payments: app.choices.PAYMENT_METHOD key
    description: str = ""
    reason: str = ""  # a reversal's reason (a write-off's stays internal)
    reversed_on: date | None = None  # reversed on this date, on or before the end date
    reverses_kind: str = ""  # a reversal: the kind, label and date of what it undoes
    reverses_label: str = ""
    reverses_date: date | None = None


@dataclass(frozen=True)
class OpenItem:
    """A debt still open at the end date."""

    entry_id: int
    kind: str  # invoice | charge
    number: str
    entry_date: date
    due_date: date
    amount_fen: int
    open_fen: int
    days_overdue: int  # at the end date; 0 when not yet due
    description: str = ""


@dataclass(frozen=True)
class OpenCredit:
    """A payment, credit note or write-off not (fully) applied at the end date."""

    entry_id: int
    kind: str
    number: str  # document number or reference
    entry_date: date
    amount_fen: int
    unapplied_fen: int
    method: str = ""
    description: str = ""


@dataclass(frozen=True)
class StatementData:
    customer_id: int
    customer_number: str
    customer_name: str
    currency: str
    language: str  # the customer's document language: zh | en
    recipient: Recipient
    mode: str  # MODES
    date_from: date | None  # None: from the first entry
    date_to: date
    statement_date: date  # the day it is printed
    opening_fen: int  # balance of everything before date_from
    lines: tuple[StatementLine, ...]  # ledger mode only
    closing_fen: int  # balance at date_to
    open_items: tuple[OpenItem, ...]  # both modes (the ageing reads them)
    open_credits: tuple[OpenCredit, ...]
    ageing_fen: tuple[int, ...]  # per AGEING_BUCKETS, adds up to open_debts_fen

    @property
    def debit_total_fen(self) -> int:
        return sum(line.debit_fen for line in self.lines)

    @property
    def credit_total_fen(self) -> int:
        return sum(line.credit_fen for line in self.lines)

    @property
    def open_debts_fen(self) -> int:
        return sum(item.open_fen for item in self.open_items)

    @property
    def unapplied_fen(self) -> int:
        return sum(credit.unapplied_fen for credit in self.open_credits)

    @property
    def overdue_fen(self) -> int:
        return sum(self.ageing_fen[1:])


def _as_date(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _maybe_date(value: object) -> date | None:
    return None if value is None else _as_date(value)


def statement_data(
    customer_id: int,
    *,
    date_from: date | None,
    date_to: date,
    mode: str = "ledger",
    today: date | None = None,
) -> StatementData:
    """The statement of *customer_id* for the period *date_from* .. *date_to*
    (both included) in *mode* ("ledger" or "open_items"), dated *today*."""
    if mode not in MODES:
        raise ValueError(f"unknown statement mode {mode!r}")
    if date_from is not None and date_from > date_to:
        raise ValidationError(
            FieldIssue(
                "date_from",
                QT_TRANSLATE_NOOP("app", "The period starts after it ends ({end})"),
                {"end": date_to.isoformat()},
            )
        )
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise ValidationError(
            FieldIssue(
                "customer",
                QT_TRANSLATE_NOOP("app", "There is no customer with the id {id}"),
                {"id": customer_id},
            )
        )
    who = recipient(customer_id)
    opening = balance_fen(customer_id, date_from - timedelta(days=1)) if date_from else 0
    if mode == "ledger":
        lines = _lines(customer_id, date_from, date_to, opening)
        closing = lines[-1].balance_fen if lines else opening
    else:
        lines = ()
        closing = balance_fen(customer_id, date_to)
    items = _open_items(customer_id, date_to)
    ageing = [0] * len(AGEING_BUCKETS)
    for item in items:
        ageing[ageing_bucket((date_to - item.due_date).days)] += item.open_fen
    return StatementData(
        customer_id=customer_id,
        customer_number=customer.number,
        customer_name=customer.name,
        currency=customer.currency,
        language=who.language,
        recipient=who,
        mode=mode,
        date_from=date_from,
        date_to=date_to,
        statement_date=today or date.today(),
        opening_fen=opening,
        lines=lines,
        closing_fen=closing,
        open_items=items,
        open_credits=_open_credits(customer_id, date_to),
        ageing_fen=tuple(ageing),
    )


def _lines(
    customer_id: int, date_from: date | None, date_to: date, opening: int
) -> tuple[StatementLine, ...]:
    Original = LedgerEntry.alias()
    Reversal = LedgerEntry.alias()
    query = (
        LedgerEntry.select(
            LedgerEntry.id,
            LedgerEntry.kind,
            LedgerEntry.entry_date,
            LedgerEntry.number,
            LedgerEntry.reference,
            LedgerEntry.due_date,
            LedgerEntry.delta_fen,
            LedgerEntry.method,
            LedgerEntry.description,
            LedgerEntry.reason,
            Reversal.entry_date,
            Original.kind,
            Original.number,
            Original.reference,
            Original.entry_date,
        )
        .join(
            Reversal,
            JOIN.LEFT_OUTER,
            on=((Reversal.reverses == LedgerEntry.id) & (Reversal.entry_date <= date_to)),
        )
        .switch(LedgerEntry)
        .join(Original, JOIN.LEFT_OUTER, on=(LedgerEntry.reverses == Original.id))
        .where((LedgerEntry.customer == customer_id) & (LedgerEntry.entry_date <= date_to))
        .order_by(LedgerEntry.entry_date, LedgerEntry.id)
        .tuples()
    )
    if date_from is not None:
        query = query.where(LedgerEntry.entry_date >= date_from)
    out = []
    running = opening
    for (
        eid,
        kind,
        when,
        number,
        reference,
        due,
        delta,
        method,
        description,
        reason,
        reversed_on,
        orig_kind,
        orig_number,
        orig_reference,
        orig_date,
    ) in query:
        running += delta
        out.append(
            StatementLine(
                entry_id=eid,
                kind=kind,
                entry_date=_as_date(when),
                number=number or reference or "",
                due_date=_maybe_date(due),
                debit_fen=max(delta, 0),
                credit_fen=max(-delta, 0),
                balance_fen=running,
                method=method if kind == "payment" else "",
                description=description if kind != "reversal" else "",
                reason=reason if kind == "reversal" else "",
                reversed_on=_maybe_date(reversed_on),
                reverses_kind=orig_kind or "",
                reverses_label=orig_number or orig_reference or "",
                reverses_date=_maybe_date(orig_date),
            )
        )
    return tuple(out)


def _open_items(customer_id: int, as_of: date) -> tuple[OpenItem, ...]:
    """Debts open at *as_of*, oldest due first. Debts settled by then are
    skipped without reading their allocations (``settled_on``)."""
    amount = open_at(as_of)
    query = (
        LedgerEntry.select(
            LedgerEntry.id,
            LedgerEntry.kind,
            LedgerEntry.number,
            LedgerEntry.entry_date,
            LedgerEntry.due_date,
            LedgerEntry.amount_fen,
            amount,
            LedgerEntry.description,
        )
        .where(
            (LedgerEntry.customer == customer_id)
            & LedgerEntry.kind.in_(DEBT_KINDS)
            & (LedgerEntry.entry_date <= as_of)
            & (LedgerEntry.settled_on.is_null() | (LedgerEntry.settled_on > as_of))
        )
        .order_by(LedgerEntry.due_date, LedgerEntry.entry_date, LedgerEntry.id)
        .tuples()
    )
    out = []
    for eid, kind, number, when, due, amount_fen, open_fen, description in query:
        if not open_fen:
            continue
        due = _as_date(due)
        out.append(
            OpenItem(
                entry_id=eid,
                kind=kind,
                number=number or "",
                entry_date=_as_date(when),
                due_date=due,
                amount_fen=amount_fen,
                open_fen=int(open_fen),
                days_overdue=max((as_of - due).days, 0),
                description=description,
            )
        )
    return tuple(out)


def _open_credits(customer_id: int, as_of: date) -> tuple[OpenCredit, ...]:
    """Credits dated by *as_of*, not reversed by then, with a part not yet
    applied to debts by then (the same reading as ``app.ageing``)."""
    Reversal = LedgerEntry.alias()
    used = Allocation.select(fn.COALESCE(fn.SUM(Allocation.amount_fen), 0)).where(
        (Allocation.credit == LedgerEntry.id) & (Allocation.on_date <= as_of)
    )
    query = (
        LedgerEntry.select(
            LedgerEntry.id,
            LedgerEntry.kind,
            LedgerEntry.number,
            LedgerEntry.reference,
            LedgerEntry.entry_date,
            LedgerEntry.amount_fen,
            LedgerEntry.amount_fen - used,
            LedgerEntry.method,
            LedgerEntry.description,
        )
        .join(
            Reversal,
            JOIN.LEFT_OUTER,
            on=((Reversal.reverses == LedgerEntry.id) & (Reversal.entry_date <= as_of)),
        )
        .where(
            (LedgerEntry.customer == customer_id)
            & LedgerEntry.kind.in_(CREDIT_KINDS)
            & (LedgerEntry.entry_date <= as_of)
            & (LedgerEntry.applied_on.is_null() | (LedgerEntry.applied_on > as_of))
            & Reversal.id.is_null()
        )
        .order_by(LedgerEntry.entry_date, LedgerEntry.id)
        .tuples()
    )
    return tuple(
        OpenCredit(
            entry_id=eid,
            kind=kind,
            number=number or reference or "",
            entry_date=_as_date(when),
            amount_fen=amount_fen,
            unapplied_fen=int(rest),
            method=method if kind == "payment" else "",
            description=description,
        )
        for eid, kind, number, reference, when, amount_fen, rest, method, description in query
        if rest
    )


def record_statements_sent(items: list[StatementData], *, sent_on: date) -> None:
    """Record each printed statement as a balance confirmation awaiting the
    customer's signed reply (``app.confirmations``), with the closing balance
    it shows. Run it inside the transaction that confirms the batch was
    produced (``DB.atomic`` nests): all are recorded or none."""
    for item in items:
        confirmations.record_sent(
            item.customer_id,
            sent_on=sent_on,
            as_of=item.date_to,
            balance=from_fen(item.closing_fen),
        )


__all__ = [
    "AGEING_BUCKETS",
    "MODES",
    "OpenCredit",
    "OpenItem",
    "StatementData",
    "StatementLine",
    "ageing_bucket",
    "record_statements_sent",
    "statement_data",
]
