"""Settings of birthdays and greetings, kept in the database with the other
business settings (``BusinessSetting`` rows "greetings.*")."""

from __future__ import annotations

from dataclasses import dataclass

from app.birthdays import FEB28, FEB29_RULES
from app.db import DB
from app.errors import FieldIssue, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.models import BusinessSetting

PREFIX = "greetings."
#: Who of a company is greeted on a holiday.
MAIN_CONTACT, ALL_CONTACTS = "main", "all"
CONTACT_CHOICES = (MAIN_CONTACT, ALL_CONTACTS)
DAYS_LOW, DAYS_HIGH = 1, 366


@dataclass(frozen=True)
class GreetingSettings:
    #: 29 February in a common year: "feb28" or "mar1".
    feb29: str = FEB28
    #: The upcoming list looks this many days ahead.
    upcoming_days: int = 7
    #: On a holiday, greet a company's main contact or all its contacts.
    contacts: str = MAIN_CONTACT


def load() -> GreetingSettings:
    stored = dict(
        BusinessSetting.select(BusinessSetting.key, BusinessSetting.value)
        .where(BusinessSetting.key.startswith(PREFIX))
        .tuples()
    )
    default = GreetingSettings()
    feb29 = stored.get(PREFIX + "feb29", default.feb29)
    days = stored.get(PREFIX + "upcoming_days", "")
    contacts = stored.get(PREFIX + "contacts", default.contacts)
    return GreetingSettings(
        feb29=feb29 if feb29 in FEB29_RULES else default.feb29,
        upcoming_days=int(days)
        if days.isdecimal() and DAYS_LOW <= int(days) <= DAYS_HIGH
        else default.upcoming_days,
        contacts=contacts if contacts in CONTACT_CHOICES else default.contacts,
    )


def save(settings: GreetingSettings) -> GreetingSettings:
    issues = []
    if settings.feb29 not in FEB29_RULES:
        issues.append(
            FieldIssue("feb29", QT_TRANSLATE_NOOP("app", "Choose 28 February or 1 March"))
        )
    if isinstance(settings.upcoming_days, bool) or not (
        isinstance(settings.upcoming_days, int) and DAYS_LOW <= settings.upcoming_days <= DAYS_HIGH
    ):
        issues.append(
            FieldIssue(
                "upcoming_days",
                QT_TRANSLATE_NOOP("app", "Must be between {low} and {high}"),
                {"low": DAYS_LOW, "high": DAYS_HIGH},
            )
        )
    if settings.contacts not in CONTACT_CHOICES:
        issues.append(FieldIssue("contacts", QT_TRANSLATE_NOOP("app", "Choose one of the options")))
    if issues:
        raise ValidationError(issues)
    with DB.atomic():
        for key, value in (
            ("feb29", settings.feb29),
            ("upcoming_days", str(settings.upcoming_days)),
            ("contacts", settings.contacts),
        ):
            BusinessSetting.replace(key=PREFIX + key, value=value).execute()
    return settings
