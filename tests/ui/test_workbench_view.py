"""The collection workbench (催收工作台) on a real database: the ranking and its
order, the lists of debts due soon, promises, instalments and confirmations,
a payment that changes the ranking, the filters, stale and failed loads, the
warning signs fetched for the rows on screen, and opening a customer."""

from __future__ import annotations

import dataclasses
import re
import threading
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from peewee import OperationalError
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication

import ui.workbench_view as view_module
from app import ledger
from app.collection_log import add_entry
from app.confirmations import record_sent
from app.customers import save_customer
from app.errors import NotFoundError
from app.groups import add_members, create_group
from app.instalments import create_plan
from app.promises import add_promise
from app.records import CustomerData
from app.warning_signs import flag
from tests.ui.test_translations import chinese  # noqa: F401 - the fixture
from ui.workbench_models import (
    C_BALANCE,
    C_WAITING,
    D_DAYS,
    D_DEBT,
    D_NAME,
    D_OPEN,
    I_NEXT_AMOUNT,
    I_NEXT_DUE,
    I_OVERDUE,
    I_OVERDUE_COUNT,
    ID_ROLE,
    P_AMOUNT,
    P_STATUS,
    R_BROKEN,
    R_CLASS,
    R_LAST_CONTACT,
    R_NAME,
    R_OVERDUE,
    R_RANK,
    R_SCORE,
    R_SIGNS,
    DueSoonModel,
    PlansDueModel,
    RankingModel,
    UnreturnedModel,
    WorkbenchPromisesModel,
)
from ui.workbench_view import (
    TAB_CONFIRMATIONS,
    TAB_DUE_SOON,
    TAB_PLANS,
    TAB_PROMISES,
    TAB_RANKING,
    WorkbenchView,
)

TODAY = date.today()
CJK = re.compile(r"[\u3400-\u9fff]")
WAIT_MS = 10_000


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def customer(name: str, **fields: object) -> int:
    data = CustomerData(kind="corporate", name=name, payment_terms_days=30, **fields)  # type: ignore[arg-type]
    return save_customer(data, confirm=True).id


@pytest.fixture
def books(db_path: Path) -> dict[str, int]:
    """
    甲 (王强, group 华东): 50,000.00 due 120 days ago, a promise of 10,000.00
       broken 10 days ago, never contacted: the most urgent.
    乙 (李娜): 200.00 due 10 days ago, called yesterday.
    丙 (王强): 800.00 falling due in 2 days; a promise of 300.00 due today.
    丁 (李娜): 1,000.00 due 15 days ago, on a plan of 2 x 500.00, the first 10 days late.
    戊: a statement of 1,500.00 sent 30 days ago, not returned; nothing overdue.
    """
    ids = {
        "甲": customer("甲建材有限公司", salesperson="王强", mobile="13800000001"),
        "乙": customer("乙五金商行", salesperson="李娜", phone="0571-88880002"),
        "丙": customer("丙电子科技", salesperson="王强", mobile="13800000003"),
        "丁": customer("丁家具厂", salesperson="李娜"),
        "戊": customer("戊贸易公司"),
    }
    ledger.post_invoice(ids["甲"], number="JIA-1", entry_date=ago(150), amount="50000")
    add_promise(ids["甲"], made_on=ago(20), due_on=ago(10), amount="10000", today=TODAY)
    ledger.post_invoice(ids["乙"], number="YI-1", entry_date=ago(40), amount="200")
    add_entry(ids["乙"], contact_date=ago(1), channel="call", said="下周付", today=TODAY)
    ledger.post_invoice(ids["丙"], number="BING-1", entry_date=ago(28), amount="800")
    add_promise(ids["丙"], made_on=ago(3), due_on=TODAY, amount="300", today=TODAY)
    ledger.post_invoice(ids["丁"], number="DING-1", entry_date=ago(45), amount="1000")
    create_plan(
        ids["丁"],
        agreed_on=ago(40),
        instalments=[(ago(10), "500"), (TODAY + timedelta(days=20), "500")],
        today=TODAY,
    )
    ledger.post_invoice(ids["戊"], number="WU-1", entry_date=ago(20), amount="1500")
    record_sent(ids["戊"], sent_on=ago(30), as_of=ago(31), balance="1500", today=TODAY)
    group = create_group("华东")
    add_members(group.id, [ids["甲"]])
    ids["group"] = group.id
    return ids


