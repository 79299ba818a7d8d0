"""Balance confirmations (对账确认): a statement of account sent for the
customer to sign, stamp and return - the preparation stage of collection
(reconcile, gather proof) before any pressure.

A confirmation is sent once and answered once: agreed, or disputed with the
balance the customer claims and/or their reason. An answered confirmation is
not answered again; send a new statement instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from app import validation as v
from app.business_settings import get as setting
from app.collection_support import (
    as_date,
    customer_for_write,
    day,
    in_scope,
    main_phone,
    raise_issues,
)
from app.db import DB
from app.errors import NotAllowedError, NotFoundError
from app.i18n import QT_TRANSLATE_NOOP
from app.ledger import balance_fen
from app.models import BalanceConfirmation, Customer
from app.money import from_fen, to_fen

TEXT_MAX = 300


@dataclass(frozen=True)
class ConfirmationRow:
    id: int
    customer_id: int
    customer_number: str
    customer_name: str
    phone: str
    salesperson: str
    currency: str
    sent_on: date
    as_of: date
    balance: Decimal  # the balance the statement shows
    status: str  # app.choices.CONFIRMATION_STATUS
    replied_on: date | None
    customer_amount: Decimal | None  # disputed: the balance the customer claims
    dispute_reason: str
    note: str
    days_waiting: int | None  # awaiting: days since sent (lists that take today)

    @property
    def difference(self) -> Decimal | None:
        """What the customer claims less what the statement shows."""
        if self.customer_amount is None:
            return None
        return self.customer_amount - self.balance


def record_sent(
    customer_id: int,
    *,
    sent_on: date | str | None,
    as_of: date | str | None,
    balance: str | Decimal | int | None = None,
    note: str = "",
    today: date | None = None,
) -> int:
    """Record a statement sent for confirmation. *balance* defaults to the
    ledger balance at *as_of*."""
    today = today or date.today()
    with DB.atomic():
        customer_for_write(customer_id)
        issues = v.Issues()
        sent = day(issues, "sent_on", sent_on, today=today)
        statement_date = day(issues, "as_of", as_of, today=today)
        note = v.text(issues, "note", note, max_len=TEXT_MAX)
        fen: int | None = None
        if balance is not None and not (isinstance(balance, str) and not balance.strip()):
            amount = v.money(issues, "balance", balance, minimum=None)
            fen = to_fen(amount) if amount is not None else None
        if sent is not None and statement_date is not None and statement_date > sent:
            issues.error(
                "as_of",
                QT_TRANSLATE_NOOP("app", "The statement cannot be dated after the day it was sent"),
            )
        raise_issues(issues)
        assert statement_date is not None
        if fen is None:
            fen = balance_fen(customer_id, statement_date)
        row = BalanceConfirmation.create(
            customer=customer_id,
            sent_on=sent,
            as_of=statement_date,
            balance_fen=fen,
            note=note,
        )
        return int(row.id)


def record_reply(
    confirmation_id: int,
    *,
    replied_on: date | str | None,
    agreed: bool,
    customer_amount: str | Decimal | int | None = None,
    reason: str = "",
    today: date | None = None,
) -> None:
    """Record the customer's answer: *agreed*, or disputed with the balance
    they claim (*customer_amount*) and/or their *reason* - at least one."""
    today = today or date.today()
    with DB.atomic():
        row = BalanceConfirmation.get_or_none(BalanceConfirmation.id == confirmation_id)
        if row is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("app", "This balance confirmation no longer exists.")
            )
        if row.status != "awaiting":
            raise _already_answered(row.replied_on)
        issues = v.Issues()
        replied = day(issues, "replied_on", replied_on, today=today)
        reason = v.text(issues, "dispute_reason", reason, max_len=TEXT_MAX)
        claimed: int | None = None
        amount_given = customer_amount is not None and not (
            isinstance(customer_amount, str) and not customer_amount.strip()
        )
        if amount_given:
            amount = v.money(issues, "customer_amount", customer_amount, minimum=None)
            claimed = to_fen(amount) if amount is not None else None
        if replied is not None and replied < as_date(row.sent_on):
            issues.error(
                "replied_on",
                QT_TRANSLATE_NOOP(
                    "app", "The reply cannot be dated before the statement was sent ({sent})"
                ),
                sent=as_date(row.sent_on).isoformat(),
            )
        if agreed:
            if claimed is not None and claimed != row.balance_fen:
                issues.error(
                    "customer_amount",
                    QT_TRANSLATE_NOOP(
                        "app",
                        "The customer's amount differs from the statement: record the reply "
                        "as disputed",
                    ),
                )
            if reason:
                issues.error(
                    "dispute_reason",
                    QT_TRANSLATE_NOOP(
                        "app", "A reason is for a disputed reply; this one is agreed"
                    ),
                )
        elif not amount_given and not reason:
            issues.error(
                "dispute_reason",
                QT_TRANSLATE_NOOP(
                    "app",
                    "Write the balance the customer claims, or the reason they disagree",
                ),
            )
        raise_issues(issues)
        changed = (
            BalanceConfirmation.update(
                status="agreed" if agreed else "disputed",
                replied_on=replied,
                customer_amount_fen=None if agreed else claimed,
                dispute_reason="" if agreed else reason,
            )
            .where(
                (BalanceConfirmation.id == confirmation_id)
                & (BalanceConfirmation.status == "awaiting")
            )
            .execute()
        )
        if changed != 1:  # answered by someone else meanwhile
            replied_before = (
                BalanceConfirmation.select(BalanceConfirmation.replied_on)
                .where(BalanceConfirmation.id == confirmation_id)
                .scalar()
            )
            raise _already_answered(replied_before)


def _already_answered(replied_on: object) -> NotAllowedError:
    return NotAllowedError(
        QT_TRANSLATE_NOOP(
            "app",
            "This confirmation was already answered on {date}; to confirm again, send a new "
            "statement.",
        ),
        date=as_date(replied_on).isoformat() if replied_on else "?",
    )


# --- reading --------------------------------------------------------------------------


def _select() -> Any:
    return BalanceConfirmation.select(
        BalanceConfirmation.id,
        BalanceConfirmation.customer,
        Customer.number,
        Customer.name,
        Customer.mobile,
        Customer.phone,
        Customer.salesperson,
        Customer.currency,
        BalanceConfirmation.sent_on,
        BalanceConfirmation.as_of,
        BalanceConfirmation.balance_fen,
        BalanceConfirmation.status,
        BalanceConfirmation.replied_on,
        BalanceConfirmation.customer_amount_fen,
        BalanceConfirmation.dispute_reason,
        BalanceConfirmation.note,
    ).join(Customer, on=(BalanceConfirmation.customer == Customer.id))


def _rows(query: Any, today: date | None) -> list[ConfirmationRow]:
    out = []
    for (
        cid,
        customer_id,
        number,
        name,
        mobile,
        phone,
        salesperson,
        currency,
        sent,
        as_of,
        balance,
        status,
        replied,
        claimed,
        reason,
        note,
    ) in query.tuples().iterator():
        sent = as_date(sent)
        waiting = (today - sent).days if today is not None and status == "awaiting" else None
        out.append(
            ConfirmationRow(
                id=cid,
                customer_id=customer_id,
                customer_number=number,
                customer_name=name,
                phone=main_phone(mobile, phone),
                salesperson=salesperson,
                currency=currency,
                sent_on=sent,
                as_of=as_date(as_of),
                balance=from_fen(balance),
                status=status,
                replied_on=as_date(replied) if replied else None,
                customer_amount=from_fen(claimed) if claimed is not None else None,
                dispute_reason=reason,
                note=note,
                days_waiting=waiting,
            )
        )
    return out


def for_customer(customer_id: int, today: date | None = None) -> list[ConfirmationRow]:
    """Every confirmation of the customer, latest sent first."""
    query = (
        _select()
        .where(BalanceConfirmation.customer == customer_id)
        .order_by(BalanceConfirmation.sent_on.desc(), BalanceConfirmation.id.desc())
    )
    return _rows(query, today)


def awaiting(customer_id: int, today: date | None = None) -> list[ConfirmationRow]:
    """The customer's confirmations still waiting for the signed reply, latest first."""
    query = (
        _select()
        .where(
            (BalanceConfirmation.customer == customer_id)
            & (BalanceConfirmation.status == "awaiting")
        )
        .order_by(BalanceConfirmation.sent_on.desc(), BalanceConfirmation.id.desc())
    )
    return _rows(query, today)


def unreturned(
    today: date,
    older_than_days: int | None = None,
    *,
    group_id: int | None = None,
    salesperson: str | None = None,
) -> list[ConfirmationRow]:
    """Confirmations across customers waiting more than *older_than_days*
    (default: the setting ``confirmation_reply_days``), longest waiting first."""
    days = setting("confirmation_reply_days") if older_than_days is None else older_than_days
    query = _select().where(
        (BalanceConfirmation.status == "awaiting")
        & (BalanceConfirmation.sent_on < today - timedelta(days=days))
    )
    query = in_scope(
        query, BalanceConfirmation.customer, group_id=group_id, salesperson=salesperson
    )
    return _rows(
        query.order_by(BalanceConfirmation.sent_on, Customer.number, BalanceConfirmation.id),
        today,
    )


__all__ = [
    "ConfirmationRow",
    "awaiting",
    "for_customer",
    "record_reply",
    "record_sent",
    "unreturned",
]
