"""Opening the database: creation, pragmas, refusing files that are not ours,
schema version and migrations."""

from __future__ import annotations

import sqlite3
import stat
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import app.db
from app.audit import register_on_connection
from app.customers import load_customer, save_customer
from app.db import (
    DB,
    SCHEMA_VERSION,
    close_database,
    database_path,
    open_database,
    read_schema_version,
    resolve_target,
)
from app.errors import DatabaseOpenError
from app.models import Customer
from app.records import CustomerData

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


@pytest.fixture(autouse=True)
def closed_afterwards() -> Iterator[None]:
    yield
    close_database()


def pragma(name: str) -> object:
    return DB.execute_sql(f"PRAGMA {name}").fetchone()[0]


def raw_query(path: Path, sql: str) -> list[tuple[object, ...]]:
    """Read a database file the way another program would."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def kehu_database(path: Path, *names: str) -> Path:
    """A closed Kehu database with some customers in it."""
    open_database(path)
    for name in names:
        save_customer(CustomerData(name=name), confirm=True)
    close_database()
    return path


def siblings(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


# --- creating and opening ----------------------------------------------------------------


def test_new_database_created(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "dir" / "kehu.sqlite3"
    assert open_database(path) == path
    assert path.is_file()
    assert database_path() == path
    assert read_schema_version() == SCHEMA_VERSION
    assert Customer.select().count() == 0


@posix_only
def test_new_database_readable_by_its_owner_only(tmp_path: Path) -> None:
    path = open_database(tmp_path / "kehu.sqlite3")
    save_customer(CustomerData(name="张三"))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    wal = path.with_name(path.name + "-wal")
    assert wal.exists()
    assert stat.S_IMODE(wal.stat().st_mode) == 0o600


def test_pragmas_on(db_path: Path) -> None:
    assert pragma("journal_mode") == "wal"
    assert pragma("foreign_keys") == 1
    assert pragma("busy_timeout") == 5000
    assert pragma("synchronous") == 2  # FULL


def test_worker_thread_connection_gets_the_pragmas(db_path: Path) -> None:
    main_connection = DB.connection()
    seen: dict[str, object] = {}

    def work() -> None:
        with DB.connection_context():
            seen["connection"] = DB.connection()
            seen["journal_mode"] = pragma("journal_mode")
            seen["foreign_keys"] = pragma("foreign_keys")
            seen["busy_timeout"] = pragma("busy_timeout")
        seen["closed_after"] = DB.is_closed()

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(timeout=30)
    assert seen["connection"] is not main_connection
    assert (seen["journal_mode"], seen["foreign_keys"], seen["busy_timeout"]) == ("wal", 1, 5000)
    assert seen["closed_after"] is True
    assert not DB.is_closed()  # the main thread's connection is untouched


def test_worker_sees_what_the_main_thread_saved(db_path: Path) -> None:
    saved = save_customer(CustomerData(name="张三"))
    names: list[str] = []

    def work() -> None:
        with DB.connection_context():
            names.append(load_customer(saved.id).name)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(timeout=30)
    assert names == ["张三"]


def test_foreign_keys_enforced(db_path: Path) -> None:
    from peewee import IntegrityError

    from app.models import Contact

    with pytest.raises(IntegrityError):
        Contact.create(customer=999, name="孤儿")


def test_reopening_keeps_the_data(tmp_path: Path) -> None:
    path = kehu_database(tmp_path / "kehu.sqlite3", "张三", "李四")
    open_database(path)
    assert sorted(c.name for c in Customer.select()) == ["张三", "李四"]
    assert read_schema_version() == SCHEMA_VERSION


def test_empty_file_becomes_a_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    open_database(path)
    save_customer(CustomerData(name="张三"))
    assert read_schema_version() == SCHEMA_VERSION
    close_database()
    assert raw_query(path, "SELECT name FROM customer") == [("张三",)]


def test_missing_file_not_created_when_asked_not_to(tmp_path: Path) -> None:
    path = tmp_path / "kehu.sqlite3"
    with pytest.raises(DatabaseOpenError, match="does not exist"):
        open_database(path, create=False)
    assert not path.exists()


def test_opening_another_database_switches_over(tmp_path: Path) -> None:
    first = kehu_database(tmp_path / "a.sqlite3", "甲")
    second = kehu_database(tmp_path / "b.sqlite3", "乙")
    open_database(first)
    assert [c.name for c in Customer.select()] == ["甲"]
    open_database(second)
    assert [c.name for c in Customer.select()] == ["乙"]
    assert database_path() == second


# --- files that are not ours are refused and left alone ------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        b"%PDF-1.7 not a database",
        "客户名单\n张三,13800138000\n".encode(),
        b"SQLite format 3\x00" + b"\x00garbage" * 100,  # the magic, then damage
        b"\x00" * 4096,
    ],
)
def test_file_that_is_not_a_database_refused_and_unchanged(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "customers.sqlite3"
    path.write_bytes(content)
    with pytest.raises(DatabaseOpenError) as excinfo:
        open_database(path)
    assert str(path) in str(excinfo.value)
    assert "backup" in str(excinfo.value)
    assert path.read_bytes() == content
    assert siblings(path) == {"customers.sqlite3"}


def test_sqlite_file_of_another_program_refused_and_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
    conn.execute("INSERT INTO invoices (amount) VALUES (1.5)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError, match="not made by Kehu"):
        open_database(path)
    assert path.read_bytes() == before  # journal mode not switched to WAL either
    assert siblings(path) == {"other.db"}
    assert raw_query(path, "PRAGMA journal_mode") == [("delete",)]


def test_database_from_a_newer_kehu_refused_and_unchanged(tmp_path: Path) -> None:
    path = kehu_database(tmp_path / "kehu.sqlite3", "张三")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE schema_info SET value = ? WHERE key = 'schema_version'", ("99",))
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError) as excinfo:
        open_database(path)
    message = str(excinfo.value)
    assert "newer Kehu" in message
    assert f"schema 99, this program knows up to {SCHEMA_VERSION}" in message
    assert path.read_bytes() == before
    assert not list(tmp_path.rglob("*before-migration*"))


def test_newer_database_in_rollback_journal_mode_left_in_that_mode(tmp_path: Path) -> None:
    path = kehu_database(tmp_path / "kehu.sqlite3")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = delete")
    conn.execute("UPDATE schema_info SET value = ? WHERE key = 'schema_version'", ("99",))
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError, match="newer Kehu"):
        open_database(path)
    assert path.read_bytes() == before


def test_kehu_database_without_a_version_refused(tmp_path: Path) -> None:
    path = kehu_database(tmp_path / "kehu.sqlite3")
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM schema_info")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseOpenError, match="no schema version"):
        open_database(path)


def test_directory_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseOpenError, match="is a folder"):
        open_database(tmp_path)
    assert list(tmp_path.iterdir()) == []


# --- paths and URLs -------------------------------------------------------------------------


def test_sqlite_url_accepted(tmp_path: Path) -> None:
    path = tmp_path / "kehu.sqlite3"
    assert open_database(f"sqlite:///{path}") == path
    assert path.is_file()
    assert resolve_target(f"SQLite:///{path}") == path


@pytest.mark.parametrize(
    ("url", "scheme"),
    [("postgresql://kehu@localhost/kehu", "postgresql"), ("mysql://db/kehu", "mysql")],
)
def test_other_database_urls_refused_clearly(tmp_path: Path, url: str, scheme: str) -> None:
    with pytest.raises(DatabaseOpenError) as excinfo:
        open_database(url)
    message = str(excinfo.value)
    assert f"'{scheme}' are not supported" in message
    assert "path of a Kehu database file" in message


def test_path_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "env.sqlite3"
    monkeypatch.setenv("KEHU_DB", str(path))
    assert resolve_target(None) == path
    assert resolve_target("  ") == path
    assert open_database() == path
    monkeypatch.delenv("KEHU_DB")
    assert resolve_target(None).name == "kehu.sqlite3"


def test_home_directory_expanded(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("USERPROFILE", str(tmp_path))
    assert resolve_target("~/kehu.sqlite3") == tmp_path / "kehu.sqlite3"


# --- migrations -------------------------------------------------------------------------------


def add_nickname_column() -> None:
    DB.execute_sql("ALTER TABLE customer ADD COLUMN nickname TEXT NOT NULL DEFAULT ''")
    DB.execute_sql("UPDATE customer SET nickname = '老' || name")


def columns(path: Path) -> set[str]:
    return {row[1] for row in raw_query(path, "PRAGMA table_info(customer)")}  # type: ignore[misc]


def stored_version(path: Path) -> int:
    ((value,),) = raw_query(path, "SELECT value FROM schema_info WHERE key = 'schema_version'")
    return int(value)  # type: ignore[call-overload]


@pytest.fixture
def upgrade(monkeypatch: pytest.MonkeyPatch) -> Callable[[dict[int, Callable[[], None]]], None]:
    """Pretend this Kehu knows one more schema version, reached by *steps*."""

    def set_steps(steps: dict[int, Callable[[], None]]) -> None:
        monkeypatch.setattr(app.db, "SCHEMA_VERSION", SCHEMA_VERSION + len(steps))
        monkeypatch.setattr(app.db, "MIGRATIONS", steps)

    return set_steps


def test_migration_step_runs_and_raises_the_version(
    tmp_path: Path, upgrade: Callable[[dict[int, Callable[[], None]]], None]
) -> None:
    path = kehu_database(tmp_path / "kehu.sqlite3", "张三")
    upgrade({SCHEMA_VERSION: add_nickname_column})
    open_database(path)
    assert read_schema_version() == SCHEMA_VERSION + 1
    close_database()
    assert stored_version(path) == SCHEMA_VERSION + 1
    assert raw_query(path, "SELECT name, nickname FROM customer") == [("张三", "老张三")]


def test_migration_runs_once(
    tmp_path: Path, upgrade: Callable[[dict[int, Callable[[], None]]], None]
) -> None:
    path = kehu_database(tmp_path / "kehu.sqlite3", "张三")
    runs: list[int] = []

    def step() -> None:
        runs.append(1)
        add_nickname_column()

    upgrade({SCHEMA_VERSION: step})
    open_database(path)
    close_database()
    open_database(path)
    assert runs == [1]
    assert len(list(tmp_path.rglob("*before-migration*"))) == 1


def test_migration_step_runs_in_a_transaction(
    tmp_path: Path, upgrade: Callable[[dict[int, Callable[[], None]]], None]
) -> None:
    path = kehu_database(tmp_path / "kehu.sqlite3")
    seen: list[bool] = []
    upgrade({SCHEMA_VERSION: lambda: seen.append(DB.in_transaction())})
    open_database(path)
    assert seen == [True]


def test_backup_written_before_migrating(
    tmp_path: Path, upgrade: Callable[[dict[int, Callable[[], None]]], None]
) -> None:
    path = kehu_database(tmp_path / "kehu.sqlite3", "张三")
    # Another Kehu window made a change that is still only in the WAL file: a
    # plain file copy of kehu.sqlite3 would miss it, SQLite's backup does not.
    other = sqlite3.connect(path)
    register_on_connection(other)  # what the trail's triggers call
    other.execute("PRAGMA wal_autocheckpoint = 0")
    other.execute("UPDATE customer SET name = '只在日志里'")
    other.commit()
    try:
        upgrade({SCHEMA_VERSION: add_nickname_column})
        open_database(path)
    finally:
        other.close()
    (backup,) = tmp_path.rglob("kehu.before-migration-v*.sqlite3")
    assert backup.name.startswith(f"kehu.before-migration-v{SCHEMA_VERSION}-")
    assert stored_version(backup) == SCHEMA_VERSION
    assert "nickname" not in columns(backup)
    assert raw_query(backup, "SELECT name FROM customer") == [("只在日志里",)]
    if sys.platform != "win32":
        assert stat.S_IMODE(backup.stat().st_mode) == 0o600


def test_no_backup_and_no_migration_when_up_to_date(tmp_path: Path) -> None:
    path = kehu_database(tmp_path / "kehu.sqlite3", "张三")
    open_database(path)
    assert siblings(path) <= {"kehu.sqlite3", "kehu.sqlite3-wal", "kehu.sqlite3-shm"}


def test_failing_step_leaves_version_and_data_unchanged(
    tmp_path: Path, upgrade: Callable[[dict[int, Callable[[], None]]], None]
) -> None:
    path = kehu_database(tmp_path / "kehu.sqlite3", "张三")

    def broken_step() -> None:
        add_nickname_column()
        DB.execute_sql("DELETE FROM customer")
        raise RuntimeError("bug in the migration")

    upgrade({SCHEMA_VERSION: broken_step})
    with pytest.raises(RuntimeError, match="bug in the migration"):
        open_database(path)
    close_database()
    assert stored_version(path) == SCHEMA_VERSION
    assert "nickname" not in columns(path)
    assert raw_query(path, "SELECT name FROM customer") == [("张三",)]
    assert len(list(tmp_path.rglob("*before-migration*"))) == 1


def test_step_failing_in_sql_reported_as_a_database_problem(
    tmp_path: Path, upgrade: Callable[[dict[int, Callable[[], None]]], None]
) -> None:
    path = kehu_database(tmp_path / "kehu.sqlite3", "张三")

    def bad_sql() -> None:
        add_nickname_column()
        DB.execute_sql("ALTER TABLE no_such_table ADD COLUMN x TEXT")

    upgrade({SCHEMA_VERSION: bad_sql})
    with pytest.raises(DatabaseOpenError, match="no such table"):
        open_database(path)
    assert stored_version(path) == SCHEMA_VERSION
    assert "nickname" not in columns(path)


def test_steps_run_in_order_each_committed(
    tmp_path: Path, upgrade: Callable[[dict[int, Callable[[], None]]], None]
) -> None:
    path = kehu_database(tmp_path / "kehu.sqlite3", "张三")

    def second_step() -> None:
        DB.execute_sql("UPDATE customer SET nickname = nickname || '!'")
        raise RuntimeError("second step broken")

    upgrade({SCHEMA_VERSION: add_nickname_column, SCHEMA_VERSION + 1: second_step})
    with pytest.raises(RuntimeError):
        open_database(path)
    close_database()
    # The first step is kept (its own transaction); the second left no trace.
    assert stored_version(path) == SCHEMA_VERSION + 1
    assert raw_query(path, "SELECT nickname FROM customer") == [("老张三",)]


def test_missing_step_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = kehu_database(tmp_path / "kehu.sqlite3", "张三")
    monkeypatch.setattr(app.db, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setattr(app.db, "MIGRATIONS", {})
    with pytest.raises(DatabaseOpenError, match=f"No migration from schema {SCHEMA_VERSION}"):
        open_database(path)
    assert stored_version(path) == SCHEMA_VERSION
