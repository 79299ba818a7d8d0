"""Every connection gets the pragmas, a worker thread's too; two processes
share one file (WAL): writes are seen, a long read does not hold up a write,
and a write waits for another one only up to the busy timeout."""

from __future__ import annotations

import queue
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from peewee import OperationalError

from app.audit import register_on_connection
from app.customers import save_customer
from app.db import DB, close_database, open_database
from app.models import Customer
from app.records import CustomerData

ROOT = Path(__file__).resolve().parents[2]

#: What every Kehu connection must report (SQLite's numbers for synchronous=FULL).
EXPECTED = {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "busy_timeout": 5000}


def read_pragmas() -> dict[str, Any]:
    return {name: DB.execute_sql(f"PRAGMA {name}").fetchone()[0] for name in EXPECTED}


def add(name: str) -> int:
    return save_customer(CustomerData(name=name), confirm=True).id


def test_pragmas_on_the_connection_open_database_made(db_path: Path) -> None:
    assert read_pragmas() == EXPECTED


def test_pragmas_on_a_worker_threads_own_connection(db_path: Path) -> None:
    main_connection = DB.connection()
    seen: dict[str, Any] = {}

    def work() -> None:
        try:
            with DB.connection_context():
                seen["same"] = DB.connection() is main_connection
                seen["pragmas"] = read_pragmas()
                seen["id"] = add("线程写入")
        except BaseException as exc:  # reported below, not lost in the thread
            seen["error"] = exc

    thread = threading.Thread(target=work, name="kehu-test-worker")
    thread.start()
    thread.join(timeout=30)
    assert not thread.is_alive()
    assert "error" not in seen, seen.get("error")
    assert seen["same"] is False  # its own connection ...
    assert seen["pragmas"] == EXPECTED  # ... with every pragma set
    assert Customer.get_by_id(seen["id"]).name == "线程写入"  # committed, seen here


# --- a second process on the same file --------------------------------------------------------

CHILD = r"""
import sys
import time
from app.customers import load_customer, save_customer
from app.db import DB, close_database, open_database
from app.models import Customer
from app.records import CustomerData

open_database(sys.argv[1], create=False)
print("ready", flush=True)
for line in sys.stdin:
    command, _, arg = line.strip().partition(" ")
    try:
        if command == "count":
            out = Customer.select().count()
        elif command == "begin-read":  # a long read: the snapshot starts at the first read
            DB.execute_sql("BEGIN")
            out = Customer.select().count()
        elif command == "begin-write":
            DB.execute_sql("BEGIN IMMEDIATE")
            out = "holding"
        elif command == "hold-write":  # a write transaction that takes ARG seconds
            DB.execute_sql("BEGIN IMMEDIATE")
            print("holding", flush=True)
            time.sleep(float(arg))
            DB.execute_sql("COMMIT")
            out = "committed"
        elif command == "commit":
            DB.execute_sql("COMMIT")
            out = "committed"
        elif command == "add":
            out = save_customer(CustomerData(name=arg), confirm=True).id
        elif command == "set-address":  # another admin edits a card: ID ADDRESS
            number, _, address = arg.partition(" ")
            data = load_customer(int(number))
            data.address = address
            out = save_customer(data, confirm=True).version
        elif command == "journal_mode":
            out = DB.execute_sql("PRAGMA journal_mode").fetchone()[0]
        else:
            break
    except Exception as exc:
        out = f"error {type(exc).__name__}: {exc}"
    print(out, flush=True)
close_database()
"""


