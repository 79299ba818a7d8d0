"""The rules of a customer card: what may be stored, normalized how.

``clean`` is the one place a card is checked, whatever entered it (the card
editor, the command line, an import). It never raises for bad input: it
returns the values to store and the issues found."""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date
from decimal import Decimal
from typing import TypeVar

from app import choices
from app import validation as v
from app.i18n import QT_TRANSLATE_NOOP
from app.money import MoneyFormatError, parse_money
from app.records import Birthday, ContactData, CustomerData

MIN_BIRTH_YEAR = 1900
MAX_CONTACTS = 200

#: A daily late-payment rate is a percentage of the overdue amount per day,
#: counted to 0.0001 % (one millionth of the amount: 1 ppm).
DAILY_RATE_PLACES = Decimal("0.0001")
#: More than 1 % per day (365 % a year) is surely a typo.
MAX_DAILY_RATE = Decimal(1)
#: Fixed fees per dunning-reminder level: levels 1 to 5 at most.
MAX_FEE_LEVELS = 5

_RATE = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")
# Separators of a fee list as people type them; the Chinese ones go before
# NFKC, which would turn "，" into an ASCII comma.
_CHINESE_SEPARATORS = re.compile(r"[，、；;]")
# "1,500" could be one amount with a thousands comma or two amounts: refused.
_THOUSANDS = re.compile(r"(?<![\d.])\d{1,3}(,\d{3})+(?![\d,])")
_ONLY_CURRENCY_MARK = re.compile(r"(?i)[¥元]|rmb|cny")


def clean_birthday(issues: v.Issues, field_name: str, birthday: Birthday | None) -> Birthday | None:
    if birthday is None:
        return None
    today = date.today()
    if birthday.calendar not in ("solar", "lunar"):
        issues.error(field_name, QT_TRANSLATE_NOOP("app", "Choose solar or lunar"))
        return birthday
    if birthday.year is not None and not MIN_BIRTH_YEAR <= birthday.year <= today.year:
        if birthday.year > today.year:
            issues.error(field_name, QT_TRANSLATE_NOOP("app", "A birthday cannot be in the future"))
        else:
            issues.error(
                field_name,
                QT_TRANSLATE_NOOP("app", "The year must be {min} or later"),
                min=MIN_BIRTH_YEAR,
            )
        return birthday
    if not 1 <= birthday.month <= 12:
        issues.error(field_name, QT_TRANSLATE_NOOP("app", "The month must be from 1 to 12"))
        return birthday
    if birthday.calendar == "solar":
        if birthday.leap:
            issues.error(field_name, QT_TRANSLATE_NOOP("app", "Only a lunar date has a leap month"))
        # Without a year, 29 February is a real birthday.
        year = birthday.year if birthday.year is not None else 2000
        last = calendar.monthrange(year, birthday.month)[1]
        if not 1 <= birthday.day <= last:
            issues.error(
                field_name,
                QT_TRANSLATE_NOOP("app", "This month has no day {day}"),
                day=birthday.day,
            )
            return birthday
        if birthday.year is not None and date(year, birthday.month, birthday.day) > today:
            issues.error(field_name, QT_TRANSLATE_NOOP("app", "A birthday cannot be in the future"))
    else:
        if not 1 <= birthday.day <= 30:
            issues.error(
                field_name, QT_TRANSLATE_NOOP("app", "A lunar day is from 1 (初一) to 30 (三十)")
            )
    return birthday


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def clean_daily_rate(
    issues: v.Issues, field_name: str, value: Decimal | str | None
) -> Decimal | None:
    """A daily late-payment rate in percent per day as typed: "0.05", "０．０５",
    "0.05 %". Returns it normalized (``Decimal("0.05")``), or None when blank
    or wrong (the problem is recorded)."""
    if _blank(value):
        return None
    if isinstance(value, float):
        raise TypeError("a rate is never a float: pass a str, Decimal or int")
    if isinstance(value, bool):
        issues.error(field_name, QT_TRANSLATE_NOOP("app", "Not a rate: use digits, e.g. 0.05"))
        return None
    if isinstance(value, Decimal):
        rate = value
    elif isinstance(value, int):
        rate = Decimal(value)
    else:
        folded = unicodedata.normalize("NFKC", value).strip().removesuffix("%").rstrip()
        if not _RATE.fullmatch(folded):
            issues.error(field_name, QT_TRANSLATE_NOOP("app", "Not a rate: use digits, e.g. 0.05"))
            return None
        rate = Decimal(folded)
    if not rate.is_finite():
        issues.error(field_name, QT_TRANSLATE_NOOP("app", "Not a rate: use digits, e.g. 0.05"))
        return None
    if rate <= 0:
        issues.error(field_name, QT_TRANSLATE_NOOP("app", "The rate must be more than 0"))
        return None
    if rate > MAX_DAILY_RATE:
        issues.error(
            field_name,
            QT_TRANSLATE_NOOP(
                "app",
                "At most {max} % per day: more is surely a typo (0.05 means 0.05 % per day)",
            ),
            max=MAX_DAILY_RATE,
        )
        return None
    if rate != rate.quantize(DAILY_RATE_PLACES):
        issues.error(
            field_name,
            QT_TRANSLATE_NOOP("app", "At most four decimals: the rate is counted to 0.0001 %"),
        )
        return None
    return rate.quantize(DAILY_RATE_PLACES).normalize()


