"""The four pages of the import wizard: the file, the columns, the check and
the import itself. Reading, planning and importing run in ``ui.workers.Task``
with a progress bar and Cancel on the page (``TaskPanel``); the pages hold no
rule of their own: they show what app.import_files, app.import_mapping and
app.importer say."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from peewee import DatabaseError
from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app import import_files, import_mapping, importer
from app.customer_columns import BY_KEY
from app.documents.page import Cancelled as AppCancelled
from app.errors import KnownError
from app.import_files import ENCODINGS, Table
from ui.i18n import failure_text, issue_text
from ui.import_models import (
    ComboDelegate,
    MappingModel,
    PreviewModel,
    field_label,
    translate_app,
)
from ui.workers import Cancelled, Task, TaskState

log = logging.getLogger(__name__)

#: Persistent combo editors are opened for at most this many table rows.
MAX_OPEN_EDITORS = 300
ERROR_STYLE = "color: #a32020;"


@dataclass
class ImportState:
    """What the pages share: the file read, the mapping, the plan, the result."""

    path: str = ""
    table: Table | None = None
    mapping: list[str | None] = field(default_factory=list)
    plan: importer.ImportPlan | None = None
    result: importer.ImportResult | None = None


# --- work off the UI thread -----------------------------------------------------------


def _hooks(state: TaskState) -> dict[str, Any]:
    return {
        "progress": lambda done, total: state.progress(done, total),
        "cancelled": lambda: state.cancelled,
    }


def read_file(state: TaskState, path: str, options: dict[str, Any]) -> Table:
    try:
        return import_files.read_table(path, **options, **_hooks(state))
    except AppCancelled:
        raise Cancelled() from None


def plan_rows(
    state: TaskState, table: Table, mapping: list[str | None], on_duplicate: str
) -> importer.ImportPlan:
    try:
        plan = importer.plan_import(table, mapping, on_duplicate=on_duplicate, **_hooks(state))
    except AppCancelled:
        raise Cancelled() from None
    state.check()
    return plan


def apply_to_rows(
    state: TaskState, plan: importer.ImportPlan, row_numbers: list[int], action: str
) -> int:
    """The same merge action for many rows (each merge is checked against its
    customer's card, so this reads the database)."""
    for done, row_number in enumerate(row_numbers):
        if done % 100 == 0:
            state.check()
            state.progress(done, len(row_numbers))
        importer.set_action(plan, row_number, action)
    return len(row_numbers)


def import_rows(
    state: TaskState,
    plan: importer.ImportPlan,
    options: dict[str, Any],
    headers: list[str],
    mapping: list[str | None],
) -> importer.ImportResult:
    try:
        result = importer.run_import(plan, **options, **_hooks(state))
    except AppCancelled:
        raise Cancelled() from None
    try:
        import_mapping.remember_mapping(headers, mapping)
    except (KnownError, DatabaseError) as exc:  # the import itself is done and kept
        log.warning("the column mapping could not be remembered: %s", exc)
    return result


def save_bytes(state: TaskState, path: str, make: Any) -> str:
    data = make()
    state.check()
    Path(path).write_bytes(data)
    return path


class TaskPanel(QWidget):
    """A progress bar with Cancel that runs one task at a time for a page; a
    newer task replaces (and cancels) the one running."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taskPanel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("taskProgress")
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("taskCancel")
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self._task: Task | None = None
        self._callbacks: dict[str, Any] = {}
        self.hide()

    @property
    def running(self) -> bool:
        return self._task is not None

    def run(
        self,
        fn: Any,
        *args: Any,
        text: str,
        done: Any,
        failed: Any,
        cancelled: Any,
        use_db: bool = True,
    ) -> Task:
        if self._task is not None:
            self._task.state.cancel()  # its signals are ignored from now on
        task = Task(fn, *args, use_db=use_db)
        self._task = task
        self._callbacks = {"done": done, "failed": failed, "cancelled": cancelled}
        task.signals.progress.connect(self._progressed)
        task.signals.succeeded.connect(self._succeeded)
        task.signals.failed.connect(self._failed)
        task.signals.cancelled.connect(self._cancelled)
        self.label.setText(text)
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.show()
        self.busy_changed.emit(True)
        task.start()
        return task

    def cancel(self) -> None:
        if self._task is not None:
            self._task.state.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling…"))

    def _current(self) -> bool:
        return self._task is not None and self.sender() is self._task.signals

    def _progressed(self, done: int, total: int, _text: str) -> None:
        if self._current() and total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def _end(self, kind: str, *args: Any) -> None:
        if not self._current():
            return
        callback = self._callbacks[kind]
        self._task = None
        self._callbacks = {}
        self.hide()
        callback(*args)
        self.busy_changed.emit(False)

    def _succeeded(self, result: object) -> None:
        self._end("done", result)

    def _failed(self, error: Exception) -> None:
        self._end("failed", error)

    def _cancelled(self) -> None:
        self._end("cancelled")


def show_status(label: QLabel, text: str, *, error: bool = False) -> None:
    label.setStyleSheet(ERROR_STYLE if error else "")
    label.setText(text)


def table_view(parent: QWidget, name: str, model: Any) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setStretchLastSection(True)
    return view


# --- 1. the file ------------------------------------------------------------------------


class FilePage(QWizardPage):
    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("filePage")
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(
            self.tr(
                "A CSV or Excel file with one customer per row, or contacts exported "
                "from a phone (vCard)."
            )
        )
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("importPath")
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("No file chosen"))
        self.choose_button = QPushButton(self.tr("&Choose…"), self)
        self.choose_button.setObjectName("chooseFile")
        self.choose_button.clicked.connect(self.choose_file)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        layout.addLayout(row)

        self.form = QFormLayout()
        self.format_label = QLabel(self)
        self.format_label.setObjectName("formatLabel")
        self.encoding_combo = QComboBox(self)
        self.encoding_combo.setObjectName("encodingCombo")
        self.encoding_combo.addItem(self.tr("Automatic"), None)
        for encoding, label in self._encoding_names().items():
            if self.encoding_combo.findText(label) < 0:
                self.encoding_combo.addItem(label, encoding)
        self.delimiter_combo = QComboBox(self)
        self.delimiter_combo.setObjectName("delimiterCombo")
        for label, value in (
            (self.tr("Automatic"), None),
            (self.tr("Comma ( , )"), ","),
            (self.tr("Semicolon ( ; )"), ";"),
            (self.tr("Tab"), "\t"),
        ):
            self.delimiter_combo.addItem(label, value)
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setObjectName("sheetCombo")
        self.form.addRow(self.tr("Format:"), self.format_label)
        self.form.addRow(self.tr("Encoding:"), self.encoding_combo)
        self.form.addRow(self.tr("Delimiter:"), self.delimiter_combo)
        self.form.addRow(self.tr("Sheet:"), self.sheet_combo)
        layout.addLayout(self.form)
        self.encoding_combo.currentIndexChanged.connect(lambda _i: self.read())
        self.delimiter_combo.currentIndexChanged.connect(lambda _i: self.read())
        self.sheet_combo.currentIndexChanged.connect(lambda _i: self.read())

        self.panel = TaskPanel(self)
        layout.addWidget(self.panel)
        self.status = QLabel(self)
        self.status.setObjectName("fileStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self._format = ""
        self._show_options("")

    def _encoding_names(self) -> dict[str, str]:
        """Friendly names of app.import_files.ENCODINGS, as Excel users know them."""
        names = {}
        for encoding in ENCODINGS:
            if encoding.startswith("utf"):
                names[encoding] = "UTF-8"
            elif encoding in ("gb18030", "gbk", "gb2312"):
                names[encoding] = self.tr("GBK / GB18030 (Chinese Excel)")
            elif encoding == "big5":
                names[encoding] = "Big5"
            else:
                names[encoding] = encoding
        return names

    def _show_options(self, format: str) -> None:
        self.form.setRowVisible(self.encoding_combo, format == "csv")
        self.form.setRowVisible(self.delimiter_combo, format == "csv")
        self.form.setRowVisible(self.sheet_combo, format == "xlsx")

    def choose_file(self) -> None:
        folder = self.state.path and str(Path(self.state.path).parent)
        folder = folder or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the customer file"),
            folder,
            ";;".join(
                [self.tr("Customer files (*.csv *.xlsx *.vcf *.txt)"), self.tr("All files (*)")]
            ),
        )
        if path:
            self.set_path(path)

    def set_path(self, path: str) -> None:
        self.state.path = path
        self.path_edit.setText(path)
        for combo in (self.encoding_combo, self.delimiter_combo, self.sheet_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.blockSignals(False)
        self._set_table(None)
        try:
            self._format = import_files.sniff_format(path)
        except (KnownError, OSError) as exc:
            self._format = ""
            self.format_label.clear()
            self._show_options("")
            show_status(self.status, failure_text(self, exc), error=True)
            return
        self.format_label.setText(
            {
                "csv": self.tr("CSV text file"),
                "xlsx": self.tr("Excel workbook (XLSX)"),
                "vcf": self.tr("vCard (phone contacts)"),
            }.get(self._format, self._format)
        )
        self._show_options(self._format)
        self.read()

    def read(self) -> None:
        if not self.state.path or not self._format:
            return
        options: dict[str, Any] = {"format": self._format}
        if self._format == "csv":
            options["encoding"] = self.encoding_combo.currentData()
            options["delimiter"] = self.delimiter_combo.currentData()
        elif self._format == "xlsx" and self.sheet_combo.currentIndex() > 0:
            options["sheet"] = self.sheet_combo.currentData()
        self._set_table(None)
        self.status.clear()
        self.panel.run(
            read_file,
            self.state.path,
            options,
            use_db=False,
            text=self.tr("Reading…"),
            done=self._read_done,
            failed=lambda error: show_status(self.status, failure_text(self, error), error=True),
            cancelled=lambda: show_status(self.status, self.tr("Reading cancelled.")),
        )
        self.completeChanged.emit()

    def _set_table(self, table: Table | None) -> None:
        self.state.table = table
        self.state.plan = None
        self.completeChanged.emit()

    def _read_done(self, table: Table) -> None:
        self._set_table(table)
        if table.format == "xlsx":
            self.sheet_combo.blockSignals(True)
            chosen = self.sheet_combo.currentData()
            self.sheet_combo.clear()
            self.sheet_combo.addItem(self.tr("First sheet"), None)
            for sheet in table.sheets:
                self.sheet_combo.addItem(sheet, sheet)
            self.sheet_combo.setCurrentIndex(max(self.sheet_combo.findData(chosen), 0))
            self.sheet_combo.blockSignals(False)
        if table.format == "csv" and table.encoding:
            found = self._encoding_names().get(table.encoding, table.encoding)
            self.encoding_combo.setItemText(
                0, self.tr("Automatic (found: {name})").format(name=found)
            )
        if table.format == "csv" and table.delimiter:
            index = self.delimiter_combo.findData(table.delimiter)
            found = self.delimiter_combo.itemText(index) if index > 0 else repr(table.delimiter)
            self.delimiter_combo.setItemText(
                0, self.tr("Automatic (found: {name})").format(name=found)
            )
        rows = len(table.rows)
        if rows == 0:
            show_status(
                self.status, self.tr("The file has no customer rows to import."), error=True
            )
        else:
            text = (
                self.tr("%n row(s) read", "", rows)
                + ", "
                + self.tr("%n column(s).", "", len(table.headers))
            )
            if table.format == "xlsx" and table.sheet:
                text += " " + self.tr("Sheet: {sheet}.").format(sheet=table.sheet)
            if table.problems:
                text += "\n" + self.tr(
                    "%n part(s) of the file could not be read:", "", len(table.problems)
                )
                for number, message in table.problems[:5]:
                    text += "\n" + self.tr("{number}: {problem}").format(
                        number=number, problem=translate_app(message)
                    )
            show_status(self.status, text)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        table = self.state.table
        return table is not None and bool(table.rows) and not self.panel.running


# --- 2. the columns -------------------------------------------------------------------


class MappingPage(QWizardPage):
    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("mappingPage")
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(
            self.tr(
                "Tell Kehu what each column of the file holds. Columns set to "
                "“(ignore)” are not imported."
            )
        )
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.note = QLabel(self)
        self.note.setObjectName("mappingNote")
        self.note.setWordWrap(True)
        self.guess_button = QPushButton(self.tr("&Guess from the headers"), self)
        self.guess_button.setObjectName("guessMapping")
        self.guess_button.clicked.connect(self.guess)
        top.addWidget(self.note, 1)
        top.addWidget(self.guess_button)
        layout.addLayout(top)

        self.model = MappingModel(self)
        self.model.mapping_changed.connect(self._mapping_changed)
        self.view = table_view(self, "mappingTable", self.model)
        self.view.setItemDelegateForColumn(MappingModel.COL_TARGET, ComboDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.view.horizontalHeader()
        header.resizeSection(MappingModel.COL_HEADER, 200)
        header.resizeSection(MappingModel.COL_TARGET, 220)
        self.problems = QLabel(self)
        self.problems.setObjectName("mappingProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(ERROR_STYLE)

        self.preview_model = PreviewModel(self)
        self.preview = table_view(self, "previewTable", self.preview_model)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setStretchLastSection(False)
        self.preview.horizontalHeader().setDefaultSectionSize(120)
        self.preview.horizontalHeader().setMinimumSectionSize(40)
        self.preview_model.modelReset.connect(lambda: self.preview.setColumnWidth(0, 50))

        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.view, 1)
        upper_layout.addWidget(self.problems)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(
            QLabel(self.tr("Preview: the first rows as they will be imported"), lower)
        )
        lower_layout.addWidget(self.preview, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setSizes([300, 200])
        layout.addWidget(splitter, 1)
        self._table: Table | None = None
        self._issues: list[Any] = []

    def initializePage(self) -> None:  # noqa: N802
        table = self.state.table
        if table is None or table is self._table:
            return  # back and forth on the same file keeps the user's choices
        self._table = table
        remembered = import_mapping.remembered_mapping(table.headers)
        if remembered is not None:
            mapping = remembered
            self.note.setText(
                self.tr("The columns are set as in your last import of a file with these headers.")
            )
        else:
            mapping = import_mapping.guess_mapping(table.headers)
            self.note.setText(self.tr("Kehu guessed the columns from the headers: please check."))
        headers = table.headers
        if table.format == "vcf":  # a vCard's columns are Kehu's own keys: show their names
            headers = [field_label(h) if h in BY_KEY else h for h in headers]
        self.model.set_columns(headers, table.rows, mapping)
        self._open_editors()
        self._mapping_changed()

    def guess(self) -> None:
        if self._table is not None:
            self.model.set_mapping(import_mapping.guess_mapping(self._table.headers))
            self.note.setText(self.tr("Kehu guessed the columns from the headers: please check."))

    def _open_editors(self) -> None:
        for row in range(min(self.model.rowCount(), MAX_OPEN_EDITORS)):
            self.view.openPersistentEditor(self.model.index(row, MappingModel.COL_TARGET))

    def _mapping_changed(self) -> None:
        mapping = self.model.mapping()
        self.state.mapping = mapping
        self.state.plan = None
        headers = self._table.headers if self._table is not None else None
        self._issues = import_mapping.check_mapping(mapping, headers)
        self.problems.setText("\n".join(issue_text(i) for i in self._issues))
        self.problems.setVisible(bool(self._issues))
        table = self._table
        if table is not None:
            self.preview_model.set_rows(table.rows, table.row_numbers, mapping)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self._table is not None and not self._issues
