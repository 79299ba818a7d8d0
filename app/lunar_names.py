"""Chinese names of lunar months and days (正月, 八月, 十五, 廿三)."""

from __future__ import annotations

_MONTHS = ["正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊"]
_DIGITS = "一二三四五六七八九十"


def lunar_month_name(month: int, leap: bool = False) -> str:
    if not 1 <= month <= 12:
        return f"{month}月"
    return ("闰" if leap else "") + _MONTHS[month - 1] + "月"


def lunar_day_name(day: int) -> str:
    if not 1 <= day <= 30:
        return str(day)
    if day <= 10:
        return "初" + _DIGITS[day - 1]
    if day < 20:
        return "十" + _DIGITS[day - 11]
    if day == 20:
        return "二十"
    if day < 30:
        return "廿" + _DIGITS[day - 21]
    return "三十"
