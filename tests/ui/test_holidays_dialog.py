"""The holidays dialog: the days of a year's holidays, the business's own
holidays added, changed and deleted, problems shown under the fields."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from app import holidays
from app.customers import save_customer
from app.models import CustomHoliday, GreetingMark
from app.records import CustomerData
from tests.ui.dialogs import when_modal
from ui.holidays_dialog import (
    COL_CALENDAR,
    COL_DATE,
    COL_KIND,
    COL_LUNAR,
    COL_NAME,
    COL_RULE,
    CustomHolidayDialog,
    HolidaysDialog,
    HolidaysModel,
)

TODAY = date(2026, 9, 24)


def open_dialog(qtbot) -> HolidaysDialog:
    dialog = HolidaysDialog(today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def rows(dialog: HolidaysDialog) -> dict[str, list[str]]:
    model = dialog.model
    return {
        model.index(r, COL_NAME).data(): [
            model.index(r, c).data() for c in range(model.columnCount())
        ]
        for r in range(model.rowCount())
    }


def select(dialog: HolidaysDialog, name: str) -> None:
    names = [dialog.model.index(r, COL_NAME).data() for r in range(dialog.model.rowCount())]
    dialog.table.selectRow(names.index(name))


def holiday_dialog(qtbot, holiday=None) -> CustomHolidayDialog:
    dialog = CustomHolidayDialog(holiday, year=2026)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_holidays_of_this_year_with_their_days(qtbot, db_path):
    dialog = open_dialog(qtbot)
    assert dialog.year.value() == 2026
    shown = rows(dialog)
    assert len(shown) == len(holidays.BUILT_IN)
    mid_autumn = shown["Mid-Autumn Festival"] if "Mid-Autumn Festival" in shown else shown["中秋节"]
    assert mid_autumn[COL_DATE].startswith("2026-09-25")
    assert mid_autumn[COL_LUNAR] == "八月十五"
    assert "八月十五" in mid_autumn[COL_RULE]
    assert mid_autumn[COL_CALENDAR] in ("Lunar", "农历")
    assert mid_autumn[COL_KIND] in ("Built-in", "内置")
    eve = shown.get("Chinese New Year's Eve") or shown["除夕"]
    assert eve[COL_DATE].startswith("2026-02-16")  # 春节 2026 is on 17 February
    assert eve[COL_LUNAR] == "腊月廿九"  # the 12th month of 2025 has 29 days
    dates = [dialog.model.index(r, COL_DATE).data() for r in range(dialog.model.rowCount())]
    assert dates == sorted(dates)
    # Another year, other days.
    dialog.year.setValue(2027)
    shown = rows(dialog)
    mid_autumn = shown.get("Mid-Autumn Festival") or shown["中秋节"]
    assert mid_autumn[COL_DATE].startswith("2027-09-15")


def test_built_in_holidays_cannot_be_changed(qtbot, db_path):
    dialog = open_dialog(qtbot)
    dialog.table.selectRow(0)
    assert not dialog.edit_button.isEnabled()
    assert not dialog.delete_button.isEnabled()
    assert dialog.add_button.isEnabled()


def test_add_a_yearly_lunar_holiday(qtbot, db_path):
    dialog = open_dialog(qtbot)

    def fill(d: CustomHolidayDialog) -> None:
        d.name.setText("公司周年庆")
        d.calendar.setCurrentIndex(d.calendar.findData("lunar"))
        assert d.leap.isVisibleTo(d)
        d.month.setCurrentIndex(d.month.findData(3))
        d.day.setCurrentIndex(d.day.findData(8))
        d.every_year.setChecked(True)
        d.save()

    when_modal(fill)
    dialog.add_button.click()
    saved = holidays.find("公司周年庆")
    assert (saved.calendar, saved.month, saved.day, saved.leap, saved.year) == (
        "lunar",
        3,
        8,
        False,
        None,
    )
    shown = rows(dialog)["公司周年庆"]
    assert shown[COL_DATE].startswith(holidays.date_in(saved, 2026).isoformat())
    assert shown[COL_LUNAR] == "三月初八"
    assert shown[COL_KIND] in ("Own, every year", "自定义，每年")
    # The new holiday is selected and can be changed.
    assert dialog.selected() == saved
    assert dialog.edit_button.isEnabled() and dialog.delete_button.isEnabled()


def test_a_one_off_holiday_of_another_year_takes_the_list_there(qtbot, db_path):
    dialog = open_dialog(qtbot)

    def fill(d: CustomHolidayDialog) -> None:
        d.name.setText("新厂开业")
        d.month.setCurrentIndex(d.month.findData(6))
        d.day.setCurrentIndex(d.day.findData(18))
        d.one_year.setChecked(True)
        d.year.setValue(2028)
        d.save()

    when_modal(fill)
    dialog.add_button.click()
    assert dialog.year.value() == 2028
    shown = rows(dialog)["新厂开业"]
    assert shown[COL_DATE].startswith("2028-06-18")
    assert "2028" in shown[COL_KIND]
    dialog.year.setValue(2026)
    assert "新厂开业" not in rows(dialog)


def test_problems_are_shown_under_the_fields_and_typing_kept(qtbot, db_path):
    d = holiday_dialog(qtbot)
    d.name.setText("中秋节")  # a built-in holiday's name
    d.month.setCurrentIndex(d.month.findData(2))
    d.day.setCurrentIndex(d.day.findData(30))  # no 30 February
    d.save()
    assert d.result() != QDialog.DialogCode.Accepted and d.isVisible()
    assert d.issue_of("name") and "中秋节" in d.issue_of("name")
    assert d.issue_of("day")
    assert d.issue_of("month") == ""
    assert d.name.text() == "中秋节"
    assert CustomHoliday.select().count() == 0
    # A leap month the lunar year does not have (2026 has none).
    d.name.setText("闰月节")
    d.calendar.setCurrentIndex(d.calendar.findData("lunar"))
    d.month.setCurrentIndex(d.month.findData(6))
    d.day.setCurrentIndex(d.day.findData(1))
    d.leap.setChecked(True)
    d.one_year.setChecked(True)
    d.year.setValue(2026)
    d.save()
    assert d.issue_of("name") == "" and d.issue_of("day") == ""
    assert "2026" in d.issue_of("leap")
    # In 2025 (leap 6th month) it is fine.
    d.year.setValue(2025)
    d.save()
    assert d.result() == QDialog.DialogCode.Accepted
    assert d.saved is not None and d.saved.leap and d.saved.year == 2025


def test_a_taken_name_is_refused(qtbot, db_path):
    holidays.save_custom("开业纪念日", "solar", 3, 18)
    d = holiday_dialog(qtbot)
    d.name.setText("开业纪念日")
    d.save()
    assert d.issue_of("name")
    assert d.result() != QDialog.DialogCode.Accepted


def test_change_a_custom_holiday(qtbot, db_path):
    holidays.save_custom("开业纪念日", "solar", 3, 18)
    dialog = open_dialog(qtbot)
    select(dialog, "开业纪念日")

    def change(d: CustomHolidayDialog) -> None:
        assert d.name.text() == "开业纪念日"
        assert d.month.currentData() == 3 and d.day.currentData() == 18
        d.name.setText("建厂纪念日")
        d.day.setCurrentIndex(d.day.findData(20))
        d.save()

    when_modal(change)
    dialog.edit_button.click()
    shown = rows(dialog)
    assert "开业纪念日" not in shown
    assert shown["建厂纪念日"][COL_DATE].startswith("2026-03-20")
    assert CustomHoliday.select().count() == 1


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_delete_asks_first_and_removes_the_greeted_marks(qtbot, db_path, monkeypatch, answer):
    holiday = holidays.save_custom("开业纪念日", "solar", 3, 18)
    customer = save_customer(CustomerData(name="张三"), confirm=True)
    GreetingMark.create(occasion=holiday.key, year=2026, customer=customer.id)
    asked = []

    def question(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    dialog = open_dialog(qtbot)
    select(dialog, "开业纪念日")
    dialog.delete_button.click()
    assert len(asked) == 1 and "开业纪念日" in asked[0]
    assert "greeted" in asked[0] or "问候" in asked[0]
    deleted = answer == QMessageBox.StandardButton.Yes
    assert ("开业纪念日" in rows(dialog)) is not deleted
    assert CustomHoliday.select().count() == (0 if deleted else 1)
    assert GreetingMark.select().count() == (0 if deleted else 1)


def test_model_passes_the_model_tester(qtbot, qtmodeltester, db_path):
    holidays.save_custom("开业纪念日", "lunar", 11, 30)
    dialog = open_dialog(qtbot)
    assert dialog.model.rowCount() > len(holidays.BUILT_IN) - 1
    qtmodeltester.check(dialog.model, force_py=True)
    qtmodeltester.check(HolidaysModel(), force_py=True)
