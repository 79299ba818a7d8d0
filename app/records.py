"""Plain values passed between the domain and its callers (GUI, CLI, imports)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class Birthday:
    """A birthday as entered: solar or lunar; the year may be unknown.

    For a lunar birthday, ``year`` is the lunar year and ``leap`` marks a day
    in the leap month (闰月)."""

    calendar: str  # "solar" | "lunar"
    month: int
    day: int
    year: int | None = None
    leap: bool = False

    def describe(self) -> str:
        """A short neutral rendering: 1990-05-17, --05-17, 农历 1990-八月十五."""
        if self.calendar == "lunar":
            from app.lunar_names import lunar_day_name, lunar_month_name

            text = f"{lunar_month_name(self.month, self.leap)}{lunar_day_name(self.day)}"
            return f"农历 {self.year}年{text}" if self.year else f"农历 {text}"
        if self.year:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        return f"--{self.month:02d}-{self.day:02d}"


@dataclass
class ContactData:
    name: str = ""
    title: str = ""
    gender: str = ""
    #: How greetings address the person; empty: derived (app.salutation).
    salutation: str = ""
    roles: list[str] = field(default_factory=list)
    mobile: str = ""
    phone: str = ""
    email: str = ""
    wechat: str = ""
    birthday: Birthday | None = None
    notes: str = ""
    id: int | None = None


@dataclass
class CustomerData:
    """Everything on a customer card. Text fields hold what the user typed;
    ``app.customer_rules.clean`` turns them into the values stored."""

    kind: str = "individual"
    name: str = ""
    short_name: str = ""
    number: str = ""

    gender: str = ""
    id_number: str = ""
    employer: str = ""
    job_title: str = ""
    #: How greetings address the person; empty: derived (app.salutation).
    salutation: str = ""
    wechat: str = ""
    qq: str = ""
    family_notes: str = ""
    hobbies: str = ""
    preferences: str = ""
    birthday: Birthday | None = None

    mobile: str = ""
    phone: str = ""
    fax: str = ""
    email: str = ""
    address: str = ""
    postcode: str = ""
    source: str = ""
    salesperson: str = ""
    notes: str = ""
    language: str = "zh"

    credit_code: str = ""
    legal_rep: str = ""
    industry: str = ""
    company_size: str = ""
    founded_on: date | None = None
    website: str = ""
    bank_name: str = ""
    bank_account: str = ""
    invoice_type: str = ""
    tax_id: str = ""

    settlement_method: str = ""
    settlement_days: int | str | None = None
    payment_days: str = ""
    payment_signer: str = ""
    signer_hours: str = ""
    reconcile_first: bool = False
    payment_documents: str = ""

    credit_rating: str = ""
    credit_limit: Decimal | str | None = None
    payment_terms_days: int | str | None = None
    supply_hold: bool = False
    supply_hold_reason: str = ""
    supply_hold_since: date | None = None

    # Receivables: the currency of the customer's ledger and the late-payment
    # charge terms of the contract (违约金), as the user typed them.
    currency: str = "CNY"
    late_fee_mode: str = ""  # app.choices.LATE_FEE_MODE
    late_fee_daily_rate: Decimal | str | None = None  # percent per day: "0.05" = 0.05 %
    late_fee_per_level: str = ""  # amounts per reminder level: "50, 100, 200"

    tier: str = "ordinary"

    contacts: list[ContactData] = field(default_factory=list)
    group_ids: set[int] = field(default_factory=set)

    # Set by the store when loaded
    id: int | None = None
    version: int | None = None
    archived: bool = False

    @property
    def is_corporate(self) -> bool:
        return self.kind == "corporate"

    @property
    def display_name(self) -> str:
        return self.short_name or self.name


@dataclass(frozen=True)
class SavedCustomer:
    id: int
    number: str
    version: int
