"""vCards (phones' address books) in and out.

Reading (``parse_vcards``, ``read_vcards``) handles vCard 2.1, 3.0 and 4.0 as
phones export them; each card becomes a dict of the column keys of
``app.customer_columns`` (name, mobile, phone, email, address, birthday ...)
with text values. vobject's grammar parses each property line
(``vobject.base.parseLine``) and splits the structured values (N, ADR, ORG);
around it this module does what real exports need and vobject lacks:

- Android's 2.1 ``QUOTED-PRINTABLE`` values with a ``CHARSET`` (UTF-8, GBK ...)
  and soft line breaks (``=`` at the end of a line), and BASE64 text values;
- ``PHOTO``/``LOGO``/``SOUND``/``KEY`` are dropped unread, however large;
- commas that 2.1 and sloppy exporters leave unescaped are kept as text
  (vobject's own text decoding would cut a NOTE at the first one);
- a card is split off the file on its own, so that a broken card is reported
  by its number while the others are read; a value longer than ``MAX_FIELD``
  (Excel's cell limit) leaves its card out at once, however many lines it spans.

What goes where: FN (else N: 张三 for Chinese, "John Smith" for Latin) is the
name; TEL ``CELL`` or an iOS label 手机/Mobile/iPhone is the mobile, other
numbers the phone, a FAX the fax, and a number without any type a mobile if it
looks like a Chinese mobile number. The first of each kind wins, the others
are added to the notes ("label: value"). ADR is joined the Chinese way
(province, city, street: 广东省深圳市南山区科技园路1号) or the English way
("1 Main St, Springfield, IL"); its postcode goes to postcode. ORG is the
employer (the name of a company card: iOS ``X-ABShowAs:COMPANY``, 4.0
``KIND:org``, or a card with only an ORG); TITLE the job title; NOTE the
notes; CATEGORIES the groups; X-WECHAT / X-QQ and IMPP for WeChat and QQ.
On a company card, numbers and e-mails labelled with a person's name are its
contact persons. BDAY with a year gives ``1990-05-17``, without one (``--0517``,
``--05-17``, iOS's ``X-APPLE-OMIT-YEAR=1604``, or the year 1604) ``--05-17``.

Writing (``write_vcards``) gives vCard 3.0 in UTF-8, which iOS and Android
both import, escaped with vobject's ``backslashEscape`` and folded at 75
octets; vobject's object model is skipped both ways because it takes over a
millisecond a card (15 s for 10,000 customers).

vCard 3.0 has no birthday without a year: it is written as Apple does,
``BDAY;X-APPLE-OMIT-YEAR=1604:1604-05-17`` - iOS shows it without a year,
Android keeps the day and month (some versions show the year 1604), and this
module reads it back as ``--05-17``. A lunar birthday has no vCard form: it
is written as ``X-KEHU-BIRTHDAY`` (phones ignore it) and read back from it.
"""

from __future__ import annotations

import base64
import binascii
import calendar
import codecs
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from vobject.base import ParseError, backslashEscape, parseLine
from vobject.icalendar import stringToTextValues
from vobject.vcard import ADDRESS_ORDER, NAME_ORDER, Address, Name, splitFields

from app.customer_columns import GROUP_SEPARATOR, MAX_CONTACTS, format_birthday
from app.documents.page import Cancelled
from app.i18n import QT_TRANSLATE_NOOP
from app.records import Birthday, CustomerData

#: The keys a card can give, in the order of the table's columns.
KEYS: tuple[str, ...] = (
    "name",
    "kind",
    "mobile",
    "phone",
    "fax",
    "email",
    "wechat",
    "qq",
    "address",
    "postcode",
    "birthday",
    "employer",
    "job_title",
    "website",
    "groups",
    "notes",
    *(
        f"contact{n}_{part}"
        for n in range(1, MAX_CONTACTS + 1)
        for part in ("name", "mobile", "phone", "email")
    ),
)
#: Excel's cell limit: a longer value is not a contact's.
MAX_FIELD = 32_767
#: A property's raw text may be longer than its value (quoted-printable).
_MAX_RAW = 4 * MAX_FIELD
PROGRESS_EVERY = 1000

BROKEN_CARD = QT_TRANSLATE_NOOP(
    "app", "This card cannot be read (it is damaged or not a vCard); it was left out."
)
TOO_LONG = QT_TRANSLATE_NOOP(
    "app", "A field of this card is longer than 32,767 characters; the card was left out."
)
NOT_CLOSED = QT_TRANSLATE_NOOP(
    "app", "This card does not end (END:VCARD is missing); what it holds was read."
)

