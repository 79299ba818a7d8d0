"""The dialogs of the warning-signs and late-charges pages: flag a sign,
clear it, waive late-payment charges."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from app import choices, late_charges
from app import warning_signs as signs
from app.late_charges import ChargeLine
from app.warning_signs import FlagRow
from ui.collection_dialogs import CollectionDialog, bold
from ui.fields import ChoiceCombo
from ui.i18n import tr_app
from ui.ledger_model import money_text

# --- warning signs --------------------------------------------------------------------


class FlagDialog(CollectionDialog):
    """Flag a warning sign (风险预警) the admin saw."""

    def __init__(self, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Flag a warning sign"), parent)
        self.setObjectName("flagDialog")
        self.customer_id = customer_id
        self.sign = ChoiceCombo(choices.WARNING_SIGN)
        self.add_field("sign", self.tr("Sign *"), self.sign)
        self.flagged_on = self.date_edit("flagged_on", self.tr("Seen on *"))
        self.note = self.line("note", self.tr("Note"), self.tr("what you saw or heard, from whom"))
        self.ok_button.setText(self.tr("Flag"))
        self.note.setFocus()

    def post(self, *, confirm: bool) -> int:
        return signs.flag(
            self.customer_id,
            sign=self.sign.value(),
            flagged_on=self.flagged_on.date().toPython(),
            note=self.note.text(),
        )


class ClearFlagDialog(CollectionDialog):
    """Clear a flag: the sign is gone, or was a false alarm."""

    def __init__(self, flag: FlagRow, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Clear a warning sign"), parent)
        self.setObjectName("clearFlagDialog")
        self.flag = flag
        what = QLabel(
            self.tr("{sign}, flagged on {date}").format(
                sign=tr_app(choices.WARNING_SIGN.get(flag.sign, flag.sign)),
                date=flag.flagged_on.isoformat(),
            )
        )
        what.setTextFormat(Qt.TextFormat.PlainText)
        what.setWordWrap(True)
        self.form.addRow(self.tr("Sign"), what)
        self.cleared_on = self.date_edit("cleared_on", self.tr("Cleared on *"))
        self.note = self.line(
            "clear_note", self.tr("Why"), self.tr("e.g. new manager met, pays on time again")
        )
        self.ok_button.setText(self.tr("Clear"))
        self.note.setFocus()

    def post(self, *, confirm: bool) -> int:
        signs.clear(
            self.flag.id, cleared_on=self.cleared_on.date().toPython(), note=self.note.text()
        )
        return self.flag.id


# --- late-payment charges -------------------------------------------------------------


class WaiveDialog(CollectionDialog):
    """Waive late-payment charges (减免违约金) through a date, with the reason."""

    def __init__(
        self,
        customer_id: int,
        *,
        as_of: date,
        lines: Sequence[ChargeLine],
        currency: str = "CNY",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Waive late-payment charges"), parent)
        self.setObjectName("waiveDialog")
        self.customer_id = customer_id
        self.as_of = as_of
        self.lines = list(lines)
        total = sum((line.amount for line in self.lines), Decimal("0.00"))
        what = QLabel(
            self.tr(
                "%n charge(s), {amount} in all, computed as of {date}", "", len(self.lines)
            ).format(amount=money_text(total, currency), date=as_of.isoformat())
        )
        what.setObjectName("waiveWhat")
        what.setTextFormat(Qt.TextFormat.PlainText)
        bold(what)
        self.form.addRow(self.tr("Waives"), what)
        self.reason = self.line(
            "reason", self.tr("Reason *"), self.tr("e.g. settlement agreed, long-standing customer")
        )
        self.note_label(
            self.tr(
                "Nothing is posted to the ledger. The days up to this date are not charged "
                "again; later days are."
            )
        )
        self.ok_button.setText(self.tr("Waive"))
        self.reason.setFocus()

    def post(self, *, confirm: bool) -> int:
        marks = late_charges.waive(
            self.customer_id, self.as_of, reason=self.reason.text(), lines=self.lines
        )
        return len(marks)


__all__ = ["ClearFlagDialog", "FlagDialog", "WaiveDialog"]
