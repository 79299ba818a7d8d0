"""The Chinese labels of the choices (``app.choices`` has the English ones),
the other words people write for them, and the look-up a spreadsheet cell
goes through: keys, English and Chinese labels and synonyms all read back.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from app import choices

_ZH: dict[str, dict[str, str]] = {
    "kind": {"individual": "个人", "corporate": "单位"},
    "gender": {"male": "男", "female": "女"},
    "tier": {
        "key_account": "重点客户",
        "ordinary": "普通客户",
        "prospect": "潜在客户",
        "lost": "流失客户",
    },
    "credit_rating": {"A": "A", "B": "B", "C": "C", "D": "D"},
    "invoice_type": {"ordinary": "增值税普通发票", "vat_special": "增值税专用发票"},
    "settlement_method": {
        "cash_on_delivery": "货到付款",
        "pay_previous": "压批结算",
        "monthly": "月结",
        "net_days": "账期结算",
    },
    "company_size": {
        "micro": "微型（10人以下）",
        "small": "小型（10-99人）",
        "medium": "中型（100-999人）",
        "large": "大型（1000人以上）",
    },
    "language": {"zh": "中文", "en": "英文"},
    "currency": {"CNY": "CNY", "USD": "USD", "EUR": "EUR", "HKD": "HKD", "JPY": "JPY"},
    "late_fee_mode": {"daily": "按日计违约金", "per_reminder": "按催款级别收费"},
    "roles": {
        "decision_maker": "决策人",
        "approver": "付款审批人",
        "finance": "财务",
        "receiver": "收货人",
    },
}
_EN: dict[str, dict[str, str]] = {
    "kind": choices.KIND,
    "gender": choices.GENDER,
    "tier": choices.TIER,
    "credit_rating": choices.CREDIT_RATING,
    "invoice_type": choices.INVOICE_TYPE,
    "settlement_method": choices.SETTLEMENT,
    "company_size": choices.COMPANY_SIZE,
    "language": choices.LANGUAGE,
    "currency": choices.CURRENCY,
    "late_fee_mode": choices.LATE_FEE_MODE,
    "roles": choices.ROLE,
}
# More words people write for a choice (folded like _fold does).
_SYNONYMS: dict[str, dict[str, str]] = {
    "kind": {
        "个人客户": "individual",
        "个人": "individual",
        "自然人": "individual",
        "person": "individual",
        "personal": "individual",
        "private": "individual",
        "单位客户": "corporate",
        "公司": "corporate",
        "企业": "corporate",
        "企业客户": "corporate",
        "公司客户": "corporate",
        "机构": "corporate",
        "组织": "corporate",
        "company": "corporate",
        "business": "corporate",
        "organisation": "corporate",
        "organization": "corporate",
    },
    "gender": {"男性": "male", "女性": "female", "m": "male", "f": "female", "先生": "male"},
    "tier": {
        "重点": "key_account",
        "vip": "key_account",
        "大客户": "key_account",
        "普通": "ordinary",
        "一般": "ordinary",
        "潜在": "prospect",
        "意向客户": "prospect",
        "流失": "lost",
    },
    "invoice_type": {
        "普票": "ordinary",
        "普通发票": "ordinary",
        "专票": "vat_special",
        "专用发票": "vat_special",
        "增值税专票": "vat_special",
    },
    "settlement_method": {"现结": "cash_on_delivery", "月结算": "monthly"},
    "company_size": {"微型": "micro", "小型": "small", "中型": "medium", "大型": "large"},
    "language": {"中": "zh", "chinese": "zh", "英": "en", "英语": "en", "english": "en"},
    "currency": {
        "人民币": "CNY",
        "rmb": "CNY",
        "元": "CNY",
        "美元": "USD",
        "欧元": "EUR",
        "港币": "HKD",
        "港元": "HKD",
        "日元": "JPY",
    },
    "late_fee_mode": {"无": "", "不收": "", "按日": "daily", "按级别": "per_reminder"},
    "roles": {"决策者": "decision_maker", "审批人": "approver", "收货": "receiver"},
}


@lru_cache(maxsize=4096)
def _fold(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).casefold()


def _build_lookup(vocabulary: str) -> dict[str, str]:
    lookup: dict[str, str] = {}
    for key, label in _EN[vocabulary].items():
        lookup[_fold(key)] = key
        lookup[_fold(label)] = key
    for key, label in _ZH[vocabulary].items():
        lookup[_fold(label)] = key
        lookup[_fold(re.sub(r"（.*）", "", label))] = key
    for word, key in _SYNONYMS.get(vocabulary, {}).items():
        lookup[_fold(word)] = key
    lookup.pop("", None)
    return lookup


_LOOKUP = {vocabulary: _build_lookup(vocabulary) for vocabulary in _EN}


def choice_label(vocabulary: str, key: str, language: str = "zh") -> str:
    """The label written for a stored choice key ("" stays "")."""
    if not key:
        return ""
    labels = _ZH[vocabulary] if language == "zh" else _EN[vocabulary]
    return labels.get(key, key)


def parse_choice(vocabulary: str, text: str) -> str | None:
    """The key for a key or a label (Chinese or English); "" for blank; None if unknown."""
    folded = _fold(text)
    if not folded:
        return ""
    return _LOOKUP[vocabulary].get(folded)