def clean_fee_levels(issues: v.Issues, field_name: str, value: str | None) -> str:
    """Fixed fees per reminder level as typed: "50, 100, 200", "５０、１００",
    "¥50，¥100". Returns the canonical text "50.00, 100.00, 200.00", or what
    was typed when it is wrong (the problem is recorded); "" when blank."""
    before = len(issues.errors)
    raw = v.text(issues, field_name, value, max_len=200)
    if not raw or len(issues.errors) > before:
        return raw
    folded = unicodedata.normalize("NFKC", _CHINESE_SEPARATORS.sub(", ", raw))
    ambiguous = _THOUSANDS.search(folded)
    if ambiguous:
        issues.error(
            field_name,
            QT_TRANSLATE_NOOP(
                "app",
                "Is “{text}” one amount or several? Separate amounts with 、 or a comma "
                "and a space; write thousands without a comma",
            ),
            text=ambiguous.group(0),
        )
        return raw
    # 元 ends an amount and ¥ starts one: "50元100元" is two amounts, never 50100.
    folded = folded.replace("元", "元 ").replace("¥", " ¥")
    parts = [p for p in re.split(r"[\s,]+", folded) if p and not _ONLY_CURRENCY_MARK.fullmatch(p)]
    if not parts:
        issues.error(
            field_name,
            QT_TRANSLATE_NOOP("app", "Enter the fee of each reminder level, e.g. 50, 100, 200"),
        )
        return raw
    if len(parts) > MAX_FEE_LEVELS:
        issues.error(
            field_name,
            QT_TRANSLATE_NOOP("app", "At most {max} reminder levels, one fee each"),
            max=MAX_FEE_LEVELS,
        )
        return raw
    fees = []
    for part in parts:
        try:
            fee = parse_money(part)
        except MoneyFormatError as exc:
            issues.error(field_name, exc.reason)
            return raw
        if fee <= 0:
            issues.error(field_name, QT_TRANSLATE_NOOP("app", "Each fee must be more than 0"))
            return raw
        fees.append(fee)
    return ", ".join(f"{fee:.2f}" for fee in fees)


def _clean_late_fee_terms(issues: v.Issues, out: CustomerData) -> None:
    """Check the terms the chosen mode needs; the others are not stored."""
    rate: Decimal | None = None
    fees = ""
    if out.late_fee_mode == "daily":
        if _blank(out.late_fee_daily_rate):
            issues.error(
                "late_fee_daily_rate",
                QT_TRANSLATE_NOOP("app", "Enter the daily rate, e.g. 0.05 for 0.05 % per day"),
            )
        rate = clean_daily_rate(issues, "late_fee_daily_rate", out.late_fee_daily_rate)
    elif out.late_fee_mode == "per_reminder":
        if _blank(out.late_fee_per_level):
            issues.error(
                "late_fee_per_level",
                QT_TRANSLATE_NOOP("app", "Enter the fee of each reminder level, e.g. 50, 100, 200"),
            )
        fees = clean_fee_levels(issues, "late_fee_per_level", out.late_fee_per_level)
    out.late_fee_daily_rate = rate
    out.late_fee_per_level = fees


_R = TypeVar("_R", CustomerData, ContactData)


