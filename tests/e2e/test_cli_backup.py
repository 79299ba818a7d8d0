"""``python main.py backup | restore | backups`` as a user runs them: real
files, exit codes 0/2, messages on stderr, never a traceback, and the
database checked afterwards."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.audit import register_on_connection
from app.backup_settings import set_backup_folder
from app.db import SCHEMA_VERSION, close_database
from tests.e2e.test_cli import kehu, no_traceback
from tests.unit.test_backups import (
    NAMES,
    corrupt_middle,
    kehu_file,
    many_customers_file,
    set_version,
    stored_names,
)


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("KEHU_CONFIG_DIR", str(tmp_path / "config"))  # the child inherits it
    yield
    close_database()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return kehu_file(tmp_path / "kehu.sqlite3")


def snapshot(db: Path) -> dict[str, bytes]:
    """The database and the files beside it (a -wal or -shm appearing counts)."""
    return {p.name: p.read_bytes() for p in db.parent.iterdir() if p.is_file()}


def backup_of(db: Path, *args: str) -> Path:
    result = kehu("backup", "--db", str(db), *args)
    assert result.returncode == 0, result.stderr
    written = Path(result.stdout.split("\t")[0])
    assert written.is_file() and "checked" in result.stderr
    return written


def test_backup_restore_and_list(db: Path, tmp_path: Path) -> None:
    result = kehu("backup", "--db", str(db))
    assert result.returncode == 0, result.stderr
    path_text, size_text = result.stdout.strip().split("\t")
    backup = Path(path_text)
    assert backup.parent == tmp_path / "kehu-backups" and backup.name.startswith("kehu.manual-")
    assert size_text.endswith(("KB", "MB"))
    assert stored_names(backup) == sorted(NAMES)

    conn = sqlite3.connect(db)
    register_on_connection(conn)  # what the audit trail's triggers call
    conn.execute("DELETE FROM customer WHERE name = '张三'")
    conn.commit()
    conn.close()
    result = kehu("restore", str(backup), "--db", str(db), "--yes")
    assert result.returncode == 0, result.stderr
    assert f"Restored {backup.name}" in result.stdout and "made 20" in result.stdout
    assert "the database as it was is backed up in" in result.stderr
    assert stored_names(db) == sorted(NAMES)

    elsewhere = backup_of(db, "--to", str(tmp_path / "U盘" / "备份"))
    assert elsewhere.parent == tmp_path / "U盘" / "备份"

    listing = kehu("backups", "--db", str(db))
    assert listing.returncode == 0, listing.stderr
    lines = listing.stdout.splitlines()
    assert lines[0].split() == ["Made", "Kind", "Size", "Check", "File"]
    kinds = [line for line in lines[2:] if " ok " in line]
    assert any("before restore" in line for line in kinds)
    assert any("manual" in line for line in kinds)
    assert "2 backups of kehu.sqlite3" in listing.stderr


def test_listing_shows_a_damaged_backup(db: Path) -> None:
    backup = backup_of(db)
    data = backup.read_bytes()
    backup.write_bytes(data[: len(data) // 2])
    listing = kehu("backups", "--db", str(db))
    assert listing.returncode == 0, listing.stderr
    assert "cut off" in listing.stdout


def test_restore_needs_yes_without_a_terminal(db: Path) -> None:
    backup = backup_of(db)
    before = snapshot(db)
    result = kehu("restore", str(backup), "--db", str(db))
    assert result.returncode == 2 and no_traceback(result)
    assert "--yes" in result.stderr and "Nothing was changed" in result.stderr
    assert snapshot(db) == before


@pytest.mark.parametrize("damage", ["cut off", "newer"])
def test_bad_backup_refused_and_database_untouched(db: Path, damage: str) -> None:
    backup = backup_of(db)
    if damage == "cut off":
        backup.write_bytes(backup.read_bytes()[:8192])
    else:
        set_version(backup, SCHEMA_VERSION + 3)
    before = snapshot(db)
    result = kehu("restore", str(backup), "--db", str(db), "--yes")
    assert result.returncode == 2 and no_traceback(result)
    expected = "was cut off" if damage == "cut off" else "made by a newer Kehu"
    assert expected in result.stderr and result.stderr.count("\n") == 1
    assert snapshot(db) == before
    assert len(list(backup.parent.iterdir())) == 1  # no before-restore backup either


def test_restore_over_a_damaged_database(tmp_path: Path) -> None:
    db = many_customers_file(tmp_path / "kehu.sqlite3")
    backup = backup_of(db)
    corrupt_middle(db)
    damaged = db.read_bytes()
    refused = kehu("backup", "--db", str(db))
    assert refused.returncode == 2 and no_traceback(refused)
    assert "is damaged" in refused.stderr and "Restore a backup" in refused.stderr
    result = kehu("restore", str(backup), "--db", str(db), "--yes")
    assert result.returncode == 0, result.stderr
    assert "the damaged database was kept as" in result.stderr
    (kept,) = tmp_path.glob("kehu.sqlite3.damaged-*")
    assert kept.read_bytes() == damaged
    assert len(stored_names(db)) == 300


def test_backup_errors_are_explained(db: Path, tmp_path: Path) -> None:
    missing = kehu("backup", "--db", str(tmp_path / "nothing.sqlite3"))
    assert missing.returncode == 2 and no_traceback(missing)
    assert "there is no database" in missing.stderr
    assert not (tmp_path / "nothing.sqlite3").exists()

    gone = tmp_path / "removed-drive" / "backups"
    set_backup_folder(db, gone)
    result = kehu("backup", "--db", str(db))
    assert result.returncode == 2 and no_traceback(result)
    assert "is not there any more" in result.stderr and str(gone) in result.stderr
    assert not gone.exists()
