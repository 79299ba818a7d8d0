"""The receivables overview (应收账款总览): the ageing of every customer's
open debts as of a date, filtered by group, salesperson and class, with
totals per currency and exports to CSV (UTF-8 or GBK) and Excel.

The ageing runs in a ``ui.workers.Task`` (over a million ledger entries it
takes about a second); a result that arrives after the filter changed is
dropped. Exports run in a task too, on the report shown."""

from __future__ import annotations

import dataclasses
import logging
from datetime import date
from pathlib import Path
from typing import Any

from peewee import OperationalError
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QModelIndex,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ageing import CLASS_KEYS, AgeingFilter, AgeingReport, ageing
from app.ageing_export import COLUMN_KEYS, TOTAL_LABEL, write_csv, write_xlsx
from app.customers import salespersons
from app.errors import KnownError
from app.groups import list_groups
from app.search_keys import sort_key
from ui.ageing_model import (
    COL_CURRENCY,
    COL_NAME,
    COL_NUMBER,
    COL_SALESPERSON,
    COL_WORST_CLASS,
    COLUMN_COUNT,
    MONEY_COLUMNS,
    AgeingTableModel,
    AgeingTotalsModel,
    class_label,
)
from ui.filter_combos import filter_combo, refill
from ui.i18n import tr_app
from ui.workers import Task, TaskState

log = logging.getLogger(__name__)

# Export kinds: CSV in UTF-8 with a BOM, CSV in GBK, an Excel workbook.
CSV, GBK_CSV, XLSX = "csv", "csv_gbk", "xlsx"
EXPORT_KINDS = (CSV, GBK_CSV, XLSX)
# Filter changes wait this long, so stepping through dates loads once.
FILTER_DELAY_MS = 150
ROW_HEIGHT = 26

PathLike = str | Path


def _load(
    _state: TaskState, as_of: date, flt: AgeingFilter, generation: int
) -> tuple[int, AgeingReport]:
    return generation, ageing(as_of, flt)


def _export(
    _state: TaskState,
    kind: str,
    report: AgeingReport,
    path: str,
    headers: dict[str, str],
    class_labels: dict[str, str],
) -> str:
    if kind == XLSX:
        written = write_xlsx(report, path, headers, class_labels=class_labels)
    else:
        encoding = "gbk" if kind == GBK_CSV else "utf-8-sig"
        written = write_csv(
            report, path, encoding=encoding, headers=headers, class_labels=class_labels
        )
    return str(written)


def known_error_text(error: KnownError) -> str:
    """``error_text``, with the parameters that are themselves marked messages
    ("the column headings") translated too; a customer's name is left as is."""
    params = {
        key: QCoreApplication.translate("app", value) if isinstance(value, str) else value
        for key, value in error.params.items()
    }
    return tr_app(error.template, **params)


