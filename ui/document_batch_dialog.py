"""The batch printing dialog: statements, dunning letters, labels or envelopes
for the customers of a filter (or the ones chosen in a list).

The list of who gets what, the PDF for the preview and the files are all
made off the UI thread (``ui.workers.Task``); building shows a progress
dialog that can cancel it. Nothing is recorded for a preview until it is
printed or saved; a batch saved to files is recorded with them.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ageing import CLASS_KEYS
from app.choices import DEBT_CLASS
from app.document_selection import DocumentFilter
from app.documents import batch
from app.documents.batch import BatchRequest
from app.documents.page import Cancelled as BuildCancelled
from app.errors import KnownError, ValidationError
from app.groups import list_groups
from app.money import MoneyFormatError, parse_money, to_fen
from ui.document_list_model import DocumentListModel
from ui.filter_combos import filter_combo
from ui.i18n import issue_text, tr_app
from ui.workers import Cancelled, Task, TaskState

log = logging.getLogger(__name__)

STATEMENT, DUNNING, LABELS = batch.STATEMENT, batch.DUNNING, batch.LABELS


def _checked(state: TaskState) -> Any:
    """A cancel check for the app/ builders."""
    return lambda: state.cancelled


def _list(state: TaskState, request: BatchRequest) -> list[batch.ListedCustomer]:
    return batch.list_for(request)


def _preview(state: TaskState, request: BatchRequest) -> batch.Preview:
    try:
        return batch.build_preview(
            request,
            progress=lambda done, total: state.progress(done, total),
            cancelled=_checked(state),
        )
    except BuildCancelled:
        raise Cancelled() from None


def _produce(
    state: TaskState, request: BatchRequest, out: str, per_customer: bool
) -> batch.BatchResult:
    try:
        return batch.produce(
            request,
            out=out,
            per_customer=per_customer,
            progress=lambda done, total: state.progress(done, total),
            cancelled=_checked(state),
        )
    except BuildCancelled:
        raise Cancelled() from None


class DocumentBatchDialog(QDialog):
    """*kind*: "statement", "dunning" or "labels" (labels and envelopes).
    *customer_ids*: print for these customers only (the filter is hidden)."""

    #: Emitted after documents were recorded (log entries, confirmations).
    recorded = Signal()

    def __init__(
        self,
        kind: str,
        *,
        customer_ids: list[int] | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self._customer_ids = tuple(customer_ids) if customer_ids is not None else None
        self._today = today or date.today()
        self._task_signals: Any = None
        self._progress: QProgressDialog | None = None
        self._previews: list[Any] = []
        self.setObjectName("document_batch_dialog")
        self.setWindowTitle(
            {
                STATEMENT: self.tr("Print statements of account"),
                DUNNING: self.tr("Print dunning letters"),
                LABELS: self.tr("Print labels and envelopes"),
            }[kind]
        )
        self.resize(900, 640)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self._selection_box(), 1)
        top.addWidget(self._options_box(), 1)
        layout.addLayout(top)

        self.model = DocumentListModel(
            show_level=kind == DUNNING,
            amount_title=self.tr("Overdue") if kind == DUNNING else self.tr("Balance"),
            parent=self,
        )
        self.table = QTableView(self)
        self.table.setObjectName("document_list")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column in (0, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(1, 240)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        if kind != DUNNING:
            self.table.hideColumn(3)
        if kind == LABELS:
            self.table.hideColumn(4)
        layout.addWidget(self.table, 1)

        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        buttons = QHBoxLayout()
        self.list_button = QPushButton(self.tr("&List who gets what"), self)
        self.preview_button = QPushButton(self.tr("&Preview…"), self)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        close = QPushButton(self.tr("Close"), self)
        self.list_button.clicked.connect(self.refresh_list)
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.save)
        close.clicked.connect(self.reject)
        buttons.addWidget(self.list_button)
        buttons.addStretch(1)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.refresh_list()

    # --- the form -------------------------------------------------------------------

    def _selection_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Customers"), self)
        form = QFormLayout(box)
        self.group_combo = filter_combo(box, "group_filter", self.tr("All groups"), 14)
        self.salesperson_combo = filter_combo(
            box, "salesperson_filter", self.tr("All salespersons"), 14
        )
        self.class_combo = filter_combo(box, "class_filter", self.tr("Any class"), 14)
        for key in CLASS_KEYS[1:]:
            self.class_combo.addItem(tr_app(DEBT_CLASS[key]), key)
        self.min_amount = QLineEdit(box)
        self.min_amount.setObjectName("min_overdue_amount")
        self.min_amount.setPlaceholderText("0.00")
        self.min_days = QSpinBox(box)
        self.min_days.setObjectName("min_overdue_days")
        self.min_days.setRange(0, 3650)
        self.min_days.setSuffix(self.tr(" days"))
        self.archived = QCheckBox(self.tr("Include archived customers"), box)
        if self._customer_ids is not None:
            count = len(self._customer_ids)
            form.addRow(QLabel(self.tr("%n chosen customer(s)", "", count), box))
            for widget in (self.group_combo, self.salesperson_combo, self.archived):
                widget.hide()
        else:
            form.addRow(self.tr("Group"), self.group_combo)
            form.addRow(self.tr("Salesperson"), self.salesperson_combo)
            for group in list_groups():
                self.group_combo.addItem(group.name, group.id)
            from app.customers import salespersons

            for name in salespersons():
                self.salesperson_combo.addItem(name, name)
        if self.kind != LABELS:
            form.addRow(self.tr("Worst overdue class"), self.class_combo)
            form.addRow(self.tr("Overdue at least"), self.min_amount)
            form.addRow(self.tr("Oldest overdue at least"), self.min_days)
        else:
            for widget in (self.class_combo, self.min_amount, self.min_days):
                widget.hide()
        if self._customer_ids is None:
            form.addRow(self.archived)
        for combo in (self.group_combo, self.salesperson_combo, self.class_combo):
            combo.currentIndexChanged.connect(self._selection_changed)
        self.min_days.valueChanged.connect(self._selection_changed)
        self.min_amount.editingFinished.connect(self._selection_changed)
        self.archived.toggled.connect(self._selection_changed)
        return box

    def _options_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Document"), self)
        form = QFormLayout(box)
        self.one_file = QRadioButton(self.tr("One PDF"), box)
        self.per_customer = QRadioButton(self.tr("One PDF per customer (into a folder)"), box)
        self.one_file.setChecked(True)
        if self.kind == STATEMENT:
            self.from_all = QCheckBox(self.tr("From the first entry"), box)
            self.from_all.setChecked(False)
            self.date_from = QDateEdit(box)
            self.date_from.setObjectName("date_from")
            self.date_from.setCalendarPopup(True)
            self.date_from.setDisplayFormat("yyyy-MM-dd")
            start = self._today.replace(day=1)
            self.date_from.setDate(QDate(start.year, start.month, start.day))
            self.date_to = QDateEdit(box)
            self.date_to.setObjectName("date_to")
            self.date_to.setCalendarPopup(True)
            self.date_to.setDisplayFormat("yyyy-MM-dd")
            self.date_to.setDate(QDate(self._today.year, self._today.month, self._today.day))
            self.from_all.toggled.connect(lambda on: self.date_from.setEnabled(not on))
            self.mode = QComboBox(box)
            self.mode.setObjectName("mode")
            self.mode.addItem(self.tr("The whole ledger of the period"), "ledger")
            self.mode.addItem(self.tr("Open items only"), "open_items")
            self.record = QCheckBox(self.tr("Record as sent for the customer's confirmation"), box)
            self.record.setChecked(True)
            form.addRow(self.tr("From"), self.date_from)
            form.addRow("", self.from_all)
            form.addRow(self.tr("To"), self.date_to)
            form.addRow(self.tr("Form"), self.mode)
            form.addRow(self.record)
            for widget in (self.date_from, self.date_to):
                widget.dateChanged.connect(self._selection_changed)
            self.from_all.toggled.connect(self._selection_changed)
        elif self.kind == DUNNING:
            self.level = QComboBox(box)
            self.level.setObjectName("level")
            self.level.addItem(self.tr("Automatic (from the letters sent)"), None)
            self.level.addItem(self.tr("1 - Friendly reminder"), 1)
            self.level.addItem(self.tr("2 - Formal demand"), 2)
            self.level.addItem(self.tr("3 - Final demand (legal steps)"), 3)
            self.language = QComboBox(box)
            self.language.setObjectName("language")
            self.language.addItem(self.tr("Each customer's document language"), None)
            self.language.addItem(self.tr("Chinese"), "zh")
            self.language.addItem(self.tr("English"), "en")
            form.addRow(self.tr("Level"), self.level)
            form.addRow(self.tr("Language"), self.language)
            note = QLabel(
                self.tr("Each letter printed or saved is recorded in the collection log."), box
            )
            note.setWordWrap(True)
            form.addRow(note)
            self.level.currentIndexChanged.connect(self._selection_changed)
            self.language.currentIndexChanged.connect(self._selection_changed)
        else:
            from app.documents.labels import LAYOUTS

            self.layout_combo = QComboBox(box)
            self.layout_combo.setObjectName("layout")
            for key, sheet in LAYOUTS.items():
                self.layout_combo.addItem(tr_app(sheet.label), ("labels", key))
            self.layout_combo.addItem(self.tr("Envelopes DL (220 x 110 mm)"), ("envelopes", "DL"))
            self.layout_combo.addItem(self.tr("Envelopes C5 (229 x 162 mm)"), ("envelopes", "C5"))
            self.start_at = QSpinBox(box)
            self.start_at.setObjectName("start_at")
            self.start_at.setRange(1, 100)
            self.start_at.setToolTip(
                self.tr("On a part-used sheet, the position of the first free label")
            )
            self.margin_top = QDoubleSpinBox(box)
            self.margin_left = QDoubleSpinBox(box)
            self.gap_x = QDoubleSpinBox(box)
            self.gap_y = QDoubleSpinBox(box)
            for spin, name in (
                (self.margin_top, "margin_top"),
                (self.margin_left, "margin_left"),
                (self.gap_x, "gap_x"),
                (self.gap_y, "gap_y"),
            ):
                spin.setObjectName(name)
                spin.setRange(0, 60)
                spin.setDecimals(1)
                spin.setSuffix(" mm")
            form.addRow(self.tr("Sheet"), self.layout_combo)
            form.addRow(self.tr("Start at label"), self.start_at)
            form.addRow(self.tr("Top margin"), self.margin_top)
            form.addRow(self.tr("Left margin"), self.margin_left)
            form.addRow(self.tr("Gap between columns"), self.gap_x)
            form.addRow(self.tr("Gap between rows"), self.gap_y)
            self.layout_combo.currentIndexChanged.connect(self._layout_changed)
            self._layout_changed()
        if self.kind != LABELS:
            form.addRow(self.one_file)
            form.addRow(self.per_customer)
        else:  # a sheet of labels is one PDF
            self.one_file.hide()
            self.per_customer.hide()
        return box

    def _layout_changed(self) -> None:
        from app.documents.labels import LAYOUTS

        what, key = self.layout_combo.currentData()
        labels = what == "labels"
        for widget in (self.start_at, self.margin_top, self.margin_left, self.gap_x, self.gap_y):
            widget.setEnabled(labels)
        if labels:
            sheet = LAYOUTS[key]
            self.margin_top.setValue(sheet.top)
            self.margin_left.setValue(sheet.left)
            self.gap_x.setValue(sheet.h_gap)
            self.gap_y.setValue(sheet.v_gap)
            self.start_at.setMaximum(sheet.columns * sheet.rows)

    def _selection_changed(self, *_args: Any) -> None:
        self.model.set_rows([])
        self.status.setText(self.tr("The choice changed: list again to see who gets what."))

    # --- the request ----------------------------------------------------------------

    def request(self) -> BatchRequest:
        """The request the form describes; ValidationError for a bad amount."""
        min_fen = 0
        text = self.min_amount.text().strip()
        if text:
            try:
                amount = parse_money(text)
            except MoneyFormatError as exc:
                from app.errors import FieldIssue

                raise ValidationError(FieldIssue("min_overdue_amount", exc.reason)) from None
            min_fen = max(to_fen(amount), 0)
        selection = DocumentFilter(
            customer_ids=self._customer_ids,
            group_id=self.group_combo.currentData(),
            salesperson=self.salesperson_combo.currentData(),
            debt_class=self.class_combo.currentData() or "",
            min_overdue_fen=min_fen if self.kind != LABELS else 0,
            min_overdue_days=self.min_days.value() if self.kind != LABELS else 0,
            include_archived=self.archived.isChecked() or self._customer_ids is not None,
        )
        if self.kind == STATEMENT:
            return BatchRequest(
                STATEMENT,
                selection,
                self._today,
                date_from=None if self.from_all.isChecked() else self.date_from.date().toPython(),
                date_to=self.date_to.date().toPython(),
                mode=self.mode.currentData(),
                record=self.record.isChecked(),
            )
        if self.kind == DUNNING:
            return BatchRequest(
                DUNNING,
                selection,
                self._today,
                level=self.level.currentData(),
                language=self.language.currentData(),
            )
        what, key = self.layout_combo.currentData()
        if what == "envelopes":
            return BatchRequest(batch.ENVELOPES, selection, self._today, envelope=key)
        return BatchRequest(
            LABELS,
            selection,
            self._today,
            layout=key,
            margin_top=self.margin_top.value(),
            margin_left=self.margin_left.value(),
            gap_x=self.gap_x.value(),
            gap_y=self.gap_y.value(),
            start_at=self.start_at.value(),
        )

    def _request_or_say(self) -> BatchRequest | None:
        try:
            request = self.request()
        except ValidationError as exc:
            self._show_status("; ".join(issue_text(i) for i in exc.issues), error=True)
            return None
        if request.date_from and request.date_to and request.date_from > request.date_to:
            self._show_status(self.tr("The period starts after it ends."), error=True)
            return None
        return request

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet("color: #a33;" if error else "")
        self.status.setText(text)

    # --- running --------------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        for button in (self.list_button, self.preview_button, self.save_button):
            button.setEnabled(not busy)

    def _start(self, fn: Any, *args: Any, done: Any, progress_text: str | None) -> None:
        task = Task(fn, *args)
        self._task_signals = task.signals
        task.signals.succeeded.connect(done)
        task.signals.failed.connect(self._failed)
        task.signals.cancelled.connect(self._cancelled)
        task.signals.finished.connect(self._finished)
        if progress_text is not None:
            dialog = QProgressDialog(progress_text, self.tr("Cancel"), 0, 0, self)
            dialog.setObjectName("document_progress")
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(300)
            dialog.canceled.connect(task.state.cancel)
            task.signals.progress.connect(self._progressed)
            self._progress = dialog
        self._busy(True)
        task.start()

    def _progressed(self, done: int, total: int, _text: str) -> None:
        if self._progress is not None and total:
            self._progress.setMaximum(total)
            self._progress.setValue(min(done, total))

    def _finished(self) -> None:
        if self.sender() is not self._task_signals:
            return
        self._task_signals = None
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None
        self._busy(False)

    def _cancelled(self) -> None:
        self._show_status(self.tr("Cancelled: nothing was written or recorded."))

    def _failed(self, error: Exception) -> None:
        if isinstance(error, KnownError):
            message = tr_app(error.template, **error.params)
        elif isinstance(error, ValidationError):
            message = "; ".join(issue_text(i) for i in error.issues)
        else:
            log.error("document batch failed\n%s", getattr(error, "__traceback_text__", error))
            message = self.tr(
                "The documents could not be made because of an internal error in Kehu "
                "({error}). This is not something you did; nothing was recorded."
            ).format(error=type(error).__name__)
        self._show_status(message, error=True)

    def refresh_list(self) -> None:
        request = self._request_or_say()
        if request is None:
            return
        self._show_status(self.tr("Listing…"))
        self._start(_list, request, done=self._listed, progress_text=None)

    def _listed(self, rows: list[batch.ListedCustomer]) -> None:
        self.model.set_rows(rows)
        printed = sum(1 for r in rows if r.printed)
        if not rows:
            self._show_status(self.tr("No customer of this choice gets a document."))
        elif printed < len(rows):
            self._show_status(
                self.tr("%n document(s) to print; ", "", printed)
                + self.tr(
                    "%n customer(s) without an address are left out.", "", len(rows) - printed
                )
            )
        else:
            self._show_status(self.tr("%n document(s) to print.", "", printed))

    def preview(self) -> None:
        request = self._request_or_say()
        if request is None:
            return
        self._show_status(self.tr("Making the PDF…"))
        self._start(
            _preview, request, done=self._previewed, progress_text=self.tr("Making the PDF…")
        )

    def _previewed(self, result: batch.Preview) -> None:
        from ui.pdf_preview import show_pdf

        self._show_status(self.tr("%n document(s) in the preview.", "", result.documents))
        dialog = show_pdf(
            self, result.pdf, title=self.windowTitle(), suggested_name=result.suggested_name
        )
        dialog.delivered.connect(lambda: self._record_preview(result))
        self._previews.append(dialog)

    def _record_preview(self, result: batch.Preview) -> None:
        try:
            count = result.record()
        except KnownError as exc:
            QMessageBox.warning(self, self.windowTitle(), tr_app(exc.template, **exc.params))
            return
        if count:
            self._show_status(self.tr("%n document(s) recorded as sent.", "", count))
            self.recorded.emit()

    def save(self) -> None:
        request = self._request_or_say()
        if request is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        per_customer = self.kind != LABELS and self.per_customer.isChecked()
        if per_customer:
            out = QFileDialog.getExistingDirectory(
                self, self.tr("Folder for the PDF files"), folder
            )
        else:
            name = {
                STATEMENT: self.tr("Statements"),
                DUNNING: self.tr("Dunning letters"),
                LABELS: self.tr("Labels"),
            }[self.kind]
            suggested = str(Path(folder) / f"{name} {self._today.isoformat()}.pdf")
            out, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save as PDF"), suggested, self.tr("PDF files (*.pdf)")
            )
            if out and not out.lower().endswith(".pdf"):
                out += ".pdf"
        if not out:
            return
        self._show_status(self.tr("Making the PDF…"))
        self._start(
            _produce,
            request,
            out,
            per_customer,
            done=self._saved,
            progress_text=self.tr("Making the PDF…"),
        )

    def _saved(self, result: batch.BatchResult) -> None:
        where = str(result.files[0]) if len(result.files) == 1 else str(result.files[0].parent)
        text = self.tr("%n document(s) saved to {where}.", "", result.documents).format(where=where)
        if result.recorded:
            text += " " + self.tr("%n recorded as sent.", "", result.recorded)
            self.recorded.emit()
        self._show_status(text)
