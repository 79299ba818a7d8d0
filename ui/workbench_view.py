"""The collection workbench (催收工作台): the admin's list for the day, one tab
per list with its count in the title - the overdue customers ranked by
urgency, debts due soon (call ahead to confirm), promises to pay, instalment
plans due, balance confirmations not returned. Any row opens the customer.

The lists come from ``app.workbench.workbench`` in a ``ui.workers.Task`` (on
a large file it takes about a second); a result that arrives after the filter
changed or a newer refresh started is dropped. The domain derives warning
signs for the top of the ranking only: the view fetches them, with the
flags' texts for the tooltips, for the rows on screen, in a task too."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from peewee import OperationalError
from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.business_settings import get_all as business_settings
from app.customers import salespersons
from app.errors import KnownError
from app.groups import list_groups
from app.search_keys import sort_key
from app.warning_signs import derived_signs_for, open_flags
from app.workbench import Workbench, WorkbenchFilter, workbench
from ui.filter_combos import ALL, filter_combo, refill
from ui.i18n import error_text
from ui.workbench_models import (
    R_NAME,
    R_SIGNS,
    DueSoonModel,
    PlansDueModel,
    RankingModel,
    SignDetails,
    UnreturnedModel,
    WorkbenchPromisesModel,
    WorkbenchTableModel,
)
from ui.workers import Task, TaskState

log = logging.getLogger(__name__)

TAB_RANKING, TAB_DUE_SOON, TAB_PROMISES, TAB_PLANS, TAB_CONFIRMATIONS = range(5)
# Filter changes wait this long, so stepping through a combo loads once.
FILTER_DELAY_MS = 150
# Scrolling waits this long before the signs of the rows on screen are fetched.
DETAILS_DELAY_MS = 80
# Rows below the last one on screen whose signs are fetched with it.
DETAILS_AHEAD = 20
ROW_HEIGHT = 26
MAX_COLUMN_WIDTH = 260
HINT_STYLE = "color: #555;"
ERROR_STYLE = "color: #c62828;"


@dataclass(frozen=True)
class Loaded:
    generation: int
    workbench: Workbench
    settings: dict[str, int]  # the business settings the lists were made with
    seconds: float  # how long the domain took


def _load(_state: TaskState, today: date, flt: WorkbenchFilter, generation: int) -> Loaded:
    started = time.perf_counter()
    found = workbench(today, filters=flt)
    settings = business_settings()
    return Loaded(generation, found, settings, time.perf_counter() - started)


def _load_choices(_state: TaskState) -> tuple[list[tuple[str, int]], list[str]]:
    groups = [(g.name, g.id) for g in list_groups()]
    names = sorted(salespersons(), key=sort_key)
    return groups, names


def _load_details(
    state: TaskState, ids: list[int], today: date, generation: int
) -> tuple[int, dict[int, SignDetails]]:
    derived = derived_signs_for(ids, today)
    out = {}
    for cid in ids:
        state.check()
        out[cid] = SignDetails(tuple(derived.get(cid, ())), tuple(open_flags(cid)))
    return generation, out


class WorkbenchView(QWidget):
    """The "Collection workbench" view of the main window."""

    # a row was double-clicked (or Enter pressed on it): open the customer's account
    customer_activated = Signal(int)
    # the lists for the current filter are on screen
    loaded = Signal()
    # loading failed; the message shown
    load_failed = Signal(str)
    # the warning signs of some ranking rows arrived
    details_loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workbenchView")
        self._data: Workbench | None = None
        self._settings: dict[str, int] = {}
        self._today = date.today()
        self._generation = 0
        self._load_signals: Any = None  # the signals of the load whose result we want
        self._choices_signals: Any = None
        self._details_signals: Any = None
        self._started = False
        self.last_load_seconds: float | None = None  # the domain's time, for the curious

        self.ranking_model = RankingModel(self)
        self.due_soon_model = DueSoonModel(self)
        self.promises_model = WorkbenchPromisesModel(self)
        self.plans_model = PlansDueModel(self)
        self.confirmations_model = UnreturnedModel(self)

        self._build_filter_bar()
        self._build_tabs()
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self._filter_bar)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_label)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.refresh)
        self._details_timer = QTimer(self)
        self._details_timer.setSingleShot(True)
        self._details_timer.setInterval(DETAILS_DELAY_MS)
        self._details_timer.timeout.connect(self._fetch_details)
        for combo in (self.group_combo, self.salesperson_combo):
            combo.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.ranking_table.verticalScrollBar().valueChanged.connect(
            lambda _v: self._details_timer.start()
        )
        self.ranking_model.layoutChanged.connect(self._details_timer.start)
        self.tabs.currentChanged.connect(lambda _i: self._details_timer.start())
        self._update_titles()

    # --- construction ----------------------------------------------------------------

    def _build_filter_bar(self) -> None:
        bar = QHBoxLayout()
        self.group_combo = filter_combo(self, "groupFilter", self.tr("All groups"), 10)
        group_label = QLabel(self.tr("&Group:"), self)
        group_label.setBuddy(self.group_combo)

        self.salesperson_combo = filter_combo(
            self, "salespersonFilter", self.tr("All salespersons"), 12
        )
        salesperson_label = QLabel(self.tr("&Salesperson:"), self)
        salesperson_label.setBuddy(self.salesperson_combo)

        self.today_label = QLabel(self)
        self.today_label.setObjectName("todayLabel")
        self.today_label.setToolTip(self.tr("The lists are made for this day"))

        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("refreshButton")
        self.refresh_button.setToolTip(self.tr("Load the lists again (F5)"))
        self.refresh_button.clicked.connect(lambda _checked=False: self.refresh())
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.refresh)

        bar.addWidget(group_label)
        bar.addWidget(self.group_combo)
        bar.addSpacing(12)
        bar.addWidget(salesperson_label)
        bar.addWidget(self.salesperson_combo)
        bar.addStretch(1)
        bar.addWidget(self.today_label)
        bar.addSpacing(12)
        bar.addWidget(self.refresh_button)
        self._filter_bar = bar
        self._show_today()

    def _build_tabs(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("workbenchTabs")
        self.tabs.setUsesScrollButtons(True)
        self.tables: list[QTableView] = []
        self.hints: list[QLabel] = []
        names = ("ranking", "dueSoon", "promises", "plans", "confirmations")
        models: list[WorkbenchTableModel] = [
            self.ranking_model,
            self.due_soon_model,
            self.promises_model,
            self.plans_model,
            self.confirmations_model,
        ]
        for name, model in zip(names, models, strict=True):
            page = QWidget(self.tabs)
            layout = QVBoxLayout(page)
            layout.setContentsMargins(4, 6, 4, 4)
            hint = QLabel(page)
            hint.setObjectName(f"{name}Hint")
            hint.setWordWrap(True)
            hint.setStyleSheet(HINT_STYLE)
            layout.addWidget(hint)
            table = self._make_table(page, model)
            table.setObjectName(f"{name}Table")
            layout.addWidget(table, 1)
            self.tabs.addTab(page, "")
            self.tables.append(table)
            self.hints.append(hint)
        self.ranking_table = self.tables[TAB_RANKING]
        self.due_soon_table = self.tables[TAB_DUE_SOON]
        self.promises_table = self.tables[TAB_PROMISES]
        self.plans_table = self.tables[TAB_PLANS]
        self.confirmations_table = self.tables[TAB_CONFIRMATIONS]
        self._ranking_sort = self.ranking_model.NATURAL_SORT
        self.ranking_table.horizontalHeader().sortIndicatorChanged.connect(
            self._ranking_sort_changed
        )
        self.ranking_table.horizontalHeader().setSectionResizeMode(
            R_NAME, QHeaderView.ResizeMode.Interactive
        )
        self.hints[TAB_RANKING].setText(
            self.tr(
                "{formula}. Hover over a score for its parts; double-click a row or press "
                "Enter to open the customer."
            ).format(formula=self.ranking_model.formula_text())
        )

    def _make_table(self, parent: QWidget, model: WorkbenchTableModel) -> QTableView:
        table = QTableView(parent)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        # Only the rows near the top are measured when the columns are fitted.
        header.setResizeContentsPrecision(200)
        header.setSortIndicator(*model.NATURAL_SORT)
        table.setSortingEnabled(True)
        table.doubleClicked.connect(lambda index, t=table: self._activate(t, index))
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda t=table: self._activate(t, t.currentIndex()))
        return table

    def _ranking_sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        # The warning signs are known only for the rows looked at: no sorting on them.
        if column == R_SIGNS:
            header = self.ranking_table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(*self._ranking_sort)
            header.blockSignals(False)
            return
        self._ranking_sort = (column, order)

    def fit_columns(self, table: QTableView) -> None:
        """Size the columns to the headings and the rows near the top, none
        wider than MAX_COLUMN_WIDTH; the last column takes what is left."""
        model = table.model()
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        for column in range(model.columnCount() - 1):
            header.resizeSection(column, min(header.sectionSize(column), MAX_COLUMN_WIDTH))

    # --- the filter --------------------------------------------------------------------

    def current_filter(self) -> WorkbenchFilter:
        return WorkbenchFilter(
            group_id=self.group_combo.currentData(),
            salesperson=self.salesperson_combo.currentData(),
        )

    def groups_changed(self) -> None:
        """Groups were created, renamed, deleted or their members changed:
        refill the group combo (if the group chosen is gone, all groups are
        shown) and, when a group is chosen, load its lists again."""
        if not self._started:
            return  # the first refresh fills the combos
        self._reload_choices()
        if self.group_combo.currentData() is not ALL:
            self._filter_changed()

    def _reload_choices(self) -> None:
        task = Task(_load_choices)
        self._choices_signals = task.signals
        task.signals.succeeded.connect(self._choices_done)
        task.signals.failed.connect(self._choices_failed)
        task.start()

    def _choices_done(self, result: tuple[list[tuple[str, int]], list[str]]) -> None:
        if self.sender() is not self._choices_signals:
            return
        self._choices_signals = None
        groups, names = result
        people = [(self.tr("(No salesperson)"), "")] + [(name, name) for name in names]
        self._refill(self.group_combo, groups)
        self._refill(self.salesperson_combo, people)

    def _choices_failed(self, error: Exception) -> None:
        if self.sender() is not self._choices_signals:
            return
        self._choices_signals = None
        # The lists' own load reports what is wrong with the database.
        log.warning("the workbench filter choices could not be read: %s", error)

    def _refill(self, combo: QComboBox, entries: list[tuple[str, Any]]) -> None:
        if refill(combo, entries):
            self._filter_changed()

    def _filter_changed(self) -> None:
        # Whatever is loading now is for the old filter: drop it when it comes.
        self._load_signals = None
        self._generation += 1
        self._show_loading()
        self._filter_timer.start()

    # --- loading -------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        # Shown on its own (not by the main window, which calls refresh()):
        # load once the event loop runs, unless someone did meanwhile.
        QTimer.singleShot(0, self, self._first_load)
        self._details_timer.start()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._details_timer.start()

    def _first_load(self) -> None:
        if not self._started and self.isVisible():
            self.refresh()

    @property
    def lists(self) -> Workbench | None:
        """The lists on screen (None before the first load or after a failure)."""
        return self._data

    @property
    def today(self) -> date:
        return self._today

    @property
    def is_loading(self) -> bool:
        return self._load_signals is not None or self._filter_timer.isActive()

    def refresh(self) -> None:
        """Load the lists again for today with the current filter (in a worker)."""
        self._started = True
        self._reload_choices()  # salespersons come and go with the cards
        self._filter_timer.stop()
        self._generation += 1
        self._today = date.today()
        self._show_today()
        self._show_loading()
        task = Task(_load, self._today, self.current_filter(), self._generation)
        self._load_signals = task.signals
        task.signals.succeeded.connect(self._load_done)
        task.signals.failed.connect(self._load_error)
        task.start()

    def _show_today(self) -> None:
        self.today_label.setText(self.tr("Today: {date}").format(date=self._today.isoformat()))

    def _show_loading(self) -> None:
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("Loading…"))

    def _load_done(self, result: Loaded) -> None:
        if self.sender() is not self._load_signals or result.generation != self._generation:
            return  # a newer filter or refresh is being loaded
        self._load_signals = None
        self._data = data = result.workbench
        self._settings = result.settings
        self.last_load_seconds = result.seconds
        log.debug("workbench loaded in %.3f s", result.seconds)
        today = data.today
        self.ranking_model.set_rows(data.ranking, today)
        self.due_soon_model.set_rows(data.due_soon, today)
        self.promises_model.set_rows(
            [*data.promises_today, *data.promises_broken, *data.promises_upcoming], today
        )
        self.plans_model.set_rows(data.plans_due, today)
        self.confirmations_model.set_rows(data.unreturned_confirmations, today)
        for table in self.tables:
            self.fit_columns(table)
        self._update_titles()
        self.status_label.setStyleSheet("")
        self.status_label.setText(
            self.tr("Updated at {time}").format(time=datetime.now().strftime("%H:%M"))
        )
        self._details_timer.start()
        self.loaded.emit()

    def _load_error(self, error: Exception) -> None:
        if self.sender() is not self._load_signals:
            return
        self._load_signals = None
        self._data = None
        for table in self.tables:
            table.model().set_rows([], self._today)  # type: ignore[attr-defined]
        self._update_titles()
        message = self._failure_text(error)
        self.status_label.setStyleSheet(ERROR_STYLE)
        self.status_label.setText(message)
        self.load_failed.emit(message)

    def _failure_text(self, error: Exception) -> str:
        if isinstance(error, KnownError):
            return error_text(error)
        if isinstance(error, OperationalError):
            return self.tr(
                "The database could not be read ({reason}). Try again in a moment."
            ).format(reason=str(error))
        # A bug: say so, without blaming the user or showing a traceback.
        log.error("loading the workbench failed\n%s", getattr(error, "__traceback_text__", error))
        return self.tr(
            "The workbench could not be loaded because of an internal error in Kehu "
            "({error}). This is not something you did."
        ).format(error=type(error).__name__)

    # --- titles and hints ---------------------------------------------------------------

    def _update_titles(self) -> None:
        data = self._data

        def count(rows: list[Any]) -> str:
            return f"{len(rows):,}" if data is not None else "…"

        ahead = self._settings.get("confirm_ahead_days")
        ranking = data.ranking if data else []
        due_soon = data.due_soon if data else []
        promises = (
            [*data.promises_today, *data.promises_broken, *data.promises_upcoming] if data else []
        )
        plans = data.plans_due if data else []
        unreturned = data.unreturned_confirmations if data else []
        self.tabs.setTabText(
            TAB_RANKING,
            self.tr("Overdue customers, most urgent first ({count})").format(count=count(ranking)),
        )
        if ahead is None:
            due_title = self.tr("Due soon — call ahead to confirm ({count})")
        else:
            due_title = self.tr(
                "Due in the next %n day(s) — call ahead to confirm ({count})", "", ahead
            )
        self.tabs.setTabText(TAB_DUE_SOON, due_title.format(count=count(due_soon)))
        self.tabs.setTabText(
            TAB_PROMISES, self.tr("Promises ({count})").format(count=count(promises))
        )
        self.tabs.setTabText(
            TAB_PLANS, self.tr("Instalments due ({count})").format(count=count(plans))
        )
        self.tabs.setTabText(
            TAB_CONFIRMATIONS,
            self.tr("Balance confirmations not returned ({count})").format(count=count(unreturned)),
        )
        if data is None or not self._settings:
            for hint in self.hints[1:]:
                hint.setText("")
            return
        settings = self._settings
        until = (data.today + timedelta(days=settings["confirm_ahead_days"])).isoformat()
        self.hints[TAB_DUE_SOON].setText(
            self.tr(
                "Open debts falling due from today to {date}: call the customer to confirm "
                "the date and the amount. Debts on hold are left out."
            ).format(date=until)
        )
        self.hints[TAB_PROMISES].setText(
            self.tr(
                "Due today: {today} · Broken in the last {days} days: {broken} · "
                "Coming up by {until}: {upcoming}"
            ).format(
                today=f"{len(data.promises_today):,}",
                days=settings["broken_promise_days"],
                broken=f"{len(data.promises_broken):,}",
                until=(data.today + timedelta(days=settings["promise_window_days"])).isoformat(),
                upcoming=f"{len(data.promises_upcoming):,}",
            )
        )
        self.hints[TAB_PLANS].setText(
            self.tr(
                "Active instalment plans with an instalment overdue or falling due by {date}. "
                "Hover over a row for the schedule."
            ).format(date=until)
        )
        self.hints[TAB_CONFIRMATIONS].setText(
            self.tr(
                "Balance confirmations sent more than %n day(s) ago and still waiting for "
                "the signed reply: ask for it, or send the statement again.",
                "",
                settings["confirmation_reply_days"],
            )
        )

    # --- warning signs of the rows on screen ---------------------------------------------

    def _fetch_details(self) -> None:
        if self._details_signals is not None or self._data is None:
            return  # one at a time; the one running asks again when done
        table = self.ranking_table
        if not table.isVisible() or self.ranking_model.rowCount() == 0:
            return
        # rowAt() is -1 until the view has laid out new rows: then the top.
        first = max(table.rowAt(0), 0)
        shown = table.viewport().height() // table.verticalHeader().defaultSectionSize() + 1
        ids = self.ranking_model.ids_needing_details(first, first + shown + DETAILS_AHEAD)
        if not ids:
            return
        task = Task(_load_details, ids, self._today, self._generation)
        self._details_signals = task.signals
        task.signals.succeeded.connect(self._details_done)
        task.signals.failed.connect(self._details_failed)
        task.start()

    def _details_done(self, result: tuple[int, dict[int, SignDetails]]) -> None:
        if self.sender() is not self._details_signals:
            return
        self._details_signals = None
        generation, found = result
        if generation == self._generation:
            self.ranking_model.set_details(found)
            self.details_loaded.emit()
        self._details_timer.start()  # the rows on screen may have changed meanwhile

    def _details_failed(self, error: Exception) -> None:
        if self.sender() is not self._details_signals:
            return
        self._details_signals = None
        # The rows keep their "…"; scrolling asks again.
        log.warning(
            "warning signs could not be read\n%s", getattr(error, "__traceback_text__", error)
        )

    # --- opening a customer ----------------------------------------------------------------

    def _activate(self, table: QTableView, index: QModelIndex) -> None:
        if not index.isValid():
            return
        customer_id = table.model().customer_id(index.row())  # type: ignore[attr-defined]
        if customer_id is not None:
            self.customer_activated.emit(customer_id)


__all__ = [
    "TAB_CONFIRMATIONS",
    "TAB_DUE_SOON",
    "TAB_PLANS",
    "TAB_PROMISES",
    "TAB_RANKING",
    "WorkbenchView",
]
