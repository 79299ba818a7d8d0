"""Table models of the import wizard: the column mapping, the preview of the
first rows, the row-by-row report and the duplicate proposals.

All are ``QAbstractTableModel`` over plain lists (a report can have 100,000
rows); texts are translated when a cell is shown, not when the list is built."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app import customer_rules, importer
from app.customer_columns import (
    BY_KEY,
    COLUMNS,
    WARNINGS,
    Column,
    apply_value,
    blank_card,
    export_row,
    finish_card,
    format_text,
    key_of,
)
from app.errors import FieldIssue
from ui.i18n import issue_text, tr_app

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
#: A list of (label, value) the combo delegate offers for a cell.
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 10

ERROR_BRUSH = QBrush(QColor("#fde2e1"))
WARNING_BRUSH = QBrush(QColor("#fff4d6"))
ERROR_TEXT = QBrush(QColor("#a32020"))

#: How many rows the mapping page previews.
PREVIEW_ROWS = 20
#: How many sample values the mapping table shows per column.
SAMPLES = 3


def ui_language() -> str:
    """ "zh" when the UI runs in Chinese, else "en" (follows install_translators)."""
    return "zh" if QLocale().language() == QLocale.Language.Chinese else "en"


def column_label(column: Column, language: str | None = None) -> str:
    return column.zh if (language or ui_language()) == "zh" else column.en


def field_label(key: str, language: str | None = None) -> str:
    column = BY_KEY.get(key)
    return column_label(column, language) if column is not None else key


def translate_app(text: str) -> str:
    """A domain text without placeholders (a reason, a message) translated."""
    return QCoreApplication.translate("app", text)


def problem_text(problem: importer.RowProblem) -> str:
    # The reason inside "Repeats row {row} ({reason})" is a domain text too.
    params = dict(problem.params)
    if isinstance(params.get("reason"), str):
        params["reason"] = translate_app(params["reason"])
    return tr_app(problem.problem, **params)


def cell_text(value: object) -> str:
    """A file cell as text: None is empty; XLSX dates and numbers as written."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class ComboDelegate(QStyledItemDelegate):
    """Edits a cell with a combo of the (label, value) pairs the model gives
    in ``CHOICES_ROLE``; the value is written back with ``EditRole``."""

    def createEditor(  # noqa: N802
        self, parent: QWidget, _option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("cellCombo")
        for label, value in index.data(CHOICES_ROLE) or []:
            combo.addItem(label, value)
        combo.setMaxVisibleItems(20)
        # A persistent editor commits at once: the user expects the choice to count.
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(EDIT))
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), EDIT)


# --- the mapping ---------------------------------------------------------------------


class MappingModel(QAbstractTableModel):
    """One row per file column: its header, the field it goes into, samples."""

    COL_HEADER, COL_TARGET, COL_SAMPLES = range(3)
    mapping_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._samples: list[str] = []
        self._mapping: list[str | None] = []
        self._choices: list[tuple[str, str | None]] = []

    def set_columns(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[object]],
        mapping: Sequence[str | None],
    ) -> None:
        self.beginResetModel()
        self._headers = list(headers)
        self._mapping = list(mapping) + [None] * (len(headers) - len(mapping))
        self._samples = [self._samples_of(i, rows) for i in range(len(headers))]
        language = ui_language()
        self._choices = [(self.tr("(ignore)"), None)] + [
            (column_label(c, language), c.key) for c in COLUMNS
        ]
        self.endResetModel()

    @staticmethod
    def _samples_of(column: int, rows: Sequence[Sequence[object]]) -> str:
        found: list[str] = []
        for row in rows[:200]:
            text = cell_text(row[column]).strip() if column < len(row) else ""
            if text and text not in found:
                found.append(text if len(text) <= 40 else text[:39] + "…")
                if len(found) == SAMPLES:
                    break
        return " · ".join(found)

    def mapping(self) -> list[str | None]:
        return list(self._mapping)

    def set_mapping(self, mapping: Sequence[str | None]) -> None:
        self._mapping = list(mapping) + [None] * (len(self._headers) - len(mapping))
        self._changed_all()
        self.mapping_changed.emit()

    def set_target(self, row: int, key: str | None) -> None:
        self.setData(self.index(row, self.COL_TARGET), key, EDIT)

    def _changed_all(self) -> None:
        if self._headers:
            self.dataChanged.emit(
                self.index(0, self.COL_TARGET), self.index(len(self._headers) - 1, self.COL_TARGET)
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY
    ) -> Any:
        if role != DISPLAY:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return [self.tr("Column in the file"), self.tr("Imports into"), self.tr("Sample values")][
            section
        ]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.COL_TARGET:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._headers):
            return None
        row, column = index.row(), index.column()
        key = self._mapping[row]
        if column == self.COL_HEADER:
            if role in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
                return self._headers[row] or self.tr("(no header)")
        elif column == self.COL_TARGET:
            if role == DISPLAY:
                return field_label(key) if key else self.tr("(ignore)")
            if role == EDIT:
                return key
            if role == CHOICES_ROLE:
                return self._choices
            if role == Qt.ItemDataRole.ForegroundRole and key is None:
                return QBrush(QColor("#888888"))
        elif column == self.COL_SAMPLES and role in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
            return self._samples[row]
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:  # noqa: N802
        if (
            role != EDIT
            or not index.isValid()
            or index.column() != self.COL_TARGET
            or (value is not None and value not in BY_KEY)
        ):
            return False
        if self._mapping[index.row()] == value:
            return True
        self._mapping[index.row()] = value
        self.dataChanged.emit(index, index)
        self.mapping_changed.emit()
        return True


