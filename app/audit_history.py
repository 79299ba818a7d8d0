"""A card's history from the audit trail, newest first, in words: what
happened (the card, its contacts, groups, ledger and collection work), who did
it, when, and each field's old and new value.

A row's name or number that an entry does not itself record (a contact whose
title changed, an invoice put on hold) is the row as it was right after the
entry: its current values with every later entry undone."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app import audit_labels as labels
from app.audit import ACTION_CREATE, ACTION_DELETE, ACTION_RESTORE, TRAIL
from app.db import DB

#: The placeholder a new card's number has until its id is known (app.customers).
PLACEHOLDER = "~"


@dataclass(frozen=True)
class Change:
    field: str  # the column ("birthday" for the birth_* columns together)
    label: str
    old: str
    new: str


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    at: datetime
    actor: str
    entity: str  # the table: customer, contact, membership, ledger_entry...
    entity_id: int | None
    action: str  # create | change | archive | restore | delete
    summary: str  # "Contact 王芳 added"
    changes: tuple[Change, ...]


def _identity(text: str) -> str:
    return text


def _format(template: str, translate: labels.Translate, **params: object) -> str:
    translated = translate(template)
    try:
        return translated.format(**params)
    except (KeyError, IndexError, ValueError):  # a broken translation: the English text
        return template.format(**params)


# Entries of the card's earlier life under the same id are left out: SQLite
# gives the highest id again when the newest card was deleted. The card's
# life starts at its last "create" (an undo of a delete is a "restore").
_START = (
    f'SELECT coalesce(max(id), 0) FROM "{TRAIL}" '
    "WHERE customer_id = ? AND entity = 'customer' AND action = 'create'"
)
# The number a new card is given in the same transaction as its creation.
_NOT_NUMBERING = (
    "NOT (entity = 'customer' AND action = 'change' "
    """AND substr(changes, 1, 13) = '{"number":["~' AND instr(changes, '],"') = 0)"""
)


def history_count(customer_id: int) -> int:
    """How many entries ``history`` has for the card."""
    start = DB.execute_sql(_START, (customer_id,)).fetchone()[0]
    sql = f'SELECT count(*) FROM "{TRAIL}" WHERE customer_id = ? AND id >= ? AND {_NOT_NUMBERING}'
    return int(DB.execute_sql(sql, (customer_id, start)).fetchone()[0])


def history(
    customer_id: int,
    limit: int = 100,
    offset: int = 0,
    *,
    language: str = "zh",
    translate: labels.Translate | None = None,
) -> list[HistoryEntry]:
    """The card's entries, newest first. *language* ("zh" or "en") words the
    card's own fields and choices as an export would; *translate* turns the
    English templates of ``app.audit_labels`` into the user's language."""
    reader = _Reader(customer_id, language, translate or _identity)
    start = DB.execute_sql(_START, (customer_id,)).fetchone()[0]
    cursor = DB.execute_sql(
        "SELECT id, at, actor, entity, entity_id, action, changes "
        f'FROM "{TRAIL}" WHERE customer_id = ? AND id >= ? AND {_NOT_NUMBERING} '
        "ORDER BY id DESC LIMIT ? OFFSET ?",
        (customer_id, start, limit, offset),
    )
    return [reader.entry(*row) for row in cursor.fetchall()]


def _revert(
    state: dict[str, Any] | None, action: str, changes: Mapping[str, Any]
) -> dict[str, Any] | None:
    """The row before an entry, from the row after it."""
    if action in (ACTION_CREATE,) or (action == ACTION_RESTORE and not _is_diff(changes)):
        return None
    if action == ACTION_DELETE:
        return dict(changes)
    before = dict(state or {})
    for column, pair in changes.items():
        if isinstance(pair, list) and len(pair) == 2:
            before[column] = pair[0]
    return before


def _is_diff(changes: Mapping[str, Any]) -> bool:
    """A change's record ({column: [old, new]}) rather than a row's values."""
    return all(isinstance(v, list) and len(v) == 2 for v in changes.values())


