"""When a birthday (or a company's founding anniversary) falls, and the age
turned.

The rules, for a birthday entered as month and day (year optional):

- **Solar** (公历): the same month and day every year. 29 February in a
  common year falls on 28 February or on 1 March, as the business sets it
  (``FEB29_RULES``, default 28 February).
- **Lunar** (农历): the same lunar month and day, so a different solar date
  each year.
  - A birthday in a leap month (闰月) is celebrated in the ordinary month of
    the same number, unless that year has the same leap month too: then in
    the leap month.
  - Day 30 in a year where that month has 29 days is celebrated on the 29th.
- **Age**: the full years (周岁) the person turns on that day: the number of
  the year minus the birth year, solar years for a solar birthday and lunar
  years for a lunar one (which is the same count of solar years). Unknown
  without a birth year.
- **Zodiac** (生肖): of the lunar year of birth, known when the birth year is.

Dates outside the lunar calendar's range (``app.lunar``) have no occurrence.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from app import lunar
from app.records import Birthday

FEB28, MAR1 = "feb28", "mar1"
#: How 29 February is kept in a common year.
FEB29_RULES = (FEB28, MAR1)


@dataclass(frozen=True)
class Occurrence:
    """A birthday on a given day: the year whose birthday it is (solar or
    lunar, as the birthday) and the age turned."""

    on: date
    cycle_year: int
    age: int | None


def solar_on(month: int, day: int, year: int, feb29: str = FEB28) -> date:
    """The day a solar date of *month* and *day* falls on in *year*."""
    if month == 2 and day == 29 and not calendar.isleap(year):
        return date(year, 3, 1) if feb29 == MAR1 else date(year, 2, 28)
    return date(year, month, day)


def lunar_on(month: int, day: int, leap: bool, year: int) -> date | None:
    """The solar day of lunar *month*/*day* (``leap``: in a leap month) in
    lunar *year*, by the rules above; None outside the calendar's range."""
    if not lunar.FIRST_YEAR <= year <= lunar.LAST_YEAR or not 1 <= day <= 30:
        return None
    in_leap = leap and lunar.leap_month(year) == month
    found = lunar.month_of(year, month, in_leap)
    if found is None:  # cannot happen for an ordinary month 1-12
        return None
    return lunar.to_solar(year, month, min(day, found.days), in_leap)


def birthday_in(birthday: Birthday, year: int, *, feb29: str = FEB28) -> date | None:
    """The birthday's day in *year*: a solar year for a solar birthday, a
    lunar year for a lunar one."""
    if birthday.calendar == "lunar":
        return lunar_on(birthday.month, birthday.day, birthday.leap, year)
    if not 1 <= year <= 9999:
        return None
    try:
        return solar_on(birthday.month, birthday.day, year, feb29)
    except ValueError:  # a day no month has (30 February), stored by an old import
        return None


def _age(birthday: Birthday, cycle_year: int) -> int | None:
    if birthday.year is None:
        return None
    age = cycle_year - birthday.year
    return age if age >= 0 else None


def occurrences(
    birthday: Birthday, start: date, end: date, *, feb29: str = FEB28
) -> list[Occurrence]:
    """Every day from *start* to *end* (both included) the birthday falls on,
    in order. A year before the birth year has none."""
    if end < start:
        return []
    # A lunar year starts in January or February: its late months reach
    # into the next solar year.
    first = start.year - 1 if birthday.calendar == "lunar" else start.year
    out = []
    for year in range(first, end.year + 1):
        if birthday.year is not None and year < birthday.year:
            continue
        on = birthday_in(birthday, year, feb29=feb29)
        if on is not None and start <= on <= end:
            out.append(Occurrence(on, year, _age(birthday, year)))
    return out


def next_occurrence(birthday: Birthday, start: date, *, feb29: str = FEB28) -> Occurrence | None:
    """The first day on or after *start* the birthday falls on."""
    found = occurrences(birthday, start, date(min(start.year + 2, 9999), 12, 31), feb29=feb29)
    return found[0] if found else None


def birth_date(birthday: Birthday) -> date | None:
    """The solar day of birth, when the year is known (a leap-month day or
    day 30 that did not exist is taken as entered: None)."""
    if birthday.year is None:
        return None
    if birthday.calendar == "lunar":
        try:
            return lunar.to_solar(birthday.year, birthday.month, birthday.day, birthday.leap)
        except (ValueError, lunar.OutOfRange):
            return None
    try:
        return date(birthday.year, birthday.month, birthday.day)
    except ValueError:
        return None


def zodiac(birthday: Birthday) -> str | None:
    """The zodiac animal (``app.lunar.ZODIAC`` key) of the birth year; None
    without a year."""
    if birthday.year is None:
        return None
    if birthday.calendar == "lunar":
        return lunar.zodiac(birthday.year)
    born = birth_date(birthday)
    if born is None:
        return None
    try:
        return lunar.zodiac(lunar.from_solar(born).year)
    except lunar.OutOfRange:
        return None


def describe(birthday: Birthday, language: str = "zh") -> str:
    """The birthday as written on a list: 5月17日 / 农历八月十五 / May 17."""
    from app.lunar_names import lunar_day_name, lunar_month_name

    if birthday.calendar == "lunar":
        text = lunar_month_name(birthday.month, birthday.leap) + lunar_day_name(birthday.day)
        return ("农历" if language != "en" else "Lunar ") + text
    if language == "en":
        return f"{calendar.month_abbr[birthday.month]} {birthday.day}"
    return f"{birthday.month}月{birthday.day}日"
