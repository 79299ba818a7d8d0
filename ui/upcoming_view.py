"""Upcoming birthdays and anniversaries (近期生日与纪念日): individuals,
contact persons and companies' founding days in the next N days, today's
first and highlighted. A row opens its customer card; "Greeting list…" opens
the greeting window for the days shown.

The list comes from ``app.upcoming.upcoming`` in a ``ui.workers.Task``; a
result that arrives after the number of days changed again is dropped."""

from __future__ import annotations

import logging
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import greeting_settings, upcoming
from app.errors import KnownError
from app.greeting_settings import DAYS_HIGH, DAYS_LOW
from ui.i18n import error_text
from ui.upcoming_model import COL_CARD, COL_DATE, ID_ROLE, UpcomingModel
from ui.workers import Task, TaskState

log = logging.getLogger(__name__)

# Stepping through the spin box waits this long, so it loads once.
DAYS_DELAY_MS = 200
ERROR_STYLE = "color: #c62828;"


def _load(_state: TaskState, today: date, days: int, generation: int) -> tuple[int, list[Any]]:
    return generation, upcoming.upcoming(today, days)


class UpcomingDialog(QDialog):
    """Non-modal: it stays open beside the main window."""

    #: a row was double-clicked (or Enter pressed on it): open this customer's card
    customer_activated = Signal(int)
    #: the list for the current number of days is on screen
    loaded = Signal()
    #: loading failed; the message shown
    load_failed = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        days: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("upcomingDialog")
        self.setWindowTitle(self.tr("Upcoming birthdays and anniversaries"))
        self.setModal(False)
        self.resize(1080, 560)
        self._today = today or date.today()
        self._generation = 0
        self._load_signals: Any = None

        self.days = QSpinBox(self)
        self.days.setObjectName("upcomingDays")
        self.days.setRange(DAYS_LOW, DAYS_HIGH)
        self.days.setSuffix(self.tr(" days"))
        self.days.setValue(days if days is not None else greeting_settings.load().upcoming_days)
        self.range_label = QLabel(self)
        self.range_label.setObjectName("upcomingRange")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Look ahead:"), self))
        top.addWidget(self.days)
        top.addSpacing(12)
        top.addWidget(self.range_label)
        top.addStretch(1)

        self.model = UpcomingModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("upcomingTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(self._activated)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda: self._activated(self.table.currentIndex()))

        self.status_label = QLabel(self)
        self.status_label.setObjectName("upcomingStatus")
        self.status_label.setWordWrap(True)

        self.buttons = QDialogButtonBox(self)
        self.greeting_button = self.buttons.addButton(
            self.tr("Greeting list…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.greeting_button.setObjectName("greetingListButton")
        self.greeting_button.setToolTip(
            self.tr("Make the greeting list of the birthdays in these days")
        )
        self.greeting_button.clicked.connect(self.open_greeting_list)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        self._days_timer = QTimer(self)
        self._days_timer.setSingleShot(True)
        self._days_timer.setInterval(DAYS_DELAY_MS)
        self._days_timer.timeout.connect(self.reload)
        self.days.valueChanged.connect(lambda _v: self._days_timer.start())
        self.reload()

    # --- the days shown --------------------------------------------------------------

    @property
    def today(self) -> date:
        return self._today

    def date_range(self) -> tuple[date, date]:
        """The first and last day listed."""
        return self._today, self._today + timedelta(days=self.days.value() - 1)

    @property
    def is_loading(self) -> bool:
        return self._load_signals is not None or self._days_timer.isActive()

    def reload(self) -> None:
        """Load the list again (in a worker) for the days now chosen."""
        self._days_timer.stop()
        self._generation += 1
        start, end = self.date_range()
        self.range_label.setText(
            self.tr("{start} to {end}").format(start=start.isoformat(), end=end.isoformat())
        )
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("Loading…"))
        task = Task(_load, self._today, self.days.value(), self._generation)
        self._load_signals = task.signals
        task.signals.succeeded.connect(self._load_done)
        task.signals.failed.connect(self._load_error)
        task.start()

    def _load_done(self, result: tuple[int, list[Any]]) -> None:
        generation, events = result
        if self.sender() is not self._load_signals or generation != self._generation:
            return  # the days changed again meanwhile
        self._load_signals = None
        self.model.set_events(events)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.resizeSection(COL_CARD, min(header.sectionSize(COL_CARD), 300))
        today = len(self.model.today_rows())
        if not events:
            text = self.tr("No birthdays or anniversaries in these days.")
        else:
            text = self.tr("%n birthday(s) and anniversary(ies)", "", len(events))
            if today:
                text += " · " + self.tr("%n today", "", today)
        self.status_label.setText(text)
        if events:
            # Current for the keyboard (Enter opens), not selected: the
            # selection colour would hide today's highlight.
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, COL_DATE), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        self.loaded.emit()

    def _load_error(self, error: Exception) -> None:
        if self.sender() is not self._load_signals:
            return
        self._load_signals = None
        self.model.set_events([])
        if isinstance(error, KnownError):
            message = error_text(error)
        else:
            log.warning("upcoming list failed: %s", getattr(error, "__traceback_text__", error))
            message = self.tr("The list could not be read ({reason}). Try again in a moment.")
            message = message.format(reason=str(error))
        self.status_label.setStyleSheet(ERROR_STYLE)
        self.status_label.setText(message)
        self.load_failed.emit(message)

    # --- actions ---------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        customer_id = self.model.index(index.row(), 0).data(ID_ROLE)
        if customer_id is not None:
            self.customer_activated.emit(int(customer_id))

    def open_greeting_list(self) -> Any:
        """The greeting window for the birthdays of the days shown."""
        from ui.greeting_window import open_greeting_window

        start, end = self.date_range()
        # Parented to the main window: it stays open when this list is closed.
        return open_greeting_window(
            self.parentWidget() or self, occasion="birthday", date_from=start, date_to=end
        )