# --- the preview ---------------------------------------------------------------------


class PreviewModel(QAbstractTableModel):
    """The first rows as they would be imported: each mapped cell parsed by
    the importer's own rules (``apply_value``) and shown in its text form; a
    cell that cannot be read is red with the reason as its tooltip."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._keys: list[str] = []
        self._rows: list[tuple[int, dict[str, str], dict[str, list[tuple[FieldIssue, bool]]]]] = []

    def set_rows(
        self,
        rows: Sequence[Sequence[object]],
        row_numbers: Sequence[int],
        mapping: Sequence[str | None],
    ) -> None:
        order = {c.key: i for i, c in enumerate(COLUMNS)}
        # The kind is shown also when the file does not say it: Kehu infers it.
        used = sorted({k for k in mapping if k in order} | {"kind"}, key=order.__getitem__)
        language = ui_language()
        parsed = []
        for source, number in zip(rows[:PREVIEW_ROWS], row_numbers, strict=False):
            parsed.append((number, *self._parse(source, mapping, used, language)))
        self.beginResetModel()
        self._keys = used
        self._rows = parsed
        self.endResetModel()

    @staticmethod
    def _parse(
        source: Sequence[object], mapping: Sequence[str | None], used: list[str], language: str
    ) -> tuple[dict[str, str], dict[str, list[tuple[FieldIssue, bool]]]]:
        """The row read and checked as the importer does: the cells, then the
        card editor's rules. Problems by column key: (issue, is an error)."""
        card = blank_card()
        group_names: list[str] = []
        read: list[FieldIssue] = []
        for position, key in enumerate(mapping):
            if key is not None and position < len(source):
                apply_value(card, group_names, key, source[position], read)
        cleaned, issues = customer_rules.clean(finish_card(card))
        values = export_row(cleaned, group_names, full_id=True, language=language)
        texts = {k: format_text(BY_KEY[k], values.get(k), language=language) for k in used}
        problems: dict[str, list[tuple[FieldIssue, bool]]] = {}
        found = [(i, i.template not in WARNINGS) for i in read]
        found += [(i, True) for i in issues.errors] + [(i, False) for i in issues.warnings]
        for issue, error in found:
            key = key_of(issue.field) or issue.field
            problems.setdefault(key, []).append((issue, error))
        return texts, problems

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 1 + len(self._keys)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY
    ) -> Any:
        if role != DISPLAY or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return self.tr("Row")
        return field_label(self._keys[section - 1])

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        number, texts, problems = self._rows[index.row()]
        if index.column() == 0:
            return str(number) if role == DISPLAY else None
        key = self._keys[index.column() - 1]
        issues = problems.get(key)
        if role == DISPLAY:
            return texts.get(key, "")
        if issues and role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(issue_text(i) for i, _error in issues)
        if issues and role == Qt.ItemDataRole.BackgroundRole:
            return ERROR_BRUSH if any(error for _i, error in issues) else WARNING_BRUSH
        return None


# --- the report ----------------------------------------------------------------------


class ReportModel(QAbstractTableModel):
    """The row-by-row report: row number, column, value, problem, severity."""

    COL_ROW, COL_COLUMN, COL_VALUE, COL_PROBLEM, COL_SEVERITY = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._problems: list[importer.RowProblem] = []

    def set_plan(self, plan: importer.ImportPlan | None) -> None:
        problems = [p for row in plan.rows for p in row.problems] if plan is not None else []
        # Errors first: they decide what is imported; then in file order.
        problems.sort(key=lambda p: (p.severity != "error", p.row_number))
        self.beginResetModel()
        self._problems = problems
        self.endResetModel()

    def problem(self, row: int) -> importer.RowProblem:
        return self._problems[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 5

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY
    ) -> Any:
        if role != DISPLAY or orientation != Qt.Orientation.Horizontal:
            return None
        return [
            self.tr("Row"),
            self.tr("Column"),
            self.tr("Value"),
            self.tr("Problem"),
            self.tr("Severity"),
        ][section]

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._problems):
            return None
        problem = self._problems[index.row()]
        column = index.column()
        error = problem.severity == "error"
        if role == DISPLAY:
            if column == self.COL_ROW:
                return str(problem.row_number)
            if column == self.COL_COLUMN:
                return problem.column  # the file's own header
            if column == self.COL_VALUE:
                return problem.value
            if column == self.COL_PROBLEM:
                return problem_text(problem)
            return self.tr("Error") if error else self.tr("Warning")
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.COL_VALUE, self.COL_PROBLEM):
            return self.data(index, DISPLAY)
        if role == Qt.ItemDataRole.ForegroundRole and error and column == self.COL_SEVERITY:
            return ERROR_TEXT
        if role == Qt.ItemDataRole.BackgroundRole:
            return ERROR_BRUSH if error else WARNING_BRUSH
        return None


