"""Dunning letters as printed: the PDF read back with pypdf
(app.documents.dunning_letter)."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import timedelta

import pytest
from pypdf import PdfReader

from app.company import CompanyProfile
from app.customers import save_customer
from app.documents.dunning_letter import render_letters, render_sample
from app.documents.page import Cancelled
from app.dunning import OverdueInvoice, letters_data, plan_letters
from app.dunning_templates import default_template, sample_letter, save_template
from app.errors import ValidationError
from app.ledger import post_invoice
from app.records import ContactData, CustomerData
from tests.unit.collection_helpers import TODAY, days

COMPANY = CompanyProfile(
    name="深圳市恒达电子科技有限公司",
    name_en="Shenzhen Hengda Electronics Co., Ltd.",
    address="深圳市宝安区宝源路 168 号",
    phone="0755-2788 6610",
    bank_name="中国工商银行深圳宝安支行",
    bank_account="4000 0210 0910 0123 456",
    signatory="财务部 王丽",
)
INJECTION = '<b>粗体</b> & Co <a href="http://evil.example">点我</a> <img src="/etc/passwd"/> &amp;'


def pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    return "".join(text.split())


def corporate(
    name: str, *, language: str = "zh", address: str = "广州市天河区体育西路 1 号"
) -> int:
    return save_customer(
        CustomerData(
            kind="corporate",
            name=name,
            language=language,
            address=address,
            postcode="510620",
            contacts=[ContactData(name="陈会计", gender="female", roles=["finance"])],
        ),
        confirm=True,
    ).id


def debts(customer_id: int, count: int, prefix: str) -> list[str]:
    numbers = []
    for n in range(count):
        number = f"{prefix}-{n + 1:03d}"
        post_invoice(
            customer_id,
            number=number,
            entry_date=days(-60 - n),
            amount=f"{1000 + n}.25",
            due_date=days(-30 - n),
            confirm=True,
        )
        numbers.append(number)
    return numbers


def letters(ids, **kw):
    plans = plan_letters(ids, today=TODAY, interval_days=14, **kw)
    return letters_data(plans, today=TODAY, company=COMPANY)


def test_a_letter_quotes_the_ledger(db_path):
    cid = corporate("广州远大贸易有限公司")
    numbers = debts(cid, 3, "GZ")
    [data] = letters([cid])
    pdf = render_letters([data], {}, COMPANY, today=TODAY)
    [text] = pages(pdf)
    assert "广州远大贸易有限公司" in text
    assert "广州市天河区体育西路 1 号（510620）" in text
    assert "陈会计 女士" in text
    assert "付款提醒函" in text  # level 1 wording
    for number in numbers:
        assert number in text
    assert "¥3,003.75" in text  # the total in the text
    assert "3,003.75" in text.split("合计")[-1]  # and in the table's total row
    assert "人民币叁仟零叁元柒角伍分" in flat(text)
    assert "2026年7月15日" in text  # deadline: 15 days for level 1
    assert f"CK20260630-{data.plan.number}-1" in text
    assert "深圳市恒达电子科技有限公司" in text and "财务部 王丽" in text
    assert "第 1 页 共 1 页" in text


@pytest.mark.parametrize("level", [1, 2, 3])
@pytest.mark.parametrize("language", ["zh", "en"])
def test_a_typical_letter_of_eight_invoices_is_one_page(db_path, level, language):
    cid = corporate("一页纸有限公司" if language == "zh" else "One Page Ltd.", language=language)
    numbers = debts(cid, 8, "P")
    [data] = letters([cid], level=level)
    [text] = pages(render_letters([data], {}, COMPANY, today=TODAY))
    for number in numbers:
        assert number in text
    wording = {
        ("zh", 1): "付款提醒函",
        ("zh", 2): "催款函",
        ("zh", 3): "依法向有管辖权的人民法院提起诉讼",
        ("en", 1): "Payment reminder",
        ("en", 2): "Formal demand for payment",
        ("en", 3): "Final demand before legal action",
    }[(language, level)]
    assert wording in flat(text) if language == "zh" else wording in text
    deadline = TODAY + timedelta(days=COMPANY.dunning_days(level))
    if language == "zh":
        assert f"{deadline.year}年{deadline.month}月{deadline.day}日" in text
    else:
        assert f"{deadline.day} July 2026" in text
        assert "Shenzhen Hengda Electronics Co., Ltd." in text


def test_many_customers_in_one_pdf_each_on_its_own_pages(db_path):
    first = corporate("甲公司")
    second = corporate("Beta Ltd.", language="en")
    debts(first, 2, "A")
    debts(second, 40, "B")  # a long list: the table goes on to a second page
    datas = letters([first, second])
    seen: list[tuple[int, int]] = []
    pdf = render_letters(
        datas, {}, COMPANY, today=TODAY, progress=lambda done, total: seen.append((done, total))
    )
    texts = pages(pdf)
    assert len(texts) == 3
    assert "甲公司" in texts[0] and "第 1 页 共 1 页" in texts[0]
    assert "Page 1 of 2" in texts[1] and "Page 2 of 2" in texts[2]
    assert "B-040" in texts[1] and "B-001" in texts[2]  # oldest due first
    assert texts[2].count("Invoice no.") == 1  # the header repeats on the next page
    assert "Total" in texts[2] and "Total" not in texts[1].split("Days overdue")[-1]
    assert "40,790.00" in texts[2]  # 40 x 1,000.25 + (0 + 1 + ... + 39)
    assert seen[-1] == (2, 2)


def test_markup_in_a_name_prints_literally(db_path):
    cid = corporate(INJECTION, address='<font size="40">大字</font> & a < b')
    debts(cid, 1, "X")
    [data] = letters([cid])
    reader = PdfReader(io.BytesIO(render_letters([data], {}, COMPANY, today=TODAY)))
    text = reader.pages[0].extract_text()
    assert INJECTION in text
    assert '<font size="40">大字</font> & a < b' in text
    page = reader.pages[0]
    assert "/Annots" not in page  # no link
    assert "/XObject" not in page["/Resources"]  # no image (no seal set either)


def test_markup_in_a_template_prints_literally(db_path):
    save_template(
        1,
        "zh",
        subject="<b>提醒</b>",
        body=(
            '{{ salutation }}：\n<a href="http://x">链接</a> & <img src="/etc/passwd"/>\n'
            "{{ invoices }}"
        ),
        expected_version=0,
    )
    from app.dunning_templates import load_templates

    pdf = render_sample(load_templates()[(1, "zh")], COMPANY, today=TODAY)
    reader = PdfReader(io.BytesIO(pdf))
    text = reader.pages[0].extract_text()
    assert "<b>提醒</b>" in text
    assert '<a href="http://x">链接</a> & <img src="/etc/passwd"/>' in text
    assert "/Annots" not in reader.pages[0]


def test_invoices_inside_a_line_print_as_text(db_path):
    template = replace(
        default_template(2, "zh"), body="{{ salutation }}：\n明细：{{ invoices }}\n此致"
    )
    [text] = pages(render_sample(template, COMPANY, today=TODAY))
    assert "明细：FP20260001，开票日期 2026-02-25" in text
    assert "单号" not in text  # no table


def test_the_seal_is_printed_once_per_page_and_stored_once(db_path):
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGBA", (300, 300), (200, 20, 20, 160)).save(buffer, "PNG")
    company = replace(COMPANY, seal=buffer.getvalue())
    datas = [sample_letter(level, "zh", today=TODAY) for level in (1, 2, 3)]
    pdf = render_letters(datas, {}, company, today=TODAY)
    reader = PdfReader(io.BytesIO(pdf))
    forms = set()
    for page in reader.pages:
        xobjects = page["/Resources"]["/XObject"]
        assert len(xobjects) == 1
        forms.add(xobjects[list(xobjects)[0]].indirect_reference.idnum)
    assert len(forms) == 1


def test_a_long_invoice_number_wraps_and_stays_whole(db_path):
    data = sample_letter(1, "zh", today=TODAY)
    long_number = "HT-2026-上海分公司-000000123456789-补"
    invoice = replace(data.invoices[0], number=long_number)
    data = replace(data, invoices=(invoice, *data.invoices[1:]))
    [text] = pages(render_letters([data], {}, COMPANY, today=TODAY))
    assert long_number in flat(text)


def test_a_late_charge_without_number(db_path):
    data = sample_letter(1, "en", today=TODAY)
    charge = OverdueInvoice(9, "charge", "", days(-40), days(-10), 5000, 5000, 10)
    data = replace(data, invoices=(*data.invoices, charge))
    [text] = pages(render_letters([data], {}, COMPANY, today=TODAY))
    assert "Late charge" in text


def test_cancel_stops_the_batch(db_path):
    datas = [sample_letter(1, "zh", today=TODAY) for _ in range(5)]
    with pytest.raises(Cancelled):
        render_letters(datas, {}, COMPANY, today=TODAY, cancelled=lambda: True)


def test_an_empty_batch_is_refused():
    with pytest.raises(ValueError):
        render_letters([], {}, COMPANY, today=TODAY)


def test_a_template_failing_on_real_data_fails_the_batch_cleanly():
    data = sample_letter(1, "zh", today=TODAY)
    broken = replace(default_template(1, "zh"), body="{{ 1 // (invoice_count - 2) }}")
    one = replace(data, invoices=data.invoices[:2])
    with pytest.raises(ValidationError) as caught:
        render_letters([one], {(1, "zh"): broken}, COMPANY, today=TODAY)
    assert caught.value.issues[0].params["line"] == 1
