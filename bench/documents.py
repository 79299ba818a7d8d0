"""Document benchmarks (part of ``make bench``):

- 1,000 one-page dunning letters into one PDF, through the real batch path
  (plan, letter data, templates, sections, build_pdf), against a baseline of
  bare reportlab (SimpleDocTemplate, a Paragraph per line and a Table) laying
  out the same texts from the same data;
- a statement of 500 lines (the receivables bench customer);
- 1,000 address labels.

Run on its own: QT_QPA_PLATFORM=offscreen python bench/documents.py DB
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

TARGET_LETTERS_S = 5.0
TARGET_RATIO = 1.5
TARGET_STATEMENT_S = 2.0
LETTERS = 1000


def _median_s(fn: Callable[[], Any], runs: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def _plans(today: date) -> list[Any]:
    from app.document_selection import DocumentFilter, select_customers
    from app.dunning import plan_letters

    ids = select_customers(DocumentFilter(min_overdue_days=1), today=today)
    plans = plan_letters(ids, today=today)
    # One page each: letters quoting up to eight invoices (a typical letter).
    return [p for p in plans if p.invoice_count <= 8][:LETTERS]


def kehu_letters(plans: list[Any], today: date) -> bytes:
    """The real path, as the batch dialog and ``main.py dunning`` run it."""
    from app.company import load_profile
    from app.documents.dunning_letter import render_letters
    from app.dunning import letters_data
    from app.dunning_templates import load_templates

    company = load_profile()
    datas = letters_data(plans, today=today, company=company)
    return render_letters(datas, load_templates(), company, today=today)


def bare_letters(plans: list[Any], today: date) -> bytes:
    """The baseline: the same texts, from the same data and templates, laid
    out with bare reportlab - no letterhead, no page numbers, no own flowables."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

    from app.company import load_profile
    from app.documents.fonts import register_pdf_font
    from app.documents.text import markup, money
    from app.dunning import letters_data
    from app.dunning_templates import load_templates, render_letter

    font = register_pdf_font()
    company = load_profile()
    templates = load_templates()
    style = ParagraphStyle("b", fontName=font, fontSize=10.5, leading=17, wordWrap="CJK")
    title = ParagraphStyle("t", parent=style, fontSize=16, leading=24, alignment=1)
    story: list[Any] = []
    for data in letters_data(plans, today=today, company=company):
        subject, body = render_letter(templates[(data.level, data.language)], data, company)
        recipient = data.recipient
        story.append(Paragraph(markup(recipient.name), style))
        story.append(Paragraph(markup(recipient.address), style))
        story.append(Paragraph(markup(subject), title))
        for line in body.split("\n"):
            story.append(Paragraph(markup(line) or "&nbsp;", style))
        rows = [["No.", "Date", "Due", "Amount", "Open", "Days"]] + [
            [
                i.number,
                i.entry_date.isoformat(),
                i.due_date.isoformat(),
                money(i.amount_fen),
                money(i.open_fen),
                str(i.days_overdue),
            ]
            for i in data.invoices
        ]
        table = Table(rows)
        table.setStyle([("FONT", (0, 0), (-1, -1), font, 9)])
        story.append(table)
        story.append(Paragraph(markup(company.name), style))
        story.append(PageBreak())
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm).build(story)
    return buffer.getvalue()


def measure_documents(report: Any, path: Path) -> None:
    from pypdf import PdfReader

    from app.company import load_profile, save_profile
    from app.db import open_database

    open_database(path)
    if not load_profile().name:
        save_profile(
            {
                "name": "杭州示例贸易有限公司",
                "address": "浙江省杭州市西湖区文三路100号",
                "phone": "0571-88886666",
                "bank_name": "中国工商银行杭州文三路支行",
                "bank_account": "1202 0212 0900 1234 567",
                "signatory": "财务部 王会计",
            }
        )
    today = date.today()
    report.say()
    report.say("Documents")
    started = time.perf_counter()
    plans = _plans(today)
    report.say(
        f"  planning the letters of every overdue customer: "
        f"{(time.perf_counter() - started) * 1000:.0f} ms ({len(plans):,} taken)"
    )
    kehu_letters(plans[:20], today)  # fonts and templates loaded once, as in the app
    ours, pdf = _median_s(lambda: kehu_letters(plans, today), 3)
    bare, bare_pdf = _median_s(lambda: bare_letters(plans, today), 3)
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    bare_pages = len(PdfReader(io.BytesIO(bare_pdf)).pages)
    report.say(
        f"  {len(plans):,} dunning letters into one PDF: {ours:.2f} s, {pages:,} pages, "
        f"{len(pdf) / 1e6:.1f} MB {report.target('letters', ours, TARGET_LETTERS_S, 's')}"
    )
    ratio = ours / bare
    report.say(
        f"  bare reportlab, same texts: {bare:.2f} s, {bare_pages:,} pages; ratio {ratio:.2f} "
        f"{report.target('letters vs bare reportlab', ratio, TARGET_RATIO, 'x')}"
    )
    measure_statement(report, today)
    measure_labels(report)


def measure_statement(report: Any, today: date) -> None:
    from pypdf import PdfReader

    from app.company import load_profile
    from app.documents.statement import render_statement
    from app.models import Customer, LedgerEntry
    from app.statement import statement_data
    from bench.receivables import BENCH_CUSTOMER, _customer_with_500_entries

    cid = _customer_with_500_entries()
    lines = LedgerEntry.select().where(LedgerEntry.customer == cid).count()
    company = load_profile()
    assert Customer.get_by_id(cid).name == BENCH_CUSTOMER

    def statement() -> bytes:
        data = statement_data(cid, date_from=None, date_to=today, today=today)
        return render_statement(data, company, today=today)

    took, pdf = _median_s(statement, 3)
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    report.say(
        f"  statement of {lines:,} lines: {took:.2f} s, {pages} pages "
        f"{report.target('statement', took, TARGET_STATEMENT_S, 's')}"
    )


def measure_labels(report: Any) -> None:
    from app.addressing import recipients
    from app.documents.labels import LAYOUTS, render_labels
    from app.models import Customer

    ids = [
        cid
        for (cid,) in Customer.select(Customer.id)
        .where(Customer.address != "")
        .limit(LETTERS)
        .tuples()
    ]
    people = recipients(ids)
    took, sheet = _median_s(lambda: render_labels(people, LAYOUTS["a4-3x8"]), 3)
    report.say(f"  {sheet.printed:,} address labels (A4 3x8): {took:.2f} s, {sheet.pages} sheets")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from bench.run import Report

    measure_documents(Report(), Path(sys.argv[1]))
