"""Birthdays and founding anniversaries coming up: individuals, the contact
persons of companies, and companies' founding days, each with its day this
year, the age (or years) turned and the card it belongs to.

Occurrences are worked out once per distinct birthday (month, day, calendar,
leap) for the window, not once per person: 10,000 people share at most a few
hundred of them. For a short window the birthdays that fall in it are known
before the database is read, and only the people with one of them are read.
"""

from __future__ import annotations

import calendar as solar_calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from peewee import Expression, fn

from app import birthdays, greeting_settings
from app.birthdays import Occurrence
from app.models import Contact, Customer
from app.people import PeopleFilter, Person, bulk_objects, contacts, customers
from app.records import Birthday

BIRTHDAY, ANNIVERSARY = "birthday", "anniversary"


@dataclass(frozen=True, slots=True)
class Event:
    kind: str  # birthday | anniversary
    on: date
    person: Person
    age: int | None  # years turned (of a company: years since founding)
    zodiac: str | None  # app.lunar.ZODIAC key, of a birthday with a year
    birthday: Birthday  # as entered (a founding day as a solar date)
    days_away: int  # 0: today

    @property
    def is_today(self) -> bool:
        return self.days_away == 0


def founding_birthday(founded_on: date) -> Birthday:
    return Birthday("solar", founded_on.month, founded_on.day, founded_on.year)


Shape = tuple[str, int, int, bool]  # calendar, month, day, leap: a birthday without its year


def _occurrences_for(start: date, end: date, feb29: str):  # noqa: ANN202 - cached closures
    """(occurrences of a birthday, occurrences of a birthday without its year)
    in the window, the latter cached per shape."""

    @cache
    def shape(calendar: str, month: int, day: int, leap: bool) -> tuple[tuple[date, int], ...]:
        pattern = Birthday(calendar, month, day, None, leap)
        return tuple(
            (o.on, o.cycle_year) for o in birthdays.occurrences(pattern, start, end, feb29=feb29)
        )

    def occurrences(b: Birthday) -> list[Occurrence]:
        out = []
        for on, cycle in shape(b.calendar, b.month, b.day, b.leap):
            if b.year is not None and cycle < b.year:
                continue
            out.append(Occurrence(on, cycle, cycle - b.year if b.year is not None else None))
        return out

    return occurrences, shape


def _all_shapes() -> list[Shape]:
    out: list[Shape] = []
    for month in range(1, 13):
        last = solar_calendar.monthrange(2000, month)[1]  # 29 February included
        out += [("solar", month, day, False) for day in range(1, last + 1)]
        out += [("lunar", month, day, leap) for day in range(1, 31) for leap in (False, True)]
    return out


ALL_SHAPES = tuple(_all_shapes())


def _falling(shape: Callable[..., tuple[object, ...]]) -> list[Shape] | None:
    """The birthdays (without year) that fall in the window; None: all do."""
    found = [s for s in ALL_SHAPES if shape(*s)]
    return None if len(found) == len(ALL_SHAPES) else found


def _birthday_condition(model: type[Customer] | type[Contact], shapes: list[Shape]) -> Expression:
    days: dict[tuple[str, bool, int], list[int]] = {}
    for calendar, month, day, leap in shapes:
        days.setdefault((calendar, leap, month), []).append(day)
    cond: Expression = model.id < 0  # nothing, when no birthday falls in the window
    for (calendar, leap, month), listed in days.items():
        part = (
            (model.birth_calendar == calendar)
            & (model.birth_month == month)
            & model.birth_day.in_(listed)
        )
        if calendar == "lunar":
            part &= model.birth_leap == leap
        cond |= part
    return cond


def _founding_condition(shapes: list[Shape]) -> Expression:
    month_days = [f"{m:02d}-{d:02d}" for calendar, m, d, _leap in shapes if calendar == "solar"]
    # founded_on is stored as YYYY-MM-DD text.
    return fn.substr(Customer.founded_on, 6, 5).in_(month_days)


def events(
    start: date,
    end: date,
    *,
    flt: PeopleFilter | None = None,
    feb29: str | None = None,
    kinds: tuple[str, ...] = (BIRTHDAY, ANNIVERSARY),
) -> list[Event]:
    """Every birthday and anniversary from *start* to *end* (both included),
    by day, then by customer (pinyin order) and card order."""
    flt = flt or PeopleFilter()
    if feb29 is None:
        feb29 = greeting_settings.load().feb29
    with bulk_objects():
        return _events(start, end, flt, feb29, kinds)


def _events(
    start: date, end: date, flt: PeopleFilter, feb29: str, kinds: tuple[str, ...]
) -> list[Event]:
    occurrences, shape = _occurrences_for(start, end, feb29)
    shapes = _falling(shape)
    found: list[Event] = []
    people: list[Person] = []
    # Individuals and companies in one read of the customers: it is the
    # larger table.
    wanted: Expression | None = None
    if BIRTHDAY in kinds:
        wanted = (Customer.kind == "individual") & (Customer.birth_calendar != "")
        if shapes is not None:
            wanted &= _birthday_condition(Customer, shapes)
    if ANNIVERSARY in kinds:
        founded = (Customer.kind == "corporate") & Customer.founded_on.is_null(False)
        if shapes is not None:
            founded &= _founding_condition(shapes)
        wanted = founded if wanted is None else wanted | founded
    if wanted is not None:
        people += customers(flt, extra=wanted)
    if BIRTHDAY in kinds:
        staff = Contact.birth_calendar != ""
        if shapes is not None:
            staff &= _birthday_condition(Contact, shapes)
        people += contacts(flt, extra=staff)
    for person in people:
        if person.founded_on is not None:
            kind, birthday = ANNIVERSARY, founding_birthday(person.founded_on)
        elif person.birthday is not None:
            kind, birthday = BIRTHDAY, person.birthday
        else:
            continue
        for o in occurrences(birthday):
            if kind == ANNIVERSARY and not o.age:
                continue  # the founding day itself is no anniversary
            found.append(
                Event(
                    kind,
                    o.on,
                    person,
                    o.age,
                    birthdays.zodiac(birthday) if kind == BIRTHDAY else None,
                    birthday,
                    (o.on - start).days,
                )
            )
    found.sort(key=lambda e: (e.on, e.person.sort_key, e.person.customer_id, e.person.position))
    return found


def upcoming(today: date, days: int | None = None, **kwargs: object) -> list[Event]:
    """The next *days* days from *today* (today included; default: the
    setting, 7)."""
    if days is None:
        days = greeting_settings.load().upcoming_days
    try:
        end = today + timedelta(days=max(days, 1) - 1)
    except OverflowError:
        end = date.max
    return events(today, end, **kwargs)  # type: ignore[arg-type]


def today_count(today: date) -> int:
    """How many birthdays and anniversaries are today (for the start-up notice)."""
    return len(events(today, today))
