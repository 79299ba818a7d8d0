"""The dunning letter (催款函) as printed: one section per customer.

Layout, top to bottom, under the letterhead ``page.build_pdf`` draws: the
reference number and date on the right, the recipient block (name, address,
contact person), the subject as the title, then the body of the template -
each line a paragraph, a line holding only ``{{ invoices }}`` the table of
overdue invoices with its total - and the signature block (our company, the
signatory, the date, our seal over them).

Leading spaces of a template line indent its first line (a full-width space
"　" one character, so "　　" is the 首行缩进 of a Chinese letter); blank lines
add a little space before the next paragraph.

Nothing typed by a user is ever read as reportlab markup: a paragraph of
text gets its one fragment made here (``_plain``: the text is never parsed,
so ``<b>``, ``&amp;`` or ``<img src=...>`` print as typed), a long invoice
number that must wrap goes through ``text.markup``, and the table, the
reference block and the signature are plain strings drawn on the canvas.

Built for batches (1,000 one-page letters in well under 5 s): templates
compile once, no paragraph is parsed, the invoice table is drawn with one
text object instead of reportlab's per-cell ``Table``, the seal is a form
stored once per PDF, and styles are cached.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from functools import lru_cache

from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle
from reportlab.platypus.paraparser import ParaFrag, ParaParser

from app.company import CompanyProfile
from app.documents.page import Section, build_pdf, frame_width
from app.documents.styles import ACCENT, INK, MUTED, RULE, SHADE, grid_table_style, styles_for
from app.documents.text import long_date, markup, money, short_date
from app.dunning import LetterData, OverdueInvoice
from app.dunning_templates import (
    INVOICES_MARK,
    Template,
    default_template,
    invoices_text,
    render_letter,
    sample_letter,
)

WORDING = {
    "zh": {
        "title": "催款函",
        "reference": "编号：",
        "date": "日期：",
        "to": "致：",
        "address": "地址：",
        "attn": "联系人：",
        "number": "单号",
        "entry_date": "开票日期",
        "due_date": "到期日",
        "amount": "金额",
        "open": "未付金额",
        "days": "逾期天数",
        "total": "合计",
        "yuan": "元",
        "charge": "违约金",
        "no_number": "（无单号）",
    },
    "en": {
        "title": "Dunning letters",
        "reference": "Ref.: ",
        "date": "Date: ",
        "to": "",
        "address": "",
        "attn": "Attn: ",
        "number": "Invoice no.",
        "entry_date": "Date",
        "due_date": "Due date",
        "amount": "Amount",
        "open": "Open",
        "days": "Days overdue",
        "total": "Total",
        "yuan": "CNY",
        "charge": "Late charge",
        "no_number": "(no number)",
    },
}

#: Widths of the invoice table's columns, as parts of the frame width.
_COLUMNS = (0.24, 0.14, 0.14, 0.17, 0.17, 0.14)
_CELL_PADDING = 6  # left + right padding of a table cell, in points
_SEAL_SIZE = 36 * mm
_SEAL_FORM = "kehuDunningSeal"
#: Control characters other than line breaks cannot be printed.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _wording(language: str) -> dict[str, str]:
    return WORDING.get(language, WORDING["zh"])


@lru_cache(maxsize=64)
def _body_style(language: str, indent: float, space_before: float) -> ParagraphStyle:
    base = styles_for(language).body
    return ParagraphStyle(
        f"{base.name}.{indent}.{space_before}",
        parent=base,
        leading=16,
        # Chinese is set justified, as in print; English ragged, without gaps.
        alignment=TA_JUSTIFY if language == "zh" else TA_LEFT,
        firstLineIndent=indent * base.fontSize,
        spaceBefore=space_before,
    )


@lru_cache(maxsize=4)
def _recipient_style(language: str) -> ParagraphStyle:
    base = styles_for(language).body
    return ParagraphStyle(f"{base.name}.recipient", parent=base, leading=15, alignment=TA_LEFT)


@lru_cache(maxsize=4)
def _title_style(language: str) -> ParagraphStyle:
    base = styles_for(language).title
    return ParagraphStyle(
        f"{base.name}.letter", parent=base, fontSize=17, leading=22, spaceBefore=4, spaceAfter=8
    )


def _indent_of(line: str) -> tuple[float, str]:
    """(indent in characters, the line without it)."""
    width = 0.0
    for index, ch in enumerate(line):
        if ch == "\u3000":
            width += 1
        elif ch == " ":
            width += 0.5
        elif ch == "\t":
            width += 2
        else:
            return width, line[index:]
    return width, ""


def _plain(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text, printed literally: its one fragment is made
    here, so the text is never parsed as markup (and no parsing is paid for
    in a batch of thousands)."""
    clean = " ".join(_CONTROL.sub("", text).split())  # what reportlab does to spaces
    frag = _base_frag(style).clone(text=clean, link=[], us_lines=[])
    return Paragraph(clean, style, frags=[frag])


