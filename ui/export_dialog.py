"""Export customers: the ones the list shows, the ones chosen in it, or a
group; as CSV for Excel (UTF-8 or GBK), an Excel workbook or vCards for
phones. The file is made off the UI thread by ``app.exporter`` with a
progress dialog that can cancel it (a cancelled export writes nothing)."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app import exporter
from app.customer_query import CustomerFilter, count_customers
from app.documents.page import Cancelled as ExportCancelled
from app.errors import KnownError, ValidationError
from app.groups import list_groups
from ui.i18n import error_text, issue_text
from ui.workers import Cancelled, Task, TaskState

log = logging.getLogger(__name__)

FILTER, SELECTED, GROUP = "filter", "selected", "group"

#: format choice -> (exporter format, encoding, file extension)
FORMATS: dict[str, tuple[str, str, str]] = {
    "csv_utf8": (exporter.CSV, "utf-8-sig", "csv"),
    # GB18030 is byte for byte GBK wherever GBK has the character, and has
    # every other one too: the file opens in Chinese Excel like a GBK one
    # and a rare character in a name does not stop the export.
    "csv_gbk": (exporter.CSV, "gb18030", "csv"),
    "xlsx": (exporter.XLSX, "utf-8-sig", "xlsx"),
    "vcf": (exporter.VCF, "utf-8-sig", "vcf"),
}
WARNING_STYLE = "color: #8a4b00;"


def _count(_state: TaskState, flt: CustomerFilter) -> int:
    return count_customers(flt)


def _export(
    state: TaskState,
    path: str,
    scope: str,
    ids: list[int],
    group: str | None,
    flt: CustomerFilter,
    options: dict[str, Any],
) -> tuple[int, str]:
    if scope == GROUP:
        ids = exporter.ids_for(group=group)
    elif scope == FILTER:
        ids = exporter.ids_for(flt=flt)
    state.check()
    try:
        written = exporter.export_customers(
            path,
            ids,
            **options,
            progress=lambda done, total: state.progress(done, total),
            cancelled=lambda: state.cancelled,
        )
    except ExportCancelled:
        raise Cancelled() from None
    return written, path


class ExportDialog(QDialog):
    """*flt*: the main list's filter; *selected_ids*: the customers chosen in
    it; *scope*: what is preselected (FILTER, SELECTED or GROUP)."""

    def __init__(
        self,
        *,
        flt: CustomerFilter,
        selected_ids: list[int],
        scope: str = FILTER,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export customers"))
        self.setMinimumWidth(540)
        self._filter = flt
        self._selected = list(selected_ids)
        self._signals: Any = None
        self._progress: QProgressDialog | None = None
        self.last_path: str | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self._what_box())
        layout.addWidget(self._format_box())
        self.status = QLabel(self)
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("&Save as…"), self)
        self.save_button.setObjectName("exportSave")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)

        if scope == SELECTED and self._selected:
            self.selected_radio.setChecked(True)
        elif scope == GROUP and self.group_combo.count():
            self.group_radio.setChecked(True)
        else:
            self.filter_radio.setChecked(True)
        self._format_changed()
        self._count_filter()

    # --- the form ---------------------------------------------------------------------

    def _what_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Which customers"), self)
        grid = QVBoxLayout(box)
        self.scope_group = QButtonGroup(self)
        self.filter_radio = QRadioButton(self._filter_text(None), box)
        self.filter_radio.setObjectName("scopeFilter")
        self.selected_radio = QRadioButton(
            self.tr("The selected customers ({count})").format(count=f"{len(self._selected):,}"),
            box,
        )
        self.selected_radio.setObjectName("scopeSelected")
        self.selected_radio.setEnabled(bool(self._selected))
        self.group_radio = QRadioButton(self.tr("A group:"), box)
        self.group_radio.setObjectName("scopeGroup")
        self.group_combo = QComboBox(box)
        self.group_combo.setObjectName("exportGroup")
        for group in list_groups():
            self.group_combo.addItem(
                self.tr("{name} ({count})").format(name=group.name, count=f"{group.members:,}"),
                group.name,
            )
        self.group_radio.setEnabled(self.group_combo.count() > 0)
        self.group_combo.setEnabled(self.group_combo.count() > 0)
        # Choosing a group means exporting it.
        self.group_combo.activated.connect(lambda _i: self.group_radio.setChecked(True))
        group_row = QHBoxLayout()
        group_row.addWidget(self.group_radio)
        group_row.addWidget(self.group_combo, 1)
        for button in (self.filter_radio, self.selected_radio, self.group_radio):
            self.scope_group.addButton(button)
        grid.addWidget(self.filter_radio)
        grid.addWidget(self.selected_radio)
        grid.addLayout(group_row)
        return box

    def _filter_text(self, count: int | None) -> str:
        if count is None:
            return self.tr("The customers shown by the current filter (counting…)")
        return self.tr("The customers shown by the current filter ({count})").format(
            count=f"{count:,}"
        )

    def _format_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("File"), self)
        form = QFormLayout(box)
        self.format_combo = QComboBox(box)
        self.format_combo.setObjectName("exportFormat")
        for label, key in (
            (self.tr("CSV, UTF-8 for Excel"), "csv_utf8"),
            (self.tr("CSV, GBK for older Chinese programs"), "csv_gbk"),
            (self.tr("Excel workbook (XLSX)"), "xlsx"),
            (self.tr("vCard for phones (VCF)"), "vcf"),
        ):
            self.format_combo.addItem(label, key)
        self.format_combo.currentIndexChanged.connect(lambda _i: self._format_changed())
        self.language_combo = QComboBox(box)
        self.language_combo.setObjectName("exportLanguage")
        self.language_combo.addItem(self.tr("Chinese"), "zh")
        self.language_combo.addItem(self.tr("English"), "en")
        chinese = QLocale().language() == QLocale.Language.Chinese
        self.language_combo.setCurrentIndex(0 if chinese else 1)
        self.full_id = QCheckBox(self.tr("Export resident ID numbers in full"), box)
        self.full_id.setObjectName("exportFullId")
        self.full_id_warning = QLabel(
            self.tr(
                "Resident ID numbers are personal data protected by law: export them "
                "in full only when the receiver needs them, and keep the file safe. "
                "Otherwise they are written masked (110101********1234)."
            ),
            box,
        )
        self.full_id_warning.setObjectName("exportFullIdWarning")
        self.full_id_warning.setWordWrap(True)
        self.full_id_warning.setStyleSheet(WARNING_STYLE)
        self.full_id.toggled.connect(self._full_id_toggled)
        self.raw = QCheckBox(
            self.tr("Raw values for another program (no spreadsheet-formula protection)"), box
        )
        self.raw.setObjectName("exportRaw")
        self.raw.setToolTip(
            self.tr(
                "Normally a cell starting with = + - or @ gets an apostrophe so that a "
                "spreadsheet does not run it as a formula. Leave this off for Excel."
            )
        )
        form.addRow(self.tr("Format"), self.format_combo)
        form.addRow(self.tr("Column headers"), self.language_combo)
        form.addRow(self.full_id)
        form.addRow(self.full_id_warning)
        form.addRow(self.raw)
        self._full_id_toggled(False)
        return box

    def _full_id_toggled(self, on: bool) -> None:
        font = self.full_id_warning.font()
        font.setBold(on)
        self.full_id_warning.setFont(font)

    def _format_changed(self) -> None:
        vcard = self.format_key() == "vcf"
        self.language_combo.setEnabled(not vcard)
        self.raw.setEnabled(not vcard)

    def _count_filter(self) -> None:
        task = Task(_count, self._filter)
        self._count_signals = task.signals
        task.signals.succeeded.connect(self._counted)
        task.start()

    def _counted(self, count: int) -> None:
        if self.sender() is self._count_signals:
            self.filter_radio.setText(self._filter_text(count))

    # --- what the form says -----------------------------------------------------------

    def format_key(self) -> str:
        return str(self.format_combo.currentData())

    def scope(self) -> str:
        if self.selected_radio.isChecked():
            return SELECTED
        if self.group_radio.isChecked():
            return GROUP
        return FILTER

    def options(self) -> dict[str, Any]:
        format, encoding, _extension = FORMATS[self.format_key()]
        return {
            "format": format,
            "encoding": encoding,
            "full_id": self.full_id.isChecked(),
            "raw": self.raw.isChecked() and format != exporter.VCF,
            "language": self.language_combo.currentData(),
        }

    def _suggested_name(self) -> str:
        extension = FORMATS[self.format_key()][2]
        if self.scope() == GROUP:
            stem = str(self.group_combo.currentData())
        else:
            stem = self.tr("Customers")
        # Characters Windows does not allow in a file name.
        stem = "".join("_" if c in '<>:"/\\|?*' else c for c in stem)
        return f"{stem} {date.today().isoformat()}.{extension}"

    # --- saving -----------------------------------------------------------------------

    def save(self) -> None:
        extension = FORMATS[self.format_key()][2]
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        filters = {
            "csv": self.tr("CSV files (*.csv)"),
            "xlsx": self.tr("Excel workbooks (*.xlsx)"),
            "vcf": self.tr("vCard files (*.vcf)"),
        }
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export customers"),
            str(Path(folder) / self._suggested_name()),
            filters[extension],
        )
        if not path:
            return
        if Path(path).suffix.lower() != f".{extension}":
            path += f".{extension}"
        self.export_to(path)

    def export_to(self, path: str) -> None:
        """Write the file (in a worker)."""
        scope = self.scope()
        if scope == SELECTED and not self._selected:
            self._show(self.tr("No customer is selected in the list."), error=True)
            return
        task = Task(
            _export,
            path,
            scope,
            self._selected,
            self.group_combo.currentData(),
            self._filter,
            self.options(),
        )
        self._signals = task.signals
        task.signals.succeeded.connect(self._done)
        task.signals.failed.connect(self._failed)
        task.signals.cancelled.connect(self._cancelled)
        task.signals.finished.connect(self._finished)
        task.signals.progress.connect(self._progressed)
        dialog = QProgressDialog(self.tr("Exporting…"), self.tr("Cancel"), 0, 0, self)
        dialog.setObjectName("exportProgress")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(task.state.cancel)
        self._progress = dialog
        self.save_button.setEnabled(False)
        self._show(self.tr("Exporting…"))
        task.start()

    @property
    def busy(self) -> bool:
        return self._signals is not None

    def _progressed(self, done: int, total: int, _text: str) -> None:
        if self.sender() is self._signals and self._progress is not None and total:
            self._progress.setMaximum(total)
            self._progress.setValue(min(done, total))

    def _finished(self) -> None:
        if self.sender() is not self._signals:
            return
        self._signals = None
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None
        self.save_button.setEnabled(True)

    def _done(self, result: tuple[int, str]) -> None:
        count, path = result
        self.last_path = path
        self._show(
            self.tr("%n customer(s) exported to {path}", "", count).format(path=str(Path(path)))
        )

    def _cancelled(self) -> None:
        self._show(self.tr("Cancelled: no file was written."))

    def _failed(self, error: Exception) -> None:
        if isinstance(error, KnownError):
            message = error_text(error)
        elif isinstance(error, ValidationError):
            message = "; ".join(issue_text(i) for i in error.issues)
        else:
            log.error("export failed\n%s", getattr(error, "__traceback_text__", error))
            message = self.tr(
                "The file could not be made because of an internal error in Kehu "
                "({error}). This is not something you did; no file was written."
            ).format(error=type(error).__name__)
        self._show(message, error=True)

    def _show(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet("color: #a32020;" if error else "")
        self.status.setText(text)

    def reject(self) -> None:
        if self._signals is not None and self._progress is not None:
            self._progress.cancel()  # the export stops; the dialog stays until it has
            return
        super().reject()
