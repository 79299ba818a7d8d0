"""The named styles of every document, one sheet per document language.

Chinese text wraps between any two characters (``wordWrap="CJK"``); English
text wraps between words. Every style uses the bundled font."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from app.documents.fonts import register_pdf_font

INK = colors.HexColor("#1f1f1f")
MUTED = colors.HexColor("#5f6368")
RULE = colors.HexColor("#9aa0a6")
SHADE = colors.HexColor("#eef1f4")
ACCENT = colors.HexColor("#8b1a1a")  # the red of a Chinese letterhead


@dataclass(frozen=True)
class Styles:
    font: str
    title: ParagraphStyle
    subtitle: ParagraphStyle
    body: ParagraphStyle
    body_right: ParagraphStyle
    small: ParagraphStyle
    small_right: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    heading: ParagraphStyle
    emphasis: ParagraphStyle


@lru_cache(maxsize=4)
def styles_for(language: str) -> Styles:
    """The style sheet of a document in *language* ("zh" or "en")."""
    font = register_pdf_font()
    wrap = None if language == "en" else "CJK"

    def style(name: str, size: float, leading: float, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(
            f"{language}.{name}",
            fontName=font,
            fontSize=size,
            leading=leading,
            textColor=kw.pop("textColor", INK),
            wordWrap=wrap,
            **kw,
        )

    return Styles(
        font=font,
        title=style("title", 18, 24, alignment=TA_CENTER, spaceAfter=6),
        subtitle=style("subtitle", 10, 14, alignment=TA_CENTER, textColor=MUTED, spaceAfter=8),
        body=style("body", 10.5, 17, alignment=TA_LEFT),
        body_right=style("body_right", 10.5, 17, alignment=TA_RIGHT),
        small=style("small", 8.5, 12, textColor=MUTED),
        small_right=style("small_right", 8.5, 12, textColor=MUTED, alignment=TA_RIGHT),
        cell=style("cell", 9, 12),
        cell_right=style("cell_right", 9, 12, alignment=TA_RIGHT),
        cell_head=style("cell_head", 9, 12, alignment=TA_CENTER),
        heading=style("heading", 11.5, 17, spaceBefore=8, spaceAfter=4),
        emphasis=style("emphasis", 11, 17, textColor=ACCENT),
    )


def grid_table_style(*, header_rows: int = 1, numeric_from: int | None = None) -> TableStyle:
    """A ruled table with a shaded header row (repeated on every page by
    ``Table(repeatRows=...)``); columns from *numeric_from* align right."""
    font = register_pdf_font()
    commands: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), font, 9),
        ("LEADING", (0, 0), (-1, -1), 12),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE),
        ("ALIGN", (0, 0), (-1, header_rows - 1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if numeric_from is not None:
        commands.append(("ALIGN", (numeric_from, header_rows), (-1, -1), "RIGHT"))
    return TableStyle(commands)
