"""Table models of the warning-signs and late-charges pages: the flags the
admin set, the signs derived from the ledger, and the late-payment charges
computed as of a date."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtGui import QBrush, QFont

from app import choices
from app.late_charges import DAILY, ChargeLine
from app.money import format_money
from app.warning_signs import DerivedSign, FlagRow
from ui.collection_models import RED, RowsModel, grey
from ui.i18n import tr_app

# --- warning signs --------------------------------------------------------------------


class FlagsModel(RowsModel[FlagRow]):
    """Warning signs the admin flagged, open and cleared, latest first."""

    COL_SIGN, COL_FLAGGED, COL_NOTE, COL_CLEARED, COL_CLEAR_NOTE = range(5)

    def headers(self) -> list[str]:
        return [
            self.tr("Sign"),
            self.tr("Flagged on"),
            self.tr("Note"),
            self.tr("Cleared on"),
            self.tr("Why cleared"),
        ]

    def text(self, row: FlagRow, column: int) -> str:
        if column == self.COL_SIGN:
            return tr_app(choices.WARNING_SIGN.get(row.sign, row.sign))
        if column == self.COL_FLAGGED:
            return row.flagged_on.isoformat()
        if column == self.COL_NOTE:
            return row.note
        if column == self.COL_CLEARED:
            return row.cleared_on.isoformat() if row.cleared_on else self.tr("Open")
        if column == self.COL_CLEAR_NOTE:
            return row.clear_note
        return ""

    def foreground(self, row: FlagRow, column: int) -> QBrush | None:
        if row.cleared_on is not None:
            return grey()
        if column in (self.COL_SIGN, self.COL_CLEARED):
            return QBrush(RED)
        return None


class DerivedSignsModel(RowsModel[DerivedSign]):
    """The signs computed from the ledger, promises and plans, with why."""

    COL_SIGN, COL_EXPLANATION, COL_SOURCE = range(3)

    def row_id(self, row: DerivedSign) -> int:
        return list(choices.DERIVED_SIGN).index(row.key) if row.key in choices.DERIVED_SIGN else -1

    def headers(self) -> list[str]:
        return [self.tr("Sign"), self.tr("Why"), self.tr("Source")]

    def text(self, row: DerivedSign, column: int) -> str:
        if column == self.COL_SIGN:
            return tr_app(choices.DERIVED_SIGN.get(row.key, row.key))
        if column == self.COL_EXPLANATION:
            return tr_app(row.template, **row.params)
        if column == self.COL_SOURCE:
            return self.tr("Computed")
        return ""

    def tooltip(self, row: DerivedSign, column: int) -> str | None:
        if column == self.COL_SOURCE:
            return self.tr(
                "Computed from the ledger, the promises and the instalment plans each time "
                "the account is shown; it goes away when the cause does"
            )
        return super().tooltip(row, column)

    def foreground(self, row: DerivedSign, column: int) -> QBrush | None:
        if column == self.COL_SIGN:
            return QBrush(RED)
        if column == self.COL_SOURCE:
            return grey()
        return None

    def font(self, row: DerivedSign, column: int) -> QFont | None:
        if column == self.COL_SOURCE:
            font = QFont()
            font.setItalic(True)
            return font
        return None


# --- late-payment charges -------------------------------------------------------------


class LateChargesModel(RowsModel[ChargeLine]):
    """The charges computed as of a date, one line per invoice or letter; not
    posted."""

    COL_WHAT, COL_FROM, COL_TO, COL_BASE, COL_DAYS, COL_AMOUNT = range(6)
    MONEY_COLUMNS = (COL_BASE, COL_DAYS, COL_AMOUNT)

    def row_id(self, row: ChargeLine) -> int:
        return row.debt_id if row.debt_id is not None else -(row.letter_log_id or 0)

    def headers(self) -> list[str]:
        return [
            self.tr("Invoice or letter"),
            self.tr("From"),
            self.tr("To"),
            self.tr("Base"),
            self.tr("Days"),
            self.tr("Charge"),
        ]

    def text(self, row: ChargeLine, column: int) -> str:
        if column == self.COL_WHAT:
            if row.kind == DAILY:
                return row.number or self.tr("Invoice without a number")
            return self.tr("Level {level} letter").format(level=row.level)
        if column == self.COL_FROM:
            return row.from_date.isoformat()
        if column == self.COL_TO:
            return row.to_date.isoformat()
        if column == self.COL_BASE:
            return format_money(row.base)
        if column == self.COL_DAYS:
            return str(row.days) if row.kind == DAILY else ""
        if column == self.COL_AMOUNT:
            return format_money(row.amount)
        return ""

    def tooltip(self, row: ChargeLine, column: int) -> str | None:
        if row.kind != DAILY:
            return self.tr("The fee of a level {level} dunning letter sent on {date}").format(
                level=row.level, date=row.from_date.isoformat()
            )
        lines = [
            self.tr("{first} to {last}: %n day(s) on {base}", "", p.days).format(
                first=p.first_day.isoformat(),
                last=p.last_day.isoformat(),
                base=format_money(p.base),
            )
            for p in row.periods
        ]
        if row.days < (row.to_date - row.from_date).days:
            lines.append(self.tr("Days with nothing open or on hold are not charged."))
        return "\n".join(lines) or None

    def total(self) -> Decimal:
        return sum((r.amount for r in self._rows), Decimal("0.00"))


__all__ = ["DerivedSignsModel", "FlagsModel", "LateChargesModel"]
