"""Consistency checks of a Kehu database, and the bulk tools they share with
bulk writers (the demo filler).

``run_checks`` answers "is this file healthy?": SQLite's own integrity and
foreign-key checks, the schema version, and the invariants ``app.customers``
keeps on every write - one up-to-date search key and sort key per customer,
unique customer numbers, contact persons only on corporate cards, group
memberships pointing at existing rows. Findings name the first few customer
numbers concerned. Large files are read in batches, never all at once.

``BulkKeys`` computes the search and sort keys ``app.customers`` writes for
many customers quickly: names repeat (张伟, 有限公司 ...) and pinyin is the
costly part, so name-level results are memoised; it checks itself against
``app.customers.search_key_for`` on a sample and falls back to it on any
disagreement.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from functools import lru_cache
from multiprocessing import get_context
from operator import itemgetter
from typing import Any

from peewee import JOIN, AutoField, BooleanField, DateField, DateTimeField, fn
from peewee import DatabaseError as PeeweeDatabaseError

from app import search_keys
from app.customers import search_key_for
from app.db import DB, SCHEMA_VERSION, read_schema_version
from app.errors import KehuError
from app.i18n import QT_TRANSLATE_NOOP
from app.models import BaseModel, Contact, Customer, Group, Membership, SearchKey
from app.money import from_fen
from app.records import Birthday, ContactData, CustomerData

#: How many offending customer numbers a finding lists.
MAX_OFFENDERS = 5
BATCH_SIZE = 1000

ProgressCallback = Callable[[int, int], None]


@dataclass(frozen=True)
class CheckResult:
    """The outcome of one check. ``name`` and ``template`` are English, marked
    for translation in the ``app`` context; ``details`` is the filled-in text."""

    name: str
    ok: bool
    details: str
    template: str = ""
    params: dict[str, Any] = field(default_factory=dict)
    offenders: tuple[str, ...] = ()  # customer numbers (or "#id" when the row is gone)


def _result(
    name: str, ok: bool, template: str, offenders: Sequence[str] = (), **params: Any
) -> CheckResult:
    if offenders:
        params.setdefault("first", ", ".join(offenders[:MAX_OFFENDERS]))
    return CheckResult(
        name, ok, template.format(**params), template, params, tuple(offenders[:MAX_OFFENDERS])
    )


# --- reading and writing many customers ---------------------------------------------------

# Card fields stored one-to-one in Customer columns (as app.customers loads them).
_PLAIN_FIELDS = [
    f.name
    for f in fields(CustomerData)
    if f.name in Customer._meta.fields and f.name not in {"id", "number", "version", "archived"}
]


def _birthday(columns: Mapping[str, Any]) -> Birthday | None:
    if (
        not columns["birth_calendar"]
        or columns["birth_month"] is None
        or columns["birth_day"] is None
    ):
        return None
    return Birthday(
        columns["birth_calendar"],
        columns["birth_month"],
        columns["birth_day"],
        columns["birth_year"],
        bool(columns["birth_leap"]),
    )


def card_from_columns(
    columns: Mapping[str, Any],
    contacts: Iterable[Mapping[str, Any]] = (),
    group_ids: Iterable[int] = (),
) -> CustomerData:
    """The ``CustomerData`` that ``app.customers.load_customer`` gives for a
    customer row and its contact rows (ordered by position), without a query."""
    data = CustomerData(**{name: columns[name] for name in _PLAIN_FIELDS})
    data.number = columns["number"]
    data.birthday = _birthday(columns)
    fen = columns["credit_limit_fen"]
    data.credit_limit = None if fen is None else from_fen(fen)
    data.id = columns.get("id")
    data.version = columns.get("version")
    data.archived = bool(columns.get("archived"))
    data.contacts = [
        ContactData(
            id=c.get("id"),
            name=c["name"],
            title=c["title"],
            gender=c["gender"],
            roles=[r for r in c["roles"].split(",") if r],
            mobile=c["mobile"],
            phone=c["phone"],
            email=c["email"],
            wechat=c["wechat"],
            notes=c["notes"],
            birthday=_birthday(c),
        )
        for c in contacts
    ]
    data.group_ids = set(group_ids)
    return data


def _dicts(query: Any) -> list[dict[str, Any]]:
    """Rows of a whole-model select as dicts keyed by field name, with the
    values peewee would give (``.dicts()`` measured five times slower)."""
    model = query.model
    sql, params = query.sql()
    cursor = DB.execute_sql(sql, params)
    fields_by_column = {f.column_name: f for f in model._meta.sorted_fields}
    selected = [fields_by_column[d[0]] for d in cursor.description]
    names = [f.name for f in selected]
    convert = [
        (f.name, f.python_value)
        for f in selected
        if isinstance(f, DateField | DateTimeField | BooleanField)
    ]
    rows = [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]
    for row in rows:
        for name, python_value in convert:
            row[name] = python_value(row[name])
    return rows


def iter_customer_batches(
    batch_size: int = BATCH_SIZE, *, first_id: int | None = None, last_id: int | None = None
) -> Iterator[list[tuple[dict[str, Any], CustomerData]]]:
    """All customers in id order, a batch at a time: (row as a dict, card)."""
    after = (first_id - 1) if first_id is not None else 0
    while True:
        query = Customer.select().where(Customer.id > after)
        if last_id is not None:
            query = query.where(Customer.id <= last_id)
        rows = _dicts(query.order_by(Customer.id).limit(batch_size))
        if not rows:
            return
        ids = [r["id"] for r in rows]
        contacts: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for c in _dicts(
            Contact.select()
            .where(Contact.customer.in_(ids))
            .order_by(Contact.customer, Contact.position, Contact.id)
        ):
            contacts[c["customer"]].append(c)
        groups: dict[int, list[int]] = defaultdict(list)
        for cid, gid in (
            Membership.select(Membership.customer, Membership.group)
            .where(Membership.customer.in_(ids))
            .tuples()
        ):
            groups[cid].append(gid)
        yield [(r, card_from_columns(r, contacts[r["id"]], groups[r["id"]])) for r in rows]
        after = ids[-1]


class BulkWriter:
    """Inserts many rows of one model with ``executemany`` in the current
    transaction. peewee's ``insert_many`` builds each statement in Python and
    measured seven times slower for 100,000 customers.

    Rows are dicts keyed by field name (``customer`` for a foreign key) holding
    Python values; missing columns get the model's defaults."""

    def __init__(self, model: type[BaseModel]) -> None:
        self.model = model
        self.fields = [
            f
            for f in model._meta.sorted_fields
            # An AutoField is given only when the caller assigns ids itself.
            if not isinstance(f, AutoField) or model is Customer
        ]
        self.defaults: dict[str, Any] = {}
        for f in self.fields:
            if f.default is not None:
                self.defaults[f.name] = f.default() if callable(f.default) else f.default
            elif f.null:
                self.defaults[f.name] = None
        self._getter = itemgetter(*(f.name for f in self.fields))
        self._convert = [
            (i, _to_sql(f)) for i, f in enumerate(self.fields) if _to_sql(f) is not None
        ]
        columns = ", ".join(f'"{f.column_name}"' for f in self.fields)
        marks = ", ".join("?" for _ in self.fields)
        self.sql = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})'

    def complete(self, row: Mapping[str, Any]) -> dict[str, Any]:
        """*row* with the defaults of the columns it does not give."""
        return {**self.defaults, **row}

    def insert(self, rows: Iterable[Mapping[str, Any]], *, complete: bool = True) -> int:
        """Insert *rows*; ``complete=False`` when every row already has every column."""
        params = []
        for row in rows:
            values = self._getter(self.complete(row) if complete else row)
            if self._convert:
                values = list(values)
                for index, convert in self._convert:
                    if values[index] is not None:
                        values[index] = convert(values[index])
            params.append(values)
        if params:
            DB.cursor().executemany(self.sql, params)
        return len(params)


