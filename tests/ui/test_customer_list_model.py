"""The lazy customer list model, checked with pytest-qt's model tester."""

from __future__ import annotations

from app.customer_query import CustomerFilter
from app.customers import save_customer
from app.records import CustomerData
from ui.customer_list import COL_NAME, COL_NUMBER, CustomerTableModel


def _make(n: int) -> None:
    for i in range(n):
        save_customer(CustomerData(name=f"客户{i:03d}", mobile=""), confirm=True)


def test_model_passes_the_model_tester(qtmodeltester, db_path):
    _make(30)
    model = CustomerTableModel(page_size=7)
    model.set_filter(CustomerFilter())
    qtmodeltester.check(model, force_py=True)


def test_rows_arrive_a_page_at_a_time(qtbot, db_path):
    _make(25)
    model = CustomerTableModel(page_size=10)
    with qtbot.waitSignal(model.counts_changed, timeout=5000) as counted:
        model.set_filter(CustomerFilter())
        assert model.rowCount() == 10
        assert model.total == -1  # counted off the UI thread
    qtbot.waitUntil(lambda: model.total == 25)
    assert counted.signal_triggered
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 25
    assert not model.canFetchMore()
    numbers = [model.index(r, COL_NUMBER).data() for r in range(25)]
    assert len(set(numbers)) == 25


def test_filter_and_sort_happen_in_the_query(qtbot, db_path):
    save_customer(CustomerData(name="张三"), confirm=True)
    save_customer(CustomerData(name="阿明"), confirm=True)
    save_customer(CustomerData(name="李四"), confirm=True)
    model = CustomerTableModel()
    model.set_filter(CustomerFilter())
    assert [model.index(r, COL_NAME).data() for r in range(3)] == ["阿明", "李四", "张三"]
    model.sort(COL_NAME, __import__("PySide6.QtCore").QtCore.Qt.SortOrder.DescendingOrder)
    assert [model.index(r, COL_NAME).data() for r in range(3)] == ["张三", "李四", "阿明"]
    model.set_filter(CustomerFilter(text="zs"))
    assert [model.index(r, COL_NAME).data() for r in range(model.rowCount())] == ["张三"]


def test_markup_in_names_is_data_not_markup(qtbot, db_path):
    save_customer(CustomerData(name="<b>粗体</b> &amp; 😀"), confirm=True)
    model = CustomerTableModel()
    model.set_filter(CustomerFilter())
    assert model.index(0, COL_NAME).data() == "<b>粗体</b> &amp; 😀"
