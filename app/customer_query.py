"""Finding customers: the one search the list, the command line and later
batch jobs share. Filtering, sorting and paging happen in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from peewee import JOIN, SQL, Case, NodeList, fn

from app.models import Customer, Membership, SearchKey
from app.search_keys import SEPARATOR, like_pattern, query_terms

ACTIVE, ARCHIVED, ALL = "active", "archived", "all"
#: ``group_id`` value that selects customers in no group.
UNGROUPED = -1


@dataclass(frozen=True)
class CustomerFilter:
    text: str = ""
    kind: str = ""  # "" = both
    tier: str = ""  # "" = all
    status: str = ACTIVE
    group_id: int | None = None  # None = all; UNGROUPED = in no group
    salesperson: str = ""


@dataclass(frozen=True)
class CustomerRow:
    """What a list row shows."""

    id: int
    number: str
    name: str
    short_name: str
    kind: str
    tier: str
    mobile: str
    phone: str
    salesperson: str
    address: str
    archived: bool

    @property
    def main_phone(self) -> str:
        return self.mobile or self.phone


#: Sortable columns: key -> (expression,) tie-broken by id.
SORT_COLUMNS: dict[str, Any] = {
    "number": Customer.number,
    "name": Customer.sort_key,
    "kind": Customer.kind,
    "tier": Customer.tier,
    "phone": Customer.mobile,
    "salesperson": Customer.salesperson,
    "address": Customer.address,
}

_ROW_FIELDS = [
    Customer.id,
    Customer.number,
    Customer.name,
    Customer.short_name,
    Customer.kind,
    Customer.tier,
    Customer.mobile,
    Customer.phone,
    Customer.salesperson,
    Customer.address,
    Customer.archived,
]


def _base_query(flt: CustomerFilter, *fields: Any) -> Any:
    """SELECT *fields* of the customers matching *flt*.

    With search text the narrow search-key table is scanned first and each
    match looked up in ``customer`` (a CROSS JOIN tells SQLite to keep that
    order; other databases treat it as the plain join it is). Left to itself
    SQLite would walk the name index and probe the key of every customer,
    which is 10x slower for a rare term."""
    terms = query_terms(flt.text)
    if terms:
        query = (
            SearchKey.select(*fields)
            .join(Customer, JOIN.CROSS)
            .where(Customer.id == SearchKey.customer)
        )
        for term in terms:
            query = query.where(_like(SearchKey.text, like_pattern(term)))
    else:
        query = Customer.select(*fields)
    return _apply_filter(query, flt)


def _apply_filter(query: Any, flt: CustomerFilter) -> Any:
    if flt.status == ACTIVE:
        query = query.where(Customer.archived == False)  # noqa: E712 - SQL
    elif flt.status == ARCHIVED:
        query = query.where(Customer.archived == True)  # noqa: E712 - SQL
    if flt.kind:
        query = query.where(Customer.kind == flt.kind)
    if flt.tier:
        query = query.where(Customer.tier == flt.tier)
    if flt.salesperson:
        query = query.where(Customer.salesperson == flt.salesperson)
    if flt.group_id == UNGROUPED:
        query = query.where(~Customer.id.in_(Membership.select(Membership.customer)))
    elif flt.group_id is not None:
        query = query.where(
            Customer.id.in_(
                Membership.select(Membership.customer).where(Membership.group == flt.group_id)
            )
        )
    return query


def _like(column: Any, pattern: str) -> Any:
    return NodeList((column, SQL("LIKE"), pattern, SQL("ESCAPE '\\'")))


def _relevance(term: str) -> Any:
    """How well a customer matches the first search term, best first:

    0. the customer's own name, its pinyin or its initials start with the term
       ("zs" -> 张三, "zhang" -> 张伟);
    1. some other part of the search key starts with it (a contact's name, a
       phone number, the short name);
    2. the term is only somewhere inside.
    """
    prefix = like_pattern(term)[1:]  # without the leading %
    own_name = _like(Customer.sort_key, prefix) | _like(Customer.sort_key, "% " + prefix)
    any_part = _like(SearchKey.text, prefix) | _like(SearchKey.text, "%" + SEPARATOR + prefix)
    return Case(None, [(own_name, 0), (any_part, 1)], 2)


def count_customers(flt: CustomerFilter) -> int:
    return int(_base_query(flt, fn.COUNT(Customer.id)).scalar() or 0)


def find_customers(
    flt: CustomerFilter,
    *,
    sort: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
) -> list[CustomerRow]:
    """One page of matching customers in the requested order.

    While searching, customers with a name, pinyin or number *starting* with
    the first term come first ("zs" puts 张三 before 深圳市…, whose initials
    merely contain "zs"); the requested order applies within each rank."""
    column = SORT_COLUMNS.get(sort, Customer.sort_key)
    order = [column.desc() if descending else column.asc(), Customer.id]
    terms = query_terms(flt.text)
    if not terms:
        query = _base_query(flt, *_ROW_FIELDS).order_by(*order).offset(offset).limit(limit)
        return [_row(r) for r in query.tuples()]
    # Searching: order the matching ids first (narrow rows sort fast), then
    # fetch the page's rows.
    order.insert(0, _relevance(terms[0]))
    ids = [
        cid
        for (cid,) in _base_query(flt, Customer.id)
        .order_by(*order)
        .offset(offset)
        .limit(limit)
        .tuples()
    ]
    if not ids:
        return []
    rows = {
        r[0]: _row(r) for r in Customer.select(*_ROW_FIELDS).where(Customer.id.in_(ids)).tuples()
    }
    return [rows[cid] for cid in ids if cid in rows]


def _row(values: tuple[Any, ...]) -> CustomerRow:
    return CustomerRow(*values[:-1], bool(values[-1]))  # type: ignore[call-arg]
