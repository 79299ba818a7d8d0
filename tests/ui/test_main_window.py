"""The main window driven as a user would: search, filters, groups, keyboard."""

from __future__ import annotations

import importlib.util
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMenu

from app import greeting_settings, groups
from app.customers import load_customer, save_customer
from app.records import Birthday, ContactData, CustomerData
from tests.ui.dialogs import when_modal
from ui.customer_card import CustomerCard
from ui.customer_list import COL_NAME
from ui.greeting_settings_dialog import GreetingSettingsDialog
from ui.holidays_dialog import HolidaysDialog
from ui.upcoming_view import UpcomingDialog


def visible_names(window) -> list[str]:
    model = window.model
    return [model.index(r, COL_NAME).data() for r in range(model.rowCount())]


def test_list_shows_customers_and_count(window, sample_customers, qtbot):
    window.refresh()
    assert sorted(visible_names(window)) == sorted(
        ["张三", "李四", "深圳市华强电子有限公司 (华强电子)"]
    )
    assert "3" in window.count_label.text()


def test_typing_pinyin_initials_narrows_the_list(window, sample_customers, qtbot):
    window.refresh()
    qtbot.keyClicks(window.search, "zs")
    qtbot.waitUntil(lambda: visible_names(window)[:1] == ["张三"], timeout=2000)
    window.search.clear()
    qtbot.keyClicks(window.search, "hqdz")
    qtbot.waitUntil(lambda: visible_names(window) == ["深圳市华强电子有限公司 (华强电子)"])
    window.search.clear()
    qtbot.keyClicks(window.search, "1390013")
    qtbot.waitUntil(lambda: visible_names(window) == ["李四"])
    window.search.clear()
    window.search.setText("王总")  # a contact person finds the company (IME text arrives whole)
    qtbot.waitUntil(lambda: visible_names(window) == ["深圳市华强电子有限公司 (华强电子)"])


def test_ctrl_f_focuses_search(window, qtbot):
    window.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.search.hasFocus())


def test_kind_and_tier_filters(window, sample_customers, qtbot):
    window.refresh()
    window.kind_filter.setCurrentIndex(window.kind_filter.findData("corporate"))
    assert visible_names(window) == ["深圳市华强电子有限公司 (华强电子)"]
    window.kind_filter.setCurrentIndex(0)
    window.tier_filter.setCurrentIndex(window.tier_filter.findData("key_account"))
    assert visible_names(window) == ["李四"]


def test_group_panel_counts_and_filters(window, sample_customers, qtbot):
    vip = groups.create_group("重要客户")
    groups.add_members(vip.id, [sample_customers["张三"], sample_customers["李四"]])
    window.refresh()
    texts = [
        window.groups.group_model.index(r).data()
        for r in range(window.groups.group_model.rowCount())
    ]
    assert "重要客户 (2)" in texts
    window.groups.select_group(vip.id)
    assert sorted(visible_names(window)) == ["张三", "李四"]


def test_delete_key_archives_and_archived_are_hidden(window, sample_customers, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window.refresh(select=sample_customers["张三"])
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: "张三" not in visible_names(window))
    assert load_customer(sample_customers["张三"]).archived
    window.status_filter.setCurrentIndex(window.status_filter.findData("archived"))
    assert visible_names(window) == ["张三"]
    window.table.selectRow(0)
    window.restore_action.trigger()
    assert not load_customer(sample_customers["张三"]).archived


def test_enter_opens_the_card(window, sample_customers, qtbot):
    window.refresh(select=sample_customers["李四"])
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    card = qtbot.waitUntil(lambda: window.findChild(CustomerCard) is not None) or window.findChild(
        CustomerCard
    )
    assert card.name.text() == "李四"
    card.done(QDialog.DialogCode.Rejected)


def test_summary_escapes_markup(window, qtbot, db_path):
    from app.customers import save_customer
    from app.records import CustomerData

    cid = save_customer(CustomerData(name="<b>X</b><img src='/etc/passwd'>"), confirm=True).id
    window.refresh(select=cid)
    html = window.summary.toHtml()
    assert "&lt;b&gt;X&lt;/b&gt;" in html
    assert "<img" not in html
    assert "<b>X</b>" in window.summary.toPlainText()


def test_geometry_and_splitter_are_remembered(window, settings, qtbot, db_path):
    from ui.main_window import MainWindow

    window.splitter.setSizes([111, 600, 300])
    sizes = window.splitter.sizes()
    window.close()
    again = MainWindow(settings=settings, db_label="x")
    qtbot.addWidget(again)
    again.show()
    assert again.splitter.sizes()[0] == sizes[0]


def test_count_label_while_counting_and_when_unknown(window, qtbot):
    from ui.customer_list import COUNTING, UNKNOWN_TOTAL

    window.model.counts_changed.emit(200, COUNTING)
    assert window.count_label.text() == "200+ customers (counting…)"
    window.model.counts_changed.emit(200, UNKNOWN_TOTAL)
    assert window.count_label.text() == "200+ customers"
    window.model.counts_changed.emit(200, 1234)
    assert window.count_label.text() == "200 of 1,234 customers shown (scroll for more)"


# --- greetings ------------------------------------------------------------------------------


