"""Amounts in Chinese capitals (大写金额): golden cases for the rules of 零 and
整 as the payment-settlement rules write them on a bank form or a statement."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.documents.capitals import in_capitals


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        # The golden cases of the issue.
        ("0.07", "柒分"),
        ("0.50", "伍角"),
        ("10.00", "壹拾元整"),
        ("1004.05", "壹仟零肆元零伍分"),
        ("1010.10", "壹仟零壹拾元壹角"),
        ("107000.53", "壹拾万柒仟元伍角叁分"),
        ("100000000.00", "壹亿元整"),
        # More of the same rules.
        ("12345.67", "壹万贰仟叁佰肆拾伍元陆角柒分"),
        ("0.00", "零元整"),
        ("1.00", "壹元整"),
        ("0.10", "壹角"),
        ("100.01", "壹佰元零壹分"),
        ("105.00", "壹佰零伍元整"),
        ("20000.20", "贰万元贰角"),
        ("60036.00", "陆万零叁拾陆元整"),
        ("1000000.00", "壹佰万元整"),
        ("1010101.10", "壹佰零壹万零壹佰零壹元壹角"),
        ("100010001.01", "壹亿零壹万零壹元零壹分"),
    ],
)
def test_golden_cases(amount: str, words: str) -> None:
    assert in_capitals(Decimal(amount)) == "人民币" + words
    assert in_capitals(Decimal(amount), None) == words


def test_int_str_and_decimal_read_the_same() -> None:
    assert in_capitals(10) == in_capitals("10.00") == in_capitals(Decimal("10")) == "人民币壹拾元整"


def test_negative_is_a_credit_balance() -> None:
    assert in_capitals(Decimal("-12345.67")) == "人民币负壹万贰仟叁佰肆拾伍元陆角柒分"
    assert in_capitals(Decimal("-0.50"), None) == "负伍角"


@pytest.mark.parametrize(
    ("currency", "prefix"),
    [("CNY", "人民币"), ("USD", "美元"), ("EUR", "欧元"), ("HKD", "港币"), ("CHF", "CHF")],
)
def test_currency_prefix(currency: str, prefix: str) -> None:
    assert in_capitals(Decimal("1004.05"), currency) == prefix + "壹仟零肆元零伍分"


def test_largest_amount_and_beyond() -> None:
    assert in_capitals(Decimal("9999999999999.99"), None).endswith("玖元玖角玖分")
    with pytest.raises(ValueError):
        in_capitals(Decimal("10000000000000.00"))
