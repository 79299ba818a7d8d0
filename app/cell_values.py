"""Values of spreadsheet cells as people type them: text, yes/no, dates,
birthdays (solar and lunar, with or without the year) and lists. Each parser
takes what a CSV, XLSX or vCard reader gives (str, int, float, Decimal, date,
datetime, bool or None) and returns the value, or None when it is not one.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache

from app.choice_labels import _fold
from app.records import Birthday

_LIST_SPLIT = re.compile(r"[；;，,、\n\r|]+")


def _cell_text(raw: object) -> str:
    if raw.__class__ is str:
        return raw  # type: ignore[return-value]
    if raw is None:
        return ""
    if isinstance(raw, bool):
        return "是" if raw else "否"
    if isinstance(raw, float):
        if raw.is_integer() and abs(raw) < 1e15:
            return str(int(raw))
        return str(Decimal(repr(raw)))
    if isinstance(raw, datetime):
        return raw.date().isoformat()
    if isinstance(raw, date):
        return raw.isoformat()
    if isinstance(raw, Decimal):
        return f"{raw:f}"
    return str(raw)


_YES = {"是", "y", "yes", "true", "1", "√", "✓", "✔", "对", "有", "x", "t"}
_NO = {"否", "n", "no", "false", "0", "×", "✗", "不", "无", "没有", "f"}


def parse_bool(raw: object) -> bool | None:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, int | float | Decimal) and raw in (0, 1):
        return bool(raw)
    folded = _fold(_cell_text(raw))
    if folded in _YES:
        return True
    if folded in _NO or not folded:
        return False
    return None


_ISO_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_COMPACT_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")


def parse_date(raw: object) -> date | None:
    """A date from a cell: a spreadsheet date, 2024-05-17, 2024/5/17, 20240517,
    2024年5月17日, 2024.5.17; None when it is not one."""
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    return _parse_date_text(_cell_text(raw))


@lru_cache(maxsize=4096)
def _parse_date_text(text: str) -> date | None:
    text = unicodedata.normalize("NFKC", text).strip()
    # "2024-05-17 00:00:00" from a spreadsheet date written as text
    text = re.sub(r"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$", "", text)
    match = _ISO_DATE.fullmatch(text) or _COMPACT_DATE.fullmatch(text)
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


_LUNAR_MONTHS = {
    "正": 1, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    "十": 10, "十一": 11, "冬": 11, "十二": 12, "腊": 12, "臘": 12,
}  # fmt: skip
_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_LUNAR_PREFIX = re.compile(r"^(农历|農曆|阴历|陰曆|旧历|lunar)\s*", re.IGNORECASE)
_LUNAR_NUMERIC = re.compile(r"(?:(\d{4})|--)?-?(闰|閏)?(\d{1,2})-(\d{1,2})")
_LUNAR_WORDS = re.compile(
    r"(?:(\d{4})\s*年)?\s*(闰|閏)?\s*(正|十一|十二|冬|腊|臘|[一二三四五六七八九十]|\d{1,2})\s*月"
    r"\s*(初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十|廿[一二三四五六七八九]|"
    r"三十|卅|\d{1,2})\s*日?"
)
_SOLAR_MD = re.compile(r"(?:--)?(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")


def _lunar_day(word: str) -> int:
    if word.isdigit():
        return int(word)
    if word.startswith("初"):
        return 10 if word[1] == "十" else _CN_DIGITS[word[1]]
    if word == "十":
        return 10
    if word == "二十":
        return 20
    if word in ("三十", "卅"):
        return 30
    if word.startswith("十"):
        return 10 + _CN_DIGITS[word[1]]
    return 20 + _CN_DIGITS[word[1]]  # 廿X


def parse_birthday(raw: object) -> Birthday | None:
    """A birthday from a cell (see the module docstring); None when it is not one.
    The day is not checked against the month here: ``clean`` does that."""
    if isinstance(raw, datetime | date):
        day = parse_date(raw)
        assert day is not None
        return Birthday("solar", day.month, day.day, day.year)
    return _parse_birthday_text(_cell_text(raw))


@lru_cache(maxsize=4096)
def _parse_birthday_text(text: str) -> Birthday | None:
    # Birthday is frozen: one object may serve every row with the same text.
    text = unicodedata.normalize("NFKC", text).strip()
    lunar = _LUNAR_PREFIX.match(text)
    if lunar:
        rest = text[lunar.end() :].strip()
        match = _LUNAR_NUMERIC.fullmatch(rest)
        if match:
            year, leap, month, day = match.groups()
            return Birthday("lunar", int(month), int(day), int(year) if year else None, bool(leap))
        match = _LUNAR_WORDS.fullmatch(rest)
        if match:
            year, leap, month, day = match.groups()
            number = int(month) if month.isdigit() else _LUNAR_MONTHS[month]
            return Birthday(
                "lunar", number, _lunar_day(day), int(year) if year else None, bool(leap)
            )
        return None
    full = parse_date(text)
    if full is not None:
        return Birthday("solar", full.month, full.day, full.year)
    match = _ISO_DATE.fullmatch(text) or _COMPACT_DATE.fullmatch(text)
    if match:  # looks like a date with a year, but is not a real one: clean says why
        return Birthday("solar", int(match.group(2)), int(match.group(3)), int(match.group(1)))
    match = _SOLAR_MD.fullmatch(text)
    if match:
        return Birthday("solar", int(match.group(1)), int(match.group(2)))
    return None


def split_list(raw: object) -> list[str]:
    """Names separated by ；, ;, ，, ",", 、 or line breaks, blanks dropped, unique."""
    parts = (p.strip() for p in _LIST_SPLIT.split(_cell_text(raw)))
    return list(dict.fromkeys(p for p in parts if p))
