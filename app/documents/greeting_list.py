"""The greeting list as a PDF (问候名单), to call, visit or tick off by hand:
A4 landscape, a title ("中秋节问候名单 2026"), then one ruled row per person -
number, customer, contact person, salutation, mobile, address, postcode, the
date and age (of a birthday or anniversary list) and a ✓ for those greeted
already - with the column headings at the top of every page and "第 x 页
共 y 页" at the foot.

Built for long lists (10,000 people): the rows go into tables of a few dozen
rows each, so reportlab never re-measures the whole list at a page break;
the headings are drawn by the page itself. Text typed by users is printed
literally.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Table, TableStyle

from app.company import CompanyProfile
from app.documents.fonts import register_pdf_font
from app.documents.greeting_cards import plain_paragraph
from app.documents.page import Cancelled
from app.documents.styles import ACCENT, INK, MUTED, RULE, SHADE
from app.documents.text import long_date
from app.greetings import GreetingRow
from app.holidays import ANNIVERSARY, BIRTHDAY

PAGE = landscape(A4)
MARGIN_X = 12 * mm
MARGIN_TOP = 12 * mm
MARGIN_BOTTOM = 14 * mm
TITLE_HEIGHT = 19 * mm
RUNNING_HEIGHT = 7 * mm
HEAD_HEIGHT = 7 * mm
#: Rows per table: small enough that a page break never re-measures much.
CHUNK = 40
CHECK = "✓"
_SIZE = 8.5
_PADDING = 3

HEADINGS = {
    "zh": {
        "number": "序号",
        "customer": "客户",
        "person": "联系人",
        "salutation": "称呼",
        "mobile": "手机",
        "address": "地址",
        "postcode": "邮编",
        "when": "日期 / 年龄",
        "greeted": "已问候",
    },
    "en": {
        "number": "No.",
        "customer": "Customer",
        "person": "Person",
        "salutation": "Salutation",
        "mobile": "Mobile",
        "address": "Address",
        "postcode": "Postcode",
        "when": "Date / age",
        "greeted": "Greeted",
    },
}
PAGE_LABEL = {"zh": "第 {page} 页 共 {pages} 页", "en": "Page {page} of {pages}"}
#: Column widths in mm; the address takes what is left.
_WIDTHS = {
    "number": 11,
    "customer": 50,
    "person": 22,
    "salutation": 22,
    "mobile": 28,
    "postcode": 16,
    "when": 27,
    "greeted": 17,
}
_EN_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


@dataclass(frozen=True)
class _Column:
    key: str
    width: float  # points
    align: str  # LEFT | CENTER | RIGHT


def _columns(with_dates: bool) -> list[_Column]:
    keys = ["number", "customer", "person", "salutation", "mobile", "address", "postcode"]
    if with_dates:
        keys.append("when")
    keys.append("greeted")
    fixed = sum(_WIDTHS[k] for k in keys if k != "address") * mm
    body_width = PAGE[0] - 2 * MARGIN_X
    align = {"number": "RIGHT", "postcode": "CENTER", "greeted": "CENTER", "when": "CENTER"}
    return [
        _Column(k, body_width - fixed if k == "address" else _WIDTHS[k] * mm, align.get(k, "LEFT"))
        for k in keys
    ]


def _wide(text: str) -> bool:
    return any(ord(ch) > 0x2E7F for ch in text)


@lru_cache(maxsize=8)
def _cell_style(cjk: bool, align: str) -> ParagraphStyle:
    return ParagraphStyle(
        f"greetingList.{cjk}.{align}",
        fontName=register_pdf_font(),
        fontSize=_SIZE,
        leading=11,
        textColor=INK,
        alignment=TA_CENTER if align == "CENTER" else TA_LEFT,
        wordWrap="CJK" if cjk else None,
    )


def _cell(text: str, column: _Column) -> Any:
    """A cell that wraps when it must; a text that fits stays a string (a
    paragraph per cell would make a long list several times slower)."""
    text = " ".join(text.split())
    if stringWidth(text, register_pdf_font(), _SIZE) <= column.width - 2 * _PADDING:
        return text
    return plain_paragraph(text, _cell_style(_wide(text), column.align))


def _when(row: GreetingRow, language: str) -> str:
    if row.on is None:
        return ""
    if language == "en":
        day = f"{row.on.day} {_EN_MONTHS[row.on.month - 1]}"
    else:
        day = f"{row.on.month}月{row.on.day}日"
    if not row.age:
        return day
    if row.occasion == ANNIVERSARY:
        age = f"{row.age} yrs" if language == "en" else f"{row.age}周年"
    else:
        age = str(row.age) if language == "en" else f"{row.age}岁"
    return f"{day} · {age}"


def _row_cells(number: int, row: GreetingRow, columns: list[_Column], language: str) -> list[Any]:
    person = row.person
    values = {
        "number": str(number),
        "customer": person.customer_name,
        "person": person.name if person.contact_id is not None else "",
        "salutation": row.salutation,
        "mobile": person.mobile,
        "address": person.address,
        "postcode": person.postcode,
        "when": _when(row, language),
        "greeted": f"{CHECK} {row.greeted_at:%m-%d}" if row.greeted_at is not None else "",
    }
    return [_cell(values[c.key], c) for c in columns]


def _table_style(columns: list[_Column]) -> TableStyle:
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), register_pdf_font(), _SIZE),
        ("LEADING", (0, 0), (-1, -1), 11),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), _PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PADDING),
    ]
    for index, column in enumerate(columns):
        if column.align != "LEFT":
            commands.append(("ALIGN", (index, 0), (index, -1), column.align))
    return TableStyle(commands)


class _Done(Flowable):
    """Zero-size marker after a table: so many rows are laid out."""

    def __init__(self, done: int) -> None:
        super().__init__()
        self.done = done

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return (0, 0)

    def draw(self) -> None:
        pass


class _NumberedCanvas(Canvas):
    """Keeps each page until ``save`` to print "page x of y"."""

    language = "zh"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages = len(self._saved)
        for number, state in enumerate(self._saved, start=1):
            self.__dict__.update(state)
            self.setFont(register_pdf_font(), 8.5)
            self.setFillColor(MUTED)
            label = PAGE_LABEL.get(self.language, PAGE_LABEL["zh"])
            self.drawCentredString(
                PAGE[0] / 2, MARGIN_BOTTOM / 2, label.format(page=number, pages=pages)
            )
            super().showPage()
        super().save()


class _Pages:
    """Draws the title (first page), the running line (later pages) and the
    column headings (every page)."""

    def __init__(
        self, *, title: str, subtitle: str, columns: list[_Column], language: str, company: str
    ) -> None:
        self.title = title
        self.subtitle = subtitle
        self.columns = columns
        self.language = language
        self.company = company

    def first(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        font = register_pdf_font()
        top = PAGE[1] - MARGIN_TOP
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.setFont(font, 16)
        canvas.drawCentredString(PAGE[0] / 2, top - 7 * mm, self.title)
        canvas.setFillColor(MUTED)
        canvas.setFont(font, 9)
        canvas.drawCentredString(PAGE[0] / 2, top - 13 * mm, self.subtitle)
        canvas.restoreState()
        self._headings(canvas, top - TITLE_HEIGHT)

    def later(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        font = register_pdf_font()
        top = PAGE[1] - MARGIN_TOP
        canvas.saveState()
        canvas.setFont(font, 8.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_X, top - 4 * mm, self.title)
        canvas.drawRightString(PAGE[0] - MARGIN_X, top - 4 * mm, self.company)
        canvas.restoreState()
        self._headings(canvas, top - RUNNING_HEIGHT)

    def _headings(self, canvas: Canvas, top: float) -> None:
        font = register_pdf_font()
        words = HEADINGS.get(self.language, HEADINGS["zh"])
        bottom = top - HEAD_HEIGHT
        canvas.saveState()
        canvas.setFillColor(SHADE)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.rect(MARGIN_X, bottom, PAGE[0] - 2 * MARGIN_X, HEAD_HEIGHT, stroke=1, fill=1)
        canvas.setFillColor(INK)
        canvas.setFont(font, 8.5)
        x = MARGIN_X
        for index, column in enumerate(self.columns):
            if index:
                canvas.line(x, bottom, x, top)
            canvas.drawCentredString(x + column.width / 2, bottom + 2.4 * mm, words[column.key])
            x += column.width
        canvas.restoreState()


class _Doc(BaseDocTemplate):
    on_chunk: Callable[[int], None]

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        if isinstance(flowable, _Done):
            self.on_chunk(flowable.done)


def render_list(
    rows: Sequence[GreetingRow],
    *,
    title: str,
    subtitle: str = "",
    language: str = "zh",
    company: CompanyProfile,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """The list of *rows* as PDF bytes, headings in *language*. The date and
    age column is shown for a birthday or anniversary list only.
    ``Cancelled`` when *cancelled()* says so (asked after each few dozen rows)."""
    if not rows:
        raise ValueError("render_list needs at least one row")
    register_pdf_font()
    language = language if language in HEADINGS else "zh"
    with_dates = any(r.occasion in (BIRTHDAY, ANNIVERSARY) for r in rows)
    columns = _columns(with_dates)
    widths = [c.width for c in columns]
    style = _table_style(columns)
    pages = _Pages(
        title=title,
        subtitle=subtitle,
        columns=columns,
        language=language,
        company=company.display_name(language),
    )
    body_width = PAGE[0] - 2 * MARGIN_X
    first_height = PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM - TITLE_HEIGHT - HEAD_HEIGHT
    later_height = PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM - RUNNING_HEIGHT - HEAD_HEIGHT
    padding = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
    buffer = io.BytesIO()
    doc = _Doc(
        buffer,
        pagesize=PAGE,
        title=title,
        author=company.name,
        creator="Kehu",
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
    )
    doc.addPageTemplates(
        [
            PageTemplate(
                id="first",
                frames=[Frame(MARGIN_X, MARGIN_BOTTOM, body_width, first_height, **padding)],
                onPage=pages.first,
                autoNextPageTemplate="later",
            ),
            PageTemplate(
                id="later",
                frames=[Frame(MARGIN_X, MARGIN_BOTTOM, body_width, later_height, **padding)],
                onPage=pages.later,
            ),
        ]
    )
    total = len(rows)

    def on_chunk(done: int) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(done, total)

    doc.on_chunk = on_chunk
    story: list[Flowable] = []
    for start in range(0, total, CHUNK):
        part = rows[start : start + CHUNK]
        data = [
            _row_cells(start + offset + 1, row, columns, language)
            for offset, row in enumerate(part)
        ]
        story.append(Table(data, colWidths=widths, style=style))
        story.append(_Done(start + len(part)))
    canvasmaker = type("_ListCanvas", (_NumberedCanvas,), {"language": language})
    doc.build(story, canvasmaker=canvasmaker)
    if progress is not None:
        progress(total, total)
    return buffer.getvalue()


def default_subtitle(rows: Sequence[GreetingRow], company: CompanyProfile, language: str) -> str:
    """ "恒达电子有限公司 · 2026年9月25日 · 共 120 人" (the day when all rows share it)."""
    days = sorted({r.on for r in rows if r.on is not None})
    parts = [company.display_name(language)]
    if len(days) == 1:
        parts.append(long_date(days[0], language))
    elif days:
        parts.append(f"{long_date(days[0], language)} – {long_date(days[-1], language)}")
    count = len(rows)
    if language == "en":
        parts.append(f"{count} {'person' if count == 1 else 'people'}")
    else:
        parts.append(f"共 {count} 人")
    return " · ".join(p for p in parts if p)


__all__ = ["HEADINGS", "default_subtitle", "render_list"]
