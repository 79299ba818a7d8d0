"""The customer account window driven through its widgets, on a real database:
what the header and the tables show, and every posting dialog with good and
bad input. Nothing refused may be stored, so bad inputs count the rows."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

import pytest
import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from app import account, ledger
from app.customers import archive_customers, save_customer
from app.models import LedgerEntry
from app.records import CustomerData
from tests.ui.dialogs import when_modal
from tests.ui.test_translations import chinese  # noqa: F401 - the fixture
from ui.account_window import (
    TAB_DEBTS,
    TAB_LEDGER,
    AccountWindow,
    DaysToPayModel,
    find_account,
    open_account,
)
from ui.app import register_font
from ui.ledger_model import (
    COL_BALANCE,
    COL_CREDIT,
    COL_DEBIT,
    COL_KIND,
    COL_NUMBER,
    ENTRY_ID_ROLE,
    LedgerModel,
)
from ui.open_debts_model import COL_CLASS, COL_HOLD, DEBT_ID_ROLE, OpenDebtsModel
from ui.open_debts_model import COL_NUMBER as DEBT_COL_NUMBER
from ui.posting_dialogs import (
    AllocationModel,
    ConfirmPostingDialog,
    DebtChoiceModel,
    InvoiceDialog,
    PaymentDialog,
)

TODAY = date.today()
CJK = re.compile(r"[\u3400-\u9fff]")


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def entries() -> int:
    return LedgerEntry.select().count()


@pytest.fixture
def customer(db_path) -> int:
    """A corporate customer on 30 days' terms with two invoices: A (1,000.00,
    30 days overdue) and B (500.00, not due yet)."""
    cid = save_customer(
        CustomerData(
            kind="corporate",
            name="上海明华贸易有限公司",
            payment_terms_days=30,
            credit_limit="5000",
        ),
        confirm=True,
    ).id
    ledger.post_invoice(cid, number="FP-A", entry_date=ago(60), amount="1000")
    ledger.post_invoice(cid, number="FP-B", entry_date=ago(10), amount="500")
    return cid


def _close(window: AccountWindow) -> None:
    if shiboken6.isValid(window):
        for child in window.findChildren(QDialog):
            child.done(QDialog.DialogCode.Rejected)
        window.close()


@pytest.fixture
def make_window(qtbot) -> Iterator:
    register_font()
    opened: list[AccountWindow] = []

    def make(customer_id: int) -> AccountWindow:
        window = AccountWindow(customer_id)
        window.show()
        opened.append(window)
        return window

    yield make
    for window in opened:
        _close(window)


@pytest.fixture
def window(make_window, customer) -> AccountWindow:
    return make_window(customer)


def ledger_texts(window: AccountWindow, column: int) -> list[str]:
    model = window.ledger_model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def select_entry(window: AccountWindow, entry_id: int) -> None:
    window.tabs.setCurrentIndex(TAB_LEDGER)
    window.ledger_view.selectRow(window.ledger_model.row_of(entry_id))


def select_debts(window: AccountWindow, *debt_ids: int) -> None:
    window.tabs.setCurrentIndex(TAB_DEBTS)
    window.debts_view.clearSelection()
    for debt_id in debt_ids:
        row = window.debts_model.row_of(debt_id)
        window.debts_view.selectionModel().select(
            window.debts_model.index(row, 0),
            window.debts_view.selectionModel().SelectionFlag.Select
            | window.debts_view.selectionModel().SelectionFlag.Rows,
        )


def debt_id(number: str) -> int:
    return LedgerEntry.get(LedgerEntry.number == number).id


# --- showing the account ------------------------------------------------------------------


def test_window_shows_header_ledger_and_open_debts(window, customer):
    assert "上海明华贸易有限公司" in window.title.text()
    assert "上海明华贸易有限公司" in window.windowTitle()
    assert window.balance_figure.value.text() == "¥1,500.00"
    assert window.overdue_figure.value.text() == "¥1,000.00"
    assert "30" in window.oldest_figure.value.text()
    assert "FP-A" in window.oldest_figure.value.text()
    assert window.limit_figure.value.text() == "¥5,000.00"
    assert window.credit_figure.isHidden() and window.supply_figure.isHidden()
    assert ledger_texts(window, COL_NUMBER) == ["FP-A", "FP-B"]
    assert ledger_texts(window, COL_DEBIT) == ["1,000.00", "500.00"]
    assert ledger_texts(window, COL_BALANCE) == ["1,000.00", "1,500.00"]
    assert window.debts_model.rowCount() == 2
    assert window.tabs.count() == 3


def test_over_the_limit_and_supply_hold_are_red(make_window, db_path):
    cid = save_customer(
        CustomerData(
            kind="corporate",
            name="广州大发建材有限公司",
            credit_limit="100",
            supply_hold=True,
            supply_hold_reason="上月货款未结",
        ),
        confirm=True,
    ).id
    ledger.post_invoice(cid, number="X-1", entry_date=ago(5), amount="300", confirm=True)
    window = make_window(cid)
    assert "c62828" in window.limit_figure.value.styleSheet()
    assert "200.00" in window.limit_figure.value.toolTip()
    assert window.supply_figure.isVisibleTo(window)
    assert "上月货款未结" in window.supply_figure.value.text()
    assert "c62828" in window.supply_figure.value.styleSheet()


def test_add_tab_leaves_room_for_other_pages(window):
    from PySide6.QtWidgets import QLabel

    index = window.add_tab(QLabel("催款记录"), "Collection log")
    assert index == 3 and window.tabs.tabText(3) == "Collection log"


def test_one_window_per_customer(qtbot, customer, db_path):
    register_font()
    other = save_customer(CustomerData(name="李四"), confirm=True).id
    first = open_account(customer)
    try:
        assert open_account(customer) is first
        second = open_account(other)
        assert second is not first and find_account(other) is second
        second.close()
        assert find_account(other) is None
        first.close()
        third = open_account(customer)
        assert third is not first
        third.close()
    finally:
        for w in (first,):
            _close(w)


# --- payments --------------------------------------------------------------------------------


def test_payment_typed_in_the_dialog_changes_balance_and_ledger(qtbot, window, customer):
    dialog = window.record_payment()
    assert isinstance(dialog, PaymentDialog)
    assert dialog.entry_date.date() == QDate.currentDate()
    assert dialog.amount_edit.alignment() & Qt.AlignmentFlag.AlignRight
    qtbot.keyClicks(dialog.amount_edit, "1,200.50")
    qtbot.keyClicks(dialog.reference, "HD20250601")
    with qtbot.waitSignal(window.account_changed) as changed:
        dialog.ok_button.click()
    assert changed.args == [customer]
    assert window.balance_figure.value.text() == "¥299.50"
    assert window.overdue_figure.value.text() == "¥0.00"
    assert ledger_texts(window, COL_CREDIT)[-1] == "1,200.50"
    assert ledger_texts(window, COL_BALANCE)[-1] == "299.50"
    assert window.ledger_model.rowCount() == 3
    # The new entry is selected, so it can be reversed at once.
    assert window.selected_entry().kind == "payment"
    assert window.reverse_action.isEnabled()
    # Oldest first: A paid, B partly.
    assert [(d.number, d.open) for d in window.debts_model.debts()] == [("FP-B", Decimal("299.50"))]


def test_picked_invoices_get_the_payment(qtbot, window, customer):
    dialog = window.record_payment()
    dialog.amount_edit.setText("600")
    dialog.pick_box.setChecked(True)
    assert dialog.allocation_model.rowCount() == 2
    dialog.allocation_model.set_value(debt_id("FP-B"), "500")
    assert "100.00" in dialog.unallocated.text()  # left for the oldest debts
    dialog.allocation_model.set_value(debt_id("FP-B"), "700")
    assert "100.00" in dialog.unallocated.text() and "c62828" in dialog.unallocated.styleSheet()
    dialog.allocation_model.set_value(debt_id("FP-B"), "500")
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    opens = {d.number: d.open for d in account.open_debts(customer)}
    assert opens == {"FP-A": Decimal("900.00")}


def test_picking_more_than_is_open_is_shown_on_the_row(qtbot, window, customer):
    before = entries()
    dialog = window.record_payment()
    dialog.amount_edit.setText("2000")
    dialog.pick_box.setChecked(True)
    dialog.allocation_model.set_value(debt_id("FP-B"), "600")
    dialog.submit()
    assert dialog.isVisible() and entries() == before
    assert "FP-B" in dialog.message("allocate")
    row = dialog.allocation_model.rowCount() - 1
    assert dialog.allocation_model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_over_payment_asks_then_leaves_a_credit(qtbot, window, customer):
    before = entries()
    dialog = window.record_payment()
    dialog.amount_edit.setText("2000")
    asked: list[str] = []

    def go_back(box: QDialog) -> None:
        assert isinstance(box, ConfirmPostingDialog)
        asked.append(box.windowTitle())
        box.back_button.click()

    when_modal(go_back)
    dialog.submit()
    assert asked and dialog.isVisible() and entries() == before
    assert dialog.message("amount")  # the warning stays next to the field

    when_modal(lambda box: box.post_button.click())
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert entries() == before + 1
    assert window.balance_figure.value.text() == "-¥500.00"
    assert window.credit_figure.isVisibleTo(window)
    assert window.credit_figure.value.text() == "¥500.00"
    assert window.debts_model.rowCount() == 0


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1.234", "two decimals"),
        ("0", "more than zero"),
        ("-5", "more than zero"),
        ("", "Required"),
        ("abc", "Not an amount"),
    ],
)
def test_bad_amounts_are_refused_next_to_the_field(qtbot, window, typed, expected):
    before = entries()
    dialog = window.record_payment()
    qtbot.keyClicks(dialog.amount_edit, typed)
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert expected in dialog.message("amount")
    assert dialog.amount_edit.text() == typed  # the input is kept
    assert entries() == before
    assert window.ledger_model.rowCount() == 2


def test_full_width_digits_and_yuan_sign_are_accepted(qtbot, window):
    dialog = window.record_payment()
    dialog.amount_edit.setText("￥１００")
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert ledger_texts(window, COL_CREDIT)[-1] == "100.00"


def test_cheque_needs_its_number(qtbot, window):
    before = entries()
    dialog = window.record_payment()
    dialog.amount_edit.setText("100")
    dialog.method.set_value("cheque")
    assert "*" in dialog.field_label("reference") or dialog.form.labelForField(
        dialog.row("reference")
    ).text().endswith("*")
    dialog.submit()
    assert "cheque" in dialog.message("reference")
    assert entries() == before
    dialog.reference.setText("ZP 004512")
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted


# --- invoices --------------------------------------------------------------------------------


def test_invoice_due_date_follows_the_terms_until_changed(qtbot, window):
    dialog = window.new_invoice()
    assert isinstance(dialog, InvoiceDialog)
    assert dialog.due_date.date() == qdate(TODAY + timedelta(days=30))
    dialog.entry_date.setDate(qdate(ago(5)))
    assert dialog.due_date.date() == qdate(ago(5) + timedelta(days=30))
    dialog.due_date.setDate(qdate(TODAY + timedelta(days=60)))
    dialog.entry_date.setDate(qdate(ago(3)))
    assert dialog.due_date.date() == qdate(TODAY + timedelta(days=60))
    dialog.number.setText("SH-0001")
    dialog.amount_edit.setText("2,000")
    dialog.description.setText("送货单 3 箱")
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    row = window.ledger_model.rowCount() - 1
    assert window.ledger_model.entry(row).due_date == TODAY + timedelta(days=60)
    assert window.balance_figure.value.text() == "¥3,500.00"


def test_due_date_before_invoice_date_is_refused(qtbot, window):
    before = entries()
    dialog = window.new_invoice()
    dialog.number.setText("SH-0002")
    dialog.amount_edit.setText("100")
    dialog.due_date.setDate(qdate(ago(1)))
    dialog.submit()
    assert dialog.isVisible()
    assert "before the invoice date" in dialog.message("due_date")
    assert entries() == before


def test_duplicate_invoice_number_is_refused(qtbot, window):
    before = entries()
    dialog = window.new_invoice()
    dialog.number.setText("FP-A")
    dialog.amount_edit.setText("100")
    dialog.submit()
    assert "already used" in dialog.message("number")
    assert "上海明华贸易有限公司" in dialog.message("number")
    assert entries() == before
    # Typing again clears the message.
    qtbot.keyClicks(dialog.number, "2")
    assert dialog.message("number") == ""


def test_over_the_credit_limit_asks_first(qtbot, window):
    before = entries()
    dialog = window.new_invoice()
    dialog.number.setText("SH-0003")
    dialog.amount_edit.setText("4000")
    seen: list[str] = []

    def answer(box: QDialog) -> None:
        seen.append("\n".join(w.text() for w in box.findChildren(type(window.title))))
        box.back_button.click()

    when_modal(answer)
    dialog.submit()
    assert entries() == before
    assert "credit limit" in seen[0]


# --- credit notes, write-offs, reversals ---------------------------------------------------------


def test_credit_note_against_one_invoice(qtbot, window, customer):
    select_entry(window, debt_id("FP-B"))
    dialog = window.new_credit_note()
    assert dialog.debt.currentData() == debt_id("FP-B")
    dialog.number.setText("HZ-001")
    dialog.amount_edit.setText("200")
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    opens = {d.number: d.open for d in account.open_debts(customer)}
    assert opens == {"FP-A": Decimal("1000.00"), "FP-B": Decimal("300.00")}


def test_write_off_needs_a_reason(qtbot, window, customer):
    select_debts(window, debt_id("FP-A"))
    dialog = window.write_off()
    assert [d.number for d in dialog.debt_model.checked()] == ["FP-A"]
    assert "1,000.00" in dialog.total.text()
    before = entries()
    dialog.submit()
    assert "Required" in dialog.message("reason")
    assert entries() == before
    dialog.reason.setText("客户破产，法院裁定")
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [d.number for d in window.debts_model.debts()] == ["FP-B"]
    assert window.balance_figure.value.text() == "¥500.00"


def test_write_off_with_nothing_ticked_says_so(qtbot, window):
    window.tabs.setCurrentIndex(TAB_DEBTS)
    dialog = window.write_off()
    dialog.reason.setText("坏账")
    dialog.submit()
    assert dialog.isVisible() and dialog.message("debts")


def test_reversing_a_payment(qtbot, window, customer):
    payment = ledger.post_payment(
        customer, entry_date=ago(1), amount="1000", method="cheque", reference="ZP-778"
    )
    window.reload()
    select_entry(window, debt_id("FP-A"))
    assert not window.reverse_action.isEnabled()  # an invoice is corrected by a credit note
    select_entry(window, payment)
    assert window.reverse_action.isEnabled()
    dialog = window.reverse_selected()
    assert "ZP-778" in dialog.findChild(type(window.title), "reversedEntry").text()
    dialog.submit()
    assert "Required" in dialog.message("reason")
    dialog.reason.setText("支票退票")
    dialog.entry_date.setDate(qdate(ago(2)))  # before the payment
    dialog.submit()
    assert "before the entry" in dialog.message("entry_date")
    dialog.entry_date.setDate(QDate.currentDate())
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert window.balance_figure.value.text() == "¥1,500.00"
    row = window.ledger_model.row_of(payment)
    kind = window.ledger_model.index(row, COL_KIND)
    assert "reversed" in kind.data()
    assert "Reversed on" in kind.data(Qt.ItemDataRole.ToolTipRole)
    assert "支票退票" in kind.data(Qt.ItemDataRole.ToolTipRole)
    assert kind.data(Qt.ItemDataRole.FontRole).strikeOut()
    select_entry(window, payment)
    assert not window.reverse_action.isEnabled()
    assert "not reversed" in window.reverse_action.toolTip()


# --- holds and classes -----------------------------------------------------------------------


def test_hold_and_release(qtbot, window, customer):
    a = debt_id("FP-A")
    select_debts(window, a)
    assert window.hold_action.isEnabled() and not window.release_action.isEnabled()
    dialog = window.hold_selected()
    dialog.submit()
    assert "Required" in dialog.message("hold_reason")
    dialog.reason.setText("质量问题，少 5 箱")
    dialog.until.set_value(TODAY + timedelta(days=14))
    with qtbot.waitSignal(window.account_changed):
        dialog.submit()
    row = window.debts_model.row_of(a)
    hold = window.debts_model.index(row, COL_HOLD).data()
    assert "质量问题" in hold and (TODAY + timedelta(days=14)).isoformat() in hold
    assert window.debts_model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert window.overdue_figure.value.text() == "¥0.00"  # disputed debts are left out
    assert window.held_figure.isVisibleTo(window)
    assert window.held_figure.value.text() == "¥1,000.00"
    # The selection survives the reload, so release is one click away.
    assert window.selected_debt_ids() == [a]
    assert window.release_action.isEnabled()
    window.release_action.trigger()
    row = window.debts_model.row_of(a)
    assert window.debts_model.index(row, COL_HOLD).data() == ""
    assert window.overdue_figure.value.text() == "¥1,000.00"
    assert window.held_figure.isHidden()


def test_class_set_by_hand(qtbot, window):
    a = debt_id("FP-A")
    select_debts(window, a)
    dialog = window.set_class()
    dialog.debt_class.setCurrentIndex(dialog.debt_class.findData("bad"))
    dialog.submit()
    assert "Required" in dialog.message("override_reason")
    dialog.reason.setText("客户已破产")
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    cell = window.debts_model.index(window.debts_model.row_of(a), COL_CLASS)
    assert "Bad debt" in cell.data() and "by hand" in cell.data()
    assert "客户已破产" in cell.data(Qt.ItemDataRole.ToolTipRole)


# --- archived customers --------------------------------------------------------------------


def test_archived_customer_is_read_only(make_window, customer):
    archive_customers([customer])
    window = make_window(customer)
    assert window.archived_label.isVisibleTo(window)
    assert window.ledger_model.rowCount() == 2  # the ledger is still shown
    for action in (
        window.invoice_action,
        window.payment_action,
        window.credit_note_action,
        window.write_off_action,
        window.reverse_action,
        window.hold_action,
        window.class_action,
    ):
        assert not action.isEnabled()
        assert "archived" in action.toolTip()
    assert window.new_invoice() is None and window.record_payment() is None


def test_posting_to_a_customer_archived_meanwhile_is_refused(qtbot, window, customer):
    before = entries()
    dialog = window.record_payment()
    dialog.amount_edit.setText("100")
    archive_customers([customer])
    dialog.submit()
    assert dialog.isVisible() and "archived" in dialog.banner.text()
    assert entries() == before


# --- the models ----------------------------------------------------------------------------


def test_models_pass_the_model_tester(qtmodeltester, customer):
    a = debt_id("FP-A")
    payment = ledger.post_payment(customer, entry_date=ago(1), amount="300", method="transfer")
    ledger.reverse_entry(payment, entry_date=TODAY, reason="打错客户")
    ledger.post_payment(customer, entry_date=TODAY, amount="1000", method="cash")
    ledger.set_hold(debt_id("FP-B"), reason="争议", until=None)
    ledger.set_class_override(a, debt_class="doubtful", reason="难收")

    entries_model = LedgerModel()
    entries_model.set_entries(account.entries(customer))
    qtmodeltester.check(entries_model, force_py=True)
    assert entries_model.index(0, 0).data(ENTRY_ID_ROLE) == a

    debts_model = OpenDebtsModel()
    debts_model.set_debts(account.open_debts(customer))
    qtmodeltester.check(debts_model, force_py=True)
    assert debts_model.index(0, DEBT_COL_NUMBER).data(DEBT_ID_ROLE) is not None

    days = DaysToPayModel()
    days.set_rows(account.days_to_pay(customer))
    qtmodeltester.check(days, force_py=True)

    debts = account.open_debts(customer)
    qtmodeltester.check(AllocationModel(debts), force_py=True)
    qtmodeltester.check(DebtChoiceModel(debts, {debts[0].id}), force_py=True)


def test_empty_models_pass_the_model_tester(qtmodeltester):
    qtmodeltester.check(LedgerModel(), force_py=True)
    qtmodeltester.check(OpenDebtsModel(), force_py=True)


def test_five_hundred_entries_open_fast(make_window, customer):
    # Written directly (posting one by one takes ~20 ms each): 498 more open
    # invoices, caches consistent (open = amount, no allocations).
    LedgerEntry.insert_many(
        [
            {
                "customer": customer,
                "kind": "invoice",
                "number": f"N-{i:03d}",
                "entry_date": ago(700 - i),
                "due_date": ago(670 - i),
                "amount_fen": 10000 + i,
                "delta_fen": 10000 + i,
                "open_fen": 10000 + i,
            }
            for i in range(498)
        ]
    ).execute()
    assert entries() == 500
    window = make_window(customer)
    assert window.ledger_model.rowCount() == 500
    assert window.debts_model.rowCount() == 500
    window.reload()
    assert window.load_ms < 250  # about 25 ms on a developer machine


# --- Chinese ---------------------------------------------------------------------------------


def test_window_in_chinese(chinese, make_window, customer):  # noqa: F811
    window = make_window(customer)
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert all(CJK.search(t) for t in tabs), tabs
    captions = [f.caption.text() for f in window._figures]
    assert all(CJK.search(c) for c in captions), captions
    assert CJK.search(window.oldest_figure.value.text())  # “30 天”
    assert CJK.search(window.ledger_model.index(0, COL_KIND).data())
    headers = window.ledger_model.headers() + window.debts_model.headers()
    assert all(CJK.search(h) for h in headers), headers
    dialog = window.record_payment()
    dialog.amount_edit.setText("0")
    dialog.submit()
    assert CJK.search(dialog.message("amount"))
