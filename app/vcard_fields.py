"""What goes where in one vCard: the properties of a card (already split and
decoded by ``app.vcard``) turned into the column keys of
``app.customer_columns`` - name, mobile and other numbers by their types and
iOS labels, addresses joined the Chinese or the English way, the employer,
contact persons on a company card, WeChat and QQ, birthdays with and without
the year (see ``app.vcard`` for the rules).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from typing import Any

from app.customer_columns import GROUP_SEPARATOR, MAX_CONTACTS, format_birthday
from app.records import Birthday

#: The longest value read (Excel's cell limit): a longer one leaves its card out.
MAX_FIELD = 32_767


class _TooLong(Exception):
    pass


@dataclass
class _Line:
    name: str
    group: str | None
    params: dict[str, list[str]]
    singletonparams: list[str]
    value: Any


_ESCAPE = re.compile(r"\\(.)")


def _unescape(match: re.Match[str]) -> str:
    char = match.group(1)
    return "\n" if char in "nN" else char


def _text(value: Any, joiner: str = " ") -> str:
    if isinstance(value, list | tuple):
        return joiner.join(_text(v, joiner) for v in value if _text(v, joiner))
    return str(value or "").strip()


def _is_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in text)


def _types(line: Any) -> set[str]:
    found = {s.lower() for s in getattr(line, "singletonparams", [])}
    for value in line.params.get("TYPE", []):
        found.update(part.strip().lower() for part in value.split(",") if part.strip())
    return found


_APPLE_LABEL = re.compile(r"_\$!<(.*)>!\$_")
_MOBILE_WORDS = ("mobile", "iphone", "cell", "手机", "移动")
_FAX_WORDS = ("fax", "传真")
_PHONE_WORDS = {
    "work", "home", "main", "other", "pager", "voice", "工作", "单位", "公司", "家庭",
    "住宅", "家", "电话", "座机", "办公", "办公室", "总机", "其他", "固话",
}  # fmt: skip
_WECHAT_WORDS = {"微信", "wechat", "weixin"}
_QQ_WORDS = {"qq"}
_CHINA = {"中国", "china", "cn", "prc", "中华人民共和国", "people's republic of china"}
_CN_MOBILE = re.compile(r"(?:\+?86)?1[3-9]\d{9}")
_GOOGLE_GROUPS = {"mycontacts", "starred in android", "* mycontacts", "* starred"}


class _Card:
    """Reads a card's properties into column keys and values."""

    def __init__(self, contents: dict[str, list[_Line]]) -> None:
        self.contents = contents
        self.out: dict[str, str] = {}
        self.extra: list[str] = []
        self.labels = {
            (line.group or "").lower(): _text(line.value)
            for line in self.lines("x-ablabel")
            if line.group
        }
        self.contacts: dict[str, int] = {}

    def lines(self, name: str) -> list[Any]:
        return self.contents.get(name, [])

    def first(self, name: str) -> str:
        for line in self.lines(name):
            text = _text(line.value)
            if text:
                return text
        return ""

    def put(self, key: str, value: str, label: str = "") -> None:
        value = value.strip()
        if not value:
            return
        if len(value) > MAX_FIELD:
            raise _TooLong()
        if key not in self.out:
            self.out[key] = value
        elif self.out[key] != value:
            self.extra.append(f"{label or key}: {value}")

    def label(self, line: Any) -> str:
        text = self.labels.get((line.group or "").lower(), "")
        match = _APPLE_LABEL.fullmatch(text)
        return (match.group(1) if match else text).strip()

    def values(self) -> dict[str, str]:
        company = self._is_company()
        name = self.first("fn") or self._name_from_n()
        org = _org(self.lines("org"))
        if company or (not name and org):
            self.put("name", name or org)
            self.put("kind", "corporate")
        else:
            self.put("name", name)
            self.put("employer", org)
        self.put("job_title", self.first("title") or self.first("role"))
        self._phones(company)
        self._emails(company)
        self._addresses()
        self._birthday()
        self.put("website", self.first("url"))
        self._messengers()
        self._groups()
        notes = [_text(line.value) for line in self.lines("note")]
        notes = [n for n in notes if n] + self.extra
        if notes:
            self.put("notes", "\n".join(notes))
        return self.out

    def _is_company(self) -> bool:
        return self.first("x-abshowas").upper() == "COMPANY" or self.first("kind").lower() in (
            "org",
            "organization",
        )

    def _name_from_n(self) -> str:
        lines = self.lines("n")
        if not lines:
            return ""
        n = lines[0].value
        family, given = _text(n.family), _text(n.given)
        additional, prefix, suffix = _text(n.additional), _text(n.prefix), _text(n.suffix)
        if _is_cjk(family + given + additional):
            return family + additional + given
        return " ".join(p for p in (prefix, given, additional, family, suffix) if p)

    def _contact(self, label: str) -> int | None:
        """The number of the contact person a label names (company cards)."""
        if label in self.contacts:
            return self.contacts[label]
        if len(self.contacts) >= MAX_CONTACTS:
            return None
        self.contacts[label] = len(self.contacts) + 1
        self.put(f"contact{self.contacts[label]}_name", label)
        return self.contacts[label]

    def _phones(self, company: bool) -> None:
        for line in self.lines("tel"):
            number = _text(line.value)
            number = re.sub(r"^tel:", "", number, flags=re.IGNORECASE).split(";", 1)[0]
            types, label = _types(line), self.label(line)
            word = label.lower()
            shown = label or "/".join(sorted(t.upper() for t in types)) or "TEL"
            if word in _WECHAT_WORDS:
                self.put("wechat", number, shown)
            elif word in _QQ_WORDS:
                self.put("qq", number, shown)
            elif "fax" in types or any(w in word for w in _FAX_WORDS):
                self.put("fax", number, shown)
            elif company and label and not _known_label(word):
                n = self._contact(label)
                kind = "mobile" if "cell" in types or _is_mobile(number) else "phone"
                if n is None:
                    self.extra.append(f"{shown}: {number}")
                else:
                    self.put(f"contact{n}_{kind}", number, shown)
            elif _mobile_label(word) or ("cell" in types and not _known_label(word)):
                self.put("mobile", number, shown)
            elif label or types - {"pref", "voice"}:
                self.put("phone", number, shown)
            else:  # no type at all: judge by the number
                self.put("mobile" if _is_mobile(number) else "phone", number, shown)

    def _emails(self, company: bool) -> None:
        for line in self.lines("email"):
            address = _text(line.value)
            label = self.label(line)
            known = {"work", "home", "other", "工作", "家庭", "其他", "internet", "icloud"}
            if company and label and label.lower() not in known:
                n = self._contact(label)
                if n is not None:
                    self.put(f"contact{n}_email", address, label)
                    continue
            self.put("email", address, label or "EMAIL")

    def _addresses(self) -> None:
        for line in self.lines("adr"):
            value = line.value
            text = _join_address(value)
            if "address" in self.out and text != self.out["address"]:
                code = _text(value.code)
                self.extra.append(f"{self.label(line) or 'ADR'}: {text} {code}".strip())
                continue
            self.put("address", text)
            self.put("postcode", _text(value.code))

    def _birthday(self) -> None:
        kehu = self.first("x-kehu-birthday")
        if kehu:
            self.put("birthday", kehu)
            return
        for line in self.lines("bday"):
            text = _text(line.value)
            if text:
                omit = line.params.get("X-APPLE-OMIT-YEAR", [])
                self.put("birthday", _birthday_text(text, bool(omit)))
                return

    def _messengers(self) -> None:
        for key, names in (
            ("wechat", ("x-wechat", "x-weixin", "x-wechat-id")),
            ("qq", ("x-qq",)),
        ):
            for name in names:
                self.put(key, self.first(name), name.upper())
        for line in self.lines("impp"):
            value = _text(line.value)
            service = _text(line.params.get("X-SERVICE-TYPE", [""])[0]).lower()
            scheme, _, handle = value.partition(":")
            if scheme.lower() == "x-apple":
                handle = handle
            elif not handle:
                handle, scheme = value, ""
            else:
                service = service or scheme.lower()
            if service in ("wechat", "weixin", "微信"):
                self.put("wechat", handle, "IMPP")
            elif service == "qq":
                self.put("qq", handle, "IMPP")

    def _groups(self) -> None:
        names: list[str] = []
        for line in self.lines("categories"):
            value = line.value if isinstance(line.value, list) else [line.value]
            for name in value:
                name = _text(name)
                if name and name.lower() not in _GOOGLE_GROUPS and name not in names:
                    names.append(name)
        self.put("groups", GROUP_SEPARATOR.join(names))


