"""Greeting cards (贺卡): one page per person, A5 landscape (or A4 landscape,
the same card larger), drawn on a reportlab canvas.

Top to bottom inside a double border: our logo at the top left (when one is
set), the title large and centred, the salutation line ("王总：" / "Dear
Mr. Smith,"), the body - each line of the text a paragraph, full-width spaces
at its start an indent (the 首行缩进 of a Chinese letter), a blank line a
little space - and at the bottom right our company's name and the date.

The body shrinks until it fits the card; nothing is ever cut or spills over
the border. Text typed by users is printed literally (never parsed as
markup). Chinese wraps between any two characters, never before closing
punctuation (``app.documents.fonts``).
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer
from reportlab.platypus.paraparser import ParaFrag, ParaParser

from app.company import CompanyProfile
from app.documents.fonts import register_pdf_font
from app.documents.page import Cancelled
from app.documents.styles import ACCENT, INK
from app.documents.text import long_date
from app.errors import FieldIssue, ValidationError
from app.i18n import QT_TRANSLATE_NOOP

#: Card sizes: the page, landscape. The layout is drawn for A5 and scaled.
PAPERS = {"A5": landscape(A5), "A4": landscape(A4)}
PAPER_LABELS = {
    "A5": QT_TRANSLATE_NOOP("app", "A5 landscape (210 x 148 mm)"),
    "A4": QT_TRANSLATE_NOOP("app", "A4 landscape (297 x 210 mm)"),
}
#: The gold of the border.
GOLD = colors.HexColor("#b08d57")
_LOGO_FORM = "kehuCardLogo"
#: Body sizes tried from the largest down, in points on an A5 card.
_BODY_SIZES = (14.0, 13.0, 12.0, 11.0, 10.0, 9.0, 8.0)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass(frozen=True)
class Card:
    """One card as printed: the texts already rendered from the template."""

    title: str
    salutation: str
    body: str
    language: str  # zh | en
    #: Printed under our name at the bottom right (the day greeted for).
    on: date | None


def _check_paper(paper: str) -> tuple[float, float]:
    size = PAPERS.get(paper)
    if size is None:
        raise ValidationError(
            FieldIssue(
                "paper",
                QT_TRANSLATE_NOOP("app", "Unknown card size {paper}; choose one of {papers}"),
                {"paper": paper, "papers": ", ".join(PAPERS)},
            )
        )
    return size


def salutation_line(salutation: str, language: str) -> str:
    """ "王总：" or "Dear Mr. Smith,"; empty without a salutation."""
    salutation = salutation.strip()
    if not salutation:
        return ""
    if language == "en":
        return salutation + "," if salutation.lower().startswith("dear ") else f"Dear {salutation},"
    return salutation + "："


# --- paragraphs ------------------------------------------------------------------------


@lru_cache(maxsize=64)
def _style(language: str, size: float, indent: float) -> ParagraphStyle:
    return ParagraphStyle(
        f"card.{language}.{size}.{indent}",
        fontName=register_pdf_font(),
        fontSize=size,
        leading=size * 1.75,
        textColor=INK,
        # Chinese is set justified, as in print; English ragged, without gaps.
        alignment=TA_JUSTIFY if language != "en" else TA_LEFT,
        wordWrap=None if language == "en" else "CJK",
        firstLineIndent=indent * size,
    )


@lru_cache(maxsize=64)
def _base_frag(style: ParagraphStyle) -> ParaFrag:
    _style, frags, _bullet = ParaParser().parse("x", style)
    return frags[0]


def plain_paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph printed literally: its one fragment is made here, so the
    text is never parsed as markup."""
    clean = " ".join(_CONTROL.sub("", text).split())
    frag = _base_frag(style).clone(text=clean, link=[], us_lines=[])
    return Paragraph(clean, style, frags=[frag])


def _indent_of(line: str) -> tuple[float, str]:
    """(indent in characters, the line without it): "　" is one, " " half."""
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


def _body(salutation: str, body: str, language: str, size: float) -> list[Flowable]:
    """The salutation line, then a paragraph per line of the body."""
    out: list[Flowable] = []
    if salutation:
        out.append(plain_paragraph(salutation, _style(language, size, 0)))
        out.append(Spacer(1, size * 0.3))
    for raw in body.split("\n"):
        indent, text = _indent_of(raw.rstrip())
        if not text:
            if out:
                out.append(Spacer(1, size * 0.6))
            continue
        out.append(plain_paragraph(text, _style(language, size, indent)))
    return out


def _height(flowables: list[Flowable], width: float) -> float:
    return sum(f.wrap(width, 10_000)[1] for f in flowables)


def _fitted_text(card: Card, scale: float, width: float, height: float) -> tuple[Flowable, float]:
    """The salutation and body at the largest size that fits *width* x
    *height* (shrunk as a whole as a last resort)."""
    salutation = salutation_line(card.salutation, card.language)
    flowables: list[Flowable] = []
    for size in _BODY_SIZES:
        flowables = _body(salutation, card.body, card.language, size * scale)
        if _height(flowables, width) <= height:
            break
    return KeepInFrame(width, height, flowables, mode="shrink")


# --- drawing ---------------------------------------------------------------------------