def _to_sql(f: Any) -> Callable[[Any], Any] | None:
    """What sqlite3 would store for peewee's value (its default adapters, made explicit)."""
    if isinstance(f, DateTimeField):
        return lambda v: v.isoformat(" ") if isinstance(v, datetime) else v
    if isinstance(f, DateField):
        return lambda v: v.isoformat() if isinstance(v, date) else v
    if isinstance(f, BooleanField):
        return int
    return None


#: Below this many customers, worker processes cost more than they save.
PARALLEL_THRESHOLD = 10_000
#: Name-level results kept; beyond this the memo starts afresh (memory).
_MEMO_LIMIT = 300_000


def default_workers(customers: int) -> int:
    """Worker processes worth starting for key work on *customers* customers."""
    cpus = os.cpu_count() or 1
    if customers < PARALLEL_THRESHOLD or cpus < 2 or getattr(sys, "frozen", False):
        # A frozen build would need multiprocessing.freeze_support() in main.
        return 0
    return min(cpus, 4)


def _worker_init() -> None:
    # The parent handles Ctrl-C (and cancels); workers must not print tracebacks.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # This process only computes keys, so memoising the pinyin readings that
    # name_keys and sort_key both derive from is safe here (and halves the work).
    # It would not be in the application process, where other code runs.
    readings = getattr(search_keys, "_readings", None)
    if readings is not None:
        search_keys._readings = lru_cache(maxsize=100_000)(readings)  # type: ignore[attr-defined]