class ReceivablesOverview(QWidget):
    """The "Receivables" view of the main window."""

    # a customer was double-clicked (or Enter pressed on it): open the account
    customer_activated = Signal(int)
    # a report for the current filter is on screen
    loaded = Signal()
    # loading failed; the message shown
    load_failed = Signal(str)
    # an export was written to this path
    exported = Signal(str)
    # an export failed; the message shown
    export_failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receivablesOverview")
        self._report: AgeingReport | None = None
        self._generation = 0
        self._load_signals: Any = None  # the signals of the load whose result we want
        self._export_signals: Any = None
        self._started = False
        self._export_folder = ""

        self._build_filter_bar()
        self._build_tables()
        self._build_bottom_bar()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self._filter_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals_table)
        layout.addLayout(self._bottom_bar)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.refresh)
        self.as_of_edit.dateChanged.connect(lambda _d: self._filter_changed())
        for combo in (self.group_combo, self.salesperson_combo, self.class_combo):
            combo.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.archived_check.toggled.connect(lambda _on: self._filter_changed())
        self._update_buttons()

    # --- construction ----------------------------------------------------------------

    def _build_filter_bar(self) -> None:
        bar = QHBoxLayout()
        self.as_of_edit = QDateEdit(self)
        self.as_of_edit.setObjectName("asOfDate")
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat("yyyy-MM-dd")
        self.as_of_edit.setMinimumDate(QDate(1990, 1, 1))
        self.as_of_edit.setDate(QDate.currentDate())
        self.as_of_edit.setToolTip(
            self.tr("The ageing is computed as it stood at the end of this day")
        )
        as_of_label = QLabel(self.tr("&As of:"), self)
        as_of_label.setBuddy(self.as_of_edit)

        self.group_combo = filter_combo(self, "groupFilter", self.tr("All groups"), 10)
        group_label = QLabel(self.tr("&Group:"), self)
        group_label.setBuddy(self.group_combo)

        self.salesperson_combo = filter_combo(
            self, "salespersonFilter", self.tr("All salespersons"), 12
        )
        salesperson_label = QLabel(self.tr("&Salesperson:"), self)
        salesperson_label.setBuddy(self.salesperson_combo)

        self.class_combo = QComboBox(self)
        self.class_combo.setObjectName("classFilter")
        self.class_combo.addItem(self.tr("All classes"), "")
        for key in CLASS_KEYS:
            self.class_combo.addItem(class_label(key), key)
        self.class_combo.setToolTip(
            self.tr("Only debts of this class; over-payments are then left out")
        )
        class_label_widget = QLabel(self.tr("&Class:"), self)
        class_label_widget.setBuddy(self.class_combo)

        self.archived_check = QCheckBox(self.tr("Include a&rchived customers"), self)
        self.archived_check.setObjectName("includeArchived")
        # An archived customer who still owes money is still owed: shown by default.
        self.archived_check.setChecked(True)

        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("refreshButton")
        self.refresh_button.clicked.connect(lambda _checked=False: self.refresh())

        for widget in (
            as_of_label,
            self.as_of_edit,
            group_label,
            self.group_combo,
            salesperson_label,
            self.salesperson_combo,
            class_label_widget,
            self.class_combo,
        ):
            bar.addWidget(widget)
            if isinstance(widget, QLabel):
                continue
            bar.addSpacing(8)
        bar.addWidget(self.archived_check)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)
        self._filter_bar = bar

    def _build_tables(self) -> None:
        self.model = AgeingTableModel(self)

        self.table = QTableView(self)
        self.table.setObjectName("ageingTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        self.table.setSortingEnabled(True)
        header.setSortIndicator(COL_NUMBER, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(self._activate)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda: self._activate(self.table.currentIndex()))

        # The totals under the table: same columns, kept aligned with it, and
        # always visible however far the table is scrolled.
        self.totals_model = AgeingTotalsModel(self)
        self.totals_table = QTableView(self)
        self.totals_table.setObjectName("ageingTotals")
        self.totals_table.setModel(self.totals_model)
        self.totals_table.horizontalHeader().hide()
        self.totals_table.verticalHeader().hide()
        self.totals_table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.totals_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.totals_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.totals_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.totals_table.setWordWrap(False)
        self.totals_table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.totals_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.totals_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.totals_table.setFrameShape(QFrame.Shape.StyledPanel)
        self.table.horizontalScrollBar().valueChanged.connect(
            self.totals_table.horizontalScrollBar().setValue
        )
        header.sectionResized.connect(
            lambda column, _old, new: self.totals_table.setColumnWidth(column, new)
        )
        self.totals_model.modelReset.connect(self._fit_totals)

        # The name takes what the other columns leave; the totals table copies
        # the widths (it has no vertical scroll bar, so it must not stretch).
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.fit_columns()
        self._fit_totals()

    def _build_bottom_bar(self) -> None:
        bar = QHBoxLayout()
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setWordWrap(True)
        bar.addWidget(self.status_label, 1)
        self.export_csv_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_csv_button.setObjectName("exportCsv")
        self.export_csv_button.setToolTip(
            self.tr("UTF-8 with a byte order mark: Excel and WPS open it directly")
        )
        self.export_gbk_button = QPushButton(self.tr("Export GBK CSV…"), self)
        self.export_gbk_button.setObjectName("exportGbkCsv")
        self.export_gbk_button.setToolTip(
            self.tr("For older programs that read only GBK; rare characters cannot be written")
        )
        self.export_xlsx_button = QPushButton(self.tr("Export Excel…"), self)
        self.export_xlsx_button.setObjectName("exportXlsx")
        for button, kind in (
            (self.export_csv_button, CSV),
            (self.export_gbk_button, GBK_CSV),
            (self.export_xlsx_button, XLSX),
        ):
            button.clicked.connect(lambda _checked=False, k=kind: self.export(k))
            bar.addWidget(button)
        self._bottom_bar = bar

    def fit_columns(self) -> None:
        """Size the columns to the headings and to the widest amount of each
        money column (a total, in bold, is often the widest)."""
        header = self.table.horizontalHeader()
        plain = self.table.fontMetrics()
        bold_font = QFont(self.table.font())
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        titles = self.model.headers()
        padding = 14

        def heading(column: int) -> int:
            # room for the sort arrow too
            return header.fontMetrics().horizontalAdvance(titles[column]) + padding + 12

        samples = {
            COL_NUMBER: [plain.horizontalAdvance("C0000000")],
            COL_SALESPERSON: [plain.horizontalAdvance("欧阳建国")],
            COL_CURRENCY: [plain.horizontalAdvance("CNY")],
            COL_WORST_CLASS: [plain.horizontalAdvance(class_label(key)) for key in CLASS_KEYS],
        }
        for column in MONEY_COLUMNS:
            widest = [plain.horizontalAdvance("999,999.99")]
            widest += [plain.horizontalAdvance(t) for t in self.model.widest_texts(column)]
            widest += [bold.horizontalAdvance(t) for t in self.totals_model.column_texts(column)]
            samples[column] = widest
        for column, widths in samples.items():
            header.resizeSection(column, max(max(widths) + padding, heading(column)))

    def _fit_totals(self) -> None:
        rows = max(self.totals_model.rowCount(), 1)
        frame = self.totals_table.frameWidth() * 2
        self.totals_table.setFixedHeight(rows * ROW_HEIGHT + frame)
        header = self.table.horizontalHeader()
        for column in range(COLUMN_COUNT):
            self.totals_table.setColumnWidth(column, header.sectionSize(column))
        self.totals_table.horizontalScrollBar().setValue(self.table.horizontalScrollBar().value())

    # --- the filter --------------------------------------------------------------------

    def as_of(self) -> date:
        return self.as_of_edit.date().toPython()

    def current_filter(self) -> AgeingFilter:
        return AgeingFilter(
            group_id=self.group_combo.currentData(),
            salesperson=self.salesperson_combo.currentData(),
            debt_class=self.class_combo.currentData() or "",
            include_archived=self.archived_check.isChecked(),
        )

    def reload_groups(self) -> None:
        """Re-read the groups (after one was created, renamed or deleted),
        keeping the one chosen; if it is gone, all groups are shown."""
        infos = list_groups()
        self._refill(self.group_combo, [(g.name, g.id) for g in infos])

    def reload_salespersons(self) -> None:
        names = sorted(salespersons(), key=sort_key)
        entries = [(self.tr("(No salesperson)"), "")] + [(name, name) for name in names]
        self._refill(self.salesperson_combo, entries)

    def reload_choices(self) -> None:
        self.reload_groups()
        self.reload_salespersons()

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
        if not self._started:
            self.refresh()

    @property
    def report(self) -> AgeingReport | None:
        """The report on screen (None before the first load or after a failure)."""
        return self._report

    @property
    def is_loading(self) -> bool:
        return self._load_signals is not None or self._filter_timer.isActive()

    def refresh(self) -> None:
        """Load the ageing again with the current filter (in a worker)."""
        if not self._started:
            self._started = True
            self.reload_choices()
        self._filter_timer.stop()
        self._generation += 1
        self._show_loading()
        task = Task(_load, self.as_of(), self.current_filter(), self._generation)
        self._load_signals = task.signals
        task.signals.succeeded.connect(self._load_done)
        task.signals.failed.connect(self._load_error)
        task.start()

    def _show_loading(self) -> None:
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("Loading…"))
        self._update_buttons()

    def _load_done(self, result: tuple[int, AgeingReport]) -> None:
        generation, report = result
        if self.sender() is not self._load_signals or generation != self._generation:
            return  # a newer filter is being loaded
        self._load_signals = None
        self._report = report
        self.model.set_report(report)
        self.totals_model.set_report(report)
        self.fit_columns()
        self.status_label.setStyleSheet("")
        self.status_label.setText(self._summary(report))
        self._update_buttons()
        self.loaded.emit()

    def _load_error(self, error: Exception) -> None:
        if self.sender() is not self._load_signals:
            return
        self._load_signals = None
        self._report = None
        self.model.set_report(None)
        self.totals_model.set_report(None)
        message = self._failure_text(error)
        self.status_label.setStyleSheet("color: #c62828;")
        self.status_label.setText(message)
        self._update_buttons()
        self.load_failed.emit(message)

    def _failure_text(self, error: Exception) -> str:
        if isinstance(error, KnownError):
            return known_error_text(error)
        if isinstance(error, OperationalError):
            return self.tr(
                "The database could not be read ({reason}). Try again in a moment."
            ).format(reason=str(error))
        # A bug: say so, without blaming the user or showing a traceback.
        log.error("loading the receivables failed\n%s", getattr(error, "__traceback_text__", error))
        return self.tr(
            "The receivables could not be loaded because of an internal error in Kehu "
            "({error}). This is not something you did."
        ).format(error=type(error).__name__)

    def _summary(self, report: AgeingReport) -> str:
        return self.tr("Customers with a balance: {count} · as of {date}").format(
            count=len(report.rows), date=report.as_of.isoformat()
        )

    def _update_buttons(self) -> None:
        ready = (
            self._report is not None
            and not self.is_loading
            and self._export_signals is None
            and bool(self._report.rows)
        )
        for button in (self.export_csv_button, self.export_gbk_button, self.export_xlsx_button):
            button.setEnabled(ready)

    # --- opening a customer ----------------------------------------------------------------

    def _activate(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        customer_id = self.model.customer_id(index.row())
        if customer_id is not None:
            self.customer_activated.emit(customer_id)

    def customer_id_at(self, view_row: int) -> int | None:
        """The customer on a row of the table as sorted on screen."""
        return self.model.customer_id(view_row)

    # --- exporting ------------------------------------------------------------------------

    def export_headers(self) -> dict[str, str]:
        """The column headings of the files: the table's, as translated."""
        headers = dict(zip(COLUMN_KEYS, self.model.headers(), strict=True))
        headers["total"] = tr_app(TOTAL_LABEL)
        return headers

    def default_file_name(self, kind: str) -> str:
        assert self._report is not None
        stem = self.tr("Receivables ageing {date}").format(date=self._report.as_of.isoformat())
        return f"{stem}.{'xlsx' if kind == XLSX else 'csv'}"

    def choose_export_path(self, kind: str) -> str | None:
        """Ask where to save; None if the user cancelled. Tests override this."""
        folder = self._export_folder or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        suggested = str(Path(folder) / self.default_file_name(kind))
        if kind == XLSX:
            title = self.tr("Export Excel")
            pattern = self.tr("Excel workbook (*.xlsx)")
        elif kind == GBK_CSV:
            title = self.tr("Export GBK CSV")
            pattern = self.tr("CSV file, GBK (*.csv)")
        else:
            title = self.tr("Export CSV")
            pattern = self.tr("CSV file, UTF-8 (*.csv)")
        path, _chosen = QFileDialog.getSaveFileName(self, title, suggested, pattern)
        return path or None

    def export(self, kind: str, path: PathLike | None = None) -> None:
        """Write the table on screen, in its order, as *kind* (``CSV``, ``GBK_CSV``, ``XLSX``) to
        *path*, asking for it if not given. The result comes as ``exported`` or
        ``export_failed``; a failure is also shown in a message box."""
        if kind not in EXPORT_KINDS:
            raise ValueError(f"kind must be one of {EXPORT_KINDS}, not {kind!r}")
        if self._report is None or self.is_loading or self._export_signals is not None:
            return
        if path is None:
            path = self.choose_export_path(kind)
            if not path:
                return
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".xlsx" if kind == XLSX else ".csv")
        self._export_folder = str(target.parent)
        class_labels = {key: class_label(key) for key in CLASS_KEYS}
        # The rows in the order on screen; the totals are the report's.
        shown = dataclasses.replace(self._report, rows=self.model.rows())
        task = Task(
            _export,
            kind,
            shown,
            str(target),
            self.export_headers(),
            class_labels,
            use_db=False,
        )
        self._export_signals = task.signals
        task.signals.succeeded.connect(self._export_done)
        task.signals.failed.connect(self._export_error)
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("Exporting…"))
        self._update_buttons()
        task.start()

    def _export_done(self, path: str) -> None:
        if self.sender() is not self._export_signals:
            return
        self._export_signals = None
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("Exported to {path}").format(path=path))
        self._update_buttons()
        self.exported.emit(path)

    def _export_error(self, error: Exception) -> None:
        if self.sender() is not self._export_signals:
            return
        self._export_signals = None
        if isinstance(error, KnownError):
            message = known_error_text(error)
        else:
            log.error("export failed\n%s", getattr(error, "__traceback_text__", error))
            message = self.tr(
                "The file could not be written because of an internal error in Kehu "
                "({error}). This is not something you did."
            ).format(error=type(error).__name__)
        self.status_label.setStyleSheet("")
        if self._report is not None:
            self.status_label.setText(self._summary(self._report))
        self._update_buttons()
        self.export_failed.emit(message)
        QMessageBox.warning(self, self.tr("Export"), message)
