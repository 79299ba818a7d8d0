"""What a greeting list becomes (app.greeting_output): CSV and XLSX for an SMS
platform read back, the list and the cards as PDFs read back with pypdf,
labels and envelopes, and every way an output can be refused."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app import greeting_output as go
from app.company import save_profile
from app.customers import save_customer
from app.documents.batch import NothingToPrint
from app.documents.page import Cancelled
from app.errors import KnownError, ValidationError
from app.greeting_templates import SMS, save_template
from app.greetings import GreetingRequest, greeting_list, mark_greeted
from app.records import Birthday, ContactData, CustomerData

HYPERLINK = '=HYPERLINK("http://x.example","点我")'


@pytest.fixture
def rows(db_path):
    """The Mid-Autumn list 2026 of six real cards."""
    people = [
        CustomerData(
            name="张三", gender="male", mobile="13800138000", address="深圳市南山区科技园1号",
            postcode="518057", birthday=Birthday("solar", 9, 25, 1980),
        ),
        CustomerData(name="李四", gender="female", address="北京市朝阳区建国路2号"),
        CustomerData(
            kind="corporate", name="深圳市华强电子有限公司", address="深圳市福田区华强北路3号",
            postcode="518031",
            contacts=[
                ContactData(
                    name="王建国", title="总经理", gender="male", mobile="13900139000",
                    roles=["decision_maker"],
                )
            ],
        ),
        CustomerData(
            name="John Smith", gender="male", language="en", mobile="+44 20 7946 0958",
            birthday=Birthday("solar", 9, 26, 1976),
        ),
        CustomerData(name=HYPERLINK, mobile="13700137000", address="上海市黄浦区4号"),
        CustomerData(name="王𠮷", gender="male", mobile="13600136000", address="广州市天河区5号"),
    ]  # fmt: skip
    for data in people:
        save_customer(data, confirm=True)
    save_profile({"name": "恒达电子有限公司", "name_en": "Hengda Electronics Ltd."})
    return greeting_list(GreetingRequest("mid_autumn", 2026))


def by_name(rows, name):
    return next(r for r in rows if r.person.name == name)


def csv_lines(result, encoding="utf-8-sig"):
    return list(csv.reader(io.StringIO(result.data.decode(encoding), newline="")))


def pdf_text(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


# --- CSV and XLSX --------------------------------------------------------------------------


def test_csv_for_an_sms_platform(rows):
    result = go.render(go.CSV, [r for r in rows if r.person.name != "王𠮷"])
    assert result.data.startswith("\ufeff".encode())  # Excel reads it as UTF-8
    lines = csv_lines(result)
    assert lines[0] == ["姓名", "称呼", "手机", "短信内容"]
    found = {line[0]: line for line in lines[1:]}
    assert found["王建国"][:3] == ["王建国", "王总", "13900139000"]
    assert found["王建国"][3].startswith("尊敬的王总：月圆中秋")
    assert found["张三"][1:3] == ["张先生", "13800138000"]
    # Each person in their own language; the phone number keeps its plus.
    assert found["John Smith"][2] == "+44 20 7946 0958"
    assert found["John Smith"][3].startswith("Dear Mr. Smith, wishing you")
    # Skipped: no mobile.
    assert result.written == 4 == len(lines) - 1
    assert [(r.person.name, reason) for r, reason in result.skipped] == [("李四", go.NO_MOBILE)]
    assert result.suggested_name == "中秋节问候 2026.csv"


def test_a_formula_is_never_run(rows):
    lines = csv_lines(go.render(go.CSV, rows))
    [line] = [line for line in lines if "HYPERLINK" in line[0]]
    assert line[0] == "'" + HYPERLINK
    assert line[1] == "'" + HYPERLINK  # the salutation of a name without gender is the name
    assert line[3].startswith("尊敬的=HYPERLINK")  # not at the start: harmless
    assert go.guard_cell("@SUM(A1)") == "'@SUM(A1)"
    assert go.guard_cell("+86 138-0013 (8000)") == "+86 138-0013 (8000)"  # a phone number
    assert go.guard_cell("-2+3") == "'-2+3"
    assert go.guard_cell("-cmd|' /C calc'!A0") == "'-cmd|' /C calc'!A0"
    assert go.guard_cell("王总") == "王总"


def test_csv_in_gbk(rows):
    chosen = [r for r in rows if r.person.name != "王𠮷"]
    result = go.render(go.CSV, chosen, encoding="gbk", language="en")
    lines = csv_lines(result, "gbk")
    assert lines[0] == ["Name", "Salutation", "Mobile", "Message"]
    assert {line[0] for line in lines[1:]} == {"张三", "王建国", "John Smith", "'" + HYPERLINK}
    assert result.suggested_name == "Mid-Autumn Festival greetings 2026.csv"


def test_a_name_gbk_cannot_encode_is_named(rows):
    with pytest.raises(KnownError) as caught:
        go.render(go.CSV, rows, encoding="gbk")
    position = rows.index(by_name(rows, "王𠮷")) + 1
    assert caught.value.params["row"] == position
    assert caught.value.params["name"] == "王𠮷"
    assert str(caught.value).startswith(f"Row {position} (王𠮷): “𠮷” in “王𠮷” has no GBK code.")
    assert "UTF-8" in str(caught.value)


def test_a_message_gbk_cannot_encode_is_named(rows):
    save_template(
        "mid_autumn", "zh", SMS, title="", body="{{ salutation }}，中秋快乐🎉", expected_version=0
    )
    chosen = [by_name(rows, "王建国")]
    with pytest.raises(KnownError) as caught:
        go.render(go.CSV, chosen, encoding="gbk")
    assert caught.value.params["char"] == "🎉"
    assert "王总，中秋快乐🎉" in str(caught.value)
    # UTF-8 carries it.
    assert csv_lines(go.render(go.CSV, chosen))[1][3] == "王总，中秋快乐🎉"


def test_xlsx_for_an_sms_platform(rows):
    result = go.render(go.XLSX, rows)
    assert result.suggested_name == "中秋节问候 2026.xlsx"
    sheet = load_workbook(io.BytesIO(result.data)).active
    assert sheet.title == "中秋节问候 2026"
    assert [c.value for c in sheet[1]] == ["姓名", "称呼", "手机", "短信内容"]
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    values = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    assert len(values) == result.written == 5
    mobile = values["王建国"][2]
    assert (mobile.value, mobile.data_type) == ("13900139000", "s")
    assert values["John Smith"][2].value == "+44 20 7946 0958"
    assert "'" + HYPERLINK in values
    assert values["'" + HYPERLINK][0].data_type == "s"
    assert values["王建国"][3].value.startswith("尊敬的王总：")
    assert values["王建国"][3].alignment.wrap_text
    assert sheet.column_dimensions["D"].width > sheet.column_dimensions["A"].width >= 10


# --- PDFs ----------------------------------------------------------------------------------


def test_the_list_as_pdf(rows):
    mark_greeted([by_name(rows, "王建国")], channel="sms")
    rows = greeting_list(GreetingRequest("mid_autumn", 2026))
    result = go.render(go.LIST_PDF, rows)
    assert result.suggested_name == "中秋节问候名单 2026.pdf"
    assert (result.written, result.skipped) == (6, [])
    [text] = pdf_text(result.data)
    assert "中秋节问候名单 2026" in text
    assert "恒达电子有限公司 · 2026年9月25日 · 共 6 人" in text
    for word in ("序号", "称呼", "已问候", "王建国", "王总", "深圳市华强电子有限公司", "518057"):
        assert word in text
    assert "✓" in text and "第 1 页 共 1 页" in text
    english = pdf_text(go.render(go.LIST_PDF, rows, language="en").data)[0]
    assert "Mid-Autumn Festival greeting list 2026" in english
    assert "Salutation" in english and "Page 1 of 1" in english


def test_a_long_list_has_headings_and_numbers_on_every_page(rows):
    many = rows * 30
    seen: list[tuple[int, int]] = []
    data = go.render(go.LIST_PDF, many, progress=lambda done, total: seen.append((done, total)))
    pages = pdf_text(data.data)
    assert len(pages) > 3
    for number, text in enumerate(pages, start=1):
        assert f"第 {number} 页 共 {len(pages)} 页" in text
        assert "称呼" in text and "手机" in text
    assert "180" in pages[-1]
    assert seen[-1] == (180, 180)
    with pytest.raises(Cancelled):
        go.render(go.LIST_PDF, many, cancelled=lambda: True)


def test_a_birthday_list_shows_date_and_age(rows):
    birthdays = greeting_list(
        GreetingRequest("birthday", date_from=date(2026, 9, 21), date_to=date(2026, 9, 27))
    )
    result = go.render(go.LIST_PDF, birthdays)
    assert result.suggested_name == "生日问候名单 2026.pdf"
    [text] = pdf_text(result.data)
    assert "日期 / 年龄" in text
    assert "9月25日 · 46岁" in text and "9月26日 · 50岁" in text
    assert "2026年9月25日 – 2026年9月26日" in text


def test_greeting_cards(rows):
    seen: list[tuple[int, int]] = []
    result = go.render(go.CARDS_PDF, rows, progress=lambda d, t: seen.append((d, t)))
    assert result.suggested_name == "中秋节贺卡 2026.pdf"
    reader = PdfReader(io.BytesIO(result.data))
    assert len(reader.pages) == result.written == 6
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert (round(float(width)), round(float(height))) == (595, 420)  # A5 landscape
    texts = {name: reader.pages[rows.index(by_name(rows, name))].extract_text() for name in (
        "王建国", "John Smith", "张三")}  # fmt: skip
    assert "中秋快乐" in texts["王建国"] and "王总：" in texts["王建国"]
    assert "皓月当空" in texts["王建国"] and "恒达电子有限公司" in texts["王建国"]
    assert "2026年9月25日" in texts["王建国"]
    assert "张先生：" in texts["张三"]
    assert "Happy Mid-Autumn Festival" in texts["John Smith"]
    assert "Dear Mr. Smith," in texts["John Smith"]
    assert "Hengda Electronics Ltd." in texts["John Smith"]
    assert "25 September 2026" in texts["John Smith"]
    assert seen[-1] == (6, 6)
    a4 = PdfReader(io.BytesIO(go.render(go.CARDS_PDF, rows[:2], paper="A4").data))
    assert len(a4.pages) == 2 and round(float(a4.pages[0].mediabox.width)) == 842
    asked = []
    with pytest.raises(Cancelled):
        go.render(go.CARDS_PDF, rows, cancelled=lambda: asked.append(1) or len(asked) > 2)
    assert len(asked) == 3  # asked before each card


def test_a_long_card_text_still_fits_its_card(rows):
    body = "\n".join(["　　" + "祝您万事如意，身体健康，阖家幸福。" * 8] * 8)
    save_template("mid_autumn", "zh", "card", title="中秋快乐", body=body, expected_version=0)
    reader = PdfReader(io.BytesIO(go.render(go.CARDS_PDF, [by_name(rows, "王建国")]).data))
    [page] = reader.pages
    text = page.extract_text()
    assert "王总：" in text and "恒达电子有限公司" in text
    assert text.count("阖家幸福") == 64


def test_labels_and_envelopes_leave_out_who_has_no_address(rows):
    labels = go.render(go.LABELS, rows, layout="a4-3x7", start_at=3)
    assert labels.written == 5
    assert [(r.person.name, why) for r, why in labels.skipped] == [("John Smith", go.NO_ADDRESS)]
    pages = pdf_text(labels.data)
    assert len(pages) == 1
    assert "深圳市福田区华强北路3号" in pages[0] and "王建国" in pages[0]
    assert labels.suggested_name == "中秋节标签 2026.pdf"
    envelopes = go.render(go.ENVELOPES, rows, envelope="C5")
    assert envelopes.written == 5 == len(PdfReader(io.BytesIO(envelopes.data)).pages)
    assert envelopes.suggested_name == "中秋节信封 2026.pdf"
    with pytest.raises(NothingToPrint):
        go.render(go.LABELS, [by_name(rows, "John Smith")])


# --- refusals ------------------------------------------------------------------------------


def test_nothing_to_put_in_it(rows):
    for kind in go.KINDS:
        with pytest.raises(NothingToPrint):
            go.render(kind, [])
    with pytest.raises(NothingToPrint) as caught:
        go.render(go.XLSX, [by_name(rows, "李四")])
    assert "none of the 1 people chosen has a mobile number" in str(caught.value)


@pytest.mark.parametrize(
    ("kind", "options", "field"),
    [
        ("fax", {}, "kind"),
        (go.CSV, {"language": "fr"}, "language"),
        (go.CSV, {"encoding": "latin-1"}, "encoding"),
        (go.LABELS, {"layout": "a3-1x1"}, "layout"),
        (go.LABELS, {"start_at": 99}, "start_at"),
        (go.CARDS_PDF, {"paper": "B5"}, "paper"),
        (go.ENVELOPES, {"envelope": "B4"}, "size"),
    ],
)
def test_bad_options_are_refused(rows, kind, options, field):
    with pytest.raises(ValidationError) as caught:
        go.render(kind, rows, **options)
    assert caught.value.fields == {field}


def test_a_text_failing_for_someone_names_them(rows):
    save_template(
        "birthday", "zh", SMS, title="", body="{{ 100 // (age - 46) }}", expected_version=0
    )
    birthdays = greeting_list(
        GreetingRequest("birthday", date_from=date(2026, 9, 21), date_to=date(2026, 9, 27))
    )
    with pytest.raises(KnownError) as caught:
        go.render(go.CSV, birthdays)
    assert caught.value.params["name"] == "张三"
    assert "does not work for row 1 (张三): Line 1: " in str(caught.value)


def test_write_puts_the_file_in_place(rows, tmp_path):
    target = tmp_path / "out" / "中秋.xlsx"
    result = go.write(go.XLSX, rows, target)
    assert target.read_bytes() == result.data
    assert list(target.parent.iterdir()) == [target]  # no temporary file left
