"""Importing customers from a file: plan (``app.import_plan``), then write.

``run_import`` writes a plan in ONE transaction: either every planned row is
written or, on an error, a cancel or a crash, nothing is. New customers are
stored exactly as ``app.customers.save_customer`` stores a card (the same
columns, numbers, sort key, initials and search key), but in bulk
(``app.bulk.BulkWriter``, ``BulkKeys`` with pinyin worker processes for large
files). Updates go through ``app.customers._write`` one card at a time.

With ``all_or_nothing`` and any rejected row nothing is written and the
result says so (``written`` is false); it does not raise. A cancel raises
``app.documents.page.Cancelled`` after the rollback.

Groups: the *group* option (a name: the existing group of that name, or a new
one) receives every created and updated customer; names in the file's groups
column are found the same way (case and width do not matter) or created.
Memberships are only ever added."""

from __future__ import annotations

import copy
import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from peewee import fn

from app import customer_rules, search_keys
from app import validation as v
from app.bulk import BulkKeys, BulkWriter, default_workers, rebuild_search_keys
from app.cell_guard import guard_text
from app.customers import (
    _PLAIN_FIELDS,
    NUMBER_PREFIX,
    _birthday_columns,
    _write,
    daily_rate_to_ppm,
    fee_levels_to_fen,
)
from app.db import DB
from app.documents.page import Cancelled
from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.import_merge import load_cards, merge_card, set_action
from app.import_plan import (
    ACTIONS,
    CREATE,
    ERROR,
    FILL,
    OVERWRITE,
    REJECT,
    SKIP,
    UPDATE,
    WARNING,
    ImportPlan,
    PlannedRow,
    RowProblem,
    plan_import,
    report_rows,
)
from app.import_rows import TICK, customer_names
from app.models import Contact, Customer, Group, Membership, SearchKey
from app.money import to_fen
from app.records import CustomerData

__all__ = [
    "ACTIONS",
    "CREATE",
    "ERROR",
    "FILL",
    "OVERWRITE",
    "REJECT",
    "SKIP",
    "UPDATE",
    "WARNING",
    "ImportPlan",
    "ImportResult",
    "PlannedRow",
    "RowProblem",
    "plan_import",
    "report_csv",
    "report_rows",
    "run_import",
    "set_action",
]

#: New customers written per batch (the pinyin of the next batch is computed
#: by the worker processes meanwhile).
CHUNK = 5000

CHANGED_SINCE = QT_TRANSLATE_NOOP("app", "The existing customer changed since the check: {problem}")


@dataclass
class ImportResult:
    created: int
    updated: int
    skipped: int
    rejected: int
    group_id: int | None = None
    #: False when all_or_nothing refused to write because rows were rejected.
    written: bool = True
    #: Ids of the customers created and updated, in file order.
    customer_ids: list[int] = field(default_factory=list)


