"""When a birthday falls, by the documented rules, checked against lunardate
(an independent lunar table) where the lunar calendar is involved."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from lunardate import LunarDate as Reference

from app import birthdays, lunar
from app.birthdays import FEB28, MAR1, Occurrence
from app.records import Birthday

# --- solar -----------------------------------------------------------------------------


def test_a_solar_birthday_is_the_same_day_every_year() -> None:
    b = Birthday("solar", 5, 17, 1990)
    assert birthdays.birthday_in(b, 2026) == date(2026, 5, 17)
    assert birthdays.occurrences(b, date(2026, 1, 1), date(2027, 12, 31)) == [
        Occurrence(date(2026, 5, 17), 2026, 36),
        Occurrence(date(2027, 5, 17), 2027, 37),
    ]
    assert birthdays.birth_date(b) == date(1990, 5, 17)


@pytest.mark.parametrize(("rule", "common"), [(FEB28, date(2026, 2, 28)), (MAR1, date(2026, 3, 1))])
def test_29_february_in_common_years(rule: str, common: date) -> None:
    b = Birthday("solar", 2, 29, 2000)
    assert birthdays.birthday_in(b, 2026, feb29=rule) == common
    assert birthdays.birthday_in(b, 2028, feb29=rule) == date(2028, 2, 29)
    assert birthdays.birthday_in(b, 2100, feb29=rule) == common.replace(year=2100)  # not leap
    found = birthdays.occurrences(b, date(2026, 2, 1), date(2026, 3, 31), feb29=rule)
    assert found == [Occurrence(common, 2026, 26)]
    assert birthdays.next_occurrence(b, common + timedelta(days=1), feb29=rule) == Occurrence(
        common.replace(year=2027), 2027, 27
    )
    assert birthdays.solar_on(2, 29, 2024, rule) == date(2024, 2, 29)


def test_the_default_rule_is_28_february() -> None:
    assert birthdays.birthday_in(Birthday("solar", 2, 29), 2027) == date(2027, 2, 28)


def test_the_year_boundary_a_birthday_on_1_january_seen_from_28_december() -> None:
    b = Birthday("solar", 1, 1, 1980)
    week = birthdays.occurrences(b, date(2026, 12, 28), date(2027, 1, 3))
    assert week == [Occurrence(date(2027, 1, 1), 2027, 47)]
    assert birthdays.next_occurrence(b, date(2026, 12, 28)) == week[0]
    assert birthdays.occurrences(b, date(2026, 12, 28), date(2026, 12, 31)) == []


def test_no_occurrence_before_the_birth_year_and_age_zero_on_the_day() -> None:
    b = Birthday("solar", 6, 1, 2026)
    assert birthdays.occurrences(b, date(2025, 1, 1), date(2026, 12, 31)) == [
        Occurrence(date(2026, 6, 1), 2026, 0)
    ]
    unknown = Birthday("solar", 6, 1)
    assert birthdays.occurrences(unknown, date(2025, 6, 1), date(2025, 6, 1)) == [
        Occurrence(date(2025, 6, 1), 2025, None)
    ]


# --- lunar -----------------------------------------------------------------------------


def test_a_lunar_birthday_moves_with_the_lunar_calendar() -> None:
    b = Birthday("lunar", 8, 15, 1985)
    for year in (2024, 2025, 2026, 2027):
        assert birthdays.birthday_in(b, year) == Reference(year, 8, 15).to_solar_date()
    assert birthdays.next_occurrence(b, date(2026, 1, 1)) == Occurrence(date(2026, 9, 25), 2026, 41)


def test_a_leap_month_birthday_with_and_without_the_leap_month() -> None:
    # Born on 闰四月初八 of 2020: in the leap month when the year has a leap
    # fourth month, else in the ordinary fourth month.
    b = Birthday("lunar", 4, 8, 2020, leap=True)
    assert birthdays.birthday_in(b, 2020) == Reference(2020, 4, 8, True).to_solar_date()
    assert birthdays.birthday_in(b, 2020) == date(2020, 5, 30)
    assert birthdays.birthday_in(b, 2021) == Reference(2021, 4, 8).to_solar_date()  # no leap
    assert birthdays.birthday_in(b, 2023) == Reference(2023, 4, 8).to_solar_date()  # leap 2
    assert Reference.leap_month_for_year(2058) == 4
    assert birthdays.birthday_in(b, 2058) == Reference(2058, 4, 8, True).to_solar_date()
    assert birthdays.birth_date(b) == date(2020, 5, 30)
    # Entered as leap in a year without that leap month: no birth date, but
    # its birthdays still fall by the rule.
    odd = Birthday("lunar", 4, 8, 2021, leap=True)
    assert birthdays.birth_date(odd) is None
    assert birthdays.birthday_in(odd, 2022) == Reference(2022, 4, 8).to_solar_date()


def _length(year: int, month: int) -> int:
    try:
        Reference(year, month, 30).to_solar_date()
    except ValueError:
        return 29
    return 30


def test_day_30_in_a_short_month_falls_on_the_29th() -> None:
    b = Birthday("lunar", 8, 30, 1990)
    assert _length(2024, 8) == 30 and _length(2025, 8) == 29
    assert birthdays.birthday_in(b, 2024) == Reference(2024, 8, 30).to_solar_date()
    assert birthdays.birthday_in(b, 2025) == Reference(2025, 8, 29).to_solar_date()
    assert lunar.from_solar(birthdays.birthday_in(b, 2025)) == lunar.LunarDate(2025, 8, 29)  # type: ignore[arg-type]


def test_a_12th_month_birthday_falls_in_january_of_the_next_solar_year() -> None:
    # 腊月初八 of lunar 2026 is 15 January 2027: the lunar year's birthday, so
    # the age turned is counted from lunar 2026.
    b = Birthday("lunar", 12, 8, 1980)
    laba = Reference(2026, 12, 8).to_solar_date()
    assert laba == date(2027, 1, 15)
    assert birthdays.occurrences(b, date(2027, 1, 1), date(2027, 1, 31)) == [
        Occurrence(laba, 2026, 46)
    ]
    # Seen from 28 December 2026, the next one is that same day.
    assert birthdays.next_occurrence(b, date(2026, 12, 28)) == Occurrence(laba, 2026, 46)
    # Lunar 2027's 腊月初八 is in January 2028: solar 2027 holds only one.
    assert len(birthdays.occurrences(b, date(2027, 1, 1), date(2027, 12, 31))) == 1


def test_zodiac_of_lunar_and_solar_birthdays() -> None:
    assert birthdays.zodiac(Birthday("lunar", 8, 15, 1990)) == "horse"
    assert birthdays.zodiac(Birthday("lunar", 12, 20, 1990)) == "horse"  # in January 1991
    # A solar birthday before the Spring Festival (1990-01-27) is of the year before.
    assert birthdays.zodiac(Birthday("solar", 1, 10, 1990)) == "snake"
    assert birthdays.zodiac(Birthday("solar", 2, 10, 1990)) == "horse"
    assert birthdays.zodiac(Birthday("solar", 2, 10)) is None  # no year
    assert birthdays.zodiac(Birthday("solar", 2, 31, 1990)) is None  # no such day


def test_out_of_range_years_give_no_occurrence_and_no_error() -> None:
    b = Birthday("lunar", 8, 15)
    assert birthdays.birthday_in(b, 1899) is None
    assert birthdays.birthday_in(b, 2101) is None
    assert birthdays.occurrences(b, date(2102, 1, 1), date(2103, 12, 31)) == []
    assert birthdays.next_occurrence(b, date(2105, 1, 1)) is None
    assert birthdays.birth_date(Birthday("lunar", 8, 15, 1899)) is None
    assert birthdays.zodiac(Birthday("solar", 5, 1, 1850)) is None
    solar = Birthday("solar", 12, 31, 1990)
    assert birthdays.next_occurrence(solar, date(9999, 12, 31)) == Occurrence(
        date(9999, 12, 31), 9999, 8009
    )
    assert birthdays.next_occurrence(Birthday("solar", 1, 1), date(9999, 12, 31)) is None
    assert birthdays.occurrences(solar, date(2026, 2, 1), date(2026, 1, 1)) == []


def test_impossible_stored_birthdays_fall_nowhere() -> None:
    for b in (
        Birthday("solar", 2, 30, 1990),
        Birthday("solar", 13, 1),
        Birthday("lunar", 13, 1),
        Birthday("lunar", 8, 0),
        Birthday("lunar", 8, 31),
    ):
        assert birthdays.birthday_in(b, 2026) is None
        assert birthdays.occurrences(b, date(2026, 1, 1), date(2026, 12, 31)) == []


def test_describe() -> None:
    assert birthdays.describe(Birthday("solar", 5, 17)) == "5月17日"
    assert birthdays.describe(Birthday("solar", 5, 17), "en") == "May 17"
    assert birthdays.describe(Birthday("lunar", 8, 15)) == "农历八月十五"
    assert birthdays.describe(Birthday("lunar", 4, 8, leap=True)) == "农历闰四月初八"
    assert birthdays.describe(Birthday("lunar", 12, 30), "en") == "Lunar 腊月三十"


# --- properties ---------------------------------------------------------------------------

WINDOW_START = st.dates(min_value=date(1901, 3, 1), max_value=date(2099, 1, 1))


@given(
    st.integers(1, 12),
    st.integers(1, 30),
    st.booleans(),
    WINDOW_START,
    st.integers(0, 800),
)
def test_lunar_occurrences_fall_in_the_window_on_the_day_or_its_substitute(
    month: int, day: int, leap: bool, start: date, length: int
) -> None:
    end = min(start + timedelta(days=length), date(2100, 12, 31))
    found = birthdays.occurrences(Birthday("lunar", month, day, leap=leap), start, end)
    assert [o.on for o in found] == sorted({o.on for o in found})
    for o in found:
        assert start <= o.on <= end
        got = lunar.from_solar(o.on)
        assert (got.year, got.month) == (o.cycle_year, month)
        assert got.leap == (leap and lunar.leap_month(o.cycle_year) == month)
        if day <= lunar.month_length(got.year, got.month, got.leap):
            assert got.day == day
        else:
            assert (day, got.day) == (30, 29)  # day 30 of a short month: the 29th
    # Each lunar year in the window has its birthday exactly once.
    assert len({o.cycle_year for o in found}) == len(found)
    if length >= 420:
        assert found  # longer than any gap between two birthdays


@given(st.integers(1, 12), st.integers(1, 31), st.integers(1901, 2200))
def test_solar_birthdays_keep_their_day_or_the_feb29_substitute(
    month: int, day: int, year: int
) -> None:
    assume(day <= calendar.monthrange(2000, month)[1])
    b = Birthday("solar", month, day)
    for rule in (FEB28, MAR1):
        on = birthdays.birthday_in(b, year, feb29=rule)
        assert on is not None and on.year == year
        if (month, day) == (2, 29) and not calendar.isleap(year):
            assert on == (date(year, 3, 1) if rule == MAR1 else date(year, 2, 28))
        else:
            assert (on.month, on.day) == (month, day)
