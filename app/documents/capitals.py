"""Amounts in Chinese capitals (大写金额), as the payment-settlement rules
(《支付结算办法》 附件《正确填写票据和结算凭证的基本规定》) want them on a
statement: 壹贰叁肆伍陆柒捌玖拾佰仟万亿, 元角分, "整" after 元 when there
are no 角 and 分, one 零 for a run of zeros inside the number, none after
角 where 分 follows nothing, and 壹拾 (not 拾) at the front.

The conversion is cn2an's ``rmb`` mode; the golden cases in the tests pin the
rules for 零 and 整 so that a change of the library cannot go unnoticed.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import cn2an

from app.money import FEN

#: How the capitals name the currency in front of the amount.
CURRENCY_PREFIX = {
    "CNY": "人民币",
    "USD": "美元",
    "EUR": "欧元",
    "HKD": "港币",
    "GBP": "英镑",
    "JPY": "日元",
}

#: Larger amounts are beyond what a bank form (and the library) writes.
LIMIT = Decimal("9999999999999.99")


def in_capitals(amount: Decimal | int | str, currency: str | None = "CNY") -> str:
    """``Decimal("12345.67")`` -> ``人民币壹万贰仟叁佰肆拾伍元陆角柒分``.

    A negative amount (a credit balance) starts with 负 after the currency;
    *currency* None leaves the currency name off."""
    value = Decimal(str(amount)).quantize(FEN, rounding=ROUND_HALF_UP)
    if abs(value) > LIMIT:
        raise ValueError(f"amount too large for capitals: {value}")
    words = cn2an.an2cn(f"{abs(value):f}", "rmb")
    if value < 0:
        words = "负" + words
    prefix = "" if currency is None else CURRENCY_PREFIX.get(currency, currency)
    return prefix + words
