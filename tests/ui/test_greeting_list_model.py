"""The greeting list model: include/exclude per row, greeted rows greyed,
unchecked and hidden unless asked for, choices kept across a rebuild,
sorting in pinyin order, the counts; and Qt's model tester."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt

from app.greetings import GreetingRow
from app.people import Person
from app.search_keys import sort_key
from ui.greeting_list_model import (
    COL_AGE,
    COL_CUSTOMER,
    COL_DATE,
    COL_GREETED,
    COL_INCLUDE,
    COL_PERSON,
    COL_SALUTATION,
    ROW_ROLE,
    GreetingListModel,
    person_sort_keys,
)

CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked
ON = date(2026, 9, 25)  # 中秋节 2026, a Friday


def person(cid: int, name: str, *, contact: int | None = None, company: str = "",
           gender: str = "male", mobile: str = "13800000000") -> Person:  # fmt: skip
    customer_name = company or name
    return Person(
        customer_id=cid,
        contact_id=contact,
        number=f"C{cid:06d}",
        customer_name=customer_name,
        kind="corporate" if company else "individual",
        name=name,
        gender=gender,
        title="总经理" if company else "",
        salutation_override="",
        mobile=mobile,
        address="杭州市文三路100号",
        postcode="310012",
        language="zh",
        sort_key=sort_key(customer_name),
    )


def row(p: Person, *, greeted: bool = False, on: date = ON, age: int | None = None) -> GreetingRow:
    at = datetime(2026, 9, 20, 14, 30) if greeted else None
    return GreetingRow(p, "mid_autumn", on.year, on, age=age, greeted_at=at)


def rows() -> list[GreetingRow]:
    return [
        row(person(1, "张三")),
        row(person(2, "李四", mobile="")),
        row(person(3, "王五"), greeted=True),
        row(person(4, "赵六", contact=40, company="阿里巴巴有限公司")),
    ]


def model_with(qtbot, data: list[GreetingRow]) -> GreetingListModel:
    model = GreetingListModel()
    model.set_rows(data, person_sort_keys(data))
    return model


def column(model: GreetingListModel, col: int, role=Qt.ItemDataRole.DisplayRole) -> list:
    return [model.index(r, col).data(role) for r in range(model.rowCount())]


def test_greeted_rows_are_hidden_unchecked_and_greyed(qtbot) -> None:
    model = model_with(qtbot, rows())
    assert model.rowCount() == 3
    assert "王五" not in column(model, COL_PERSON)
    assert column(model, COL_INCLUDE, Qt.ItemDataRole.CheckStateRole) == [CHECKED] * 3
    model.set_show_greeted(True)
    assert model.rowCount() == 4
    at = column(model, COL_PERSON).index("王五")
    assert model.index(at, COL_INCLUDE).data(Qt.ItemDataRole.CheckStateRole) == UNCHECKED
    assert model.index(at, COL_GREETED).data() == "2026-09-20 14:30"
    assert model.index(at, COL_CUSTOMER).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(0, COL_CUSTOMER).data(Qt.ItemDataRole.ForegroundRole) is None
    assert [r.person.name for r in model.included_rows()] == ["张三", "李四", "赵六"]


def test_columns_show_salutation_date_with_weekday_and_age(qtbot) -> None:
    birthday = row(person(5, "钱七", gender="female"), on=date(2026, 3, 2), age=36)
    model = model_with(qtbot, [*rows(), birthday])
    salutations = dict(zip(column(model, COL_PERSON), column(model, COL_SALUTATION), strict=True))
    assert salutations == {"张三": "张先生", "李四": "李先生", "赵六": "赵总", "钱七": "钱女士"}
    dates = column(model, COL_DATE)
    assert dates[0].startswith("2026-09-25 ") and len(dates[0]) > len("2026-09-25 ")
    assert column(model, COL_AGE)[-1] == "36"
    assert column(model, COL_AGE)[0] == ""
    assert model.index(0, 0).data(ROW_ROLE).person.name == "张三"


def test_excluding_and_including_rows_updates_the_counts(qtbot) -> None:
    model = model_with(qtbot, rows())
    counts = model.counts()
    assert (counts.people, counts.included, counts.greeted, counts.without_mobile) == (4, 3, 1, 1)
    with qtbot.waitSignal(model.counts_changed):
        assert model.setData(model.index(1, COL_INCLUDE), UNCHECKED, Qt.ItemDataRole.CheckStateRole)
    counts = model.counts()
    assert (counts.included, counts.without_mobile) == (2, 0)
    # A greeted person can be put back in on purpose, one by one.
    model.set_show_greeted(True)
    at = column(model, COL_PERSON).index("王五")
    model.setData(model.index(at, COL_INCLUDE), CHECKED.value, Qt.ItemDataRole.CheckStateRole)
    assert "王五" in [r.person.name for r in model.included_rows()]
    # Hidden again: not included, whatever was ticked.
    model.set_show_greeted(False)
    assert "王五" not in [r.person.name for r in model.included_rows()]
    model.select_none()
    assert model.counts().included == 0
    model.select_all()
    assert model.counts().included == 3
    model.set_show_greeted(True)
    model.select_none()
    model.select_all()  # everyone not greeted yet, never the greeted
    assert "王五" not in [r.person.name for r in model.included_rows()]


def test_choices_survive_a_rebuild_unless_the_greeted_state_changed(qtbot) -> None:
    model = model_with(qtbot, rows())
    model.set_included([0, 1], False)  # 张三, 李四 out
    model.set_rows(rows())
    assert [r.person.name for r in model.included_rows()] == ["赵六"]
    # 张三 is greeted now and 李四 still not: 李四 stays out, 张三 is greeted.
    rebuilt = rows()
    rebuilt[0] = row(rebuilt[0].person, greeted=True)
    model.set_rows(rebuilt)
    assert [r.person.name for r in model.included_rows()] == ["赵六"]
    # Taken back (not greeted after all): included again by default.
    model.set_rows(rows())
    assert [r.person.name for r in model.included_rows()] == ["张三", "赵六"]


def test_sorting_in_pinyin_order_and_kept_for_a_new_list(qtbot) -> None:
    model = model_with(qtbot, rows())
    model.set_show_greeted(True)
    model.sort(COL_CUSTOMER, Qt.SortOrder.AscendingOrder)
    # a(li), l(i), w(ang), z(hang)
    assert column(model, COL_PERSON) == ["赵六", "李四", "王五", "张三"]
    model.sort(COL_PERSON, Qt.SortOrder.AscendingOrder)
    assert column(model, COL_PERSON) == ["李四", "王五", "张三", "赵六"]
    model.sort(COL_PERSON, Qt.SortOrder.DescendingOrder)
    assert column(model, COL_PERSON) == ["赵六", "张三", "王五", "李四"]
    model.sort(COL_INCLUDE, Qt.SortOrder.AscendingOrder)
    assert column(model, COL_PERSON)[-1] == "王五"
    model.sort(COL_GREETED, Qt.SortOrder.AscendingOrder)
    assert column(model, COL_PERSON)[0] == "王五"
    model.sort(COL_PERSON, Qt.SortOrder.AscendingOrder)
    model.set_rows(list(reversed(rows())))
    assert column(model, COL_PERSON) == ["李四", "王五", "张三", "赵六"]


def test_model_passes_the_model_tester(qtmodeltester, qtbot) -> None:
    model = model_with(qtbot, rows())
    qtmodeltester.check(model, force_py=True)
    # The tester stays connected and checks every change that follows.
    model.set_show_greeted(True)
    model.sort(COL_PERSON, Qt.SortOrder.DescendingOrder)
    model.set_included([0, 2], False)
    model.setData(model.index(1, COL_INCLUDE), UNCHECKED, Qt.ItemDataRole.CheckStateRole)
    model.set_rows(rows()[:2])
    model.set_rows([])
