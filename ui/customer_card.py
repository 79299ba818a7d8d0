"""The customer card editor (客户资料卡) for individuals and corporate customers.

The dialog collects what the user typed into a ``CustomerData`` and hands it
to ``app.customers``; every rule lives there. Messages come back per field and
are shown under the field. A failed or cancelled save never loses typing: the
dialog stays open with everything in it."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from peewee import OperationalError
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import choices, customers, groups
from app import validation as v
from app.errors import (
    ConcurrentEditError,
    DuplicateMatch,
    FieldIssue,
    KnownError,
    NeedsConfirmation,
    ValidationError,
)
from app.money import format_money
from app.records import Birthday, CustomerData, SavedCustomer
from app.salutation import derive as derive_salutation
from ui.contacts import ContactDialog, ContactsModel
from ui.customer_summary import list_separator
from ui.edit_conflict import KEEP, RELOAD, ask_about_conflict
from ui.fields import BirthdayEdit, ChoiceCombo, OptionalDateEdit
from ui.group_checklist import GroupCheckModel
from ui.i18n import error_text, issue_text, tr_app

ERROR_STYLE = "color: #c62828"
WARNING_STYLE = "color: #e65100"

TAB_BASIC, TAB_CONTACT, TAB_PEOPLE, TAB_PAYMENT, TAB_GROUPS, TAB_NOTES = range(6)


class FieldRow(QWidget):
    """An editor with its message line underneath."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(editor)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.setFocusProxy(editor)

    def show_issue(self, text: str, *, warning: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(WARNING_STYLE if warning else ERROR_STYLE)
        self.message.show()
        self.editor.setProperty("problem", "warning" if warning else "error")
        self.editor.setStyleSheet(
            "border: 1px solid #e65100;" if warning else "border: 1px solid #c62828;"
        )

    def clear_issue(self) -> None:
        self.message.clear()
        self.message.hide()
        self.editor.setProperty("problem", "")
        self.editor.setStyleSheet("")


class DuplicateDialog(QDialog):
    """Warnings and possible duplicates before saving: save anyway, open an
    existing card, or go back to the form."""

    SAVE, OPEN, BACK = 1, 2, 0

    def __init__(
        self,
        warnings: list[tuple[str, str]],
        duplicates: list[DuplicateMatch],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Please check before saving"))
        self.chosen_customer: int | None = None
        layout = QVBoxLayout(self)
        if warnings:
            title = QLabel(self.tr("These values look wrong:"))
            layout.addWidget(title)
            for label, text in warnings:
                line = QLabel(
                    "• " + self.tr("{label}: {problem}").format(label=label, problem=text)
                )
                line.setTextFormat(Qt.TextFormat.PlainText)
                line.setWordWrap(True)
                line.setStyleSheet(WARNING_STYLE)
                layout.addWidget(line)
        if duplicates:
            layout.addWidget(QLabel(self.tr("This customer may already be on file:")))
            for match in duplicates:
                row = QHBoxLayout()
                text = QLabel(f"{match.number}  {match.name}  ({tr_app(match.reason)})")
                text.setTextFormat(Qt.TextFormat.PlainText)
                button = QPushButton(self.tr("Open this card"))
                button.setObjectName(f"openDuplicate{match.customer_id}")
                button.clicked.connect(lambda _=False, cid=match.customer_id: self._open(cid))
                row.addWidget(text, 1)
                row.addWidget(button)
                layout.addLayout(row)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save anyway"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.back_button = buttons.addButton(
            self.tr("Go back and correct"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.back_button.setDefault(True)
        self.save_button.clicked.connect(lambda: self.done(self.SAVE))
        self.back_button.clicked.connect(lambda: self.done(self.BACK))
        layout.addWidget(buttons)

    def _open(self, customer_id: int) -> None:
        self.chosen_customer = customer_id
        self.done(self.OPEN)


class CustomerCard(QDialog):
    """Create or edit one card. ``saved`` is emitted after a successful save;
    ``open_customer`` asks the main window to open another card."""

    saved = Signal(object)  # SavedCustomer
    open_customer = Signal(int)

    def __init__(self, data: CustomerData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerCard")
        self.setModal(True)
        self._data = data
        self._rows: dict[str, FieldRow] = {}
        self._tab_of: dict[str, int] = {}
        self._touched: set[str] = set()
        self.result_saved: SavedCustomer | None = None
        self.corporate = data.kind == "corporate"
        if data.id is None:
            title = (
                self.tr("New corporate customer")
                if self.corporate
                else self.tr("New individual customer")
            )
        else:
            title = self.tr("Customer card: {name}").format(name=data.name)
        self.setWindowTitle(title)
        self.resize(760, 640)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("cardTabs")
        self._build_basic()
        self._build_contact()
        self._build_people()
        self._build_payment()
        self._build_groups()
        self._build_notes()
        self._build_history()

        self.banner = QLabel(self)
        self.banner.setObjectName("cardBanner")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save)

        self._live_timer = QTimer(self)
        self._live_timer.setSingleShot(True)
        self._live_timer.setInterval(250)
        self._live_timer.timeout.connect(self._live_check)

        self._load(data)
        self._initial = self._snapshot()
        self.name.setFocus()

    # --- building the form ---------------------------------------------------------

    def _page(self, title: str) -> QFormLayout:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        scroll = QScrollArea()
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.tabs.addTab(scroll, title)
        return form

    def _add(self, form: QFormLayout, name: str, label: str, editor: QWidget) -> QWidget:
        row = FieldRow(editor)
        self._rows[name] = row
        self._tab_of[name] = self.tabs.count() - 1
        editor.setObjectName(name)
        form.addRow(label, row)
        self._watch(name, editor)
        return editor

    def _line(self, form: QFormLayout, name: str, label: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        self._add(form, name, label, edit)
        return edit

    def _text(self, form: QFormLayout, name: str, label: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(70)
        self._add(form, name, label, edit)
        return edit

    def _watch(self, name: str, editor: QWidget) -> None:
        def touched(*_args: Any) -> None:
            self._touched.add(name)
            self._live_timer.start()

        if isinstance(editor, QLineEdit):
            editor.editingFinished.connect(touched)
        elif isinstance(editor, QPlainTextEdit):
            editor.textChanged.connect(touched)
        elif isinstance(editor, QComboBox):
            editor.currentIndexChanged.connect(touched)
        elif isinstance(editor, QCheckBox):
            editor.toggled.connect(touched)
        elif isinstance(editor, (BirthdayEdit, OptionalDateEdit)):
            editor.changed.connect(touched)

    def _hide_row(self, form: QFormLayout, name: str) -> None:
        form.setRowVisible(self._rows[name], False)

    def _build_basic(self) -> None:
        form = self._page(self.tr("Basic"))
        self.basic_form = form
        kind_label = QLabel(tr_app(choices.KIND[self._data.kind]))
        kind_label.setObjectName("kindLabel")
        form.addRow(self.tr("Kind"), kind_label)
        self.number = self._line(form, "number", self.tr("Customer number"), self.tr("automatic"))
        self.name = self._line(
            form,
            "name",
            self.tr("Registered name *") if self.corporate else self.tr("Name *"),
        )
        self.short_name = self._line(form, "short_name", self.tr("Short name"))
        self.tier = self._add(form, "tier", self.tr("Tier"), ChoiceCombo(choices.TIER))
        self.salesperson = QComboBox()
        self.salesperson.setEditable(True)
        self.salesperson.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.salesperson.addItems([""] + customers.salespersons())
        self.salesperson.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._add(form, "salesperson", self.tr("Salesperson"), self.salesperson)
        self.source = self._line(
            form, "source", self.tr("Source"), self.tr("how we met, e.g. trade fair")
        )
        self.language = self._add(
            form, "language", self.tr("Document language"), ChoiceCombo(choices.LANGUAGE)
        )
        # Individual
        self.gender = self._add(form, "gender", self.tr("Gender"), ChoiceCombo(choices.GENDER))
        self.id_number = self._line(
            form, "id_number", self.tr("Resident ID"), self.tr("18 characters; fills birthday")
        )
        self.id_number.editingFinished.connect(self._fill_from_id)
        self.birthday = self._add(form, "birthday", self.tr("Birthday"), BirthdayEdit())
        self.employer = self._line(form, "employer", self.tr("Employer"))
        self.job_title = self._line(form, "job_title", self.tr("Job title"))
        self.salutation = self._line(form, "salutation", self.tr("Salutation"))
        self.salutation.setToolTip(
            self.tr(
                "How greetings address this person. Leave it empty to use the one "
                "shown in grey, made from the name, gender and job title."
            )
        )
        # Corporate
        self.credit_code = self._line(
            form, "credit_code", self.tr("Unified social credit code"), self.tr("18 characters")
        )
        self.legal_rep = self._line(form, "legal_rep", self.tr("Legal representative"))
        self.industry = self._line(form, "industry", self.tr("Industry"))
        self.company_size = self._add(
            form, "company_size", self.tr("Size"), ChoiceCombo(choices.COMPANY_SIZE)
        )
        self.founded_on = self._add(form, "founded_on", self.tr("Founded on"), OptionalDateEdit())
        individual_only = [
            "gender",
            "id_number",
            "birthday",
            "employer",
            "job_title",
            "salutation",
        ]
        corporate_only = ["credit_code", "legal_rep", "industry", "company_size", "founded_on"]
        for name in corporate_only if not self.corporate else individual_only:
            self._hide_row(form, name)
        if not self.corporate:
            self._hide_row(form, "short_name")
        self.name.textChanged.connect(self._update_salutation_hint)
        self.job_title.textChanged.connect(self._update_salutation_hint)
        self.gender.currentIndexChanged.connect(self._update_salutation_hint)
        self.language.currentIndexChanged.connect(self._update_salutation_hint)

    def _build_contact(self) -> None:
        form = self._page(self.tr("Contact"))
        self.mobile = self._line(form, "mobile", self.tr("Mobile"), "13800138000")
        self.phone = self._line(
            form,
            "phone",
            self.tr("Phone") if self.corporate else self.tr("Landline"),
            "010-12345678",
        )
        self.fax = self._line(form, "fax", self.tr("Fax"))
        self.email = self._line(form, "email", self.tr("E-mail"))
        self.wechat = self._line(form, "wechat", self.tr("WeChat"))
        self.qq = self._line(form, "qq", self.tr("QQ"))
        self.address = self._line(form, "address", self.tr("Address"))
        self.postcode = self._line(form, "postcode", self.tr("Postcode"), "100000")
        self.website = self._line(form, "website", self.tr("Website"))
        for name in ["qq"] if self.corporate else ["fax", "website"]:
            self._hide_row(form, name)

    def _build_people(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.contacts_model = ContactsModel(self)
        self.contacts_view = QTableView()
        self.contacts_view.setObjectName("contactsView")
        self.contacts_view.setModel(self.contacts_model)
        self.contacts_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.contacts_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contacts_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.contacts_view.horizontalHeader().setStretchLastSection(True)
        self.contacts_view.doubleClicked.connect(lambda index: self.edit_contact(index.row()))
        buttons = QHBoxLayout()
        self.add_contact_button = QPushButton(self.tr("Add…"))
        self.add_contact_button.setObjectName("addContact")
        self.add_contact_button.clicked.connect(lambda: self.edit_contact(None))
        edit = QPushButton(self.tr("Edit…"))
        edit.clicked.connect(lambda: self.edit_contact(self._current_contact_row()))
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self._remove_contact)
        up = QPushButton(self.tr("Move up"))
        up.clicked.connect(lambda: self._move_contact(-1))
        down = QPushButton(self.tr("Move down"))
        down.clicked.connect(lambda: self._move_contact(1))
        for b in (self.add_contact_button, edit, remove, up, down):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.contacts_message = QLabel()
        self.contacts_message.setObjectName("contactsMessage")
        self.contacts_message.setTextFormat(Qt.TextFormat.PlainText)
        self.contacts_message.setWordWrap(True)
        self.contacts_message.setStyleSheet(ERROR_STYLE)
        self.contacts_message.hide()
        layout.addWidget(self.contacts_view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.contacts_message)
        self.tabs.addTab(page, self.tr("Contact persons"))
        self.tabs.setTabVisible(TAB_PEOPLE, self.corporate)

    def _build_payment(self) -> None:
        form = self._page(self.tr("Payment and credit"))
        self.bank_name = self._line(form, "bank_name", self.tr("Bank"))
        self.bank_account = self._line(form, "bank_account", self.tr("Bank account"))
        self.invoice_type = self._add(
            form, "invoice_type", self.tr("Invoice required"), ChoiceCombo(choices.INVOICE_TYPE)
        )
        self.tax_id = self._line(form, "tax_id", self.tr("Tax ID"))
        self.settlement_method = self._add(
            form, "settlement_method", self.tr("Settlement"), ChoiceCombo(choices.SETTLEMENT)
        )
        self.settlement_days = self._line(
            form, "settlement_days", self.tr("Days net"), self.tr("for 'N days net'")
        )
        self.payment_days = self._line(
            form, "payment_days", self.tr("Payment days of the month"), "10, 25"
        )
        self.payment_signer = self._line(form, "payment_signer", self.tr("Who signs payments"))
        self.signer_hours = self._line(
            form,
            "signer_hours",
            self.tr("Signer in the office"),
            self.tr("e.g. Tue and Thu mornings"),
        )
        self.reconcile_first = self._add(
            form,
            "reconcile_first",
            self.tr("Reconcile first"),
            QCheckBox(self.tr("They reconcile a statement before paying")),
        )
        self.payment_documents = self._text(
            form, "payment_documents", self.tr("Documents they need")
        )
        self.currency = self._add(
            form, "currency", self.tr("Currency"), ChoiceCombo(choices.CURRENCY)
        )
        if self._data.id is not None and customers.has_ledger_entries(self._data.id):
            self.currency.setEnabled(False)
            self.currency.setToolTip(
                tr_app("The currency cannot change once the customer's ledger has entries")
            )
        self.credit_rating = self._add(
            form, "credit_rating", self.tr("Credit rating"), ChoiceCombo(choices.CREDIT_RATING)
        )
        # The label names the currency: see _currency_changed.
        self.credit_limit = self._line(form, "credit_limit", self.tr("Credit limit"), "50000.00")
        self.payment_terms_days = self._line(
            form, "payment_terms_days", self.tr("Payment terms (days)"), "30"
        )
        self.supply_hold = self._add(
            form,
            "supply_hold",
            self.tr("Supply hold"),
            QCheckBox(self.tr("No new deliveries until the previous one is paid")),
        )
        self.supply_hold_reason = self._line(form, "supply_hold_reason", self.tr("Hold reason"))
        self.supply_hold.toggled.connect(self.supply_hold_reason.setEnabled)
        self._build_late_fees(form)
        self.currency.currentIndexChanged.connect(self._currency_changed)
        if not self.corporate:
            for name in (
                "bank_name",
                "bank_account",
                "invoice_type",
                "tax_id",
                "settlement_method",
                "settlement_days",
                "payment_days",
                "payment_signer",
                "signer_hours",
                "reconcile_first",
                "payment_documents",
            ):
                self._hide_row(form, name)

    def _build_late_fees(self, form: QFormLayout) -> None:
        """The contract's late-payment charge terms: a mode and what it needs."""
        box = QGroupBox(self.tr("Late-payment charges (违约金)"))
        box.setObjectName("lateFeeGroup")
        self.late_fee_form = QFormLayout(box)
        self.late_fee_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.late_fee_mode = self._add(
            self.late_fee_form,
            "late_fee_mode",
            self.tr("Charged as"),
            ChoiceCombo(choices.LATE_FEE_MODE),
        )
        self.late_fee_daily_rate = self._line(
            self.late_fee_form,
            "late_fee_daily_rate",
            self.tr("Daily rate (% per day)"),
            self.tr("e.g. 0.05"),
        )
        self.late_fee_daily_rate.setToolTip(
            self.tr(
                "Percent of the overdue amount per day: 0.05 means 0.05 % per day, "
                "that is 5 per 10,000 owed."
            )
        )
        # The label names the currency: see _currency_changed.
        self.late_fee_per_level = self._line(
            self.late_fee_form,
            "late_fee_per_level",
            self.tr("Fee per reminder level"),
            "50, 100, 200",
        )
        self.late_fee_per_level.setToolTip(
            self.tr(
                "Fixed fees for reminder levels 1, 2, 3 and so on, separated by commas "
                "or 、 (at most five levels)."
            )
        )
        form.addRow(box)
        self.late_fee_mode.currentIndexChanged.connect(self._late_fee_mode_changed)

    def _build_groups(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.group_model = GroupCheckModel(self)
        self.group_model.reload()
        self.group_view = QListView()
        self.group_view.setObjectName("groupChecklist")
        self.group_view.setModel(self.group_model)
        new_group = QPushButton(self.tr("New group…"))
        new_group.clicked.connect(self._new_group)
        layout.addWidget(QLabel(self.tr("Tick the groups this customer belongs to.")))
        layout.addWidget(self.group_view, 1)
        layout.addWidget(new_group, 0, Qt.AlignmentFlag.AlignLeft)
        self.tabs.addTab(page, self.tr("Groups"))

    def _build_notes(self) -> None:
        form = self._page(self.tr("Notes"))
        self.family_notes = self._text(form, "family_notes", self.tr("Family"))
        self.hobbies = self._text(form, "hobbies", self.tr("Hobbies"))
        self.preferences = self._text(form, "preferences", self.tr("Preferences"))
        self.notes = self._text(form, "notes", self.tr("Notes"))
        if self.corporate:
            for name in ("family_notes", "hobbies", "preferences"):
                self._hide_row(form, name)

    def _build_history(self) -> None:
        """A saved card's audit trail (read-only), read when the tab is first shown."""
        self.history: Any = None
        if self._data.id is None:
            return
        from ui.history_view import HistoryPage  # loaded with the first saved card

        self.history = HistoryPage(self._data.id, self)
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.currentChanged.connect(self._history_shown)

    def _history_shown(self, index: int) -> None:
        if self.history is not None and self.tabs.widget(index) is self.history:
            self.history.ensure_loaded()

    # --- data in and out ------------------------------------------------------------

    _LINES = [
        "number",
        "name",
        "short_name",
        "source",
        "id_number",
        "employer",
        "job_title",
        "salutation",
        "credit_code",
        "legal_rep",
        "industry",
        "mobile",
        "phone",
        "fax",
        "email",
        "wechat",
        "qq",
        "address",
        "postcode",
        "website",
        "bank_name",
        "bank_account",
        "tax_id",
        "payment_days",
        "payment_signer",
        "signer_hours",
        "supply_hold_reason",
        "late_fee_per_level",
    ]
    _TEXTS = ["payment_documents", "family_notes", "hobbies", "preferences", "notes"]
    _CHOICES = [
        "tier",
        "language",
        "gender",
        "company_size",
        "invoice_type",
        "settlement_method",
        "credit_rating",
        "currency",
        "late_fee_mode",
    ]

    def _load(self, data: CustomerData) -> None:
        for name in self._LINES:
            getattr(self, name).setText(getattr(data, name) or "")
        for name in self._TEXTS:
            getattr(self, name).setPlainText(getattr(data, name) or "")
        for name in self._CHOICES:
            getattr(self, name).set_value(getattr(data, name) or "")
        self.salesperson.setCurrentText(data.salesperson)
        self.birthday.set_value(data.birthday)
        self.founded_on.set_value(data.founded_on)
        self.settlement_days.setText(
            "" if data.settlement_days is None else str(data.settlement_days)
        )
        self.payment_terms_days.setText(
            "" if data.payment_terms_days is None else str(data.payment_terms_days)
        )
        limit = data.credit_limit
        self.credit_limit.setText(
            "" if limit is None else (format_money(limit) if not isinstance(limit, str) else limit)
        )
        rate = data.late_fee_daily_rate
        self.late_fee_daily_rate.setText(
            "" if rate is None else (rate if isinstance(rate, str) else format(rate, "f"))
        )
        self.reconcile_first.setChecked(data.reconcile_first)
        self.supply_hold.setChecked(data.supply_hold)
        self.supply_hold_reason.setEnabled(data.supply_hold)
        self._currency_changed()
        self._late_fee_mode_changed()
        self.contacts_model.set_contacts(data.contacts)
        self.group_model.set_checked(set(data.group_ids))
        self._update_salutation_hint()

    def _update_salutation_hint(self) -> None:
        """The salutation greetings would use when none is typed, as the
        placeholder of the field; the contacts' table follows the language."""
        language = self.language.value()
        derived = derive_salutation(
            self.name.text(), self.gender.value(), self.job_title.text(), language
        )
        self.salutation.setPlaceholderText(
            derived or self.tr("made from the name, gender and job title")
        )
        self.contacts_model.set_language(language)

    def collect(self) -> CustomerData:
        """What the form holds now, as typed."""
        values: dict[str, Any] = {}
        for name in self._LINES:
            values[name] = getattr(self, name).text()
        for name in self._TEXTS:
            values[name] = getattr(self, name).toPlainText()
        for name in self._CHOICES:
            values[name] = getattr(self, name).value()
        return CustomerData(
            **values,
            kind=self._data.kind,
            salesperson=self.salesperson.currentText(),
            birthday=self.birthday.value(),
            founded_on=self.founded_on.value(),
            settlement_days=self.settlement_days.text(),
            payment_terms_days=self.payment_terms_days.text(),
            credit_limit=self.credit_limit.text(),
            late_fee_daily_rate=self.late_fee_daily_rate.text(),
            reconcile_first=self.reconcile_first.isChecked(),
            supply_hold=self.supply_hold.isChecked(),
            supply_hold_since=self._data.supply_hold_since,
            contacts=self.contacts_model.contacts(),
            group_ids=self.group_model.checked(),
            id=self._data.id,
            version=self._data.version,
            archived=self._data.archived,
        )

    def _snapshot(self) -> dict[str, Any]:
        data = asdict(self.collect())
        data["group_ids"] = sorted(data["group_ids"])
        return data

    def is_modified(self) -> bool:
        return self._snapshot() != self._initial

    # --- messages --------------------------------------------------------------------

    def _label_of(self, name: str) -> QLabel | None:
        row = self._rows.get(name)
        if row is None:
            return None
        for form in self.findChildren(QFormLayout):
            label = form.labelForField(row)
            if isinstance(label, QLabel):
                return label
        return None

    def field_label(self, name: str) -> str:
        label = self._label_of(name)
        return name if label is None else label.text().rstrip(" *")

    def _currency_changed(self) -> None:
        """Amounts are in the customer's currency: their labels say which."""
        code = self.currency.value()
        labels = {
            "credit_limit": self.tr("Credit limit ({currency})"),
            "late_fee_per_level": self.tr("Fee per reminder level ({currency})"),
        }
        for name, template in labels.items():
            label = self._label_of(name)
            if label is not None:
                label.setText(template.format(currency=code))

    def _late_fee_mode_changed(self) -> None:
        """Enable only what the chosen late-payment charge needs; the other
        field keeps its text (it is not stored) and loses its message."""
        mode = self.late_fee_mode.value()
        for name, needed in (
            ("late_fee_daily_rate", mode == "daily"),
            ("late_fee_per_level", mode == "per_reminder"),
        ):
            row = self._rows[name]
            row.setEnabled(needed)
            label = self._label_of(name)
            if label is not None:
                label.setEnabled(needed)
            if not needed:
                row.clear_issue()
        self._mark_tabs()

    def _show_issues(
        self, errors: list[FieldIssue], warnings: list[FieldIssue], *, only: set[str] | None = None
    ) -> None:
        for name, row in self._rows.items():
            if only is None or name in only:
                row.clear_issue()
        contact_lines: list[str] = []
        for issue, warning in [(i, False) for i in errors] + [(i, True) for i in warnings]:
            if issue.field.startswith("contacts"):
                contact_lines.append(self._contact_issue_text(issue))
                continue
            row = self._rows.get(issue.field)
            if row is None or (only is not None and issue.field not in only):
                continue
            if row.message.isVisible() and warning:
                continue  # an error on the field is shown already
            row.show_issue(issue_text(issue), warning=warning)
        self._mark_tabs()
        if only is None:
            self.contacts_message.setText("\n".join(contact_lines))
            self.contacts_message.setVisible(bool(contact_lines))
            problems: dict[int, str] = {}
            for issue in errors + warnings:
                parts = issue.field.split(".")
                if parts[0] == "contacts" and len(parts) > 1 and parts[1].isdigit():
                    problems.setdefault(int(parts[1]), issue_text(issue))
            self.contacts_model.set_problems(problems)
            self._mark_tabs()

    def _mark_tabs(self) -> None:
        """Colour the title of every tab that holds a problem."""
        bar = self.tabs.tabBar()
        worst: dict[int, str] = {}
        for name, row in self._rows.items():
            problem = row.editor.property("problem")
            if problem and not row.message.isHidden():
                tab = self._tab_of[name]
                if worst.get(tab) != "error":
                    worst[tab] = problem
        if not self.contacts_message.isHidden() and self.contacts_message.text():
            worst[TAB_PEOPLE] = "error"
        for tab in range(self.tabs.count()):
            colour = {"error": "#c62828", "warning": "#e65100"}.get(worst.get(tab, ""))
            bar.setTabTextColor(
                tab, QColor(colour) if colour else self.palette().windowText().color()
            )

    def _contact_issue_text(self, issue: FieldIssue) -> str:
        parts = issue.field.split(".")
        if len(parts) >= 3 and parts[1].isdigit():
            row = int(parts[1])
            name = self.contacts_model.contact(row).name or "?"
            return self.tr("Contact {n} ({name}): {problem}").format(
                n=row + 1, name=name, problem=issue_text(issue)
            )
        return issue_text(issue)

    def _focus_issue(self, issues: list[FieldIssue]) -> None:
        if not issues:
            return
        name = issues[0].field
        if name.startswith("contacts"):
            self.tabs.setCurrentIndex(TAB_PEOPLE)
            return
        if name in self._tab_of:
            self.tabs.setCurrentIndex(self._tab_of[name])
            self._rows[name].setFocus()

    def _live_check(self) -> None:
        """Check as the user goes, showing messages only for fields they touched."""
        _cleaned, errors, warnings = customers.validate(self.collect())
        self._show_issues(errors, warnings, only=set(self._touched))

    def _set_banner(self, text: str, *, warning: bool = False) -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet(WARNING_STYLE if warning else ERROR_STYLE)
        self.banner.setVisible(bool(text))

    # --- actions -------------------------------------------------------------------

    def _fill_from_id(self) -> None:
        issues = v.Issues()
        info = v.resident_id(issues, "id_number", self.id_number.text())
        if info.birth_date is None:
            return
        filled = []
        if self.birthday.value() is None:
            b = info.birth_date
            self.birthday.set_value(Birthday("solar", b.month, b.day, b.year))
            filled.append(self.tr("birthday"))
        if not self.gender.value():
            self.gender.set_value(info.gender)
            filled.append(self.tr("gender"))
        if filled:
            self._set_banner(
                self.tr("Filled from the resident ID: {fields}").format(
                    fields=list_separator().join(filled)
                ),
                warning=True,
            )
            self.banner.setStyleSheet("color: #2e7d32")

    def _current_contact_row(self) -> int | None:
        index = self.contacts_view.currentIndex()
        return index.row() if index.isValid() else None

    def edit_contact(self, row: int | None) -> None:
        contact = self.contacts_model.contact(row) if row is not None else None
        dialog = ContactDialog(contact, self, language=self.language.value())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if row is None:
            row = self.contacts_model.append(dialog.value())
        else:
            self.contacts_model.replace_at(row, dialog.value())
        self.contacts_view.selectRow(row)

    def _remove_contact(self) -> None:
        row = self._current_contact_row()
        if row is None:
            return
        name = self.contacts_model.contact(row).name
        answer = QMessageBox.question(
            self,
            self.tr("Remove contact person"),
            self.tr("Remove {name} from this card? This takes effect when you save.").format(
                name=name
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.contacts_model.remove(row)

    def _move_contact(self, delta: int) -> None:
        row = self._current_contact_row()
        if row is not None:
            self.contacts_view.selectRow(self.contacts_model.move(row, delta))

    def _new_group(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New group"), self.tr("Group name:"))
        if not ok:
            return
        try:
            info = groups.create_group(name)
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("New group"), issue_text(exc.issues[0]))
            return
        checked = self.group_model.checked() | {info.id}
        self.group_model.reload()
        self.group_model.set_checked(checked)

    def save(self) -> None:
        self._live_timer.stop()
        self._set_banner("")
        data = self.collect()
        try:
            saved = customers.save_customer(data)
        except ValidationError as exc:
            # Show the warnings too, so that one round of corrections is enough.
            _cleaned, _errors, warnings = customers.validate(data)
            self._show_issues(exc.issues, warnings)
            self._set_banner(
                self.tr("Not saved: please correct the fields marked in red. Your input is kept.")
            )
            self._focus_issue(exc.issues)
            return
        except NeedsConfirmation as exc:
            self._show_issues([], exc.warnings)
            if not self._confirm(exc):
                return
            try:
                saved = customers.save_customer(data, confirm=True)
            except ConcurrentEditError as again:
                self._resolve_conflict(again)
                return
            except (ValidationError, NeedsConfirmation, KnownError, OperationalError) as again:
                self._report_failure(again)
                return
        except ConcurrentEditError as exc:
            self._resolve_conflict(exc)
            return
        except (KnownError, OperationalError) as exc:
            self._report_failure(exc)
            return
        self.result_saved = saved
        self.saved.emit(saved)
        super().accept()

    def _resolve_conflict(self, exc: ConcurrentEditError) -> None:
        """Someone saved this card after it was opened here (another window or
        another computer): the admin chooses their version, this one, or to go
        on editing. Nothing is overwritten or dropped without being asked."""
        self._set_banner(error_text(exc))
        choice = ask_about_conflict(
            self,
            self.tr("Card changed meanwhile"),
            self.tr(
                "Someone else saved this card after you opened it "
                "(in another window or on another computer)."
            ),
        )
        if choice == KEEP:
            return  # keep editing: the banner says that nothing was saved
        try:
            current = customers.load_customer(self._data.id)
        except (KnownError, OperationalError) as error:
            self._report_failure(error)  # e.g. the card was deleted meanwhile
            return
        if choice == RELOAD:
            self._data = current
            self._load(current)
            self._touched.clear()
            self._show_issues([], [])
            self._initial = self._snapshot()
            self.setWindowTitle(self.tr("Customer card: {name}").format(name=current.name))
            self._set_banner(
                self.tr("Their version is loaded; your changes were discarded."), warning=True
            )
            return
        # Save mine: over the version stored now. Archiving is not part of the
        # form, so the stored archive state stays as it is.
        self._data.version = current.version
        self._data.archived = current.archived
        self.save()

    def _confirm(self, exc: NeedsConfirmation) -> bool:
        warnings = [(self.field_label(w.field), issue_text(w)) for w in exc.warnings]
        dialog = DuplicateDialog(warnings, exc.duplicates, self)
        choice = dialog.exec()
        if choice == DuplicateDialog.OPEN and dialog.chosen_customer is not None:
            self.open_customer.emit(dialog.chosen_customer)
            return False
        return choice == DuplicateDialog.SAVE

    def _report_failure(self, exc: Exception) -> None:
        if isinstance(exc, ValidationError):
            self._show_issues(exc.issues, [])
            text = self.tr("Not saved: please correct the fields marked in red.")
        elif isinstance(exc, KnownError):
            text = error_text(exc)
        else:
            text = self.tr(
                "Not saved: the database could not be written ({reason}). "
                "Your input is kept; try again in a moment."
            ).format(reason=str(exc))
        self._set_banner(text)
        QMessageBox.warning(self, self.tr("Not saved"), text)

    def reject(self) -> None:
        if self.is_modified():
            answer = QMessageBox.question(
                self,
                self.tr("Discard changes?"),
                self.tr("You have changed this card. Close it without saving?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
