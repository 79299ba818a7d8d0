"""Customer groups (客户分组): unlimited, user-named, many-to-many."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from peewee import JOIN, IntegrityError, fn

from app import validation as v
from app.db import DB
from app.errors import NotFoundError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.models import Customer, Group, Membership
from app.search_keys import normalize, sort_key


@dataclass(frozen=True)
class GroupInfo:
    id: int
    name: str
    members: int  # active (not archived) members


def _find_by_name(name: str, *, exclude_id: int | None = None) -> int | None:
    """The id of the group whose name differs from *name* at most in case or
    width ("VIP", "vip", "ＶＩＰ"). SQL's LOWER() folds ASCII only, so compare
    here; a business has tens of groups, not thousands."""
    wanted = normalize(name)
    query = Group.select(Group.id, Group.name).order_by(Group.id)
    if exclude_id is not None:
        query = query.where(Group.id != exclude_id)
    return next((gid for gid, other in query.tuples() if normalize(other) == wanted), None)


def _clean_name(name: str, *, exclude_id: int | None = None) -> str:
    issues = v.Issues()
    cleaned = v.text(issues, "name", name, max_len=100, required=True)
    if issues.errors:
        raise ValidationError(issues.errors)
    if _find_by_name(cleaned, exclude_id=exclude_id) is not None:
        raise ValidationError(
            issues.errors
            or [
                v.FieldIssue(
                    "name",
                    QT_TRANSLATE_NOOP("app", "A group named '{name}' already exists"),
                    {"name": cleaned},
                )
            ]
        )
    return cleaned


def list_groups(*, include_archived: bool = False) -> list[GroupInfo]:
    """All groups in pinyin order with their member counts."""
    condition = Membership.customer == Customer.id
    if not include_archived:
        condition &= Customer.archived == False  # noqa: E712 - SQL, not Python
    count = fn.COUNT(Customer.id)
    query = (
        Group.select(Group.id, Group.name, count)
        .join(Membership, JOIN.LEFT_OUTER, on=(Membership.group == Group.id))
        .join(Customer, JOIN.LEFT_OUTER, on=condition)
        .group_by(Group.id, Group.name, Group.sort_key)
        .order_by(Group.sort_key)
    )
    return [GroupInfo(gid, name, members) for gid, name, members in query.tuples()]


def create_group(name: str) -> GroupInfo:
    with DB.atomic():
        cleaned = _clean_name(name)
        try:
            group = Group.create(name=cleaned, sort_key=sort_key(cleaned))
        except IntegrityError as exc:  # a second window created it meanwhile
            raise ValidationError(
                v.FieldIssue(
                    "name",
                    QT_TRANSLATE_NOOP("app", "A group named '{name}' already exists"),
                    {"name": cleaned},
                )
            ) from exc
    return GroupInfo(group.id, group.name, 0)


def rename_group(group_id: int, name: str) -> None:
    with DB.atomic():
        cleaned = _clean_name(name, exclude_id=group_id)
        if (
            not Group.update(name=cleaned, sort_key=sort_key(cleaned))
            .where(Group.id == group_id)
            .execute()
        ):
            raise NotFoundError(QT_TRANSLATE_NOOP("app", "This group no longer exists."))


def delete_group(group_id: int) -> None:
    """Delete a group; its customers stay, only their membership goes."""
    with DB.atomic():
        Membership.delete().where(Membership.group == group_id).execute()
        Group.delete().where(Group.id == group_id).execute()


def add_members(group_id: int, customer_ids: Iterable[int]) -> int:
    ids = set(customer_ids)
    with DB.atomic():
        if not Group.select().where(Group.id == group_id).exists():
            raise NotFoundError(QT_TRANSLATE_NOOP("app", "This group no longer exists."))
        present = {
            cid
            for (cid,) in Membership.select(Membership.customer)
            .where((Membership.group == group_id) & Membership.customer.in_(ids))
            .tuples()
        }
        new = sorted(ids - present)
        for start in range(0, len(new), 500):
            Membership.insert_many(
                [(cid, group_id) for cid in new[start : start + 500]],
                fields=[Membership.customer, Membership.group],
            ).execute()
    return len(new)


def remove_members(group_id: int, customer_ids: Iterable[int]) -> int:
    ids = list(customer_ids)
    with DB.atomic():
        removed = 0
        for start in range(0, len(ids), 500):
            removed += (
                Membership.delete()
                .where(
                    (Membership.group == group_id)
                    & Membership.customer.in_(ids[start : start + 500])
                )
                .execute()
            )
    return removed


def group_by_name(name: str) -> GroupInfo | None:
    gid = _find_by_name(name)
    if gid is None:
        return None
    row = Group.get_by_id(gid)
    members = (
        Membership.select()
        .join(Customer, on=(Membership.customer == Customer.id))
        .where((Membership.group == row.id) & (Customer.archived == False))  # noqa: E712
        .count()
    )
    return GroupInfo(row.id, row.name, members)


def group_names(group_ids: Iterable[int]) -> list[str]:
    """The names of these groups, in pinyin order (for a card's summary)."""
    ids = list(group_ids)
    if not ids:
        return []
    query = Group.select(Group.name).where(Group.id.in_(ids)).order_by(Group.sort_key)
    return [name for (name,) in query.tuples()]
