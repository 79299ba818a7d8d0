"""The Chinese lunar calendar (农历), behind one small interface so that the
library doing the astronomy can be swapped.

The library is lunar-python (6tail), which follows the calendar as published
in China (GB/T 33661-2017) well beyond the years Kehu needs. We use it only to
read, once per lunar year, which months the year has, whether one is a leap
month (闰月), on which solar day each starts and how long it is (29 or 30
days); every conversion is then a look-up in that cached table.

Supported: lunar years ``FIRST_YEAR`` to ``LAST_YEAR`` (1900-2100), that is
solar dates from 1900-01-31 to the end of 2100 and somewhat past.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache

from lunar_python import LunarYear

from app.errors import KnownError
from app.i18n import QT_TRANSLATE_NOOP

FIRST_YEAR = 1900
LAST_YEAR = 2100

#: Julian day number of 0001-01-01 minus its ordinal (1): JD -> date.
_JD_OFFSET = 1721425

#: The animals of the Chinese zodiac (生肖), from the year of the rat.
ZODIAC = ("rat", "ox", "tiger", "rabbit", "dragon", "snake", "horse", "goat", "monkey",
          "rooster", "dog", "pig")  # fmt: skip
ZODIAC_ZH = dict(zip(ZODIAC, "鼠牛虎兔龙蛇马羊猴鸡狗猪", strict=True))
ZODIAC_EN = {
    "rat": "Rat",
    "ox": "Ox",
    "tiger": "Tiger",
    "rabbit": "Rabbit",
    "dragon": "Dragon",
    "snake": "Snake",
    "horse": "Horse",
    "goat": "Goat",
    "monkey": "Monkey",
    "rooster": "Rooster",
    "dog": "Dog",
    "pig": "Pig",
}


class OutOfRange(KnownError):
    """A date outside the years the lunar calendar is known for."""


@dataclass(frozen=True, order=True)
class LunarDate:
    year: int
    month: int
    day: int
    leap: bool = False

    def __str__(self) -> str:
        from app.lunar_names import lunar_day_name, lunar_month_name

        return f"{self.year}年{lunar_month_name(self.month, self.leap)}{lunar_day_name(self.day)}"


@dataclass(frozen=True)
class LunarMonth:
    year: int
    month: int
    leap: bool
    first: date  # solar date of day 1 (初一)
    days: int  # 29 or 30


def _check_year(year: int) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise OutOfRange(
            QT_TRANSLATE_NOOP(
                "app", "The lunar calendar is known for the years {first} to {last} only."
            ),
            first=FIRST_YEAR,
            last=LAST_YEAR,
        )


@cache
def months(year: int) -> tuple[LunarMonth, ...]:
    """The months of lunar *year* in order (a leap month follows the ordinary
    month of the same number)."""
    _check_year(year)
    out = []
    for m in LunarYear.fromYear(year).getMonths():
        if m.getYear() != year:
            continue
        number = m.getMonth()
        first = date.fromordinal(int(m.getFirstJulianDay() + 0.5) - _JD_OFFSET)
        out.append(LunarMonth(year, abs(number), number < 0, first, m.getDayCount()))
    return tuple(out)


def leap_month(year: int) -> int:
    """The number of the leap month of lunar *year*, 0 when it has none."""
    return next((m.month for m in months(year) if m.leap), 0)


def month_of(year: int, month: int, leap: bool = False) -> LunarMonth | None:
    """The month, or None when the year has no such month (a leap month it
    does not have)."""
    return next((m for m in months(year) if m.month == month and m.leap == leap), None)


def month_length(year: int, month: int, leap: bool = False) -> int:
    """29 or 30; 0 when the year has no such month."""
    found = month_of(year, month, leap)
    return found.days if found else 0


def new_year(year: int) -> date:
    """The solar date of the Spring Festival (正月初一) of lunar *year*."""
    return months(year)[0].first


def to_solar(year: int, month: int, day: int, leap: bool = False) -> date:
    """The solar date of an existing lunar date; ``ValueError`` when the
    lunar date does not exist (no such leap month, day 30 of a short month)."""
    found = month_of(year, month, leap)
    if found is None:
        raise ValueError(f"lunar year {year} has no {'leap ' if leap else ''}month {month}")
    if not 1 <= day <= found.days:
        raise ValueError(f"lunar {year}-{month} has {found.days} days, not {day}")
    return found.first + timedelta(days=day - 1)


@lru_cache(maxsize=8)
def _starts(year: int) -> tuple[list[date], tuple[LunarMonth, ...]]:
    table = months(year)
    return [m.first for m in table], table


def from_solar(day: date) -> LunarDate:
    """The lunar date of a solar date."""
    if day.year > LAST_YEAR:
        year = LAST_YEAR  # its last months run into the next solar year
    else:
        _check_year(day.year)
        year = day.year if day >= new_year(day.year) else day.year - 1
        _check_year(year)
    firsts, table = _starts(year)
    index = bisect.bisect_right(firsts, day) - 1
    month = table[index]
    if day >= month.first + timedelta(days=month.days):
        _check_year(year + 1)  # past the last month known: raises
    return LunarDate(year, month.month, (day - month.first).days + 1, month.leap)


def zodiac(lunar_year: int) -> str:
    """The zodiac animal of a lunar year (1900 was a year of the rat)."""
    return ZODIAC[(lunar_year - 1900) % 12]
