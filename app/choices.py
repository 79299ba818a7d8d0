"""The fixed vocabularies of a customer card: stored keys and English labels
marked for translation (the UI shows them translated)."""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP

KIND = {
    "individual": QT_TRANSLATE_NOOP("app", "Individual"),
    "corporate": QT_TRANSLATE_NOOP("app", "Corporate"),
}

GENDER = {
    "": QT_TRANSLATE_NOOP("app", "Not given"),
    "male": QT_TRANSLATE_NOOP("app", "Male"),
    "female": QT_TRANSLATE_NOOP("app", "Female"),
}

TIER = {
    "key_account": QT_TRANSLATE_NOOP("app", "Key account"),
    "ordinary": QT_TRANSLATE_NOOP("app", "Ordinary"),
    "prospect": QT_TRANSLATE_NOOP("app", "Prospect"),
    "lost": QT_TRANSLATE_NOOP("app", "Lost"),
}

CREDIT_RATING = {
    "": QT_TRANSLATE_NOOP("app", "Not rated"),
    "A": "A",
    "B": "B",
    "C": "C",
    "D": "D",
}

INVOICE_TYPE = {
    "": QT_TRANSLATE_NOOP("app", "Not given"),
    "ordinary": QT_TRANSLATE_NOOP("app", "Ordinary invoice"),
    "vat_special": QT_TRANSLATE_NOOP("app", "VAT special invoice"),
}

SETTLEMENT = {
    "": QT_TRANSLATE_NOOP("app", "Not given"),
    "cash_on_delivery": QT_TRANSLATE_NOOP("app", "Cash on delivery"),
    "pay_previous": QT_TRANSLATE_NOOP("app", "Pay the previous delivery on the next"),
    "monthly": QT_TRANSLATE_NOOP("app", "Monthly settlement"),
    "net_days": QT_TRANSLATE_NOOP("app", "N days net"),
}

COMPANY_SIZE = {
    "": QT_TRANSLATE_NOOP("app", "Not given"),
    "micro": QT_TRANSLATE_NOOP("app", "Micro (under 10)"),
    "small": QT_TRANSLATE_NOOP("app", "Small (10-99)"),
    "medium": QT_TRANSLATE_NOOP("app", "Medium (100-999)"),
    "large": QT_TRANSLATE_NOOP("app", "Large (1000 and more)"),
}

ROLE = {
    "decision_maker": QT_TRANSLATE_NOOP("app", "Decision maker"),
    "approver": QT_TRANSLATE_NOOP("app", "Payment approver"),
    "finance": QT_TRANSLATE_NOOP("app", "Finance"),
    "receiver": QT_TRANSLATE_NOOP("app", "Receiver"),
}

LANGUAGE = {
    "zh": QT_TRANSLATE_NOOP("app", "Chinese"),
    "en": QT_TRANSLATE_NOOP("app", "English"),
}

BIRTH_CALENDAR = {
    "": QT_TRANSLATE_NOOP("app", "Not given"),
    "solar": QT_TRANSLATE_NOOP("app", "Solar (Gregorian)"),
    "lunar": QT_TRANSLATE_NOOP("app", "Lunar"),
}
