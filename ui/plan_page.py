"""The instalment-plan page (还款计划) of the account window."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QGroupBox, QSplitter, QVBoxLayout

from app import instalments
from app.instalments import PlanStatus
from ui.collection_page import HINT_STYLE, CollectionPage, label, table
from ui.customer_card import ERROR_STYLE
from ui.ledger_model import money_text
from ui.plan_dialogs import CancelPlanDialog, PlanDialog
from ui.plan_models import InstalmentsModel, PlansModel

if TYPE_CHECKING:
    from ui.account_window import AccountWindow

# --- 4. instalment plans --------------------------------------------------------------------


class PlansPage(CollectionPage):
    """Instalment plans (还款计划) with their progress; the selected plan's
    instalments below."""

    def __init__(self, account: AccountWindow) -> None:
        super().__init__(account)
        self.setObjectName("plansPage")
        self.new_action = self.action(
            self.tr("New plan…"),
            self.new_plan,
            "newPlan",
            self.tr("Write down the instalments the customer agreed to"),
        )
        self.cancel_action = self.action(
            self.tr("Cancel plan…"),
            self.cancel_selected,
            "cancelPlan",
            self.tr("Cancel the selected plan, with the reason"),
        )
        self.next_label = label("nextInstalment")
        font = self.next_label.font()
        font.setBold(True)
        self.next_label.setFont(font)
        self.body.addWidget(self.next_label)
        self.model = PlansModel(self)
        self.view = table(self.model, "plansView", (100, 150, 110, 110, 110, 170))
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.instalments_model = InstalmentsModel(self)
        self.instalments_view = table(
            self.instalments_model, "instalmentsView", (60, 100, 110, 110, 110)
        )
        self.instalments_box = QGroupBox()
        box_layout = QVBoxLayout(self.instalments_box)
        box_layout.setContentsMargins(4, 4, 4, 4)
        box_layout.addWidget(self.instalments_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.instalments_box)
        self.body.addWidget(splitter, 1)

    def title(self) -> str:
        return self.tr("Instalment plans")

    def load(self, today: date) -> None:
        keep = self._keep if self._keep is not None else self.selected_id(self.view, self.model)
        self._keep = None
        rows = instalments.plans_for(self.customer_id, today)
        self.model.set_rows(rows)
        self.select(self.view, self.model, keep)
        self._show_plan()
        active = next((p for p in rows if p.status == "active"), None)
        if active is not None and active.next_due_on is not None:
            amount = money_text(active.next_amount or Decimal("0.00"), self.account.currency)
            if active.next_due_on < today:
                text = self.tr("Instalment overdue: {amount} was due on {date}")
            else:
                text = self.tr("Next instalment: {amount} due on {date}")
            self.next_label.setText(text.format(amount=amount, date=active.next_due_on.isoformat()))
            self.next_label.setStyleSheet(ERROR_STYLE if active.overdue > 0 else "")
        else:
            self.next_label.setText(self.tr("No active instalment plan."))
            self.next_label.setStyleSheet(HINT_STYLE)

    def selected_plan(self) -> PlanStatus | None:
        row = self.selected_row(self.view)
        return self.model.row(row) if row is not None else None

    def _selection_changed(self, *_args: Any) -> None:
        self._show_plan()
        self.update_actions()

    def _show_plan(self) -> None:
        plan = self.selected_plan()
        self.instalments_model.set_rows(plan.instalments if plan else [])
        self.instalments_box.setTitle(
            self.tr("Instalments of the plan agreed on {date}").format(
                date=plan.agreed_on.isoformat()
            )
            if plan
            else self.tr("Instalments")
        )

    def possible(self) -> dict[QAction, tuple[bool, str]]:
        plan = self.selected_plan()
        return {
            self.new_action: (True, ""),
            self.cancel_action: (
                plan is not None and plan.status != "cancelled",
                self.tr("Select a plan that is not cancelled."),
            ),
        }

    def new_plan(self) -> PlanDialog | None:
        if not self.can_write():
            return None
        summary = self.account.last_summary
        dialog = PlanDialog(
            self.customer_id,
            balance=summary.balance if summary else Decimal("0.00"),
            currency=self.account.currency,
            parent=self.account,
        )
        self.open_dialog(dialog)
        return dialog

    def cancel_selected(self) -> CancelPlanDialog | None:
        plan = self.selected_plan()
        if not self.can_write() or plan is None or plan.status == "cancelled":
            return None
        dialog = CancelPlanDialog(plan, currency=self.account.currency, parent=self.account)
        self.open_dialog(dialog)
        return dialog


__all__ = ["PlansPage"]
