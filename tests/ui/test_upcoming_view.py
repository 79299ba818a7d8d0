"""The upcoming birthdays and anniversaries dialog, driven as a user would,
on a fixed "today" (Thursday 24 September 2026; 中秋 is on the 25th)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app import greeting_settings
from app.customers import save_customer
from app.greeting_settings import GreetingSettings
from app.records import Birthday, ContactData, CustomerData
from ui.customer_card import CustomerCard
from ui.upcoming_model import (
    COL_AGE,
    COL_BIRTHDAY,
    COL_CARD,
    COL_DATE,
    COL_KIND,
    COL_MOBILE,
    COL_WHO,
    COL_ZODIAC,
    TODAY_BACKGROUND,
    UpcomingModel,
    ordinal_en,
)
from ui.upcoming_view import UpcomingDialog

TODAY = date(2026, 9, 24)


@pytest.fixture
def people(db_path) -> dict[str, int]:
    """Birthdays today, tomorrow (lunar 八月十五), in two days (a leap-month
    birthday, kept in the ordinary month in 2026), a founding anniversary in
    six days, a contact's birthday in eleven days, one in 2027 only."""

    def add(data: CustomerData) -> int:
        return save_customer(data, confirm=True).id

    return {
        "张三": add(
            CustomerData(name="张三", mobile="13800138000", birthday=Birthday("solar", 9, 24, 1990))
        ),
        "李四": add(CustomerData(name="李四", birthday=Birthday("lunar", 8, 15, 1988))),
        "王五": add(CustomerData(name="王五", birthday=Birthday("lunar", 8, 16, None, leap=True))),
        "明华": add(
            CustomerData(
                kind="corporate",
                name="上海明华贸易有限公司",
                founded_on=date(2014, 9, 30),
                contacts=[
                    ContactData(
                        name="赵敏", title="财务经理", birthday=Birthday("solar", 10, 5, 1985)
                    )
                ],
            )
        ),
        "钱七": add(CustomerData(name="钱七", birthday=Birthday("solar", 3, 1, 1970))),
    }


def open_dialog(qtbot, **kwargs) -> UpcomingDialog:
    dialog = UpcomingDialog(today=TODAY, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.is_loading, timeout=5000)
    return dialog


def column(dialog: UpcomingDialog, col: int) -> list[str]:
    model = dialog.model
    return [model.index(r, col).data() for r in range(model.rowCount())]


def row_of(dialog: UpcomingDialog, who: str) -> int:
    return column(dialog, COL_WHO).index(who)


def test_lists_the_days_ahead_with_today_highlighted(qtbot, people):
    dialog = open_dialog(qtbot, days=7)
    assert column(dialog, COL_WHO) == ["张三", "李四", "王五", "上海明华贸易有限公司"]
    dates = column(dialog, COL_DATE)
    assert dates[0].startswith("09-24") and ("today" in dates[0] or "今天" in dates[0])
    assert dates[1].startswith("09-25") and ("tomorrow" in dates[1] or "明天" in dates[1])
    assert dates[2].startswith("09-26") and "2" in dates[2].split("·")[1]
    assert dates[3].startswith("09-30")
    model = dialog.model
    assert model.today_rows() == [0]
    for col in range(model.columnCount()):
        assert model.index(0, col).data(Qt.ItemDataRole.FontRole).bold()
        assert model.index(0, col).data(Qt.ItemDataRole.BackgroundRole) == TODAY_BACKGROUND
        assert model.index(1, col).data(Qt.ItemDataRole.FontRole) is None
        assert model.index(1, col).data(Qt.ItemDataRole.BackgroundRole) is None
    zhang = row_of(dialog, "张三")
    assert model.index(zhang, COL_AGE).data() == "turns 36"
    assert model.index(zhang, COL_MOBILE).data() == "13800138000"
    assert model.index(zhang, COL_CARD).data().endswith(" 张三")
    assert model.index(zhang, COL_KIND).data() == "Birthday"
    company = row_of(dialog, "上海明华贸易有限公司")
    assert model.index(company, COL_KIND).data() == "Anniversary"
    assert model.index(company, COL_AGE).data() == "12th anniversary"
    assert "2014-09-30" in model.index(company, COL_BIRTHDAY).data()
    assert "4" in dialog.status_label.text() and "1" in dialog.status_label.text()
    assert dialog.range_label.text() == "2026-09-24 to 2026-09-30"


