"""The main window driven as a user would: search, filters, groups, keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app import groups
from app.customers import load_customer
from ui.customer_card import CustomerCard
from ui.customer_list import COL_NAME


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
