"""Whom documents are addressed to: names, honorifics, contacts and greetings,
read from real customer cards."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.addressing import Recipient, recipient, recipients, surname
from app.customers import save_customer
from app.records import ContactData, CustomerData


def individual(name: str, gender: str = "", *, language: str = "zh", **extra: str) -> int:
    data = CustomerData(kind="individual", name=name, gender=gender, language=language, **extra)
    return save_customer(data, confirm=True).id


def company(
    name: str = "远大贸易有限公司", *, contacts: list[ContactData], language: str = "zh"
) -> int:
    data = CustomerData(kind="corporate", name=name, language=language, contacts=contacts)
    return save_customer(data, confirm=True).id


def contact(name: str, gender: str = "", *, roles: list[str] | None = None, title: str = ""):
    return ContactData(name=name, gender=gender, roles=roles or [], title=title)


# -- individuals ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("gender", "person", "salutation"),
    [
        ("male", "张三 先生", "尊敬的张三先生"),
        ("female", "张三 女士", "尊敬的张三女士"),
        ("", "张三", "尊敬的张三"),
    ],
)
def test_chinese_individual(db_path: Path, gender: str, person: str, salutation: str) -> None:
    who = recipient(individual("张三", gender))
    assert who.person == person
    assert who.addressee_lines == [person]
    assert who.salutation == salutation


@pytest.mark.parametrize(
    ("name", "gender", "person", "salutation"),
    [
        ("John Smith", "male", "Mr John Smith", "Dear Mr Smith"),
        ("Mary Jones", "female", "Ms Mary Jones", "Dear Ms Jones"),
        ("Alex Taylor", "", "Alex Taylor", "Dear Alex Taylor"),
        # Pinyin written family name first, as the module promises.
        ("Zhang San", "male", "Mr Zhang San", "Dear Mr Zhang"),
        ("Li Na", "female", "Ms Li Na", "Dear Ms Li"),
        # A surname in capitals marks the family name, whatever the order.
        ("San ZHANG", "male", "Mr San ZHANG", "Dear Mr ZHANG"),
        # Characters after "Mr" keep the whole name.
        ("张三", "male", "Mr 张三", "Dear Mr 张三"),
    ],
)
def test_english_individual(
    db_path: Path, name: str, gender: str, person: str, salutation: str
) -> None:
    who = recipient(individual(name, gender, language="en"))
    assert who.language == "en"
    assert who.person == person
    assert who.salutation == salutation


@pytest.mark.parametrize(
    ("name", "family"),
    [
        ("欧阳娜娜", "欧阳"),
        ("司马光", "司马"),
        ("诸葛亮", "诸葛"),
        ("王小明", "王"),
        ("单雄信", "单"),
        ("John Smith", "Smith"),
        ("Zhang Wei", "Zhang"),
        ("Ouyang Nana", "Ouyang"),
        ("Hans Müller", "Müller"),
        ("  李四  ", "李"),
    ],
)
def test_surname(name: str, family: str) -> None:
    assert surname(name) == family


def test_compound_surname_salutation(db_path: Path) -> None:
    zh = recipient(individual("欧阳娜娜", "female"))
    assert zh.salutation == "尊敬的欧阳娜娜女士"
    en = recipient(individual("Ouyang Nana", "female", language="en"))
    assert en.salutation == "Dear Ms Ouyang"


# -- companies -----------------------------------------------------------------


def test_finance_contact_is_preferred(db_path: Path) -> None:
    cid = company(
        contacts=[
            contact("王五", "male", roles=["decision_maker"], title="总经理"),
            contact("李四", "female", roles=["finance"], title="财务部"),
            contact("赵六", "male", roles=["approver"]),
        ]
    )
    who = recipient(cid)
    assert who.kind == "corporate"
    assert who.contact_name == "李四"
    assert who.person == "李四 女士"
    assert who.addressee_lines == ["远大贸易有限公司", "财务部 李四 女士"]
    # A Chinese letter to a company is headed with the company's name.
    assert who.salutation == "远大贸易有限公司"


def test_approver_then_decision_maker_then_first_contact(db_path: Path) -> None:
    approver = company(
        "甲公司",
        contacts=[
            contact("王五", roles=["decision_maker"]),
            contact("赵六", "male", roles=["approver"]),
        ],
    )
    decider = company(
        "乙公司",
        contacts=[contact("孙七", roles=["receiver"]), contact("周八", roles=["decision_maker"])],
    )
    first = company("丙公司", contacts=[contact("吴九", "male"), contact("郑十", "female")])
    found = {r.name: r for r in recipients([approver, decider, first])}
    assert found["甲公司"].person == "赵六 先生"
    assert found["乙公司"].person == "周八"
    assert found["丙公司"].person == "吴九 先生"
    assert found["丙公司"].addressee_lines == ["丙公司", "吴九 先生"]


def test_company_without_contact(db_path: Path) -> None:
    zh = recipient(company("丁公司", contacts=[]))
    assert zh.person == ""
    assert zh.addressee_lines == ["丁公司"]
    assert zh.salutation == "丁公司"
    en = recipient(company("Acme Trading Ltd", contacts=[], language="en"))
    assert en.addressee_lines == ["Acme Trading Ltd"]
    assert en.salutation == "Dear Sir or Madam"


def test_english_company_contact(db_path: Path) -> None:
    cid = company(
        "Acme Trading Ltd",
        language="en",
        contacts=[contact("Mary Jones", "female", roles=["finance"], title="Finance Manager")],
    )
    who = recipient(cid)
    assert who.salutation == "Dear Ms Jones"
    # English puts the job title after the name.
    assert who.addressee_lines == ["Acme Trading Ltd", "Ms Mary Jones, Finance Manager"]


def test_english_company_contact_without_gender(db_path: Path) -> None:
    cid = company("Acme Trading Ltd", language="en", contacts=[contact("Alex Taylor")])
    assert recipient(cid).salutation == "Dear Alex Taylor"


# -- loading -------------------------------------------------------------------


def test_recipients_keep_order_and_skip_unknown_ids(db_path: Path) -> None:
    a = individual("张三", "male", address="北京市海淀区中关村大街1号", postcode="100080")
    b = individual("李四", "female")
    found = recipients([b, 99999, a, b])
    assert [r.customer_id for r in found] == [b, a]
    assert found[1].address == "北京市海淀区中关村大街1号"
    assert found[1].postcode == "100080"
    assert found[1].has_address
    assert not found[0].has_address
    assert recipients([]) == []
    with pytest.raises(LookupError):
        recipient(99999)


def test_blank_address_is_no_address() -> None:
    who = Recipient(
        customer_id=1, number="C1", kind="individual", name="张三", language="zh",
        address="  \n ", postcode="",
    )  # fmt: skip
    assert not who.has_address
