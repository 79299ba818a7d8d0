"""The audit trail: who created, changed, archived, restored or deleted what,
and when (issue 7).

The trail is written by SQLite triggers generated here from the peewee models,
so every write path - the card editor, an import in bulk, the command line,
raw SQL - is recorded without each module taking part. Another set of
triggers refuses any UPDATE or DELETE of the trail itself.

The triggers call ``kehu_actor()`` and ``kehu_utc_offset()``, SQL functions
``register_functions`` adds to every connection the application opens
(``app.db.open_database``). A connection made by another program lacks them,
so its writes to an audited table fail with "no such function: kehu_...":
the data cannot be changed behind the trail's back. Reading (and the backup
API, which copies pages) is not affected.

Trigger SQL names the columns of the tables as they are in the file. So
``app.db.migrate`` drops the trail's triggers before each step and installs
them again after it, in the step's transaction (``drop_triggers`` and
``install_triggers``, both idempotent): a step may rebuild an audited table
(SQLite's way to add a NOT NULL column; the copy is not recorded) or drop a
column (SQLite refuses while a trigger names it), and the trail follows the
new columns. Anything else that changes the schema must do the same.

Reading the trail: ``app.audit_history``; undoing the last archive or delete:
``app.audit_undo``.
"""

from __future__ import annotations

import getpass
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from peewee import BlobField, BooleanField, Field, SqliteDatabase

#: The table the triggers write; created from ``app.models.AuditEntry``.
TRAIL = "audit_entry"
#: Every trigger this module makes starts so; nothing else may use the prefix.
PREFIX = "audit_"
REFUSED = "the audit trail cannot be changed"

ACTION_CREATE = "create"
ACTION_CHANGE = "change"
ACTION_ARCHIVE = "archive"
ACTION_RESTORE = "restore"
ACTION_DELETE = "delete"

#: Columns that say when or how often a row was written: not worth an entry of
#: their own and not recorded for a new row (the entry's time says it), but
#: kept in a delete's record so that an undo can put the row back as it was.
QUIET = frozenset({"created_at", "updated_at", "version"})

# json_object takes at most 127 arguments in SQLite's default build.
_PAIRS_PER_CALL = 50
# Local time to the millisecond: every row one statement writes gets the same
# value (SQLite's 'now' is fixed within a statement), which tells statements
# apart. The offset to local time comes from Python (``utc_offset``): SQLite's
# own 'localtime' asks the C library for every row, tens of microseconds each.
_NOW = "strftime('%Y-%m-%dT%H:%M:%f', 'now', kehu_utc_offset())"
_ACTOR = "kehu_actor()"


def current_actor() -> str:
    """The operating-system user working now ("" when the system cannot say)."""
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (a service, a container)
        return ""


#: (until when, modifier): the offset is looked up at most once a minute, as
#: the C library's local time reads the zone file on some systems.
_offset: list[Any] = [0.0, ""]


def utc_offset() -> str:
    """The SQLite date modifier from UTC to local time now: '+28800 seconds'
    (after a daylight-saving change, a minute late at most)."""
    now = time.monotonic()
    if now >= _offset[0]:
        _offset[:] = [now + 60, f"{time.localtime().tm_gmtoff:+d} seconds"]
    return str(_offset[1])


def register_functions(database: SqliteDatabase) -> None:
    """SQL functions the trail's triggers call, on every connection of *database*."""
    actor = current_actor()
    database.register_function(lambda: actor, "kehu_actor", 0)
    database.register_function(utc_offset, "kehu_utc_offset", 0)


def register_on_connection(connection: sqlite3.Connection) -> None:
    """The same functions on a plain ``sqlite3`` connection: a test or a repair
    script that writes to the file on purpose is then recorded like the app."""
    actor = current_actor()
    connection.create_function("kehu_actor", 0, lambda: actor)
    connection.create_function("kehu_utc_offset", 0, utc_offset)


@dataclass(frozen=True)
class Audited:
    """How one table is recorded.

    ``customer`` and ``entity_id`` are SQL with ``{row}`` for NEW or OLD.
    ``skip`` columns are never recorded (they are derived, or they are the
    entry's own ``entity_id``/``customer_id``); ``quiet`` ones as ``QUIET``.
    A table keyed by text (settings) is written with INSERT OR REPLACE, which
    fires no delete trigger: it is recorded before the insert, where the old
    row can still be read."""

    table: str
    customer: str | None = '{row}."customer_id"'
    entity_id: str | None = '{row}."id"'
    skip: frozenset[str] = frozenset({"id", "customer_id"})
    quiet: frozenset[str] = QUIET
    keyed_by_text: bool = False
    extra_quiet: frozenset[str] = field(default_factory=frozenset)


