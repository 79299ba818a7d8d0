"""Planning an import: every row of a file read into a card, checked with the
card editor's rules and matched against the customers already stored and the
rows before it. Nothing is written here (``app.importer.run_import`` writes).

Each row gets an action:

- ``create``: a new customer;
- ``update``: the row matches an existing customer (same mobile, also a
  contact person's, resident ID, credit code or exact name: the checks of
  ``app.customers.find_duplicates``, in its order) and the chosen merge is
  ``fill`` (fill the card's empty fields only) or ``overwrite`` (replace what
  the file gives, non-empty cells, keeping the rest; contact persons merged
  by name);
- ``skip``: a duplicate left alone, or a row repeating an earlier row of the
  file (same mobile, ID, credit code, name, or the same existing customer);
- ``reject``: an error (a cell that cannot be read, a rule of the card, a
  customer number used by another customer or an earlier row).

Warnings (a failed ID checksum, an unusual number, a masked ID) are reported
and the row is still imported. The duplicate checks load the keys of all
customers once into dicts: one pass, not a query per row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from typing import Any, Protocol

from app import customer_columns as cc
from app.bulk import default_workers
from app.db import DB
from app.documents.page import Cancelled
from app.errors import DuplicateMatch, FieldIssue, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.import_mapping import check_mapping
from app.import_rows import RowRead, paused_gc, read_all, read_row
from app.records import CustomerData

SKIP, FILL, OVERWRITE = "skip", "fill", "overwrite"
CREATE, UPDATE, REJECT = "create", "update", "reject"
ACTIONS = (CREATE, UPDATE, SKIP, REJECT)
ERROR, WARNING = "error", "warning"

NUMBER_USED = QT_TRANSLATE_NOOP("app", "This customer number is already used")
NUMBER_IN_FILE = QT_TRANSLATE_NOOP("app", "Row {row} already has this customer number")
REPEATS_ROW = QT_TRANSLATE_NOOP("app", "Repeats row {row} ({reason}): skipped")
SAME_EXISTING = QT_TRANSLATE_NOOP("app", "Matches the existing customer {number} {name}: {reason}")

# The checks of app.customers.find_duplicates, in its order: (field, reason).
REASONS = {
    "mobile": QT_TRANSLATE_NOOP("app", "Same mobile"),
    "id_number": QT_TRANSLATE_NOOP("app", "Same resident ID"),
    "credit_code": QT_TRANSLATE_NOOP("app", "Same unified social credit code"),
    "name": QT_TRANSLATE_NOOP("app", "Same name"),
    "contact_mobile": QT_TRANSLATE_NOOP("app", "Same mobile as a contact person"),
    "customer": QT_TRANSLATE_NOOP("app", "Same existing customer"),
}
_KEY_FIELDS = ("mobile", "id_number", "credit_code", "name")


def _identifiers(card: CustomerData) -> tuple[str, str, str]:
    return (card.mobile, card.id_number, card.credit_code)


def _contradict(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two customers of the same name are different ones when an identifier
    both have differs (two 张伟 with different mobiles): a name alone is then
    no duplicate."""
    return any(x and y and x != y for x, y in zip(a, b, strict=True))


#: Card fields a column sets one to one (the key is the field name).
_CARD_FIELDS = frozenset(f.name for f in fields(CustomerData)) & set(cc.BY_KEY)
_CONTACT_FIELDS = ("name", "title", "gender", "mobile", "phone", "email", "wechat", "birthday",
                   "roles")  # fmt: skip


class TableLike(Protocol):
    headers: list[str]
    rows: list[list[object]]
    row_numbers: list[int]


@dataclass(frozen=True)
class RowProblem:
    row_number: int
    column: str  # the header as in the file ("" when no column is concerned)
    value: str
    problem: str  # English template, marked for translation ("app")
    params: dict[str, Any] = field(default_factory=dict, hash=False)
    severity: str = ERROR  # "error" | "warning"

    @property
    def message(self) -> str:
        return self.problem.format(**self.params)


