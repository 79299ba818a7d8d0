"""Address labels on stock label sheets, drawn straight onto a reportlab canvas
(no letterhead, no page numbers: a label is only an address).

Each label holds, in the recipient's document language:

- Chinese: the postcode, the address, then the addressee (company, then
  "财务部 李四 女士") ending in 收 - the order a Chinese envelope is written in;
- English: the addressee, the address, the postcode - the Western order.

The text of a label shrinks until it fits inside the label (and is cut with
"…" in the extreme case), so nothing ever spills onto a neighbour. Every
string is drawn with ``drawString``: user text is printed literally, markup
and all.

Customers without an address are left out and listed in the result, so the
caller can say who was skipped.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.addressing import Recipient
from app.company import CompanyProfile
from app.documents.fonts import register_pdf_font
from app.documents.label_layouts import LAYOUTS, LabelLayout, layout_with_margins
from app.errors import FieldIssue, KnownError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "LAYOUTS",
    "FittedBlock",
    "LabelLayout",
    "LabelSheet",
    "NoAddressToPrint",
    "TextLine",
    "draw_block",
    "fit_block",
    "layout_with_margins",
    "printable_recipients",
    "render_labels",
    "wrap_text",
]

#: Line height as a multiple of the font size.
LEADING = 1.25
#: Smallest size the text of a label shrinks to before it is cut (points).
MIN_SIZE = 5.0
_STEP = 0.25

WORDING = {
    "zh": {"to": "收", "from": "寄件人："},
    "en": {"to": "", "from": "From: "},
}

#: Characters a Chinese line must not begin with (避头点): they stay with the
#: character before them.
_NO_LINE_START = set("，。、；：！？）》」』】〕〉”’,.;:!?)]}%…·")


class NoAddressToPrint(KnownError):
    """Nothing to print: no customer chosen, or none of them has an address."""


@dataclass
class LabelSheet:
    """A label PDF and what went into it."""

    pdf: bytes
    printed: int
    pages: int
    #: Customers left out because they have no address, in the order given.
    skipped: list[Recipient] = field(default_factory=list)


@dataclass(frozen=True)
class TextLine:
    """A paragraph of a text block: *scale* times the block's size; a
    paragraph that does not ``wrap`` is cut with "…" when too long."""

    text: str
    scale: float = 1.0
    wrap: bool = True
    #: Extra space above the paragraph, in lines of its own size.
    space_before: float = 0.0


@dataclass(frozen=True)
class FittedBlock:
    """A block laid out at one size: ``lines`` of (text, font size, space
    above the line in points)."""

    lines: list[tuple[str, float, float]]
    size: float
    height: float
    width: float


# -- text fitting, shared with the envelopes ---------------------------------


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def _tokens(text: str) -> list[str]:
    """Break opportunities: a space, each wide (CJK) character, each run of
    other characters (a word)."""
    tokens: list[str] = []
    word = ""
    for ch in text:
        if ch.isspace() or _wide(ch):
            if word:
                tokens.append(word)
                word = ""
            if ch.isspace():
                if tokens and tokens[-1] != " ":
                    tokens.append(" ")
            else:
                tokens.append(ch)
        else:
            word += ch
    if word:
        tokens.append(word)
    return tokens


def _split_to_width(word: str, font: str, size: float, width: float) -> list[str]:
    pieces: list[str] = []
    current = ""
    for ch in word:
        if current and stringWidth(current + ch, font, size) > width:
            pieces.append(current)
            current = ch
        else:
            current += ch
    if current:
        pieces.append(current)
    return pieces


def wrap_text(
    text: str, font: str, size: float, width: float, *, balance: bool = False
) -> list[str]:
    """*text* broken into lines no wider than *width* points: between words,
    between any two Chinese characters, never before a closing punctuation
    mark, and inside a word only when it is wider than a line. Line breaks
    in *text* are kept. With *balance*, a paragraph whose last line would be
    a stub of a few characters is spread evenly over the same number of
    lines instead."""
    lines: list[str] = []
    for paragraph in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        greedy = _wrap_paragraph(paragraph, font, size, width)
        if balance and len(greedy) > 1 and _is_stub(greedy[-1], font, size, width):
            greedy = _balanced(paragraph, font, size, width, len(greedy))
        lines.extend(greedy)
    return lines


def _is_stub(line: str, font: str, size: float, width: float) -> bool:
    return stringWidth(line, font, size) < width / 4


def _balanced(paragraph: str, font: str, size: float, width: float, count: int) -> list[str]:
    """The narrowest wrapping of *paragraph* into *count* lines."""
    low, high = width / 2, width
    best = _wrap_paragraph(paragraph, font, size, width)
    for _ in range(12):
        middle = (low + high) / 2
        trial = _wrap_paragraph(paragraph, font, size, middle)
        if len(trial) <= count:
            best, high = trial, middle
        else:
            low = middle
    return best


def _wrap_paragraph(paragraph: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    current: list[str] = []
    for token in _tokens(paragraph.strip()):
        if token == " ":
            if current:
                current.append(token)
            continue
        if stringWidth("".join(current) + token, font, size) <= width:
            current.append(token)
            continue
        carried: list[str] = []
        if token in _NO_LINE_START and len(current) > 1 and current[-1] != " ":
            carried = [current.pop()]
        if current:
            lines.append("".join(current).rstrip())
        current = carried
        if stringWidth("".join(current) + token, font, size) <= width:
            current.append(token)
            continue
        if current:
            lines.append("".join(current))
        pieces = _split_to_width(token, font, size, width)
        lines.extend(pieces[:-1])
        current = [pieces[-1]]
    if current:
        lines.append("".join(current).rstrip())
    return [line for line in lines if line]


def _cut(text: str, font: str, size: float, width: float) -> str:
    """*text* cut to *width*, ending in "…" when anything was cut."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…" if text else ""


