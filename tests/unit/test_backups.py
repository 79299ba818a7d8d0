"""Backups and restore, the start-up check, and what happens when the
environment fails: a damaged file, a cut-off backup, a backup from a newer
Kehu, a backup folder that vanished, a full disk, a read-only file. Real
SQLite files in tmp_path; after each failure the data is checked by
opening the file again."""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from peewee import OperationalError

import app.db
from app import backup_catalog as catalog
from app.backup_catalog import BackupInfo, backup_name, list_backups, parse_name, plan_rotation
from app.backup_settings import (
    RotationPolicy,
    backup_folder,
    default_folder,
    rotation_policy,
    set_backup_folder,
    set_rotation_policy,
    settings_path,
)
from app.backups import (
    backup_before_import,
    backup_if_due,
    backups_of,
    make_backup,
    restore_backup,
    rotate,
    verify_backup,
)
from app.customers import save_customer
from app.db import DB, SCHEMA_VERSION, close_database, open_database
from app.errors import (
    BackupError,
    DatabaseDamagedError,
    DatabaseOpenError,
    DatabaseReadOnlyError,
    DiskFullError,
)
from app.integrity import explain_database_error, read_only_warning
from app.models import Customer
from app.records import CustomerData

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
NAMES = ["张三", "李四", "深圳市华强电子有限公司"]


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Backup settings in tmp_path, never the user's; the database closed after."""
    monkeypatch.setenv("KEHU_CONFIG_DIR", str(tmp_path / "config"))
    yield
    close_database()


def fill(names: list[str] = NAMES) -> None:
    for name in names:
        save_customer(CustomerData(name=name), confirm=True)


def customer_names() -> list[str]:
    return sorted(c.name for c in Customer.select())


def stored_names(path: Path) -> list[str]:
    """What is in the file, read the way another program would."""
    conn = sqlite3.connect(path)
    try:
        return sorted(name for (name,) in conn.execute("SELECT name FROM customer"))
    finally:
        conn.close()


def kehu_file(path: Path, names: list[str] = NAMES) -> Path:
    open_database(path)
    fill(names)
    close_database()
    return path


MANY = 300
_templates: dict[int, Path] = {}


