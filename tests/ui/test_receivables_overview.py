"""The receivables overview (应收账款总览) on a real database: what the table
and the totals show against ``app.ageing``, the filters, sorting on amounts,
the exports read back, a GBK export that cannot be written, stale and failed
loads, and opening a customer."""

from __future__ import annotations

import csv
import re
import threading
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from peewee import OperationalError
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox

import ui.receivables_overview as overview_module
from app import ledger
from app.ageing import AgeingFilter, ageing
from app.ageing_export import COLUMNS, ExportError
from app.customers import archive_customers, save_customer
from app.groups import add_members, create_group, delete_group
from app.money import format_money, from_fen
from app.records import CustomerData
from tests.ui.dialogs import when_modal
from tests.ui.test_translations import chinese  # noqa: F401 - the fixture
from ui.ageing_model import (
    COL_1_30,
    COL_BALANCE,
    COL_CREDIT,
    COL_CURRENCY,
    COL_CURRENT,
    COL_NAME,
    COL_NUMBER,
    COL_OVER_365,
    COL_OVERDUE,
    COL_WORST_CLASS,
    COLUMN_COUNT,
    FEN_ROLE,
    ID_ROLE,
    MONEY_COLUMNS,
    AgeingTableModel,
    AgeingTotalsModel,
)
from ui.receivables_overview import CSV, GBK_CSV, XLSX, ReceivablesOverview, known_error_text

TODAY = date.today()
CJK = re.compile(r"[\u3400-\u9fff]")
WAIT_MS = 10_000


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def customer(name: str, **fields: object) -> int:
    data = CustomerData(kind="corporate", name=name, payment_terms_days=30, **fields)  # type: ignore[arg-type]
    return save_customer(data, confirm=True).id


@pytest.fixture
def ledgers(db_path: Path) -> dict[str, int]:
    """Five customers with something open, in two currencies, and one without.

    甲: 1,000.00 due 30 days ago (1-30) and 500.00 not yet due; in group 华东.
    乙: 2,345.67 due 370 days ago (over 365, a dead debt).
    丙: paid 150.00 on a 100.00 invoice: a credit of 50.00.
    Summit (USD): 1,839.06 due 15 days ago.
    丁 (archived, no salesperson): 300.00 due 100 days ago.
    戊: everything paid, so not in the table.
    """
    ids = {
        "甲": customer("甲公司", salesperson="王强"),
        "乙": customer("乙商行", salesperson="李娜"),
        "丙": customer("丙贸易", salesperson="王强"),
        "Summit": customer("Summit Supplies Ltd", salesperson="李娜", currency="USD"),
        "丁": customer("丁工厂"),
        "戊": customer("戊门市", salesperson="王强"),
    }
    ledger.post_invoice(ids["甲"], number="A-1", entry_date=ago(60), amount="1000")
    ledger.post_invoice(ids["甲"], number="A-2", entry_date=ago(10), amount="500")
    ledger.post_invoice(ids["乙"], number="B-1", entry_date=ago(400), amount="2345.67")
    ledger.post_invoice(ids["丙"], number="C-1", entry_date=ago(20), amount="100")
    ledger.post_payment(ids["丙"], entry_date=ago(5), amount="150", confirm=True)
    ledger.post_invoice(ids["Summit"], number="S-1", entry_date=ago(45), amount="1839.06")
    ledger.post_invoice(ids["丁"], number="D-1", entry_date=ago(130), amount="300")
    ledger.post_invoice(ids["戊"], number="E-1", entry_date=ago(50), amount="80")
    ledger.post_payment(ids["戊"], entry_date=ago(40), amount="80")
    archive_customers([ids["丁"]])
    group = create_group("华东")
    add_members(group.id, [ids["甲"]])
    ids["group"] = group.id
    return ids


def open_overview(qtbot) -> ReceivablesOverview:  # noqa: ANN001
    widget = ReceivablesOverview()
    qtbot.addWidget(widget)
    widget.resize(1280, 780)
    with qtbot.waitSignal(widget.loaded, timeout=WAIT_MS):
        widget.show()  # the first showing loads
    return widget


