"""The batch dialog's list of who gets a document and what (a read-only
table over ``app.documents.batch.ListedCustomer`` rows)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.choices import LANGUAGE
from app.documents.batch import ListedCustomer
from app.money import format_money, from_fen
from ui.i18n import tr_app

Index = QModelIndex | QPersistentModelIndex

COL_NUMBER, COL_NAME, COL_LANGUAGE, COL_LEVEL, COL_AMOUNT, COL_NOTE = range(6)


class DocumentListModel(QAbstractTableModel):
    def __init__(self, *, show_level: bool, amount_title: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ListedCustomer] = []
        self._show_level = show_level
        self._amount_title = amount_title

    def set_rows(self, rows: list[ListedCustomer]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[ListedCustomer]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 6

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Number"),
            self.tr("Name"),
            self.tr("Language"),
            self.tr("Level") if self._show_level else "",
            self._amount_title,
            self.tr("Note"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NUMBER:
                return row.number
            if column == COL_NAME:
                return row.name
            if column == COL_LANGUAGE:
                return tr_app(LANGUAGE.get(row.language, row.language))
            if column == COL_LEVEL:
                return str(row.level) if row.level else ""
            if column == COL_AMOUNT:
                if row.amount_fen is None:
                    return ""
                return f"{row.currency} {format_money(from_fen(row.amount_fen))}"
            if column == COL_NOTE:
                return tr_app(row.note, **row.note_params) if row.note else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not row.printed:
            from PySide6.QtGui import QColor

            return QColor("#a33")
        return None