def fit_block(
    paragraphs: Sequence[TextLine],
    *,
    font: str,
    width: float,
    height: float,
    size: float,
    min_size: float = MIN_SIZE,
) -> FittedBlock:
    """The largest size from *size* down to *min_size* at which the wrapped
    paragraphs fit in *width* x *height* points. If even *min_size* is too
    large, the lines that fit are kept and the last one ends in "…"."""
    trial = size
    while True:
        lines: list[tuple[str, float, float]] = []
        for paragraph in paragraphs:
            line_size = trial * paragraph.scale
            if paragraph.wrap:
                texts = wrap_text(paragraph.text, font, line_size, width, balance=True)
            else:
                texts = [_cut(paragraph.text.strip(), font, line_size, width)]
                texts = [t for t in texts if t]
            for index, text in enumerate(texts):
                space = paragraph.space_before * line_size if index == 0 and lines else 0.0
                lines.append((text, line_size, space))
        total = _height(lines)
        if total <= height or trial <= min_size:
            break
        trial = max(min_size, trial - _STEP)
    if total > height:
        kept: list[tuple[str, float, float]] = []
        for line in lines:
            if _height([*kept, line]) > height:
                break
            kept.append(line)
        if kept:
            last, last_size, space = kept[-1]
            kept[-1] = (_cut(last + "…", font, last_size, width), last_size, space)
        lines, total = kept, _height(kept)
    block_width = max((stringWidth(t, font, s) for t, s, _ in lines), default=0.0)
    return FittedBlock(lines=lines, size=trial, height=total, width=block_width)


def _height(lines: Sequence[tuple[str, float, float]]) -> float:
    return sum(size * LEADING + space for _, size, space in lines)


def draw_block(
    canvas: Canvas,
    block: FittedBlock,
    *,
    x: float,
    top: float,
    font: str,
    align: str = "left",
    width: float = 0.0,
) -> None:
    """Draw *block* with its first line box at *top*; *align* "left" at *x*,
    "center" within *x*..*x* + *width*, "right" ending at *x* + *width*."""
    ascent = getFont(font).face.ascent / 1000
    y_top = top
    for text, size, space in block.lines:
        y_top -= space
        line_height = size * LEADING
        baseline = y_top - (line_height - size) / 2 - ascent * size
        canvas.setFont(font, size)
        if align == "center":
            canvas.drawCentredString(x + width / 2, baseline, text)
        elif align == "right":
            canvas.drawRightString(x + width, baseline, text)
        else:
            canvas.drawString(x, baseline, text)
        y_top -= line_height


def printable_recipients(
    recipients: Sequence[Recipient],
) -> tuple[list[Recipient], list[Recipient]]:
    """(those with an address, those without); raises ``NoAddressToPrint``
    when there is nobody to print for."""
    if not recipients:
        raise NoAddressToPrint(
            QT_TRANSLATE_NOOP("app", "Nothing to print: no customers were chosen.")
        )
    ready = [r for r in recipients if r.has_address]
    skipped = [r for r in recipients if not r.has_address]
    if not ready:
        raise NoAddressToPrint(
            QT_TRANSLATE_NOOP(
                "app",
                "Nothing to print: none of the {count} customers chosen has an address.",
            ),
            count=len(recipients),
        )
    return ready, skipped


