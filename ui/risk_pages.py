"""The warning-signs (风险预警) and late-charges (违约金) pages of the account
window."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from peewee import OperationalError
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QGroupBox,
    QLabel,
    QSplitter,
    QVBoxLayout,
)

from app import choices, late_charges
from app import warning_signs as signs
from app.customers import load_customer
from app.errors import KnownError, NeedsConfirmation, ValidationError
from app.late_charges import DAILY, PER_REMINDER, ChargeLine, LateCharges
from app.warning_signs import FlagRow
from ui.collection_dialogs import ConfirmDialog, qdate
from ui.collection_page import HINT_STYLE, CollectionPage, label, table
from ui.customer_card import ERROR_STYLE, WARNING_STYLE
from ui.i18n import issue_text, tr_app
from ui.ledger_model import money_text
from ui.risk_dialogs import ClearFlagDialog, FlagDialog, WaiveDialog
from ui.risk_models import DerivedSignsModel, FlagsModel, LateChargesModel

if TYPE_CHECKING:
    from ui.account_window import AccountWindow

# --- 5. warning signs -----------------------------------------------------------------------


class SignsPage(CollectionPage):
    """Warning signs (风险预警): the ones the admin flagged, and the ones the
    app computes from the ledger, promises and plans."""

    def __init__(self, account: AccountWindow) -> None:
        super().__init__(account)
        self.setObjectName("warningSignsPage")
        self.open_count = 0
        self.flag_action = self.action(
            self.tr("Flag a sign…"),
            self.flag_sign,
            "flagSign",
            self.tr("Write down a warning sign you saw, e.g. key staff changed"),
        )
        self.clear_action = self.action(
            self.tr("Clear…"),
            self.clear_selected,
            "clearSign",
            self.tr("The selected sign is gone or was a false alarm"),
        )
        flagged_box = QGroupBox(self.tr("Flagged by you"))
        flagged_layout = QVBoxLayout(flagged_box)
        flagged_layout.setContentsMargins(4, 4, 4, 4)
        self.flags_model = FlagsModel(self)
        self.flags_view = table(self.flags_model, "flagsView", (300, 100, 220, 100))
        self.flags_view.selectionModel().selectionChanged.connect(self.update_actions)
        flagged_layout.addWidget(self.flags_view)
        derived_box = QGroupBox(self.tr("Computed from the ledger"))
        derived_layout = QVBoxLayout(derived_box)
        derived_layout.setContentsMargins(4, 4, 4, 4)
        hint = label("derivedHint", HINT_STYLE)
        hint.setText(
            self.tr(
                "Worked out each time from the payments, promises and instalment plans: "
                "slower payment, broken promises, over the credit limit, missed instalments. "
                "They cannot be cleared by hand; they go when the cause goes."
            )
        )
        derived_layout.addWidget(hint)
        self.derived_model = DerivedSignsModel(self)
        self.derived_view = table(self.derived_model, "derivedSignsView", (260, 420))
        self.derived_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        derived_layout.addWidget(self.derived_view)
        self.none_label = label("derivedNone", HINT_STYLE)
        self.none_label.setText(self.tr("None at the moment."))
        derived_layout.addWidget(self.none_label)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(flagged_box)
        splitter.addWidget(derived_box)
        self.body.addWidget(splitter, 1)

    def title(self) -> str:
        if self.open_count:
            return self.tr("Warning signs (%n)", "", self.open_count)
        return self.tr("Warning signs")

    def load(self, today: date) -> None:
        keep = (
            self._keep
            if self._keep is not None
            else self.selected_id(self.flags_view, self.flags_model)
        )
        self._keep = None
        flags = signs.all_flags(self.customer_id)
        derived = signs.derived_signs(self.customer_id, today)
        self.flags_model.set_rows(flags)
        self.select(self.flags_view, self.flags_model, keep)
        self.derived_model.set_rows(derived)
        self.derived_view.setVisible(bool(derived))
        self.none_label.setVisible(not derived)
        self.open_count = sum(1 for f in flags if f.cleared_on is None) + len(derived)

    def selected_flag(self) -> FlagRow | None:
        row = self.selected_row(self.flags_view)
        return self.flags_model.row(row) if row is not None else None

    def possible(self) -> dict[QAction, tuple[bool, str]]:
        flag = self.selected_flag()
        return {
            self.flag_action: (True, ""),
            self.clear_action: (
                flag is not None and flag.cleared_on is None,
                self.tr("Select a flagged sign that is still open."),
            ),
        }

    def flag_sign(self) -> FlagDialog | None:
        if not self.can_write():
            return None
        dialog = FlagDialog(self.customer_id, parent=self.account)
        self.open_dialog(dialog)
        return dialog

    def clear_selected(self) -> ClearFlagDialog | None:
        flag = self.selected_flag()
        if not self.can_write() or flag is None or flag.cleared_on is not None:
            return None
        dialog = ClearFlagDialog(flag, parent=self.account)
        self.open_dialog(dialog)
        return dialog


# --- 6. late-payment charges ----------------------------------------------------------------


class LateChargesPage(CollectionPage):
    """Late-payment charges (违约金) under the card's terms, computed as of a
    date and shown apart from the principal: nothing is on the ledger until
    the admin posts them; they can be waived instead."""

    def __init__(self, account: AccountWindow) -> None:
        super().__init__(account)
        self.setObjectName("lateChargesPage")
        self.charges: LateCharges | None = None
        as_of_label = QLabel(self.tr("As of"))
        as_of_label.setContentsMargins(4, 0, 6, 0)
        self.toolbar.addWidget(as_of_label)
        self.as_of = QDateEdit()
        self.as_of.setObjectName("chargesAsOf")
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.as_of.setDate(qdate(date.today()))
        self.toolbar.addWidget(self.as_of)
        self.toolbar.addSeparator()
        self.post_action = self.action(
            self.tr("Post charges…"),
            self.post_charges,
            "postCharges",
            self.tr("Post the selected charges (or all) to the ledger, after confirming"),
        )
        self.waive_action = self.action(
            self.tr("Waive…"),
            self.waive,
            "waiveCharges",
            self.tr("Waive the selected charges (or all), with the reason"),
        )
        self.terms = label("chargeTerms")
        self.body.addWidget(self.terms)
        self.model = LateChargesModel(self)
        self.view = table(self.model, "lateChargesView", (160, 100, 100, 120, 70, 120))
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.selectionModel().selectionChanged.connect(self.update_actions)
        self.body.addWidget(self.view, 1)
        self.total = label("chargesTotal")
        font = self.total.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.total.setFont(font)
        self.body.addWidget(self.total)
        self.message = label("chargesMessage", ERROR_STYLE)
        self.message.hide()
        self.body.addWidget(self.message)
        self.as_of.dateChanged.connect(lambda _d: self.reload())

    def title(self) -> str:
        return self.tr("Late charges")

    def as_of_date(self) -> date:
        return self.as_of.date().toPython()

    def load(self, today: date) -> None:
        self.charges = None
        self.model.set_rows([])
        customer = load_customer(self.customer_id)
        mode = customer.late_fee_mode
        if mode not in (DAILY, PER_REMINDER):
            self.terms.setText(
                self.tr(
                    "This customer has no late-payment charge terms. Set them on the customer "
                    "card, tab “Payment and credit”, under “Late-payment charges”."
                )
            )
            self.terms.setStyleSheet(HINT_STYLE)
            self.total.hide()
            return
        if mode == DAILY:
            terms = self.tr("{mode}: {rate} % per day of the amount overdue").format(
                mode=tr_app(choices.LATE_FEE_MODE[DAILY]), rate=customer.late_fee_daily_rate
            )
        else:
            terms = self.tr("{mode}: {fees} by dunning letter level (1, 2, 3, …)").format(
                mode=tr_app(choices.LATE_FEE_MODE[PER_REMINDER]),
                fees=customer.late_fee_per_level or "—",
            )
        self.terms.setText(self.tr("Terms on the card: {terms}").format(terms=terms))
        self.terms.setStyleSheet("")
        as_of = self.as_of_date()
        self.charges = late_charges.compute(self.customer_id, as_of)
        self.model.set_rows(self.charges.lines)
        total = money_text(self.charges.total, self.charges.currency)
        if self.charges.lines:
            self.total.setText(
                self.tr(
                    "Total {total} as of {date}: computed, not posted. The balance above "
                    "does not include it until the charges are posted."
                ).format(total=total, date=as_of.isoformat())
            )
            self.total.setStyleSheet(WARNING_STYLE)
        else:
            self.total.setText(
                self.tr("No late-payment charge to post or waive as of {date}.").format(
                    date=as_of.isoformat()
                )
            )
            self.total.setStyleSheet(HINT_STYLE)
        self.total.show()

    def chosen_lines(self) -> list[ChargeLine]:
        """The selected lines, or all of them when none is selected."""
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        lines = self.model.rows()
        return [lines[r] for r in rows if 0 <= r < len(lines)] or lines

    def possible(self) -> dict[QAction, tuple[bool, str]]:
        some = self.model.rowCount() > 0
        why = self.tr("There is no charge to post or waive at this date.")
        return {self.post_action: (some, why), self.waive_action: (some, why)}

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def post_charges(self) -> bool:
        """Post the chosen charges after the admin confirmed the domain's
        statement of what is posted; True when posted."""
        self._say("")
        lines = self.chosen_lines()
        if not self.can_write() or not lines:
            return False
        as_of = self.as_of_date()
        try:
            late_charges.post(self.customer_id, as_of, lines=lines, confirm=False)
        except NeedsConfirmation as exc:
            dialog = ConfirmDialog(
                title=self.tr("Post late-payment charges"),
                lines=[issue_text(w) for w in exc.warnings],
                question=self.tr("Post them to the ledger now?"),
                ok_text=self.tr("Post charges"),
                parent=self.account,
            )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            try:
                late_charges.post(self.customer_id, as_of, lines=lines, confirm=True)
            except (KnownError, ValidationError, NeedsConfirmation, OperationalError) as again:
                return self._not_done(again)
        except (KnownError, ValidationError, OperationalError) as exc:
            return self._not_done(exc)
        self.written()
        return True

    def _not_done(self, exc: Exception) -> bool:
        self.reload()
        self._say(self.tr("Not posted: {reason}").format(reason=self._reason(exc)))
        return False

    def waive(self) -> WaiveDialog | None:
        self._say("")
        lines = self.chosen_lines()
        if not self.can_write() or not lines:
            return None
        dialog = WaiveDialog(
            self.customer_id,
            as_of=self.as_of_date(),
            lines=lines,
            currency=self.account.currency,
            parent=self.account,
        )
        self.open_dialog(dialog)
        return dialog


__all__ = ["LateChargesPage", "SignsPage"]
