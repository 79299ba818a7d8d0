"""Table models of the instalment-plan page: the customer's plans, the
instalments of one plan, and the editable rows of a new plan."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app import choices
from app.instalments import InstalmentRow, PlanStatus
from app.money import format_money
from ui.collection_models import GREEN, ORANGE, RED, RIGHT, RowsModel, grey
from ui.i18n import tr_app

Index = QModelIndex | QPersistentModelIndex
PROBLEM_BACKGROUND = QColor(255, 235, 238)
INSTALMENT_COLORS = {"paid": GREEN, "overdue": RED, "partly_paid": ORANGE}
PLAN_COLORS = {"completed": GREEN}

# --- instalment plans -----------------------------------------------------------------


class PlansModel(RowsModel[PlanStatus]):
    """The customer's instalment plans, latest agreed first."""

    COL_AGREED, COL_STATUS, COL_TOTAL, COL_PAID, COL_STILL_DUE, COL_NEXT, COL_NOTE = range(7)
    MONEY_COLUMNS = (COL_TOTAL, COL_PAID, COL_STILL_DUE)

    def headers(self) -> list[str]:
        return [
            self.tr("Agreed on"),
            self.tr("Status"),
            self.tr("Total"),
            self.tr("Paid"),
            self.tr("Still due"),
            self.tr("Next instalment"),
            self.tr("Note"),
        ]

    def text(self, row: PlanStatus, column: int) -> str:
        if column == self.COL_AGREED:
            return row.agreed_on.isoformat()
        if column == self.COL_STATUS:
            status = tr_app(choices.PLAN_STATUS.get(row.status, row.status))
            if row.status == "cancelled" and row.cancelled_on:
                return self.tr("{status} on {date}").format(
                    status=status, date=row.cancelled_on.isoformat()
                )
            return status
        if column == self.COL_TOTAL:
            return format_money(row.total)
        if column == self.COL_PAID:
            return format_money(row.paid)
        if column == self.COL_STILL_DUE:
            return format_money(row.still_due)
        if column == self.COL_NEXT:
            if row.status == "cancelled" or row.next_due_on is None:
                return ""
            return self.tr("{date}: {amount}").format(
                date=row.next_due_on.isoformat(), amount=format_money(row.next_amount)
            )
        if column == self.COL_NOTE:
            return row.note
        return ""

    def tooltip(self, row: PlanStatus, column: int) -> str | None:
        if column in (self.COL_STATUS, self.COL_STILL_DUE) and row.overdue > 0:
            return self.tr("Overdue instalments: {amount} not paid").format(
                amount=format_money(row.overdue)
            )
        return super().tooltip(row, column)

    def foreground(self, row: PlanStatus, column: int) -> QBrush | None:
        if row.status == "cancelled":
            return grey()
        if column in (self.COL_STATUS, self.COL_STILL_DUE) and row.overdue > 0:
            return QBrush(RED)
        if column == self.COL_STATUS and row.status in PLAN_COLORS:
            return QBrush(PLAN_COLORS[row.status])
        return None


class InstalmentsModel(RowsModel[InstalmentRow]):
    """The instalments of one plan, covered in order by the payments."""

    COL_SEQ, COL_DUE, COL_AMOUNT, COL_COVERED, COL_STILL_DUE, COL_STATUS = range(6)
    MONEY_COLUMNS = (COL_AMOUNT, COL_COVERED, COL_STILL_DUE)

    def row_id(self, row: InstalmentRow) -> int:
        return row.seq

    def headers(self) -> list[str]:
        return [
            self.tr("No."),
            self.tr("Due on"),
            self.tr("Amount"),
            self.tr("Covered"),
            self.tr("Still due"),
            self.tr("Status"),
        ]

    def text(self, row: InstalmentRow, column: int) -> str:
        if column == self.COL_SEQ:
            return str(row.seq)
        if column == self.COL_DUE:
            return row.due_on.isoformat()
        if column == self.COL_AMOUNT:
            return format_money(row.amount)
        if column == self.COL_COVERED:
            return format_money(row.covered)
        if column == self.COL_STILL_DUE:
            return format_money(row.still_due)
        if column == self.COL_STATUS:
            if row.status == "overdue":
                # The "app" message "Overdue" is also the ageing's column
                # header (an amount); an instalment is overdue, not an amount.
                return self.tr("Overdue")
            return tr_app(choices.INSTALMENT_STATUS.get(row.status, row.status))
        return ""

    def foreground(self, row: InstalmentRow, column: int) -> QBrush | None:
        if column == self.COL_STATUS and row.status in INSTALMENT_COLORS:
            return QBrush(INSTALMENT_COLORS[row.status])
        return None


# --- the rows of a new instalment plan ------------------------------------------------


class InstalmentDraftModel(QAbstractTableModel):
    """The instalments of a plan being written: due date and amount as typed
    (the domain judges them on saving), with a message per row it refused."""

    COL_SEQ, COL_DUE, COL_AMOUNT = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[list[str]] = []
        self._problems: dict[int, str] = {}

    def headers(self) -> list[str]:
        return [self.tr("No."), self.tr("Due on"), self.tr("Amount")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 3:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == self.COL_AMOUNT:
            return RIGHT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in (self.COL_DUE, self.COL_AMOUNT):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = index.column()
        if not 0 <= column < 3:
            return None
        due, amount = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return [str(index.row() + 1), due, amount][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_AMOUNT:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.row() in self._problems:
                return self._problems[index.row()]
            if column == self.COL_DUE:
                return self.tr("Double-click to change the date")
            if column == self.COL_AMOUNT:
                return self.tr("Double-click to change the amount, e.g. 1000 or 1,000.00")
        if role == Qt.ItemDataRole.BackgroundRole and index.row() in self._problems:
            return QBrush(PROBLEM_BACKGROUND)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if (
            not index.isValid()
            or index.column() not in (self.COL_DUE, self.COL_AMOUNT)
            or role != Qt.ItemDataRole.EditRole
            or not 0 <= index.row() < len(self._rows)
        ):
            return False
        text = value.isoformat() if isinstance(value, date) else str(value or "").strip()
        self._rows[index.row()][index.column() - 1] = text
        self._problems.pop(index.row(), None)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.COL_AMOUNT))
        return True

    # --- the rows ------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[tuple[date | str, Decimal | str]]) -> None:
        self.beginResetModel()
        self._rows = [
            [due.isoformat() if isinstance(due, date) else due, self._amount_text(amount)]
            for due, amount in rows
        ]
        self._problems = {}
        self.endResetModel()

    @staticmethod
    def _amount_text(amount: Decimal | str) -> str:
        return format_money(amount) if isinstance(amount, Decimal) else amount

    def add_row(self, due: date | str = "", amount: Decimal | str = "") -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(
            [due.isoformat() if isinstance(due, date) else due, self._amount_text(amount)]
        )
        self.endInsertRows()
        return row

    def remove_row(self, row: int) -> None:
        if not 0 <= row < len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        # The numbers of the rows below changed: so did the rows the messages name.
        self.set_problems({})

    def instalments(self) -> list[tuple[str, str]]:
        """(due date, amount) as typed, in the order of the rows."""
        return [(due, amount) for due, amount in self._rows]

    def set_problems(self, problems: dict[int, str]) -> None:
        self._problems = dict(problems)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.COL_AMOUNT)
            )

    def problem(self, row: int) -> str:
        return self._problems.get(row, "")


__all__ = ["InstalmentDraftModel", "InstalmentsModel", "PlansModel"]
