"""The lunar calendar (app.lunar, on lunar-python) against an independent
source: the ``lunardate`` package, a table of month lengths that owes nothing
to lunar-python's astronomy. Every lunar year from 1901 to 2099 is compared
month by month, and a sample of days both ways.

Where the two disagree, a third source decides, and the disagreement is
listed below with its reason; any other disagreement fails the tests.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lunardate import LunarDate as Reference

from app import lunar
from app.lunar import LunarDate, LunarMonth

YEARS = range(1901, 2100)  # what lunardate covers in full (it ends with lunar 2099)

# (year, month, leap) -> (first day, days) as lunar-python has it and as
# lunardate has it. The third source is the Hong Kong Observatory's
# Gregorian-Lunar conversion tables (www.hko.gov.hk/en/gts/time/conversion.htm,
# 1901-2100), also as checked into ICU4X's Chinese calendar data
# (unicode-org/icu4x, tested against the HKO files year by year).
DISPUTED: dict[tuple[int, int, bool], tuple[tuple[date, int], tuple[date, int]]] = {
    # HKO: 1933-07-22 is 闰五月三十 (the leap 5th month has 30 days) and the
    # 6th month starts on 07-23. lunardate's table entry for 1933 is a known
    # error (jjonline/calendar.js#11 and #12 corrected the same table from HKO).
    (1933, 5, True): ((date(1933, 6, 23), 30), (date(1933, 6, 23), 29)),
    (1933, 6, False): ((date(1933, 7, 23), 29), (date(1933, 7, 22), 30)),
    # HKO/ICU4X: 1954's 10th month has 29 days, the 11th starts on 11-25.
    (1954, 10, False): ((date(1954, 10, 27), 29), (date(1954, 10, 27), 30)),
    (1954, 11, False): ((date(1954, 11, 25), 30), (date(1954, 11, 26), 29)),
    # HKO/ICU4X: 1978's 7th month has 30 days, 八月初一 is 09-03, so the
    # Mid-Autumn Festival of 1978 was on 17 September (lunardate: 16th).
    (1978, 7, False): ((date(1978, 8, 4), 30), (date(1978, 8, 4), 29)),
    (1978, 8, False): ((date(1978, 9, 3), 29), (date(1978, 9, 2), 30)),
    # Undecided by anyone: the new moon of 2057-09-28 falls within minutes of
    # midnight Beijing time. HKO's table (and lunardate) start the 9th month
    # on 09-28, but HKO itself notes that its table may be a day off for
    # exactly this new moon; lunar-python (since its issue #17) and Yuk Tung
    # Liu's calendar put it on 09-29, giving the 8th month 30 days. We keep
    # lunar-python's reading; Mid-Autumn 2057 (09-13) is the same either way.
    (2057, 8, False): ((date(2057, 8, 30), 30), (date(2057, 8, 30), 29)),
    (2057, 9, False): ((date(2057, 9, 29), 29), (date(2057, 9, 28), 30)),
}


def reference_months(year: int) -> list[LunarMonth]:
    """The months of a lunar year by lunardate, built from its public API."""
    leap = Reference.leap_month_for_year(year) or 0
    numbers = [(m, False) for m in range(1, 13)]
    if leap:
        numbers.insert(leap, (leap, True))
    out = []
    for month, is_leap in numbers:
        first = Reference(year, month, 1, is_leap).to_solar_date()
        try:
            Reference(year, month, 30, is_leap).to_solar_date()
            days = 30
        except ValueError:
            days = 29
        out.append(LunarMonth(year, month, is_leap, first, days))
    return out


@cache
def reference_table() -> dict[tuple[int, int, bool], tuple[date, int]]:
    return {
        (m.year, m.month, m.leap): (m.first, m.days) for y in YEARS for m in reference_months(y)
    }


@cache
def our_table() -> dict[tuple[int, int, bool], tuple[date, int]]:
    return {(m.year, m.month, m.leap): (m.first, m.days) for y in YEARS for m in lunar.months(y)}


def disputed_days() -> set[date]:
    days: set[date] = set()
    for ours, theirs in DISPUTED.values():
        for first, length in (ours, theirs):
            days.update(first + timedelta(days=i) for i in range(length))
    return days


# --- the whole range, table against table -------------------------------------------------


def test_every_month_of_1901_to_2099_agrees_but_the_documented_ones() -> None:
    ours, theirs = our_table(), reference_table()
    assert ours.keys() == theirs.keys()  # the same months, leap months included
    differing = {key: (ours[key], theirs[key]) for key in ours if ours[key] != theirs[key]}
    assert differing == DISPUTED


def test_the_leap_month_of_every_year() -> None:
    ours = {y: lunar.leap_month(y) for y in YEARS}
    assert ours == {y: Reference.leap_month_for_year(y) or 0 for y in YEARS}
    assert sum(1 for m in ours.values() if m) == 73  # 7 in 19 years
    assert ours[2020] == 4 and ours[2023] == 2 and ours[2025] == 6 and ours[2026] == 0


def test_every_month_is_29_or_30_days_and_follows_the_last() -> None:
    for year in YEARS:
        months = lunar.months(year)
        assert len(months) == (13 if lunar.leap_month(year) else 12)
        for before, after in zip(months, months[1:], strict=False):
            assert before.days in (29, 30)
            assert before.first + timedelta(days=before.days) == after.first
        last = months[-1]
        assert last.first + timedelta(days=last.days) == lunar.new_year(year + 1)


def test_spring_festival_of_every_year() -> None:
    for year in YEARS:
        assert lunar.new_year(year) == Reference(year, 1, 1).to_solar_date(), year


def test_mid_autumn_of_every_year() -> None:
    for year in YEARS:
        ours = lunar.to_solar(year, 8, 15)
        theirs = Reference(year, 8, 15).to_solar_date()
        if year == 1978:
            assert (ours, theirs) == (date(1978, 9, 17), date(1978, 9, 16))  # see DISPUTED
        else:
            assert ours == theirs, year


def test_new_years_eve_of_every_year_is_the_last_day_of_the_12th_month() -> None:
    from app.holidays import BUILT_IN, dates_in

    eve = next(h for h in BUILT_IN if h.key == "new_years_eve")
    lengths = set()
    for year in YEARS:  # the solar year of 除夕: the eve of lunar year `year`
        expected = Reference(year, 1, 1).to_solar_date() - timedelta(days=1)
        length = lunar.month_length(year - 1, 12)
        lengths.add(length)
        assert lunar.to_solar(year - 1, 12, length) == expected, year
        assert dates_in(eve, year) == [expected], year
        assert lunar.from_solar(expected) == LunarDate(year - 1, 12, length)
    assert lengths == {29, 30}  # both kinds of 除夕 (廿九 and 三十) were checked


# --- day by day, a sample -------------------------------------------------------------------


def test_every_seventh_day_both_ways() -> None:
    day, last = date(1901, 2, 19), date(2099, 12, 31)
    skip = disputed_days()
    checked = 0
    while day <= last:
        ours = lunar.from_solar(day)
        assert lunar.to_solar(ours.year, ours.month, ours.day, ours.leap) == day
        if day not in skip:
            theirs = Reference.from_solar_date(day.year, day.month, day.day)
            assert (ours.year, ours.month, ours.day, ours.leap) == (
                theirs.year,
                theirs.month,
                theirs.day,
                theirs.is_leap_month,
            ), day
            checked += 1
        day += timedelta(days=7)
    assert checked > 10_000


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(1933, 7, 22), LunarDate(1933, 5, 30, True)),  # HKO: 闰五月三十
        (date(1933, 7, 23), LunarDate(1933, 6, 1)),
        (date(1954, 11, 25), LunarDate(1954, 11, 1)),
        (date(1978, 9, 2), LunarDate(1978, 7, 30)),
        (date(1978, 9, 17), LunarDate(1978, 8, 15)),
        (date(2057, 9, 28), LunarDate(2057, 8, 30)),  # disputed; lunar-python's reading
    ],
)
def test_the_disputed_days_as_we_keep_them(day: date, expected: LunarDate) -> None:
    assert lunar.from_solar(day) == expected


@given(st.dates(min_value=date(1900, 1, 31), max_value=date(2100, 12, 31)))
def test_from_solar_and_back(day: date) -> None:
    found = lunar.from_solar(day)
    assert lunar.FIRST_YEAR <= found.year <= lunar.LAST_YEAR
    assert 1 <= found.day <= lunar.month_length(found.year, found.month, found.leap)
    assert lunar.to_solar(found.year, found.month, found.day, found.leap) == day


# --- edges ------------------------------------------------------------------------------


def test_known_dates_and_names() -> None:
    assert lunar.new_year(2026) == date(2026, 2, 17)
    assert lunar.to_solar(2020, 4, 8, leap=True) == date(2020, 5, 30)
    assert str(lunar.from_solar(date(2026, 9, 25))) == "2026年八月十五"
    assert str(LunarDate(2020, 4, 8, True)) == "2020年闰四月初八"
    assert lunar.zodiac(2026) == "horse" and lunar.ZODIAC_ZH["horse"] == "马"
    assert lunar.zodiac(1900) == "rat" and lunar.zodiac(2024) == "dragon"


def test_dates_that_do_not_exist() -> None:
    with pytest.raises(ValueError, match="no leap month 5"):
        lunar.to_solar(2026, 5, 1, leap=True)
    short = next(m for m in lunar.months(2026) if m.days == 29)
    with pytest.raises(ValueError, match="has 29 days"):
        lunar.to_solar(2026, short.month, 30)
    assert lunar.month_of(2026, 5, True) is None and lunar.month_length(2026, 5, True) == 0


def test_outside_the_range() -> None:
    for year in (1899, 2101):
        with pytest.raises(lunar.OutOfRange):
            lunar.months(year)
    with pytest.raises(lunar.OutOfRange):
        lunar.from_solar(date(1900, 1, 30))  # the last day of lunar 1899
    assert lunar.from_solar(date(1900, 1, 31)) == LunarDate(1900, 1, 1)
    last = lunar.months(2100)[-1]
    end = last.first + timedelta(days=last.days - 1)
    assert end.year == 2101  # lunar 2100 runs into January 2101
    assert lunar.from_solar(end) == LunarDate(2100, 12, last.days)
    with pytest.raises(lunar.OutOfRange):
        lunar.from_solar(end + timedelta(days=1))
    with pytest.raises(lunar.OutOfRange):
        lunar.from_solar(date(9999, 12, 31))
