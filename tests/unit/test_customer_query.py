"""Finding customers for the list: filters, sorting and paging in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from app.customer_query import (
    ACTIVE,
    ALL,
    ARCHIVED,
    SORT_COLUMNS,
    UNGROUPED,
    CustomerFilter,
    CustomerRow,
    count_customers,
    find_customers,
)
from app.customers import archive_customers, save_customer
from app.groups import add_members, create_group
from app.records import CustomerData


@dataclass
class Book:
    """A small customer file: ids by name, and the group ids."""

    ids: dict[str, int]
    vip: int
    family: int


@pytest.fixture
def book(db_path: Path) -> Book:
    cards = [
        CustomerData(
            name="张三", mobile="13800138000", tier="key_account", salesperson="李明",
            address="北京",
        ),
        CustomerData(
            name="阿明", phone="010-12345678", tier="ordinary", salesperson="王强",
            address="上海",
        ),
        CustomerData(
            name="北京远大贸易有限公司", kind="corporate", mobile="13900139000",
            tier="key_account", salesperson="李明", address="天津",
        ),
        CustomerData(
            name="Acme Trading", kind="corporate", tier="prospect", mobile="13700137000",
            address="Hong Kong",
        ),
        CustomerData(
            name="李四", tier="lost", salesperson="王强", mobile="13600136000", address="广州",
        ),
        CustomerData(
            name="曾小明", tier="ordinary", salesperson="赵六", mobile="13500135000",
            address="深圳",
        ),
    ]  # fmt: skip
    ids = {card.name: save_customer(card).id for card in cards}
    vip = create_group("VIP").id
    family = create_group("家人").id
    add_members(vip, [ids["张三"], ids["北京远大贸易有限公司"], ids["李四"]])
    add_members(family, [ids["张三"], ids["阿明"]])
    archive_customers([ids["李四"]])
    return Book(ids, vip, family)


def names(flt: CustomerFilter, **kwargs: object) -> list[str]:
    return [row.name for row in find_customers(flt, **kwargs)]  # type: ignore[arg-type]


def name_set(flt: CustomerFilter) -> set[str]:
    rows = find_customers(flt, limit=1000)
    assert count_customers(flt) == len(rows)
    return {row.name for row in rows}


def test_default_list_is_active_customers_in_pinyin_order(book: Book) -> None:
    assert names(CustomerFilter()) == [
        "Acme Trading",  # acme
        "阿明",  # aming
        "北京远大贸易有限公司",  # bei
        "曾小明",  # ceng or zeng: either reading sorts here
        "张三",  # zhang
    ]


def test_row_shows_what_the_list_needs(book: Book) -> None:
    (row,) = find_customers(CustomerFilter(text="阿明"))
    assert row == CustomerRow(
        id=book.ids["阿明"],
        number="C000002",
        name="阿明",
        short_name="",
        kind="individual",
        tier="ordinary",
        mobile="",
        phone="010-12345678",
        salesperson="王强",
        address="上海",
        archived=False,
    )
    assert row.main_phone == "010-12345678"
    (zhang,) = find_customers(CustomerFilter(text="张三"))
    assert zhang.main_phone == "13800138000"


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (ACTIVE, {"张三", "阿明", "北京远大贸易有限公司", "Acme Trading", "曾小明"}),
        (ARCHIVED, {"李四"}),
        (ALL, {"张三", "阿明", "北京远大贸易有限公司", "Acme Trading", "曾小明", "李四"}),
    ],
)
def test_filter_by_status(book: Book, status: str, expected: set[str]) -> None:
    assert name_set(CustomerFilter(status=status)) == expected


def test_archived_rows_say_so(book: Book) -> None:
    rows = find_customers(CustomerFilter(status=ALL))
    assert {row.name for row in rows if row.archived} == {"李四"}


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("individual", {"张三", "阿明", "曾小明"}),
        ("corporate", {"北京远大贸易有限公司", "Acme Trading"}),
    ],
)
def test_filter_by_kind(book: Book, kind: str, expected: set[str]) -> None:
    assert name_set(CustomerFilter(kind=kind)) == expected


@pytest.mark.parametrize(
    ("tier", "status", "expected"),
    [
        ("key_account", ACTIVE, {"张三", "北京远大贸易有限公司"}),
        ("ordinary", ACTIVE, {"阿明", "曾小明"}),
        ("prospect", ACTIVE, {"Acme Trading"}),
        ("lost", ACTIVE, set()),
        ("lost", ALL, {"李四"}),
    ],
)
def test_filter_by_tier(book: Book, tier: str, status: str, expected: set[str]) -> None:
    assert name_set(CustomerFilter(tier=tier, status=status)) == expected


def test_filter_by_group(book: Book) -> None:
    assert name_set(CustomerFilter(group_id=book.vip)) == {"张三", "北京远大贸易有限公司"}
    assert name_set(CustomerFilter(group_id=book.vip, status=ALL)) == {
        "张三",
        "北京远大贸易有限公司",
        "李四",
    }
    assert name_set(CustomerFilter(group_id=book.family)) == {"张三", "阿明"}
    assert name_set(CustomerFilter(group_id=9999)) == set()


def test_filter_ungrouped(book: Book) -> None:
    assert name_set(CustomerFilter(group_id=UNGROUPED)) == {"Acme Trading", "曾小明"}


def test_filter_by_salesperson(book: Book) -> None:
    assert name_set(CustomerFilter(salesperson="李明")) == {"张三", "北京远大贸易有限公司"}
    assert name_set(CustomerFilter(salesperson="王强")) == {"阿明"}
    assert name_set(CustomerFilter(salesperson="王强", status=ALL)) == {"阿明", "李四"}
    assert name_set(CustomerFilter(salesperson="无人")) == set()


def test_filters_combine(book: Book) -> None:
    flt = CustomerFilter(text="bj", kind="corporate", tier="key_account", group_id=book.vip)
    assert name_set(flt) == {"北京远大贸易有限公司"}
    assert name_set(CustomerFilter(text="zs", kind="corporate")) == set()
    assert name_set(CustomerFilter(text="李", status=ARCHIVED, group_id=book.vip)) == {"李四"}


# --- sorting -------------------------------------------------------------------------

# Sort key -> the CustomerRow attribute it orders by.
ROW_ATTRIBUTE = {
    "number": "number",
    "kind": "kind",
    "tier": "tier",
    "phone": "mobile",
    "salesperson": "salesperson",
    "address": "address",
}


def test_every_sort_column_is_tested() -> None:
    assert set(SORT_COLUMNS) == set(ROW_ATTRIBUTE) | {"name"}


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", sorted(ROW_ATTRIBUTE))
def test_sort_by_column(book: Book, sort: str, descending: bool) -> None:
    rows = find_customers(CustomerFilter(status=ALL), sort=sort, descending=descending)
    attribute = ROW_ATTRIBUTE[sort]
    values = [getattr(row, attribute) for row in rows]
    assert values == sorted(values, reverse=descending)
    assert len(set(values)) > 1  # the order is really tested
    # Ties in the requested order fall back to creation order, both ways.
    for a, b in zip(rows, rows[1:], strict=False):
        if getattr(a, attribute) == getattr(b, attribute):
            assert a.id < b.id


def test_sort_by_name_in_pinyin_order(book: Book) -> None:
    expected = ["Acme Trading", "阿明", "北京远大贸易有限公司", "曾小明", "李四", "张三"]
    assert names(CustomerFilter(status=ALL), sort="name") == expected
    assert names(CustomerFilter(status=ALL), sort="name", descending=True) == expected[::-1]


def test_unknown_sort_column_falls_back_to_name(book: Book) -> None:
    assert names(CustomerFilter(), sort="no such column") == names(CustomerFilter())


def test_same_pinyin_names_ordered_stably(db_path: Path) -> None:
    ids = [save_customer(CustomerData(name=n), confirm=True).id for n in ["章三", "张三", "张三"]]
    rows = find_customers(CustomerFilter())
    # 张 and 章 are both zhang: the characters break the tie, then the id.
    assert [r.id for r in rows] == [ids[1], ids[2], ids[0]]


# --- paging ---------------------------------------------------------------------------


@pytest.mark.parametrize(("sort", "descending"), [("name", False), ("salesperson", True)])
def test_pages_join_up_without_gaps_or_repeats(db_path: Path, sort: str, descending: bool) -> None:
    for i in range(23):
        card = CustomerData(name=f"客户{i % 4}", salesperson=["甲", "乙", ""][i % 3])
        save_customer(card, confirm=True)
    flt = CustomerFilter()
    whole = find_customers(flt, sort=sort, descending=descending, limit=1000)
    pages = [
        find_customers(flt, sort=sort, descending=descending, offset=offset, limit=5)
        for offset in range(0, 30, 5)
    ]
    assert [len(page) for page in pages] == [5, 5, 5, 5, 3, 0]
    assert [row for page in pages for row in page] == whole
    assert len({row.id for row in whole}) == 23
    # Asking again gives the same page.
    assert find_customers(flt, sort=sort, descending=descending, offset=10, limit=5) == pages[2]


def test_limit_caps_the_page(book: Book) -> None:
    assert len(find_customers(CustomerFilter(status=ALL), limit=4)) == 4
    assert len(find_customers(CustomerFilter(status=ALL), offset=4, limit=4)) == 2


# --- searching within the list -------------------------------------------------------------


def test_text_search_with_filters(book: Book) -> None:
    assert name_set(CustomerFilter(text="138")) == {"张三"}
    assert name_set(CustomerFilter(text="1")) == {
        "张三",
        "阿明",
        "北京远大贸易有限公司",
        "Acme Trading",
        "曾小明",
    }
    assert name_set(CustomerFilter(text="ming")) == {"阿明", "曾小明"}
    assert name_set(CustomerFilter(text="ming", status=ALL, salesperson="赵六")) == {"曾小明"}


def test_names_starting_with_the_query_come_first(db_path: Path) -> None:
    save_customer(CustomerData(name="深圳市中山贸易", kind="corporate"))  # szszsmy
    save_customer(CustomerData(name="张三"))
    assert names(CustomerFilter(text="zs")) == ["张三", "深圳市中山贸易"]
    assert names(CustomerFilter()) == ["深圳市中山贸易", "张三"]


@pytest.mark.parametrize(
    "flt",
    [
        CustomerFilter(),
        CustomerFilter(status=ALL),
        CustomerFilter(status=ARCHIVED),
        CustomerFilter(text="ming"),
        CustomerFilter(text="1 3"),
        CustomerFilter(kind="corporate", tier="key_account"),
        CustomerFilter(group_id=UNGROUPED, status=ALL),
        CustomerFilter(salesperson="王强", status=ALL),
        CustomerFilter(text="zzzz"),
    ],
)
def test_count_agrees_with_find(book: Book, flt: CustomerFilter) -> None:
    assert count_customers(flt) == len(find_customers(flt, limit=1000))


# --- ranked search paging ------------------------------------------------------------


def _fill_for_ranking() -> None:
    from app.customers import save_customer
    from app.records import ContactData, CustomerData

    names = ["张三", "张山", "赵四", "周顺", "郑帅", "章树", "王五", "李四", "孙张三"]
    for name in names:
        save_customer(CustomerData(name=name), confirm=True)
    # Matches only through a contact person (rank below own-name matches).
    save_customer(
        CustomerData(kind="corporate", name="华东贸易", contacts=[ContactData(name="张三丰")]),
        confirm=True,
    )


@pytest.mark.parametrize("sparse_limit", [2000, 1])
@pytest.mark.parametrize("page", [1, 2, 3, 50])
def test_search_pages_join_up_without_gaps_or_repeats(db_path, monkeypatch, sparse_limit, page):
    """Both plans (few matches collected at once, many walked in name order)
    and every page size give the same order: own-name matches first."""
    import app.customer_query as cq

    _fill_for_ranking()
    monkeypatch.setattr(cq, "SPARSE_LIMIT", sparse_limit)
    flt = CustomerFilter(text="zs")
    whole = [r.name for r in find_customers(flt, limit=100)]
    paged: list[str] = []
    offset = 0
    while True:
        rows = find_customers(flt, offset=offset, limit=page)
        paged += [r.name for r in rows]
        if len(rows) < page:
            break
        offset += page
    assert paged == whole
    assert len(set(whole)) == len(whole) == count_customers(flt)
    own = [n for n in whole if n in {"张三", "张山", "赵四", "周顺", "郑帅", "章树"}]
    assert whole[: len(own)] == own  # own-name matches come first, in pinyin order
    assert own[0] == "张三" or own == sorted(own)
    assert "华东贸易" in whole[len(own) :] and "孙张三" in whole[len(own) :]
