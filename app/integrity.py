"""Looking at an SQLite file without writing to it, and telling a damaged
file from other trouble.

- ``read_only_connection``: a connection that cannot write (``mode=ro``). For
  a file no one has open (no ``-wal`` or ``-journal`` beside it) it also
  says ``immutable=1``, so that merely looking at a WAL-mode file creates no
  ``-wal``/``-shm`` files next to it.
- ``read_header`` / ``truncated``: the 100-byte SQLite header; a file shorter
  than the page count its header promises was cut off (a copy that stopped,
  a sync that did not finish).
- ``check_connection``: ``PRAGMA quick_check`` or ``integrity_check``,
  optionally bounded in time (a 500 MB file takes about 2 s to quick-check
  and 20-30 s for the full integrity check).
- ``explain_database_error``: a failed write as the user should hear it (the
  file is read-only, the disk is full), or None for anything else.
"""

from __future__ import annotations

import concurrent.futures
import errno
import os
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from app.errors import DatabaseReadOnlyError, DiskFullError, KnownError
from app.i18n import QT_TRANSLATE_NOOP

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
#: Up to this size a check is the thorough ``integrity_check`` (it also
#: compares every index with its table); above it, ``quick_check``, which
#: checks every page and b-tree but takes a tenth of the time.
FULL_CHECK_MAX_BYTES = 64 * 1024 * 1024

_DAMAGE_CODES = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}
_DAMAGE_WORDS = ("malformed", "not a database", "database corrupt")
_READ_ONLY_CODES = {"SQLITE_READONLY", "SQLITE_READONLY_DIRECTORY", "SQLITE_READONLY_RECOVERY"}
_READ_ONLY_WORDS = ("readonly database", "read-only")
_FULL_CODES = {"SQLITE_FULL"}
_FULL_WORDS = ("database or disk is full",)


def sidecars(path: Path) -> list[Path]:
    """The files SQLite keeps beside a database while it is in use."""
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def in_use(path: Path) -> bool:
    """Whether a ``-wal`` or ``-journal`` file says someone has it open (or
    crashed with it open)."""
    wal, _shm, journal = sidecars(path)
    return wal.exists() or journal.exists()


def read_only_connection(
    path: Path, *, timeout: float = 5.0, immutable: bool | None = None
) -> sqlite3.Connection:
    """A connection to *path* that cannot change it. *immutable* None: when
    no one has the file open."""
    uri = Path(path).absolute().as_uri() + "?mode=ro"
    if immutable is None:
        immutable = not in_use(path)
    if immutable:
        # Nothing to recover and no one writing: read the file as it is,
        # without creating -wal and -shm files beside it.
        uri += "&immutable=1"
    return sqlite3.connect(uri, uri=True, timeout=timeout, check_same_thread=False)


@dataclass(frozen=True)
class Header:
    page_size: int
    #: Pages the header says the file has; None when that field is not valid.
    page_count: int | None
    wal: bool


def read_header(path: Path) -> Header | None:
    """The SQLite header of *path*, or None when it is not an SQLite file.
    Raises OSError when it cannot be read."""
    with Path(path).open("rb") as fh:
        head = fh.read(HEADER_SIZE)
    if len(head) < HEADER_SIZE or not head.startswith(SQLITE_MAGIC):
        return None
    raw_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if raw_size == 1 else raw_size
    if page_size < 512 or page_size & (page_size - 1):
        return None
    count = int.from_bytes(head[28:32], "big")
    # The size field is valid only if written by a version that also kept
    # the "version-valid-for" number equal to the change counter.
    valid = count > 0 and head[92:96] == head[24:28]
    return Header(page_size=page_size, page_count=count if valid else None, wal=head[18] == 2)


def truncated(path: Path, header: Header) -> bool:
    """Whether the file is shorter than its header promises."""
    if header.page_count is None:
        return False
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return False  # the newest pages may be in the WAL: cannot tell from here
    return path.stat().st_size < header.page_size * header.page_count


def full_check_for(path: Path) -> bool:
    """Whether *path* is small enough for the thorough integrity check."""
    try:
        return Path(path).stat().st_size <= FULL_CHECK_MAX_BYTES
    except OSError:
        return True


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    #: False when the time budget ran out first (ok then means "no problem
    #: found in the part that was checked").
    complete: bool = True
    #: The first problems SQLite reported.
    detail: str = ""


def check_connection(
    conn: sqlite3.Connection, *, full: bool = False, budget: float | None = None
) -> CheckResult:
    """Run ``quick_check`` (or ``integrity_check`` when *full*) on *conn*,
    stopping after *budget* seconds if given. Damage that stops SQLite from
    reading at all is reported as a failed check, not raised."""
    if budget is not None and budget <= 0:
        return CheckResult(ok=True, complete=False)
    stopped = threading.Event()

    def stop() -> None:
        stopped.set()
        conn.interrupt()  # also stops inside the b-tree walk, which is one VM step

    timer = None
    if budget is not None:
        timer = threading.Timer(max(0.0, budget), stop)
        timer.daemon = True
        timer.start()
    pragma = "integrity_check(3)" if full else "quick_check(3)"
    try:
        rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.OperationalError as exc:
        if stopped.is_set() and "interrupt" in str(exc).lower():
            return CheckResult(ok=True, complete=False)
        if is_damage(exc):
            return CheckResult(ok=False, detail=str(exc))
        raise
    except sqlite3.DatabaseError as exc:
        return CheckResult(ok=False, detail=str(exc))
    finally:
        if timer is not None:
            timer.cancel()
    found = [str(row[0]) for row in rows]
    if found == ["ok"]:
        return CheckResult(ok=True)
    return CheckResult(ok=False, detail="; ".join(found))