def run_import(
    plan: ImportPlan,
    *,
    all_or_nothing: bool = False,
    group: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Write the plan's create and update rows in one transaction.

    Raises ``ValidationError`` for an unusable *group* name and
    ``app.documents.page.Cancelled`` when *cancelled()* turns true (nothing is
    written either way)."""
    group_name = _clean_group_name(group) if group is not None else None
    if all_or_nothing and plan.rejected:
        return ImportResult(0, 0, plan.skipped, plan.rejected, None, written=False)
    creates = [r for r in plan.rows if r.action == CREATE]
    updates = [r for r in plan.rows if r.action == UPDATE]
    total = len(creates) + len(updates)
    done = 0

    def tick(count: int) -> None:
        nonlocal done
        if cancelled is not None and cancelled():
            raise Cancelled()
        done += count
        if progress is not None:
            progress(done, total)

    tick(0)
    try:
        with BulkKeys(workers=default_workers(len(creates))) as keys, DB.atomic("IMMEDIATE"):
            # IMMEDIATE: the write lock now, so that the next free id stays free.
            group_id, ids, rejected_now = _write_plan(
                creates, updates, keys, group_name, all_or_nothing, tick
            )
    except _Refused as refused:
        return ImportResult(
            0, 0, plan.skipped, plan.rejected + refused.rejected, None, written=False
        )
    return ImportResult(
        created=len(creates),
        updated=len(updates) - rejected_now,
        skipped=plan.skipped,
        rejected=plan.rejected + rejected_now,
        group_id=group_id,
        customer_ids=ids,
    )


class _Refused(Exception):
    """all_or_nothing and a row failed at write time: roll everything back."""

    def __init__(self, rejected: int) -> None:
        super().__init__(rejected)
        self.rejected = rejected


def _write_plan(
    creates: list[PlannedRow],
    updates: list[PlannedRow],
    keys: BulkKeys,
    group_name: str | None,
    all_or_nothing: bool,
    tick: Callable[[int], None],
) -> tuple[int | None, list[int], int]:
    groups = _Groups(keys)
    group_id = groups.id_of(group_name) if group_name is not None else None
    writer = _Creator(keys, groups, group_id)
    ids = writer.write(creates, tick)
    keys.close()
    rejected_now = 0
    for start in range(0, len(updates), TICK):
        part = updates[start : start + TICK]
        existing = load_cards(r.duplicate_of.customer_id for r in part if r.duplicate_of)
        for row in part:
            cid = _update(row, existing, groups, group_id)
            if cid is None:
                rejected_now += 1
            else:
                ids.append(cid)
        tick(len(part))
    if rejected_now and all_or_nothing:
        raise _Refused(rejected_now)
    tick(0)  # a Cancel pressed at the last moment still rolls everything back
    return group_id, ids, rejected_now


def _clean_group_name(name: str) -> str:
    issues = v.Issues()
    cleaned = v.text(issues, "group", name, max_len=100, required=True)
    if issues.errors:
        raise ValidationError(issues.errors)
    return cleaned


class _Groups:
    """Group ids by name (case and width folded, as app.groups compares),
    creating the missing groups."""

    def __init__(self, keys: BulkKeys) -> None:
        self.keys = keys
        self.ids: dict[str, int] = {}
        for gid, name in Group.select(Group.id, Group.name).order_by(Group.id).tuples():
            self.ids.setdefault(search_keys.normalize(name), gid)

    def id_of(self, name: str) -> int:
        folded = search_keys.normalize(name)
        gid = self.ids.get(folded)
        if gid is None:
            gid = Group.insert(
                name=name,
                sort_key=search_keys.sort_key(name),
                created_at=datetime.now().replace(microsecond=0),
            ).execute()
            self.ids[folded] = gid
        return gid

    def ids_for(self, row: PlannedRow, extra: int | None) -> list[int]:
        found = [self.id_of(name) for name in row.groups]
        if extra is not None:
            found.append(extra)
        return list(dict.fromkeys(found))


def _card_columns(data: CustomerData) -> dict[str, object]:
    """``app.customers._columns`` without the sort key and initials (pinyin,
    computed in bulk by the caller)."""
    values: dict[str, object] = {name: getattr(data, name) for name in _PLAIN_FIELDS}
    values.update(_birthday_columns(data.birthday))
    values["credit_limit_fen"] = None if data.credit_limit is None else to_fen(data.credit_limit)
    rate = data.late_fee_daily_rate
    values["late_fee_daily_ppm"] = None if rate is None else daily_rate_to_ppm(rate)
    values["late_fee_per_level"] = fee_levels_to_fen(data.late_fee_per_level)
    return values


def _contact_columns(customer_id: int, position: int, c: object) -> dict[str, object]:
    return {
        "customer": customer_id,
        "position": position,
        "name": c.name,  # type: ignore[attr-defined]
        "title": c.title,  # type: ignore[attr-defined]
        "gender": c.gender,  # type: ignore[attr-defined]
        "salutation": c.salutation,  # type: ignore[attr-defined]
        "roles": ",".join(c.roles),  # type: ignore[attr-defined]
        "mobile": c.mobile,  # type: ignore[attr-defined]
        "phone": c.phone,  # type: ignore[attr-defined]
        "email": c.email,  # type: ignore[attr-defined]
        "wechat": c.wechat,  # type: ignore[attr-defined]
        "notes": c.notes,  # type: ignore[attr-defined]
        **_birthday_columns(c.birthday),  # type: ignore[attr-defined]
    }


class _Creator:
    """Writes new customers in bulk inside the caller's transaction."""

    def __init__(self, keys: BulkKeys, groups: _Groups, group_id: int | None) -> None:
        self.keys = keys
        self.groups = groups
        self.group_id = group_id
        self.customers = BulkWriter(Customer)
        self.contacts = BulkWriter(Contact)
        self.search = BulkWriter(SearchKey)
        self.members = BulkWriter(Membership)
        self.next_id = (Customer.select(fn.MAX(Customer.id)).scalar() or 0) + 1
        self.taken = {n for (n,) in Customer.select(Customer.number).tuples()}
        self.first_id: int | None = None
        self.last_id: int | None = None
        self.checked = 0

    def write(self, rows: list[PlannedRow], tick: Callable[[int], None]) -> list[int]:
        # Numbers typed in the file are kept; automatic ones must not take them.
        self.taken.update(r.card.number for r in rows if r.card.number)
        ids: list[int] = []
        pending = None
        for start in range(0, len(rows), CHUNK):
            chunk = rows[start : start + CHUNK]
            names = [n for r in chunk for n in customer_names(r.card)]
            prefetch = self.keys.prefetch(names, [r.card.name for r in chunk])
            if pending is not None:
                ids += self._write(*pending)
                tick(len(pending[0]))
            pending = (chunk, prefetch)
        if pending is not None:
            ids += self._write(*pending)
            tick(len(pending[0]))
        if self.keys.exact and self.keys.fast_results and self.first_id is not None:
            # The shortcut disagreed with search_key_for after it was used: redo.
            rebuild_search_keys(first_id=self.first_id, last_id=self.last_id)
        return ids

    def _number(self, card: CustomerData, cid: int) -> str:
        if card.number:
            return card.number
        # As app.customers._free_number: C and the id, or the next free one.
        n = cid
        while f"{NUMBER_PREFIX}{n:06d}" in self.taken:
            n += 1
        number = f"{NUMBER_PREFIX}{n:06d}"
        self.taken.add(number)
        return number

    def _write(self, chunk: list[PlannedRow], prefetch: object) -> list[int]:
        prefetch.wait()  # type: ignore[attr-defined]
        keys = self.keys
        now = datetime.now().replace(microsecond=0)
        customer_rows, contact_rows, key_rows, member_rows = [], [], [], []
        ids = []
        for row in chunk:
            cid = self.next_id
            self.next_id += 1
            # A copy: a cancelled run leaves the plan as it was.
            card = copy.copy(row.card)
            card.number = self._number(row.card, cid)
            values = _card_columns(card)
            name = card.name
            sort = keys.sort_key(name)
            values.update(
                id=cid,
                number=card.number,
                sort_key=sort,
                initials=self._initials(name, sort),
                archived=card.archived,
                archived_at=now if card.archived else None,
                created_at=now,
                updated_at=now,
                version=1,
            )
            customer_rows.append(values)
            contact_rows += (
                _contact_columns(cid, position, c) for position, c in enumerate(card.contacts)
            )
            key_rows.append({"customer": cid, "text": keys.search_key(card)})
            member_rows += (
                {"customer": cid, "group": gid} for gid in self.groups.ids_for(row, self.group_id)
            )
            ids.append(cid)
        self.customers.insert(customer_rows)
        self.contacts.insert(contact_rows)
        self.search.insert(key_rows, complete=False)
        self.members.insert(member_rows, complete=False)
        if ids:
            self.first_id = self.first_id or ids[0]
            self.last_id = ids[-1]
        return ids

    def _initials(self, name: str, sort: str) -> str:
        """``search_keys.initials(name)``, read off the sort key when that is
        certain (it ends with them), checked against the real thing now and then."""
        self.checked += 1
        fast = None
        if len(sort) < 400 and search_keys._HAN.search(name):
            tail = sort.rsplit(" ", 1)
            if len(tail) == 2 and tail[1] and tail[0] != sort:
                fast = tail[1][:200]
        elif not search_keys._HAN.search(name):
            fast = search_keys.normalize(name).replace(" ", "")[:200]
        if fast is None or self.checked <= 200 or self.checked % 50 == 0:
            exact = search_keys.initials(name)
            if fast is not None and fast != exact:
                raise AssertionError(f"initials of {name!r}: {fast!r} != {exact!r}")
            return exact
        return fast


def _update(
    row: PlannedRow, existing: dict[int, CustomerData], groups: _Groups, group_id: int | None
) -> int | None:
    """Merge the row into its customer and save it; None (the row rejected) when
    the merged card breaks a rule (the customer changed since the plan)."""
    assert row.duplicate_of is not None
    card = existing.get(row.duplicate_of.customer_id)
    if card is None:
        row.action = REJECT
        row.problems.append(
            RowProblem(
                row.row_number,
                "",
                "",
                QT_TRANSLATE_NOOP("app", "This customer no longer exists."),
                {},
                ERROR,
            )
        )
        return None
    merged, issues = customer_rules.clean(merge_card(card, row, row.merge))
    if issues.errors:
        row.action = REJECT
        for issue in issues.errors:
            row.problems.append(
                RowProblem(row.row_number, "", "", CHANGED_SINCE, {"problem": issue.message}, ERROR)
            )
        return None
    merged.group_ids |= set(groups.ids_for(row, group_id))
    merged.id, merged.version = card.id, card.version
    unchanged = merged == card
    if not unchanged:
        _write(merged)
    return card.id


# --- the report ---------------------------------------------------------------------------

_REPORT_HEADERS = {
    "zh": ("行号", "列", "值", "问题", "类别"),
    "en": ("Row", "Column", "Value", "Problem", "Severity"),
}
_SEVERITY = {
    "zh": {ERROR: "错误", WARNING: "提示"},
    "en": {ERROR: "error", WARNING: "warning"},
}


def report_csv(
    plan: ImportPlan,
    *,
    translate: Callable[[str], str] | None = None,
    language: str | None = None,
) -> bytes:
    """The row-by-row report as CSV in UTF-8 with a BOM (Excel opens it):
    row number, column (the file's header), value, problem, severity. The
    problem is the English template formatted, or *translate(template)*
    formatted; cells that a spreadsheet would run as formulas are guarded."""
    from app.customer_columns import header_language

    lang = language or header_language(plan.headers)
    lang = lang if lang in _REPORT_HEADERS else "en"
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(_REPORT_HEADERS[lang])
    for problem in report_rows(plan):
        template = translate(problem.problem) if translate else problem.problem
        try:
            message = template.format(**problem.params)
        except (KeyError, IndexError, ValueError):
            message = problem.problem.format(**problem.params)
        writer.writerow(
            [
                problem.row_number,
                _guard(problem.column),
                _guard(problem.value),
                _guard(message),
                _SEVERITY[lang].get(problem.severity, problem.severity),
            ]
        )
    return "\ufeff".encode() + out.getvalue().encode("utf-8")


def _guard(text: str) -> str:
    if text[:1] in ("\t", "\r"):
        return "'" + text
    return guard_text(text)
