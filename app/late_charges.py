"""Late-payment charges (违约金): computed from the contract terms on the
customer's card, shown apart from the principal, posted to the ledger only
when the admin confirms, or waived.

Two modes (``Customer.late_fee_mode``):

- ``"daily"``: every invoice past due accrues ``late_fee_daily_ppm`` millionths
  of its open amount per day (0.05 %/day = 500). The days counted are those
  after ``from_date`` - the due date, or the day already charged or waived
  through (the latest ``ChargeMark.through_date`` of the invoice) - up to and
  including ``as_of``. The open amount of a day is the invoice amount less the
  allocations that took effect by that day (``Allocation.on_date``), so a
  partial payment lowers the base from its date on and a reversed payment
  raises it again. The sum ``open_fen x days x ppm`` is exact in integers and
  is divided by 1,000,000 and rounded half-up to the fen once per invoice.
  Charge entries themselves accrue nothing.
- ``"per_reminder"``: each dunning letter in the collection log
  (``CollectionLog.dunning_level > 0``) costs the fee of its level from
  ``late_fee_per_level`` (fen per level 1, 2, 3 ...; levels beyond the list
  cost the last fee). A letter that was charged or waived (a ``ChargeMark``
  with its ``letter_log_id``) is not charged again, nor is a log entry that a
  later entry corrects, nor a correction of a letter already charged.

Disputed debts: a day is held when the invoice's ``hold_reason`` is set and
its ``hold_until`` is empty or on or after that day; held days accrue
nothing. The start of a hold is not recorded, so the current hold is taken to
cover every day up to its end: an open-ended hold stops all accrual, a hold
until a date lets only the days after it accrue. Once a hold is released the
invoice accrues for the whole period again; waive the disputed period if the
settlement says so.

Nothing here is stored by ``compute``; ``post`` and ``waive`` write
``ChargeMark`` rows (and, for ``post``, one ``"charge"`` ledger entry per line)
in one transaction.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from peewee import fn

from app import validation as v
from app.db import DB
from app.errors import (
    ConcurrentEditError,
    FieldIssue,
    NeedsConfirmation,
    NotAllowedError,
    NotFoundError,
    ValidationError,
)
from app.i18n import QT_TRANSLATE_NOOP
from app.ledger import post_charge
from app.models import Allocation, ChargeMark, CollectionLog, Customer, LedgerEntry
from app.money import format_money, from_fen, to_fen

MILLION = 1_000_000
DAILY = "daily"
PER_REMINDER = "per_reminder"

#: Descriptions of posted charges, English templates marked for translation.
DAILY_DESCRIPTION = QT_TRANSLATE_NOOP("app", "Late-payment charge {number} {start}–{end}")
LETTER_DESCRIPTION = QT_TRANSLATE_NOOP("app", "Reminder fee, level {level} letter of {date}")


@dataclass(frozen=True)
class ChargePeriod:
    """Consecutive days charged on the same open amount (days inclusive)."""

    first_day: date
    last_day: date
    base: Decimal
    days: int


@dataclass(frozen=True)
class ChargeLine:
    """One charge: an invoice's days past due, or one dunning letter.

    Daily: the days after ``from_date`` up to and including ``to_date`` are
    counted (``days`` leaves out days with nothing open); ``base`` is the open
    amount on the first day charged - ``periods`` give each change of base.
    Letter: ``from_date == to_date`` is the letter's date, ``base`` its fee."""

    kind: str  # DAILY | "letter"
    debt_id: int | None
    letter_log_id: int | None
    number: str  # the invoice number; "" for a letter
    level: int  # the letter's dunning level; 0 for a daily charge
    from_date: date
    to_date: date
    base: Decimal
    days: int
    amount: Decimal
    periods: tuple[ChargePeriod, ...] = ()

    @property
    def key(self) -> tuple[str, int]:
        """What the line charges for: ("debt", id) or ("letter", id)."""
        if self.debt_id is not None:
            return ("debt", self.debt_id)
        assert self.letter_log_id is not None
        return ("letter", self.letter_log_id)

    @property
    def description(self) -> str:
        """The English description of the posted charge entry."""
        if self.kind == DAILY:
            return DAILY_DESCRIPTION.format(
                number=self.number,
                start=self.from_date.isoformat(),
                end=self.to_date.isoformat(),
            )
        return LETTER_DESCRIPTION.format(level=self.level, date=self.from_date.isoformat())


