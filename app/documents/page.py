"""Page furniture shared by every letter-like document, and ``build_pdf``.

A PDF holds one or many *sections*, one per customer: a batch of 1,000
letters is one PDF of 1,000 sections. Each section starts on a new page with
the letterhead; its later pages carry a small running header; every page is
numbered within its section ("第 x 页 共 y 页" / "Page x of y"), counted when
the whole PDF is known (the numbered-canvas recipe: pages are kept until
``save`` and then stamped).

Progress and cancelling: ``build_pdf`` reports each section as it is laid out
and raises ``Cancelled`` when asked to stop, before anything is returned.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
)

from app.company import CompanyProfile
from app.documents.fonts import register_pdf_font
from app.documents.styles import ACCENT, INK, MUTED, RULE

PAPER = {"A4": A4, "Letter": LETTER}

MARGIN_X = 20 * mm
MARGIN_TOP = 16 * mm
MARGIN_BOTTOM = 18 * mm
#: Height of the letterhead band on a section's first page.
LETTERHEAD_HEIGHT = 27 * mm
#: Height of the running header on later pages.
RUNNING_HEIGHT = 10 * mm

LOGO_FORM = "KehuLogo"

PAGE_LABEL = {"zh": "第 {page} 页 共 {pages} 页", "en": "Page {page} of {pages}"}


class Cancelled(Exception):
    """The user stopped the work; nothing was written."""


@dataclass
class Section:
    """One customer's document inside a PDF.

    *title* is printed in the running header of its later pages (e.g.
    "对账单 · 某某有限公司"); *language* chooses the letterhead and page label
    wording."""

    flowables: list[Flowable]
    language: str = "zh"
    title: str = ""
    letterhead: bool = True
    key: Any = None
    extra: dict[str, Any] = field(default_factory=dict)


class SectionStart(Flowable):
    """Zero-size marker at the head of a section: tells the canvas that the
    pages from here on belong to *section*."""

    def __init__(self, section: Section, index: int) -> None:
        super().__init__()
        self.section = section
        self.index = index

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return (0, 0)

    def draw(self) -> None:
        self.canv._kehu_section = (self.index, self.section)  # type: ignore[attr-defined]


class NumberedCanvas(Canvas):
    """Keeps each page until ``save`` so it can print "page x of y", where y
    counts the pages of the page's own section."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._kehu_section: tuple[int, Section] | None = None
        self._saved_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        counts: dict[int, int] = {}
        for state in self._saved_pages:
            index = state["_kehu_section"][0] if state["_kehu_section"] else -1
            counts[index] = counts.get(index, 0) + 1
        seen: dict[int, int] = {}
        for state in self._saved_pages:
            self.__dict__.update(state)
            current = state["_kehu_section"]
            index = current[0] if current else -1
            seen[index] = seen.get(index, 0) + 1
            language = current[1].language if current else "zh"
            self._draw_page_label(seen[index], counts[index], language)
            super().showPage()
        super().save()

    def _draw_page_label(self, page: int, pages: int, language: str) -> None:
        width, _height = self._pagesize
        self.saveState()
        self.setFont(register_pdf_font(), 8.5)
        self.setFillColor(MUTED)
        label = PAGE_LABEL.get(language, PAGE_LABEL["zh"]).format(page=page, pages=pages)
        self.drawCentredString(width / 2, MARGIN_BOTTOM / 2, label)
        self.restoreState()


class _Furniture:
    """Draws the letterhead and running header; images are read once per PDF."""

    def __init__(self, company: CompanyProfile, today: date) -> None:
        self.company = company
        self.today = today
        self.logo = ImageReader(io.BytesIO(company.logo)) if company.logo else None

    def _section(self, canvas: Canvas) -> Section | None:
        current = getattr(canvas, "_kehu_section", None)
        return current[1] if current else None

    def first_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        section = self._section(canvas)
        if section is None or not section.letterhead:
            return
        self.draw_letterhead(canvas, doc, section.language)

    def later_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        section = self._section(canvas)
        if section is None or not section.title:
            return
        width, height = doc.pagesize
        top = height - MARGIN_TOP
        canvas.saveState()
        canvas.setFont(register_pdf_font(), 8.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_X, top - 4 * mm, _clip(canvas, section.title, width / 2))
        name = self.company.display_name(section.language)
        canvas.drawRightString(width - MARGIN_X, top - 4 * mm, _clip(canvas, name, width / 3))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN_X, top - 6 * mm, width - MARGIN_X, top - 6 * mm)
        canvas.restoreState()

    def draw_letterhead(self, canvas: Canvas, doc: BaseDocTemplate, language: str) -> None:
        company = self.company
        width, height = doc.pagesize
        font = register_pdf_font()
        top = height - MARGIN_TOP
        left = MARGIN_X
        canvas.saveState()
        if self.logo is not None:
            box = 18 * mm
            # Drawn once into a form and reused on every page: reportlab would
            # otherwise hash the whole image again for each letter.
            if not canvas.hasForm(LOGO_FORM):
                iw, ih = self.logo.getSize()
                scale = min(box / iw, box / ih)
                canvas.beginForm(LOGO_FORM)
                canvas.drawImage(
                    self.logo,
                    0,
                    (box - ih * scale) / 2,
                    width=iw * scale,
                    height=ih * scale,
                    mask="auto",
                )
                canvas.endForm()
            canvas.saveState()
            canvas.translate(left, top - box)
            canvas.doForm(LOGO_FORM)
            canvas.restoreState()
            left += box + 4 * mm
        name = company.display_name(language)
        canvas.setFillColor(ACCENT)
        canvas.setFont(font, 16)
        canvas.drawString(left, top - 7 * mm, _clip(canvas, name, width - left - MARGIN_X))
        canvas.setFillColor(INK)
        canvas.setFont(font, 8.5)
        lines = _letterhead_lines(company, language)
        y = top - 12.5 * mm
        for line in lines[:3]:
            canvas.drawString(left, y, _clip(canvas, line, width - left - MARGIN_X))
            y -= 4 * mm
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1.2)
        rule_y = top - LETTERHEAD_HEIGHT + 3 * mm
        canvas.line(MARGIN_X, rule_y, width - MARGIN_X, rule_y)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN_X, rule_y - 1.2 * mm, width - MARGIN_X, rule_y - 1.2 * mm)
        canvas.restoreState()


