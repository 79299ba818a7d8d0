"""Exact money: integer fen in the database, Decimal in Python, never float."""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

FEN = Decimal("0.01")
_CURRENCY_MARKS = re.compile(r"(?i)^(rmb|cny)|[¥￥元\s]|(rmb|cny)$")
# A comma only groups thousands: "1,5" (a European decimal comma) must not become 15.
_GROUPED = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d*)?")


class MoneyFormatError(ValueError):
    """Text that is not an amount of money; ``reason`` is a translatable template."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


def parse_money(text: str | Decimal | int) -> Decimal:
    """Parse what a person types: ``1,234.5``, ``￥１２３４.５０``, ``100元``.

    Full-width digits are accepted; more than two decimals is an error, not a
    silent rounding.
    """
    from app.i18n import QT_TRANSLATE_NOOP

    if isinstance(text, float):
        raise TypeError("money is never a float: pass a str, Decimal or int")
    if isinstance(text, bool):
        raise MoneyFormatError(QT_TRANSLATE_NOOP("app", "Not an amount of money"))
    if isinstance(text, int):
        return Decimal(text).quantize(FEN)
    if isinstance(text, Decimal):
        value = text
    else:
        cleaned = unicodedata.normalize("NFKC", text).strip()
        cleaned = _CURRENCY_MARKS.sub("", cleaned)
        if "," in cleaned:
            if not _GROUPED.fullmatch(cleaned):
                raise MoneyFormatError(
                    QT_TRANSLATE_NOOP(
                        "app", "Use a comma only between thousands and a point for decimals"
                    )
                )
            cleaned = cleaned.replace(",", "")
        if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", cleaned):
            raise MoneyFormatError(
                QT_TRANSLATE_NOOP("app", "Not an amount of money: use digits, e.g. 1234.50")
            )
        try:
            value = Decimal(cleaned)
        except InvalidOperation as exc:  # pragma: no cover - regex guards this
            raise MoneyFormatError(QT_TRANSLATE_NOOP("app", "Not an amount of money")) from exc
    if not value.is_finite():
        raise MoneyFormatError(QT_TRANSLATE_NOOP("app", "Not an amount of money"))
    # Size first: quantize() of a number longer than the context precision raises.
    if abs(value) >= Decimal("1e15"):
        raise MoneyFormatError(QT_TRANSLATE_NOOP("app", "The amount is too large"))
    if value != value.quantize(FEN, rounding=ROUND_HALF_UP):
        raise MoneyFormatError(
            QT_TRANSLATE_NOOP("app", "At most two decimals: money is counted to the fen (0.01)")
        )
    return value.quantize(FEN)


def to_fen(amount: Decimal) -> int:
    return int((amount.quantize(FEN, rounding=ROUND_HALF_UP) * 100).to_integral_value())


def from_fen(fen: int) -> Decimal:
    return (Decimal(fen) / 100).quantize(FEN)


def format_money(amount: Decimal | None) -> str:
    """``1234.5`` -> ``1,234.50``; None -> ``""``."""
    if amount is None:
        return ""
    return f"{amount.quantize(FEN, rounding=ROUND_HALF_UP):,.2f}"
