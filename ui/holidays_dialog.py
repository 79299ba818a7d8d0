"""Holidays (节日): every holiday of a chosen year with its solar date, the
built-in ones and the business's own; custom holidays are added, changed and
deleted here. The rules live in ``app.holidays``."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from peewee import OperationalError
from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import holidays, lunar
from app.errors import KnownError, ValidationError
from app.holidays import LUNAR, SOLAR, Holiday
from app.lunar_names import lunar_day_name, lunar_month_name
from ui.customer_card import ERROR_STYLE, FieldRow
from ui.customer_summary import chinese_ui
from ui.i18n import error_text, issue_text

Index = QModelIndex | QPersistentModelIndex

COL_DATE, COL_NAME, COL_CALENDAR, COL_RULE, COL_LUNAR, COL_KIND = range(6)
COLUMN_COUNT = 6
HOLIDAY_ROLE = Qt.ItemDataRole.UserRole + 1  # the app.holidays.Holiday
# The lunar calendar's range, less the edges where a year is incomplete.
FIRST_YEAR, LAST_YEAR = lunar.FIRST_YEAR + 1, lunar.LAST_YEAR - 1


def _language() -> str:
    return "zh" if chinese_ui() else "en"


class HolidaysModel(QAbstractTableModel):
    """The holidays of one solar year with their days, in date order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Holiday, date]] = []
        self._headers = [
            self.tr("Date"),
            self.tr("Holiday"),
            self.tr("Calendar"),
            self.tr("When"),
            self.tr("Lunar date"),
            self.tr("Kind"),
        ]

    def set_rows(self, rows: Sequence[tuple[Holiday, date]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def holiday(self, row: int) -> Holiday | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def row_of(self, key: str) -> int | None:
        for row, (h, _on) in enumerate(self._rows):
            if h.key == key:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < COLUMN_COUNT
        ):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < COLUMN_COUNT:
            return None
        holiday, on = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(holiday, on, index.column())
        if role == HOLIDAY_ROLE:
            return holiday
        return None

    def _text(self, holiday: Holiday, on: date, column: int) -> str:
        if column == COL_DATE:
            weekday = QLocale().dayName(on.isoweekday(), QLocale.FormatType.ShortFormat)
            return f"{on.isoformat()} {weekday}"
        if column == COL_NAME:
            return holiday.name(_language())
        if column == COL_CALENDAR:
            return self.tr("Lunar") if holiday.calendar == LUNAR else self.tr("Solar")
        if column == COL_RULE:
            return holiday.describe_date(_language())
        if column == COL_LUNAR:
            try:
                day = lunar.from_solar(on)
            except lunar.OutOfRange:
                return ""
            return lunar_month_name(day.month, day.leap) + lunar_day_name(day.day)
        if column == COL_KIND:
            if not holiday.is_custom:
                return self.tr("Built-in")
            if holiday.year is None:
                return self.tr("Own, every year")
            return self.tr("Own, only in {year}").format(year=holiday.year)
        return ""


class CustomHolidayDialog(QDialog):
    """Add or change one of the business's own holidays. The dialog saves it;
    problems are shown under the fields and nothing typed is lost."""

    def __init__(
        self, holiday: Holiday | None = None, parent: QWidget | None = None, *, year: int = 0
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customHolidayDialog")
        self.setWindowTitle(self.tr("Change holiday") if holiday else self.tr("New holiday"))
        self._holiday = holiday
        self.saved: Holiday | None = None
        self._rows: dict[str, FieldRow] = {}
        form = QFormLayout()

        self.name = QLineEdit(holiday.name_zh if holiday else "")
        self.name.setObjectName("holidayName")
        self.name.setPlaceholderText(self.tr("e.g. 公司周年庆"))
        self.calendar = QComboBox()
        self.calendar.setObjectName("holidayCalendar")
        self.calendar.addItem(self.tr("Solar (公历)"), SOLAR)
        self.calendar.addItem(self.tr("Lunar (农历)"), LUNAR)
        self.month = QComboBox()
        self.month.setObjectName("holidayMonth")
        self.day = QComboBox()
        self.day.setObjectName("holidayDay")
        self.leap = QCheckBox(self.tr("In the leap month (闰月)"))
        self.leap.setObjectName("holidayLeap")
        self.leap.setToolTip(
            self.tr(
                "In a year without this leap month the holiday is kept in the "
                "ordinary month of the same number."
            )
        )
        self.every_year = QRadioButton(self.tr("Every year"))
        self.every_year.setObjectName("holidayEveryYear")
        self.one_year = QRadioButton(self.tr("Only in year"))
        self.one_year.setObjectName("holidayOneYear")
        self.year = QSpinBox()
        self.year.setObjectName("holidayYear")
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setToolTip(self.tr("For a lunar date, the lunar year"))
        recurrence = QButtonGroup(self)
        recurrence.addButton(self.every_year)
        recurrence.addButton(self.one_year)
        when = QWidget()
        when_layout = QHBoxLayout(when)
        when_layout.setContentsMargins(0, 0, 0, 0)
        when_layout.addWidget(self.every_year)
        when_layout.addWidget(self.one_year)
        when_layout.addWidget(self.year)
        when_layout.addStretch(1)

        for field, label, editor in (
            ("name", self.tr("Name *"), self.name),
            ("calendar", self.tr("Calendar"), self.calendar),
            ("month", self.tr("Month"), self.month),
            ("day", self.tr("Day"), self.day),
            ("leap", "", self.leap),
            ("year", self.tr("Repeats"), when),
        ):
            row = FieldRow(editor)
            self._rows[field] = row
            form.addRow(label, row)
        self.form = form

        self.message = QLabel()
        self.message.setObjectName("holidayMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        self.calendar.currentIndexChanged.connect(self._calendar_changed)
        self.one_year.toggled.connect(self.year.setEnabled)
        self.calendar.setCurrentIndex(
            max(self.calendar.findData(holiday.calendar if holiday else SOLAR), 0)
        )
        self._calendar_changed()
        if holiday is not None:
            self.month.setCurrentIndex(max(self.month.findData(holiday.month), 0))
            self.day.setCurrentIndex(max(self.day.findData(holiday.day), 0))
            self.leap.setChecked(holiday.leap)
        self.year.setValue(holiday.year if holiday and holiday.year else year or date.today().year)
        one_off = holiday is not None and holiday.year is not None
        self.one_year.setChecked(one_off)
        self.every_year.setChecked(not one_off)
        self.year.setEnabled(one_off)
        self.name.setFocus()

    def _calendar_changed(self) -> None:
        is_lunar = self.calendar.currentData() == LUNAR
        month, day = self.month.currentIndex(), self.day.currentIndex()
        names = is_lunar and chinese_ui()
        self.month.clear()
        self.day.clear()
        for m in range(1, 13):
            self.month.addItem(lunar_month_name(m) if names else str(m), m)
        for d in range(1, 31 if is_lunar else 32):
            self.day.addItem(lunar_day_name(d) if names else str(d), d)
        self.month.setCurrentIndex(max(month, 0))
        self.day.setCurrentIndex(min(max(day, 0), self.day.count() - 1))
        self.form.setRowVisible(self._rows["leap"], is_lunar)
        if not is_lunar:
            self.leap.setChecked(False)

    def value(self) -> dict[str, Any]:
        """The holiday as entered, as ``app.holidays.save_custom`` takes it."""
        return {
            "name": self.name.text(),
            "calendar": str(self.calendar.currentData()),
            "month": int(self.month.currentData()),
            "day": int(self.day.currentData()),
            "leap": self.leap.isChecked(),
            "year": self.year.value() if self.one_year.isChecked() else None,
        }

    def save(self) -> None:
        for row in self._rows.values():
            row.clear_issue()
        self.message.hide()
        values = self.value()
        try:
            self.saved = holidays.save_custom(
                values.pop("name"),
                values.pop("calendar"),
                values.pop("month"),
                values.pop("day"),
                custom_id=self._holiday.custom_id if self._holiday else None,
                **values,
            )
        except ValidationError as exc:
            general = []
            for issue in exc.issues:
                row = self._rows.get(issue.field)
                if row is None:
                    general.append(issue_text(issue))
                elif row.message.isHidden():
                    row.show_issue(issue_text(issue), warning=False)
            self._show_message("\n".join(general))
            return
        except LookupError:
            self._show_message(
                self.tr("This holiday was deleted meanwhile. Close and add it anew.")
            )
            return
        except KnownError as exc:
            self._show_message(error_text(exc))
            return
        except OperationalError as exc:
            self._show_message(
                self.tr(
                    "Not saved: the database could not be written ({reason}). "
                    "Try again in a moment."
                ).format(reason=str(exc))
            )
            return
        self.accept()

    def issue_of(self, field: str) -> str:
        """The message under *field* ("" when none)."""
        row = self._rows[field]
        return "" if row.message.isHidden() else row.message.text()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))


class HolidaysDialog(QDialog):
    """The holidays of a year; the business's own can be changed here."""

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("holidaysDialog")
        self.setWindowTitle(self.tr("Holidays"))
        self.resize(820, 560)
        self._today = today or date.today()

        self.year = QSpinBox(self)
        self.year.setObjectName("holidaysYear")
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue(min(max(self._today.year, FIRST_YEAR), LAST_YEAR))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year:"), self))
        top.addWidget(self.year)
        hint = QLabel(
            self.tr("Lunar holidays fall on a different day every year; here is each day in it."),
            self,
        )
        hint.setStyleSheet("color: #555;")
        top.addSpacing(12)
        top.addWidget(hint, 1)

        self.model = HolidaysModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("holidaysTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())

        self.add_button = QPushButton(self.tr("Add…"), self)
        self.add_button.setObjectName("addHoliday")
        self.edit_button = QPushButton(self.tr("Change…"), self)
        self.edit_button.setObjectName("editHoliday")
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.setObjectName("deleteHoliday")
        self.add_button.clicked.connect(self.add_holiday)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.message = QLabel(self)
        self.message.setObjectName("holidaysMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            bottom.addWidget(button)
        bottom.addStretch(1)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)

        self.year.valueChanged.connect(lambda _y: self.reload())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        """The holidays of the year chosen; *select*: a holiday key to select."""
        self.message.hide()
        try:
            self.model.set_rows(holidays.holidays_in(self.year.value()))
        except (KnownError, OperationalError) as exc:
            self.model.set_rows([])
            self._show_error(exc)
            return
        self.table.resizeColumnsToContents()
        row = self.model.row_of(select) if select else None
        if row is not None:
            self.table.selectRow(row)

    def selected(self) -> Holiday | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.holiday(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        holiday = self.selected()
        custom = holiday is not None and holiday.is_custom
        self.edit_button.setEnabled(custom)
        self.delete_button.setEnabled(custom)

    def _show_error(self, exc: Exception) -> None:
        text = (
            error_text(exc)
            if isinstance(exc, KnownError)
            else self.tr("The database could not be read or written ({reason}).").format(
                reason=str(exc)
            )
        )
        self.message.setText(text)
        self.message.show()

    def add_holiday(self) -> None:
        dialog = CustomHolidayDialog(None, self, year=self.year.value())
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self._show_saved(dialog.saved)

    def edit_selected(self) -> None:
        holiday = self.selected()
        if holiday is None or not holiday.is_custom:
            return
        dialog = CustomHolidayDialog(holiday, self, year=self.year.value())
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self._show_saved(dialog.saved)

    def _show_saved(self, holiday: Holiday) -> None:
        """Reload; a one-off holiday of another year takes the list to that year."""
        if (
            holiday.year is not None
            and not holidays.dates_in(holiday, self.year.value())
            and holidays.dates_in(holiday, holiday.year)
        ):
            self.year.blockSignals(True)
            self.year.setValue(holiday.year)
            self.year.blockSignals(False)
        self.reload(select=holiday.key)

    def delete_selected(self) -> None:
        holiday = self.selected()
        if holiday is None or holiday.custom_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete holiday"),
            self.tr(
                "Delete the holiday “{name}”? The record of who was greeted on it "
                "and its greeting texts are deleted with it. This cannot be undone."
            ).format(name=holiday.name(_language())),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            holidays.delete_custom(holiday.custom_id)
        except (KnownError, OperationalError) as exc:
            self._show_error(exc)
            return
        self.reload()
