"""Writing the new customers of an import in bulk, inside the caller's
transaction, exactly as ``app.customers.save_customer`` stores a card: the
same columns, numbers, sort key, initials and search key.

Ids and numbers are given out before a batch is written, so the rows of the
next batch - its pinyin keys the costly part - are made by worker processes
(``KeyMaker``, ``rows_of``) while this process inserts the batch before it.
The workers call the very functions ``save_customer`` calls
(``search_keys.sort_key``, ``search_keys.initials``,
``customers.search_key_for``): no shortcut to check. The audit trail records
each batch in one statement (``app.audit.created_in_bulk``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack
from datetime import datetime
from operator import attrgetter
from typing import Any

from peewee import fn

from app import audit, search_keys
from app.bulk import BulkWriter
from app.customers import (
    _PLAIN_FIELDS,
    NUMBER_PREFIX,
    _birthday_columns,
    daily_rate_to_ppm,
    fee_levels_to_fen,
    search_key_for,
)
from app.import_plan import PlannedRow
from app.models import Contact, Customer, Membership, SearchKey
from app.money import to_fen
from app.records import ContactData, CustomerData
from app.worker_processes import shared_pool

#: New customers written per batch (the keys of the next batch are computed
#: by the worker processes meanwhile).
CHUNK = 5000

#: The tables written here whose new rows the audit trail records (in bulk:
#: ``audit.created_in_bulk``).
_RECORDED = ("customer", "contact", "membership")

#: One new customer to store: its id, number, the time of the write (as
#: stored) and the card.
NewCard = tuple[int, str, str, CustomerData]
#: What is stored for it: the parameters of the customer's INSERT, those of
#: its contact persons' and its search key.
NewRows = tuple[Sequence[Any], list[Sequence[Any]], str]


def rows_of(cards: Sequence[NewCard]) -> list[NewRows]:
    """The rows ``save_customer`` would store for each new card (the costly
    part: pinyin keys), built where they are computed - by a worker process
    for a large import - so that the writing process only inserts them."""
    customers, contacts = _writers()
    out = []
    for cid, number, now, card in cards:
        values = card_columns(card)
        values.update(
            id=cid,
            number=number,
            sort_key=search_keys.sort_key(card.name),
            initials=search_keys.initials(card.name),
            archived=card.archived,
            archived_at=now if card.archived else None,
            created_at=now,
            updated_at=now,
            version=1,
        )
        # The search key holds the number: the card's own is not set yet.
        search = search_key_for(_with_number(card, number))
        people = [contact_columns(cid, n, c) for n, c in enumerate(card.contacts)]
        out.append((customers.params(values, complete=False), contacts.params_of(people), search))
    return out


def _with_number(card: CustomerData, number: str) -> CustomerData:
    if card.number == number:
        return card
    copy = object.__new__(CustomerData)
    copy.__dict__.update(card.__dict__, number=number)
    return copy


_WRITERS: list[tuple[BulkWriter, BulkWriter]] = []


def _writers() -> tuple[BulkWriter, BulkWriter]:
    # Made once per process (they read the models' fields).
    if not _WRITERS:
        _WRITERS.append((BulkWriter(Customer), BulkWriter(Contact)))
    return _WRITERS[0]


class KeyMaker:
    """``rows_of`` batches, by *workers* processes when more than 0 (any
    failure of theirs: the batch is done in this process, nothing is lost).
    Use it as a context manager so that the workers stop."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None
        self._stack = ExitStack()
        self._futures: list[Future[list[NewRows]]] = []

    def __enter__(self) -> KeyMaker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        for future in self._futures:
            future.cancel()  # those not started (a cancel, an error)
        self._futures = []
        self._pool = None
        self._stack.close()

    def submit(self, cards: list[NewCard]) -> Callable[[], list[NewRows]]:
        """Start on *cards*; the returned function gives their rows."""
        futures: list[Future[list[NewRows]]] = []
        if self.workers:
            try:
                if self._pool is None:
                    self._pool = self._stack.enter_context(shared_pool(self.workers))
                step = -(-len(cards) // self.workers)
                futures = [
                    self._pool.submit(rows_of, cards[i : i + step])
                    for i in range(0, len(cards), step)
                ]
                self._futures = [f for f in self._futures if not f.done()] + futures
            except (BrokenProcessPool, OSError, RuntimeError):
                self.workers = 0
                self.close()
                futures = []

        def result() -> list[NewRows]:
            if futures:
                try:
                    return [rows for future in futures for rows in future.result()]
                except (BrokenProcessPool, OSError):
                    self.workers = 0
                    self.close()
            return rows_of(cards)

        return result


_PLAIN_VALUES = attrgetter(*_PLAIN_FIELDS)


def card_columns(data: CustomerData) -> dict[str, object]:
    """``app.customers._columns`` without the sort key and initials."""
    values: dict[str, object] = dict(zip(_PLAIN_FIELDS, _PLAIN_VALUES(data), strict=True))
    values.update(_birthday_columns(data.birthday))
    values["credit_limit_fen"] = None if data.credit_limit is None else to_fen(data.credit_limit)
    rate = data.late_fee_daily_rate
    values["late_fee_daily_ppm"] = None if rate is None else daily_rate_to_ppm(rate)
    values["late_fee_per_level"] = fee_levels_to_fen(data.late_fee_per_level)
    return values


def contact_columns(customer_id: int, position: int, c: ContactData) -> dict[str, object]:
    return {
        "customer": customer_id,
        "position": position,
        "name": c.name,
        "title": c.title,
        "gender": c.gender,
        "salutation": c.salutation,
        "roles": ",".join(c.roles),
        "mobile": c.mobile,
        "phone": c.phone,
        "email": c.email,
        "wechat": c.wechat,
        "notes": c.notes,
        **_birthday_columns(c.birthday),
    }


class Creator:
    """Writes new customers in bulk inside the caller's transaction.
    *group_ids(row)* gives the groups a row's customer joins."""

    def __init__(self, keys: KeyMaker, group_ids: Callable[[PlannedRow], list[int]]) -> None:
        self.keys = keys
        self.group_ids = group_ids
        self.customers, self.contacts = _writers()
        self.search = BulkWriter(SearchKey)
        self.members = BulkWriter(Membership)
        self.next_id = (Customer.select(fn.MAX(Customer.id)).scalar() or 0) + 1
        self.taken = {n for (n,) in Customer.select(Customer.number).tuples()}

    def write(self, rows: list[PlannedRow], tick: Callable[[int], None]) -> list[int]:
        # Numbers typed in the file are kept; automatic ones must not take them.
        self.taken.update(r.card.number for r in rows if r.card.number)
        ids: list[int] = []
        if not rows:
            return ids
        pending = None
        with audit.created_in_bulk(*_RECORDED) as trail:
            for start in range(0, len(rows), CHUNK):
                chunk = rows[start : start + CHUNK]
                # As the text sqlite3 would store for the datetime.
                now = datetime.now().replace(microsecond=0).isoformat(" ")
                cards: list[NewCard] = []
                for row in chunk:
                    cid = self.next_id
                    self.next_id += 1
                    cards.append((cid, self._number(row.card, cid), now, row.card))
                made = self.keys.submit(cards)
                if pending is not None:
                    ids += self._write(trail, *pending)
                    tick(len(pending[0]))
                pending = (chunk, [cid for cid, *_rest in cards], made)
            if pending is not None:
                ids += self._write(trail, *pending)
                tick(len(pending[0]))
        return ids

    def _number(self, card: CustomerData, cid: int) -> str:
        if card.number:
            return card.number
        # As app.customers._free_number: C and the id, or the next free one.
        n = cid
        while f"{NUMBER_PREFIX}{n:06d}" in self.taken:
            n += 1
        number = f"{NUMBER_PREFIX}{n:06d}"
        self.taken.add(number)
        return number

    def _write(
        self,
        trail: audit.BulkCreation,
        chunk: list[PlannedRow],
        ids: list[int],
        made: Callable[[], list[NewRows]],
    ) -> list[int]:
        customer_rows, contact_rows, key_rows, member_rows = [], [], [], []
        for row, cid, (customer, contacts, search) in zip(chunk, ids, made(), strict=True):
            customer_rows.append(customer)
            contact_rows += contacts
            key_rows.append({"customer": cid, "text": search})
            member_rows += ({"customer": cid, "group": gid} for gid in self.group_ids(row))
        self.customers.execute(customer_rows)
        self.contacts.execute(contact_rows)
        self.search.insert(key_rows, complete=False)
        self.members.insert(member_rows, complete=False)
        if ids:
            span = (ids[0], ids[-1])
            trail.record("customer", 'NEW."id" BETWEEN ? AND ?', span)
            trail.record("contact", 'NEW."customer_id" BETWEEN ? AND ?', span)
            trail.record("membership", 'NEW."customer_id" BETWEEN ? AND ?', span)
        return ids
