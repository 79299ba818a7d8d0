"""The dialogs of the instalment-plan page: a new plan (rows typed, or
generated from a total) and the cancellation of a plan."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app import instalments
from app.errors import FieldIssue
from app.instalments import PlanStatus
from app.money import MoneyFormatError, format_money, from_fen, parse_money, to_fen
from ui.collection_dialogs import CollectionDialog, qdate
from ui.customer_card import WARNING_STYLE, FieldRow
from ui.i18n import issue_text, tr_app
from ui.ledger_model import money_text
from ui.plan_models import InstalmentDraftModel

Index = QModelIndex | QPersistentModelIndex
MONTHLY, WEEKLY = "monthly", "weekly"


# --- the instalment generator ---------------------------------------------------------


def split_total(total: Decimal, count: int) -> list[Decimal]:
    """*total* in *count* equal instalments to the fen; the fen left over go
    on the last, so they add up exactly: 1000.00 in 3 -> 333.33, 333.33, 333.34."""
    fen = to_fen(total)
    each = fen // count
    amounts = [each] * count
    amounts[-1] += fen - each * count
    return [from_fen(a) for a in amounts]


def add_months(start: date, months: int) -> date:
    """The same day *months* later, or the month's last day (31 Jan -> 28 Feb)."""
    years, month0 = divmod(start.month - 1 + months, 12)
    year = start.year + years
    day = min(start.day, calendar.monthrange(year, month0 + 1)[1])
    return date(year, month0 + 1, day)


def schedule(first: date, count: int, interval: str) -> list[date]:
    """*count* due dates from *first*, a month or a week apart."""
    if interval == WEEKLY:
        return [first + timedelta(weeks=i) for i in range(count)]
    return [add_months(first, i) for i in range(count)]


# --- instalment plans -----------------------------------------------------------------


class DateDelegate(QStyledItemDelegate):
    """A date editor with a calendar for the due dates typed as 2025-06-30."""

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat("yyyy-MM-dd")
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        try:
            value = date.fromisoformat(text)
        except ValueError:
            value = date.today()
        assert isinstance(editor, QDateEdit)
        editor.setDate(qdate(value))

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: Index
    ) -> None:
        assert isinstance(editor, QDateEdit)
        model.setData(index, editor.date().toPython().isoformat(), Qt.ItemDataRole.EditRole)


