"""The greeting text editor: choose occasion, language and kind, insert
placeholders, watch the live preview and the SMS length, check (with the
cursor at the problem's line), save with the optimistic lock, reset."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from app.company import save_profile
from app.greeting_templates import CARD, SMS, SMS_DEFAULTS, load_template, save_template
from app.holidays import save_custom
from app.models import GreetingTemplate
from tests.ui.dialogs import when_modal
from ui.greeting_template_dialog import GreetingTemplateDialog

TODAY = date(2026, 6, 30)


def dialog_for(qtbot, **kw) -> GreetingTemplateDialog:
    dialog = GreetingTemplateDialog(today=TODAY, **kw)
    # Unsaved edits make Close ask: drop them first, so no question is left open.
    qtbot.addWidget(dialog, before_close_func=lambda d: d.load())
    dialog.show()
    return dialog


def press(button: QMessageBox.StandardButton):
    def answer(box) -> None:
        assert isinstance(box, QMessageBox)
        box.button(button).click()

    when_modal(answer)


def test_opens_on_the_occasion_and_switches(qtbot, db_path):
    dialog = dialog_for(qtbot, occasion="mid_autumn")
    assert dialog.windowTitle() == "Greeting texts"
    assert (dialog.occasion(), dialog.language(), dialog.kind()) == ("mid_autumn", "zh", SMS)
    assert dialog.body_edit.toPlainText() == SMS_DEFAULTS[("mid_autumn", "zh")]
    assert dialog.state_label.text() == "Built-in text"
    assert not dialog.title_edit.isVisible()  # an SMS has no title
    assert dialog.sms_counter.isVisible()
    dialog.select("mid_autumn", "zh", CARD)
    assert dialog.title_edit.isVisible() and dialog.title_edit.text() == "中秋快乐"
    assert not dialog.sms_counter.isVisible()
    assert not dialog.is_modified()
    names = [dialog.occasion_combo.itemText(i) for i in range(dialog.occasion_combo.count())]
    assert "Mid-Autumn Festival" in names and "Birthday" in names


def test_custom_holidays_can_have_their_texts(qtbot, db_path):
    holiday = save_custom("客户答谢日", "solar", 11, 18)
    dialog = dialog_for(qtbot, occasion=holiday.key)
    assert dialog.occasion() == holiday.key
    assert "值此客户答谢日之际" in dialog.preview_text()


def test_the_preview_and_the_sms_length_follow_the_text(qtbot, db_path):
    save_profile({"name": "恒达电子有限公司"})
    dialog = dialog_for(qtbot, occasion="mid_autumn")
    assert dialog.preview_text().startswith("尊敬的王总：月圆中秋")
    assert "43 characters, 1 SMS" in dialog.sms_counter.text()
    dialog.body_edit.setPlainText("{{ salutation }}：" + "祝" * 80)
    qtbot.waitUntil(lambda: "83 characters, 2 SMS" in dialog.sms_counter.text())
    assert dialog.preview_text() == "王总：" + "祝" * 80
    dialog.body_edit.setPlainText("{{ salutation }}：{{ totl }}")
    qtbot.waitUntil(lambda: dialog.preview_text().startswith("No preview: "))
    assert "unknown placeholder “totl”" in dialog.preview_text()
    dialog.load()  # drop the edits
    dialog.select("birthday", "en", CARD)
    preview = dialog.preview_text().splitlines()
    assert preview[0] == "Happy Birthday"
    assert preview[2] == "Dear Mr. Smith,"
    assert "Congratulations on turning 50!" in preview[3]
    assert preview[-2:] == ["恒达电子有限公司", "30 June 2026"]


def test_a_placeholder_goes_in_at_the_cursor(qtbot, db_path):
    dialog = dialog_for(qtbot, occasion="qixi")
    dialog.body_edit.setPlainText("祝：七夕快乐")
    cursor = dialog.body_edit.textCursor()
    cursor.setPosition(1)
    dialog.body_edit.setTextCursor(cursor)
    dialog.body_edit.setFocus()
    item = dialog.placeholder_list.findItems("{{ salutation }}", Qt.MatchFlag.MatchExactly)[0]
    dialog.placeholder_list.setCurrentItem(item)
    assert dialog.placeholder_help.text().startswith("How the person is addressed")
    dialog.placeholder_list.itemDoubleClicked.emit(item)
    assert dialog.body_edit.toPlainText() == "祝{{ salutation }}：七夕快乐"
    dialog.load()  # drop the edits
    dialog.select("qixi", "zh", CARD)
    dialog.title_edit.setFocus()
    dialog.title_edit.setCursorPosition(0)
    dialog.insert_placeholder("name")
    assert dialog.title_edit.text() == "{{ name }}七夕快乐"
    assert dialog.is_modified()


def test_check_shows_the_problem_and_goes_to_its_line(qtbot, db_path):
    dialog = dialog_for(qtbot, occasion="national_day")
    dialog.body_edit.setPlainText("{{ salutation }}：\n国庆快乐\n{{ compnay }}敬贺")
    assert not dialog.check()
    assert dialog.problem_texts() == ["Text: Line 3: unknown placeholder “compnay”"]
    assert dialog.body_edit.textCursor().blockNumber() == 2
    assert dialog.body_edit.textCursor().selectedText() == "{{ compnay }}敬贺"
    dialog.body_edit.setPlainText("{{ salutation }}：国庆快乐")
    assert dialog.check()
    assert not dialog.problems.isVisible()
    assert dialog.message.text() == "No problems found."


def test_save_stores_the_text_and_refuses_a_broken_one(qtbot, db_path):
    dialog = dialog_for(qtbot, occasion="spring_festival")
    dialog.select("spring_festival", "zh", CARD)
    dialog.title_edit.setText("")
    dialog.body_edit.setPlainText("一\n二\n{% for i in range(1000000) %}x{% endfor %}")
    assert not dialog.save()
    assert dialog.problem_texts() == ["Title: Required: please fill it in"]
    assert dialog.message.text() == "Not saved: correct the problems first."
    dialog.title_edit.setText("新春大吉")
    assert not dialog.save()  # found when run on the sample person
    assert dialog.problem_texts() == ["Text: Line 3: range() gives at most 1000 numbers"]
    assert dialog.body_edit.textCursor().blockNumber() == 2
    assert GreetingTemplate.select().count() == 0
    dialog.body_edit.setPlainText("　　恭祝{{ customer }}新春大吉！")
    assert dialog.save()
    stored = load_template("spring_festival", "zh", CARD)
    assert (stored.title, stored.version) == ("新春大吉", 1)
    assert dialog.state_label.text() == "Your own text"
    assert not dialog.is_modified()
    dialog.body_edit.setPlainText("　　恭祝新春大吉！")
    assert dialog.save()
    assert load_template("spring_festival", "zh", CARD).version == 2


def choose(button_name: str) -> None:
    """Press a button of the next conflict box (see ui/edit_conflict.py)."""
    when_modal(lambda box: box.findChild(QAbstractButton, button_name).click())


def test_a_text_changed_by_someone_else_is_not_overwritten(qtbot, db_path):
    dialog = dialog_for(qtbot, occasion="christmas")
    save_template("christmas", "zh", SMS, title="", body="别人的", expected_version=0)
    dialog.body_edit.setPlainText("我的")
    choose("conflictKeep")
    assert not dialog.save()
    assert "Someone else changed this template" in dialog.message.text()
    assert dialog.body_edit.toPlainText() == "我的"  # still there to copy
    assert load_template("christmas", "zh", SMS).body == "别人的"
    # Then: their version, or mine over it.
    choose("conflictReload")
    assert not dialog.save()
    assert dialog.body_edit.toPlainText() == "别人的" and not dialog.is_modified()
    dialog.body_edit.setPlainText("我的")
    save_template("christmas", "zh", SMS, title="", body="又改了", expected_version=1)
    choose("conflictOverwrite")
    assert dialog.save()
    assert load_template("christmas", "zh", SMS).body == "我的"


def test_reset_to_default(qtbot, db_path):
    save_template("lantern", "en", SMS, title="", body="Mine", expected_version=0)
    dialog = dialog_for(qtbot, occasion="lantern")
    dialog.select("lantern", "en", SMS)
    assert dialog.body_edit.toPlainText() == "Mine"
    press(QMessageBox.StandardButton.Cancel)
    dialog.reset()
    assert GreetingTemplate.select().count() == 1
    press(QMessageBox.StandardButton.Yes)
    dialog.reset()
    assert GreetingTemplate.select().count() == 0
    assert dialog.body_edit.toPlainText() == SMS_DEFAULTS[("lantern", "en")]
    assert dialog.state_label.text() == "Built-in text"


def test_switching_and_closing_ask_before_dropping_changes(qtbot, db_path):
    dialog = dialog_for(qtbot, occasion="new_year")
    dialog.body_edit.setPlainText("改过")
    press(QMessageBox.StandardButton.Cancel)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(CARD))
    assert (dialog.kind(), dialog.body_edit.toPlainText()) == (SMS, "改过")
    press(QMessageBox.StandardButton.Cancel)
    dialog.close_button.click()
    assert dialog.isVisible()
    press(QMessageBox.StandardButton.Discard)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(CARD))
    assert (dialog.kind(), dialog.title_edit.text()) == (CARD, "元旦快乐")
    dialog.close_button.click()  # nothing changed since: closes without asking
    assert not dialog.isVisible()
