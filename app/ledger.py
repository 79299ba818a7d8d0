"""Posting to the receivables ledger and allocating credits to debts.

Every posting runs in one transaction: the entry, its allocations and the
caches of the debts it touches (``open_fen``, ``settled_on``; see
``app.models.receivables``) are written together or not at all. Posted amounts
are never edited: a wrong payment, credit note or write-off is undone by a
reversal; a wrong invoice by a credit note.

Allocation: a credit (payment, credit note, write-off) goes to the debts the
admin picks, and what is left to the customer's open debts oldest first
(by due date, then date, then entry order), skipping debts on hold (disputed).
What is still left is a credit balance, applied to the next debts posted.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from peewee import JOIN, fn

from app import validation as v
from app.business_settings import get as setting
from app.db import DB
from app.errors import (
    NeedsConfirmation,
    NotAllowedError,
    NotFoundError,
    ValidationError,
)
from app.i18n import QT_TRANSLATE_NOOP
from app.models import (
    CREDIT_KINDS,
    DEBT_KINDS,
    Allocation,
    Customer,
    LedgerEntry,
)
from app.money import format_money, from_fen, to_fen

#: Furthest a document may be dated ahead of today: further is surely a typo.
MAX_DAYS_AHEAD = 366


# --- input checks ---------------------------------------------------------------------


def _customer(customer_id: int) -> Customer:
    row = Customer.get_or_none(Customer.id == customer_id)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("app", "This customer no longer exists."))
    if row.archived:
        raise NotAllowedError(
            QT_TRANSLATE_NOOP(
                "app", "This customer is archived; restore the card before posting to its ledger."
            )
        )
    return row


def _amount(issues: v.Issues, field_name: str, value: str | Decimal | int | None) -> int:
    """A required amount above zero, in fen (0 when there is an error)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        issues.error(field_name, QT_TRANSLATE_NOOP("app", "Required: please fill it in"))
        return 0
    amount = v.money(issues, field_name, value, minimum=None)
    if amount is None:
        return 0
    if amount <= 0:
        issues.error(field_name, QT_TRANSLATE_NOOP("app", "Must be more than zero"))
        return 0
    return to_fen(amount)


def _date(
    issues: v.Issues, field_name: str, value: date | str | None, *, required: bool
) -> date | None:
    if isinstance(value, str):
        text = unicodedata.normalize("NFKC", value).strip()
        if not text:
            value = None
        else:
            try:
                value = date.fromisoformat(text)
            except ValueError:
                issues.error(
                    field_name, QT_TRANSLATE_NOOP("app", "Not a date: write it as 2025-06-30")
                )
                return None
    if value is None:
        if required:
            issues.error(field_name, QT_TRANSLATE_NOOP("app", "Required: please fill it in"))
        return None
    if value > date.today() + timedelta(days=MAX_DAYS_AHEAD):
        issues.error(field_name, QT_TRANSLATE_NOOP("app", "More than a year ahead: check the year"))
        return None
    return value


def _document_number(issues: v.Issues, field_name: str, value: str | None) -> str:
    number = v.text(
        issues, field_name, unicodedata.normalize("NFKC", value or ""), max_len=40, required=True
    )
    return re.sub(r"\s+", " ", number)


def _raise(issues: v.Issues, *, confirm: bool) -> None:
    if issues.errors:
        raise ValidationError(issues.errors)
    if issues.warnings and not confirm:
        raise NeedsConfirmation(issues.warnings, [])


def _number_taken(kind: str, number: str) -> LedgerEntry | None:
    return (
        LedgerEntry.select(LedgerEntry.id, LedgerEntry.customer)
        .where((LedgerEntry.kind == kind) & (LedgerEntry.number == number))
        .first()
    )


def _check_number(issues: v.Issues, kind: str, number: str) -> None:
    if not number:
        return
    taken = _number_taken(kind, number)
    if taken is not None:
        owner = Customer.get_by_id(taken.customer_id)
        issues.error(
            "number",
            QT_TRANSLATE_NOOP(
                "app", "Number {number} is already used, on the ledger of {customer}"
            ),
            number=number,
            customer=f"{owner.number} {owner.name}",
        )


def _money_text(fen: int, currency: str) -> str:
    return f"{currency} {format_money(from_fen(fen))}"


# --- terms ----------------------------------------------------------------------------


