"""User text as reportlab prints it, and the ways documents write dates and money.

Every string that came from a user or the database goes through ``markup``
before it reaches a ``Paragraph``: ``xml.sax.saxutils.escape`` turns ``<``,
``>`` and ``&`` into entities, so a name such as ``<b>``, ``&amp;``,
``<font>``, ``<a href>`` or ``<img src="/etc/passwd">`` prints literally - no
altered text, no link, no embedded local file. (reportlab's own ``escapeOnce``
is not used: it leaves a typed ``&amp;`` as ``&``.)
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from app.money import format_money, from_fen

#: Control characters other than line breaks and tabs cannot be printed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

_EN_MONTHS = (
    "January February March April May June July August September October November December"
).split()


def markup(text: object) -> str:
    """Reportlab paragraph markup that prints *text* exactly as typed; line
    breaks become ``<br/>``."""
    plain = _CONTROL.sub("", "" if text is None else str(text))
    plain = plain.replace("\r\n", "\n").replace("\r", "\n")
    return escape(plain).replace("\n", "<br/>")


def para(text: object, style: ParagraphStyle) -> Paragraph:
    """A paragraph of user text, printed literally."""
    return Paragraph(markup(text), style)


def long_date(day: date, language: str) -> str:
    """``2026年11月23日`` or ``23 November 2026``."""
    if language == "en":
        return f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}"
    return f"{day.year}年{day.month}月{day.day}日"


def short_date(day: date | None) -> str:
    return day.isoformat() if day is not None else ""


def money(fen: int | None) -> str:
    """``123456`` -> ``1,234.56``; None -> ``""``."""
    if fen is None:
        return ""
    return format_money(from_fen(fen))


def money_with_currency(fen: int, currency: str = "CNY") -> str:
    symbol = {"CNY": "¥", "USD": "US$", "EUR": "€", "HKD": "HK$", "JPY": "JP¥"}.get(currency)
    amount = format_money(from_fen(abs(fen)))
    sign = "-" if fen < 0 else ""
    return f"{sign}{symbol}{amount}" if symbol else f"{sign}{currency} {amount}"


def decimal_of(fen: int) -> Decimal:
    return from_fen(fen)
