"""The frame of a collection page in the account window (``CollectionPage``):
a toolbar of actions over tables, reloading, read-only for an archived
customer, and the write-then-reload-the-window step after a dialog saved."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from peewee import OperationalError
from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError, ValidationError
from ui.collection_dialogs import CollectionDialog
from ui.collection_models import RowsModel
from ui.customer_card import ERROR_STYLE
from ui.i18n import error_text, issue_text

if TYPE_CHECKING:
    from ui.account_window import AccountWindow

HINT_STYLE = "color: #666666"


def table(model: QAbstractTableModel, name: str, widths: tuple[int, ...] = ()) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setDefaultSectionSize(110)
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    return view


def label(name: str, style: str = "") -> QLabel:
    """A plain-text, word-wrapped line of the page."""
    widget = QLabel()
    widget.setObjectName(name)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setWordWrap(True)
    widget.setStyleSheet(style)
    return widget


class CollectionPage(QWidget):
    """A page of the account window: a toolbar of actions over tables. Its
    ``load(today)`` reads the customer's records; a write made through one of
    its dialogs reloads the whole window."""

    def __init__(self, account: AccountWindow) -> None:
        super().__init__()
        self.account = account
        self._keep: int | None = None  # the row to select after the next reload
        self._tips: dict[QAction, str] = {}
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(4, 4, 4, 4)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.body.addWidget(self.toolbar)
        self.problem = label("pageProblem", ERROR_STYLE)
        self.problem.hide()
        self.body.addWidget(self.problem)

    @property
    def customer_id(self) -> int:
        return self.account.customer_id

    # --- to be given by the pages ---------------------------------------------------------

    def title(self) -> str:
        raise NotImplementedError

    def load(self, today: date) -> None:
        raise NotImplementedError

    def possible(self) -> dict[QAction, tuple[bool, str]]:
        """Each action: whether it can be taken now, and why not."""
        return {action: (True, "") for action in self._tips}

    # --- shared ----------------------------------------------------------------------------

    def action(self, text: str, slot: Callable[[], Any], name: str, tip: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        self.toolbar.addAction(action)
        self._tips[action] = tip
        return action

    def reload(self) -> None:
        try:
            self.load(date.today())
        except (KnownError, OperationalError, ValidationError) as exc:
            self.show_problem(self._reason(exc))
        else:
            self.problem.hide()
        self.update_title()
        self.update_actions()

    def _reason(self, exc: Exception) -> str:
        if isinstance(exc, KnownError):
            return error_text(exc)
        if isinstance(exc, ValidationError):
            return "\n".join(issue_text(i) for i in exc.issues)
        return self.tr("Could not be read ({reason}). Try again in a moment (F5).").format(
            reason=str(exc)
        )

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def update_title(self) -> None:
        index = self.account.tabs.indexOf(self)
        if index >= 0:
            self.account.tabs.setTabText(index, self.title())

    def update_actions(self, *_args: Any) -> None:
        archived = self.tr("This customer is archived: restore the card to record anything.")
        for action, (can, why_not) in self.possible().items():
            if self.account.read_only:
                action.setEnabled(False)
                action.setToolTip(archived)
            else:
                action.setEnabled(can)
                action.setToolTip(self._tips[action] if can else why_not)

    def can_write(self) -> bool:
        return not self.account.read_only

    def open_dialog(self, dialog: CollectionDialog) -> CollectionDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.posted.connect(self.written)
        dialog.open()
        return dialog

    def written(self, result_id: int | None = None) -> None:
        """After a write: everything in the window is read again, and the rest
        of the application is told."""
        self._keep = result_id
        self.account.reload()
        self.account.account_changed.emit(self.customer_id)

    def select(self, view: QTableView, model: RowsModel[Any], keep: int | None) -> None:
        """Select the row with the id *keep* (else the first row)."""
        row = model.row_of(keep) if keep is not None else None
        if row is None and model.rowCount() > 0:
            row = 0
        if row is not None:
            view.selectRow(row)
            view.scrollTo(model.index(row, 0))

    @staticmethod
    def selected_row(view: QTableView) -> int | None:
        rows = view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def selected_id(self, view: QTableView, model: RowsModel[Any]) -> int | None:
        row = self.selected_row(view)
        item = model.row(row) if row is not None else None
        return model.row_id(item) if item is not None else None


__all__ = ["HINT_STYLE", "CollectionPage", "label", "table"]
