"""Where the backups of a database go and how many are kept: per machine, in
a small JSON file in the user's configuration folder, keyed by the
database's absolute path. It lives outside the database on purpose: it must
be readable when the database itself is damaged.

``KEHU_CONFIG_DIR`` points somewhere else (the tests do, so that they never
touch the user's own settings)."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

log = logging.getLogger(__name__)

APP_NAME = "Kehu"
SETTINGS_FILE = "backups.json"
DEFAULT_DAILY, DEFAULT_WEEKLY, DEFAULT_MONTHLY = 7, 4, 12
#: The newest backups of each "before-..." kind that are always kept.
DEFAULT_SAFETY = 5


@dataclass(frozen=True)
class RotationPolicy:
    """Keep the newest backup of each of the last ``daily`` days, ``weekly``
    ISO weeks and ``monthly`` months, and the newest ``safety`` backups of
    each "before-..." kind."""

    daily: int = DEFAULT_DAILY
    weekly: int = DEFAULT_WEEKLY
    monthly: int = DEFAULT_MONTHLY
    safety: int = DEFAULT_SAFETY


def config_dir() -> Path:
    override = os.environ.get("KEHU_CONFIG_DIR", "").strip()
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE


def _key(db_path: Path | str) -> str:
    return str(Path(db_path).expanduser().absolute())


def default_folder(db_path: Path | str) -> Path:
    """``<database folder>/<database stem>-backups``."""
    path = Path(db_path).expanduser().absolute()
    return path.parent / f"{path.stem}-backups"


def _load() -> dict[str, Any]:
    path = settings_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        # A damaged settings file must not stop a backup: defaults apply.
        log.warning("cannot read %s (%s); using the default backup settings", path, exc)
        return {}
    return data if isinstance(data, dict) else {}


def _entry(db_path: Path | str) -> dict[str, Any]:
    databases = _load().get("databases")
    if not isinstance(databases, dict):
        return {}
    entry = databases.get(_key(db_path))
    return entry if isinstance(entry, dict) else {}


def _store(db_path: Path | str, **values: Any) -> None:
    """Merge *values* into the database's entry (None removes a key) and write
    the file atomically. Raises OSError when it cannot be written."""
    data = _load()
    databases = data.get("databases")
    if not isinstance(databases, dict):
        databases = data["databases"] = {}
    entry = databases.get(_key(db_path))
    if not isinstance(entry, dict):
        entry = databases[_key(db_path)] = {}
    for key, value in values.items():
        if value is None:
            entry.pop(key, None)
        else:
            entry[key] = value
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".part")
    temporary.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(temporary, path)


def backup_folder(db_path: Path | str) -> Path:
    """The folder the backups of *db_path* go to (the user's choice or the default)."""
    chosen = _entry(db_path).get("folder")
    if isinstance(chosen, str) and chosen.strip():
        return Path(chosen).expanduser()
    return default_folder(db_path)


def folder_is_default(db_path: Path | str) -> bool:
    chosen = _entry(db_path).get("folder")
    return not (isinstance(chosen, str) and chosen.strip())


def set_backup_folder(db_path: Path | str, folder: Path | str | None) -> None:
    """Remember *folder* for *db_path* (None: back to the default)."""
    value = None
    if folder is not None:
        chosen = Path(folder).expanduser().absolute()
        value = None if chosen == default_folder(db_path) else str(chosen)
    _store(db_path, folder=value)


def _count(value: Any, default: int, minimum: int) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and minimum <= value <= 1000:
        return value
    return default


def rotation_policy(db_path: Path | str) -> RotationPolicy:
    entry = _entry(db_path)
    return RotationPolicy(
        daily=_count(entry.get("daily"), DEFAULT_DAILY, 1),
        weekly=_count(entry.get("weekly"), DEFAULT_WEEKLY, 0),
        monthly=_count(entry.get("monthly"), DEFAULT_MONTHLY, 0),
        safety=DEFAULT_SAFETY,
    )


def set_rotation_policy(db_path: Path | str, *, daily: int, weekly: int, monthly: int) -> None:
    _store(
        db_path,
        daily=max(1, int(daily)),
        weekly=max(0, int(weekly)),
        monthly=max(0, int(monthly)),
    )
