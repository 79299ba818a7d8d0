"""The days a business greets its customers on: the built-in solar and lunar
holidays, and the business's own (custom) holidays, solar or lunar, yearly or
once.

A holiday's date is asked for by *solar* year, the way the office plans:
"which holidays fall in 2026, and on what day". A lunar holiday of the 11th
or 12th month can fall twice in one solar year or not at all; 除夕 (New
Year's Eve) is the last day of the 12th lunar month, the eve of the Spring
Festival, so it always falls in January or February.

Keys are stable and language-neutral: "mid_autumn", "custom-12".
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from peewee import IntegrityError

from app import birthdays, lunar
from app.db import DB
from app.errors import FieldIssue, KnownError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.models import CustomHoliday
from app.models.base import now

SOLAR, LUNAR = "solar", "lunar"
CUSTOM_PREFIX = "custom-"
NAME_MAX = 50
#: Occasions that are not holidays: a person's birthday, a company's founding day.
BIRTHDAY, ANNIVERSARY = "birthday", "anniversary"
#: Names a custom holiday cannot take: a greeting list (and the command line)
#: reads them as birthdays or anniversaries.
OCCASION_WORDS = frozenset(
    {BIRTHDAY, ANNIVERSARY, "birthdays", "anniversaries", "生日", "成立纪念日", "周年纪念日"}
)


@dataclass(frozen=True)
class Holiday:
    key: str
    name_zh: str
    name_en: str
    calendar: str  # solar | lunar
    month: int
    day: int
    leap: bool = False
    #: Only in this year (solar, or lunar for a lunar date); None: every year.
    year: int | None = None
    #: 除夕: the last day of the 12th lunar month, whatever its length.
    eve: bool = False
    custom_id: int | None = None

    @property
    def is_custom(self) -> bool:
        return self.custom_id is not None

    def name(self, language: str = "zh") -> str:
        return self.name_en if language == "en" else self.name_zh

    def describe_date(self, language: str = "zh") -> str:
        """When it is, as people say it: 农历八月十五, 10月1日, 农历腊月最后一天."""
        if self.eve:
            return "Last day of the 12th lunar month" if language == "en" else "农历腊月最后一天"
        from app.records import Birthday

        text = birthdays.describe(
            Birthday(self.calendar, self.month, self.day, leap=self.leap), language
        )
        if self.year is not None:
            text = f"{self.year}年{text}" if language != "en" else f"{text}, {self.year}"
        return text


BUILT_IN: tuple[Holiday, ...] = (
    Holiday("new_year", "元旦", "New Year's Day", SOLAR, 1, 1),
    Holiday("new_years_eve", "除夕", "Chinese New Year's Eve", LUNAR, 12, 30, eve=True),
    Holiday("spring_festival", "春节", "Spring Festival", LUNAR, 1, 1),
    Holiday("lantern", "元宵节", "Lantern Festival", LUNAR, 1, 15),
    Holiday("womens_day", "妇女节", "Women's Day", SOLAR, 3, 8),
    Holiday("labour_day", "劳动节", "Labour Day", SOLAR, 5, 1),
    Holiday("dragon_boat", "端午节", "Dragon Boat Festival", LUNAR, 5, 5),
    Holiday("qixi", "七夕", "Qixi Festival", LUNAR, 7, 7),
    Holiday("mid_autumn", "中秋节", "Mid-Autumn Festival", LUNAR, 8, 15),
    Holiday("teachers_day", "教师节", "Teachers' Day", SOLAR, 9, 10),
    Holiday("national_day", "国庆节", "National Day", SOLAR, 10, 1),
    Holiday("double_ninth", "重阳节", "Double Ninth Festival", LUNAR, 9, 9),
    Holiday("christmas", "圣诞节", "Christmas", SOLAR, 12, 25),
)
BUILT_IN_KEYS = frozenset(h.key for h in BUILT_IN)


class UnknownHoliday(KnownError):
    """A holiday name or key that matches none."""


# --- dates -------------------------------------------------------------------------------


def dates_in(holiday: Holiday, year: int) -> list[date]:
    """The days *holiday* falls on in solar *year* (usually one; a late lunar
    month can give two or none; a one-off holiday none in other years)."""
    if holiday.eve:
        if not lunar.FIRST_YEAR <= year <= lunar.LAST_YEAR:
            return []
        return [lunar.new_year(year) - timedelta(days=1)]
    if holiday.calendar == SOLAR:
        if holiday.year is not None and holiday.year != year:
            return []
        return [birthdays.solar_on(holiday.month, holiday.day, year)]
    out = []
    for lunar_year in (year - 1, year):
        if holiday.year is not None and holiday.year != lunar_year:
            continue
        on = birthdays.lunar_on(holiday.month, holiday.day, holiday.leap, lunar_year)
        if on is not None and on.year == year:
            out.append(on)
    return out


def date_in(holiday: Holiday, year: int) -> date | None:
    """The (first) day *holiday* falls on in solar *year*."""
    found = dates_in(holiday, year)
    return found[0] if found else None


def all_holidays() -> list[Holiday]:
    """The built-in holidays, then the custom ones by name."""
    return list(BUILT_IN) + custom_holidays()


def holidays_in(year: int) -> list[tuple[Holiday, date]]:
    """Every holiday falling in solar *year* with its day, in date order."""
    out = [(h, on) for h in all_holidays() for on in dates_in(h, year)]
    out.sort(key=lambda pair: pair[1])
    return out


def upcoming(start: date, days: int) -> list[tuple[Holiday, date]]:
    """The holidays of the *days* days from *start* (start included, as
    ``app.upcoming.upcoming`` counts them)."""
    end = start + timedelta(days=max(days, 1) - 1)
    return [
        (h, on)
        for year in range(start.year, end.year + 1)
        for h, on in holidays_in(year)
        if start <= on <= end
    ]


def next_date(holiday: Holiday, today: date) -> date | None:
    """The first day on or after *today* that *holiday* falls on (None: a
    one-off holiday that is past, or beyond the lunar calendar's range)."""
    for year in range(today.year, min(today.year + 2, 9999) + 1):
        for on in dates_in(holiday, year):
            if on >= today:
                return on
    return None


# --- finding -----------------------------------------------------------------------------


def _normal(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFKC", text).strip().casefold().replace("'", "").replace("’", "")


#: Other names people use, normalised (``_normal``), for ``find``.
ALIASES = {
    "chinese new year": "spring_festival",
    "lunar new year": "spring_festival",
    "过年": "spring_festival",
    "大年初一": "spring_festival",
    "年三十": "new_years_eve",
    "大年三十": "new_years_eve",
    "new years eve": "new_years_eve",
    "mid autumn": "mid_autumn",
    "moon festival": "mid_autumn",
    "duanwu": "dragon_boat",
    "三八": "womens_day",
    "五一": "labour_day",
    "国庆": "national_day",
    "十一": "national_day",
    "christmas day": "christmas",
}


def find(name_or_key: str) -> Holiday:
    """The holiday with this key ("mid_autumn"), Chinese or English name
    ("中秋节", "中秋", "Mid-Autumn Festival", "Mid-Autumn"), or a common other
    name (``ALIASES``: "Chinese New Year", "五一"). ``UnknownHoliday``
    otherwise."""
    wanted = _normal(name_or_key)
    holidays = all_holidays()
    for h in holidays:
        if wanted in (h.key, _normal(h.name_zh), _normal(h.name_en)):
            return h
    # "中秋" or "中秋节" for 中秋节, "七夕节" for 七夕, "Mid-Autumn" for the festival.
    short = wanted.removesuffix("节").removesuffix(" festival")
    for h in holidays:
        names = (
            _normal(h.name_zh).removesuffix("节"),
            _normal(h.name_en).removesuffix(" festival"),
        )
        if short and short in names:
            return h
    alias = ALIASES.get(wanted) or ALIASES.get(wanted.replace("-", " "))
    if alias is not None:
        return next(h for h in BUILT_IN if h.key == alias)
    raise UnknownHoliday(
        QT_TRANSLATE_NOOP("app", "No holiday is called “{name}”. Known: {known}."),
        name=name_or_key,
        known=", ".join(h.key for h in holidays),
    )


def by_key(key: str) -> Holiday | None:
    for h in BUILT_IN:
        if h.key == key:
            return h
    if key.startswith(CUSTOM_PREFIX) and key[len(CUSTOM_PREFIX) :].isdecimal():
        row = CustomHoliday.get_or_none(CustomHoliday.id == int(key[len(CUSTOM_PREFIX) :]))
        return _from_row(row) if row is not None else None
    return None


# --- the business's own holidays ---------------------------------------------------------


def _from_row(row: CustomHoliday) -> Holiday:
    return Holiday(
        f"{CUSTOM_PREFIX}{row.id}",
        row.name,
        row.name,
        row.calendar,
        int(row.month),
        int(row.day),
        bool(row.leap),
        int(row.year) if row.year is not None else None,
        custom_id=row.id,
    )


def custom_holidays() -> list[Holiday]:
    return [_from_row(r) for r in CustomHoliday.select().order_by(CustomHoliday.name)]


def check_custom(holiday: Holiday) -> list[FieldIssue]:
    """What is wrong with a custom holiday as entered (empty: nothing)."""
    issues: list[FieldIssue] = []
    name = holiday.name_zh.strip()
    if not name:
        issues.append(FieldIssue("name", QT_TRANSLATE_NOOP("app", "Required: please fill it in")))
    elif len(name) > NAME_MAX:
        issues.append(
            FieldIssue(
                "name",
                QT_TRANSLATE_NOOP("app", "Too long: at most {max} characters"),
                {"max": NAME_MAX},
            )  # fmt: skip
        )
    else:
        clash = _normal(name)
        for h in BUILT_IN:
            if clash in (h.key, _normal(h.name_zh), _normal(h.name_en)) or ALIASES.get(clash):
                issues.append(
                    FieldIssue(
                        "name",
                        QT_TRANSLATE_NOOP("app", "“{name}” is a built-in holiday already"),
                        {"name": name},
                    )
                )
                break
        else:
            if clash in OCCASION_WORDS:
                issues.append(
                    FieldIssue(
                        "name",
                        QT_TRANSLATE_NOOP(
                            "app", "“{name}” is kept for birthdays and anniversaries"
                        ),
                        {"name": name},
                    )
                )
    if holiday.calendar not in (SOLAR, LUNAR):
        issues.append(FieldIssue("calendar", QT_TRANSLATE_NOOP("app", "Choose solar or lunar")))
        return issues
    if not 1 <= holiday.month <= 12:
        issues.append(
            FieldIssue("month", QT_TRANSLATE_NOOP("app", "The month must be from 1 to 12"))
        )
        return issues
    if holiday.year is not None and not 1900 <= holiday.year <= 2100:
        issues.append(
            FieldIssue(
                "year",
                QT_TRANSLATE_NOOP("app", "Must be between {low} and {high}"),
                {"low": 1900, "high": 2100},
            )  # fmt: skip
        )
        return issues
    if holiday.calendar == SOLAR:
        if holiday.leap:
            issues.append(
                FieldIssue("leap", QT_TRANSLATE_NOOP("app", "Only a lunar date has a leap month"))
            )
        last = 29 if holiday.month == 2 and holiday.year is None else 0
        if not last:
            import calendar as cal

            last = cal.monthrange(holiday.year or 2001, holiday.month)[1]
        if not 1 <= holiday.day <= last:
            issues.append(
                FieldIssue(
                    "day",
                    QT_TRANSLATE_NOOP("app", "This month has no day {day}"),
                    {"day": holiday.day},
                )  # fmt: skip
            )
    else:
        if not 1 <= holiday.day <= 30:
            issues.append(
                FieldIssue(
                    "day", QT_TRANSLATE_NOOP("app", "A lunar day is from 1 (初一) to 30 (三十)")
                )
            )
        elif holiday.year is not None:
            if holiday.leap and lunar.leap_month(holiday.year) != holiday.month:
                issues.append(
                    FieldIssue(
                        "leap",
                        QT_TRANSLATE_NOOP("app", "The lunar year {year} has no leap month {month}"),
                        {"year": holiday.year, "month": holiday.month},
                    )
                )
            elif holiday.day > lunar.month_length(holiday.year, holiday.month, holiday.leap):
                issues.append(
                    FieldIssue(
                        "day",
                        QT_TRANSLATE_NOOP("app", "This month has no day {day}"),
                        {"day": holiday.day},
                    )  # fmt: skip
                )
    return issues


NAME_TAKEN = QT_TRANSLATE_NOOP("app", "Another holiday is called “{name}” already")


def save_custom(
    name: str,
    calendar: str,
    month: int,
    day: int,
    *,
    leap: bool = False,
    year: int | None = None,
    custom_id: int | None = None,
) -> Holiday:
    """Create (or, with *custom_id*, change) a custom holiday. A
    ``ValidationError`` names the field that is wrong."""
    holiday = Holiday("", name.strip(), name.strip(), calendar, month, day, leap, year)
    issues = check_custom(holiday)
    if issues:
        raise ValidationError(issues)
    values = {
        "name": holiday.name_zh,
        "calendar": calendar,
        "month": month,
        "day": day,
        "leap": leap,
        "year": year,
    }
    try:
        with DB.atomic():
            if custom_id is None:
                custom_id = CustomHoliday.insert(**values).execute()
            else:
                changed = (
                    CustomHoliday.update(**values, updated_at=now())
                    .where(CustomHoliday.id == custom_id)
                    .execute()
                )
                if not changed:
                    raise LookupError(custom_id)
    except IntegrityError as exc:
        raise ValidationError(FieldIssue("name", NAME_TAKEN, {"name": holiday.name_zh})) from exc
    return replace(holiday, key=f"{CUSTOM_PREFIX}{custom_id}", custom_id=custom_id)


def delete_custom(custom_id: int) -> None:
    """Remove a custom holiday; the marks of who was greeted for it go too."""
    from app.models import GreetingMark, GreetingTemplate

    key = f"{CUSTOM_PREFIX}{custom_id}"
    with DB.atomic():
        GreetingMark.delete().where(GreetingMark.occasion == key).execute()
        GreetingTemplate.delete().where(GreetingTemplate.occasion == key).execute()
        CustomHoliday.delete().where(CustomHoliday.id == custom_id).execute()