AUDITED: tuple[Audited, ...] = (
    Audited(
        "customer",
        customer='{row}."id"',
        skip=frozenset({"id", "sort_key", "initials"}),
    ),
    # The position only orders the card's list: kept for an undo, no entry.
    Audited("contact", extra_quiet=frozenset({"position"})),
    Audited("group", customer=None, skip=frozenset({"id", "sort_key"})),
    Audited("membership", entity_id='{row}."group_id"', skip=frozenset({"customer_id"})),
    # open_fen, settled_on and applied_on are caches of the allocations
    # (app.models.receivables), which are recorded themselves.
    Audited(
        "ledger_entry",
        skip=frozenset({"id", "customer_id", "open_fen", "settled_on", "applied_on"}),
    ),
    Audited("allocation"),
    Audited("charge_mark"),
    Audited("collection_log"),
    Audited("payment_promise"),
    Audited("balance_confirmation"),
    Audited("instalment_plan"),
    Audited(
        "instalment",
        customer='(SELECT "customer_id" FROM "instalment_plan" WHERE "id" = {row}."plan_id")',
        skip=frozenset({"id"}),
    ),
    Audited("warning_flag"),
    Audited("dunning_template", customer=None, skip=frozenset({"id"})),
    Audited("greeting_template", customer=None, skip=frozenset({"id"})),
    Audited("custom_holiday", customer=None, skip=frozenset({"id"})),
    Audited(
        "business_setting", customer=None, entity_id=None, skip=frozenset(), keyed_by_text=True
    ),  # fmt: skip
    Audited(
        "company_image", customer=None, entity_id=None, skip=frozenset(), keyed_by_text=True
    ),  # fmt: skip
)
# Not audited: audit_entry itself, schema_info, search_key (derived from the
# card), greeting_mark (a tick "greeted this year", written thousands at a
# time when a greeting list is sent; it is no part of a customer's record).

BY_TABLE: dict[str, Audited] = {a.table: a for a in AUDITED}


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(value: object) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    return "'" + str(value).replace("'", "''") + "'"


@dataclass(frozen=True)
class _Column:
    name: str
    blob: bool
    #: SQL literal of the value not worth recording (the empty or default
    #: one), None when every value is recorded (required columns, keys).
    empty: str | None
    key: bool = False  # part of a text primary key: named in every entry


def _columns(spec: Audited, present: Iterable[str]) -> list[_Column]:
    """The recorded columns of *spec*'s table, in the file's order, described
    from the model where it has them."""
    from app.models import ALL_MODELS

    model = next(m for m in ALL_MODELS if m._meta.table_name == spec.table)
    fields: dict[str, Field] = {f.column_name: f for f in model._meta.sorted_fields}
    key_columns = {f.column_name for f in model._meta.get_primary_keys()}
    out = []
    for name in present:
        if name in spec.skip:
            continue
        f = fields.get(name)
        empty: str | None = "''"
        if f is not None and f.default is not None and not callable(f.default):
            empty = _literal(f.default)
        elif f is not None and isinstance(f, BooleanField):
            empty = "0"
        elif f is not None and not f.null:
            empty = None  # required: recorded whatever it holds
        key = spec.keyed_by_text and name in key_columns
        out.append(
            _Column(name, blob=isinstance(f, BlobField), empty=None if key else empty, key=key)
        )
    return out


def _value(row: str, c: _Column) -> str:
    value = f"{row}.{_q(c.name)}"
    return f"length({value})" if c.blob else value


def _json(pairs: list[tuple[str, str]]) -> str:
    """A JSON object of the pairs whose value is not NULL (json_patch drops
    null members, RFC 7396), in calls of at most ``_PAIRS_PER_CALL`` pairs."""
    result = "'{}'"
    for start in range(0, len(pairs), _PAIRS_PER_CALL):
        chunk = pairs[start : start + _PAIRS_PER_CALL]
        args = ", ".join(f"{_literal(name)}, {value}" for name, value in chunk)
        result = f"json_patch({result}, json_object({args}))"
    return result


def _snapshot(row: str, columns: list[_Column], *, quiet: frozenset[str]) -> str:
    """The row's values that are not empty or the column's default."""
    pairs = []
    for c in columns:
        if c.name in quiet:
            continue
        value = _value(row, c)
        pairs.append((c.name, value if c.empty is None else f"NULLIF({value}, {c.empty})"))
    return _json(pairs)


def _differs(c: _Column, old: str = "OLD", new: str = "NEW") -> str:
    return f"{old}.{_q(c.name)} IS NOT {new}.{_q(c.name)}"