def _replace(record: _R, **changes: object) -> _R:
    """``dataclasses.replace`` for the plain records of ``app.records`` (no
    ``__post_init__``, no init-only fields): a shallow copy with *changes*,
    without calling ``__init__`` (which took a third of the time of ``clean``
    for a card of 60 fields)."""
    copy = object.__new__(type(record))
    copy.__dict__.update(record.__dict__)
    copy.__dict__.update(changes)
    return copy


def _clean_contact(contact: ContactData) -> tuple[ContactData, v.Issues]:
    issues = v.Issues()
    cleaned = _replace(
        contact,
        name=v.text(issues, "name", contact.name, max_len=100, required=True),
        title=v.text(issues, "title", contact.title, max_len=100),
        salutation=v.text(issues, "salutation", contact.salutation, max_len=50),
        gender=v.choice(issues, "gender", contact.gender, choices.GENDER),
        mobile=v.phone(issues, "mobile", contact.mobile, mobile=True),
        phone=v.phone(issues, "phone", contact.phone),
        email=v.email(issues, "email", contact.email),
        wechat=v.text(issues, "wechat", contact.wechat, max_len=100),
        notes=v.text(issues, "notes", contact.notes, max_len=2000, multiline=True),
        birthday=clean_birthday(issues, "birthday", contact.birthday),
    )
    roles = []
    for role in contact.roles:
        if role not in choices.ROLE:
            issues.error("roles", QT_TRANSLATE_NOOP("app", "Unknown role: {value}"), value=role)
        elif role not in roles:
            roles.append(role)
    cleaned.roles = roles
    return cleaned, issues


