"""The main window, three views in tabs: the customers (groups on the left,
the list in the middle, the selected card's summary with its account figures
on the right, search and filters above), the collection workbench, and the
receivables overview. Account windows open from any of them.

After the database opens, today's birthdays and anniversaries are counted in
a worker; when there are any, a slim bar above the views says so and opens
the upcoming list (never a modal box)."""

from __future__ import annotations

import logging
from datetime import date
from html import escape
from typing import Any

from peewee import OperationalError
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import account, choices, customers, groups, upcoming
from app.card_status import collection_status
from app.customer_query import ACTIVE, ALL, ARCHIVED, CustomerFilter
from app.db import database_path
from app.errors import KnownError
from app.integrity import explain_database_error
from app.records import CustomerData
from ui.business_settings_dialog import BusinessSettingsDialog
from ui.customer_list import COL_ADDRESS, COL_NAME, COL_NUMBER, COUNTING, CustomerTableModel
from ui.customer_summary import CustomerSummary
from ui.data_safety import DataSafety
from ui.greeting_settings_dialog import GreetingSettingsDialog
from ui.group_panel import ALL_CUSTOMERS, GroupPanel
from ui.holidays_dialog import HolidaysDialog
from ui.i18n import error_text, tr_app
from ui.receivables_overview import ReceivablesOverview
from ui.settings import Settings
from ui.upcoming_view import UpcomingDialog
from ui.workbench_view import WorkbenchView
from ui.workers import Task, TaskState

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 120
NOTICE_STYLE = (
    "#todayNotice { background: #fff8e1; border-bottom: 1px solid #f0d48a; }"
    " #todayNotice QLabel { color: #5d4300; }"
)


def _count_today(_state: TaskState, today: date, generation: int) -> tuple[int, date, int]:
    return generation, today, upcoming.today_count(today)


class TodayNotice(QFrame):
    """A slim bar: "3 customers have a birthday or anniversary today — Show", ×."""

    show_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayNotice")
        self.setStyleSheet(NOTICE_STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 3, 4, 3)
        self.label = QLabel(self)
        self.label.setObjectName("todayNoticeText")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.label.linkActivated.connect(lambda _link: self.show_requested.emit())
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("todayNoticeClose")
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Hide this notice"))
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button)
        self.count = 0
        self.hide()

    def show_count(self, count: int) -> None:
        self.count = count
        text = self.tr("%n customer(s) have a birthday or anniversary today", "", count)
        show = self.tr("Show")  # its own line: lupdate misses tr() inside an f-string
        self.label.setText(f'{escape(text)} — <a href="show">{escape(show)}</a>')
        self.setVisible(count > 0)


