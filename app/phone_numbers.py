"""Chinese phone numbers as stored, and the shortcuts that let an import of
100,000 numbers take seconds instead of tens of seconds.

The shortcuts rest on how the Chinese numbering plan (phonenumbers' metadata
for CN) is written:

- an 11-digit mobile number's validity and type depend on its first five
  digits only (blocks of 10^6 numbers are allotted);
- a landline typed with its area code (0 and two or three digits) parses to
  the digits after the 0: the parse itself, the costly part, can be skipped.

``tests/unit/test_phone_numbers.py`` holds each shortcut to the long way
(``app.validation.phone`` without it) over many generated numbers, so an
update of phonenumbers that broke either would fail there.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import phonenumbers

DEFAULT_REGION = "CN"

#: What the long way gives a number: *stored* as *head* followed by the rest
#: of the typed number, or *invalid* (a warning, the number kept as typed).
INVALID = "invalid"


class Outcome(NamedTuple):
    kind: str  # "stored" / INVALID
    head: str = ""


_MOBILE = re.compile(r"1[3-9][0-9]{9}")
_LANDLINE = re.compile(r"(0[0-9]{2,3})[- ]?([1-9][0-9]{6,7})(?:\s*(?:转|分机)\s*([0-9]{1,6}))?")
_LIMIT = 200_000  # blocks remembered; a bigger import starts over
_MOBILE_BLOCKS: dict[str, Outcome | None] = {}


def format_phone(number: phonenumbers.PhoneNumber, kind: int | None = None) -> str:
    """A parsed number as stored: 13800138000, 010-12345678 转 123, or the
    international form for other countries. *kind*: its ``number_type`` when
    the caller has it already."""
    if number.country_code == 86:
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if kind is None:
            kind = phonenumbers.number_type(number)
        if kind == phonenumbers.PhoneNumberType.MOBILE:
            national = national.replace(" ", "")
        else:
            # "010 1234 5678" -> "010-12345678", the way it is written in China
            head, _, rest = national.partition(" ")
            ext = ""
            if " ext. " in rest:
                rest, _, ext = rest.partition(" ext. ")
            national = f"{head}-{rest.replace(' ', '')}" if rest else head
            if ext:
                national += f" 转 {ext}"
        return national
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _remember(blocks: dict[str, Outcome | None], block: str, outcome: Outcome | None) -> None:
    if len(blocks) >= _LIMIT:
        blocks.clear()
    blocks[block] = outcome


def mobile_outcome(folded: str) -> tuple[Outcome, str] | None:
    """For a number typed as 11 bare digits in a mobile field: its block's
    outcome and the digits that follow the head; None to take the long way."""
    if not _MOBILE.fullmatch(folded):
        return None
    block = folded[:5]
    if block not in _MOBILE_BLOCKS:
        number = phonenumbers.parse(folded, DEFAULT_REGION)
        outcome = None
        if not phonenumbers.is_valid_number(number):
            outcome = Outcome(INVALID)
        elif (
            phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE
            and format_phone(number) == folded
        ):
            outcome = Outcome("stored", "")
        _remember(_MOBILE_BLOCKS, block, outcome)
    found = _MOBILE_BLOCKS[block]
    return None if found is None else (found, folded)


def landline_outcome(folded: str) -> tuple[Outcome, str] | None:
    """For a domestic landline with its area code (and maybe a 转 extension)
    in a phone field: what the long way gives, None for the long way.

    The number is made from the digits (phonenumbers' parse would only strip
    the 0), and its validity and format are those of its block: the same area
    code, the same first four digits of the local number and the same length
    (the numbering plan allots exchanges; an extension changes neither)."""
    match = _LANDLINE.fullmatch(folded)
    if match is None:
        return None
    area, local, ext = match.groups()
    block = (area, local[:4], len(local))
    if block not in _LANDLINE_BLOCKS:
        _remember(_LANDLINE_BLOCKS, block, _landline_block(area, local))
    found = _LANDLINE_BLOCKS[block]
    if found is None:  # not written as area-local: each number its own way
        return _landline(area, local, ext)
    if found.kind == INVALID:
        return found, ""
    digits = area + local
    split = len(found.head)
    stored = f"{digits[:split]}-{digits[split:]}"
    return Outcome("stored", f"{stored} 转 {ext}" if ext else stored), ""


_LANDLINE_BLOCKS: dict[tuple[str, str, int], Outcome | None] = {}


def _landline(area: str, local: str, ext: str | None) -> tuple[Outcome, str]:
    number = phonenumbers.PhoneNumber(
        country_code=86, national_number=int(area[1:] + local), extension=ext or None
    )
    # For +86 (one region), is_valid_number is "number_type is not UNKNOWN":
    # the type is worked out once for both.
    kind = phonenumbers.number_type(number)
    if kind == phonenumbers.PhoneNumberType.UNKNOWN:
        return Outcome(INVALID), ""
    return Outcome("stored", format_phone(number, kind)), ""


def _landline_block(area: str, local: str) -> Outcome | None:
    """The block's outcome from one of its numbers: invalid, or stored as
    ``head-rest`` (the head kept in the outcome); None when stored otherwise."""
    outcome, _tail = _landline(area, local, None)
    if outcome.kind == INVALID:
        return outcome
    head, dash, rest = outcome.head.partition("-")
    if dash and head + rest == area + local:
        return Outcome("stored", head)
    return None