class Child:
    """Another Kehu process on the same database, driven line by line."""

    def __init__(self, path: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        self._lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        assert self.reply() == "ready"

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self._lines.put(line.rstrip("\n"))
        self._lines.put(None)

    def reply(self) -> str:
        try:
            line = self._lines.get(timeout=60)
        except queue.Empty:
            pytest.fail("the second process did not answer within 60 s")
        if line is None:
            err = self.proc.stderr.read() if self.proc.stderr else ""
            pytest.fail(f"the second process ended: {err}")
        return line

    def ask(self, command: str) -> str:
        assert self.proc.stdin is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        return self.reply()

    def close(self) -> None:
        if self.proc.poll() is None:
            try:
                assert self.proc.stdin is not None
                self.proc.stdin.write("quit\n")
                self.proc.stdin.close()
                self.proc.wait(timeout=30)
            except (OSError, subprocess.TimeoutExpired):
                self.proc.kill()
                self.proc.wait()


@pytest.fixture
def child(db_path: Path):
    other = Child(db_path)
    yield other
    other.close()


def test_both_processes_see_each_others_writes(db_path: Path, child: Child) -> None:
    assert child.ask("journal_mode") == "wal"
    add("张三")
    assert child.ask("count") == "1"
    int(child.ask("add 李四"))
    assert sorted(c.name for c in Customer.select()) == ["张三", "李四"]


def test_a_long_read_in_one_process_does_not_block_a_write_in_the_other(
    db_path: Path, child: Child
) -> None:
    add("张三")
    assert child.ask("begin-read") == "1"  # the other process is in the middle of a read
    started = time.monotonic()
    add("李四")
    elapsed = time.monotonic() - started
    # With WAL the write does not wait for the reader at all; without it, it
    # would wait the whole busy timeout (5 s) and then fail.
    assert elapsed < 3.0, f"the write waited {elapsed:.1f} s for a reader"
    assert child.ask("count") == "1"  # the reader keeps its consistent snapshot
    assert child.ask("commit") == "committed"
    assert child.ask("count") == "2"  # and sees the write once its read is over


#: peewee begins ``atomic()`` blocks DEFERRED: a save reads first (checks,
#: duplicates), and SQLite refuses to upgrade such a read to a write while
#: another connection writes - at once, without calling the busy handler.
#: ``SqliteDatabase(..., lock_type="IMMEDIATE")`` in app/db.py makes every
#: write transaction take the write lock first, waiting up to the busy timeout.
def test_a_write_waits_while_another_process_writes_then_goes_through(
    db_path: Path, child: Child
) -> None:
    add("张三")
    assert child.ask("hold-write 1.0") == "holding"
    started = time.monotonic()
    add("李四")  # waits for the other write instead of failing
    elapsed = time.monotonic() - started
    assert child.reply() == "committed"
    assert 0.3 <= elapsed < 5.0, f"saved after {elapsed:.1f} s"
    assert child.ask("count") == "2"


def test_a_write_gives_up_after_the_busy_timeout(db_path: Path, child: Child) -> None:
    add("张三")
    assert child.ask("begin-write") == "holding"  # and never lets go
    started = time.monotonic()
    with pytest.raises(OperationalError, match="locked"):
        add("李四")
    elapsed = time.monotonic() - started
    assert 4.0 <= elapsed < 20, f"gave up after {elapsed:.1f} s, expected the 5 s busy timeout"
    assert child.ask("commit") == "committed"
    # Nothing of the refused save is stored; the next one goes through.
    assert [c.name for c in Customer.select()] == ["张三"]
    add("李四")
    assert child.ask("count") == "2"


def test_open_database_while_another_process_holds_the_file_open(tmp_path: Path) -> None:
    path = open_database(tmp_path / "kehu.sqlite3")
    add("张三")
    close_database()
    other = Child(path)
    try:
        assert other.ask("begin-read") == "1"  # holding the file open, mid-read
        assert open_database(path, create=False) == path
        assert read_pragmas() == EXPECTED
        assert Customer.select().count() == 1
        add("李四")
        assert other.ask("commit") == "committed"
        assert other.ask("count") == "2"
    finally:
        other.close()
        close_database()


def test_an_export_and_the_checks_never_hold_the_write_lock(db_path: Path) -> None:
    """They read in one snapshot (a DEFERRED transaction): another connection
    can write meanwhile, although the database begins IMMEDIATE otherwise."""
    from app.checks import run_checks
    from app.exporter import render

    save_customer(CustomerData(name="张三", mobile="13800138000"), confirm=True)
    other = sqlite3.connect(db_path, timeout=0)
    register_on_connection(other)
    written: list[str] = []

    def write_meanwhile(*_args: object) -> None:
        other.execute("UPDATE customer SET notes = 'meanwhile'")
        other.commit()
        written.append("yes")

    render(customer_ids=[1], format="csv", progress=write_meanwhile)
    assert written
    written.clear()
    run_checks(progress=write_meanwhile)
    assert written
    other.close()
