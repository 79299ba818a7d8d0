"""The History tab of a customer card: the audit trail of the card, its
contacts, groups, ledger and collection work, read-only."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.history_model import COL_DETAILS, COL_WHAT, COL_WHEN, COL_WHO, HistoryModel


class HistoryPage(QWidget):
    """Reads the history the first time it is shown (``ensure_loaded``)."""

    def __init__(self, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPage")
        self.model = HistoryModel(customer_id, self)
        self.view = QTableView(self)
        self.view.setObjectName("historyView")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        for column in (COL_WHEN, COL_WHO, COL_WHAT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_DETAILS, QHeaderView.ResizeMode.Stretch)
        self.note = QLabel(self)
        self.note.setObjectName("historyNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        self._loaded = False

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self.reload()

    def reload(self) -> None:
        self._loaded = True
        self.model.reload()
        if self.model.total():
            self.note.setText(
                self.tr(
                    "Every change is recorded with the time and the user; "
                    "the history cannot be edited. Point at a row to see all of it."
                )
            )
        else:
            self.note.setText(
                self.tr(
                    "Nothing recorded yet. Changes are recorded from the version of Kehu "
                    "that keeps a history on."
                )
            )