def _diff(columns: list[_Column], old: str = "OLD", new: str = "NEW") -> str:
    pairs = []
    for c in columns:
        pair = f"json_array({_value(old, c)}, {_value(new, c)})"
        if not c.key:
            pair = f"CASE WHEN {_differs(c, old, new)} THEN {pair} END"
        pairs.append((c.name, pair))
    return _json(pairs)


_INTO_TRAIL = (
    f"INSERT INTO {_q(TRAIL)} "
    '("at", "actor", "entity", "entity_id", "customer_id", "action", "changes") '
)


def _entry_values(
    spec: Audited, row: str, action: str, changes: str, *, at: str = _NOW, actor: str = _ACTOR
) -> str:
    customer = spec.customer.format(row=row) if spec.customer else "NULL"
    entity_id = spec.entity_id.format(row=row) if spec.entity_id else "NULL"
    return f"{at}, {actor}, {_literal(spec.table)}, {entity_id}, {customer}, {action}, {changes}"


def _entry(spec: Audited, row: str, action: str, changes: str) -> str:
    return f"{_INTO_TRAIL}VALUES ({_entry_values(spec, row, action, changes)});"


def _created(spec: Audited, columns: list[_Column]) -> tuple[str, str]:
    """The action and the recorded values of a new row (``NEW``) of a table
    keyed by id."""
    created = _literal(ACTION_CREATE)
    if spec.table == "customer":
        # Only an undo of a delete puts a card back with a version above 1.
        restored = _literal(ACTION_RESTORE)
        created = f"CASE WHEN NEW.version > 1 THEN {restored} ELSE {created} END"
    return created, _snapshot("NEW", columns, quiet=spec.quiet | spec.extra_quiet)


def trigger_sql(spec: Audited, present: Iterable[str]) -> dict[str, str]:
    """CREATE TRIGGER statements for one table with the columns *present*."""
    columns = _columns(spec, present)
    quiet = spec.quiet | spec.extra_quiet
    watched = [c for c in columns if c.name not in quiet and not c.key]
    table = _q(spec.table)
    name = f"{PREFIX}{spec.table}"
    out: dict[str, str] = {}
    if spec.keyed_by_text:
        keys = [c for c in columns if c.key]
        match = " AND ".join(f"o.{_q(c.name)} = NEW.{_q(c.name)}" for c in keys)
        changed = " OR ".join(_differs(c, "o") for c in watched) or "0"
        out[f"{name}_insert"] = (
            f"CREATE TRIGGER {_q(name + '_insert')} BEFORE INSERT ON {table} "
            f"WHEN NOT EXISTS (SELECT 1 FROM {table} AS o WHERE {match}) BEGIN "
            + _entry(spec, "NEW", _literal(ACTION_CREATE), _snapshot("NEW", columns, quiet=quiet))
            + " END"
        )
        out[f"{name}_replace"] = (
            f"CREATE TRIGGER {_q(name + '_replace')} BEFORE INSERT ON {table} BEGIN "
            f"INSERT INTO {_q(TRAIL)} "
            '("at", "actor", "entity", "entity_id", "customer_id", "action", "changes") '
            f"SELECT {_NOW}, kehu_actor(), {_literal(spec.table)}, NULL, NULL, "
            f"{_literal(ACTION_CHANGE)}, {_diff(keys + watched, 'o')} "
            f"FROM {table} AS o WHERE {match} AND ({changed}); END"
        )
    else:
        out[f"{name}_insert"] = (
            f"CREATE TRIGGER {_q(name + '_insert')} AFTER INSERT ON {table} BEGIN "
            + _entry(spec, "NEW", *_created(spec, columns))
            + " END"
        )
    action = _literal(ACTION_CHANGE)
    if spec.table == "customer":
        action = (
            f"CASE WHEN OLD.archived = 0 AND NEW.archived = 1 THEN {_literal(ACTION_ARCHIVE)} "
            f"WHEN OLD.archived = 1 AND NEW.archived = 0 THEN {_literal(ACTION_RESTORE)} "
            f"ELSE {action} END"
        )
    if watched:
        keys = [c for c in columns if c.key]
        when = " OR ".join(_differs(c) for c in watched)
        out[f"{name}_update"] = (
            f"CREATE TRIGGER {_q(name + '_update')} AFTER UPDATE ON {table} WHEN {when} BEGIN "
            + _entry(spec, "NEW", action, _diff(keys + watched))
            + " END"
        )
    out[f"{name}_delete"] = (
        f"CREATE TRIGGER {_q(name + '_delete')} AFTER DELETE ON {table} BEGIN "
        + _entry(spec, "OLD", _literal(ACTION_DELETE), _snapshot("OLD", columns, quiet=frozenset()))
        + " END"
    )
    return out


