"""Reading the rows of an import file into cleaned cards: the part of
planning that needs no database, so that worker processes can do it for a
large file (``read_all``).

Each row's cells go through ``app.customer_columns.apply_value`` and the card
rules (``app.customer_rules.clean``).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, fields
from typing import Any

from app import customer_columns as cc
from app import customer_rules
from app import validation as v
from app.errors import FieldIssue
from app.i18n import QT_TRANSLATE_NOOP
from app.records import ContactData, CustomerData
from app.worker_processes import shared_pool

#: Rows a worker reads per job (and rows between two progress reports).
TICK = 1000

BAD_GROUP = QT_TRANSLATE_NOOP("app", "Group “{name}”: {problem}")


def customer_names(card: CustomerData) -> Iterator[str]:
    """The names a customer's search key holds: name, short name, contact persons."""
    yield card.name
    if card.short_name:
        yield card.short_name
    for person in card.contacts:
        yield person.name


@dataclass
class RowRead:
    """A row read into a cleaned card: what does not need the database."""

    card: CustomerData
    groups: list[str]
    given: frozenset[str]
    slots: tuple[int, ...]
    cell_issues: list[FieldIssue]
    errors: list[FieldIssue]
    warnings: list[FieldIssue]


def read_row(mapped: Sequence[tuple[int, str]], cells: Sequence[object]) -> RowRead:
    """Read the mapped cells (column index, key) into a card and clean it."""
    card = cc.blank_card()
    groups: list[str] = []
    cell_issues: list[FieldIssue] = []
    given = []
    width = len(cells)
    apply_value = cc.apply_value
    for index, key in mapped:
        if index < width:
            raw = cells[index]
            # Blank cells, most of a wide file, change nothing: no call for them.
            if raw != "" and raw is not None and apply_value(card, groups, key, raw, cell_issues):
                given.append(key)
    slots = tuple(n for n, person in enumerate(card.contacts, 1) if cc.contact_has_content(person))
    cc.finish_card(card)
    cleaned, issues = customer_rules.clean(card)
    for name in groups:
        group_issues = v.Issues()
        v.text(group_issues, "groups", name, max_len=100, required=True)
        issues.errors.extend(
            FieldIssue("groups", BAD_GROUP, {"name": name, "problem": issue.message})
            for issue in group_issues.errors
        )
    return RowRead(
        cleaned,
        groups,
        frozenset(given),
        slots,
        cell_issues,
        issues.errors,
        issues.warnings,
    )


def read_rows(mapped: Sequence[tuple[int, str]], rows: Sequence[Sequence[object]]) -> list[RowRead]:
    """``read_row`` of many rows."""
    return [read_row(mapped, cells) for cells in rows]


_CARD_FIELD_NAMES = tuple(f.name for f in fields(CustomerData))
_CONTACT_FIELD_NAMES = tuple(f.name for f in fields(ContactData))
_CONTACTS_AT = _CARD_FIELD_NAMES.index("contacts")


def _pack(read: RowRead) -> tuple[Any, ...]:
    # Plain tuples cross the process boundary three times faster than dataclasses.
    card = [getattr(read.card, name) for name in _CARD_FIELD_NAMES]
    card[_CONTACTS_AT] = [
        tuple(getattr(c, name) for name in _CONTACT_FIELD_NAMES) for c in read.card.contacts
    ]
    return (
        tuple(card),
        read.groups,
        read.given,
        read.slots,
        [(i.field, i.template, i.params) for i in read.cell_issues],
        [(i.field, i.template, i.params) for i in read.errors],
        [(i.field, i.template, i.params) for i in read.warnings],
    )


def _record(kind: type[Any], names: tuple[str, ...], values: Sequence[Any]) -> Any:
    # The record as its __init__ would make it from all its fields, in a third
    # of the time (a card has 60 fields; no __post_init__ to skip).
    record = object.__new__(kind)
    record.__dict__.update(zip(names, values, strict=True))
    return record


def _unpack(packed: tuple[Any, ...]) -> RowRead:
    values, groups, given, slots, cell_issues, errors, warnings = packed
    card = _record(CustomerData, _CARD_FIELD_NAMES, values)
    card.contacts = [_record(ContactData, _CONTACT_FIELD_NAMES, c) for c in card.contacts]
    return RowRead(
        card,
        groups,
        given,
        slots,
        [FieldIssue(*i) for i in cell_issues] if cell_issues else [],
        [FieldIssue(*i) for i in errors] if errors else [],
        [FieldIssue(*i) for i in warnings] if warnings else [],
    )


def read_rows_packed(
    mapped: Sequence[tuple[int, str]], rows: Sequence[Sequence[object]]
) -> list[tuple[Any, ...]]:
    """``read_rows`` in the compact form a worker process sends back."""
    return [_pack(read_row(mapped, cells)) for cells in rows]


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cycle collection while many objects that live on are made: each pass
    would walk all of them again (it tripled the time of reading results)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def read_all(
    mapped: list[tuple[int, str]],
    rows: Sequence[Sequence[object]],
    workers: int,
    tick: Callable[[int], None],
) -> Iterator[RowRead]:
    """``read_row`` of every row in order, by *workers* processes when more than
    0 (any failure of theirs: carry on in this process, nothing is lost)."""
    with ExitStack() as stack:
        jobs: list[tuple[int, Future[list[tuple[Any, ...]]] | None]] = []
        if workers and len(rows) > TICK:
            try:
                pool = stack.enter_context(shared_pool(workers))
                for start in range(0, len(rows), TICK):
                    chunk = [list(r) for r in rows[start : start + TICK]]
                    jobs.append((start, pool.submit(read_rows_packed, mapped, chunk)))
            except (BrokenProcessPool, OSError, RuntimeError):
                jobs = []
        # Jobs not started when this ends early (a cancel) are dropped.
        stack.callback(lambda: [future.cancel() for _start, future in jobs if future])
        if not jobs:
            jobs = [(start, None) for start in range(0, len(rows), TICK)]
        for start, future in jobs:
            if start:
                tick(start)
            chunk = rows[start : start + TICK]
            reads = None
            if future is not None:
                try:
                    reads = [_unpack(packed) for packed in future.result()]
                except (BrokenProcessPool, OSError):
                    reads = None
            yield from reads if reads is not None else read_rows(mapped, chunk)
