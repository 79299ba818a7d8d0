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

Writing is ``app.vcard_writer``; what it writes for a birthday without a
year (``BDAY;X-APPLE-OMIT-YEAR=1604:1604-05-17``) and for a lunar one
(``X-KEHU-BIRTHDAY``) is read back here.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from vobject.base import ParseError, parseLine
from vobject.icalendar import stringToTextValues
from vobject.vcard import ADDRESS_ORDER, NAME_ORDER, Address, Name, splitFields

from app.customer_columns import MAX_CONTACTS
from app.documents.page import Cancelled
from app.i18n import QT_TRANSLATE_NOOP
from app.vcard_fields import _ESCAPE, MAX_FIELD, _Card, _Line, _TooLong, _unescape

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


__all__ = [
    "BROKEN_CARD",
    "KEYS",
    "MAX_FIELD",
    "NOT_CLOSED",
    "TOO_LONG",
    "ParsedFile",
    "parse_vcards",
    "read_vcards",
]
