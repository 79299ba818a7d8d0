"""The collection workbench (催收工作台): the admin's list for the day.

- Debts falling due soon (``due_soon``): call ahead to confirm the date and
  the amount.
- The collection plan (``overdue_ranking``): customers with overdue debts,
  the ones to call or visit first at the top.
- Promises due today, coming up and broken; instalment plans due or behind;
  balance confirmations not returned.

Debts on hold (disputed: ``hold_reason`` set and ``hold_until`` empty or not
yet past) are left out of both debt lists. Amounts are in each customer's own
currency; nothing is converted.

Ranking score (0-100, higher = act first), the sum of five parts:

============  ======  ======================================================
part          max     points
============  ======  ======================================================
amount        35      35 x min(1, log10(1 + overdue in yuan) / 6): 1 yuan
                      scores ~1.8, 1,000 yuan 17.5, 1,000,000 yuan and up 35
age           25      25 x min(1, days past due of the oldest overdue debt /
                      180)
class         15      worst class of the overdue debts (the class override
                      if set, else from its age and the thresholds):
                      being collected 0, doubtful 8, bad 15, dead 15
promises      15      10 per promise broken within ``broken_promise_days``
                      (setting), at most 15
contact       10      10 x min(1, days since the last contact / 30); never
                      contacted counts as 30 days or more (10)
============  ======  ======================================================

Ties go to the larger overdue amount, then the older customer (lower id).
Warning flags and derived signs are shown next to the score but do not
change it.

The ranking is one grouped query over the open overdue debts (the index on
``(kind, settled_on, due_date)``: open debts have ``settled_on`` NULL),
one grouped query each for broken promises, last contacts and open flags,
and the names and phones of the rows returned (per 900). Derived signs read each customer's paid
invoices, so they are computed for the top ``SIGNS_FOR_TOP`` rows only by
default; a list view asks ``app.warning_signs.derived_signs_for`` for the
rows it shows further down.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, NamedTuple

from peewee import Case, fn

from app.business_settings import get as setting
from app.business_settings import thresholds
from app.collection_log import last_contact_dates
from app.collection_support import as_date, chunks, in_scope, main_phone
from app.confirmations import ConfirmationRow, unreturned
from app.db import DB
from app.instalments import PlanStatus, plans_due
from app.models import DEBT_KINDS, Customer, LedgerEntry
from app.money import from_fen
from app.promises import PromiseRow, broken, broken_counts, due_today, upcoming
from app.warning_signs import derived_signs_for, open_flag_counts

AMOUNT_POINTS, AGE_POINTS, PROMISE_POINTS, CONTACT_POINTS = 35.0, 25.0, 15.0, 10.0
#: Overdue yuan whose log10 gives the full amount points (10^6 = 1,000,000).
AMOUNT_FULL_LOG10 = 6.0
AGE_FULL_DAYS = 180
CONTACT_FULL_DAYS = 30
POINTS_PER_BROKEN_PROMISE = 10.0
CLASS_POINTS = {"not_due": 0.0, "collecting": 0.0, "doubtful": 8.0, "bad": 15.0, "dead": 15.0}
#: Order of the classes, worst last (``MAX`` over debts picks the worst).
CLASS_ORDER = ("not_due", "collecting", "doubtful", "bad", "dead")
#: Rows of the ranking that get their derived signs by default.
SIGNS_FOR_TOP = 300


@dataclass(frozen=True)
class DueSoonRow:
    debt_id: int
    customer_id: int
    customer_number: str
    customer_name: str
    phone: str
    salesperson: str
    currency: str
    kind: str  # invoice | charge
    number: str
    entry_date: date
    due_date: date
    open: Decimal
    days_to_due: int  # 0 = due today


class ScoreBreakdown(NamedTuple):  # a tuple: made for every overdue customer
    amount: float
    age: float
    debt_class: float
    promises: float
    contact: float

    @property
    def total(self) -> float:
        return self.amount + self.age + self.debt_class + self.promises + self.contact


@dataclass(frozen=True)
class RankingRow:
    customer_id: int
    customer_number: str
    customer_name: str
    phone: str
    salesperson: str
    currency: str
    overdue_fen: int  # open on overdue debts not on hold
    overdue_debts: int
    oldest_days: int  # days past due of the oldest overdue debt
    worst_class: str  # app.choices.DEBT_CLASS key
    broken_promises: int  # within broken_promise_days
    last_contact: date | None
    days_since_contact: int | None  # None: never contacted
    open_flags: int
    derived_signs: tuple[str, ...] | None  # DERIVED_SIGN keys; None: not computed
    score: float
    breakdown: ScoreBreakdown

    @property
    def overdue(self) -> Decimal:
        return from_fen(self.overdue_fen)


@dataclass(frozen=True)
class WorkbenchFilter:
    group_id: int | None = None
    salesperson: str | None = None
    limit: int | None = None  # of the ranking


@dataclass(frozen=True)
class Workbench:
    today: date
    due_soon: list[DueSoonRow] = field(default_factory=list)
    ranking: list[RankingRow] = field(default_factory=list)
    promises_today: list[PromiseRow] = field(default_factory=list)
    promises_upcoming: list[PromiseRow] = field(default_factory=list)
    promises_broken: list[PromiseRow] = field(default_factory=list)
    plans_due: list[PlanStatus] = field(default_factory=list)
    unreturned_confirmations: list[ConfirmationRow] = field(default_factory=list)


def _not_held(today: date) -> Any:
    return (LedgerEntry.hold_reason == "") | (LedgerEntry.hold_until < today)


def _open_debts() -> Any:
    return (
        LedgerEntry.kind.in_(DEBT_KINDS)
        & LedgerEntry.settled_on.is_null()
        & (LedgerEntry.open_fen > 0)
    )


def due_soon(
    today: date,
    days: int | None = None,
    *,
    group_id: int | None = None,
    salesperson: str | None = None,
) -> list[DueSoonRow]:
    """Open debts not on hold falling due from today to today + *days*
    (default: the setting ``confirm_ahead_days``), soonest first."""
    days = setting("confirm_ahead_days") if days is None else days
    query = (
        LedgerEntry.select(
            LedgerEntry.id,
            LedgerEntry.customer,
            Customer.number,
            Customer.name,
            Customer.mobile,
            Customer.phone,
            Customer.salesperson,
            Customer.currency,
            LedgerEntry.kind,
            LedgerEntry.number,
            LedgerEntry.entry_date,
            LedgerEntry.due_date,
            LedgerEntry.open_fen,
        )
        .join(Customer, on=(LedgerEntry.customer == Customer.id))
        .where(
            _open_debts()
            & (LedgerEntry.due_date >= today)
            & (LedgerEntry.due_date <= today + timedelta(days=days))
            & _not_held(today)
        )
        .order_by(LedgerEntry.due_date, Customer.number, LedgerEntry.id)
    )
    query = in_scope(query, LedgerEntry.customer, group_id=group_id, salesperson=salesperson)
    out = []
    for (
        debt_id,
        cid,
        cnumber,
        name,
        mobile,
        phone,
        salesperson_,
        currency,
        kind,
        number,
        entry_date,
        due,
        open_fen,
    ) in query.tuples().iterator():
        due = as_date(due)
        out.append(
            DueSoonRow(
                debt_id=debt_id,
                customer_id=cid,
                customer_number=cnumber,
                customer_name=name,
                phone=main_phone(mobile, phone),
                salesperson=salesperson_,
                currency=currency,
                kind=kind,
                number=number or "",
                entry_date=as_date(entry_date),
                due_date=due,
                open=from_fen(open_fen),
                days_to_due=(due - today).days,
            )
        )
    return out


def score(
    overdue_fen: int,
    oldest_days: int,
    worst_class: str,
    broken_promises: int,
    days_since_contact: int | None,
) -> ScoreBreakdown:
    """The ranking score's parts (see the module docstring)."""
    yuan = max(overdue_fen, 0) / 100  # a float for the score only, never for money
    contact_days = CONTACT_FULL_DAYS if days_since_contact is None else days_since_contact
    return ScoreBreakdown(
        amount=AMOUNT_POINTS * min(1.0, math.log10(1 + yuan) / AMOUNT_FULL_LOG10),
        age=AGE_POINTS * min(1.0, max(oldest_days, 0) / AGE_FULL_DAYS),
        debt_class=CLASS_POINTS.get(worst_class, 0.0),
        promises=min(PROMISE_POINTS, POINTS_PER_BROKEN_PROMISE * broken_promises),
        contact=CONTACT_POINTS * min(1.0, max(contact_days, 0) / CONTACT_FULL_DAYS),
    )