@lru_cache(maxsize=64)
def _base_frag(style: ParagraphStyle) -> ParaFrag:
    _style, frags, _bullet = ParaParser().parse("x", style)
    return frags[0]


class _Head(Flowable):
    """The recipient block on the left and, at the top right, the reference
    number and the date (plain strings, drawn literally)."""

    def __init__(self, recipient: list[Paragraph], right: list[str], font: str) -> None:
        super().__init__()
        self.recipient = recipient
        self.right = right
        self.font = font
        self.size = 9.0
        self.leading = 13.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        left_width = availWidth * 0.62
        self.heights = [p.wrap(left_width, availHeight)[1] for p in self.recipient]
        right = self.leading * len(self.right)
        self.height = max(sum(self.heights), right) + 4
        return availWidth, self.height

    def draw(self) -> None:
        canvas = self.canv
        y = self.height
        for paragraph, height in zip(self.recipient, self.heights, strict=True):
            y -= height
            paragraph.drawOn(canvas, 0, y)
        text = canvas.beginText()
        text.setFont(self.font, self.size)
        text.setFillColor(MUTED)
        y = self.height - self.size
        for line in self.right:
            text.setTextOrigin(self.width - stringWidth(line, self.font, self.size), y)
            text.textOut(line)
            y -= self.leading
        canvas.drawText(text)


