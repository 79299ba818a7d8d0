"""Crash safety: a child process writing to a Kehu database is killed with
SIGKILL (its whole process group) at random moments, many times; after each
kill the file must pass SQLite's integrity and foreign-key checks and Kehu's
own consistency checks (``run_checks``, the function behind ``main.py
check``; allocations against debts; each account's balance against its
entries), and every transaction must be wholly there or wholly absent.

- Scenario A, an import of a few thousand rows (one transaction by design),
  killed while writing (the backup before it, the transaction, its commit),
  with a page cache small enough to spill the transaction into the log, with
  the pinyin worker processes running, or while planning with the row-reader
  worker processes. Each kill hits a fresh copy of the same small database
  importing the same file, so the two acceptable outcomes are known exactly:
  the state before, or the state an import without a kill leaves
  (fingerprints of the customer tables and the audit trail, clock columns
  aside). A fresh copy also keeps the check, which recomputes every
  customer's pinyin keys, from growing run by run.
- Scenario B, ledger postings (invoices, payments with and without picked
  debts, credit notes, write-offs, reversals), each its own transaction: the
  kills hit the same file again and again, as an office goes on working after
  each crash; the checks read a copy, so each next run opens the file as the
  kill left it, hot write-ahead log and all. The child reports each posting
  after its commit with a fingerprint of the ledger tables; the file must hold
  exactly the reported postings and match the last fingerprint, or hold one
  more posting (killed between the commit and the report) and match a replay
  of the run on a copy of the file from before it.

A kill is a crash of the application, not a power cut: what the operating
system accepted is written. Durability against power loss rests on
``synchronous=FULL`` (``app.db.PRAGMAS``), which no test on one machine shows.

A failure names the seed: ``KEHU_CRASH_SEED=<seed>`` replays the same choices
(the file, the postings, each kill's moment as a fraction of the time a run
without a kill took); ``KEHU_CRASH_IMPORT_KILLS`` / ``KEHU_CRASH_LEDGER_KILLS``
change the number of kills (the defaults keep the module under about a
minute on two cores).
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.customers import save_customer
from app.db import close_database, open_database
from tests.crash.child_ledger import LEDGER_NOTE
from tests.crash.killing import ChildRun, python_child, run_child
from tests.crash.verify import (
    ImportState,
    app_problems,
    import_state,
    posted_seqs,
    sqlite_problems,
)
from tests.crash.workload import (
    CUSTOMER_TABLES,
    LEDGER_TABLES,
    file_fingerprint,
    make_card,
    write_import_file,
)

pytestmark = [
    pytest.mark.skipif(
        sys.platform == "win32",
        reason="needs SIGKILL and process groups (POSIX); the SQLite guarantees tested "
        "do not depend on the platform",
    ),
    pytest.mark.slow,
]


def _seed() -> int:
    given = os.environ.get("KEHU_CRASH_SEED", "").strip()
    return int(given) if given else random.SystemRandom().randrange(10**9)


SEED = _seed()
IMPORT_KILLS = int(os.environ.get("KEHU_CRASH_IMPORT_KILLS", "8"))
LEDGER_KILLS = int(os.environ.get("KEHU_CRASH_LEDGER_KILLS", "20"))
IMPORT_ROWS = 2000  # new customers in the import file
EXISTING = 60  # customers in the database before the import
LEDGER_POSTINGS = 50  # postings a ledger child makes unless killed
SIGKILLED = -9  # the return code of a process killed by SIGKILL (not in signal on Windows)


def copy_database(source: Path, target: Path) -> None:
    """With SQLite's backup API, as Kehu copies a database."""
    remove_database(target)
    src, dst = sqlite3.connect(str(source)), sqlite3.connect(str(target))
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def snapshot(source: Path, target: Path) -> None:
    """Copy the database file and its write-ahead log as they are on disk,
    hot log and all, while no process has them open: what the next program
    to open the file would find."""
    remove_database(target)
    for suffix in ("", "-wal"):
        part = source.with_name(source.name + suffix)
        if part.exists():
            shutil.copyfile(part, target.with_name(target.name + suffix))


def log_size(path: Path) -> int:
    log = path.with_name(path.name + "-wal")
    return log.stat().st_size if log.exists() else 0


def remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def assert_ended(run: ChildRun) -> None:
    """Killed, or finished without an error."""
    assert run.returncode in (0, SIGKILLED), run.describe()


def assert_healthy(path: Path, context: str) -> None:
    problems = sqlite_problems(path)
    assert not problems, f"{context}: {problems}"
    problems = app_problems(path)
    assert not problems, f"{context}: {problems}"


# --- scenario A: an import ------------------------------------------------------------------


@dataclass(frozen=True)
class ImportFiles:
    template: Path  # the database before the import
    source: Path  # the file to import
    first_new_id: int
    rows: int  # new customers in the file
    contacts: int  # their contact persons
    updates: int  # rows filling in existing customers