def _worker_keys(
    names: list[str], sort_names: list[str]
) -> tuple[list[tuple[str, ...]], list[str]]:
    return (
        [tuple(search_keys.name_keys(n)) for n in names],
        [search_keys.sort_key(n) for n in sort_names],
    )


class Prefetch:
    """Name-level keys being computed by worker processes for a coming batch."""

    def __init__(self, keys: BulkKeys, jobs: list[tuple[list[str], list[str], Future[Any]]]):
        self._keys = keys
        self._jobs = jobs

    def wait(self) -> None:
        """Block until the results are in and add them to the memo."""
        keys, jobs, self._jobs = self._keys, self._jobs, []
        for names, sort_names, future in jobs:
            try:
                name_keys, sort_keys = future.result()
            except (BrokenProcessPool, OSError):
                # A worker died (killed, out of memory, a script without a
                # __main__ guard): carry on in this process; nothing is lost.
                keys.stop_workers()
                continue
            keys._names.update(zip(names, name_keys, strict=True))
            keys._sorts.update(zip(sort_names, sort_keys, strict=True))


class BulkKeys:
    """The search key (``app.customers.search_key_for``) and sort key
    (``app.search_keys.sort_key``) of many customers.

    The search key is assembled like ``search_key_for`` from memoised
    ``name_keys``; the first ``verify_first`` keys and every ``verify_every``-th
    after are compared with ``search_key_for`` itself, and on any difference
    the shortcut is dropped for good (``exact`` turns true). Pinyin is the
    costly part: with ``workers`` the names of a coming batch are converted in
    worker processes (``prefetch``) while this one does other work. Use it as
    a context manager so that the workers stop."""

    def __init__(
        self, *, workers: int = 0, verify_first: int = 200, verify_every: int = 50
    ) -> None:
        self.workers = workers
        self.verify_first = verify_first
        self.verify_every = verify_every
        self.exact = False
        self.fast_results = 0  # keys handed out by the shortcut
        self._calls = 0
        self._names: dict[str, tuple[str, ...]] = {}
        self._sorts: dict[str, str] = {}
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> BulkKeys:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def stop_workers(self) -> None:
        """Compute everything in this process from now on."""
        self.workers = 0
        self.close()

    def prefetch(self, names: Iterable[str], sort_names: Iterable[str] = ()) -> Prefetch:
        """Start converting the names a coming batch needs (no-op without workers)."""
        if not self.workers:
            return Prefetch(self, [])
        if len(self._names) + len(self._sorts) > _MEMO_LIMIT:
            self._names.clear()
            self._sorts.clear()
        todo = [n for n in dict.fromkeys(names) if n and n.strip() and n not in self._names]
        todo_sort = [n for n in dict.fromkeys(sort_names) if n not in self._sorts]
        jobs = []
        try:
            if self._pool is None:
                # spawn, not fork: the caller may be a GUI process with threads.
                self._pool = ProcessPoolExecutor(
                    self.workers, mp_context=get_context("spawn"), initializer=_worker_init
                )
            # One job per worker; a name's keys and sort key go to the same
            # job, where they share the pinyin readings.
            parts: list[tuple[list[str], list[str]]] = [([], []) for _ in range(self.workers)]
            for name in todo:
                parts[hash(name) % self.workers][0].append(name)
            for name in todo_sort:
                parts[hash(name) % self.workers][1].append(name)
            for part, sort_part in parts:
                if part or sort_part:
                    future = self._pool.submit(_worker_keys, part, sort_part)
                    jobs.append((part, sort_part, future))
        except (BrokenProcessPool, OSError, RuntimeError):
            self.stop_workers()
        return Prefetch(self, jobs)

    def sort_key(self, name: str) -> str:
        found = self._sorts.get(name)
        if found is None:
            found = self._sorts[name] = search_keys.sort_key(name)
        return found

    def name_keys(self, name: str) -> tuple[str, ...]:
        found = self._names.get(name)
        if found is None:
            found = self._names[name] = tuple(search_keys.name_keys(name))
        return found

    def search_key(self, data: CustomerData) -> str:
        """``search_key_for(data)``."""
        return self.search_key_of(None, None, data)

    def search_key_of(
        self,
        columns: Mapping[str, Any] | None,
        contacts: Sequence[Mapping[str, Any]] | None,
        data: CustomerData | None = None,
    ) -> str:
        """``search_key_for`` of a customer given as Customer columns and
        contact rows (the card is only built when needed) or as *data*."""
        self._calls += 1
        check = self._calls <= self.verify_first or self._calls % self.verify_every == 0
        if data is None and (self.exact or check):
            assert columns is not None and contacts is not None
            data = card_from_columns(columns, contacts)
        if not self.exact:
            fast = self._fast(columns, contacts, data)
            if not check or (data is not None and fast == search_key_for(data)):
                self.fast_results += 1
                return fast
            self.exact = True
        assert data is not None
        return search_key_for(data)

    def _fast(
        self,
        columns: Mapping[str, Any] | None,
        contacts: Sequence[Mapping[str, Any]] | None,
        data: CustomerData | None,
    ) -> str:
        # Mirrors app.customers.search_key_for and app.search_keys.build_key.
        if data is not None:
            c = data
            people = [(p.name, p.mobile, p.phone) for p in data.contacts]
            main = (c.name, c.short_name, c.number, c.id_number, c.credit_code, c.email)
            more = (c.wechat, c.qq, c.mobile, c.phone)
        else:
            assert columns is not None and contacts is not None
            people = [(p["name"], p["mobile"], p["phone"]) for p in contacts]
            main = _MAIN_COLUMNS(columns)
            more = _MORE_COLUMNS(columns)
        name, short_name, number, id_number, credit_code, email = main
        wechat, qq, mobile, phone = more
        parts: list[str] = []
        for each in [name, short_name] + [p[0] for p in people]:
            if each and each.strip():
                parts.extend(self.name_keys(each))
        rest = search_keys.build_key(
            names=(),
            identifiers=[number, id_number, credit_code, email, wechat, qq],
            phones=[mobile, phone] + [n for p in people for n in p[1:]],
        )
        if rest:
            parts.extend(rest.split(search_keys.SEPARATOR))
        return search_keys.SEPARATOR.join(dict.fromkeys(parts))