def _fit_size(text: str, font: str, size: float, width: float) -> float:
    """*size*, or smaller so that *text* fits *width* on one line."""
    wide = stringWidth(text, font, size)
    return size if wide <= width else max(size * width / wide, 4.0)


class _CardPainter:
    def __init__(self, canvas: Canvas, company: CompanyProfile, page: tuple[float, float]) -> None:
        self.canvas = canvas
        self.company = company
        self.width, self.height = page
        self.scale = self.width / landscape(A5)[0]
        self.font = register_pdf_font()
        self.logo = ImageReader(io.BytesIO(company.logo)) if company.logo else None

    def mm(self, value: float) -> float:
        """A5 millimetres in points on this card."""
        return value * mm * self.scale

    def draw(self, card: Card) -> None:
        c = self.canvas
        width, height, font = self.width, self.height, self.font
        self._border()
        if self.logo is not None:
            self._logo()
        side = self.mm(22)
        text_width = width - 2 * side
        # The title, large and centred, with a short rule under it.
        title = " ".join(card.title.split())
        size = _fit_size(title, font, 24 * self.scale, width - 2 * self.mm(40))
        c.setFillColor(ACCENT)
        c.setFont(font, size)
        title_base = height - self.mm(31)
        c.drawCentredString(width / 2, title_base, title)
        c.setStrokeColor(GOLD)
        c.setLineWidth(0.8 * self.scale)
        rule_y = title_base - self.mm(6)
        c.line(width / 2 - self.mm(18), rule_y, width / 2 + self.mm(18), rule_y)
        # Our name and the date at the bottom right.
        name = self.company.display_name(card.language)
        on = long_date(card.on, card.language) if card.on is not None else ""
        bottom = self.mm(17)
        c.setFillColor(INK)
        if on:
            c.setFont(font, 11 * self.scale)
            c.drawRightString(width - side, bottom, on)
            bottom += 11 * self.scale * 1.6
        if name:
            size = _fit_size(name, font, 12.5 * self.scale, text_width * 0.7)
            c.setFont(font, size)
            c.drawRightString(width - side, bottom, name)
            bottom += size * 1.3
        # The salutation and the body between the title and the signature,
        # a little above the middle of the room when they leave some.
        top = rule_y - self.mm(6)
        room = top - bottom - self.mm(5)
        if room > 0 and (card.body.strip() or card.salutation.strip()):
            text = _fitted_text(card, self.scale, text_width, room)
            _w, used = text.wrapOn(c, text_width, room)
            text.drawOn(c, side, top - (room - used) * 0.3 - used)

    def _border(self) -> None:
        c = self.canvas
        c.saveState()
        c.setStrokeColor(GOLD)
        outer, inner = self.mm(8), self.mm(10)
        c.setLineWidth(1.6 * self.scale)
        c.rect(outer, outer, self.width - 2 * outer, self.height - 2 * outer)
        c.setLineWidth(0.5 * self.scale)
        c.rect(inner, inner, self.width - 2 * inner, self.height - 2 * inner)
        # A small diamond at each corner between the two lines.
        c.setFillColor(GOLD)
        d = self.mm(1.6)
        for x in (outer, self.width - outer):
            for y in (outer, self.height - outer):
                path = c.beginPath()
                path.moveTo(x, y - d)
                path.lineTo(x + d, y)
                path.lineTo(x, y + d)
                path.lineTo(x - d, y)
                path.close()
                c.drawPath(path, stroke=0, fill=1)
        c.restoreState()

    def _logo(self) -> None:
        c = self.canvas
        box = self.mm(15)
        assert self.logo is not None
        # Drawn once into a form and reused on every card.
        if not c.hasForm(_LOGO_FORM):
            iw, ih = self.logo.getSize()
            scale = min(box / iw, box / ih)
            c.beginForm(_LOGO_FORM)
            c.drawImage(
                self.logo,
                0,
                (box - ih * scale) / 2,
                width=iw * scale,
                height=ih * scale,
                mask="auto",
            )
            c.endForm()
        c.saveState()
        c.translate(self.mm(14), self.height - self.mm(14) - box)
        c.doForm(_LOGO_FORM)
        c.restoreState()


def render_cards(
    cards: Sequence[Card],
    *,
    company: CompanyProfile,
    paper: str = "A5",
    title: str = "Greeting cards",
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """One page per card; ``ValidationError`` for an unknown *paper*,
    ``Cancelled`` when *cancelled()* says so (asked before each card)."""
    page = _check_paper(paper)
    if not cards:
        raise ValueError("render_cards needs at least one card")
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=page, invariant=True)
    canvas.setTitle(title)
    canvas.setAuthor(company.name)
    canvas.setCreator("Kehu")
    painter = _CardPainter(canvas, company, page)
    total = len(cards)
    for index, card in enumerate(cards):
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(index, total)
        painter.draw(card)
        canvas.showPage()
    canvas.save()
    if progress is not None:
        progress(total, total)
    return buffer.getvalue()


__all__ = [
    "GOLD",
    "PAPERS",
    "PAPER_LABELS",
    "Card",
    "plain_paragraph",
    "render_cards",
    "salutation_line",
]
