"""Undo of the last archive or delete of customer cards, from the audit trail.

``last_undoable`` finds the newest archive or delete (of the given OS user)
that can still be undone: archived cards still in the archive, a deleted card
not back yet. An archive of several cards at once (one statement: consecutive
entries of the same millisecond) is undone as one. ``undo`` restores the archived
cards, or puts the deleted card back with its contacts and groups from the
values the trail recorded (``app.customers.recreate_customer``). The undo is
itself recorded (a restore).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app import customers
from app.audit import ACTION_ARCHIVE, ACTION_DELETE, TRAIL
from app.db import DB
from app.errors import NotAllowedError
from app.i18n import QT_TRANSLATE_NOOP
from app.models.audit import UNDOABLE_WHERE

#: How many past archives and deletes are looked at for one still undoable.
CANDIDATES = 50
#: A delete's contact and membership entries are written within this many
#: seconds before the card's own entry (one transaction).
SAME_DELETE_SECONDS = 2
_CHUNK = 500


@dataclass(frozen=True)
class Undoable:
    action: str  # "archive" | "delete"
    entry_id: int  # the newest entry of the action
    customer_ids: tuple[int, ...]
    names: tuple[str, ...]  # the cards' names, in the order of customer_ids
    actor: str
    at: datetime


def last_undoable(actor: str | None = None) -> Undoable | None:
    """The newest archive or delete of cards (by *actor* when given) that can
    still be undone, or None."""
    sql = f'SELECT id, at, actor, entity_id, action, changes FROM "{TRAIL}" WHERE {UNDOABLE_WHERE}'
    params: list[Any] = []
    if actor is not None:
        sql += " AND actor = ?"
        params.append(actor)
    rows = DB.execute_sql(sql + " ORDER BY id DESC LIMIT ?", (*params, CANDIDATES)).fetchall()
    seen: set[int] = set()
    for entry_id, at, who, customer_id, action, changes in rows:
        if entry_id in seen:
            continue
        if action == ACTION_DELETE:
            if _deleted_still(customer_id, entry_id):
                name = str(json.loads(changes).get("name") or "")
                return Undoable(
                    action, entry_id, (customer_id,), (name,), who, datetime.fromisoformat(at)
                )
            continue
        run = _archive_run(entry_id, at, who)
        seen.update(e for e, _c in run)
        still = _archived_still([c for _e, c in run], entry_id)
        if still:
            ids = tuple(still)
            return Undoable(
                action, entry_id, ids, tuple(_names(ids)), who, datetime.fromisoformat(at)
            )
    return None


def undo(undoable: Undoable) -> int:
    """Undo *undoable*; returns the number of cards back. Raises
    ``NotAllowedError`` when it can no longer be undone."""
    if undoable.action == ACTION_ARCHIVE:
        with DB.atomic():
            still = _archived_still(list(undoable.customer_ids), undoable.entry_id)
            if not still:
                raise _gone()
            return customers.restore_customers(still)
    (customer_id,) = undoable.customer_ids
    with DB.atomic():
        if not _deleted_still(customer_id, undoable.entry_id):
            raise _gone()
        row = DB.execute_sql(
            f'SELECT at, actor, changes FROM "{TRAIL}" WHERE id = ?', (undoable.entry_id,)
        ).fetchone()
        columns = json.loads(row[2])
        contacts, group_ids = _deleted_with(undoable.entry_id, customer_id, row[0], row[1])
        customers.recreate_customer(customer_id, columns, contacts, group_ids)
    return 1


def _gone() -> NotAllowedError:
    return NotAllowedError(
        QT_TRANSLATE_NOOP(
            "app", "This can no longer be undone: the cards were changed again since."
        )
    )


def _archive_run(entry_id: int, at: str, actor: str) -> list[tuple[int, int]]:
    """(entry id, customer id) of the archive entries one statement wrote with
    *entry_id* as its last: consecutive ids, same time, same user."""
    rows = DB.execute_sql(
        f'SELECT id, entity_id FROM "{TRAIL}" WHERE {UNDOABLE_WHERE} '
        "AND action = ? AND at = ? AND actor = ? AND id <= ? ORDER BY id DESC",
        (ACTION_ARCHIVE, at, actor, entry_id),
    ).fetchall()
    run = []
    expected = entry_id
    for found, customer_id in rows:
        if found != expected:
            break
        run.append((found, customer_id))
        expected -= 1
    return run


def _archived_still(customer_ids: Sequence[int], since: int) -> list[int]:
    """Those of *customer_ids* still archived, with no archive, restore or
    delete of theirs recorded after entry *since*."""
    out = []
    for start in range(0, len(customer_ids), _CHUNK):
        chunk = list(customer_ids[start : start + _CHUNK])
        marks = ", ".join("?" for _ in chunk)
        archived = {
            cid
            for (cid,) in DB.execute_sql(
                f'SELECT id FROM "customer" WHERE archived = 1 AND id IN ({marks})', chunk
            ).fetchall()
        }
        later = {
            cid
            for (cid,) in DB.execute_sql(
                f'SELECT customer_id FROM "{TRAIL}" WHERE customer_id IN ({marks}) '
                "AND id > ? AND entity = 'customer' "
                "AND action IN ('archive', 'restore', 'delete')",
                (*chunk, since),
            ).fetchall()
        }
        out += [cid for cid in chunk if cid in archived and cid not in later]
    return sorted(out)


def _deleted_still(customer_id: int, entry_id: int) -> bool:
    """The card of delete entry *entry_id* is not back, and nothing took its id."""
    exists = DB.execute_sql('SELECT 1 FROM "customer" WHERE id = ?', (customer_id,)).fetchone()
    if exists:
        return False
    later = DB.execute_sql(
        f"SELECT 1 FROM \"{TRAIL}\" WHERE customer_id = ? AND id > ? AND entity = 'customer' "
        "LIMIT 1",
        (customer_id, entry_id),
    ).fetchone()
    return later is None


def _deleted_with(
    entry_id: int, customer_id: int, at: str, actor: str
) -> tuple[list[dict[str, object]], list[int]]:
    """The contacts (recorded values and old id) and the group ids that were
    deleted with the card: the delete entries right before its own."""
    when = datetime.fromisoformat(at)
    contacts: list[dict[str, object]] = []
    group_ids: list[int] = []
    expected = entry_id - 1
    rows = DB.execute_sql(
        "SELECT id, at, actor, entity, entity_id, customer_id, action, changes "
        f'FROM "{TRAIL}" WHERE id < ? ORDER BY id DESC LIMIT ?',
        (entry_id, _CHUNK),
    ).fetchall()
    for found, found_at, who, entity, entity_id, owner, action, changes in rows:
        if (
            found != expected
            or action != ACTION_DELETE
            or owner != customer_id
            or who != actor
            or entity not in ("contact", "membership")
            or abs((when - datetime.fromisoformat(found_at)).total_seconds()) > SAME_DELETE_SECONDS
        ):
            break
        expected -= 1
        if entity == "contact":
            contacts.append({**json.loads(changes), "id": entity_id})
        else:
            group_ids.append(entity_id)
    contacts.sort(key=lambda c: (int(c.get("position") or 0), int(c["id"])))  # type: ignore[call-overload]
    return contacts, group_ids


def _names(customer_ids: Sequence[int]) -> list[str]:
    names: dict[int, str] = {}
    for start in range(0, len(customer_ids), _CHUNK):
        chunk = list(customer_ids[start : start + _CHUNK])
        marks = ", ".join("?" for _ in chunk)
        names.update(
            DB.execute_sql(
                f'SELECT id, name FROM "customer" WHERE id IN ({marks})', chunk
            ).fetchall()
        )
    return [names.get(cid, "") for cid in customer_ids]
