"""Table models of the collection pages of the account window: the shared
read-only base (``RowsModel``), the collection log, promises and balance
confirmations (plans: ``ui.plan_models``; warning signs and late charges:
``ui.risk_models``).

A customer has tens of these records, not thousands: each model holds the
rows ``app`` returns for one customer and is reset when the page reloads."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from app import choices
from app.collection_log import LogRow
from app.confirmations import ConfirmationRow
from app.money import format_money
from app.promises import PromiseRow
from ui.i18n import tr_app

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")

ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
RED = QColor("#c62828")
ORANGE = QColor("#e65100")
GREEN = QColor("#2e7d32")

PROMISE_COLORS = {"kept": GREEN, "broken": RED, "due_today": ORANGE}
CONFIRMATION_COLORS = {"awaiting": ORANGE, "agreed": GREEN, "disputed": RED}


def _one_line(text: str) -> str:
    """Multi-line text in a table cell: the lines joined (the tooltip has them all)."""
    return " / ".join(part.strip() for part in text.splitlines() if part.strip())


def grey() -> QBrush:
    return QBrush(
        QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    )


def day_text(value: date | None) -> str:
    return value.isoformat() if value is not None else ""


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Rows of one kind with an id, read-only. Subclasses give the headers, the
    text of a cell and, if they like, its tooltip, colour and font."""

    MONEY_COLUMNS: tuple[int, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    # --- data in ---------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row(self, number: int) -> Row | None:
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def row_id(self, row: Row) -> int:
        return int(row.id)  # type: ignore[attr-defined]

    def row_of(self, row_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if self.row_id(row) == row_id:
                return number
        return None

    # --- to be given by subclasses -------------------------------------------------------

    def headers(self) -> list[str]:
        raise NotImplementedError

    def text(self, row: Row, column: int) -> str:
        raise NotImplementedError

    def tooltip(self, row: Row, column: int) -> str | None:
        text = self.text(row, column)
        # A long text cut off in its cell can be read whole.
        return text if len(text) > 24 else None

    def foreground(self, row: Row, column: int) -> QBrush | None:
        return None

    def font(self, row: Row, column: int) -> QFont | None:
        return None

    # --- what the view asks ----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers())

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self.MONEY_COLUMNS:
            return RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < self.columnCount():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.MONEY_COLUMNS:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row, column)
        if role == Qt.ItemDataRole.FontRole:
            return self.font(row, column)
        if role == ROW_ID_ROLE:
            return self.row_id(row)
        return None


# --- the collection log -------------------------------------------------------------------


class LogModel(RowsModel[LogRow]):
    """The collection log, newest contact first. An entry a later one corrects
    is greyed and struck through; a correction names the entry it corrects."""

    (
        COL_NO,
        COL_DATE,
        COL_CHANNEL,
        COL_PERSON,
        COL_EXCUSE,
        COL_SAID,
        COL_OUTCOME,
        COL_NOTES,
    ) = range(8)

    def set_rows(self, rows: Sequence[LogRow]) -> None:
        self._by_id = {r.id: r for r in rows}
        super().set_rows(rows)

    def headers(self) -> list[str]:
        return [
            self.tr("No."),
            self.tr("Date"),
            self.tr("Channel"),
            self.tr("Spoke to"),
            self.tr("Excuse"),
            self.tr("What they said"),
            self.tr("Outcome"),
            self.tr("Notes"),
        ]

    def text(self, row: LogRow, column: int) -> str:
        if column == self.COL_NO:
            if row.corrected_by_id is not None:
                return self.tr("#{id}, corrected by #{by}").format(
                    id=row.id, by=row.corrected_by_id
                )
            if row.corrects_id is not None:
                return self.tr("#{id}, correction of #{of}").format(id=row.id, of=row.corrects_id)
            return f"#{row.id}"
        if column == self.COL_DATE:
            return row.contact_date.isoformat()
        if column == self.COL_CHANNEL:
            channel = tr_app(choices.CHANNEL.get(row.channel, row.channel))
            if row.dunning_level:
                return self.tr("{channel} (level {level})").format(
                    channel=channel, level=row.dunning_level
                )
            return channel
        if column == self.COL_PERSON:
            return row.person
        if column == self.COL_EXCUSE:
            return (
                tr_app(choices.EXCUSE[row.excuse]) if row.excuse in choices.EXCUSE else row.excuse
            )
        if column == self.COL_SAID:
            return _one_line(row.said)
        if column == self.COL_OUTCOME:
            return tr_app(choices.OUTCOME.get(row.outcome, row.outcome)) if row.outcome else ""
        if column == self.COL_NOTES:
            return _one_line(row.notes)
        return ""

    def tooltip(self, row: LogRow, column: int) -> str | None:
        lines = []
        if row.corrected_by_id is not None:
            correction = self._by_id.get(row.corrected_by_id)
            on = correction.created_at.date().isoformat() if correction else "?"
            lines.append(
                self.tr("Corrected on {date} by entry #{id}").format(
                    date=on, id=row.corrected_by_id
                )
            )
        if row.corrects_id is not None:
            original = self._by_id.get(row.corrects_id)
            lines.append(
                self.tr("Correction of entry #{id} of {date}").format(
                    id=row.corrects_id,
                    date=original.contact_date.isoformat() if original else "?",
                )
            )
        if column == self.COL_EXCUSE and row.counter_measure:
            lines.append(
                self.tr("Counter-measure: {text}").format(text=tr_app(row.counter_measure))
            )
        elif column == self.COL_SAID and row.said:
            lines.insert(0, row.said)
        elif column == self.COL_NOTES and row.notes:
            lines.insert(0, row.notes)
        elif column == self.COL_PERSON and len(row.person) > 12:
            lines.insert(0, row.person)
        return "\n".join(lines) or None

    def foreground(self, row: LogRow, column: int) -> QBrush | None:
        if row.corrected_by_id is not None:
            return grey()
        if column == self.COL_OUTCOME and row.outcome in ("refused", "disputed"):
            return QBrush(RED)
        return None

    def font(self, row: LogRow, column: int) -> QFont | None:
        if row.corrected_by_id is not None:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None


# --- promises -----------------------------------------------------------------------------


class PromisesModel(RowsModel[PromiseRow]):
    """Promises to pay, latest promised day first, with what was paid since."""

    COL_MADE, COL_DUE, COL_AMOUNT, COL_PAID, COL_STATUS, COL_NOTE = range(6)
    MONEY_COLUMNS = (COL_AMOUNT, COL_PAID)

    def headers(self) -> list[str]:
        return [
            self.tr("Made on"),
            self.tr("Promised for"),
            self.tr("Amount"),
            self.tr("Paid so far"),
            self.tr("Status"),
            self.tr("Note"),
        ]

    def text(self, row: PromiseRow, column: int) -> str:
        if column == self.COL_MADE:
            return row.made_on.isoformat()
        if column == self.COL_DUE:
            return row.due_on.isoformat()
        if column == self.COL_AMOUNT:
            return format_money(row.amount)
        if column == self.COL_PAID:
            return format_money(row.paid)
        if column == self.COL_STATUS:
            return tr_app(choices.PROMISE_STATUS.get(row.status, row.status))
        if column == self.COL_NOTE:
            if row.log_id is not None:
                made = self.tr("in log entry #{id}").format(id=row.log_id)
                return f"{row.note} ({made})" if row.note else made
            return row.note
        return ""

    def tooltip(self, row: PromiseRow, column: int) -> str | None:
        if column in (self.COL_STATUS, self.COL_PAID) and row.status != "kept":
            return self.tr(
                "Payments from {made} to {due} count: {paid} paid, {left} still to pay"
            ).format(
                made=row.made_on.isoformat(),
                due=row.due_on.isoformat(),
                paid=format_money(row.paid),
                left=format_money(row.still_due),
            )
        return super().tooltip(row, column)

    def foreground(self, row: PromiseRow, column: int) -> QBrush | None:
        if column == self.COL_STATUS and row.status in PROMISE_COLORS:
            return QBrush(PROMISE_COLORS[row.status])
        return None

    def font(self, row: PromiseRow, column: int) -> QFont | None:
        if column == self.COL_STATUS and row.status in ("broken", "due_today"):
            font = QFont()
            font.setBold(True)
            return font
        return None


# --- balance confirmations ------------------------------------------------------------


class ConfirmationsModel(RowsModel[ConfirmationRow]):
    """Statements sent for the customer to confirm, latest first."""

    COL_SENT, COL_AS_OF, COL_BALANCE, COL_STATUS, COL_REPLIED, COL_CLAIMED, COL_REASON = range(7)
    MONEY_COLUMNS = (COL_BALANCE, COL_CLAIMED)

    def headers(self) -> list[str]:
        return [
            self.tr("Sent on"),
            self.tr("Balance as of"),
            self.tr("Balance stated"),
            self.tr("Status"),
            self.tr("Replied on"),
            self.tr("Customer's balance"),
            self.tr("Reason / note"),
        ]

    def text(self, row: ConfirmationRow, column: int) -> str:
        if column == self.COL_SENT:
            return row.sent_on.isoformat()
        if column == self.COL_AS_OF:
            return row.as_of.isoformat()
        if column == self.COL_BALANCE:
            return format_money(row.balance)
        if column == self.COL_STATUS:
            status = tr_app(choices.CONFIRMATION_STATUS.get(row.status, row.status))
            if row.days_waiting is not None:
                return self.tr("{status} (%n day(s))", "", row.days_waiting).format(status=status)
            return status
        if column == self.COL_REPLIED:
            return day_text(row.replied_on)
        if column == self.COL_CLAIMED:
            return format_money(row.customer_amount)
        if column == self.COL_REASON:
            return " · ".join(p for p in (row.dispute_reason, row.note) if p)
        return ""

    def tooltip(self, row: ConfirmationRow, column: int) -> str | None:
        if column == self.COL_CLAIMED and row.difference is not None:
            return self.tr("Difference to the statement: {amount}").format(
                amount=format_money(row.difference)
            )
        if column == self.COL_STATUS and row.status == "awaiting":
            return self.tr("Sent on {date}; the customer has not returned it signed yet").format(
                date=row.sent_on.isoformat()
            )
        return super().tooltip(row, column)

    def foreground(self, row: ConfirmationRow, column: int) -> QBrush | None:
        if column == self.COL_STATUS and row.status in CONFIRMATION_COLORS:
            return QBrush(CONFIRMATION_COLORS[row.status])
        if column == self.COL_CLAIMED and row.customer_amount is not None:
            return QBrush(RED)
        return None


__all__ = [
    "GREEN",
    "ORANGE",
    "RED",
    "RIGHT",
    "ROW_ID_ROLE",
    "ConfirmationsModel",
    "LogModel",
    "PromisesModel",
    "RowsModel",
    "grey",
]
