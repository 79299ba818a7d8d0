"""At start-up, when the database failed its check: say so, find the newest
backup that passes its own check, and restore it into a new file or in
place. The damaged file is never written to; restoring in place first moves
it aside as ``<name>.damaged-<stamp>``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.backup_catalog import BackupInfo, parse_name
from app.backups import backups_of, restore_backup, set_aside, verify_backup
from app.errors import DatabaseDamagedError
from ui.backup_model import kind_label, made_label, size_label
from ui.i18n import error_text, failure_text
from ui.workers import Task, TaskState


def _newest_good(state: TaskState, db_path: Path) -> BackupInfo | None:
    backups = backups_of(db_path)
    for number, backup in enumerate(backups, start=1):
        state.check()
        state.progress(number, len(backups), backup.name)
        if verify_backup(backup.path) is None:
            return backup
    return None


def _check(_state: TaskState, path: Path) -> tuple[Path, str | None]:
    problem = verify_backup(path)
    return path, None if problem is None else error_text(problem)


def _restore_in_place(state: TaskState, backup: Path, db_path: Path) -> Path:
    set_aside(db_path)
    restore_backup(backup, db_path, progress=lambda done, total: state.progress(done, total))
    return db_path


def _restore_into(state: TaskState, backup: Path, target: Path) -> Path:
    restore_backup(backup, target, progress=lambda done, total: state.progress(done, total))
    return target


class DamagedDatabaseDialog(QDialog):
    """``result_path`` is the database to open once accepted."""

    def __init__(self, error: DatabaseDamagedError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("damagedDatabaseDialog")
        self.setWindowTitle(self.tr("The database is damaged"))
        self.db_path = error.path
        self.backup: Path | None = None
        self.result_path: Path | None = None
        self._task: Task | None = None

        message = QLabel(error_text(error))
        message.setWordWrap(True)
        self.backup_label = QLabel(self.tr("Looking for the newest good backup…"))
        self.backup_label.setObjectName("backupFound")
        self.backup_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.in_place_button = QPushButton(self.tr("Restore in &place"))
        # The usual choice: the next start opens the same file again.
        self.in_place_button.setDefault(True)
        self.in_place_button.setToolTip(
            self.tr("The damaged file is kept beside it as {name}.damaged-…").format(
                name=self.db_path.name
            )
        )
        self.new_file_button = QPushButton(self.tr("Restore into a &new file…"))
        self.choose_button = QPushButton(self.tr("&Choose another backup…"))
        self.quit_button = QPushButton(self.tr("&Quit"))
        self.in_place_button.clicked.connect(self.restore_in_place)
        self.new_file_button.clicked.connect(lambda: self.restore_into())
        self.choose_button.clicked.connect(lambda: self.use_backup())
        self.quit_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (
            self.in_place_button,
            self.new_file_button,
            self.choose_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)

        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.backup_label)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self._enable(False)
        self._start(Task(_newest_good, self.db_path, use_db=False), self._found)

    def _enable(self, enabled: bool) -> None:
        has_backup = enabled and self.backup is not None
        self.in_place_button.setEnabled(has_backup)
        self.new_file_button.setEnabled(has_backup)
        self.choose_button.setEnabled(enabled)
        self.progress.setVisible(not enabled)

    def _start(self, task: Task, done: object) -> Task:
        self._task = task
        self._enable(False)
        task.signals.succeeded.connect(done)
        task.signals.failed.connect(self._failed)
        task.signals.finished.connect(lambda: self._enable(True))
        return task.start()

    def _failed(self, error: Exception) -> None:
        self.backup_label.setText(failure_text(self, error))

    def _found(self, backup: BackupInfo | None) -> None:
        if backup is None:
            self.backup = None
            self.backup_label.setText(
                self.tr(
                    "No good backup of this database was found in its backup folder. Choose "
                    "a backup file, or quit and ask for help: the damaged file is unchanged."
                )
            )
            return
        self.backup = backup.path
        self.backup_label.setText(
            self.tr(
                "The newest good backup was made {made} ({kind}, {size}). Restoring it loses "
                "what was entered after that."
            ).format(made=made_label(backup), kind=kind_label(backup), size=size_label(backup.size))
        )

    def use_backup(self, path: Path | None = None) -> None:
        """Restore from *path* (None: ask for a file) once it passes its check."""
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self,
                self.tr("Choose a backup"),
                str(self.db_path.parent),
                self.tr("Kehu databases (*.sqlite3 *.db);;All files (*)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        self._start(Task(_check, path, use_db=False), self._checked)

    def _checked(self, result: tuple[Path, str | None]) -> None:
        path, problem = result
        if problem is not None:
            self.backup_label.setText(problem)
            return
        self.backup = path
        info = parse_name(path)
        if info is not None:
            self._found(info)
        else:
            self.backup_label.setText(
                self.tr("The backup {name} passed its check.").format(name=path.name)
            )

    def restore_in_place(self) -> None:
        if self.backup is None:
            return
        self._start(Task(_restore_in_place, self.backup, self.db_path, use_db=False), self._done)

    def restore_into(self, target: Path | None = None) -> None:
        if self.backup is None:
            return
        if target is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("New database file"),
                str(self.db_path.with_name(f"{self.db_path.stem}-restored{self.db_path.suffix}")),
                self.tr("Kehu databases (*.sqlite3)"),
            )
            if not chosen:
                return
            target = Path(chosen)
        if target.absolute() == self.db_path.absolute():
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("That is the damaged file itself; choose Restore in place instead."),
            )
            return
        self._start(Task(_restore_into, self.backup, target, use_db=False), self._done)

    def _done(self, path: Path) -> None:
        self.result_path = path
        self.accept()

    def done(self, result: int) -> None:
        if self._task is not None:
            self._task.state.cancel()
        super().done(result)


def offer_backup_for_damaged(parent: QWidget | None, error: DatabaseDamagedError) -> Path | None:
    """The start-up dialog for a damaged database: the path of the restored
    database to open, or None when the user quit."""
    dialog = DamagedDatabaseDialog(error, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.result_path
    return None
