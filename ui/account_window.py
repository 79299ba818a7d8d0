"""The customer account window (客户往来账): the figures that matter always in
view, the ledger, the open debts and the payment history of one customer, and
the postings that change them.

One window per customer (``open_account`` raises the one already open). It is
not modal: the admin can keep several accounts and the main window open. After
every posting everything is read again and ``account_changed`` tells the rest
of the application. An archived customer's account is shown read-only."""

from __future__ import annotations

import time
from datetime import date
from typing import Any

from peewee import OperationalError
from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QCloseEvent, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app import account, choices, ledger
from app.account import AccountSummary, EntryRow, OpenDebt, PaidDebt
from app.errors import KnownError
from ui.i18n import error_text, tr_app
from ui.ledger_model import COL_DESCRIPTION, LedgerModel, can_reverse, money_text
from ui.open_debts_model import COL_HOLD, OpenDebtsModel
from ui.posting_dialogs import (
    ClassOverrideDialog,
    CreditNoteDialog,
    HoldDialog,
    InvoiceDialog,
    PaymentDialog,
    PostingDialog,
    ReverseDialog,
    WriteOffDialog,
)

Index = QModelIndex | QPersistentModelIndex
RED = "color: #c62828"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

TAB_LEDGER, TAB_DEBTS, TAB_DAYS = range(3)


def _table(model: QAbstractTableModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setDefaultSectionSize(100)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    return view


class Figure(QWidget):
    """A caption over a value, in the header strip."""

    def __init__(self, name: str, caption: str, tooltip: str = "") -> None:
        super().__init__()
        self.setObjectName(f"{name}Figure")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 12, 0)
        layout.setSpacing(1)
        self.caption = QLabel(caption)
        self.caption.setStyleSheet("color: #666666")
        self.value = QLabel()
        self.value.setObjectName(f"{name}Value")
        self.value.setTextFormat(Qt.TextFormat.PlainText)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.value.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.value.setFont(font)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        if tooltip:
            self.setToolTip(tooltip)

    def set(self, text: str, *, alarm: bool = False, tooltip: str | None = None) -> None:
        self.value.setText(text)
        self.value.setStyleSheet(RED if alarm else "")
        if tooltip is not None:
            self.value.setToolTip(tooltip)