class PlanDialog(CollectionDialog):
    """An instalment plan (还款计划): the rows typed one by one, or filled in
    from a total split into equal instalments a month or a week apart (the
    fen left over go on the last), then edited at will."""

    def __init__(
        self,
        customer_id: int,
        *,
        balance: Decimal = Decimal("0.00"),
        currency: str = "CNY",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("New instalment plan"), parent)
        self.setObjectName("planDialog")
        self.customer_id = customer_id
        self.currency = currency
        self.balance = balance
        self.agreed_on = self.date_edit("agreed_on", self.tr("Agreed on *"))
        self.note = self.line("note", self.tr("Note"), self.tr("e.g. signed by Mr Wang, finance"))
        self._build_generator()
        self.rows_model = InstalmentDraftModel(self)
        self.rows_view = QTableView()
        self.rows_view.setObjectName("instalmentRows")
        self.rows_view.setModel(self.rows_model)
        self.rows_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rows_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rows_view.verticalHeader().hide()
        self.rows_view.verticalHeader().setDefaultSectionSize(24)
        self.rows_view.setColumnWidth(InstalmentDraftModel.COL_SEQ, 60)
        self.rows_view.setColumnWidth(InstalmentDraftModel.COL_DUE, 160)
        self.rows_view.setColumnWidth(InstalmentDraftModel.COL_AMOUNT, 160)
        self.rows_view.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        self.rows_view.setItemDelegateForColumn(
            InstalmentDraftModel.COL_DUE, DateDelegate(self.rows_view)
        )
        self.rows_view.setMinimumHeight(160)
        self.add_below("instalments", self.rows_view)
        buttons = QHBoxLayout()
        self.add_row_button = QPushButton(self.tr("Add a row"))
        self.add_row_button.setObjectName("addInstalment")
        self.remove_row_button = QPushButton(self.tr("Remove the row"))
        self.remove_row_button.setObjectName("removeInstalment")
        self.total_label = QLabel()
        self.total_label.setObjectName("planTotal")
        self.total_label.setTextFormat(Qt.TextFormat.PlainText)
        buttons.addWidget(self.add_row_button)
        buttons.addWidget(self.remove_row_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.total_label, 1)
        self._tail.addLayout(buttons)
        self.add_row_button.clicked.connect(self._add_row)
        self.remove_row_button.clicked.connect(self._remove_row)
        for signal in (
            self.rows_model.dataChanged,
            self.rows_model.rowsInserted,
            self.rows_model.rowsRemoved,
            self.rows_model.modelReset,
        ):
            signal.connect(self._update_total)
        self._update_total()
        self.resize(640, 720)
        self.total_edit.setFocus()

    def _build_generator(self) -> None:
        box = QGroupBox(self.tr("Fill in the rows from a total"))
        box.setObjectName("generatorBox")
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.total_edit = QLineEdit()
        self.total_edit.setObjectName("generateTotal")
        self.total_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.total_edit.setPlaceholderText("0.00")
        if self.balance > 0:
            self.total_edit.setText(format_money(self.balance))
        self.count = QSpinBox()
        self.count.setObjectName("generateCount")
        self.count.setRange(1, instalments.MAX_INSTALMENTS)
        self.count.setValue(3)
        self.first_due = QDateEdit()
        self.first_due.setObjectName("generateFirst")
        self.first_due.setCalendarPopup(True)
        self.first_due.setDisplayFormat("yyyy-MM-dd")
        self.first_due.setDate(qdate(add_months(date.today(), 1)))
        self.interval = QComboBox()
        self.interval.setObjectName("generateInterval")
        self.interval.addItem(self.tr("Monthly"), MONTHLY)
        self.interval.addItem(self.tr("Weekly"), WEEKLY)
        self.generate_row = FieldRow(self.total_edit)
        self._rows["generate_total"] = self.generate_row
        self.total_edit.textEdited.connect(lambda _t: self.generate_row.clear_issue())
        form.addRow(self.tr("Total"), self.generate_row)
        form.addRow(self.tr("Instalments"), self.count)
        form.addRow(self.tr("First due on"), self.first_due)
        form.addRow(self.tr("Then"), self.interval)
        self.generate_button = QPushButton(self.tr("Fill in the rows"))
        self.generate_button.setObjectName("generateButton")
        self.generate_button.clicked.connect(self.generate)
        hint = QLabel(self.tr("Equal amounts; the remaining fen go on the last instalment."))
        hint.setStyleSheet("color: #666666")
        hint.setWordWrap(True)
        line = QHBoxLayout()
        line.addWidget(self.generate_button)
        line.addWidget(hint, 1)
        form.addRow(line)
        self.form.addRow(box)

    def generate(self) -> bool:
        """Replace the rows with the generated ones; False (and a message under
        the total) when the total cannot be split."""
        self.generate_row.clear_issue()
        text = self.total_edit.text()
        try:
            total = parse_money(text) if text.strip() else None
        except MoneyFormatError as exc:
            self.generate_row.show_issue(tr_app(exc.reason), warning=False)
            return False
        count = self.count.value()
        if total is None or total <= 0:
            self.generate_row.show_issue(
                self.tr("Type the total to split, e.g. 3000"), warning=False
            )
            return False
        if to_fen(total) < count:
            self.generate_row.show_issue(
                self.tr("Too little to split into %n instalment(s)", "", count), warning=False
            )
            return False
        dates = schedule(self.first_due.date().toPython(), count, self.interval.currentData())
        self.rows_model.set_rows(list(zip(dates, split_total(total, count), strict=True)))
        self.row("instalments").clear_issue()
        return True

    def _add_row(self) -> None:
        rows = self.rows_model.instalments()
        due: date | str = self.first_due.date().toPython()
        if rows:
            try:
                last = date.fromisoformat(rows[-1][0])
            except ValueError:
                due = ""
            else:
                due = (
                    last + timedelta(weeks=1)
                    if self.interval.currentData() == WEEKLY
                    else add_months(last, 1)
                )
        row = self.rows_model.add_row(due, "")
        index = self.rows_model.index(row, self.rows_model.COL_AMOUNT)
        self.rows_view.setCurrentIndex(index)
        self.rows_view.edit(index)

    def _remove_row(self) -> None:
        rows = self.rows_view.selectionModel().selectedRows()
        current = rows[0].row() if rows else self.rows_view.currentIndex().row()
        if current < 0:
            current = self.rows_model.rowCount() - 1
        self.rows_model.remove_row(current)

    def _update_total(self, *_args: Any) -> None:
        rows = self.rows_model.instalments()
        parsed = []
        for _due, amount in rows:
            try:
                parsed.append(parse_money(amount) if amount.strip() else None)
            except MoneyFormatError:
                parsed.append(None)
        total = sum((p for p in parsed if p is not None), Decimal("0.00"))
        text = self.tr("%n instalment(s), {total} in all", "", len(rows)).format(
            total=money_text(total, self.currency)
        )
        if any(p is None for p in parsed):
            text += self.tr(" (some amounts are not readable yet)")
        text += self.tr("; balance now {balance}").format(
            balance=money_text(self.balance, self.currency)
        )
        self.total_label.setText(text)
        self.total_label.setStyleSheet(WARNING_STYLE if total > self.balance else "")

    def row_for(self, issue: FieldIssue) -> FieldRow | None:
        if issue.field.startswith("instalments"):
            return self._rows["instalments"]
        return super().row_for(issue)

    def show_issues(self, errors: list[FieldIssue], warnings: list[FieldIssue]) -> None:
        def per_row(issue: FieldIssue) -> bool:
            return issue.field.startswith("instalments.")

        super().show_issues(
            [i for i in errors if not per_row(i)], [i for i in warnings if not per_row(i)]
        )
        problems: dict[int, str] = {}
        lines = []
        for issue in errors:
            parts = issue.field.split(".")
            if len(parts) < 2 or parts[0] != "instalments" or not parts[1].isdigit():
                continue
            number = int(parts[1])
            text = issue_text(issue)
            problems[number - 1] = "\n".join(filter(None, [problems.get(number - 1), text]))
            lines.append(self.tr("No. {number}: {problem}").format(number=number, problem=text))
        if lines:
            existing = self.message("instalments")
            self.row("instalments").show_issue(
                "\n".join(([existing] if existing else []) + lines), warning=False
            )
        self.rows_model.set_problems(problems)

    def post(self, *, confirm: bool) -> int:
        self.rows_model.set_problems({})
        return instalments.create_plan(
            self.customer_id,
            agreed_on=self.agreed_on.date().toPython(),
            instalments=self.rows_model.instalments(),
            note=self.note.text(),
            confirm=confirm,
        )