_PROPERTY = re.compile(r"(?:[A-Za-z0-9-]+\.)?[A-Za-z][A-Za-z0-9_-]*(?=[;:])")
_BINARY = {"PHOTO", "LOGO", "SOUND", "KEY"}


@dataclass
class ParsedFile:
    #: (card number, key -> value), the cards in the file's order.
    cards: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    #: (card number, message marked for translation): cards left out.
    problems: list[tuple[int, str]] = field(default_factory=list)


def read_vcards(text: str) -> list[dict[str, str]]:
    """Every readable card of *text*; see ``parse_vcards`` for the problems."""
    return [card for _number, card in parse_vcards(text).cards]


def parse_vcards(
    text: str,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ParsedFile:
    """The cards of *text* with their numbers (1 = the first BEGIN:VCARD), and
    the cards that had to be left out."""
    result = ParsedFile()
    raw_cards = list(_split_cards(text))
    total = len(raw_cards)
    for index, raw in enumerate(raw_cards, start=1):
        if index % PROGRESS_EVERY == 0:
            if cancelled is not None and cancelled():
                raise Cancelled()
            if progress is not None:
                progress(index, total)
        if raw.too_long:
            result.problems.append((raw.number, TOO_LONG))
            continue
        try:
            card = _read_card(raw)
        except _TooLong:
            result.problems.append((raw.number, TOO_LONG))
            continue
        except ParseError:
            result.problems.append((raw.number, BROKEN_CARD))
            continue
        if not raw.closed:
            result.problems.append((raw.number, NOT_CLOSED))
        result.cards.append((raw.number, card))
    if progress is not None:
        progress(total, total)
    return result


# --- splitting the file into cards and properties -----------------------------------------


class _TooLong(Exception):
    pass


@dataclass
class _Property:
    head: str  # group.NAME;PARAMS
    parts: list[str]
    quoted_printable: bool = False
    soft_break: bool = False
    binary: bool = False
    size: int = 0


@dataclass
class _RawCard:
    number: int
    properties: list[_Property] = field(default_factory=list)
    too_long: bool = False
    closed: bool = True

    def add(self, line: str) -> None:
        if self.too_long:
            return
        current = self.properties[-1] if self.properties else None
        if current is not None and current.soft_break:
            current.parts[-1] = current.parts[-1][:-1]  # the "=" of the soft break
            self._extend(current, line)
            current.soft_break = line.endswith("=")
            return
        if line[:1] in (" ", "\t"):
            if current is not None:
                self._extend(current, line[1:])
                if current.quoted_printable:
                    current.soft_break = line.endswith("=")
            return
        if not line.strip():
            return
        if _PROPERTY.match(line):
            self._start(line)
        elif current is not None and not current.binary:
            # A line break the exporter did not escape (or fold): part of the value.
            self._extend(current, "\\n" + line)

    def _start(self, line: str) -> None:
        colon = _colon(line)
        head, value = (line[:colon], line[colon + 1 :]) if colon >= 0 else (line, "")
        params = {p.strip().upper() for p in _split_unquoted(head, ";")[1:]}
        name = head.split(";", 1)[0].rsplit(".", 1)[-1].upper()
        qp = "ENCODING=QUOTED-PRINTABLE" in params or "QUOTED-PRINTABLE" in params
        prop = _Property(head, [], quoted_printable=qp, binary=name in _BINARY)
        self.properties.append(prop)
        self._extend(prop, value)
        prop.soft_break = qp and value.endswith("=")

    def _extend(self, prop: _Property, text: str) -> None:
        if prop.binary:
            return  # never kept, never decoded
        prop.size += len(text)
        if prop.size > _MAX_RAW:
            self.too_long = True
            self.properties.clear()
            return
        prop.parts.append(text)


def _split_cards(text: str) -> Iterator[_RawCard]:
    card: _RawCard | None = None
    number = 0
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        marker = line.strip().upper() if len(line) < 40 else ""
        if marker == "BEGIN:VCARD":
            if card is not None:
                card.closed = False
                yield card
            number += 1
            card = _RawCard(number)
        elif card is None:
            continue
        elif marker == "END:VCARD":
            yield card
            card = None
        else:
            card.add(line)
    if card is not None:
        card.closed = False
        yield card


def _colon(line: str) -> int:
    """The colon between a property's name and value (not one in a quoted parameter)."""
    colon = line.find(":")
    if colon < 0 or '"' not in line[:colon]:
        return colon
    quoted = False
    for index, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            return index
    return -1


def _split_unquoted(text: str, separator: str) -> list[str]:
    if '"' not in text:
        return text.split(separator)
    parts, start, quoted = [], 0, False
    for index, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif ch == separator and not quoted:
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return parts


# --- one card ------------------------------------------------------------------------------


def _logical_line(prop: _Property) -> str:
    """The property as one line vobject reads: encodings decoded, charset gone,
    line breaks and commas in a text value escaped."""
    pieces = _split_unquoted(prop.head, ";")
    params = pieces[1:]
    upper = [p.strip().upper() for p in params]
    charset = next((p.split("=", 1)[1] for p in upper if p.startswith("CHARSET=")), "UTF-8")
    value = "".join(prop.parts)
    if prop.quoted_printable:
        value = _escape_breaks(_decode_bytes(_quoted_printable(value), charset))
    elif {"ENCODING=BASE64", "ENCODING=B", "BASE64"} & set(upper):
        try:
            raw = base64.b64decode(re.sub(r"\s+", "", value), validate=False)
        except (binascii.Error, ValueError):
            raw = value.encode("utf-8", "replace")
        value = _escape_breaks(_decode_bytes(raw, charset))
    kept = [
        p
        for p, u in zip(params, upper, strict=True)
        if not u.startswith(("CHARSET=", "ENCODING="))
        and u not in ("QUOTED-PRINTABLE", "BASE64", "8BIT")
    ]
    return ";".join([pieces[0], *kept]) + ":" + value


def _quoted_printable(value: str) -> bytes:
    out = bytearray()
    index, length = 0, len(value)
    while index < length:
        ch = value[index]
        if ch == "=" and index + 2 < length and _is_hex(value[index + 1 : index + 3]):
            out.append(int(value[index + 1 : index + 3], 16))
            index += 3
            continue
        out.extend(ch.encode("utf-8"))
        index += 1
    return bytes(out)


def _is_hex(text: str) -> bool:
    return len(text) == 2 and all(c in "0123456789abcdefABCDEF" for c in text)


def _decode_bytes(raw: bytes, charset: str) -> str:
    names = [charset.strip('"').lower(), "utf-8", "gb18030"]
    for name in names:
        try:
            codecs.lookup(name)
            if name in ("gbk", "gb2312", "cp936"):
                name = "gb18030"
            return raw.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("utf-8", "replace")


def _escape_breaks(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


@dataclass
class _Line:
    name: str
    group: str | None
    params: dict[str, list[str]]
    singletonparams: list[str]
    value: Any


def _read_card(raw: _RawCard) -> dict[str, str]:
    contents: dict[str, list[_Line]] = {}
    for prop in raw.properties:
        if prop.binary:
            continue
        name, param_list, value, group = parseLine(_logical_line(prop))
        params: dict[str, list[str]] = {}
        singletons: list[str] = []
        for param in param_list:
            if len(param) == 1:
                singletons.append(param[0].upper())
            else:
                params.setdefault(param[0].upper(), []).extend(param[1:])
        name = name.upper()
        line = _Line(name, group, params, singletons, _native(name, value or ""))
        contents.setdefault(name.lower(), []).append(line)
    return _Card(contents).values()


def _native(name: str, value: str) -> Any:
    """The value of a property: N and ADR as vobject's Name and Address, ORG and
    CATEGORIES as lists, any other as text. (vobject's own text decoding keeps
    only what comes before the first unescaped comma, which 2.1 and many
    exporters do not escape.)"""
    if name == "N":
        return Name(**dict(zip(NAME_ORDER, splitFields(value), strict=False)))
    if name == "ADR":
        return Address(**dict(zip(ADDRESS_ORDER, splitFields(value), strict=False)))
    if name == "ORG":
        return splitFields(value)
    if name == "CATEGORIES":
        return stringToTextValues(value)
    return _ESCAPE.sub(_unescape, value)


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


# --- writing --------------------------------------------------------------------------------


def write_vcards(cards: Iterable[tuple[CustomerData, list[str]]]) -> str:
    """The cards as vCard 3.0 text (CRLF line ends; save it as UTF-8).

    Written line by line with vobject's escaping rather than through vobject's
    objects, which take over a millisecond a card (15 s for 10,000 customers)."""
    return "".join(_card(card, groups) for card, groups in cards)


def _card(card: CustomerData, groups: list[str]) -> str:
    out = ["BEGIN:VCARD", "VERSION:3.0"]
    name = card.name.strip()
    if card.is_corporate:
        out += ["N:;;;;", _line("FN", name), _line("ORG", name)]
    else:
        family, given = _split_name(name)
        out.append(f"N:{_escape(family)};{_escape(given)};;;")
        out.append(_line("FN", name))
        out.append(_line("ORG", card.employer))
    out.append(_line("TITLE", card.job_title))
    out.append(_line("TEL;TYPE=CELL", card.mobile))
    out.append(_line("TEL;TYPE=WORK,VOICE", card.phone))
    out.append(_line("TEL;TYPE=WORK,FAX", card.fax))
    out.append(_line("EMAIL;TYPE=INTERNET", card.email))
    if card.address.strip() or card.postcode.strip():
        kind = "WORK" if card.is_corporate else "HOME"
        street, code = _escape(card.address.strip()), _escape(card.postcode.strip())
        out.append(f"ADR;TYPE={kind}:;;{street};;;{code};")
    out.append(_birthday_line(card.birthday))
    out.append(_line("URL", card.website))
    out.append(_line("X-WECHAT", card.wechat))
    out.append(_line("X-QQ", card.qq))
    if card.is_corporate:
        out += _contact_lines(card)
        out.append("X-ABShowAs:COMPANY")
    if groups:
        out.append("CATEGORIES:" + ",".join(_escape(g) for g in groups))
    out.append(_line("NOTE", card.notes))
    out.append("END:VCARD")
    return "".join(_fold(line) for line in out if line)


def _escape(value: str) -> str:
    return str(backslashEscape(value))


def _line(head: str, value: str) -> str:
    """ "HEAD:value" with the value escaped; "" for an empty value."""
    value = (value or "").strip()
    return f"{head}:{_escape(value)}" if value else ""


def _fold(line: str) -> str:
    """The line folded at 75 octets (RFC 2426), never inside a UTF-8 character."""
    if len(line) <= 25 or len(line.encode("utf-8")) <= 75:
        return line + "\r\n"
    pieces, current, size = [], [], 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > 75:
            pieces.append("".join(current))
            current, size = [" "], 1
        current.append(char)
        size += width
    pieces.append("".join(current))
    return "\r\n".join(pieces) + "\r\n"


def _birthday_line(birthday: Birthday | None) -> str:
    if birthday is None:
        return ""
    if birthday.calendar != "solar":
        return _line("X-KEHU-BIRTHDAY", format_birthday(birthday))
    if birthday.year:
        return f"BDAY:{birthday.year:04d}-{birthday.month:02d}-{birthday.day:02d}"
    return f"BDAY;X-APPLE-OMIT-YEAR=1604:1604-{birthday.month:02d}-{birthday.day:02d}"


def _contact_lines(card: CustomerData) -> list[str]:
    """Contact persons as labelled numbers (iOS shows "王经理 138 ...")."""
    out: list[str] = []
    item = 0
    for person in card.contacts[:MAX_CONTACTS]:
        label = person.name.strip()
        if not label:
            continue
        for value, head in (
            (person.mobile, "TEL;TYPE=CELL"),
            (person.phone, "TEL;TYPE=WORK,VOICE"),
            (person.email, "EMAIL;TYPE=INTERNET"),
        ):
            if value.strip():
                item += 1
                out.append(_line(f"item{item}.{head}", value))
                out.append(_line(f"item{item}.X-ABLabel", label))
    return out


def _split_name(name: str) -> tuple[str, str]:
    from app.addressing import surname

    if not name:
        return "", ""
    family = surname(name)
    if _is_cjk(name) and " " not in name:
        return family, name[len(family) :]
    words = name.split()
    if len(words) < 2:
        return "", name
    if family in words:
        rest = list(words)
        rest.remove(family)
        return family, " ".join(rest)
    return words[-1], " ".join(words[:-1])


__all__ = [
    "BROKEN_CARD",
    "KEYS",
    "MAX_FIELD",
    "NOT_CLOSED",
    "TOO_LONG",
    "ParsedFile",
    "parse_vcards",
    "read_vcards",
    "write_vcards",
]
