"""The main window's data-safety actions in one place: back up now, the
backups dialog (restore), undo of the last archive or delete, and what the
window does at start-up (the daily backup, a read-only database file, a
database on a network share or in a sync folder)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from app.integrity import read_only_warning
from ui.backup_actions import back_up_now, run_startup_backup
from ui.backup_dialogs import show_backups
from ui.i18n import error_text
from ui.storage_warning import storage_warning_bar
from ui.undo_action import undo_label, undo_last

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class DataSafety(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.backup_now_action = QAction(self.tr("Back up now"), window)
        self.backup_now_action.setObjectName("backUpNow")
        # Ctrl+B is the birthdays list.
        self.backup_now_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.backup_now_action.triggered.connect(lambda: back_up_now(window))
        self.backups_action = QAction(self.tr("Backups…"), window)
        self.backups_action.setObjectName("backups")
        self.backups_action.triggered.connect(self.show_backups)
        self.undo_action = QAction(self.tr("Undo"), window)
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        for action in (self.backup_now_action, self.backups_action, self.undo_action):
            window.addAction(action)

    def update_undo(self) -> None:
        """Before the Edit menu shows: "Undo archive of 张三", or disabled."""
        label = undo_label()
        self.undo_action.setText(label or self.tr("Undo"))
        self.undo_action.setEnabled(label is not None)

    def undo(self) -> None:
        if undo_last(self.window):
            self.window.refresh()

    def storage_bar(self, path: Path | str) -> QWidget | None:
        """The warning bar for a database on a network share or in a sync
        folder (None where it is fine)."""
        return storage_warning_bar(path, self.window)

    def show_backups(self) -> None:
        show_backups(self.window, on_restored=self.window.database_replaced)

    def started(self, path: Path) -> None:
        """After the database opened and the window showed: the daily backup
        (off the UI thread) and a word about a read-only file."""
        run_startup_backup(self.window)
        warning = read_only_warning(path)
        if warning is not None:
            self.window.statusBar().showMessage(error_text(warning))
