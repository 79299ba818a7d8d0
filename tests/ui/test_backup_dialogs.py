"""The Backups dialog, the damaged-database dialog at start-up, and the start-up
and menu backups, on real files with real widgets."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from app.backup_catalog import backup_name
from app.backup_settings import rotation_policy, set_backup_folder
from app.backups import backups_of, make_backup
from app.customers import save_customer
from app.db import close_database, open_database
from app.errors import DatabaseDamagedError
from app.models import Customer
from app.records import CustomerData
from tests.ui.dialogs import when_modal
from tests.unit.test_backups import (
    NAMES,
    corrupt_middle,
    many_customers_file,
    stored_names,
)
from ui.backup_actions import back_up_now, run_startup_backup
from ui.backup_damaged import DamagedDatabaseDialog
from ui.backup_dialogs import BackupsDialog, show_backups
from ui.backup_model import COL_STATUS


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("KEHU_CONFIG_DIR", str(tmp_path / "config"))
    yield
    close_database()


def click(text: str) -> None:
    """Click the button labelled *text* on the next modal dialog."""

    def press(box: QWidget) -> None:
        for button in box.findChildren(QAbstractButton):
            if button.text().replace("&", "") == text:
                button.click()
                return
        raise AssertionError(f"no button {text!r} on {box}")

    when_modal(press)


def statuses(dialog: BackupsDialog) -> list[str]:
    model = dialog.model
    return [model.index(row, COL_STATUS).data() for row in range(model.rowCount())]


def checked(dialog: BackupsDialog) -> bool:
    return "Checking…" not in statuses(dialog)


def names() -> list[str]:
    return sorted(c.name for c in Customer.select())


@pytest.fixture
def dialog(qtbot, db_path: Path) -> BackupsDialog:
    for name in NAMES:
        save_customer(CustomerData(name=name), confirm=True)
    widget = BackupsDialog(db_path)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_list_shows_each_backup_and_its_check(qtbot, qtmodeltester, db_path: Path) -> None:
    good = make_backup()
    cut = good.path.with_name(backup_name(db_path, "daily", datetime(2026, 1, 1, 9)))
    cut.write_bytes(good.path.read_bytes()[:8192])
    dialog = BackupsDialog(db_path)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    qtbot.waitUntil(lambda: checked(dialog))
    assert sorted(statuses(dialog)) == ["Cut off", "OK"]
    assert str(db_path.parent / "kehu-backups") in dialog.folder_label.text()
    qtmodeltester.check(dialog.model)


def test_back_up_now(qtbot, dialog: BackupsDialog, db_path: Path) -> None:
    assert dialog.model.rowCount() == 0
    dialog.backup_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert "Backed up and checked" in dialog.status_label.text()
    qtbot.waitUntil(lambda: checked(dialog))
    assert statuses(dialog) == ["OK"]
    (backup,) = backups_of(db_path)
    assert stored_names(backup.path) == sorted(NAMES)


def test_restore_after_confirmation(qtbot, dialog: BackupsDialog) -> None:
    dialog.backup_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    Customer.delete().where(Customer.name == "张三").execute()
    dialog.table.selectRow(0)

    click("Cancel")
    dialog.restore_button.click()
    assert "张三" not in names()

    restored: list[object] = []
    dialog.restored.connect(restored.append)
    click("Restore")
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: bool(restored) or dialog.progress.isHidden(), timeout=30_000)
    assert restored, dialog.status_label.text()
    assert names() == sorted(NAMES)
    assert "was restored" in dialog.status_label.text()
    assert "as it was before is in the backup" in dialog.status_label.text()
    assert dialog.model.rowCount() == 2  # and the one made just before


def test_restore_question_names_the_date(qtbot, dialog: BackupsDialog) -> None:
    make_backup()
    dialog.reload()
    seen: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text() + " " + box.informativeText())
        box.reject()

    when_modal(read)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: bool(seen))
    assert "Restore the backup made" in seen[0]
    assert "The current data is backed up first" in seen[0]


def test_vanished_folder_created_again(qtbot, dialog: BackupsDialog, tmp_path: Path) -> None:
    gone = tmp_path / "removed-drive" / "backups"
    dialog.change_folder(gone)
    assert "does not exist yet" in dialog.folder_label.text()
    click("Create it again")
    dialog.backup_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    assert gone.is_dir()


def test_rotation_numbers_are_kept(qtbot, dialog: BackupsDialog, db_path: Path) -> None:
    dialog.daily_spin.setValue(3)
    dialog.monthly_spin.setValue(6)
    policy = rotation_policy(db_path)
    assert (policy.daily, policy.weekly, policy.monthly) == (3, 4, 6)


# --- the main window's calls ---------------------------------------------------------------


def test_start_up_backup_once_a_day(qtbot, window, db_path: Path) -> None:
    assert run_startup_backup(window) is not None
    qtbot.waitUntil(lambda: "Daily backup written" in window.statusBar().currentMessage())
    (backup,) = backups_of(db_path)
    assert backup.kind == "daily"
    run_startup_backup(window)
    assert QThreadPool.globalInstance().waitForDone(10_000)
    assert len(backups_of(db_path)) == 1  # not due again the same day


def test_menu_backups_dialog_reloads_the_window_after_a_restore(
    qtbot, window, db_path: Path
) -> None:
    backup = make_backup()
    reloaded: list[bool] = []
    dialog = show_backups(window, on_restored=lambda: reloaded.append(True))
    assert dialog is not None and dialog.isVisible()
    click("Restore")
    dialog.restore(backup.path)
    qtbot.waitUntil(lambda: bool(reloaded), timeout=30_000)
    dialog.close()


def test_menu_back_up_now(qtbot, window, db_path: Path, tmp_path: Path) -> None:
    back_up_now(window)
    qtbot.waitUntil(lambda: "Backed up and checked" in window.statusBar().currentMessage())
    set_backup_folder(db_path, tmp_path / "gone")
    seen: list[str] = []

    def answer(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.reject()

    when_modal(answer)
    back_up_now(window)
    qtbot.waitUntil(lambda: bool(seen))
    assert "is not there any more" in seen[0]
    assert not (tmp_path / "gone").exists()


# --- a damaged database at start-up ----------------------------------------------------------


@pytest.fixture
def damaged(tmp_path: Path) -> tuple[Path, DatabaseDamagedError]:
    path = many_customers_file(tmp_path / "kehu.sqlite3")
    make_backup(db_path=path)
    corrupt_middle(path)
    with pytest.raises(DatabaseDamagedError) as excinfo:
        open_database(path)
    return path, excinfo.value


def test_damaged_database_restored_in_place(qtbot, damaged) -> None:
    path, error = damaged
    before = path.read_bytes()
    dialog = DamagedDatabaseDialog(error)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.in_place_button.isEnabled())
    assert "The newest good backup was made" in dialog.backup_label.text()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.in_place_button.click()
    assert dialog.result_path == path
    (kept,) = path.parent.glob("kehu.sqlite3.damaged-*")
    assert kept.read_bytes() == before  # the damaged file, whole and untouched
    open_database(path)
    assert Customer.select().count() == 300


def test_damaged_database_restored_into_a_new_file(qtbot, damaged, tmp_path: Path) -> None:
    path, error = damaged
    before = path.read_bytes()
    dialog = DamagedDatabaseDialog(error)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.new_file_button.isEnabled())
    target = tmp_path / "rescued.sqlite3"
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.restore_into(target)
    assert dialog.result_path == target
    assert path.read_bytes() == before
    assert len(stored_names(target)) == 300


def test_damaged_database_without_a_backup(qtbot, tmp_path: Path) -> None:
    path = many_customers_file(tmp_path / "kehu.sqlite3")
    corrupt_middle(path)
    with pytest.raises(DatabaseDamagedError) as excinfo:
        open_database(path)
    dialog = DamagedDatabaseDialog(excinfo.value)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.choose_button.isEnabled())
    assert "No good backup" in dialog.backup_label.text()
    assert not dialog.in_place_button.isEnabled()
    other = tmp_path / "notes.sqlite3"
    other.write_text("x", encoding="utf-8")
    dialog.use_backup(other)
    qtbot.waitUntil(lambda: "not a Kehu backup" in dialog.backup_label.text())
    assert not dialog.in_place_button.isEnabled()
