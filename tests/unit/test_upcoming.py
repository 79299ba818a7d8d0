"""Birthdays and founding anniversaries coming up, across individuals,
contact persons and companies, read from a real database."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import greeting_settings, lunar, upcoming
from app.birthdays import FEB28, MAR1
from app.customers import archive_customers
from app.people import PeopleFilter
from app.records import Birthday
from app.upcoming import ANNIVERSARY, BIRTHDAY
from tests.unit.test_people import company, contact, individual


def names(events: list[upcoming.Event]) -> list[tuple[date, str, str, int | None]]:
    return [(e.on, e.kind, e.person.name, e.age) for e in events]


@pytest.fixture
def cards(db_path: Path) -> dict[str, int]:
    return {
        "zhang": individual("张三", birthday=Birthday("solar", 1, 1, 1980), mobile="13800138000"),
        "li": individual("李四", birthday=Birthday("lunar", 12, 8, 1970)),  # 2027-01-15
        "nobody": individual("王五"),
        "firm": company(
            "远大贸易有限公司",
            contact("赵总", "decision_maker", birthday=Birthday("solar", 12, 30, 1975)),
            contact("钱会计", "finance", birthday=Birthday("solar", 12, 29)),
            founded_on=date(2010, 12, 31),
        ),
        "new": company("新公司", founded_on=date(2026, 1, 2)),
    }


def test_the_year_boundary_seen_from_28_december(cards: dict[str, int]) -> None:
    week = upcoming.upcoming(date(2026, 12, 28), 7)  # 28 December to 3 January
    assert names(week) == [
        (date(2026, 12, 29), BIRTHDAY, "钱会计", None),
        (date(2026, 12, 30), BIRTHDAY, "赵总", 51),
        (date(2026, 12, 31), ANNIVERSARY, "远大贸易有限公司", 16),
        (date(2027, 1, 1), BIRTHDAY, "张三", 47),
        (date(2027, 1, 2), ANNIVERSARY, "新公司", 1),
    ]
    assert [e.days_away for e in week] == [1, 2, 3, 4, 5]
    assert not any(e.is_today for e in week)
    zhang = week[3]
    assert zhang.person.customer_id == cards["zhang"] and zhang.person.number
    assert zhang.zodiac == "goat"  # born 1980-01-01, before the Spring Festival: lunar 1979
    assert zhang.birthday == Birthday("solar", 1, 1, 1980)
    anniversary = week[2]
    assert anniversary.zodiac is None and anniversary.birthday.year == 2010


def test_a_lunar_12th_month_birthday_in_january(cards: dict[str, int]) -> None:
    found = upcoming.events(date(2027, 1, 10), date(2027, 1, 20))
    assert names(found) == [(date(2027, 1, 15), BIRTHDAY, "李四", 56)]
    assert found[0].zodiac == "dog"  # lunar 1970
    assert found[0].days_away == 5


def test_today_is_flagged_and_counted(cards: dict[str, int]) -> None:
    today = date(2027, 1, 1)
    found = upcoming.upcoming(today, 3)
    assert [(e.person.name, e.is_today) for e in found] == [("张三", True), ("新公司", False)]
    assert upcoming.today_count(today) == 1
    assert upcoming.today_count(date(2027, 3, 3)) == 0


def test_the_founding_day_itself_is_no_anniversary(cards: dict[str, int]) -> None:
    assert upcoming.events(date(2026, 1, 1), date(2026, 1, 5), kinds=(ANNIVERSARY,)) == []
    later = upcoming.events(date(2027, 1, 1), date(2027, 1, 5), kinds=(ANNIVERSARY,))
    assert names(later) == [(date(2027, 1, 2), ANNIVERSARY, "新公司", 1)]


def test_kinds_filters_and_archived(cards: dict[str, int]) -> None:
    start, end = date(2026, 12, 28), date(2027, 1, 3)
    only_birthdays = upcoming.events(start, end, kinds=(BIRTHDAY,))
    assert {e.kind for e in only_birthdays} == {BIRTHDAY} and len(only_birthdays) == 3
    companies = upcoming.events(start, end, flt=PeopleFilter(kinds=("corporate",)))
    assert [e.person.name for e in companies] == ["钱会计", "赵总", "远大贸易有限公司", "新公司"]
    archive_customers([cards["firm"]])
    assert [e.person.name for e in upcoming.events(start, end)] == ["张三", "新公司"]


def test_29_february_follows_the_setting(db_path: Path) -> None:
    individual("闰日生", birthday=Birthday("solar", 2, 29, 2000))
    company("闰日公司", founded_on=date(2000, 2, 29))
    window = (date(2027, 2, 27), date(2027, 3, 2))
    assert [e.on for e in upcoming.events(*window)] == [date(2027, 2, 28)] * 2
    assert [e.on for e in upcoming.events(*window, feb29=MAR1)] == [date(2027, 3, 1)] * 2
    greeting_settings.save(greeting_settings.GreetingSettings(feb29=MAR1))
    assert [(e.on, e.age) for e in upcoming.events(*window)] == [(date(2027, 3, 1), 27)] * 2
    assert [e.on for e in upcoming.events(date(2028, 2, 28), date(2028, 3, 1))] == [
        date(2028, 2, 29)
    ] * 2


def test_a_leap_month_birthday_and_day_30(db_path: Path) -> None:
    individual("闰月生", birthday=Birthday("lunar", 4, 8, 2020, leap=True))
    individual("三十生", birthday=Birthday("lunar", 8, 30, 1990))
    in_2020 = upcoming.events(date(2020, 5, 1), date(2020, 6, 30))
    assert [(e.person.name, e.on, e.age) for e in in_2020] == [("闰月生", date(2020, 5, 30), 0)]
    in_2021 = upcoming.events(date(2021, 5, 1), date(2021, 5, 31))
    assert [(e.person.name, e.on, e.age) for e in in_2021] == [
        ("闰月生", lunar.to_solar(2021, 4, 8), 1)
    ]
    short = upcoming.events(date(2025, 10, 1), date(2025, 10, 31))  # 八月 2025 has 29 days
    assert [(e.person.name, e.on) for e in short] == [("三十生", lunar.to_solar(2025, 8, 29))]


def test_the_default_window_is_the_setting(cards: dict[str, int]) -> None:
    start = date(2026, 12, 26)
    assert len(upcoming.upcoming(start)) == 4  # 7 days: 29, 30, 31 December, 1 January
    greeting_settings.save(greeting_settings.GreetingSettings(upcoming_days=3))
    assert len(upcoming.upcoming(start)) == 0  # 26-28 December
    # No overflow at the end of time: the window stops at 9999-12-31.
    assert [e.on for e in upcoming.upcoming(date(9999, 12, 30), 7)] == [
        date(9999, 12, 30),
        date(9999, 12, 31),
    ]


@pytest.fixture
def varied(db_path: Path) -> None:
    """Birthdays of every kind the rules treat apart."""
    shapes = [
        Birthday("solar", 1, 1, 1980),
        Birthday("solar", 2, 28),
        Birthday("solar", 2, 29, 1996),
        Birthday("solar", 3, 1, 2001),
        Birthday("solar", 12, 31),
        Birthday("lunar", 1, 1, 1970),
        Birthday("lunar", 4, 8, 2020, leap=True),
        Birthday("lunar", 4, 30),
        Birthday("lunar", 6, 15, 2025, leap=True),
        Birthday("lunar", 8, 15, 1985),
        Birthday("lunar", 11, 29),
        Birthday("lunar", 12, 8, 1960),
        Birthday("lunar", 12, 30, 1990),
    ]
    for i, b in enumerate(shapes):
        individual(f"个人{i:02d}", birthday=b)
    company(
        "某公司",
        *(contact(f"联系人{i:02d}", birthday=b) for i, b in enumerate(shapes)),
        founded_on=date(2000, 2, 29),
    )
    company("另一公司", founded_on=date(1999, 12, 31))


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    start=st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 1, 1)),
    days=st.integers(1, 60),
    feb29=st.sampled_from([FEB28, MAR1]),
)
def test_a_short_window_reads_the_same_events_as_a_long_one(
    varied: None, start: date, days: int, feb29: str
) -> None:
    # Short windows read only the people whose birthday falls in them; the
    # same events must come out as when everybody is read.
    end = start + timedelta(days=days - 1)
    everybody = upcoming.events(start, start + timedelta(days=420), feb29=feb29)
    assert upcoming.events(start, end, feb29=feb29) == [e for e in everybody if e.on <= end]