def test_lunar_birthdays_are_shown_as_entered(qtbot, people):
    dialog = open_dialog(qtbot, days=7)
    model = dialog.model
    li = row_of(dialog, "李四")
    assert model.index(li, COL_DATE).data().startswith("09-25")  # 中秋 2026
    assert "八月十五" in model.index(li, COL_BIRTHDAY).data()
    assert model.index(li, COL_AGE).data() == "turns 38"
    assert model.index(li, COL_ZODIAC).data() in ("Dragon", "龙")  # 1988, year of the dragon
    wang = row_of(dialog, "王五")
    # Born in a leap 8th month: 2026 has none, so the ordinary 八月十六.
    assert "闰八月十六" in model.index(wang, COL_BIRTHDAY).data()
    assert model.index(wang, COL_DATE).data().startswith("09-26")
    assert model.index(wang, COL_AGE).data() == ""  # year unknown
    assert model.index(wang, COL_ZODIAC).data() == ""


def test_days_ahead_default_from_the_settings_and_the_spin_changes_the_rows(qtbot, people):
    greeting_settings.save(GreetingSettings(upcoming_days=2))
    dialog = open_dialog(qtbot)
    assert dialog.days.value() == 2
    assert column(dialog, COL_WHO) == ["张三", "李四"]
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.days.setValue(14)
    assert column(dialog, COL_WHO) == ["张三", "李四", "王五", "上海明华贸易有限公司", "赵敏"]
    # A contact person's row names the company's card.
    zhao = row_of(dialog, "赵敏")
    assert dialog.model.index(zhao, COL_CARD).data().endswith(" 上海明华贸易有限公司")
    assert dialog.model.index(zhao, COL_DATE).data().startswith("10-05")
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.days.setValue(1)
    assert column(dialog, COL_WHO) == ["张三"]
    assert dialog.date_range() == (TODAY, TODAY)


def test_nothing_ahead_says_so(qtbot, people):
    dialog = UpcomingDialog(today=date(2026, 6, 1), days=3)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.is_loading, timeout=5000)
    assert dialog.model.rowCount() == 0
    assert dialog.status_label.text() in (
        "No birthdays or anniversaries in these days.",
        "这几天没有生日或纪念日。",
    )


def test_double_click_opens_the_customer_card(qtbot, window, people):
    dialog = window.show_upcoming(today=TODAY)
    qtbot.waitUntil(lambda: not dialog.is_loading and dialog.model.rowCount() == 4, timeout=5000)
    row = row_of(dialog, "李四")
    rect = dialog.table.visualRect(dialog.model.index(row, COL_WHO))
    # a real double-click starts with a press: the view checks it hit the same row
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.findChild(CustomerCard) is not None, timeout=3000)
    card = window.findChild(CustomerCard)
    assert card.isVisible() and card.name.text() == "李四"
    # Saving the card reloads the list (the birthday may have changed).
    card.birthday.set_value(Birthday("solar", 12, 1, 1988))
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        card.save()
    assert "李四" not in column(dialog, COL_WHO)
    card.done(QDialog.DialogCode.Accepted)


def test_enter_opens_the_current_row(qtbot, people):
    dialog = open_dialog(qtbot, days=7)
    assert not dialog.table.selectionModel().hasSelection()  # today's colour stays visible
    dialog.table.setFocus()
    with qtbot.waitSignal(dialog.customer_activated) as first:
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert first.args == [people["张三"]]
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    with qtbot.waitSignal(dialog.customer_activated) as second:
        qtbot.keyClick(dialog.table, Qt.Key.Key_Enter)
    assert second.args == [people["李四"]]


def test_menu_opens_one_list_and_raises_it_again(qtbot, window, people):
    first = window.show_upcoming(today=TODAY)
    qtbot.waitUntil(lambda: not first.is_loading, timeout=5000)
    again = window.show_upcoming(today=TODAY)
    assert again is first and first.isVisible()
    qtbot.waitUntil(lambda: not first.is_loading, timeout=5000)


def test_greeting_list_button_opens_the_greeting_window_for_the_days(qtbot, people, monkeypatch):
    greeting_window = pytest.importorskip("ui.greeting_window")
    calls = []
    monkeypatch.setattr(
        greeting_window,
        "open_greeting_window",
        lambda parent, **kwargs: calls.append((parent, kwargs)),
    )
    dialog = open_dialog(qtbot, days=7)
    dialog.greeting_button.click()
    assert calls == [
        (
            dialog,
            {"occasion": "birthday", "date_from": TODAY, "date_to": date(2026, 9, 30)},
        )
    ]


def test_model_passes_the_model_tester(qtbot, qtmodeltester, people):
    dialog = open_dialog(qtbot, days=14)
    assert dialog.model.rowCount() == 5
    qtmodeltester.check(dialog.model, force_py=True)
    qtmodeltester.check(UpcomingModel(), force_py=True)


def test_english_ordinals():
    assert [ordinal_en(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st", "111th",
    ]  # fmt: skip