def open_view(qtbot) -> WorkbenchView:  # noqa: ANN001
    view = WorkbenchView()
    qtbot.addWidget(view)
    view.resize(1280, 780)
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        view.show()  # shown on its own, it loads
    return view


@pytest.fixture
def view(qtbot, books) -> WorkbenchView:
    return open_view(qtbot)


def texts(model, column: int) -> list[str]:  # noqa: ANN001
    return [model.index(row, column).data() for row in range(model.rowCount())]


def ids_of(model) -> list[int]:  # noqa: ANN001
    return [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]


def refresh(qtbot, view: WorkbenchView) -> None:  # noqa: ANN001
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        view.refresh()


def choose(qtbot, view: WorkbenchView, combo, data) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: combo.findData(data) >= 0, timeout=WAIT_MS)  # filled in a worker
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        combo.setCurrentIndex(combo.findData(data))


# --- what is shown ------------------------------------------------------------------------


def test_ranking_shows_the_overdue_customers_most_urgent_first(view, books):
    model = view.ranking_model
    assert ids_of(model) == [books["甲"], books["丁"], books["乙"]]  # not 丙 or 戊
    assert texts(model, R_RANK) == ["1", "2", "3"]
    assert texts(model, R_NAME)[0] == "甲建材有限公司"
    assert texts(model, R_OVERDUE) == ["¥50,000.00", "¥1,000.00", "¥200.00"]
    assert model.index(0, R_OVERDUE).data(Qt.ItemDataRole.TextAlignmentRole) & (
        Qt.AlignmentFlag.AlignRight
    )
    assert model.index(0, R_CLASS).data() == "Doubtful"  # 120 days past due
    assert model.index(0, R_BROKEN).data() == "1"
    assert model.index(0, R_LAST_CONTACT).data() == "never"
    assert model.index(2, R_LAST_CONTACT).data() == ago(1).isoformat()
    scores = [int(s) for s in texts(model, R_SCORE)]
    assert scores == sorted(scores, reverse=True) and scores[0] > 60 > scores[-1]
    tooltip = model.index(0, R_SCORE).data(Qt.ItemDataRole.ToolTipRole)
    assert "overdue amount" in tooltip and "broken promises 10.0 of 15" in tooltip
    assert "contact 10.0 of 10" in tooltip  # never contacted: full points
    assert "Score 0–100" in tooltip
    assert view.tabs.tabText(TAB_RANKING) == "Overdue customers, most urgent first (3)"
    assert view.today_label.text() == f"Today: {TODAY.isoformat()}"


def test_warning_signs_stand_out(view, books):
    model = view.ranking_model
    jia = model.index(0, R_SIGNS)
    assert "Broke a promise to pay" in jia.data()
    assert jia.data(Qt.ItemDataRole.DecorationRole) is not None
    assert jia.data(Qt.ItemDataRole.BackgroundRole) is not None
    yi = model.index(2, R_SIGNS)
    assert yi.data() == ""
    assert yi.data(Qt.ItemDataRole.DecorationRole) is None


def test_debt_due_in_two_days_is_listed_to_confirm(view, books):
    model = view.due_soon_model
    assert ids_of(model) == [books["丙"]]
    assert model.index(0, D_NAME).data() == "丙电子科技"
    assert model.index(0, D_DEBT).data() == "BING-1"
    assert model.index(0, D_OPEN).data() == "¥800.00"
    assert "2" in model.index(0, D_DAYS).data() and model.index(0, D_DAYS).data() != "today"
    assert "Due in the next" in view.tabs.tabText(TAB_DUE_SOON)
    assert view.tabs.tabText(TAB_DUE_SOON).endswith("(1)")


