"""The collection workflow (催收): log, promises, balance confirmations,
instalment plans, warning flags. The log is append-only: a correction is a new
entry that refers to the one it corrects."""

from __future__ import annotations

from peewee import (
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    SmallIntegerField,
    TextField,
)

from app.models.base import BaseModel, now
from app.models.customers import Customer


class CollectionLog(BaseModel):
    customer = ForeignKeyField(
        Customer, backref="collection_log", on_delete="RESTRICT", index=False
    )
    contact_date = DateField()
    channel = CharField(max_length=16)  # app.choices.CHANNEL
    person = CharField(max_length=100, default="")  # who we spoke to
    excuse = CharField(max_length=24, default="")  # app.choices.EXCUSE key or ""
    said = TextField(default="")  # what they said
    notes = TextField(default="")
    outcome = CharField(max_length=24, default="")  # app.choices.OUTCOME
    # A correction refers to the entry it corrects; each entry is corrected at
    # most once (the next correction corrects the correction).
    corrects = ForeignKeyField(
        "self", null=True, unique=True, backref="corrections", on_delete="RESTRICT"
    )
    dunning_level = SmallIntegerField(default=0)  # a dunning letter's level, 0 otherwise
    # The overdue total a printed dunning letter asked for (schema 3); None otherwise.
    amount_fen = IntegerField(null=True)
    created_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("customer", "contact_date"), False),)


class PaymentPromise(BaseModel):
    """承诺付款: kept or broken is decided from the ledger, never stored."""

    customer = ForeignKeyField(Customer, backref="promises", on_delete="RESTRICT", index=True)
    log = ForeignKeyField(CollectionLog, null=True, on_delete="RESTRICT", backref="promises")
    made_on = DateField()
    due_on = DateField(index=True)
    amount_fen = IntegerField()
    note = CharField(max_length=200, default="")
    created_at = DateTimeField(default=now)


class BalanceConfirmation(BaseModel):
    """对账确认: a statement sent for the customer to sign and return."""

    customer = ForeignKeyField(Customer, backref="confirmations", on_delete="RESTRICT", index=True)
    sent_on = DateField()
    as_of = DateField()
    balance_fen = IntegerField()  # the balance the statement shows
    status = CharField(max_length=12, default="awaiting", index=True)  # awaiting|agreed|disputed
    replied_on = DateField(null=True)
    customer_amount_fen = IntegerField(null=True)  # disputed: the balance the customer claims
    dispute_reason = CharField(max_length=300, default="")
    note = CharField(max_length=300, default="")
    created_at = DateTimeField(default=now)


class InstalmentPlan(BaseModel):
    """还款计划: a schedule for a debt, tracked against payments from ``agreed_on``."""

    customer = ForeignKeyField(Customer, backref="plans", on_delete="RESTRICT", index=True)
    agreed_on = DateField()
    total_fen = IntegerField()
    note = CharField(max_length=300, default="")
    status = CharField(max_length=12, default="active", index=True)  # active|cancelled
    cancelled_on = DateField(null=True)
    cancel_reason = CharField(max_length=300, default="")
    created_at = DateTimeField(default=now)


class Instalment(BaseModel):
    plan = ForeignKeyField(InstalmentPlan, backref="instalments", on_delete="CASCADE")
    seq = SmallIntegerField()
    due_on = DateField(index=True)
    amount_fen = IntegerField()


class WarningFlag(BaseModel):
    """A warning sign (风险预警) the admin saw, until cleared."""

    customer = ForeignKeyField(Customer, backref="warning_flags", on_delete="RESTRICT", index=True)
    sign = CharField(max_length=24)  # app.choices.WARNING_SIGN
    flagged_on = DateField()
    note = CharField(max_length=300, default="")
    cleared_on = DateField(null=True)
    clear_note = CharField(max_length=300, default="")
    created_at = DateTimeField(default=now)


class BusinessSetting(BaseModel):
    """Settings of the business kept with its data (thresholds, terms)."""

    key = CharField(primary_key=True, max_length=64)
    value = TextField()