# --- what a failed read or write means ----------------------------------------------------


def _chain(exc: BaseException) -> list[BaseException]:
    """*exc* and what lies behind it: peewee wraps the sqlite3 error (as its
    first argument), and a failed ROLLBACK after SQLite already rolled back
    (it does so on a full disk) hides the real error in ``__context__``."""
    found: list[BaseException] = []
    pending: list[BaseException] = [exc]
    while pending and len(found) < 20:
        current = pending.pop()
        if any(current is seen for seen in found):
            continue
        found.append(current)
        inner = current.args[0] if current.args else None
        for nxt in (inner, current.__cause__, current.__context__):
            if isinstance(nxt, BaseException):
                pending.append(nxt)
    return found


def _matches(exc: BaseException, codes: set[str], words: tuple[str, ...]) -> bool:
    for inner in _chain(exc):
        name = getattr(inner, "sqlite_errorname", "") or ""
        if name in codes:
            return True
        text = str(inner).lower()
        if any(word in text for word in words):
            return True
    return False


def is_damage(exc: BaseException) -> bool:
    """Whether SQLite said the file is damaged or not a database."""
    return _matches(exc, _DAMAGE_CODES, _DAMAGE_WORDS)


def is_disk_full(exc: BaseException) -> bool:
    for inner in _chain(exc):
        if isinstance(inner, OSError) and inner.errno in (
            errno.ENOSPC,
            getattr(errno, "EDQUOT", -1),
        ):
            return True
    return _matches(exc, _FULL_CODES, _FULL_WORDS)


def is_read_only(exc: BaseException) -> bool:
    return _matches(exc, _READ_ONLY_CODES, _READ_ONLY_WORDS)


def read_only_error(path: Path | str) -> DatabaseReadOnlyError:
    return DatabaseReadOnlyError(
        QT_TRANSLATE_NOOP(
            "app",
            "The database file is read-only: {path}. Nothing was changed. To work with it, "
            "make the file and its folder writable (on Windows: the file's Properties, "
            "untick Read-only) or copy it to a folder of yours and open the copy.",
        ),
        path=str(path),
    )


def disk_full_error(path: Path | str) -> DiskFullError:
    return DiskFullError(
        QT_TRANSLATE_NOOP(
            "app",
            "The disk is full: the change could not be saved to {path}. Nothing was lost; "
            "the data stored before is intact. Free some space on the disk, then try again.",
        ),
        path=str(path),
    )


def read_only_warning(path: Path | str) -> DatabaseReadOnlyError | None:
    """For a database that opened although it cannot be written (a read-only
    WAL file): the message to show up front; None when it can be written."""
    path = Path(path)
    if not path.exists() or (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        return None
    return read_only_error(path)


def explain_database_error(exc: BaseException, path: Path | str | None = None) -> KnownError | None:
    """A failed database read or write as the user should hear it, or None
    when it is not one of the environment problems recognised here (a busy
    database, a bug)."""
    if path is None:
        from app.db import database_path

        path = database_path() or ""
    if is_disk_full(exc):
        return disk_full_error(path)
    if is_read_only(exc):
        return read_only_error(path)
    return None


# --- the start-up check, started early ------------------------------------------------------

_early: dict[str, tuple[tuple[int, int], concurrent.futures.Future[CheckResult]]] = {}


def _stamp(path: Path) -> tuple[int, int]:
    stat = path.stat()
    return (stat.st_size, stat.st_mtime_ns)


def start_early_check(path: Path, budget: float) -> None:
    """Start the start-up ``quick_check`` of *path* in a thread now, so that it
    runs on another core while the GUI's modules load; ``early_check`` takes
    its result when the database is opened. Never raises: any problem is the
    opening's to report."""
    try:
        path = Path(path).absolute()
        if not path.is_file() or path.stat().st_size == 0:
            return
        stamp = _stamp(path)
    except OSError:
        return

    def run() -> CheckResult:
        conn = read_only_connection(path)
        try:
            return check_connection(conn, budget=budget)
        finally:
            conn.close()

    future: concurrent.futures.Future[CheckResult] = concurrent.futures.Future()

    def work() -> None:
        try:
            future.set_result(run())
        except BaseException as exc:  # handed to early_check's caller
            future.set_exception(exc)

    threading.Thread(target=work, name="early-check", daemon=True).start()
    _early[str(path)] = (stamp, future)


def early_check(path: Path) -> CheckResult | None:
    """The result of ``start_early_check`` for *path* (waiting for it), or
    None when none was started or the file changed since (check it anew)."""
    found = _early.pop(str(Path(path).absolute()), None)
    if found is None:
        return None
    stamp, future = found
    result = future.result()  # re-raises what the check raised
    try:
        return result if _stamp(Path(path)) == stamp else None
    except OSError:
        return None
