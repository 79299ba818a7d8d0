"""The customer list: a table model over the database that fetches lazily.

Rows come a page at a time (``canFetchMore``/``fetchMore``); filtering and
sorting are SQL (``app.customer_query``). The model holds only the loaded
pages, never every customer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from app import choices
from app.customer_query import CustomerFilter, CustomerRow, count_customers, find_customers
from ui.i18n import tr_app
from ui.workers import Task, TaskState

Index = QModelIndex | QPersistentModelIndex

COL_NUMBER, COL_NAME, COL_KIND, COL_TIER, COL_PHONE, COL_SALESPERSON, COL_ADDRESS = range(7)
COLUMN_SORT_KEYS = {
    COL_NUMBER: "number",
    COL_NAME: "name",
    COL_KIND: "kind",
    COL_TIER: "tier",
    COL_PHONE: "phone",
    COL_SALESPERSON: "salesperson",
    COL_ADDRESS: "address",
}
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

PAGE_SIZE = 200
#: ``counts_changed`` total while counting, and when the count failed.
COUNTING, UNKNOWN_TOTAL = -1, -2


def _count(_state: TaskState, flt: CustomerFilter, generation: int) -> tuple[int, int]:
    return generation, count_customers(flt)


class CustomerTableModel(QAbstractTableModel):
    #: emitted after every refresh with (rows loaded, total matching)
    counts_changed = Signal(int, int)

    def __init__(self, parent: Any = None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._filter = CustomerFilter()
        self._sort = "name"
        self._descending = False
        self._rows: list[CustomerRow] = []
        self._total: int | None = 0
        self._exhausted = True
        self._generation = 0
        self._page_size = page_size
        self._loaded = False

    # --- what the view asks ------------------------------------------------------

    def headers(self) -> list[str]:
        return [
            self.tr("Number"),
            self.tr("Name"),
            self.tr("Kind"),
            self.tr("Tier"),
            self.tr("Phone"),
            self.tr("Salesperson"),
            self.tr("Address"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 7

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == COL_NUMBER:
                return row.number
            if column == COL_NAME:
                if row.short_name and row.short_name != row.name:
                    return self.tr("{name} ({short_name})").format(
                        name=row.name, short_name=row.short_name
                    )
                return row.name
            if column == COL_KIND:
                return tr_app(choices.KIND.get(row.kind, row.kind))
            if column == COL_TIER:
                return tr_app(choices.TIER.get(row.tier, row.tier))
            if column == COL_PHONE:
                return row.main_phone
            if column == COL_SALESPERSON:
                return row.salesperson
            if column == COL_ADDRESS:
                return row.address
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and row.archived:
            palette = QApplication.palette()
            return QBrush(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        if role == Qt.ItemDataRole.BackgroundRole and row.tier == "key_account" and column == 1:
            return QBrush(QColor(255, 248, 225))
        return None

    # --- lazy loading --------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._exhausted:
            return
        page = find_customers(
            self._filter,
            sort=self._sort,
            descending=self._descending,
            offset=len(self._rows),
            limit=self._page_size,
        )
        self._exhausted = len(page) < self._page_size
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        if self._exhausted:
            self._total = len(self._rows)
        self.counts_changed.emit(len(self._rows), self.total)

    # --- filter and sort -------------------------------------------------------------

    @property
    def current_filter(self) -> CustomerFilter:
        return self._filter

    @property
    def total(self) -> int:
        """How many customers match; -1 while that is still being counted."""
        return -1 if self._total is None else self._total

    def set_filter(self, flt: CustomerFilter) -> None:
        self._filter = flt
        self.refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMN_SORT_KEYS.get(column)
        if key is None:
            return
        self._sort = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        if self._loaded:
            self.refresh()

    def refresh(self) -> None:
        """Run the query again (after a filter change or an edit).

        The first page is loaded at once; when it is full, the total is counted
        in a worker thread (a scan of every match) and arrives later through
        ``counts_changed``, so typing in the search box never waits for it."""
        rows = find_customers(
            self._filter, sort=self._sort, descending=self._descending, limit=self._page_size
        )
        self._generation += 1
        self.beginResetModel()
        self._rows = rows
        self._exhausted = len(rows) < self._page_size
        self._total = len(rows) if self._exhausted else None
        self._loaded = True
        self.endResetModel()
        self.counts_changed.emit(len(self._rows), self.total)
        if self._total is None:
            self._start_count()

    def _start_count(self) -> None:
        task = Task(_count, self._filter, self._generation)
        task.signals.succeeded.connect(self._count_done)
        task.signals.failed.connect(self._count_failed)
        task.start()

    def _count_failed(self, _error: Exception) -> None:
        # The list itself is fine; only the total is unknown (e.g. the file was
        # busy). Say so instead of "counting" for ever.
        if self._total is None:
            self.counts_changed.emit(len(self._rows), UNKNOWN_TOTAL)

    def _count_done(self, result: tuple[int, int]) -> None:
        generation, total = result
        if generation != self._generation or self._total is not None:
            return  # a newer query is on screen
        self._total = max(total, len(self._rows))
        self.counts_changed.emit(len(self._rows), self._total)

    # --- helpers for the window ------------------------------------------------------

    def customer_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, customer_id: int) -> int | None:
        for i, row in enumerate(self._rows):
            if row.id == customer_id:
                return i
        return None
