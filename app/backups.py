"""Backups of the database and restoring one.

Every backup is made with SQLite's online backup API (never by copying a
live file, which would miss what is still in the WAL and could catch a
half-written page): into a temporary file in the backup folder, created
readable by the user only (0600 on POSIX), checked (``integrity_check`` up to
64 MB, ``quick_check`` above: see ``app.integrity``), then renamed to its
final name (``app.backup_catalog``). A backup that fails its check is deleted
and the failure reported.

Backups are made at start-up when the last one is older than a day
(``backup_if_due``), before every migration and every import, before a
restore, and on demand; old ones go by the rotation in ``app.backup_catalog``.

``restore_backup`` checks the backup first (refusing a truncated, damaged,
foreign or newer file before anything is touched), backs up the current
database, and then writes the backup into the database file with the backup
API, so that the database's own WAL and locks stay consistent for every
connection that has it open.
"""

from __future__ import annotations

import glob
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from app import backup_catalog as catalog
from app.backup_catalog import BackupInfo, list_backups, plan_rotation
from app.backup_settings import backup_folder, folder_is_default, rotation_policy
from app.backup_verify import disk_full, verify_backup
from app.backup_writer import (
    STEP_PAGES,
    Progress,
    prepare_folder,
    remove_partial,
    reporter,
    write_backup,
)
from app.errors import BackupError, DatabaseOpenError
from app.i18n import QT_TRANSLATE_NOOP
from app.integrity import (
    check_connection,
    is_disk_full,
    is_read_only,
    read_only_connection,
    read_only_error,
    sidecars,
)

log = logging.getLogger(__name__)

__all__ = [
    "BackupInfo",
    "RestoreResult",
    "backup_before_import",
    "backup_before_migration",
    "backup_if_due",
    "backups_of",
    "list_backups",
    "make_backup",
    "restore_backup",
    "rotate",
    "set_aside",
    "verify_backup",
]


def _database_path(db_path: Path | str | None) -> Path:
    from app.db import database_path

    path = Path(db_path) if db_path is not None else database_path()
    if path is None or str(path) in ("", ":memory:"):
        raise BackupError(
            QT_TRANSLATE_NOOP("app", "There is no database file to back up."), code="missing"
        )
    return path.expanduser().absolute()


def make_backup(
    kind: str = catalog.MANUAL,
    folder: Path | str | None = None,
    *,
    db_path: Path | str | None = None,
    create_folder: bool | None = None,
    version: int | None = None,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> BackupInfo:
    """Back up *db_path* (default: the open database) into *folder* (default:
    its backup folder) and return what was written. The default folder is
    created when missing; a chosen one only with *create_folder* (it may be
    a removed drive). After a backup into the backup folder, old backups go
    by the rotation. Raises ``BackupError``."""
    path = _database_path(db_path)
    configured = backup_folder(path)
    target = Path(folder).expanduser().absolute() if folder is not None else configured
    if create_folder is None:
        create_folder = folder is not None or folder_is_default(path)
    prepare_folder(target, create=create_folder)
    info = write_backup(path, kind, target, version=version, progress=progress, now=now)
    if target == configured.absolute():
        try:
            rotate(path)
        except OSError:
            log.warning("rotating the backups in %s failed", target, exc_info=True)
    return info


def backups_of(db_path: Path | str) -> list[BackupInfo]:
    """The backups of *db_path*, newest first: in its backup folder and, for
    the ones older Kehu versions made before a migration, beside it."""
    path = Path(db_path).expanduser().absolute()
    return list_backups([backup_folder(path), path.parent], stem=path.stem)


# --- rotation --------------------------------------------------------------------------------


def _origin(path: Path) -> str | None:
    """When the database a file belongs to was created (schema_info): two
    databases with the same name sharing a folder keep apart."""
    try:
        conn = read_only_connection(path)
        try:
            row = conn.execute("SELECT value FROM schema_info WHERE key = 'created_at'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def rotate(db_path: Path | str) -> list[Path]:
    """Delete the backups of *db_path* in its backup folder that the rotation
    lets go; returns them. Only backups made from this very database are
    considered; a file that cannot be read is never deleted."""
    path = _database_path(db_path)
    folder = backup_folder(path)
    backups = list_backups(folder, stem=path.stem)
    origin = _origin(path)
    if origin is not None:
        backups = [b for b in backups if _origin(b.path) == origin]
    deleted = _stale_partials(folder, path.stem)
    for backup in plan_rotation(backups, rotation_policy(path)):
        try:
            backup.path.unlink()
        except OSError:
            log.warning("could not delete the old backup %s", backup.path, exc_info=True)
            continue
        deleted.append(backup.path)
    return deleted


#: A half-written backup older than this was left by a process that died
#: (a younger one may be another instance's backup being written now).
STALE_PARTIAL = timedelta(hours=1)


def _stale_partials(folder: Path, stem: str) -> list[Path]:
    """Delete the half-written backups a killed process left behind."""
    deleted = []
    cutoff = datetime.now().timestamp() - STALE_PARTIAL.total_seconds()
    for leftover in folder.glob(f"{glob.escape(stem)}*.partial"):
        try:
            if leftover.stat().st_mtime < cutoff:
                remove_partial(leftover)
                deleted.append(leftover)
        except OSError:
            continue
    return deleted


# --- when backups are made -----------------------------------------------------------------


def backup_if_due(
    db_path: Path | str | None = None,
    *,
    max_age: timedelta = timedelta(days=1),
    now: datetime | None = None,
    progress: Progress | None = None,
) -> BackupInfo | None:
    """The start-up backup: made when the newest regular backup is older than
    *max_age*; None when none was due."""
    path = _database_path(db_path)
    moment = now or datetime.now()
    regular = [b for b in backups_of(path) if b.kind in catalog.REGULAR_KINDS]
    if regular and moment - regular[0].made < max_age and regular[0].made <= moment:
        return None
    return make_backup(catalog.DAILY, db_path=path, progress=progress, now=now)


def backup_before_migration(db_path: Path, version: int) -> BackupInfo:
    """A migration never proceeds without a backup: into the backup folder,
    else beside the database; if neither can be written, the migration is
    refused and the file left as it was."""
    try:
        return make_backup(catalog.BEFORE_MIGRATION, db_path=db_path, version=version)
    except BackupError as first:
        log.warning("backup before migration into the backup folder failed: %s", first)
        try:
            return make_backup(
                catalog.BEFORE_MIGRATION, db_path.parent, db_path=db_path, version=version
            )
        except BackupError as second:
            raise DatabaseOpenError(
                QT_TRANSLATE_NOOP(
                    "app",
                    "Kehu must update the database {path} to this version, but could not "
                    "write a backup of it first ({reason}). The database was not changed. "
                    "Free some space or make the backup folder writable, then open it again.",
                ),
                path=str(db_path),
                reason=str(second),
            ) from second


def backup_before_import() -> BackupInfo | None:
    """Before an import writes: a backup of the open database, unless it is in
    memory or has no customers yet (nothing to lose)."""
    from app.db import database_path
    from app.models import Customer

    path = database_path()
    if path is None or str(path) in ("", ":memory:"):
        return None
    if not Customer.select().exists():
        return None
    return make_backup(catalog.BEFORE_IMPORT, db_path=path)


# --- restore ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class RestoreResult:
    #: The backup of the database as it was just before (None: there was none).
    safety: BackupInfo | None
    #: Where a damaged current file was moved to instead (None: not needed).
    set_aside: Path | None


def set_aside(db_path: Path, *, now: datetime | None = None) -> Path:
    """Rename a (damaged) database and its -wal/-shm files to
    ``<name>.damaged-<stamp>``: kept, never written to, out of the way."""
    stamp = (now or datetime.now()).strftime(catalog.STAMP_FORMAT)
    target = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = db_path.with_name(f"{db_path.name}.damaged-{stamp}-{n}")
    try:
        for companion, suffix in zip(sidecars(db_path), ("-wal", "-shm", "-journal"), strict=True):
            if companion.exists():
                os.replace(companion, target.with_name(target.name + suffix))
        os.replace(db_path, target)
    except OSError as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "app",
                "The damaged database {path} could not be moved aside ({reason}); nothing "
                "was restored. Close every program using it and try again.",
            ),
            code="current_damaged",
            path=str(db_path),
            reason=exc.strerror or str(exc),
        ) from exc
    return target