@pytest.fixture(scope="module")
def import_files(tmp_path_factory: pytest.TempPathFactory) -> ImportFiles:
    folder = tmp_path_factory.mktemp("import")
    template = folder / "template.sqlite3"
    rng = random.Random(7)
    existing = []
    open_database(template)
    try:
        for n in range(EXISTING):
            card = make_card(rng, n, prefix="137", contact_prefix="185", note="")
            saved = save_customer(card, confirm=True)
            existing.append(card)
    finally:
        close_database()
    source = folder / "customers.csv"
    updates = existing[::2]
    rows, contacts = write_import_file(
        source,
        rows=IMPORT_ROWS,
        updates=updates,
        seed=random.Random(f"{SEED}/file").randrange(9**9),
    )
    return ImportFiles(template, source, saved.id + 1, rows, contacts, len(updates))


def import_child(db: Path, source: Path, *args: str) -> list[str]:
    return python_child("child_import.py", str(db), str(source), *args)


def elapsed(run: ChildRun, first: str, last: str) -> float:
    times = {text.split()[0]: t for t, text in run.lines}
    return times[last] - times[first]


def test_import_killed_at_random_moments(
    tmp_path: Path, import_files: ImportFiles, crash_summary: Callable[[str], None]
) -> None:
    rng = random.Random(f"{SEED}/import")
    files = import_files
    template, source, first_new_id = files.template, files.source, files.first_new_id
    rows, updates = files.rows, files.updates
    before = file_fingerprint(template, CUSTOMER_TABLES)
    empty = ImportState(0, 0, False, 0, 0, 0, 0)
    assert import_state(template, first_new_id=first_new_id) == empty

    # The import without a kill: the one other state a kill may leave.
    reference_db = tmp_path / "reference.sqlite3"
    copy_database(template, reference_db)
    reference = run_child(
        import_child(reference_db, source),
        anchor="ready",
        delay=None,
        stderr_path=tmp_path / "reference.err",
    )
    assert reference.returncode == 0, reference.describe()
    assert reference.words("committed") == [["committed", str(rows), str(updates)]]
    complete = import_state(reference_db, first_new_id=first_new_id)
    assert complete == ImportState(
        new_customers=rows,
        noted=rows + updates,
        group=True,
        members=rows + updates,
        new_contacts=files.contacts,
        new_search_keys=rows,
        new_memberships=complete.new_memberships,
    )
    assert complete.new_memberships > rows
    assert_healthy(reference_db, "the import without a kill")
    after = file_fingerprint(reference_db, CUSTOMER_TABLES)
    write_s = elapsed(reference, "writing", "committed")
    inside_s = elapsed(reference, "inside", "committed")
    whole_s = elapsed(reference, "ready", "committed")

    # (what, child options, kill counted from, longest delay)
    variants = [
        ("writing", (), "writing", write_s * 1.2),
        ("the transaction spilling into the log", ("--small-cache",), "inside", inside_s * 1.2),
        ("writing with pinyin worker processes", ("--write-workers",), "writing", write_s * 1.2),
        ("planning with reader worker processes", ("--plan-workers", "2"), "ready", whole_s),
    ]
    kills = whole = none = spilled = helpers = 0
    for attempt in range(IMPORT_KILLS):
        what, options, anchor, longest = variants[attempt % len(variants)]
        delay = rng.uniform(0.0, longest)
        context = f"seed {SEED}, import kill {attempt + 1} ({what}, {delay:.3f} s after {anchor!r})"
        db = tmp_path / f"import-{attempt}.sqlite3"
        copy_database(template, db)
        run = run_child(
            import_child(db, source, *options),
            anchor=anchor,
            delay=delay,
            stderr_path=tmp_path / f"import-{attempt}.err",
        )
        assert_ended(run)
        log_bytes = log_size(db)
        reported = bool(run.words("committed"))
        state = import_state(db, first_new_id=first_new_id)
        found = file_fingerprint(db, CUSTOMER_TABLES)
        if reported:
            assert (state, found) == (complete, after), f"{context}: committed but {state}"
        else:
            assert (state, found) in ((empty, before), (complete, after)), (
                f"{context}: the import is partly there: {state}\n{run.describe()}"
            )
        assert_healthy(db, context)
        kills += run.killed
        whole += state == complete
        none += state == empty
        spilled += state == empty and log_bytes > 0
        helpers += run.helpers_killed
        remove_database(db)

    crash_summary(
        f"import of {rows:,} rows (+{updates} updates): {kills} kills survived in "
        f"{IMPORT_KILLS} runs (the import whole {whole} times, none of it {none} times, "
        f"{spilled} of these over uncommitted pages in the log; {helpers} helper processes "
        f"killed along) - seed {SEED}"
    )
    assert kills >= IMPORT_KILLS // 2, f"seed {SEED}: only {kills} runs were killed in time"


@pytest.mark.skipif(
    not Path("/proc").is_dir(), reason="counts the processes of a group in /proc (Linux)"
)
def test_worker_processes_end_with_the_application(
    tmp_path: Path, import_files: ImportFiles
) -> None:
    """Killing the importing process alone (not its group) must not leave its
    worker processes behind; the file must be as after a group kill."""
    db = tmp_path / "alone.sqlite3"
    copy_database(import_files.template, db)
    try:
        run = run_child(
            import_child(db, import_files.source, "--write-workers"),
            anchor="writing",
            delay=0.0,
            stderr_path=tmp_path / "alone.err",
            leader_only=True,
            helpers=2,
            linger_s=3.0,
        )
    finally:
        state = import_state(db, first_new_id=import_files.first_new_id)
        assert state.new_customers in (0, import_files.rows), state
        assert_healthy(db, f"seed {SEED}, the importing process killed alone")
    assert run.killed and run.returncode == SIGKILLED, run.describe()
    assert run.helpers_killed >= 2, run.describe()


