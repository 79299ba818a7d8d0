"""Writing the new customers of an import in bulk, inside the caller's
transaction, exactly as ``app.customers.save_customer`` stores a card: the
same columns, numbers, sort key, initials and search key.

Ids and numbers are given out before a batch is written, so the keys of the
next batch - pinyin, the costly part - are computed by worker processes
(``KeyMaker``) while this process writes the batch before it. The workers call
the very functions ``save_customer`` calls (``search_keys.sort_key``,
``search_keys.initials``, ``customers.search_key_for``): no shortcut to check.
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

#: What the keys of a card depend on: name, short name, number, identifiers,
#: phones and the contact persons' names and phones (``search_key_for``).
KeyFields = tuple[Any, ...]


_KEY_FIELDS = attrgetter(
    "name", "short_name", "id_number", "credit_code", "email", "wechat", "qq", "mobile", "phone"
)
_PERSON_FIELDS = attrgetter("name", "mobile", "phone")


def key_fields(card: CustomerData, number: str) -> KeyFields:
    return (number, *_KEY_FIELDS(card), [_PERSON_FIELDS(c) for c in card.contacts])


def keys_of(cards: Sequence[KeyFields]) -> list[tuple[str, str, str]]:
    """(sort key, initials, search key) of each card, as ``save_customer``
    computes them (run by a worker process for a large import)."""
    out = []
    for number, name, short, id_number, credit, email, wechat, qq, mobile, phone, people in cards:
        card = CustomerData(
            name=name,
            short_name=short,
            number=number,
            id_number=id_number,
            credit_code=credit,
            email=email,
            wechat=wechat,
            qq=qq,
            mobile=mobile,
            phone=phone,
            contacts=[ContactData(name=n, mobile=m, phone=p) for n, m, p in people],
        )
        out.append((search_keys.sort_key(name), search_keys.initials(name), search_key_for(card)))
    return out


class KeyMaker:
    """``keys_of`` batches, by *workers* processes when more than 0 (any
    failure of theirs: the batch is done in this process, nothing is lost).
    Use it as a context manager so that the workers stop."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None
        self._stack = ExitStack()
        self._futures: list[Future[list[tuple[str, str, str]]]] = []

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

    def submit(self, cards: list[KeyFields]) -> Callable[[], list[tuple[str, str, str]]]:
        """Start on *cards*; the returned function gives their keys."""
        futures: list[Future[list[tuple[str, str, str]]]] = []
        if self.workers:
            try:
                if self._pool is None:
                    self._pool = self._stack.enter_context(shared_pool(self.workers))
                step = -(-len(cards) // self.workers)
                futures = [
                    self._pool.submit(keys_of, cards[i : i + step])
                    for i in range(0, len(cards), step)
                ]
                self._futures = [f for f in self._futures if not f.done()] + futures
            except (BrokenProcessPool, OSError, RuntimeError):
                self.workers = 0
                self.close()
                futures = []

        def result() -> list[tuple[str, str, str]]:
            if futures:
                try:
                    return [keys for future in futures for keys in future.result()]
                except (BrokenProcessPool, OSError):
                    self.workers = 0
                    self.close()
            return keys_of(cards)

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
        self.customers = BulkWriter(Customer)
        self.contacts = BulkWriter(Contact)
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
                given = []
                for row in chunk:
                    cid = self.next_id
                    self.next_id += 1
                    given.append((cid, self._number(row.card, cid)))
                keys = self.keys.submit(
                    [key_fields(r.card, n) for r, (_c, n) in zip(chunk, given, strict=True)]
                )
                if pending is not None:
                    ids += self._write(trail, *pending)
                    tick(len(pending[0]))
                pending = (chunk, given, keys)
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
        given: list[tuple[int, str]],
        keys: Callable[[], list[tuple[str, str, str]]],
    ) -> list[int]:
        # As the text sqlite3 would store for the datetime (BulkWriter passes text on).
        now = datetime.now().replace(microsecond=0).isoformat(" ")
        customer_rows, contact_rows, key_rows, member_rows = [], [], [], []
        for row, (cid, number), (sort, initials, search) in zip(chunk, given, keys(), strict=True):
            card = row.card
            values = card_columns(card)
            values.update(
                id=cid,
                number=number,
                sort_key=sort,
                initials=initials,
                archived=card.archived,
                archived_at=now if card.archived else None,
                created_at=now,
                updated_at=now,
                version=1,
            )
            customer_rows.append(values)
            contact_rows += (
                contact_columns(cid, position, c) for position, c in enumerate(card.contacts)
            )
            key_rows.append({"customer": cid, "text": search})
            member_rows += ({"customer": cid, "group": gid} for gid in self.group_ids(row))
        self.customers.insert(customer_rows, complete=False)  # every column is given
        self.contacts.insert(contact_rows)
        self.search.insert(key_rows, complete=False)
        self.members.insert(member_rows, complete=False)
        if given:
            span = (given[0][0], given[-1][0])
            trail.record("customer", 'NEW."id" BETWEEN ? AND ?', span)
            trail.record("contact", 'NEW."customer_id" BETWEEN ? AND ?', span)
            trail.record("membership", 'NEW."customer_id" BETWEEN ? AND ?', span)
        return [cid for cid, _number in given]
