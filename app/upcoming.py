"""Birthdays and founding anniversaries coming up: individuals, the contact
persons of companies, and companies' founding days, each with its day this
year, the age (or years) turned and the card it belongs to.

Occurrences are worked out once per distinct birthday (month, day, calendar,
leap) for the window, not once per person: 10,000 people share at most a few
hundred of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from app import birthdays, greeting_settings
from app.birthdays import Occurrence
from app.models import Contact, Customer
from app.people import PeopleFilter, Person, contacts, customers
from app.records import Birthday

BIRTHDAY, ANNIVERSARY = "birthday", "anniversary"


@dataclass(frozen=True)
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


def _occurrences_for(start: date, end: date, feb29: str):  # noqa: ANN202 - a cached closure
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

    return occurrences


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
    occurrences = _occurrences_for(start, end, feb29)
    found: list[Event] = []
    people: list[Person] = []
    if BIRTHDAY in kinds:
        people += customers(
            flt, extra=(Customer.kind == "individual") & (Customer.birth_calendar != "")
        )
        people += contacts(flt, extra=Contact.birth_calendar != "")
    if ANNIVERSARY in kinds:
        people += customers(
            flt, extra=(Customer.kind == "corporate") & Customer.founded_on.is_null(False)
        )
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
    return events(today, today + timedelta(days=max(days, 1) - 1), **kwargs)  # type: ignore[arg-type]


def today_count(today: date) -> int:
    """How many birthdays and anniversaries are today (for the start-up notice)."""
    return len(events(today, today))
