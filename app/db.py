"""The one database entry point: opening, pragmas, schema version, migrations.

``DB`` is a ``DatabaseProxy`` every model binds to; ``open_database`` points it
at a real database. Pragmas go to the database constructor, so every
connection - a worker thread's too - gets them. peewee keeps one connection
per thread; a worker opens its own with ``DB.connection_context()``.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import platformdirs
from peewee import DatabaseError as PeeweeDatabaseError
from peewee import DatabaseProxy, OperationalError, SqliteDatabase

from app import integrity
from app.errors import DatabaseDamagedError, DatabaseOpenError
from app.i18n import QT_TRANSLATE_NOOP
from app.integrity import (
    check_connection,
    disk_full_error,
    early_check,
    is_damage,
    is_disk_full,
    is_read_only,
    read_header,
    read_only_connection,
    read_only_error,
    truncated,
)

DB = DatabaseProxy()

#: The schema this version of Kehu writes. Raise it with every migration.
SCHEMA_VERSION = 5

APP_NAME = "Kehu"
DEFAULT_DB_NAME = "kehu.sqlite3"
SQLITE_MAGIC = b"SQLite format 3\x00"

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    # A customer file and a ledger: durability over a little speed.
    "synchronous": "full",
    "cache_size": -16000,  # 16 MB page cache
}
#: The page cache of one bulk write (an import): its many indexes then stay in
#: memory instead of being read back from the file (SQLite takes only the
#: memory the write needs).
BULK_CACHE_KIB = 256 * 1024


def default_database_path() -> Path:
    """Where the database lives unless --db or KEHU_DB says otherwise."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DEFAULT_DB_NAME


def resolve_target(target: str | os.PathLike[str] | None) -> Path:
    """Turn --db / KEHU_DB (a path or a ``sqlite:///`` URL) into a file path."""
    if target is None or str(target).strip() == "":
        env = os.environ.get("KEHU_DB", "").strip()
        return resolve_target(env) if env else default_database_path()
    text = str(target).strip()
    lowered = text.lower()
    if lowered.startswith("sqlite:///"):
        return Path(text[len("sqlite:///") :]).expanduser()
    if "://" in text:
        scheme = text.split("://", 1)[0]
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "app",
                "Database URLs of the kind '{scheme}' are not supported yet. "
                "Give the path of a Kehu database file.",
            ),
            scheme=scheme,
        )
    return Path(text).expanduser()


def _check_file(path: Path) -> None:
    if path.is_dir():
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP("app", "{path} is a folder, not a database file."), path=path
        )
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP("app", "Cannot read {path}: {reason}"),
            path=path,
            reason=exc.strerror or str(exc),
        ) from exc
    if head != SQLITE_MAGIC:
        # Damaged, or another program's file: either way the UI may offer a backup.
        raise DatabaseDamagedError(
            QT_TRANSLATE_NOOP(
                "app",
                "{path} is not a Kehu database (it is not an SQLite file, or it is damaged). "
                "Choose another file or restore a backup.",
            ),
            path=path,
        )


#: The start-up check stops after this long on a very large file (a 500 MB
#: file needs about 2 s); the daily backup checks its copy in full.
STARTUP_CHECK_BUDGET_S = 1.0


def start_early_check(target: str | os.PathLike[str] | None) -> None:
    """The start-up check of the database *target* names, started now in a
    thread (``app.integrity.start_early_check``): the GUI calls it first thing,
    so that the check of a large file overlaps the loading of its modules."""
    try:
        path = resolve_target(target)
    except DatabaseOpenError:
        return  # the opening says what is wrong
    integrity.start_early_check(path, STARTUP_CHECK_BUDGET_S)


