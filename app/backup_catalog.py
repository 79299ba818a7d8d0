"""Which backups there are and which of them to keep.

A backup's file name says whose it is, what kind and when it was made:
``<stem>.<kind>-<YYYYmmdd-HHMMSS>.sqlite3``, e.g.
``kehu.daily-20260105-083000.sqlite3`` or
``kehu.before-migration-v4-20260105-083000.sqlite3``. So the list needs no
database and no index file, and a backup copied elsewhere keeps its story.

``plan_rotation`` is a pure function of the list and the policy: the newest
backup of each of the last N days, ISO weeks and months (counting only
days, weeks and months that have a backup, so that a holiday away from the
office never empties the folder), the newest few manual backups and
"before-..." safety backups of each kind, and always the newest backup of all."""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.backup_settings import RotationPolicy

MANUAL, DAILY = "manual", "daily"
BEFORE_MIGRATION, BEFORE_IMPORT, BEFORE_RESTORE = (
    "before-migration",
    "before-import",
    "before-restore",
)
REGULAR_KINDS = (MANUAL, DAILY)
SAFETY_KINDS = (BEFORE_MIGRATION, BEFORE_IMPORT, BEFORE_RESTORE)
KINDS = REGULAR_KINDS + SAFETY_KINDS
STAMP_FORMAT = "%Y%m%d-%H%M%S"
DEFAULT_SUFFIX = ".sqlite3"

_NAME = re.compile(
    r"^(?P<stem>.+)\.(?P<kind>" + "|".join(re.escape(k) for k in KINDS) + r")"
    r"(?:-v(?P<version>\d{1,4}))?-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d{1,3}))?"
    r"(?P<suffix>\.[A-Za-z0-9]{1,12})?$"
)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made: datetime
    kind: str
    size: int
    #: The stem of the database it was made from ("kehu" for kehu.sqlite3).
    stem: str
    #: For a backup made before a migration: the schema version it has.
    from_version: int | None = None

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def safety(self) -> bool:
        return self.kind in SAFETY_KINDS


def backup_name(
    db_path: Path, kind: str, made: datetime, *, version: int | None = None, n: int = 0
) -> str:
    """The file name of a backup of *db_path* (``n`` > 0 when two are made
    in the same second)."""
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    tag = f"-v{version}" if version is not None else ""
    extra = f"-{n}" if n else ""
    suffix = db_path.suffix or DEFAULT_SUFFIX
    return f"{db_path.stem}.{kind}{tag}-{made.strftime(STAMP_FORMAT)}{extra}{suffix}"


def parse_name(path: Path) -> BackupInfo | None:
    """The backup a file name describes, or None when it is not one of ours.
    The size is read from the file."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        made = datetime.strptime(match["stamp"], STAMP_FORMAT)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    version = match["version"]
    # One more second per clash keeps same-second backups in order.
    n = int(match["n"] or 0)
    return BackupInfo(
        path=path,
        made=made.replace(microsecond=min(n, 999)),
        kind=match["kind"],
        size=size,
        stem=match["stem"],
        from_version=int(version) if version else None,
    )


def list_backups(folders: Path | Iterable[Path], *, stem: str | None = None) -> list[BackupInfo]:
    """The backups in *folders* (of the database *stem* if given), newest first.
    A folder that is not there lists nothing."""
    if isinstance(folders, Path):
        folders = [folders]
    found: dict[Path, BackupInfo] = {}
    for folder in folders:
        try:
            entries = list(Path(folder).iterdir())
        except OSError:
            continue
        for entry in entries:
            info = parse_name(entry)
            if info is None or (stem is not None and info.stem != stem):
                continue
            if entry.is_file():
                found[entry.absolute()] = info
    return sorted(found.values(), key=lambda b: (b.made, b.name), reverse=True)


def _newest_per_period(
    backups: Sequence[BackupInfo], count: int, period: Callable[[datetime], Hashable]
) -> set[Path]:
    kept: set[Path] = set()
    seen: set[Hashable] = set()
    for backup in backups:  # newest first
        key = period(backup.made)
        if key in seen:
            continue
        if len(seen) >= count:
            break
        seen.add(key)
        kept.add(backup.path)
    return kept


def _iso_week(when: datetime) -> Hashable:
    year, week, _day = when.isocalendar()
    return (year, week)


def plan_rotation(backups: Sequence[BackupInfo], policy: RotationPolicy) -> list[BackupInfo]:
    """The backups that the policy lets go (the rest are kept)."""
    ordered = sorted(backups, key=lambda b: (b.made, b.name), reverse=True)
    if not ordered:
        return []
    keep: set[Path] = {ordered[0].path}  # the newest of all, whatever its kind
    regular = [b for b in ordered if b.kind in REGULAR_KINDS]
    keep |= _newest_per_period(regular, policy.daily, lambda d: d.date())
    keep |= _newest_per_period(regular, policy.weekly, _iso_week)
    keep |= _newest_per_period(regular, policy.monthly, lambda d: (d.year, d.month))
    # The admin's own "back up now" backups: the newest few stay whatever the
    # daily ones do (a daily backup later that day must not take one away).
    for kind in (MANUAL, *SAFETY_KINDS):
        keep |= {b.path for b in [b for b in ordered if b.kind == kind][: policy.safety]}
    return [b for b in ordered if b.path not in keep]