def _class_rank(today: date) -> Case:
    """SQL: the index in CLASS_ORDER of an overdue debt's class."""
    t = thresholds()
    overrides = [
        (LedgerEntry.class_override == key, index) for index, key in enumerate(CLASS_ORDER)
    ]
    return Case(
        None,
        overrides
        + [
            (LedgerEntry.due_date >= today - timedelta(days=t.doubtful), 1),
            (LedgerEntry.due_date >= today - timedelta(days=t.bad), 2),
            (LedgerEntry.due_date >= today - timedelta(days=t.dead), 3),
        ],
        4,
    )


def _overdue_by_customer(
    today: date, group_id: int | None, salesperson: str | None
) -> list[tuple[int, int, int, date, int]]:
    """(customer id, overdue fen, overdue debts, oldest due date, worst class
    index) per customer: one grouped query, read raw (no per-value conversion:
    it may return tens of thousands of rows)."""
    query = (
        LedgerEntry.select(
            LedgerEntry.customer,
            fn.SUM(LedgerEntry.open_fen),
            fn.COUNT(LedgerEntry.id),
            fn.MIN(LedgerEntry.due_date),
            fn.MAX(_class_rank(today)),
        )
        .where(_open_debts() & (LedgerEntry.due_date < today) & _not_held(today))
        .group_by(LedgerEntry.customer)
    )
    query = in_scope(query, LedgerEntry.customer, group_id=group_id, salesperson=salesperson)
    return [
        (cid, int(overdue), int(debts), as_date(oldest), int(worst))
        for cid, overdue, debts, oldest, worst in DB.execute_sql(*query.sql())
    ]