def clean(data: CustomerData) -> tuple[CustomerData, v.Issues]:
    """Check and normalize a card. Returns the values to store and the issues."""
    issues = v.Issues()
    kind = v.choice(issues, "kind", data.kind, choices.KIND)
    corporate = kind == "corporate"
    t = v.text
    out = _replace(
        data,
        kind=kind,
        name=t(issues, "name", data.name, max_len=200, required=True),
        short_name=t(issues, "short_name", data.short_name, max_len=100),
        number=t(issues, "number", data.number, max_len=32),
        gender=v.choice(issues, "gender", data.gender, choices.GENDER),
        employer=t(issues, "employer", data.employer, max_len=200),
        job_title=t(issues, "job_title", data.job_title, max_len=100),
        salutation=t(issues, "salutation", data.salutation, max_len=50),
        wechat=t(issues, "wechat", data.wechat, max_len=100),
        qq=t(issues, "qq", data.qq, max_len=20),
        family_notes=t(issues, "family_notes", data.family_notes, max_len=5000, multiline=True),
        hobbies=t(issues, "hobbies", data.hobbies, max_len=2000, multiline=True),
        preferences=t(issues, "preferences", data.preferences, max_len=2000, multiline=True),
        birthday=clean_birthday(issues, "birthday", data.birthday),
        mobile=v.phone(issues, "mobile", data.mobile, mobile=True),
        phone=v.phone(issues, "phone", data.phone),
        fax=v.phone(issues, "fax", data.fax),
        email=v.email(issues, "email", data.email),
        address=t(issues, "address", data.address, max_len=300),
        postcode=v.postcode(issues, "postcode", data.postcode, domestic=data.language != "en"),
        source=t(issues, "source", data.source, max_len=100),
        salesperson=t(issues, "salesperson", data.salesperson, max_len=50),
        notes=t(issues, "notes", data.notes, max_len=20000, multiline=True),
        language=v.choice(issues, "language", data.language, choices.LANGUAGE),
        credit_code=v.credit_code(issues, "credit_code", data.credit_code),
        legal_rep=t(issues, "legal_rep", data.legal_rep, max_len=50),
        industry=t(issues, "industry", data.industry, max_len=100),
        company_size=v.choice(issues, "company_size", data.company_size, choices.COMPANY_SIZE),
        founded_on=v.past_date(issues, "founded_on", data.founded_on),
        website=t(issues, "website", data.website, max_len=200),
        bank_name=t(issues, "bank_name", data.bank_name, max_len=100),
        bank_account=t(issues, "bank_account", data.bank_account, max_len=40),
        invoice_type=v.choice(issues, "invoice_type", data.invoice_type, choices.INVOICE_TYPE),
        tax_id=t(issues, "tax_id", data.tax_id, max_len=20),
        settlement_method=v.choice(
            issues, "settlement_method", data.settlement_method, choices.SETTLEMENT
        ),
        settlement_days=v.whole_number(
            issues, "settlement_days", data.settlement_days, low=0, high=3650
        ),
        payment_days=v.day_list(issues, "payment_days", data.payment_days),
        payment_signer=t(issues, "payment_signer", data.payment_signer, max_len=50),
        signer_hours=t(issues, "signer_hours", data.signer_hours, max_len=100),
        payment_documents=t(
            issues, "payment_documents", data.payment_documents, max_len=2000, multiline=True
        ),
        credit_rating=v.choice(issues, "credit_rating", data.credit_rating, choices.CREDIT_RATING),
        credit_limit=v.money(issues, "credit_limit", data.credit_limit, minimum=Decimal(0)),
        payment_terms_days=v.whole_number(
            issues, "payment_terms_days", data.payment_terms_days, low=0, high=3650
        ),
        supply_hold_reason=t(issues, "supply_hold_reason", data.supply_hold_reason, max_len=200),
        supply_hold_since=v.past_date(issues, "supply_hold_since", data.supply_hold_since),
        tier=v.choice(issues, "tier", data.tier, choices.TIER),
        currency=v.choice(
            issues, "currency", (data.currency or "").strip().upper(), choices.CURRENCY
        ),
        late_fee_mode=v.choice(issues, "late_fee_mode", data.late_fee_mode, choices.LATE_FEE_MODE),
    )
    _clean_late_fee_terms(issues, out)
    id_info = v.resident_id(issues, "id_number", data.id_number)
    out.id_number = id_info.number
    if id_info.birth_date is not None:
        _fill_from_id(issues, out, id_info)
    if out.settlement_method == "net_days" and out.settlement_days is None:
        issues.error(
            "settlement_days",
            QT_TRANSLATE_NOOP("app", "Give the number of days for 'N days net'"),
        )
    if out.supply_hold and not out.supply_hold_reason:
        issues.error(
            "supply_hold_reason",
            QT_TRANSLATE_NOOP("app", "Say why deliveries are on hold"),
        )
    if out.supply_hold and out.supply_hold_since is None:
        out.supply_hold_since = date.today()
    if not out.supply_hold:
        out.supply_hold_reason = ""
        out.supply_hold_since = None
    if len(data.contacts) > MAX_CONTACTS:
        issues.error(
            "contacts",
            QT_TRANSLATE_NOOP("app", "At most {max} contact persons"),
            max=MAX_CONTACTS,
        )
    contacts = []
    for index, contact in enumerate(data.contacts):
        cleaned_contact, contact_issues = _clean_contact(contact)
        contacts.append(cleaned_contact)
        issues.extend(contact_issues.prefixed(f"contacts.{index}"))
    if contacts and not corporate:
        issues.error(
            "contacts",
            QT_TRANSLATE_NOOP(
                "app", "Only a corporate customer has contact persons; remove them first"
            ),
        )
    out.contacts = contacts
    return out, issues


def _fill_from_id(issues: v.Issues, out: CustomerData, id_info: v.IdInfo) -> None:
    """A valid resident ID tells the birth date and gender: fill them in when
    empty, warn when they disagree with what was entered."""
    birth = id_info.birth_date
    assert birth is not None
    if out.birthday is None:
        out.birthday = Birthday("solar", birth.month, birth.day, birth.year)
    elif out.birthday.calendar == "solar" and (
        out.birthday.month,
        out.birthday.day,
        out.birthday.year or birth.year,
    ) != (birth.month, birth.day, birth.year):
        issues.warn(
            "birthday",
            QT_TRANSLATE_NOOP("app", "Differs from the birth date in the resident ID ({date})"),
            date=birth.isoformat(),
        )
    if not out.gender:
        out.gender = id_info.gender
    elif out.gender != id_info.gender:
        issues.warn(
            "gender", QT_TRANSLATE_NOOP("app", "Differs from the gender in the resident ID")
        )


def clean_contact(contact: ContactData) -> tuple[ContactData, v.Issues]:
    """Check one contact person on its own (the contact editor's live check)."""
    return _clean_contact(contact)
