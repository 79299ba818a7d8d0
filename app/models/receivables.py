"""The receivables ledger (应收账款): entries, allocations, late-charge marks.

Amounts are integer fen. An entry is never edited once posted (its annotations
- dispute hold, class override - may change); a mistake is undone by a new
entry: a reversal for a payment, credit note or write-off, a credit note for an
invoice.

Two columns of a debt are caches kept in step by ``app.ledger`` in the same
transaction as the allocations they summarise (``app.checks`` verifies them):

- ``open_fen`` = amount - sum of all its allocations;
- ``settled_on`` = the date of its latest allocation while ``open_fen`` is 0,
  else NULL. For any date on or after it the debt is fully paid, so an
  as-of-date query may skip it; for earlier dates it reads the allocations.

A credit (payment, credit note, write-off) has the same kind of cache:
``applied_on`` = the date of its latest allocation once all of it is
allocated, or the date of its reversal; NULL while part of it is a credit
balance. The credit balance at a date reads only credits not applied by then.
"""

from __future__ import annotations

from peewee import (
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
)

from app.models.base import BaseModel, now
from app.models.customers import Customer

#: Entry kinds that create a debt (they are aged and receive allocations).
DEBT_KINDS = ("invoice", "charge")
#: Entry kinds that settle debts (they are allocated to debts).
CREDIT_KINDS = ("payment", "credit_note", "write_off")
#: A reversal undoes one credit entry: its delta is the credit's amount, positive.
REVERSAL = "reversal"
ALL_KINDS = DEBT_KINDS + CREDIT_KINDS + (REVERSAL,)


class LedgerEntry(BaseModel):
    customer = ForeignKeyField(Customer, backref="entries", on_delete="RESTRICT", index=False)
    kind = CharField(max_length=16)  # ALL_KINDS
    # Invoice / delivery note / credit note number; unique per kind. NULL for
    # entries without a document number (several NULLs are allowed).
    number = CharField(max_length=40, null=True)
    entry_date = DateField()
    due_date = DateField(null=True)  # debts only
    amount_fen = IntegerField()  # > 0, as on the document
    delta_fen = IntegerField()  # effect on the balance: debts +, credits -, reversals +
    currency = CharField(max_length=3, default="CNY")
    description = CharField(max_length=200, default="")
    method = CharField(max_length=16, default="")  # payments: app.choices.PAYMENT_METHOD
    reference = CharField(max_length=60, default="")  # cheque / bill / bank reference
    reason = CharField(max_length=200, default="")  # write-off and reversal reason
    reverses = ForeignKeyField("self", null=True, unique=True, backref="reversed_by")
    charge_for = ForeignKeyField("self", null=True, backref="charges")  # late charge: its invoice

    open_fen = IntegerField(default=0)  # debts: cache, see module docstring
    settled_on = DateField(null=True)  # debts: cache, see module docstring
    applied_on = DateField(null=True)  # credits: cache, see module docstring

    # Annotations of a debt, editable after posting.
    class_override = CharField(max_length=16, default="")  # app.choices.DEBT_CLASS key
    override_reason = CharField(max_length=200, default="")
    hold_reason = CharField(max_length=200, default="")  # non-empty: disputed, out of dunning
    hold_until = DateField(null=True)  # the hold ends by itself after this day

    created_at = DateTimeField(default=now)

    class Meta:
        indexes = (
            # Balance as of a date, per customer, from the index alone.
            (("customer", "entry_date", "delta_fen"), False),
            # Debts still open (settled_on NULL) or open at a date.
            (("kind", "settled_on", "due_date"), False),
            # Debts open at a past date: settled after it, posted by then.
            (("kind", "settled_on", "entry_date"), False),
            # Credits still (partly) unapplied at a date.
            (("kind", "applied_on", "entry_date"), False),
            (("kind", "number"), True),
        )


class Allocation(BaseModel):
    """Part of a credit entry applied to a debt. A reversal adds negative rows
    that undo the reversed credit's allocations; rows are never deleted."""

    credit = ForeignKeyField(LedgerEntry, backref="applied", on_delete="RESTRICT")
    debt = ForeignKeyField(LedgerEntry, backref="allocations", on_delete="RESTRICT", index=False)
    customer = ForeignKeyField(Customer, on_delete="RESTRICT", index=False)
    amount_fen = IntegerField()
    on_date = DateField()  # takes effect: the later of the credit's and the debt's date

    class Meta:
        indexes = (
            (("debt", "on_date", "amount_fen"), False),
            (("customer", "on_date"), False),
        )


class ChargeMark(BaseModel):
    """A late-payment charge (违约金) the admin decided on: posted as a charge
    entry or waived. Charges are computed after ``through_date`` only.

    Daily-rate charges belong to a debt; per-reminder fees to a letter in the
    collection log (``letter_log_id``)."""

    customer = ForeignKeyField(Customer, on_delete="RESTRICT", index=True)
    debt = ForeignKeyField(LedgerEntry, null=True, on_delete="RESTRICT", backref="charge_marks")
    letter_log_id = IntegerField(null=True, index=True)
    through_date = DateField()
    amount_fen = IntegerField()
    action = CharField(max_length=8)  # "posted" | "waived"
    entry = ForeignKeyField(LedgerEntry, null=True, on_delete="RESTRICT", backref="+")
    reason = CharField(max_length=200, default="")
    created_at = DateTimeField(default=now)