def guard_sql() -> dict[str, str]:
    """Triggers that refuse any change to the trail."""
    out = {}
    for verb in ("update", "delete"):
        name = f"{PREFIX}entry_no_{verb}"
        out[name] = (
            f"CREATE TRIGGER {_q(name)} BEFORE {verb.upper()} ON {_q(TRAIL)} "
            f"BEGIN SELECT RAISE(ABORT, {_literal(REFUSED)}); END"
        )
    return out


def installed_triggers() -> set[str]:
    """Names of the trail's triggers in the open database."""
    from app.db import DB

    cursor = DB.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND substr(name, 1, ?) = ?",
        (len(PREFIX), PREFIX),
    )
    return {name for (name,) in cursor.fetchall()}


def drop_triggers() -> None:
    """Remove every trigger of the trail (a migration about to rebuild tables)."""
    from app.db import DB

    with DB.atomic():
        for name in sorted(installed_triggers()):
            DB.execute_sql(f"DROP TRIGGER IF EXISTS {_q(name)}")


def expected_triggers() -> dict[str, str]:
    """The trail's triggers for the tables as they are in the open database
    (none before schema 5, which has no trail to write)."""
    from app.db import DB

    tables = set(DB.get_tables())
    out: dict[str, str] = {}
    if TRAIL not in tables:
        return out
    for spec in AUDITED:
        if spec.table in tables:
            present = [c.name for c in DB.get_columns(spec.table)]
            out.update(trigger_sql(spec, present))
    out.update(guard_sql())
    return out


def install_triggers() -> None:
    """(Re)create the trail's triggers from the tables as they are now.

    Idempotent: drops the trail's triggers first; creates none before schema
    5 (no trail to write). Called for a new database
    (``app.db._prepare_schema``), by the migration to schema 5, and after every
    migration step (``app.db.migrate``)."""
    from app.db import DB

    with DB.atomic():
        drop_triggers()
        for sql in expected_triggers().values():
            DB.execute_sql(sql)


class BulkCreation:
    """Records rows inserted in bulk with one statement per batch instead of a
    trigger per row (see ``created_in_bulk``)."""

    def __init__(self, tables: Sequence[str]) -> None:
        from app.db import DB

        self._sql: dict[str, str] = {}
        for table in tables:
            spec = BY_TABLE[table]
            assert not spec.keyed_by_text, table
            columns = _columns(spec, [c.name for c in DB.get_columns(table)])
            # The time and the user as bound values: the trigger's expressions
            # give the same for every row of a statement, computed once here.
            values = _entry_values(spec, "NEW", *_created(spec, columns), at="?", actor="?")
            self._sql[table] = f"{_INTO_TRAIL}SELECT {values} FROM {_q(table)} AS NEW WHERE "

    def record(self, table: str, where: str, params: Sequence[object] = ()) -> None:
        """Record the rows of *table* that the SQL condition *where* selects
        (columns as ``NEW."name"``) as created, exactly as the insert trigger
        would have, in the order of their rowid."""
        from app.db import DB

        at, actor = DB.execute_sql(f"SELECT {_NOW}, {_ACTOR}").fetchone()
        DB.execute_sql(f"{self._sql[table]}{where} ORDER BY NEW.rowid", (at, actor, *params))


@contextmanager
def created_in_bulk(*tables: str) -> Iterator[BulkCreation]:
    """Inside the caller's transaction, for an insert of many rows: the insert
    triggers of *tables* are dropped, and the caller records each batch it
    inserts with ``record`` - the same entries, in one statement per batch
    (a trigger per row made the trail most of an import's time). The triggers
    are created again when the block ends; if the transaction is rolled back
    instead, so is their removal. Nothing else may write to *tables* in the
    block: it would not be recorded."""
    from app.db import DB

    if not DB.in_transaction():
        raise RuntimeError("created_in_bulk needs a transaction")
    names = [f"{PREFIX}{table}_insert" for table in tables]
    marks = ", ".join("?" for _ in names)
    saved = DB.execute_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
        names,
    ).fetchall()
    if len(saved) != len(names):  # no trail in this file (before schema 5)
        raise RuntimeError("the audit trail's insert triggers are missing")
    recorder = BulkCreation(tables)
    for name, _sql in saved:
        DB.execute_sql(f"DROP TRIGGER {_q(name)}")
    try:
        yield recorder
    finally:
        if DB.in_transaction():
            present = installed_triggers()
            for name, sql in saved:
                if name not in present:
                    DB.execute_sql(sql)