def _check_contents(path: Path) -> int | None:
    """Look at an existing file through a connection that cannot write, before
    the pragmas touch it (``journal_mode=wal`` rewrites the file header):
    refuse an SQLite file made by another program or by a newer Kehu, and a
    damaged one (``PRAGMA quick_check``). Returns the stored schema version
    (None for an empty file)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    from app.models import SchemaInfo

    table = SchemaInfo._meta.table_name
    try:
        header = read_header(path)
    except OSError as exc:
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP("app", "Cannot read {path}: {reason}"),
            path=path,
            reason=exc.strerror or str(exc),
        ) from exc
    if header is None:
        raise _damaged(path, "the file header is not valid")
    if truncated(path, header):
        raise _damaged(path, "the file is shorter than its contents say; it was cut off")
    result = None
    try:
        conn = read_only_connection(path)
        try:
            tables = {
                name
                for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            row = None
            if table in tables:
                row = conn.execute(
                    f'SELECT value FROM "{table}" WHERE key = ?', ("schema_version",)
                ).fetchone()
            if not tables or table in tables:
                result = early_check(path) or check_connection(conn, budget=STARTUP_CHECK_BUDGET_S)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            raise _damaged(path, str(exc)) from exc
        raise _cannot_open(path, exc) from exc
    if tables and table not in tables:
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "app",
                "This SQLite file was not made by Kehu (it has other tables). "
                "Choose a Kehu database or a new file name.",
            )
        )
    version = int(row[0]) if row is not None and str(row[0]).isdecimal() else None
    if version is not None and version > SCHEMA_VERSION:
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "app",
                "This database was written by a newer Kehu (schema {found}, this program "
                "knows up to {known}). Update Kehu to open it; the file was not changed.",
            ),
            found=version,
            known=SCHEMA_VERSION,
        )
    if result is not None and not result.ok:
        _confirm_damage(path, result.detail)
    return version


def _confirm_damage(path: Path, detail: str) -> None:
    """A second, unhurried look before calling the file damaged (another Kehu
    may have started writing meanwhile: then through its WAL, not ``immutable``)."""
    try:
        conn = read_only_connection(path)
        try:
            result = check_connection(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise _damaged(path, str(exc)) from exc
    if not result.ok:
        raise _damaged(path, result.detail or detail)


def _damaged(path: Path, detail: str) -> DatabaseDamagedError:
    return DatabaseDamagedError(
        QT_TRANSLATE_NOOP(
            "app",
            "The database {path} is damaged ({detail}). Kehu has not opened it and has not "
            "changed it. Restore a backup, or ask someone who knows SQLite to rescue it.",
        ),
        path=path,
        detail=detail,
    )


def _check_writable(path: Path, version: int | None) -> None:
    """Refuse a read-only file when opening it would have to write; a
    WAL-mode file of this version in a writable folder opens for reading
    (a write then says the file is read-only)."""
    if not path.exists():
        return
    if os.access(path, os.W_OK) and os.access(path.parent, os.W_OK):
        return
    try:
        header = read_header(path) if path.stat().st_size else None
    except OSError:
        header = None
    readable_as_is = (
        header is not None and header.wal and version == SCHEMA_VERSION
    ) and os.access(path.parent, os.W_OK)
    if not readable_as_is:
        raise read_only_error(path)


def _create_private_file(path: Path) -> None:
    """Create an empty database file readable by its owner only (0600 on POSIX)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            os.close(fd)
    except OSError as exc:
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP("app", "Cannot create the database {path}: {reason}"),
            path=path,
            reason=exc.strerror or str(exc),
        ) from exc


def open_database(target: str | os.PathLike[str] | None = None, *, create: bool = True) -> Path:
    """Open (and if needed create or migrate) the database and bind ``DB`` to it.

    Returns the file path. Raises ``DatabaseOpenError`` with a message for the
    user when the file is not usable; never changes such a file.
    """
    path = resolve_target(target)
    _check_file(path)
    version = _check_contents(path)
    _check_writable(path, version)
    if not path.exists():
        if not create:
            raise DatabaseOpenError(
                QT_TRANSLATE_NOOP("app", "The database {path} does not exist."), path=path
            )
        _create_private_file(path)
    close_database()
    # IMMEDIATE: a transaction takes the write lock when it begins, so that a
    # save that reads first waits (busy_timeout) for another process's write
    # instead of failing at once with "database is locked".
    database = SqliteDatabase(str(path), pragmas=PRAGMAS, timeout=5, lock_type="IMMEDIATE")
    from app.audit import register_functions

    register_functions(database)
    DB.initialize(database)
    try:
        DB.connect(reuse_if_open=True)
        _prepare_schema(path)
        ensure_statistics()
    except (OperationalError, PeeweeDatabaseError, sqlite3.DatabaseError) as exc:
        close_database()
        raise _cannot_open(path, exc) from exc
    except BaseException:
        close_database()
        raise
    return path


def _cannot_open(path: Path, exc: Exception) -> DatabaseOpenError:
    if is_read_only(exc):
        return read_only_error(path)
    if is_disk_full(exc):
        return disk_full_error(path)
    return DatabaseOpenError(
        QT_TRANSLATE_NOOP(
            "app",
            "Cannot open {path}: {reason}. If the file is damaged, restore a backup.",
        ),
        path=path,
        reason=str(exc),
    )


@contextmanager
def bulk_cache() -> Iterator[None]:
    """A larger page cache on this thread's connection for the block (a bulk
    write), the usual one after it."""
    DB.execute_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        DB.execute_sql(f"PRAGMA cache_size = {PRAGMAS['cache_size']}")