def due_date_for(customer: Customer, entry_date: date) -> date:
    """The due date the customer's terms give a debt dated *entry_date*."""
    if customer.payment_terms_days is not None:
        return entry_date + timedelta(days=customer.payment_terms_days)
    method = customer.settlement_method
    if method == "net_days" and customer.settlement_days is not None:
        return entry_date + timedelta(days=customer.settlement_days)
    if method == "cash_on_delivery":
        return entry_date
    if method == "monthly":  # 月结: due at the end of the following month
        first_next = (entry_date.replace(day=1) + timedelta(days=32)).replace(day=1)
        return (first_next + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return entry_date + timedelta(days=setting("default_terms_days"))


def due_date_on(customer_id: int, entry_date: date) -> date:
    """The due date the terms of customer *customer_id* give today."""
    customer = Customer.get_or_none(Customer.id == customer_id)
    return entry_date if customer is None else due_date_for(customer, entry_date)


# --- balances used by the checks ------------------------------------------------------


def balance_fen(customer_id: int, as_of: date | None = None) -> int:
    query = LedgerEntry.select(fn.COALESCE(fn.SUM(LedgerEntry.delta_fen), 0)).where(
        LedgerEntry.customer == customer_id
    )
    if as_of is not None:
        query = query.where(LedgerEntry.entry_date <= as_of)
    return int(query.scalar())


def _open_debts(customer_id: int, *, today: date) -> list[LedgerEntry]:
    """Open debts in allocation order, debts on hold left out."""
    held = (LedgerEntry.hold_reason != "") & (
        LedgerEntry.hold_until.is_null() | (LedgerEntry.hold_until >= today)
    )
    return list(
        LedgerEntry.select(
            LedgerEntry.id,
            LedgerEntry.entry_date,
            LedgerEntry.amount_fen,
            LedgerEntry.open_fen,
            LedgerEntry.due_date,
        )
        .where(
            (LedgerEntry.customer == customer_id)
            & LedgerEntry.kind.in_(DEBT_KINDS)
            & (LedgerEntry.open_fen > 0)
            & ~held
        )
        .order_by(LedgerEntry.due_date, LedgerEntry.entry_date, LedgerEntry.id)
    )


def _allocated_by(credit_ids: Sequence[int]) -> dict[int, int]:
    if not credit_ids:
        return {}
    rows = (
        Allocation.select(Allocation.credit, fn.SUM(Allocation.amount_fen))
        .where(Allocation.credit.in_(list(credit_ids)))
        .group_by(Allocation.credit)
        .tuples()
    )
    return {cid: int(total) for cid, total in rows}


def unapplied_credits(customer_id: int) -> list[tuple[int, date, int]]:
    """(credit id, date, amount not yet allocated) of the customer's credits
    that are not reversed, oldest first."""
    Rev = LedgerEntry.alias()
    credits = list(
        LedgerEntry.select(LedgerEntry.id, LedgerEntry.entry_date, LedgerEntry.amount_fen)
        .join(Rev, JOIN.LEFT_OUTER, on=(Rev.reverses == LedgerEntry.id))
        .where(
            (LedgerEntry.customer == customer_id)
            & LedgerEntry.kind.in_(CREDIT_KINDS)
            & Rev.id.is_null()
        )
        .order_by(LedgerEntry.entry_date, LedgerEntry.id)
        .tuples()
    )
    used = _allocated_by([c[0] for c in credits])
    return [
        (cid, when, amount - used.get(cid, 0))
        for cid, when, amount in credits
        if amount - used.get(cid, 0) > 0
    ]


def _refresh_debts(debt_ids: set[int]) -> None:
    """Recompute the caches of some debts from their allocations."""
    for debt_id in debt_ids:
        debt = LedgerEntry.get_by_id(debt_id)
        total, last = (
            Allocation.select(
                fn.COALESCE(fn.SUM(Allocation.amount_fen), 0), fn.MAX(Allocation.on_date)
            )
            .where(Allocation.debt == debt_id)
            .tuples()
            .get()
        )
        open_fen = debt.amount_fen - int(total)
        if open_fen < 0:  # pragma: no cover - allocation never over-pays
            raise AssertionError(f"debt {debt_id} over-allocated")
        settled = None
        if open_fen == 0 and last is not None:
            settled = last if isinstance(last, date) else date.fromisoformat(str(last))
        LedgerEntry.update(open_fen=open_fen, settled_on=settled).where(
            LedgerEntry.id == debt_id
        ).execute()


def _as_date(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def refresh_credits(credit_ids: Sequence[int] | set[int]) -> None:
    """Recompute ``applied_on`` of some credits: the date from which nothing
    of the credit is left unapplied (its last allocation's date, or its
    reversal's date), NULL while some of it is still a credit balance."""
    for credit_id in credit_ids:
        credit = LedgerEntry.get_by_id(credit_id)
        reversal = (
            LedgerEntry.select(LedgerEntry.entry_date)
            .where(LedgerEntry.reverses == credit_id)
            .tuples()
            .first()
        )
        if reversal is not None:
            applied: date | None = _as_date(reversal[0])
        else:
            total, last = (
                Allocation.select(
                    fn.COALESCE(fn.SUM(Allocation.amount_fen), 0), fn.MAX(Allocation.on_date)
                )
                .where(Allocation.credit == credit_id)
                .tuples()
                .get()
            )
            applied = _as_date(last) if int(total) == credit.amount_fen and last else None
        LedgerEntry.update(applied_on=applied).where(LedgerEntry.id == credit_id).execute()


def rebuild_credit_caches(first_customer: int, last_customer: int) -> None:
    """``refresh_credits`` for every credit of a range of customers in a few
    set-based statements (for bulk writers such as the demo)."""
    DB.execute_sql(
        """
        UPDATE ledger_entry SET applied_on = (
            SELECT CASE
                WHEN EXISTS (SELECT 1 FROM ledger_entry r WHERE r.reverses_id = ledger_entry.id)
                THEN (SELECT r.entry_date FROM ledger_entry r
                      WHERE r.reverses_id = ledger_entry.id)
                WHEN COALESCE(SUM(a.amount_fen), 0) = ledger_entry.amount_fen
                THEN MAX(a.on_date)
                ELSE NULL END
            FROM allocation a WHERE a.credit_id = ledger_entry.id)
        WHERE kind IN ('payment', 'credit_note', 'write_off')
          AND customer_id BETWEEN ? AND ?
        """,
        (first_customer, last_customer),
    )


def _effective_date(debt: LedgerEntry, earliest: date, part: int) -> date:
    """The first day from *earliest* on when *part* fen can go to *debt* without
    its open amount at any later date dropping below zero. Usually *earliest*;
    later when the debt was paid and reopened (a reversal) after that day."""
    steps = list(
        Allocation.select(Allocation.on_date, fn.SUM(Allocation.amount_fen))
        .where(Allocation.debt == debt.id)
        .group_by(Allocation.on_date)
        .order_by(Allocation.on_date)
        .tuples()
    )
    if not steps:
        return earliest
    # Open amount from each breakpoint on, and its minimum from there to the end.
    opened, running = [], debt.amount_fen
    for when, total in steps:
        running -= int(total)
        opened.append((when if isinstance(when, date) else date.fromisoformat(str(when)), running))
    suffix_min = [0] * len(opened)
    low = opened[-1][1]
    for i in range(len(opened) - 1, -1, -1):
        low = min(low, opened[i][1])
        suffix_min[i] = low
    at_earliest = debt.amount_fen
    for i, (when, value) in enumerate(opened):
        if when <= earliest:
            at_earliest = value
        elif min(at_earliest, suffix_min[i]) >= part:
            return earliest
        else:
            earliest, at_earliest = when, value
    return earliest


def _apply(
    credit_id: int, credit_date: date, customer_id: int, available: int, debts: list[LedgerEntry]
) -> tuple[int, set[int]]:
    """Allocate up to *available* fen of a credit to *debts* in order."""
    touched: set[int] = set()
    rows = []
    for debt in debts:
        if available <= 0:
            break
        part = min(debt.open_fen, available)
        if part <= 0:
            continue
        rows.append(
            {
                "credit": credit_id,
                "debt": debt.id,
                "customer": customer_id,
                "amount_fen": part,
                "on_date": _effective_date(debt, max(credit_date, debt.entry_date), part),
            }
        )
        debt.open_fen -= part
        available -= part
        touched.add(debt.id)
    if rows:
        Allocation.insert_many(rows).execute()
    return available, touched


def apply_open_credits(customer_id: int, *, today: date | None = None) -> None:
    """Apply every unallocated credit of the customer to its open debts, oldest
    first. Runs after each posting."""
    today = today or date.today()
    credits = unapplied_credits(customer_id)
    if not credits:
        return
    debts = _open_debts(customer_id, today=today)
    touched: set[int] = set()
    used: list[int] = []
    for credit_id, credit_date, available in credits:
        debts = [d for d in debts if d.open_fen > 0]
        if not debts:
            break
        _rest, hit = _apply(credit_id, credit_date, customer_id, available, debts)
        if hit:
            used.append(credit_id)
        touched |= hit
    _refresh_debts(touched)
    refresh_credits(used)


# --- posting ------------------------------------------------------------------------


def post_invoice(
    customer_id: int,
    *,
    number: str,
    entry_date: date | str | None,
    amount: str | Decimal | int | None,
    due_date: date | str | None = None,
    description: str = "",
    confirm: bool = False,
) -> int:
    """Post an invoice or delivery note (送货单). The due date comes from the
    customer's terms unless given. Passing the credit limit or posting to a
    customer on supply hold needs ``confirm=True``."""
    with DB.atomic():
        customer = _customer(customer_id)
        issues = v.Issues()
        number = _document_number(issues, "number", number)
        when = _date(issues, "entry_date", entry_date, required=True)
        due = _date(issues, "due_date", due_date, required=False)
        fen = _amount(issues, "amount", amount)
        description = v.text(issues, "description", description, max_len=200)
        _check_number(issues, "invoice", number)
        if when is not None and due is not None and due < when:
            issues.error(
                "due_date",
                QT_TRANSLATE_NOOP("app", "The due date cannot be before the invoice date"),
            )
        if not issues.errors:
            _credit_warnings(issues, customer, fen)
        _raise(issues, confirm=confirm)
        assert when is not None
        entry = LedgerEntry.create(
            customer=customer_id,
            kind="invoice",
            number=number,
            entry_date=when,
            due_date=due or due_date_for(customer, when),
            amount_fen=fen,
            delta_fen=fen,
            open_fen=fen,
            currency=customer.currency,
            description=description,
        )
        apply_open_credits(customer_id)
        return int(entry.id)


def _credit_warnings(issues: v.Issues, customer: Customer, fen: int) -> None:
    if customer.supply_hold:
        issues.warn(
            "customer",
            QT_TRANSLATE_NOOP(
                "app",
                "This customer is on supply hold since {since} ({reason}): no new delivery "
                "until the previous one is paid.",
            ),
            since=customer.supply_hold_since.isoformat() if customer.supply_hold_since else "?",
            reason=customer.supply_hold_reason,
        )
    if customer.credit_limit_fen is not None:
        balance = balance_fen(customer.id)
        if balance + fen > customer.credit_limit_fen:
            issues.warn(
                "amount",
                QT_TRANSLATE_NOOP(
                    "app",
                    "This takes the balance to {after}, over the credit limit of {limit}.",
                ),
                after=_money_text(balance + fen, customer.currency),
                limit=_money_text(customer.credit_limit_fen, customer.currency),
            )


def _picks(
    issues: v.Issues,
    customer_id: int,
    allocate: Mapping[int, str | Decimal | int] | None,
    total: int,
) -> list[tuple[LedgerEntry, int]]:
    """Check the debts the admin picked and how much goes to each."""
    if not allocate:
        return []
    picks = []
    for debt_id, value in allocate.items():
        field_name = f"allocate.{debt_id}"
        debt = LedgerEntry.get_or_none(
            (LedgerEntry.id == debt_id)
            & (LedgerEntry.customer == customer_id)
            & LedgerEntry.kind.in_(DEBT_KINDS)
        )
        if debt is None:
            issues.error(field_name, QT_TRANSLATE_NOOP("app", "Not a debt of this customer"))
            continue
        fen = _amount(issues, field_name, value)
        if fen > debt.open_fen:
            issues.error(
                field_name,
                QT_TRANSLATE_NOOP("app", "More than the {open} still open on {number}"),
                open=format_money(from_fen(debt.open_fen)),
                number=debt.number or "",
            )
            continue
        if fen:
            picks.append((debt, fen))
    if sum(f for _d, f in picks) > total:
        issues.error(
            "allocate",
            QT_TRANSLATE_NOOP("app", "The amounts picked add up to more than the amount received"),
        )
    return picks


def _post_credit(
    customer: Customer,
    *,
    kind: str,
    when: date,
    fen: int,
    picks: list[tuple[LedgerEntry, int]],
    fifo: bool,
    **columns: object,
) -> int:
    entry = LedgerEntry.create(
        customer=customer.id,
        kind=kind,
        entry_date=when,
        amount_fen=fen,
        delta_fen=-fen,
        currency=customer.currency,
        **columns,
    )
    touched: set[int] = set()
    for debt, part in picks:
        _rest, hit = _apply(entry.id, when, customer.id, part, [debt])
        touched |= hit
    _refresh_debts(touched)
    if fifo:
        apply_open_credits(customer.id)
    refresh_credits([entry.id])
    return int(entry.id)


_OVER_PAYMENT = QT_TRANSLATE_NOOP(
    "app",
    "The payment of {amount} is more than everything the customer owes ({owed}); "
    "the rest, {rest}, stays on the account as a credit balance.",
)
_OVER_CREDIT = QT_TRANSLATE_NOOP(
    "app",
    "The credit note of {amount} is more than everything the customer owes ({owed}); "
    "the rest, {rest}, stays on the account as a credit balance.",
)


def _over_payment_warning(issues: v.Issues, customer: Customer, fen: int, template: str) -> None:
    owed = sum(
        d.open_fen
        for d in LedgerEntry.select(LedgerEntry.open_fen).where(
            (LedgerEntry.customer == customer.id) & LedgerEntry.kind.in_(DEBT_KINDS)
        )
    )
    if fen > owed:
        issues.warn(
            "amount",
            template,
            amount=_money_text(fen, customer.currency),
            owed=_money_text(owed, customer.currency),
            rest=_money_text(fen - owed, customer.currency),
        )


def post_payment(
    customer_id: int,
    *,
    entry_date: date | str | None,
    amount: str | Decimal | int | None,
    method: str = "transfer",
    reference: str = "",
    description: str = "",
    allocate: Mapping[int, str | Decimal | int] | None = None,
    confirm: bool = False,
) -> int:
    """Record a payment received. *allocate* maps debt ids to the part of the
    payment the admin wants on them; the rest goes oldest first. A payment over
    everything owed needs ``confirm=True`` and leaves a credit balance."""
    from app.choices import PAYMENT_METHOD

    with DB.atomic():
        customer = _customer(customer_id)
        issues = v.Issues()
        when = _date(issues, "entry_date", entry_date, required=True)
        fen = _amount(issues, "amount", amount)
        method = v.choice(issues, "method", method, PAYMENT_METHOD)
        reference = v.text(
            issues, "reference", unicodedata.normalize("NFKC", reference or ""), max_len=60
        )
        description = v.text(issues, "description", description, max_len=200)
        if method == "cheque" and not reference:
            issues.error("reference", QT_TRANSLATE_NOOP("app", "Enter the cheque number"))
        if method == "bank_bill" and not reference:
            issues.error(
                "reference",
                QT_TRANSLATE_NOOP("app", "Enter the number of the bank acceptance bill"),
            )
        picks = _picks(issues, customer_id, allocate, fen)
        if not issues.errors:
            _over_payment_warning(issues, customer, fen, _OVER_PAYMENT)
        _raise(issues, confirm=confirm)
        assert when is not None
        return _post_credit(
            customer,
            kind="payment",
            when=when,
            fen=fen,
            picks=picks,
            fifo=True,
            method=method,
            reference=reference,
            description=description,
        )


def post_credit_note(
    customer_id: int,
    *,
    number: str,
    entry_date: date | str | None,
    amount: str | Decimal | int | None,
    description: str = "",
    debt_id: int | None = None,
    confirm: bool = False,
) -> int:
    """A credit note (红字发票 / returns): lowers what the customer owes, on the
    debt it names first."""
    with DB.atomic():
        customer = _customer(customer_id)
        issues = v.Issues()
        number = _document_number(issues, "number", number)
        when = _date(issues, "entry_date", entry_date, required=True)
        fen = _amount(issues, "amount", amount)
        description = v.text(issues, "description", description, max_len=200)
        _check_number(issues, "credit_note", number)
        picks: list[tuple[LedgerEntry, int]] = []
        if debt_id is not None and fen:
            debt = LedgerEntry.get_or_none(
                (LedgerEntry.id == debt_id) & (LedgerEntry.customer == customer_id)
            )
            if debt is None or debt.kind not in DEBT_KINDS:
                issues.error("debt", QT_TRANSLATE_NOOP("app", "Not a debt of this customer"))
            else:
                picks = [(debt, min(fen, debt.open_fen))] if debt.open_fen else []
        if not issues.errors:
            _over_payment_warning(issues, customer, fen, _OVER_CREDIT)
        _raise(issues, confirm=confirm)
        assert when is not None
        return _post_credit(
            customer,
            kind="credit_note",
            when=when,
            fen=fen,
            picks=picks,
            fifo=True,
            number=number,
            description=description,
        )


def post_write_off(
    customer_id: int,
    *,
    entry_date: date | str | None,
    reason: str,
    debt_ids: Sequence[int],
    amount: str | Decimal | int | None = None,
) -> int:
    """Write off (核销) what is still open on some debts, with the reason. With
    one debt, *amount* may write off a part of it."""
    with DB.atomic():
        customer = _customer(customer_id)
        issues = v.Issues()
        when = _date(issues, "entry_date", entry_date, required=True)
        reason = v.text(issues, "reason", reason, max_len=200, required=True)
        debts = list(
            LedgerEntry.select().where(
                LedgerEntry.id.in_(list(debt_ids))
                & (LedgerEntry.customer == customer_id)
                & LedgerEntry.kind.in_(DEBT_KINDS)
                & (LedgerEntry.open_fen > 0)
            )
        )
        if not debt_ids:
            issues.error("debts", QT_TRANSLATE_NOOP("app", "Choose the debts to write off"))
        elif len(debts) != len(set(debt_ids)):
            issues.error(
                "debts",
                QT_TRANSLATE_NOOP("app", "Only open debts of this customer can be written off"),
            )
        picks = [(d, d.open_fen) for d in debts]
        if amount is not None and not (isinstance(amount, str) and not amount.strip()):
            fen = _amount(issues, "amount", amount)
            if len(debts) != 1:
                issues.error(
                    "amount",
                    QT_TRANSLATE_NOOP(
                        "app", "A part of a debt can be written off only one debt at a time"
                    ),
                )
            elif fen > debts[0].open_fen:
                issues.error(
                    "amount",
                    QT_TRANSLATE_NOOP("app", "More than the {open} still open"),
                    open=format_money(from_fen(debts[0].open_fen)),
                )
            else:
                picks = [(debts[0], fen)]
        if when is not None and debts and when < max(d.entry_date for d in debts):
            issues.error(
                "entry_date",
                QT_TRANSLATE_NOOP(
                    "app", "A write-off cannot be dated before the debt it writes off"
                ),
            )
        _raise(issues, confirm=False)
        assert when is not None
        total = sum(p for _d, p in picks)
        return _post_credit(
            customer, kind="write_off", when=when, fen=total, picks=picks, fifo=False, reason=reason
        )


def reverse_entry(entry_id: int, *, entry_date: date | str | None, reason: str) -> int:
    """Reverse a payment, credit note or write-off posted by mistake (a bounced
    cheque, a payment booked to the wrong customer). The debts it paid open
    again; other credits then apply to them oldest first."""
    with DB.atomic():
        original = LedgerEntry.get_or_none(LedgerEntry.id == entry_id)
        if original is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("app", "This ledger entry no longer exists."))
        customer = _customer(original.customer_id)
        if original.kind not in CREDIT_KINDS:
            raise NotAllowedError(
                QT_TRANSLATE_NOOP(
                    "app",
                    "Only payments, credit notes and write-offs can be reversed; correct an "
                    "invoice with a credit note.",
                )
            )
        if LedgerEntry.select().where(LedgerEntry.reverses == entry_id).exists():
            raise NotAllowedError(QT_TRANSLATE_NOOP("app", "This entry is already reversed."))
        issues = v.Issues()
        when = _date(issues, "entry_date", entry_date, required=True)
        reason = v.text(issues, "reason", reason, max_len=200, required=True)
        if when is not None and when < original.entry_date:
            issues.error(
                "entry_date",
                QT_TRANSLATE_NOOP("app", "A reversal cannot be dated before the entry it reverses"),
            )
        _raise(issues, confirm=False)
        assert when is not None
        reversal = LedgerEntry.create(
            customer=customer.id,
            kind="reversal",
            entry_date=when,
            amount_fen=original.amount_fen,
            delta_fen=original.amount_fen,
            currency=original.currency,
            reverses=original.id,
            reason=reason,
            description=original.number or original.reference or "",
        )
        # Each allocation is undone on the reversal date, or later if it only
        # took effect later: never before the part it undoes.
        undo: dict[tuple[int, date], int] = {}
        for debt_id, on_date, amount in (
            Allocation.select(Allocation.debt, Allocation.on_date, Allocation.amount_fen)
            .where(Allocation.credit == original.id)
            .tuples()
        ):
            key = (debt_id, max(when, _as_date(on_date)))
            undo[key] = undo.get(key, 0) + int(amount)
        rows = [
            {
                "credit": reversal.id,
                "debt": debt_id,
                "customer": customer.id,
                "amount_fen": -total,
                "on_date": on_date,
            }
            for (debt_id, on_date), total in undo.items()
            if total != 0
        ]
        if rows:
            Allocation.insert_many(rows).execute()
        _refresh_debts({r["debt"] for r in rows})
        refresh_credits([original.id])
        apply_open_credits(customer.id)
        return int(reversal.id)


def post_charge(
    customer_id: int, *, debt_id: int | None, entry_date: date, fen: int, description: str
) -> int:
    """A late-payment charge the admin confirmed; due at once. Used by
    ``app.late_charges``."""
    customer = _customer(customer_id)
    entry = LedgerEntry.create(
        customer=customer_id,
        kind="charge",
        entry_date=entry_date,
        due_date=entry_date,
        amount_fen=fen,
        delta_fen=fen,
        open_fen=fen,
        currency=customer.currency,
        description=description,
        charge_for=debt_id,
    )
    apply_open_credits(customer_id)
    return int(entry.id)


# --- annotations of a debt -------------------------------------------------------------


@dataclass(frozen=True)
class Hold:
    reason: str
    until: date | None


def _debt(debt_id: int) -> LedgerEntry:
    debt = LedgerEntry.get_or_none(LedgerEntry.id == debt_id)
    if debt is None or debt.kind not in DEBT_KINDS:
        raise NotFoundError(QT_TRANSLATE_NOOP("app", "This debt no longer exists."))
    return debt


def set_hold(debt_id: int, *, reason: str, until: date | str | None = None) -> None:
    """Hold a disputed debt out of dunning and of automatic allocation, with the
    reason, until *until* (then it returns by itself) or until released."""
    with DB.atomic():
        debt = _debt(debt_id)
        issues = v.Issues()
        reason = v.text(issues, "hold_reason", reason, max_len=200, required=True)
        end = _date(issues, "hold_until", until, required=False)
        if end is not None and end < date.today():
            issues.error("hold_until", QT_TRANSLATE_NOOP("app", "The end date has already passed"))
        _raise(issues, confirm=False)
        LedgerEntry.update(hold_reason=reason, hold_until=end).where(
            LedgerEntry.id == debt.id
        ).execute()


def release_hold(debt_id: int) -> None:
    with DB.atomic():
        debt = _debt(debt_id)
        LedgerEntry.update(hold_reason="", hold_until=None).where(
            LedgerEntry.id == debt.id
        ).execute()
        apply_open_credits(debt.customer_id)


def set_class_override(debt_id: int, *, debt_class: str, reason: str) -> None:
    """Put a debt in a class by hand (e.g. bad debt: the customer went
    bankrupt); an empty class goes back to the class its age gives."""
    from app.choices import DEBT_CLASS

    with DB.atomic():
        debt = _debt(debt_id)
        issues = v.Issues()
        if debt_class:
            v.choice(issues, "class_override", debt_class, DEBT_CLASS)
            reason = v.text(issues, "override_reason", reason, max_len=200, required=True)
        else:
            reason = ""
        _raise(issues, confirm=False)
        LedgerEntry.update(class_override=debt_class, override_reason=reason).where(
            LedgerEntry.id == debt.id
        ).execute()


def hold_is_active(reason: str, until: date | None, today: date) -> bool:
    return bool(reason) and (until is None or until >= today)


__all__ = [
    "apply_open_credits",
    "balance_fen",
    "due_date_for",
    "hold_is_active",
    "post_charge",
    "post_credit_note",
    "post_invoice",
    "post_payment",
    "post_write_off",
    "release_hold",
    "reverse_entry",
    "set_class_override",
    "set_hold",
    "unapplied_credits",
]