@pytest.fixture
def overview(qtbot, ledgers) -> ReceivablesOverview:
    return open_overview(qtbot)


def cell(widget: ReceivablesOverview, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201
    return widget.model.index(row, column).data(role)


def shown_ids(widget: ReceivablesOverview) -> list[int]:
    return [widget.customer_id_at(row) for row in range(widget.model.rowCount())]


def view_row_of(widget: ReceivablesOverview, customer_id: int) -> int:
    return shown_ids(widget).index(customer_id)


def choose(qtbot, widget: ReceivablesOverview, combo, data) -> None:  # noqa: ANN001
    with qtbot.waitSignal(widget.loaded, timeout=WAIT_MS):
        combo.setCurrentIndex(combo.findData(data))


def totals_texts(widget: ReceivablesOverview) -> dict[str, list[str]]:
    model = widget.totals_model
    return {
        model.index(row, COL_CURRENCY).data(): [
            model.index(row, column).data() for column in range(COLUMN_COUNT)
        ]
        for row in range(model.rowCount())
    }


def expected_text(fen: int, column: int) -> str:
    return format_money(from_fen(fen)) if fen or column == COL_BALANCE else ""


# --- what is shown ------------------------------------------------------------------------


def test_rows_and_totals_match_the_report_to_the_fen(overview, ledgers):
    report = ageing(TODAY, AgeingFilter())
    assert sorted(shown_ids(overview)) == sorted(r.customer_id for r in report.rows)
    assert ledgers["戊"] not in shown_ids(overview)
    for row in report.rows:
        view_row = view_row_of(overview, row.customer_id)
        assert cell(overview, view_row, COL_NUMBER) == row.number
        assert cell(overview, view_row, COL_NAME) == row.name
        fens = [*row.buckets, -row.credit_fen, row.balance_fen, row.overdue_fen]
        for column, fen in zip(MONEY_COLUMNS, fens, strict=True):
            assert cell(overview, view_row, column) == expected_text(fen, column)
            assert cell(overview, view_row, column, FEN_ROLE) == fen
            assert cell(overview, view_row, column, Qt.ItemDataRole.TextAlignmentRole) & (
                Qt.AlignmentFlag.AlignRight
            )
    for currency, totals in report.totals.items():
        texts = totals_texts(overview)[currency]
        fens = [*totals.buckets, -totals.credit_fen, totals.balance_fen, totals.overdue_fen]
        for column, fen in zip(MONEY_COLUMNS, fens, strict=True):
            assert texts[column] == expected_text(fen, column)


def test_amounts_by_hand(overview, ledgers):
    jia = view_row_of(overview, ledgers["甲"])
    assert cell(overview, jia, COL_CURRENT) == "500.00"
    assert cell(overview, jia, COL_1_30) == "1,000.00"
    assert cell(overview, jia, COL_BALANCE) == "1,500.00"
    assert cell(overview, jia, COL_OVERDUE) == "1,000.00"
    assert cell(overview, jia, COL_WORST_CLASS) == "Being collected"
    yi = view_row_of(overview, ledgers["乙"])
    assert cell(overview, yi, COL_OVER_365) == "2,345.67"
    assert cell(overview, yi, COL_WORST_CLASS) == "Dead debt"
    bing = view_row_of(overview, ledgers["丙"])
    assert cell(overview, bing, COL_CREDIT) == "-50.00"
    assert cell(overview, bing, COL_BALANCE) == "-50.00"
    assert cell(overview, bing, COL_CURRENT) == ""
    # 1,500.00 + 2,345.67 - 50.00 + 300.00 (the archived 丁): CNY only
    cny = totals_texts(overview)["CNY"]
    assert cny[COL_BALANCE] == "4,095.67"
    assert cny[COL_CREDIT] == "-50.00"
    assert cny[COL_NAME] == "Customers: 4"
    assert overview.status_label.text() == (
        f"Customers with a balance: 5 · as of {TODAY.isoformat()}"
    )


def test_two_currencies_give_two_totals_lines(overview):
    totals = totals_texts(overview)
    assert list(totals) == ["CNY", "USD"]
    assert totals["USD"][COL_BALANCE] == "1,839.06"
    assert totals["USD"][COL_NUMBER] == totals["CNY"][COL_NUMBER] == "Total"
    assert overview.totals_table.isVisible()
    # the footer follows the table's columns
    for column in range(COLUMN_COUNT):
        assert overview.totals_table.columnWidth(column) == overview.table.columnWidth(column)


def test_headers_are_the_export_headings(overview):
    model = overview.model
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert titles == [label for _key, label in COLUMNS]
    assert titles[COL_CURRENT : COL_OVER_365 + 1] == [
        "Current",
        "1-30",
        "31-60",
        "61-90",
        "91-180",
        "181-365",
        "Over 365",
    ]


def test_sorting_on_amounts_not_on_text(overview, qtbot):
    overview.table.sortByColumn(COL_BALANCE, Qt.SortOrder.DescendingOrder)
    balances = [cell(overview, row, COL_BALANCE, FEN_ROLE) for row in range(5)]
    assert balances == sorted(balances, reverse=True)
    # as text "300.00" > "2,345.67" > "1,839.06" > "1,500.00" > "-50.00"
    assert balances == [234567, 183906, 150000, 30000, -5000]
    overview.table.sortByColumn(COL_WORST_CLASS, Qt.SortOrder.DescendingOrder)
    assert cell(overview, 0, COL_WORST_CLASS) == "Dead debt"
    assert cell(overview, 4, COL_WORST_CLASS) == ""  # only a credit
    # a reload keeps the order chosen
    with qtbot.waitSignal(overview.loaded, timeout=WAIT_MS):
        overview.refresh()
    assert cell(overview, 0, COL_WORST_CLASS) == "Dead debt"


def test_names_sort_in_pinyin_order_and_the_selection_follows(overview, ledgers):
    overview.table.selectRow(view_row_of(overview, ledgers["丙"]))
    overview.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
    names = [cell(overview, row, COL_NAME) for row in range(5)]
    # bing, ding, jia, yi; Latin after Chinese, as the Chinese collation has it
    assert names == ["丙贸易", "丁工厂", "甲公司", "乙商行", "Summit Supplies Ltd"]
    selected = overview.table.selectionModel().selectedRows()
    assert [index.data(ID_ROLE) for index in selected] == [ledgers["丙"]]
    assert overview.table.currentIndex().data(ID_ROLE) == ledgers["丙"]


def test_export_follows_the_order_on_screen(overview, tmp_path, qtbot):
    overview.table.sortByColumn(COL_BALANCE, Qt.SortOrder.DescendingOrder)
    target = tmp_path / "sorted.csv"
    with qtbot.waitSignal(overview.exported, timeout=WAIT_MS):
        overview.export(CSV, target)
    numbers = [line[COL_NUMBER] for line in read_csv(target, "utf-8-sig")[1:6]]
    assert numbers == [cell(overview, row, COL_NUMBER) for row in range(5)]


# --- the filter ---------------------------------------------------------------------------


def test_group_filter(overview, ledgers, qtbot):
    choose(qtbot, overview, overview.group_combo, ledgers["group"])
    assert shown_ids(overview) == [ledgers["甲"]]
    assert list(totals_texts(overview)) == ["CNY"]
    choose(qtbot, overview, overview.group_combo, None)
    assert len(shown_ids(overview)) == 5


def test_salesperson_filter(overview, ledgers, qtbot):
    combo = overview.salesperson_combo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == ["All salespersons", "(No salesperson)", "李娜", "王强"]  # pinyin order
    choose(qtbot, overview, combo, "李娜")
    assert sorted(shown_ids(overview)) == sorted([ledgers["乙"], ledgers["Summit"]])
    choose(qtbot, overview, combo, "")
    assert shown_ids(overview) == [ledgers["丁"]]


def test_class_filter(overview, ledgers, qtbot):
    labels = [overview.class_combo.itemText(i) for i in range(overview.class_combo.count())]
    assert labels == [
        "All classes",
        "Not yet due",
        "Being collected",
        "Doubtful",
        "Bad debt",
        "Dead debt",
    ]
    choose(qtbot, overview, overview.class_combo, "dead")
    assert shown_ids(overview) == [ledgers["乙"]]
    choose(qtbot, overview, overview.class_combo, "not_due")
    jia = view_row_of(overview, ledgers["甲"])
    assert shown_ids(overview) == [ledgers["甲"]]
    assert cell(overview, jia, COL_BALANCE) == "500.00"


def test_archived_customers_can_be_left_out(overview, ledgers, qtbot):
    assert overview.archived_check.isChecked()
    assert ledgers["丁"] in shown_ids(overview)
    with qtbot.waitSignal(overview.loaded, timeout=WAIT_MS):
        overview.archived_check.setChecked(False)
    assert ledgers["丁"] not in shown_ids(overview)
    assert len(shown_ids(overview)) == 4


def test_as_of_date(overview, ledgers, qtbot):
    """Before 乙's invoice fell due nothing of it was overdue; before the other
    invoices were written, only 乙 owed anything."""
    with qtbot.waitSignal(overview.loaded, timeout=WAIT_MS):
        overview.as_of_edit.setDate(ago(300))
    assert shown_ids(overview) == [ledgers["乙"]]
    assert cell(overview, 0, COL_OVERDUE) == "2,345.67"
    assert cell(overview, 0, COL_OVER_365) == ""
    assert overview.report is not None and overview.report.as_of == ago(300)


def test_reload_groups_keeps_or_drops_the_choice(overview, ledgers, qtbot):
    other = create_group("华南")
    overview.reload_groups()
    names = [overview.group_combo.itemText(i) for i in range(overview.group_combo.count())]
    assert names == ["All groups", "华东", "华南"]
    choose(qtbot, overview, overview.group_combo, ledgers["group"])
    delete_group(ledgers["group"])
    with qtbot.waitSignal(overview.loaded, timeout=WAIT_MS):
        overview.reload_groups()  # the group chosen is gone: all groups again
    assert overview.group_combo.currentData() is None
    assert overview.group_combo.findData(other.id) > 0
    assert len(shown_ids(overview)) == 5


# --- loading ------------------------------------------------------------------------------


def test_stale_results_are_ignored(ledgers, qtbot, monkeypatch):
    """A slow load for a filter no longer chosen must not overwrite the newer one."""
    release = threading.Event()
    real_ageing = overview_module.ageing

    def gated(as_of, flt):  # noqa: ANN001, ANN202
        if flt.salesperson is None:  # the first load, with no filter
            release.wait(WAIT_MS / 1000)
        return real_ageing(as_of, flt)

    monkeypatch.setattr(overview_module, "ageing", gated)
    widget = ReceivablesOverview()
    qtbot.addWidget(widget)
    widget.show()  # starts the slow load
    assert widget.is_loading
    assert widget.status_label.text() == "Loading…"
    assert not widget.export_csv_button.isEnabled()
    choose(qtbot, widget, widget.salesperson_combo, "王强")
    assert sorted(shown_ids(widget)) == sorted([ledgers["甲"], ledgers["丙"]])
    release.set()
    QThreadPool.globalInstance().waitForDone(WAIT_MS)
    QApplication.processEvents()  # the slow result's queued signal arrives, and is dropped
    assert sorted(shown_ids(widget)) == sorted([ledgers["甲"], ledgers["丙"]])
    assert widget.salesperson_combo.currentData() == "王强"
    assert widget.export_csv_button.isEnabled()


@pytest.mark.parametrize(
    ("error", "shown"),
    [
        (ExportError("The folder {folder} does not exist.", folder="/x"), "/x does not exist"),
        (OperationalError("database is locked"), "database is locked"),
        (ZeroDivisionError("division by zero"), "internal error in Kehu (ZeroDivisionError)"),
    ],
)
def test_a_failed_load_is_explained_without_a_traceback(ledgers, qtbot, monkeypatch, error, shown):
    def failing(as_of, flt):  # noqa: ANN001, ANN202
        raise error

    monkeypatch.setattr(overview_module, "ageing", failing)
    widget = ReceivablesOverview()
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.load_failed, timeout=WAIT_MS) as failed:
        widget.show()
    message = failed.args[0]
    assert shown in message
    assert "Traceback" not in message and "File " not in message
    assert widget.status_label.text() == message
    assert widget.model.rowCount() == 0 and widget.totals_model.rowCount() == 0
    assert not widget.export_xlsx_button.isEnabled()