def close_database() -> None:
    if DB.obj is not None and not DB.is_closed():
        try:
            # SQLite's advice: refresh the planner's statistics when closing.
            DB.execute_sql("PRAGMA optimize")
        except (OperationalError, PeeweeDatabaseError, sqlite3.DatabaseError):
            pass  # read-only or busy: statistics can wait for the next close
        DB.close()


#: Below this many customers the planner does fine without statistics.
ANALYZE_THRESHOLD = 1000


def ensure_statistics() -> None:
    """Gather planner statistics (ANALYZE) once the file has grown, so that a
    search uses the covering index instead of reading wide rows."""
    from app.models import Customer

    if "sqlite_stat1" in DB.get_tables():
        return
    if Customer.select().limit(ANALYZE_THRESHOLD).count() >= ANALYZE_THRESHOLD:
        DB.execute_sql("ANALYZE")


def database_path() -> Path | None:
    obj = DB.obj
    if obj is None:
        return None
    return Path(obj.database)


# --- schema version and migrations -------------------------------------------------


def _table_names() -> set[str]:
    return set(DB.get_tables())


def read_schema_version() -> int | None:
    """The schema version stored in the database, or None for an empty file."""
    from app.models import SchemaInfo

    tables = _table_names()
    if not tables:
        return None
    if SchemaInfo._meta.table_name not in tables:
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "app",
                "This SQLite file was not made by Kehu (it has other tables). "
                "Choose a Kehu database or a new file name.",
            )
        )
    row = SchemaInfo.get_or_none(SchemaInfo.key == "schema_version")
    if row is None:
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP("app", "The database has no schema version; it may be damaged.")
        )
    return int(row.value)


def _prepare_schema(path: Path) -> None:
    from app.models import ALL_MODELS, SchemaInfo

    version = read_schema_version()
    if version is None:
        from app.audit import install_triggers

        with DB.atomic():
            DB.create_tables(ALL_MODELS)
            install_triggers()
            SchemaInfo.create(key="schema_version", value=str(SCHEMA_VERSION))
            SchemaInfo.create(key="created_at", value=datetime.now().isoformat(timespec="seconds"))
        return
    if version > SCHEMA_VERSION:
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "app",
                "This database was written by a newer Kehu (schema {found}, this program "
                "knows up to {known}). Update Kehu to open it; the file was not changed.",
            ),
            found=version,
            known=SCHEMA_VERSION,
        )
    if version < SCHEMA_VERSION:
        migrate(path, version)


#: version -> step that brings a database from that version to the next.
def _v1_to_v2() -> None:
    from app.migrations import v1_to_v2

    v1_to_v2()


def _v2_to_v3() -> None:
    from app.migrations import v2_to_v3

    v2_to_v3()


def _v3_to_v4() -> None:
    from app.migrations import v3_to_v4

    v3_to_v4()


def _v4_to_v5() -> None:
    from app.migrations import v4_to_v5

    v4_to_v5()


MIGRATIONS: dict[int, Callable[[], None]] = {
    1: _v1_to_v2,
    2: _v2_to_v3,
    3: _v3_to_v4,
    4: _v4_to_v5,
}


def backup_file(path: Path, version: int) -> Path:
    """Back up the open database before migrating it from *version*: with
    SQLite's backup API, into the backup folder (else beside the database).
    Raises ``DatabaseOpenError`` when no backup can be written at all."""
    from app.backups import backup_before_migration

    return backup_before_migration(path, version).path


def migrate(path: Path, version: int) -> None:
    """Run every forward step from *version*, each in its own transaction,
    after a backup of the file."""
    from app.models import SchemaInfo

    backup_file(path, version)
    # SQLite rebuilds a table to add a NOT NULL column; with foreign keys on,
    # dropping the old "customer" table would cascade and delete every
    # contact. The SQLite manual's procedure: keys off outside the
    # transaction, check them before commit, on again after.
    from app.audit import drop_triggers, install_triggers

    DB.execute_sql("PRAGMA foreign_keys = OFF")
    try:
        while version < SCHEMA_VERSION:
            step = MIGRATIONS.get(version)
            if step is None:
                raise DatabaseOpenError(
                    QT_TRANSLATE_NOOP("app", "No migration from schema {version}."),
                    version=version,
                )
            with DB.atomic():
                drop_triggers()  # a step may rebuild an audited table or drop a column
                step()
                version += 1
                SchemaInfo.update(value=str(version)).where(
                    SchemaInfo.key == "schema_version"
                ).execute()
                install_triggers()  # the trail follows the new columns (none before 5)
                broken = DB.execute_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migration to schema {version} broke references: {broken}")
    finally:
        DB.execute_sql("PRAGMA foreign_keys = ON")
