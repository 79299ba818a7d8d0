"""Consistency checks of a Kehu database.

``run_checks`` answers "is this file healthy?": SQLite's own integrity and
foreign-key checks, the schema version, and the invariants ``app.customers``
keeps on every write - one up-to-date search key and sort key per customer,
unique customer numbers, contact persons only on corporate cards, group
memberships pointing at existing rows. Findings name the first few customer
numbers concerned. Large files are read in batches, never all at once; the
keys are recomputed with ``app.bulk.BulkKeys`` (worker processes on a large
file) and compared with the stored ones.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from peewee import JOIN, fn
from peewee import DatabaseError as PeeweeDatabaseError

from app import search_keys
from app.bulk import BulkKeys, Prefetch, default_workers, iter_customer_batches
from app.customers import search_key_for
from app.db import DB, SCHEMA_VERSION, read_schema_version
from app.errors import KehuError
from app.i18n import QT_TRANSLATE_NOOP
from app.models import Contact, Customer, Group, Membership, SearchKey
from app.records import CustomerData

#: How many offending customer numbers a finding lists.
MAX_OFFENDERS = 5

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


N_INTEGRITY = QT_TRANSLATE_NOOP("app", "Database file integrity")
N_FOREIGN_KEYS = QT_TRANSLATE_NOOP("app", "References between tables")
N_SCHEMA = QT_TRANSLATE_NOOP("app", "Schema version")
N_NUMBERS = QT_TRANSLATE_NOOP("app", "Customer numbers")
N_SEARCH_KEYS = QT_TRANSLATE_NOOP("app", "Search keys")
N_SORT_KEYS = QT_TRANSLATE_NOOP("app", "Sort keys")
N_CONTACTS = QT_TRANSLATE_NOOP("app", "Contact persons")
N_MEMBERSHIPS = QT_TRANSLATE_NOOP("app", "Group memberships")
N_LEDGER = QT_TRANSLATE_NOOP("app", "Receivables ledger")
_ALL_NAMES = (
    N_INTEGRITY,
    N_FOREIGN_KEYS,
    N_SCHEMA,
    N_NUMBERS,
    N_CONTACTS,
    N_MEMBERSHIPS,
    N_LEDGER,
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
        # DEFERRED: a read transaction that never holds the write lock (the
        # database begins transactions IMMEDIATE), however long the checks take.
        with DB.atomic("DEFERRED"):
            for name, check in (
                (N_INTEGRITY, _check_integrity),
                (N_FOREIGN_KEYS, _check_foreign_keys),
                (N_SCHEMA, _check_schema_version),
                (N_NUMBERS, _check_numbers),
                (N_CONTACTS, _check_contacts),
                (N_MEMBERSHIPS, _check_memberships),
                (N_LEDGER, _check_ledger),
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


def _check_ledger(name: str) -> CheckResult:
    from app.ledger_checks import ledger_problems

    found = ledger_problems()
    if not found:
        return _result(
            name,
            True,
            QT_TRANSLATE_NOOP("app", "Balances, allocations and open amounts agree"),
        )
    owners = [cid for ids in found.values() for cid in ids]
    return _result(
        name,
        False,
        QT_TRANSLATE_NOOP(
            "app",
            "{debts} debts with wrong open amounts, {credits} credits allocated wrongly, "
            "{signs} entries with wrong signs or dates, {dates} allocations dated wrongly: "
            "{first}",
        ),
        _numbers_of(owners),
        debts=len(found.get("debts", [])),
        credits=len(found.get("credits", [])) + len(found.get("credit_caches", [])),
        signs=len(found.get("signs", [])),
        dates=len(found.get("dates", [])),
    )


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
