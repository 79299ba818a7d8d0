"""The printed statement of account, read back from the PDF with pypdf: the
figures and capitals, names, page numbers and the repeated table header of a
long statement, user text printed literally, the English wording, the seal,
and the time a 500-line statement takes."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from app import ledger
from app.company import CompanyProfile
from app.customers import save_customer
from app.documents.page import build_pdf
from app.documents.statement import render_statement, statement_section
from app.records import ContactData, CustomerData
from app.statement import statement_data

D = date(2025, 1, 1)
TODAY = date(2025, 4, 2)
COMPANY = CompanyProfile(
    name="杭州示例科技有限公司",
    name_en="Hangzhou Example Tech Co., Ltd.",
    address="杭州市西湖区文三路 1 号",
    phone="0571-88888888",
    bank_name="中国工商银行杭州文三路支行",
    bank_account="1202 0000 1111 2222 333",
    signatory="财务部 王会计",
    statement_reply_days=7,
)


def day(n: int) -> date:
    return D + timedelta(days=n)


def customer(name: str = "上海远大贸易有限公司", **fields: object) -> int:
    fields.setdefault("address", "上海市浦东新区世纪大道100号")
    fields.setdefault("postcode", "200120")
    fields.setdefault(
        "contacts", [ContactData(name="李四", gender="female", title="财务经理", roles=["finance"])]
    )
    data = CustomerData(kind="corporate", name=name, **fields)  # type: ignore[arg-type]
    return save_customer(data, confirm=True).id


def pages_of(pdf: bytes) -> list[str]:
    """Each page's text with all white space taken out (CJK lines are broken
    wherever the column ends)."""
    reader = PdfReader(io.BytesIO(pdf))
    return [re.sub(r"\s+", "", page.extract_text()) for page in reader.pages]


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def small_ledger(cid: int, prefix: str = "") -> None:
    """Before the period 1,234.56 due on 31 January; in the period an invoice
    of 10,000.00 due on 12 March and a payment of 3,000.00 (oldest first:
    1,234.56 to the first, 1,765.44 to the second)."""
    ledger.post_invoice(
        cid, number=f"{prefix}INV-0", entry_date=day(0), amount="1234.56", confirm=True
    )
    ledger.post_invoice(
        cid,
        number=f"{prefix}INV-A",
        entry_date=day(40),
        amount="10000.00",
        due_date=day(70),
        confirm=True,
    )
    ledger.post_payment(
        cid,
        entry_date=day(50),
        amount="3000.00",
        method="cheque",
        reference=f"{prefix}CHQ-7",
        confirm=True,
    )


def test_chinese_statement_figures_names_and_confirmation(db_path: Path) -> None:
    cid = customer()
    small_ledger(cid)
    data = statement_data(cid, date_from=day(31), date_to=day(89), today=TODAY)
    (page,) = pages_of(render_statement(data, COMPANY, today=TODAY))

    for expected in [
        "对账单",
        "往来明细",
        "上海远大贸易有限公司",
        data.customer_number,
        "200120上海市浦东新区世纪大道100号",
        "财务经理李四女士",
        "杭州示例科技有限公司",
        "对账期间：2025年2月1日至2025年3月31日",
        "对账日期：2025年4月2日",
        "期初余额1,234.56",
        "INV-A发票/送货单2025-03-1210,000.0011,234.56",
        "CHQ-7收款·支票3,000.008,234.56",
        "本期合计10,000.003,000.00",
        "期末余额8,234.56",
        "截至2025年3月31日期末余额：¥8,234.56",
        "大写金额：人民币捌仟贰佰叁拾肆元伍角陆分",
        "本对账单所列截至2025年3月31日贵方欠我方余额¥8,234.56，请核对。"
        "如有不符请于7日内提出，逾期未提出视为确认。",
        "户名：杭州示例科技有限公司",
        "开户行：中国工商银行杭州文三路支行",
        "账号：1202000011112222333",
        "□相符",
        "□不符，不符金额：",
        "原因：",
        "客户确认签章：",
        "经办人：",
        "日期：年月日",
        "第1页共1页",
    ]:
        assert flat(expected) in page, expected
    # The ageing on 31 March: what is open on INV-A is 19 days overdue.
    assert "未到期逾期1-30天31-60天61-90天91-180天180天以上合计" in page
    assert "0.008,234.560.000.000.000.008,234.56" in page


def test_open_items_form(db_path: Path) -> None:
    cid = customer()
    small_ledger(cid)
    ledger.post_payment(cid, entry_date=day(100), amount="99999.00", confirm=True)  # later
    data = statement_data(cid, date_from=None, date_to=day(89), mode="open_items", today=TODAY)
    (page,) = pages_of(render_statement(data, COMPANY, today=TODAY))
    assert "未清项目" in page and "截至日期：2025年3月31日" in page
    assert "原金额未付金额逾期天数" in page
    assert "借方（应收）" not in page and "期初余额" not in page
    # INV-0 was paid in full; the later payment is after the end date.
    assert "INV-A发票/送货单2025-03-1210,000.008,234.5619" in page
    assert "INV-0" not in page
    assert "未付合计8,234.562025-03-31期末余额8,234.56" in page
    assert "贵方欠我方余额¥8,234.56" in page


def test_open_items_with_a_credit_and_a_credit_balance(db_path: Path) -> None:
    cid = customer()
    ledger.post_invoice(cid, number="INV-1", entry_date=day(0), amount="100.00", confirm=True)
    ledger.post_payment(
        cid, entry_date=day(1), amount="150.00", method="cash", reference="", confirm=True
    )
    data = statement_data(cid, date_from=None, date_to=day(5), mode="open_items", today=TODAY)
    (page,) = pages_of(render_statement(data, COMPANY, today=TODAY))
    assert "收款（未冲抵）·现金" in page
    assert "150.00-50.00" in page
    assert "减：未冲抵的款项-50.00" in page
    assert "期末余额-50.00" in page
    assert "我方欠贵方余额（贵方预付或多付的款项）¥50.00" in page
    assert "人民币负伍拾元整" in page


def test_reversal_prints_both_entries(db_path: Path) -> None:
    cid = customer()
    ledger.post_invoice(cid, number="INV-1", entry_date=day(0), amount="500.00", confirm=True)
    pay = ledger.post_payment(
        cid, entry_date=day(3), amount="500.00", method="cheque", reference="CHQ-9", confirm=True
    )
    ledger.reverse_entry(pay, entry_date=day(8), reason="退票")
    data = statement_data(cid, date_from=None, date_to=day(10), today=TODAY)
    (page,) = pages_of(render_statement(data, COMPANY, today=TODAY))
    assert "CHQ-9收款·支票（已冲销）500.000.00" in page
    assert "冲销2025-01-04收款CHQ-9（退票）500.00500.00" in page


def _long_ledger(cid: int, invoices: int, payments: int) -> None:
    for i in range(invoices):
        ledger.post_invoice(
            cid,
            number=f"INV-{i:05d}",
            entry_date=day(i * 300 // invoices),
            amount=f"{1000 + i}.{i % 100:02d}",
            description="钢材一批，规格 Q235 热轧卷板，长摘要需要折行" if i % 9 == 0 else "",
            confirm=True,
        )
    for i in range(payments):
        ledger.post_payment(
            cid,
            entry_date=day(i * 300 // payments),
            amount="500.00",
            method="cheque",
            reference=f"CHQ-{i:05d}",
            confirm=True,
        )


def test_long_statement_page_numbers_and_repeated_header(db_path: Path) -> None:
    cid = customer()
    _long_ledger(cid, invoices=90, payments=40)
    data = statement_data(cid, date_from=None, date_to=day(365), today=TODAY)
    pdf = render_statement(data, COMPANY, today=TODAY)
    pages = pages_of(pdf)
    count = len(pages)
    assert count >= 3
    header = "日期单据号码摘要到期日借方（应收）贷方（收回）余额"
    for number, page in enumerate(pages, start=1):
        assert f"第{number}页共{count}页" in page
        if "INV-" in page or "CHQ-" in page:  # a page of the table
            assert page.count(header) == 1, number
    assert pages[1].find(header) < pages[1].find("INV-") and "上海远大贸易有限公司" in pages[1]
    # Every row printed once, none lost at a page break.
    everything = "".join(pages)
    for line in data.lines:
        assert everything.count(line.number) == 1, line.number
    assert f"期末余额{data.closing_fen // 100:,}." in everything
    assert "客户确认签章：" in pages[-1]


def test_batch_numbers_pages_per_customer(db_path: Path) -> None:
    first, second = customer("甲公司"), customer("Acme Ltd", language="en")
    small_ledger(first)
    small_ledger(second, prefix="B-")
    sections = [
        statement_section(statement_data(c, date_from=None, date_to=day(89)), COMPANY, today=TODAY)
        for c in (first, second)
    ]
    pages = pages_of(build_pdf(sections, company=COMPANY, title="对账单", today=TODAY))
    assert len(pages) == 2
    assert "第1页共1页" in pages[0] and "甲公司" in pages[0]
    assert "Page1of1" in pages[1] and "AcmeLtd" in pages[1]


def test_500_line_statement_is_fast(db_path: Path) -> None:
    cid = customer()
    _long_ledger(cid, invoices=350, payments=150)
    started = time.perf_counter()
    data = statement_data(cid, date_from=None, date_to=day(365), today=TODAY)
    read = time.perf_counter() - started
    pdf = render_statement(data, COMPANY, today=TODAY)
    total = time.perf_counter() - started
    print(f"500-line statement: data {read:.3f} s, data and PDF {total:.3f} s")
    assert len(data.lines) == 500
    assert total < 2.0
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) > 10


INJECTIONS = {
    "name": "<b>x</b> 公司",
    "address": "A & B &amp; C",
    "contact": "a < b",
    "description": "<font size=40>大</font>" + "，很长的摘要" * 6,
    "short_description": "<font size=40>",
    "number": '<a href="http://x">',
    "reference": '<img src="/etc/passwd">',
}


def test_markup_in_user_text_prints_literally(db_path: Path) -> None:
    cid = customer(
        INJECTIONS["name"],
        address=INJECTIONS["address"],
        contacts=[ContactData(name=INJECTIONS["contact"], roles=["finance"])],
    )
    ledger.post_invoice(
        cid,
        number=INJECTIONS["number"],
        entry_date=day(0),
        amount="10.00",
        description=INJECTIONS["description"],
        confirm=True,
    )
    ledger.post_invoice(
        cid,
        number="N-2",
        entry_date=day(1),
        amount="1.00",
        description=INJECTIONS["short_description"],
        confirm=True,
    )
    ledger.post_payment(
        cid,
        entry_date=day(2),
        amount="5.00",
        method="cheque",
        reference=INJECTIONS["reference"],
        confirm=True,
    )
    company = CompanyProfile(
        name="A & B &amp; C <b>公司</b>",
        signatory='<img src="/etc/passwd">',
        bank_name="<a href='http://bank'>银行</a>",
        bank_account="1 & 2",
    )
    for mode in ("ledger", "open_items"):
        data = statement_data(cid, date_from=None, date_to=day(10), mode=mode, today=TODAY)
        pdf = render_statement(data, company, today=TODAY)
        text = "".join(pages_of(pdf))
        expected = [INJECTIONS["name"], INJECTIONS["address"], INJECTIONS["contact"]]
        expected += [company.name, company.signatory, company.bank_name, company.bank_account]
        if mode == "ledger":
            expected += [INJECTIONS["short_description"], INJECTIONS["reference"]]
        expected += [INJECTIONS["number"], INJECTIONS["description"]]
        for literal in expected:
            assert flat(literal) in text, (mode, literal)
        reader = PdfReader(io.BytesIO(pdf))
        for page in reader.pages:
            assert "/Annots" not in page, "a link was made"
            resources = page["/Resources"]
            assert "/XObject" not in resources, "an image was embedded"
        assert b"passwd" not in pdf.replace(b"&lt;img", b"")  # only as text, never a path read


def test_english_statement(db_path: Path) -> None:
    cid = customer("Acme Trading Ltd", language="en", address="1 Harbour Road, Hong Kong")
    small_ledger(cid)
    data = statement_data(cid, date_from=day(31), date_to=day(89), today=TODAY)
    (page,) = pages_of(render_statement(data, COMPANY, today=TODAY))
    for expected in [
        "Statement of Account",
        "Hangzhou Example Tech Co., Ltd.",
        "Acme Trading Ltd",
        "Attn.: 财务经理 Ms 李四",
        "Statement date: 2 April 2025",
        "Period: 1 February 2025 to 31 March 2025",
        "Date Document no. Description Due date Debit Credit Balance",
        "Opening balance 1,234.56",
        "INV-A Invoice 2025-03-12 10,000.00 11,234.56",
        "CHQ-7 Payment received · cheque 3,000.00 8,234.56",
        "Closing balance as of 31 March 2025: ¥8,234.56",
        "In Chinese capitals: 人民币捌仟贰佰叁拾肆元伍角陆分",
        "Ageing as of 31 March 2025",
        "as of 31 March 2025 the balance you owe us is ¥8,234.56",
        "within 7 days",
        "□ Agreed",
        "□ Not agreed, difference:",
        "Signature and company stamp:",
        "Page 1 of 1",
    ]:
        assert flat(expected) in page, expected
    for chinese in ("对账单", "期末余额", "大写", "页"):
        assert chinese not in page


def _seal_png() -> bytes:
    image = Image.new("RGBA", (120, 120), (0, 0, 0, 0))
    for x in range(120):
        for y in range(120):
            if 45**2 <= (x - 60) ** 2 + (y - 60) ** 2 <= 55**2:
                image.putpixel((x, y), (200, 20, 20, 255))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def test_seal_is_printed_when_set(db_path: Path) -> None:
    cid = customer()
    small_ledger(cid)
    data = statement_data(cid, date_from=None, date_to=day(89), today=TODAY)
    company = CompanyProfile(name="杭州示例科技有限公司", seal=_seal_png())
    reader = PdfReader(io.BytesIO(render_statement(data, company, today=TODAY)))
    (page,) = reader.pages
    images = [
        obj
        for obj in page["/Resources"]["/XObject"].values()
        if obj.get_object()["/Subtype"] == "/Image"
    ]
    assert len(images) == 1
    assert "我方（盖章）" in flat(page.extract_text())


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed")
def test_pages_render_as_pictures(db_path: Path, tmp_path: Path) -> None:
    cid = customer()
    small_ledger(cid)
    data = statement_data(cid, date_from=None, date_to=day(89), today=TODAY)
    pdf = tmp_path / "statement.pdf"
    pdf.write_bytes(render_statement(data, COMPANY, today=TODAY))
    subprocess.run(
        ["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / "page")],
        check=True,
        timeout=60,
    )
    (png,) = sorted(tmp_path.glob("page*.png"))
    with Image.open(png) as picture:
        grey = picture.convert("L")
        low, high = grey.getextrema()
        assert low < 80 and high > 240  # ink on paper, not a blank page
        width, height = grey.size
        assert height > width  # portrait A4


def test_customer_without_entries_owes_nothing(db_path: Path) -> None:
    cid = customer("新客户有限公司")
    data = statement_data(cid, date_from=day(0), date_to=day(30), today=TODAY)
    (page,) = pages_of(render_statement(data, COMPANY, today=TODAY))
    assert "期初余额0.00" in page and "期末余额0.00" in page
    assert "大写金额：人民币零元整" in page
    assert "贵方欠我方余额¥0.00" in page


def test_foreign_currency_in_figures_and_capitals(db_path: Path) -> None:
    cid = customer("美元客户", currency="USD")
    ledger.post_invoice(cid, number="U-1", entry_date=day(0), amount="1004.05", confirm=True)
    data = statement_data(cid, date_from=None, date_to=day(5), today=TODAY)
    (page,) = pages_of(render_statement(data, COMPANY, today=TODAY))
    assert "币种：USD" in page
    assert "期末余额：US$1,004.05" in page
    assert "大写金额：美元壹仟零肆元零伍分" in page
