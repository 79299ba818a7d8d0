"""Promises to pay (承诺付款): a date and an amount the customer gave, written
down in front of them.

Whether a promise was kept is decided from the ledger every time, never
stored: what the customer paid from the day of the promise to the promised
day inclusive (payments only; a payment later reversed does not count, nor do
credit notes or write-offs) is compared with the amount promised.

- ``kept``: paid >= amount (even before the promised day);
- ``broken``: less was paid and the promised day is past;
- ``due_today``: less was paid so far and the promised day is today;
- ``pending``: less was paid so far and the promised day is still ahead.

The lists across customers compute the paid sum in SQL, a correlated
subquery per promise over the customer's ledger index.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from peewee import fn

from app import validation as v
from app.business_settings import get as setting
from app.collection_support import (
    as_date,
    customer_for_write,
    day,
    in_scope,
    main_phone,
    payments_received,
    positive_fen,
    raise_issues,
)
from app.db import DB
from app.i18n import QT_TRANSLATE_NOOP
from app.models import CollectionLog, Customer, PaymentPromise
from app.money import from_fen

NOTE_MAX = 200


@dataclass(frozen=True)
class PromiseRow:
    id: int
    customer_id: int
    customer_number: str
    customer_name: str
    phone: str  # mobile, else landline
    salesperson: str
    currency: str
    made_on: date
    due_on: date
    amount: Decimal
    paid: Decimal  # payments from made_on to due_on, reversed ones left out
    status: str  # app.choices.PROMISE_STATUS
    note: str
    log_id: int | None

    @property
    def still_due(self) -> Decimal:
        return max(self.amount - self.paid, Decimal("0.00"))


def status_of(amount_fen: int, paid_fen: int, due_on: date, today: date) -> str:
    if paid_fen >= amount_fen:
        return "kept"
    if due_on < today:
        return "broken"
    if due_on == today:
        return "due_today"
    return "pending"


# --- recording ------------------------------------------------------------------------


def check_promise(
    issues: v.Issues,
    *,
    made_on: date | str | None,
    due_on: date | str | None,
    amount: Any,
    note: str,
    today: date,
    prefix: str = "",
) -> dict[str, Any]:
    """Check a promise's fields; returns the columns to store. *prefix* names
    the fields inside a larger form (``promise.due_on``)."""
    made = day(issues, f"{prefix}made_on", made_on, today=today)
    due = day(issues, f"{prefix}due_on", due_on, today=today, future=True)
    fen = positive_fen(issues, f"{prefix}amount", amount)
    note = v.text(issues, f"{prefix}note", note, max_len=NOTE_MAX)
    if made is not None and due is not None and due < made:
        issues.error(
            f"{prefix}due_on",
            QT_TRANSLATE_NOOP(
                "app", "The promised day cannot be before the day the promise was made"
            ),
        )
    return {"made_on": made, "due_on": due, "amount_fen": fen, "note": note}


def add_promise(
    customer_id: int,
    *,
    made_on: date | str | None,
    due_on: date | str | None,
    amount: str | Decimal | int | None,
    note: str = "",
    log_id: int | None = None,
    today: date | None = None,
) -> int:
    """Record a promise to pay. *log_id* links the conversation (collection
    log entry) in which it was made; it must be one of the customer's."""
    today = today or date.today()
    with DB.atomic():
        customer_for_write(customer_id)
        issues = v.Issues()
        columns = check_promise(
            issues, made_on=made_on, due_on=due_on, amount=amount, note=note, today=today
        )
        if log_id is not None:
            owner = (
                CollectionLog.select(CollectionLog.customer)
                .where(CollectionLog.id == log_id)
                .scalar()
            )
            if owner != customer_id:
                issues.error(
                    "log",
                    QT_TRANSLATE_NOOP(
                        "app", "The conversation linked is not in this customer's collection log"
                    ),
                )
        raise_issues(issues)
        return create_promise(customer_id, columns, log_id=log_id)


def create_promise(customer_id: int, columns: dict[str, Any], *, log_id: int | None) -> int:
    """Store checked columns (``check_promise``); inside the caller's transaction."""
    row = PaymentPromise.create(customer=customer_id, log=log_id, **columns)
    return int(row.id)


# --- reading --------------------------------------------------------------------------


def _paid():  # noqa: ANN202 - a peewee expression
    return payments_received(PaymentPromise.customer, PaymentPromise.made_on, PaymentPromise.due_on)


