"""The collection pages of the customer account window: the collection log,
promises to pay, balance confirmations, instalment plans, warning signs and
late-payment charges.

``add_collection_tabs(window)`` adds them after the account's own tabs. They
are read again whenever the window is refreshed (F5) or its account changes
(``account_changed``); after a write here the window reloads (header figures,
ledger) and emits ``account_changed`` so the main window refreshes its lists.
An archived customer's pages are read-only, like its ledger."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from peewee import OperationalError
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPlainTextEdit

from app import collection_log, confirmations, promises
from app.collection_log import LogRow
from app.confirmations import ConfirmationRow
from app.customers import load_customer
from app.errors import KnownError
from ui.collection_dialogs import (
    ConfirmationReplyDialog,
    ConfirmationSentDialog,
    LogEntryDialog,
    PromiseDialog,
)
from ui.collection_models import ConfirmationsModel, LogModel, PromisesModel
from ui.collection_page import HINT_STYLE, CollectionPage, label, table
from ui.customer_card import ERROR_STYLE, WARNING_STYLE
from ui.i18n import tr_app
from ui.plan_page import PlansPage
from ui.risk_pages import LateChargesPage, SignsPage

if TYPE_CHECKING:
    from ui.account_window import AccountWindow

# --- 1. the collection log ------------------------------------------------------------------


class LogPage(CollectionPage):
    """The collection log (催款记录), newest first. Entries are never edited or
    deleted: a mistake is corrected by a new entry referring to the old one."""

    def __init__(self, account: AccountWindow) -> None:
        super().__init__(account)
        self.setObjectName("collectionLogPage")
        self.new_action = self.action(
            self.tr("New entry…"),
            self.new_entry,
            "newLogEntry",
            self.tr("Record a call, visit, letter or message about the debts"),
        )
        self.correct_action = self.action(
            self.tr("Correct…"),
            self.correct_selected,
            "correctLogEntry",
            self.tr("Add a correction of the selected entry; the original stays in the log"),
        )
        hint = label("logHint", HINT_STYLE)
        hint.setText(
            self.tr(
                "The log is evidence in a dispute: entries cannot be edited or deleted. "
                "A mistake is corrected by a new entry; the original stays, struck through."
            )
        )
        self.body.addWidget(hint)
        self.model = LogModel(self)
        self.view = table(self.model, "collectionLogView", (150, 92, 110, 110, 170, 240, 120))
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("logDetail")
        self.detail.setReadOnly(True)
        self.detail.setMaximumHeight(110)
        self.detail.setPlaceholderText(self.tr("Select an entry to read it in full."))
        self.body.addWidget(self.view, 1)
        self.body.addWidget(self.detail)

    def title(self) -> str:
        return self.tr("Collection log")

    def load(self, today: date) -> None:
        keep = self._keep if self._keep is not None else self.selected_id(self.view, self.model)
        self._keep = None
        self.model.set_rows(collection_log.list_entries(self.customer_id))
        self.select(self.view, self.model, keep)
        self._show_detail()

    def selected_entry(self) -> LogRow | None:
        row = self.selected_row(self.view)
        return self.model.row(row) if row is not None else None

    def possible(self) -> dict[QAction, tuple[bool, str]]:
        entry = self.selected_entry()
        return {
            self.new_action: (True, ""),
            self.correct_action: (
                entry is not None and entry.corrected_by_id is None,
                self.tr("Select an entry that is not corrected yet (correct its correction)."),
            ),
        }

    def _selection_changed(self, *_args: Any) -> None:
        self._show_detail()
        self.update_actions()

    def _show_detail(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            self.detail.clear()
            return
        head = f"#{entry.id}  {entry.contact_date.isoformat()}  " + " · ".join(
            self.model.text(entry, c)
            for c in (LogModel.COL_CHANNEL, LogModel.COL_PERSON, LogModel.COL_OUTCOME)
            if self.model.text(entry, c)
        )
        lines = [head]
        if entry.excuse:
            lines.append(
                self.tr("Excuse: {excuse}").format(
                    excuse=self.model.text(entry, LogModel.COL_EXCUSE)
                )
            )
        if entry.counter_measure:
            lines.append(
                self.tr("Counter-measure: {text}").format(text=tr_app(entry.counter_measure))
            )
        if entry.said:
            lines.append(self.tr("What they said: {text}").format(text=entry.said))
        if entry.notes:
            lines.append(self.tr("Notes: {text}").format(text=entry.notes))
        status = self.model.tooltip(entry, LogModel.COL_NO)
        if status:
            lines.append(status)
        self.detail.setPlainText("\n".join(lines))

    def _people(self) -> list[str]:
        try:
            return [c.name for c in load_customer(self.customer_id).contacts if c.name]
        except (KnownError, OperationalError):
            return []

    def new_entry(self) -> LogEntryDialog | None:
        if not self.can_write():
            return None
        dialog = LogEntryDialog(self.customer_id, people=self._people(), parent=self.account)
        self.open_dialog(dialog)
        return dialog

    def correct_selected(self) -> LogEntryDialog | None:
        entry = self.selected_entry()
        if not self.can_write() or entry is None or entry.corrected_by_id is not None:
            return None
        dialog = LogEntryDialog(
            self.customer_id, original=entry, people=self._people(), parent=self.account
        )
        self.open_dialog(dialog)
        return dialog


# --- 2. promises to pay ---------------------------------------------------------------------


class PromisesPage(CollectionPage):
    """Promises to pay (承诺付款) and whether they were kept."""

    def __init__(self, account: AccountWindow) -> None:
        super().__init__(account)
        self.setObjectName("promisesPage")
        self.new_action = self.action(
            self.tr("New promise…"),
            self.new_promise,
            "newPromise",
            self.tr("Write down the day and the amount the customer promised"),
        )
        self.summary = label("promisesSummary")
        self.body.addWidget(self.summary)
        self.model = PromisesModel(self)
        self.view = table(self.model, "promisesView", (100, 100, 110, 110, 110))
        self.body.addWidget(self.view, 1)

    def title(self) -> str:
        return self.tr("Promises")

    def load(self, today: date) -> None:
        keep = self._keep if self._keep is not None else self.selected_id(self.view, self.model)
        self._keep = None
        rows = promises.promises_for(self.customer_id, today)
        self.model.set_rows(rows)
        self.select(self.view, self.model, keep)
        broken = sum(1 for r in rows if r.status == "broken")
        due = sum(1 for r in rows if r.status == "due_today")
        parts = []
        if due:
            parts.append(self.tr("%n promise(s) due today", "", due))
        if broken:
            parts.append(self.tr("%n promise(s) broken", "", broken))
        self.summary.setText(self.tr("; ").join(parts))
        self.summary.setStyleSheet(ERROR_STYLE if broken else WARNING_STYLE)
        self.summary.setVisible(bool(parts))

    def new_promise(self) -> PromiseDialog | None:
        if not self.can_write():
            return None
        dialog = PromiseDialog(self.customer_id, parent=self.account)
        self.open_dialog(dialog)
        return dialog


# --- 3. balance confirmations ---------------------------------------------------------------


class ConfirmationsPage(CollectionPage):
    """Statements of account sent for confirmation (对账确认) and the replies."""

    def __init__(self, account: AccountWindow) -> None:
        super().__init__(account)
        self.setObjectName("confirmationsPage")
        self.awaiting_count = 0
        self.sent_action = self.action(
            self.tr("Record statement sent…"),
            self.record_sent,
            "recordStatementSent",
            self.tr("A statement of account sent for the customer to sign and return"),
        )
        self.reply_action = self.action(
            self.tr("Record reply…"),
            self.record_reply,
            "recordReply",
            self.tr("The customer's signed reply to the selected statement"),
        )
        self.awaiting_label = label("awaitingLabel", WARNING_STYLE)
        self.body.addWidget(self.awaiting_label)
        self.model = ConfirmationsModel(self)
        self.view = table(self.model, "confirmationsView", (100, 100, 120, 200, 100, 130))
        self.view.selectionModel().selectionChanged.connect(self.update_actions)
        self.body.addWidget(self.view, 1)

    def title(self) -> str:
        if self.awaiting_count:
            return self.tr("Confirmations (%n awaiting)", "", self.awaiting_count)
        return self.tr("Confirmations")

    def load(self, today: date) -> None:
        keep = self._keep if self._keep is not None else self.selected_id(self.view, self.model)
        self._keep = None
        rows = confirmations.for_customer(self.customer_id, today)
        self.model.set_rows(rows)
        self.select(self.view, self.model, keep)
        self.awaiting_count = sum(1 for r in rows if r.status == "awaiting")
        self.awaiting_label.setText(
            self.tr("%n statement(s) awaiting the customer's signed reply", "", self.awaiting_count)
        )
        self.awaiting_label.setVisible(self.awaiting_count > 0)

    def selected_confirmation(self) -> ConfirmationRow | None:
        row = self.selected_row(self.view)
        return self.model.row(row) if row is not None else None

    def possible(self) -> dict[QAction, tuple[bool, str]]:
        chosen = self.selected_confirmation()
        return {
            self.sent_action: (True, ""),
            self.reply_action: (
                chosen is not None and chosen.status == "awaiting",
                self.tr("Select a statement awaiting the reply."),
            ),
        }

    def record_sent(self) -> ConfirmationSentDialog | None:
        if not self.can_write():
            return None
        dialog = ConfirmationSentDialog(
            self.customer_id, currency=self.account.currency, parent=self.account
        )
        self.open_dialog(dialog)
        return dialog

    def record_reply(self) -> ConfirmationReplyDialog | None:
        chosen = self.selected_confirmation()
        if not self.can_write() or chosen is None or chosen.status != "awaiting":
            return None
        dialog = ConfirmationReplyDialog(
            chosen, currency=self.account.currency, parent=self.account
        )
        self.open_dialog(dialog)
        return dialog


# --- wiring ---------------------------------------------------------------------------------


class CollectionTabs(QObject):
    """The collection pages of one account window, read again together."""

    def __init__(self, window: AccountWindow) -> None:
        super().__init__(window)
        self.setObjectName("collectionTabs")
        self.log = LogPage(window)
        self.promises = PromisesPage(window)
        self.confirmations = ConfirmationsPage(window)
        self.plans = PlansPage(window)
        self.signs = SignsPage(window)
        self.charges = LateChargesPage(window)
        self.pages: list[CollectionPage] = [
            self.log,
            self.promises,
            self.confirmations,
            self.plans,
            self.signs,
            self.charges,
        ]

    def reload(self, *_args: Any) -> None:
        for page in self.pages:
            page.reload()


def add_collection_tabs(window: AccountWindow) -> None:
    """Add the collection pages to an account window (once) and keep them in
    step with it."""
    if collection_tabs(window) is not None:
        return
    tabs = CollectionTabs(window)
    for page in tabs.pages:
        window.add_tab(page, page.title())
    window.account_changed.connect(tabs.reload)
    window.reload_action.triggered.connect(tabs.reload)
    tabs.reload()


def collection_tabs(window: AccountWindow) -> CollectionTabs | None:
    """The collection pages added to *window*, if any."""
    return window.findChild(CollectionTabs, "collectionTabs")


__all__ = [
    "CollectionPage",
    "CollectionTabs",
    "ConfirmationsPage",
    "LateChargesPage",
    "LogPage",
    "PlansPage",
    "PromisesPage",
    "SignsPage",
    "add_collection_tabs",
    "collection_tabs",
]
