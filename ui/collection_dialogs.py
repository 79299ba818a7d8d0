"""Dialogs of the collection pages: the shared frame (``CollectionDialog``,
``ConfirmDialog``), a collection log entry and its correction, a promise to
pay, a balance confirmation sent and its reply (plans: ``ui.plan_dialogs``;
warning signs and late charges: ``ui.risk_dialogs``).

They are built on the posting dialogs' frame (``PostingDialog``): what the
admin typed goes to ``app`` as typed, problems come back per field and are
shown under the field, a warning asks before saving again with
``confirm=True``, and a refused save keeps everything typed and stores
nothing (the domain writes in one transaction)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from peewee import OperationalError
from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import choices, collection_log, confirmations, promises
from app.collection_log import LogRow
from app.confirmations import ConfirmationRow
from app.errors import FieldIssue, KnownError, NeedsConfirmation, ValidationError
from app.ledger import balance_fen
from app.money import from_fen
from ui.customer_card import WARNING_STYLE, FieldRow
from ui.fields import ChoiceCombo
from ui.i18n import error_text, issue_text, tr_app
from ui.ledger_model import money_text
from ui.posting_dialogs import PostingDialog

Index = QModelIndex | QPersistentModelIndex
COUNTER_MEASURE_STYLE = (
    "QFrame#counterMeasureBox { background: #fff8e1; border: 1px solid #f9a825; "
    "border-radius: 4px; }"
)


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


# --- the frame --------------------------------------------------------------------------


class ConfirmDialog(QDialog):
    """A question before a write that needs the admin's go-ahead: the domain's
    words, then go ahead or go back."""

    def __init__(
        self,
        *,
        title: str,
        lines: Sequence[str],
        question: str,
        ok_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("collectionConfirm")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.texts: list[QLabel] = []
        for text in lines:
            line = QLabel("• " + text)
            line.setTextFormat(Qt.TextFormat.PlainText)
            line.setWordWrap(True)
            line.setStyleSheet(WARNING_STYLE)
            layout.addWidget(line)
            self.texts.append(line)
        layout.addWidget(QLabel(question))
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("confirmButton")
        self.back_button = buttons.addButton(
            self.tr("Go back"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.back_button.setDefault(True)
        self.ok_button.clicked.connect(self.accept)
        self.back_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def message(self) -> str:
        return "\n".join(label.text() for label in self.texts)


class CollectionDialog(PostingDialog):
    """A posting dialog that saves a collection record: the same fields and
    messages, saying "saved" rather than "posted". ``post(confirm=...)``
    returns the id of what was written."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.ok_button.setText(self.tr("Save"))

    def text_box(self, name: str, label: str, placeholder: str = "") -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
        row = self.add_field(name, label, edit)
        edit.textChanged.connect(row.clear_issue)
        return edit

    def _refused_text(self) -> str:
        return self.tr("Not saved: please correct the fields marked in red. Your input is kept.")

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, ValidationError):
            self._refused(
                exc.issues, self.tr("Not saved: please correct the fields marked in red.")
            )
            return
        if isinstance(exc, NeedsConfirmation):
            self.show_issues([], exc.warnings)
            text = self.tr("Not saved: something changed meanwhile; please check and save again.")
        elif isinstance(exc, KnownError):
            text = self.tr("Not saved: {reason}").format(reason=error_text(exc))
        else:
            text = self.tr(
                "Not saved: the database could not be written ({reason}). "
                "Your input is kept; try again in a moment."
            ).format(reason=str(exc))
        self._set_banner(text)

    def _confirm(self, warnings: list[FieldIssue]) -> bool:
        lines = []
        for warning in warnings:
            label = self.field_label(warning.field)
            text = issue_text(warning)
            lines.append(
                self.tr("{label}: {problem}").format(label=label, problem=text) if label else text
            )
        dialog = ConfirmDialog(
            title=self.tr("Please check before saving"),
            lines=lines,
            question=self.tr("Save anyway?"),
            ok_text=self.tr("Save anyway"),
            parent=self,
        )
        return dialog.exec() == QDialog.DialogCode.Accepted

    def note_label(self, text: str, name: str = "") -> QLabel:
        """A line of explanation in the form, across the dialog."""
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setStyleSheet("color: #555555")
        if name:
            label.setObjectName(name)
        self.form.addRow(label)
        return label