@dataclass(frozen=True)
class LateCharges:
    customer_id: int
    as_of: date
    mode: str  # Customer.late_fee_mode at the time of computing
    currency: str
    lines: tuple[ChargeLine, ...]
    total: Decimal


# --- computing -------------------------------------------------------------------------


def _as_date(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _round_millionths(units: int) -> int:
    """Fen from millionths of a fen, rounded half-up (units are never negative)."""
    fen, rest = divmod(units, MILLION)
    return fen + 1 if 2 * rest >= MILLION else fen


def _customer(customer_id: int) -> Customer:
    row = Customer.get_or_none(Customer.id == customer_id)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("app", "This customer no longer exists."))
    return row


def compute(customer_id: int, as_of: date) -> LateCharges:
    """The charges the customer owes at *as_of* under its terms, not yet posted
    or waived. Nothing is stored."""
    customer = _customer(customer_id)
    mode = customer.late_fee_mode or ""
    if mode == DAILY:
        lines = _daily_lines(customer, as_of)
    elif mode == PER_REMINDER:
        lines = _letter_lines(customer, as_of)
    else:
        lines = []
    total = sum((line.amount for line in lines), Decimal("0.00"))
    return LateCharges(customer.id, as_of, mode, customer.currency, tuple(lines), total)


def _daily_lines(customer: Customer, as_of: date) -> list[ChargeLine]:
    ppm = customer.late_fee_daily_ppm or 0
    if ppm <= 0:
        return []
    past_due = (
        (LedgerEntry.customer == customer.id)
        & (LedgerEntry.kind == "invoice")
        & (LedgerEntry.entry_date <= as_of)
        & (LedgerEntry.due_date < as_of)
        # Paid in full by the due date, and not reopened since: nothing accrues.
        & (LedgerEntry.settled_on.is_null() | (LedgerEntry.settled_on > LedgerEntry.due_date))
    )
    debts = list(
        LedgerEntry.select(
            LedgerEntry.id,
            LedgerEntry.number,
            LedgerEntry.amount_fen,
            LedgerEntry.due_date,
            LedgerEntry.hold_reason,
            LedgerEntry.hold_until,
        )
        .where(past_due)
        .order_by(LedgerEntry.due_date, LedgerEntry.entry_date, LedgerEntry.id)
    )
    if not debts:
        return []
    debt_ids = LedgerEntry.select(LedgerEntry.id).where(past_due)
    charged_through = {
        debt_id: _as_date(through)
        for debt_id, through in ChargeMark.select(ChargeMark.debt, fn.MAX(ChargeMark.through_date))
        .where(ChargeMark.debt.in_(debt_ids))
        .group_by(ChargeMark.debt)
        .tuples()
    }
    changes: dict[int, list[tuple[date, int]]] = defaultdict(list)
    for debt_id, on_date, total in (
        Allocation.select(Allocation.debt, Allocation.on_date, fn.SUM(Allocation.amount_fen))
        .where(Allocation.debt.in_(debt_ids) & (Allocation.on_date <= as_of))
        .group_by(Allocation.debt, Allocation.on_date)
        .order_by(Allocation.debt, Allocation.on_date)
        .tuples()
    ):
        changes[debt_id].append((_as_date(on_date), int(total)))

    lines = []
    for debt in debts:
        start = max(debt.due_date, charged_through.get(debt.id, debt.due_date))
        if debt.hold_reason:
            if debt.hold_until is None:
                continue  # held on every day
            start = max(start, debt.hold_until)
        line = _daily_line(debt, start, as_of, ppm, changes.get(debt.id, []))
        if line is not None:
            lines.append(line)
    return lines


