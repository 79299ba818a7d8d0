"""Writing and re-keying many customers at once: the bulk tools shared by the
demo filler (``app.demo``) and the consistency checks (``app.checks``).

``iter_customer_batches`` reads all customers in id order, a batch at a time,
each as its row and the card ``app.customers.load_customer`` would give
(``card_from_columns``), without a query per customer. ``BulkWriter`` inserts
many rows of one model with ``executemany``.

``BulkKeys`` computes the search and sort keys ``app.customers`` writes for
many customers quickly: names repeat (张伟, 有限公司 ...) and pinyin is the
costly part, so name-level results are memoised and, for large files,
computed ahead in worker processes (``prefetch``, ``default_workers``); it
checks itself against ``app.customers.search_key_for`` on a sample and falls
back to it on any disagreement. ``rebuild_search_keys`` rewrites stored search
keys with ``search_key_for`` itself.
"""

from __future__ import annotations

import os
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import fields
from datetime import date, datetime
from functools import lru_cache
from operator import itemgetter
from typing import Any

from peewee import AutoField, BooleanField, DateField, DateTimeField

from app import search_keys
from app.customers import daily_rate_from_ppm, fee_levels_from_fen, search_key_for
from app.db import DB
from app.models import BaseModel, Contact, Customer, Membership, SearchKey
from app.money import from_fen
from app.records import Birthday, ContactData, CustomerData
from app.worker_processes import spawn_pool, start_worker

#: Customers read per batch by ``iter_customer_batches``.
BATCH_SIZE = 1000

# Card fields stored one-to-one in Customer columns (as app.customers loads them).
_PLAIN_FIELDS = [
    f.name
    for f in fields(CustomerData)
    if f.name in Customer._meta.fields
    # late_fee_per_level: the card holds amounts, the column fen.
    and f.name not in {"id", "number", "version", "archived", "late_fee_per_level"}
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
    ppm = columns["late_fee_daily_ppm"]
    data.late_fee_daily_rate = None if ppm is None else daily_rate_from_ppm(ppm)
    data.late_fee_per_level = fee_levels_from_fen(columns["late_fee_per_level"])
    data.id = columns.get("id")
    data.version = columns.get("version")
    data.archived = bool(columns.get("archived"))
    data.contacts = [
        ContactData(
            id=c.get("id"),
            name=c["name"],
            title=c["title"],
            gender=c["gender"],
            salutation=c.get("salutation", ""),
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

    def params(self, row: Mapping[str, Any], *, complete: bool = True) -> Sequence[Any]:
        """The INSERT's parameters for one row; ``complete=False`` when it
        already has every column."""
        values = self._getter(self.complete(row) if complete else row)
        if self._convert:
            values = list(values)
            for index, convert in self._convert:
                if values[index] is not None:
                    values[index] = convert(values[index])
        return values

    def params_of(
        self, rows: Iterable[Mapping[str, Any]], *, complete: bool = True
    ) -> list[Sequence[Any]]:
        return [self.params(row, complete=complete) for row in rows]

    def execute(self, params: Sequence[Sequence[Any]]) -> int:
        """Insert rows given as their parameters (``params``)."""
        if params:
            DB.cursor().executemany(self.sql, params)
        return len(params)

    def insert(self, rows: Iterable[Mapping[str, Any]], *, complete: bool = True) -> int:
        """Insert *rows*; ``complete=False`` when every row already has every column."""
        return self.execute(self.params_of(rows, complete=complete))


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
    start_worker()  # Ctrl-C left to the parent; ends with it
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
                self._pool = spawn_pool(self.workers, _worker_init)
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
