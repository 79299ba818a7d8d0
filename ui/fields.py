"""Small input widgets of the card editor: choices, optional dates, birthdays."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QSpinBox,
    QWidget,
)

from app.lunar_names import lunar_day_name, lunar_month_name
from app.records import Birthday
from ui.customer_summary import chinese_ui
from ui.i18n import tr_app


class ChoiceCombo(QComboBox):
    """A combo box over one of app.choices' vocabularies; value() is the key."""

    def __init__(self, vocabulary: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for key, label in vocabulary.items():
            self.addItem(tr_app(label), key)

    def value(self) -> str:
        return str(self.currentData())

    def set_value(self, key: str) -> None:
        index = self.findData(key)
        self.setCurrentIndex(max(index, 0))


class OptionalDateEdit(QWidget):
    """A date that may be left empty: a check box enables the date editor."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.enabled_box = QCheckBox(self)
        self.editor = QDateEdit(self)
        self.editor.setCalendarPopup(True)
        self.editor.setDisplayFormat("yyyy-MM-dd")
        self.editor.setDate(QDate.currentDate())
        self.editor.setEnabled(False)
        layout.addWidget(self.enabled_box)
        layout.addWidget(self.editor, 1)
        self.enabled_box.toggled.connect(self.editor.setEnabled)
        self.enabled_box.toggled.connect(self.changed)
        self.editor.dateChanged.connect(self.changed)
        self.setFocusProxy(self.editor)

    def value(self) -> date | None:
        if not self.enabled_box.isChecked():
            return None
        return self.editor.date().toPython()

    def set_value(self, value: date | None) -> None:
        self.enabled_box.setChecked(value is not None)
        if value is not None:
            self.editor.setDate(QDate(value.year, value.month, value.day))


class BirthdayEdit(QWidget):
    """Birthday as entered: none, solar or lunar; year optional; leap month for lunar."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.calendar = QComboBox(self)
        self.calendar.addItem(self.tr("None"), "")
        self.calendar.addItem(self.tr("Solar"), "solar")
        self.calendar.addItem(self.tr("Lunar"), "lunar")
        self.year = QSpinBox(self)
        self.year.setRange(1899, 2200)
        self.year.setSpecialValueText(self.tr("Year unknown"))
        self.year.setValue(1899)
        self.year.setToolTip(self.tr("Leave at “Year unknown” if you do not know the year"))
        self.month = QComboBox(self)
        self.day = QComboBox(self)
        self.leap = QCheckBox(self.tr("Leap month"), self)
        for widget in (self.calendar, self.year, self.month, self.day, self.leap):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.calendar.currentIndexChanged.connect(self._calendar_changed)
        for signal in (
            self.year.valueChanged,
            self.month.currentIndexChanged,
            self.day.currentIndexChanged,
            self.leap.toggled,
        ):
            signal.connect(self.changed)
        self.calendar.currentIndexChanged.connect(self.changed)
        self.setFocusProxy(self.calendar)
        self._calendar_changed()

    def _fill_names(self, lunar: bool) -> None:
        month, day = self.month.currentIndex(), self.day.currentIndex()
        self.month.blockSignals(True)
        self.day.blockSignals(True)
        self.month.clear()
        self.day.clear()
        for m in range(1, 13):
            self.month.addItem(lunar_month_name(m) if lunar and chinese_ui() else str(m), m)
        for d in range(1, 31 if lunar else 32):
            self.day.addItem(lunar_day_name(d) if lunar and chinese_ui() else str(d), d)
        self.month.setCurrentIndex(max(month, 0))
        self.day.setCurrentIndex(min(max(day, 0), self.day.count() - 1))
        self.month.blockSignals(False)
        self.day.blockSignals(False)

    def _calendar_changed(self) -> None:
        kind = self.calendar.currentData()
        self._fill_names(kind == "lunar")
        for widget in (self.year, self.month, self.day):
            widget.setVisible(bool(kind))
        self.leap.setVisible(kind == "lunar")

    def value(self) -> Birthday | None:
        kind = self.calendar.currentData()
        if not kind:
            return None
        year = self.year.value()
        return Birthday(
            calendar=kind,
            month=int(self.month.currentData()),
            day=int(self.day.currentData()),
            year=None if year == self.year.minimum() else year,
            leap=kind == "lunar" and self.leap.isChecked(),
        )

    def set_value(self, birthday: Birthday | None) -> None:
        if birthday is None:
            self.calendar.setCurrentIndex(0)
            return
        self.calendar.setCurrentIndex(max(self.calendar.findData(birthday.calendar), 0))
        self.year.setValue(birthday.year if birthday.year is not None else self.year.minimum())
        self.month.setCurrentIndex(max(self.month.findData(birthday.month), 0))
        self.day.setCurrentIndex(max(self.day.findData(birthday.day), 0))
        self.leap.setChecked(birthday.leap)