# --- exports ------------------------------------------------------------------------------


def read_csv(path: Path, encoding: str) -> list[list[str]]:
    with open(path, encoding=encoding, newline="") as stream:
        return list(csv.reader(stream))


def test_csv_export_totals_match(overview, tmp_path, qtbot):
    target = tmp_path / "ageing.csv"
    with qtbot.waitSignal(overview.exported, timeout=WAIT_MS) as done:
        overview.export(CSV, target)
    assert done.args == [str(target)]
    lines = read_csv(target, "utf-8-sig")
    headers = [overview.model.headerData(c, Qt.Orientation.Horizontal) for c in range(15)]
    assert lines[0] == headers
    totals = {line[COL_CURRENCY]: line for line in lines if line and line[0] == "Total"}
    report = overview.report
    assert set(totals) == {"CNY", "USD"}
    for currency, expected in report.totals.items():
        assert Decimal(totals[currency][COL_BALANCE]) == from_fen(expected.balance_fen)
        assert Decimal(totals[currency][COL_CREDIT]) == from_fen(-expected.credit_fen)
    assert Decimal(totals["CNY"][COL_BALANCE]) == Decimal("4095.67")
    assert overview.status_label.text() == f"Exported to {target}"


def test_gbk_csv_export(overview, tmp_path, qtbot):
    target = tmp_path / "ageing-gbk.csv"
    with qtbot.waitSignal(overview.exported, timeout=WAIT_MS):
        overview.export(GBK_CSV, target)
    lines = read_csv(target, "gbk")
    assert any(line and line[COL_NAME] == "甲公司" for line in lines)


