"""The ageing table (账龄分析) as Qt models: one row per customer of an
``app.ageing.AgeingReport``, and a footer of totals, one row per currency.

The columns are those of ``app.ageing_export.COLUMNS``, so what the table
shows and what an export writes have the same headings. Money is shown from
the fen with thousands separators. The model sorts itself on the raw values
(fen, the severity of a class; names in pinyin order), never on the formatted
text; ``SORT_ROLE`` gives those values. A sort proxy would call ``data()`` from
C++ for every comparison: seconds for twenty thousand rows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app import choices
from app.ageing import BUCKET_KEYS, BUCKETS, CLASS_KEYS, AgeingReport, AgeingRow, AgeingTotals
from app.ageing_export import COLUMN_KEYS, COLUMNS, TOTAL_LABEL
from app.money import format_money, from_fen
from ui.i18n import tr_app

Index = QModelIndex | QPersistentModelIndex

(
    COL_NUMBER,
    COL_NAME,
    COL_SALESPERSON,
    COL_CURRENCY,
    COL_CURRENT,
    COL_1_30,
    COL_31_60,
    COL_61_90,
    COL_91_180,
    COL_181_365,
    COL_OVER_365,
    COL_CREDIT,
    COL_BALANCE,
    COL_OVERDUE,
    COL_WORST_CLASS,
) = range(15)
COLUMN_COUNT = 15
BUCKET_COLUMNS = tuple(range(COL_CURRENT, COL_OVER_365 + 1))
MONEY_COLUMNS = (*BUCKET_COLUMNS, COL_CREDIT, COL_BALANCE, COL_OVERDUE)

assert len(COLUMNS) == COLUMN_COUNT and len(BUCKET_COLUMNS) == len(BUCKET_KEYS)
assert COLUMN_KEYS[COL_CREDIT] == "credit" and COLUMN_KEYS[COL_WORST_CLASS] == "worst_class"

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the customer id
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the AgeingRow / AgeingTotals
SORT_ROLE = Qt.ItemDataRole.UserRole + 3  # raw value to sort on
FEN_ROLE = Qt.ItemDataRole.UserRole + 4  # money columns: the amount in fen (credit negative)

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LATE = QColor("#c62828")
# Classes worse than "being collected" are shown in red.
SERIOUS_CLASSES = ("doubtful", "bad", "dead")


def column_titles() -> list[str]:
    """The translated column headings, in column order (the export uses them too)."""
    return [tr_app(label) for _key, label in COLUMNS]


def class_label(key: str) -> str:
    return tr_app(choices.DEBT_CLASS[key]) if key in choices.DEBT_CLASS else key


def _fen_of(item: AgeingRow | AgeingTotals, column: int) -> int:
    if column in BUCKET_COLUMNS:
        return item.buckets[column - COL_CURRENT]
    if column == COL_CREDIT:
        return -item.credit_fen  # shown negative: the buckets plus the credit make the balance
    if column == COL_BALANCE:
        return item.balance_fen
    if column == COL_OVERDUE:
        return item.overdue_fen
    raise ValueError(column)


def money_text(fen: int, column: int) -> str:
    """``1,234.50``; a nil bucket, credit or overdue amount is left blank so the
    amounts that matter stand out. The balance is always shown."""
    if not fen and column != COL_BALANCE:
        return ""
    return format_money(from_fen(fen))


class AgeingModelBase(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers: list[str] | None = None

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headers(self) -> list[str]:
        # Asked for at every paint of the header; the language is set at start.
        if self._headers is None:
            self._headers = column_titles()
        return list(self._headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tooltip(section)
        if role == Qt.ItemDataRole.TextAlignmentRole and section in MONEY_COLUMNS:
            return RIGHT
        return None

    def _header_tooltip(self, section: int) -> str | None:
        if section == COL_CURRENT:
            return self.tr("Open amounts not yet due")
        if section in BUCKET_COLUMNS:
            index = section - COL_CURRENT
            low = (BUCKETS[index - 1][1] or 0) + 1
            high = BUCKETS[index][1]
            if high is None:
                return self.tr("Open amounts more than {days} days past their due date").format(
                    days=low - 1
                )
            return self.tr("Open amounts {low} to {high} days past their due date").format(
                low=low, high=high
            )
        if section == COL_CREDIT:
            return self.tr(
                "Credit not yet applied to an invoice (over-payments), shown as a negative amount"
            )
        if section == COL_BALANCE:
            return self.tr("What the customer owes: the open amounts less the credit")
        if section == COL_OVERDUE:
            return self.tr("Open amounts past their due date")
        if section == COL_WORST_CLASS:
            return self.tr("The worst class among the customer's open debts")
        return None


class AgeingTableModel(AgeingModelBase):
    """One row per customer of the report, sorted as the view asks (by
    customer number until then)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AgeingRow] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        # Chinese names in pinyin order whatever the language of the interface,
        # as in the customer list; digits by value ("2" before "10").
        self._collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        self._collator.setNumericMode(True)
        self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_report(self, report: AgeingReport | None) -> None:
        self.beginResetModel()
        self._rows = list(report.rows) if report is not None else []
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COLUMN_COUNT:
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        keep = [(self._rows[i.row()].customer_id, i.column()) for i in persistent]
        self._sort_rows(column, order)
        rows = {row.customer_id: i for i, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent, [self.index(rows[cid], col) for cid, col in keep]
        )
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        # By number first, so equal values stay in number order (sort is stable).
        self._rows.sort(key=lambda row: row.number)
        if column in (COL_NAME, COL_SALESPERSON):
            collation_key = self._collator.sortKey
            attribute = "name" if column == COL_NAME else "salesperson"
            self._rows.sort(
                key=lambda row: collation_key(getattr(row, attribute)), reverse=descending
            )
        elif column != COL_NUMBER or descending:
            self._rows.sort(key=lambda row: self._sort_value(row, column), reverse=descending)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def rows(self) -> list[AgeingRow]:
        """The rows in the order shown."""
        return list(self._rows)

    def ageing_row(self, row: int) -> AgeingRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def customer_id(self, row: int) -> int | None:
        found = self.ageing_row(row)
        return found.customer_id if found is not None else None

    def row_of(self, customer_id: int) -> int | None:
        for i, row in enumerate(self._rows):
            if row.customer_id == customer_id:
                return i
        return None

    def widest_texts(self, column: int) -> list[str]:
        """The texts of the largest and the most negative amount of a money
        column: the widest it shows."""
        if not self._rows:
            return []
        amounts = [_fen_of(row, column) for row in self._rows]
        return [money_text(max(amounts), column), money_text(min(amounts), column)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_WORST_CLASS:
                return self._classes_tooltip(row)
            return self._text(row, column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in MONEY_COLUMNS:
            return RIGHT
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == FEN_ROLE and column in MONEY_COLUMNS:
            return _fen_of(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_WORST_CLASS and row.worst_class in SERIOUS_CLASSES:
                return QBrush(LATE)
            if column == COL_OVERDUE and row.overdue_fen > 0:
                return QBrush(LATE)
            return None
        if role == ID_ROLE:
            return row.customer_id
        if role == ROW_ROLE:
            return row
        return None

    def _text(self, row: AgeingRow, column: int) -> str:
        if column == COL_NUMBER:
            return row.number
        if column == COL_NAME:
            return row.name
        if column == COL_SALESPERSON:
            return row.salesperson
        if column == COL_CURRENCY:
            return row.currency
        if column == COL_WORST_CLASS:
            return class_label(row.worst_class) if row.worst_class else ""
        if column in MONEY_COLUMNS:
            return money_text(_fen_of(row, column), column)
        return ""

    def _sort_value(self, row: AgeingRow, column: int) -> Any:
        if column in MONEY_COLUMNS:
            return _fen_of(row, column)
        if column == COL_WORST_CLASS:
            # by severity: nothing open < not yet due < ... < dead
            return CLASS_KEYS.index(row.worst_class) + 1 if row.worst_class else 0
        return self._text(row, column)

    def _classes_tooltip(self, row: AgeingRow) -> str | None:
        lines = [
            self.tr("{cls}: {amount}").format(
                cls=class_label(key), amount=format_money(from_fen(row.classes[key]))
            )
            for key in CLASS_KEYS
            if row.classes.get(key)
        ]
        return "\n".join(lines) or None


class AgeingTotalsModel(AgeingModelBase):
    """The footer: a totals row per currency, never one sum of two currencies."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._totals: list[AgeingTotals] = []

    def set_report(self, report: AgeingReport | None) -> None:
        self.beginResetModel()
        self._totals = (
            [report.totals[currency] for currency in sorted(report.totals)]
            if report is not None
            else []
        )
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._totals)

    def totals(self, row: int) -> AgeingTotals | None:
        return self._totals[row] if 0 <= row < len(self._totals) else None

    def column_texts(self, column: int) -> list[str]:
        return [self._text(totals, column) for totals in self._totals]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._totals):
            return None
        totals = self._totals[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(totals, column)
            return text if role == Qt.ItemDataRole.DisplayRole else (text or None)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in MONEY_COLUMNS:
            return RIGHT
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == FEN_ROLE and column in MONEY_COLUMNS:
            return _fen_of(totals, column)
        if role == ROW_ROLE:
            return totals
        return None

    def _text(self, totals: AgeingTotals, column: int) -> str:
        if column == COL_NUMBER:
            return tr_app(TOTAL_LABEL)
        if column == COL_NAME:
            return self.tr("Customers: {count}").format(count=totals.customers)
        if column == COL_CURRENCY:
            return totals.currency
        if column in MONEY_COLUMNS:
            return money_text(_fen_of(totals, column), column)
        return ""