def test_promises_due_today_and_broken(view, books):
    model = view.promises_model
    assert ids_of(model) == [books["丙"], books["甲"]]  # today's first, then the broken
    assert texts(model, P_STATUS) == ["Due today", "Broken"]
    assert texts(model, P_AMOUNT) == ["¥300.00", "¥10,000.00"]
    assert view.tabs.tabText(TAB_PROMISES) == "Promises (2)"
    assert "Due today: 1" in view.hints[TAB_PROMISES].text()


def test_instalments_and_confirmations(view, books):
    plans = view.plans_model
    assert ids_of(plans) == [books["丁"]]
    assert plans.index(0, I_NEXT_DUE).data() == ago(10).isoformat()
    assert plans.index(0, I_NEXT_AMOUNT).data() == "¥500.00"
    assert plans.index(0, I_OVERDUE_COUNT).data() == "1"
    assert plans.index(0, I_OVERDUE).data() == "¥500.00"
    assert "Paid" not in plans.index(0, I_NEXT_DUE).data(Qt.ItemDataRole.ToolTipRole)
    confirmations = view.confirmations_model
    assert ids_of(confirmations) == [books["戊"]]
    assert confirmations.index(0, C_BALANCE).data() == "¥1,500.00"
    assert "30" in confirmations.index(0, C_WAITING).data()
    assert view.tabs.tabText(TAB_PLANS) == "Instalments due (1)"
    assert view.tabs.tabText(TAB_CONFIRMATIONS) == "Balance confirmations not returned (1)"


def test_a_payment_changes_the_workbench(view, books, qtbot):
    """The issue's check: record a payment, refresh, see the figures change."""
    ledger.post_payment(books["甲"], entry_date=TODAY, amount="20000")
    refresh(qtbot, view)
    model = view.ranking_model
    row = model.row_of(books["甲"])
    assert model.index(row, R_OVERDUE).data() == "¥30,000.00"
    # the promise of 10,000 was for 10 days ago: paying today does not keep it
    ledger.post_payment(books["甲"], entry_date=TODAY, amount="30000")
    refresh(qtbot, view)
    assert books["甲"] not in ids_of(model)
    assert ids_of(model) == [books["丁"], books["乙"]]
    assert view.tabs.tabText(TAB_RANKING).endswith("(2)")


def test_money_in_another_currency_shows_its_code(books, qtbot):
    usd = customer("Summit Supplies Ltd", currency="USD")
    ledger.post_invoice(usd, number="S-1", entry_date=ago(70), amount="1839.06")
    view = open_view(qtbot)
    row = view.ranking_model.row_of(usd)
    assert view.ranking_model.index(row, R_OVERDUE).data() == "USD 1,839.06"


# --- the filters --------------------------------------------------------------------------


def test_group_filter_narrows_the_ranking(view, books, qtbot):
    choose(qtbot, view, view.group_combo, books["group"])
    assert ids_of(view.ranking_model) == [books["甲"]]
    assert view.due_soon_model.rowCount() == 0
    choose(qtbot, view, view.group_combo, None)
    assert len(ids_of(view.ranking_model)) == 3


def test_salesperson_filter_narrows_the_lists(view, books, qtbot):
    combo = view.salesperson_combo
    qtbot.waitUntil(lambda: combo.count() == 4, timeout=WAIT_MS)
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == ["All salespersons", "(No salesperson)", "李娜", "王强"]  # pinyin order
    choose(qtbot, view, combo, "李娜")
    assert ids_of(view.ranking_model) == [books["丁"], books["乙"]]
    assert view.promises_model.rowCount() == 0
    choose(qtbot, view, combo, "王强")
    assert ids_of(view.ranking_model) == [books["甲"]]
    assert ids_of(view.due_soon_model) == [books["丙"]]
    choose(qtbot, view, combo, "")
    assert view.ranking_model.rowCount() == 0
    assert ids_of(view.confirmations_model) == [books["戊"]]


