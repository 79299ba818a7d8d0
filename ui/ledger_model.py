"""The ledger of one customer as a table: every entry in date order with the
running balance (``app.account.entries``).

A customer's ledger is read whole (a few hundred rows at most, and the running
balance needs every earlier row). Reversed entries and the reversals
themselves are greyed, struck through and explained in a tooltip."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from app import choices
from app.account import EntryRow
from app.money import format_money
from ui.i18n import tr_app

Index = QModelIndex | QPersistentModelIndex

(
    COL_DATE,
    COL_KIND,
    COL_NUMBER,
    COL_DUE,
    COL_DEBIT,
    COL_CREDIT,
    COL_BALANCE,
    COL_METHOD,
    COL_DESCRIPTION,
) = range(9)
COLUMN_COUNT = 9
MONEY_COLUMNS = (COL_DEBIT, COL_CREDIT, COL_BALANCE)

ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2

# Kinds a reversal can undo (app.models.CREDIT_KINDS).
REVERSIBLE_KINDS = ("payment", "credit_note", "write_off")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
NEGATIVE = QColor("#c62828")


def money_text(amount: Decimal, currency: str) -> str:
    """¥1,234.50 for renminbi, "USD 1,234.50" for the others."""
    if currency == "CNY":
        return ("-¥" if amount < 0 else "¥") + format_money(abs(amount))
    return f"{currency} {format_money(amount)}"


def can_reverse(entry: EntryRow) -> bool:
    """A payment, credit note or write-off that is not reversed yet."""
    return entry.kind in REVERSIBLE_KINDS and entry.reversed_by_id is None


class LedgerModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[EntryRow] = []
        self._by_id: dict[int, EntryRow] = {}

    # --- data in ---------------------------------------------------------------------

    def set_entries(self, rows: list[EntryRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._by_id = {r.id: r for r in self._rows}
        self.endResetModel()

    def entry(self, row: int) -> EntryRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, entry_id: int) -> int | None:
        for i, entry in enumerate(self._rows):
            if entry.id == entry_id:
                return i
        return None

    # --- what the view asks ----------------------------------------------------------

    def headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Kind"),
            self.tr("Number"),
            self.tr("Due date"),
            self.tr("Debit"),
            self.tr("Credit"),
            self.tr("Balance"),
            self.tr("Method / reference"),
            self.tr("Description"),
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
        if role == Qt.ItemDataRole.TextAlignmentRole and section in MONEY_COLUMNS:
            return RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in MONEY_COLUMNS:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if self._cancelled(entry):
                palette = QApplication.palette()
                return QBrush(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
            if column == COL_BALANCE and entry.balance < 0:
                return QBrush(NEGATIVE)
            return None
        if role == Qt.ItemDataRole.FontRole and self._cancelled(entry):
            font = QFont()
            if entry.reversed_by_id is not None:
                font.setStrikeOut(True)
            else:
                font.setItalic(True)
            return font
        if role == ENTRY_ID_ROLE:
            return entry.id
        if role == ENTRY_ROLE:
            return entry
        return None

    # --- presentation ------------------------------------------------------------------

    @staticmethod
    def _cancelled(entry: EntryRow) -> bool:
        return entry.reversed_by_id is not None or entry.reverses_id is not None

    def _kind(self, kind: str) -> str:
        return tr_app(choices.ENTRY_KIND.get(kind, kind))

    def _text(self, entry: EntryRow, column: int) -> str:
        if column == COL_DATE:
            return entry.entry_date.isoformat()
        if column == COL_KIND:
            kind = self._kind(entry.kind)
            if entry.reversed_by_id is not None:
                return self.tr("{kind} (reversed)").format(kind=kind)
            return kind
        if column == COL_NUMBER:
            return entry.number
        if column == COL_DUE:
            return entry.due_date.isoformat() if entry.due_date else ""
        if column == COL_DEBIT:
            return format_money(entry.delta) if entry.delta > 0 else ""
        if column == COL_CREDIT:
            return format_money(-entry.delta) if entry.delta < 0 else ""
        if column == COL_BALANCE:
            return format_money(entry.balance)
        if column == COL_METHOD:
            if not entry.method:
                return entry.reference
            method = tr_app(choices.PAYMENT_METHOD.get(entry.method, entry.method))
            return f"{method} {entry.reference}".strip()
        if column == COL_DESCRIPTION:
            return self._description(entry)
        return ""

    def _description(self, entry: EntryRow) -> str:
        if entry.reverses_id is not None:
            original = self._by_id.get(entry.reverses_id)
            what = self._reference(original) if original else entry.description
            return self.tr("Reverses {what}: {reason}").format(what=what, reason=entry.reason)
        parts = [p for p in (entry.description, entry.reason) if p]
        return " · ".join(parts)

    def _reference(self, entry: EntryRow) -> str:
        """“Payment 2025-03-01 (cheque 123)”: enough to find the entry again."""
        text = f"{self._kind(entry.kind)} {entry.entry_date.isoformat()}"
        ref = entry.number or entry.reference
        return f"{text} {ref}" if ref else text

    def _tooltip(self, entry: EntryRow, column: int) -> str | None:
        lines = []
        if entry.reversed_by_id is not None:
            reversal = self._by_id.get(entry.reversed_by_id)
            if reversal is not None:
                lines.append(
                    self.tr("Reversed on {date} ({reason})").format(
                        date=reversal.entry_date.isoformat(), reason=reversal.reason
                    )
                )
        if entry.reverses_id is not None:
            original = self._by_id.get(entry.reverses_id)
            if original is not None:
                lines.append(
                    self.tr("Reversal of {what} ({reason})").format(
                        what=self._reference(original), reason=entry.reason
                    )
                )
        if entry.open is not None:
            if entry.open > 0:
                lines.append(
                    self.tr("Still open: {amount}").format(amount=format_money(entry.open))
                )
            else:
                lines.append(self.tr("Settled in full"))
        text = self._text(entry, column)
        if column in (COL_DESCRIPTION, COL_METHOD) and text:
            lines.insert(0, text)
        return "\n".join(lines) or None
