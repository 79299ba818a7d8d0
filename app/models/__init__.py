"""peewee models. Money is integer fen; dates are dates; choices are short keys
whose labels live in ``app.choices``."""

from __future__ import annotations

from app.models.audit import AuditEntry
from app.models.base import BaseModel, now
from app.models.collection import (
    BalanceConfirmation,
    BusinessSetting,
    CollectionLog,
    Instalment,
    InstalmentPlan,
    PaymentPromise,
    WarningFlag,
)
from app.models.customers import Contact, Customer, Group, Membership, SchemaInfo, SearchKey
from app.models.documents import CompanyImage, DunningTemplate
from app.models.greetings import CustomHoliday, GreetingMark, GreetingTemplate
from app.models.receivables import (
    ALL_KINDS,
    CREDIT_KINDS,
    DEBT_KINDS,
    REVERSAL,
    Allocation,
    ChargeMark,
    LedgerEntry,
)

#: Tables of schema version 1.
V1_MODELS: list[type[BaseModel]] = [SchemaInfo, Customer, Contact, SearchKey, Group, Membership]
#: Tables added in schema version 2 (receivables and collection).
V2_MODELS: list[type[BaseModel]] = [
    LedgerEntry,
    Allocation,
    ChargeMark,
    CollectionLog,
    PaymentPromise,
    BalanceConfirmation,
    InstalmentPlan,
    Instalment,
    WarningFlag,
    BusinessSetting,
]
#: Tables added in schema version 3 (printed documents).
V3_MODELS: list[type[BaseModel]] = [DunningTemplate, CompanyImage]
#: Tables added in schema version 4 (birthdays, holidays and greetings).
V4_MODELS: list[type[BaseModel]] = [CustomHoliday, GreetingMark, GreetingTemplate]
#: Tables added in schema version 5 (the audit trail; its triggers come from
#: ``app.audit.install_triggers``).
V5_MODELS: list[type[BaseModel]] = [AuditEntry]
ALL_MODELS: list[type[BaseModel]] = V1_MODELS + V2_MODELS + V3_MODELS + V4_MODELS + V5_MODELS

__all__ = [
    "ALL_KINDS",
    "ALL_MODELS",
    "CREDIT_KINDS",
    "DEBT_KINDS",
    "REVERSAL",
    "V1_MODELS",
    "V2_MODELS",
    "V3_MODELS",
    "V4_MODELS",
    "V5_MODELS",
    "Allocation",
    "AuditEntry",
    "BalanceConfirmation",
    "BaseModel",
    "BusinessSetting",
    "ChargeMark",
    "CustomHoliday",
    "GreetingMark",
    "GreetingTemplate",
    "CollectionLog",
    "CompanyImage",
    "Contact",
    "Customer",
    "DunningTemplate",
    "Group",
    "Instalment",
    "InstalmentPlan",
    "LedgerEntry",
    "Membership",
    "PaymentPromise",
    "SchemaInfo",
    "SearchKey",
    "WarningFlag",
    "now",
]
