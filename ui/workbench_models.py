"""The lists of the collection workbench (催收工作台) as Qt models, one per
list of an ``app.workbench.Workbench``: the ranking of overdue customers,
debts due soon, promises to pay, instalment plans due, balance confirmations
not returned.

Each model holds the rows the domain returned, in the domain's order until the
view sorts; sorting is on raw values (fen, dates, the severity of a class;
names in pinyin order), never on the formatted text, and keeps the domain's
order among equal values. Money is shown with the customer's currency
(``¥1,234.50``, ``USD 1,234.50``).

Derived warning signs are computed by the domain for the top of the ranking
only; ``RankingModel`` shows "…" for the others until the view fetches their
``SignDetails`` (it does so for the rows on screen)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from app import choices
from app.ageing import CLASS_KEYS
from app.confirmations import ConfirmationRow
from app.instalments import PlanStatus
from app.money import from_fen
from app.promises import PromiseRow
from app.warning_signs import DerivedSign, FlagRow
from app.workbench import (
    AGE_POINTS,
    AMOUNT_POINTS,
    CLASS_POINTS,
    CONTACT_POINTS,
    PROMISE_POINTS,
    DueSoonRow,
    RankingRow,
)
from ui.ageing_model import class_label
from ui.i18n import tr_app
from ui.ledger_model import money_text

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the customer id
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the domain row
SORT_ROLE = Qt.ItemDataRole.UserRole + 3  # the raw value sorted on

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter
LATE = QColor("#c62828")  # overdue, broken, serious
SOON = QColor("#b35900")  # due today
SIGN_BACKGROUND = QColor("#fff1dc")  # the warning signs of a ranking row that has some
URGENT_SCORE = 70  # a score from which the ranking shows it in red
NOT_COMPUTED = "…"
CLASS_MAX_POINTS = max(CLASS_POINTS.values())


def _money(amount: Decimal | None, currency: str) -> str:
    return "" if amount is None else money_text(amount, currency)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


@dataclass(frozen=True)
class SignDetails:
    """A customer's warning signs in full: derived ones with their
    explanations, and the flags the admin set and has not cleared."""

    derived: tuple[DerivedSign, ...]
    flags: tuple[FlagRow, ...]


class WorkbenchTableModel(QAbstractTableModel):
    """One list of the workbench. Subclasses give the columns (``COLUMN_COUNT``,
    ``headers``) and the texts and sort values of a row."""

    COLUMN_COUNT = 0
    RIGHT_COLUMNS: frozenset[int] = frozenset()
    #: text columns sorted in pinyin order (names)
    COLLATED_COLUMNS: frozenset[int] = frozenset()
    #: columns the table cannot be sorted on
    UNSORTABLE_COLUMNS: frozenset[int] = frozenset()
    #: the column and order that give the domain's order
    NATURAL_SORT: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, Any]] = []  # (position in the domain's order, row)
        self._today = date.today()
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._headers: list[str] | None = None
        # Chinese names in pinyin order whatever the language of the interface,
        # as in the customer list; digits by value ("2" before "10").
        self._collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        self._collator.setNumericMode(True)
        self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    # --- to override --------------------------------------------------------------------

    def _titles(self) -> list[str]:
        raise NotImplementedError

    def _text(self, item: Any, column: int) -> str:
        raise NotImplementedError

    def _sort_value(self, item: Any, column: int) -> Any:
        return self._text(item, column)

    def _tooltip(self, item: Any, column: int) -> str | None:
        return self._text(item, column) or None

    def _foreground(self, item: Any, column: int) -> QColor | None:
        return None

    def _background(self, item: Any, column: int) -> QColor | None:
        return None

    def _decoration(self, item: Any, column: int) -> QIcon | None:
        return None

    def _is_bold(self, item: Any, column: int) -> bool:
        return False

    def _header_tooltip(self, section: int) -> str | None:
        return None

    # --- the rows -----------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any], today: date) -> None:
        self.beginResetModel()
        self._today = today
        self._rows = list(enumerate(rows))
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self._rows_changed()
        self.endResetModel()

    def _rows_changed(self) -> None:
        """After a reset or a sort: subclasses update their indexes."""

    def item(self, row: int) -> Any:
        return self._rows[row][1] if 0 <= row < len(self._rows) else None

    def items(self) -> list[Any]:
        """The rows in the order shown."""
        return [item for _seq, item in self._rows]

    def customer_id(self, row: int) -> int | None:
        found = self.item(row)
        return found.customer_id if found is not None else None

    def row_of(self, customer_id: int) -> int | None:
        """The first row of the customer as shown."""
        for i, (_seq, item) in enumerate(self._rows):
            if item.customer_id == customer_id:
                return i
        return None

    def column_texts(self, column: int) -> list[str]:
        return [self._text(item, column) for _seq, item in self._rows]

    # --- QAbstractTableModel ------------------------------------------------------------

    def headers(self) -> list[str]:
        # Asked for at every paint of the header; the language is set at start.
        if self._headers is None:
            self._headers = self._titles()
            assert len(self._headers) == self.COLUMN_COUNT
        return list(self._headers)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tooltip(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        seq, item = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.RIGHT_COLUMNS:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            color = self._foreground(item, column)
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.BackgroundRole:
            color = self._background(item, column)
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.DecorationRole:
            return self._decoration(item, column)
        if role == Qt.ItemDataRole.FontRole:
            return _bold() if self._is_bold(item, column) else None
        if role == SORT_ROLE:
            return self._sort_value(item, column)
        if role == ID_ROLE:
            return item.customer_id
        if role == ROW_ROLE:
            return item
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.COLUMN_COUNT or column in self.UNSORTABLE_COLUMNS:
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        keep = [(self._rows[i.row()][0], i.column()) for i in persistent]
        self._sort_rows(column, order)
        self._rows_changed()
        rows = {seq: i for i, (seq, _item) in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent, [self.index(rows[seq], col) for seq, col in keep]
        )
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        # The domain's order first, so equal values keep it (sort is stable,
        # reverse=True too).
        self._rows.sort(key=lambda entry: entry[0])
        if column in self.COLLATED_COLUMNS:
            key = self._collator.sortKey
            self._rows.sort(key=lambda entry: key(self._text(entry[1], column)), reverse=descending)
        else:
            self._rows.sort(
                key=lambda entry: self._sort_value(entry[1], column), reverse=descending
            )

    # --- shared texts -------------------------------------------------------------------

    def _date_text(self, value: date | None) -> str:
        return value.isoformat() if value is not None else ""


# --- 1. the ranking ----------------------------------------------------------------------

(
    R_RANK,
    R_SCORE,
    R_NUMBER,
    R_NAME,
    R_PHONE,
    R_SALESPERSON,
    R_OVERDUE,
    R_DAYS,
    R_CLASS,
    R_BROKEN,
    R_LAST_CONTACT,
    R_SIGNS,
) = range(12)


class RankingModel(WorkbenchTableModel):
    """Customers with overdue debts, highest score first (``overdue_ranking``)."""

    COLUMN_COUNT = 12
    RIGHT_COLUMNS = frozenset({R_RANK, R_SCORE, R_OVERDUE, R_DAYS, R_BROKEN})
    COLLATED_COLUMNS = frozenset({R_NAME, R_SALESPERSON})
    UNSORTABLE_COLUMNS = frozenset({R_SIGNS})
    NATURAL_SORT = (R_RANK, Qt.SortOrder.AscendingOrder)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._details: dict[int, SignDetails] = {}
        self._row_by_id: dict[int, int] = {}
        self._rank: dict[int, int] = {}  # customer id -> place in the domain's order
        self._icon: QIcon | None = None

    def _titles(self) -> list[str]:
        return [
            self.tr("Rank"),
            self.tr("Score"),
            self.tr("Number"),
            self.tr("Customer"),
            self.tr("Phone"),
            self.tr("Salesperson"),
            self.tr("Overdue"),
            self.tr("Days overdue"),
            self.tr("Worst class"),
            self.tr("Broken promises"),
            self.tr("Last contact"),
            self.tr("Warning signs"),
        ]

    def formula_text(self) -> str:
        return self.tr(
            "Score 0–100: overdue amount ({amount}), age ({age}), class ({cls}), "
            "broken promises ({promises}), days since last contact ({contact})"
        ).format(
            amount=f"{AMOUNT_POINTS:g}",
            age=f"{AGE_POINTS:g}",
            cls=f"{CLASS_MAX_POINTS:g}",
            promises=f"{PROMISE_POINTS:g}",
            contact=f"{CONTACT_POINTS:g}",
        )

    def _header_tooltip(self, section: int) -> str | None:
        if section == R_RANK:
            return self.tr("The place in the collection plan: 1 is the customer to act on first")
        if section == R_SCORE:
            return self.formula_text()
        if section == R_OVERDUE:
            return self.tr("Open amounts past their due date, debts on hold left out")
        if section == R_DAYS:
            return self.tr("Days past due of the oldest overdue debt")
        if section == R_CLASS:
            return self.tr("The worst class among the overdue debts")
        if section == R_BROKEN:
            return self.tr("Promises to pay broken recently (see the business settings)")
        if section == R_LAST_CONTACT:
            return self.tr("The latest entry in the collection log")
        if section == R_SIGNS:
            return self.tr(
                "Warning signs you flagged and signs derived from the ledger; "
                "hover over a row for the details"
            )
        return None

    # --- warning signs --------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any], today: date) -> None:
        self._details = {}
        self._rank = {item.customer_id: i for i, item in enumerate(rows)}
        super().set_rows(rows, today)

    def _rows_changed(self) -> None:
        self._row_by_id = {item.customer_id: i for i, (_seq, item) in enumerate(self._rows)}

    def ids_needing_details(self, first: int, last: int) -> list[int]:
        """The customers on rows *first* to *last* (as shown) whose sign
        details are not fetched yet."""
        first, last = max(first, 0), min(last, len(self._rows) - 1)
        return [
            item.customer_id
            for _seq, item in self._rows[first : last + 1]
            if item.customer_id not in self._details
        ]

    def set_details(self, found: dict[int, SignDetails]) -> None:
        self._details.update(found)
        rows = sorted(self._row_by_id[cid] for cid in found if cid in self._row_by_id)
        if rows:
            # whole rows: the background of a row with signs changes too
            self.dataChanged.emit(
                self.index(rows[0], 0), self.index(rows[-1], self.COLUMN_COUNT - 1)
            )

    def details(self, customer_id: int) -> SignDetails | None:
        return self._details.get(customer_id)

    def _flag_count(self, item: RankingRow) -> int:
        found = self._details.get(item.customer_id)
        return len(found.flags) if found is not None else item.open_flags

    def _derived_keys(self, item: RankingRow) -> tuple[str, ...] | None:
        found = self._details.get(item.customer_id)
        if found is not None:
            return tuple(sign.key for sign in found.derived)
        return item.derived_signs

    def has_signs(self, item: RankingRow) -> bool:
        return bool(self._flag_count(item) or self._derived_keys(item))

    def signs_text(self, item: RankingRow) -> str:
        parts = []
        flags = self._flag_count(item)
        if flags:
            parts.append(self.tr("%n flagged", "", flags))
        keys = self._derived_keys(item)
        if keys is None:
            parts.append(NOT_COMPUTED)
        else:
            parts.extend(tr_app(choices.DERIVED_SIGN[key]) for key in keys)
        return " · ".join(parts)

    def _signs_tooltip(self, item: RankingRow) -> str | None:
        found = self._details.get(item.customer_id)
        lines = []
        if found is not None:
            for sign in found.derived:
                lines.append(
                    self.tr("{sign}: {explanation}").format(
                        sign=tr_app(choices.DERIVED_SIGN[sign.key]),
                        explanation=tr_app(sign.template, **sign.params),
                    )
                )
            for flag in found.flags:
                line = self.tr("Flagged on {date}: {sign}").format(
                    date=flag.flagged_on.isoformat(),
                    sign=tr_app(choices.WARNING_SIGN.get(flag.sign, flag.sign)),
                )
                lines.append(
                    self.tr("{flag} ({note})").format(flag=line, note=flag.note)
                    if flag.note
                    else line
                )
            return "\n".join(lines) or None
        for key in item.derived_signs or ():
            lines.append(tr_app(choices.DERIVED_SIGN[key]))
        if item.open_flags:
            lines.append(self.tr("%n warning sign(s) flagged", "", item.open_flags))
        if item.derived_signs is None:
            lines.append(self.tr("The signs derived from the ledger are being computed…"))
        return "\n".join(lines) or None

    def _warning_icon(self) -> QIcon:
        if self._icon is None:
            self._icon = QApplication.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxWarning
            )
        return self._icon

    # --- cells ------------------------------------------------------------------------------

    def score_tooltip(self, item: RankingRow) -> str:
        parts = item.breakdown
        lines = [
            self.tr("Score {score} of 100, the sum of:").format(score=f"{item.score:.1f}"),
            self.tr("overdue amount {points} of {max}").format(
                points=f"{parts.amount:.1f}", max=f"{AMOUNT_POINTS:g}"
            ),
            self.tr("age {points} of {max}").format(
                points=f"{parts.age:.1f}", max=f"{AGE_POINTS:g}"
            ),
            self.tr("class {points} of {max}").format(
                points=f"{parts.debt_class:.1f}", max=f"{CLASS_MAX_POINTS:g}"
            ),
            self.tr("broken promises {points} of {max}").format(
                points=f"{parts.promises:.1f}", max=f"{PROMISE_POINTS:g}"
            ),
            self.tr("contact {points} of {max}").format(
                points=f"{parts.contact:.1f}", max=f"{CONTACT_POINTS:g}"
            ),
        ]
        return "\n".join([lines[0], *(f"  • {line}" for line in lines[1:]), self.formula_text()])

    def _text(self, item: RankingRow, column: int) -> str:
        if column == R_RANK:
            return str(self._seq_of(item) + 1)
        if column == R_SCORE:
            return f"{item.score:.0f}"
        if column == R_NUMBER:
            return item.customer_number
        if column == R_NAME:
            return item.customer_name
        if column == R_PHONE:
            return item.phone
        if column == R_SALESPERSON:
            return item.salesperson
        if column == R_OVERDUE:
            return money_text(from_fen(item.overdue_fen), item.currency)
        if column == R_DAYS:
            return str(item.oldest_days)
        if column == R_CLASS:
            return class_label(item.worst_class)
        if column == R_BROKEN:
            return str(item.broken_promises) if item.broken_promises else ""
        if column == R_LAST_CONTACT:
            if item.last_contact is None:
                return self.tr("never")
            return item.last_contact.isoformat()
        if column == R_SIGNS:
            return self.signs_text(item)
        return ""

    def _seq_of(self, item: RankingRow) -> int:
        # the rank is the place in the domain's order, whatever the sort shown
        return self._rank[item.customer_id]

    def _sort_value(self, item: RankingRow, column: int) -> Any:
        if column == R_RANK:
            return self._seq_of(item)
        if column == R_SCORE:
            return item.score
        if column == R_OVERDUE:
            return item.overdue_fen
        if column == R_DAYS:
            return item.oldest_days
        if column == R_CLASS:
            return CLASS_KEYS.index(item.worst_class) if item.worst_class in CLASS_KEYS else -1
        if column == R_BROKEN:
            return item.broken_promises
        if column == R_LAST_CONTACT:
            return item.last_contact or date.min  # never: the longest ago
        return self._text(item, column)

    def _tooltip(self, item: RankingRow, column: int) -> str | None:
        if column == R_SCORE:
            return self.score_tooltip(item)
        if column == R_OVERDUE:
            return self.tr("%n overdue debt(s)", "", item.overdue_debts)
        if column == R_LAST_CONTACT:
            if item.days_since_contact is None:
                return self.tr("No contact in the collection log yet")
            return self.tr("%n day(s) ago", "", item.days_since_contact)
        if column == R_SIGNS:
            return self._signs_tooltip(item)
        return super()._tooltip(item, column)

    # Every row here is overdue, and at the top most are serious: colour only
    # what sets a row apart - a high score and its warning signs.
    def _foreground(self, item: RankingRow, column: int) -> QColor | None:
        if column == R_SCORE and item.score >= URGENT_SCORE:
            return LATE
        if column == R_SIGNS and self.has_signs(item):
            return LATE
        return None

    def _is_bold(self, item: RankingRow, column: int) -> bool:
        return column == R_SCORE

    def _background(self, item: RankingRow, column: int) -> QColor | None:
        return SIGN_BACKGROUND if column == R_SIGNS and self.has_signs(item) else None

    def _decoration(self, item: RankingRow, column: int) -> QIcon | None:
        if column == R_SIGNS and self.has_signs(item):
            return self._warning_icon()
        return None


# --- 2. debts due soon -------------------------------------------------------------------

(D_NUMBER, D_NAME, D_PHONE, D_DEBT, D_DUE, D_DAYS, D_OPEN, D_SALESPERSON) = range(8)


class DueSoonModel(WorkbenchTableModel):
    """Open debts falling due in the next days (``due_soon``): call ahead."""

    COLUMN_COUNT = 8
    RIGHT_COLUMNS = frozenset({D_OPEN})
    COLLATED_COLUMNS = frozenset({D_NAME, D_SALESPERSON})
    NATURAL_SORT = (D_DUE, Qt.SortOrder.AscendingOrder)

    def _titles(self) -> list[str]:
        return [
            self.tr("Number"),
            self.tr("Customer"),
            self.tr("Phone"),
            self.tr("Debt"),
            self.tr("Due date"),
            self.tr("Falls due"),
            self.tr("Open amount"),
            self.tr("Salesperson"),
        ]

    def days_text(self, days: int) -> str:
        if days <= 0:
            return self.tr("today")
        if days == 1:
            return self.tr("tomorrow")
        return self.tr("in %n day(s)", "", days)

    def _text(self, item: DueSoonRow, column: int) -> str:
        if column == D_NUMBER:
            return item.customer_number
        if column == D_NAME:
            return item.customer_name
        if column == D_PHONE:
            return item.phone
        if column == D_DEBT:
            return item.number or tr_app(choices.ENTRY_KIND.get(item.kind, item.kind))
        if column == D_DUE:
            return item.due_date.isoformat()
        if column == D_DAYS:
            return self.days_text(item.days_to_due)
        if column == D_OPEN:
            return money_text(item.open, item.currency)
        if column == D_SALESPERSON:
            return item.salesperson
        return ""

    def _sort_value(self, item: DueSoonRow, column: int) -> Any:
        if column in (D_DUE, D_DAYS):
            return item.due_date
        if column == D_OPEN:
            return item.open
        return self._text(item, column)

    def _tooltip(self, item: DueSoonRow, column: int) -> str | None:
        if column == D_DEBT:
            return self.tr("{kind} of {date}").format(
                kind=tr_app(choices.ENTRY_KIND.get(item.kind, item.kind)),
                date=item.entry_date.isoformat(),
            )
        return super()._tooltip(item, column)

    def _foreground(self, item: DueSoonRow, column: int) -> QColor | None:
        if column == D_DAYS and item.days_to_due <= 0:
            return SOON
        return None

    def _is_bold(self, item: DueSoonRow, column: int) -> bool:
        return column == D_DAYS and item.days_to_due <= 0


# --- 3. promises -------------------------------------------------------------------------

(P_NUMBER, P_NAME, P_PHONE, P_DUE, P_AMOUNT, P_PAID, P_STATUS, P_NOTE) = range(8)
#: The order of the statuses: today's first, then the broken ones, then those ahead.
PROMISE_ORDER = ("due_today", "broken", "pending", "kept")


class WorkbenchPromisesModel(WorkbenchTableModel):
    """Promises to pay due today, broken recently and coming up, in that order."""

    COLUMN_COUNT = 8
    RIGHT_COLUMNS = frozenset({P_AMOUNT, P_PAID})
    COLLATED_COLUMNS = frozenset({P_NAME})
    NATURAL_SORT = (P_STATUS, Qt.SortOrder.AscendingOrder)

    def _titles(self) -> list[str]:
        return [
            self.tr("Number"),
            self.tr("Customer"),
            self.tr("Phone"),
            self.tr("Promised for"),
            self.tr("Amount"),
            self.tr("Paid so far"),
            self.tr("Status"),
            self.tr("Note"),
        ]

    def _header_tooltip(self, section: int) -> str | None:
        if section == P_PAID:
            return self.tr("Payments from the day of the promise to the promised day")
        return None

    def _text(self, item: PromiseRow, column: int) -> str:
        if column == P_NUMBER:
            return item.customer_number
        if column == P_NAME:
            return item.customer_name
        if column == P_PHONE:
            return item.phone
        if column == P_DUE:
            return item.due_on.isoformat()
        if column == P_AMOUNT:
            return money_text(item.amount, item.currency)
        if column == P_PAID:
            return money_text(item.paid, item.currency) if item.paid else ""
        if column == P_STATUS:
            return tr_app(choices.PROMISE_STATUS.get(item.status, item.status))
        if column == P_NOTE:
            return item.note
        return ""

    def _sort_value(self, item: PromiseRow, column: int) -> Any:
        if column == P_DUE:
            return item.due_on
        if column == P_AMOUNT:
            return item.amount
        if column == P_PAID:
            return item.paid
        if column == P_STATUS:
            return PROMISE_ORDER.index(item.status) if item.status in PROMISE_ORDER else 9
        return self._text(item, column)

    def _tooltip(self, item: PromiseRow, column: int) -> str | None:
        if column in (P_DUE, P_STATUS):
            return self.tr("Promised on {made}: {amount} by {due}; still due {left}").format(
                made=item.made_on.isoformat(),
                amount=money_text(item.amount, item.currency),
                due=item.due_on.isoformat(),
                left=money_text(item.still_due, item.currency),
            )
        return super()._tooltip(item, column)

    def _foreground(self, item: PromiseRow, column: int) -> QColor | None:
        if column == P_STATUS and item.status == "broken":
            return LATE
        if column == P_STATUS and item.status == "due_today":
            return SOON
        return None

    def _is_bold(self, item: PromiseRow, column: int) -> bool:
        return column == P_STATUS and item.status in ("broken", "due_today")


# --- 4. instalment plans due ---------------------------------------------------------------

(
    I_NUMBER,
    I_NAME,
    I_PHONE,
    I_NEXT_DUE,
    I_NEXT_AMOUNT,
    I_OVERDUE_COUNT,
    I_OVERDUE,
    I_STILL_DUE,
    I_NOTE,
) = range(9)


class PlansDueModel(WorkbenchTableModel):
    """Active instalment plans with an instalment overdue or due soon (``plans_due``)."""

    COLUMN_COUNT = 9
    RIGHT_COLUMNS = frozenset({I_NEXT_AMOUNT, I_OVERDUE_COUNT, I_OVERDUE, I_STILL_DUE})
    COLLATED_COLUMNS = frozenset({I_NAME})
    NATURAL_SORT = (I_NEXT_DUE, Qt.SortOrder.AscendingOrder)

    def _titles(self) -> list[str]:
        return [
            self.tr("Number"),
            self.tr("Customer"),
            self.tr("Phone"),
            self.tr("Next instalment"),
            self.tr("Still due on it"),
            self.tr("Overdue instalments"),
            self.tr("Overdue amount"),
            self.tr("Left on the plan"),
            self.tr("Note"),
        ]

    def _header_tooltip(self, section: int) -> str | None:
        if section == I_NEXT_DUE:
            return self.tr("The first instalment the payments do not cover yet")
        if section == I_STILL_DUE:
            return self.tr("The plan's total less what the payments since it was agreed cover")
        return None

    @staticmethod
    def overdue_count(item: PlanStatus) -> int:
        return sum(1 for i in item.instalments if i.status == "overdue")

    def _text(self, item: PlanStatus, column: int) -> str:
        if column == I_NUMBER:
            return item.customer_number
        if column == I_NAME:
            return item.customer_name
        if column == I_PHONE:
            return item.phone
        if column == I_NEXT_DUE:
            return self._date_text(item.next_due_on)
        if column == I_NEXT_AMOUNT:
            return _money(item.next_amount, item.currency)
        if column == I_OVERDUE_COUNT:
            count = self.overdue_count(item)
            return str(count) if count else ""
        if column == I_OVERDUE:
            return money_text(item.overdue, item.currency) if item.overdue else ""
        if column == I_STILL_DUE:
            return money_text(item.still_due, item.currency)
        if column == I_NOTE:
            return item.note
        return ""

    def _sort_value(self, item: PlanStatus, column: int) -> Any:
        if column == I_NEXT_DUE:
            return item.next_due_on or date.max
        if column == I_NEXT_AMOUNT:
            return item.next_amount or Decimal(0)
        if column == I_OVERDUE_COUNT:
            return self.overdue_count(item)
        if column == I_OVERDUE:
            return item.overdue
        if column == I_STILL_DUE:
            return item.still_due
        return self._text(item, column)

    def schedule_text(self, item: PlanStatus) -> str:
        lines = [
            self.tr("Agreed on {date}, total {total}, paid since {paid}").format(
                date=item.agreed_on.isoformat(),
                total=money_text(item.total, item.currency),
                paid=money_text(item.paid, item.currency),
            )
        ]
        for row in item.instalments:
            lines.append(
                self.tr("{seq}. {date}  {amount}  {status}").format(
                    seq=row.seq,
                    date=row.due_on.isoformat(),
                    amount=money_text(row.amount, item.currency),
                    status=tr_app(choices.INSTALMENT_STATUS.get(row.status, row.status)),
                )
            )
        return "\n".join(lines)

    def _tooltip(self, item: PlanStatus, column: int) -> str | None:
        if column in (I_NEXT_DUE, I_NEXT_AMOUNT, I_OVERDUE_COUNT, I_OVERDUE, I_STILL_DUE):
            return self.schedule_text(item)
        return super()._tooltip(item, column)

    def _foreground(self, item: PlanStatus, column: int) -> QColor | None:
        late = item.next_due_on is not None and item.next_due_on < self._today
        if column == I_NEXT_DUE and late:
            return LATE
        if column in (I_OVERDUE_COUNT, I_OVERDUE) and item.overdue:
            return LATE
        if column == I_NEXT_DUE and item.next_due_on == self._today:
            return SOON
        return None


# --- 5. balance confirmations not returned --------------------------------------------------

(C_NUMBER, C_NAME, C_PHONE, C_SENT, C_AS_OF, C_WAITING, C_BALANCE, C_NOTE) = range(8)


class UnreturnedModel(WorkbenchTableModel):
    """Balance confirmations sent and not returned (``unreturned``), longest waiting first."""

    COLUMN_COUNT = 8
    RIGHT_COLUMNS = frozenset({C_WAITING, C_BALANCE})
    COLLATED_COLUMNS = frozenset({C_NAME})
    NATURAL_SORT = (C_SENT, Qt.SortOrder.AscendingOrder)

    def _titles(self) -> list[str]:
        return [
            self.tr("Number"),
            self.tr("Customer"),
            self.tr("Phone"),
            self.tr("Sent on"),
            self.tr("Statement date"),
            self.tr("Waiting"),
            self.tr("Balance stated"),
            self.tr("Note"),
        ]

    def _header_tooltip(self, section: int) -> str | None:
        if section == C_BALANCE:
            return self.tr("The balance the statement asked the customer to confirm")
        return None

    def _text(self, item: ConfirmationRow, column: int) -> str:
        if column == C_NUMBER:
            return item.customer_number
        if column == C_NAME:
            return item.customer_name
        if column == C_PHONE:
            return item.phone
        if column == C_SENT:
            return item.sent_on.isoformat()
        if column == C_AS_OF:
            return item.as_of.isoformat()
        if column == C_WAITING:
            if item.days_waiting is None:
                return ""
            return self.tr("%n day(s)", "", item.days_waiting)
        if column == C_BALANCE:
            return money_text(item.balance, item.currency)
        if column == C_NOTE:
            return item.note
        return ""

    def _sort_value(self, item: ConfirmationRow, column: int) -> Any:
        if column == C_SENT:
            return item.sent_on
        if column == C_AS_OF:
            return item.as_of
        if column == C_WAITING:
            return item.days_waiting or 0
        if column == C_BALANCE:
            return item.balance
        return self._text(item, column)


__all__ = [
    "ID_ROLE",
    "ROW_ROLE",
    "SORT_ROLE",
    "DueSoonModel",
    "PlansDueModel",
    "RankingModel",
    "SignDetails",
    "UnreturnedModel",
    "WorkbenchPromisesModel",
    "WorkbenchTableModel",
]