def test_excel_export_from_the_button(overview, tmp_path, qtbot, monkeypatch):
    target = tmp_path / "ageing"  # no suffix: .xlsx is added
    asked = []
    monkeypatch.setattr(
        overview, "choose_export_path", lambda kind: asked.append(kind) or str(target)
    )
    with qtbot.waitSignal(overview.exported, timeout=WAIT_MS) as done:
        qtbot.mouseClick(overview.export_xlsx_button, Qt.MouseButton.LeftButton)
    assert asked == [XLSX]
    written = Path(done.args[0])
    assert written == tmp_path / "ageing.xlsx"
    sheet = load_workbook(written).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == [label for _key, label in COLUMNS]
    totals = {row[COL_CURRENCY]: row for row in rows if row and row[0] == "Total"}
    for currency, expected in overview.report.totals.items():
        assert round(Decimal(str(totals[currency][COL_BALANCE])), 2) == from_fen(
            expected.balance_fen
        )
        assert round(Decimal(str(totals[currency][COL_OVER_365] or 0)), 2) == from_fen(
            expected.buckets[-1]
        )


def test_cancelled_file_dialog_writes_nothing(overview, tmp_path, qtbot, monkeypatch):
    monkeypatch.setattr(overview, "choose_export_path", lambda kind: None)
    qtbot.mouseClick(overview.export_csv_button, Qt.MouseButton.LeftButton)
    assert not overview.is_loading
    assert overview.export_csv_button.isEnabled()
    assert not list(tmp_path.glob("*.csv"))


