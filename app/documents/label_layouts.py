"""The geometry of label sheets: page size, grid, label size, margins and gaps,
all in millimetres as the makers print them on the packet.

The built-in layouts are common stock sheets (Avery codes in brackets); a
printer that feeds the sheet a little off is corrected with
``layout_with_margins``, which refuses margins that would push labels off the
sheet rather than printing half an address on the backing paper.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from reportlab.lib.units import mm

from app.errors import FieldIssue, ValidationError
from app.i18n import QT_TRANSLATE_NOOP

A4_MM = (210.0, 297.0)
LETTER_MM = (215.9, 279.4)

#: Rounding slack: makers quote sizes to 0.05 mm, so sums can miss by a hair.
_SLACK_MM = 0.05


@dataclass(frozen=True)
class LabelLayout:
    """One sheet of labels. Positions are numbered 1.. row by row, left to
    right, as a person counts them on the sheet."""

    key: str
    label: str  # English name, marked for translation
    page_width: float
    page_height: float
    columns: int
    rows: int
    label_width: float
    label_height: float
    top: float
    left: float
    h_gap: float = 0.0  # between columns
    v_gap: float = 0.0  # between rows

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    @property
    def page_size(self) -> tuple[float, float]:
        """The page in points, for reportlab."""
        return (self.page_width * mm, self.page_height * mm)

    def rect(self, position: int) -> tuple[float, float, float, float]:
        """The label at *position* (1-based on its sheet) as PDF points
        ``(x0, y0, x1, y1)``, origin bottom left."""
        if not 1 <= position <= self.per_sheet:
            raise IndexError(position)
        row, column = divmod(position - 1, self.columns)
        x0 = self.left + column * (self.label_width + self.h_gap)
        top = self.top + row * (self.label_height + self.v_gap)
        y1 = self.page_height - top
        return (
            x0 * mm,
            (y1 - self.label_height) * mm,
            (x0 + self.label_width) * mm,
            y1 * mm,
        )


LAYOUTS: dict[str, LabelLayout] = {
    layout.key: layout
    for layout in (
        # 24 labels 70 x 37 mm, edge to edge (Avery 3474 and its many copies).
        LabelLayout(
            "a4-3x8",
            QT_TRANSLATE_NOOP("app", "A4, 3 x 8 labels of 70 x 37 mm (e.g. Avery 3474)"),
            *A4_MM,
            columns=3,
            rows=8,
            label_width=70.0,
            label_height=37.0,
            top=0.5,
            left=0.0,
        ),
        # 21 labels 63.5 x 38.1 mm (Avery L7160).
        LabelLayout(
            "a4-3x7",
            QT_TRANSLATE_NOOP("app", "A4, 3 x 7 labels of 63.5 x 38.1 mm (e.g. Avery L7160)"),
            *A4_MM,
            columns=3,
            rows=7,
            label_width=63.5,
            label_height=38.1,
            top=15.15,
            left=7.25,
            h_gap=2.5,
        ),
        # 14 labels 99.1 x 38.1 mm (Avery L7163).
        LabelLayout(
            "a4-2x7",
            QT_TRANSLATE_NOOP("app", "A4, 2 x 7 labels of 99.1 x 38.1 mm (e.g. Avery L7163)"),
            *A4_MM,
            columns=2,
            rows=7,
            label_width=99.1,
            label_height=38.1,
            top=15.15,
            left=4.65,
            h_gap=2.5,
        ),
        # 30 labels 2 5/8 x 1 in on US Letter (Avery 5160).
        LabelLayout(
            "letter-3x10",
            QT_TRANSLATE_NOOP("app", "Letter, 3 x 10 labels of 2 5/8 x 1 in (e.g. Avery 5160)"),
            *LETTER_MM,
            columns=3,
            rows=10,
            label_width=66.675,
            label_height=25.4,
            top=12.7,
            left=4.7625,
            h_gap=3.175,
        ),
    )
}

_PAST_RIGHT = QT_TRANSLATE_NOOP(
    "app",
    "Too large: the labels would run {over} mm past the right edge of the sheet; "
    "at most {largest} mm fits",
)
_PAST_BOTTOM = QT_TRANSLATE_NOOP(
    "app",
    "Too large: the labels would run {over} mm past the bottom edge of the sheet; "
    "at most {largest} mm fits",
)

MarginValue = float | int | Decimal | str | None


def layout_with_margins(
    layout: LabelLayout,
    *,
    top: MarginValue = None,
    left: MarginValue = None,
    h_gap: MarginValue = None,
    v_gap: MarginValue = None,
) -> LabelLayout:
    """*layout* with the margins and gaps given (mm; None keeps the layout's).

    Raises ``ValidationError`` naming the field when a value is not a number,
    is negative, or would push the labels off the sheet (the message says the
    largest value that fits)."""
    issues: list[FieldIssue] = []
    given = {"top": top, "left": left, "h_gap": h_gap, "v_gap": v_gap}
    values: dict[str, float] = {}
    for name, raw in given.items():
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            continue
        number = _millimetres(raw)
        if number is None:
            issues.append(
                FieldIssue(name, QT_TRANSLATE_NOOP("app", "Must be a number of millimetres"))
            )
        elif number < 0:
            issues.append(FieldIssue(name, QT_TRANSLATE_NOOP("app", "Cannot be negative")))
        else:
            values[name] = number
    if issues:
        raise ValidationError(issues)
    changed = replace(layout, **values)
    if changed.columns < 2:
        values.pop("h_gap", None)
    if changed.rows < 2:
        values.pop("v_gap", None)
    across = changed.columns * changed.label_width + (changed.columns - 1) * changed.h_gap
    down = changed.rows * changed.label_height + (changed.rows - 1) * changed.v_gap
    over_x = changed.left + across - changed.page_width
    over_y = changed.top + down - changed.page_height
    axes = (
        (over_x, ("left", "h_gap"), changed.columns - 1, _PAST_RIGHT),
        (over_y, ("top", "v_gap"), changed.rows - 1, _PAST_BOTTOM),
    )
    for over, names, gaps, template in axes:
        if over <= _SLACK_MM:
            continue
        for name in names:
            if name not in values:
                continue
            per_unit = gaps if name.endswith("gap") else 1
            largest = max(0.0, values[name] - over / per_unit)
            params = {"over": _mm_text(over), "largest": _mm_text(math.floor(largest * 100) / 100)}
            issues.append(FieldIssue(name, template, params))
    if issues:
        raise ValidationError(issues)
    return changed


def _millimetres(raw: float | int | Decimal | str) -> float | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, str):
        folded = unicodedata.normalize("NFKC", raw).strip().removesuffix("mm").strip()
        if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", folded):
            return None
        raw = folded
    try:
        number = float(Decimal(str(raw)))
    except (InvalidOperation, ValueError):
        return None
    return number if math.isfinite(number) else None


def _mm_text(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")