class CancelPlanDialog(CollectionDialog):
    """Cancel an instalment plan, with the reason (it goes to the collection log)."""

    def __init__(
        self, plan: PlanStatus, *, currency: str = "CNY", parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Cancel an instalment plan"), parent)
        self.setObjectName("cancelPlanDialog")
        self.plan = plan
        what = QLabel(
            self.tr("Agreed on {date}: {total}, {left} still due").format(
                date=plan.agreed_on.isoformat(),
                total=money_text(plan.total, currency),
                left=money_text(plan.still_due, currency),
            )
        )
        what.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addRow(self.tr("Plan"), what)
        self.cancelled_on = self.date_edit("cancelled_on", self.tr("Cancelled on *"))
        self.reason = self.line(
            "reason", self.tr("Reason *"), self.tr("e.g. two instalments missed, new plan agreed")
        )
        self.note_label(self.tr("The reason is also written to the collection log."))
        self.ok_button.setText(self.tr("Cancel the plan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keep it"))
        self.reason.setFocus()

    def post(self, *, confirm: bool) -> int:
        instalments.cancel_plan(
            self.plan.id, on=self.cancelled_on.date().toPython(), reason=self.reason.text()
        )
        return self.plan.id


__all__ = [
    "CancelPlanDialog",
    "DateDelegate",
    "PlanDialog",
    "add_months",
    "schedule",
    "split_total",
]