_MAIN_COLUMNS = itemgetter("name", "short_name", "number", "id_number", "credit_code", "email")
_MORE_COLUMNS = itemgetter("wechat", "qq", "mobile", "phone")


def rebuild_search_keys(
    *, first_id: int | None = None, last_id: int | None = None, only_stale: bool = True
) -> int:
    """Recompute search keys with ``app.customers.search_key_for`` (no shortcut)
    for the customers in the id range; returns how many rows were written."""
    written = 0
    with DB.atomic():
        for batch in iter_customer_batches(first_id=first_id, last_id=last_id):
            ids = [row["id"] for row, _card in batch]
            stored = dict(
                SearchKey.select(SearchKey.customer, SearchKey.text)
                .where(SearchKey.customer.in_(ids))
                .tuples()
            )
            params = []
            for row, card in batch:
                text = search_key_for(card)
                if not only_stale or stored.get(row["id"]) != text:
                    params.append((row["id"], text))
            if params:
                DB.cursor().executemany(
                    'INSERT OR REPLACE INTO "search_key" ("customer_id", "text") VALUES (?, ?)',
                    params,
                )
            written += len(params)
    return written


# --- the checks ----------------------------------------------------------------------------

N_INTEGRITY = QT_TRANSLATE_NOOP("app", "Database file integrity")
N_FOREIGN_KEYS = QT_TRANSLATE_NOOP("app", "References between tables")
N_SCHEMA = QT_TRANSLATE_NOOP("app", "Schema version")
N_NUMBERS = QT_TRANSLATE_NOOP("app", "Customer numbers")
N_SEARCH_KEYS = QT_TRANSLATE_NOOP("app", "Search keys")
N_SORT_KEYS = QT_TRANSLATE_NOOP("app", "Sort keys")
N_CONTACTS = QT_TRANSLATE_NOOP("app", "Contact persons")
N_MEMBERSHIPS = QT_TRANSLATE_NOOP("app", "Group memberships")
_ALL_NAMES = (
    N_INTEGRITY,
    N_FOREIGN_KEYS,
    N_SCHEMA,
    N_NUMBERS,
    N_CONTACTS,
    N_MEMBERSHIPS,
    N_SEARCH_KEYS,
    N_SORT_KEYS,
)