def test_gbk_export_of_a_name_outside_gbk_says_so_and_writes_nothing(ledgers, tmp_path, qtbot):
    rare = customer("𠮷野商店", salesperson="王强")
    ledger.post_invoice(rare, number="R-1", entry_date=ago(3), amount="88")
    widget = open_overview(qtbot)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "ageing.csv"
    boxes = []

    def read_and_close(box):  # noqa: ANN001, ANN202
        boxes.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    when_modal(read_and_close)
    with qtbot.waitSignal(widget.export_failed, timeout=WAIT_MS) as failed:
        widget.export(GBK_CSV, target)
    qtbot.waitUntil(lambda: bool(boxes), timeout=WAIT_MS)
    message = failed.args[0]
    assert boxes == [message]
    assert "𠮷野商店" in message and "GBK" in message and "UTF-8" in message
    assert "U+20BB7" in message
    assert list(folder.iterdir()) == []  # neither the file nor a temporary one
    # the UTF-8 export of the same table works
    with qtbot.waitSignal(widget.exported, timeout=WAIT_MS):
        widget.export(CSV, target)
    assert any("𠮷野商店" in line for line in read_csv(target, "utf-8-sig"))


# --- opening a customer -------------------------------------------------------------------


def test_double_click_opens_the_customer(overview, ledgers, qtbot):
    row = view_row_of(overview, ledgers["乙"])
    index = overview.model.index(row, COL_NAME)
    overview.table.scrollTo(index)
    center = overview.table.visualRect(index).center()
    viewport = overview.table.viewport()
    with qtbot.waitSignal(overview.customer_activated, timeout=WAIT_MS) as activated:
        # a real double-click starts with a press: the view checks it hit the same row
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=center)
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=center)
    assert activated.args == [ledgers["乙"]]


