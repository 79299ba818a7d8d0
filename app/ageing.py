"""Ageing of receivables (账龄分析) as of any date, and the five classes of a
debt (未到期 / 催收款 / 准呆账 / 呆账 / 死账).

What is open on a debt at a date is its amount less the allocations that had
taken effect by then (``Allocation.on_date``). Debts settled before the date
(``settled_on``) are skipped without reading their allocations, which keeps a
query over a million entries fast. Sums are done in SQL; bucket and class
boundaries are dates computed here, so the SQL stays portable (no date
arithmetic in the database).

A customer's row adds up to its balance at the date: the open debts in their
buckets less any credit not yet applied (an over-payment), shown as its own
column. That credit is read the same way from the credits not yet applied in
full (``applied_on``), so no query reads the whole ledger.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from peewee import JOIN, SQL, Case, fn

from app.business_settings import ClassThresholds, thresholds
from app.db import DB
from app.models import CREDIT_KINDS, DEBT_KINDS, Allocation, Customer, LedgerEntry, Membership

#: Bucket keys and the most days past due each holds (None: no limit).
BUCKETS: tuple[tuple[str, int | None], ...] = (
    ("current", 0),
    ("1_30", 30),
    ("31_60", 60),
    ("61_90", 90),
    ("91_180", 180),
    ("181_365", 365),
    ("over_365", None),
)
BUCKET_KEYS = tuple(key for key, _limit in BUCKETS)
CLASS_KEYS = ("not_due", "collecting", "doubtful", "bad", "dead")


def bucket_of(days_past_due: int) -> int:
    for index, (_key, limit) in enumerate(BUCKETS):
        if limit is None or days_past_due <= limit:
            return index
    raise AssertionError  # pragma: no cover


@dataclass
class AgeingRow:
    customer_id: int
    number: str
    name: str
    salesperson: str
    currency: str
    buckets: list[int] = field(default_factory=lambda: [0] * len(BUCKETS))  # fen
    classes: dict[str, int] = field(default_factory=dict)  # fen per class key
    credit_fen: int = 0  # credit not yet applied (shown as a negative amount)

    @property
    def open_fen(self) -> int:
        return sum(self.buckets)

    @property
    def balance_fen(self) -> int:
        return self.open_fen - self.credit_fen

    @property
    def overdue_fen(self) -> int:
        return sum(self.buckets[1:])

    @property
    def worst_class(self) -> str:
        for key in reversed(CLASS_KEYS):
            if self.classes.get(key):
                return key
        return ""


@dataclass
class AgeingTotals:
    currency: str
    customers: int = 0
    buckets: list[int] = field(default_factory=lambda: [0] * len(BUCKETS))
    classes: dict[str, int] = field(default_factory=dict)
    credit_fen: int = 0

    @property
    def open_fen(self) -> int:
        return sum(self.buckets)

    @property
    def balance_fen(self) -> int:
        return self.open_fen - self.credit_fen

    @property
    def overdue_fen(self) -> int:
        return sum(self.buckets[1:])


@dataclass
class AgeingReport:
    as_of: date
    rows: list[AgeingRow]
    totals: dict[str, AgeingTotals]  # per currency: never one sum of two currencies
    debt_class: str = ""  # the class filter, "" for all


@dataclass(frozen=True)
class AgeingFilter:
    group_id: int | None = None
    salesperson: str | None = None
    debt_class: str = ""  # only debts of this class (then no credit column)
    customer_ids: tuple[int, ...] | None = None
    include_archived: bool = True


def _bucket_case(as_of: date) -> Case:
    """Bucket index from the due date: days past due = as_of - due_date."""
    whens = []
    for index, (_key, limit) in enumerate(BUCKETS):
        if limit is None:
            break
        whens.append((LedgerEntry.due_date >= as_of - timedelta(days=limit), index))
    return Case(None, whens, len(BUCKETS) - 1)


def _class_case(as_of: date, t: ClassThresholds) -> Case:
    return Case(
        None,
        [
            (LedgerEntry.class_override != "", LedgerEntry.class_override),
            (LedgerEntry.due_date >= as_of, "not_due"),
            (LedgerEntry.due_date >= as_of - timedelta(days=t.doubtful), "collecting"),
            (LedgerEntry.due_date >= as_of - timedelta(days=t.bad), "doubtful"),
            (LedgerEntry.due_date >= as_of - timedelta(days=t.dead), "bad"),
        ],
        "dead",
    )


def open_at(as_of: date):  # noqa: ANN201 - a peewee expression
    """The SQL expression of a debt's open amount at *as_of*."""
    allocated = Allocation.select(fn.COALESCE(fn.SUM(Allocation.amount_fen), 0)).where(
        (Allocation.debt == LedgerEntry.id) & (Allocation.on_date <= as_of)
    )
    return LedgerEntry.amount_fen - allocated


def _open_debt_filter(as_of: date):  # noqa: ANN202
    return (
        LedgerEntry.kind.in_(DEBT_KINDS)
        & (LedgerEntry.entry_date <= as_of)
        & (LedgerEntry.settled_on.is_null() | (LedgerEntry.settled_on > as_of))
    )


