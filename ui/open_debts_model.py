"""The open debts of one customer as a table (``app.account.open_debts``): what
is still open, how late, the class, and the dispute hold. Debts on hold and
classes set by hand are marked so they are not mistaken for the usual case."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app import choices
from app.account import OpenDebt
from app.money import format_money
from ui.i18n import tr_app

Index = QModelIndex | QPersistentModelIndex

(
    COL_NUMBER,
    COL_DATE,
    COL_DUE,
    COL_AMOUNT,
    COL_OPEN,
    COL_DAYS,
    COL_CLASS,
    COL_HOLD,
) = range(8)
COLUMN_COUNT = 8
RIGHT_COLUMNS = (COL_AMOUNT, COL_OPEN, COL_DAYS)

DEBT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
DEBT_ROLE = Qt.ItemDataRole.UserRole + 2

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
HOLD_BACKGROUND = QColor(255, 243, 224)  # light amber: out of dunning
LATE = QColor("#c62828")
# Classes worse than "being collected" are shown in red.
SERIOUS_CLASSES = ("doubtful", "bad", "dead")


def debt_label(debt: OpenDebt) -> str:
    """The number, or the kind for a debt without one (a late-payment charge)."""
    return debt.number or tr_app(choices.ENTRY_KIND.get(debt.kind, debt.kind))


class OpenDebtsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[OpenDebt] = []

    def set_debts(self, rows: list[OpenDebt]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def debt(self, row: int) -> OpenDebt | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def debts(self) -> list[OpenDebt]:
        return list(self._rows)

    def row_of(self, debt_id: int) -> int | None:
        for i, debt in enumerate(self._rows):
            if debt.id == debt_id:
                return i
        return None

    # --- what the view asks ----------------------------------------------------------

    def headers(self) -> list[str]:
        return [
            self.tr("Number"),
            self.tr("Date"),
            self.tr("Due date"),
            self.tr("Amount"),
            self.tr("Open"),
            self.tr("Days past due"),
            self.tr("Class"),
            self.tr("Dispute hold"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in RIGHT_COLUMNS:
            return RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        debt = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(debt, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(debt, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in RIGHT_COLUMNS:
            return RIGHT
        if role == Qt.ItemDataRole.BackgroundRole and debt.on_hold:
            return QBrush(HOLD_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_DAYS and debt.days_past_due > 0 and not debt.on_hold:
                return QBrush(LATE)
            if column == COL_CLASS and debt.debt_class in SERIOUS_CLASSES:
                return QBrush(LATE)
            return None
        if role == Qt.ItemDataRole.FontRole and column == COL_CLASS and debt.class_overridden:
            font = QFont()
            font.setItalic(True)
            return font
        if role == DEBT_ID_ROLE:
            return debt.id
        if role == DEBT_ROLE:
            return debt
        return None

    def _text(self, debt: OpenDebt, column: int) -> str:
        if column == COL_NUMBER:
            return debt_label(debt)
        if column == COL_DATE:
            return debt.entry_date.isoformat()
        if column == COL_DUE:
            return debt.due_date.isoformat()
        if column == COL_AMOUNT:
            return format_money(debt.amount)
        if column == COL_OPEN:
            return format_money(debt.open)
        if column == COL_DAYS:
            return str(debt.days_past_due) if debt.days_past_due else ""
        if column == COL_CLASS:
            label = tr_app(choices.DEBT_CLASS.get(debt.debt_class, debt.debt_class))
            if debt.class_overridden:
                return self.tr("{cls} (set by hand)").format(cls=label)
            return label
        if column == COL_HOLD:
            return self._hold_text(debt)
        return ""

    def _hold_text(self, debt: OpenDebt) -> str:
        if not debt.on_hold:
            return ""
        if debt.hold_until is not None:
            return self.tr("{reason} (until {date})").format(
                reason=debt.hold_reason, date=debt.hold_until.isoformat()
            )
        return debt.hold_reason

    def _tooltip(self, debt: OpenDebt, column: int) -> str | None:
        lines = []
        if debt.description:
            lines.append(debt.description)
        if debt.on_hold:
            lines.append(
                self.tr("Disputed, held out of collection: {hold}").format(
                    hold=self._hold_text(debt)
                )
            )
        if debt.class_overridden:
            lines.append(self.tr("Class set by hand: {reason}").format(reason=debt.override_reason))
        return "\n".join(lines) or None