def run_checks(
    progress: ProgressCallback | None = None, *, workers: int | None = None
) -> list[CheckResult]:
    """Run every check on the open database, in one read transaction so all
    of them see the same state. *progress(done, total)* follows the customer
    pass, the long part on a large file; *workers* as for ``BulkKeys``
    (default: by size and CPU count)."""
    results: list[CheckResult] = []
    try:
        with DB.atomic():
            for name, check in (
                (N_INTEGRITY, _check_integrity),
                (N_FOREIGN_KEYS, _check_foreign_keys),
                (N_SCHEMA, _check_schema_version),
                (N_NUMBERS, _check_numbers),
                (N_CONTACTS, _check_contacts),
                (N_MEMBERSHIPS, _check_memberships),
            ):
                results.append(_guarded(name, check))
            try:
                results.extend(_check_keys(progress, workers))
            except (PeeweeDatabaseError, sqlite3.DatabaseError) as exc:
                for name in (N_SEARCH_KEYS, N_SORT_KEYS):
                    results.append(_could_not_run(name, exc))
    except (PeeweeDatabaseError, sqlite3.DatabaseError):
        # Ending the read transaction failed: on a damaged file SQLite may
        # refuse even that. Nothing was written; the findings stand.
        if len(results) < len(_ALL_NAMES):
            raise
    return results


def _guarded(name: str, check: Callable[[str], CheckResult]) -> CheckResult:
    try:
        return check(name)
    except (PeeweeDatabaseError, sqlite3.DatabaseError, KehuError) as exc:
        return _could_not_run(name, exc)


def _could_not_run(name: str, exc: BaseException) -> CheckResult:
    return _result(name, False, QT_TRANSLATE_NOOP("app", "Could not run: {reason}"), reason=exc)


def _numbers_of(customer_ids: Iterable[int]) -> list[str]:
    """Customer numbers for ids, in the given order; "#id" for a missing customer."""
    ids = list(dict.fromkeys(customer_ids))[:MAX_OFFENDERS]
    found = dict(Customer.select(Customer.id, Customer.number).where(Customer.id.in_(ids)).tuples())
    return [found.get(cid) or f"#{cid}" for cid in ids]


def _check_integrity(name: str) -> CheckResult:
    try:
        messages = [row[0] for row in DB.execute_sql("PRAGMA integrity_check").fetchall()]
    except (PeeweeDatabaseError, sqlite3.DatabaseError) as exc:
        # So damaged that SQLite gives up on the check itself.
        messages = [str(exc)]
    if messages == ["ok"]:
        return _result(name, True, QT_TRANSLATE_NOOP("app", "SQLite reports no damage"))
    return _result(
        name,
        False,
        QT_TRANSLATE_NOOP(
            "app", "SQLite reports damage: {example} ({count} in all). Restore a backup."
        ),
        count=len(messages),
        example="; ".join(messages[:3]),
    )


