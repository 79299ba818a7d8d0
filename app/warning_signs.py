"""Warning signs (风险预警): what the admin saw and flagged, and what the app
derives from the ledger, the promises and the instalment plans.

Flags (``app.choices.WARNING_SIGN``) stay open until cleared; a sign is
flagged once at a time. Derived signs (``app.choices.DERIVED_SIGN``) are
computed, never stored:

- ``slower_payment``: the customer pays invoice after invoice later. From the
  invoices fully paid by payments, latest settled last (the selection of
  ``app.account.days_to_pay``), take the days late of each (settled - due,
  0 if on time). The sign shows when either
  1. the average days late of the latest 3 exceeds the average of the 3
     before them by at least ``SLOWER_BY_DAYS`` (15) days, or
  2. each of the latest 3 was later than the one before, and the latest was
     at least ``SLOWER_BY_DAYS`` days later than the first of the three.
- ``broken_promise``: a promise to pay broken within the last
  ``broken_promise_days`` (setting, default 90).
- ``over_limit``: the ledger balance is above the card's credit limit.
- ``instalment_missed``: an active instalment plan has an instalment past its
  date and not covered by payments.

``derived_signs_for`` computes them for many customers in a bounded number of
queries (one per kind of sign, per 900 customers where the ledger is read).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from peewee import Select, fn

from app import validation as v
from app.business_settings import get as setting
from app.choices import WARNING_SIGN
from app.collection_support import as_date, chunks, customer_for_write, day, raise_issues
from app.db import DB
from app.errors import NotAllowedError, NotFoundError
from app.i18n import QT_TRANSLATE_NOOP
from app.instalments import missed_instalments
from app.models import Allocation, Customer, LedgerEntry, WarningFlag
from app.money import format_money, from_fen
from app.promises import broken_counts

NOTE_MAX = 300
SLOWER_SAMPLE = 3
SLOWER_BY_DAYS = 15

#: An explanation per derived sign, filled with ``DerivedSign.params``.
EXPLANATION = {
    "slower_payment": QT_TRANSLATE_NOOP(
        "app", "Days late of the last paid invoices, oldest first: {days}"
    ),
    "broken_promise": QT_TRANSLATE_NOOP("app", "Promises broken in the last {days} days: {count}"),
    "over_limit": QT_TRANSLATE_NOOP("app", "Balance {balance}, credit limit {limit}"),
    "instalment_missed": QT_TRANSLATE_NOOP(
        "app", "The instalment due on {due_on} is not paid in full"
    ),
}


class DerivedSign(NamedTuple):
    key: str  # app.choices.DERIVED_SIGN
    params: dict[str, Any]  # for EXPLANATION[key]

    @property
    def template(self) -> str:
        return EXPLANATION[self.key]


@dataclass(frozen=True)
class FlagRow:
    id: int
    customer_id: int
    sign: str  # app.choices.WARNING_SIGN
    flagged_on: date
    note: str
    cleared_on: date | None
    clear_note: str


# --- flags ----------------------------------------------------------------------------


def flag(
    customer_id: int,
    *,
    sign: str,
    flagged_on: date | str | None,
    note: str = "",
    today: date | None = None,
) -> int:
    """Flag a warning sign the admin saw on the customer."""
    today = today or date.today()
    with DB.atomic():
        customer_for_write(customer_id)
        issues = v.Issues()
        sign = v.choice(issues, "sign", sign, WARNING_SIGN)
        when = day(issues, "flagged_on", flagged_on, today=today)
        note = v.text(issues, "note", note, max_len=NOTE_MAX)
        if not issues.errors:
            open_since = (
                WarningFlag.select(WarningFlag.flagged_on)
                .where(
                    (WarningFlag.customer == customer_id)
                    & (WarningFlag.sign == sign)
                    & WarningFlag.cleared_on.is_null()
                )
                .scalar()
            )
            if open_since is not None:
                issues.error(
                    "sign",
                    QT_TRANSLATE_NOOP("app", "Already flagged since {date}"),
                    date=as_date(open_since).isoformat(),
                )
        raise_issues(issues)
        row = WarningFlag.create(customer=customer_id, sign=sign, flagged_on=when, note=note)
        return int(row.id)


def clear(
    flag_id: int, *, cleared_on: date | str | None, note: str = "", today: date | None = None
) -> None:
    """Clear a flag: the sign is gone (or was a false alarm), with a note why."""
    today = today or date.today()
    with DB.atomic():
        row = WarningFlag.get_or_none(WarningFlag.id == flag_id)
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("app", "This warning flag no longer exists."))
        if row.cleared_on is not None:
            raise NotAllowedError(
                QT_TRANSLATE_NOOP("app", "This flag was already cleared on {date}."),
                date=as_date(row.cleared_on).isoformat(),
            )
        issues = v.Issues()
        when = day(issues, "cleared_on", cleared_on, today=today)
        note = v.text(issues, "clear_note", note, max_len=NOTE_MAX)
        if when is not None and when < as_date(row.flagged_on):
            issues.error(
                "cleared_on",
                QT_TRANSLATE_NOOP("app", "Cannot be before the day it was flagged ({date})"),
                date=as_date(row.flagged_on).isoformat(),
            )
        raise_issues(issues)
        WarningFlag.update(cleared_on=when, clear_note=note).where(
            (WarningFlag.id == flag_id) & WarningFlag.cleared_on.is_null()
        ).execute()


def _flag_rows(where: Any) -> list[FlagRow]:
    query = (
        WarningFlag.select()
        .where(where)
        .order_by(WarningFlag.flagged_on.desc(), WarningFlag.id.desc())
    )
    return [
        FlagRow(
            id=f.id,
            customer_id=f.customer_id,
            sign=f.sign,
            flagged_on=as_date(f.flagged_on),
            note=f.note,
            cleared_on=as_date(f.cleared_on) if f.cleared_on else None,
            clear_note=f.clear_note,
        )
        for f in query
    ]


def open_flags(customer_id: int) -> list[FlagRow]:
    """Flags not cleared, latest first."""
    return _flag_rows((WarningFlag.customer == customer_id) & WarningFlag.cleared_on.is_null())


def all_flags(customer_id: int) -> list[FlagRow]:
    """Every flag of the customer, cleared ones included, latest first."""
    return _flag_rows(WarningFlag.customer == customer_id)


def open_flag_counts() -> dict[int, int]:
    """{customer id: open flags}, one grouped query."""
    query = (
        WarningFlag.select(WarningFlag.customer, fn.COUNT(WarningFlag.id))
        .where(WarningFlag.cleared_on.is_null())
        .group_by(WarningFlag.customer)
        .tuples()
    )
    return {cid: int(n) for cid, n in query}


# --- derived signs --------------------------------------------------------------------


def is_slowing(days_late: Sequence[int]) -> bool:
    """The rule of ``slower_payment`` on days late, oldest first."""
    n, gap = SLOWER_SAMPLE, SLOWER_BY_DAYS
    if len(days_late) >= 2 * n:
        latest = days_late[-n:]
        before = days_late[-2 * n : -n]
        if sum(latest) - sum(before) >= gap * n:  # averages compared without division
            return True
    if len(days_late) >= n:
        last = days_late[-n:]
        growing = all(a < b for a, b in zip(last, last[1:], strict=False))
        if growing and last[-1] - last[0] >= gap:
            return True
    return False


def recent_days_late(customer_ids: Iterable[int]) -> dict[int, list[int]]:
    """{customer id: days late of its latest 2 x SLOWER_SAMPLE paid invoices,
    oldest first}. The selection of ``app.account.days_to_pay`` (invoices
    settled, none of it by a credit note or write-off), latest per customer by
    a window function; one query per 900 customers."""
    out: dict[int, list[int]] = defaultdict(list)
    credit = LedgerEntry.alias("credit")
    for chunk in chunks(customer_ids):
        credited = (
            Allocation.select(Allocation.debt)
            .join(credit, on=(Allocation.credit == credit.id))
            .where(Allocation.customer.in_(chunk) & credit.kind.in_(("credit_note", "write_off")))
        )
        rank = fn.ROW_NUMBER().over(
            partition_by=[LedgerEntry.customer],
            order_by=[LedgerEntry.settled_on.desc(), LedgerEntry.id.desc()],
        )
        recent = (
            LedgerEntry.select(
                LedgerEntry.customer.alias("customer_id"),
                LedgerEntry.due_date.alias("due_date"),
                LedgerEntry.settled_on.alias("settled_on"),
                rank.alias("pos"),
            )
            .where(
                LedgerEntry.customer.in_(chunk)
                & (LedgerEntry.kind == "invoice")
                & LedgerEntry.settled_on.is_null(False)
                & LedgerEntry.id.not_in(credited)
            )
            .alias("recent")
        )
        query = (
            Select([recent], [recent.c.customer_id, recent.c.due_date, recent.c.settled_on])
            .where(recent.c.pos <= 2 * SLOWER_SAMPLE)
            .order_by(recent.c.customer_id, recent.c.pos.desc())
            .bind(DB)
        )
        for cid, due, settled in query.tuples():
            out[cid].append(max((as_date(settled) - as_date(due)).days, 0))
    return dict(out)


def _over_limit(customer_ids: list[int]) -> dict[int, tuple[int, int, str]]:
    """{customer id: (balance, limit, currency)} of customers over their limit."""
    balance = LedgerEntry.select(fn.COALESCE(fn.SUM(LedgerEntry.delta_fen), 0)).where(
        LedgerEntry.customer == Customer.id
    )
    out = {}
    for chunk in chunks(customer_ids):
        query = (
            Customer.select(
                Customer.id, balance.alias("balance"), Customer.credit_limit_fen, Customer.currency
            )
            .where(
                Customer.id.in_(chunk)
                & Customer.credit_limit_fen.is_null(False)
                & (balance > Customer.credit_limit_fen)
            )
            .tuples()
        )
        out.update({cid: (int(bal), limit, cur) for cid, bal, limit, cur in query})
    return out


def _money(fen: int, currency: str) -> str:
    return f"{currency} {format_money(from_fen(fen))}"


def derived_signs_for(customer_ids: Iterable[int], today: date) -> dict[int, list[DerivedSign]]:
    """{customer id: its derived signs} for every id given (an empty list when
    none), in a bounded number of queries."""
    ids = list(dict.fromkeys(customer_ids))
    out: dict[int, list[DerivedSign]] = {cid: [] for cid in ids}
    if not ids:
        return out
    for cid, days in recent_days_late(ids).items():
        if is_slowing(days):
            out[cid].append(
                DerivedSign("slower_payment", {"days": ", ".join(str(d) for d in days)})
            )
    since = setting("broken_promise_days")
    for cid, count in broken_counts(today, since).items():
        if cid in out:
            out[cid].append(DerivedSign("broken_promise", {"count": count, "days": since}))
    for cid, (balance, limit, currency) in _over_limit(ids).items():
        out[cid].append(
            DerivedSign(
                "over_limit",
                {"balance": _money(balance, currency), "limit": _money(limit, currency)},
            )
        )
    for cid, due in missed_instalments(today).items():
        if cid in out:
            out[cid].append(DerivedSign("instalment_missed", {"due_on": due.isoformat()}))
    return out


def derived_signs(customer_id: int, today: date) -> list[DerivedSign]:
    """The signs the app derives for one customer (see the module docstring)."""
    return derived_signs_for([customer_id], today)[customer_id]


__all__ = [
    "EXPLANATION",
    "DerivedSign",
    "FlagRow",
    "all_flags",
    "clear",
    "derived_signs",
    "derived_signs_for",
    "flag",
    "is_slowing",
    "open_flag_counts",
    "open_flags",
    "recent_days_late",
]
