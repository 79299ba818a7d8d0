"""The people greeted: individual customers and the contact persons of
companies, read in bulk with their salutation, birthday and address.

The helpers ``individual`` and ``company`` (real cards through
``app.customers.save_customer``) are shared with the other greeting tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from app.customers import archive_customers, save_customer
from app.groups import add_members, create_group
from app.people import PeopleFilter, contacts, customers, main_contact
from app.records import Birthday, ContactData, CustomerData


def individual(name: str, **fields: Any) -> int:
    """A saved individual customer; returns the id."""
    data = CustomerData(kind="individual", name=name, **fields)
    return save_customer(data, confirm=True).id


def company(name: str, *staff: ContactData, **fields: Any) -> int:
    """A saved corporate customer with these contact persons; returns the id."""
    data = CustomerData(kind="corporate", name=name, contacts=list(staff), **fields)
    return save_customer(data, confirm=True).id


def contact(name: str, *roles: str, **fields: Any) -> ContactData:
    return ContactData(name=name, roles=list(roles), **fields)


def test_individuals_and_companies_as_people(db_path: Path) -> None:
    zhang = individual(
        "张三",
        gender="male",
        job_title="采购经理",
        mobile="13800138000",
        address="北京市海淀区中关村大街1号",
        postcode="100080",
        birthday=Birthday("lunar", 8, 15, 1985),
    )
    firm = company(
        "杭州远大贸易有限公司",
        contact("王伟", "decision_maker", gender="male", title="总经理", mobile="13900000001"),
        contact("李娜", "finance", gender="female", title="财务", birthday=Birthday("solar", 3, 8)),
        address="浙江省杭州市西湖区文三路100号",
        postcode="310012",
        founded_on=date(2010, 6, 18),
    )
    people = {p.customer_id: p for p in customers(PeopleFilter())}
    me = people[zhang]
    assert (me.kind, me.contact_id, me.person_key) == ("individual", None, 0)
    assert me.salutation == "张经理"
    assert me.birthday == Birthday("lunar", 8, 15, 1985)
    assert (me.mobile, me.postcode) == ("13800138000", "100080")
    assert me.recipient.name == "张三" and me.recipient.contact_name == ""
    assert me.recipient.gender == "male"

    it = people[firm]
    assert it.kind == "corporate" and it.birthday is None and it.founded_on == date(2010, 6, 18)
    assert it.salutation == "杭州远大贸易有限公司"  # a company without a person named

    staff = contacts(PeopleFilter())
    assert [(p.name, p.salutation, p.customer_name) for p in staff] == [
        ("王伟", "王总", "杭州远大贸易有限公司"),
        ("李娜", "李女士", "杭州远大贸易有限公司"),
    ]
    wang = staff[0]
    assert wang.person_key == wang.contact_id and wang.contact_id is not None
    assert wang.address == "浙江省杭州市西湖区文三路100号"  # the company's address
    assert wang.recipient.name == "杭州远大贸易有限公司"
    assert (wang.recipient.contact_name, wang.recipient.contact_title) == ("王伟", "总经理")
    assert staff[1].birthday == Birthday("solar", 3, 8)


def test_a_salutation_typed_on_the_card_wins(db_path: Path) -> None:
    individual("赵六", gender="male", job_title="经理", salutation="六哥")
    boss = contact("钱七", title="董事长", salutation="钱老板")
    company("某某科技", boss, salutation="某某科技全体同仁")
    assert {p.salutation for p in customers(PeopleFilter())} == {"六哥", "某某科技全体同仁"}
    assert [p.salutation for p in contacts(PeopleFilter())] == ["钱老板"]


def test_filters_and_archived_customers(db_path: Path) -> None:
    a = individual("甲", tier="key_account", salesperson="李明")
    b = individual("乙", tier="ordinary", salesperson="王芳")
    c = company("丙公司", contact("丁"), tier="key_account", salesperson="王芳")
    gone = individual("戊", tier="key_account")
    archive_customers([gone])
    group = create_group("老客户")
    add_members(group.id, [b, c])

    def ids(flt: PeopleFilter) -> set[int]:
        return {p.customer_id for p in customers(flt)}

    assert ids(PeopleFilter()) == {a, b, c}
    assert ids(PeopleFilter(tiers=("key_account",))) == {a, c}
    assert ids(PeopleFilter(salespersons=("王芳",))) == {b, c}
    assert ids(PeopleFilter(group_ids=(group.id,))) == {b, c}
    assert ids(PeopleFilter(group_ids=(group.id,), tiers=("ordinary",))) == {b}
    assert ids(PeopleFilter(kinds=("corporate",))) == {c}
    assert ids(PeopleFilter(customer_ids=(a, gone))) == {a}
    assert ids(PeopleFilter(customer_ids=())) == set()
    assert [p.name for p in contacts(PeopleFilter(tiers=("ordinary",)))] == []
    assert [p.name for p in contacts(PeopleFilter(group_ids=(group.id,)))] == ["丁"]


def test_main_contact_by_role_then_card_order(db_path: Path) -> None:
    company(
        "某公司",
        contact("一号", "receiver"),
        contact("二号", "finance"),
        contact("三号", "approver", "finance"),
        contact("四号", "decision_maker"),
    )
    staff = contacts(PeopleFilter())
    assert [p.name for p in staff] == ["一号", "二号", "三号", "四号"]
    assert main_contact(staff).name == "四号"  # type: ignore[union-attr]
    assert main_contact(staff[:3]).name == "三号"  # type: ignore[union-attr]
    assert main_contact(staff[:2]).name == "二号"  # type: ignore[union-attr]
    assert main_contact(staff[:1]).name == "一号"  # type: ignore[union-attr]
    assert main_contact([]) is None


def test_english_customers_are_greeted_in_english(db_path: Path) -> None:
    individual("John Smith", gender="male", language="en")
    company("Acme Ltd", contact("Mary Brown", gender="female", title="Manager"), language="en")
    assert [p.salutation for p in customers(PeopleFilter(kinds=("individual",)))] == ["Mr. Smith"]
    assert [p.salutation for p in contacts(PeopleFilter())] == ["Ms. Brown"]
