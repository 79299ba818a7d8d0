"""Merging an import row into the customer it matches: the card with the
file's non-empty cells merged in (``fill`` fills the empty fields only,
``overwrite`` replaces what the file gives), checked again with the card
rules; and the wizard's per-row choice (``set_action``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from app import customer_columns as cc
from app import customer_rules
from app.customers import load_customer
from app.errors import FieldIssue, ValidationError
from app.import_plan import (
    _CARD_FIELDS,
    _CONTACT_FIELDS,
    ACTIONS,
    CREATE,
    ERROR,
    FILL,
    NUMBER_USED,
    OVERWRITE,
    REJECT,
    SKIP,
    UPDATE,
    WARNING,
    ImportPlan,
    PlannedRow,
    RowProblem,
)
from app.records import CustomerData
from app.search_keys import normalize


def load_cards(ids: Iterable[int]) -> dict[int, CustomerData]:
    """The cards of these customers as ``load_customer`` gives them."""
    wanted = set(ids)
    if len(wanted) < 200:
        return {cid: load_customer(cid) for cid in wanted}
    from app.bulk import iter_customer_batches

    found: dict[int, CustomerData] = {}
    for batch in iter_customer_batches(first_id=min(wanted), last_id=max(wanted)):
        for columns, card in batch:
            if columns["id"] in wanted:
                found[columns["id"]] = card
    return found


def _empty(value: object) -> bool:
    return value is None or value == "" or value is False or value == []


def merge_card(existing: CustomerData, row: PlannedRow, mode: str) -> CustomerData:
    """*existing* with the row's non-empty cells merged in: FILL fills the card's
    empty fields only, OVERWRITE replaces what the file gives. Contact persons
    are matched by name; new ones are added, none removed. The result is not
    cleaned (``customer_rules.clean`` does that)."""
    new = row.card
    out = replace(
        existing,
        contacts=[replace(c, roles=list(c.roles)) for c in existing.contacts],
        group_ids=set(existing.group_ids),
    )
    for key in row.given & _CARD_FIELDS:
        if key == "archived":
            continue  # archiving is its own action, never a side effect of an import
        if mode == OVERWRITE or _empty(getattr(out, key)):
            setattr(out, key, getattr(new, key))
    by_name = {normalize(c.name): c for c in out.contacts}
    for slot, person in zip(row.contact_slots, new.contacts, strict=False):
        target = by_name.get(normalize(person.name))
        if target is None:
            added = replace(person, roles=list(person.roles), id=None)
            out.contacts.append(added)
            by_name[normalize(person.name)] = added
            continue
        for name in _CONTACT_FIELDS:
            if f"contact{slot}_{name}" not in row.given:
                continue
            if mode == OVERWRITE or _empty(getattr(target, name)):
                value = getattr(person, name)
                setattr(target, name, list(value) if name == "roles" else value)
    return out


def plan_merge(plan: ImportPlan, row: PlannedRow, existing: dict[int, CustomerData]) -> None:
    assert row.duplicate_of is not None
    card = existing.get(row.duplicate_of.customer_id)
    if card is None:  # deleted meanwhile: create it instead
        row.duplicate_of = None
        row.action = CREATE
        row.merged = None
        return
    merged, issues = customer_rules.clean(merge_card(card, row, row.merge))
    row.merged = merged
    if row.own_problems is None:
        row.own_problems = list(row.problems)
    else:
        row.problems = list(row.own_problems)  # the last merge's problems go
    known = {(p.problem, p.column) for p in row.problems}
    header = plan.header_of
    for severity, found in ((ERROR, issues.errors), (WARNING, issues.warnings)):
        for issue in found:
            key = cc.key_of(issue.field) if issue.field.startswith("contacts.") else issue.field
            column = header(key) if key else ""
            if (issue.template, column) in known:
                continue
            row.problems.append(
                RowProblem(row.row_number, column, "", issue.template, dict(issue.params), severity)
            )
    if merged.number != card.number:
        owner = plan.numbers.get(merged.number)
        if owner is not None and owner != card.id:
            row.problems.append(
                RowProblem(row.row_number, header("number"), merged.number, NUMBER_USED, {}, ERROR)
            )
    if row.errors:
        row.action = REJECT


def set_action(plan: ImportPlan, row_number: int, action: str) -> None:
    """The wizard's choice for one row: ``create``, ``skip``, or for a row that
    matches an existing customer ``update`` (with the plan's merge), ``fill`` or
    ``overwrite``. A rejected row stays rejected (``ValueError`` otherwise)."""
    row = plan.row(row_number)
    if row.errors and action != REJECT and row.own_problems is not None:
        own_errors = any(p.severity == ERROR for p in row.own_problems)
        if not own_errors and action in (SKIP, CREATE, FILL, OVERWRITE, UPDATE):
            # Only the merged card broke a rule: another choice undoes it.
            row.problems = list(row.own_problems)
            row.merged = None
            row.action = SKIP
    if row.errors and action != REJECT:
        raise ValueError(f"row {row_number} has errors and cannot be imported")
    if action in (FILL, OVERWRITE):
        row.merge = action
        action = UPDATE
    elif action == UPDATE and plan.on_duplicate in (FILL, OVERWRITE) and row.action != UPDATE:
        row.merge = plan.on_duplicate
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    if action == UPDATE:
        if row.duplicate_of is None:
            raise ValueError(f"row {row_number} matches no existing customer")
        row.action = UPDATE
        plan_merge(plan, row, load_cards([row.duplicate_of.customer_id]))
        return
    if action == CREATE and row.card.number:
        owner = plan.numbers.get(row.card.number)
        other = next(
            (
                r.row_number
                for r in plan.rows
                if r is not row and r.action == CREATE and r.card.number == row.card.number
            ),
            None,
        )
        if owner is not None or other is not None:
            raise ValidationError(FieldIssue("number", NUMBER_USED))
    row.action = action
    row.merged = None
