"""The upcoming birthdays and anniversaries (``app.upcoming.Event``) as a Qt
table: one row per event in the domain's order (by day, then by customer),
today's rows in bold on a soft background."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from app import birthdays, lunar
from app.upcoming import ANNIVERSARY, Event
from ui.customer_summary import chinese_ui

Index = QModelIndex | QPersistentModelIndex

(
    COL_DATE,
    COL_WHO,
    COL_CARD,
    COL_KIND,
    COL_BIRTHDAY,
    COL_AGE,
    COL_ZODIAC,
    COL_MOBILE,
) = range(8)
COLUMN_COUNT = 8

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the customer id
EVENT_ROLE = Qt.ItemDataRole.UserRole + 2  # the app.upcoming.Event

TODAY_BACKGROUND = QColor("#fff4d6")


def ordinal_en(n: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 12th, 21st."""
    if 10 <= n % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class UpcomingModel(QAbstractTableModel):
    """The events of one window of days, as the domain listed them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._events: list[Event] = []
        self._headers = [
            self.tr("Date"),
            self.tr("Who"),
            self.tr("Card"),
            self.tr("Occasion"),
            self.tr("Birthday as entered"),
            self.tr("Age"),
            self.tr("Zodiac"),
            self.tr("Mobile"),
        ]

    def set_events(self, events: Sequence[Event]) -> None:
        self.beginResetModel()
        self._events = list(events)
        self.endResetModel()

    def event_at(self, row: int) -> Event | None:
        return self._events[row] if 0 <= row < len(self._events) else None

    def today_rows(self) -> list[int]:
        return [row for row, e in enumerate(self._events) if e.is_today]

    # --- the model -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < COLUMN_COUNT
        ):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        event = self.event_at(index.row())
        if event is None or not 0 <= index.column() < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(event, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_DATE:
            return event.on.isoformat()
        if role == Qt.ItemDataRole.FontRole and event.is_today:
            return _bold()
        if role == Qt.ItemDataRole.BackgroundRole and event.is_today:
            return TODAY_BACKGROUND
        if role == ID_ROLE:
            return event.person.customer_id
        if role == EVENT_ROLE:
            return event
        return None

    # --- texts -----------------------------------------------------------------------

    def _text(self, event: Event, column: int) -> str:
        person = event.person
        if column == COL_DATE:
            return self.date_text(event.on, event.days_away)
        if column == COL_WHO:
            return person.name
        if column == COL_CARD:
            return f"{person.number} {person.customer_name}"
        if column == COL_KIND:
            return self.tr("Anniversary") if event.kind == ANNIVERSARY else self.tr("Birthday")
        if column == COL_BIRTHDAY:
            if event.kind == ANNIVERSARY and person.founded_on is not None:
                return self.tr("founded {date}").format(date=person.founded_on.isoformat())
            return birthdays.describe(event.birthday, "zh" if chinese_ui() else "en")
        if column == COL_AGE:
            return self.age_text(event)
        if column == COL_ZODIAC:
            if event.zodiac is None:
                return ""
            names = lunar.ZODIAC_ZH if chinese_ui() else lunar.ZODIAC_EN
            return names.get(event.zodiac, "")
        if column == COL_MOBILE:
            return person.mobile
        return ""

    def date_text(self, on: date, days_away: int) -> str:
        """11-23 周一 · 今天 / 11-26 Thu · in 3 days."""
        weekday = QLocale().dayName(on.isoweekday(), QLocale.FormatType.ShortFormat)
        if days_away == 0:
            when = self.tr("today")
        elif days_away == 1:
            when = self.tr("tomorrow")
        else:
            when = self.tr("in %n day(s)", "", days_away)
        return f"{on.month:02d}-{on.day:02d} {weekday} · {when}"

    def age_text(self, event: Event) -> str:
        if event.age is None:
            return ""
        if event.kind == ANNIVERSARY:
            # An ordinal in English (12th), the bare number in Chinese (12 周年).
            nth = str(event.age) if chinese_ui() else ordinal_en(event.age)
            return self.tr("{nth} anniversary", "{nth}: 12th in English, 12 in Chinese").format(
                nth=nth
            )
        return self.tr("turns {n}").format(n=event.age)