def bold(label: QLabel) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


# --- the collection log -------------------------------------------------------------------


class LogEntryDialog(CollectionDialog):
    """A call, visit, letter or message (催款记录). Choosing the excuse shows
    the playbook's counter-measure for it at once. A promise to pay made in the
    conversation can be recorded with it. With *original*, the dialog corrects
    that entry: prefilled, and saved as a new entry referring to it."""

    def __init__(
        self,
        customer_id: int,
        *,
        original: LogRow | None = None,
        people: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        title = (
            self.tr("Correct log entry #{id}").format(id=original.id)
            if original
            else self.tr("New collection log entry")
        )
        super().__init__(title, parent)
        self.setObjectName("logEntryDialog")
        self.customer_id = customer_id
        self.original = original
        if original is not None:
            self.note_label(
                self.tr(
                    "Corrects entry #{id} of {date}. The log is evidence: the original stays, "
                    "marked as corrected, and this correction is added to it."
                ).format(id=original.id, date=original.contact_date.isoformat()),
                "correctionNote",
            )
        self.contact_date = self.date_edit("contact_date", self.tr("Date *"))
        self.channel = ChoiceCombo(choices.CHANNEL)
        self.add_field("channel", self.tr("Channel *"), self.channel)
        self.person = self.line("person", self.tr("Spoke to"), self.tr("name and position"))
        if people:
            completer = QCompleter(list(people), self.person)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.person.setCompleter(completer)
        self.excuse = QComboBox()
        self.excuse.addItem(self.tr("None given"), "")
        for key, label in choices.EXCUSE.items():
            self.excuse.addItem(tr_app(label), key)
        self.add_field("excuse", self.tr("Excuse given"), self.excuse)
        self._build_counter_measure()
        self.said = self.text_box("said", self.tr("What they said"), self.tr("in their words"))
        self.outcome = ChoiceCombo(choices.OUTCOME)
        self.add_field("outcome", self.tr("Outcome"), self.outcome)
        self.dunning_level = QSpinBox()
        self.dunning_level.setRange(0, collection_log.DUNNING_LEVEL_MAX)
        self.dunning_level.setSpecialValueText(self.tr("Not a dunning letter"))
        self.dunning_level.setToolTip(
            self.tr("For a dunning letter: its level (1 first reminder, 2 second, …)")
        )
        row = self.add_field("dunning_level", self.tr("Dunning letter level"), self.dunning_level)
        self.dunning_level.valueChanged.connect(lambda _v: row.clear_issue())
        self.notes = self.text_box("notes", self.tr("Notes"), self.tr("next step, who follows up"))
        self._build_promise()
        self.excuse.currentIndexChanged.connect(self._excuse_changed)
        if original is not None:
            self._fill(original)
        self._excuse_changed()
        self.resize(620, 640)
        self.person.setFocus()

    def _build_counter_measure(self) -> None:
        self.counter_box = QFrame()
        self.counter_box.setObjectName("counterMeasureBox")
        self.counter_box.setStyleSheet(COUNTER_MEASURE_STYLE)
        layout = QVBoxLayout(self.counter_box)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(2)
        self.counter_title = bold(QLabel(self.tr("Counter-measure")))
        self.counter_title.setStyleSheet("color: #8d6e00")
        self.counter_text = QLabel()
        self.counter_text.setObjectName("counterMeasure")
        self.counter_text.setTextFormat(Qt.TextFormat.PlainText)
        self.counter_text.setWordWrap(True)
        font = QFont(self.counter_text.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.counter_text.setFont(font)
        layout.addWidget(self.counter_title)
        layout.addWidget(self.counter_text)
        self.form.addRow(self.counter_box)

    def _build_promise(self) -> None:
        self.promise_box = QGroupBox(self.tr("Record a promise to pay"))
        self.promise_box.setObjectName("promiseBox")
        self.promise_box.setCheckable(True)
        self.promise_box.setChecked(False)
        form = QFormLayout(self.promise_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.promise_due = QDateEdit()
        self.promise_due.setCalendarPopup(True)
        self.promise_due.setDisplayFormat("yyyy-MM-dd")
        self.promise_due.setDate(qdate(date.today() + timedelta(days=7)))
        self.promise_amount = QLineEdit()
        self.promise_amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.promise_amount.setPlaceholderText("0.00")
        for name, label, editor in (
            ("promise.due_on", self.tr("Will pay by *"), self.promise_due),
            ("promise.amount", self.tr("Amount *"), self.promise_amount),
        ):
            row = FieldRow(editor)
            editor.setObjectName(name.replace(".", "_"))
            self._rows[name] = row
            form.addRow(label, row)
        self.promise_due.dateChanged.connect(lambda _d: self._rows["promise.due_on"].clear_issue())
        self.promise_amount.textEdited.connect(
            lambda _t: self._rows["promise.amount"].clear_issue()
        )
        hint = QLabel(self.tr("The outcome is then “Promised to pay”; the promise is tracked."))
        hint.setStyleSheet("color: #666666")
        hint.setWordWrap(True)
        form.addRow(hint)
        self.promise_box.toggled.connect(self._promise_toggled)
        self._tail.addWidget(self.promise_box)
        self._tail.addStretch(1)

    def _fill(self, entry: LogRow) -> None:
        self.contact_date.setDate(qdate(entry.contact_date))
        self.channel.set_value(entry.channel)
        self.person.setText(entry.person)
        self.excuse.setCurrentIndex(max(self.excuse.findData(entry.excuse), 0))
        self.said.setPlainText(entry.said)
        self.outcome.set_value(entry.outcome)
        self.dunning_level.setValue(entry.dunning_level)
        self.notes.setPlainText(entry.notes)

    def _excuse_changed(self, *_args: Any) -> None:
        measure = collection_log.counter_measure(self.excuse.currentData() or "")
        self.counter_text.setText(tr_app(measure) if measure else "")
        self.counter_box.setVisible(bool(measure))

    def counter_measure_text(self) -> str:
        """The counter-measure shown for the chosen excuse ("" when none is)."""
        return "" if self.counter_box.isHidden() else self.counter_text.text()

    def _promise_toggled(self, on: bool) -> None:
        if on:
            self.outcome.set_value("promised")
            self.promise_amount.setFocus()
        self.outcome.setEnabled(not on)

    def row_for(self, issue: FieldIssue) -> FieldRow | None:
        if issue.field == "promise.made_on":
            return self._rows["contact_date"]
        return super().row_for(issue)

    def post(self, *, confirm: bool) -> int:
        promise = None
        if self.promise_box.isChecked():
            promise = (self.promise_due.date().toPython(), self.promise_amount.text())
        return collection_log.add_entry(
            self.customer_id,
            contact_date=self.contact_date.date().toPython(),
            channel=self.channel.value(),
            person=self.person.text(),
            excuse=self.excuse.currentData() or "",
            said=self.said.toPlainText(),
            notes=self.notes.toPlainText(),
            outcome=self.outcome.value(),
            corrects=self.original.id if self.original else None,
            dunning_level=self.dunning_level.value(),
            promise=promise,
        )


# --- promises -----------------------------------------------------------------------------


class PromiseDialog(CollectionDialog):
    """A promise to pay (承诺付款): the day and the amount the customer gave."""

    def __init__(self, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New promise to pay"), parent)
        self.setObjectName("promiseDialog")
        self.customer_id = customer_id
        self.made_on = self.date_edit("made_on", self.tr("Promise made on *"))
        self.due_on = self.date_edit(
            "due_on", self.tr("Will pay by *"), date.today() + timedelta(days=7)
        )
        self.amount_edit = self.amount("amount", self.tr("Amount *"))
        self.note = self.line("note", self.tr("Note"), self.tr("e.g. by bank transfer, signed"))
        self.note_label(
            self.tr(
                "Kept or broken is worked out from the payments received from the day "
                "the promise was made to the promised day."
            )
        )
        self.amount_edit.setFocus()

    def post(self, *, confirm: bool) -> int:
        return promises.add_promise(
            self.customer_id,
            made_on=self.made_on.date().toPython(),
            due_on=self.due_on.date().toPython(),
            amount=self.amount_edit.text(),
            note=self.note.text(),
        )


# --- balance confirmations ------------------------------------------------------------


class ConfirmationSentDialog(CollectionDialog):
    """A statement of account sent for the customer to sign and return (对账确认)."""

    def __init__(
        self, customer_id: int, *, currency: str = "CNY", parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Record a statement sent for confirmation"), parent)
        self.setObjectName("confirmationSentDialog")
        self.customer_id = customer_id
        self.currency = currency
        self.sent_on = self.date_edit("sent_on", self.tr("Sent on *"))
        self.as_of = self.date_edit("as_of", self.tr("Balance as of *"))
        self.balance = self.amount(
            "balance", self.tr("Balance stated"), self.tr("the ledger balance on that day")
        )
        self.ledger_hint = QLabel()
        self.ledger_hint.setObjectName("ledgerBalanceHint")
        self.ledger_hint.setStyleSheet("color: #666666")
        self.form.addRow("", self.ledger_hint)
        self.note = self.line(
            "note", self.tr("Note"), self.tr("e.g. sent by post with the invoices")
        )
        self.as_of.dateChanged.connect(self._show_ledger_balance)
        self._show_ledger_balance()

    def _show_ledger_balance(self, *_args: Any) -> None:
        as_of = self.as_of.date().toPython()
        try:
            balance = from_fen(balance_fen(self.customer_id, as_of))
        except OperationalError:
            self.ledger_hint.clear()
            return
        self.ledger_hint.setText(
            self.tr("Ledger balance on {date}: {amount}").format(
                date=as_of.isoformat(), amount=money_text(balance, self.currency)
            )
        )

    def post(self, *, confirm: bool) -> int:
        return confirmations.record_sent(
            self.customer_id,
            sent_on=self.sent_on.date().toPython(),
            as_of=self.as_of.date().toPython(),
            balance=self.balance.text() or None,
            note=self.note.text(),
        )


class ConfirmationReplyDialog(CollectionDialog):
    """The customer's signed reply to a statement: agreed, or disputed with the
    balance they claim and/or why."""

    def __init__(
        self, confirmation: ConfirmationRow, *, currency: str = "CNY", parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Record the customer's reply"), parent)
        self.setObjectName("confirmationReplyDialog")
        self.confirmation = confirmation
        what = QLabel(
            self.tr("Sent on {sent}: balance {amount} as of {as_of}").format(
                sent=confirmation.sent_on.isoformat(),
                amount=money_text(confirmation.balance, currency),
                as_of=confirmation.as_of.isoformat(),
            )
        )
        what.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addRow(self.tr("Statement"), what)
        self.replied_on = self.date_edit("replied_on", self.tr("Replied on *"))
        choice = QWidget()
        choice_layout = QHBoxLayout(choice)
        choice_layout.setContentsMargins(0, 0, 0, 0)
        self.agreed = QRadioButton(self.tr("Agreed: signed as stated"))
        self.agreed.setObjectName("agreed")
        self.disputed = QRadioButton(self.tr("Disputed"))
        self.disputed.setObjectName("disputed")
        self.agreed.setChecked(True)
        choice_layout.addWidget(self.agreed)
        choice_layout.addWidget(self.disputed)
        choice_layout.addStretch(1)
        self.add_field("reply", self.tr("Reply *"), choice)
        self.customer_amount = self.amount(
            "customer_amount", self.tr("Balance they claim"), self.tr("as on their reply")
        )
        self.reason = self.line(
            "dispute_reason", self.tr("Their reason"), self.tr("e.g. invoice FP-0012 not received")
        )
        self.disputed.toggled.connect(self._reply_changed)
        self._reply_changed()

    def _reply_changed(self, *_args: Any) -> None:
        disputed = self.disputed.isChecked()
        self.customer_amount.setEnabled(disputed)
        self.reason.setEnabled(disputed)
        for name in ("customer_amount", "dispute_reason"):
            self.row(name).clear_issue()

    def post(self, *, confirm: bool) -> int:
        disputed = self.disputed.isChecked()
        confirmations.record_reply(
            self.confirmation.id,
            replied_on=self.replied_on.date().toPython(),
            agreed=not disputed,
            customer_amount=self.customer_amount.text() if disputed else None,
            reason=self.reason.text() if disputed else "",
        )
        return self.confirmation.id


__all__ = [
    "CollectionDialog",
    "ConfirmDialog",
    "ConfirmationReplyDialog",
    "ConfirmationSentDialog",
    "LogEntryDialog",
    "PromiseDialog",
    "bold",
    "qdate",
]
