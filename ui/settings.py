"""User interface settings, declared in one list (key, default, type).

Window geometry, splitter sizes and the language live in QSettings (per user,
per machine); business settings will live in the database."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    type: type


OPTIONS = {
    o.key: o
    for o in (
        Option("language", "", str),  # "" system, "zh_CN", "en"
        Option("main_window/geometry", QByteArray(), QByteArray),
        Option("main_window/state", QByteArray(), QByteArray),
        Option("main_window/splitter", QByteArray(), QByteArray),
        Option("main_window/header", QByteArray(), QByteArray),
        Option("card/geometry", QByteArray(), QByteArray),
        Option("greeting_window/geometry", QByteArray(), QByteArray),
        Option("greeting_window/header", QByteArray(), QByteArray),
        Option("greeting_window/choices", "", str),  # JSON of the last choices
    )
}


class Settings:
    """Typed access to the declared options."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._s = qsettings if qsettings is not None else QSettings("Kehu", "Kehu")

    def get(self, key: str) -> Any:
        option = OPTIONS[key]
        value = self._s.value(key, option.default)
        if option.type is QByteArray:
            return value if isinstance(value, QByteArray) else QByteArray()
        if option.type is str:
            return value if isinstance(value, str) else option.default
        return value

    def set(self, key: str, value: Any) -> None:
        if key not in OPTIONS:
            raise KeyError(key)
        self._s.setValue(key, value)

    def sync(self) -> None:
        self._s.sync()
