"""Money: what people type becomes an exact Decimal, stored as integer fen."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.money import MoneyFormatError, format_money, from_fen, parse_money, to_fen

LARGEST = 10**17 - 1  # fen: 999,999,999,999,999.99 yuan


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1234.50", "1234.50"),
        ("1,234.50", "1234.50"),
        ("1,234,567.8", "1234567.80"),
        ("￥１２３４.５", "1234.50"),  # full-width digits and yen sign
        ("１，２３４．５０", "1234.50"),  # full-width comma and full stop
        ("¥ 99", "99.00"),
        ("100元", "100.00"),
        ("100 元", "100.00"),
        ("RMB 5", "5.00"),
        ("rmb5", "5.00"),
        ("CNY 12.3", "12.30"),
        ("5 RMB", "5.00"),
        ("  42  ", "42.00"),
        (".5", "0.50"),
        ("7.", "7.00"),
        ("+8", "8.00"),
        ("0", "0.00"),
    ],
)
def test_parse_what_people_type(typed: str, expected: str) -> None:
    value = parse_money(typed)
    assert isinstance(value, Decimal)
    assert value == Decimal(expected)
    assert str(value) == expected  # always two decimals


@pytest.mark.parametrize(("typed", "expected"), [("-5", "-5.00"), ("¥ -3.00", "-3.00")])
def test_negative_amounts_parse(typed: str, expected: str) -> None:
    # Credit notes and corrections are negative; refusing negatives is the
    # caller's rule (see validation.money with a minimum).
    assert parse_money(typed) == Decimal(expected)


@pytest.mark.parametrize("typed", ["1.234", "0.001", "1,234.505", "￥１.２３４"])
def test_three_decimals_refused_not_rounded(typed: str) -> None:
    with pytest.raises(MoneyFormatError) as excinfo:
        parse_money(typed)
    assert "two decimals" in excinfo.value.reason


def test_three_decimal_decimal_refused() -> None:
    with pytest.raises(MoneyFormatError, match="two decimals"):
        parse_money(Decimal("1.005"))


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        "abc",
        "12abc",
        "1.2.3",
        "--5",
        "1e3",
        "NaN",
        "Infinity",
        "元",
        "RMB",
        "一百",
        "5元5角",
    ],
)
def test_garbage_refused(typed: str) -> None:
    with pytest.raises(MoneyFormatError) as excinfo:
        parse_money(typed)
    assert excinfo.value.reason  # a message to show next to the field


@pytest.mark.parametrize("typed", ["1,5", "12,34", "1,2,3", "1234,5678", ",5"])
def test_comma_only_as_thousands_separator(typed: str) -> None:
    # "1,5" typed as a European decimal comma must not become 15 yuan.
    with pytest.raises(MoneyFormatError):
        parse_money(typed)


def test_huge_amount_refused_largest_accepted() -> None:
    assert parse_money("999,999,999,999,999.99") == Decimal("999999999999999.99")
    with pytest.raises(MoneyFormatError, match="too large"):
        parse_money("1000000000000000")
    with pytest.raises(MoneyFormatError, match="too large"):
        parse_money("-1000000000000000.00")
    with pytest.raises(MoneyFormatError):
        parse_money("9" * 400)


def test_non_finite_decimal_refused() -> None:
    with pytest.raises(MoneyFormatError):
        parse_money(Decimal("NaN"))
    with pytest.raises(MoneyFormatError):
        parse_money(Decimal("Infinity"))


def test_int_and_decimal_accepted() -> None:
    assert parse_money(12) == Decimal("12.00")
    assert parse_money(Decimal("3.1")) == Decimal("3.10")


def test_bool_refused() -> None:
    with pytest.raises(MoneyFormatError):
        parse_money(True)


def test_float_is_never_money() -> None:
    with pytest.raises(TypeError):
        parse_money(0.1)  # type: ignore[arg-type]


def test_fen_conversion() -> None:
    assert to_fen(Decimal("1234.56")) == 123456
    assert to_fen(Decimal("-0.01")) == -1
    assert isinstance(to_fen(Decimal("1")), int)
    assert from_fen(123456) == Decimal("1234.56")
    assert str(from_fen(5)) == "0.05"
    assert str(from_fen(-120)) == "-1.20"


def test_ten_dimes_make_exactly_one_yuan() -> None:
    # The float classic: sum of ten 0.10 is 0.9999999999999999.
    total = sum(to_fen(parse_money("0.10")) for _ in range(10))
    assert total == 100
    assert from_fen(total) == Decimal("1.00")


def test_format_money() -> None:
    assert format_money(Decimal("1234.5")) == "1,234.50"
    assert format_money(Decimal("-1234567.89")) == "-1,234,567.89"
    assert format_money(Decimal("0")) == "0.00"
    assert format_money(None) == ""


@given(st.integers(min_value=-LARGEST, max_value=LARGEST))
def test_exact_round_trip_through_fen_and_text(fen: int) -> None:
    amount = from_fen(fen)
    assert to_fen(amount) == fen
    assert parse_money(format_money(amount)) == amount
    assert parse_money(str(amount)) == amount


@given(st.text(max_size=30))
def test_arbitrary_text_parses_or_is_refused(typed: str) -> None:
    try:
        value = parse_money(typed)
    except MoneyFormatError as exc:
        assert exc.reason
    else:
        assert isinstance(value, Decimal)
        assert value == value.quantize(Decimal("0.01"))
        assert abs(value) < Decimal("1e15")