def many_customers_file(path: Path, count: int = MANY) -> Path:
    """A closed database with *count* customers 客户0, 客户1 ... (several pages
    of them): built once per test run, then copied (a closed file may be)."""
    if count not in _templates:
        folder = Path(tempfile.mkdtemp(prefix="kehu-template-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        _templates[count] = kehu_file(folder / "kehu.sqlite3", [f"客户{i}" for i in range(count)])
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(_templates[count], path)
    return path


def set_version(path: Path, version: int) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE schema_info SET value = ? WHERE key = 'schema_version'", (str(version),))
    conn.commit()
    conn.close()


def corrupt_middle(path: Path) -> None:
    """Overwrite the header of a b-tree page in the middle of the file."""
    conn = sqlite3.connect(path)
    try:
        pages = [
            p
            for (p,) in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = 'customer' AND pagetype = 'leaf' "
                "ORDER BY pageno"
            )
        ]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    page = pages[len(pages) // 2]
    with path.open("r+b") as fh:
        fh.seek((page - 1) * page_size)
        fh.write(b"\xff" * 48)


def info(made: datetime, kind: str = catalog.DAILY, name: str = "") -> BackupInfo:
    path = Path("/b") / (name or backup_name(Path("kehu.sqlite3"), kind, made))
    return BackupInfo(path=path, made=made, kind=kind, size=1, stem="kehu")


# --- backup, verify, restore ---------------------------------------------------------------


def test_backup_then_restore_gives_the_same_rows(db_path: Path) -> None:
    fill()
    backup = make_backup()
    assert backup.path.parent == db_path.parent / "kehu-backups"
    assert backup.kind == "manual" and backup.size == backup.path.stat().st_size
    assert verify_backup(backup.path) is None
    assert stored_names(backup.path) == sorted(NAMES)
    # A backup is one self-contained file, not a WAL database.
    assert sorted(p.name for p in backup.path.parent.iterdir()) == [backup.name]
    if sys.platform != "win32":
        assert stat.S_IMODE(backup.path.stat().st_mode) == 0o600
        assert stat.S_IMODE(backup.path.parent.stat().st_mode) == 0o700

    Customer.delete().where(Customer.name == "张三").execute()
    save_customer(CustomerData(name="王五"), confirm=True)
    result = restore_backup(backup.path, db_path)
    assert result.set_aside is None
    assert result.safety is not None and result.safety.kind == "before-restore"
    assert stored_names(result.safety.path) == sorted(["李四", "深圳市华强电子有限公司", "王五"])
    # The connection that was open sees the restored contents ...
    assert customer_names() == sorted(NAMES)
    close_database()
    # ... and so does a new one.
    open_database(db_path)
    assert customer_names() == sorted(NAMES)


def test_backup_of_a_file_that_is_not_open(tmp_path: Path) -> None:
    path = kehu_file(tmp_path / "客户.sqlite3")
    backup = make_backup("daily", db_path=path)
    assert backup.path.parent == tmp_path / "客户-backups"
    assert backup.name.startswith("客户.daily-")
    assert stored_names(backup.path) == sorted(NAMES)


def test_backups_in_the_same_second_get_their_own_names(db_path: Path) -> None:
    now = datetime(2026, 3, 1, 9, 0, 0)
    first = make_backup(now=now)
    second = make_backup(now=now)
    assert second.name == first.name.replace(".sqlite3", "-1.sqlite3")
    assert second.made > first.made
    # Both kept: the rotation keeps the newest manual backups.
    assert [b.path for b in backups_of(db_path)] == [second.path, first.path]


def test_restore_into_a_new_file(db_path: Path, tmp_path: Path) -> None:
    fill()
    backup = make_backup()
    target = tmp_path / "elsewhere" / "new.sqlite3"
    result = restore_backup(backup.path, target)
    assert result.safety is None and result.set_aside is None
    close_database()
    open_database(target)
    assert customer_names() == sorted(NAMES)


def test_restoring_an_older_backup_brings_it_up_to_date(tmp_path: Path) -> None:
    path = kehu_file(tmp_path / "kehu.sqlite3")
    backup = make_backup(db_path=path)
    assert verify_backup(backup.path) is None
    restore_backup(backup.path, path)
    open_database(path)
    assert app.db.read_schema_version() == SCHEMA_VERSION


# --- backups that must not be restored ------------------------------------------------------


@pytest.fixture
def good_backup(tmp_path: Path) -> tuple[Path, Path]:
    """A closed database with customers, and a backup of it."""
    path = kehu_file(tmp_path / "kehu.sqlite3")
    return path, make_backup(db_path=path).path


def refused(backup: Path, db: Path, code: str) -> BackupError:
    """Restoring *backup* is refused with *code*; the database is untouched
    and no before-restore backup was made."""
    before = db.read_bytes()
    with pytest.raises(BackupError) as excinfo:
        restore_backup(backup, db)
    assert excinfo.value.code == code
    assert db.read_bytes() == before
    assert not [b for b in backups_of(db) if b.kind == "before-restore"]
    return excinfo.value


def test_truncated_backup_refused(good_backup: tuple[Path, Path]) -> None:
    db, backup = good_backup
    data = backup.read_bytes()
    backup.write_bytes(data[: len(data) // 2])
    error = refused(backup, db, "truncated")
    assert "cut off" in str(error) and str(backup) in str(error)
    assert "choose another backup" in str(error)


def test_damaged_backup_refused(good_backup: tuple[Path, Path]) -> None:
    db, backup = good_backup
    corrupt_middle(backup)
    error = refused(backup, db, "damaged")
    assert "is damaged" in str(error)


def test_backup_from_a_newer_kehu_refused(good_backup: tuple[Path, Path]) -> None:
    db, backup = good_backup
    set_version(backup, SCHEMA_VERSION + 1)
    error = refused(backup, db, "newer")
    assert f"schema {SCHEMA_VERSION + 1}" in str(error) and "Update Kehu" in str(error)


def test_files_not_made_by_kehu_refused(good_backup: tuple[Path, Path], tmp_path: Path) -> None:
    db, _backup = good_backup
    text = tmp_path / "notes.sqlite3"
    text.write_text("客户名单\n", encoding="utf-8")
    assert "not an SQLite database" in str(refused(text, db, "not_sqlite"))
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    conn.close()
    assert "not made by Kehu" in str(refused(other, db, "not_kehu"))
    assert refused(tmp_path / "nothing.sqlite3", db, "missing")
    assert refused(db, db, "same_file")


def test_restore_over_a_damaged_database_keeps_it_aside(good_backup: tuple[Path, Path]) -> None:
    db, backup = good_backup
    corrupt_middle(db)
    damaged = db.read_bytes()
    result = restore_backup(backup, db)
    assert result.safety is None
    assert result.set_aside is not None and result.set_aside.read_bytes() == damaged
    assert result.set_aside.name.startswith("kehu.sqlite3.damaged-")
    assert stored_names(db) == sorted(NAMES)


# --- the start-up check --------------------------------------------------------------------


def test_damaged_database_refused_at_start_up_and_left_alone(tmp_path: Path) -> None:
    path = many_customers_file(tmp_path / "kehu.sqlite3")
    corrupt_middle(path)
    before = path.read_bytes()
    with pytest.raises(DatabaseDamagedError) as excinfo:
        open_database(path)
    error = excinfo.value
    assert error.path == path and isinstance(error, DatabaseOpenError)
    assert "is damaged" in str(error) and "has not changed it" in str(error)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kehu.sqlite3"]  # no -wal, no -shm


def test_cut_off_database_refused_at_start_up(tmp_path: Path) -> None:
    path = kehu_file(tmp_path / "kehu.sqlite3")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 4096])
    with pytest.raises(DatabaseDamagedError, match="cut off"):
        open_database(path)
    assert path.read_bytes() == data[: len(data) - 4096]


def test_start_up_check_is_bounded_in_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = kehu_file(tmp_path / "kehu.sqlite3")
    monkeypatch.setattr(app.db, "STARTUP_CHECK_BUDGET_S", 0.0)  # out of time at once
    open_database(path)  # an incomplete check is no failure
    assert customer_names() == sorted(NAMES)


# --- rotation ---------------------------------------------------------------------------------


def test_rotation_keeps_days_weeks_months_and_safety_backups() -> None:
    start = datetime(2025, 1, 1, 8, 0)
    daily = [info(start + timedelta(days=d)) for d in range(400)]
    extra_today = info(start + timedelta(days=399, hours=3), catalog.MANUAL)
    safety = [info(start + timedelta(days=d, hours=1), catalog.BEFORE_IMPORT) for d in range(8)]
    everything = [*daily, extra_today, *safety]
    dropped = {b.path for b in plan_rotation(everything, RotationPolicy())}
    kept = [b for b in everything if b.path not in dropped]
    kept_regular = sorted(b.made for b in kept if b.kind in catalog.REGULAR_KINDS)
    days = {d.date() for d in kept_regular}
    # The newest of each of the last 7 days: today's manual one, not today's daily.
    assert extra_today in kept and daily[-1] not in kept
    assert {(daily[-1].made - timedelta(days=d)).date() for d in range(7)} <= days
    weeks = {d.isocalendar()[:2] for d in kept_regular}
    months = {(d.year, d.month) for d in kept_regular}
    assert len(weeks) >= 4 and len(months) == 12
    assert len(kept_regular) <= 7 + 4 + 12
    # The five newest before-import backups.
    assert [b for b in kept if b.kind == catalog.BEFORE_IMPORT] == safety[-5:]


def test_rotation_keeps_the_newest_manual_backups_beside_the_daily_ones() -> None:
    start = datetime(2025, 3, 1, 9, 0)
    manual = [info(start + timedelta(days=d), catalog.MANUAL) for d in range(8)]
    # Each day, a daily backup after the manual one: the day's newest.
    daily = [info(start + timedelta(days=d, hours=2)) for d in range(8)]
    dropped = {b.path for b in plan_rotation([*manual, *daily], RotationPolicy())}
    assert [b for b in manual if b.path not in dropped] == manual[-5:]


def test_rotation_never_deletes_the_only_backup() -> None:
    old = info(datetime(2020, 1, 1))
    assert plan_rotation([old], RotationPolicy(daily=1, weekly=0, monthly=0, safety=0)) == []
    newest = info(datetime(2024, 1, 1), catalog.BEFORE_IMPORT)
    dropped = plan_rotation([old, newest], RotationPolicy(1, 0, 0, 0))
    assert dropped == []  # the regular one is its day's newest; the newest is always kept


def test_rotation_counts_days_that_have_backups() -> None:
    # A month away from the office: the backups from before are not all lost.
    before = [info(datetime(2025, 3, d, 9)) for d in range(1, 11)]
    back = info(datetime(2025, 5, 2, 9))
    dropped = plan_rotation([*before, back], RotationPolicy(daily=7, weekly=0, monthly=0))
    assert [b.made.day for b in dropped] == [4, 3, 2, 1]


def test_rotate_deletes_old_files_of_this_database_only(tmp_path: Path) -> None:
    path = kehu_file(tmp_path / "kehu.sqlite3")
    set_rotation_policy(path, daily=2, weekly=0, monthly=0)
    start = datetime(2025, 6, 1, 9)
    made = [make_backup("daily", db_path=path, now=start + timedelta(days=d)) for d in range(4)]
    # Another database of the same name whose backups share the folder.
    other = kehu_file(tmp_path / "other" / "kehu.sqlite3", ["外人"])
    conn = sqlite3.connect(other)  # made at another time than the first
    conn.execute("UPDATE schema_info SET value = '2020-01-01T00:00:00' WHERE key = 'created_at'")
    conn.commit()
    conn.close()
    set_backup_folder(other, backup_folder(path))
    foreign = make_backup("daily", db_path=other, now=start - timedelta(days=30))
    assert foreign.path.parent == made[0].path.parent
    unrelated = backup_folder(path) / "notes.txt"
    unrelated.write_text("keep me", encoding="utf-8")
    rotate(path)
    left = {p.name for p in backup_folder(path).iterdir()}
    assert left == {made[3].name, made[2].name, foreign.name, "notes.txt"}


def test_rotate_removes_what_a_killed_backup_left_half_written(tmp_path: Path) -> None:
    path = kehu_file(tmp_path / "kehu.sqlite3")
    made = make_backup("manual", db_path=path)
    folder = backup_folder(path)
    old = folder / "kehu.daily-20250101-090000.sqlite3.partial"
    young = folder / "kehu.daily-20250102-090000.sqlite3.partial"
    for leftover in (old, young):
        leftover.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    hours_ago = datetime.now().timestamp() - 2 * 3600
    os.utime(old, (hours_ago, hours_ago))
    rotate(path)
    assert not old.exists()
    assert young.exists()  # maybe another instance's backup being written now
    assert made.path.exists()


def test_names_parse_back(tmp_path: Path) -> None:
    made = datetime(2026, 1, 5, 8, 30, 0)
    name = backup_name(Path("my.data.sqlite3"), catalog.BEFORE_MIGRATION, made, version=4)
    assert name == "my.data.before-migration-v4-20260105-083000.sqlite3"
    (tmp_path / name).write_bytes(b"12345")
    parsed = parse_name(tmp_path / name)
    assert parsed is not None
    assert (parsed.stem, parsed.kind, parsed.from_version) == ("my.data", "before-migration", 4)
    assert (parsed.made, parsed.size) == (made, 5)
    for bad in ("kehu.sqlite3", "kehu.daily-2026.sqlite3", "kehu.weekly-20260105-083000.sqlite3"):
        (tmp_path / bad).write_bytes(b"x")
        assert parse_name(tmp_path / bad) is None


def test_list_backups_newest_first(tmp_path: Path) -> None:
    for day in (3, 1, 2):
        made = datetime(2026, 1, day, 9)
        (tmp_path / backup_name(Path("kehu.sqlite3"), "daily", made)).write_bytes(b"x")
    (tmp_path / "kehu.daily-20260104-090000.sqlite3.partial").write_bytes(b"x")
    (tmp_path / "other.daily-20260105-090000.sqlite3").write_bytes(b"x")
    listed = list_backups(tmp_path, stem="kehu")
    assert [b.made.day for b in listed] == [3, 2, 1]
    assert list_backups(tmp_path / "gone") == []


# --- when backups are made -------------------------------------------------------------------


def test_backup_if_due(db_path: Path) -> None:
    now = datetime(2026, 2, 1, 9)
    first = backup_if_due(now=now)
    assert first is not None and first.kind == "daily"
    assert backup_if_due(now=now + timedelta(hours=20)) is None
    later = backup_if_due(now=now + timedelta(days=1, minutes=1))
    assert later is not None and later.path != first.path


def test_backup_before_import_only_when_there_is_something_to_lose(db_path: Path) -> None:
    from app.import_mapping import guess_mapping
    from app.importer import plan_import, run_import
    from tests.unit.test_importer import Table

    assert backup_before_import() is None  # an empty new database
    fill(["张三"])
    table = Table(["客户名称", "手机"], [["李四", "13900139000"]])
    run_import(plan_import(table, guess_mapping(table.headers)))  # type: ignore[arg-type]
    (backup,) = [b for b in backups_of(db_path) if b.kind == "before-import"]
    assert stored_names(backup.path) == ["张三"]  # as it was before the import
    assert customer_names() == ["张三", "李四"]


def test_migration_backup_goes_into_the_backup_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = kehu_file(tmp_path / "kehu.sqlite3")
    monkeypatch.setattr(app.db, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setattr(app.db, "MIGRATIONS", {SCHEMA_VERSION: lambda: None})
    open_database(path)
    (backup,) = backups_of(path)
    assert backup.kind == "before-migration" and backup.from_version == SCHEMA_VERSION
    assert backup.path.parent == tmp_path / "kehu-backups"


def test_migration_backup_falls_back_beside_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = kehu_file(tmp_path / "kehu.sqlite3")
    set_backup_folder(path, tmp_path / "removed-drive" / "backups")
    monkeypatch.setattr(app.db, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setattr(app.db, "MIGRATIONS", {SCHEMA_VERSION: lambda: None})
    open_database(path)
    (backup,) = backups_of(path)
    assert backup.path.parent == tmp_path
    assert not (tmp_path / "removed-drive").exists()


# --- the backup folder ---------------------------------------------------------------------


def test_vanished_backup_folder(db_path: Path, tmp_path: Path) -> None:
    chosen = tmp_path / "usb" / "备份"
    set_backup_folder(db_path, chosen)
    assert backup_folder(db_path) == chosen
    with pytest.raises(BackupError) as excinfo:
        make_backup()
    assert excinfo.value.code == "folder_missing"
    message = str(excinfo.value)
    assert str(chosen) in message and "Create it again or choose another" in message
    assert not chosen.exists()
    backup = make_backup(create_folder=True)
    assert backup.path.parent == chosen


def test_backup_folder_that_is_not_a_folder(db_path: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("", encoding="utf-8")
    set_backup_folder(db_path, blocker)
    with pytest.raises(BackupError) as excinfo:
        make_backup()
    assert excinfo.value.code == "folder_not_writable"
    assert "Choose another backup folder" in str(excinfo.value)


def test_settings_survive_a_damaged_settings_file(db_path: Path, tmp_path: Path) -> None:
    set_backup_folder(db_path, tmp_path / "b")
    set_rotation_policy(db_path, daily=3, weekly=2, monthly=6)
    assert rotation_policy(db_path) == RotationPolicy(daily=3, weekly=2, monthly=6)
    set_backup_folder(db_path, None)
    assert backup_folder(db_path) == default_folder(db_path)
    assert rotation_policy(db_path).daily == 3
    settings_path().write_text("{ not json", encoding="utf-8")
    assert backup_folder(db_path) == default_folder(db_path)
    assert rotation_policy(db_path) == RotationPolicy()


# --- a full disk --------------------------------------------------------------------------------


def test_full_database_keeps_what_was_stored(db_path: Path) -> None:
    fill()
    pages = DB.execute_sql("PRAGMA page_count").fetchone()[0]
    DB.execute_sql(f"PRAGMA max_page_count = {pages}")  # no room for one more page
    with pytest.raises(OperationalError) as excinfo:
        for i in range(50):
            save_customer(CustomerData(name=f"新客户{i}", notes="备注" * 2000), confirm=True)
    known = explain_database_error(excinfo.value, db_path)
    assert isinstance(known, DiskFullError)
    assert "disk is full" in str(known) and "Nothing was lost" in str(known)
    stored = customer_names()
    close_database()
    open_database(db_path)
    assert customer_names() == stored and set(NAMES) <= set(stored)
    assert DB.execute_sql("PRAGMA integrity_check").fetchone() == ("ok",)


@contextlib.contextmanager
def tiny_filesystem(folder: Path, size: str) -> Iterator[Path]:
    """A tmpfs of *size* at *folder* (Linux, as root); skips where impossible."""
    if sys.platform != "linux" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("a tiny filesystem needs Linux and root")
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_backup_on_a_full_disk(tmp_path: Path) -> None:
    db_path = open_database(many_customers_file(tmp_path / "kehu.sqlite3"))
    with tiny_filesystem(tmp_path / "small", "64k") as small:
        set_backup_folder(db_path, small)
        with pytest.raises(BackupError) as excinfo:
            make_backup()
        assert excinfo.value.code == "disk_full"
        assert "not enough free space" in str(excinfo.value)
        assert list(small.iterdir()) == []  # the partial file was removed
    assert len(customer_names()) == 300


def test_migration_refused_when_no_backup_can_be_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = many_customers_file(tmp_path / "source.sqlite3")
    with tiny_filesystem(tmp_path / "small", "1m") as small:
        path = small / "kehu.sqlite3"
        shutil.copyfile(source, path)  # closed: a plain copy is fine here
        # Fill the disk so that no copy of the database fits beside it, but
        # opening it (its -wal and -shm files) still does.
        free = shutil.disk_usage(small).free
        (small / "filler").write_bytes(b"\0" * max(0, free - 160 * 1024))
        before = path.read_bytes()
        monkeypatch.setattr(app.db, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
        monkeypatch.setattr(app.db, "MIGRATIONS", {SCHEMA_VERSION: lambda: None})
        with pytest.raises(DatabaseOpenError) as excinfo:
            open_database(path)
        close_database()
        assert "could not write a backup" in str(excinfo.value)
        assert "was not changed" in str(excinfo.value)
        assert path.read_bytes() == before
        assert not list(small.rglob("*.partial"))


# --- a read-only database file ---------------------------------------------------------------


@pytest.fixture
def read_only() -> Iterator[Callable[[Path], None]]:
    """Make a file read-only for this process: chmod where that binds, the
    immutable flag for root; undone afterwards so tmp_path can be cleaned."""
    undo: list[Callable[[], None]] = []

    def make(path: Path) -> None:
        mode = path.stat().st_mode
        path.chmod(0o444)
        undo.append(lambda: path.chmod(stat.S_IMODE(mode)))
        if os.access(path, os.W_OK) and shutil.which("chattr"):
            if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode == 0:
                undo.append(lambda: subprocess.run(["chattr", "-i", str(path)], check=False))
        if os.access(path, os.W_OK):
            pytest.skip("cannot make a file read-only for this user")

    yield make
    for step in reversed(undo):
        step()


def test_read_only_database_opens_for_reading(
    tmp_path: Path, read_only: Callable[[Path], None]
) -> None:
    path = kehu_file(tmp_path / "kehu.sqlite3")
    assert read_only_warning(path) is None
    read_only(path)
    open_database(path)
    assert customer_names() == sorted(NAMES)
    warning = read_only_warning(path)
    assert isinstance(warning, DatabaseReadOnlyError) and str(path) in str(warning)
    with pytest.raises(OperationalError) as excinfo:
        save_customer(CustomerData(name="王五"), confirm=True)
    known = explain_database_error(excinfo.value, path)
    assert isinstance(known, DatabaseReadOnlyError)
    assert str(known).startswith(f"The database file is read-only: {path}.")
    close_database()
    assert stored_names(path) == sorted(NAMES)


def test_read_only_database_that_needs_writing_refused(
    tmp_path: Path, read_only: Callable[[Path], None]
) -> None:
    path = kehu_file(tmp_path / "kehu.sqlite3")
    set_version(path, SCHEMA_VERSION - 1)  # would need a migration
    read_only(path)
    before = path.read_bytes()
    with pytest.raises(DatabaseReadOnlyError, match="The database file is read-only"):
        open_database(path)
    assert path.read_bytes() == before


def test_restore_into_a_read_only_database_refused(
    good_backup: tuple[Path, Path], read_only: Callable[[Path], None]
) -> None:
    db, backup = good_backup
    read_only(db)
    before = db.read_bytes()
    with pytest.raises(DatabaseReadOnlyError, match="The database file is read-only"):
        restore_backup(backup, db)
    assert db.read_bytes() == before


def test_read_only_database_can_be_backed_up(
    tmp_path: Path, read_only: Callable[[Path], None]
) -> None:
    path = kehu_file(tmp_path / "kehu.sqlite3")
    read_only(path)
    open_database(path)
    backup = make_backup()
    assert stored_names(backup.path) == sorted(NAMES)