def test_groups_changed_refills_the_combo(view, books, qtbot):
    qtbot.waitUntil(lambda: view.group_combo.count() == 2, timeout=WAIT_MS)
    other = create_group("华南")
    view.groups_changed()
    qtbot.waitUntil(lambda: view.group_combo.findData(other.id) > 0, timeout=WAIT_MS)
    assert [view.group_combo.itemText(i) for i in range(3)] == ["All groups", "华东", "华南"]


# --- sorting ------------------------------------------------------------------------------


def test_sorting_on_amounts_keeps_the_rank(view, books):
    view.ranking_table.sortByColumn(R_OVERDUE, Qt.SortOrder.AscendingOrder)
    model = view.ranking_model
    assert texts(model, R_OVERDUE) == ["¥200.00", "¥1,000.00", "¥50,000.00"]
    assert texts(model, R_RANK) == ["3", "2", "1"]
    view.ranking_table.sortByColumn(R_RANK, Qt.SortOrder.AscendingOrder)
    assert ids_of(model) == [books["甲"], books["丁"], books["乙"]]


def test_warning_signs_column_is_not_sorted_on(view):
    header = view.ranking_table.horizontalHeader()
    before = ids_of(view.ranking_model)
    view.ranking_table.sortByColumn(R_SIGNS, Qt.SortOrder.DescendingOrder)
    assert ids_of(view.ranking_model) == before
    assert header.sortIndicatorSection() == R_RANK


# --- warning signs beyond the top of the ranking ------------------------------------------


def test_signs_not_computed_by_the_domain_are_fetched_for_the_rows_shown(books, qtbot, monkeypatch):
    """The domain leaves derived_signs None after the first rows: the view shows
    "…" and then fetches them, with the flags, for the rows on screen."""
    flag(books["甲"], sign="moving", flagged_on=ago(2), note="搬到新厂区", today=TODAY)
    real = view_module.workbench

    def without_signs(today, *, filters):  # noqa: ANN001, ANN202
        found = real(today, filters=filters)
        ranking = [dataclasses.replace(r, derived_signs=None) for r in found.ranking]
        return dataclasses.replace(found, ranking=ranking)

    monkeypatch.setattr(view_module, "workbench", without_signs)
    view = WorkbenchView()
    qtbot.addWidget(view)
    view.resize(1280, 780)
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        view.show()
    signs = view.ranking_model.index(0, R_SIGNS)
    assert signs.data() == "1 flagged · …"
    with qtbot.waitSignal(view.details_loaded, timeout=WAIT_MS):
        pass
    text = view.ranking_model.index(0, R_SIGNS).data()
    assert "…" not in text and "Broke a promise to pay" in text
    tooltip = view.ranking_model.index(0, R_SIGNS).data(Qt.ItemDataRole.ToolTipRole)
    assert "Moving premises" in tooltip and "搬到新厂区" in tooltip
    assert "Promises broken in the last 90 days: 1" in tooltip
    assert view.ranking_model.index(2, R_SIGNS).data() == ""  # 乙: nothing


# --- loading ------------------------------------------------------------------------------


def test_stale_results_are_ignored(books, qtbot, monkeypatch):
    """A slow load for a filter no longer chosen must not overwrite the newer one."""
    release = threading.Event()
    real = view_module.workbench

    def gated(today, *, filters):  # noqa: ANN001, ANN202
        if filters.salesperson is None:  # the first load, with no filter
            release.wait(WAIT_MS / 1000)
        return real(today, filters=filters)

    monkeypatch.setattr(view_module, "workbench", gated)
    view = WorkbenchView()
    qtbot.addWidget(view)
    view.refresh()  # starts the slow load
    assert view.is_loading
    assert view.status_label.text() == "Loading…"
    assert view.tabs.tabText(TAB_RANKING).endswith("(…)")
    choose(qtbot, view, view.salesperson_combo, "李娜")
    assert ids_of(view.ranking_model) == [books["丁"], books["乙"]]
    release.set()
    QThreadPool.globalInstance().waitForDone(WAIT_MS)
    QApplication.processEvents()  # the slow result's queued signal arrives, and is dropped
    assert ids_of(view.ranking_model) == [books["丁"], books["乙"]]
    assert view.salesperson_combo.currentData() == "李娜"
    assert not view.is_loading


