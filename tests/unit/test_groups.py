"""Customer groups (客户分组): user-named, unlimited, many-to-many."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.customers import archive_customers, load_customer, save_customer
from app.db import DB
from app.errors import NotFoundError, ValidationError
from app.groups import (
    GroupInfo,
    add_members,
    create_group,
    delete_group,
    group_by_name,
    list_groups,
    remove_members,
    rename_group,
)
from app.models import Customer, Membership
from app.records import CustomerData


def customer(name: str) -> int:
    return save_customer(CustomerData(name=name), confirm=True).id


def listed() -> list[tuple[str, int]]:
    return [(g.name, g.members) for g in list_groups()]


def test_create_group(db_path: Path) -> None:
    group = create_group("  重要客户 ")
    assert group == GroupInfo(group.id, "重要客户", 0)
    assert listed() == [("重要客户", 0)]


def test_groups_listed_in_pinyin_order(db_path: Path) -> None:
    for name in ["朋友", "VIP", "家人", "阿里系", "Zoo", "广交会"]:
        create_group(name)
    assert [name for name, _ in listed()] == ["阿里系", "广交会", "家人", "朋友", "VIP", "Zoo"]


@pytest.mark.parametrize("name", ["", "   ", "\u3000"])
def test_blank_name_refused(db_path: Path, name: str) -> None:
    with pytest.raises(ValidationError) as excinfo:
        create_group(name)
    assert [(i.field, i.message) for i in excinfo.value.issues] == [
        ("name", "Required: please fill it in")
    ]
    assert list_groups() == []


def test_long_name_refused(db_path: Path) -> None:
    create_group("组" * 100)
    with pytest.raises(ValidationError) as excinfo:
        create_group("组" * 101)
    assert excinfo.value.issues[0].params == {"max": 100, "length": 101}


def test_control_characters_refused(db_path: Path) -> None:
    with pytest.raises(ValidationError):
        create_group("VIP\x00")
    assert list_groups() == []


@pytest.mark.parametrize("again", ["VIP", "vip", " Vip ", "ＶＩＰ"])
def test_duplicate_name_refused_whatever_the_case_or_width(db_path: Path, again: str) -> None:
    create_group("VIP")
    with pytest.raises(ValidationError) as excinfo:
        create_group(again)
    assert excinfo.value.fields == {"name"}
    assert "already exists" in excinfo.value.issues[0].message
    assert listed() == [("VIP", 0)]


def test_duplicate_name_refused_for_non_latin_case(db_path: Path) -> None:
    create_group("Ärzte")
    with pytest.raises(ValidationError):
        create_group("ärzte")


def test_rename(db_path: Path) -> None:
    group = create_group("朋友")
    rename_group(group.id, "老朋友")
    assert listed() == [("老朋友", 0)]


def test_rename_to_another_case_of_its_own_name(db_path: Path) -> None:
    group = create_group("vip")
    rename_group(group.id, "VIP")
    assert listed() == [("VIP", 0)]


def test_rename_to_an_existing_name_refused(db_path: Path) -> None:
    create_group("家人")
    friends = create_group("朋友")
    with pytest.raises(ValidationError):
        rename_group(friends.id, "家人")
    assert sorted(name for name, _ in listed()) == ["家人", "朋友"]


def test_rename_missing_group(db_path: Path) -> None:
    with pytest.raises(NotFoundError):
        rename_group(42, "新名字")


def test_delete_group_keeps_its_customers(db_path: Path) -> None:
    family = create_group("家人")
    friends = create_group("朋友")
    a, b = customer("张三"), customer("李四")
    add_members(family.id, [a, b])
    add_members(friends.id, [a])
    delete_group(family.id)
    assert listed() == [("朋友", 1)]
    assert Customer.select().count() == 2
    assert load_customer(a).group_ids == {friends.id}
    assert load_customer(b).group_ids == set()
    assert Membership.select().count() == 1


def test_counts_exclude_archived_customers(db_path: Path) -> None:
    group = create_group("VIP")
    a, b, c = customer("甲"), customer("乙"), customer("丙")
    add_members(group.id, [a, b, c])
    archive_customers([b])
    assert listed() == [("VIP", 2)]
    assert [(g.name, g.members) for g in list_groups(include_archived=True)] == [("VIP", 3)]
    assert group_by_name("vip") == GroupInfo(group.id, "VIP", 2)


def test_empty_group_counts_zero(db_path: Path) -> None:
    create_group("空组")
    group = create_group("VIP")
    add_members(group.id, [customer("甲")])
    assert sorted(listed()) == [("VIP", 1), ("空组", 0)]


def test_membership_is_many_to_many(db_path: Path) -> None:
    family, fair = create_group("家人"), create_group("广交会")
    a, b = customer("张三"), customer("李四")
    add_members(family.id, [a, b])
    add_members(fair.id, [a])
    assert load_customer(a).group_ids == {family.id, fair.id}
    assert load_customer(b).group_ids == {family.id}
    assert sorted(listed()) == [("家人", 2), ("广交会", 1)]


def test_add_members_is_idempotent(db_path: Path) -> None:
    group = create_group("VIP")
    a, b = customer("甲"), customer("乙")
    assert add_members(group.id, [a]) == 1
    assert add_members(group.id, [a, b, b]) == 1
    assert add_members(group.id, [a, b]) == 0
    assert add_members(group.id, []) == 0
    assert listed() == [("VIP", 2)]


def test_remove_members_is_idempotent(db_path: Path) -> None:
    group = create_group("VIP")
    a, b = customer("甲"), customer("乙")
    add_members(group.id, [a, b])
    assert remove_members(group.id, [a]) == 1
    assert remove_members(group.id, [a]) == 0
    assert remove_members(group.id, []) == 0
    assert listed() == [("VIP", 1)]
    assert load_customer(b).group_ids == {group.id}


def test_many_members_at_once(db_path: Path) -> None:
    group = create_group("大名单")
    with DB.atomic():  # one commit: this test is about the groups, not about fsync
        ids = [customer(f"客户{i}") for i in range(600)]
    # more than one batch of 500 each way
    assert add_members(group.id, ids) == 600
    assert listed() == [("大名单", 600)]
    assert remove_members(group.id, ids[:550]) == 550
    assert listed() == [("大名单", 50)]


def test_add_members_to_a_missing_group(db_path: Path) -> None:
    a = customer("甲")
    with pytest.raises(NotFoundError):
        add_members(99, [a])
    assert Membership.select().count() == 0


def test_group_by_name(db_path: Path) -> None:
    group = create_group("广交会")
    assert group_by_name(" 广交会 ") == GroupInfo(group.id, "广交会", 0)
    assert group_by_name("春交会") is None


def test_group_names_in_pinyin_order(db_path):
    from app.groups import create_group, group_names

    a = create_group("重要客户")
    b = create_group("朋友")
    c = create_group("华东区")
    assert group_names([a.id, b.id, c.id]) == ["华东区", "朋友", "重要客户"]
    assert group_names([]) == []
