"""Is this file a backup Kehu can restore? And the messages for what can go
wrong with backups, each naming the way out."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.errors import BackupError
from app.i18n import QT_TRANSLATE_NOOP
from app.integrity import check_connection, full_check_for, read_header, read_only_connection
from app.integrity import truncated as is_truncated


def folder_missing(folder: Path) -> BackupError:
    return BackupError(
        QT_TRANSLATE_NOOP(
            "app",
            "The backup folder {folder} is not there any more (a removed drive, or a "
            "deleted or renamed folder). Create it again or choose another backup folder.",
        ),
        code="folder_missing",
        folder=str(folder),
    )


def cannot_write(folder: Path, reason: str) -> BackupError:
    return BackupError(
        QT_TRANSLATE_NOOP(
            "app",
            "Kehu cannot write to the backup folder {folder} ({reason}). Choose another "
            "backup folder.",
        ),
        code="folder_not_writable",
        folder=str(folder),
        reason=reason,
    )


def disk_full(folder: Path) -> BackupError:
    return BackupError(
        QT_TRANSLATE_NOOP(
            "app",
            "There is not enough free space in {folder}; the backup was not written and "
            "nothing was changed. Free some space or choose a backup folder on another disk.",
        ),
        code="disk_full",
        folder=str(folder),
    )


def damaged_backup(folder: Path, detail: str) -> BackupError:
    return BackupError(
        QT_TRANSLATE_NOOP(
            "app",
            "The backup failed its check after it was written ({detail}) and was deleted. "
            "Either the disk of {folder} is faulty or the database itself is damaged: try "
            "another backup folder, and if that fails too, restore a good backup.",
        ),
        code="damaged",
        folder=str(folder),
        detail=detail,
    )


def verify_backup(path: Path | str, *, full: bool | None = None) -> BackupError | None:
    """None when *path* is a sound Kehu backup this version can restore, else
    the problem: missing, not SQLite, truncated, damaged (``integrity_check``
    when *full*; default: up to 64 MB), not made by Kehu, made by a newer Kehu.
    Reads the file only; never changes it."""
    from app.db import SCHEMA_VERSION

    path = Path(path).expanduser().absolute()
    if not path.is_file():
        return BackupError(
            QT_TRANSLATE_NOOP("app", "There is no backup file {path}."),
            code="missing",
            path=str(path),
        )
    try:
        header = read_header(path) if path.stat().st_size else None
    except OSError as exc:
        return BackupError(
            QT_TRANSLATE_NOOP("app", "The backup {path} cannot be read: {reason}"),
            code="failed",
            path=str(path),
            reason=exc.strerror or str(exc),
        )
    if header is None:
        return BackupError(
            QT_TRANSLATE_NOOP(
                "app", "{path} is not a Kehu backup: it is not an SQLite database file."
            ),
            code="not_sqlite",
            path=str(path),
        )
    if is_truncated(path, header):
        expected = header.page_size * (header.page_count or 0)
        return BackupError(
            QT_TRANSLATE_NOOP(
                "app",
                "The backup {path} is incomplete: the file was cut off ({size} of {expected} "
                "bytes). It cannot be restored; choose another backup.",
            ),
            code="truncated",
            path=str(path),
            size=f"{path.stat().st_size:,}",
            expected=f"{expected:,}",
        )
    if full is None:
        full = full_check_for(path)
    try:
        conn = read_only_connection(path)
        try:
            result = check_connection(conn, full=full)
            tables = {
                name
                for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            row = None
            if "schema_info" in tables:
                row = conn.execute(
                    "SELECT value FROM schema_info WHERE key = 'schema_version'"
                ).fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return _damaged(path, str(exc))
    if not result.ok:
        return _damaged(path, result.detail)
    if row is None or not str(row[0]).isdecimal():
        return BackupError(
            QT_TRANSLATE_NOOP(
                "app",
                "{path} was not made by Kehu (it has no Kehu schema version). Choose a Kehu "
                "backup.",
            ),
            code="not_kehu",
            path=str(path),
        )
    if int(row[0]) > SCHEMA_VERSION:
        return BackupError(
            QT_TRANSLATE_NOOP(
                "app",
                "The backup {path} was made by a newer Kehu (schema {found}; this program "
                "knows up to {known}). Update Kehu to restore it; nothing was changed.",
            ),
            code="newer",
            path=str(path),
            found=int(row[0]),
            known=SCHEMA_VERSION,
        )
    return None


def _damaged(path: Path, detail: str) -> BackupError:
    return BackupError(
        QT_TRANSLATE_NOOP(
            "app",
            "The backup {path} is damaged ({detail}). It cannot be restored; choose another "
            "backup.",
        ),
        code="damaged",
        path=str(path),
        detail=detail,
    )