# --- the duplicates --------------------------------------------------------------------


class DuplicateModel(QAbstractTableModel):
    """The rows that match an existing customer (a merge proposal each, whose
    action the user can change) or repeat an earlier row of the file."""

    COL_ROW, COL_NAME, COL_MOBILE, COL_EXISTING, COL_REASON, COL_ACTION = range(6)
    actions_changed = Signal()

    def __init__(
        self, parent: Any = None, *, set_action: Callable[[int, str], None] | None = None
    ) -> None:
        super().__init__(parent)
        self._rows: list[importer.PlannedRow] = []
        self._set_action = set_action
        self._choices: list[tuple[str, str]] = []

    def action_choices(self) -> list[tuple[str, str]]:
        return [
            (self.tr("Skip"), importer.SKIP),
            (self.tr("Fill empty fields"), importer.FILL),
            (self.tr("Overwrite"), importer.OVERWRITE),
        ]

    def set_plan(self, plan: importer.ImportPlan | None) -> None:
        self.beginResetModel()
        self._choices = self.action_choices()
        self._rows = (
            [r for r in plan.rows if r.duplicate_of is not None or r.duplicate_in_file is not None]
            if plan is not None
            else []
        )
        self.endResetModel()

    def planned_row(self, row: int) -> importer.PlannedRow:
        return self._rows[row]

    def is_merge(self, row: int) -> bool:
        """A match with an existing customer whose action can be chosen (not a
        row repeating an earlier one of the file, not a rejected row)."""
        planned = self._rows[row]
        return (
            planned.duplicate_of is not None
            and planned.duplicate_in_file is None
            and (planned.action in (importer.SKIP, importer.UPDATE) or self.merge_failed(planned))
        )

    @staticmethod
    def merge_failed(planned: importer.PlannedRow) -> bool:
        """A row rejected only because the merged card breaks a rule (old data on
        the stored card): another choice (skip, the other merge) is still open."""
        return (
            planned.action == importer.REJECT
            and planned.own_problems is not None
            and not any(p.severity == importer.ERROR for p in planned.own_problems)
        )

    def merge_rows(self) -> list[int]:
        return [i for i in range(len(self._rows)) if self.is_merge(i)]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 6

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY
    ) -> Any:
        if role != DISPLAY or orientation != Qt.Orientation.Horizontal:
            return None
        return [
            self.tr("Row"),
            self.tr("Name in the file"),
            self.tr("Mobile in the file"),
            self.tr("Existing customer"),
            self.tr("Why"),
            self.tr("Action"),
        ][section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.COL_ACTION and self.is_merge(index.row()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    @staticmethod
    def merge_action(planned: importer.PlannedRow) -> str:
        """SKIP, FILL or OVERWRITE: what the plan does (or tried) with a matching row."""
        if planned.action == importer.UPDATE or DuplicateModel.merge_failed(planned):
            return planned.merge
        return importer.SKIP

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        planned = self._rows[index.row()]
        match = planned.duplicate_of
        column = index.column()
        if column == self.COL_ACTION:
            if not self.is_merge(index.row()):
                if role == DISPLAY:
                    if planned.action == importer.REJECT:
                        return self.tr("Not imported (see Problems)")
                    return self.tr("Skipped")
                return None
            action = self.merge_action(planned)
            if role == DISPLAY:
                label = dict((v, label) for label, v in self._choices).get(action, action)
                if self.merge_failed(planned):
                    return self.tr("{action}: not possible (see Problems)").format(action=label)
                return label
            if role == Qt.ItemDataRole.ForegroundRole and self.merge_failed(planned):
                return QBrush(QColor("#b00020"))
            if role == EDIT:
                return action
            if role == CHOICES_ROLE:
                return self._choices
            return None
        if role not in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == self.COL_ROW:
            return str(planned.row_number)
        if column == self.COL_NAME:
            return planned.card.name
        if column == self.COL_MOBILE:
            return planned.card.mobile
        if column == self.COL_EXISTING:
            if match is not None:
                return f"{match.number} {match.name}".strip()
            return self.tr("Row {row} of this file").format(row=planned.duplicate_in_file)
        if column == self.COL_REASON:
            if planned.duplicate_in_file is not None:
                return self.tr("Repeats row {row} of the file").format(
                    row=planned.duplicate_in_file
                )
            return translate_app(match.reason) if match is not None else ""
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:  # noqa: N802
        if role != EDIT or not index.isValid() or index.column() != self.COL_ACTION:
            return False
        if not self.is_merge(index.row()) or value not in (
            importer.SKIP,
            importer.FILL,
            importer.OVERWRITE,
        ):
            return False
        if self._set_action is not None:
            self._set_action(self._rows[index.row()].row_number, value)
        self.dataChanged.emit(index, index)
        self.actions_changed.emit()
        return True

    def refresh_actions(self) -> None:
        """After the plan's actions changed outside the model."""
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.COL_ACTION)
            )
