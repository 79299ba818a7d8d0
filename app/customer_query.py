"""Finding customers: the one search the list, the command line and later
batch jobs share. Filtering, sorting and paging happen in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from peewee import JOIN, SQL, NodeList, fn

from app.models import Customer, Membership, SearchKey
from app.search_keys import like_pattern, query_terms

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


#: Up to this many matches a search is "sparse": their ids are collected in
#: one scan and sorted directly; beyond it, walking the name index is cheaper.
SPARSE_LIMIT = 2000


def _own_prefix(term: str) -> Any:
    """The customer's own name starts with *term*: its pinyin (sort_key) or its
    initials. Both are index range scans, portable SQL."""
    high = term + "\U0010ffff"
    return ((Customer.sort_key >= term) & (Customer.sort_key < high)) | (
        (Customer.initials >= term) & (Customer.initials < high)
    )


def _with_terms(query: Any, terms: list[str]) -> Any:
    for term in terms:
        query = query.where(_like(SearchKey.text, like_pattern(term)))
    return query


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
    ids = _search_ids(flt, terms, order, offset, limit)
    if not ids:
        return []
    found = Customer.select(*_ROW_FIELDS).where(Customer.id.in_(ids)).tuples()
    rows = {r[0]: _row(r) for r in found}
    return [rows[cid] for cid in ids if cid in rows]


def _search_ids(
    flt: CustomerFilter, terms: list[str], order: list[Any], offset: int, limit: int
) -> list[int]:
    """The ids of one page of a search, best matches first.

    Customers whose own name, pinyin or initials start with the first term
    ("zs" -> 张三) come first; they are found through indexes, and for a short
    term they usually fill the first page by themselves, so that typing never
    waits for a scan of every key. The other matches follow in the requested
    order, found by the cheaper of two plans (see SPARSE_LIMIT)."""
    own = _own_prefix(terms[0])
    head_query = _apply_filter(
        _with_terms(
            Customer.select(Customer.id).join(SearchKey, on=(SearchKey.customer == Customer.id)),
            terms,
        ).where(own),
        flt,
    )
    if offset == 0:
        head = [cid for (cid,) in head_query.order_by(*order).limit(limit).tuples()]
        if len(head) == limit:
            return head
        own_count = len(head)
    else:
        own_count = head_query.count()
        head = (
            [cid for (cid,) in head_query.order_by(*order).offset(offset).limit(limit).tuples()]
            if offset < own_count
            else []
        )
    need = limit - len(head)
    if need <= 0:
        return head
    rest_offset = max(0, offset - own_count)
    candidates = [
        cid
        for (cid,) in _with_terms(SearchKey.select(SearchKey.customer), terms)
        .limit(SPARSE_LIMIT + 1)
        .tuples()
    ]
    if len(candidates) <= SPARSE_LIMIT:
        rest_query = Customer.select(Customer.id).where(Customer.id.in_(candidates))
    else:
        rest_query = _with_terms(
            Customer.select(Customer.id).join(SearchKey, on=(SearchKey.customer == Customer.id)),
            terms,
        )
    rest_query = _apply_filter(rest_query.where(~own), flt)
    rest = [cid for (cid,) in rest_query.order_by(*order).offset(rest_offset).limit(need).tuples()]
    return head + rest


def _row(values: tuple[Any, ...]) -> CustomerRow:
    return CustomerRow(*values[:-1], bool(values[-1]))  # type: ignore[call-arg]
