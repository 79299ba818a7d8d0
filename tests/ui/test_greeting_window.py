"""The greeting list window on a real database: holidays and birthday
ranges, filters, include/exclude, greeted people hidden and skipped, marks
set and taken back, the outputs with the question whether to mark, and the
choices remembered."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from app import greetings
from app.customers import save_customer
from app.greetings import GreetingRequest
from app.groups import add_members, create_group
from app.models import GreetingMark
from app.records import Birthday, ContactData, CustomerData
from tests.ui.dialogs import when_modal
from ui.greeting_list_model import COL_CUSTOMER, COL_INCLUDE, COL_PERSON, COL_SALUTATION
from ui.greeting_window import GreetingWindow, open_greeting_window
from ui.settings import Settings

TODAY = date(2026, 9, 14)  # a Monday; 中秋节 2026 is on 25 September
CHECK = Qt.ItemDataRole.CheckStateRole


@pytest.fixture
def people(db_path: Path) -> dict[str, int]:
    ids = {}
    ids["张三"] = save_customer(
        CustomerData(
            name="张三",
            gender="male",
            mobile="13800138000",
            address="浙江省杭州市文三路100号",
            postcode="310012",
            tier="key_account",
            salesperson="王强",
            birthday=Birthday("solar", 9, 16, 1980),
        ),
        confirm=True,
    ).id
    ids["李四"] = save_customer(
        CustomerData(name="李四", gender="female", tier="prospect", address="上海市南京路1号"),
        confirm=True,
    ).id
    ids["华强"] = save_customer(
        CustomerData(
            kind="corporate",
            name="深圳市华强电子有限公司",
            mobile="13700137000",
            address="深圳市福田区华强北路1号",
            postcode="518000",
            founded_on=date(2006, 9, 30),
            contacts=[
                ContactData(
                    name="王建国",
                    gender="male",
                    title="总经理",
                    roles=["decision_maker"],
                    mobile="13600136000",
                    birthday=Birthday("solar", 9, 22, 1975),
                ),
                ContactData(name="刘敏", gender="female", title="财务经理", roles=["finance"]),
            ],
        ),
        confirm=True,
    ).id
    ids["Smith"] = save_customer(
        CustomerData(
            name="John Smith",
            gender="male",
            language="en",
            mobile="13500135000",
            address="1 Bund Road, Shanghai",
        ),  # fmt: skip
        confirm=True,
    ).id
    group = create_group("春节问候")
    add_members(group.id, [ids["张三"], ids["华强"]])
    ids["group"] = group.id
    return ids


def wait_list(qtbot, window: GreetingWindow) -> None:
    qtbot.waitUntil(lambda: not window.is_listing(), timeout=10000)


def make(qtbot, parent: QWidget | None = None, **kwargs) -> GreetingWindow:
    window = GreetingWindow(parent, today=TODAY, **kwargs)
    if parent is None:
        qtbot.addWidget(window)
    window.show()
    wait_list(qtbot, window)
    return window


def shown(window: GreetingWindow, column: int = COL_PERSON) -> list[str]:
    model = window.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def salutations(window: GreetingWindow) -> dict[str, str]:
    return dict(zip(shown(window), shown(window, COL_SALUTATION), strict=True))


def row_of(window: GreetingWindow, name: str) -> int:
    return shown(window).index(name)


def choose(qtbot, window: GreetingWindow, occasion: str) -> None:
    window.occasion_combo.setCurrentIndex(window.occasion_combo.findData(occasion))
    wait_list(qtbot, window)


def test_next_holiday_lists_everyone_with_salutations(qtbot, people) -> None:
    window = make(qtbot)
    assert window.occasion() == "mid_autumn"
    assert window.year_spin.value() == 2026
    assert "(9/25)" in window.occasion_combo.currentText()
    assert not window.date_from.isEnabled() and window.year_spin.isEnabled()
    assert salutations(window) == {
        "张三": "张先生",
        "李四": "李女士",
        "王建国": "王总",  # the company's main contact
        "John Smith": "Mr. Smith",
    }
    assert window.count_label.text() == (
        "4 people, 4 included, 0 already greeted, 1 without mobile"
    )
    # All contacts of the company.
    window.contacts_combo.setCurrentIndex(window.contacts_combo.findData("all"))
    wait_list(qtbot, window)
    assert salutations(window)["刘敏"] == "刘经理"
    # Another holiday and year: the dates in the list follow.
    choose(qtbot, window, "spring_festival")
    assert window.year_spin.value() == 2027  # the next Spring Festival from today
    assert "(2/6)" in window.occasion_combo.currentText()
    assert shown(window, 7)[0].startswith("2027-02-06")


def test_birthdays_in_a_date_range(qtbot, people) -> None:
    window = make(qtbot)
    choose(qtbot, window, "birthday")
    assert window.date_from.isEnabled() and not window.year_spin.isEnabled()
    assert window.date_from.date() == QDate(2026, 9, 14)  # this week
    assert window.date_to.date() == QDate(2026, 9, 20)
    assert shown(window) == ["张三"]
    assert window.model.index(0, 8).data() == "46"
    window.date_to.setDate(QDate(2026, 9, 30))
    wait_list(qtbot, window)
    assert shown(window) == ["张三", "王建国"]  # by day
    window.date_to.setDate(QDate(2026, 9, 1))  # before the first day
    wait_list(qtbot, window)
    assert window.model.rowCount() == 0
    assert "before the first day" in window.status.text()
    # Founding anniversaries, addressed to the company's main contact.
    window.date_to.setDate(QDate(2026, 10, 5))
    choose(qtbot, window, "anniversary")
    assert shown(window) == ["王建国"]
    assert shown(window, COL_CUSTOMER) == ["深圳市华强电子有限公司"]


def test_filters_by_group_tier_and_salesperson(qtbot, people) -> None:
    window = make(qtbot)
    groups = {a.data(): a for a in window.groups_button.entries()}
    groups[people["group"]].setChecked(True)
    wait_list(qtbot, window)
    assert sorted(shown(window)) == ["张三", "王建国"]
    assert "春节问候" in window.groups_button.text()
    tiers = {a.data(): a for a in window.tiers_button.entries()}
    tiers["key_account"].setChecked(True)
    wait_list(qtbot, window)
    assert shown(window) == ["张三"]
    window.groups_button.set_checked(())
    tiers["prospect"].setChecked(True)
    wait_list(qtbot, window)
    assert sorted(shown(window)) == ["张三", "李四"]
    window.tiers_button.set_checked(())
    window.salespersons_button.set_checked(["王强"])
    wait_list(qtbot, window)
    assert shown(window) == ["张三"]


def test_excluding_a_row_and_select_all_or_none(qtbot, people) -> None:
    window = make(qtbot)
    at = row_of(window, "李四")
    window.model.setData(window.model.index(at, COL_INCLUDE), Qt.CheckState.Unchecked, CHECK)
    assert "3 included" in window.count_label.text()
    assert "without mobile" not in window.count_label.text()
    assert "李四" not in [r.person.name for r in window.model.included_rows()]
    window.select_none_action.trigger()
    assert "0 included" in window.count_label.text()
    assert not window.export_action.isEnabled()
    window.select_all_action.trigger()
    assert "4 included" in window.count_label.text()
    assert window.export_action.isEnabled()


def test_greeted_people_are_shown_unchecked_and_can_be_hidden(qtbot, people) -> None:
    rows = greetings.greeting_list(GreetingRequest("mid_autumn", 2026))
    greetings.mark_greeted([r for r in rows if r.person.name == "张三"], channel="sms")
    window = make(qtbot)
    assert window.show_greeted.isChecked()  # shown, and skipped, by default
    assert "1 already greeted" in window.count_label.text()
    window.show_greeted.setChecked(False)
    assert "张三" not in shown(window)
    window.show_greeted.setChecked(True)
    at = row_of(window, "张三")
    assert window.model.index(at, COL_INCLUDE).data(CHECK) == Qt.CheckState.Unchecked
    assert window.model.index(at, 9).data()  # the time greeted
    assert "张三" not in [r.person.name for r in window.model.included_rows()]
    # Greeted for 中秋节 2026 only: the next year's list has him again.
    window.year_spin.setValue(2027)
    wait_list(qtbot, window)
    at = row_of(window, "张三")
    assert window.model.index(at, COL_INCLUDE).data(CHECK) == Qt.CheckState.Checked


def test_mark_and_unmark_the_selected_rows(qtbot, people) -> None:
    window = make(qtbot)
    window.table.selectRow(row_of(window, "李四"))
    assert window.mark_action.isEnabled() and not window.unmark_action.isEnabled()
    window.mark_action.trigger()
    qtbot.waitUntil(
        lambda: bool(window.model.index(row_of(window, "李四"), 9).data()), timeout=10000
    )
    marks = list(GreetingMark.select())
    assert [(m.customer_id, m.occasion, m.year) for m in marks] == [
        (people["李四"], "mid_autumn", 2026)
    ]
    assert "marked as greeted" in window.status.text()
    window.show_greeted.setChecked(True)
    window.table.selectRow(row_of(window, "李四"))
    assert window.unmark_action.isEnabled() and not window.mark_action.isEnabled()
    window.unmark_action.trigger()
    qtbot.waitUntil(lambda: "taken back" in window.status.text(), timeout=10000)
    assert GreetingMark.select().count() == 0
    at = row_of(window, "李四")
    assert window.model.index(at, COL_INCLUDE).data(CHECK) == Qt.CheckState.Checked


def test_double_click_asks_for_the_customer_card(qtbot, people) -> None:
    window = make(qtbot)
    index = window.model.index(row_of(window, "王建国"), COL_CUSTOMER)
    with qtbot.waitSignal(window.open_customer) as opened:
        window.table.doubleClicked.emit(index)
    assert opened.args == [people["华强"]]


def test_opened_from_the_main_window_it_remembers_the_choices(
    qtbot, people, tmp_path: Path
) -> None:
    class Opener(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.settings = Settings(QSettings(str(tmp_path / "k.ini"), QSettings.Format.IniFormat))
            self.opened: list[int] = []

        def open_customer(self, customer_id: int) -> None:
            self.opened.append(customer_id)

    opener = Opener()
    qtbot.addWidget(opener)
    window = open_greeting_window(opener, today=TODAY)
    wait_list(qtbot, window)
    assert not window.isModal()
    choose(qtbot, window, "national_day")
    window.tiers_button.set_checked(["key_account"])
    window.show_greeted.setChecked(False)
    wait_list(qtbot, window)
    window.table.doubleClicked.emit(window.model.index(0, COL_CUSTOMER))
    assert opener.opened == [people["张三"]]
    window.close()
    again = make(qtbot, opener)
    assert again.occasion() == "national_day"
    assert again.tiers_button.checked() == ["key_account"]
    assert not again.show_greeted.isChecked()  # the admin's choice is kept
    assert shown(again) == ["张三"]
    again.close()
    # Asked for an occasion and range: that wins over the remembered one.
    third = make(qtbot, opener, occasion="birthday", date_from=date(2026, 9, 21))
    assert third.occasion() == "birthday"
    assert third.date_to.date() == QDate(2026, 9, 27)
    third.close()


# --- outputs (app.greeting_output) -------------------------------------------------------


def needs_greeting_output() -> None:
    pytest.importorskip("app.greeting_output")


def answer(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    def act(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox)
        seen.append(widget.text())
        widget.button(button).click()

    when_modal(act)


def test_export_xlsx_then_mark_the_people_as_greeted(
    qtbot, people, tmp_path: Path, monkeypatch
) -> None:
    needs_greeting_output()
    import openpyxl

    window = make(qtbot)
    at = row_of(window, "John Smith")
    window.model.setData(window.model.index(at, COL_INCLUDE), Qt.CheckState.Unchecked, CHECK)
    target = tmp_path / "中秋"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Excel workbook (*.xlsx)")
    )
    seen: list[str] = []
    answer(QMessageBox.StandardButton.Yes, seen)
    window.export_action.trigger()
    qtbot.waitUntil(lambda: GreetingMark.select().count() > 0, timeout=20000)
    written = tmp_path / "中秋.xlsx"
    sheet = openpyxl.load_workbook(written).active
    cells = [str(c.value or "") for r in sheet.iter_rows() for c in r]
    assert any("张先生" in c for c in cells) and any("王总" in c for c in cells)
    assert not any("Smith" in c for c in cells)  # excluded
    # 李四 has no mobile: left out of the SMS file, said so, and not marked.
    assert not any("李女士" in c for c in cells)
    assert "李四" in seen[0] and "Mark the 2 included people" in seen[0]
    assert "Mid-Autumn Festival 2026" in seen[0]
    marks = {(m.customer_id, m.channel) for m in GreetingMark.select()}
    assert marks == {(people["张三"], "sms"), (people["华强"], "sms")}
    qtbot.waitUntil(lambda: "marked as greeted" in window.status.text(), timeout=10000)
    # Still listed, greyed and no longer included; hidden on request.
    assert [r.person.name for r in window.model.included_rows()] == ["李四"]  # no mobile
    window.show_greeted.setChecked(False)
    assert sorted(shown(window)) == ["John Smith", "李四"]


def test_export_csv_gbk_and_declining_marks_nothing(
    qtbot, people, tmp_path: Path, monkeypatch
) -> None:
    needs_greeting_output()
    window = make(qtbot)
    target = tmp_path / "list.csv"
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *a, **k: (str(target), "CSV GBK for SMS platforms (*.csv)"),
    )
    seen: list[str] = []
    answer(QMessageBox.StandardButton.No, seen)
    window.export_action.trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=20000)
    text = target.read_bytes().decode("gbk")
    assert "张先生" in text and "13800138000" in text
    assert GreetingMark.select().count() == 0


def test_labels_preview_marks_once_printed_or_saved(
    qtbot, people, tmp_path: Path, monkeypatch
) -> None:
    needs_greeting_output()
    from pypdf import PdfReader

    from ui.pdf_preview import PdfPreviewDialog

    window = make(qtbot)

    def options(dialog: QWidget) -> None:
        dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("a4-3x7"))
        dialog.start_at.setValue(2)
        dialog.accept()

    when_modal(options)
    window.labels_action.trigger()
    previews = lambda: [  # noqa: E731
        w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreviewDialog)
    ]
    qtbot.waitUntil(lambda: bool(previews()), timeout=20000)
    preview = previews()[-1]
    assert GreetingMark.select().count() == 0
    target = tmp_path / "labels.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    seen: list[str] = []
    answer(QMessageBox.StandardButton.Yes, seen)
    preview.save_as()
    qtbot.waitUntil(lambda: GreetingMark.select().count() == 4, timeout=10000)
    assert {m.channel for m in GreetingMark.select()} == {"letter"}
    assert "王建国" in PdfReader(target).pages[0].extract_text()
    preview.close()


def test_nobody_with_a_mobile_is_said_not_raised(
    qtbot, people, tmp_path: Path, monkeypatch
) -> None:
    needs_greeting_output()
    window = make(qtbot)
    window.select_none_action.trigger()
    at = row_of(window, "李四")  # no mobile
    window.model.setData(window.model.index(at, COL_INCLUDE), Qt.CheckState.Checked, CHECK)
    target = tmp_path / "nobody.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    seen: list[str] = []
    answer(QMessageBox.StandardButton.Ok, seen)
    window.export_action.trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=20000)
    assert "color" in window.status.styleSheet() and window.status.text() == seen[0]
    assert "internal error" not in seen[0]
    assert not target.exists()
    assert GreetingMark.select().count() == 0


def test_edit_greeting_texts_opens_the_editor_for_the_occasion(qtbot, people) -> None:
    dialogs = pytest.importorskip("ui.greeting_template_dialog")
    window = make(qtbot)
    opened: list[QWidget] = []

    def close(widget: QWidget) -> None:
        opened.append(widget)
        widget.reject()

    when_modal(close)
    window.edit_texts_action.trigger()
    assert len(opened) == 1 and isinstance(opened[0], dialogs.GreetingTemplateDialog)
