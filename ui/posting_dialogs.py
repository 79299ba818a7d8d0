"""Dialogs that post to a customer's ledger or annotate a debt.

Each dialog collects what the admin typed, as typed, and hands it to
``app.ledger``; every rule (amounts, dates, numbers, what may be reversed)
lives there. Problems come back per field and are shown under the field; a
warning (over the credit limit, an over-payment) asks "post anyway?" and posts
again with ``confirm=True``. A posting either happens whole or not at all (the
domain runs it in one transaction); a refused one keeps everything typed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from peewee import OperationalError
from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import choices, ledger
from app.account import EntryRow, OpenDebt
from app.errors import FieldIssue, KnownError, NeedsConfirmation, ValidationError
from app.money import MoneyFormatError, format_money, parse_money
from ui.customer_card import ERROR_STYLE, WARNING_STYLE, FieldRow
from ui.fields import ChoiceCombo, OptionalDateEdit
from ui.i18n import error_text, issue_text, tr_app
from ui.ledger_model import money_text
from ui.open_debts_model import debt_label

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
PROBLEM_BACKGROUND = QColor(255, 235, 238)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _parsed(text: str) -> Decimal | None:
    """What the admin typed as an amount, for the running totals only: the
    domain judges the input when posting."""
    try:
        return parse_money(text) if text.strip() else None
    except MoneyFormatError:
        return None


def _table(model: QAbstractTableModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    view.setMinimumHeight(140)
    return view


class ConfirmPostingDialog(QDialog):
    """The warnings of a posting: post anyway, or go back and correct."""

    def __init__(self, warnings: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmPosting")
        self.setWindowTitle(self.tr("Please check before posting"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Please check:")))
        for label, text in warnings:
            if label:
                text = self.tr("{label}: {problem}").format(label=label, problem=text)
            line = QLabel("• " + text)
            line.setTextFormat(Qt.TextFormat.PlainText)
            line.setWordWrap(True)
            line.setStyleSheet(WARNING_STYLE)
            layout.addWidget(line)
        layout.addWidget(QLabel(self.tr("Post anyway?")))
        buttons = QDialogButtonBox()
        self.post_button = buttons.addButton(
            self.tr("Post anyway"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.post_button.setObjectName("postAnyway")
        self.back_button = buttons.addButton(
            self.tr("Go back and correct"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.back_button.setDefault(True)
        self.post_button.clicked.connect(self.accept)
        self.back_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)


class PostingDialog(QDialog):
    """The frame of every posting dialog: a form of fields with their message
    lines, a banner, and the post / cancel buttons. Subclasses build the form
    and implement ``post(confirm=...)``, which calls ``app.ledger``."""

    # after a successful posting: the new entry's id (the debt's id for a hold
    # or a class)
    posted = Signal(int)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.result_id: int | None = None
        self._rows: dict[str, FieldRow] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.banner = QLabel(self)
        self.banner.setObjectName("postingBanner")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(ERROR_STYLE)
        self.banner.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Post"))
        self.ok_button.setObjectName("postButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)
        self._tail = QVBoxLayout()
        self.body.addLayout(self._tail, 1)
        self.body.addWidget(self.banner)
        self.body.addWidget(self.buttons)
        self.setMinimumWidth(520)

    # --- building ---------------------------------------------------------------------

    def add_field(self, name: str, label: str, editor: QWidget) -> FieldRow:
        row = FieldRow(editor)
        row.setObjectName(f"{name}Row")
        editor.setObjectName(name)
        self._rows[name] = row
        self.form.addRow(label, row)
        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(lambda _t, r=row: r.clear_issue())
        elif isinstance(editor, QDateEdit):
            editor.dateChanged.connect(lambda _d, r=row: r.clear_issue())
        elif isinstance(editor, QComboBox):
            editor.currentIndexChanged.connect(lambda _i, r=row: r.clear_issue())
        return row

    def add_below(self, name: str, widget: QWidget) -> FieldRow:
        """A field that takes the dialog's width (a table), its message under it."""
        row = FieldRow(widget)
        row.setObjectName(f"{name}Row")
        self._rows[name] = row
        self._tail.addWidget(row, 1)
        return row

    def line(self, name: str, label: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        self.add_field(name, label, edit)
        return edit

    def amount(self, name: str, label: str, placeholder: str = "0.00") -> QLineEdit:
        edit = QLineEdit()
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        edit.setPlaceholderText(placeholder)
        edit.setToolTip(self.tr("For example 1234.50, 1,234.50 or ¥1234.5"))
        self.add_field(name, label, edit)
        return edit

    def date_edit(self, name: str, label: str, value: date | None = None) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDate(_qdate(value or date.today()))
        self.add_field(name, label, edit)
        return edit

    def row(self, name: str) -> FieldRow:
        return self._rows[name]

    def message(self, name: str) -> str:
        """The message shown under a field ("" when there is none)."""
        row = self._rows[name]
        return "" if row.message.isHidden() else row.message.text()

    def field_label(self, name: str) -> str:
        row = self._rows.get(name)
        if row is not None:
            label = self.form.labelForField(row)
            if isinstance(label, QLabel):
                return label.text().rstrip(" *")
        return ""

    # --- posting ----------------------------------------------------------------------

    def post(self, *, confirm: bool) -> int:
        raise NotImplementedError

    def submit(self) -> None:
        self._clear_issues()
        try:
            result = self.post(confirm=False)
        except ValidationError as exc:
            self._refused(exc.issues, self._refused_text())
            self._focus(exc.issues)
            return
        except NeedsConfirmation as exc:
            self.show_issues([], exc.warnings)
            if not self._confirm(exc.warnings):
                return
            try:
                result = self.post(confirm=True)
            except (ValidationError, NeedsConfirmation, KnownError, OperationalError) as again:
                self._failed(again)
                return
        except (KnownError, OperationalError) as exc:
            self._failed(exc)
            return
        self.result_id = result
        self.posted.emit(result)
        self.accept()

    def _refused_text(self) -> str:
        return self.tr("Not posted: please correct the fields marked in red. Your input is kept.")

    def _refused(self, issues: list[FieldIssue], header: str) -> None:
        """The messages under their fields; the ones without a field in the
        banner, under the header, so nothing is lost."""
        unplaced = [issue_text(i) for i in issues if self.row_for(i) is None]
        self.show_issues(issues, [])
        self._set_banner("\n".join([header, *unplaced]))

    def _confirm(self, warnings: list[FieldIssue]) -> bool:
        texts = [(self.field_label(w.field), issue_text(w)) for w in warnings]
        return ConfirmPostingDialog(texts, self).exec() == QDialog.DialogCode.Accepted

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, ValidationError):
            self.show_issues(exc.issues, [])
            text = self.tr("Not posted: please correct the fields marked in red.")
        elif isinstance(exc, NeedsConfirmation):
            self.show_issues([], exc.warnings)
            text = self.tr("Not posted: something changed meanwhile; please check and post again.")
        elif isinstance(exc, KnownError):
            text = self.tr("Not posted: {reason}").format(reason=error_text(exc))
        else:
            text = self.tr(
                "Not posted: the database could not be written ({reason}). "
                "Your input is kept; try again in a moment."
            ).format(reason=str(exc))
        self._set_banner(text)

    def _set_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def _clear_issues(self) -> None:
        for row in self._rows.values():
            row.clear_issue()
        self._set_banner("")

    def show_issues(self, errors: list[FieldIssue], warnings: list[FieldIssue]) -> None:
        """Each message under its field; one the form has no field for goes to
        the banner, so nothing is lost."""
        unplaced = []
        for issue, warning in [(i, False) for i in errors] + [(i, True) for i in warnings]:
            row = self.row_for(issue)
            if row is None:
                unplaced.append(issue_text(issue))
                continue
            if warning and row.editor.property("problem") == "error":
                continue  # the error on the field is shown already
            row.show_issue(issue_text(issue), warning=warning)
        if unplaced:
            self._set_banner("\n".join(unplaced))

    def row_for(self, issue: FieldIssue) -> FieldRow | None:
        return self._rows.get(issue.field)

    def _focus(self, issues: list[FieldIssue]) -> None:
        for issue in issues:
            row = self.row_for(issue)
            if row is not None:
                row.editor.setFocus()
                if isinstance(row.editor, QLineEdit):
                    row.editor.selectAll()
                return


