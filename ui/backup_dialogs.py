"""The Backups dialog: the list of backups with each file's check, Back up
now, Restore…, Open folder, Change folder…, and how many to keep. The work
runs in ``app.backups`` off the UI thread (``ui.workers``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import backup_settings
from app.backup_catalog import BackupInfo
from app.backups import (
    RestoreResult,
    backups_of,
    restore_backup,
    verify_backup,
)
from app.db import database_path, open_database
from app.errors import BackupError, KnownError
from ui.backup_actions import CHOOSE, CREATE, ask_about_folder, backup_task, choose_backup_folder
from ui.backup_model import OK, BackupTableModel, made_label, size_label
from ui.i18n import error_text, failure_text
from ui.workers import Task, TaskState

# --- work done in a worker -------------------------------------------------------------------


def _check_all(state: TaskState, paths: list[Path]) -> None:
    """Check each backup; the progress text carries "<status>\\n<path>"."""
    for number, path in enumerate(paths, start=1):
        state.check()
        problem = verify_backup(path, full=False)
        state.progress(number, len(paths), f"{problem.code if problem else OK}\n{path}")


def _restore(state: TaskState, backup: Path, db_path: Path) -> RestoreResult:
    return restore_backup(backup, db_path, progress=lambda done, total: state.progress(done, total))


# --- the dialog ------------------------------------------------------------------------------


class BackupsDialog(QDialog):
    """The backups of the open database. ``restored`` (the database path) is
    emitted after a restore, once the database has been opened again: every
    view must reload."""

    restored = Signal(object)

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.setWindowTitle(self.tr("Backups"))
        self.setObjectName("backupsDialog")
        self.resize(720, 460)
        self._check_task: Task | None = None
        self._work: Task | None = None
        self._restoring: Path | None = None

        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setObjectName("backupFolder")
        self.model = BackupTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("backupTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())

        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.open_folder_button = QPushButton(self.tr("&Open folder"))
        self.change_folder_button = QPushButton(self.tr("&Change folder…"))
        self.backup_button.clicked.connect(lambda: self.back_up())
        self.restore_button.clicked.connect(self.restore_selected)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.change_folder_button.clicked.connect(lambda: self.change_folder())
        buttons = QHBoxLayout()
        for button in (
            self.backup_button,
            self.restore_button,
            self.open_folder_button,
            self.change_folder_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        keep = QGroupBox(self.tr("Keep the newest backup of each of the last"))
        form = QFormLayout(keep)
        policy = backup_settings.rotation_policy(self.db_path)
        self.daily_spin = self._spin(1, 366, policy.daily, self.tr(" days"))
        self.weekly_spin = self._spin(0, 104, policy.weekly, self.tr(" weeks"))
        self.monthly_spin = self._spin(0, 240, policy.monthly, self.tr(" months"))
        form.addRow(self.tr("Days:"), self.daily_spin)
        form.addRow(self.tr("Weeks:"), self.weekly_spin)
        form.addRow(self.tr("Months:"), self.monthly_spin)
        form.addRow(
            QLabel(self.tr("The five newest backups made with Back up now, and of those "
                           "made before an update, an import or a restore, are kept as well."))
        )  # fmt: skip

        self.progress = QProgressBar()
        self.progress.hide()
        self.status_label = QLabel()
        self.status_label.setObjectName("backupStatus")
        self.status_label.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(keep)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(close)
        self.reload()

    def _spin(self, low: int, high: int, value: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        spin.valueChanged.connect(self._policy_changed)
        return spin

    # --- the list ---------------------------------------------------------------------

    @property
    def folder(self) -> Path:
        return backup_settings.backup_folder(self.db_path)

    def reload(self) -> None:
        folder = self.folder
        where = self.tr("Backups of {database} are kept in {folder}").format(
            database=self.db_path.name, folder=folder
        )
        if not folder.exists():
            where += "\n" + self.tr("(This folder does not exist yet or is not reachable.)")
        self.folder_label.setText(where)
        if self._check_task is not None:
            self._check_task.state.cancel()
        self.model.set_backups(backups_of(self.db_path))
        if self.model.rowCount():
            self.table.selectRow(0)
        self._check_task = Task(_check_all, self.model.paths(), use_db=False)
        self._check_task.signals.progress.connect(self._checked)
        self._check_task.start()

    def _checked(self, _done: int, _total: int, text: str) -> None:
        if self.sender() is not getattr(self._check_task, "signals", None):
            return  # a check of a list shown before
        status, _sep, path = text.partition("\n")
        self.model.set_status(Path(path), status)

    def selected_backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup_at(rows[0].row()) if rows else None

    def _policy_changed(self) -> None:
        try:
            backup_settings.set_rotation_policy(
                self.db_path,
                daily=self.daily_spin.value(),
                weekly=self.weekly_spin.value(),
                monthly=self.monthly_spin.value(),
            )
        except OSError as exc:
            self._say(
                self.tr("The setting could not be saved: {reason}").format(
                    reason=exc.strerror or str(exc)
                )
            )

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status_label.setStyleSheet("color: #b00020;" if error else "")
        self.status_label.setText(text)

    def _busy(self, busy: bool) -> None:
        for button in (self.backup_button, self.restore_button, self.change_folder_button):
            button.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)

    def _progressed(self, done: int, total: int, _text: str) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _run(self, task: Task, done: Any, failed: Any) -> Task:
        self._work = task
        self._busy(True)
        task.signals.progress.connect(self._progressed)
        task.signals.succeeded.connect(done)
        task.signals.failed.connect(failed)
        task.signals.finished.connect(lambda: self._busy(False))
        return task.start()

    # --- back up --------------------------------------------------------------------------

    def back_up(self, *, create_folder: bool | None = None) -> Task:
        self._say(self.tr("Backing up…"))
        return self._run(
            Task(backup_task, self.db_path, create_folder, use_db=False),
            self._backed_up,
            self._backup_failed,
        )

    def _backed_up(self, info: BackupInfo) -> None:
        self._say(
            self.tr("Backed up and checked: {name} ({size}).").format(
                name=info.name, size=size_label(info.size)
            )
        )
        self.reload()

    def _backup_failed(self, error: Exception) -> None:
        if not isinstance(error, BackupError):
            self._say(failure_text(self, error), error=True)
            return
        self._say(error_text(error), error=True)
        answer = ask_about_folder(self, error)
        if answer == CREATE:
            self.back_up(create_folder=True)
        elif answer == CHOOSE and self.change_folder() is not None:
            self.back_up()

    # --- restore ------------------------------------------------------------------------------

    def restore_selected(self) -> None:
        backup = self.selected_backup()
        if backup is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self,
                self.tr("Restore from a backup file"),
                str(self.folder),
                self.tr("Kehu databases (*.sqlite3 *.db);;All files (*)"),
            )
            if not chosen:
                return
            self.restore(Path(chosen))
            return
        self.restore(backup.path, made=made_label(backup))

    def restore(self, backup: Path, *, made: str = "") -> Task | None:
        """Ask, then restore *backup* into the database."""
        question = (
            self.tr("Restore the backup made {made}?").format(made=made)
            if made
            else self.tr("Restore the backup {name}?").format(name=backup.name)
        )
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Restore a backup"))
        box.setText(question)
        box.setInformativeText(
            self.tr(
                "Everything in the database will be replaced by the contents of the backup. "
                "The current data is backed up first, so that this restore can be undone "
                "by restoring that backup."
            )
        )
        go = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not go:
            return None
        self._say(self.tr("Restoring…"))
        self._restoring = backup
        return self._run(
            Task(_restore, backup, self.db_path, use_db=False),
            self._restored,
            lambda error: self._say(failure_text(self, error), error=True),
        )

    def _restored(self, result: RestoreResult) -> None:
        try:
            # Opening again checks the restored file and brings an older
            # backup up to this version of Kehu.
            open_database(self.db_path)
        except KnownError as exc:
            self._say(error_text(exc), error=True)
            return
        name = self._restoring.name if self._restoring is not None else ""
        text = self.tr("The backup {name} was restored.").format(name=name)
        if result.safety is not None:
            text += " " + self.tr("The data as it was before is in the backup {name}.").format(
                name=result.safety.name
            )
        self._say(text)
        self.reload()
        self.restored.emit(self.db_path)

    # --- the folder ---------------------------------------------------------------------------

    def open_folder(self) -> bool:
        folder = self.folder
        if not folder.is_dir():
            self._say(
                self.tr("The folder {folder} is not there.").format(folder=folder), error=True
            )
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def change_folder(self, folder: Path | None = None) -> Path | None:
        """Use *folder* for the backups (None: ask for it)."""
        if folder is None:
            folder = choose_backup_folder(self, self.db_path)
        else:
            backup_settings.set_backup_folder(self.db_path, folder)
        if folder is not None:
            self.reload()
        return folder

    def done(self, result: int) -> None:
        if self._check_task is not None:
            self._check_task.state.cancel()
        super().done(result)


# --- for the main window -----------------------------------------------------------------------


def show_backups(
    window: QMainWindow, *, on_restored: Callable[[], None] | None = None
) -> BackupsDialog | None:
    """File → Backups…: the dialog for the open database. *on_restored* runs
    after a restore, once the database is open again (reload every view)."""
    path = database_path()
    if path is None:
        return None
    dialog = BackupsDialog(path, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_restored is not None:
        dialog.restored.connect(lambda _path: on_restored())
    dialog.open()
    return dialog
