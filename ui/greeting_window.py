"""The greeting list window: whom to greet for a holiday (or for a birthday or
founding anniversary in a date range), filtered by groups, tiers and
salespersons, with per-row include/exclude, and the outputs: a file for the
SMS platform, the list, address labels, envelopes and greeting cards.

The list is built off the UI thread (``ui.workers.Task``) a moment after the
choices change; the outputs are made off it too, with progress and Cancel,
by ``app.greeting_output``. After a file is saved, or a PDF printed or saved
from its preview, the window offers to mark the people as greeted
(``app.greetings.mark_greeted``), so nobody is greeted twice.

The window remembers its size and the last choices in the user's settings
(found on the main window, which opens it).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QPoint,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import greeting_settings, greetings, holidays
from app.choices import TIER
from app.documents.batch import safe_file_name
from app.documents.page import Cancelled as BuildCancelled
from app.errors import KnownError, ValidationError
from app.greeting_settings import ALL_CONTACTS, MAIN_CONTACT
from app.greetings import GreetingRequest, GreetingRow
from app.holidays import ANNIVERSARY, BIRTHDAY, Holiday
from app.people import PeopleFilter
from ui.check_menu_button import CheckMenuButton
from ui.greeting_list_model import (
    COL_ADDRESS,
    COL_AGE,
    COL_CUSTOMER,
    COL_DATE,
    COL_INCLUDE,
    COL_PERSON,
    COL_SALUTATION,
    GreetingListModel,
    person_sort_keys,
    row_id,
)
from ui.greeting_output_options import OutputOptionsDialog
from ui.i18n import error_text, issue_text, tr_app
from ui.settings import Settings
from ui.workers import Cancelled, Task, TaskState

log = logging.getLogger(__name__)

REBUILD_DELAY_MS = 150
#: How many names of the people left out of an output are listed by name.
NAMES_SHOWN = 5

# The window's settings (declared in ui.settings).
GEOMETRY = "greeting_window/geometry"
HEADER = "greeting_window/header"
CHOICES = "greeting_window/choices"

# Output kinds of app.greeting_output (kept as literals: that module is
# imported only when an output is made).
CSV, XLSX, LIST_PDF, CARDS_PDF, LABELS, ENVELOPES = (
    "csv",
    "xlsx",
    "list",
    "cards",
    "labels",
    "envelopes",
)
#: The greeted mark's channel for each output.
CHANNEL = {
    CSV: "sms",
    XLSX: "sms",
    LIST_PDF: "list",
    CARDS_PDF: "card",
    LABELS: "letter",
    ENVELOPES: "letter",
}
UTF8, GBK = "utf-8-sig", "gbk"


# --- work done off the UI thread ---------------------------------------------------------


def _build_list(
    state: TaskState, request: GreetingRequest
) -> tuple[list[GreetingRow], dict[tuple[int, int], str]]:
    rows = greetings.greeting_list(request)
    state.check()
    return rows, person_sort_keys(rows)


def _make_output(
    state: TaskState, kind: str, rows: list[GreetingRow], out: str | None, options: dict
) -> Any:
    """``render`` (into memory) or, with *out*, ``write`` (to the file)."""
    from app import greeting_output

    hooks = {
        "progress": lambda done, total: state.progress(done, total),
        "cancelled": lambda: state.cancelled,
    }
    try:
        if out is None:
            result = greeting_output.render(kind, rows, **options, **hooks)
        else:
            result = greeting_output.write(kind, rows, out, **options, **hooks)
    except BuildCancelled:
        raise Cancelled() from None
    if out is None:
        state.check()  # cancelled at the last moment: do not show it
    return result


def _mark(state: TaskState, rows: list[GreetingRow], channel: str) -> int:
    return greetings.mark_greeted(rows, channel=channel)


def _unmark(state: TaskState, rows: list[GreetingRow]) -> int:
    return greetings.unmark_greeted(rows)


# --- the window ----------------------------------------------------------------------------


@dataclass
class _Output:
    """An output under way: what it is for, to offer the greeted marks after."""

    kind: str
    rows: list[GreetingRow]
    what: str  # the occasion and year, for the question
    out: str | None = None


def _settings_of(widget: QWidget | None) -> Settings | None:
    """The user's settings, from the window that opened this one."""
    while widget is not None:
        found = getattr(widget, "settings", None)
        if isinstance(found, Settings):
            return found
        widget = widget.parentWidget()
    return None


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class GreetingWindow(QDialog):
    """The greeting list. ``open_customer`` asks for a customer's card (the
    main window connects it); ``list_ready`` is emitted each time the list
    was built (or could not be)."""

    open_customer = Signal(int)
    list_ready = Signal()
    marks_changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        occasion: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("greetingWindow")
        self.setWindowTitle(self.tr("Greeting list"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setSizeGripEnabled(True)
        self.resize(1100, 700)
        self._today = today or date.today()
        self._settings = _settings_of(parent)
        self._holidays: dict[str, Holiday] = {h.key: h for h in holidays.all_holidays()}
        self._list_signals: Any = None
        self._work_signals: Any = None
        self._output: _Output | None = None
        self._progress: QProgressDialog | None = None
        self._listing = False
        self._then_say = ""
        self._last_kind: str | None = None
        self._remembered = self._load_choices()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REBUILD_DELAY_MS)
        self._timer.timeout.connect(self.refresh)

        layout = QVBoxLayout(self)
        layout.addLayout(self._occasion_row())
        layout.addLayout(self._filter_row())

        self.model = GreetingListModel(self)
        self.model.counts_changed.connect(self._show_counts)
        self.table = QTableView(self)
        self.table.setObjectName("greetingTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(COL_INCLUDE, 64)
        header.resizeSection(COL_CUSTOMER, 220)
        header.resizeSection(COL_PERSON, 90)
        header.resizeSection(COL_SALUTATION, 90)
        header.resizeSection(COL_ADDRESS, 260)
        header.resizeSection(COL_DATE, 130)
        header.resizeSection(COL_AGE, 50)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._table_menu)
        self.table.doubleClicked.connect(self._double_clicked)

        self._build_actions()
        list_bar = QHBoxLayout()
        for action in (self.select_all_action, self.select_none_action):
            list_bar.addWidget(self._button_for(action))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("greetingCount")
        list_bar.addWidget(self.count_label, 1)
        layout.addLayout(list_bar)
        layout.addWidget(self.table, 1)

        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status)

        outputs = QHBoxLayout()
        for action in self.output_actions:
            outputs.addWidget(self._button_for(action))
        outputs.addStretch(1)
        outputs.addWidget(self._button_for(self.edit_texts_action))
        layout.addLayout(outputs)
        bottom = QHBoxLayout()
        bottom.addWidget(self._button_for(self.mark_action))
        bottom.addWidget(self._button_for(self.unmark_action))
        bottom.addStretch(1)
        close = QPushButton(self.tr("Close"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        bottom.addWidget(close)
        layout.addLayout(bottom)

        self._restore(occasion, date_from, date_to)
        self._connect_choices()
        self._enable_actions()
        self.refresh()

    # --- the form -----------------------------------------------------------------------

    def _occasion_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.occasion_combo = QComboBox(self)
        self.occasion_combo.setObjectName("occasion")
        self.occasion_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for key, name_zh, name_en in greetings.occasions():
            if key == BIRTHDAY:
                self.occasion_combo.insertSeparator(self.occasion_combo.count())
                self.occasion_combo.addItem(self.tr("Birthdays in a date range"), key)
            elif key == ANNIVERSARY:
                self.occasion_combo.addItem(self.tr("Founding anniversaries in a date range"), key)
            else:
                self.occasion_combo.addItem(name_zh if self._chinese() else name_en, key)
        self.year_spin = QSpinBox(self)
        self.year_spin.setObjectName("year")
        self.year_spin.setRange(1901, 2100)
        self.year_spin.setKeyboardTracking(False)
        self.year_spin.setValue(self._today.year)
        self.date_from = QDateEdit(self)
        self.date_to = QDateEdit(self)
        for edit, name in ((self.date_from, "date_from"), (self.date_to, "date_to")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        monday, sunday = greetings.birthdays_this_week(self._today)
        self.date_from.setDate(_qdate(monday))
        self.date_to.setDate(_qdate(sunday))
        self.week_button = QPushButton(self.tr("This week"), self)
        self.week_button.setObjectName("thisWeek")
        self.week_button.setAutoDefault(False)
        self.week_button.clicked.connect(self._this_week)
        row.addWidget(QLabel(self.tr("Greet for"), self))
        row.addWidget(self.occasion_combo)
        row.addSpacing(12)
        row.addWidget(QLabel(self.tr("Year"), self))
        row.addWidget(self.year_spin)
        row.addSpacing(12)
        row.addWidget(QLabel(self.tr("From"), self))
        row.addWidget(self.date_from)
        row.addWidget(QLabel(self.tr("to"), self))
        row.addWidget(self.date_to)
        row.addWidget(self.week_button)
        row.addStretch(1)
        return row

    def _filter_row(self) -> QHBoxLayout:
        from app.customers import salespersons
        from app.groups import list_groups

        row = QHBoxLayout()
        self.groups_button = CheckMenuButton(self.tr("Groups"), self.tr("all"), self)
        self.groups_button.setObjectName("groups")
        self.groups_button.set_entries((g.name, g.id) for g in list_groups())
        self.tiers_button = CheckMenuButton(self.tr("Tiers"), self.tr("all"), self)
        self.tiers_button.setObjectName("tiers")
        self.tiers_button.set_entries((tr_app(label), key) for key, label in TIER.items())
        self.salespersons_button = CheckMenuButton(self.tr("Salespersons"), self.tr("all"), self)
        self.salespersons_button.setObjectName("salespersons")
        self.salespersons_button.set_entries((name, name) for name in sorted(salespersons()))
        self.contacts_combo = QComboBox(self)
        self.contacts_combo.setObjectName("contacts")
        self.contacts_combo.addItem(self.tr("main contact"), MAIN_CONTACT)
        self.contacts_combo.addItem(self.tr("all contacts"), ALL_CONTACTS)
        self.contacts_combo.setToolTip(self.tr("Whom of a company to greet on a holiday"))
        default = greeting_settings.load().contacts
        self.contacts_combo.setCurrentIndex(max(self.contacts_combo.findData(default), 0))
        self.show_greeted = QCheckBox(self.tr("Show people already greeted"), self)
        self.show_greeted.setObjectName("showGreeted")
        row.addWidget(self.groups_button)
        row.addWidget(self.tiers_button)
        row.addWidget(self.salespersons_button)
        row.addSpacing(12)
        self.contacts_label = QLabel(self.tr("Company contacts:"), self)
        row.addWidget(self.contacts_label)
        row.addWidget(self.contacts_combo)
        row.addSpacing(12)
        row.addWidget(self.show_greeted)
        row.addStretch(1)
        return row

    def _build_actions(self) -> None:
        def action(text: str, slot: Any, name: str) -> QAction:
            made = QAction(text, self)
            made.setObjectName(name)
            made.triggered.connect(lambda _checked=False: slot())
            return made

        self.select_all_action = action(self.tr("Select all"), self.model.select_all, "selectAll")
        self.select_all_action.setToolTip(self.tr("Include everyone shown who was not greeted yet"))
        self.select_none_action = action(
            self.tr("Select none"), self.model.select_none, "selectNone"
        )
        self.include_action = action(
            self.tr("Include the selected rows"), lambda: self._include_selected(True), "include"
        )
        self.exclude_action = action(
            self.tr("Exclude the selected rows"), lambda: self._include_selected(False), "exclude"
        )
        self.export_action = action(self.tr("Export for SMS…"), self.export_for_sms, "exportSms")
        self.print_list_action = action(
            self.tr("Print list…"), lambda: self.preview(LIST_PDF), "printList"
        )
        self.labels_action = action(
            self.tr("Address labels…"), lambda: self.preview(LABELS), "labels"
        )
        self.envelopes_action = action(
            self.tr("Envelopes…"), lambda: self.preview(ENVELOPES), "envelopes"
        )
        self.cards_action = action(
            self.tr("Greeting cards…"), lambda: self.preview(CARDS_PDF), "cards"
        )
        self.output_actions = (
            self.export_action,
            self.print_list_action,
            self.labels_action,
            self.envelopes_action,
            self.cards_action,
        )
        for made in self.output_actions:
            made.setToolTip(self.tr("For the people included in the list"))
        self.mark_action = action(self.tr("Mark as greeted"), self.mark_selected, "mark")
        self.mark_action.setToolTip(self.tr("Record the selected people as greeted"))
        self.unmark_action = action(
            self.tr("Not greeted after all"), self.unmark_selected, "unmark"
        )
        self.unmark_action.setToolTip(self.tr("Take back the greeted mark of the selected people"))
        self.open_card_action = action(
            self.tr("Open customer card"), self._open_current_card, "openCard"
        )
        self.edit_texts_action = action(
            self.tr("Edit greeting texts…"), self.edit_texts, "editTexts"
        )

    def _button_for(self, action: QAction) -> QPushButton:
        button = QPushButton(action.text(), self)
        button.setObjectName(action.objectName() + "Button")
        button.setToolTip(action.toolTip() if action.toolTip() != action.text() else "")
        button.setAutoDefault(False)
        button.clicked.connect(action.trigger)
        action.enabledChanged.connect(button.setEnabled)
        button.setEnabled(action.isEnabled())
        return button

    def _connect_choices(self) -> None:
        self.occasion_combo.currentIndexChanged.connect(self._occasion_changed)
        self.year_spin.valueChanged.connect(self._year_changed)
        self.date_from.dateChanged.connect(self._choice_changed)
        self.date_to.dateChanged.connect(self._choice_changed)
        self.contacts_combo.currentIndexChanged.connect(self._choice_changed)
        for button in (self.groups_button, self.tiers_button, self.salespersons_button):
            button.changed.connect(self._choice_changed)
        self.show_greeted.toggled.connect(self.model.set_show_greeted)
        self.table.selectionModel().selectionChanged.connect(self._enable_actions)

    @staticmethod
    def _chinese() -> bool:
        return QLocale().language() == QLocale.Language.Chinese

    def _language(self) -> str:
        """The language of the headers of the outputs: the window's."""
        return "zh" if self._chinese() else "en"

    # --- the choices ------------------------------------------------------------------

    def occasion(self) -> str:
        return self.occasion_combo.currentData()

    def _is_range(self) -> bool:
        return self.occasion() in (BIRTHDAY, ANNIVERSARY)

    def set_occasion(self, occasion: str) -> None:
        index = self.occasion_combo.findData(occasion)
        if index >= 0:
            self.occasion_combo.setCurrentIndex(index)

    def _next_year(self, key: str) -> int:
        """The year of the holiday's next day from today."""
        holiday = self._holidays.get(key)
        if holiday is None:
            return self._today.year
        on = holidays.next_date(holiday, self._today)
        return on.year if on is not None else holiday.year or self._today.year

    def _next_holiday(self) -> str:
        for holiday, _on in holidays.upcoming(self._today, 366):
            if holiday.key in self._holidays:
                return holiday.key
        return next(iter(self._holidays), BIRTHDAY)

    def request(self) -> GreetingRequest:
        people = PeopleFilter(
            group_ids=tuple(self.groups_button.checked()),
            tiers=tuple(self.tiers_button.checked()),
            salespersons=tuple(self.salespersons_button.checked()),
        )
        contacts = self.contacts_combo.currentData()
        if self._is_range():
            return GreetingRequest(
                self.occasion(),
                date_from=self.date_from.date().toPython(),
                date_to=self.date_to.date().toPython(),
                people=people,
                contacts=contacts,
            )
        return GreetingRequest(
            self.occasion(), year=self.year_spin.value(), people=people, contacts=contacts
        )

    def what(self) -> str:
        """The occasion as the admin reads it: "中秋节 2026", "生日 3-1 – 3-7"."""
        name = greetings.occasion_name(self.occasion(), self._language())
        if self._is_range():
            start = self.date_from.date().toPython()
            end = self.date_to.date().toPython()
            return self.tr("{occasion} {start} – {end}").format(
                occasion=name, start=start.isoformat(), end=end.isoformat()
            )
        return f"{name} {self.year_spin.value()}"

    def _holiday_texts(self) -> None:
        """Each holiday with its day in the chosen year."""
        year = self.year_spin.value()
        for index in range(self.occasion_combo.count()):
            holiday = self._holidays.get(self.occasion_combo.itemData(index))
            if holiday is None:
                continue
            days = holidays.dates_in(holiday, year)
            if days:
                when = self.tr("{month}/{day}").format(month=days[0].month, day=days[0].day)
            else:
                when = self.tr("not in {year}").format(year=year)
            name = holiday.name("zh" if self._chinese() else "en")
            self.occasion_combo.setItemText(index, f"{name} ({when})")

    def _occasion_changed(self) -> None:
        ranged = self._is_range()
        if not ranged:
            self.year_spin.blockSignals(True)
            self.year_spin.setValue(self._next_year(self.occasion()))
            self.year_spin.blockSignals(False)
            self._holiday_texts()
        self._enable_form()
        kind = "range" if ranged else "holiday"
        if kind != self._last_kind:  # birthdays read best by day, holidays by name
            self._last_kind = kind
            column = COL_DATE if ranged else COL_CUSTOMER
            self.table.horizontalHeader().setSortIndicator(column, Qt.SortOrder.AscendingOrder)
            self.table.setColumnHidden(COL_AGE, not ranged)  # no age on a holiday
        self._choice_changed()

    def _year_changed(self) -> None:
        self._holiday_texts()
        self._choice_changed()

    def _this_week(self) -> None:
        monday, sunday = greetings.birthdays_this_week(self._today)
        self.date_from.setDate(_qdate(monday))
        self.date_to.setDate(_qdate(sunday))

    def _enable_form(self) -> None:
        ranged = self._is_range()
        self.year_spin.setEnabled(not ranged)
        for widget in (self.date_from, self.date_to, self.week_button):
            widget.setEnabled(ranged)
        holiday = not ranged
        self.contacts_combo.setEnabled(holiday)
        self.contacts_label.setEnabled(holiday)

    def _choice_changed(self, *_args: Any) -> None:
        self._listing = True
        self._enable_actions()
        self._timer.start()

    # --- the list -----------------------------------------------------------------------

    def refresh(self, *, then_say: str = "") -> None:
        """Build the list for the current choices now (off the UI thread);
        *then_say* is shown in the status line once it is built."""
        self._timer.stop()
        self._then_say = then_say
        self._listing = True
        self._enable_actions()
        self._show_status(self.tr("Listing…"))
        task = Task(_build_list, self.request())
        self._list_signals = task.signals
        task.signals.succeeded.connect(self._listed)
        task.signals.failed.connect(self._list_failed)
        task.start()

    def is_listing(self) -> bool:
        """Whether the list shown is about to be rebuilt (choices changed)."""
        return self._listing

    def _current_list(self) -> bool:
        """Whether the signal comes from the latest list task (an older
        one's result is dropped)."""
        return self.sender() is self._list_signals

    def _listed(self, result: tuple[list[GreetingRow], dict]) -> None:
        if not self._current_list():
            return
        self._list_signals = None
        rows, keys = result
        self.model.set_rows(rows, keys)
        self._listing = False
        self._enable_actions()
        if rows:
            self._show_status(self._then_say)
        elif self._is_range():
            self._show_status(self.tr("Nobody of this choice has the day in this range."))
        else:
            self._show_status(self.tr("Nobody matches this choice."))
        self.list_ready.emit()

    def _list_failed(self, error: Exception) -> None:
        if not self._current_list():
            return
        self._list_signals = None
        self.model.set_rows([])
        self._listing = False
        self._enable_actions()
        self._show_status(self._error_message(error), error=True)
        self.list_ready.emit()

    def _error_message(self, error: Exception) -> str:
        if isinstance(error, ValidationError):
            return "; ".join(issue_text(i) for i in error.issues)
        if isinstance(error, KnownError):
            return error_text(error)
        log.error("greeting window: %s", getattr(error, "__traceback_text__", error))
        return self.tr(
            "This could not be done because of an internal error in Kehu ({error}). "
            "This is not something you did; nothing was recorded."
        ).format(error=type(error).__name__)

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet("color: #a33;" if error else "")
        self.status.setText(text)

    def _show_counts(self) -> None:
        counts = self.model.counts()
        parts = [
            self.tr("%n people", "", counts.people),
            self.tr("%n included", "", counts.included),
            self.tr("%n already greeted", "", counts.greeted),
        ]
        if counts.without_mobile:
            parts.append(self.tr("%n without mobile", "", counts.without_mobile))
        self.count_label.setText(self.tr(", ").join(parts))
        self._enable_actions()

    # --- rows -------------------------------------------------------------------------

    def selected_rows(self) -> list[GreetingRow]:
        positions = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(p) for p in positions]

    def _include_selected(self, included: bool) -> None:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        self.model.set_included(rows, included)

    def _double_clicked(self, index: Any) -> None:
        if index.isValid() and index.column() != COL_INCLUDE:
            self.open_customer.emit(self.model.row_at(index.row()).person.customer_id)

    def _open_current_card(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.open_customer.emit(rows[0].person.customer_id)

    def _table_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        selected = {i.row() for i in self.table.selectionModel().selectedRows()}
        if index.isValid() and index.row() not in selected:
            self.table.selectRow(index.row())
        menu = QMenu(self)
        menu.addAction(self.include_action)
        menu.addAction(self.exclude_action)
        menu.addSeparator()
        menu.addAction(self.mark_action)
        menu.addAction(self.unmark_action)
        menu.addSeparator()
        menu.addAction(self.open_card_action)
        menu.addSeparator()
        for action in self.output_actions:
            menu.addAction(action)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def _enable_actions(self, *_args: Any) -> None:
        busy = self._work_signals is not None
        selected = self.selected_rows() if hasattr(self, "table") else []
        included = self.model.counts().included if hasattr(self, "model") else 0
        for action in self.output_actions:
            action.setEnabled(not busy and not self._listing and included > 0)
        self.mark_action.setEnabled(not busy and any(not r.greeted for r in selected))
        self.unmark_action.setEnabled(not busy and any(r.greeted for r in selected))
        for action in (self.include_action, self.exclude_action, self.open_card_action):
            action.setEnabled(bool(selected))

    # --- greeted marks ------------------------------------------------------------------

    def mark_selected(self) -> None:
        rows = [r for r in self.selected_rows() if not r.greeted]
        if rows:
            self._start(_mark, rows, "", done=self._marked, progress_text=None)

    def unmark_selected(self) -> None:
        rows = [r for r in self.selected_rows() if r.greeted]
        if rows:
            self._start(_unmark, rows, done=self._unmarked, progress_text=None)

    def _marked(self, count: int) -> None:
        self._after_marks(self.tr("%n person(s) marked as greeted.", "", count))

    def _unmarked(self, count: int) -> None:
        self._after_marks(self.tr("%n greeted mark(s) taken back.", "", count))

    def _after_marks(self, text: str) -> None:
        self.marks_changed.emit()
        self.refresh(then_say=text)

    def _offer_marks(self, output: _Output, skipped: Sequence[tuple[GreetingRow, str]],
                     intro: str) -> None:  # fmt: skip
        """Ask whether the people of a delivered output count as greeted."""
        left_out = {row_id(row) for row, _reason in skipped}
        rows = [r for r in output.rows if row_id(r) not in left_out and not r.greeted]
        text = intro
        if skipped:
            text += "\n\n" + self._skipped_text(skipped)
        if not rows:
            self._show_status(text)
            if skipped:
                QMessageBox.information(self, self.windowTitle(), text)
            return
        question = self.tr("Mark the %n included people as greeted for {what}?", "", len(rows))
        text += "\n\n" + question.format(what=output.what)
        answer = QMessageBox.question(
            self,
            self.tr("Mark as greeted"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._start(_mark, rows, CHANNEL[output.kind], done=self._marked, progress_text=None)
        else:
            self._show_status(intro)

    def _skipped_text(self, skipped: Sequence[tuple[GreetingRow, str]]) -> str:
        by_reason: dict[str, list[str]] = {}
        for row, reason in skipped:
            text = QCoreApplication.translate("app", reason)
            by_reason.setdefault(text, []).append(row.person.name or row.person.customer_name)
        lines = [self.tr("%n person(s) left out:", "", len(skipped))]
        for reason, names in by_reason.items():
            line = self.tr(", ").join(names[:NAMES_SHOWN])
            if len(names) > NAMES_SHOWN:
                line += self.tr(" and %n more", "", len(names) - NAMES_SHOWN)
            lines.append(f"{line} ({reason})")
        return "\n".join(lines)

    # --- outputs ------------------------------------------------------------------------

    def _included_or_say(self) -> list[GreetingRow] | None:
        rows = self.model.included_rows()
        if not rows:
            self._show_status(self.tr("Nobody is included in the list."), error=True)
            return None
        return rows

    def _file_stem(self) -> str:
        return safe_file_name(self.tr("{what} greetings").format(what=self.what()))

    def export_for_sms(self) -> None:
        """Save the included people with their messages for an SMS platform."""
        rows = self._included_or_say()
        if rows is None:
            return
        filters = {
            XLSX: self.tr("Excel workbook (*.xlsx)"),
            UTF8: self.tr("CSV UTF-8 (*.csv)"),
            GBK: self.tr("CSV GBK for SMS platforms (*.csv)"),
        }
        last = self._remembered.get("export", XLSX)
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suffix = ".xlsx" if last == XLSX else ".csv"
        suggested = str(Path(folder) / (self._file_stem() + suffix))
        out, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export for SMS"),
            suggested,
            ";;".join(filters.values()),
            filters.get(last, filters[XLSX]),
        )
        if not out:
            return
        choice = next((key for key, text in filters.items() if text == chosen), None)
        ending = Path(out).suffix.lower()
        if ending not in (".xlsx", ".csv"):
            ending = ".csv" if choice in (UTF8, GBK) else ".xlsx"
            out += ending
        if ending == ".xlsx":
            kind, options = XLSX, {}
            choice = XLSX
        else:
            choice = GBK if choice == GBK else UTF8
            kind, options = CSV, {"encoding": choice}
        self._remembered["export"] = choice
        self._produce(_Output(kind, rows, self.what(), out), options)

    def preview(self, kind: str) -> None:
        """Make a PDF of the included people (list, labels, envelopes or
        cards) and show it; printing or saving it offers the greeted marks."""
        rows = self._included_or_say()
        if rows is None:
            return
        options: dict[str, Any] = {}
        if kind in (LABELS, ENVELOPES):
            dialog = OutputOptionsDialog(
                kind,
                layout=self._remembered.get("layout", ""),
                envelope=self._remembered.get("envelope", ""),
                parent=self,
            )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            options = dialog.options()
            if kind == LABELS:
                self._remembered["layout"] = options["layout"]
            else:
                self._remembered["envelope"] = options["envelope"]
        self._produce(_Output(kind, rows, self.what()), options)

    def _produce(self, output: _Output, options: dict[str, Any]) -> None:
        self._output = output
        self._show_status(self.tr("Making the file…") if output.out else self.tr("Making the PDF…"))
        self._start(
            _make_output,
            output.kind,
            output.rows,
            output.out,
            {"language": self._language(), **options},
            done=self._produced,
            progress_text=self.tr("Making the file…") if output.out else self.tr("Making the PDF…"),
        )

    def _produced(self, result: Any) -> None:
        output, self._output = self._output, None
        if output is None:
            return
        if output.out is not None:
            intro = self.tr("%n person(s) saved to {path}.", "", result.written).format(
                path=output.out
            )
            self._show_status(intro)
            self._offer_marks(output, result.skipped, intro)
            return
        from ui.pdf_preview import show_pdf

        intro = self.tr("%n person(s) in the preview.", "", result.written)
        self._show_status(
            intro + (" " + self._skipped_text(result.skipped) if result.skipped else "")
        )
        dialog = show_pdf(
            self,
            result.data,
            title=f"{self.windowTitle()} — {output.what}",
            suggested_name=result.suggested_name,
        )
        asked = []

        def delivered() -> None:
            if not asked:  # printed and then saved: ask once
                asked.append(True)
                self._offer_marks(output, result.skipped, intro)

        dialog.delivered.connect(delivered)

    # --- running ----------------------------------------------------------------------

    def _start(self, fn: Any, *args: Any, done: Any, progress_text: str | None) -> None:
        task = Task(fn, *args)
        self._work_signals = task.signals
        task.signals.succeeded.connect(done)
        task.signals.failed.connect(self._work_failed)
        task.signals.cancelled.connect(self._work_cancelled)
        task.signals.finished.connect(self._work_finished)
        if progress_text is not None:
            dialog = QProgressDialog(progress_text, self.tr("Cancel"), 0, 0, self)
            dialog.setObjectName("greetingProgress")
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(300)
            dialog.canceled.connect(task.state.cancel)
            task.signals.progress.connect(self._progressed)
            self._progress = dialog
        self._enable_actions()
        task.start()

    def _progressed(self, done: int, total: int, _text: str) -> None:
        if self._progress is not None and total:
            self._progress.setMaximum(total)
            self._progress.setValue(min(done, total))

    def _work_finished(self) -> None:
        if self.sender() is not self._work_signals:
            return
        self._work_signals = None
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None
        self._enable_actions()

    def _work_cancelled(self) -> None:
        self._output = None
        self._show_status(self.tr("Cancelled: nothing was written or recorded."))

    def _work_failed(self, error: Exception) -> None:
        self._output = None
        message = self._error_message(error)
        self._show_status(message, error=True)
        QMessageBox.warning(self, self.windowTitle(), message)

    # --- other windows ------------------------------------------------------------------

    def edit_texts(self) -> None:
        from ui.greeting_template_dialog import GreetingTemplateDialog

        GreetingTemplateDialog(self, occasion=self.occasion()).exec()

    # --- remembering ------------------------------------------------------------------

    def _load_choices(self) -> dict[str, Any]:
        if self._settings is None:
            return {}
        try:
            stored = json.loads(self._settings.get(CHOICES) or "{}")
        except ValueError:
            return {}
        return stored if isinstance(stored, dict) else {}

    def _restore(self, occasion: str | None, date_from: date | None, date_to: date | None) -> None:
        remembered = self._remembered
        if self._settings is not None:
            geometry = self._settings.get(GEOMETRY)
            if not geometry.isEmpty():
                self.restoreGeometry(geometry)
            header = self._settings.get(HEADER)
            if not header.isEmpty():
                self.table.horizontalHeader().restoreState(header)
        for button, key in (
            (self.groups_button, "groups"),
            (self.tiers_button, "tiers"),
            (self.salespersons_button, "salespersons"),
        ):
            values = remembered.get(key)
            if isinstance(values, list):
                button.set_checked(values)
        # Shown (greyed, not included) unless the admin chose to hide them.
        self.show_greeted.setChecked(remembered.get("show_greeted") is not False)
        self.model.set_show_greeted(self.show_greeted.isChecked())
        wanted = occasion or remembered.get("occasion")
        if not isinstance(wanted, str) or self.occasion_combo.findData(wanted) < 0:
            wanted = self._next_holiday()
        self.occasion_combo.setCurrentIndex(self.occasion_combo.findData(wanted))
        if date_from is not None:
            self.date_from.setDate(_qdate(date_from))
            self.date_to.setDate(_qdate(date_to or date_from + timedelta(days=6)))
        elif date_to is not None:
            self.date_to.setDate(_qdate(date_to))
        self._occasion_changed()
        self.table.setSortingEnabled(True)

    def save_state(self) -> None:
        if self._settings is None:
            return
        choices = {
            **self._remembered,
            "occasion": self.occasion(),
            "groups": self.groups_button.checked(),
            "tiers": self.tiers_button.checked(),
            "salespersons": self.salespersons_button.checked(),
            "show_greeted": self.show_greeted.isChecked(),
        }
        self._settings.set(GEOMETRY, self.saveGeometry())
        self._settings.set(HEADER, self.table.horizontalHeader().saveState())
        self._settings.set(CHOICES, json.dumps(choices, ensure_ascii=False))
        self._settings.sync()

    def done(self, result: int) -> None:
        self.save_state()
        super().done(result)


_open_windows: set[GreetingWindow] = set()


def open_greeting_window(
    parent: QWidget | None = None,
    *,
    occasion: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    today: date | None = None,
) -> GreetingWindow:
    """Show a greeting list window (not modal) and return it. A parent with
    an ``open_customer(customer_id)`` method (the main window) gets the
    window's requests to open a card."""
    window = GreetingWindow(
        parent, occasion=occasion, date_from=date_from, date_to=date_to, today=today
    )
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    window.setModal(False)
    opener = getattr(parent, "open_customer", None)
    if callable(opener):
        window.open_customer.connect(opener)
    _open_windows.add(window)
    window.finished.connect(lambda _result: _open_windows.discard(window))
    window.show()
    window.raise_()
    window.activateWindow()
    return window


__all__ = ["GreetingWindow", "open_greeting_window"]
