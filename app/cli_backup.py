"""The backup commands of the command line; the same app/ functions as the
Backups dialog.

- ``backup``: writes a backup of the database (SQLite's backup API, checked
  after writing) into its backup folder or ``--to DIR``; prints the file
  and its size.
- ``restore BACKUP``: checks the backup, backs up the current database,
  writes the backup into it. Asks first on a terminal; otherwise needs
  ``--yes``.
- ``backups``: lists the backups of the database with their check.

Exit status 0 when done, 2 when it could not be done (the message says why;
nothing was changed).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.backup_catalog import BEFORE_MIGRATION, BackupInfo

KIND_TEXT = {
    "manual": "manual",
    "daily": "daily",
    "before-migration": "before update",
    "before-import": "before import",
    "before-restore": "before restore",
}


def add_backup_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    backup = sub.add_parser(
        "backup",
        parents=[common],
        help="back up the database",
        description=(
            "Write a backup of the database with SQLite's online backup API (safe while "
            "Kehu is running), check it, and keep it readable by you only. It goes into "
            "the database's backup folder (by default <database name>-backups next to the "
            "database; changed in the Backups dialog) unless --to names another folder. "
            "Prints the file written and its size."
        ),
    )
    backup.add_argument(
        "--to", metavar="DIR", help="write the backup into this folder (created if needed)"
    )
    backup.set_defaults(func=cmd_backup)

    restore = sub.add_parser(
        "restore",
        parents=[common],
        help="restore the database from a backup",
        description=(
            "Replace the contents of the database with a backup. The backup is checked "
            "first (a damaged, cut-off or foreign file, or one from a newer Kehu, is refused "
            "and nothing is changed); the current database is backed up first (or, if it is "
            "damaged, kept under another name). Asks for confirmation on a terminal; give "
            "--yes to restore without asking."
        ),
    )
    restore.add_argument("backup", metavar="BACKUP", help="the backup file to restore")
    restore.add_argument("--yes", action="store_true", help="restore without asking")
    restore.set_defaults(func=cmd_restore)

    listing = sub.add_parser(
        "backups",
        parents=[common],
        help="list the backups of the database",
        description=(
            "List the backups of the database, newest first: when made, kind, size, and "
            "whether the file passes its check (ok) or not (damaged, cut off ...)."
        ),
    )
    listing.set_defaults(func=cmd_backups)


def _say(text: str) -> None:
    print(f"kehu: {text}", file=sys.stderr)


def size_text(size: int) -> str:
    """12.3 MB, 640 KB, 512 bytes."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):,.1f} MB"
    if size >= 1024:
        return f"{size / 1024:,.0f} KB"
    return f"{size:,} bytes"


def kind_text(info: BackupInfo) -> str:
    text = KIND_TEXT.get(info.kind, info.kind)
    if info.kind == BEFORE_MIGRATION and info.from_version is not None:
        text += f" (v{info.from_version})"
    return text


def _made(info: BackupInfo) -> str:
    return info.made.strftime("%Y-%m-%d %H:%M:%S")


def cmd_backup(args: argparse.Namespace) -> int:
    from app.backups import make_backup
    from app.db import open_database, resolve_target

    path = resolve_target(args.db)
    if not path.is_file():
        _say(f"there is no database {str(path)!r}; nothing was backed up.")
        return 2
    open_database(path, create=False)
    info = make_backup("manual", args.to, create_folder=True if args.to else None)
    print(f"{info.path}\t{size_text(info.size)}")
    _say(f"backed up {path.name} to {info.path} ({info.size:,} bytes, checked).")
    return 0


def _confirmed(backup: Path, db_path: Path, made: str) -> bool:
    if not sys.stdin.isatty():
        _say(
            f"restoring replaces the contents of {db_path}; add --yes to confirm. "
            "Nothing was changed."
        )
        return False
    print(
        f"Replace the contents of {db_path} with the backup {backup.name}{made}?\n"
        "The current database is backed up first.",
        file=sys.stderr,
    )
    answer = input("Restore? [y/N] ").strip().lower()
    if answer not in ("y", "yes"):
        _say("nothing was changed.")
        return False
    return True


def cmd_restore(args: argparse.Namespace) -> int:
    from app.backup_catalog import parse_name
    from app.backups import restore_backup, verify_backup
    from app.db import close_database, open_database, resolve_target

    backup = Path(args.backup).expanduser()
    db_path = resolve_target(args.db)
    problem = verify_backup(backup)
    if problem is not None:
        _say(str(problem))
        return 2
    info = parse_name(backup)
    made = f" made {_made(info)}" if info is not None else ""
    if not args.yes and not _confirmed(backup, db_path, made):
        return 2
    close_database()
    result = restore_backup(backup, db_path)
    if result.safety is not None:
        _say(f"the database as it was is backed up in {result.safety.path}.")
    if result.set_aside is not None:
        _say(f"the damaged database was kept as {result.set_aside}.")
    # Opening checks the result and brings an older backup up to this version.
    open_database(db_path, create=False)
    print(f"Restored {backup.name}{made} into {db_path}.")
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    from app.backup_settings import backup_folder
    from app.backups import backups_of, verify_backup
    from app.cli import format_table
    from app.db import resolve_target

    db_path = resolve_target(args.db)
    folder = backup_folder(db_path)
    found = backups_of(db_path)
    if not found:
        _say(f"no backups of {db_path} in {folder} yet.")
        return 0
    rows = []
    for info in found:
        problem = verify_backup(info.path, full=False)
        status = "ok" if problem is None else _status(problem.code)
        rows.append([_made(info), kind_text(info), size_text(info.size), status, str(info.path)])
    print(format_table(["Made", "Kind", "Size", "Check", "File"], rows))
    _say(
        f"{len(found):,} backup{'s' if len(found) != 1 else ''} of {db_path.name}; folder {folder}."
    )
    return 0


def _status(code: str) -> str:
    return {
        "truncated": "cut off",
        "damaged": "damaged",
        "newer": "newer Kehu",
        "not_kehu": "not Kehu",
        "not_sqlite": "not SQLite",
    }.get(code, "unreadable")