def overdue_by_customer(
    today: date, group_id: int | None = None, salesperson: str | None = None
) -> list[tuple[int, int, int, date, int]]:
    """(customer id, overdue fen, overdue debts, oldest due date, worst class
    index in ``CLASS_ORDER``) of every customer with overdue debts not on hold."""
    return _overdue_by_customer(today, group_id, salesperson)


def _customer_info(ids: list[int]) -> dict[int, tuple[str, str, str, str, str]]:
    """{id: (number, name, phone, salesperson, currency)}, per 900 ids."""
    out = {}
    for chunk in chunks(ids):
        query = Customer.select(
            Customer.id,
            Customer.number,
            Customer.name,
            Customer.mobile,
            Customer.phone,
            Customer.salesperson,
            Customer.currency,
        ).where(Customer.id.in_(chunk))
        for cid, number, name, mobile, phone, salesperson, currency in DB.execute_sql(*query.sql()):
            out[cid] = (number, name, main_phone(mobile, phone), salesperson, currency)
    return out


def overdue_ranking(
    today: date,
    *,
    limit: int | None = None,
    group_id: int | None = None,
    salesperson: str | None = None,
    signs: int | None = SIGNS_FOR_TOP,
) -> list[RankingRow]:
    """Customers with overdue debts not on hold, highest score first; at most
    *limit* rows. Derived signs are computed for the first *signs* rows (None:
    all, which costs about 0.15 ms per customer on a large file); the rows
    after them have ``derived_signs`` None - ask ``derived_signs_for`` for the
    rows shown."""
    rows = _overdue_by_customer(today, group_id, salesperson)
    if not rows:
        return []
    broken_by = broken_counts(today)
    contacts = last_contact_dates([r[0] for r in rows] if len(rows) <= 2000 else None)
    scored = []
    for cid, overdue, debts, oldest_due, worst in rows:
        oldest_days = (today - oldest_due).days
        last = contacts.get(cid)
        since = max((today - last).days, 0) if last is not None else None
        parts = score(overdue, oldest_days, CLASS_ORDER[worst], broken_by.get(cid, 0), since)
        scored.append((-parts.total, -overdue, cid, parts, debts, oldest_days, worst, last, since))
    scored.sort(key=lambda r: r[:3])
    if limit is not None:
        scored = scored[:limit]
    info = _customer_info([r[2] for r in scored])
    flags = open_flag_counts()
    top = [r[2] for r in scored[:signs]] if signs is not None else [r[2] for r in scored]
    derived = derived_signs_for(top, today)
    out = []
    for _neg_score, neg_overdue, cid, parts, debts, oldest_days, worst, last, since in scored:
        number, name, phone, salesperson_, currency = info[cid]
        keys = derived.get(cid)
        out.append(
            RankingRow(
                customer_id=cid,
                customer_number=number,
                customer_name=name,
                phone=phone,
                salesperson=salesperson_,
                currency=currency,
                overdue_fen=-neg_overdue,
                overdue_debts=debts,
                oldest_days=oldest_days,
                worst_class=CLASS_ORDER[worst],
                broken_promises=broken_by.get(cid, 0),
                last_contact=last,
                days_since_contact=since,
                open_flags=flags.get(cid, 0),
                derived_signs=None if keys is None else tuple(s.key for s in keys),
                score=parts.total,
                breakdown=parts,
            )
        )
    return out


def workbench(today: date, *, filters: WorkbenchFilter | None = None) -> Workbench:
    """Everything the workbench shows, in one call (for one worker job)."""
    f = filters or WorkbenchFilter()
    scope = {"group_id": f.group_id, "salesperson": f.salesperson}
    return Workbench(
        today=today,
        due_soon=due_soon(today, **scope),
        ranking=overdue_ranking(today, limit=f.limit, **scope),
        promises_today=due_today(today, **scope),
        promises_upcoming=upcoming(today, **scope),
        promises_broken=broken(today, **scope),
        plans_due=plans_due(today, **scope),
        unreturned_confirmations=unreturned(today, **scope),
    )


__all__ = [
    "CLASS_POINTS",
    "DueSoonRow",
    "RankingRow",
    "ScoreBreakdown",
    "Workbench",
    "WorkbenchFilter",
    "due_soon",
    "overdue_ranking",
    "score",
    "workbench",
]
