"""The bundled CJK font for reportlab. Registered once per process; every text
of every document - headers and table cells too - uses it, so Chinese never
prints as empty boxes."""

from __future__ import annotations

import threading

from reportlab.lib import textsplit as _textsplit
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import paragraph as _paragraph

from app.resources import font_path

#: The name documents use for the bundled font.
FONT = "KehuCJK"

#: Full-width punctuation that must not start a line: reportlab's CJK line
#: breaking knows 、。） but not the full-width comma and its kin.
CANNOT_START = "，；：！？％》」』】〕"

_lock = threading.Lock()
_registered = False


def register_pdf_font() -> str:
    """Register the bundled font with reportlab (once); returns its name.

    The font has one weight: bold and italic map to it, so markup such as
    ``<b>`` in our own texts never asks reportlab for a face it lacks."""
    global _registered
    with _lock:
        if not _registered:
            pdfmetrics.registerFont(TTFont(FONT, str(font_path()), subfontIndex=0))
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(FONT, bold, italic, FONT)
            for module in (_textsplit, _paragraph):  # each keeps its own copy
                known = module.ALL_CANNOT_START
                module.ALL_CANNOT_START = known + "".join(c for c in CANNOT_START if c not in known)
            _registered = True
    return FONT
