"""The editable greeting texts: one text per occasion (a holiday, "birthday"
or "anniversary"), document language (zh, en) and kind - an SMS, or a
greeting card with a title and a body.

Texts are written with placeholders such as ``{{ salutation }}`` or
``{{ holiday }}`` (see ``PLACEHOLDERS``) and simple ``{% if %}`` blocks, and
rendered in the sandbox of ``app.template_sandbox``. They are stored in
``GreetingTemplate`` (a missing row is the built-in default); every built-in
holiday, birthdays and founding anniversaries have their own default, the
business's own holidays ("custom-N") share one that names the holiday.

An SMS has no title. Its text is kept short: a Chinese SMS holds 70
characters, and the SMS platform adds its signature (【公司】) to each
message itself, so the defaults carry none. A card's salutation line and its
signature (our company and the date) are printed by the card itself
(``app.documents.greeting_cards``), so a card's body holds neither.

Each person is greeted in their own document language.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from peewee import Expression, IntegrityError

from app import holidays
from app.company import CompanyProfile
from app.db import DB
from app.errors import ConcurrentEditError, FieldIssue, ValidationError
from app.greetings import GreetingRow, occasion_name
from app.holidays import ANNIVERSARY, BIRTHDAY, BUILT_IN_KEYS, CUSTOM_PREFIX
from app.i18n import QT_TRANSLATE_NOOP
from app.lunar import ZODIAC_EN, ZODIAC_ZH
from app.models import GreetingTemplate
from app.models.base import now
from app.people import Person
from app.template_sandbox import (
    REQUIRED,
    TEMPLATE_CHANGED,
    TEXT_TOO_LONG,
    Placeholder,
    compile_issues,
    render_source,
)

LANGUAGES = ("zh", "en")
SMS, CARD = "sms", "card"
KINDS = (SMS, CARD)
KIND_NAMES = {
    SMS: QT_TRANSLATE_NOOP("app", "SMS"),
    CARD: QT_TRANSLATE_NOOP("app", "Greeting card"),
}
TITLE_MAX = 200  # GreetingTemplate.title
BODY_MAX = 2_000
SMS_MAX = 500
#: Longest text a template may produce: its own limit, with room for the placeholders.
_RENDERED_MAX = {"title": TITLE_MAX * 2, SMS: SMS_MAX * 2, CARD: BODY_MAX * 2}
#: Characters of one SMS, and of each part of a longer one (as Chinese SMS
#: platforms count them: every character, Chinese or not, is one).
SMS_SEGMENT = 70
SMS_PART = 67
#: The key of the default shared by the business's own holidays.
CUSTOM = "custom"

PLACEHOLDERS: tuple[Placeholder, ...] = tuple(
    Placeholder(name, description)
    for name, description in (
        (
            "salutation",
            QT_TRANSLATE_NOOP(
                "app", "How the person is addressed: 王总, 李经理, 张女士, Mr. Smith"
            ),
        ),
        ("name", QT_TRANSLATE_NOOP("app", "The person's full name")),
        (
            "customer",
            QT_TRANSLATE_NOOP("app", "The customer: the company's name, or the person's own"),
        ),
        (
            "holiday",
            QT_TRANSLATE_NOOP(
                "app", "The occasion in the person's language: 中秋节, Mid-Autumn Festival, 生日"
            ),
        ),
        (
            "date",
            QT_TRANSLATE_NOOP("app", "The day greeted for: 2026年9月25日 or 25 September 2026"),
        ),
        ("year", QT_TRANSLATE_NOOP("app", "The year of the day greeted for, e.g. 2026")),
        (
            "age",
            QT_TRANSLATE_NOOP(
                "app",
                "The age turned on a birthday, the years since founding on an anniversary; "
                "0 when not known, so that “if age” can test it",
            ),
        ),
        (
            "zodiac",
            QT_TRANSLATE_NOOP(
                "app",
                "The person's Chinese zodiac animal (生肖): 马 or Horse; empty when not known",
            ),
        ),
        ("company", QT_TRANSLATE_NOOP("app", "Our company's name")),
        ("signatory", QT_TRANSLATE_NOOP("app", "Who signs for us")),
        ("company_phone", QT_TRANSLATE_NOOP("app", "Our phone number")),
    )
)
PLACEHOLDER_NAMES = frozenset(p.name for p in PLACEHOLDERS)

TITLE_ONE_LINE = QT_TRANSLATE_NOOP("app", "The title must be a single line")

# --- built-in defaults ------------------------------------------------------------------


def _lines(*lines: str) -> str:
    """A card body, one argument per line (a paragraph is one line)."""
    return "\n".join(lines) + "\n"


_TO_ZH = "尊敬的{{ salutation }}："
_TO_EN = "Dear {{ salutation }}, "
#: A round birthday is named (五十岁生日, 六十岁大寿); other ages are not: an
#: age is not mentioned lightly.
_ROUND = "age and age % 10 == 0"
_BIRTHDAY_ZH = (
    "{% if age >= 60 and age % 10 == 0 %}{{ age }}岁大寿{% elif " + _ROUND + " %}{{ age }}岁生日"
    "{% else %}生日{% endif %}"
)
_FOUNDED_ZH = "{% if age %}成立{{ age }}周年{% else %}成立纪念日{% endif %}"
_YEARS_EN = "{% if age == 1 %}one year{% else %}{{ age }} years{% endif %}"

#: (occasion, language) -> the SMS text.
SMS_DEFAULTS: dict[tuple[str, str], str] = {
    ("new_year", "zh"): _TO_ZH + "新年伊始，感谢您一年来的信任与支持！恭祝您元旦快乐，"
    "身体健康，万事顺意！",
    ("new_years_eve", "zh"): _TO_ZH + "辞旧迎新之际，感谢您一年来的关照与支持！祝您除夕快乐，"
    "阖家团圆，来年吉祥如意！",
    ("spring_festival", "zh"): _TO_ZH + "新春佳节，感谢您一直以来的信任与厚爱！恭祝您新春快乐，"
    "阖家幸福，万事如意！",
    ("lantern", "zh"): _TO_ZH + "元宵佳节，月圆人圆。祝您和家人元宵节快乐，团团圆圆，幸福美满！",
    ("womens_day", "zh"): _TO_ZH + "“三八”妇女节到了，祝您节日快乐，青春常驻，工作顺利，生活美满！",
    ("labour_day", "zh"): _TO_ZH + "“五一”劳动节到了，感谢您的辛勤付出与一路支持！祝您节日快乐，"
    "假期愉快！",
    ("dragon_boat", "zh"): _TO_ZH + "粽叶飘香，端午安康！感谢您一直以来的支持，祝您和家人身体健康，"
    "幸福美满！",
    ("qixi", "zh"): _TO_ZH + "七夕佳节，愿您与家人甜甜蜜蜜，幸福美满，万事顺心！",
    ("mid_autumn", "zh"): _TO_ZH + "月圆中秋，感谢您一直以来的信任与支持！恭祝您中秋快乐，"
    "阖家团圆，万事如意！",
    ("teachers_day", "zh"): _TO_ZH + "教师节到了，感谢您的辛勤耕耘！祝您节日快乐，桃李满天下，"
    "身体健康！",
    ("national_day", "zh"): _TO_ZH + "国庆佳节，举国同庆！感谢您的信任与支持，祝您节日快乐，"
    "假期愉快，阖家幸福！",
    ("double_ninth", "zh"): _TO_ZH + "九九重阳，岁岁安康。祝您和家中长辈身体健康，福寿绵长，"
    "重阳节快乐！",
    ("christmas", "zh"): _TO_ZH + "圣诞快乐！感谢您一年来的支持与厚爱，祝您节日愉快，平安喜乐，"
    "万事顺遂！",
    (BIRTHDAY, "zh"): _TO_ZH + "值此您" + _BIRTHDAY_ZH + "之际，衷心祝您生日快乐，身体健康，"
    "万事如意！感谢您一直以来的支持！",
    (ANNIVERSARY, "zh"): _TO_ZH + "欣逢贵司" + _FOUNDED_ZH + "，谨致以热烈的祝贺！"
    "祝贵司事业兴旺，蒸蒸日上！",
    (CUSTOM, "zh"): _TO_ZH + "值此{{ holiday }}之际，感谢您一直以来的信任与支持！"
    "祝您节日快乐，万事如意！",
    ("new_year", "en"): _TO_EN + "thank you for your trust and support over the past year. "
    "Wishing you a happy New Year and every success in {{ year }}!",
    ("new_years_eve", "en"): _TO_EN + "thank you for your support throughout the year. "
    "Wishing you and your family a joyful reunion tonight and a prosperous New Year!",
    ("spring_festival", "en"): _TO_EN + "Happy Chinese New Year! Thank you for your continued "
    "trust. Wishing you good health, happiness and prosperity in the year ahead.",
    ("lantern", "en"): _TO_EN + "wishing you and your family a happy Lantern Festival, "
    "full of light, warmth and togetherness!",
    ("womens_day", "en"): _TO_EN + "happy International Women's Day! Thank you for your "
    "support, and best wishes for your health, happiness and success.",
    ("labour_day", "en"): _TO_EN + "happy Labour Day! Thank you for all your hard work and "
    "support. Enjoy a relaxing holiday!",
    ("dragon_boat", "en"): _TO_EN + "wishing you and your family good health and peace this "
    "Dragon Boat Festival. Thank you for your continued support!",
    ("qixi", "en"): _TO_EN + "happy Qixi Festival! May love and happiness be with you and "
    "your family.",
    ("mid_autumn", "en"): _TO_EN + "wishing you a happy Mid-Autumn Festival and a joyful "
    "reunion with your family. Thank you for your continued support!",
    ("teachers_day", "en"): _TO_EN + "happy Teachers' Day! Thank you for your dedication, "
    "and best wishes for your health and success.",
    ("national_day", "en"): _TO_EN + "happy National Day! Thank you for your trust and "
    "support. Wishing you a pleasant holiday with your family.",
    ("double_ninth", "en"): _TO_EN + "on the Double Ninth Festival we send our warmest "
    "wishes for good health and a long, happy life to you and your family.",
    ("christmas", "en"): _TO_EN + "Merry Christmas! Thank you for your support this year. "
    "Wishing you peace and joy this season and a happy New Year.",
    (BIRTHDAY, "en"): _TO_EN
    + "happy birthday{% if "
    + _ROUND
    + " %} and congratulations on turning "
    "{{ age }}{% endif %}! Wishing you good health, happiness and a wonderful year ahead.",
    (ANNIVERSARY, "en"): _TO_EN + "congratulations to {{ customer }} on "
    "{% if age %}" + _YEARS_EN + " in business{% else %}its founding anniversary{% endif %}! "
    "Thank you for our partnership; we wish you continued success.",
    (CUSTOM, "en"): _TO_EN + "warm wishes to you on {{ holiday }}. Thank you for your "
    "continued trust and support!",
}

_THANKS_ZH = "衷心感谢您一直以来对我们的信任与支持！"

#: (occasion, language) -> (title, body) of the card.
CARD_DEFAULTS: dict[tuple[str, str], tuple[str, str]] = {
    ("new_year", "zh"): (
        "元旦快乐",
        _lines(
            "　　岁序更替，华章日新。值此元旦佳节，衷心感谢您过去一年对我们的信任与支持！",
            "　　新的一年，愿我们携手同行，再创佳绩。恭祝您新年快乐，身体健康，阖家幸福，"
            "万事如意！",
        ),
    ),
    ("new_years_eve", "zh"): (
        "除夕快乐",
        _lines(
            "　　爆竹声声辞旧岁，欢天喜地迎新春。在这辞旧迎新的美好时刻，衷心感谢您一年来的"
            "关照与支持！",
            "　　恭祝您除夕快乐，阖家团圆，来年吉祥如意，万事顺遂！",
        ),
    ),
    ("spring_festival", "zh"): (
        "恭贺新春",
        _lines(
            "　　春回大地，万象更新。值此新春佳节，衷心感谢您一直以来对我们的信任与厚爱！",
            "　　恭祝您新春快乐，身体健康，阖家幸福，事业兴旺，万事如意！",
        ),
    ),
    ("lantern", "zh"): (
        "元宵快乐",
        _lines(
            "　　花灯映月，良宵共度。值此元宵佳节，衷心感谢您一直以来的支持与厚爱！",
            "　　恭祝您和家人元宵快乐，团团圆圆，幸福美满！",
        ),
    ),
    ("womens_day", "zh"): (
        "妇女节快乐",
        _lines(
            "　　春风送暖，芳华正好。值此“三八”国际妇女节，谨向您致以节日的问候和美好的祝福！",
            "　　感谢您一直以来的信任与支持，祝您节日快乐，青春常驻，工作顺利，生活幸福！",
        ),
    ),
    ("labour_day", "zh"): (
        "劳动节快乐",
        _lines(
            "　　五月花开，劳动最美。值此“五一”国际劳动节，衷心感谢您一直以来的辛勤付出与"
            "鼎力支持！",
            "　　恭祝您节日快乐，假期愉快，身体健康，万事顺心！",
        ),
    ),
    ("dragon_boat", "zh"): (
        "端午安康",
        _lines(
            "　　粽叶飘香，龙舟竞渡。值此端午佳节，" + _THANKS_ZH,
            "　　恭祝您和家人端午安康，身体健康，事业顺遂，幸福美满！",
        ),
    ),
    ("qixi", "zh"): (
        "七夕快乐",
        _lines(
            "　　金风玉露，鹊桥相会。值此七夕佳节，送上我们温馨的祝福！",
            "　　愿您与家人甜蜜美满，幸福安康。感谢您一直以来的支持与厚爱！",
        ),
    ),
    ("mid_autumn", "zh"): (
        "中秋快乐",
        _lines(
            "　　皓月当空，丹桂飘香。值此中秋佳节，" + _THANKS_ZH,
            "　　恭祝您和家人中秋快乐，阖家团圆，身体健康，万事如意！",
        ),
    ),
    ("teachers_day", "zh"): (
        "教师节快乐",
        _lines(
            "　　三尺讲台，桃李芬芳。值此教师节，谨向您致以崇高的敬意和节日的问候！",
            "　　感谢您的辛勤耕耘与无私奉献，祝您节日快乐，身体健康，工作顺利！",
        ),
    ),
    ("national_day", "zh"): (
        "国庆快乐",
        _lines(
            "　　金秋十月，举国同庆。值此国庆佳节，" + _THANKS_ZH,
            "　　恭祝您节日快乐，假期愉快，阖家幸福，万事如意！",
        ),
    ),
    ("double_ninth", "zh"): (
        "重阳安康",
        _lines(
            "　　九九重阳，岁岁安康。值此重阳佳节，谨向您和您的家人致以诚挚的问候！",
            "　　愿您和家中长辈身体健康，福寿绵长，幸福安康！",
        ),
    ),
    ("christmas", "zh"): (
        "圣诞快乐",
        _lines(
            "　　雪花飘飘，钟声悠扬。值此圣诞佳节，衷心感谢您一年来对我们的支持与厚爱！",
            "　　恭祝您圣诞快乐，平安喜乐，新年吉祥！",
        ),
    ),
    (BIRTHDAY, "zh"): (
        "生日快乐",
        _lines(
            "　　值此您" + _BIRTHDAY_ZH + "之际，我们谨向您致以最诚挚的祝福！",
            "　　感谢您一直以来的信任与支持。愿您生日快乐，身体健康，笑口常开，万事如意！",
        ),
    ),
    (ANNIVERSARY, "zh"): (
        "热烈祝贺贵司" + _FOUNDED_ZH,
        _lines(
            "　　欣逢贵司" + _FOUNDED_ZH + "，我们谨致以热烈的祝贺和美好的祝愿！",
            "　　感谢贵司一直以来的信任与合作。祝贵司事业蒸蒸日上，再创辉煌！愿我们携手共进，"
            "合作共赢！",
        ),
    ),
    (CUSTOM, "zh"): (
        "{{ holiday }}快乐",
        _lines(
            "　　值此{{ holiday }}之际，" + _THANKS_ZH,
            "　　恭祝您节日快乐，身体健康，阖家幸福，万事如意！",
        ),
    ),
    ("new_year", "en"): (
        "Happy New Year",
        _lines(
            "As the new year begins, we would like to thank you for your trust and support "
            "over the past twelve months.",
            "",
            "We look forward to working with you in {{ year }} and wish you and your family "
            "good health, happiness and every success in the year ahead.",
        ),
    ),
    ("new_years_eve", "en"): (
        "Happy Chinese New Year's Eve",
        _lines(
            "As the old year draws to a close, we would like to thank you for your kindness "
            "and support throughout the year.",
            "",
            "We wish you and your family a joyful reunion tonight and good fortune in the "
            "New Year.",
        ),
    ),
    ("spring_festival", "en"): (
        "Happy Chinese New Year",
        _lines(
            "Spring returns and everything is renewed. At this festive time, thank you for "
            "your continued trust and friendship.",
            "",
            "We wish you and your family good health, happiness and prosperity in the year ahead.",
        ),
    ),
    ("lantern", "en"): (
        "Happy Lantern Festival",
        _lines(
            "As the lanterns light up the first full moon of the year, we send you our "
            "warmest wishes.",
            "",
            "May you and your family enjoy a bright, happy and prosperous year together.",
        ),
    ),
    ("womens_day", "en"): (
        "Happy International Women's Day",
        _lines(
            "On International Women's Day we would like to send you our warmest greetings "
            "and thank you for your support.",
            "",
            "We wish you good health, happiness and continued success.",
        ),
    ),
    ("labour_day", "en"): (
        "Happy Labour Day",
        _lines(
            "On Labour Day we would like to thank you for your hard work and for your "
            "support of our business.",
            "",
            "We wish you a relaxing holiday and good health.",
        ),
    ),
    ("dragon_boat", "en"): (
        "Happy Dragon Boat Festival",
        _lines(
            "As the dragon boats race and the zongzi are shared, thank you for your "
            "continued trust and support.",
            "",
            "We wish you and your family good health, peace and happiness.",
        ),
    ),
    ("qixi", "en"): (
        "Happy Qixi Festival",
        _lines(
            "On the Qixi Festival, the Chinese day of love, we send you our warmest wishes.",
            "",
            "May love and happiness be with you and your family.",
        ),
    ),
    ("mid_autumn", "en"): (
        "Happy Mid-Autumn Festival",
        _lines(
            "As the full moon of the Mid-Autumn Festival rises, we would like to thank you "
            "for your continued trust and support.",
            "",
            "We wish you and your family a joyful reunion, good health and every happiness.",
        ),
    ),
    ("teachers_day", "en"): (
        "Happy Teachers' Day",
        _lines(
            "On Teachers' Day we would like to express our respect and gratitude for your "
            "dedication.",
            "",
            "We wish you good health, happiness and continued success.",
        ),
    ),
    ("national_day", "en"): (
        "Happy National Day",
        _lines(
            "On National Day we would like to thank you for your continued trust and support.",
            "",
            "We wish you and your family a pleasant holiday and every happiness.",
        ),
    ),
    ("double_ninth", "en"): (
        "Happy Double Ninth Festival",
        _lines(
            "On the Double Ninth Festival, a day to honour our elders, we send you and your "
            "family our warmest greetings.",
            "",
            "We wish you all good health and a long and happy life.",
        ),
    ),
    ("christmas", "en"): (
        "Merry Christmas",
        _lines(
            "At this festive time of year we would like to thank you for your support and "
            "friendship.",
            "",
            "We wish you and your family a merry Christmas and a happy, healthy New Year.",
        ),
    ),
    (BIRTHDAY, "en"): (
        "Happy Birthday",
        _lines(
            "{% if " + _ROUND + " %}Congratulations on turning {{ age }}! {% endif %}"
            "On your birthday "
            "we send you our warmest wishes.",
            "",
            "Thank you for your continued trust and support. We wish you good health, "
            "happiness and a wonderful year ahead.",
        ),
    ),
    (ANNIVERSARY, "en"): (
        "Happy Anniversary",
        _lines(
            "Congratulations to {{ customer }} on "
            "{% if age %}" + _YEARS_EN + " in business{% else %}its founding anniversary"
            "{% endif %}!",
            "",
            "Thank you for our partnership. We wish you continued growth and success, and "
            "look forward to many more years of working together.",
        ),
    ),
    (CUSTOM, "en"): (
        "Warm Wishes",
        _lines(
            "On {{ holiday }} we send you our warmest wishes and thank you for your "
            "continued trust and support.",
            "",
            "We wish you and your family good health and every happiness.",
        ),
    ),
}

#: Occasions with a default of their own.
OCCASIONS = (*(h.key for h in holidays.BUILT_IN), BIRTHDAY, ANNIVERSARY)
_CUSTOM_KEY = re.compile(re.escape(CUSTOM_PREFIX) + r"\d+")


@dataclass(frozen=True)
class Template:
    """The text of one occasion in one language and kind (``title`` is empty
    for an SMS)."""

    occasion: str
    language: str
    kind: str
    title: str
    body: str
    version: int  # of the stored row; 0 for the built-in default
    is_default: bool


def is_custom(occasion: str) -> bool:
    return _CUSTOM_KEY.fullmatch(occasion) is not None


def _check_key(occasion: str, language: str, kind: str) -> None:
    known = occasion in BUILT_IN_KEYS or occasion in (BIRTHDAY, ANNIVERSARY) or is_custom(occasion)
    if not known or language not in LANGUAGES or kind not in KINDS:
        raise ValueError(f"no greeting text for {occasion!r}, {language!r}, {kind!r}")


def default_template(occasion: str, language: str, kind: str) -> Template:
    """The built-in text (the business's own holidays share one)."""
    _check_key(occasion, language, kind)
    key = (CUSTOM if is_custom(occasion) else occasion, language)
    if kind == SMS:
        title, body = "", SMS_DEFAULTS[key]
    else:
        title, body = CARD_DEFAULTS[key]
    return Template(occasion, language, kind, title, body, version=0, is_default=True)


def _where(occasion: str, language: str, kind: str) -> Expression:
    return (
        (GreetingTemplate.occasion == occasion)
        & (GreetingTemplate.language == language)
        & (GreetingTemplate.kind == kind)
    )


def _from_row(row: GreetingTemplate) -> Template:
    return Template(
        row.occasion, row.language, row.kind, row.title, row.body, row.version, is_default=False
    )


def load_template(occasion: str, language: str, kind: str) -> Template:
    """The stored text, or the built-in default when none is stored."""
    _check_key(occasion, language, kind)
    row = GreetingTemplate.get_or_none(_where(occasion, language, kind))
    return default_template(occasion, language, kind) if row is None else _from_row(row)


def load_templates() -> dict[tuple[str, str, str], Template]:
    """Every text by (occasion, language, kind), the business's own holidays
    included: what a batch needs, in two queries."""
    occasions = [*OCCASIONS, *(h.key for h in holidays.custom_holidays())]
    out = {
        (o, language, kind): default_template(o, language, kind)
        for o in occasions
        for language in LANGUAGES
        for kind in KINDS
    }
    for row in GreetingTemplate.select():
        key = (row.occasion, row.language, row.kind)
        if key in out:
            out[key] = _from_row(row)
    return out


def template_for(
    templates: Mapping[tuple[str, str, str], Template], occasion: str, language: str, kind: str
) -> Template:
    """The text from *templates* (``load_templates``), the default if missing."""
    found = templates.get((occasion, language, kind))
    return found if found is not None else default_template(occasion, language, kind)


def save_template(
    occasion: str,
    language: str,
    kind: str,
    *,
    title: str,
    body: str,
    expected_version: int,
) -> Template:
    """Store a text the admin edited; returns it with its new version.

    *expected_version* is the version the editor loaded (0 for the default):
    if the stored one changed since, ``ConcurrentEditError``. A text that does
    not compile or render on sample data is refused with a ``ValidationError``
    naming "title" or "body"."""
    _check_key(occasion, language, kind)
    title = "" if kind == SMS else (title or "").strip()
    body = (body or "").replace("\r\n", "\n").replace("\r", "\n")
    issues = check_template(title, body, occasion=occasion, language=language, kind=kind)
    if issues:
        raise ValidationError(issues)
    key = _where(occasion, language, kind)
    with DB.atomic():
        row = GreetingTemplate.get_or_none(key)
        if row is None:
            if expected_version != 0:
                raise ConcurrentEditError(TEMPLATE_CHANGED)
            try:
                with DB.atomic():
                    GreetingTemplate.create(
                        occasion=occasion,
                        language=language,
                        kind=kind,
                        title=title,
                        body=body,
                        version=1,
                    )
            except IntegrityError as exc:  # created by someone else meanwhile
                raise ConcurrentEditError(TEMPLATE_CHANGED) from exc
            version = 1
        else:
            version = expected_version + 1
            changed = (
                GreetingTemplate.update(title=title, body=body, version=version, updated_at=now())
                .where(key & (GreetingTemplate.version == expected_version))
                .execute()
            )
            if changed != 1:
                raise ConcurrentEditError(TEMPLATE_CHANGED)
    return Template(occasion, language, kind, title, body, version, is_default=False)


def reset_template(occasion: str, language: str, kind: str) -> Template:
    """Go back to the built-in default (the stored text is removed)."""
    _check_key(occasion, language, kind)
    GreetingTemplate.delete().where(_where(occasion, language, kind)).execute()
    return default_template(occasion, language, kind)


# --- rendering ---------------------------------------------------------------------------------


def greeting_context(
    row: GreetingRow, company: CompanyProfile, *, holiday: str | None = None
) -> dict[str, object]:
    """The values of the placeholders for one person, in their language.
    *holiday* is the occasion's name when the caller knows it already (a batch
    looks a custom holiday up once, not once per person)."""
    from app.documents.text import long_date

    person = row.person
    language = person.language if person.language in LANGUAGES else "zh"
    zodiac = ""
    if row.zodiac:
        zodiac = (ZODIAC_EN if language == "en" else ZODIAC_ZH).get(row.zodiac, "")
    return {
        "salutation": row.salutation,
        "name": person.name,
        "customer": person.customer_name,
        "holiday": holiday if holiday is not None else occasion_name(row.occasion, language),
        "date": long_date(row.on, language) if row.on is not None else "",
        "year": row.year,
        "age": row.age or 0,
        "zodiac": zodiac,
        "company": company.display_name(language),
        "signatory": company.signatory,
        "company_phone": company.phone,
    }


def render(
    template: Template,
    row: GreetingRow,
    company: CompanyProfile,
    *,
    holiday: str | None = None,
) -> tuple[str, str]:
    """(title, body) of one person's greeting: the title on one line (empty
    for an SMS), the body without blank lines around it. A ``ValidationError``
    names the field and line of a text that fails for this person."""
    context = greeting_context(row, company, holiday=holiday)
    title = ""
    if template.kind != SMS and template.title:
        title = render_source(
            template.title,
            context,
            "title",
            names=PLACEHOLDER_NAMES,
            limit=_RENDERED_MAX["title"],
        )
    body = render_source(
        template.body,
        context,
        "body",
        names=PLACEHOLDER_NAMES,
        limit=_RENDERED_MAX[template.kind],
    )
    return " ".join(title.split()), body.strip("\n").rstrip()


class SmsLength(NamedTuple):
    characters: int
    segments: int


def sms_length(text: str, *, signature: int = 0) -> SmsLength:
    """How many characters an SMS has and how many messages it is billed as:
    up to 70 characters one, beyond that 67 a part. *signature* is the
    length of the platform's signature (【公司】), which counts too."""
    # Characters beyond the BMP (emoji) take two UTF-16 units.
    count = len(text.encode("utf-16-le")) // 2 + max(signature, 0)
    if count <= SMS_SEGMENT:
        segments = 1 if count else 0
    else:
        segments = -(-count // SMS_PART)
    return SmsLength(count, segments)


# --- sample data and checking --------------------------------------------------------------------


def sample_row(occasion: str, language: str, *, today: date | None = None) -> GreetingRow:
    """A made-up person to check and preview a text with."""
    today = today or date.today()
    zh = language != "en"
    person = Person(
        customer_id=0,
        contact_id=1,
        number="C000123",
        customer_name="深圳市示例贸易有限公司" if zh else "Example Trading Co., Ltd.",
        kind="corporate",
        name="王建国" if zh else "David Smith",
        gender="male",
        title="总经理" if zh else "General Manager",
        salutation_override="",
        mobile="13800138000",
        address="深圳市南山区科技园南路 88 号 5 楼"
        if zh
        else "5/F, 88 Keyuan South Road, Shenzhen",
        postcode="518057",
        language="en" if not zh else "zh",
        sort_key="shili",
    )
    on: date | None = today
    age, zodiac = None, None
    if occasion == BIRTHDAY:
        age, zodiac = 50, "dragon"
    elif occasion == ANNIVERSARY:
        age = 12
    elif not is_custom(occasion):
        holiday = holidays.by_key(occasion)
        on = (holidays.date_in(holiday, today.year) if holiday else None) or today
    return GreetingRow(person, occasion, on.year, on, age, zodiac)


_SAMPLE_COMPANY = CompanyProfile(
    name="示例有限公司",
    name_en="Example Ltd.",
    phone="0755-12345678",
    signatory="王丽",
)


def check_template(
    title: str,
    body: str,
    *,
    occasion: str,
    language: str = "zh",
    kind: str = SMS,
    company: CompanyProfile | None = None,
) -> list[FieldIssue]:
    """Every problem of an edited text (empty: it is fine): required and too
    long texts, what does not compile, and what fails on sample data - a
    person whose age and zodiac are known, and one whose are not."""
    _check_key(occasion, language, kind)
    issues: list[FieldIssue] = []
    title = (title or "").strip()
    if kind == CARD:
        if not title:
            issues.append(FieldIssue("title", REQUIRED))
        elif len(title) > TITLE_MAX:
            issues.append(FieldIssue("title", TEXT_TOO_LONG, {"max": TITLE_MAX}))
        elif "\n" in title or "\r" in title:
            issues.append(FieldIssue("title", TITLE_ONE_LINE))
        else:
            issues.extend(compile_issues(title, "title", PLACEHOLDER_NAMES))
    body_max = SMS_MAX if kind == SMS else BODY_MAX
    if not (body or "").strip():
        issues.append(FieldIssue("body", REQUIRED))
    elif len(body) > body_max:
        issues.append(FieldIssue("body", TEXT_TOO_LONG, {"max": body_max}))
    else:
        issues.extend(compile_issues(body, "body", PLACEHOLDER_NAMES))
    if issues:
        return issues
    template = Template(occasion, language, kind, title, body, version=0, is_default=False)
    sample = sample_row(occasion, language)
    holiday = occasion_name(occasion, language)
    from dataclasses import replace

    for row in (sample, replace(sample, age=None, zodiac=None)):
        try:
            render(template, row, company or _SAMPLE_COMPANY, holiday=holiday)
        except ValidationError as exc:
            return exc.issues
    return []


def sample_greeting(
    template: Template, *, company: CompanyProfile | None = None, today: date | None = None
) -> tuple[str, str]:
    """(title, body) of *template* for the sample person: the editor's preview."""
    row = sample_row(template.occasion, template.language, today=today)
    return render(template, row, company or _SAMPLE_COMPANY)


__all__ = [
    "CARD",
    "CARD_DEFAULTS",
    "KINDS",
    "LANGUAGES",
    "OCCASIONS",
    "PLACEHOLDERS",
    "PLACEHOLDER_NAMES",
    "SMS",
    "SMS_DEFAULTS",
    "SmsLength",
    "Template",
    "check_template",
    "default_template",
    "greeting_context",
    "is_custom",
    "load_template",
    "load_templates",
    "render",
    "reset_template",
    "sample_greeting",
    "sample_row",
    "save_template",
    "sms_length",
    "template_for",
]
