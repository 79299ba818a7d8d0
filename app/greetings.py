"""The greeting list: whom to greet for a holiday (or for their birthday or
founding anniversary in a date range), with salutation, mobile, address and
postcode, and who was greeted already.

- A holiday: every individual customer, and of each company its main contact
  (``app.people.main_contact``) or all contacts (``GreetingRequest.contacts``);
  a company without contacts is greeted as itself.
- Birthdays: the individuals and contact persons whose birthday falls in the
  range; anniversaries: the companies whose founding day does (addressed to
  the main contact).
- Greeted marks are kept per occasion and solar year of the day greeted for
  (``GreetingMark``); a row already greeted is listed with the time, and is
  not included by default, so nobody is greeted twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from app import holidays, upcoming
from app.db import DB
from app.errors import FieldIssue, ValidationError
from app.greeting_settings import ALL_CONTACTS, CONTACT_CHOICES, MAIN_CONTACT
from app.holidays import ANNIVERSARY, BIRTHDAY, Holiday
from app.i18n import QT_TRANSLATE_NOOP
from app.models import GreetingMark
from app.models.base import now
from app.people import PeopleFilter, Person, bulk_objects, contacts, customers, main_contact

#: Longest date range of a birthday list.
MAX_RANGE_DAYS = 366
OCCASION_NAMES = {
    BIRTHDAY: ("生日", "Birthday"),
    ANNIVERSARY: ("成立纪念日", "Founding anniversary"),
}


@dataclass(frozen=True)
class GreetingRequest:
    """What the greeting list is for. ``occasion`` is a holiday key, "birthday"
    or "anniversary"; a holiday is taken in solar ``year``; birthdays and
    anniversaries between ``date_from`` and ``date_to``."""

    occasion: str
    year: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    people: PeopleFilter = PeopleFilter()
    contacts: str = MAIN_CONTACT


@dataclass(frozen=True, slots=True)
class GreetingRow:
    person: Person
    occasion: str
    #: The solar year the greeting is for (the year of ``on``).
    year: int
    #: The day greeted for: the holiday, the birthday this year.
    on: date | None
    age: int | None = None
    zodiac: str | None = None
    greeted_at: datetime | None = None

    @property
    def key(self) -> tuple[int, int]:
        return (self.person.customer_id, self.person.person_key)

    @property
    def greeted(self) -> bool:
        return self.greeted_at is not None

    @property
    def salutation(self) -> str:
        return self.person.salutation


def occasion_name(occasion: str, language: str = "zh") -> str:
    if occasion in OCCASION_NAMES:
        zh, en = OCCASION_NAMES[occasion]
        return en if language == "en" else zh
    holiday = holidays.by_key(occasion)
    return holiday.name(language) if holiday else occasion


def occasions() -> list[tuple[str, str, str]]:
    """(key, Chinese name, English name) of everything a list can be for:
    the holidays, then birthdays and anniversaries."""
    out = [(h.key, h.name_zh, h.name_en) for h in holidays.all_holidays()]
    out += [(key, zh, en) for key, (zh, en) in OCCASION_NAMES.items()]
    return out


def _check(request: GreetingRequest) -> Holiday | None:
    issues = []
    holiday = None
    if request.contacts not in CONTACT_CHOICES:
        raise ValueError(request.contacts)
    if request.occasion in (BIRTHDAY, ANNIVERSARY):
        if request.date_from is None or request.date_to is None:
            issues.append(
                FieldIssue("date_to", QT_TRANSLATE_NOOP("app", "Choose the first and last day"))
            )
        elif request.date_to < request.date_from:
            issues.append(
                FieldIssue(
                    "date_to",
                    QT_TRANSLATE_NOOP("app", "The last day is before the first day"),
                )
            )
        elif (request.date_to - request.date_from).days >= MAX_RANGE_DAYS:
            issues.append(
                FieldIssue(
                    "date_to",
                    QT_TRANSLATE_NOOP("app", "At most {days} days at a time"),
                    {"days": MAX_RANGE_DAYS},
                )
            )
    else:
        holiday = holidays.by_key(request.occasion)
        if holiday is None:
            raise holidays.UnknownHoliday(
                QT_TRANSLATE_NOOP("app", "No holiday is called “{name}”. Known: {known}."),
                name=request.occasion,
                known=", ".join(h.key for h in holidays.all_holidays()),
            )
        if request.year is None or not 1901 <= request.year <= 2100:
            issues.append(
                FieldIssue(
                    "year",
                    QT_TRANSLATE_NOOP("app", "Must be between {low} and {high}"),
                    {"low": 1901, "high": 2100},
                )  # fmt: skip
            )
    if issues:
        raise ValidationError(issues)
    return holiday


def _holiday_people(request: GreetingRequest) -> list[Person]:
    people = customers(request.people)
    by_company: dict[int, list[Person]] = {}
    if any(p.kind == "corporate" for p in people):
        for contact in contacts(request.people):
            by_company.setdefault(contact.customer_id, []).append(contact)
    out = []
    for person in people:
        if person.kind != "corporate":
            out.append(person)
            continue
        staff = by_company.get(person.customer_id, [])
        if not staff:
            out.append(person)
        elif request.contacts == ALL_CONTACTS:
            out.extend(staff)
        else:
            chosen = main_contact(staff)
            out.append(chosen if chosen is not None else person)
    out.sort(key=lambda p: (p.sort_key, p.customer_id, p.position))
    return out


def greeting_list(request: GreetingRequest) -> list[GreetingRow]:
    """The people to greet, with the greeted marks of their occasion and year.
    ``ValidationError`` for a range or year that will not do,
    ``UnknownHoliday`` for an unknown occasion."""
    holiday = _check(request)
    with bulk_objects():
        return _with_marks(_rows(request, holiday))


def _rows(request: GreetingRequest, holiday: Holiday | None) -> list[GreetingRow]:
    rows: list[GreetingRow] = []
    if holiday is not None:
        assert request.year is not None
        on = holidays.date_in(holiday, request.year)
        rows = [
            GreetingRow(p, request.occasion, request.year, on) for p in _holiday_people(request)
        ]
    else:
        assert request.date_from is not None and request.date_to is not None
        found = upcoming.events(
            request.date_from,
            request.date_to,
            flt=request.people,
            kinds=(request.occasion,),
        )
        if request.occasion == ANNIVERSARY:
            staff: dict[int, list[Person]] = {}
            ids = {e.person.customer_id for e in found}
            # A few companies by id; many (a long range) with one read, not
            # thousands of ids in one query.
            flt = PeopleFilter(customer_ids=tuple(ids)) if len(ids) <= 500 else request.people
            for c in contacts(flt) if ids else ():
                if c.customer_id in ids:
                    staff.setdefault(c.customer_id, []).append(c)
            for e in found:
                chosen = main_contact(staff.get(e.person.customer_id, []))
                rows.append(GreetingRow(chosen or e.person, ANNIVERSARY, e.on.year, e.on, e.age))
        else:
            rows = [
                GreetingRow(e.person, BIRTHDAY, e.on.year, e.on, e.age, e.zodiac) for e in found
            ]
    return rows


def _marks(occasion: str, years: Iterable[int]) -> dict[tuple[int, int, int], datetime]:
    """(customer, person, year) -> when greeted, of one occasion. The marks of
    an occasion and year are at most one per person: read them all rather
    than ask for the customers of the list."""
    return {
        (cid, person, year): at
        for cid, person, year, at in GreetingMark.select(
            GreetingMark.customer, GreetingMark.person, GreetingMark.year, GreetingMark.greeted_at
        )
        .where((GreetingMark.occasion == occasion) & GreetingMark.year.in_(sorted(set(years))))
        .tuples()
    }


def _with_marks(rows: list[GreetingRow]) -> list[GreetingRow]:
    if not rows:
        return rows
    marks = _marks(rows[0].occasion, {r.year for r in rows})
    if not marks:
        return rows
    out = []
    for r in rows:
        at = marks.get((*r.key, r.year))
        out.append(r if at is None else replace(r, greeted_at=at))
    return out


def mark_greeted(rows: Iterable[GreetingRow], *, channel: str = "") -> int:
    """Record the rows as greeted (for their occasion and year); rows greeted
    already keep their first mark. Returns how many were newly marked."""
    by_occasion: dict[str, list[GreetingRow]] = {}
    for r in rows:
        by_occasion.setdefault(r.occasion, []).append(r)
    added = 0
    with DB.atomic():
        for occasion, group in by_occasion.items():
            done = set(_marks(occasion, {r.year for r in group}))
            at = now()
            new = []
            for r in group:
                key = (*r.key, r.year)
                if key in done:
                    continue
                done.add(key)
                new.append(
                    {
                        "occasion": occasion,
                        "year": r.year,
                        "customer": r.person.customer_id,
                        "contact": r.person.contact_id,
                        "person": r.person.person_key,
                        "channel": channel,
                        "greeted_at": at,
                    }
                )
            for start in range(0, len(new), 100):
                GreetingMark.insert_many(new[start : start + 100]).execute()
            added += len(new)
    return added


def unmark_greeted(rows: Iterable[GreetingRow]) -> int:
    """Take the greeted marks of the rows back (greeted by mistake)."""
    removed = 0
    with DB.atomic():
        for r in rows:
            removed += (
                GreetingMark.delete()
                .where(
                    (GreetingMark.occasion == r.occasion)
                    & (GreetingMark.year == r.year)
                    & (GreetingMark.customer == r.person.customer_id)
                    & (GreetingMark.person == r.person.person_key)
                )
                .execute()
            )
    return removed


def birthdays_this_week(today: date) -> tuple[date, date]:
    """Monday to Sunday of the week of *today*: the usual birthday range."""
    monday = today - timedelta(days=today.weekday())
    return monday, monday + timedelta(days=6)