def _daily_line(
    debt: LedgerEntry, start: date, as_of: date, ppm: int, changes: list[tuple[date, int]]
) -> ChargeLine | None:
    """The charge for the days after *start* up to *as_of*, or None."""
    first = start + timedelta(days=1)
    if first > as_of:
        return None
    open_fen = debt.amount_fen - sum(fen for on_date, fen in changes if on_date <= first)
    later = [(on_date, fen) for on_date, fen in changes if first < on_date <= as_of]
    periods: list[ChargePeriod] = []
    units = 0
    segment_start = first
    for boundary, fen in [*later, (as_of + timedelta(days=1), 0)]:
        days = (boundary - segment_start).days
        if open_fen > 0 and days > 0:
            units += open_fen * days * ppm
            last_day = boundary - timedelta(days=1)
            periods.append(ChargePeriod(segment_start, last_day, from_fen(open_fen), days))
        open_fen -= fen
        segment_start = boundary
    amount_fen = _round_millionths(units)
    if amount_fen <= 0:
        return None
    return ChargeLine(
        kind=DAILY,
        debt_id=debt.id,
        letter_log_id=None,
        number=debt.number or "",
        level=0,
        from_date=start,
        to_date=as_of,
        base=periods[0].base,
        days=sum(p.days for p in periods),
        amount=from_fen(amount_fen),
        periods=tuple(periods),
    )


_FEE_SEPARATORS = re.compile(r"[,，、;；\s]+")


def level_fees(text: str) -> list[int]:
    """Fen per dunning level from the card's ``late_fee_per_level``
    ("5000,10000,20000")."""
    parts = [p for p in _FEE_SEPARATORS.split(text or "") if p]
    if not all(p.isdigit() and p.isascii() for p in parts):
        raise ValidationError(
            FieldIssue(
                "late_fee_per_level",
                QT_TRANSLATE_NOOP(
                    "app",
                    "The reminder fees on the card cannot be read ({value}); correct them "
                    "on the card.",
                ),
                {"value": text},
            )
        )
    return [int(p) for p in parts]


def _letter_lines(customer: Customer, as_of: date) -> list[ChargeLine]:
    fees = level_fees(customer.late_fee_per_level)
    if not fees:
        return []
    # A customer's log is tens or hundreds of entries: read it whole to follow
    # the corrections.
    log = {
        log_id: (corrects_id, _as_date(when), int(level))
        for log_id, corrects_id, when, level in CollectionLog.select(
            CollectionLog.id,
            CollectionLog.corrects,
            CollectionLog.contact_date,
            CollectionLog.dunning_level,
        )
        .where(CollectionLog.customer == customer.id)
        .tuples()
    }
    corrected = {corrects_id for corrects_id, _when, _level in log.values() if corrects_id}
    marked = {
        log_id
        for (log_id,) in ChargeMark.select(ChargeMark.letter_log_id)
        .where((ChargeMark.customer == customer.id) & ChargeMark.letter_log_id.is_null(False))
        .tuples()
    }

    def already_charged(log_id: int) -> bool:
        seen: set[int] = set()
        current: int | None = log_id
        while current is not None and current not in seen:
            if current in marked:
                return True
            seen.add(current)
            current = log[current][0] if current in log else None
        return False

    lines = []
    for log_id in sorted(log, key=lambda i: (log[i][1], i)):
        _corrects, when, level = log[log_id]
        if level <= 0 or when > as_of or log_id in corrected or already_charged(log_id):
            continue
        fee = from_fen(fees[min(level, len(fees)) - 1])
        if fee <= 0:
            continue
        lines.append(
            ChargeLine(
                kind="letter",
                debt_id=None,
                letter_log_id=log_id,
                number="",
                level=level,
                from_date=when,
                to_date=when,
                base=fee,
                days=0,
                amount=fee,
            )
        )
    return lines


def totals_by_customer(customer_ids: Iterable[int], as_of: date) -> dict[int, Decimal]:
    """The total of unposted charges per customer (in each customer's currency);
    customers without charge terms get 0.00 without computing, unknown ids are
    left out. Meant for a screenful of customers, not the whole file."""
    ids = list(dict.fromkeys(customer_ids))
    totals: dict[int, Decimal] = {}
    for start in range(0, len(ids), 900):  # stay under SQLite's parameter limit
        chunk = ids[start : start + 900]
        for cid, mode in (
            Customer.select(Customer.id, Customer.late_fee_mode)
            .where(Customer.id.in_(chunk))
            .tuples()
        ):
            totals[cid] = (
                compute(cid, as_of).total if mode in (DAILY, PER_REMINDER) else Decimal("0.00")
            )
    return {cid: totals[cid] for cid in ids if cid in totals}


# --- deciding: post or waive --------------------------------------------------------------


