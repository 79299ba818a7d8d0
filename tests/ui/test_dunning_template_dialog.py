"""The dunning template editor: choose a level and language, insert
placeholders, check (with the cursor at the problem's line), save with the
optimistic lock, reset, and preview a sample letter."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from app.dunning_templates import DEFAULTS, load_template, save_template
from app.models import DunningTemplate
from tests.ui.dialogs import when_modal
from ui.dunning_template_dialog import DunningTemplateDialog


def dialog_for(qtbot, **kw) -> DunningTemplateDialog:
    dialog = DunningTemplateDialog(**kw)
    # Unsaved edits make Close ask: drop them first, so no question is left open.
    qtbot.addWidget(dialog, before_close_func=lambda d: d.load())
    dialog.show()
    return dialog


def press(button: QMessageBox.StandardButton):
    def answer(box) -> None:
        assert isinstance(box, QMessageBox)
        box.button(button).click()

    when_modal(answer)


def test_opens_on_the_built_in_text_and_switches(qtbot, db_path):
    dialog = dialog_for(qtbot)
    assert (dialog.level(), dialog.language()) == (1, "zh")
    assert dialog.subject_edit.text() == "付款提醒函"
    assert dialog.body_edit.toPlainText() == DEFAULTS[(1, "zh")][1]
    assert dialog.state_label.text() == "Built-in text"
    dialog.select(3, "en")
    assert dialog.subject_edit.text() == "Final demand before legal action"
    assert not dialog.is_modified()


def test_a_placeholder_goes_in_at_the_cursor(qtbot, db_path):
    dialog = dialog_for(qtbot)
    dialog.body_edit.setPlainText("尊敬的：欠款")
    cursor = dialog.body_edit.textCursor()
    cursor.setPosition(3)
    dialog.body_edit.setTextCursor(cursor)
    dialog.body_edit.setFocus()
    item = dialog.placeholder_list.findItems("{{ customer }}", Qt.MatchFlag.MatchExactly)[0]
    dialog.placeholder_list.setCurrentItem(item)
    assert dialog.placeholder_help.text() == "The customer's name"
    dialog.placeholder_list.itemDoubleClicked.emit(item)
    assert dialog.body_edit.toPlainText() == "尊敬的{{ customer }}：欠款"
    # Into the subject once the subject was being edited.
    dialog.subject_edit.setFocus()
    dialog.subject_edit.setCursorPosition(0)
    dialog.insert_placeholder("level")
    assert dialog.subject_edit.text() == "{{ level }}付款提醒函"
    assert dialog.is_modified()


def test_check_shows_the_problem_and_goes_to_its_line(qtbot, db_path):
    dialog = dialog_for(qtbot)
    dialog.body_edit.setPlainText("{{ salutation }}：\n\n　　合计{{ totl }}元。\n此致")
    assert not dialog.check()
    assert dialog.problem_texts() == ["Body: Line 3: unknown placeholder “totl”"]
    assert dialog.problems.isVisible()
    assert dialog.body_edit.textCursor().blockNumber() == 2
    assert dialog.body_edit.textCursor().selectedText() == "　　合计{{ totl }}元。"
    dialog.body_edit.setPlainText("{{ customer.__class__.__mro__ }}")
    assert not dialog.check()
    assert "cannot reach into the program" in dialog.problem_texts()[0]
    dialog.body_edit.setPlainText("{{ customer }}")
    assert dialog.check()
    assert not dialog.problems.isVisible()
    assert dialog.message.text() == "No problems found."


def test_save_stores_the_text_and_refuses_a_broken_one(qtbot, db_path):
    dialog = dialog_for(qtbot)
    dialog.select(2, "zh")
    dialog.subject_edit.setText("催款通知书")
    dialog.body_edit.setPlainText("{{ salutation }}：\n请于{{ deadline }}前付款。\n{{ invoices }}")
    assert dialog.save()
    stored = load_template(2, "zh")
    assert (stored.subject, stored.version) == ("催款通知书", 1)
    assert dialog.state_label.text() == "Your own text"
    assert not dialog.is_modified()
    dialog.body_edit.setPlainText("一\n二\n{% for i in range(1000000) %}x{% endfor %}")
    assert not dialog.save()
    assert dialog.problem_texts() == ["Body: Line 3: range() gives at most 1000 numbers"]
    assert dialog.body_edit.textCursor().blockNumber() == 2
    assert load_template(2, "zh").body.startswith("{{ salutation }}")
    # A second save goes on from the new version.
    dialog.body_edit.setPlainText("{{ customer }}")
    assert dialog.save()
    assert load_template(2, "zh").version == 2


def choose(button_name: str) -> None:
    """Press a button of the next conflict box (see ui/edit_conflict.py)."""
    when_modal(lambda box: box.findChild(QAbstractButton, button_name).click())


def test_a_template_changed_by_someone_else_is_not_overwritten(qtbot, db_path):
    dialog = dialog_for(qtbot)
    save_template(1, "zh", subject="别人的", body="别人的正文", expected_version=0)
    dialog.body_edit.setPlainText("我的正文")
    choose("conflictKeep")
    assert not dialog.save()
    assert "Someone else changed this template" in dialog.message.text()
    assert dialog.message.isVisible()
    assert dialog.body_edit.toPlainText() == "我的正文"  # still there to copy
    assert load_template(1, "zh").body == "别人的正文"
    # Then: mine over theirs.
    choose("conflictOverwrite")
    assert dialog.save()
    assert load_template(1, "zh").body == "我的正文"
    save_template(1, "zh", subject="别人的", body="第三版", expected_version=2)
    dialog.body_edit.setPlainText("我的第四版")
    choose("conflictReload")
    assert not dialog.save()
    assert dialog.body_edit.toPlainText() == "第三版"


def test_reset_to_default(qtbot, db_path):
    save_template(1, "en", subject="Mine", body="My text", expected_version=0)
    dialog = dialog_for(qtbot)
    dialog.select(1, "en")
    assert dialog.subject_edit.text() == "Mine"
    press(QMessageBox.StandardButton.Cancel)
    dialog.reset()
    assert DunningTemplate.select().count() == 1
    press(QMessageBox.StandardButton.Yes)
    dialog.reset()
    assert DunningTemplate.select().count() == 0
    assert dialog.subject_edit.text() == "Payment reminder"
    assert dialog.state_label.text() == "Built-in text"


def test_switching_asks_before_dropping_changes(qtbot, db_path):
    dialog = dialog_for(qtbot)
    dialog.subject_edit.setText("改过")
    dialog.subject_edit.textEdited.emit("改过")
    press(QMessageBox.StandardButton.Cancel)
    dialog.level_combo.setCurrentIndex(1)
    assert (dialog.level(), dialog.subject_edit.text()) == (1, "改过")
    press(QMessageBox.StandardButton.Discard)
    dialog.level_combo.setCurrentIndex(1)
    assert (dialog.level(), dialog.subject_edit.text()) == (2, "催款函")


def test_preview_sends_a_sample_letter(qtbot, db_path):
    received: list[tuple[bytes, str]] = []
    dialog = dialog_for(
        qtbot,
        preview=lambda pdf, title: received.append((pdf, title)),
        today=date(2026, 6, 30),
    )
    assert dialog.preview_button.isVisible()
    dialog.select(3, "zh")
    dialog.subject_edit.setText("律师函")
    dialog.preview_button.click()
    [(pdf, title)] = received
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "律师函" in text and "FP20260001" in text and "2026年7月7日" in text
    assert "Level 3" in title
    dialog.body_edit.setPlainText("{{ nope }}")
    dialog.preview_button.click()
    assert len(received) == 1
    assert dialog.problem_texts() == ["Body: Line 1: unknown placeholder “nope”"]


def test_no_preview_button_without_a_preview(qtbot, db_path):
    dialog = dialog_for(qtbot)
    assert not dialog.preview_button.isVisible()