# --- scenario B: ledger postings ------------------------------------------------------------


def make_ledger_customers(path: Path) -> None:
    rng = random.Random(11)
    open_database(path)
    try:
        for n in range(6):
            card = make_card(rng, n, prefix="136", contact_prefix="184", note=LEDGER_NOTE)
            save_customer(card, confirm=True)
    finally:
        close_database()


def ledger_child(db: Path, run: int, seed: int, count: int, *options: str) -> list[str]:
    return python_child(
        "child_ledger.py",
        str(db),
        *("--run", str(run), "--seed", str(seed), "--count", str(count)),
        *options,
    )


def ledger_kinds(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(str(path))
    try:
        return dict(conn.execute("SELECT kind, COUNT(*) FROM ledger_entry GROUP BY kind"))
    finally:
        conn.close()


def reported_postings(run: ChildRun) -> list[tuple[int, int, str]]:
    """(posting number, entry id, fingerprint after it) of each ``done`` line."""
    done = [(int(w[1]), int(w[3]), w[4]) for w in run.words("done")]
    assert [seq for seq, _id, _fp in done] == list(range(1, len(done) + 1)), run.describe()
    return done


def test_ledger_killed_at_random_moments(
    tmp_path: Path, crash_summary: Callable[[str], None]
) -> None:
    rng = random.Random(f"{SEED}/ledger")
    db = tmp_path / "ledger.sqlite3"
    make_ledger_customers(db)

    # Run 0 without a kill: the pace of a run, and a ledger to start from.
    first = run_child(
        ledger_child(db, 0, rng.randrange(2**31), LEDGER_POSTINGS),
        anchor="ready",
        delay=None,
        stderr_path=tmp_path / "ledger-0.err",
    )
    assert first.returncode == 0 and first.words("finished"), first.describe()
    assert len(reported_postings(first)) == LEDGER_POSTINGS
    assert sorted(posted_seqs(db, 0)) == list(range(1, LEDGER_POSTINGS + 1))
    assert_healthy(db, "the postings without a kill")
    pace_s = elapsed(first, "ready", "finished")

    kills = cut_off = hot = 0
    before, checked = tmp_path / "before.sqlite3", tmp_path / "checked.sqlite3"
    for run_no in range(1, LEDGER_KILLS + 1):
        child_seed, delay = rng.randrange(2**31), rng.uniform(0.0, pace_s)
        context = f"seed {SEED}, ledger run {run_no} (killed {delay:.3f} s after 'ready')"
        hot += log_size(db) > 0
        snapshot(db, before)
        run = run_child(
            ledger_child(db, run_no, child_seed, LEDGER_POSTINGS),
            anchor="ready",
            delay=delay,
            stderr_path=tmp_path / f"ledger-{run_no}.err",
        )
        assert_ended(run)
        done = reported_postings(run)
        # The checks read a snapshot: the next run finds the file as the kill left it.
        snapshot(db, checked)
        problems = sqlite_problems(checked)
        assert not problems, f"{context}: {problems}"
        present = posted_seqs(checked, run_no)
        found = file_fingerprint(checked, LEDGER_TABLES)
        k = len(done)
        if sorted(present) == list(range(1, k + 1)):
            expected = done[-1][2] if done else file_fingerprint(before, LEDGER_TABLES)
            assert {seq: entry for seq, entry, _fp in done} == present, context
            assert found == expected, f"{context}: the ledger differs from after posting {k}"
        else:
            assert sorted(present) == list(range(1, k + 2)), (
                f"{context}: reported postings 1..{k}, found {sorted(present)}"
            )
            # Killed between a commit and its report: replay the run up to that posting.
            cut_off += 1
            replay_db = tmp_path / "replay.sqlite3"
            snapshot(before, replay_db)
            replay = run_child(
                ledger_child(replay_db, run_no, child_seed, k + 1, "--replay"),
                anchor="ready",
                delay=None,
                stderr_path=tmp_path / "replay.err",
            )
            assert replay.returncode == 0, replay.describe()
            assert found == reported_postings(replay)[-1][2], (
                f"{context}: posting {k + 1} is only partly there"
            )
        assert_healthy(checked, context)
        kills += run.killed

    kinds = ledger_kinds(checked)
    crash_summary(
        f"ledger postings: {kills} kills survived in {LEDGER_KILLS} runs on the same file "
        f"({hot} runs began by recovering the log a kill left; {cut_off} kills came between "
        f"a commit and its report); the ledger holds "
        + ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items()))
        + f" - seed {SEED}"
    )
    assert kills >= LEDGER_KILLS // 2, f"seed {SEED}: only {kills} runs were killed in time"
