"""Holidays: the built-in solar and lunar ones, the business's own, finding
them by name, and their days in a solar year."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from lunardate import LunarDate as Reference

from app import holidays, lunar
from app.errors import ValidationError
from app.greetings import GreetingRequest, greeting_list, mark_greeted
from app.holidays import LUNAR, SOLAR, Holiday, UnknownHoliday
from app.models import CustomHoliday, GreetingMark
from tests.unit.test_people import individual


def by_key(year: int) -> dict[str, list[date]]:
    out: dict[str, list[date]] = {}
    for h, on in holidays.holidays_in(year):
        out.setdefault(h.key, []).append(on)
    return out


def test_the_holidays_of_2026(db_path: Path) -> None:
    found = holidays.holidays_in(2026)
    assert [on for _h, on in found] == sorted(on for _h, on in found)
    assert {key: days[0] for key, days in by_key(2026).items()} == {
        "new_year": date(2026, 1, 1),
        "new_years_eve": date(2026, 2, 16),
        "spring_festival": date(2026, 2, 17),
        "lantern": date(2026, 3, 3),
        "womens_day": date(2026, 3, 8),
        "labour_day": date(2026, 5, 1),
        "dragon_boat": date(2026, 6, 19),
        "qixi": date(2026, 8, 19),
        "teachers_day": date(2026, 9, 10),
        "mid_autumn": date(2026, 9, 25),
        "national_day": date(2026, 10, 1),
        "double_ninth": date(2026, 10, 18),
        "christmas": date(2026, 12, 25),
    }
    assert all(len(days) == 1 for days in by_key(2026).values())


def test_new_years_eve_is_the_29th_when_the_12th_month_is_short(db_path: Path) -> None:
    eve = holidays.by_key("new_years_eve")
    assert eve is not None and eve.eve
    # 2025 had no 年三十: the 12th month of lunar 2024 has 29 days.
    assert holidays.dates_in(eve, 2025) == [date(2025, 1, 28)]
    assert Reference.from_solar_date(2025, 1, 28).day == 29
    assert holidays.dates_in(eve, 2024) == [date(2024, 2, 9)]
    assert Reference.from_solar_date(2024, 2, 9).day == 30
    assert holidays.dates_in(eve, 2101) == []
    assert eve.describe_date() == "农历腊月最后一天"


def test_a_late_lunar_holiday_falls_twice_once_or_not_at_all_in_a_solar_year(
    db_path: Path,
) -> None:
    # 腊月初一 falls between late December and late January: in some solar
    # years twice (January and December), in others not at all. 腊月廿三
    # (小年) always falls in January or February: once.
    for (month, day), kinds in (((12, 1), {0, 1, 2}), ((12, 23), {1})):
        h = Holiday("x", "x", "x", LUNAR, month, day)
        counts = set()
        for year in range(1902, 2100):
            expected = [
                on
                for on in (lunar.to_solar(y, month, day) for y in (year - 1, year))
                if on.year == year
            ]
            assert holidays.dates_in(h, year) == expected, (month, day, year)
            counts.add(len(expected))
        assert counts == kinds
    laba_month = Holiday("x", "x", "x", LUNAR, 12, 1)
    assert holidays.dates_in(laba_month, 2024) == [
        Reference(2023, 12, 1).to_solar_date(),
        Reference(2024, 12, 1).to_solar_date(),
    ]
    assert holidays.date_in(laba_month, 2024) == date(2024, 1, 11)  # the first
    assert holidays.dates_in(laba_month, 2025) == [] and holidays.date_in(laba_month, 2025) is None


def test_one_off_and_yearly_custom_holidays(db_path: Path) -> None:
    yearly = holidays.save_custom("公司周年庆", SOLAR, 6, 18)
    boss = holidays.save_custom("老板生日", LUNAR, 3, 3)
    opening = holidays.save_custom("新店开业", SOLAR, 11, 11, year=2026)
    temple = holidays.save_custom("庙会", LUNAR, 2, 2, year=2027)
    assert yearly.key == f"custom-{yearly.custom_id}" and yearly.is_custom
    days = by_key(2026)
    assert days[yearly.key] == [date(2026, 6, 18)]
    assert days[boss.key] == [Reference(2026, 3, 3).to_solar_date()]
    assert days[opening.key] == [date(2026, 11, 11)]
    assert temple.key not in days
    assert opening.key not in by_key(2027)
    assert by_key(2027)[temple.key] == [Reference(2027, 2, 2).to_solar_date()]
    assert [h.name_zh for h in holidays.custom_holidays()] == sorted(
        ["公司周年庆", "老板生日", "新店开业", "庙会"]
    )
    assert holidays.by_key(boss.key) == boss
    assert holidays.by_key("custom-99999") is None and holidays.by_key("nonsense") is None
    assert opening.describe_date() == "2026年11月11日"
    assert boss.describe_date("en") == "Lunar 三月初三"
    # Change one.
    changed = holidays.save_custom("老板生日", LUNAR, 3, 4, custom_id=boss.custom_id)
    assert changed.key == boss.key
    assert by_key(2026)[boss.key] == [Reference(2026, 3, 4).to_solar_date()]


def test_upcoming_and_next_date(db_path: Path) -> None:
    week = holidays.upcoming(date(2026, 9, 25), 7)
    assert [(h.key, on) for h, on in week] == [
        ("mid_autumn", date(2026, 9, 25)),
        ("national_day", date(2026, 10, 1)),
    ]
    assert holidays.upcoming(date(2026, 9, 26), 5) == []  # 26-30 September
    across = holidays.upcoming(date(2026, 12, 25), 8)
    assert [h.key for h, _on in across] == ["christmas", "new_year"]
    mid_autumn = holidays.find("mid_autumn")
    assert (
        holidays.next_date(mid_autumn, date(2026, 9, 26)) == Reference(2027, 8, 15).to_solar_date()
    )
    assert holidays.next_date(mid_autumn, date(2026, 9, 25)) == date(2026, 9, 25)
    past = holidays.save_custom("旧活动", SOLAR, 1, 5, year=2020)
    assert holidays.next_date(past, date(2026, 1, 1)) is None


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("mid_autumn", "mid_autumn"),
        ("MID_AUTUMN", "mid_autumn"),
        ("中秋节", "mid_autumn"),
        (" 中秋 ", "mid_autumn"),
        ("Mid-Autumn Festival", "mid_autumn"),
        ("mid-autumn", "mid_autumn"),
        ("Mid Autumn", "mid_autumn"),
        ("除夕", "new_years_eve"),
        ("大年三十", "new_years_eve"),
        ("Chinese New Year's Eve", "new_years_eve"),
        ("chinese new year", "spring_festival"),
        ("春节", "spring_festival"),
        ("七夕节", "qixi"),
        ("国庆", "national_day"),
        ("五一", "labour_day"),
        ("Teachers’ Day", "teachers_day"),
        ("christmas", "christmas"),
        ("元旦", "new_year"),
        ("New Year's Day", "new_year"),
    ],
)
def test_find_by_key_chinese_or_english_name(db_path: Path, text: str, key: str) -> None:
    assert holidays.find(text).key == key


def test_find_custom_holidays_and_unknown_names(db_path: Path) -> None:
    mine = holidays.save_custom("公司周年庆", SOLAR, 6, 18)
    assert holidays.find("公司周年庆") == mine
    assert holidays.find(mine.key) == mine
    with pytest.raises(UnknownHoliday) as raised:
        holidays.find("情人节")
    assert "情人节" in str(raised.value) and "mid_autumn" in str(raised.value)
    assert mine.key in str(raised.value)
    with pytest.raises(UnknownHoliday):
        holidays.find("")


def issues(**changes: object) -> dict[str, str]:
    base = {"name": "周年庆", "calendar": SOLAR, "month": 6, "day": 18}
    base.update(changes)
    h = Holiday(
        "",
        str(base["name"]),
        str(base["name"]),
        str(base["calendar"]),
        int(base["month"]),  # type: ignore[call-overload]
        int(base["day"]),  # type: ignore[call-overload]
        bool(base.get("leap", False)),
        base.get("year"),  # type: ignore[arg-type]
    )
    return {i.field: i.message for i in holidays.check_custom(h)}


def test_check_custom(db_path: Path) -> None:
    assert issues() == {}
    assert issues(name="  ") == {"name": "Required: please fill it in"}
    assert issues(name="长" * 51) == {"name": "Too long: at most 50 characters"}
    assert issues(name="中秋节") == {"name": "“中秋节” is a built-in holiday already"}
    assert issues(name="Mid-Autumn Festival") == {
        "name": "“Mid-Autumn Festival” is a built-in holiday already"
    }
    assert issues(name="mid_autumn")["name"].endswith("is a built-in holiday already")
    assert issues(name="国庆")["name"].endswith("is a built-in holiday already")
    assert issues(name="生日") == {"name": "“生日” is kept for birthdays and anniversaries"}
    assert issues(name="Birthday")["name"].endswith("kept for birthdays and anniversaries")
    assert issues(calendar="julian") == {"calendar": "Choose solar or lunar"}
    assert issues(month=13) == {"month": "The month must be from 1 to 12"}
    assert issues(month=4, day=31) == {"day": "This month has no day 31"}
    assert issues(month=2, day=29) == {}  # yearly: kept on 28 February in common years
    assert issues(month=2, day=29, year=2027) == {"day": "This month has no day 29"}
    assert issues(month=2, day=29, year=2028) == {}
    assert issues(leap=True) == {"leap": "Only a lunar date has a leap month"}
    assert issues(year=1800) == {"year": "Must be between 1900 and 2100"}
    assert issues(calendar=LUNAR, day=31) == {"day": "A lunar day is from 1 (初一) to 30 (三十)"}
    assert issues(calendar=LUNAR, month=4, day=8, leap=True) == {}  # yearly leap: the rule
    assert issues(calendar=LUNAR, month=4, day=8, leap=True, year=2020) == {}
    assert issues(calendar=LUNAR, month=5, day=8, leap=True, year=2020) == {
        "leap": "The lunar year 2020 has no leap month 5"
    }
    assert issues(calendar=LUNAR, month=8, day=30, year=2025) == {"day": "This month has no day 30"}


def test_save_custom_refuses_bad_input_and_a_second_holiday_of_one_name(db_path: Path) -> None:
    holidays.save_custom("周年庆", SOLAR, 6, 18)
    with pytest.raises(ValidationError) as raised:
        holidays.save_custom("周年庆", LUNAR, 1, 2)
    assert raised.value.fields == {"name"}
    with pytest.raises(ValidationError) as raised:
        holidays.save_custom("", SOLAR, 13, 1)
    assert raised.value.fields == {"name", "month"}
    assert CustomHoliday.select().count() == 1


def test_delete_removes_the_holiday_and_its_greeted_marks(db_path: Path) -> None:
    individual("张三", mobile="13800138000")
    mine = holidays.save_custom("周年庆", SOLAR, 6, 18)
    rows = greeting_list(GreetingRequest(mine.key, 2026))
    mark_greeted(rows)
    mid_autumn = greeting_list(GreetingRequest("mid_autumn", 2026))
    mark_greeted(mid_autumn)
    assert GreetingMark.select().count() == 2
    holidays.delete_custom(mine.custom_id)  # type: ignore[arg-type]
    assert holidays.by_key(mine.key) is None
    assert [m.occasion for m in GreetingMark.select()] == ["mid_autumn"]
    assert mine.key not in by_key(2026)


def test_every_built_in_holiday_falls_once_a_year(db_path: Path) -> None:
    for year in range(1901, 2101):
        days = by_key(year)
        assert set(days) == holidays.BUILT_IN_KEYS, year
        assert all(len(d) == 1 for d in days.values()), year
        assert days["new_years_eve"][0] + timedelta(days=1) == days["spring_festival"][0]
