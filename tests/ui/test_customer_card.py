"""The card editor driven through its widgets: typing, messages, saving."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QPushButton

from app import groups
from app.customer_query import CustomerFilter, find_customers
from app.customers import load_customer, save_customer
from app.models import Customer, LedgerEntry
from app.records import Birthday, ContactData, CustomerData
from tests.ui.dialogs import when_modal
from ui.contacts import COL_SALUTATION, ContactDialog
from ui.customer_card import (
    TAB_BASIC,
    TAB_CONTACT,
    TAB_PAYMENT,
    TAB_PEOPLE,
    CustomerCard,
    DuplicateDialog,
)
from ui.customer_summary import summary_html


def make_card(qtbot, data: CustomerData) -> CustomerCard:
    card = CustomerCard(data)
    # Closing at teardown must not stop at the "discard changes?" question.
    qtbot.addWidget(card, before_close_func=lambda w: w.done(QDialog.DialogCode.Rejected))
    card.show()
    return card


def test_create_individual_by_typing(qtbot, db_path):
    card = make_card(qtbot, CustomerData(kind="individual"))
    qtbot.keyClicks(card.name, "Zhang San")
    card.name.setText("张三")
    qtbot.keyClicks(card.mobile, "138 0013 8000")
    qtbot.keyClicks(card.email, "zhangsan@example.com")
    card.save()
    assert card.result() == QDialog.DialogCode.Accepted
    saved = load_customer(card.result_saved.id)
    assert saved.name == "张三"
    assert saved.mobile == "13800138000"
    assert saved.number.startswith("C")
    assert [r.name for r in find_customers(CustomerFilter(text="zs"))] == ["张三"]


def test_empty_name_is_refused_under_the_field_and_typing_is_kept(qtbot, db_path):
    card = make_card(qtbot, CustomerData(kind="individual"))
    card.name.setText("   ")
    card.email.setText("not-an-email")
    card.credit_limit.setText("-5")
    card.save()
    assert card.isVisible() and card.result() != QDialog.DialogCode.Accepted
    name_row = card._rows["name"]
    assert name_row.message.isHidden() is False
    assert "Required" in name_row.message.text() or "必填" in name_row.message.text()
    assert card._rows["email"].message.isHidden() is False
    assert card._rows["credit_limit"].message.isHidden() is False
    assert card.tabs.currentIndex() == TAB_BASIC
    # The tabs holding problems say so, so nothing is missed on a hidden tab.
    assert card.tabs.tabBar().tabTextColor(TAB_CONTACT).name() == "#c62828"
    assert card.tabs.tabBar().tabTextColor(TAB_PAYMENT).name() == "#c62828"
    # Nothing typed is lost, nothing was stored.
    assert card.email.text() == "not-an-email"
    assert card.credit_limit.text() == "-5"
    assert find_customers(CustomerFilter(status="all")) == []
    assert card.banner.isVisible()


def test_resident_id_fills_birthday_and_gender(qtbot, db_path):
    card = make_card(qtbot, CustomerData(kind="individual"))
    card.name.setText("王芳")
    card.id_number.setText("11010519491231002X")
    card.id_number.editingFinished.emit()
    assert card.birthday.value() == Birthday("solar", 12, 31, 1949)
    assert card.gender.value() == "female"


def test_bad_checksum_is_a_warning_that_can_be_overridden(qtbot, db_path):
    card = make_card(qtbot, CustomerData(kind="individual"))
    card.name.setText("赵六")
    card.id_number.setText("110105194912310021")  # wrong check digit
    when_modal(lambda dlg: dlg.done(DuplicateDialog.BACK))
    card.save()
    assert card.result() != QDialog.DialogCode.Accepted
    assert card._rows["id_number"].message.isHidden() is False
    assert find_customers(CustomerFilter(status="all")) == []
    when_modal(lambda dlg: dlg.save_button.click())
    card.save()
    assert card.result() == QDialog.DialogCode.Accepted
    assert load_customer(card.result_saved.id).id_number == "110105194912310021"


def test_duplicate_warning_can_open_the_existing_card(qtbot, db_path):
    existing = save_customer(CustomerData(name="张三", mobile="13800138000"), confirm=True)
    card = make_card(qtbot, CustomerData(kind="individual"))
    card.name.setText("张三丰")
    card.mobile.setText("13800138000")
    opened: list[int] = []
    card.open_customer.connect(opened.append)

    def click_open(dialog) -> None:
        dialog.findChild(QPushButton, f"openDuplicate{existing.id}").click()

    when_modal(click_open)
    card.save()
    assert opened == [existing.id]
    assert card.result() != QDialog.DialogCode.Accepted
    assert card.name.text() == "张三丰"  # still in the form


def test_corporate_card_with_three_contacts(qtbot, db_path):
    card = make_card(qtbot, CustomerData(kind="corporate"))
    assert card.tabs.isTabVisible(TAB_PEOPLE)
    card.name.setText("上海明华贸易有限公司")
    card.short_name.setText("明华贸易")
    card.credit_code.setText("91110108551385082Q")
    people = [
        ("王建国", "13800000001", "decision_maker"),
        ("李会计", "13800000002", "finance"),
        ("张仓管", "13800000003", "receiver"),
    ]
    for name, mobile, role in people:

        def fill(dialog: ContactDialog, name=name, mobile=mobile, role=role) -> None:
            dialog.name.setText(name)
            dialog.mobile.setText(mobile)
            dialog.role_boxes[role].setChecked(True)
            dialog.accept()

        when_modal(fill)
        card.add_contact_button.click()
    assert card.contacts_model.rowCount() == 3
    card.save()
    assert card.result() == QDialog.DialogCode.Accepted
    saved = load_customer(card.result_saved.id)
    assert [(c.name, c.mobile, c.roles) for c in saved.contacts] == [
        (n, m, [r]) for n, m, r in people
    ]
    # Edit again: change the second contact's title, keep the ids.
    ids = [c.id for c in saved.contacts]
    again = make_card(qtbot, saved)

    def retitle(dialog: ContactDialog) -> None:
        dialog.title_edit.setText("财务经理")
        dialog.accept()

    when_modal(retitle)
    again.edit_contact(1)
    again.save()
    reloaded = load_customer(saved.id)
    assert [c.id for c in reloaded.contacts] == ids
    assert reloaded.contacts[1].title == "财务经理"


def test_contact_problems_are_shown_on_the_people_tab(qtbot, db_path):
    card = make_card(
        qtbot,
        CustomerData(
            kind="corporate", name="某公司", contacts=[ContactData(name="", mobile="abc")]
        ),
    )
    card.save()
    assert card.tabs.currentIndex() == TAB_PEOPLE
    assert not card.contacts_message.isHidden()
    assert "1" in card.contacts_message.text()


def test_group_membership_from_the_card(qtbot, db_path):
    vip = groups.create_group("重要客户")
    friends = groups.create_group("朋友")
    card = make_card(qtbot, CustomerData(kind="individual"))
    card.name.setText("李四")
    row = card.group_model.row_of(vip.id)
    card.group_model.setData(
        card.group_model.index(row), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    card.save()
    saved = load_customer(card.result_saved.id)
    assert saved.group_ids == {vip.id}
    assert {g.name: g.members for g in groups.list_groups()} == {"重要客户": 1, "朋友": 0}
    assert friends.id not in saved.group_ids


def test_markup_and_emoji_names_round_trip(qtbot, db_path):
    card = make_card(qtbot, CustomerData(kind="individual"))
    card.name.setText("<b>&amp; 小明 😀")
    card.save()
    assert load_customer(card.result_saved.id).name == "<b>&amp; 小明 😀"


def test_future_birthday_is_refused(qtbot, db_path):
    card = make_card(qtbot, CustomerData(kind="individual"))
    card.name.setText("未来人")
    card.birthday.set_value(Birthday("solar", 1, 1, date.today().year + 1))
    card.save()
    assert card._rows["birthday"].message.isHidden() is False


def test_stale_card_is_not_overwritten(qtbot, db_path, monkeypatch):
    cid = save_customer(CustomerData(name="原名"), confirm=True).id
    first = make_card(qtbot, load_customer(cid))
    second = load_customer(cid)
    second.name = "别人改的"
    save_customer(second, confirm=True)
    first.name.setText("我改的")
    when_modal(lambda box: box.findChild(QPushButton, "conflictKeep").click())
    first.save()
    assert first.result() != QDialog.DialogCode.Accepted
    assert load_customer(cid).name == "别人改的"
    assert first.name.text() == "我改的"
    assert first.banner.isVisible()


def test_cancel_with_changes_asks_first(qtbot, db_path):
    card = make_card(qtbot, CustomerData(kind="individual"))
    card.name.setText("半途")
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    card.reject()
    assert card.isVisible()
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Discard).click())
    card.reject()
    assert not card.isVisible()


def test_live_check_marks_a_touched_field(qtbot, db_path):
    card = make_card(qtbot, CustomerData(kind="individual"))
    card.mobile.setFocus()
    qtbot.keyClicks(card.mobile, "12ab")
    card.mobile.editingFinished.emit()
    qtbot.waitUntil(lambda: card._rows["mobile"].message.isHidden() is False, timeout=2000)
    assert card._rows["name"].message.isHidden() is not False  # untouched: not nagged yet
    assert isinstance(card.mobile, QLineEdit)


def test_daily_late_fee_rate_is_checked_under_its_field(qtbot, db_path):
    card = make_card(qtbot, CustomerData(kind="corporate"))
    card.name.setText("上海明华贸易有限公司")
    rate_row = card._rows["late_fee_daily_rate"]
    # No charge: neither term can be typed.
    assert not card.late_fee_daily_rate.isEnabled()
    assert not card.late_fee_per_level.isEnabled()
    card.late_fee_mode.set_value("daily")
    assert card.late_fee_daily_rate.isEnabled()
    assert not card.late_fee_per_level.isEnabled()
    # Missing rate
    card.save()
    assert card.result() != QDialog.DialogCode.Accepted
    assert card.tabs.currentIndex() == TAB_PAYMENT
    assert not rate_row.message.isHidden()
    assert "Enter the daily rate" in rate_row.message.text()
    assert card.tabs.tabBar().tabTextColor(TAB_PAYMENT).name() == "#c62828"
    # 5 % per day is surely a typo: checked as soon as the field is left.
    card.late_fee_daily_rate.setFocus()
    qtbot.keyClicks(card.late_fee_daily_rate, "5")
    card.late_fee_daily_rate.editingFinished.emit()
    qtbot.waitUntil(lambda: "typo" in rate_row.message.text(), timeout=2000)
    card.save()
    assert card.result() != QDialog.DialogCode.Accepted
    assert card.late_fee_daily_rate.text() == "5"  # the typing is kept
    assert Customer.select().count() == 0
    # Corrected with full-width digits (setText: keyClicks cannot type CJK/full-width).
    card.late_fee_daily_rate.setText("０．０５")
    card.save()
    assert card.result() == QDialog.DialogCode.Accepted
    assert Customer.get_by_id(card.result_saved.id).late_fee_daily_ppm == 500
    saved = load_customer(card.result_saved.id)
    assert (saved.late_fee_mode, saved.late_fee_daily_rate) == ("daily", Decimal("0.05"))


def test_fees_per_reminder_level_from_the_card(qtbot, db_path):
    card = make_card(qtbot, CustomerData(kind="individual"))
    card.name.setText("张三")
    card.late_fee_mode.set_value("per_reminder")
    assert card.late_fee_per_level.isEnabled() and not card.late_fee_daily_rate.isEnabled()
    card.late_fee_per_level.setText("1,500")
    card.save()
    fees_row = card._rows["late_fee_per_level"]
    assert not fees_row.message.isHidden()
    assert "one amount or several" in fees_row.message.text()
    card.late_fee_per_level.setText("50、100、200")
    card.save()
    assert card.result() == QDialog.DialogCode.Accepted
    assert Customer.get_by_id(card.result_saved.id).late_fee_per_level == "5000,10000,20000"
    again = make_card(qtbot, load_customer(card.result_saved.id))
    assert again.late_fee_mode.value() == "per_reminder"
    assert again.late_fee_per_level.text() == "50.00, 100.00, 200.00"
    assert not again.is_modified()


def test_choosing_no_charge_clears_the_message_of_the_disabled_field(qtbot, db_path):
    card = make_card(qtbot, CustomerData(kind="individual"))
    card.name.setText("张三")
    card.late_fee_mode.set_value("daily")
    card.late_fee_daily_rate.setText("abc")
    card.save()
    assert not card._rows["late_fee_daily_rate"].message.isHidden()
    card.late_fee_mode.set_value("")
    assert card._rows["late_fee_daily_rate"].message.isHidden()
    assert not card.late_fee_daily_rate.isEnabled()
    card.save()
    assert card.result() == QDialog.DialogCode.Accepted
    row = Customer.get_by_id(card.result_saved.id)
    assert (row.late_fee_mode, row.late_fee_daily_ppm) == ("", None)


def test_amount_labels_name_the_currency(qtbot, db_path):
    card = make_card(qtbot, CustomerData(kind="corporate"))
    assert card.field_label("credit_limit") == "Credit limit (CNY)"
    card.currency.set_value("USD")
    assert card.field_label("credit_limit") == "Credit limit (USD)"
    assert card.field_label("late_fee_per_level") == "Fee per reminder level (USD)"
    card.name.setText("Pacific Trading Co., Ltd.")
    card.save()
    assert load_customer(card.result_saved.id).currency == "USD"


def test_currency_is_locked_once_the_ledger_has_entries(qtbot, db_path):
    free = save_customer(CustomerData(name="李四", currency="EUR"))
    assert make_card(qtbot, load_customer(free.id)).currency.isEnabled()
    saved = save_customer(CustomerData(name="张三", currency="USD"))
    today = date.today()
    LedgerEntry.create(
        customer=saved.id,
        kind="invoice",
        number="X1",
        entry_date=today,
        due_date=today + timedelta(days=30),
        amount_fen=100,
        delta_fen=100,
        open_fen=100,
    )
    card = make_card(qtbot, load_customer(saved.id))
    assert card.currency.value() == "USD"
    assert not card.currency.isEnabled()
    assert "ledger" in card.currency.toolTip()
    assert card.field_label("credit_limit") == "Credit limit (USD)"


def test_summary_shows_the_credit_limit_in_the_customers_currency(qapp):
    usd = summary_html(CustomerData(name="Pacific", currency="USD", credit_limit=Decimal(1000)), [])
    assert "USD 1,000.00" in usd and "¥" not in usd
    cny = summary_html(CustomerData(name="张三", credit_limit=Decimal(1000)), [])
    assert "¥1,000.00" in cny


# --- salutations ---------------------------------------------------------------------------


def test_salutation_of_an_individual_shows_the_derived_one_and_keeps_a_typed_one(qtbot, db_path):
    card = make_card(qtbot, CustomerData(kind="individual"))
    assert card.salutation.isVisibleTo(card)
    card.name.setText("王建国")
    card.job_title.setText("总经理")
    assert card.salutation.placeholderText() == "王总"
    card.job_title.setText("")
    card.gender.set_value("female")
    assert card.salutation.placeholderText() == "王女士"
    card.language.set_value("en")
    assert card.salutation.placeholderText() == "Ms. 王建国"
    card.language.set_value("zh")
    assert card.salutation.text() == ""  # derived, not typed: nothing stored
    card.salutation.setText("王董")
    card.save()
    assert card.result() == QDialog.DialogCode.Accepted
    saved = load_customer(card.result_saved.id)
    assert saved.salutation == "王董"
    again = make_card(qtbot, saved)
    assert again.salutation.text() == "王董"
    assert again.salutation.placeholderText() == "王女士"
    assert not again.is_modified()


def test_corporate_card_has_no_salutation_of_its_own(qtbot, db_path):
    card = make_card(qtbot, CustomerData(kind="corporate"))
    assert not card.salutation.isVisibleTo(card)


def test_salutation_of_a_contact_person(qtbot, db_path):
    card = make_card(
        qtbot,
        CustomerData(
            kind="corporate",
            name="上海明华贸易有限公司",
            contacts=[ContactData(name="张伟", title="总经理")],
        ),
    )
    model = card.contacts_model
    assert model.headerData(COL_SALUTATION, Qt.Orientation.Horizontal) == "Salutation"
    # Derived, in grey: nobody typed it.
    assert model.index(0, COL_SALUTATION).data() == "张总"
    assert model.index(0, COL_SALUTATION).data(Qt.ItemDataRole.ForegroundRole) is not None

    def fill(dialog: ContactDialog) -> None:
        dialog.name.setText("李华")
        dialog.title_edit.setText("财务经理")
        assert dialog.salutation.placeholderText() == "李经理"
        dialog.title_edit.setText("")
        dialog.gender.set_value("female")
        assert dialog.salutation.placeholderText() == "李女士"
        dialog.salutation.setText("李姐")
        dialog.accept()

    when_modal(fill)
    card.add_contact_button.click()
    assert model.index(1, COL_SALUTATION).data() == "李姐"
    assert model.index(1, COL_SALUTATION).data(Qt.ItemDataRole.ForegroundRole) is None
    # The derived ones follow the card's document language.
    card.language.set_value("en")
    assert model.index(0, COL_SALUTATION).data() == "张伟"  # no gender: the full name
    card.save()
    assert card.result() == QDialog.DialogCode.Accepted
    saved = load_customer(card.result_saved.id)
    assert [(c.name, c.salutation) for c in saved.contacts] == [("张伟", ""), ("李华", "李姐")]
    again = make_card(qtbot, saved)

    def check(dialog: ContactDialog) -> None:
        assert dialog.salutation.text() == "李姐"
        dialog.reject()

    when_modal(check)
    again.edit_contact(1)
