"""How a greeting addresses a person: 王总, 李经理, 张女士, Mr. Smith.

Chinese offices address people by surname and position: the boss of a
company is 王总 whether the card says 总经理, 总裁 or 总监; a 董事长 is
王董; other positions are said in full after the surname (李经理, 陈主任,
刘老师). An assistant or secretary to a boss is not the boss: 总经理助理 is
王助理, 董事长秘书 王秘书. Without a known position, the surname with 先生 or 女士 by gender;
without a gender either, the full name. In English, "Mr." or "Ms." and the
family name, else the full name.

A salutation typed on the card (``Customer.salutation``,
``Contact.salutation``) always wins.
"""

from __future__ import annotations

from app.addressing import surname

#: Parts of a job title and how the salutation says them, first match wins.
#: "副总经理" is a 总 too: people drop the 副 when greeting.
TITLE_FORMS: tuple[tuple[str, str], ...] = (
    ("助理", "助理"),
    ("秘书", "秘书"),
    ("董事长", "董"),
    ("总经理", "总"),
    ("总裁", "总"),
    ("总监", "总"),
    ("老板", "总"),
    ("总工", "总工"),
    ("CEO", "总"),
    ("GM", "总"),
    ("董事", "董"),
    ("经理", "经理"),
    ("主任", "主任"),
    ("部长", "部长"),
    ("厂长", "厂长"),
    ("院长", "院长"),
    ("校长", "校长"),
    ("局长", "局长"),
    ("处长", "处长"),
    ("科长", "科长"),
    ("所长", "所长"),
    ("行长", "行长"),
    ("店长", "店长"),
    ("书记", "书记"),
    ("主席", "主席"),
    ("教授", "教授"),
    ("博士", "博士"),
    ("医生", "医生"),
    ("大夫", "大夫"),
    ("律师", "律师"),
    ("老师", "老师"),
    ("会计", "会计"),
    ("主管", "主管"),
    ("工程师", "工"),
)

_ZH_BY_GENDER = {"male": "先生", "female": "女士"}
_EN_BY_GENDER = {"male": "Mr.", "female": "Ms."}


def _is_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def position_form(title: str) -> str:
    """What a job title makes of a salutation: "总" for 总经理, "" for none."""
    title = title.strip()
    upper = title.upper()
    for part, form in TITLE_FORMS:
        if (part.isascii() and part in upper.split()) or (not part.isascii() and part in title):
            return form
    # 副总, 老总, 销售副总; but not 总务主管 or 总机.
    return "总" if title.endswith("总") else ""


def derive(name: str, gender: str = "", title: str = "", language: str = "zh") -> str:
    """The salutation of a person by the rules above."""
    name = name.strip()
    if not name:
        return ""
    if language == "en":
        honorific = _EN_BY_GENDER.get(gender)
        if not honorific:
            return name
        family = surname(name)
        if _is_chinese(family):
            return f"{honorific} {name}"
        return f"{honorific} {family}"
    family = surname(name) if _is_chinese(name) else name
    form = position_form(title)
    if form:
        return family + form
    honorific = _ZH_BY_GENDER.get(gender)
    if honorific:
        return family + honorific if _is_chinese(name) else f"{name} {honorific}"
    return name


def salutation(
    name: str, gender: str = "", title: str = "", language: str = "zh", override: str = ""
) -> str:
    """The override when one is typed, else the derived salutation."""
    return override.strip() or derive(name, gender, title, language)
