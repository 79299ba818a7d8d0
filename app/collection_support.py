"""Helpers the collection modules share: the dates typed into a form, the
customer a record goes to, the group / salesperson filter of the lists that
span customers, and chunks of ids small enough for an SQL ``IN``."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timedelta
from typing import Any

from peewee import SQL, fn

from app import validation as v
from app.errors import NeedsConfirmation, NotAllowedError, NotFoundError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.models import Customer, LedgerEntry, Membership
from app.money import to_fen

#: Furthest ahead a date may lie where the future is allowed (a promised day,
#: an instalment): further is surely a typo in the year.
MAX_DAYS_AHEAD = 366
#: Ids per ``IN (...)``: under SQLite's oldest limit of 999 parameters.
CHUNK = 900


def customer_for_write(customer_id: int) -> Customer:
    """The customer a collection record goes to: it must exist and be active."""
    row = Customer.get_or_none(Customer.id == customer_id)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("app", "This customer no longer exists."))
    if row.archived:
        raise NotAllowedError(
            QT_TRANSLATE_NOOP(
                "app", "This customer is archived; restore the card before recording anything."
            )
        )
    return row


def as_date(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def day(
    issues: v.Issues,
    field_name: str,
    value: date | str | None,
    *,
    today: date,
    required: bool = True,
    future: bool = False,
) -> date | None:
    """A date from a form (a ``date`` or ``2025-06-30``, full-width digits
    accepted). Unless *future*, it may not lie after *today*; with *future* not
    more than a year ahead."""
    if isinstance(value, datetime):
        value = value.date()
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
    if not isinstance(value, date):
        issues.error(field_name, QT_TRANSLATE_NOOP("app", "Not a date: write it as 2025-06-30"))
        return None
    if not future and value > today:
        issues.error(field_name, QT_TRANSLATE_NOOP("app", "Cannot be in the future"))
        return None
    if future and value > today + timedelta(days=MAX_DAYS_AHEAD):
        issues.error(field_name, QT_TRANSLATE_NOOP("app", "More than a year ahead: check the year"))
        return None
    return value


def positive_fen(issues: v.Issues, field_name: str, value: Any) -> int:
    """A required amount above zero, in fen (0 when there is an error). The
    text goes through ``parse_money``: "1.234" or "１２.５" are read as a
    person types them, with the same messages everywhere."""
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


def raise_issues(issues: v.Issues, *, confirm: bool = False) -> None:
    if issues.errors:
        raise ValidationError(issues.errors)
    if issues.warnings and not confirm:
        raise NeedsConfirmation(issues.warnings, [])


def in_scope(query: Any, customer_column: Any, *, group_id: int | None, salesperson: str | None):  # noqa: ANN201
    """Restrict a query to the customers of a group and/or a salesperson."""
    if group_id is not None:
        members = Membership.select(Membership.customer).where(Membership.group == group_id)
        query = query.where(customer_column.in_(members))
    if salesperson is not None:
        people = Customer.select(Customer.id).where(Customer.salesperson == salesperson)
        query = query.where(customer_column.in_(people))
    return query


def chunks(ids: Iterable[int], size: int = CHUNK) -> Iterator[list[int]]:
    items = list(dict.fromkeys(ids))
    for start in range(0, len(items), size):
        yield items[start : start + size]


def main_phone(mobile: str, phone: str) -> str:
    return mobile or phone


def payments_received(customer_column: Any, start: Any, end: Any):  # noqa: ANN201
    """SQL: the sum in fen of the payments a customer made from *start* to
    *end* inclusive (columns or dates). A payment that was reversed (a bounced
    cheque, a payment booked to the wrong customer) does not count, whenever
    it was reversed. Credit notes and write-offs are not payments."""
    pay = LedgerEntry.alias("pay")
    rev = LedgerEntry.alias("rev")
    reversed_ = rev.select(SQL("1")).where(rev.reverses == pay.id)
    return pay.select(fn.COALESCE(fn.SUM(pay.amount_fen), 0)).where(
        (pay.customer == customer_column)
        & (pay.kind == "payment")
        & (pay.entry_date >= start)
        & (pay.entry_date <= end)
        & ~fn.EXISTS(reversed_)
    )