class DaysToPayModel(QAbstractTableModel):
    """Invoices paid in full, latest first: how long the customer took."""

    COL_NUMBER, COL_DATE, COL_DUE, COL_SETTLED, COL_DAYS, COL_LATE = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PaidDebt] = []

    def set_rows(self, rows: list[PaidDebt]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def headers(self) -> list[str]:
        return [
            self.tr("Number"),
            self.tr("Invoice date"),
            self.tr("Due date"),
            self.tr("Paid in full on"),
            self.tr("Days to pay"),
            self.tr("Days late"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 6

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 6:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                row.number,
                row.entry_date.isoformat(),
                row.due_date.isoformat(),
                row.settled_on.isoformat(),
                str(row.days_to_pay),
                str(row.days_late) if row.days_late else "",
            ][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.COL_DAYS, self.COL_LATE):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_LATE and row.days_late:
            return QBrush(QColor("#c62828"))
        return None


class AccountWindow(QMainWindow):
    """The account of one customer. ``account_changed(customer_id)`` is emitted
    after every posting or change of a debt made here."""

    account_changed = Signal(int)

    def __init__(self, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setObjectName("accountWindow")
        self.customer_id = customer_id
        self.closing = False
        self.read_only = False
        self.currency = "CNY"
        self.last_summary: AccountSummary | None = None
        # how long the last ``reload`` took, in milliseconds
        self.load_ms = 0.0
        self.resize(1180, 720)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self._build_header())
        self.tabs = QTabWidget(central)
        self.tabs.setObjectName("accountTabs")
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self._build_actions()
        self._build_ledger_tab()
        self._build_debts_tab()
        self._build_days_tab()
        self.reload()

    # --- construction ----------------------------------------------------------------

    def _build_header(self) -> QWidget:
        frame = QFrame()
        frame.setObjectName("accountHeader")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        outer = QVBoxLayout(frame)
        outer.setContentsMargins(10, 8, 10, 8)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("accountTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)
        self.currency_label = QLabel()
        self.currency_label.setObjectName("currencyLabel")
        self.archived_label = QLabel(self.tr("Archived: read only"))
        self.archived_label.setObjectName("archivedLabel")
        self.archived_label.setStyleSheet(RED)
        self.archived_label.setToolTip(
            self.tr("Restore the card from the archive to post to this ledger.")
        )
        self.archived_label.hide()
        top.addWidget(self.title)
        top.addSpacing(12)
        top.addWidget(self.currency_label)
        top.addStretch(1)
        top.addWidget(self.archived_label)
        outer.addLayout(top)

        figures = QHBoxLayout()
        figures.setSpacing(8)
        self.balance_figure = Figure(
            "balance", self.tr("Balance due"), self.tr("Everything the customer owes now")
        )
        self.overdue_figure = Figure(
            "overdue",
            self.tr("Overdue"),
            self.tr("Open on debts past their due date; disputed debts are left out"),
        )
        self.oldest_figure = Figure(
            "oldest", self.tr("Oldest overdue"), self.tr("The debt longest past its due date")
        )
        self.credit_figure = Figure(
            "credit",
            self.tr("Credit balance"),
            self.tr("Paid or credited beyond the debts; goes to the next invoices"),
        )
        self.held_figure = Figure(
            "held", self.tr("Disputed"), self.tr("Open on debts held as disputed")
        )
        self.limit_figure = Figure("limit", self.tr("Credit limit"))
        self.supply_figure = Figure("supplyHold", self.tr("Supply hold"))
        self.days_figure = Figure(
            "daysToPay",
            self.tr("Average days to pay"),
            self.tr("Over the last invoices paid in full, from invoice date to payment"),
        )
        self._figures = [
            self.balance_figure,
            self.overdue_figure,
            self.oldest_figure,
            self.credit_figure,
            self.held_figure,
            self.limit_figure,
            self.supply_figure,
            self.days_figure,
        ]
        for figure in self._figures:
            figures.addWidget(figure)
        figures.addStretch(1)
        outer.addLayout(figures)

        self.problem_label = QLabel()
        self.problem_label.setObjectName("accountProblem")
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(RED)
        self.problem_label.hide()
        outer.addWidget(self.problem_label)
        return frame

    def _action(self, text: str, slot: Any, name: str, shortcut: str | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.invoice_action = self._action(self.tr("New invoice…"), self.new_invoice, "newInvoice")
        self.payment_action = self._action(
            self.tr("Record payment…"), self.record_payment, "recordPayment"
        )
        self.credit_note_action = self._action(
            self.tr("Credit note…"), self.new_credit_note, "creditNote"
        )
        self.write_off_action = self._action(self.tr("Write off…"), self.write_off, "writeOff")
        self.reverse_action = self._action(self.tr("Reverse…"), self.reverse_selected, "reverse")
        self.hold_action = self._action(
            self.tr("Hold as disputed…"), self.hold_selected, "holdDebt"
        )
        self.release_action = self._action(
            self.tr("Release hold"), self.release_selected, "releaseHold"
        )
        self.class_action = self._action(self.tr("Set class…"), self.set_class, "setClass")
        self.reload_action = self._action(self.tr("Refresh"), self.reload, "refresh", "F5")
        self.statement_action = self._action(
            self.tr("Statement…"), lambda: self.print_document("statement"), "printStatement"
        )
        self.dunning_action = self._action(
            self.tr("Dunning letter…"), lambda: self.print_document("dunning"), "printDunning"
        )
        self._posting_actions = [
            self.invoice_action,
            self.payment_action,
            self.credit_note_action,
            self.write_off_action,
        ]
        self._tips = {
            self.invoice_action: self.tr("Post an invoice or delivery note"),
            self.payment_action: self.tr("Record a payment received"),
            self.credit_note_action: self.tr("Post a credit note, e.g. for goods returned"),
            self.write_off_action: self.tr("Write off what is still open on the chosen debts"),
            self.reverse_action: self.tr(
                "Reverse the selected payment, credit note or write-off (e.g. a bounced cheque)"
            ),
            self.hold_action: self.tr("Hold the selected debt out of collection while disputed"),
            self.release_action: self.tr("End the dispute hold of the selected debts"),
            self.class_action: self.tr("Put the selected debt in a class by hand"),
        }

    def _toolbar(self, actions: list[QAction | None], name: str) -> QToolBar:
        bar = QToolBar()
        bar.setObjectName(name)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in actions:
            if action is None:
                bar.addSeparator()
            else:
                bar.addAction(action)
        return bar

    def _build_ledger_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(
            self._toolbar(
                [
                    self.invoice_action,
                    self.payment_action,
                    self.credit_note_action,
                    self.write_off_action,
                    None,
                    self.reverse_action,
                    None,
                    self.statement_action,
                    self.dunning_action,
                ],
                "ledgerToolbar",
            )
        )
        self.ledger_model = LedgerModel(self)
        self.ledger_view = _table(self.ledger_model, "ledgerView")
        self.ledger_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.ledger_view.horizontalHeader()
        for column, width in enumerate((92, 150, 120, 92, 100, 100, 110, 150)):
            header.resizeSection(column, width)
        header.resizeSection(COL_DESCRIPTION, 240)
        self.ledger_view.selectionModel().selectionChanged.connect(self._update_actions)
        self.ledger_view.customContextMenuRequested.connect(self._ledger_menu)
        layout.addWidget(self.ledger_view, 1)
        self.tabs.addTab(page, self.tr("Ledger"))

    def _build_debts_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(
            self._toolbar(
                [self.hold_action, self.release_action, self.class_action, None]
                + [self.write_off_action],
                "debtsToolbar",
            )
        )
        self.debts_model = OpenDebtsModel(self)
        self.debts_view = _table(self.debts_model, "openDebtsView")
        self.debts_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.debts_view.horizontalHeader()
        for column, width in enumerate((130, 92, 92, 110, 110, 90, 150)):
            header.resizeSection(column, width)
        header.resizeSection(COL_HOLD, 220)
        self.debts_view.selectionModel().selectionChanged.connect(self._update_actions)
        self.debts_view.customContextMenuRequested.connect(self._debts_menu)
        self.debts_view.doubleClicked.connect(lambda _index: self.hold_selected())
        layout.addWidget(self.debts_view, 1)
        self.tabs.addTab(page, self.tr("Open debts"))

    def _build_days_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        self.days_summary = QLabel()
        self.days_summary.setObjectName("daysToPaySummary")
        self.days_summary.setWordWrap(True)
        layout.addWidget(self.days_summary)
        self.days_model = DaysToPayModel(self)
        self.days_view = _table(self.days_model, "daysToPayView")
        self.days_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.days_view.horizontalHeader().setStretchLastSection(False)
        layout.addWidget(self.days_view, 1)
        self.tabs.addTab(page, self.tr("Days to pay"))

    def add_tab(self, widget: QWidget, title: str) -> int:
        """Add a page (e.g. the collection log) after the account's own tabs."""
        return self.tabs.addTab(widget, title)

    # --- loading -------------------------------------------------------------------------

    def due_date_for(self, entry_date: date) -> date:
        """The due date the customer's terms give now (they may change while
        the window is open)."""
        return ledger.due_date_on(self.customer_id, entry_date)

    def reload(self, *, select_entry: int | None = None) -> None:
        """Read the account again: header, ledger, open debts, payment history."""
        started = time.perf_counter()
        keep_entry = select_entry if select_entry is not None else self.selected_entry_id()
        keep_debts = self.selected_debt_ids()
        try:
            summary = account.summary(self.customer_id)
            entries = account.entries(self.customer_id)
            debts = account.open_debts(self.customer_id)
            paid = account.days_to_pay(self.customer_id)
        except KnownError as exc:
            self._show_problem(error_text(exc))
            return
        except OperationalError as exc:
            self._show_problem(
                self.tr(
                    "The account could not be read ({reason}). Try again in a moment (F5)."
                ).format(reason=str(exc))
            )
            return
        self.problem_label.hide()
        self.read_only = summary.archived
        self.currency = summary.currency
        self.last_summary = summary
        self.setWindowTitle(
            self.tr("Account: {number} {name}").format(number=summary.number, name=summary.name)
        )
        self._show_header(summary)
        self.ledger_model.set_entries(entries)
        self.debts_model.set_debts(debts)
        self.days_model.set_rows(paid)
        self._show_days(summary, paid)
        self._reselect(keep_entry, keep_debts)
        self._update_actions()
        self.load_ms = (time.perf_counter() - started) * 1000

    def _show_problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.show()
        self.read_only = True
        self._update_actions()

    def _show_header(self, s: AccountSummary) -> None:
        cur = s.currency
        self.title.setText(f"{s.number}  {s.name}")
        self.currency_label.setText(tr_app(choices.CURRENCY.get(cur, cur)))
        self.archived_label.setVisible(s.archived)
        self.balance_figure.set(money_text(s.balance, cur), alarm=s.over_limit)
        self.overdue_figure.set(money_text(s.overdue, cur), alarm=s.overdue > 0)
        if s.oldest_overdue_days is not None:
            days = self.tr("%n day(s)", "", s.oldest_overdue_days)
            self.oldest_figure.set(
                self.tr("{days} · {number}").format(days=days, number=s.oldest_overdue_number)
                if s.oldest_overdue_number
                else days,
                alarm=True,
            )
        else:
            self.oldest_figure.set("—")
        self.credit_figure.set(money_text(s.credit, cur))
        self.credit_figure.setVisible(s.credit > 0)
        self.held_figure.set(money_text(s.held, cur))
        self.held_figure.setVisible(s.held > 0)
        if s.credit_limit is None:
            self.limit_figure.set(self.tr("None"), tooltip="")
        elif s.over_limit:
            self.limit_figure.set(
                money_text(s.credit_limit, cur),
                alarm=True,
                tooltip=self.tr("Over the limit by {amount}").format(
                    amount=money_text(s.balance - s.credit_limit, cur)
                ),
            )
        else:
            self.limit_figure.set(
                money_text(s.credit_limit, cur),
                tooltip=self.tr("{amount} left").format(
                    amount=money_text(s.credit_limit - s.balance, cur)
                ),
            )
        if s.supply_hold:
            since = s.supply_hold_since
            reason = s.supply_hold_reason or self.tr("no reason given")
            self.supply_figure.set(
                self.tr("Stopped: {reason}").format(reason=reason),
                alarm=True,
                tooltip=self.tr("Since {date}").format(date=since.isoformat()) if since else "",
            )
        self.supply_figure.setVisible(s.supply_hold)
        if s.average_days_to_pay is None:
            self.days_figure.set("—", tooltip=self.tr("No invoice paid in full yet"))
        else:
            self.days_figure.set(self.tr("%n day(s)", "", s.average_days_to_pay), tooltip=None)

    def _show_days(self, s: AccountSummary, paid: list[PaidDebt]) -> None:
        if not paid:
            self.days_summary.setText(self.tr("No invoice has been paid in full by payments yet."))
            return
        self.days_summary.setText(
            self.tr(
                "%n invoice(s) paid in full by payments. Average time from invoice to "
                "payment, over the latest: {days}.",
                "",
                len(paid),
            ).format(days=self.tr("%n day(s)", "", s.average_days_to_pay or 0))
        )

    def _reselect(self, entry_id: int | None, debt_ids: list[int]) -> None:
        if entry_id is not None:
            row = self.ledger_model.row_of(entry_id)
            if row is not None:
                self.ledger_view.selectRow(row)
                self.ledger_view.scrollTo(self.ledger_model.index(row, 0))
        elif self.ledger_model.rowCount() > 0:
            self.ledger_view.scrollToBottom()
        selection = self.debts_view.selectionModel()
        for debt_id in debt_ids:
            row = self.debts_model.row_of(debt_id)
            if row is not None:
                selection.select(
                    self.debts_model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )

    # --- selection and actions ---------------------------------------------------------

    def selected_entry(self) -> EntryRow | None:
        rows = self.ledger_view.selectionModel().selectedRows()
        return self.ledger_model.entry(rows[0].row()) if rows else None

    def selected_entry_id(self) -> int | None:
        entry = self.selected_entry()
        return entry.id if entry else None

    def selected_debts(self) -> list[OpenDebt]:
        rows = sorted(i.row() for i in self.debts_view.selectionModel().selectedRows())
        return [d for d in (self.debts_model.debt(r) for r in rows) if d is not None]

    def selected_debt_ids(self) -> list[int]:
        return [d.id for d in self.selected_debts()]

    def _update_actions(self, *_args: Any) -> None:
        archived_tip = self.tr("This customer is archived: restore the card to post to its ledger.")
        entry = self.selected_entry()
        debts = self.selected_debts()
        open_debts = self.debts_model.debts()
        states = {
            self.invoice_action: (True, ""),
            self.payment_action: (True, ""),
            self.credit_note_action: (True, ""),
            self.write_off_action: (
                bool(open_debts),
                self.tr("There is nothing open to write off."),
            ),
            self.reverse_action: (
                entry is not None and can_reverse(entry),
                self.tr("Select a payment, credit note or write-off that is not reversed yet."),
            ),
            self.hold_action: (
                len(debts) == 1,
                self.tr("Select one open debt."),
            ),
            self.release_action: (
                any(d.hold_reason for d in debts),
                self.tr("Select a debt on hold."),
            ),
            self.class_action: (len(debts) == 1, self.tr("Select one open debt.")),
        }
        for action, (possible, why_not) in states.items():
            if self.read_only:
                action.setEnabled(False)
                action.setToolTip(archived_tip)
            else:
                action.setEnabled(possible)
                action.setToolTip(self._tips[action] if possible else why_not)

    def _ledger_menu(self, pos: QPoint) -> None:
        index = self.ledger_view.indexAt(pos)
        if index.isValid():
            self.ledger_view.selectRow(index.row())
        menu = QMenu(self)
        menu.addAction(self.reverse_action)
        menu.addSeparator()
        for action in self._posting_actions:
            menu.addAction(action)
        menu.exec(self.ledger_view.viewport().mapToGlobal(pos))

    def _debts_menu(self, pos: QPoint) -> None:
        index = self.debts_view.indexAt(pos)
        if index.isValid() and index.row() not in {
            i.row() for i in self.debts_view.selectionModel().selectedRows()
        }:
            self.debts_view.selectRow(index.row())
        menu = QMenu(self)
        for action in (self.hold_action, self.release_action, self.class_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.write_off_action)
        menu.exec(self.debts_view.viewport().mapToGlobal(pos))

    # --- postings ----------------------------------------------------------------------

    def _open_dialog(self, dialog: PostingDialog, *, switch_to: int | None = None) -> PostingDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.posted.connect(lambda result: self._posted(result, switch_to))
        dialog.open()
        return dialog

    def _posted(self, result: int, switch_to: int | None) -> None:
        if switch_to == TAB_LEDGER:
            self.tabs.setCurrentIndex(TAB_LEDGER)
            self.reload(select_entry=result)
        else:
            self.reload()
        self.account_changed.emit(self.customer_id)

    def _can_post(self) -> bool:
        return not self.read_only

    def _debt_in_focus(self) -> int | None:
        """The debt the admin points at: the selected ledger entry on the ledger
        tab, the single selected open debt on the open-debts tab."""
        if self.tabs.currentIndex() == TAB_LEDGER:
            entry = self.selected_entry()
            if entry is not None and entry.open is not None and entry.open > 0:
                return entry.id
            return None
        debts = self.selected_debts()
        return debts[0].id if len(debts) == 1 else None

    def new_invoice(self) -> PostingDialog | None:
        if not self._can_post():
            return None
        dialog = InvoiceDialog(self.customer_id, due_date_for=self.due_date_for, parent=self)
        return self._open_dialog(dialog, switch_to=TAB_LEDGER)

    def record_payment(self) -> PostingDialog | None:
        if not self._can_post():
            return None
        dialog = PaymentDialog(
            self.customer_id, debts=self.debts_model.debts(), currency=self.currency, parent=self
        )
        return self._open_dialog(dialog, switch_to=TAB_LEDGER)

    def new_credit_note(self) -> PostingDialog | None:
        if not self._can_post():
            return None
        dialog = CreditNoteDialog(
            self.customer_id,
            debts=self.debts_model.debts(),
            debt_id=self._debt_in_focus(),
            parent=self,
        )
        return self._open_dialog(dialog, switch_to=TAB_LEDGER)

    def write_off(self) -> PostingDialog | None:
        if not self._can_post():
            return None
        if self.tabs.currentIndex() == TAB_DEBTS:
            selected = self.selected_debt_ids()
        else:
            focus = self._debt_in_focus()
            selected = [focus] if focus is not None else []
        dialog = WriteOffDialog(
            self.customer_id,
            debts=self.debts_model.debts(),
            selected=selected,
            currency=self.currency,
            parent=self,
        )
        return self._open_dialog(dialog, switch_to=TAB_LEDGER)

    def reverse_selected(self) -> PostingDialog | None:
        entry = self.selected_entry()
        if not self._can_post() or entry is None or not can_reverse(entry):
            return None
        dialog = ReverseDialog(entry, currency=self.currency, parent=self)
        return self._open_dialog(dialog, switch_to=TAB_LEDGER)

    def hold_selected(self) -> PostingDialog | None:
        debts = self.selected_debts()
        if not self._can_post() or len(debts) != 1:
            return None
        return self._open_dialog(HoldDialog(debts[0], parent=self))

    def set_class(self) -> PostingDialog | None:
        debts = self.selected_debts()
        if not self._can_post() or len(debts) != 1:
            return None
        return self._open_dialog(ClassOverrideDialog(debts[0], parent=self))

    def release_selected(self) -> None:
        debts = [d for d in self.selected_debts() if d.hold_reason]
        if not self._can_post() or not debts:
            return
        try:
            for debt in debts:
                ledger.release_hold(debt.id)
        except KnownError as exc:
            QMessageBox.warning(self, self.tr("Release hold"), error_text(exc))
        except OperationalError as exc:
            QMessageBox.warning(
                self,
                self.tr("Release hold"),
                self.tr("Not changed: the database could not be written ({reason}).").format(
                    reason=str(exc)
                ),
            )
        self.reload()
        self.account_changed.emit(self.customer_id)

    # --- window ----------------------------------------------------------------------------

    def print_document(self, kind: str) -> QWidget:
        """The print dialog of a statement or a dunning letter for this customer."""
        from ui.document_batch_dialog import DocumentBatchDialog

        dialog = DocumentBatchDialog(kind, customer_ids=[self.customer_id], parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recorded.connect(self.reload)
        dialog.recorded.connect(lambda: self.account_changed.emit(self.customer_id))
        dialog.show()
        return dialog

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.closing = True
        super().closeEvent(event)


def find_account(customer_id: int) -> AccountWindow | None:
    """The account window already open for the customer, if any."""
    for widget in QApplication.topLevelWidgets():
        if (
            isinstance(widget, AccountWindow)
            and widget.customer_id == customer_id
            and not widget.closing
        ):
            return widget
    return None


def open_account(customer_id: int, parent: QWidget | None = None) -> AccountWindow:
    """Show the customer's account window: the one already open (raised), or a
    new one. Connect to its ``account_changed`` to refresh lists."""
    window = find_account(customer_id)
    if window is None:
        window = AccountWindow(customer_id, parent)
        from ui.collection_tabs import add_collection_tabs  # late: the pages build on this

        add_collection_tabs(window)
        window.show()
    elif window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
    return window


__all__ = ["AccountWindow", "find_account", "money_text", "open_account"]