def _safety_backup(db_path: Path, now: datetime | None) -> tuple[BackupInfo | None, Path | None]:
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None, None
    try:
        return make_backup(catalog.BEFORE_RESTORE, db_path=db_path, now=now), None
    except BackupError as exc:
        if exc.code != "damaged" or _sound(db_path):
            raise  # a sound database whose copy failed: the backup disk is at fault
    # The current file cannot be copied because it is damaged: keep it
    # whole, under another name, instead.
    return None, set_aside(db_path, now=now)


def _sound(db_path: Path) -> bool:
    try:
        conn = read_only_connection(db_path)
        try:
            return check_connection(conn).ok
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False


def restore_backup(
    backup_path: Path | str,
    db_path: Path | str,
    *,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> RestoreResult:
    """Replace the contents of *db_path* with the backup's. The backup is
    checked first (nothing is touched when it fails), the current database
    is backed up (or, when damaged, moved aside). Re-open the database
    afterwards (``open_database``), which also brings an older backup up to
    this version. Raises ``BackupError``."""
    source_path = Path(backup_path).expanduser().absolute()
    target = Path(db_path).expanduser().absolute()
    if source_path == target:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "app", "{path} is the database itself; choose a backup to restore from."
            ),
            code="same_file",
            path=str(target),
        )
    problem = verify_backup(source_path)
    if problem is not None:
        raise problem
    if target.exists() and not os.access(target, os.W_OK):
        raise read_only_error(target)
    safety, moved = _safety_backup(target, now)
    created = not target.exists()
    try:
        if created:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        source = read_only_connection(source_path)
        try:
            dest = sqlite3.connect(str(target), timeout=30)
            try:
                source.backup(dest, pages=STEP_PAGES, progress=reporter(progress))
            finally:
                dest.close()
        finally:
            source.close()
    except (OSError, sqlite3.Error) as exc:
        # The copy runs in one transaction of the database: a failure rolls
        # it back and the database is as it was.
        if created:
            remove_partial(target)
        if is_disk_full(exc):
            raise disk_full(target.parent) from exc
        if is_read_only(exc):
            raise read_only_error(target) from exc
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "app",
                "The backup could not be written into {path} ({reason}). The database is as "
                "it was.",
            ),
            code="failed",
            path=str(target),
            reason=exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc),
        ) from exc
    return RestoreResult(safety=safety, set_aside=moved)