@pytest.mark.parametrize(
    ("error", "shown"),
    [
        (NotFoundError("This customer no longer exists."), "This customer no longer exists."),
        (OperationalError("database is locked"), "database is locked"),
        (ZeroDivisionError("division by zero"), "internal error in Kehu (ZeroDivisionError)"),
    ],
)
def test_a_failed_load_is_explained_without_a_traceback(books, qtbot, monkeypatch, error, shown):
    def failing(today, *, filters):  # noqa: ANN001, ANN202
        raise error

    monkeypatch.setattr(view_module, "workbench", failing)
    view = WorkbenchView()
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.load_failed, timeout=WAIT_MS) as failed:
        view.show()
    message = failed.args[0]
    assert shown in message
    assert "Traceback" not in message and "File " not in message
    assert view.status_label.text() == message
    assert view.ranking_model.rowCount() == 0 and view.lists is None


def test_nothing_to_do_shows_empty_lists(db_path, qtbot):
    view = open_view(qtbot)
    assert all(table.model().rowCount() == 0 for table in view.tables)
    assert view.tabs.tabText(TAB_RANKING) == "Overdue customers, most urgent first (0)"


# --- opening a customer -------------------------------------------------------------------


def test_double_click_opens_the_customer(view, books, qtbot):
    table = view.ranking_table
    index = view.ranking_model.index(view.ranking_model.row_of(books["丁"]), R_NAME)
    center = table.visualRect(index).center()
    with qtbot.waitSignal(view.customer_activated, timeout=WAIT_MS) as activated:
        # a real double-click starts with a press: the view checks it hit the same row
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center)
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    assert activated.args == [books["丁"]]


@pytest.mark.parametrize(
    ("tab", "who"),
    [(TAB_DUE_SOON, "丙"), (TAB_PROMISES, "甲"), (TAB_PLANS, "丁"), (TAB_CONFIRMATIONS, "戊")],
)
def test_enter_on_any_list_opens_the_customer(view, books, qtbot, tab, who):
    view.tabs.setCurrentIndex(tab)
    table = view.tables[tab]
    model = table.model()
    row = [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())].index(books[who])
    table.setFocus()
    table.setCurrentIndex(model.index(row, 1))
    with qtbot.waitSignal(view.customer_activated, timeout=WAIT_MS) as activated:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert activated.args == [books[who]]


# --- models -------------------------------------------------------------------------------


def test_models_pass_the_model_tester(view, qtmodeltester):
    for table in view.tables:
        assert table.model().rowCount() > 0
        qtmodeltester.check(table.model())


def test_empty_models_pass_the_model_tester(qtmodeltester, db_path):
    for model in (
        RankingModel(),
        DueSoonModel(),
        WorkbenchPromisesModel(),
        PlansDueModel(),
        UnreturnedModel(),
    ):
        qtmodeltester.check(model)


# --- in Chinese ---------------------------------------------------------------------------


@pytest.fixture
def chinese_view(chinese, qtbot, books) -> Iterator[WorkbenchView]:  # noqa: F811
    yield open_view(qtbot)


def test_chinese_titles_and_cells(chinese_view):
    view = chinese_view
    titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert all(CJK.search(t) for t in titles), titles
    assert all("{" not in t and "%n" not in t for t in titles), titles
    headers = view.ranking_model.headers()
    assert all(CJK.search(h) for h in headers), headers
    assert view.ranking_model.index(0, R_LAST_CONTACT).data() == "从未联系"
    assert CJK.search(view.ranking_model.index(0, R_SCORE).data(Qt.ItemDataRole.ToolTipRole))
    assert CJK.search(view.due_soon_model.index(0, D_DAYS).data())
    assert CJK.search(view.today_label.text()) and TODAY.isoformat() in view.today_label.text()
    assert all(CJK.search(hint.text()) for hint in view.hints)