def _letterhead_lines(company: CompanyProfile, language: str) -> list[str]:
    en = language == "en"
    address = company.display_address(language)
    first = []
    if address:
        first.append(("Address: " if en else "地址：") + address)
    if company.postcode:
        first.append(("Postcode: " if en else "邮编：") + company.postcode)
    second = []
    if company.phone:
        second.append(("Tel: " if en else "电话：") + company.phone)
    if company.fax:
        second.append(("Fax: " if en else "传真：") + company.fax)
    if company.email:
        second.append(("Email: " if en else "邮箱：") + company.email)
    if company.website:
        second.append(company.website)
    third = []
    if company.bank_name:
        third.append(("Bank: " if en else "开户行：") + company.bank_name)
    if company.bank_account:
        third.append(("Account: " if en else "账号：") + company.bank_account)
    if company.tax_id:
        third.append(("Tax ID: " if en else "税号：") + company.tax_id)
    return ["    ".join(part) for part in (first, second, third) if part]


def _clip(canvas: Canvas, text: str, width: float) -> str:
    """Shorten *text* with an ellipsis to fit *width* at the current font."""
    font, size = canvas._fontname, canvas._fontsize
    if canvas.stringWidth(text, font, size) <= width:
        return text
    while text and canvas.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def page_size(company: CompanyProfile) -> tuple[float, float]:
    return PAPER.get(company.paper_size, A4)


def frame_width(company: CompanyProfile) -> float:
    """The width flowables get: the page less the side margins."""
    return page_size(company)[0] - 2 * MARGIN_X


def build_pdf(
    sections: Sequence[Section],
    *,
    company: CompanyProfile,
    title: str,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """Lay out *sections* into one PDF and return its bytes.

    *progress(done, total)* is called as each section is laid out;
    *cancelled()* is asked as often and ``Cancelled`` raised when it says so."""
    register_pdf_font()
    size = page_size(company)
    width, height = size
    furniture = _Furniture(company, today or date.today())
    body_width = width - 2 * MARGIN_X
    first_frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        body_width,
        height - MARGIN_TOP - MARGIN_BOTTOM - LETTERHEAD_HEIGHT,
        id="first",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    later_frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        body_width,
        height - MARGIN_TOP - MARGIN_BOTTOM - RUNNING_HEIGHT,
        id="later",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    buffer = io.BytesIO()
    total = len(sections)
    doc = _Doc(
        buffer,
        pagesize=size,
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
            # Drawn at the end of the page: by then the section marker has told
            # the canvas whose page it is.
            PageTemplate(
                id="first",
                frames=[first_frame],
                onPageEnd=furniture.first_page,
                autoNextPageTemplate="later",
            ),
            PageTemplate(id="later", frames=[later_frame], onPageEnd=furniture.later_page),
        ]
    )
    doc.on_section = _progress_hook(total, progress, cancelled)
    story: list[Flowable] = []
    for index, section in enumerate(sections):
        if index:
            story.append(NextPageTemplate("first"))
            story.append(PageBreak())
        story.append(SectionStart(section, index))
        story.extend(section.flowables)
    if not story:
        raise ValueError("build_pdf needs at least one section")
    doc.build(story, canvasmaker=NumberedCanvas)
    if progress is not None:
        progress(total, total)
    return buffer.getvalue()


def _progress_hook(
    total: int,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> Callable[[int], None]:
    def hook(index: int) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(index, total)

    return hook


class _Doc(BaseDocTemplate):
    on_section: Callable[[int], None]

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        if isinstance(flowable, SectionStart):
            self.on_section(flowable.index)


def seal_flowable(company: CompanyProfile, size: float = 38 * mm) -> Flowable | None:
    """Our seal as an image *size* wide at most, or None when none is set."""
    if not company.seal:
        return None
    from reportlab.platypus import Image

    reader = ImageReader(io.BytesIO(company.seal))
    iw, ih = reader.getSize()
    scale = min(size / iw, size / ih)
    return Image(io.BytesIO(company.seal), width=iw * scale, height=ih * scale, mask="auto")
