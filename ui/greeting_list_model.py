"""The greeting list as a table: one row per person to greet, with a check
box "Include" in the first column.

Every row is included unless the person was greeted already for this
occasion and year; the admin can take anyone out (or put a greeted person
back in). Rows greeted already are greyed, and hidden unless
``set_show_greeted(True)``; a hidden row is never included. The choices
survive a rebuild of the list (another filter, a refresh) for the rows that
are still there, unless the row's greeted state changed in between.

Sorting is done here, over the whole list: names in pinyin order. The pinyin
of the contact persons' names is slow to compute for thousands of rows, so
``person_sort_keys`` is meant to run in the worker that builds the list.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from app.greetings import GreetingRow
from app.lunar import ZODIAC_EN, ZODIAC_ZH
from app.search_keys import sort_key

Index = QModelIndex | QPersistentModelIndex

(
    COL_INCLUDE,
    COL_CUSTOMER,
    COL_PERSON,
    COL_SALUTATION,
    COL_MOBILE,
    COL_ADDRESS,
    COL_POSTCODE,
    COL_DATE,
    COL_AGE,
    COL_GREETED,
) = range(10)
COLUMN_COUNT = 10
#: The GreetingRow of a model row.
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

RowId = tuple[int, int, str, int, date | None]

# The same names come back with every rebuild of the list (thread-safe).
_name_key = lru_cache(maxsize=65536)(sort_key)


def row_id(row: GreetingRow) -> RowId:
    """Identifies a row across rebuilds: the person, occasion, year and day
    (a birthday range of a whole year can hold one person twice)."""
    return (row.person.customer_id, row.person.person_key, row.occasion, row.year, row.on)


def person_sort_keys(rows: Iterable[GreetingRow]) -> dict[tuple[int, int], str]:
    """The pinyin order key of each contact person's name (a customer's own
    name has its key stored already). Slow: run it off the UI thread."""
    return {
        r.key: _name_key(r.person.name)
        for r in rows
        if r.person.contact_id is not None and r.person.name
    }


@dataclass(frozen=True)
class Counts:
    #: Rows in the list, greeted or not (hidden ones too).
    people: int
    included: int
    greeted: int
    #: Included rows without a mobile number (an SMS export leaves them out).
    without_mobile: int


def _text_of_time(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment is not None else ""


class GreetingListModel(QAbstractTableModel):
    #: The included or greeted counts may have changed.
    counts_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[GreetingRow] = []
        self._rows: list[GreetingRow] = []  # the visible ones, in order
        # Choices that differ from the default, with the greeted state they
        # were made in: (included, greeted).
        self._choices: dict[RowId, tuple[bool, bool]] = {}
        self._show_greeted = False
        self._person_keys: dict[tuple[int, int], str] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # --- contents ---------------------------------------------------------------------

    def set_rows(
        self,
        rows: Sequence[GreetingRow],
        person_keys: dict[tuple[int, int], str] | None = None,
    ) -> None:
        """Show *rows*; the include choices of rows still there are kept."""
        self.beginResetModel()
        self._all = list(rows)
        self._person_keys = dict(person_keys) if person_keys is not None else {}
        present = {row_id(r): r.greeted for r in self._all}
        self._choices = {
            key: choice
            for key, choice in self._choices.items()
            if key in present and present[key] == choice[1]
        }
        if self._sort is not None:
            self._sort_all(*self._sort)
        self._filter()
        self.endResetModel()
        self.counts_changed.emit()

    def _filter(self) -> None:
        self._rows = [r for r in self._all if self._show_greeted or not r.greeted]

    def all_rows(self) -> list[GreetingRow]:
        return list(self._all)

    def row_at(self, row: int) -> GreetingRow:
        return self._rows[row]

    def show_greeted(self) -> bool:
        return self._show_greeted

    def set_show_greeted(self, show: bool) -> None:
        if show == self._show_greeted:
            return
        self.beginResetModel()
        self._show_greeted = show
        self._filter()
        self.endResetModel()
        self.counts_changed.emit()

    # --- including --------------------------------------------------------------------

    def is_included(self, row: GreetingRow) -> bool:
        choice = self._choices.get(row_id(row))
        if choice is not None:
            return choice[0]
        return not row.greeted

    def _choose(self, row: GreetingRow, included: bool) -> bool:
        """Record a choice; True when it changed anything."""
        if self.is_included(row) == included:
            return False
        key = row_id(row)
        if included == (not row.greeted):
            self._choices.pop(key, None)  # back to the default
        else:
            self._choices[key] = (included, row.greeted)
        return True

    def set_included(self, rows: Iterable[int], included: bool) -> None:
        """Include or exclude the visible rows at these positions."""
        changed = [r for r in rows if 0 <= r < len(self._rows)]
        changed = [r for r in changed if self._choose(self._rows[r], included)]
        if changed:
            self.dataChanged.emit(
                self.index(min(changed), COL_INCLUDE),
                self.index(max(changed), COLUMN_COUNT - 1),
            )
            self.counts_changed.emit()

    def select_all(self) -> None:
        """Include every visible row not greeted yet (people greeted already
        are only included one by one, on purpose)."""
        self.set_included([i for i, r in enumerate(self._rows) if not r.greeted], True)

    def select_none(self) -> None:
        self.set_included(range(len(self._rows)), False)

    def included_rows(self) -> list[GreetingRow]:
        """The visible rows that are included, in the order shown."""
        return [r for r in self._rows if self.is_included(r)]

    def counts(self) -> Counts:
        included = self.included_rows()
        return Counts(
            people=len(self._all),
            included=len(included),
            greeted=sum(1 for r in self._all if r.greeted),
            without_mobile=sum(1 for r in included if not r.person.mobile.strip()),
        )

    # --- Qt model ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Include"),
                self.tr("Customer"),
                self.tr("Person"),
                self.tr("Salutation"),
                self.tr("Mobile"),
                self.tr("Address"),
                self.tr("Postcode"),
                self.tr("Date"),
                self.tr("Age"),
                self.tr("Greeted"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == COL_DATE:
                return self.tr("The day greeted for")
            if section == COL_AGE:
                return self.tr("The age turned, or the years since the founding")
            if section == COL_GREETED:
                return self.tr("When the person was marked as greeted")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_INCLUDE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_INCLUDE:
            return Qt.CheckState.Checked if self.is_included(row) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and row.greeted:
            palette = QApplication.palette()
            return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_AGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return row
        return None

    def _display(self, row: GreetingRow, column: int) -> str | None:
        person = row.person
        if column == COL_INCLUDE:
            return None
        if column == COL_CUSTOMER:
            return person.customer_name
        if column == COL_PERSON:
            return person.name
        if column == COL_SALUTATION:
            return row.salutation
        if column == COL_MOBILE:
            return person.mobile
        if column == COL_ADDRESS:
            return person.address
        if column == COL_POSTCODE:
            return person.postcode
        if column == COL_DATE:
            if row.on is None:
                return ""
            weekday = QLocale().dayName(row.on.isoweekday(), QLocale.FormatType.ShortFormat)
            return f"{row.on.isoformat()} {weekday}"
        if column == COL_AGE:
            return "" if row.age is None else str(row.age)
        if column == COL_GREETED:
            return _text_of_time(row.greeted_at)
        return None

    def _tooltip(self, row: GreetingRow, column: int) -> str | None:
        if column == COL_INCLUDE and row.greeted:
            return self.tr("Greeted already on {time}").format(time=_text_of_time(row.greeted_at))
        if column == COL_AGE and row.zodiac:
            chinese = QLocale().language() == QLocale.Language.Chinese
            animal = (ZODIAC_ZH if chinese else ZODIAC_EN).get(row.zodiac, row.zodiac)
            return self.tr("Zodiac: {animal}").format(animal=animal)
        if column == COL_DATE and row.on is not None:
            return QLocale().toString(
                QDate(row.on.year, row.on.month, row.on.day), QLocale.FormatType.LongFormat
            )
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if (
            not index.isValid()
            or index.column() != COL_INCLUDE
            or role != Qt.ItemDataRole.CheckStateRole
            or not 0 <= index.row() < len(self._rows)
        ):
            return False
        state = Qt.CheckState(value) if isinstance(value, int) else value
        row = index.row()
        if self._choose(self._rows[row], state == Qt.CheckState.Checked):
            self.dataChanged.emit(index, self.index(row, COLUMN_COUNT - 1))
            self.counts_changed.emit()
        return True

    # --- sorting ----------------------------------------------------------------------

    def _sort_value(self, column: int) -> Any:
        keys = self._person_keys

        def person_key(r: GreetingRow) -> str:
            if r.person.contact_id is None:
                return r.person.sort_key
            found = keys.get(r.key)
            if found is None:  # not computed in the worker: do it now, once
                found = keys[r.key] = _name_key(r.person.name)
            return found

        if column == COL_INCLUDE:
            return lambda r: (not self.is_included(r), r.person.sort_key)
        if column == COL_CUSTOMER:
            return lambda r: (r.person.sort_key, r.person.customer_id, person_key(r))
        if column == COL_PERSON:
            return lambda r: (person_key(r), r.person.sort_key)
        if column == COL_SALUTATION:
            return lambda r: (r.salutation, r.person.sort_key)
        if column == COL_MOBILE:
            return lambda r: (r.person.mobile, r.person.sort_key)
        if column == COL_ADDRESS:
            return lambda r: (r.person.address, r.person.sort_key)
        if column == COL_POSTCODE:
            return lambda r: (r.person.postcode, r.person.sort_key)
        if column == COL_DATE:
            return lambda r: (r.on or date.max, r.person.sort_key)
        if column == COL_AGE:
            return lambda r: (r.age is None, r.age or 0, r.person.sort_key)
        return lambda r: (r.greeted_at is None, r.greeted_at or datetime.min, r.person.sort_key)

    def _sort_all(self, column: int, order: Qt.SortOrder) -> None:
        self._all.sort(key=self._sort_value(column), reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COLUMN_COUNT:
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = list(self._rows)
        persistent = self.persistentIndexList()
        self._sort_all(column, order)
        self._filter()
        position = {id(r): i for i, r in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent,
            [
                self.index(position[id(old[p.row()])], p.column())
                if p.isValid() and p.row() < len(old) and id(old[p.row()]) in position
                else QModelIndex()
                for p in persistent
            ],
        )
        self.layoutChanged.emit()
