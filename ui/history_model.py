"""A card's history (``app.audit_history``) as a Qt table, newest first,
fetched a page at a time as the user scrolls: when, who, what, and each
field's old and new value."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.audit_history import Change, HistoryEntry, history, history_count
from ui.customer_summary import chinese_ui

Index = QModelIndex | QPersistentModelIndex

COL_WHEN, COL_WHO, COL_WHAT, COL_DETAILS = range(4)
COLUMN_COUNT = 4
PAGE = 100

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # the app.audit_history.HistoryEntry


def _translate_app(text: str) -> str:
    return QCoreApplication.translate("app", text)


class HistoryModel(QAbstractTableModel):
    """The entries of one customer's history; ``reload`` reads the first page."""

    def __init__(self, customer_id: int | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.customer_id = customer_id
        self._entries: list[HistoryEntry] = []
        self._total = 0
        self._headers = [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Details")]

    def reload(self) -> None:
        self.beginResetModel()
        self._entries = []
        self._total = 0 if self.customer_id is None else history_count(self.customer_id)
        self._entries = self._page(0)
        self.endResetModel()

    def total(self) -> int:
        return self._total

    def entry_at(self, row: int) -> HistoryEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def _page(self, offset: int) -> list[HistoryEntry]:
        if self.customer_id is None or offset >= self._total:
            return []
        return history(
            self.customer_id,
            PAGE,
            offset,
            language="zh" if chinese_ui() else "en",
            translate=_translate_app,
        )

    # --- paging --------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._entries) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid():
            return
        more = self._page(len(self._entries))
        if not more:
            self._total = len(self._entries)  # the trail is shorter than counted
            return
        first = len(self._entries)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._entries += more
        self.endInsertRows()

    # --- the model -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < COLUMN_COUNT
        ):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entry_at(index.row())
        column = index.column()
        if entry is None or not 0 <= column < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_WHEN:
                return entry.at.strftime("%Y-%m-%d %H:%M:%S")
            if column == COL_WHO:
                return entry.actor or self.tr("(unknown)")
            if column == COL_WHAT:
                return entry.summary
            return self.tr("; ").join(self.change_text(entry, c) for c in entry.changes)
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_WHAT, COL_DETAILS):
            lines = [entry.summary] + [self.change_text(entry, c) for c in entry.changes]
            return "\n".join(lines)
        if role == ENTRY_ROLE:
            return entry
        return None

    def change_text(self, entry: HistoryEntry, change: Change) -> str:
        """ "备注: 月底对账" for a row created or deleted; "备注: (empty) → 月底对账"
        for a change."""
        if entry.action in ("create", "delete") or (entry.action == "restore" and not change.old):
            value = change.new or change.old
            return self.tr("{field}: {value}").format(field=change.label, value=value)
        empty = self.tr("(empty)")
        return self.tr("{field}: {old} → {new}").format(
            field=change.label, old=change.old or empty, new=change.new or empty
        )