class MainWindow(QMainWindow):
    #: emitted when the first page of the list has been loaded
    first_page_loaded = Signal()

    def __init__(self, *, settings: Settings, db_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Kehu customer files — {db}").format(db=db_label))
        self.resize(1280, 780)

        self.model = CustomerTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("customerTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(COL_NUMBER, 90)
        header.resizeSection(COL_NAME, 240)
        header.resizeSection(COL_ADDRESS, 260)
        self.table.setSortingEnabled(True)
        header.setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._table_menu)
        self.table.doubleClicked.connect(lambda _index: self.open_current())

        self.groups = GroupPanel(self)
        self.summary = CustomerSummary(self)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.groups)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.summary)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([200, 760, 320])
        self.summary.anchorClicked.connect(self._summary_link)

        self.workbench = WorkbenchView(self)
        self.workbench.setObjectName("workbenchView")
        self.workbench.customer_activated.connect(self.open_account)
        self.overview = ReceivablesOverview(self)
        self.overview.setObjectName("receivablesOverview")
        self.overview.customer_activated.connect(self.open_account)
        self.views = QTabWidget(self)
        self.views.setObjectName("views")
        self.views.setDocumentMode(True)
        self.views.addTab(self.splitter, self.tr("Customers"))
        self.views.addTab(self.workbench, self.tr("Collection workbench"))
        self.views.addTab(self.overview, self.tr("Receivables"))
        self.views.currentChanged.connect(self._view_changed)
        self._stale_views: set[QWidget] = set()
        self.today_notice = TodayNotice(self)
        self.today_notice.show_requested.connect(lambda: self.show_upcoming(today=self._notice_day))
        self._notice_day: date | None = None
        self._notice_generation = 0
        self._notice_signals: Any = None
        self._upcoming: UpcomingDialog | None = None
        central = QWidget(self)
        self.safety = DataSafety(self)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        self.storage_warning = self.safety.storage_bar(database_path() or db_label)
        if self.storage_warning is not None:
            central_layout.addWidget(self.storage_warning)
        central_layout.addWidget(self.today_notice)
        central_layout.addWidget(self.views, 1)
        self.setCentralWidget(central)

        self._build_actions()
        self._build_toolbar()
        self._build_menus()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.statusBar().addPermanentWidget(self.count_label)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)

        self.model.counts_changed.connect(self._update_counts)
        self.model.modelReset.connect(self._after_reset)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.groups.group_selected.connect(lambda _gid: self.apply_filter())
        self.groups.groups_changed.connect(self._groups_changed)

        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(self.open_current)
        enter2 = QShortcut(QKeySequence(Qt.Key.Key_Enter), self.table)
        enter2.setContext(Qt.ShortcutContext.WidgetShortcut)
        enter2.activated.connect(self.open_current)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self.search.clear)

        self._restore_state()

    # --- construction ----------------------------------------------------------------

    def _action(
        self, text: str, slot: Any, shortcut: QKeySequence | str | None = None, name: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_individual_action = self._action(
            self.tr("New individual…"),
            self.new_individual,
            QKeySequence.StandardKey.New,
            "newIndividual",
        )
        self.new_corporate_action = self._action(
            self.tr("New corporate customer…"), self.new_corporate, "Ctrl+Shift+N", "newCorporate"
        )
        self.open_action = self._action(self.tr("Open card"), self.open_current, None, "openCard")
        self.account_action = self._action(
            self.tr("Account and collection…"), self.open_current_account, "Ctrl+L", "openAccount"
        )
        self.import_action = self._action(
            self.tr("Import customers…"), self.import_customers, "Ctrl+I", "importCustomers"
        )
        self.export_action = self._action(
            self.tr("Export customers…"), self.export_customers, "Ctrl+E", "exportCustomers"
        )
        self.export_selected_action = self._action(
            self.tr("Export selected…"),
            lambda: self.export_customers(selected=True),
            None,
            "exportSelected",
        )
        self.business_settings_action = self._action(
            self.tr("Receivables and collection…"),
            self.edit_business_settings,
            None,
            "businessSettings",
        )
        self.archive_action = self._action(
            self.tr("Archive"), self.archive_selected, QKeySequence.StandardKey.Delete, "archive"
        )
        self.archive_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.table.addAction(self.archive_action)
        self.restore_action = self._action(
            self.tr("Restore from archive"), self.restore_selected, None, "restore"
        )
        self.delete_action = self._action(
            self.tr("Delete permanently…"), self.delete_selected, None, "deletePermanently"
        )
        self.find_action = self._action(
            self.tr("Find"), self.focus_search, QKeySequence.StandardKey.Find, "find"
        )
        self.quit_action = self._action(
            self.tr("Quit"), self.close, QKeySequence.StandardKey.Quit, "quit"
        )
        self.remove_from_group_action = self._action(
            self.tr("Remove from this group"),
            self.remove_from_current_group,
            None,
            "removeFromGroup",
        )
        self.statements_action = self._action(
            self.tr("Statements of account…"),
            lambda: self.print_documents("statement"),
            None,
            "printStatements",
        )
        self.dunning_action = self._action(
            self.tr("Dunning letters…"),
            lambda: self.print_documents("dunning"),
            None,
            "printDunning",
        )
        self.labels_action = self._action(
            self.tr("Labels and envelopes…"),
            lambda: self.print_documents("labels"),
            None,
            "printLabels",
        )
        self.selected_statement_action = self._action(
            self.tr("Statement for the selected…"),
            lambda: self.print_documents("statement", selected=True),
            None,
            "printSelectedStatement",
        )
        self.selected_dunning_action = self._action(
            self.tr("Dunning letter for the selected…"),
            lambda: self.print_documents("dunning", selected=True),
            None,
            "printSelectedDunning",
        )
        self.selected_labels_action = self._action(
            self.tr("Labels for the selected…"),
            lambda: self.print_documents("labels", selected=True),
            None,
            "printSelectedLabels",
        )
        self.company_settings_action = self._action(
            self.tr("Company and letterhead…"),
            self.edit_company_settings,
            None,
            "companySettings",
        )
        self.dunning_templates_action = self._action(
            self.tr("Dunning letter templates…"),
            self.edit_dunning_templates,
            None,
            "dunningTemplates",
        )
        self.upcoming_action = self._action(
            self.tr("Upcoming birthdays…"), self.show_upcoming, "Ctrl+B", "upcomingBirthdays"
        )
        self.greeting_list_action = self._action(
            self.tr("Greeting list…"), self.open_greetings, None, "greetingList"
        )
        self.holidays_action = self._action(
            self.tr("Holidays…"), self.show_holidays, None, "holidays"
        )
        self.greeting_texts_action = self._action(
            self.tr("Greeting texts…"), self.edit_greeting_texts, None, "greetingTexts"
        )
        self.greeting_settings_action = self._action(
            self.tr("Greeting settings…"),
            self.edit_greeting_settings,
            None,
            "greetingSettings",
        )

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main"), self)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.addAction(self.new_individual_action)
        bar.addAction(self.new_corporate_action)
        bar.addSeparator()
        self.search = QLineEdit(self)
        self.search.setObjectName("searchBox")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search name, pinyin (zs), number, phone… (Ctrl+F)"))
        self.search.setMinimumWidth(320)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._search_enter)
        self._customer_tools = [bar.addWidget(self.search)]
        self.kind_filter = QComboBox(self)
        self.kind_filter.setObjectName("kindFilter")
        self.kind_filter.addItem(self.tr("All kinds"), "")
        for key, label in choices.KIND.items():
            self.kind_filter.addItem(tr_app(label), key)
        self.tier_filter = QComboBox(self)
        self.tier_filter.setObjectName("tierFilter")
        self.tier_filter.addItem(self.tr("All tiers"), "")
        for key, label in choices.TIER.items():
            self.tier_filter.addItem(tr_app(label), key)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("Active"), ACTIVE)
        self.status_filter.addItem(self.tr("Archived"), ARCHIVED)
        self.status_filter.addItem(self.tr("Active and archived"), ALL)
        for combo in (self.kind_filter, self.tier_filter, self.status_filter):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
            self._customer_tools.append(bar.addWidget(combo))
        self.addToolBar(bar)

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&Customer"))
        for action in (
            self.new_individual_action,
            self.new_corporate_action,
            self.open_action,
            self.account_action,
        ):
            file_menu.addAction(action)
        file_menu.addSeparator()
        for action in (self.archive_action, self.restore_action, self.delete_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.safety.backup_now_action)
        file_menu.addAction(self.safety.backups_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menu.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.safety.undo_action)
        edit_menu.aboutToShow.connect(self.safety.update_undo)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        group_menu = menu.addMenu(self.tr("&Groups"))
        group_menu.addAction(self.groups.new_action)
        group_menu.addAction(self.groups.rename_action)
        group_menu.addAction(self.groups.delete_action)
        group_menu.addSeparator()
        group_menu.addAction(self.remove_from_group_action)
        documents_menu = menu.addMenu(self.tr("&Documents"))
        documents_menu.setObjectName("documentsMenu")
        for action in (self.statements_action, self.dunning_action, self.labels_action):
            documents_menu.addAction(action)
        documents_menu.addSeparator()
        for action in (
            self.selected_statement_action,
            self.selected_dunning_action,
            self.selected_labels_action,
        ):
            documents_menu.addAction(action)
        greetings_menu = menu.addMenu(self.tr("G&reetings"))
        greetings_menu.setObjectName("greetingsMenu")
        greetings_menu.addAction(self.upcoming_action)
        greetings_menu.addAction(self.greeting_list_action)
        greetings_menu.addSeparator()
        greetings_menu.addAction(self.holidays_action)
        greetings_menu.addAction(self.greeting_texts_action)
        greetings_menu.addAction(self.greeting_settings_action)
        settings_menu = menu.addMenu(self.tr("&Settings"))
        settings_menu.addAction(self.business_settings_action)
        settings_menu.addAction(self.company_settings_action)
        settings_menu.addAction(self.dunning_templates_action)
        language_menu = settings_menu.addMenu(self.tr("Language"))
        language_group = QActionGroup(self)
        current = self.settings.get("language")
        for key, label in (
            ("", self.tr("Follow the system")),
            ("zh_CN", "中文"),
            ("en", "English"),
        ):
            action = QAction(label, self)
            action.setCheckable(True)
            action.setChecked(key == current)
            action.setData(key)
            action.triggered.connect(lambda _c=False, k=key: self._set_language(k))
            language_group.addAction(action)
            language_menu.addAction(action)
        help_menu = menu.addMenu(self.tr("&Help"))
        about = QAction(self.tr("About Kehu"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    # --- state -------------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.settings.get("main_window/geometry")
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        splitter = self.settings.get("main_window/splitter")
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        header = self.settings.get("main_window/header")
        if not header.isEmpty():
            self.table.horizontalHeader().restoreState(header)

    def save_state(self) -> None:
        self.settings.set("main_window/geometry", self.saveGeometry())
        self.settings.set("main_window/splitter", self.splitter.saveState())
        self.settings.set("main_window/header", self.table.horizontalHeader().saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_state()
        super().closeEvent(event)

    # --- loading -----------------------------------------------------------------------

    def load(self) -> None:
        """Fill the group list and the first page of customers."""
        self.groups.reload()
        self.groups.select_group(ALL_CUSTOMERS)
        self.apply_filter()
        self.first_page_loaded.emit()
        self.check_today()

    def check_today(self, today: date | None = None) -> None:
        """Count today's birthdays and anniversaries (in a worker) and show
        the notice when there are any."""
        self._notice_generation += 1
        task = Task(_count_today, today or date.today(), self._notice_generation)
        self._notice_signals = task.signals
        task.signals.succeeded.connect(self._today_counted)
        task.signals.failed.connect(self._today_count_failed)
        task.start()

    @property
    def today_check_pending(self) -> bool:
        return self._notice_signals is not None

    def _today_counted(self, result: tuple[int, date, int]) -> None:
        generation, day, count = result
        if self.sender() is not self._notice_signals or generation != self._notice_generation:
            return
        self._notice_signals = None
        self._notice_day = day
        self.today_notice.show_count(count)

    def _today_count_failed(self, error: Exception) -> None:
        # Only a courtesy: the list itself reports problems when opened.
        if self.sender() is self._notice_signals:
            self._notice_signals = None
            log.warning("today's birthdays could not be counted: %s", error)

    def current_filter(self) -> CustomerFilter:
        return CustomerFilter(
            text=self.search.text(),
            kind=self.kind_filter.currentData() or "",
            tier=self.tier_filter.currentData() or "",
            status=self.status_filter.currentData() or ACTIVE,
            group_id=self.groups.current_group(),
        )

    def apply_filter(self) -> None:
        self._search_timer.stop()
        selected = self.selected_ids()
        try:
            self.model.set_filter(self.current_filter())
        except OperationalError as exc:
            self._database_problem(exc)
            return
        self._reselect(selected[:1])

    def refresh(self, select: int | None = None) -> None:
        """After a change: reload lists and counts, keep or set the selection."""
        selected = [select] if select is not None else self.selected_ids()[:1]
        self.groups.reload()
        self.model.refresh()
        self._reselect(selected)

    def _reselect(self, ids: list[int]) -> None:
        for cid in ids:
            row = self.model.row_of(cid)
            if row is not None:
                index = self.model.index(row, 0)
                self.table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
                return
        self._selection_changed()

    def _after_reset(self) -> None:
        self.summary.show_empty()

    def _update_counts(self, shown: int, total: int) -> None:
        if total == COUNTING:
            text = self.tr("{shown}+ customers (counting…)").format(shown=f"{shown:,}")
        elif total < 0:
            text = self.tr("{shown}+ customers").format(shown=f"{shown:,}")
        elif shown < total:
            text = self.tr("{shown} of {total} customers shown (scroll for more)").format(
                shown=f"{shown:,}", total=f"{total:,}"
            )
        else:
            text = self.tr("%n customer(s)", "", total)
        self.count_label.setText(text)

    def _groups_changed(self) -> None:
        self.apply_filter()
        self.overview.reload_groups()
        self.workbench.groups_changed()

    # --- selection ---------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        ids = [self.model.customer_id(r) for r in rows]
        return [i for i in ids if i is not None]

    def _selection_changed(self, *_args: Any) -> None:
        ids = self.selected_ids()
        rows = [self.model.index(self.model.row_of(i) or 0, 0) for i in ids]
        archived = [bool(r.data(Qt.ItemDataRole.UserRole + 2).archived) for r in rows]
        self.open_action.setEnabled(len(ids) == 1)
        self.account_action.setEnabled(len(ids) == 1)
        self.archive_action.setEnabled(any(not a for a in archived))
        self.restore_action.setEnabled(any(archived))
        self.delete_action.setEnabled(len(ids) == 1 and all(archived))
        self.export_selected_action.setEnabled(bool(ids))
        gid = self.groups.current_group()
        self.remove_from_group_action.setEnabled(bool(ids) and gid is not None and gid > 0)
        if len(ids) == 1:
            try:
                self.summary.show_customer(
                    customers.load_customer(ids[0]),
                    account.summary(ids[0]),
                    collection_status(ids[0]),
                )
            except KnownError as exc:
                self.summary.setPlainText(error_text(exc))
        else:
            self.summary.show_empty()

    # --- actions -----------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _search_enter(self) -> None:
        self.apply_filter()
        if self.model.rowCount() > 0:
            self.table.setFocus()
            self.table.selectRow(0)

    def new_individual(self) -> None:
        self.edit_customer(CustomerData(kind="individual", group_ids=self._default_groups()))

    def new_corporate(self) -> None:
        self.edit_customer(CustomerData(kind="corporate", group_ids=self._default_groups()))

    def _default_groups(self) -> set[int]:
        gid = self.groups.current_group()
        return {gid} if gid is not None and gid > 0 else set()

    def open_current(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.open_customer(ids[0])

    def open_customer(self, customer_id: int) -> Any:
        try:
            data = customers.load_customer(customer_id)
        except KnownError as exc:
            QMessageBox.warning(self, self.tr("Open card"), error_text(exc))
            self.refresh()
            return None
        return self.edit_customer(data)

    def open_current_account(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.open_account(ids[0])

    def open_account(self, customer_id: int) -> None:
        """Open (or raise) the account window of a customer: ledger and collection."""
        from ui.account_window import open_account

        window = open_account(customer_id, self)
        if not window.property("kehuMainConnected"):
            window.setProperty("kehuMainConnected", True)
            window.account_changed.connect(self._account_changed)

    def _account_changed(self, customer_id: int) -> None:
        """A posting or a collection entry: every view showing figures is stale."""
        self.refresh(select=customer_id if customer_id in self.selected_ids() else None)
        self._selection_changed()
        for view in (self.workbench, self.overview):
            if self.views.currentWidget() is view:
                view.refresh()
            else:
                self._stale_views.add(view)

    def _view_changed(self, index: int) -> None:
        view = self.views.widget(index)
        on_customers = view is self.splitter
        for action in self._customer_tools:
            action.setVisible(on_customers)
        self.count_label.setVisible(on_customers)
        if view in self._stale_views:
            self._stale_views.discard(view)
            view.refresh()  # type: ignore[attr-defined]
        elif view is self.workbench and not self.workbench.property("kehuLoaded"):
            self.workbench.setProperty("kehuLoaded", True)
            self.workbench.refresh()

    def _summary_link(self, url: Any) -> None:
        text = url.toString()
        if text.startswith("account:") and text[8:].isdigit():
            self.open_account(int(text[8:]))

    def edit_business_settings(self) -> None:
        dialog = BusinessSettingsDialog(self)
        if dialog.exec():
            self._stale_views.update({self.workbench, self.overview})
            self._selection_changed()

    def print_documents(self, kind: str, *, selected: bool = False) -> Any:
        """The batch dialog for *kind*; *selected*: for the customers chosen in
        the list only."""
        ids = self.selected_ids() if selected else None
        if selected and not ids:
            QMessageBox.information(
                self, self.tr("Print"), self.tr("Choose one or more customers in the list first.")
            )
            return None
        # Imported when first used: reportlab takes a fifth of a second to load.
        from ui.document_batch_dialog import DocumentBatchDialog

        dialog = DocumentBatchDialog(kind, customer_ids=ids, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recorded.connect(self._documents_recorded)
        dialog.show()
        return dialog

    def import_customers(self) -> Any:
        """The import wizard; the lists are reloaded after an import."""
        from ui.import_wizard import ImportWizard

        wizard = ImportWizard(self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.imported.connect(lambda _result: self._customers_imported())
        wizard.open()
        return wizard

    def _customers_imported(self) -> None:
        # New customers and perhaps a new group: every list and count is stale.
        self.refresh()
        self.overview.reload_groups()
        self.workbench.groups_changed()
        self._stale_views.update({self.workbench, self.overview})

    def database_replaced(self) -> None:
        """After a restore from a backup: every list, count and view reads anew."""
        self._customers_imported()
        self._selection_changed()

    def export_customers(self, *, selected: bool = False) -> Any:
        """The export dialog for the list's filter, its selection or a group."""
        from ui.export_dialog import FILTER, SELECTED, ExportDialog

        ids = self.selected_ids()
        if selected and not ids:
            QMessageBox.information(
                self, self.tr("Export"), self.tr("Choose one or more customers in the list first.")
            )
            return None
        dialog = ExportDialog(
            flt=self.current_filter(),
            selected_ids=ids,
            scope=SELECTED if selected else FILTER,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _documents_recorded(self) -> None:
        self._stale_views.update({self.workbench, self.overview})
        self._selection_changed()

    def edit_company_settings(self) -> None:
        from ui.company_settings_dialog import CompanySettingsDialog

        CompanySettingsDialog(self).exec()

    def edit_dunning_templates(self) -> None:
        from ui.dunning_template_dialog import DunningTemplateDialog
        from ui.pdf_preview import show_pdf

        def preview(pdf: bytes, title: str) -> None:
            show_pdf(self, pdf, title=title, suggested_name=f"{title}.pdf")

        DunningTemplateDialog(parent=self, preview=preview).exec()

    # --- greetings ---------------------------------------------------------------------

    def show_upcoming(self, *, today: date | None = None) -> UpcomingDialog:
        """The upcoming birthdays and anniversaries, beside the main window."""
        today = today or date.today()
        dialog = self._upcoming
        if dialog is not None and dialog.today == today:
            dialog.reload()
        else:
            if dialog is not None:
                dialog.close()
            dialog = UpcomingDialog(self, today=today)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.customer_activated.connect(
                lambda cid, d=dialog: self._open_from_upcoming(cid, d)
            )
            dialog.finished.connect(lambda _result, d=dialog: self._upcoming_gone(d))
            self._upcoming = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _upcoming_gone(self, dialog: UpcomingDialog) -> None:
        if self._upcoming is dialog:
            self._upcoming = None

    def _open_from_upcoming(self, customer_id: int, dialog: UpcomingDialog) -> None:
        card = self.open_customer(customer_id)
        if card is not None:
            card.saved.connect(lambda _saved: dialog.reload())

    def open_greetings(self) -> Any:
        from ui.greeting_window import open_greeting_window

        return open_greeting_window(self)

    def show_holidays(self) -> HolidaysDialog:
        dialog = HolidaysDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_greeting_texts(self) -> None:
        from ui.greeting_template_dialog import GreetingTemplateDialog

        GreetingTemplateDialog(self).exec()

    def edit_greeting_settings(self) -> GreetingSettingsDialog:
        dialog = GreetingSettingsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.check_today)
        dialog.open()
        return dialog

    def edit_customer(self, data: CustomerData) -> Any:
        from ui.customer_card import CustomerCard  # loaded with the first card opened

        card = CustomerCard(data, self)
        card.saved.connect(lambda saved: self.refresh(select=saved.id))
        card.open_customer.connect(self.open_customer)
        card.open()
        return card

    def archive_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Archive"),
            self.tr(
                "Archive %n customer(s)? Archived cards are hidden from the lists "
                "but nothing is deleted; you can restore them any time.",
                "",
                len(ids),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._run_write(lambda: customers.archive_customers(ids))

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._run_write(lambda: customers.restore_customers(ids))

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Delete permanently"),
            self.tr(
                "Delete this archived customer for good? Right after, Edit → Undo can "
                "still bring it back."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run_write(lambda: customers.delete_customer(ids[0]))

    def add_to_group(self, group_id: int) -> None:
        ids = self.selected_ids()
        if ids:
            self._run_write(lambda: groups.add_members(group_id, ids))

    def remove_from_current_group(self) -> None:
        gid = self.groups.current_group()
        ids = self.selected_ids()
        if ids and gid is not None and gid > 0:
            self._run_write(lambda: groups.remove_members(gid, ids))

    def _run_write(self, write: Any) -> None:
        try:
            write()
        except KnownError as exc:
            QMessageBox.warning(self, self.tr("Kehu"), error_text(exc))
        except OperationalError as exc:
            self._database_problem(exc)
        self.refresh()

    def _database_problem(self, exc: Exception) -> None:
        known = explain_database_error(exc)
        if known is not None:  # a read-only file, a full disk: say so, not "try again"
            QMessageBox.warning(self, self.tr("Database problem"), error_text(known))
            return
        QMessageBox.warning(
            self,
            self.tr("Database problem"),
            self.tr(
                "The database could not be read or written ({reason}). "
                "Nothing was changed. Try again in a moment."
            ).format(reason=str(exc)),
        )

    def _table_menu(self, pos: Any) -> None:
        index: QModelIndex = self.table.indexAt(pos)
        if index.isValid() and index.row() not in {
            i.row() for i in self.table.selectionModel().selectedRows()
        }:
            self.table.selectRow(index.row())
        menu = QMenu(self)
        menu.addAction(self.open_action)
        menu.addAction(self.account_action)
        menu.addSeparator()
        add_menu = menu.addMenu(self.tr("Add to group"))
        add_menu.setObjectName("addToGroupMenu")
        for gid, name in self.groups.group_model.group_names():
            action = add_menu.addAction(name)
            action.triggered.connect(lambda _c=False, g=gid: self.add_to_group(g))
        add_menu.setEnabled(bool(self.selected_ids()) and not add_menu.isEmpty())
        menu.addAction(self.remove_from_group_action)
        menu.addSeparator()
        print_menu = menu.addMenu(self.tr("Print"))
        print_menu.setObjectName("printMenu")
        for action in (
            self.selected_statement_action,
            self.selected_dunning_action,
            self.selected_labels_action,
        ):
            print_menu.addAction(action)
        print_menu.setEnabled(bool(self.selected_ids()))
        menu.addAction(self.export_selected_action)
        menu.addSeparator()
        menu.addAction(self.archive_action)
        menu.addAction(self.restore_action)
        menu.addAction(self.delete_action)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def _set_language(self, key: str) -> None:
        self.settings.set("language", key)
        self.settings.sync()
        QMessageBox.information(
            self,
            self.tr("Language"),
            self.tr("The new language is used the next time Kehu starts."),
        )

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Kehu"),
            self.tr(
                "Kehu customer files 0.1\n\nCustomer cards, groups and collections "
                "for small and medium businesses.\n\nChinese font: WenQuanYi Micro Hei "
                "(Apache License 2.0)."
            ),
        )
