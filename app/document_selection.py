"""Which customers a batch of documents goes to: a group, a salesperson, the
worst class of their overdue debts, a minimum overdue amount and age - the
same words as the workbench and the ageing report.

Amounts are compared in each customer's own currency (nothing is converted).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from peewee import fn

from app.collection_support import chunks
from app.db import DB
from app.errors import NotFoundError
from app.groups import group_by_name, list_groups
from app.i18n import QT_TRANSLATE_NOOP
from app.models import Customer, LedgerEntry, Membership
from app.workbench import CLASS_ORDER, overdue_by_customer


@dataclass(frozen=True)
class DocumentFilter:
    """A selection of customers. Empty fields do not restrict."""

    customer_ids: tuple[int, ...] | None = None
    group_id: int | None = None
    salesperson: str | None = None
    #: The worst class of the customer's overdue debts ("" = any).
    debt_class: str = ""
    min_overdue_fen: int = 0
    min_overdue_days: int = 0
    include_archived: bool = False

    @property
    def needs_overdue(self) -> bool:
        return bool(self.debt_class or self.min_overdue_fen > 0 or self.min_overdue_days > 0)


def group_id_by_name(name: str) -> int:
    """The id of the group called *name*; a clear error listing the groups
    when there is none."""
    group = group_by_name(name)
    if group is None:
        names = [g.name for g in list_groups(include_archived=True)]
        known = ", ".join(names[:20]) if names else "-"
        raise NotFoundError(
            QT_TRANSLATE_NOOP("app", "There is no group named {name}. Groups: {known}."),
            name=name,
            known=known,
        )
    return group.id


def _in_scope(flt: DocumentFilter) -> list[int]:
    """Customer ids of the group / salesperson / archive scope, by number."""
    query = Customer.select(Customer.id).order_by(Customer.number)
    if flt.group_id is not None:
        query = query.where(
            Customer.id.in_(
                Membership.select(Membership.customer).where(Membership.group == flt.group_id)
            )
        )
    if flt.salesperson is not None:
        query = query.where(Customer.salesperson == flt.salesperson)
    if not flt.include_archived:
        query = query.where(Customer.archived == False)  # noqa: E712
    result = [cid for (cid,) in DB.execute(query).fetchall()]
    if flt.customer_ids is not None:
        wanted = set(flt.customer_ids)
        result = [cid for cid in result if cid in wanted]
    return result


def select_customers(flt: DocumentFilter, *, today: date) -> list[int]:
    """The customers of the filter in customer-number order."""
    ids = _in_scope(flt)
    if not flt.needs_overdue:
        return ids
    wanted = set(ids)
    overdue = overdue_by_customer(today, flt.group_id, flt.salesperson)
    keep = set()
    for cid, overdue_fen, _debts, oldest_due, worst in overdue:
        if cid not in wanted:
            continue
        if overdue_fen < flt.min_overdue_fen:
            continue
        if (today - oldest_due).days < flt.min_overdue_days:
            continue
        if flt.debt_class and CLASS_ORDER[worst] != flt.debt_class:
            continue
        keep.add(cid)
    return [cid for cid in ids if cid in keep]


def with_activity(customer_ids: list[int], *, date_from: date | None, date_to: date) -> list[int]:
    """The customers that have something to show on a statement of the
    period: a balance at its end or an entry in it (order kept)."""
    keep: set[int] = set()
    for chunk in chunks(customer_ids):
        moved = LedgerEntry.select(LedgerEntry.customer).where(
            LedgerEntry.customer.in_(chunk) & (LedgerEntry.entry_date <= date_to)
        )
        if date_from is not None:
            moved = moved.where(LedgerEntry.entry_date >= date_from)
        keep.update(cid for (cid,) in moved.distinct().tuples())
        balances = (
            LedgerEntry.select(LedgerEntry.customer, fn.SUM(LedgerEntry.delta_fen))
            .where(LedgerEntry.customer.in_(chunk) & (LedgerEntry.entry_date <= date_to))
            .group_by(LedgerEntry.customer)
            .tuples()
        )
        keep.update(cid for cid, total in balances if total)
    return [cid for cid in customer_ids if cid in keep]


def resolve_customer(text: str) -> int:
    """The customer meant by *text*: a customer number, an id, an exact name,
    or a search that finds exactly one. Several or no matches give a clear
    error naming them."""
    from app.customer_query import ALL, CustomerFilter, find_customers

    wanted = text.strip()
    if not wanted:
        raise NotFoundError(QT_TRANSLATE_NOOP("app", "Name the customer: a number or a name."))
    row = Customer.get_or_none(fn.LOWER(Customer.number) == wanted.lower())
    if row is None and wanted.isdecimal():
        row = Customer.get_or_none(Customer.id == int(wanted))
    if row is not None:
        return int(row.id)
    exact = list(Customer.select(Customer.id).where(Customer.name == wanted).limit(2))
    if len(exact) == 1:
        return int(exact[0].id)
    found = find_customers(CustomerFilter(text=wanted, status=ALL), limit=6)
    if len(found) == 1:
        return int(found[0].id)
    if not found:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("app", "No customer matches {text}."), text=repr(wanted)
        )
    names = ", ".join(f"{r.number} {r.name}" for r in found[:5])
    raise NotFoundError(
        QT_TRANSLATE_NOOP(
            "app", "Several customers match {text}: {names}. Give the customer number."
        ),
        text=repr(wanted),
        names=names + (", ..." if len(found) > 5 else ""),
    )
