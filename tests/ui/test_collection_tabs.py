"""The collection pages of the account window driven through their widgets on
a real database: the log and its corrections, promises, balance
confirmations, instalment plans, warning signs and late-payment charges.
Refused input must store nothing, so bad inputs count the rows."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

import pytest
import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from app import collection_log, confirmations, instalments, late_charges, ledger, promises
from app import warning_signs as signs
from app.customers import archive_customers, save_customer
from app.models import (
    BalanceConfirmation,
    ChargeMark,
    CollectionLog,
    Instalment,
    InstalmentPlan,
    LedgerEntry,
    PaymentPromise,
    WarningFlag,
)
from app.records import CustomerData
from tests.ui.dialogs import when_modal
from tests.ui.test_translations import chinese  # noqa: F401 - the fixture
from ui.account_window import AccountWindow, open_account
from ui.app import register_font
from ui.collection_dialogs import ConfirmDialog, LogEntryDialog
from ui.collection_models import ConfirmationsModel, LogModel, PromisesModel
from ui.collection_tabs import CollectionTabs, add_collection_tabs, collection_tabs
from ui.plan_dialogs import add_months, schedule, split_total
from ui.plan_models import InstalmentDraftModel, InstalmentsModel, PlansModel
from ui.risk_models import DerivedSignsModel, FlagsModel, LateChargesModel

TODAY = date.today()
CJK = re.compile(r"[\u3400-\u9fff]")


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def rows() -> dict[str, int]:
    return {
        "log": CollectionLog.select().count(),
        "promises": PaymentPromise.select().count(),
        "confirmations": BalanceConfirmation.select().count(),
        "plans": InstalmentPlan.select().count(),
        "instalments": Instalment.select().count(),
        "flags": WarningFlag.select().count(),
        "marks": ChargeMark.select().count(),
        "ledger": LedgerEntry.select().count(),
    }


@pytest.fixture
def customer(db_path) -> int:
    """A corporate customer on 30 days' terms, late charges 0.05 % a day, a
    credit limit of 1,000.00, with invoice FP-A (1,000.00, 30 days overdue)
    and FP-B (500.00, not due yet): 1,500.00 owed, over the limit."""
    cid = save_customer(
        CustomerData(
            kind="corporate",
            name="上海明华贸易有限公司",
            payment_terms_days=30,
            credit_limit="1000",
            late_fee_mode="daily",
            late_fee_daily_rate="0.05",
        ),
        confirm=True,
    ).id
    ledger.post_invoice(cid, number="FP-A", entry_date=ago(60), amount="1000", confirm=True)
    ledger.post_invoice(cid, number="FP-B", entry_date=ago(10), amount="500", confirm=True)
    return cid


@pytest.fixture
def make_window(qtbot) -> Iterator:
    register_font()
    opened: list[AccountWindow] = []

    def make(customer_id: int) -> AccountWindow:
        window = AccountWindow(customer_id)
        add_collection_tabs(window)
        window.show()
        opened.append(window)
        return window

    yield make
    for window in opened:
        if shiboken6.isValid(window):
            for child in window.findChildren(QDialog):
                child.done(QDialog.DialogCode.Rejected)
            window.close()


@pytest.fixture
def window(make_window, customer) -> AccountWindow:
    return make_window(customer)


@pytest.fixture
def tabs(window) -> CollectionTabs:
    found = collection_tabs(window)
    assert found is not None
    return found


def texts(model, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def cell(model, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return model.index(row, column).data(role)


def tab_titles(window: AccountWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


# --- wiring ------------------------------------------------------------------------------


def test_every_account_window_gets_the_collection_pages(qtbot, customer):
    register_font()
    window = open_account(customer)
    try:
        titles = tab_titles(window)
        assert titles[:3] == ["Ledger", "Open debts", "Days to pay"]
        assert titles[3:5] == ["Collection log", "Promises"]
        assert titles[5].startswith("Confirmations") and titles[6] == "Instalment plans"
        assert titles[7].startswith("Warning signs") and titles[8] == "Late charges"
        add_collection_tabs(window)  # once only
        assert window.tabs.count() == 9
    finally:
        window.close()


def test_pages_follow_the_window_and_changes_made_elsewhere(qtbot, window, tabs, customer):
    assert tabs.log.model.rowCount() == 0
    collection_log.add_entry(customer, contact_date=TODAY, channel="call", said="明天回电")
    window.reload_action.trigger()  # F5
    assert tabs.log.model.rowCount() == 1
    promises.add_promise(customer, made_on=TODAY, due_on=TODAY, amount="100")
    window.account_changed.emit(customer)  # e.g. a payment posted in the window
    assert texts(tabs.promises.model, PromisesModel.COL_STATUS) == ["Due today"]


# --- 1. the collection log -------------------------------------------------------------------


def test_excuse_shows_its_counter_measure_before_saving(qtbot, window, tabs, customer):
    dialog = tabs.log.new_entry()
    assert isinstance(dialog, LogEntryDialog)
    assert dialog.contact_date.date() == QDate.currentDate()
    assert dialog.excuse.count() == 9  # none + the seven excuses + other
    assert dialog.counter_box.isHidden() and dialog.counter_measure_text() == ""
    dialog.excuse.setCurrentIndex(dialog.excuse.findData("short_of_cash"))
    assert dialog.counter_box.isVisibleTo(dialog)
    assert "instalment plan" in dialog.counter_measure_text()
    dialog.excuse.setCurrentIndex(dialog.excuse.findData("cheque_sent"))
    assert "14 days" in dialog.counter_measure_text()
    dialog.excuse.setCurrentIndex(dialog.excuse.findData("short_of_cash"))
    assert "instalment plan" in dialog.counter_measure_text()
    assert rows()["log"] == 0  # nothing is stored before saving

    dialog.channel.set_value("visit")
    dialog.person.setText("财务 李会计")
    dialog.said.setPlainText("最近手头紧，\n下个月再说")
    with qtbot.waitSignal(window.account_changed) as changed:
        dialog.ok_button.click()
    assert changed.args == [customer]
    assert dialog.result() == QDialog.DialogCode.Accepted
    model = tabs.log.model
    assert model.rowCount() == 1
    assert cell(model, 0, LogModel.COL_EXCUSE) == "Short of cash lately"
    assert cell(model, 0, LogModel.COL_CHANNEL) == "Visit"
    assert cell(model, 0, LogModel.COL_PERSON) == "财务 李会计"
    assert cell(model, 0, LogModel.COL_SAID) == "最近手头紧， / 下个月再说"
    assert "instalment plan" in cell(model, 0, LogModel.COL_EXCUSE, Qt.ItemDataRole.ToolTipRole)
    assert "下个月再说" in tabs.log.detail.toPlainText()
    assert "instalment plan" in tabs.log.detail.toPlainText()


def test_an_empty_entry_is_refused_under_the_field(qtbot, tabs):
    before = rows()
    dialog = tabs.log.new_entry()
    dialog.submit()
    assert dialog.isVisible() and rows() == before
    assert "Write down what happened" in dialog.message("said")
    assert "Not saved" in dialog.banner.text()
    dialog.said.setPlainText("x")
    assert dialog.message("said") == ""  # typing clears the message


def test_a_correction_links_to_the_entry_it_corrects(qtbot, window, tabs, customer):
    old = collection_log.add_entry(
        customer, contact_date=ago(2), channel="call", person="王总", said="周五付 5000"
    )
    window.reload_action.trigger()
    tabs.log.view.selectRow(0)
    assert tabs.log.correct_action.isEnabled()
    dialog = tabs.log.correct_selected()
    assert dialog is not None and str(old) in dialog.windowTitle()
    assert dialog.person.text() == "王总" and dialog.said.toPlainText() == "周五付 5000"
    assert dialog.contact_date.date() == qdate(ago(2))
    dialog.said.setPlainText("周五付 500")
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted

    model = tabs.log.model
    assert model.rowCount() == 2  # nothing edited, nothing deleted
    new_row = model.row_of(dialog.result_id)
    old_row = model.row_of(old)
    assert cell(model, new_row, LogModel.COL_NO) == f"#{dialog.result_id}, correction of #{old}"
    assert cell(model, old_row, LogModel.COL_NO) == f"#{old}, corrected by #{dialog.result_id}"
    assert cell(model, old_row, LogModel.COL_SAID, Qt.ItemDataRole.FontRole).strikeOut()
    assert cell(model, old_row, LogModel.COL_SAID, Qt.ItemDataRole.ForegroundRole) is not None
    tip = cell(model, old_row, LogModel.COL_DATE, Qt.ItemDataRole.ToolTipRole)
    assert f"Corrected on {TODAY.isoformat()} by entry #{dialog.result_id}" in tip
    assert collection_log.list_entries(customer)[new_row].corrects_id == old
    # The corrected entry cannot be corrected again: its correction can.
    tabs.log.view.selectRow(old_row)
    assert not tabs.log.correct_action.isEnabled()
    assert tabs.log.correct_selected() is None
    tabs.log.view.selectRow(new_row)
    assert tabs.log.correct_action.isEnabled()


def test_a_promise_made_in_the_conversation_is_tracked(qtbot, window, tabs, customer):
    dialog = tabs.log.new_entry()
    dialog.excuse.setCurrentIndex(dialog.excuse.findData("not_convenient"))
    assert "promise" in dialog.counter_measure_text()
    dialog.person.setText("王总")
    dialog.promise_box.setChecked(True)
    assert dialog.outcome.value() == "promised" and not dialog.outcome.isEnabled()
    dialog.promise_due.setDate(qdate(TODAY + timedelta(days=5)))
    dialog.promise_amount.setText("800")
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert texts(tabs.log.model, LogModel.COL_OUTCOME) == ["Promised to pay"]

    model = tabs.promises.model
    assert model.rowCount() == 1
    assert cell(model, 0, PromisesModel.COL_AMOUNT) == "800.00"
    assert cell(model, 0, PromisesModel.COL_DUE) == (TODAY + timedelta(days=5)).isoformat()
    assert cell(model, 0, PromisesModel.COL_STATUS) == "Pending"
    assert f"#{dialog.result_id}" in cell(model, 0, PromisesModel.COL_NOTE)

    ledger.post_payment(customer, entry_date=TODAY, amount="800")
    window.reload_action.trigger()
    assert cell(model, 0, PromisesModel.COL_PAID) == "800.00"
    assert cell(model, 0, PromisesModel.COL_STATUS) == "Kept"
    colour = cell(model, 0, PromisesModel.COL_STATUS, Qt.ItemDataRole.ForegroundRole).color()
    assert colour.name() == "#2e7d32"


def test_a_bad_promise_in_the_log_dialog_stores_no_entry_either(qtbot, tabs):
    before = rows()
    dialog = tabs.log.new_entry()
    dialog.said.setPlainText("答应下周付")
    dialog.promise_box.setChecked(True)
    dialog.promise_amount.setText("1.234")
    dialog.submit()
    assert dialog.isVisible() and rows() == before
    assert "two decimals" in dialog.message("promise.amount")
    assert dialog.said.toPlainText() == "答应下周付"  # the input is kept


# --- 2. promises ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "due", "field", "expected"),
    [
        ("1.234", 5, "amount", "two decimals"),
        ("", 5, "amount", "Required"),
        ("500", -3, "due_on", "before the day the promise was made"),
    ],
)
def test_bad_promises_are_refused_next_to_the_field(qtbot, tabs, amount, due, field, expected):
    before = rows()
    dialog = tabs.promises.new_promise()
    dialog.made_on.setDate(qdate(ago(1)))
    dialog.due_on.setDate(qdate(ago(1) + timedelta(days=due)))
    dialog.amount_edit.setText(amount)
    dialog.submit()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert expected in dialog.message(field)
    assert dialog.amount_edit.text() == amount
    assert rows() == before
    assert tabs.promises.model.rowCount() == 0


def test_new_promise(qtbot, tabs):
    dialog = tabs.promises.new_promise()
    dialog.amount_edit.setText("1,200")
    dialog.note.setText("电话中承诺")
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert texts(tabs.promises.model, PromisesModel.COL_AMOUNT) == ["1,200.00"]
    assert texts(tabs.promises.model, PromisesModel.COL_NOTE) == ["电话中承诺"]


# --- 3. balance confirmations -----------------------------------------------------------------


def test_confirmation_sent_then_disputed_with_the_customers_amount(qtbot, window, tabs):
    page = tabs.confirmations
    dialog = page.record_sent()
    assert "1,500.00" in dialog.ledger_hint.text()
    dialog.submit()  # the balance stated defaults to the ledger's
    assert dialog.result() == QDialog.DialogCode.Accepted
    model = page.model
    assert texts(model, ConfirmationsModel.COL_BALANCE) == ["1,500.00"]
    assert cell(model, 0, ConfirmationsModel.COL_STATUS).startswith("Awaiting the signed reply")
    title = window.tabs.tabText(window.tabs.indexOf(page))
    assert title == "Confirmations (1 awaiting)"
    assert not page.awaiting_label.isHidden()
    assert page.awaiting_label.text().startswith("1 statement")

    before = rows()
    reply = page.record_reply()
    reply.disputed.setChecked(True)
    assert reply.customer_amount.isEnabled()
    reply.submit()  # disputed, but neither an amount nor a reason
    assert reply.isVisible() and rows() == before
    assert "reason" in reply.message("dispute_reason")
    reply.customer_amount.setText("1,000")
    reply.reason.setText("FP-B 未收到货")
    reply.submit()
    assert reply.result() == QDialog.DialogCode.Accepted
    assert cell(model, 0, ConfirmationsModel.COL_STATUS) == "Disputed"
    assert cell(model, 0, ConfirmationsModel.COL_CLAIMED) == "1,000.00"
    assert cell(model, 0, ConfirmationsModel.COL_REASON) == "FP-B 未收到货"
    assert cell(model, 0, ConfirmationsModel.COL_REPLIED) == TODAY.isoformat()
    assert window.tabs.tabText(window.tabs.indexOf(page)) == "Confirmations"
    assert not page.reply_action.isEnabled()  # answered once


def test_statement_dated_after_sending_is_refused(qtbot, tabs):
    before = rows()
    dialog = tabs.confirmations.record_sent()
    dialog.sent_on.setDate(qdate(ago(5)))
    dialog.as_of.setDate(qdate(ago(1)))
    dialog.balance.setText("abc")
    dialog.submit()
    assert rows() == before
    assert "after the day it was sent" in dialog.message("as_of")
    assert "Not an amount" in dialog.message("balance")


# --- 4. instalment plans ------------------------------------------------------------------------


def test_the_generator_puts_the_remaining_fen_on_the_last_instalment():
    assert split_total(Decimal("1000.00"), 3) == [
        Decimal("333.33"),
        Decimal("333.33"),
        Decimal("333.34"),
    ]
    assert split_total(Decimal("3000"), 3) == [Decimal("1000.00")] * 3
    assert sum(split_total(Decimal("100.00"), 7)) == Decimal("100.00")
    assert add_months(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert schedule(date(2025, 1, 31), 3, "monthly") == [
        date(2025, 1, 31),
        date(2025, 2, 28),
        date(2025, 3, 31),
    ]
    assert schedule(date(2025, 1, 1), 2, "weekly") == [date(2025, 1, 1), date(2025, 1, 8)]


def test_plan_generated_edited_confirmed_and_saved(qtbot, window, tabs):
    page = tabs.plans
    assert "No active instalment plan" in page.next_label.text()
    dialog = page.new_plan()
    assert dialog.total_edit.text() == "1,500.00"  # the balance, to start from
    dialog.total_edit.setText("1000.00")
    dialog.count.setValue(3)
    first = TODAY + timedelta(days=10)
    dialog.first_due.setDate(qdate(first))
    assert dialog.generate()
    model = dialog.rows_model
    assert [a for _d, a in model.instalments()] == ["333.33", "333.33", "333.34"]
    assert [d for d, _a in model.instalments()] == [
        d.isoformat() for d in schedule(first, 3, "monthly")
    ]
    assert "1,000.00 in all" in dialog.total_label.text()

    dialog.total_edit.setText("3,000")
    assert dialog.generate()
    assert [a for _d, a in model.instalments()] == ["1,000.00"] * 3
    assert "3,000.00 in all" in dialog.total_label.text()

    before = rows()
    seen: list[str] = []

    def go_back(box: QDialog) -> None:
        assert isinstance(box, ConfirmDialog)
        seen.append(box.message())
        box.back_button.click()

    when_modal(go_back)
    dialog.submit()  # 3,000.00 is more than the balance of 1,500.00: asks first
    assert seen and "more than the customer's balance" in seen[0]
    assert dialog.isVisible() and rows() == before

    when_modal(lambda box: box.ok_button.click())
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert rows()["plans"] == before["plans"] + 1
    assert rows()["instalments"] == before["instalments"] + 3

    plans = page.model
    assert texts(plans, PlansModel.COL_TOTAL) == ["3,000.00"]
    assert texts(plans, PlansModel.COL_STATUS) == ["Active"]
    assert texts(plans, PlansModel.COL_NEXT) == [f"{first.isoformat()}: 1,000.00"]
    assert "¥1,000.00" in page.next_label.text() and first.isoformat() in page.next_label.text()
    assert texts(page.instalments_model, InstalmentsModel.COL_AMOUNT) == ["1,000.00"] * 3
    assert texts(page.instalments_model, InstalmentsModel.COL_STATUS) == ["To be paid"] * 3


def test_plan_rows_are_checked_row_by_row(qtbot, tabs):
    before = rows()
    dialog = tabs.plans.new_plan()
    dialog.total_edit.setText("abc")
    assert not dialog.generate()
    assert "amount" in dialog.message("generate_total")
    model = dialog.rows_model
    model.add_row(TODAY + timedelta(days=10), "500")
    model.add_row(TODAY + timedelta(days=40), "1.234")
    model.add_row(TODAY + timedelta(days=20), "300")
    dialog.submit()
    assert dialog.isVisible() and rows() == before
    message = dialog.message("instalments")
    assert "No. 2" in message and "two decimals" in message
    assert "No. 3" in message and "after the one before" in message
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    dialog.rows_view.selectRow(2)
    dialog.remove_row_button.click()
    assert model.rowCount() == 2


def test_cancel_a_plan_with_its_reason(qtbot, tabs, customer):
    instalments.create_plan(
        customer, agreed_on=TODAY, instalments=[(TODAY + timedelta(days=30), "500")]
    )
    tabs.plans.reload()
    before = rows()
    dialog = tabs.plans.cancel_selected()
    dialog.submit()
    assert "Required" in dialog.message("reason") and rows() == before
    dialog.reason.setText("客户另签新计划")
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert texts(tabs.plans.model, PlansModel.COL_STATUS) == [f"Cancelled on {TODAY.isoformat()}"]
    assert "客户另签新计划" in texts(tabs.log.model, LogModel.COL_NOTES)  # the evidence trail
    assert not tabs.plans.cancel_action.isEnabled()


# --- 5. warning signs ---------------------------------------------------------------------------


def test_flag_a_sign_then_clear_it(qtbot, window, tabs):
    page = tabs.signs
    # Derived from the ledger: 1,500.00 owed on a limit of 1,000.00.
    derived = page.derived_model
    assert texts(derived, DerivedSignsModel.COL_SIGN) == ["Balance over the credit limit"]
    assert "1,500.00" in cell(derived, 0, DerivedSignsModel.COL_EXPLANATION)
    assert cell(derived, 0, DerivedSignsModel.COL_SOURCE) == "Computed"
    assert window.tabs.tabText(window.tabs.indexOf(page)) == "Warning signs (1)"

    dialog = page.flag_sign()
    dialog.sign.set_value("staff_change")
    dialog.note.setText("法人代表换了")
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    flags = page.flags_model
    assert texts(flags, FlagsModel.COL_SIGN) == ["Key staff or legal representative changed"]
    assert texts(flags, FlagsModel.COL_CLEARED) == ["Open"]
    assert window.tabs.tabText(window.tabs.indexOf(page)) == "Warning signs (2)"

    before = rows()
    again = page.flag_sign()
    again.sign.set_value("staff_change")
    again.submit()  # flagged once at a time
    assert "Already flagged" in again.message("sign") and rows() == before
    again.reject()

    page.flags_view.selectRow(0)
    clear = page.clear_selected()
    clear.note.setText("新法人已见面，付款正常")
    clear.submit()
    assert clear.result() == QDialog.DialogCode.Accepted
    assert texts(flags, FlagsModel.COL_CLEARED) == [TODAY.isoformat()]
    assert texts(flags, FlagsModel.COL_CLEAR_NOTE) == ["新法人已见面，付款正常"]
    assert cell(flags, 0, FlagsModel.COL_SIGN, Qt.ItemDataRole.ForegroundRole) is not None
    assert not page.clear_action.isEnabled()
    assert window.tabs.tabText(window.tabs.indexOf(page)) == "Warning signs (1)"


# --- 6. late-payment charges ------------------------------------------------------------------


def test_late_charges_are_shown_apart_and_posted_after_confirming(qtbot, window, tabs):
    page = tabs.charges
    model = page.model
    # FP-A: 1,000.00 open for the 30 days after its due date at 0.05 % a day.
    assert texts(model, LateChargesModel.COL_WHAT) == ["FP-A"]
    assert texts(model, LateChargesModel.COL_DAYS) == ["30"]
    assert texts(model, LateChargesModel.COL_AMOUNT) == ["15.00"]
    assert "¥15.00" in page.total.text() and "not posted" in page.total.text()
    assert "0.05 %" in page.terms.text()
    assert window.balance_figure.value.text() == "¥1,500.00"  # the principal only

    before = rows()
    asked: list[str] = []

    def go_back(box: QDialog) -> None:
        asked.append(box.message())
        box.back_button.click()

    when_modal(go_back)
    assert not page.post_charges()
    assert asked and "CNY 15.00" in asked[0] and rows() == before

    when_modal(lambda box: box.ok_button.click())
    assert page.post_charges()
    assert rows()["ledger"] == before["ledger"] + 1
    assert window.balance_figure.value.text() == "¥1,515.00"
    assert window.ledger_model.rowCount() == 3
    assert model.rowCount() == 0 and "No late-payment charge" in page.total.text()
    assert not page.post_action.isEnabled()


def test_late_charges_waived_with_a_reason(qtbot, window, tabs):
    page = tabs.charges
    before = rows()
    dialog = page.waive()
    assert "¥15.00" in dialog.findChild(type(page.total), "waiveWhat").text()
    dialog.submit()
    assert dialog.isVisible() and "Required" in dialog.message("reason")
    assert rows() == before
    dialog.reason.setText("老客户，协商减免")
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert rows()["marks"] == before["marks"] + 1
    assert rows()["ledger"] == before["ledger"]  # nothing posted
    assert page.model.rowCount() == 0
    assert late_charges.compute(page.customer_id, TODAY).total == 0


def test_charges_of_an_earlier_day_can_be_looked_at(qtbot, tabs):
    page = tabs.charges
    page.as_of.setDate(qdate(ago(10)))
    assert texts(page.model, LateChargesModel.COL_AMOUNT) == ["10.00"]
    assert ago(10).isoformat() in page.total.text()


def test_charges_for_a_later_day_are_shown_but_not_posted(qtbot, window, tabs):
    page = tabs.charges
    before = rows()
    page.as_of.setDate(qdate(TODAY + timedelta(days=10)))
    assert texts(page.model, LateChargesModel.COL_AMOUNT) == ["20.00"]
    assert not page.post_charges()  # refused before asking: no dialog to answer
    assert "up to today" in page.message.text() and rows() == before


def test_without_terms_the_page_says_where_to_set_them(qtbot, make_window, db_path):
    cid = save_customer(CustomerData(name="张三"), confirm=True).id
    ledger.post_invoice(cid, number="X-1", entry_date=ago(90), amount="100")
    window = make_window(cid)
    page = collection_tabs(window).charges
    assert "no late-payment charge terms" in page.terms.text()
    assert "Payment and credit" in page.terms.text()
    assert page.model.rowCount() == 0
    assert not page.post_action.isEnabled() and not page.waive_action.isEnabled()


# --- archived customers, translations, models --------------------------------------------------


def test_archived_customer_pages_are_read_only(qtbot, make_window, customer):
    collection_log.add_entry(customer, contact_date=TODAY, channel="call", said="x")
    archive_customers([customer])
    window = make_window(customer)
    tabs = collection_tabs(window)
    assert tabs.log.model.rowCount() == 1  # still shown
    for page in tabs.pages:
        for action in page.toolbar.actions():
            if action.text():
                assert not action.isEnabled(), action.text()
                assert "archived" in action.toolTip()
    assert tabs.log.new_entry() is None and tabs.promises.new_promise() is None
    assert tabs.plans.new_plan() is None and tabs.signs.flag_sign() is None
    assert not tabs.charges.post_charges()


def test_a_customer_archived_while_the_dialog_is_open_is_refused(qtbot, tabs, customer):
    before = rows()
    dialog = tabs.log.new_entry()
    dialog.said.setPlainText("x")
    archive_customers([customer])
    dialog.submit()
    assert dialog.isVisible() and "archived" in dialog.banner.text()
    assert rows() == before


def test_collection_pages_in_chinese(chinese, make_window, customer):  # noqa: F811
    window = make_window(customer)
    titles = tab_titles(window)
    assert "催款记录" in titles
    assert all(CJK.search(t) for t in titles), titles
    tabs = collection_tabs(window)
    headers = tabs.log.model.headers() + tabs.plans.model.headers() + tabs.charges.model.headers()
    assert all(CJK.search(h) for h in headers), headers
    dialog = tabs.log.new_entry()
    dialog.excuse.setCurrentIndex(dialog.excuse.findData("short_of_cash"))
    assert CJK.search(dialog.counter_measure_text())
    assert CJK.search(tabs.charges.total.text()) and "15.00" in tabs.charges.total.text()
    dialog.excuse.setCurrentIndex(0)
    dialog.submit()  # nothing written down
    assert dialog.isVisible() and CJK.search(dialog.banner.text())


def test_models_pass_the_model_tester(qtmodeltester, customer):
    collection_log.add_entry(customer, contact_date=ago(3), channel="call", excuse="other")
    first = collection_log.list_entries(customer)[0].id
    collection_log.add_entry(
        customer, contact_date=ago(3), channel="call", said="y", corrects=first
    )
    promises.add_promise(customer, made_on=ago(5), due_on=ago(1), amount="100")
    sent = confirmations.record_sent(customer, sent_on=ago(2), as_of=ago(2))
    confirmations.record_reply(sent, replied_on=TODAY, agreed=True)
    instalments.create_plan(
        customer,
        agreed_on=TODAY,
        instalments=[(TODAY + timedelta(days=10), "100"), (TODAY + timedelta(days=40), "200")],
    )
    signs.flag(customer, sign="moving", flagged_on=TODAY)

    log = LogModel()
    log.set_rows(collection_log.list_entries(customer))
    promise_model = PromisesModel()
    promise_model.set_rows(promises.promises_for(customer, TODAY))
    confirmation_model = ConfirmationsModel()
    confirmation_model.set_rows(confirmations.for_customer(customer, TODAY))
    plans = instalments.plans_for(customer, TODAY)
    plan_model = PlansModel()
    plan_model.set_rows(plans)
    instalment_model = InstalmentsModel()
    instalment_model.set_rows(plans[0].instalments)
    flags = FlagsModel()
    flags.set_rows(signs.all_flags(customer))
    derived = DerivedSignsModel()
    derived.set_rows(signs.derived_signs(customer, TODAY))
    charges = LateChargesModel()
    charges.set_rows(late_charges.compute(customer, TODAY).lines)
    draft = InstalmentDraftModel()
    draft.set_rows([(TODAY, Decimal("10.00")), ("2030-01-01", "abc")])
    draft.set_problems({1: "Not a date"})
    models = [
        log,
        promise_model,
        confirmation_model,
        plan_model,
        instalment_model,
        flags,
        derived,
        charges,
        draft,
    ]
    for model in models:
        assert model.rowCount() > 0, type(model).__name__
        qtmodeltester.check(model, force_py=True)
    for model in models:
        model.set_rows([])
        qtmodeltester.check(model, force_py=True)
