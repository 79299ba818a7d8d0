"""The History tab of a customer card and Edit > Undo of the last archive or
delete, on real databases with real widgets."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox

from app import customers, ledger
from app.customer_query import ALL, CustomerFilter, find_customers
from app.records import ContactData, CustomerData
from tests.ui.dialogs import when_modal
from ui import history_model
from ui.customer_card import CustomerCard
from ui.history_model import COL_DETAILS, COL_WHAT, COL_WHO, HistoryModel
from ui.undo_action import undo_label, undo_last


def company(name: str = "华东贸易有限公司") -> int:
    data = CustomerData(kind="corporate", name=name)
    data.contacts.append(ContactData(name="王芳", title="会计"))
    return customers.save_customer(data, confirm=True).id


def test_the_history_tab_shows_what_happened_to_the_card(qtbot, db_path):
    cid = company()
    card_data = customers.load_customer(cid)
    card_data.notes = "月底对账"
    customers.save_customer(card_data, confirm=True)
    ledger.post_invoice(cid, number="F-1", entry_date=date(2025, 1, 1), amount="1200.00")

    card = CustomerCard(customers.load_customer(cid))
    qtbot.addWidget(card)
    card.show()
    titles = [card.tabs.tabText(i) for i in range(card.tabs.count())]
    assert titles[-1] == "History"
    page = card.history
    assert page is not None and page.model.rowCount() == 0  # read when first shown
    card.tabs.setCurrentWidget(page)
    model = page.model
    qtbot.waitUntil(lambda: model.rowCount() == 4)
    what = [model.index(r, COL_WHAT).data() for r in range(model.rowCount())]
    assert what == [
        "Invoice / delivery note F-1 posted: ¥1,200.00",
        "Card changed",
        "Contact 王芳 added",
        "Card created",
    ]
    assert "Notes: (empty) → 月底对账" in model.index(1, COL_DETAILS).data()
    assert model.index(1, COL_WHO).data()
    assert "Title: 会计" in model.index(2, COL_DETAILS).data()
    assert card.is_modified() is False  # looking at the history changes nothing


def test_a_new_card_has_no_history_tab(qtbot, db_path):
    card = CustomerCard(CustomerData(kind="individual"))
    qtbot.addWidget(card)
    assert card.history is None
    assert "History" not in [card.tabs.tabText(i) for i in range(card.tabs.count())]


def test_the_history_model_pages_and_passes_the_model_tester(
    qtbot, qtmodeltester, db_path, monkeypatch
):
    monkeypatch.setattr(history_model, "PAGE", 3)
    cid = company()
    for n in range(4):
        card_data = customers.load_customer(cid)
        card_data.notes = f"第{n}次"
        customers.save_customer(card_data, confirm=True)
    model = HistoryModel(cid)
    model.reload()
    assert (model.total(), model.rowCount()) == (6, 3)
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 6 and not model.canFetchMore()
    qtmodeltester.check(model, force_py=True)
    assert model.index(5, COL_WHAT).data() == "Card created"


def test_undo_of_an_archive_from_the_menu(qtbot, db_path):
    cid = company()
    assert undo_label() is None
    customers.archive_customers([cid])
    assert undo_label() == "Undo archive of 华东贸易有限公司"
    asked = []

    def yes(box):
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()
        when_modal(lambda done: (asked.append(done.text()), done.accept()))

    when_modal(yes)
    assert undo_last(None) is True
    assert "华东贸易有限公司" in asked[0]
    assert asked[1] == "1 card(s) taken out of the archive."
    assert customers.load_customer(cid).archived is False
    assert undo_label() is None


def test_undo_of_a_delete_answered_no_changes_nothing(qtbot, db_path):
    cid = company()
    customers.archive_customers([cid])
    customers.delete_customer(cid)
    assert undo_label() == "Undo delete of 华东贸易有限公司"
    when_modal(lambda box: box.button(QMessageBox.StandardButton.No).click())
    assert undo_last(None) is False
    assert find_customers(CustomerFilter(status=ALL)) == []


def test_undo_of_a_delete_brings_the_card_back(qtbot, db_path):
    cid = company()
    customers.archive_customers([cid])
    customers.delete_customer(cid)
    assert undo_label() == "Undo delete of 华东贸易有限公司"
    told = []

    def yes(box):
        box.button(QMessageBox.StandardButton.Yes).click()
        when_modal(lambda done: (told.append(done.text()), done.accept()))

    when_modal(yes)
    assert undo_last(None) is True
    assert told == ["华东贸易有限公司 is back, among the archived cards."]
    card = customers.load_customer(cid)
    assert [c.name for c in card.contacts] == ["王芳"]
    assert find_customers(CustomerFilter(text="王芳", status=ALL))[0].id == cid