def test_start_up_notice_of_todays_birthdays_opens_the_list(window, qtbot, db_path):

    day = date(2026, 5, 17)
    save_customer(CustomerData(name="张三", birthday=Birthday("solar", 5, 17, 1990)), confirm=True)
    save_customer(
        CustomerData(
            kind="corporate",
            name="上海明华贸易有限公司",
            founded_on=date(2010, 5, 17),
            contacts=[ContactData(name="李华", birthday=Birthday("solar", 5, 17))],
        ),
        confirm=True,
    )
    save_customer(CustomerData(name="李四", birthday=Birthday("solar", 5, 18, 1990)), confirm=True)
    notice = window.today_notice
    window.check_today(day)
    qtbot.waitUntil(lambda: not window.today_check_pending, timeout=5000)
    assert notice.isVisible()
    assert notice.count == 3 and "3" in notice.label.text()
    assert window.findChild(UpcomingDialog) is None  # a notice, never a box
    notice.label.linkActivated.emit("show")
    dialog = window.findChild(UpcomingDialog)
    assert dialog is not None and dialog.isVisible() and dialog.today == day
    qtbot.waitUntil(lambda: not dialog.is_loading, timeout=5000)
    assert dialog.model.today_rows() == [0, 1, 2]
    dialog.close()
    # Dismissed, it stays away; a day without birthdays shows none.
    notice.close_button.click()
    assert not notice.isVisible()
    notice.show_count(2)
    window.check_today(date(2026, 5, 1))
    qtbot.waitUntil(lambda: not window.today_check_pending, timeout=5000)
    assert not notice.isVisible()


def test_the_newest_count_wins(window, qtbot, db_path):

    save_customer(CustomerData(name="张三", birthday=Birthday("solar", 5, 17, 1990)), confirm=True)
    window.check_today(date(2026, 5, 1))
    window.check_today(date(2026, 5, 17))
    qtbot.waitUntil(lambda: not window.today_check_pending, timeout=5000)
    assert window.today_notice.isVisible() and window.today_notice.count == 1


def test_greetings_menu(window, qtbot, db_path):

    menu = window.findChild(QMenu, "greetingsMenu")
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names == [
        "upcomingBirthdays",
        "greetingList",
        "holidays",
        "greetingTexts",
        "greetingSettings",
    ]
    assert window.upcoming_action.shortcut().toString() == "Ctrl+B"
    window.activateWindow()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(UpcomingDialog) is not None, timeout=2000)
    upcoming = window.findChild(UpcomingDialog)
    qtbot.waitUntil(lambda: not upcoming.is_loading, timeout=5000)
    upcoming.close()

    window.holidays_action.trigger()
    holidays = window.findChild(HolidaysDialog)
    assert holidays is not None and holidays.isVisible() and holidays.model.rowCount() > 10
    holidays.close()

    window.greeting_settings_action.trigger()
    settings = window.findChild(GreetingSettingsDialog)
    assert settings is not None and settings.isVisible()
    settings.days.setValue(10)
    settings.save()
    assert greeting_settings.load().upcoming_days == 10
    qtbot.waitUntil(lambda: not window.today_check_pending, timeout=5000)

    if importlib.util.find_spec("ui.greeting_template_dialog") is not None:
        closed = []

        def close(dialog) -> None:
            closed.append(type(dialog).__name__)
            dialog.reject()

        when_modal(close)
        window.greeting_texts_action.trigger()
        assert closed == ["GreetingTemplateDialog"]
    if importlib.util.find_spec("ui.greeting_window") is not None:
        from ui.greeting_window import GreetingWindow

        window.greeting_list_action.trigger()
        greetings = window.findChild(GreetingWindow)
        assert greetings is not None and greetings.isVisible()
        greetings.close()


# --- import and export ----------------------------------------------------------------------


def test_import_and_export_in_the_customer_menu(window, sample_customers, qtbot, tmp_path):
    from ui.export_dialog import ExportDialog
    from ui.import_wizard import ImportWizard

    customer_menu = window.menuBar().actions()[0].menu()
    names = [a.objectName() for a in customer_menu.actions()]
    assert "importCustomers" in names and "exportCustomers" in names
    assert window.import_action.shortcut().toString() == "Ctrl+I"
    assert window.export_action.shortcut().toString() == "Ctrl+E"

    window.activateWindow()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(ImportWizard) is not None, timeout=2000)
    wizard = window.findChild(ImportWizard)
    assert wizard.isVisible() and wizard.windowModality() == Qt.WindowModality.WindowModal
    # After an import the list and the group panel show the new customers.
    path = tmp_path / "new.csv"
    path.write_text("姓名,手机,分组\n新客户,13512345678,展会\n", encoding="utf-8")
    wizard.file_page.set_path(str(path))
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=5000)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(wizard.check_page.isComplete, timeout=5000)
    wizard.next()
    qtbot.waitUntil(wizard.import_page.isComplete, timeout=5000)
    qtbot.waitUntil(lambda: "新客户" in visible_names(window), timeout=5000)
    entries = [
        window.groups.group_model.index(r).data()
        for r in range(window.groups.group_model.rowCount())
    ]
    assert "展会 (1)" in entries
    wizard.accept()

    window.search.setText("李")
    window.apply_filter()
    window.export_action.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.filter_radio.isChecked()
    qtbot.waitUntil(lambda: "(1)" in dialog.filter_radio.text(), timeout=5000)
    assert not dialog.selected_radio.isEnabled()
    dialog.close()


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")
def test_export_selected_in_the_list_menu(window, sample_customers, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.export_dialog import ExportDialog

    window.refresh()
    assert not window.export_selected_action.isEnabled()
    window.table.selectAll()
    assert window.export_selected_action.isEnabled()
    shown = []

    def look(left: int = 200) -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            shown.extend(a.objectName() for a in menu.actions())
            menu.close()
        elif left:
            QTimer.singleShot(10, lambda: look(left - 1))

    QTimer.singleShot(0, look)
    window._table_menu(window.table.visualRect(window.model.index(0, 0)).center())
    assert "exportSelected" in shown
    window.export_selected_action.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog.selected_radio.isChecked()
    assert dialog.selected_radio.text() == "The selected customers (3)"
    dialog.close()