def test_enter_opens_the_customer(overview, ledgers, qtbot):
    overview.table.sortByColumn(COL_BALANCE, Qt.SortOrder.DescendingOrder)
    overview.table.setFocus()
    overview.table.setCurrentIndex(overview.model.index(2, 0))
    expected = overview.model.index(2, 0).data(ID_ROLE)
    assert expected == ledgers["甲"]  # third largest balance
    with qtbot.waitSignal(overview.customer_activated, timeout=WAIT_MS) as activated:
        qtbot.keyClick(overview.table, Qt.Key.Key_Return)
    assert activated.args == [expected]


# --- models -------------------------------------------------------------------------------


def test_models_pass_the_model_tester(overview, qtmodeltester):
    assert overview.model.rowCount() == 5
    qtmodeltester.check(overview.model)
    qtmodeltester.check(overview.totals_model)


def test_empty_models_pass_the_model_tester(qtmodeltester, db_path):
    qtmodeltester.check(AgeingTableModel())
    qtmodeltester.check(AgeingTotalsModel())


def test_nothing_open_shows_an_empty_table(db_path, qtbot):
    widget = open_overview(qtbot)
    assert widget.model.rowCount() == 0 and widget.totals_model.rowCount() == 0
    assert not widget.export_csv_button.isEnabled()
    assert widget.status_label.text().startswith("Customers with a balance: 0")


# --- in Chinese ---------------------------------------------------------------------------


@pytest.fixture
def chinese_overview(chinese, qtbot, ledgers) -> Iterator[ReceivablesOverview]:  # noqa: F811
    yield open_overview(qtbot)


def test_chinese_headings_classes_and_export(chinese_overview, ledgers, tmp_path, qtbot):
    widget = chinese_overview
    titles = widget.model.headers()
    assert all(CJK.search(t) for t in titles), titles
    assert titles[COL_1_30] == "1-30天"
    yi = view_row_of(widget, ledgers["乙"])
    assert CJK.search(cell(widget, yi, COL_WORST_CLASS))
    assert totals_texts(widget)["CNY"][COL_NUMBER] == "合计"
    assert CJK.search(widget.status_label.text())
    assert all(CJK.search(b.text()) for b in (widget.export_csv_button, widget.export_xlsx_button))
    target = tmp_path / "账龄.csv"
    with qtbot.waitSignal(widget.exported, timeout=WAIT_MS):
        widget.export(CSV, target)
    lines = read_csv(target, "utf-8-sig")
    assert lines[0] == titles
    assert any(line and line[0] == "合计" for line in lines)
    (line,) = [line for line in lines if line and line[0] == cell(widget, yi, COL_NUMBER)]
    assert line[COL_WORST_CLASS] == cell(widget, yi, COL_WORST_CLASS)


def test_chinese_gbk_message_names_the_place_in_chinese(chinese):  # noqa: F811
    error = ExportError(
        "{where} contains {char} (U+{code:04X}), which GBK cannot encode. "
        "Export as UTF-8 instead: Excel opens it too.",
        where="the column headings",
        char="𠮷",
        code=0x20BB7,
    )
    text = known_error_text(error)
    assert "列标题" in text and "U+20BB7" in text and "GBK" in text
    assert "column headings" not in text