# Tables whose rows belong to a customer: how to find the customer from a rowid.
_OWNER_BY_ROWID = {
    Contact._meta.table_name: Contact,
    Membership._meta.table_name: Membership,
    SearchKey._meta.table_name: SearchKey,
}


def _check_foreign_keys(name: str) -> CheckResult:
    rows = DB.execute_sql("PRAGMA foreign_key_check").fetchall()
    if not rows:
        return _result(name, True, QT_TRANSLATE_NOOP("app", "Every reference points at a row"))
    per_table: dict[str, int] = defaultdict(int)
    owners: list[int] = []
    for table, rowid, parent, _fkid in rows:
        per_table[f"{table} → {parent}"] += 1
        model = _OWNER_BY_ROWID.get(table)
        if model is not None and rowid is not None and len(owners) < MAX_OFFENDERS:
            cursor = DB.execute_sql(
                f'SELECT "customer_id" FROM "{table}" WHERE rowid = ?', (rowid,)
            )
            found = cursor.fetchone()
            if found is not None:
                owners.append(found[0])
    return _result(
        name,
        False,
        QT_TRANSLATE_NOOP("app", "{count} references point at missing rows ({tables})"),
        _numbers_of(owners),
        count=len(rows),
        tables=", ".join(f"{t}: {n}" for t, n in sorted(per_table.items())),
    )


def _check_schema_version(name: str) -> CheckResult:
    found = read_schema_version()
    if found == SCHEMA_VERSION:
        return _result(
            name, True, QT_TRANSLATE_NOOP("app", "Schema {version}, as expected"), version=found
        )
    return _result(
        name,
        False,
        QT_TRANSLATE_NOOP("app", "The file says schema {found}; this program writes {known}"),
        found=found,
        known=SCHEMA_VERSION,
    )


def _check_numbers(name: str) -> CheckResult:
    empty = [
        cid
        for (cid,) in Customer.select(Customer.id)
        .where(fn.TRIM(Customer.number) == "")
        .limit(MAX_OFFENDERS)
        .tuples()
    ]
    empty_count = Customer.select().where(fn.TRIM(Customer.number) == "").count()
    duplicates = [
        number
        for (number,) in Customer.select(Customer.number)
        .group_by(Customer.number)
        .having(fn.COUNT(Customer.id) > 1)
        .tuples()
    ]
    if not empty_count and not duplicates:
        return _result(name, True, QT_TRANSLATE_NOOP("app", "Every customer has its own number"))
    return _result(
        name,
        False,
        QT_TRANSLATE_NOOP(
            "app", "{empty} customers without a number, {duplicates} numbers used twice: {first}"
        ),
        [f"#{cid}" for cid in empty] + duplicates,
        empty=empty_count,
        duplicates=len(duplicates),
    )


def _check_contacts(name: str) -> CheckResult:
    query = (
        Contact.select(Contact.customer)
        .join(Customer, on=(Contact.customer == Customer.id))
        .where(Customer.kind != "corporate")
        .distinct()
    )
    owners = [cid for (cid,) in query.tuples()]
    if not owners:
        return _result(
            name, True, QT_TRANSLATE_NOOP("app", "Only corporate customers have contact persons")
        )
    return _result(
        name,
        False,
        QT_TRANSLATE_NOOP(
            "app", "{count} customers that are not corporate have contact persons: {first}"
        ),
        _numbers_of(owners),
        count=len(owners),
    )


def _check_memberships(name: str) -> CheckResult:
    query = (
        Membership.select(Membership.customer, Customer.id, Group.id)
        .join(Customer, JOIN.LEFT_OUTER, on=(Membership.customer == Customer.id))
        .switch(Membership)
        .join(Group, JOIN.LEFT_OUTER, on=(Membership.group == Group.id))
        .where(Customer.id.is_null() | Group.id.is_null())
    )
    broken = list(query.tuples())
    if not broken:
        return _result(
            name, True, QT_TRANSLATE_NOOP("app", "Every membership joins a customer and a group")
        )
    no_customer = sum(1 for _cid, customer, _group in broken if customer is None)
    return _result(
        name,
        False,
        QT_TRANSLATE_NOOP(
            "app",
            "{count} memberships point at a missing customer ({customers}) "
            "or a missing group ({groups}): {first}",
        ),
        _numbers_of(cid for cid, _customer, _group in broken),
        count=len(broken),
        customers=no_customer,
        groups=len(broken) - no_customer,
    )