# -- labels --------------------------------------------------------------------


def _label_paragraphs(recipient: Recipient) -> list[TextLine]:
    address = recipient.address.strip()
    postcode = recipient.postcode.strip()
    names = [line for line in recipient.addressee_lines if line.strip()]
    if recipient.language == "en":
        lines = [TextLine(name, 1.1) for name in names]
        lines.append(TextLine(address, space_before=0.3))
        if postcode:
            lines.append(TextLine(postcode))
        return lines
    lines = [TextLine(postcode)] if postcode else []
    lines.append(TextLine(address))
    if names:
        names[-1] = f"{names[-1]} {WORDING['zh']['to']}"
    lines.extend(
        TextLine(name, 1.2, space_before=0.3 if index == 0 else 0.0)
        for index, name in enumerate(names)
    )
    return lines


def _sender_text(company: CompanyProfile, language: str) -> str:
    lang = "en" if language == "en" else "zh"
    parts = [
        company.display_name(lang).strip(),
        company.display_address(lang).strip(),
        company.postcode.strip(),
    ]
    separator = ", " if lang == "en" else " "
    return WORDING[lang]["from"] + separator.join(p for p in parts if p)


def render_labels(
    recipients: Sequence[Recipient],
    layout: LabelLayout,
    *,
    start_at: int = 1,
    sender: bool = False,
    company: CompanyProfile | None = None,
    outlines: bool = False,
) -> LabelSheet:
    """Print one label per recipient with an address onto sheets of *layout*.

    *start_at* is the position (1-based, row by row) of the first label on the
    first sheet, to use up a part-used sheet. With *sender*, each label also
    carries a small return-address line of *company* at its foot.
    *outlines* draws the label edges, for a test print on plain paper.

    Raises ``NoAddressToPrint`` when there is nothing to print and
    ``ValidationError`` for a *start_at* outside the sheet."""
    if isinstance(start_at, bool) or not 1 <= start_at <= layout.per_sheet:
        raise ValidationError(
            FieldIssue(
                "start_at",
                QT_TRANSLATE_NOOP("app", "Must be between {low} and {high}"),
                {"low": 1, "high": layout.per_sheet},
            )
        )
    if sender and company is None:
        raise TypeError("render_labels(sender=True) needs the company")
    ready, skipped = printable_recipients(recipients)
    font = register_pdf_font()

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=layout.page_size, invariant=True)
    canvas.setTitle("Labels")
    canvas.setCreator("Kehu")

    base = 10.0 if layout.label_height >= 30 else 8.5
    pad_x = min(max(layout.label_width * 0.07, 3.0), 6.0) * mm
    pad_y = min(max(layout.label_height * 0.08, 2.0), 3.5) * mm
    pages = 1
    slot = start_at - 1
    for recipient in ready:
        if slot == layout.per_sheet:
            canvas.showPage()
            pages += 1
            slot = 0
        slot += 1
        x0, y0, x1, y1 = layout.rect(slot)
        if outlines:
            canvas.setLineWidth(0.3)
            canvas.setStrokeGray(0.7)
            canvas.rect(x0, y0, x1 - x0, y1 - y0)
        width = x1 - x0 - 2 * pad_x
        bottom = y0 + pad_y
        if sender and company is not None:
            foot = fit_block(
                [TextLine(_sender_text(company, recipient.language))],
                font=font,
                width=width,
                height=2 * base * 0.6 * LEADING,
                size=base * 0.6,
            )
            canvas.setFillGray(0.35)
            draw_block(canvas, foot, x=x0 + pad_x, top=bottom + foot.height, font=font)
            canvas.setFillGray(0)
            bottom += foot.height + 1 * mm
        room = y1 - pad_y - bottom
        block = fit_block(
            _label_paragraphs(recipient), font=font, width=width, height=room, size=base
        )
        # Centred in the room left, the way a person sticks an address on.
        top = bottom + (room + block.height) / 2
        draw_block(canvas, block, x=x0 + pad_x, top=top, font=font)
    canvas.showPage()
    canvas.save()
    return LabelSheet(pdf=buffer.getvalue(), printed=len(ready), pages=pages, skipped=skipped)