@dataclass
class PlannedRow:
    row_number: int
    card: CustomerData  # cleaned: what a new card would store
    groups: list[str]  # group names the file gives
    problems: list[RowProblem]
    duplicate_of: DuplicateMatch | None = None
    duplicate_in_file: int | None = None  # the earlier row it repeats
    action: str = CREATE  # create | update | skip | reject
    #: For an update: FILL or OVERWRITE.
    merge: str = FILL
    #: The column keys of this row's non-empty cells.
    given: frozenset[str] = frozenset()
    #: The slot (1..3) in the file of each of card.contacts.
    contact_slots: tuple[int, ...] = ()
    #: For an update: the existing card with the file merged in (cleaned), as planned.
    merged: CustomerData | None = None
    #: The row's own problems, before a merge added those of the merged card
    #: (None: never merged); a merge that breaks a rule can be undone.
    own_problems: list[RowProblem] | None = None

    @property
    def errors(self) -> list[RowProblem]:
        return [p for p in self.problems if p.severity == ERROR]


@dataclass
class ImportPlan:
    rows: list[PlannedRow]
    headers: list[str]
    mapping: list[str | None]
    on_duplicate: str = SKIP
    #: Customer numbers stored when planned: number -> customer id.
    numbers: dict[str, int] = field(default_factory=dict, repr=False)

    def _count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def created(self) -> int:
        return self._count(CREATE)

    @property
    def updated(self) -> int:
        return self._count(UPDATE)

    @property
    def skipped(self) -> int:
        return self._count(SKIP)

    @property
    def rejected(self) -> int:
        return self._count(REJECT)

    def row(self, row_number: int) -> PlannedRow:
        # An index, made again when the list of rows is another or has grown.
        cached = self.__dict__.get("_index")
        if cached is None or cached[0] is not self.rows or cached[1] != len(self.rows):
            cached = (self.rows, len(self.rows), {r.row_number: r for r in self.rows})
            self.__dict__["_index"] = cached
        found = cached[2].get(row_number)
        if found is None:
            raise KeyError(row_number)
        return found

    def header_of(self, key: str) -> str:
        """The file's header of a column key, else Kehu's header in the file's language."""
        for header, mapped in zip(self.headers, self.mapping, strict=False):
            if mapped == key:
                return str(header)
        column = cc.BY_KEY.get(key)
        if column is None:
            return ""
        return column.zh if cc.header_language(self.headers) == "zh" else column.en


# --- the customers already stored ------------------------------------------------------


class _Stored:
    """The duplicate keys of every stored customer, loaded in one pass."""

    def __init__(self) -> None:
        self.customers: dict[int, tuple[str, str]] = {}  # id -> (number, name)
        self.numbers: dict[str, int] = {}
        self.identifiers: dict[int, tuple[str, str, str]] = {}
        self.by: dict[str, dict[str, int]] = {k: {} for k in (*_KEY_FIELDS, "contact_mobile")}
        cursor = DB.execute_sql(
            'SELECT "id", "number", "name", "mobile", "id_number", "credit_code" '
            'FROM "customer" ORDER BY "id"'
        )
        by_mobile, by_id = self.by["mobile"], self.by["id_number"]
        by_code, by_name = self.by["credit_code"], self.by["name"]
        for cid, number, name, mobile, id_number, credit_code in cursor:
            self.customers[cid] = (number, name)
            self.identifiers[cid] = (mobile or "", id_number or "", credit_code or "")
            self.numbers[number] = cid
            # The lowest id first, as SQLite returns find_duplicates' matches.
            if mobile:
                by_mobile.setdefault(mobile, cid)
            if id_number:
                by_id.setdefault(id_number, cid)
            if credit_code:
                by_code.setdefault(credit_code, cid)
            if name:
                by_name.setdefault(name, cid)
        contact_mobiles = self.by["contact_mobile"]
        for cid, mobile in DB.execute_sql(
            'SELECT "customer_id", "mobile" FROM "contact" WHERE "mobile" != \'\' '
            'ORDER BY "customer_id"'
        ):
            contact_mobiles.setdefault(mobile, cid)

    def match(self, card: CustomerData) -> tuple[DuplicateMatch, str] | None:
        """The first existing customer ``find_duplicates`` would name, and the field."""
        for name in _KEY_FIELDS:
            value = getattr(card, name)
            cid = self.by[name].get(value) if value else None
            if cid is not None:
                if name == "name" and _contradict(_identifiers(card), self.identifiers[cid]):
                    continue
                return self._match(cid, name), name
        cid = self.by["contact_mobile"].get(card.mobile) if card.mobile else None
        if cid is not None:
            return self._match(cid, "contact_mobile"), "mobile"
        return None

    def _match(self, cid: int, reason: str) -> DuplicateMatch:
        number, name = self.customers[cid]
        return DuplicateMatch(cid, number, name, REASONS[reason])


