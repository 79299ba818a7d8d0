"""Field checks shared by the card editor, the command line and imports.

Each check returns the value to store (normalized) and records problems in an
``Issues`` collector: *errors* refuse the save (impossible data), *warnings*
need the user's knowing confirmation (a failed checksum, an unusual number).
Checksums and number plans come from python-stdnum and phonenumbers.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from stdnum import exceptions as stdnum_errors
from stdnum.cn import ric, uscc

from app import phone_numbers
from app.errors import FieldIssue
from app.i18n import QT_TRANSLATE_NOOP
from app.money import MoneyFormatError, parse_money

DEFAULT_REGION = phone_numbers.DEFAULT_REGION
format_phone = phone_numbers.format_phone
# C0 and C1 controls (not tab and line breaks: see _LINE_BREAKS), line/paragraph separators.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")
_LINE_BREAKS = re.compile(r"[\r\n\t]")


@dataclass
class Issues:
    errors: list[FieldIssue] = field(default_factory=list)
    warnings: list[FieldIssue] = field(default_factory=list)

    def error(self, field_name: str, template: str, **params: Any) -> None:
        self.errors.append(FieldIssue(field_name, template, params))

    def warn(self, field_name: str, template: str, **params: Any) -> None:
        self.warnings.append(FieldIssue(field_name, template, params))

    def prefixed(self, prefix: str) -> Issues:
        """The same issues with field names like ``contacts.2.mobile``."""
        return Issues(
            [FieldIssue(f"{prefix}.{i.field}", i.template, i.params) for i in self.errors],
            [FieldIssue(f"{prefix}.{i.field}", i.template, i.params) for i in self.warnings],
        )

    def extend(self, other: Issues) -> None:
        self.errors.extend(other.errors)
        self.warnings.extend(other.warnings)


def text(
    issues: Issues,
    field_name: str,
    value: str | None,
    *,
    max_len: int,
    required: bool = False,
    multiline: bool = False,
) -> str:
    """Trim surrounding blanks; refuse control characters, line breaks in a
    one-line field, over-long text and, where required, blank text."""
    if value is None or value == "":  # most fields of an imported row: the cheap way out
        if required:
            issues.error(field_name, QT_TRANSLATE_NOOP("app", "Required: please fill it in"))
        return ""
    value = str(value).strip()
    if multiline:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    if value.isprintable():  # no control character, no line break (both are not printable)
        pass
    elif _CONTROL.search(value):
        issues.error(
            field_name,
            QT_TRANSLATE_NOOP("app", "Contains invisible control characters; please type it again"),
        )
    elif not multiline and _LINE_BREAKS.search(value):
        issues.error(field_name, QT_TRANSLATE_NOOP("app", "Must be one line, without line breaks"))
    if required and not value:
        issues.error(field_name, QT_TRANSLATE_NOOP("app", "Required: please fill it in"))
    if len(value) > max_len:
        issues.error(
            field_name,
            QT_TRANSLATE_NOOP("app", "Too long: at most {max} characters (now {length})"),
            max=max_len,
            length=len(value),
        )
    return value


NOT_VALID_PHONE = QT_TRANSLATE_NOOP("app", "This number does not look valid; please check it")


def phone(issues: Issues, field_name: str, value: str | None, *, mobile: bool = False) -> str:
    """A phone number as people write it in China: full-width digits, spaces,
    dashes, +86 and extensions accepted. Stored as a readable national number
    for China (13800138000, 010-12345678) and in international form otherwise.
    A number that parses but is not valid in the numbering plan is a warning."""
    raw = text(issues, field_name, value, max_len=40)
    if not raw:
        return ""
    folded = unicodedata.normalize("NFKC", raw)
    found = phone_numbers.mobile_outcome(folded) or (
        None if mobile else phone_numbers.landline_outcome(folded)
    )
    if found is None:
        return parse_phone(issues, field_name, raw, mobile=mobile)
    outcome, tail = found
    if outcome.kind != phone_numbers.INVALID:
        return outcome.head + tail
    issues.warn(field_name, NOT_VALID_PHONE)
    return folded.strip()


def parse_phone(issues: Issues, field_name: str, raw: str, *, mobile: bool) -> str:
    """``phone`` of a trimmed, non-blank text the long way: phonenumbers
    parses it (``app.phone_numbers`` knows the shortcuts)."""
    typed = folded = unicodedata.normalize("NFKC", raw)
    if not re.fullmatch(r"[\d\s\-+().]+", re.sub(r"(?i)(ext\.?|转|分机|x)", " ", folded)):
        issues.error(
            field_name,
            QT_TRANSLATE_NOOP("app", "Not a phone number: use digits, e.g. 13800138000"),
        )
        return raw
    folded = re.sub(r"(转|分机)", " ext. ", folded)
    try:
        number = phonenumbers.parse(folded, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        issues.error(
            field_name,
            QT_TRANSLATE_NOOP("app", "Not a phone number: use digits, e.g. 13800138000"),
        )
        return raw
    if not phonenumbers.is_valid_number(number):
        issues.warn(field_name, NOT_VALID_PHONE)
        return typed.strip()
    if mobile and number.country_code == 86:
        kind = phonenumbers.number_type(number)
        if kind not in (
            phonenumbers.PhoneNumberType.MOBILE,
            phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        ):
            issues.warn(field_name, QT_TRANSLATE_NOOP("app", "This is not a mobile number"))
    return format_phone(number)


def email(issues: Issues, field_name: str, value: str | None) -> str:
    raw = text(issues, field_name, value, max_len=254)
    if not raw:
        return ""
    local, at, domain = raw.rpartition("@")
    if at and len(local) <= 64 and len(raw) <= 254 and _PLAIN_LOCAL.fullmatch(local):
        checked = _email_domain(domain)
        if checked is not None:
            return f"{local}@{checked}"
    try:
        result = validate_email(raw, check_deliverability=False)
    except EmailNotValidError:
        issues.error(
            field_name,
            QT_TRANSLATE_NOOP("app", "Not an e-mail address, e.g. name@example.com"),
        )
        return raw
    return str(result.normalized)


#: The local part of most real addresses: ASCII letters, digits and the
#: punctuation RFC 5322 allows unquoted, in dot-separated runs. Such a local
#: part is kept as typed by email_validator; only the domain needs its work.
_PLAIN_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")


@lru_cache(maxsize=4096)
def _email_domain(domain: str) -> str | None:
    """The domain as email_validator normalizes it, None when it refuses it
    (an import of 100,000 addresses has a few hundred domains)."""
    try:
        result = validate_email(f"a@{domain}", check_deliverability=False)
    except EmailNotValidError:
        return None
    return str(result.normalized).partition("@")[2]


@dataclass(frozen=True)
class IdInfo:
    number: str
    birth_date: date | None
    gender: str  # "male" / "female" / ""


def resident_id(issues: Issues, field_name: str, value: str | None) -> IdInfo:
    """The 18-character resident ID (身份证号). A wrong length or characters is
    an error; a failed checksum or impossible date a warning. A valid number
    tells the birth date and gender (17th digit: odd male, even female)."""
    raw = text(issues, field_name, value, max_len=40)
    number = re.sub(r"[\s-]", "", unicodedata.normalize("NFKC", raw)).upper()
    if not number:
        return IdInfo("", None, "")
    if not re.fullmatch(r"[0-9]{17}[0-9X]", number):  # \d would take any script's digits
        issues.error(
            field_name,
            QT_TRANSLATE_NOOP("app", "A resident ID has 18 characters: 17 digits and a digit or X"),
        )
        return IdInfo(number, None, "")
    # ric.validate's checks in its order, the region looked up once per region and year.
    try:
        if number[-1] != ric.calc_check_digit(number):
            raise stdnum_errors.InvalidChecksum()
        birth = _birth_date(number)
        if not _birth_place_known(number[:6], number[6:10]):
            raise stdnum_errors.InvalidComponent()
    except stdnum_errors.InvalidChecksum:
        issues.warn(
            field_name,
            QT_TRANSLATE_NOOP("app", "The check digit does not match: the ID may be mistyped"),
        )
        return IdInfo(number, None, "")
    except stdnum_errors.ValidationError:
        issues.warn(
            field_name,
            QT_TRANSLATE_NOOP(
                "app", "The birth date or region in this ID is not possible: check it"
            ),
        )
        return IdInfo(number, None, "")
    if birth > date.today():
        issues.warn(
            field_name,
            QT_TRANSLATE_NOOP("app", "The birth date in this ID is in the future: check it"),
        )
        return IdInfo(number, None, "")
    gender = "male" if int(number[16]) % 2 == 1 else "female"
    return IdInfo(number, birth, gender)


def _birth_date(number: str) -> date:
    """``ric.get_birth_date`` of a number already compact (stdnum would clean
    it again, most of the check's time)."""
    try:
        return date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        raise stdnum_errors.InvalidComponent() from None


@lru_cache(maxsize=8192)
def _birth_place_known(region: str, year: str) -> bool:
    """Whether the six-digit region code was a county in that year (stdnum's table)."""
    try:
        ric.get_birth_place(f"{region}{year}0101000")
    except stdnum_errors.ValidationError:
        return False
    return True


def credit_code(issues: Issues, field_name: str, value: str | None) -> str:
    """The 18-character unified social credit code (统一社会信用代码)."""
    raw = text(issues, field_name, value, max_len=40)
    code = re.sub(r"[\s-]", "", unicodedata.normalize("NFKC", raw)).upper()
    if not code:
        return ""
    if not re.fullmatch(r"[0-9A-HJ-NP-RTUWXY]{18}", code):
        issues.error(
            field_name,
            QT_TRANSLATE_NOOP(
                "app",
                "A unified social credit code has 18 characters: digits and capital "
                "letters except I, O, Z, S, V",
            ),
        )
        return code
    try:
        uscc.validate(code)
    except stdnum_errors.InvalidChecksum:
        issues.warn(
            field_name,
            QT_TRANSLATE_NOOP(
                "app", "The check character does not match: the code may be mistyped"
            ),
        )
    except stdnum_errors.ValidationError:
        issues.warn(
            field_name,
            QT_TRANSLATE_NOOP("app", "This code does not look valid; please check it"),
        )
    return code


def postcode(issues: Issues, field_name: str, value: str | None, *, domestic: bool) -> str:
    raw = text(issues, field_name, value, max_len=12)
    code = unicodedata.normalize("NFKC", raw).strip()
    if code and domestic and not re.fullmatch(r"\d{6}", code):
        issues.warn(
            field_name, QT_TRANSLATE_NOOP("app", "A Chinese postcode has 6 digits, e.g. 100000")
        )
    return code


def money(
    issues: Issues, field_name: str, value: str | Decimal | None, *, minimum: Decimal | None
) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        amount = parse_money(value)
    except MoneyFormatError as exc:
        issues.error(field_name, exc.reason)
        return None
    if minimum is not None and amount < minimum:
        issues.error(field_name, QT_TRANSLATE_NOOP("app", "Cannot be negative"))
        return None
    return amount


def whole_number(
    issues: Issues, field_name: str, value: str | int | None, *, low: int, high: int
) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        value = int(value)
    if isinstance(value, str):
        folded = unicodedata.normalize("NFKC", value).strip()
        if not re.fullmatch(r"[+-]?\d+", folded):
            issues.error(field_name, QT_TRANSLATE_NOOP("app", "Must be a whole number"))
            return None
        # int() refuses more than 4300 digits; such a number is out of range anyway.
        value = int(folded) if len(folded) <= 20 else high + 1
    if not low <= value <= high:
        issues.error(
            field_name,
            QT_TRANSLATE_NOOP("app", "Must be between {low} and {high}"),
            low=low,
            high=high,
        )
        return None
    return value


def day_list(issues: Issues, field_name: str, value: str | None) -> str:
    """Fixed payment days of the month: "10, 25" -> "10,25"."""
    raw = text(issues, field_name, value, max_len=40)
    if not raw:
        return ""
    parts = [p for p in re.split(r"[\s,，、;；]+", unicodedata.normalize("NFKC", raw)) if p]
    days: list[int] = []
    for part in parts:
        if not re.fullmatch(r"\d{1,2}", part) or not 1 <= int(part) <= 31:
            issues.error(
                field_name,
                QT_TRANSLATE_NOOP("app", "Days of the month from 1 to 31, separated by commas"),
            )
            return raw
        days.append(int(part))
    return ",".join(str(d) for d in sorted(set(days)))


def choice(issues: Issues, field_name: str, value: str | None, allowed: dict[str, str]) -> str:
    value = (value or "").strip()
    if value not in allowed:
        issues.error(field_name, QT_TRANSLATE_NOOP("app", "Unknown choice: {value}"), value=value)
    return value


def past_date(issues: Issues, field_name: str, value: date | None) -> date | None:
    if value is not None and value > date.today():
        issues.error(field_name, QT_TRANSLATE_NOOP("app", "Cannot be in the future"))
    return value