# --- invoice ---------------------------------------------------------------------------


class InvoiceDialog(PostingDialog):
    """An invoice or delivery note (发票/送货单). The due date starts at what the
    customer's terms give for the invoice date and follows that date until the
    admin changes it by hand."""

    def __init__(
        self,
        customer_id: int,
        *,
        due_date_for: Callable[[date], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("New invoice / delivery note"), parent)
        self.setObjectName("invoiceDialog")
        self.customer_id = customer_id
        self._due_date_for = due_date_for
        self.number = self.line("number", self.tr("Number *"), self.tr("e.g. FP-2025-0012"))
        self.entry_date = self.date_edit("entry_date", self.tr("Invoice date *"))
        self.due_date = self.date_edit("due_date", self.tr("Due date"))
        self.due_hint = QLabel()
        self.due_hint.setObjectName("dueHint")
        self.due_hint.setStyleSheet("color: #666666")
        self.form.addRow("", self.due_hint)
        self.amount_edit = self.amount("amount", self.tr("Amount *"))
        self.description = self.line("description", self.tr("Description"))
        self._following_terms = True
        self._set_due_from_terms()
        self.entry_date.dateChanged.connect(self._date_changed)
        self.due_date.dateChanged.connect(self._due_changed)
        self.number.setFocus()

    def _set_due_from_terms(self) -> None:
        due = self._due_date_for(self.entry_date.date().toPython())
        self.due_date.blockSignals(True)
        self.due_date.setDate(_qdate(due))
        self.due_date.blockSignals(False)
        self._following_terms = True
        self.due_hint.setText(self.tr("From the customer's payment terms"))

    def _date_changed(self, _value: QDate) -> None:
        if self._following_terms:
            self._set_due_from_terms()

    def _due_changed(self, _value: QDate) -> None:
        self._following_terms = False
        self.due_hint.setText(self.tr("Changed by hand"))

    def post(self, *, confirm: bool) -> int:
        return ledger.post_invoice(
            self.customer_id,
            number=self.number.text(),
            entry_date=self.entry_date.date().toPython(),
            amount=self.amount_edit.text(),
            due_date=self.due_date.date().toPython(),
            description=self.description.text(),
            confirm=confirm,
        )


# --- payment ---------------------------------------------------------------------------


class AllocationModel(QAbstractTableModel):
    """The open debts a payment may be put on, with an editable column for the
    part of the payment the admin wants on each (empty: oldest first)."""

    COL_NUMBER, COL_DATE, COL_DUE, COL_OPEN, COL_HOLD, COL_ALLOCATE = range(6)

    def __init__(self, debts: Sequence[OpenDebt], parent: Any = None) -> None:
        super().__init__(parent)
        self._debts = list(debts)
        self._values: dict[int, str] = {}
        self._problems: dict[int, str] = {}

    def headers(self) -> list[str]:
        return [
            self.tr("Number"),
            self.tr("Date"),
            self.tr("Due date"),
            self.tr("Open"),
            self.tr("Dispute hold"),
            self.tr("Put on it"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._debts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 6

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 6:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (
            self.COL_OPEN,
            self.COL_ALLOCATE,
        ):
            return RIGHT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.COL_ALLOCATE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._debts):
            return None
        debt = self._debts[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.COL_NUMBER:
                return debt_label(debt)
            if column == self.COL_DATE:
                return debt.entry_date.isoformat()
            if column == self.COL_DUE:
                return debt.due_date.isoformat()
            if column == self.COL_OPEN:
                return format_money(debt.open)
            if column == self.COL_HOLD:
                return debt.hold_reason if debt.on_hold else ""
            if column == self.COL_ALLOCATE:
                return self._values.get(debt.id, "")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.COL_OPEN,
            self.COL_ALLOCATE,
        ):
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            if debt.id in self._problems:
                return self._problems[debt.id]
            if column == self.COL_ALLOCATE:
                return self.tr("Type the part of the payment for this debt")
        if role == Qt.ItemDataRole.BackgroundRole and debt.id in self._problems:
            return QBrush(PROBLEM_BACKGROUND)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if (
            not index.isValid()
            or index.column() != self.COL_ALLOCATE
            or role != Qt.ItemDataRole.EditRole
            or not 0 <= index.row() < len(self._debts)
        ):
            return False
        debt_id = self._debts[index.row()].id
        text = str(value or "").strip()
        if text:
            self._values[debt_id] = text
        else:
            self._values.pop(debt_id, None)
        self._problems.pop(debt_id, None)
        self.dataChanged.emit(
            self.index(index.row(), 0), self.index(index.row(), self.COL_ALLOCATE)
        )
        return True

    def set_value(self, debt_id: int, text: str) -> None:
        for row, debt in enumerate(self._debts):
            if debt.id == debt_id:
                self.setData(self.index(row, self.COL_ALLOCATE), text)
                return

    def allocations(self) -> dict[int, str]:
        """Debt id -> the amount typed for it, as typed."""
        return dict(self._values)

    def debt(self, debt_id: int) -> OpenDebt | None:
        return next((d for d in self._debts if d.id == debt_id), None)

    def set_problems(self, problems: dict[int, str]) -> None:
        self._problems = dict(problems)
        if self._debts:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._debts) - 1, self.COL_ALLOCATE)
            )


