"""The warning bar for a database on a network share or in a sync folder."""

from __future__ import annotations

from pathlib import Path

from app.storage_location import describe_location
from ui.storage_warning import StorageWarningBar, storage_warning_bar


def test_bar_says_what_was_found_and_what_to_do(qtbot):
    warning = describe_location(
        r"C:\Users\wang\OneDrive - 华强\kehu.sqlite3", platform="win32", remote_drive=lambda d: None
    )
    bar = StorageWarningBar(warning)
    qtbot.addWidget(bar)
    bar.show()
    assert bar.isVisible()
    text = bar.text()
    assert r"C:\Users\wang\OneDrive - 华强\kehu.sqlite3" in text
    assert "OneDrive sync folder" in text
    assert "local folder" in text and "PostgreSQL" in text
    assert bar.label.wordWrap()
    assert not bar.icon.pixmap().isNull()


def test_close_hides_the_bar_and_says_so(qtbot):
    warning = describe_location(r"\\nas\office\kehu.sqlite3", platform="win32")
    bar = StorageWarningBar(warning)
    qtbot.addWidget(bar)
    bar.show()
    with qtbot.waitSignal(bar.dismissed, timeout=1000):
        bar.close_button.click()
    assert not bar.isVisible()


def test_no_bar_for_a_local_folder(qtbot, tmp_path: Path):
    assert storage_warning_bar(tmp_path / "kehu.sqlite3") is None


def test_a_bar_for_a_sync_folder_on_this_machine(qtbot, tmp_path: Path):
    folder = tmp_path / "Nextcloud"
    folder.mkdir()
    bar = storage_warning_bar(folder / "kehu.sqlite3")
    assert bar is not None
    qtbot.addWidget(bar)
    assert "Nextcloud sync folder" in bar.text()
    assert str(folder / "kehu.sqlite3") in bar.text()
