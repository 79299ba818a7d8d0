"""The import wizard: file → columns → check → import.

The check page plans the import (``app.importer.plan_import``) without
writing anything: the counts, the row-by-row report, the merge proposals for
duplicates and the options. The import page runs the plan in one transaction
(``app.importer.run_import``); Cancel there leaves the database as it was."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app import importer
from app.groups import list_groups
from ui.i18n import failure_text
from ui.import_models import (
    ComboDelegate,
    DuplicateModel,
    ReportModel,
    translate_app,
    ui_language,
)
from ui.import_pages import (
    ERROR_STYLE,
    MAX_OPEN_EDITORS,
    FilePage,
    ImportState,
    MappingPage,
    TaskPanel,
    apply_to_rows,
    import_rows,
    plan_rows,
    save_bytes,
    show_status,
    table_view,
)


def planned_counts(plan: importer.ImportPlan) -> dict[str, int]:
    """How many rows are planned to be created, updated, skipped, rejected."""
    counts = {"create": 0, "update": 0, "skip": 0, "reject": 0}
    for row in plan.rows:
        counts[row.action] = counts.get(row.action, 0) + 1
    return counts


# --- 3. the check ------------------------------------------------------------------------


class CheckPage(QWizardPage):
    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("checkPage")
        self.setTitle(self.tr("Check"))
        self.setSubTitle(
            self.tr(
                "Every row is checked with the same rules as the customer card. "
                "Nothing is written until you press Import."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("checkSummary")
        self.summary.setWordWrap(True)
        font = QFont(self.summary.font())
        font.setBold(True)
        self.summary.setFont(font)
        layout.addWidget(self.summary)
        self.panel = TaskPanel(self)
        layout.addWidget(self.panel)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("checkTabs")
        self.tabs.addTab(self._problems_tab(), "")
        self.tabs.addTab(self._duplicates_tab(), "")
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self._options_box())
        self.blocker = QLabel(self)
        self.blocker.setObjectName("checkBlocker")
        self.blocker.setWordWrap(True)
        self.blocker.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.blocker)
        self._planned_for: tuple[Any, ...] | None = None
        self.panel.busy_changed.connect(self._busy)

    def _problems_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        self.report_model = ReportModel(self)
        self.report_view = table_view(tab, "reportTable", self.report_model)
        self.report_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.report_view.horizontalHeader()
        header.resizeSection(ReportModel.COL_ROW, 60)
        header.resizeSection(ReportModel.COL_COLUMN, 110)
        header.resizeSection(ReportModel.COL_VALUE, 160)
        header.resizeSection(ReportModel.COL_PROBLEM, 380)
        layout.addWidget(self.report_view, 1)
        row = QHBoxLayout()
        self.report_status = QLabel(tab)
        self.report_status.setObjectName("reportStatus")
        row.addWidget(self.report_status, 1)
        self.save_report_button = QPushButton(self.tr("&Save report…"), tab)
        self.save_report_button.setObjectName("saveReport")
        self.save_report_button.clicked.connect(self.save_report)
        row.addWidget(self.save_report_button)
        layout.addLayout(row)
        return tab

    def _duplicates_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        self.duplicate_model = DuplicateModel(self, set_action=self._set_action)
        self.duplicate_model.actions_changed.connect(self._actions_changed)
        self.duplicate_view = table_view(tab, "duplicateTable", self.duplicate_model)
        self.duplicate_view.setItemDelegateForColumn(
            DuplicateModel.COL_ACTION, ComboDelegate(self.duplicate_view)
        )
        self.duplicate_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.duplicate_view.horizontalHeader()
        header.resizeSection(DuplicateModel.COL_ROW, 60)
        header.resizeSection(DuplicateModel.COL_NAME, 160)
        header.resizeSection(DuplicateModel.COL_MOBILE, 120)
        header.resizeSection(DuplicateModel.COL_EXISTING, 180)
        header.resizeSection(DuplicateModel.COL_REASON, 150)
        layout.addWidget(self.duplicate_view, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("For every match:"), tab))
        self.all_action = QComboBox(tab)
        self.all_action.setObjectName("allDuplicatesAction")
        for label, value in self.duplicate_model.action_choices():
            self.all_action.addItem(label, value)
        self.apply_all_button = QPushButton(self.tr("Apply to &all"), tab)
        self.apply_all_button.setObjectName("applyToAll")
        self.apply_all_button.clicked.connect(self.apply_to_all)
        row.addWidget(self.all_action)
        row.addWidget(self.apply_all_button)
        layout.addLayout(row)
        return tab

    def _options_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Options"), self)
        form = QFormLayout(box)
        self.default_action = QComboBox(box)
        self.default_action.setObjectName("defaultDuplicateAction")
        for label, value in (
            (self.tr("Skip the row"), importer.SKIP),
            (self.tr("Fill the customer's empty fields"), importer.FILL),
            (self.tr("Overwrite the customer's fields"), importer.OVERWRITE),
        ):
            self.default_action.addItem(label, value)
        self.default_action.currentIndexChanged.connect(lambda _i: self.plan())
        form.addRow(self.tr("A row matches an existing customer:"), self.default_action)

        self.group_check = QCheckBox(self.tr("Put all imported customers into the group"), box)
        self.group_check.setObjectName("importIntoGroup")
        self.group_combo = QComboBox(box)
        self.group_combo.setObjectName("importGroup")
        self.group_combo.setEditable(True)
        self.group_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.group_combo.setEnabled(False)
        self.group_combo.lineEdit().setPlaceholderText(self.tr("Choose a group or type a new name"))
        self.group_check.toggled.connect(self.group_combo.setEnabled)
        self.group_check.toggled.connect(lambda _on: self.completeChanged.emit())
        self.group_combo.currentTextChanged.connect(lambda _t: self.completeChanged.emit())
        form.addRow(self.group_check, self.group_combo)

        self.valid_radio = QRadioButton(self.tr("Import the valid rows"), box)
        self.valid_radio.setObjectName("importValidRows")
        self.nothing_radio = QRadioButton(self.tr("Import nothing if any row has an error"), box)
        self.nothing_radio.setObjectName("importAllOrNothing")
        self.valid_radio.setChecked(True)
        choice = QButtonGroup(self)
        choice.addButton(self.valid_radio)
        choice.addButton(self.nothing_radio)
        self.valid_radio.toggled.connect(lambda _on: self._show_counts())
        radios = QHBoxLayout()
        radios.addWidget(self.valid_radio)
        radios.addWidget(self.nothing_radio)
        radios.addStretch(1)
        form.addRow(self.tr("Rows with errors:"), radios)
        return box

    # --- planning ------------------------------------------------------------------------

    def initializePage(self) -> None:  # noqa: N802
        current = self.group_combo.currentText()
        self.group_combo.clear()
        self.group_combo.addItems([g.name for g in list_groups()])
        self.group_combo.setEditText(current)
        key = (id(self.state.table), tuple(self.state.mapping))
        if self.state.plan is None or key != self._planned_for:
            self.plan()

    def plan(self) -> None:
        table = self.state.table
        if table is None:
            return
        self.state.plan = None
        self._planned_for = (id(table), tuple(self.state.mapping))
        self.report_model.set_plan(None)
        self.duplicate_model.set_plan(None)
        self.summary.setText(self.tr("Checking the rows…"))
        self.panel.run(
            plan_rows,
            table,
            list(self.state.mapping),
            self.default_action.currentData(),
            text=self.tr("Checking…"),
            done=self._planned,
            failed=lambda error: show_status(self.summary, failure_text(self, error), error=True),
            cancelled=lambda: show_status(
                self.summary,
                self.tr("Checking cancelled. Go back, or change an option to check again."),
            ),
        )
        self.completeChanged.emit()

    def _planned(self, plan: importer.ImportPlan) -> None:
        self.state.plan = plan
        self.report_model.set_plan(plan)
        self.duplicate_model.set_plan(plan)
        self._open_editors()
        self._show_counts()

    def _open_editors(self) -> None:
        model = self.duplicate_model
        opened = 0
        for row in range(model.rowCount()):
            index = model.index(row, DuplicateModel.COL_ACTION)
            if model.is_merge(row) and opened < MAX_OPEN_EDITORS:
                self.duplicate_view.openPersistentEditor(index)
                opened += 1
            elif self.duplicate_view.isPersistentEditorOpen(index):
                self.duplicate_view.closePersistentEditor(index)

    def _set_action(self, row_number: int, action: str) -> None:
        if self.state.plan is not None:
            importer.set_action(self.state.plan, row_number, action)

    def _actions_changed(self) -> None:
        # A merge can add problems (the merged card breaks a rule): all is stale.
        self.report_model.set_plan(self.state.plan)
        self.duplicate_model.refresh_actions()
        self._open_editors()
        self._show_counts()

    def apply_to_all(self) -> None:
        plan = self.state.plan
        model = self.duplicate_model
        if plan is None:
            return
        rows = [model.planned_row(r).row_number for r in model.merge_rows()]
        if not rows:
            return
        self.duplicate_view.setEnabled(False)
        self.panel.run(
            apply_to_rows,
            plan,
            rows,
            self.all_action.currentData(),
            text=self.tr("Applying…"),
            done=lambda _count: self._applied(),
            failed=lambda error: self._applied(failure_text(self, error)),
            cancelled=lambda: self._applied(),
        )

    def _applied(self, problem: str = "") -> None:
        self.duplicate_view.setEnabled(True)
        self._actions_changed()
        if problem:
            show_status(self.summary, problem, error=True)

    def _show_counts(self) -> None:
        plan = self.state.plan
        if plan is None:
            self.completeChanged.emit()
            return
        counts = planned_counts(plan)
        parts = [
            self.tr("%Ln new", "", counts["create"]),
            self.tr("%Ln update(s)", "", counts["update"]),
            self.tr("%Ln duplicate(s) skipped", "", counts["skip"]),
            self.tr("%Ln row(s) with errors", "", counts["reject"]),
        ]
        warnings = sum(
            1
            for row in plan.rows
            if row.action in (importer.CREATE, importer.UPDATE)
            and any(p.severity == importer.WARNING for p in row.problems)
        )
        text = self.tr(", ").join(parts)
        if warnings:
            text += " " + self.tr("(%Ln row(s) with warnings are imported)", "", warnings)
        show_status(self.summary, text)
        problems = self.report_model.rowCount()
        self.tabs.setTabText(0, self.tr("Problems (%Ln)", "", problems))
        self.tabs.setTabText(1, self.tr("Duplicates (%Ln)", "", self.duplicate_model.rowCount()))
        self.save_report_button.setEnabled(problems > 0)
        if problems == 0 and self.duplicate_model.rowCount() > 0:
            self.tabs.setCurrentIndex(1)
        self.completeChanged.emit()

    def _busy(self, busy: bool) -> None:
        for widget in (self.default_action, self.save_report_button, self.apply_all_button):
            widget.setEnabled(not busy)
        if not busy:
            self.save_report_button.setEnabled(self.report_model.rowCount() > 0)

    # --- what stops the import -----------------------------------------------------------

    def blocking_reason(self) -> str:
        plan = self.state.plan
        if plan is None or self.panel.running:
            return ""
        counts = planned_counts(plan)
        if self.nothing_radio.isChecked() and counts["reject"]:
            return self.tr(
                "Rows have errors, so nothing would be imported: correct the file, "
                "or choose “Import the valid rows”."
            )
        if counts["create"] + counts["update"] == 0:
            return self.tr("There is nothing to import: every row is skipped or has errors.")
        if self.group_check.isChecked() and not self.group_combo.currentText().strip():
            return self.tr("Choose the group, or type the name of a new one.")
        return ""

    def isComplete(self) -> bool:  # noqa: N802
        reason = self.blocking_reason()
        self.blocker.setText(reason)
        return self.state.plan is not None and not self.panel.running and not reason

    def options(self) -> dict[str, Any]:
        group = self.group_combo.currentText().strip() if self.group_check.isChecked() else ""
        return {"all_or_nothing": self.nothing_radio.isChecked(), "group": group or None}

    # --- the report ----------------------------------------------------------------------

    def save_report(self) -> None:
        plan = self.state.plan
        if plan is None:
            return
        source = Path(self.state.path) if self.state.path else None
        folder = (
            str(source.parent)
            if source
            else QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        stem = source.stem if source else self.tr("Import")
        suggested = str(Path(folder) / self.tr("{name} - import report.csv").format(name=stem))
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), suggested, self.tr("CSV files (*.csv)")
        )
        if not path:
            return
        if Path(path).suffix.lower() != ".csv":
            path += ".csv"
        self.panel.run(
            save_bytes,
            path,
            lambda: importer.report_csv(plan, translate=translate_app, language=ui_language()),
            use_db=False,
            text=self.tr("Saving the report…"),
            done=lambda saved: show_status(
                self.report_status, self.tr("The report was saved to {path}").format(path=saved)
            ),
            failed=lambda error: show_status(
                self.report_status, failure_text(self, error), error=True
            ),
            cancelled=lambda: None,
        )


# --- 4. the import -----------------------------------------------------------------------


class ImportPage(QWizardPage):
    imported = Signal(object)  # the ImportResult

    def __init__(self, state: ImportState, check: CheckPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.check = check
        self.setObjectName("importPage")
        self.setTitle(self.tr("Import"))
        self.setSubTitle(
            self.tr("The customers are written in one go: Cancel leaves the database as it was.")
        )
        layout = QVBoxLayout(self)
        self.panel = TaskPanel(self)
        layout.addWidget(self.panel)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("importResult")
        self.result_label.setWordWrap(True)
        font = QFont(self.result_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.result_label.setFont(font)
        layout.addWidget(self.result_label)
        row = QHBoxLayout()
        self.retry_button = QPushButton(self.tr("&Try again"), self)
        self.retry_button.setObjectName("importRetry")
        self.retry_button.clicked.connect(self.start)
        self.retry_button.hide()
        row.addWidget(self.retry_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self._finished = False

    def initializePage(self) -> None:  # noqa: N802
        self.start()

    def start(self) -> None:
        plan, table = self.state.plan, self.state.table
        if plan is None or table is None:
            return
        self._finished = False
        self.retry_button.hide()
        self.result_label.setText(self.tr("Importing… Cancel leaves the database as it was."))
        self.panel.run(
            import_rows,
            plan,
            self.check.options(),
            list(table.headers),
            list(self.state.mapping),
            text=self.tr("Importing…"),
            done=self._done,
            failed=self._failed,
            cancelled=self._cancelled,
        )
        self.completeChanged.emit()

    def _end(self, text: str, *, error: bool = False, retry: bool = False) -> None:
        show_status(self.result_label, text, error=error)
        self.retry_button.setVisible(retry)
        self._finished = True
        self.completeChanged.emit()

    def _done(self, result: importer.ImportResult) -> None:
        self.state.result = result
        if not result.written:
            self._end(
                self.tr(
                    "Nothing was imported: %Ln row(s) have errors and you chose to import "
                    "nothing in that case.",
                    "",
                    result.rejected,
                ),
                error=True,
            )
            return
        text = self.tr("Done: %Ln customer(s) created", "", result.created)
        comma = self.tr(", ")
        text += comma + self.tr("%Ln updated", "", result.updated)
        text += comma + self.tr("%Ln skipped", "", result.skipped)
        text += comma + self.tr("%Ln row(s) not imported.", "", result.rejected)
        group = self.check.options()["group"]
        if group and result.group_id is not None:
            text += "\n" + self.tr("The imported customers are in the group “{group}”.").format(
                group=group
            )
        self._end(text)
        self.imported.emit(result)

    def _failed(self, error: Exception) -> None:
        self._end(failure_text(self, error), error=True, retry=True)

    def _cancelled(self) -> None:
        self._end(
            self.tr("Cancelled: the database is as it was; nothing was imported."), retry=True
        )

    def isComplete(self) -> bool:  # noqa: N802
        return self._finished and not self.panel.running


# --- the wizard ---------------------------------------------------------------------------


class ImportWizard(QWizard):
    """Import customers from a CSV, XLSX or vCard file. ``imported`` is
    emitted once the import has been written."""

    imported = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, path: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import customers"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(980, 720)
        self.state = ImportState()
        self.file_page = FilePage(self.state, self)
        self.mapping_page = MappingPage(self.state, self)
        self.check_page = CheckPage(self.state, self)
        self.import_page = ImportPage(self.state, self.check_page, self)
        for page in (self.file_page, self.mapping_page, self.check_page, self.import_page):
            self.addPage(page)
        self.import_page.imported.connect(self.imported)
        self.import_page.panel.busy_changed.connect(self._import_busy)
        self._close_when_idle = False
        if path:
            self.file_page.set_path(path)

    def _import_busy(self, busy: bool) -> None:
        if not busy and self._close_when_idle:
            self._close_when_idle = False
            super().reject()

    def reject(self) -> None:
        if self.import_page.panel.running:
            # The transaction must be rolled back before the window goes.
            self._close_when_idle = True
            self.import_page.panel.cancel()
            return
        for page in (self.file_page, self.check_page):
            page.panel.cancel()
        super().reject()