class _Reader:
    def __init__(self, customer_id: int, language: str, translate: labels.Translate) -> None:
        self.customer_id = customer_id
        self.language = language
        self.translate = translate
        self._currency: str | None = None

    # --- rows as they were ------------------------------------------------------------

    def row_after(self, entity: str, entity_id: int, entry_id: int) -> dict[str, Any] | None:
        """The row right after entry *entry_id*: as it is now, every later entry undone."""
        cursor = DB.execute_sql(f'SELECT * FROM "{entity}" WHERE id = ?', (entity_id,))
        names = [d[0] for d in cursor.description]
        found = cursor.fetchone()
        state = dict(zip(names, found, strict=True)) if found else None
        later = DB.execute_sql(
            f'SELECT action, changes FROM "{TRAIL}" WHERE customer_id = ? AND id > ? '
            "AND entity = ? AND entity_id = ? ORDER BY id DESC",
            (self.customer_id, entry_id, entity, entity_id),
        )
        for action, changes in later.fetchall():
            state = _revert(state, action, json.loads(changes))
        return state

    def currency(self) -> str:
        if self._currency is None:
            row = DB.execute_sql(
                'SELECT currency FROM "customer" WHERE id = ?', (self.customer_id,)
            ).fetchone()
            self._currency = row[0] if row else "CNY"
        return self._currency

    def group_name(self, group_id: int) -> str:
        row = DB.execute_sql('SELECT name FROM "group" WHERE id = ?', (group_id,)).fetchone()
        if row:
            return str(row[0])
        # A group deleted since: its name from the trail.
        for (changes,) in DB.execute_sql(
            f'SELECT changes FROM "{TRAIL}" WHERE customer_id IS NULL '
            "AND entity = 'group' AND entity_id = ? ORDER BY id DESC",
            (group_id,),
        ).fetchall():
            name = json.loads(changes).get("name")
            if isinstance(name, list):
                name = name[1] or name[0]
            if name:
                return str(name)
        return f"#{group_id}"

    def placeholder_number(self, entity_id: int, number: str) -> str:
        """The number a new card got right after it was created."""
        row = DB.execute_sql(
            f"SELECT json_extract(changes, '$.number[1]') FROM \"{TRAIL}\" "
            "WHERE customer_id = ? AND entity = 'customer' AND action = 'change' "
            "AND json_extract(changes, '$.number[0]') = ? ORDER BY id LIMIT 1",
            (entity_id, number),
        ).fetchone()
        return str(row[0]) if row and row[0] else ""

    # --- one entry ----------------------------------------------------------------------

    def entry(
        self,
        entry_id: int,
        at: str,
        actor: str,
        entity: str,
        entity_id: int | None,
        action: str,
        changes_json: str,
    ) -> HistoryEntry:
        changes: dict[str, Any] = json.loads(changes_json)
        diff = _is_diff(changes) and action not in (ACTION_CREATE, ACTION_DELETE)
        if entity == "customer" and action == ACTION_RESTORE and not diff:
            kind = "undelete"
        else:
            kind = action
        number = changes.get("number")
        if entity == "customer" and isinstance(number, str) and number.startswith(PLACEHOLDER):
            changes["number"] = self.placeholder_number(entity_id or 0, number)
        values = self._values(entity, entity_id, entry_id, changes, diff)
        if entity == "membership":
            values = {**values, "group_id": entity_id}  # the membership's id is its group's
        summary = self.summary(entity, kind, values)
        return HistoryEntry(
            id=entry_id,
            at=datetime.fromisoformat(at),
            actor=actor,
            entity=entity,
            entity_id=entity_id,
            action=action,
            summary=summary,
            changes=tuple(self.details(entity, action, changes, diff, values)),
        )

    def _values(
        self,
        entity: str,
        entity_id: int | None,
        entry_id: int,
        changes: dict[str, Any],
        diff: bool,
    ) -> dict[str, Any]:
        """The row's values the summary may name: the recorded ones, or for a
        change the row as it was right after it."""
        if not diff:
            return changes
        needs_row = entity in ("contact", "ledger_entry") or (
            entity == "customer" and any(c in changes for c in labels.BIRTH_COLUMNS)
        )
        if not needs_row or entity_id is None:
            return {k: v[1] for k, v in changes.items()}
        return self.row_after(entity, entity_id, entry_id) or {k: v[1] for k, v in changes.items()}

    def show(self, entity: str, column: str, value: object, currency: str | None = None) -> str:
        return labels.show(
            entity,
            column,
            value,
            language=self.language,
            translate=self.translate,
            currency=currency or self.currency(),
        )

    def summary(self, entity: str, kind: str, values: Mapping[str, Any]) -> str:
        template = labels.SUMMARIES.get((entity, kind))
        t = self.translate
        if template is None:
            what = t(labels.ENTITIES.get(entity, entity))
            return _format(labels.GENERIC.get(kind, "{what}"), t, what=what)
        currency = str(values.get("currency") or self.currency())
        params: dict[str, object] = {
            "name": values.get("name") or "",
            "number": values.get("number") or "",
            "amount": labels.money(
                values.get("amount_fen", values.get("total_fen", values.get("balance_fen"))),
                currency,
            ),
            "date": values.get("due_on") or values.get("due_date") or "",
            "seq": values.get("seq") or "",
        }
        if entity == "membership":
            params["group"] = self.group_name(int(values.get("group_id") or 0))
        elif entity == "ledger_entry":
            params["kind"] = self.show(entity, "kind", values.get("kind") or "")
        elif entity == "allocation":
            params["number"] = self._debt_number(values.get("debt_id"))
        elif entity == "charge_mark":
            params["decision"] = self.show(entity, "action", values.get("action") or "")
        elif entity == "collection_log":
            params["channel"] = self.show(entity, "channel", values.get("channel") or "")
        elif entity == "warning_flag":
            params["sign"] = self.show(entity, "sign", values.get("sign") or "")
        text = _format(template, t, **params)
        return " ".join(text.split())  # no double space where a number is missing

    def _debt_number(self, debt_id: object) -> str:
        if debt_id is None:
            return ""
        row = DB.execute_sql(
            'SELECT kind, number FROM "ledger_entry" WHERE id = ?', (debt_id,)
        ).fetchone()
        if row is None:
            return ""
        return str(row[1] or self.show("ledger_entry", "kind", row[0]))

    def details(
        self,
        entity: str,
        action: str,
        changes: Mapping[str, Any],
        diff: bool,
        values: Mapping[str, Any],
    ) -> list[Change]:
        currency = str(values.get("currency") or self.currency()) if entity != "customer" else None
        hidden = set(labels.HIDDEN)
        if entity == "customer" and action in ("archive", "restore") and diff:
            hidden |= {"archived", "archived_at"}
        out: list[Change] = []
        birth_done = False
        for column, recorded in changes.items():
            if column in hidden or column.endswith("_id"):
                continue
            old, new = recorded if diff else (None, None)
            if not diff:
                old, new = (recorded, None) if action == ACTION_DELETE else (None, recorded)
            if column in labels.BIRTH_COLUMNS:
                if birth_done:
                    continue
                birth_done = True
                old_text, new_text = self._birthdays(changes, diff, action, values)
                column = "birthday"
            else:
                old_text = self.show(entity, column, old, currency)
                new_text = self.show(entity, column, new, currency)
            label = labels.field_label(entity, column, self.language, self.translate)
            out.append(Change(column, label, old_text, new_text))
        return out

    def _birthdays(
        self, changes: Mapping[str, Any], diff: bool, action: str, values: Mapping[str, Any]
    ) -> tuple[str, str]:
        if not diff:
            text = labels.birthday(changes)
            return (text, "") if action == ACTION_DELETE else ("", text)
        after = {c: values.get(c) for c in labels.BIRTH_COLUMNS}
        before = dict(after)
        for column in labels.BIRTH_COLUMNS:
            pair = changes.get(column)
            if isinstance(pair, list):
                before[column], after[column] = pair
        return labels.birthday(before), labels.birthday(after)
