"""The checks after each kill: SQLite's own, the application's own
(``app.checks.run_checks``, the function behind ``main.py check``, and the
account figures of ``app.account``), and what a scenario wrote."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from peewee import fn

from app import account
from app.checks import run_checks
from app.db import DB, close_database, open_database
from app.ledger_checks import ledger_problems
from app.models import (
    CREDIT_KINDS,
    DEBT_KINDS,
    REVERSAL,
    Allocation,
    Contact,
    Customer,
    Group,
    LedgerEntry,
    Membership,
    SearchKey,
)
from app.money import to_fen
from tests.crash.child_ledger import TAG
from tests.crash.workload import IMPORT_GROUP, IMPORT_NOTE


def sqlite_problems(path: Path) -> list[str]:
    """``PRAGMA integrity_check`` and ``foreign_key_check`` through a plain
    connection: the first to open the file after the kill, so this is also
    where a hot write-ahead log is recovered."""
    conn = sqlite3.connect(str(path))
    try:
        integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        conn.close()
    problems = [] if integrity == ["ok"] else [f"integrity_check: {integrity[:5]}"]
    if broken:
        problems.append(f"foreign_key_check: {len(broken)} rows, first {broken[:5]}")
    return problems


def app_problems(path: Path) -> list[str]:
    """Open the file as Kehu does and run its consistency checks; every
    customer with a ledger: its balance as the account shows it is the sum of
    its entries and equals its open debts less its unapplied credit, and no
    credit is left unapplied while a debt of the same customer is open
    (allocation runs after every posting; this test puts no debt on hold)."""
    open_database(path, create=False)
    try:
        problems = [f"{r.name}: {r.details}" for r in run_checks() if not r.ok]
        problems += [
            f"ledger_problems {kind}: {ids[:5]}" for kind, ids in ledger_problems().items()
        ]
        problems += _allocation_problems()
        owners = LedgerEntry.select(LedgerEntry.customer).distinct().tuples()
        for (cid,) in owners:
            problems += _account_problems(cid)
    finally:
        close_database()
    return problems


def _allocation_problems() -> list[str]:
    """Every allocation takes from a credit (or the reversal of one) of the
    debt's customer and goes to an existing invoice or charge."""
    entry, allocation = LedgerEntry._meta.table_name, Allocation._meta.table_name
    stray = DB.execute_sql(
        f"""SELECT a.id FROM "{allocation}" a
            LEFT JOIN "{entry}" d ON d.id = a.debt_id
            LEFT JOIN "{entry}" c ON c.id = a.credit_id
            WHERE d.id IS NULL OR c.id IS NULL
               OR d.kind NOT IN ({_kinds(DEBT_KINDS)})
               OR c.kind NOT IN ({_kinds((*CREDIT_KINDS, REVERSAL))})
               OR c.customer_id <> d.customer_id OR a.customer_id <> d.customer_id"""
    ).fetchall()
    return (
        [f"allocations not from a credit to a debt: {[r[0] for r in stray[:5]]}"] if stray else []
    )


def _kinds(kinds: tuple[str, ...]) -> str:
    return ", ".join(f"'{k}'" for k in kinds)


def _account_problems(cid: int) -> list[str]:
    summary = account.summary(cid)
    total = (
        LedgerEntry.select(fn.SUM(LedgerEntry.delta_fen))
        .where(LedgerEntry.customer == cid)
        .scalar()
    )
    rows = account.entries(cid)
    found = []
    if to_fen(summary.balance) != total:
        found.append(f"customer {cid}: balance {summary.balance} but the entries sum to {total}")
    if rows and rows[-1].balance != summary.balance:
        found.append(f"customer {cid}: running balance ends at {rows[-1].balance}")
    if summary.balance != summary.open_debts - summary.credit:
        found.append(
            f"customer {cid}: balance {summary.balance} != open debts {summary.open_debts} "
            f"- unapplied credit {summary.credit}"
        )
    if summary.credit > 0 and summary.open_debts > 0:
        found.append(
            f"customer {cid}: credit {summary.credit} left unapplied beside "
            f"open debts of {summary.open_debts}"
        )
    return found


# --- scenario A: what an import left -----------------------------------------------------


@dataclass(frozen=True)
class ImportState:
    new_customers: int  # ids above those of the template
    noted: int  # customers carrying the import's note: created or filled in
    group: bool  # the import's group exists
    members: int  # memberships of the import's group
    new_contacts: int
    new_search_keys: int
    new_memberships: int


def import_state(path: Path, *, first_new_id: int) -> ImportState:
    conn = sqlite3.connect(str(path))

    def count(sql: str, *params: object) -> int:
        return int(conn.execute(sql, params).fetchone()[0])

    customer, contact = Customer._meta.table_name, Contact._meta.table_name
    keys, group, member = (
        SearchKey._meta.table_name,
        Group._meta.table_name,
        Membership._meta.table_name,
    )
    try:
        group_id = conn.execute(
            f'SELECT id FROM "{group}" WHERE name = ?', (IMPORT_GROUP,)
        ).fetchone()
        return ImportState(
            new_customers=count(f'SELECT COUNT(*) FROM "{customer}" WHERE id >= ?', first_new_id),
            noted=count(f'SELECT COUNT(*) FROM "{customer}" WHERE notes = ?', IMPORT_NOTE),
            group=group_id is not None,
            members=count(
                f'SELECT COUNT(*) FROM "{member}" WHERE group_id = ?',
                group_id[0] if group_id else -1,
            ),
            new_contacts=count(
                f'SELECT COUNT(*) FROM "{contact}" WHERE customer_id >= ?', first_new_id
            ),
            new_search_keys=count(
                f'SELECT COUNT(*) FROM "{keys}" WHERE customer_id >= ?', first_new_id
            ),
            new_memberships=count(
                f'SELECT COUNT(*) FROM "{member}" WHERE customer_id >= ?', first_new_id
            ),
        )
    finally:
        conn.close()


# --- scenario B: which postings of a run are in the file -------------------------------


def posted_seqs(path: Path, run: int) -> dict[int, int]:
    """Posting number -> entry id of the entries tagged by run *run*."""
    table = LedgerEntry._meta.table_name
    conn = sqlite3.connect(str(path))
    try:
        rows = conn.execute(f'SELECT id, description, reason FROM "{table}"').fetchall()
    finally:
        conn.close()
    found: dict[int, int] = {}
    for entry_id, description, reason in rows:
        for text in (description, reason):
            match = TAG.fullmatch(text or "")
            if match and int(match[1]) == run:
                assert int(match[2]) not in found, f"posting {match[2]} of run {run} twice"
                found[int(match[2])] = entry_id
    return found
