"""Writing one backup file: SQLite's online backup API from the open
database (or a read-only connection to the file) into a temporary file in
the backup folder, created 0600 before a byte is written, switched to a
rollback journal so that it is one self-contained file, read back and
checked (``app.integrity``), then renamed to its final name. Whatever goes
wrong, the temporary file is removed and the error says what to do."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

from app.backup_catalog import BackupInfo, backup_name, parse_name
from app.backup_verify import cannot_write, damaged_backup, disk_full, folder_missing
from app.errors import BackupError
from app.i18n import QT_TRANSLATE_NOOP
from app.integrity import (
    check_connection,
    full_check_for,
    is_damage,
    is_disk_full,
    read_only_connection,
    sidecars,
)

#: Pages copied per step of the backup API when restoring (16 MB with 4 KB
#: pages): a progress report per step. Nobody writes to a backup meanwhile.
STEP_PAGES = 4096
Progress = Callable[[int, int], None]


@contextlib.contextmanager
def _source(db_path: Path) -> Iterator[sqlite3.Connection]:
    """A connection to read *db_path* from: this thread's connection of the
    open database if it is that file, else one that cannot write."""
    from app.db import DB, database_path

    open_path = database_path()
    if open_path is not None and Path(open_path).absolute() == db_path and not DB.is_closed():
        yield DB.connection()
        return
    conn = read_only_connection(db_path)
    try:
        yield conn
    finally:
        conn.close()


def prepare_folder(folder: Path, *, create: bool) -> None:
    if folder.exists():
        if not folder.is_dir() or not os.access(folder, os.W_OK):
            raise cannot_write(folder, "not a writable folder")
        return
    if not create:
        raise folder_missing(folder)
    try:
        # Backups are the user's only: 0700 on POSIX.
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        if is_disk_full(exc):
            raise disk_full(folder) from exc
        raise cannot_write(folder, exc.strerror or str(exc)) from exc


def remove_partial(path: Path) -> None:
    for leftover in (path, *sidecars(path)):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX; Windows has no directory handles for this)."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _copy(source: sqlite3.Connection, dest_path: Path, progress: Progress | None) -> None:
    """Copy *source* into the (empty) file *dest_path* and leave it as one
    self-contained file (rollback journal, not WAL). In one step: a backup
    made in steps starts over whenever another connection writes between
    two of them, so a busy office could keep it from ever finishing; one
    step reads one consistent snapshot while the others go on writing (WAL)."""

    dest = sqlite3.connect(str(dest_path))
    try:
        source.backup(dest, pages=-1, progress=reporter(progress))
        dest.execute("PRAGMA journal_mode = delete")
    finally:
        dest.close()


def _check_written(path: Path) -> None:
    """Read the copy back from the disk and check it; raise when it fails."""
    try:
        conn = read_only_connection(path, immutable=True)
        try:
            result = check_connection(conn, full=full_check_for(path))
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise damaged_backup(path.parent, str(exc)) from exc
    if not result.ok:
        raise damaged_backup(path.parent, result.detail)


def write_backup(
    db_path: Path,
    kind: str,
    folder: Path,
    *,
    version: int | None,
    progress: Progress | None,
    now: datetime | None,
) -> BackupInfo:
    made = (now or datetime.now()).replace(microsecond=0)
    n = 0
    while (folder / backup_name(db_path, kind, made, version=version, n=n)).exists():
        n += 1
    final = folder / backup_name(db_path, kind, made, version=version, n=n)
    temporary = final.with_name(final.name + ".partial")
    try:
        # Created 0600 before SQLite writes a byte: never readable by others.
        fd = os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        with _source(db_path) as source:
            _copy(source, temporary, progress)
        _check_written(temporary)
        if sys.platform != "win32":
            os.chmod(temporary, 0o600)
        os.replace(temporary, final)
    except BackupError:
        remove_partial(temporary)
        raise
    except KeyboardInterrupt:
        remove_partial(temporary)
        raise
    except (OSError, sqlite3.Error) as exc:
        remove_partial(temporary)
        if is_disk_full(exc):
            raise disk_full(folder) from exc
        if isinstance(exc, sqlite3.Error) and is_damage(exc):
            raise damaged_backup(folder, str(exc)) from exc
        if not folder.is_dir():
            raise folder_missing(folder) from exc  # a drive removed while writing
        if isinstance(exc, OSError):
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise cannot_write(folder, reason) from exc
        raise BackupError(
            QT_TRANSLATE_NOOP("app", "The backup could not be written to {folder}: {reason}"),
            code="failed",
            folder=str(folder),
            reason=str(exc),
        ) from exc
    _sync_folder(folder)
    written = parse_name(final)
    if written is None:  # cannot happen: the name was made by backup_name
        return BackupInfo(final, made, kind, final.stat().st_size, db_path.stem, version)
    return written


def reporter(progress: Progress | None) -> Callable[[int, int, int], None] | None:
    if progress is None:
        return None

    def report(_status: int, remaining: int, total: int) -> None:
        if total:
            progress(total - remaining, total)

    return report
