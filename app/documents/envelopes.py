"""Envelopes printed straight from the printer's envelope feed: one envelope a
page, landscape, drawn on a reportlab canvas.

A Chinese recipient gets the layout of the national standard envelope
(GB/T 1416): six red postcode boxes at the top left holding the recipient's
postcode digits, a stamp box at the top right, the address under the boxes,
the name with its salutation large in the middle ending in 收, and our own
address, name and "邮政编码：" at the bottom right. The boxes take the
measurements usually quoted from the standard (8 x 10 mm, 2 mm apart, the
first 20 mm from the left edge and 10 mm from the top, inside the
90 x 26 mm corner the sorting machine reads), so the digits also land in the
boxes of a pre-printed envelope; the stamp box and the text areas are our
own choice.

An English recipient gets the Western layout: our return address top left,
the recipient's block right of the centre, no boxes.

Every text is fitted into its own area (wrapped, shrunk, cut with "…" as a
last resort), so nothing leaves the envelope or runs into another block.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfgen.canvas import Canvas

from app.addressing import Recipient
from app.company import CompanyProfile
from app.documents.fonts import register_pdf_font
from app.documents.labels import (
    FittedBlock,
    TextLine,
    draw_block,
    fit_block,
    printable_recipients,
)
from app.errors import FieldIssue, ValidationError
from app.i18n import QT_TRANSLATE_NOOP

#: Envelope sizes, landscape, in mm (width, height).
ENVELOPE_SIZES: dict[str, tuple[float, float]] = {"DL": (220.0, 110.0), "C5": (229.0, 162.0)}
ENVELOPE_LABELS = {
    "DL": QT_TRANSLATE_NOOP("app", "DL, 220 x 110 mm (No. 5)"),
    "C5": QT_TRANSLATE_NOOP("app", "C5, 229 x 162 mm (No. 7)"),
}

# GB/T 1416 postcode boxes, mm from the top left corner.
BOX_WIDTH = 8.0
BOX_HEIGHT = 10.0
BOX_GAP = 2.0
BOX_LEFT = 20.0
BOX_TOP = 10.0
# The stamp box at the top right, mm.
STAMP_WIDTH = 22.0
STAMP_HEIGHT = 26.0
STAMP_MARGIN = 10.0

#: The red of the printed postcode boxes (PANTONE 1795 C).
BOX_RED = colors.HexColor("#d22630")

WORDING = {
    "zh": {"to": "收", "stamp": ("贴邮", "票处"), "postcode": "邮政编码："},
    "en": {"to": "", "stamp": ("", ""), "postcode": ""},
}


@dataclass
class EnvelopeSet:
    """An envelope PDF, one envelope a page, and what went into it."""

    pdf: bytes
    printed: int
    #: Customers left out because they have no address, in the order given.
    skipped: list[Recipient] = field(default_factory=list)

    @property
    def pages(self) -> int:
        return self.printed


def postcode_boxes(size: str) -> list[tuple[float, float, float, float]]:
    """The six postcode boxes of an envelope of *size* as PDF points
    ``(x0, y0, x1, y1)``, origin bottom left."""
    _, height = _dimensions(size)
    boxes = []
    for index in range(6):
        x0 = BOX_LEFT + index * (BOX_WIDTH + BOX_GAP)
        y1 = height - BOX_TOP
        boxes.append((x0 * mm, (y1 - BOX_HEIGHT) * mm, (x0 + BOX_WIDTH) * mm, y1 * mm))
    return boxes


def _dimensions(size: str) -> tuple[float, float]:
    found = ENVELOPE_SIZES.get(size)
    if found is None:
        raise ValidationError(
            FieldIssue(
                "size",
                QT_TRANSLATE_NOOP("app", "Unknown envelope size {size}; choose one of {sizes}"),
                {"size": size, "sizes": ", ".join(ENVELOPE_SIZES)},
            )
        )
    return found


def _postcode_digits(postcode: str) -> str:
    code = unicodedata.normalize("NFKC", postcode).strip()
    return code if re.fullmatch(r"\d{6}", code) else ""


def render_envelopes(
    recipients: Sequence[Recipient], *, size: str, company: CompanyProfile
) -> EnvelopeSet:
    """One envelope of *size* ("DL" or "C5") per recipient with an address,
    with *company* as the sender.

    Raises ``ValidationError`` for an unknown size and ``NoAddressToPrint``
    when there is nothing to print."""
    width, height = _dimensions(size)
    ready, skipped = printable_recipients(recipients)
    font = register_pdf_font()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width * mm, height * mm), invariant=True)
    canvas.setTitle("Envelopes")
    canvas.setCreator("Kehu")
    for recipient in ready:
        if recipient.language == "en":
            _western(canvas, recipient, company, size=size, font=font)
        else:
            _chinese(canvas, recipient, company, size=size, font=font)
        canvas.showPage()
    canvas.save()
    return EnvelopeSet(pdf=buffer.getvalue(), printed=len(ready), skipped=skipped)


def _chinese(
    canvas: Canvas, recipient: Recipient, company: CompanyProfile, *, size: str, font: str
) -> None:
    width, height = (v * mm for v in _dimensions(size))
    large = size == "C5"
    words = WORDING["zh"]

    # Postcode boxes with the digits centred in them.
    digits = _postcode_digits(recipient.postcode)
    cap_height = getFont(font).face.capHeight / 1000
    digit_size = 18.0
    canvas.setLineWidth(1.2)
    for index, (x0, y0, x1, y1) in enumerate(postcode_boxes(size)):
        canvas.setStrokeColor(BOX_RED)
        canvas.rect(x0, y0, x1 - x0, y1 - y0)
        if digits:
            canvas.setFont(font, digit_size)
            canvas.drawCentredString(
                (x0 + x1) / 2, (y0 + y1) / 2 - cap_height * digit_size / 2, digits[index]
            )

    # Stamp box, top right.
    stamp_x0 = width - (STAMP_MARGIN + STAMP_WIDTH) * mm
    stamp_top = height - STAMP_MARGIN * mm
    canvas.setLineWidth(0.8)
    canvas.rect(stamp_x0, stamp_top - STAMP_HEIGHT * mm, STAMP_WIDTH * mm, STAMP_HEIGHT * mm)
    canvas.setFillColor(BOX_RED)
    canvas.setFont(font, 9)
    middle_x = stamp_x0 + STAMP_WIDTH * mm / 2
    middle_y = stamp_top - STAMP_HEIGHT * mm / 2
    first, second = words["stamp"]
    canvas.drawCentredString(middle_x, middle_y + 2, first)
    canvas.drawCentredString(middle_x, middle_y - 11, second)
    canvas.setFillColor(colors.black)
    canvas.setStrokeColor(colors.black)

    margin = 12 * mm
    # Sender block, bottom right: our address, our name, our postcode.
    sender_lines = [
        TextLine(company.display_address("zh").strip()),
        TextLine(company.display_name("zh").strip(), 1.1),
    ]
    if company.postcode.strip():
        sender_lines.append(TextLine(words["postcode"] + company.postcode.strip(), wrap=False))
    sender_lines = [line for line in sender_lines if line.text]
    sender_top = margin
    if sender_lines:
        sender = fit_block(
            sender_lines,
            font=font,
            width=width * 0.48,
            height=height * 0.28,
            size=10.5 if large else 9.5,
        )
        sender_x = width - margin - sender.width
        sender_top = margin + sender.height
        draw_block(canvas, sender, x=sender_x, top=sender_top, font=font)

    # Recipient's address under the boxes, clear of the stamp box.
    address_x = BOX_LEFT * mm
    address_top = height - (BOX_TOP + BOX_HEIGHT + 6) * mm
    address_width = stamp_x0 - 5 * mm - address_x
    paragraphs = []
    if recipient.postcode.strip() and not digits:
        paragraphs.append(TextLine(recipient.postcode.strip()))
    paragraphs.append(TextLine(recipient.address.strip()))
    address = fit_block(
        paragraphs,
        font=font,
        width=address_width,
        height=height * (0.2 if large else 0.17),
        size=14.0 if large else 12.0,
        min_size=7.0,
    )
    draw_block(canvas, address, x=address_x, top=address_top, font=font)

    # Name with salutation, large, centred between the address and the sender.
    names = [line for line in recipient.addressee_lines if line.strip()]
    if names:
        names[-1] = f"{names[-1]} {words['to']}"
    gap = 4 * mm
    room_top = address_top - address.height - gap
    room_bottom = sender_top + gap
    name = fit_block(
        [TextLine(line) for line in names],
        font=font,
        width=width - 2 * 25 * mm,
        height=room_top - room_bottom,
        size=24.0 if large else 20.0,
        min_size=8.0,
    )
    _draw_centred(canvas, name, room_top, room_bottom, width, font)


def _draw_centred(
    canvas: Canvas,
    block: FittedBlock,
    room_top: float,
    room_bottom: float,
    width: float,
    font: str,
) -> None:
    top = room_bottom + (room_top - room_bottom + block.height) / 2
    draw_block(canvas, block, x=0, top=top, font=font, align="center", width=width)


def _western(
    canvas: Canvas, recipient: Recipient, company: CompanyProfile, *, size: str, font: str
) -> None:
    width, height = (v * mm for v in _dimensions(size))
    large = size == "C5"
    margin = 12 * mm

    # Return address, top left.
    sender_lines = [
        TextLine(company.display_name("en").strip(), 1.1),
        TextLine(company.display_address("en").strip()),
        TextLine(company.postcode.strip()),
    ]
    sender_lines = [line for line in sender_lines if line.text]
    if sender_lines:
        sender = fit_block(
            sender_lines,
            font=font,
            width=width * 0.45,
            height=height * 0.25,
            size=10.0 if large else 9.0,
        )
        draw_block(canvas, sender, x=margin, top=height - margin, font=font)

    # Recipient block, right of the centre and a little below the middle.
    lines = [TextLine(line, 1.1) for line in recipient.addressee_lines if line.strip()]
    lines.append(TextLine(recipient.address.strip()))
    if recipient.postcode.strip():
        lines.append(TextLine(recipient.postcode.strip()))
    x = width * 0.42
    room_top = height * 0.6
    block = fit_block(
        lines,
        font=font,
        width=width - x - margin,
        height=room_top - margin,
        size=13.0 if large else 11.5,
        min_size=7.0,
    )
    # Centred on the lower middle of the envelope while there is room.
    top = max(min(room_top, height * 0.42 + block.height / 2), margin + block.height)
    draw_block(canvas, block, x=x, top=top, font=font)