class _Tally:
    """A count of offending customers and the first few of their numbers."""

    def __init__(self) -> None:
        self.count = 0
        self.first: list[str] = []

    def add(self, row: Mapping[str, Any]) -> None:
        self.count += 1
        if len(self.first) < MAX_OFFENDERS:
            self.first.append(row["number"] or f"#{row['id']}")


def _check_keys(progress: ProgressCallback | None, workers: int | None) -> list[CheckResult]:
    """One pass over all customers for both the search and the sort keys,
    batch by batch; the pinyin of batch k+1 is computed by worker processes
    while batch k is compared here."""
    total = Customer.select().count()
    missing, stale, wrong_sort = _Tally(), _Tally(), _Tally()
    done = 0
    if workers is None:
        workers = default_workers(total)
    with BulkKeys(workers=workers) as keys:
        pending: tuple[list[tuple[dict[str, Any], CustomerData]], Prefetch] | None = None
        for batch in [*iter_customer_batches(), None]:
            if batch is not None:
                names = [n for _row, card in batch for n in _names_of(card)]
                fetching = keys.prefetch(names, [row["name"] for row, _card in batch])
            if pending is not None:
                previous, prefetched = pending
                prefetched.wait()
                _compare_keys(keys, previous, missing, stale, wrong_sort)
                done += len(previous)
                if progress:
                    progress(done, total)
            pending = (batch, fetching) if batch is not None else None
    orphan_ids = [
        cid
        for (cid,) in SearchKey.select(SearchKey.customer)
        .join(Customer, JOIN.LEFT_OUTER, on=(SearchKey.customer == Customer.id))
        .where(Customer.id.is_null())
        .tuples()
    ]
    if not missing.count and not stale.count and not orphan_ids:
        search = _result(
            N_SEARCH_KEYS,
            True,
            QT_TRANSLATE_NOOP("app", "{count} customers, each with one up-to-date search key"),
            count=total,
        )
    else:
        search = _result(
            N_SEARCH_KEYS,
            False,
            QT_TRANSLATE_NOOP(
                "app",
                "{missing} customers without a search key, {stale} with an out-of-date one, "
                "{orphans} keys of customers that no longer exist: {first}",
            ),
            (missing.first + stale.first + [f"#{cid}" for cid in orphan_ids])[:MAX_OFFENDERS],
            missing=missing.count,
            stale=stale.count,
            orphans=len(orphan_ids),
        )
    if not wrong_sort.count:
        sort = _result(
            N_SORT_KEYS, True, QT_TRANSLATE_NOOP("app", "Every sort key matches the name")
        )
    else:
        sort = _result(
            N_SORT_KEYS,
            False,
            QT_TRANSLATE_NOOP(
                "app", "{count} customers have a sort key that does not match the name: {first}"
            ),
            wrong_sort.first,
            count=wrong_sort.count,
        )
    return [search, sort]


def _names_of(card: CustomerData) -> list[str]:
    return [card.name, card.short_name, *(c.name for c in card.contacts)]


def _compare_keys(
    keys: BulkKeys,
    batch: list[tuple[dict[str, Any], CustomerData]],
    missing: _Tally,
    stale: _Tally,
    wrong_sort: _Tally,
) -> None:
    stored: dict[int, list[str]] = defaultdict(list)
    ids = [row["id"] for row, _card in batch]
    for cid, text in (
        SearchKey.select(SearchKey.customer, SearchKey.text)
        .where(SearchKey.customer.in_(ids))
        .tuples()
    ):
        stored[cid].append(text)
    for row, card in batch:
        texts = stored.get(row["id"], [])
        if not texts:
            missing.add(row)
        elif len(texts) > 1:
            stale.add(row)
        elif texts[0] != keys.search_key(card):
            # Never call a key stale on the shortcut's word alone.
            if texts[0] != search_key_for(card):
                stale.add(row)
            else:
                keys.exact = True
        if row["sort_key"] != keys.sort_key(row["name"]) or row.get(
            "initials", ""
        ) != search_keys.initials(row["name"]):
            wrong_sort.add(row)