class _InvoiceTable(Flowable):
    """The overdue invoices: a ruled grid of plain strings drawn with one text
    object - the work of reportlab's Table without its per-cell cost. Splits
    across pages with the header repeated; the total row stays with the last
    invoices."""

    ROW = 17.0
    SIZE = 9.0

    def __init__(
        self,
        header: list[str],
        rows: list[list[str]],
        total: list[str],
        widths: list[float],
        font: str,
        *,
        continued: bool = False,
    ) -> None:
        super().__init__()
        self.header = header
        self.rows = rows
        self.total = total
        self.widths = widths
        self.font = font
        self.continued = continued

    def _lines(self) -> int:
        return len(self.rows) + 1 + (1 if self.total else 0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = sum(self.widths)
        self.height = self.ROW * self._lines()
        return self.width, self.height

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's name
        return 0 if self.continued else 4

    def getSpaceAfter(self) -> float:  # noqa: N802 - reportlab's name
        return 4 if self.total else 0

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        fit = int(availHeight // self.ROW) - 1  # rows besides the header
        if fit < 2 or fit >= len(self.rows) + 1:
            return []  # too little room for a sensible part: all on the next page
        first = min(fit, len(self.rows) - 1)  # keep at least one row for the total
        return [
            _InvoiceTable(self.header, self.rows[:first], [], self.widths, self.font),
            _InvoiceTable(
                self.header, self.rows[first:], self.total, self.widths, self.font, continued=True
            ),
        ]

    def draw(self) -> None:
        canvas = self.canv
        row, lines = self.ROW, self._lines()
        width, height = self.width, self.height
        canvas.saveState()
        canvas.setFillColor(SHADE)
        canvas.rect(0, height - row, width, row, stroke=0, fill=1)
        if self.total:
            canvas.rect(0, 0, width, row, stroke=0, fill=1)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        rules = [(0, row * i, width, row * i) for i in range(lines + 1)]
        x = 0.0
        edges = [0.0]
        for w in self.widths:
            x += w
            edges.append(x)
        for index, edge in enumerate(edges):
            # The total row's label spans the first three columns.
            bottom = row if self.total and index in (1, 2) else 0
            rules.append((edge, bottom, edge, height))
        canvas.lines(rules)
        text = canvas.beginText()
        text.setFont(self.font, self.SIZE)
        text.setFillColor(INK)
        baseline = (row - self.SIZE) / 2 + 1.6
        pad = _CELL_PADDING / 2
        font, size = self.font, self.SIZE

        def put(value: str, column: int, y: float, align: str) -> None:
            if not value:
                return
            left, right = edges[column], edges[column + 1]
            if align == "left":
                x = left + pad
            else:
                w = stringWidth(value, font, size)
                x = right - pad - w if align == "right" else (left + right - w) / 2
            text.setTextOrigin(x, y)
            text.textOut(value)

        y = height - row + baseline
        for column, value in enumerate(self.header):
            put(value, column, y, "centre")
        for cells in self.rows:
            y -= row
            for column, value in enumerate(cells):
                put(value, column, y, _ALIGN[column])
        if self.total:
            label = self.total[0]
            text.setTextOrigin((edges[3] - stringWidth(label, font, size)) / 2, baseline)
            text.textOut(label)
            put(self.total[3], 3, baseline, "right")
            text.setFillColor(ACCENT)
            put(self.total[4], 4, baseline, "right")
        canvas.drawText(text)
        canvas.restoreState()


_ALIGN = ("left", "centre", "centre", "right", "right", "right")


class _Signature(Flowable):
    """Our company, the signatory and the date on the right, with the seal
    stamped over them as on paper (it may reach a little above and below the
    lines, as a real stamp does)."""

    def __init__(
        self,
        lines: list[str],
        font: str,
        seal: ImageReader | None,
        *,
        right: bool,
        size: float = 10.5,
    ) -> None:
        super().__init__()
        self.lines = [_CONTROL.sub("", line) for line in lines if line]
        self.right = right
        self.font = font
        self.size = size
        self.leading = size * 1.6
        self.seal = seal

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        # Under English closing words the signer signs by hand: leave room.
        self.top = 4 if self.right else 18
        self.height = self.leading * len(self.lines) + 6 + self.top
        return availWidth, self.height

    def draw(self) -> None:
        canvas = self.canv
        font, size = self.font, self.size
        widths = [stringWidth(line, font, size) for line in self.lines]
        block = min(max(widths, default=0), self.width * 0.6)
        # A Chinese letter signs at the right, each line centred in the block;
        # an English one under its closing words, on the left.
        left = self.width - block - 8 * mm if self.right else 0
        text = canvas.beginText()
        text.setFont(font, size)
        text.setFillColor(INK)
        y = self.height - self.top - size
        for line, width in zip(self.lines, widths, strict=True):
            text.setTextOrigin(left + (max((block - width) / 2, 0) if self.right else 0), y)
            text.textOut(line)
            y -= self.leading
        canvas.drawText(text)
        if self.seal is not None:
            iw, ih = self.seal.getSize()
            scale = min(_SEAL_SIZE / iw, _SEAL_SIZE / ih)
            w, h = iw * scale, ih * scale
            middle = self.height - self.top - self.leading * len(self.lines) / 2
            # drawImage hashes the whole picture on every call; a form made
            # once per PDF costs nothing on the next thousand pages.
            if not canvas.hasForm(_SEAL_FORM):
                canvas.beginForm(_SEAL_FORM, 0, 0, w, h)
                canvas.drawImage(self.seal, 0, 0, width=w, height=h, mask="auto")
                canvas.endForm()
            canvas.saveState()
            canvas.translate(left + block / 2 - w / 2, middle - h / 2)
            canvas.doForm(_SEAL_FORM)
            canvas.restoreState()


@lru_cache(maxsize=8)
def _table_style(language: str) -> TableStyle:
    style = grid_table_style(header_rows=1, numeric_from=3)
    style.add("ALIGN", (1, 1), (2, -1), "CENTER")
    style.add("BACKGROUND", (0, -1), (-1, -1), SHADE)
    style.add("SPAN", (0, -1), (2, -1))
    style.add("ALIGN", (0, -1), (2, -1), "CENTER")
    style.add("TEXTCOLOR", (4, -1), (4, -1), ACCENT)
    return style


def _number(invoice: OverdueInvoice, words: dict[str, str]) -> str:
    if invoice.number:
        return _CONTROL.sub("", invoice.number)
    return words["charge"] if invoice.kind == "charge" else words["no_number"]


def invoices_table(data: LetterData, width: float) -> Flowable:
    """The overdue invoices with their total; the header repeats on a new page."""
    language = data.language
    words = _wording(language)
    font = styles_for(language).font
    unit = words["yuan"] if data.currency == "CNY" else data.currency
    if language == "zh":
        amount_head, open_head = f"{words['amount']}（{unit}）", f"{words['open']}（{unit}）"
    else:
        amount_head, open_head = f"{words['amount']} ({unit})", f"{words['open']} ({unit})"
    widths = [width * part for part in _COLUMNS]
    header = [
        words["number"],
        words["entry_date"],
        words["due_date"],
        amount_head,
        open_head,
        words["days"],
    ]
    rows = [
        [
            _number(invoice, words),
            short_date(invoice.entry_date),
            short_date(invoice.due_date),
            money(invoice.amount_fen),
            money(invoice.open_fen),
            str(invoice.days_overdue),
        ]
        for invoice in data.invoices
    ]
    total = [
        words["total"],
        "",
        "",
        money(sum(i.amount_fen for i in data.invoices)),
        money(data.total_fen),
        "",
    ]
    room = widths[0] - _CELL_PADDING
    if all(stringWidth(r[0], font, _InvoiceTable.SIZE) <= room for r in rows):
        return _InvoiceTable(header, rows, total, widths, font)
    # A number too long for its column wraps in reportlab's table (escaped).
    cell = styles_for(language).cell
    cells: list[list[object]] = [header]
    for r in rows:
        cells.append([Paragraph(markup(r[0]), cell), *r[1:]])
    cells.append(total)
    table = Table(cells, colWidths=widths, repeatRows=1, hAlign="LEFT", spaceBefore=4, spaceAfter=4)
    table.setStyle(_table_style(language))
    return table


def _recipient_lines(data: LetterData) -> list[str]:
    words = _wording(data.language)
    person = data.recipient
    lines = [words["to"] + person.name]
    address = person.address.strip()
    if address:
        if person.postcode:
            address += f"（{person.postcode}）" if data.language == "zh" else f" {person.postcode}"
        lines.append(words["address"] + address)
    if person.kind != "individual" and person.person:
        title = f"{person.contact_title} " if person.contact_title else ""
        lines.append(words["attn"] + title + person.person)
    return lines


def _body_flowables(body: str, data: LetterData, width: float) -> list[Flowable]:
    """The rendered body: a paragraph per line, the table for the marker."""
    language = data.language
    out: list[Flowable] = []
    gap = 0.0
    for raw in body.split("\n"):
        indent, text = _indent_of(raw.rstrip())
        if not text:
            if out:
                gap = 6.0
            continue
        if text == INVOICES_MARK:
            out.append(invoices_table(data, width))
            gap = 0.0
            continue
        if INVOICES_MARK in text:  # only a line of its own becomes the table
            for number, line in enumerate(
                text.replace(INVOICES_MARK, invoices_text(data)).split("\n")
            ):
                out.append(_plain(line, _body_style(language, indent if not number else 0, gap)))
                gap = 0.0
            continue
        out.append(_plain(text, _body_style(language, indent, gap)))
        gap = 0.0
    return out


def letter_section(
    data: LetterData,
    template: Template,
    company: CompanyProfile,
    *,
    today: date,
    seal: ImageReader | None = None,
) -> Section:
    """One customer's letter. *seal* is the company's seal read once for a
    batch (``seal_reader``); without it the seal is read here."""
    language = data.language
    words = _wording(language)
    styles = styles_for(language)
    width = frame_width(company)
    subject, body = render_letter(template, data, company, invoices=INVOICES_MARK)
    if seal is None:
        seal = seal_reader(company)
    recipient = _recipient_style(language)
    body_flowables = _body_flowables(body, data, width)
    signature = _Signature(
        [
            company.display_name(language),
            company.signatory,
            long_date(today, language),
        ],
        styles.font,
        seal,
        right=language != "en",
    )
    # The signature never stands alone on a page: it keeps the closing line.
    closing = [body_flowables.pop()] if body_flowables else []
    flowables: list[Flowable] = [
        _Head(
            [_plain(line, recipient) for line in _recipient_lines(data)],
            [words["reference"] + data.reference, words["date"] + long_date(today, language)],
            styles.font,
        ),
        _plain(subject, _title_style(language)),
        *body_flowables,
        KeepTogether([*closing, signature]),
    ]
    separator = " · "
    return Section(
        flowables=flowables,
        language=language,
        title=subject + separator + data.recipient.name,
        key=data.plan.customer_id,
        extra={"level": data.level, "reference": data.reference},
    )


def seal_reader(company: CompanyProfile) -> ImageReader | None:
    """The seal read once, for every letter of a batch (also when each
    letter's section is made on its own)."""
    return _reader(company.seal) if company.seal else None


@lru_cache(maxsize=2)
def _reader(data: bytes) -> ImageReader:
    return ImageReader(io.BytesIO(data))


def render_letters(
    datas: Sequence[LetterData],
    templates: Mapping[tuple[int, str], Template],
    company: CompanyProfile,
    *,
    today: date,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """All letters in one PDF. *templates* by (level, language); a missing one
    is the built-in default. A template that fails on a customer's data raises
    ``ValidationError`` before anything is written."""
    if not datas:
        raise ValueError("render_letters needs at least one letter")
    seal = seal_reader(company)
    sections = []
    for data in datas:
        key = (data.level, data.language)
        template = templates.get(key) or default_template(*key)
        sections.append(letter_section(data, template, company, today=today, seal=seal))
    languages = {data.language for data in datas}
    title = _wording(languages.pop() if len(languages) == 1 else "zh")["title"]
    return build_pdf(
        sections,
        company=company,
        title=title,
        today=today,
        progress=progress,
        cancelled=cancelled,
    )


def render_sample(template: Template, company: CompanyProfile, *, today: date) -> bytes:
    """A letter of made-up data with *template* (saved or not): the editor's preview."""
    data = sample_letter(template.level, template.language, today=today)
    return render_letters(
        [data], {(template.level, template.language): template}, company, today=today
    )


__all__ = [
    "WORDING",
    "invoices_table",
    "letter_section",
    "render_letters",
    "render_sample",
    "seal_reader",
]
