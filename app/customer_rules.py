"""The rules of a customer card: what may be stored, normalized how.

``clean`` is the one place a card is checked, whatever entered it (the card
editor, the command line, an import). It never raises for bad input: it
returns the values to store and the issues found."""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date
from decimal import Decimal

from app import choices
from app import validation as v
from app.i18n import QT_TRANSLATE_NOOP
from app.records import Birthday, ContactData, CustomerData

MIN_BIRTH_YEAR = 1900
MAX_CONTACTS = 200


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


def _clean_contact(contact: ContactData) -> tuple[ContactData, v.Issues]:
    issues = v.Issues()
    cleaned = replace(
        contact,
        name=v.text(issues, "name", contact.name, max_len=100, required=True),
        title=v.text(issues, "title", contact.title, max_len=100),
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
    out = replace(
        data,
        kind=kind,
        name=t(issues, "name", data.name, max_len=200, required=True),
        short_name=t(issues, "short_name", data.short_name, max_len=100),
        number=t(issues, "number", data.number, max_len=32),
        gender=v.choice(issues, "gender", data.gender, choices.GENDER),
        employer=t(issues, "employer", data.employer, max_len=200),
        job_title=t(issues, "job_title", data.job_title, max_len=100),
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
    )
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