# --- planning ---------------------------------------------------------------------------


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    return str(value)


class _Planner:
    def __init__(
        self, table: TableLike, mapping: Sequence[str | None], on_duplicate: str, stored: _Stored
    ) -> None:
        self.table = table
        self.on_duplicate = on_duplicate
        self.stored = stored
        self.mapped = [(i, key) for i, key in enumerate(mapping) if key is not None]
        self.column_of = {key: i for i, key in self.mapped}
        self.headers = [str(h) for h in table.headers]
        self.language = cc.header_language(self.headers)
        # Earlier rows of the file: field -> value -> row number.
        self.seen: dict[str, dict[str, int]] = {name: {} for name in _KEY_FIELDS}
        self.seen_identifiers: dict[int, tuple[str, str, str]] = {}
        self.seen_customers: dict[int, int] = {}
        self.file_numbers: dict[str, int] = {}

    def header(self, key: str | None) -> str:
        if key is None:
            return ""
        index = self.column_of.get(key)
        if index is not None and index < len(self.headers):
            return self.headers[index]
        column = cc.BY_KEY.get(key)
        if column is None:
            return ""
        return column.zh if self.language == "zh" else column.en

    def problem(
        self,
        row_number: int,
        cells: Sequence[object],
        key: str | None,
        issue: FieldIssue,
        severity: str,
    ) -> RowProblem:
        index = self.column_of.get(key) if key else None
        value = _text(cells[index]) if index is not None and index < len(cells) else ""
        return RowProblem(
            row_number, self.header(key), value, issue.template, dict(issue.params), severity
        )

    def key_of(self, field_name: str, slots: Sequence[int]) -> str | None:
        """The column key of a ``clean`` field name, with the file's contact slots."""
        parts = field_name.split(".")
        if parts[0] == "contacts":
            if len(parts) == 3 and parts[1].isdigit() and int(parts[1]) < len(slots):
                return f"contact{slots[int(parts[1])]}_{parts[2]}"
            return "contact1_name" if "contact1_name" in self.column_of else None
        return field_name if field_name in cc.BY_KEY else None

    def plan_row(
        self, row_number: int, cells: Sequence[object], read: RowRead | None = None
    ) -> PlannedRow:
        """Plan one row; *read* is ``read_row``'s result when a worker made it."""
        if read is None:
            read = read_row(self.mapped, cells)
        problems = [
            self.problem(
                row_number, cells, i.field, i, WARNING if i.template in cc.WARNINGS else ERROR
            )
            for i in read.cell_issues
        ]
        for severity, found in ((ERROR, read.errors), (WARNING, read.warnings)):
            for issue in found:
                key = self.key_of(issue.field, read.slots)
                problems.append(self.problem(row_number, cells, key, issue, severity))
        row = PlannedRow(
            row_number,
            read.card,
            read.groups,
            problems,
            given=read.given,
            contact_slots=read.slots,
        )
        self.classify(row, cells)
        return row

    def classify(self, row: PlannedRow, cells: Sequence[object]) -> None:
        card = row.card
        if row.errors:
            row.action = REJECT
            return
        found = self.stored.match(card)
        if found is not None:
            row.duplicate_of = found[0]
        # The same mobile, ID, credit code, name or existing customer as an earlier row.
        earlier = None
        for name in _KEY_FIELDS:
            value = getattr(card, name)
            if value and value in self.seen[name]:
                first = self.seen[name][value]
                if name == "name" and _contradict(_identifiers(card), self.seen_identifiers[first]):
                    continue
                earlier = (first, name)
                break
        if earlier is None and row.duplicate_of is not None:
            first = self.seen_customers.get(row.duplicate_of.customer_id)
            if first is not None:
                earlier = (first, "customer")
        number = card.number
        if number and earlier is None:
            owner = self.stored.numbers.get(number)
            if owner is not None and (
                row.duplicate_of is None or owner != row.duplicate_of.customer_id
            ):
                issue = FieldIssue("number", NUMBER_USED)
                row.problems.append(self.problem(row.row_number, cells, "number", issue, ERROR))
            elif number in self.file_numbers:
                issue = FieldIssue("number", NUMBER_IN_FILE, {"row": self.file_numbers[number]})
                row.problems.append(self.problem(row.row_number, cells, "number", issue, ERROR))
        if row.errors:
            row.action = REJECT
            return
        if earlier is not None:
            first, reason = earlier
            row.duplicate_in_file = first
            row.action = SKIP
            key = reason if reason in _KEY_FIELDS else None
            issue = FieldIssue(reason, REPEATS_ROW, {"row": first, "reason": REASONS[reason]})
            row.problems.append(self.problem(row.row_number, cells, key, issue, WARNING))
            return
        for name in _KEY_FIELDS:
            value = getattr(card, name)
            if value:
                self.seen[name].setdefault(value, row.row_number)
        self.seen_identifiers[row.row_number] = _identifiers(card)
        if number:
            self.file_numbers.setdefault(number, row.row_number)
        if row.duplicate_of is not None:
            match, matched_field = row.duplicate_of, found[1] if found else None
            self.seen_customers[match.customer_id] = row.row_number
            issue = FieldIssue(
                matched_field or "",
                SAME_EXISTING,
                {"number": match.number, "name": match.name, "reason": match.reason},
            )
            row.problems.append(self.problem(row.row_number, cells, matched_field, issue, WARNING))
            if self.on_duplicate == SKIP:
                row.action = SKIP
            else:
                row.action = UPDATE
                row.merge = self.on_duplicate
        else:
            row.action = CREATE


