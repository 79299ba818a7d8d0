"""The shortcuts of the field checks (phone blocks, e-mail domains, ID
regions) against the long way, over many generated values: an update of
phonenumbers, email_validator or python-stdnum that broke a shortcut's
premise fails here."""

from __future__ import annotations

from datetime import date

import pytest
from email_validator import EmailNotValidError, validate_email
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import exceptions as stdnum_errors
from stdnum.cn import ric

from app import phone_numbers
from app import validation as v

# Area codes of all lengths and kinds, a few not in use.
AREA_CODES = ["010", "020", "021", "022", "023", "024", "025", "027", "028", "029",
              "0311", "0371", "0510", "0512", "0571", "0574", "0577", "0731", "0757",
              "0898", "0999", "0300", "0601", "0700", "0401", "0868"]  # fmt: skip


def _both(value: str, mobile: bool) -> tuple[tuple[str, list, list], tuple[str, list, list]]:
    fast, slow = v.Issues(), v.Issues()
    stored = v.phone(fast, "f", value, mobile=mobile)
    long_way = v.parse_phone(slow, "f", value.strip(), mobile=mobile)
    return (stored, fast.errors, fast.warnings), (long_way, slow.errors, slow.warnings)


@settings(max_examples=400, deadline=None)
@given(
    block=st.from_regex(r"1[3-9][0-9]{7}", fullmatch=True),
    lasts=st.lists(st.from_regex(r"[0-9]{2}", fullmatch=True), min_size=2, max_size=4),
    mobile=st.booleans(),
)
def test_a_mobile_block_is_stored_like_the_long_way(block, lasts, mobile):
    for last in lasts:  # the first fills the block's entry, the others use it
        shortcut, long_way = _both(block + last, mobile)
        assert shortcut == long_way


@settings(max_examples=400, deadline=None)
@given(
    area=st.sampled_from(AREA_CODES),
    head=st.from_regex(r"[1-9][0-9]{3}", fullmatch=True),
    length=st.sampled_from([7, 8]),
    tails=st.lists(st.integers(0, 9999), min_size=2, max_size=4),
    separator=st.sampled_from(["", "-", " "]),
    extensions=st.lists(
        st.sampled_from(["", " 转 8022", "转12", " 分机 5", "分机123456", "转007"]),
        min_size=4,
        max_size=4,
    ),
)
def test_a_landline_block_is_stored_like_the_long_way(
    area, head, length, tails, separator, extensions
):
    # A block: the area code, the first four digits of the local number, its length.
    for tail, extension in zip(tails, extensions, strict=False):
        local = head + f"{tail:04d}"[: length - 4]
        typed = f"{area}{separator}{local}{extension}"
        shortcut, long_way = _both(typed, False)
        assert shortcut == long_way, typed


def test_the_shortcuts_are_taken_for_common_numbers():
    assert phone_numbers.mobile_outcome("13800138000") is not None
    assert phone_numbers.landline_outcome("010-12345678 转 12") is not None
    assert phone_numbers.landline_outcome("+44 121 234 0204") is None
    stored = v.phone(v.Issues(), "f", "０１０－１２３４５６７８")  # full-width, folded first
    assert stored == "010-12345678"


def test_an_invalid_block_warns_every_time():
    for typed in ("0300-1234567", "0300-1234599"):
        issues = v.Issues()
        assert v.phone(issues, "f", typed) == typed
        assert [w.template for w in issues.warnings] == [v.NOT_VALID_PHONE]


_LOCAL = st.from_regex(r"[A-Za-z0-9._%+'-]{1,70}", fullmatch=True)
_DOMAIN = st.sampled_from(
    ["example.com", "QQ.COM", "163.com", "sub.example.cn", "例子.中国", "localhost", "a..b",
     "-bad.com", "x.y", "mail.example.invalid", "123.45", "bücher.de", "example.com."]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(local=_LOCAL, domain=_DOMAIN)
def test_an_email_is_checked_like_email_validator(local, domain):
    typed = f"{local}@{domain}"
    issues = v.Issues()
    stored = v.email(issues, "f", typed)
    try:
        expected = str(validate_email(typed, check_deliverability=False).normalized)
    except EmailNotValidError:
        assert issues.errors and stored == typed
    else:
        assert not issues.errors and stored == expected


def _long_way_id(number: str) -> str:
    """What ``resident_id`` did before it looked regions up once: ric.validate."""
    try:
        ric.validate(number)
    except stdnum_errors.InvalidChecksum:
        return "checksum"
    except stdnum_errors.ValidationError:
        return "impossible"
    return "ok"


@settings(max_examples=500, deadline=None)
@given(
    region=st.sampled_from(["110101", "110102", "310104", "440305", "440300", "999999",
                            "320581", "330106", "210211", "110108", "632801", "000000"]),
    born=st.dates(date(1900, 1, 1), date(2020, 12, 31)),
    serial=st.from_regex(r"[0-9]{3}", fullmatch=True),
    break_check=st.booleans(),
)  # fmt: skip
def test_a_resident_id_is_checked_like_stdnum(region, born, serial, break_check):
    body = f"{region}{born:%Y%m%d}{serial}"
    check = ric.calc_check_digit(body + "0")
    if break_check:
        check = "0" if check != "0" else "1"
    number = body + check
    issues = v.Issues()
    info = v.resident_id(issues, "f", number)
    expected = _long_way_id(number)
    if expected == "ok":
        assert info.birth_date == born and not issues.warnings
    else:
        assert info.birth_date is None and len(issues.warnings) == 1
        wanted = "check digit" if expected == "checksum" else "not possible"
        assert wanted in issues.warnings[0].template


@pytest.mark.parametrize("value", [None, "", "   "])
def test_blank_text_is_empty_and_required_says_so(value):
    issues = v.Issues()
    assert v.text(issues, "name", value, max_len=10, required=True) == ""
    assert [e.template for e in issues.errors] == ["Required: please fill it in"]
