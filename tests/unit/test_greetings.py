"""The greeting list: whom to greet for a holiday or in a date range, and who
was greeted already."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app import greeting_settings, greetings, holidays
from app.customers import archive_customers
from app.errors import ValidationError
from app.greetings import GreetingRequest, greeting_list, mark_greeted, unmark_greeted
from app.groups import add_members, create_group
from app.holidays import ANNIVERSARY, BIRTHDAY, UnknownHoliday
from app.models import GreetingMark
from app.people import PeopleFilter
from app.records import Birthday
from tests.unit.test_people import company, contact, individual


@pytest.fixture
def cards(db_path: Path) -> dict[str, int]:
    return {
        "zhang": individual(
            "张三",
            gender="male",
            mobile="13800138000",
            tier="key_account",
            salesperson="李明",
            birthday=Birthday("lunar", 8, 15, 1985),
        ),
        "firm": company(
            "远大贸易有限公司",
            contact("李娜", "finance", gender="female", title="财务经理"),
            contact("王伟", "decision_maker", gender="male", title="总经理", mobile="13900000001"),
            tier="ordinary",
            salesperson="王芳",
            founded_on=date(2010, 9, 20),
        ),
        "bare": company("无人公司", tier="ordinary", salesperson="李明"),
        "gone": individual("赵六", birthday=Birthday("lunar", 8, 15, 1985)),
    }


def who(rows: list[greetings.GreetingRow]) -> list[tuple[str, str]]:
    return [(r.person.name, r.salutation) for r in rows]


def test_a_holiday_greets_individuals_and_each_companys_main_contact(
    cards: dict[str, int],
) -> None:
    archive_customers([cards["gone"]])
    rows = greeting_list(GreetingRequest("mid_autumn", 2026))
    assert sorted(who(rows)) == sorted(
        [("张三", "张先生"), ("王伟", "王总"), ("无人公司", "无人公司")]
    )
    assert {r.on for r in rows} == {date(2026, 9, 25)}
    assert {(r.occasion, r.year, r.greeted) for r in rows} == {("mid_autumn", 2026, False)}
    by_name = {r.person.name: r for r in rows}
    assert by_name["王伟"].key == (cards["firm"], by_name["王伟"].person.contact_id)
    assert by_name["无人公司"].key == (cards["bare"], 0)
    assert by_name["张三"].person.mobile == "13800138000"


def test_all_contacts_of_a_company(cards: dict[str, int]) -> None:
    rows = greeting_list(GreetingRequest("spring_festival", 2026, contacts="all"))
    names = [r.person.name for r in rows]
    assert names.count("李娜") == 1 and names.count("王伟") == 1
    assert [n for n in names if n in ("李娜", "王伟")] == ["李娜", "王伟"]  # card order
    assert "远大贸易有限公司" not in names and "无人公司" in names
    assert {r.on for r in rows} == {date(2026, 2, 17)}


def test_filters_by_group_tier_and_salesperson(cards: dict[str, int]) -> None:
    group = create_group("中秋送礼")
    add_members(group.id, [cards["zhang"], cards["bare"]])

    def names(flt: PeopleFilter) -> set[str]:
        rows = greeting_list(GreetingRequest("mid_autumn", 2026, people=flt))
        return {r.person.name for r in rows}

    assert names(PeopleFilter(group_ids=(group.id,))) == {"张三", "无人公司"}
    assert names(PeopleFilter(tiers=("ordinary",))) == {"王伟", "无人公司", "赵六"}
    assert names(PeopleFilter(salespersons=("李明",))) == {"张三", "无人公司"}
    assert names(PeopleFilter(salespersons=("nobody",))) == set()


def test_greeted_marks(cards: dict[str, int]) -> None:
    request = GreetingRequest("mid_autumn", 2026)
    rows = greeting_list(request)
    zhang = [r for r in rows if r.person.name == "张三"]
    assert mark_greeted(zhang, channel="sms") == 1
    assert mark_greeted(zhang, channel="sms") == 0  # twice is one mark
    assert mark_greeted(zhang + zhang) == 0
    again = {r.person.name: r for r in greeting_list(request)}
    assert again["张三"].greeted and again["张三"].greeted_at is not None
    assert not again["王伟"].greeted
    assert GreetingMark.select().count() == 1
    mark = GreetingMark.get()
    assert (mark.occasion, mark.year, mark.person, mark.channel) == ("mid_autumn", 2026, 0, "sms")
    # Other years and occasions are not greeted.
    assert not any(r.greeted for r in greeting_list(GreetingRequest("mid_autumn", 2027)))
    assert not any(r.greeted for r in greeting_list(GreetingRequest("national_day", 2026)))
    # A contact is marked as a person of the company.
    wang = [again["王伟"]]
    assert mark_greeted(wang) == 1
    assert GreetingMark.get(GreetingMark.person != 0).contact_id == wang[0].person.contact_id
    # Greeted by mistake: take it back.
    assert unmark_greeted(zhang) == 1
    assert unmark_greeted(zhang) == 0
    assert {r.person.name for r in greeting_list(request) if r.greeted} == {"王伟"}


def test_marking_many_at_once(db_path: Path) -> None:
    for i in range(250):
        individual(f"客户{i:03d}", mobile=f"139{i:08d}")
    rows = greeting_list(GreetingRequest("christmas", 2026))
    assert mark_greeted(rows[:100]) == 100
    assert mark_greeted(rows) == 150
    assert all(r.greeted for r in greeting_list(GreetingRequest("christmas", 2026)))


def test_birthdays_in_a_range(cards: dict[str, int]) -> None:
    rows = greeting_list(
        GreetingRequest(BIRTHDAY, date_from=date(2026, 9, 21), date_to=date(2026, 9, 27))
    )
    assert [(r.person.name, r.on, r.age, r.zodiac, r.year) for r in rows] == [
        ("张三", date(2026, 9, 25), 41, "ox", 2026),
        ("赵六", date(2026, 9, 25), 41, "ox", 2026),
    ]
    mark_greeted(rows[:1])
    again = greeting_list(
        GreetingRequest(BIRTHDAY, date_from=date(2026, 9, 1), date_to=date(2026, 9, 30))
    )
    assert [r.greeted for r in again] == [True, False]


def test_anniversaries_are_addressed_to_the_main_contact(cards: dict[str, int]) -> None:
    rows = greeting_list(
        GreetingRequest(ANNIVERSARY, date_from=date(2026, 9, 1), date_to=date(2026, 9, 30))
    )
    assert [(r.person.name, r.person.customer_name, r.on, r.age) for r in rows] == [
        ("王伟", "远大贸易有限公司", date(2026, 9, 20), 16)
    ]
    assert rows[0].occasion == ANNIVERSARY


@pytest.mark.parametrize(
    ("date_from", "date_to", "message"),
    [
        (None, date(2026, 9, 30), "Choose the first and last day"),
        (date(2026, 9, 1), None, "Choose the first and last day"),
        (date(2026, 9, 30), date(2026, 9, 1), "The last day is before the first day"),
        (date(2026, 1, 1), date(2027, 1, 2), "At most 366 days at a time"),
    ],
)
def test_a_birthday_range_that_will_not_do(
    db_path: Path, date_from: date | None, date_to: date | None, message: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        greeting_list(GreetingRequest(BIRTHDAY, date_from=date_from, date_to=date_to))
    assert [(i.field, i.message) for i in raised.value.issues] == [("date_to", message)]


def test_a_whole_year_of_birthdays_is_allowed(cards: dict[str, int]) -> None:
    rows = greeting_list(
        GreetingRequest(BIRTHDAY, date_from=date(2028, 1, 1), date_to=date(2028, 12, 31))
    )
    assert [r.person.name for r in rows] == ["张三", "赵六"]


def test_unknown_holidays_and_years(db_path: Path) -> None:
    with pytest.raises(UnknownHoliday):
        greeting_list(GreetingRequest("valentines", 2026))
    for year in (None, 1900, 2101):
        with pytest.raises(ValidationError) as raised:
            greeting_list(GreetingRequest("mid_autumn", year))
        assert raised.value.fields == {"year"}
    with pytest.raises(ValueError):
        greeting_list(GreetingRequest("mid_autumn", 2026, contacts="some"))


def test_a_custom_holiday_list(cards: dict[str, int]) -> None:
    mine = holidays.save_custom("周年庆", "solar", 6, 18)
    rows = greeting_list(GreetingRequest(mine.key, 2026))
    assert {r.on for r in rows} == {date(2026, 6, 18)} and len(rows) == 4
    once = holidays.save_custom("开业", "solar", 1, 8, year=2027)
    assert {r.on for r in greeting_list(GreetingRequest(once.key, 2026))} == {None}


def test_occasion_names_and_the_week() -> None:
    assert greetings.occasion_name("mid_autumn") == "中秋节"
    assert greetings.occasion_name("mid_autumn", "en") == "Mid-Autumn Festival"
    assert greetings.occasion_name(BIRTHDAY) == "生日"
    assert greetings.occasion_name(ANNIVERSARY, "en") == "Founding anniversary"
    assert greetings.birthdays_this_week(date(2026, 11, 26)) == (
        date(2026, 11, 23),
        date(2026, 11, 29),
    )
    assert greetings.birthdays_this_week(date(2026, 11, 23))[0] == date(2026, 11, 23)


def test_occasions_list_holidays_then_birthdays(db_path: Path) -> None:
    mine = holidays.save_custom("周年庆", "solar", 6, 18)
    keys = [key for key, _zh, _en in greetings.occasions()]
    assert keys[: len(holidays.BUILT_IN)] == [h.key for h in holidays.BUILT_IN]
    assert keys[-3:] == [mine.key, BIRTHDAY, ANNIVERSARY]


def test_the_contacts_setting_is_only_a_default(cards: dict[str, int]) -> None:
    greeting_settings.save(greeting_settings.GreetingSettings(contacts="all"))
    # The request says what it wants; the setting is for the window to start with.
    rows = greeting_list(GreetingRequest("mid_autumn", 2026))
    assert "李娜" not in [r.person.name for r in rows]