def _tick(
    total: int,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> Callable[[int], None]:
    def tick(done: int) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(done, total)

    return tick


def plan_import(
    table: TableLike,
    mapping: Sequence[str | None],
    *,
    on_duplicate: str = SKIP,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int | None = None,
) -> ImportPlan:
    """Read and check every row; nothing is written. Raises ``ValidationError``
    for a mapping ``check_mapping`` refuses, ``app.documents.page.Cancelled``
    when *cancelled()* turns true (checked every ``TICK`` rows).

    *workers*: processes reading and checking rows (the card rules are the
    costly part); by default as many as ``app.bulk.default_workers`` says for
    the size of the file, none for small files."""
    if on_duplicate not in (SKIP, FILL, OVERWRITE):
        raise ValueError(f"on_duplicate must be skip, fill or overwrite, not {on_duplicate!r}")
    mapping = list(mapping)
    issues = check_mapping(mapping, table.headers)
    if issues:
        raise ValidationError(issues)
    total = len(table.rows)
    tick = _tick(total, progress, cancelled)
    tick(0)
    stored = _Stored()
    planner = _Planner(table, mapping, on_duplicate, stored)
    if workers is None:
        workers = default_workers(total)
    reads = read_all(planner.mapped, table.rows, workers, tick)
    with paused_gc():
        rows = [
            planner.plan_row(row_number, cells, read)
            for row_number, cells, read in zip(table.row_numbers, table.rows, reads, strict=True)
        ]
    plan = ImportPlan(rows, [str(h) for h in table.headers], mapping, on_duplicate, stored.numbers)
    updates = [r for r in rows if r.action == UPDATE]
    if updates:
        from app.import_merge import load_cards, plan_merge  # it builds on this module

        existing = load_cards(r.duplicate_of.customer_id for r in updates if r.duplicate_of)
        for row in updates:
            plan_merge(plan, row, existing)
    tick(total)
    return plan


# --- the report -------------------------------------------------------------------------


def report_rows(plan: ImportPlan) -> list[RowProblem]:
    """Every problem of the plan, row by row (errors before warnings in a row)."""
    out: list[RowProblem] = []
    for row in plan.rows:
        out.extend(p for p in row.problems if p.severity == ERROR)
        out.extend(p for p in row.problems if p.severity != ERROR)
    return out
