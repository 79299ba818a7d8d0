"""Envelopes: the Chinese standard layout (postcode boxes, stamp box, name
with 收, sender bottom right) and the Western one, both sizes, read back from
the real PDF."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from app.company import CompanyProfile
from app.documents.envelopes import ENVELOPE_SIZES, postcode_boxes, render_envelopes
from app.documents.labels import NoAddressToPrint
from app.errors import ValidationError
from tests.unit.label_helpers import Run, firm, page_texts, pages_of, person

COMPANY = CompanyProfile(
    name="杭州示例商贸有限公司",
    name_en="Hangzhou Example Trading Co., Ltd.",
    address="浙江省杭州市西湖区文三路90号",
    address_en="90 Wensan Road, Xihu District, Hangzhou",
    postcode="310012",
)
SIZES = sorted(ENVELOPE_SIZES)


def page_box(size: str) -> tuple[float, float, float, float]:
    width, height = ENVELOPE_SIZES[size]
    return (0.0, 0.0, width * mm, height * mm)


def shrink(rect: tuple[float, float, float, float], by: float) -> tuple[float, ...]:
    x0, y0, x1, y1 = rect
    return (x0 + by, y0 + by, x1 - by, y1 - by)


def run_with(runs: list[Run], text: str) -> Run:
    return next(r for r in runs if text in r.text)


@pytest.mark.parametrize("size", SIZES)
def test_one_landscape_envelope_per_page(size: str) -> None:
    people = [firm(), person("王五"), person("Mary Jones", language="en", gender="female")]
    result = render_envelopes(people, size=size, company=COMPANY)
    assert (result.printed, result.pages, result.skipped) == (3, 3, [])
    reader = PdfReader(io.BytesIO(result.pdf))
    assert len(reader.pages) == 3
    width, height = ENVELOPE_SIZES[size]
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(width * mm, abs=0.01)
        assert float(page.mediabox.height) == pytest.approx(height * mm, abs=0.01)
        assert page.mediabox.width > page.mediabox.height


@pytest.mark.parametrize("size", SIZES)
def test_postcode_digits_sit_in_their_boxes(size: str) -> None:
    result = render_envelopes([firm(postcode="200120")], size=size, company=COMPANY)
    runs = pages_of(result.pdf)[0]
    boxes = postcode_boxes(size)
    assert len(boxes) == 6
    # The boxes are where GB/T 1416 puts them: 20 mm from the left, 10 mm
    # from the top, 8 x 10 mm, 2 mm apart.
    _, height = ENVELOPE_SIZES[size]
    assert boxes[0][0] == pytest.approx(20 * mm)
    assert boxes[0][3] == pytest.approx((height - 10) * mm)
    assert boxes[1][0] - boxes[0][2] == pytest.approx(2 * mm)
    digits = [r for r in runs if len(r.text) == 1 and r.text.isdigit()]
    assert "".join(d.text for d in digits) == "200120"
    for digit, box in zip(digits, boxes, strict=True):
        assert digit.inside(box)
        middle = (digit.x + digit.right) / 2
        assert middle == pytest.approx((box[0] + box[2]) / 2, abs=0.5)


def test_chinese_layout(tmp_path: Path) -> None:
    who = firm(address="上海市浦东新区世纪大道100号环球金融中心38层3801室", postcode="200120")
    result = render_envelopes([who], size="DL", company=COMPANY)
    runs = pages_of(result.pdf)[0]
    text = page_texts(result.pdf)[0]
    for expected in (
        "贴邮",
        "票处",
        "上海市浦东新区世纪大道100号环球金融中心38层3801室",
        "远大贸易有限公司",
        "财务部 李四 女士 收",
        "浙江省杭州市西湖区文三路90号",
        "杭州示例商贸有限公司",
        "邮政编码：310012",
    ):
        assert expected in text
    width = ENVELOPE_SIZES["DL"][0] * mm
    address = run_with(runs, "世纪大道")
    company, person_line = run_with(runs, "远大贸易"), run_with(runs, "李四 女士 收")
    sender_postcode = run_with(runs, "邮政编码：")
    # Top to bottom: boxes, address, addressee, sender.
    assert postcode_boxes("DL")[0][1] > address.top
    assert address.y > company.y > person_line.y > sender_postcode.y
    # The address starts under the first box; the name is centred and large.
    assert address.x == pytest.approx(20 * mm)
    assert (company.x + company.right) / 2 == pytest.approx(width / 2, abs=1)
    assert person_line.size > address.size
    # Our block is at the bottom right.
    assert sender_postcode.x > width / 2
    assert run_with(runs, "杭州示例商贸").right <= width - 10 * mm
    # Red boxes: six postcode boxes and the stamp box.
    content = PdfReader(io.BytesIO(result.pdf)).pages[0].get_contents().get_data()
    assert content.count(b" re ") == 7


def test_western_layout_for_english_recipients() -> None:
    who = firm(
        "Acme Trading Ltd",
        language="en",
        address="100 Century Avenue, Pudong, Shanghai",
        postcode="200120",
        contact_name="Mary Jones",
        contact_title="Finance Manager",
    )
    result = render_envelopes([who], size="DL", company=COMPANY)
    runs = pages_of(result.pdf)[0]
    lines = [r.text for r in runs]
    assert lines == [
        "Hangzhou Example Trading Co., Ltd.",
        "90 Wensan Road, Xihu District, Hangzhou",
        "310012",
        "Acme Trading Ltd",
        "Ms Mary Jones, Finance Manager",
        "100 Century Avenue, Pudong, Shanghai",
        "200120",
    ]
    assert "收" not in page_texts(result.pdf)[0]
    width, height = (v * mm for v in ENVELOPE_SIZES["DL"])
    sender, recipient = runs[0], runs[3]
    assert sender.x < 20 * mm and sender.top > height - 15 * mm  # top left
    assert recipient.x > width * 0.4 and recipient.y < sender.y
    # No postcode boxes and no stamp box.
    content = PdfReader(io.BytesIO(result.pdf)).pages[0].get_contents().get_data()
    assert b" re " not in content


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("language", ["zh", "en"])
def test_long_texts_stay_on_the_envelope_and_clear_of_the_boxes(size: str, language: str) -> None:
    crowded = firm(
        "深圳市某某某某科技股份有限公司华南区域营销服务中心" * 3,
        language=language,
        address="广东省深圳市南山区粤海街道科技南十二路2号金蝶软件园A座5层501室（前台代收）" * 5,
        postcode="518057",
        contact_name="Supercalifragilisticexpialidocious-Smith " * 3,
    )
    company = CompanyProfile(
        name="杭州示例商贸有限公司" * 5,
        name_en="Hangzhou Example Trading Company Limited " * 4,
        address="浙江省杭州市西湖区文三路90号东部软件园科技大厦" * 6,
        address_en="90 Wensan Road, Xihu District, Hangzhou, Zhejiang " * 5,
        postcode="310012",
    )
    result = render_envelopes([crowded], size=size, company=company)
    runs = pages_of(result.pdf)[0]
    inner = shrink(page_box(size), 5 * mm)
    assert all(r.inside(inner) for r in runs), [r for r in runs if not r.inside(inner)]
    # No two lines overlap.
    ordered = sorted(runs, key=lambda r: -r.y)
    for a in ordered:
        for b in ordered:
            if a is b:
                continue
            apart_x = a.right <= b.x or b.right <= a.x
            apart_y = a.bottom >= b.top or b.bottom >= a.top
            assert apart_x or apart_y, (a, b)
    if language == "zh":
        stamp_left = (ENVELOPE_SIZES[size][0] - 32) * mm
        address_runs = [r for r in runs if "广东省" in r.text or "前台" in r.text]
        assert address_runs
        assert all(r.right < stamp_left for r in address_runs)
        boxes = postcode_boxes(size)
        assert all(r.top < boxes[0][1] for r in runs if len(r.text) > 1 and r.x < stamp_left)


def test_postcode_that_is_not_six_digits_is_printed_with_the_address() -> None:
    result = render_envelopes([person(postcode="HK-999077")], size="DL", company=COMPANY)
    runs = pages_of(result.pdf)[0]
    boxes = postcode_boxes("DL")
    assert not any(r.inside(box) for r in runs for box in boxes)
    assert "HK-999077" in [r.text for r in runs]


def test_unknown_size_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        render_envelopes([person()], size="A4", company=COMPANY)
    assert caught.value.fields == {"size"}
    assert "DL, C5" in caught.value.issues[0].message


def test_customers_without_address_are_skipped() -> None:
    people = [person("有地址"), person("无地址", address=""), person("也有地址")]
    result = render_envelopes(people, size="C5", company=COMPANY)
    assert result.printed == 2
    assert [r.name for r in result.skipped] == ["无地址"]
    texts = page_texts(result.pdf)
    assert len(texts) == 2
    assert "无地址" not in "".join(texts)
    with pytest.raises(NoAddressToPrint, match="Nothing to print"):
        render_envelopes([person(address="")], size="DL", company=COMPANY)
    with pytest.raises(NoAddressToPrint, match="Nothing to print"):
        render_envelopes([], size="DL", company=COMPANY)


def test_empty_company_profile_still_prints() -> None:
    result = render_envelopes([firm()], size="DL", company=CompanyProfile())
    text = page_texts(result.pdf)[0]
    assert "财务部 李四 女士 收" in text
    assert "邮政编码" not in text


@pytest.mark.parametrize(
    "name", ["<b>x</b>", "A & B &amp; C", '<img src="/etc/passwd">', "<a href='x'>y</a>"]
)
@pytest.mark.parametrize("language", ["zh", "en"])
def test_markup_in_names_prints_literally(name: str, language: str) -> None:
    company = CompanyProfile(name=name, name_en=name, address=name, postcode="310012")
    who = firm(name, language=language, contact_name=name, address=name)
    result = render_envelopes([who], size="DL", company=company)
    lines = [r.text for r in pages_of(result.pdf)[0]]
    assert lines.count(name) >= 3  # recipient company, recipient address, our name
    page = PdfReader(io.BytesIO(result.pdf)).pages[0]
    assert "/XObject" not in page["/Resources"]
    assert "/Annots" not in page


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed")
def test_rendered_digits_are_inside_the_red_boxes(tmp_path: Path) -> None:
    """Look at the printed envelope as pixels: ink inside each box, red on
    its edges."""
    from PIL import Image

    result = render_envelopes([firm(postcode="888888")], size="DL", company=COMPANY)
    pdf = tmp_path / "envelope.pdf"
    pdf.write_bytes(result.pdf)
    dpi = 100
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", "-singlefile", str(pdf), str(tmp_path / "page")],
        check=True,
        timeout=60,
    )
    image = Image.open(tmp_path / "page.png").convert("RGB")
    scale = dpi / 72
    height_pt = ENVELOPE_SIZES["DL"][1] * mm
    for x0, y0, x1, y1 in postcode_boxes("DL"):
        left, right = round(x0 * scale), round(x1 * scale)
        top, bottom = round((height_pt - y1) * scale), round((height_pt - y0) * scale)
        inside = [
            image.getpixel((x, y))
            for x in range(left + 4, right - 3)
            for y in range(top + 4, bottom - 3)
        ]
        assert sum(1 for p in inside if max(p) < 100) > 20  # the digit's ink
        edge = image.getpixel(((left + right) // 2, top))
        assert edge[0] > 150 and edge[1] < 120 and edge[2] < 120  # red
