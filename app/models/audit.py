"""The audit trail (审计记录): one row per create, change, archive, restore or
delete of a row of an audited table. Rows are written only by the SQLite
triggers that ``app.audit.install_triggers`` generates, never by Python code,
and triggers refuse to change or delete them.

``changes`` is compact JSON:

- create: the new row's values that are not empty or default, ``{"name": "张三"}``
  (a customer card put back by an undo of its delete is recorded as a
  ``restore`` of this form);
- delete: the old row's values that are not empty or default (enough to put
  the row back);
- change, archive, restore: only the columns that changed,
  ``{"name": ["张三", "张山"]}`` (old, new).

``customer_id`` is the customer the row belongs to (the customer itself for a
card), so that a card's history is one indexed range. It is deliberately not a
foreign key: the trail outlives a deleted customer. ``entity_id`` is the row's
id; for a group membership the group's id (the customer is ``customer_id``);
NULL for settings keyed by text (the key is in ``changes``).
"""

from __future__ import annotations

from peewee import SQL, CharField, IntegerField, TextField

from app.models.base import BaseModel


class AuditEntry(BaseModel):
    # Local time, 2026-05-17T09:30:00.250; the same for all rows of one statement.
    at = CharField(max_length=23)
    actor = CharField(max_length=100, default="")  # the operating-system user
    entity = CharField(max_length=32)  # the table name: customer, contact, ledger_entry...
    entity_id = IntegerField(null=True)
    customer_id = IntegerField(null=True)
    action = CharField(max_length=8)  # create | change | archive | restore | delete
    changes = TextField(default="{}")

    class Meta:
        table_name = "audit_entry"
        # A card's history, and every question about one customer's rows.
        indexes = ((("customer_id", "id"), False),)


# Two small partial indexes, so that the trail's writing stays cheap: the
# last archives and deletes of cards (Edit > Undo; queries must repeat the
# WHERE terms to use it), and the rows of no customer (groups, settings, texts).
UNDOABLE_WHERE = "entity = 'customer' AND action IN ('archive', 'delete')"
AuditEntry.add_index(
    AuditEntry.index(AuditEntry.id, where=SQL(UNDOABLE_WHERE), name="audit_entry_undoable")
)
AuditEntry.add_index(
    AuditEntry.index(
        AuditEntry.entity,
        AuditEntry.entity_id,
        AuditEntry.id,
        where=SQL("customer_id IS NULL"),
        name="audit_entry_shared",
    )
)
