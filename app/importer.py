"""Importing customers from a file: plan (``app.import_plan``), then write.

``run_import`` writes a plan in ONE transaction: either every planned row is
written or, on an error, a cancel or a crash, nothing is. New customers are
stored exactly as ``app.customers.save_customer`` stores a card (the same
columns, numbers, sort key, initials and search key), but in bulk
(``app.import_create``: the keys of the next batch computed by worker
processes for large files). Updates go through ``app.customers._write`` one card at a time.

With ``all_or_nothing`` and any rejected row nothing is written and the
result says so (``written`` is false); it does not raise. A cancel raises
``app.documents.page.Cancelled`` after the rollback.

Groups: the *group* option (a name: the existing group of that name, or a new
one) receives every created and updated customer; names in the file's groups
column are found the same way (case and width do not matter) or created.
Memberships are only ever added."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from app import customer_rules, search_keys
from app import validation as v
from app.bulk import default_workers
from app.cell_guard import guard_text
from app.customers import (
    _write,
)
from app.db import DB, bulk_cache
from app.documents.page import Cancelled
from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.import_create import Creator, KeyMaker
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
from app.import_rows import TICK, paused_gc
from app.models import Group
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
    if total:
        from app.backups import backup_before_import

        # Something will be written: first a backup to go back to (none for
        # a new, empty database: there is nothing to lose yet).
        backup_before_import()
    try:
        with (
            KeyMaker(default_workers(len(creates))) as keys,
            bulk_cache(),
            paused_gc(),
            DB.atomic("IMMEDIATE"),
        ):
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
    keys: KeyMaker,
    group_name: str | None,
    all_or_nothing: bool,
    tick: Callable[[int], None],
) -> tuple[int | None, list[int], int]:
    groups = _Groups()
    group_id = groups.id_of(group_name) if group_name is not None else None
    writer = Creator(keys, lambda row: groups.ids_for(row, group_id))
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

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.by_name: dict[str, int] = {}  # the names as written, once looked up
        for gid, name in Group.select(Group.id, Group.name).order_by(Group.id).tuples():
            self.ids.setdefault(search_keys.normalize(name), gid)

    def id_of(self, name: str) -> int:
        gid = self.by_name.get(name)
        if gid is None:
            gid = self.by_name[name] = self._id_of(name)
        return gid

    def _id_of(self, name: str) -> int:
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