def _restrict(query, flt: AgeingFilter, customer_column):  # noqa: ANN001, ANN202
    if flt.customer_ids is not None:
        query = query.where(customer_column.in_(list(flt.customer_ids)))
    if flt.group_id is not None:
        members = Membership.select(Membership.customer).where(Membership.group == flt.group_id)
        query = query.where(customer_column.in_(members))
    if flt.salesperson is not None:
        people = Customer.select(Customer.id).where(Customer.salesperson == flt.salesperson)
        query = query.where(customer_column.in_(people))
    if not flt.include_archived:
        active = Customer.select(Customer.id).where(Customer.archived == False)  # noqa: E712
        query = query.where(customer_column.in_(active))
    return query


def ageing(
    as_of: date | None = None,
    flt: AgeingFilter | None = None,
    *,
    limits: ClassThresholds | None = None,
) -> AgeingReport:
    """The ageing table by customer at *as_of* (default today), with totals per
    currency. Rows are customers with anything open or a credit balance, in
    customer-number order."""
    as_of = as_of or date.today()
    flt = flt or AgeingFilter()
    limits = limits or thresholds()
    bucket = _bucket_case(as_of).alias("bucket")
    debt_class = _class_case(as_of, limits)
    amount = open_at(as_of)
    query = (
        LedgerEntry.select(
            LedgerEntry.customer,
            bucket,
            debt_class.alias("debt_class"),
            fn.SUM(amount).alias("open"),
        )
        .where(_open_debt_filter(as_of))
        .group_by(LedgerEntry.customer, SQL("2"), SQL("3"))
    )
    if flt.debt_class:
        query = query.where(debt_class == flt.debt_class)
    query = _restrict(query, flt, LedgerEntry.customer)

    open_rows: dict[int, tuple[list[int], dict[str, int]]] = {}
    for customer_id, index, klass, total in _fetch(query):
        total = int(total)
        if not total:
            continue
        buckets, classes = open_rows.setdefault(customer_id, ([0] * len(BUCKETS), {}))
        buckets[int(index)] += total
        classes[klass] = classes.get(klass, 0) + total

    credits: dict[int, int] = {}
    if not flt.debt_class:
        credit_query = _restrict(_credit_query(as_of), flt, LedgerEntry.customer)
        credits = {cid: int(total) for cid, total in _fetch(credit_query) if total}

    ids = set(open_rows) | set(credits)
    rows = [
        _row(info, open_rows.get(info[0]), credits.get(info[0], 0)) for info in _customer_info(ids)
    ]
    rows.sort(key=lambda r: r.number)
    return AgeingReport(as_of, rows, _totals(rows), flt.debt_class)


def _fetch(query) -> list[tuple]:  # noqa: ANN001
    """All rows of a query as plain tuples, without peewee's per-row work."""
    return DB.execute(query).fetchall()


def _credit_query(as_of: date):  # noqa: ANN202 - a peewee query
    """Per customer, the credit not yet applied at *as_of*: what is left of
    each payment, credit note or write-off dated by then, not reversed by
    then, after its allocations that had taken effect. Credits applied in full
    by then (``applied_on``) are skipped without reading their allocations."""
    Rev = LedgerEntry.alias()
    used = Allocation.select(fn.COALESCE(fn.SUM(Allocation.amount_fen), 0)).where(
        (Allocation.credit == LedgerEntry.id) & (Allocation.on_date <= as_of)
    )
    # "+ 0" keeps the planner off the customer index (a scan of the whole
    # ledger in customer order) and on the applied_on one.
    customer = LedgerEntry.customer + 0
    return (
        LedgerEntry.select(customer, fn.SUM(LedgerEntry.amount_fen - used))
        .join(
            Rev,
            JOIN.LEFT_OUTER,
            on=((Rev.reverses == LedgerEntry.id) & (Rev.entry_date <= as_of)),
        )
        .where(
            LedgerEntry.kind.in_(CREDIT_KINDS)
            & (LedgerEntry.entry_date <= as_of)
            & (LedgerEntry.applied_on.is_null() | (LedgerEntry.applied_on > as_of))
            & Rev.id.is_null()
        )
        .group_by(customer)
    )


def _customer_info(ids: Iterable[int]) -> list[tuple[int, str, str, str, str]]:
    ids = sorted(set(ids))
    out: list[tuple[int, str, str, str, str]] = []
    for start in range(0, len(ids), 900):  # under SQLite's parameter limit
        chunk = ids[start : start + 900]
        marks = ", ".join("?" * len(chunk))
        out.extend(
            DB.execute_sql(
                'SELECT id, number, name, salesperson, currency FROM "customer" '
                f"WHERE id IN ({marks})",
                chunk,
            ).fetchall()
        )
    return out


def _row(
    info: tuple[int, str, str, str, str],
    opened: tuple[list[int], dict[str, int]] | None,
    credit: int,
) -> AgeingRow:
    cid, number, name, salesperson, currency = info
    row = AgeingRow(cid, number, name, salesperson, currency, credit_fen=credit)
    if opened is not None:
        row.buckets = list(opened[0])
        row.classes = dict(opened[1])
    return row


def _totals(rows: list[AgeingRow]) -> dict[str, AgeingTotals]:
    totals: dict[str, AgeingTotals] = {}
    for row in rows:
        t = totals.setdefault(row.currency, AgeingTotals(row.currency))
        t.customers += 1
        for i, fen in enumerate(row.buckets):
            t.buckets[i] += fen
        for key, fen in row.classes.items():
            t.classes[key] = t.classes.get(key, 0) + fen
        t.credit_fen += row.credit_fen
    return totals