def _check_as_of(as_of: date) -> None:
    if as_of > date.today():
        raise ValidationError(
            FieldIssue(
                "as_of",
                QT_TRANSLATE_NOOP(
                    "app", "Charges can be posted or waived up to today, not for a later date"
                ),
            )
        )


def _chosen(charges: LateCharges, lines: Sequence[ChargeLine] | None) -> list[ChargeLine]:
    """The lines to act on, checked against a fresh computation: what the admin
    saw must still be what would be posted."""
    if lines is None:
        return list(charges.lines)
    fresh = {line.key: line for line in charges.lines}
    chosen: dict[tuple[str, int], ChargeLine] = {}
    for line in lines:
        current = fresh.get(line.key)
        if current is None or current.amount != line.amount or current.to_date != line.to_date:
            raise ConcurrentEditError(
                QT_TRANSLATE_NOOP(
                    "app",
                    "The late-payment charges changed since they were shown (a payment or "
                    "another user). Look at them again before going on.",
                )
            )
        chosen[current.key] = current
    return list(chosen.values())


def _nothing_to(template: str, as_of: date) -> NotAllowedError:
    return NotAllowedError(template, date=as_of.isoformat())


def post(
    customer_id: int,
    as_of: date,
    *,
    lines: Sequence[ChargeLine] | None = None,
    confirm: bool = False,
) -> list[int]:
    """Post the charges of *lines* (default: all of ``compute(customer_id,
    as_of)``) as ``"charge"`` ledger entries dated *as_of*, one per line, and
    mark them charged through *as_of*. Without ``confirm=True`` raises
    ``NeedsConfirmation`` stating the total. Returns the new entry ids."""
    with DB.atomic():
        _check_as_of(as_of)
        charges = compute(customer_id, as_of)
        chosen = _chosen(charges, lines)
        if not chosen:
            raise _nothing_to(
                QT_TRANSLATE_NOOP("app", "There is no late-payment charge to post at {date}."),
                as_of,
            )
        if not confirm:
            customer = Customer.get_by_id(customer_id)
            total = sum((line.amount for line in chosen), Decimal("0.00"))
            raise NeedsConfirmation(
                [
                    FieldIssue(
                        "total",
                        QT_TRANSLATE_NOOP(
                            "app",
                            "This posts {count} late-payment charges totalling {total} to the "
                            "ledger of {customer}, due at once.",
                        ),
                        {
                            "count": len(chosen),
                            "total": f"{charges.currency} {format_money(total)}",
                            "customer": f"{customer.number} {customer.name}",
                        },
                    )
                ],
                [],
            )
        entry_ids = []
        for line in chosen:
            fen = to_fen(line.amount)
            entry_id = post_charge(
                customer_id,
                debt_id=line.debt_id,
                entry_date=as_of,
                fen=fen,
                description=line.description,
            )
            ChargeMark.create(
                customer=customer_id,
                debt=line.debt_id,
                letter_log_id=line.letter_log_id,
                through_date=as_of,
                amount_fen=fen,
                action="posted",
                entry=entry_id,
            )
            entry_ids.append(entry_id)
        return entry_ids


def waive(
    customer_id: int,
    as_of: date,
    *,
    reason: str,
    lines: Sequence[ChargeLine] | None = None,
) -> list[int]:
    """Waive the charges of *lines* (default: all) through *as_of*, with the
    reason (required). Returns the ids of the ``ChargeMark`` rows written."""
    with DB.atomic():
        issues = v.Issues()
        reason = v.text(issues, "reason", reason, max_len=200, required=True)
        if issues.errors:
            raise ValidationError(issues.errors)
        _check_as_of(as_of)
        chosen = _chosen(compute(customer_id, as_of), lines)
        if not chosen:
            raise _nothing_to(
                QT_TRANSLATE_NOOP("app", "There is no late-payment charge to waive at {date}."),
                as_of,
            )
        return [
            ChargeMark.create(
                customer=customer_id,
                debt=line.debt_id,
                letter_log_id=line.letter_log_id,
                through_date=as_of,
                amount_fen=to_fen(line.amount),
                action="waived",
                reason=reason,
            ).id
            for line in chosen
        ]


__all__ = [
    "DAILY",
    "PER_REMINDER",
    "ChargeLine",
    "ChargePeriod",
    "LateCharges",
    "compute",
    "level_fees",
    "post",
    "totals_by_customer",
    "waive",
]
