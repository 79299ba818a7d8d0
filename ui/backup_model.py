"""The list of backups as a table: when made, kind, size, and the result of
its check (filled in by a worker as each file is checked)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from app.backup_catalog import BEFORE_MIGRATION, BackupInfo

COL_MADE, COL_KIND, COL_SIZE, COL_STATUS = range(4)
BACKUP_ROLE = Qt.ItemDataRole.UserRole + 1
#: The status of a backup not checked yet, and of one that passed.
CHECKING, OK = "checking", "ok"
_Index = QModelIndex | QPersistentModelIndex


def kind_label(info: BackupInfo) -> str:
    labels = {
        "manual": QCoreApplication.translate("BackupTableModel", "Manual"),
        "daily": QCoreApplication.translate("BackupTableModel", "Daily"),
        "before-migration": QCoreApplication.translate("BackupTableModel", "Before an update"),
        "before-import": QCoreApplication.translate("BackupTableModel", "Before an import"),
        "before-restore": QCoreApplication.translate("BackupTableModel", "Before a restore"),
    }
    text = labels.get(info.kind, info.kind)
    if info.kind == BEFORE_MIGRATION and info.from_version is not None:
        text += f" (v{info.from_version})"
    return text


def status_label(status: str) -> str:
    labels = {
        CHECKING: QCoreApplication.translate("BackupTableModel", "Checking…"),
        OK: QCoreApplication.translate("BackupTableModel", "OK"),
        "damaged": QCoreApplication.translate("BackupTableModel", "Damaged"),
        "truncated": QCoreApplication.translate("BackupTableModel", "Cut off"),
        "newer": QCoreApplication.translate("BackupTableModel", "From a newer Kehu"),
        "not_kehu": QCoreApplication.translate("BackupTableModel", "Not a Kehu file"),
        "not_sqlite": QCoreApplication.translate("BackupTableModel", "Not a Kehu file"),
    }
    return labels.get(status, QCoreApplication.translate("BackupTableModel", "Cannot be read"))


def made_label(info: BackupInfo) -> str:
    when = QDateTime.fromSecsSinceEpoch(int(info.made.timestamp()))
    return QLocale().toString(when, QLocale.FormatType.ShortFormat)


def size_label(size: int) -> str:
    return QLocale().formattedDataSize(size)


class BackupTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[BackupInfo] = []
        self._status: dict[Path, str] = {}

    def set_backups(self, backups: list[BackupInfo]) -> None:
        self.beginResetModel()
        self._rows = list(backups)
        self._status = {b.path: CHECKING for b in self._rows}
        self.endResetModel()

    def set_status(self, path: Path, status: str) -> None:
        for row, info in enumerate(self._rows):
            if info.path == path:
                self._status[path] = status
                index = self.index(row, COL_STATUS)
                self.dataChanged.emit(index, index)
                return

    def status(self, row: int) -> str:
        return self._status.get(self._rows[row].path, CHECKING)

    def backup_at(self, row: int) -> BackupInfo:
        return self._rows[row]

    def paths(self) -> list[Path]:
        return [b.path for b in self._rows]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("BackupTableModel", "Made"),
            QCoreApplication.translate("BackupTableModel", "Kind"),
            QCoreApplication.translate("BackupTableModel", "Size"),
            QCoreApplication.translate("BackupTableModel", "Check"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        info = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_MADE:
                return made_label(info)
            if column == COL_KIND:
                return kind_label(info)
            if column == COL_SIZE:
                return size_label(info.size)
            if column == COL_STATUS:
                return status_label(self.status(index.row()))
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(info.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS:
            if self.status(index.row()) not in (OK, CHECKING):
                return QColor("#b00020")
        if role == BACKUP_ROLE:
            return info
        return None