def _select():  # noqa: ANN202
    return PaymentPromise.select(
        PaymentPromise.id,
        PaymentPromise.customer,
        Customer.number,
        Customer.name,
        Customer.mobile,
        Customer.phone,
        Customer.salesperson,
        Customer.currency,
        PaymentPromise.made_on,
        PaymentPromise.due_on,
        PaymentPromise.amount_fen,
        _paid().alias("paid"),
        PaymentPromise.note,
        PaymentPromise.log,
    ).join(Customer, on=(PaymentPromise.customer == Customer.id))


def _rows(query: Any, today: date) -> list[PromiseRow]:
    out = []
    for (
        pid,
        cid,
        number,
        name,
        mobile,
        phone,
        salesperson,
        currency,
        made,
        due,
        amount,
        paid,
        note,
        log_id,
    ) in query.tuples().iterator():
        due = as_date(due)
        out.append(
            PromiseRow(
                id=pid,
                customer_id=cid,
                customer_number=number,
                customer_name=name,
                phone=main_phone(mobile, phone),
                salesperson=salesperson,
                currency=currency,
                made_on=as_date(made),
                due_on=due,
                amount=from_fen(amount),
                paid=from_fen(int(paid)),
                status=status_of(amount, int(paid), due, today),
                note=note,
                log_id=log_id,
            )
        )
    return out


def promises_for(customer_id: int, today: date) -> list[PromiseRow]:
    """Every promise of one customer with its status today, latest promised day first."""
    query = (
        _select()
        .where(PaymentPromise.customer == customer_id)
        .order_by(PaymentPromise.due_on.desc(), PaymentPromise.id.desc())
    )
    return _rows(query, today)


def _open(query: Any, *, include_kept: bool) -> Any:
    if include_kept:
        return query
    return query.where(_paid() < PaymentPromise.amount_fen)


def due_today(
    today: date,
    *,
    include_kept: bool = False,
    group_id: int | None = None,
    salesperson: str | None = None,
) -> list[PromiseRow]:
    """Promises falling due today, not yet kept (unless *include_kept*)."""
    query = _select().where(PaymentPromise.due_on == today)
    query = _open(query, include_kept=include_kept)
    query = in_scope(query, PaymentPromise.customer, group_id=group_id, salesperson=salesperson)
    return _rows(query.order_by(Customer.number, PaymentPromise.id), today)


def upcoming(
    today: date,
    days: int | None = None,
    *,
    include_kept: bool = False,
    group_id: int | None = None,
    salesperson: str | None = None,
) -> list[PromiseRow]:
    """Promises falling due after today and within *days* (default: the
    setting ``promise_window_days``), not yet kept, soonest first."""
    days = setting("promise_window_days") if days is None else days
    query = _select().where(
        (PaymentPromise.due_on > today) & (PaymentPromise.due_on <= today + timedelta(days=days))
    )
    query = _open(query, include_kept=include_kept)
    query = in_scope(query, PaymentPromise.customer, group_id=group_id, salesperson=salesperson)
    return _rows(query.order_by(PaymentPromise.due_on, Customer.number, PaymentPromise.id), today)


def _broken_since(today: date, since_days: int | None) -> Any:
    since_days = setting("broken_promise_days") if since_days is None else since_days
    return (
        (PaymentPromise.due_on < today)
        & (PaymentPromise.due_on >= today - timedelta(days=since_days))
        & (_paid() < PaymentPromise.amount_fen)
    )


def broken(
    today: date,
    since_days: int | None = None,
    *,
    group_id: int | None = None,
    salesperson: str | None = None,
) -> list[PromiseRow]:
    """Promises broken within the last *since_days* (default: the setting
    ``broken_promise_days``): the promised day is past, less was paid.
    Latest first."""
    query = _select().where(_broken_since(today, since_days))
    query = in_scope(query, PaymentPromise.customer, group_id=group_id, salesperson=salesperson)
    return _rows(
        query.order_by(PaymentPromise.due_on.desc(), Customer.number, PaymentPromise.id), today
    )


def broken_counts(today: date, since_days: int | None = None) -> dict[int, int]:
    """{customer id: promises broken within the last *since_days*}, one grouped query."""
    query = (
        PaymentPromise.select(PaymentPromise.customer, fn.COUNT(PaymentPromise.id))
        .where(_broken_since(today, since_days))
        .group_by(PaymentPromise.customer)
        .tuples()
    )
    return {cid: int(n) for cid, n in query}


__all__ = [
    "PromiseRow",
    "add_promise",
    "broken",
    "broken_counts",
    "check_promise",
    "create_promise",
    "due_today",
    "promises_for",
    "status_of",
    "upcoming",
]
