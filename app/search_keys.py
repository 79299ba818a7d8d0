"""Search keys: the lower-case text a customer is found by.

A key holds the names as typed, their pinyin in full and as initials ("张三"
-> "zhangsan", "zs"), the customer number, phone numbers as bare digits and
identifiers. Searching is a substring match on the key, so "zs", "zhangs",
"138001" and "张" all find 张三. Polyphonic characters (曾 zeng/ceng, 单
shan/dan) contribute a few alternative readings, capped so a long name cannot
blow the key up.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

#: The most alternative readings a name contributes.
MAX_READINGS = 6
#: Only the first characters of a name get alternative readings (the surname
#: matters most; beyond that, combinations grow without helping).
HETERONYM_CHARS = 3
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_SPACES = re.compile(r"\s+")
_NOT_DIGIT = re.compile(r"\D")
_PHONE_LIKE = re.compile(r"[\d\s\-+()]+")
_OTHER = "\x00"
SEPARATOR = "\x1f"  # never typed; keeps a match from spanning two fields


def normalize(text: str) -> str:
    """Fold what people type: full-width to half-width (NFKC), lower case,
    whitespace collapsed."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _SPACES.sub(" ", folded).strip()


@lru_cache(maxsize=8192)
def _readings(name: str) -> tuple[tuple[str, str], ...]:
    """(full pinyin, initials) pairs for *name*, the default reading first."""
    if not _HAN.search(name):
        return ()
    # Text pypinyin has no reading for comes back marked, so a Latin word or
    # a number is kept whole rather than cut down to its first letter.
    per_char = [syllables for words in _pinyin()[0].seg(name) for syllables in _segment(words)]
    options: list[list[tuple[str, bool]]] = []
    han_seen = 0
    for syllables in per_char:
        is_han = not (syllables and syllables[0].startswith(_OTHER))
        cleaned = list(dict.fromkeys(_syllable(s) for s in syllables))
        cleaned = [c for c in cleaned if c] or [""]
        if is_han:
            han_seen += 1
        # Keep alternatives only for the first few characters; the surname
        # keeps three (单 is dan/chan/shan, and as a surname it is shan).
        if not is_han or han_seen > HETERONYM_CHARS:
            keep = cleaned[:1]
        else:
            keep = cleaned[:3] if han_seen == 1 else cleaned[:2]
        options.append([(c, is_han) for c in keep])
    # The first characters' alternatives come first, so the cap never cuts off
    # a reading of the surname in favour of one of the given name.
    combos = (combo[::-1] for combo in itertools.product(*options[::-1]))
    result: list[tuple[str, str]] = []
    for combo in itertools.islice(combos, MAX_READINGS):
        full = "".join(part for part, _ in combo)
        # A Han character gives its initial; a Latin word or number stays whole.
        initials = "".join(part[:1] if is_han else part for part, is_han in combo)
        result.append((full, initials))
    return tuple(result)


def _mark_other(text: str) -> str:
    return _OTHER + text


@lru_cache(maxsize=4096)
def _syllable(reading: str) -> str:
    """One reading as a key part: unmarked, folded, without spaces."""
    return normalize(reading.removeprefix(_OTHER)).replace(" ", "")


@lru_cache(maxsize=1)
def _pinyin() -> tuple[Any, Any]:
    """pypinyin's ``Pinyin`` with the converter ``pypinyin.pinyin`` uses, and
    the converter. Imported on first use: pypinyin's phrase dictionary takes
    most of a second to load, and searching (as opposed to saving) never needs it."""
    from pypinyin.converter import UltimateConverter
    from pypinyin.core import Pinyin

    converter = UltimateConverter()
    return Pinyin(converter), converter


@lru_cache(maxsize=50_000)
def _segment(words: str) -> tuple[tuple[str, ...], ...]:
    """The readings of one segment of a name (a character or a phrase), each
    in the normal style, many per character: what ``pypinyin.pinyin(name,
    Style.NORMAL, heteronym=True)`` gives for it after cutting the name into
    segments. Names share their characters, so an import of 100,000 names
    converts a few thousand segments instead of 300,000 characters."""
    from pypinyin import Style

    found = _pinyin()[1].convert(words, Style.NORMAL, True, _mark_other, strict=True)
    return tuple(tuple(syllables) for syllables in found)


def _looks_like_phone(folded: str) -> bool:
    return bool(_PHONE_LIKE.fullmatch(folded)) and len(digits(folded)) >= 3


def name_keys(name: str) -> list[str]:
    """Normalized name plus its pinyin readings, without duplicates."""
    folded = normalize(name)
    parts = [folded, folded.replace(" ", "")]
    if _looks_like_phone(folded):
        # query_terms reduces such a query to its digits; "8-18" must find itself.
        parts.append(digits(folded))
    for full, initials in _readings(name):
        parts.extend((full, initials))
    return list(dict.fromkeys(p for p in parts if p))


def sort_key(name: str) -> str:
    """Default pinyin of a name, for ordering Chinese names alphabetically:
    ``"zhangsan 张三 zs"``. Ties (same pinyin) are broken by the characters
    themselves; the initials at the end let a search rank the customers whose
    own name starts with what was typed first (``app.customer_query``)."""
    readings = _readings(name)
    base, initials = readings[0] if readings else (normalize(name), "")
    return f"{base} {normalize(name)} {initials}".rstrip()[:400]


def initials(name: str) -> str:
    """Pinyin initials of a name's default reading ("张三" -> "zs"); a name
    without Chinese gives its letters. Stored in an indexed column so that a
    search can find "names starting with zs" without scanning."""
    readings = _readings(name)
    return (readings[0][1] if readings else normalize(name).replace(" ", ""))[:200]


def digits(text: str) -> str:
    return _NOT_DIGIT.sub("", unicodedata.normalize("NFKC", text))


def build_key(
    *,
    names: Iterable[str],
    identifiers: Iterable[str] = (),
    phones: Iterable[str] = (),
) -> str:
    """The search key of one customer."""
    parts: list[str] = []
    for name in names:
        if name and name.strip():
            parts.extend(name_keys(name))
    for ident in identifiers:
        if ident and ident.strip():
            parts.append(normalize(ident))
    for phone in phones:
        d = digits(phone or "")
        if d:
            parts.append(d)
            if d.startswith("86") and len(d) > 11:
                parts.append(d[2:])
    return SEPARATOR.join(dict.fromkeys(parts))


def query_terms(query: str) -> list[str]:
    """Split a typed query into terms that must all match.

    A term that looks like a phone number (digits with spaces, dashes,
    brackets or a +) is reduced to its digits, so "138-0013 8000" and
    "+86 138 0013 8000" find 13800138000."""
    text = normalize(query)
    if not text:
        return []
    if _looks_like_phone(text):
        # Chinese numbers are stored nationally: "+86 138..." (as WeChat shows
        # it) must find 13800138000.
        country = re.match(r"(\+|00)\s*86", text)
        national = digits(text[country.end() :]) if country else ""
        return [national or digits(text)]
    terms = [t for t in text.split(" ") if t]
    return list(dict.fromkeys(terms))


def like_pattern(term: str) -> str:
    """A LIKE pattern for a substring match, with %, _ and \\ escaped."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
