"""Address labels: sheet layouts, pages, positions, fitting, skipped customers
and literal printing of user text - read back from the real PDF."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.addressing import recipients
from app.company import CompanyProfile
from app.customers import save_customer
from app.documents.fonts import register_pdf_font
from app.documents.labels import (
    LAYOUTS,
    NoAddressToPrint,
    layout_with_margins,
    render_labels,
    wrap_text,
)
from app.errors import KnownError, ValidationError
from app.records import CustomerData
from tests.unit.label_helpers import Run, firm, page_texts, pages_of, person

LONG_ADDRESS = (
    "广东省深圳市南山区粤海街道高新区社区科技南十二路2号金蝶软件园A座5层501室"
    "（请送至前台，周末不收件）" * 5
)
COMPANY = CompanyProfile(
    name="杭州示例商贸有限公司",
    name_en="Hangzhou Example Trading Co., Ltd.",
    address="浙江省杭州市西湖区文三路90号",
    address_en="90 Wensan Road, Xihu District, Hangzhou",
    postcode="310012",
)


def numbered(count: int) -> list:
    return [person(f"客户{i:02d}") for i in range(1, count + 1)]


def runs_of(runs: list[Run], name: str) -> list[Run]:
    """The runs of the label whose addressee line holds *name*: the runs
    drawn in the same label rectangle (labels are drawn one after another)."""
    start = next(i for i, r in enumerate(runs) if name in r.text)
    # A label's runs are contiguous; its postcode/address come before the name.
    begin = start
    while begin > 0 and abs(runs[begin - 1].x - runs[start].x) < 0.01:
        begin -= 1
    end = start + 1
    while end < len(runs) and abs(runs[end].x - runs[start].x) < 0.01:
        end += 1
    return runs[begin:end]


# -- layouts -----------------------------------------------------------------


@pytest.mark.parametrize("key", sorted(LAYOUTS))
def test_every_layout_fits_its_sheet(key: str) -> None:
    layout = LAYOUTS[key]
    page_w, page_h = layout.page_size
    rects = [layout.rect(p) for p in range(1, layout.per_sheet + 1)]
    for x0, y0, x1, y1 in rects:
        assert -0.01 <= x0 < x1 <= page_w + 0.01
        assert -0.01 <= y0 < y1 <= page_h + 0.01
        assert x1 - x0 == pytest.approx(layout.label_width * mm)
        assert y1 - y0 == pytest.approx(layout.label_height * mm)
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            overlap_x = min(a[2], b[2]) - max(a[0], b[0])
            overlap_y = min(a[3], b[3]) - max(a[1], b[1])
            assert overlap_x <= 0.01 or overlap_y <= 0.01


def test_common_sheets_have_their_makers_geometry() -> None:
    sheet = LAYOUTS["a4-3x8"]
    assert (sheet.columns, sheet.rows, sheet.label_width, sheet.label_height) == (3, 8, 70, 37)
    x0, _, _, y1 = sheet.rect(1)
    assert (x0, sheet.page_size[1] - y1) == pytest.approx((0, 0.5 * mm))
    l7163 = LAYOUTS["a4-2x7"]
    x0, _, _, y1 = l7163.rect(1)
    assert x0 == pytest.approx(4.65 * mm)
    assert l7163.page_size[1] - y1 == pytest.approx(15.15 * mm)
    # Second column: one label and one 2.5 mm gap further right.
    assert l7163.rect(2)[0] == pytest.approx((4.65 + 99.1 + 2.5) * mm)
    # Position 3 starts the second row.
    assert l7163.rect(3)[3] == pytest.approx(l7163.rect(1)[1])


def test_margins_move_the_labels() -> None:
    moved = layout_with_margins(LAYOUTS["a4-2x7"], top="20", left=8, h_gap=1.0)
    x0, _, _, y1 = moved.rect(1)
    assert x0 == pytest.approx(8 * mm)
    assert moved.page_size[1] - y1 == pytest.approx(20 * mm)
    assert moved.rect(2)[0] == pytest.approx((8 + 99.1 + 1.0) * mm)
    assert LAYOUTS["a4-2x7"].left == 4.65  # the built-in layout is unchanged
    assert layout_with_margins(LAYOUTS["a4-3x8"]) == LAYOUTS["a4-3x8"]


@pytest.mark.parametrize(
    ("key", "changes", "field", "largest"),
    [
        ("a4-3x8", {"top": 5}, "top", "1"),
        ("a4-2x7", {"left": 10}, "left", "9.3"),
        ("a4-2x7", {"h_gap": 12}, "h_gap", "7.15"),
        ("a4-3x7", {"v_gap": 3}, "v_gap", "2.52"),
    ],
)
def test_margins_that_push_labels_off_the_sheet_are_refused(
    key: str, changes: dict, field: str, largest: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        layout_with_margins(LAYOUTS[key], **changes)
    assert caught.value.fields == {field}
    message = caught.value.issues[0].message
    assert "Too large" in message
    assert f"at most {largest} mm fits" in message


@pytest.mark.parametrize(
    ("value", "text"), [(-1, "Cannot be negative"), ("abc", "Must be a number")]
)
def test_bad_margins_are_refused(value: object, text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        layout_with_margins(LAYOUTS["a4-2x7"], left=value)
    assert caught.value.fields == {"left"}
    assert text in caught.value.issues[0].message


# -- pages and positions -----------------------------------------------------


def test_25_recipients_on_a_3x8_sheet_make_two_pages() -> None:
    sheet = render_labels(numbered(25), LAYOUTS["a4-3x8"])
    assert (sheet.printed, sheet.pages, sheet.skipped) == (25, 2, [])
    texts = page_texts(sheet.pdf)
    assert len(texts) == 2
    assert all(f"客户{i:02d}" in texts[0] for i in range(1, 25))
    assert "客户25" not in texts[0]
    assert "客户25" in texts[1]
    # The last label of the first sheet is in the bottom right corner.
    layout = LAYOUTS["a4-3x8"]
    page = pages_of(sheet.pdf)
    assert all(r.inside(layout.rect(24)) for r in runs_of(page[0], "客户24"))
    assert all(r.inside(layout.rect(1)) for r in runs_of(page[1], "客户25"))


def test_start_at_uses_up_a_part_used_sheet() -> None:
    layout = LAYOUTS["a4-3x8"]
    sheet = render_labels(numbered(3), layout, start_at=5)
    assert sheet.pages == 1
    runs = pages_of(sheet.pdf)[0]
    for number, position in (("客户01", 5), ("客户02", 6), ("客户03", 7)):
        label = runs_of(runs, number)
        assert label and all(r.inside(layout.rect(position)) for r in label)
    # Nothing is printed on the used positions.
    assert not any(r.inside(layout.rect(p)) for r in runs for p in range(1, 5))

    spill = render_labels(numbered(4), layout, start_at=23)
    assert spill.pages == 2
    first, second = pages_of(spill.pdf)
    assert all(r.inside(layout.rect(24)) for r in runs_of(first, "客户02"))
    assert all(r.inside(layout.rect(1)) for r in runs_of(second, "客户03"))


@pytest.mark.parametrize("start_at", [0, 25, -3])
def test_start_at_outside_the_sheet_is_refused(start_at: int) -> None:
    with pytest.raises(ValidationError) as caught:
        render_labels(numbered(1), LAYOUTS["a4-3x8"], start_at=start_at)
    assert caught.value.fields == {"start_at"}
    assert "between 1 and 24" in caught.value.issues[0].message


@pytest.mark.parametrize(
    "layout",
    [
        LAYOUTS["a4-3x8"],
        LAYOUTS["a4-2x7"],
        LAYOUTS["a4-3x7"],
        LAYOUTS["letter-3x10"],
        layout_with_margins(LAYOUTS["a4-2x7"], top=25, left=8),
        layout_with_margins(LAYOUTS["a4-3x7"], top=5, left=2, h_gap=4, v_gap=1),
    ],
    ids=["3x8", "2x7", "3x7", "letter", "2x7-moved", "3x7-moved"],
)
def test_first_label_lies_inside_its_rectangle(layout) -> None:
    who = firm(address="上海市浦东新区世纪大道100号环球金融中心38层3801室", postcode="200120")
    sheet = render_labels([who, person("客户02")], layout)
    page_width, page_height = layout.page_size
    assert PdfReader(io.BytesIO(sheet.pdf)).pages[0].mediabox.width == pytest.approx(page_width)
    runs = pages_of(sheet.pdf)[0]
    first = runs[: next(i for i, r in enumerate(runs) if "收" in r.text and "李四" in r.text) + 1]
    assert [r.text for r in first][0] == "200120"
    rect = layout.rect(1)
    assert all(r.inside(rect) for r in first), (rect, first)
    # Indented from the label's edge, not glued to it.
    assert min(r.x for r in first) >= rect[0] + 3 * mm - 0.01


def test_long_text_shrinks_to_stay_inside_the_smallest_label() -> None:
    layout = LAYOUTS["letter-3x10"]
    crowded = firm(
        "深圳市某某某某科技股份有限公司华南区域营销服务中心" * 2,
        address=LONG_ADDRESS,
        postcode="518057",
    )
    sheet = render_labels([crowded, person("客户02")], layout)
    runs = pages_of(sheet.pdf)[0]
    label = runs[:-3]  # the second label has postcode, address and name
    assert all(r.inside(layout.rect(1)) for r in label)
    assert min(r.size for r in label) < 8  # it had to shrink
    assert all(r.inside(layout.rect(2)) for r in runs[-3:])


def test_wrapped_address_keeps_every_character() -> None:
    address = "广东省深圳市南山区粤海街道高新区社区科技南十二路2号金蝶软件园A座5层501室"
    sheet = render_labels([person(address=address)], LAYOUTS["a4-3x8"])
    runs = pages_of(sheet.pdf)[0]
    middle = [r.text for r in runs[1:-1]]
    assert len(middle) >= 2  # wrapped
    assert "".join(middle) == address


def test_chinese_and_english_order() -> None:
    zh = firm(address="上海市浦东新区世纪大道100号", postcode="200120")
    en = firm(
        "Acme Trading Ltd",
        language="en",
        address="100 Century Avenue, Pudong, Shanghai",
        postcode="200120",
        contact_name="Mary Jones",
        contact_title="Finance Manager",
    )
    sheet = render_labels([zh, en], LAYOUTS["a4-2x7"])
    lines = page_texts(sheet.pdf)[0].splitlines()
    assert lines[:4] == [
        "200120",
        "上海市浦东新区世纪大道100号",
        "远大贸易有限公司",
        "财务部 李四 女士 收",
    ]
    assert lines[4:] == [
        "Acme Trading Ltd",
        "Ms Mary Jones, Finance Manager",
        "100 Century Avenue, Pudong, Shanghai",
        "200120",
    ]


def test_sender_line_on_each_label() -> None:
    layout = LAYOUTS["a4-2x7"]
    zh, en = person("客户01"), person("Mr Smith", language="en")
    sheet = render_labels([zh, en], layout, sender=True, company=COMPANY)
    runs = pages_of(sheet.pdf)[0]
    small = [r for r in runs if r.size < 8]
    assert [r.text for r in small if r.inside(layout.rect(1))] == [
        "寄件人：杭州示例商贸有限公司 浙江省杭州市西湖区文三路90号 310012"
    ]
    english = [r for r in small if r.inside(layout.rect(2))]
    assert " ".join(r.text for r in english) == (
        "From: Hangzhou Example Trading Co., Ltd., 90 Wensan Road, Xihu District, Hangzhou, 310012"
    )
    # The sender is the foot of its label, below the address.
    for position in (1, 2):
        label = [r for r in runs if r.inside(layout.rect(position))]
        lowest = min(label, key=lambda r: r.y)
        assert lowest.size < 8
        assert all(r.y > lowest.y + lowest.size for r in label if r.size >= 8)
    with pytest.raises(TypeError):
        render_labels([zh], layout, sender=True)


def test_outlines_for_a_test_print() -> None:
    plain = render_labels(numbered(2), LAYOUTS["a4-3x8"])
    outlined = render_labels(numbered(2), LAYOUTS["a4-3x8"], outlines=True)

    def rectangles(pdf: bytes) -> int:
        return PdfReader(io.BytesIO(pdf)).pages[0].get_contents().get_data().count(b" re ")

    assert (rectangles(plain.pdf), rectangles(outlined.pdf)) == (0, 2)


# -- who is printed ----------------------------------------------------------


def test_customers_without_address_are_left_out_and_named(db_path: Path) -> None:
    def card(name: str, address: str) -> int:
        data = CustomerData(kind="individual", name=name, address=address, postcode="100080")
        return save_customer(data, confirm=True).id

    ids = [
        card("张三", "北京市海淀区中关村大街1号"),
        card("无地址甲", ""),
        card("李四", "北京市朝阳区建国路88号"),
        card("无地址乙", "   "),
    ]
    sheet = render_labels(recipients(ids), LAYOUTS["a4-3x8"])
    assert sheet.printed == 2
    assert [r.name for r in sheet.skipped] == ["无地址甲", "无地址乙"]
    text = page_texts(sheet.pdf)[0]
    assert "张三" in text and "李四" in text
    assert "无地址" not in text


def test_nothing_to_print_is_an_error_not_an_empty_pdf() -> None:
    with pytest.raises(NoAddressToPrint) as caught:
        render_labels([], LAYOUTS["a4-3x8"])
    assert isinstance(caught.value, KnownError)
    assert str(caught.value).startswith("Nothing to print")
    with pytest.raises(NoAddressToPrint) as caught:
        render_labels([person(address=""), person(address=" ")], LAYOUTS["a4-3x8"])
    assert "none of the 2 customers" in str(caught.value)


@pytest.mark.parametrize(
    "name", ["<b>x</b>", "A & B &amp; C", '<img src="/etc/passwd">', "a < b > c", "<font size=40>"]
)
def test_markup_in_names_prints_literally(name: str) -> None:
    sheet = render_labels([person(name, gender=""), firm(contact_name=name)], LAYOUTS["a4-2x7"])
    lines = page_texts(sheet.pdf)[0].splitlines()
    assert f"{name} 收" in lines
    assert f"财务部 {name} 女士 收" in lines
    page = PdfReader(io.BytesIO(sheet.pdf)).pages[0]
    assert "/XObject" not in page["/Resources"]  # no image was embedded
    assert "/Annots" not in page


# -- wrapping ----------------------------------------------------------------


def test_wrap_keeps_words_whole_and_punctuation_off_line_starts() -> None:
    font = register_pdf_font()
    width = 90.0
    english = "Room 3801, 38/F, Shanghai World Financial Center, 100 Century Avenue"
    lines = wrap_text(english, font, 10, width)
    assert " ".join(lines) == english
    assert all(stringWidth(line, font, 10) <= width for line in lines)
    chinese = "上海市浦东新区世纪大，道100号环球金融中心，第38层3801室。"
    for size in (8, 9, 10, 11, 12):
        wrapped = wrap_text(chinese, font, size, width)
        assert "".join(wrapped) == chinese
        assert not any(line[0] in "，。" for line in wrapped)
        assert all(stringWidth(line, font, size) <= width for line in wrapped)
    # A word longer than the line is broken, not overflowing.
    long_word = wrap_text("x" * 80, font, 10, width)
    assert "".join(long_word) == "x" * 80
    assert all(stringWidth(line, font, 10) <= width for line in long_word)
    assert wrap_text("第一行\n第二行", font, 10, width) == ["第一行", "第二行"]
