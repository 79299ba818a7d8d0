"""Backups from the main window: File → Back up now (a manual backup with a
word in the status bar), the start-up backup, and what to do when the
backup folder is not there. The work runs in ``app.backups`` off the UI
thread (``ui.workers``)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from app import backup_settings
from app.backup_catalog import MANUAL, BackupInfo
from app.backups import backup_if_due, make_backup
from app.db import database_path
from app.errors import BackupError, KnownError
from ui.backup_model import size_label
from ui.i18n import error_text, failure_text
from ui.workers import Task, TaskState

log = logging.getLogger(__name__)

CREATE, CHOOSE = "create", "choose"


def backup_task(state: TaskState, db_path: Path, create_folder: bool | None) -> BackupInfo:
    return make_backup(
        MANUAL,
        db_path=db_path,
        create_folder=create_folder,
        progress=lambda done, total: state.progress(done, total),
    )


def _due(_state: TaskState, db_path: Path) -> BackupInfo | None:
    return backup_if_due(db_path)


# --- a backup folder that is not there --------------------------------------------------------


def ask_about_folder(parent: QWidget | None, error: BackupError) -> str | None:
    """For a backup folder that vanished or cannot be written: create it
    again, choose another (CREATE, CHOOSE) or neither (None). Any other
    backup error is just shown."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Backups", "Backup not written"))
    box.setText(error_text(error))
    create = None
    if error.code == "folder_missing":
        create = box.addButton(
            QCoreApplication.translate("Backups", "Create it again"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    choose = None
    if error.code in ("folder_missing", "folder_not_writable", "disk_full"):
        choose = box.addButton(
            QCoreApplication.translate("Backups", "Choose another folder…"),
            QMessageBox.ButtonRole.ActionRole,
        )
    box.addButton(
        QMessageBox.StandardButton.Cancel if create or choose else QMessageBox.StandardButton.Ok
    )
    box.exec()
    clicked = box.clickedButton()
    if create is not None and clicked is create:
        return CREATE
    if choose is not None and clicked is choose:
        return CHOOSE
    return None


def choose_backup_folder(parent: QWidget | None, db_path: Path) -> Path | None:
    """Ask for a new backup folder and remember it; None when cancelled."""
    start = backup_settings.backup_folder(db_path)
    if not start.exists():
        start = db_path.parent
    chosen = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("Backups", "Folder for the backups"), str(start)
    )
    if not chosen:
        return None
    try:
        backup_settings.set_backup_folder(db_path, Path(chosen))
    except OSError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Backups", "Backups"),
            QCoreApplication.translate("Backups", "The choice could not be saved: {reason}").format(
                reason=exc.strerror or str(exc)
            ),
        )
        return None
    return Path(chosen)


def back_up_now(window: QMainWindow, *, create_folder: bool | None = None) -> Task | None:
    """File → Back up now: a manual backup with a word in the status bar."""
    path = database_path()
    if path is None:
        return None
    bar = window.statusBar()
    bar.showMessage(QCoreApplication.translate("Backups", "Backing up…"))
    task = Task(backup_task, path, create_folder, use_db=False)

    def done(info: BackupInfo) -> None:
        bar.showMessage(
            QCoreApplication.translate("Backups", "Backed up and checked: {name} ({size}).").format(
                name=info.name, size=size_label(info.size)
            ),
            10_000,
        )

    def failed(error: Exception) -> None:
        bar.clearMessage()
        if not isinstance(error, BackupError):
            QMessageBox.warning(
                window,
                QCoreApplication.translate("Backups", "Backup not written"),
                failure_text(window, error),
            )
            return
        answer = ask_about_folder(window, error)
        if answer == CREATE:
            back_up_now(window, create_folder=True)
        elif answer == CHOOSE and choose_backup_folder(window, path) is not None:
            back_up_now(window)

    task.signals.succeeded.connect(done)
    task.signals.failed.connect(failed)
    return task.start()


def run_startup_backup(window: QMainWindow) -> Task | None:
    """After the database opened: the daily backup when the last one is older
    than a day, in a worker; a word in the status bar either way it goes."""
    path = database_path()
    if path is None:
        return None
    bar = window.statusBar()
    task = Task(_due, path, use_db=False)

    def done(info: BackupInfo | None) -> None:
        if info is not None:
            bar.showMessage(
                QCoreApplication.translate("Backups", "Daily backup written: {name}").format(
                    name=info.name
                ),
                8_000,
            )

    def failed(error: Exception) -> None:
        text = error_text(error) if isinstance(error, KnownError) else failure_text(window, error)
        log.warning("the start-up backup failed: %s", error)
        # Stays until another message replaces it: a missing backup matters.
        bar.showMessage(
            QCoreApplication.translate(
                "Backups", "The daily backup failed: {reason} (File → Backups…)"
            ).format(reason=text)
        )

    task.signals.succeeded.connect(done)
    task.signals.failed.connect(failed)
    return task.start()