def _org(lines: list[Any]) -> str:
    for line in lines:
        value = line.value if isinstance(line.value, list) else [line.value]
        text = " ".join(_text(v, ",") for v in value if _text(v, ","))
        if text:
            return text
    return ""


def _mobile_label(word: str) -> bool:
    return any(w in word for w in _MOBILE_WORDS)


def _known_label(word: str) -> bool:
    """A label that names a kind of number, not a person."""
    return (
        word in _PHONE_WORDS
        or _mobile_label(word)
        or any(w in word for w in ("电话", "phone", "tel", *_FAX_WORDS))
    )


def _is_mobile(number: str) -> bool:
    return bool(_CN_MOBILE.fullmatch(re.sub(r"[\s()\-.]", "", number)))


def _join_address(value: Any) -> str:
    box, extended = _text(value.box, ","), _text(value.extended, ",")
    street, city = _text(value.street, ","), _text(value.city, ",")
    region, country = _text(value.region, ","), _text(value.country, ",")
    if country.lower() in _CHINA:
        country = ""
    parts = [box, extended, street, city, region, country]
    if _is_cjk("".join(parts)):
        text = ""
        for part in (country, region, city, street, extended, box):
            part = part.replace("\n", "")
            if part and part not in text:
                text += part
        return text
    return ", ".join(
        p.replace("\n", ", ") for p in (box, street, extended, city, region, country) if p
    )


_BDAY_FULL = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?")
_BDAY_NO_YEAR = re.compile(r"--(\d{2})-?(\d{2})")


def _birthday_text(text: str, omit_year: bool) -> str:
    """1990-05-17 or --05-17 from the forms phones write; anything else as it is
    (the importer says it is not a birthday)."""
    text = text.strip()
    match = _BDAY_FULL.fullmatch(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        if omit_year or year == 1604:
            year = 0
        return _birthday_form(text, year, month, day)
    match = _BDAY_NO_YEAR.fullmatch(text)
    if match:
        return _birthday_form(text, 0, int(match.group(1)), int(match.group(2)))
    return text


def _birthday_form(text: str, year: int, month: int, day: int) -> str:
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year or 2000, month)[1]:
        return text
    return format_birthday(Birthday("solar", month, day, year or None))
