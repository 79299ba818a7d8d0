"""The main window's receivables side: the summary shows the account figures,
the workbench and the overview are views of the window, a payment recorded in
the account window changes the balance shown and the workbench."""

from __future__ import annotations

from datetime import date, timedelta

from app import ledger
from app.customers import save_customer
from app.records import CustomerData
from ui.account_window import find_account
from ui.workbench_models import ID_ROLE, R_OVERDUE


def overdue_customer() -> int:
    cid = save_customer(
        CustomerData(kind="corporate", name="远东五金有限公司", payment_terms_days=30),
        confirm=True,
    ).id
    ledger.post_invoice(
        cid, number="SO-9001", entry_date=date.today() - timedelta(days=100), amount="8000"
    )
    return cid


def ranking(window) -> dict[int, str]:
    model = window.workbench.ranking_model
    return {
        model.index(r, 0).data(ID_ROLE): model.index(r, R_OVERDUE).data()
        for r in range(model.rowCount())
    }


def select(qtbot, window, cid: int) -> None:
    window.refresh(select=cid)
    qtbot.waitUntil(lambda: window.selected_ids() == [cid])


def test_payment_changes_summary_and_workbench(qtbot, window):
    cid = overdue_customer()
    select(qtbot, window, cid)
    text = window.summary.toPlainText()
    assert "¥8,000.00" in text and "70 days (SO-9001)" in text

    with qtbot.waitSignal(window.workbench.loaded, timeout=10_000):
        window.views.setCurrentWidget(window.workbench)
    assert "8,000.00" in ranking(window)[cid]
    assert not window.search.isVisible()  # customer tools only on the customer view

    window.views.setCurrentIndex(0)
    select(qtbot, window, cid)
    window.account_action.trigger()
    account = find_account(cid)
    assert account is not None
    dialog = account.record_payment()
    dialog.amount_edit.setText("8000")
    with qtbot.waitSignal(account.account_changed):
        dialog.ok_button.click()
    qtbot.waitUntil(lambda: "¥0.00" in window.summary.toPlainText())
    account.close()

    with qtbot.waitSignal(window.workbench.loaded, timeout=10_000):
        window.views.setCurrentWidget(window.workbench)  # stale: reloads on showing
    assert cid not in ranking(window)


def test_overview_row_opens_the_account(qtbot, window):
    cid = overdue_customer()
    with qtbot.waitSignal(window.overview.loaded, timeout=10_000):
        window.views.setCurrentWidget(window.overview)
    assert window.overview.report is not None
    assert [r.customer_id for r in window.overview.report.rows] == [cid]
    window.overview.customer_activated.emit(cid)
    account = find_account(cid)
    assert account is not None and account.isVisible()
    account.close()


def test_summary_link_opens_the_account(qtbot, window):
    cid = overdue_customer()
    select(qtbot, window, cid)
    from PySide6.QtCore import QUrl

    window.summary.anchorClicked.emit(QUrl(f"account:{cid}"))
    account = find_account(cid)
    assert account is not None
    account.close()


def test_summary_shows_the_collection_status(qtbot, window):
    from app import instalments, warning_signs

    cid = overdue_customer()
    instalments.create_plan(
        cid,
        agreed_on=date.today(),
        instalments=[
            (date.today() + timedelta(days=7), "3000"),
            (date.today() + timedelta(days=37), "5000"),
        ],
    )
    warning_signs.flag(cid, sign="staff_change", flagged_on=date.today(), note="法人变更")
    select(qtbot, window, cid)
    text = window.summary.toPlainText()
    assert "Next instalment" in text and "¥3,000.00" in text
    assert "Key staff or legal representative changed" in text