class PaymentDialog(PostingDialog):
    """A payment received (收款). It goes to the oldest debts first unless the
    admin puts parts of it on the invoices it pays."""

    def __init__(
        self,
        customer_id: int,
        *,
        debts: Sequence[OpenDebt],
        currency: str = "CNY",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Record a payment"), parent)
        self.setObjectName("paymentDialog")
        self.customer_id = customer_id
        self.currency = currency
        self.entry_date = self.date_edit("entry_date", self.tr("Date received *"))
        self.amount_edit = self.amount("amount", self.tr("Amount *"))
        self.method = ChoiceCombo(choices.PAYMENT_METHOD)
        self.add_field("method", self.tr("Method"), self.method)
        self.reference = self.line("reference", self.tr("Reference"))
        self.description = self.line("description", self.tr("Description"))

        self.pick_box = QGroupBox(self.tr("Pick the invoices it pays"))
        self.pick_box.setObjectName("pickInvoices")
        self.pick_box.setCheckable(True)
        self.pick_box.setChecked(False)
        box_layout = QVBoxLayout(self.pick_box)
        self.pick_hint = QLabel(
            self.tr(
                "Type in “Put on it” how much of the payment goes to each invoice. "
                "What is not put on an invoice goes to the oldest debts first."
            )
        )
        self.pick_hint.setWordWrap(True)
        self.allocation_model = AllocationModel(debts, self)
        self.allocation_view = _table(self.allocation_model, "allocationView")
        self.allocation_view.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        self.pick_row = FieldRow(self.allocation_view)
        self._rows["allocate"] = self.pick_row
        self.unallocated = QLabel()
        self.unallocated.setObjectName("unallocatedLabel")
        self.unallocated.setTextFormat(Qt.TextFormat.PlainText)
        box_layout.addWidget(self.pick_hint)
        box_layout.addWidget(self.pick_row, 1)
        box_layout.addWidget(self.unallocated)
        self._pick_contents = [self.pick_hint, self.pick_row, self.unallocated]
        self.pick_box.toggled.connect(self._pick_toggled)
        self._pick_toggled(False)
        self.pick_box.setEnabled(bool(debts))
        if not debts:
            self.pick_box.setToolTip(self.tr("There are no open debts to pick."))
        self._tail.addWidget(self.pick_box, 1)

        self.method.currentIndexChanged.connect(self._method_changed)
        self.amount_edit.textChanged.connect(self._update_unallocated)
        self.allocation_model.dataChanged.connect(self._update_unallocated)
        self._method_changed()
        self._update_unallocated()
        self.resize(680, 520)
        self.amount_edit.setFocus()

    def _pick_toggled(self, on: bool) -> None:
        for widget in self._pick_contents:
            widget.setVisible(on)
        if not on:
            self.pick_row.clear_issue()

    def _method_changed(self, *_args: Any) -> None:
        method = self.method.value()
        if method == "cheque":
            text, hint = self.tr("Cheque number *"), self.tr("the number on the cheque")
        elif method == "bank_bill":
            text, hint = self.tr("Bill number *"), self.tr("the number of the acceptance bill")
        else:
            text, hint = self.tr("Reference"), self.tr("bank reference, receipt number…")
        label = self.form.labelForField(self._rows["reference"])
        if isinstance(label, QLabel):
            label.setText(text)
        self.reference.setPlaceholderText(hint)

    def _money(self, amount: Decimal) -> str:
        return money_text(amount, self.currency)

    def _update_unallocated(self, *_args: Any) -> None:
        typed = self.allocation_model.allocations()
        parts = [_parsed(t) for t in typed.values()]
        total = _parsed(self.amount_edit.text())
        if any(p is None for p in parts):
            self.unallocated.setText(self.tr("Picked: some amounts are not readable yet."))
            self.unallocated.setStyleSheet(WARNING_STYLE)
            return
        picked = sum((p for p in parts if p is not None), Decimal("0.00"))
        if total is None:
            self.unallocated.setText(
                self.tr("Picked {picked}; enter the amount received.").format(
                    picked=self._money(picked)
                )
            )
            self.unallocated.setStyleSheet("")
            return
        rest = total - picked
        if rest < 0:
            self.unallocated.setText(
                self.tr("Picked {picked}: {over} more than the amount received.").format(
                    picked=self._money(picked), over=self._money(-rest)
                )
            )
            self.unallocated.setStyleSheet(ERROR_STYLE)
        else:
            self.unallocated.setText(
                self.tr(
                    "Picked {picked}; left unallocated {rest} (goes to the oldest debts)."
                ).format(picked=self._money(picked), rest=self._money(rest))
            )
            self.unallocated.setStyleSheet("")

    def allocations(self) -> dict[int, str] | None:
        if not self.pick_box.isChecked():
            return None
        return self.allocation_model.allocations() or None

    def post(self, *, confirm: bool) -> int:
        self.allocation_model.set_problems({})
        return ledger.post_payment(
            self.customer_id,
            entry_date=self.entry_date.date().toPython(),
            amount=self.amount_edit.text(),
            method=self.method.value(),
            reference=self.reference.text(),
            description=self.description.text(),
            allocate=self.allocations(),
            confirm=confirm,
        )

    def show_issues(self, errors: list[FieldIssue], warnings: list[FieldIssue]) -> None:
        super().show_issues(
            [i for i in errors if not i.field.startswith("allocate.")],
            [i for i in warnings if not i.field.startswith("allocate.")],
        )
        problems: dict[int, str] = {}
        lines = []
        for issue in errors:
            head, _dot, tail = issue.field.partition(".")
            if head != "allocate" or not tail.isdigit():
                continue
            debt = self.allocation_model.debt(int(tail))
            text = issue_text(issue)
            problems[int(tail)] = text
            name = debt_label(debt) if debt else tail
            lines.append(self.tr("{number}: {problem}").format(number=name, problem=text))
        if lines:
            self.pick_box.setChecked(True)
            existing = self.message("allocate")
            self.pick_row.show_issue(
                "\n".join(([existing] if existing else []) + lines), warning=False
            )
        self.allocation_model.set_problems(problems)

    def row_for(self, issue: FieldIssue) -> FieldRow | None:
        if issue.field.startswith("allocate"):
            return self.pick_row
        return super().row_for(issue)


# --- credit note -----------------------------------------------------------------------


class CreditNoteDialog(PostingDialog):
    """A credit note (红字发票 / 贷项通知单): lowers what the customer owes, on one
    invoice if the admin names it, else on the oldest debts."""

    def __init__(
        self,
        customer_id: int,
        *,
        debts: Sequence[OpenDebt],
        debt_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("New credit note"), parent)
        self.setObjectName("creditNoteDialog")
        self.customer_id = customer_id
        self.number = self.line("number", self.tr("Number *"), self.tr("e.g. HZ-2025-0003"))
        self.entry_date = self.date_edit("entry_date", self.tr("Date *"))
        self.amount_edit = self.amount("amount", self.tr("Amount *"))
        self.debt = QComboBox()
        self.debt.addItem(self.tr("No particular invoice (oldest debts first)"), None)
        for d in debts:
            self.debt.addItem(
                self.tr("{number} of {date}, open {open}").format(
                    number=debt_label(d), date=d.entry_date.isoformat(), open=format_money(d.open)
                ),
                d.id,
            )
        if debt_id is not None:
            self.debt.setCurrentIndex(max(self.debt.findData(debt_id), 0))
        self.add_field("debt", self.tr("Against invoice"), self.debt)
        self.description = self.line(
            "description", self.tr("Description"), self.tr("e.g. goods returned")
        )
        self.number.setFocus()

    def post(self, *, confirm: bool) -> int:
        debt_id = self.debt.currentData()
        return ledger.post_credit_note(
            self.customer_id,
            number=self.number.text(),
            entry_date=self.entry_date.date().toPython(),
            amount=self.amount_edit.text(),
            description=self.description.text(),
            debt_id=int(debt_id) if debt_id is not None else None,
            confirm=confirm,
        )


# --- write-off -------------------------------------------------------------------------


class DebtChoiceModel(QAbstractTableModel):
    """Open debts with a check box each: the ones to write off."""

    COL_NUMBER, COL_DATE, COL_DUE, COL_OPEN, COL_DAYS = range(5)

    def __init__(self, debts: Sequence[OpenDebt], checked: set[int], parent: Any = None) -> None:
        super().__init__(parent)
        self._debts = list(debts)
        self._checked = {d.id for d in self._debts if d.id in checked}

    def headers(self) -> list[str]:
        return [
            self.tr("Number"),
            self.tr("Date"),
            self.tr("Due date"),
            self.tr("Open"),
            self.tr("Days past due"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._debts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 5

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 5:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.COL_NUMBER:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._debts):
            return None
        debt = self._debts[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_NUMBER:
                return debt_label(debt)
            if column == self.COL_DATE:
                return debt.entry_date.isoformat()
            if column == self.COL_DUE:
                return debt.due_date.isoformat()
            if column == self.COL_OPEN:
                return format_money(debt.open)
            if column == self.COL_DAYS:
                return str(debt.days_past_due) if debt.days_past_due else ""
        if role == Qt.ItemDataRole.CheckStateRole and column == self.COL_NUMBER:
            return Qt.CheckState.Checked if debt.id in self._checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.COL_OPEN,
            self.COL_DAYS,
        ):
            return RIGHT
        return None

    def setData(  # noqa: N802
        self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if (
            not index.isValid()
            or index.column() != self.COL_NUMBER
            or role != Qt.ItemDataRole.CheckStateRole
            or not 0 <= index.row() < len(self._debts)
        ):
            return False
        debt_id = self._debts[index.row()].id
        state = value.value if isinstance(value, Qt.CheckState) else value
        if state == Qt.CheckState.Checked.value:
            self._checked.add(debt_id)
        else:
            self._checked.discard(debt_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def set_checked(self, debt_id: int, on: bool) -> None:
        for row, debt in enumerate(self._debts):
            if debt.id == debt_id:
                state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
                self.setData(self.index(row, 0), state, Qt.ItemDataRole.CheckStateRole)

    def checked(self) -> list[OpenDebt]:
        return [d for d in self._debts if d.id in self._checked]


class WriteOffDialog(PostingDialog):
    """Write off (核销) what is still open on some debts, with the reason; one
    debt may be written off in part."""

    def __init__(
        self,
        customer_id: int,
        *,
        debts: Sequence[OpenDebt],
        selected: Sequence[int] = (),
        currency: str = "CNY",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Write off debts"), parent)
        self.setObjectName("writeOffDialog")
        self.customer_id = customer_id
        self.currency = currency
        self.entry_date = self.date_edit("entry_date", self.tr("Date *"))
        self.reason = self.line(
            "reason", self.tr("Reason *"), self.tr("e.g. customer bankrupt, court ruling")
        )
        self.amount_edit = self.amount("amount", self.tr("Only part"), self.tr("all that is open"))
        self.debt_model = DebtChoiceModel(debts, set(selected), self)
        self.debt_view = _table(self.debt_model, "writeOffDebts")
        self.debt_view.horizontalHeader().setStretchLastSection(False)
        self.add_below("debts", self.debt_view)
        self.total = QLabel()
        self.total.setObjectName("writeOffTotal")
        self._tail.addWidget(self.total)
        self.debt_model.dataChanged.connect(self._update)
        self.amount_edit.textChanged.connect(self._update)
        self._update()
        self.ok_button.setText(self.tr("Write off"))
        self.resize(620, 440)
        self.reason.setFocus()

    def _update(self, *_args: Any) -> None:
        checked = self.debt_model.checked()
        one = len(checked) == 1
        self.amount_edit.setEnabled(one)
        self.amount_edit.setToolTip(
            self.tr("Write off only part of this debt")
            if one
            else self.tr("A part can be written off only when one debt is ticked")
        )
        total = sum((d.open for d in checked), Decimal("0.00"))
        part = _parsed(self.amount_edit.text()) if one else None
        if part is not None:
            total = part
        self.total.setText(
            self.tr("Writes off %n debt(s), {amount} in all", "", len(checked)).format(
                amount=money_text(total, self.currency)
            )
        )

    def post(self, *, confirm: bool) -> int:
        checked = self.debt_model.checked()
        amount = self.amount_edit.text() if len(checked) == 1 else None
        return ledger.post_write_off(
            self.customer_id,
            entry_date=self.entry_date.date().toPython(),
            reason=self.reason.text(),
            debt_ids=[d.id for d in checked],
            amount=amount or None,
        )


# --- reversal --------------------------------------------------------------------------


class ReverseDialog(PostingDialog):
    """Reverse (冲销) a payment, credit note or write-off posted by mistake."""

    def __init__(self, entry: EntryRow, *, currency: str = "CNY", parent: QWidget | None = None):
        super().__init__(self.tr("Reverse an entry"), parent)
        self.setObjectName("reverseDialog")
        self.entry = entry
        kind = tr_app(choices.ENTRY_KIND.get(entry.kind, entry.kind))
        what = QLabel(
            self.tr("{kind} of {date}, {amount} {reference}")
            .format(
                kind=kind,
                date=entry.entry_date.isoformat(),
                amount=money_text(entry.amount, currency),
                reference=entry.number or entry.reference,
            )
            .strip()
        )
        what.setObjectName("reversedEntry")
        what.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addRow(self.tr("Reverses"), what)
        note = QLabel(
            self.tr(
                "The debts it settled open again. Nothing is deleted: the entry and "
                "its reversal both stay on the ledger."
            )
        )
        note.setWordWrap(True)
        self.form.addRow("", note)
        self.entry_date = self.date_edit("entry_date", self.tr("Date *"))
        self.reason = self.line(
            "reason", self.tr("Reason *"), self.tr("e.g. cheque bounced, wrong customer")
        )
        self.ok_button.setText(self.tr("Reverse"))
        self.reason.setFocus()

    def post(self, *, confirm: bool) -> int:
        return ledger.reverse_entry(
            self.entry.id, entry_date=self.entry_date.date().toPython(), reason=self.reason.text()
        )


# --- annotations of a debt -------------------------------------------------------------


class HoldDialog(PostingDialog):
    """Hold a disputed debt (争议挂起) out of collection and of the automatic
    allocation of payments, with the reason, until a date or until released."""

    def __init__(self, debt: OpenDebt, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Hold as disputed"), parent)
        self.setObjectName("holdDialog")
        self.debt = debt
        what = QLabel(
            self.tr("{number}, open {open}").format(
                number=debt_label(debt), open=format_money(debt.open)
            )
        )
        what.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addRow(self.tr("Debt"), what)
        self.reason = self.line(
            "hold_reason", self.tr("Reason *"), self.tr("e.g. quality complaint, 5 cartons short")
        )
        self.reason.setText(debt.hold_reason)
        self.until = OptionalDateEdit()
        self.until.setToolTip(self.tr("Leave unticked to hold until you release it"))
        if debt.hold_until is not None:
            self.until.set_value(debt.hold_until)
        self.add_field("hold_until", self.tr("Until"), self.until)
        self.until.changed.connect(self.row("hold_until").clear_issue)
        self.ok_button.setText(self.tr("Hold"))
        self.reason.setFocus()

    def post(self, *, confirm: bool) -> int:
        ledger.set_hold(self.debt.id, reason=self.reason.text(), until=self.until.value())
        return self.debt.id


class ClassOverrideDialog(PostingDialog):
    """Put a debt in a class by hand (e.g. bad debt: the customer went
    bankrupt), or back to the class its age gives."""

    def __init__(self, debt: OpenDebt, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Set the class of a debt"), parent)
        self.setObjectName("classDialog")
        self.debt = debt
        what = QLabel(
            self.tr("{number}, open {open}, %n day(s) past due", "", debt.days_past_due).format(
                number=debt_label(debt), open=format_money(debt.open)
            )
        )
        what.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addRow(self.tr("Debt"), what)
        self.debt_class = QComboBox()
        self.debt_class.addItem(self.tr("By its age (automatic)"), "")
        for key, label in choices.DEBT_CLASS.items():
            self.debt_class.addItem(tr_app(label), key)
        if debt.class_overridden:
            self.debt_class.setCurrentIndex(max(self.debt_class.findData(debt.debt_class), 0))
        self.add_field("class_override", self.tr("Class"), self.debt_class)
        self.reason = self.line(
            "override_reason", self.tr("Reason"), self.tr("why this class, e.g. customer bankrupt")
        )
        self.reason.setText(debt.override_reason)
        self.debt_class.currentIndexChanged.connect(self._class_changed)
        self._class_changed()
        self.ok_button.setText(self.tr("Set"))

    def _class_changed(self, *_args: Any) -> None:
        by_hand = bool(self.debt_class.currentData())
        self.reason.setEnabled(by_hand)
        label = self.form.labelForField(self.row("override_reason"))
        if isinstance(label, QLabel):
            label.setText(self.tr("Reason *") if by_hand else self.tr("Reason"))

    def post(self, *, confirm: bool) -> int:
        ledger.set_class_override(
            self.debt.id, debt_class=self.debt_class.currentData() or "", reason=self.reason.text()
        )
        return self.debt.id
