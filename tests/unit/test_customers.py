"""Customer cards: save, load, update, duplicates, archive, delete."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from peewee import IntegrityError

from app import customers
from app.customer_query import ALL, ARCHIVED, CustomerFilter, count_customers, find_customers
from app.customers import (
    archive_customers,
    delete_customer,
    find_duplicates,
    load_customer,
    restore_customers,
    salespersons,
    save_customer,
)
from app.db import DB
from app.errors import (
    ConcurrentEditError,
    NeedsConfirmation,
    NotAllowedError,
    NotFoundError,
    ValidationError,
)
from app.groups import create_group, list_groups
from app.models import Contact, Customer, Membership, SearchKey
from app.records import Birthday, ContactData, CustomerData, SavedCustomer

VALID_ID = "11010519491231002X"
VALID_USCC = "91110108551385082Q"


def found(text: str) -> set[int]:
    return {row.id for row in find_customers(CustomerFilter(text=text, status=ALL))}


def row_counts() -> dict[str, int]:
    return {
        "customers": Customer.select().count(),
        "contacts": Contact.select().count(),
        "keys": SearchKey.select().count(),
        "memberships": Membership.select().count(),
    }


def individual() -> CustomerData:
    return CustomerData(
        kind="individual",
        name="张三",
        gender="male",
        birthday=Birthday("lunar", 8, 15, 1985),
        employer="远大贸易",
        job_title="采购经理",
        wechat="zhangsan_wx",
        qq="12345678",
        family_notes="女儿今年高考",
        hobbies="钓鱼\n围棋",
        preferences="喝绿茶",
        mobile="+86 138 0013 8000",
        phone="010 1234 5678 转 123",
        email="Zhang.San@Example.com",
        address="北京市海淀区中关村大街1号",
        postcode="100080",
        source="2023 广交会",
        salesperson="李明",
        notes="老客户",
        credit_rating="A",
        credit_limit="50,000.50",
        payment_terms_days="30",
        tier="key_account",
    )


def corporate() -> CustomerData:
    return CustomerData(
        kind="corporate",
        name="北京远大贸易有限公司",
        short_name="远大贸易",
        credit_code=VALID_USCC,
        legal_rep="王大海",
        industry="批发",
        company_size="small",
        founded_on=date(2005, 6, 18),
        phone="010-88886666",
        fax="010-88886667",
        website="https://yuanda.example.com",
        bank_name="中国工商银行海淀支行",
        bank_account="0200 0045 0900 1234 567",
        invoice_type="vat_special",
        tax_id="91110108551385082Q",
        settlement_method="net_days",
        settlement_days=60,
        payment_days="10, 25",
        payment_signer="王总",
        signer_hours="周二、周四上午",
        reconcile_first=True,
        payment_documents="对账单、发票原件",
        supply_hold=True,
        supply_hold_reason="三月货款未结",
        supply_hold_since=date(2024, 4, 1),
        contacts=[
            ContactData(
                name="王大海",
                title="总经理",
                gender="male",
                roles=["decision_maker"],
                mobile="13900139000",
                birthday=Birthday("solar", 3, 8, 1970),
            ),
            ContactData(
                name="刘会计",
                title="财务主管",
                gender="female",
                roles=["finance", "approver"],
                phone="010-88886668",
                email="finance@yuanda.example.com",
                birthday=Birthday("lunar", 1, 15),
            ),
            ContactData(
                name="小赵",
                title="仓管",
                roles=["receiver"],
                mobile="13700137000",
                wechat="zhao_cang",
                notes="收货时间 9:00-17:00",
            ),
        ],
    )


# --- create and load ----------------------------------------------------------------


def test_individual_card_round_trip(db_path: Path) -> None:
    saved = save_customer(individual())
    assert saved == SavedCustomer(saved.id, "C000001", 1)
    loaded = load_customer(saved.id)
    expected = dataclasses.replace(
        individual(),
        number="C000001",
        mobile="13800138000",
        phone="010-12345678 转 123",
        email="Zhang.San@example.com",
        credit_limit=Decimal("50000.50"),
        payment_terms_days=30,
        id=saved.id,
        version=1,
        archived=False,
    )
    assert loaded == expected


def test_corporate_card_with_three_contacts_round_trip(db_path: Path) -> None:
    saved = save_customer(corporate())
    loaded = load_customer(saved.id)
    assert loaded.name == "北京远大贸易有限公司"
    assert loaded.display_name == "远大贸易"
    assert loaded.credit_code == VALID_USCC
    assert loaded.founded_on == date(2005, 6, 18)
    assert (loaded.settlement_method, loaded.settlement_days) == ("net_days", 60)
    assert loaded.payment_days == "10,25"
    assert loaded.reconcile_first is True
    assert (loaded.supply_hold, loaded.supply_hold_reason, loaded.supply_hold_since) == (
        True,
        "三月货款未结",
        date(2024, 4, 1),
    )
    assert [(c.name, c.roles, c.birthday) for c in loaded.contacts] == [
        ("王大海", ["decision_maker"], Birthday("solar", 3, 8, 1970)),
        ("刘会计", ["finance", "approver"], Birthday("lunar", 1, 15)),
        ("小赵", ["receiver"], None),
    ]
    assert all(c.id is not None for c in loaded.contacts)
    assert loaded.contacts[1].email == "finance@yuanda.example.com"
    assert loaded.contacts[2].notes == "收货时间 9:00-17:00"


def test_resident_id_fills_the_stored_card(db_path: Path) -> None:
    saved = save_customer(CustomerData(name="赵敏", id_number="11010519491231002x"))
    loaded = load_customer(saved.id)
    assert loaded.id_number == VALID_ID
    assert loaded.birthday == Birthday("solar", 12, 31, 1949)
    assert loaded.gender == "female"


def test_money_stored_as_integer_fen(db_path: Path) -> None:
    saved = save_customer(CustomerData(name="张三", credit_limit="1234.56"))
    assert Customer.get_by_id(saved.id).credit_limit_fen == 123456
    assert load_customer(saved.id).credit_limit == Decimal("1234.56")


def test_load_missing_customer(db_path: Path) -> None:
    with pytest.raises(NotFoundError):
        load_customer(999)


def test_saving_does_not_change_the_callers_data(db_path: Path) -> None:
    data = corporate()
    save_customer(data)
    assert data == corporate()


# --- numbers ----------------------------------------------------------------------------


def test_automatic_numbers(db_path: Path) -> None:
    first = save_customer(CustomerData(name="甲"))
    second = save_customer(CustomerData(name="乙"))
    assert (first.number, second.number) == ("C000001", "C000002")
    assert load_customer(second.id).number == "C000002"


def test_own_number_kept(db_path: Path) -> None:
    saved = save_customer(CustomerData(name="甲", number=" VIP-007 "))
    assert saved.number == "VIP-007"
    assert found("vip-007") == {saved.id}


def test_duplicate_number_refused(db_path: Path) -> None:
    save_customer(CustomerData(name="甲", number="A1"))
    before = row_counts()
    with pytest.raises(ValidationError) as excinfo:
        save_customer(CustomerData(name="乙", number="A1"))
    assert [(i.field, i.message) for i in excinfo.value.issues] == [
        ("number", "This customer number is already used")
    ]
    assert row_counts() == before


def test_changing_to_a_used_number_refused(db_path: Path) -> None:
    save_customer(CustomerData(name="甲", number="A1"))
    saved = save_customer(CustomerData(name="乙"))
    data = load_customer(saved.id)
    data.number = "A1"
    with pytest.raises(ValidationError) as excinfo:
        save_customer(data)
    assert excinfo.value.fields == {"number"}
    assert load_customer(saved.id).number == saved.number


def test_typed_number_never_blocks_automatic_numbering(db_path: Path) -> None:
    # The admin types the number the next automatic one would get.
    typed = save_customer(CustomerData(name="甲", number="C000002"))
    auto = save_customer(CustomerData(name="乙"))
    assert auto.number not in ("", typed.number)
    assert auto.number.startswith("C")
    assert {c.number for c in map(load_customer, [typed.id, auto.id])} == {
        "C000002",
        auto.number,
    }


def test_clearing_the_number_gives_a_free_automatic_one(db_path: Path) -> None:
    saved = save_customer(CustomerData(name="甲", number="OLD-1"))
    save_customer(CustomerData(name="乙", number=f"C{saved.id:06d}"))
    data = load_customer(saved.id)
    data.number = ""
    result = save_customer(data)
    assert result.number not in ("", "OLD-1", f"C{saved.id:06d}")
    assert load_customer(saved.id).number == result.number


# --- updates and optimistic locking ---------------------------------------------------------


def test_update_raises_the_version(db_path: Path) -> None:
    saved = save_customer(individual())
    data = load_customer(saved.id)
    data.address = "上海市浦东新区"
    result = save_customer(data)
    assert result == SavedCustomer(saved.id, "C000001", 2)
    loaded = load_customer(saved.id)
    assert (loaded.address, loaded.version) == ("上海市浦东新区", 2)


def test_stale_version_refused_and_nothing_changed(db_path: Path) -> None:
    saved = save_customer(corporate())
    first_editor = load_customer(saved.id)
    second_editor = load_customer(saved.id)

    second_editor.name = "北京远大集团"
    save_customer(second_editor)

    first_editor.name = "远大贸易（北京）"
    first_editor.contacts = first_editor.contacts[:1]
    with pytest.raises(ConcurrentEditError):
        save_customer(first_editor)

    loaded = load_customer(saved.id)
    assert loaded.name == "北京远大集团"
    assert loaded.version == 2
    assert len(loaded.contacts) == 3
    assert found("远大集团") == {saved.id}
    assert found("远大贸易（北京）") == set()


def test_updating_a_deleted_customer(db_path: Path) -> None:
    saved = save_customer(CustomerData(name="甲"))
    data = load_customer(saved.id)
    archive_customers([saved.id])
    delete_customer(saved.id)
    with pytest.raises(NotFoundError):
        save_customer(data)
    assert row_counts()["customers"] == 0


# --- duplicates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("existing", "new", "reason"),
    [
        (
            CustomerData(name="张三", mobile="13800138000"),
            CustomerData(name="张叁", mobile="138 0013 8000"),
            "Same mobile",
        ),
        (
            CustomerData(name="张三", id_number=VALID_ID),
            CustomerData(name="张叁", id_number=VALID_ID.lower()),
            "Same resident ID",
        ),
        (
            CustomerData(name="远大", kind="corporate", credit_code=VALID_USCC),
            CustomerData(name="远大贸易", kind="corporate", credit_code=VALID_USCC.lower()),
            "Same unified social credit code",
        ),
        (CustomerData(name="张三"), CustomerData(name=" 张三 "), "Same name"),
        (
            CustomerData(
                name="远大", kind="corporate", contacts=[ContactData("王芳", mobile="13700137000")]
            ),
            CustomerData(name="王芳", mobile="+86 137 0013 7000"),
            "Same mobile as a contact person",
        ),
    ],
)
def test_possible_duplicate_needs_confirmation(
    db_path: Path, existing: CustomerData, new: CustomerData, reason: str
) -> None:
    first = save_customer(existing)
    before = row_counts()
    with pytest.raises(NeedsConfirmation) as excinfo:
        save_customer(new)
    assert [(d.customer_id, d.number, d.reason) for d in excinfo.value.duplicates] == [
        (first.id, first.number, reason)
    ]
    assert excinfo.value.warnings == []
    assert row_counts() == before

    second = save_customer(new, confirm=True)
    assert second.id != first.id
    assert row_counts()["customers"] == 2


def test_duplicate_reported_once_with_the_first_reason(db_path: Path) -> None:
    first = save_customer(CustomerData(name="张三", mobile="13800138000"))
    duplicates = find_duplicates(CustomerData(name="张三", mobile="13800138000"))
    assert [(d.customer_id, d.reason) for d in duplicates] == [(first.id, "Same mobile")]


def test_a_card_is_not_its_own_duplicate(db_path: Path) -> None:
    saved = save_customer(CustomerData(name="张三", mobile="13800138000", id_number=VALID_ID))
    data = load_customer(saved.id)
    data.notes = "改了备注"
    assert save_customer(data).version == 2  # no confirmation asked


def test_archived_customer_still_counts_as_duplicate(db_path: Path) -> None:
    old = save_customer(CustomerData(name="张三", mobile="13800138000"))
    archive_customers([old.id])
    with pytest.raises(NeedsConfirmation) as excinfo:
        save_customer(CustomerData(name="张三丰", mobile="13800138000"))
    assert [d.customer_id for d in excinfo.value.duplicates] == [old.id]


def test_warnings_and_duplicates_asked_together(db_path: Path) -> None:
    save_customer(CustomerData(name="张三"))
    with pytest.raises(NeedsConfirmation) as excinfo:
        save_customer(CustomerData(name="张三", id_number="110105194912310021"))
    assert [w.field for w in excinfo.value.warnings] == ["id_number"]
    assert [d.reason for d in excinfo.value.duplicates] == ["Same name"]
    assert "possible duplicate of C000001 张三" in str(excinfo.value)


# --- contacts ------------------------------------------------------------------------------


def test_contacts_edited_removed_reordered_keep_their_ids(db_path: Path) -> None:
    saved = save_customer(corporate())
    data = load_customer(saved.id)
    boss, finance, receiver = data.contacts

    finance.title = "财务总监"
    data.contacts = [finance, boss, ContactData(name="新人", roles=["receiver"])]
    save_customer(data)

    loaded = load_customer(saved.id)
    assert [(c.id, c.name, c.title) for c in loaded.contacts[:2]] == [
        (finance.id, "刘会计", "财务总监"),
        (boss.id, "王大海", "总经理"),
    ]
    assert loaded.contacts[2].name == "新人"
    assert loaded.contacts[2].id not in (boss.id, finance.id)
    assert not Contact.select().where(Contact.name == receiver.name).exists()
    assert Contact.select().count() == 3


def test_contact_id_of_another_customer_is_not_taken_over(db_path: Path) -> None:
    other = save_customer(corporate())
    stolen = load_customer(other.id).contacts[0]
    saved = save_customer(
        CustomerData(name="别家", kind="corporate", contacts=[stolen]), confirm=True
    )
    assert [c.name for c in load_customer(other.id).contacts] == ["王大海", "刘会计", "小赵"]
    assert [c.name for c in load_customer(saved.id).contacts] == ["王大海"]
    assert load_customer(saved.id).contacts[0].id != stolen.id


def test_removing_all_contacts(db_path: Path) -> None:
    saved = save_customer(corporate())
    data = load_customer(saved.id)
    data.contacts = []
    save_customer(data)
    assert load_customer(saved.id).contacts == []
    assert Contact.select().count() == 0


# --- the search key follows every edit ----------------------------------------------------------


def test_search_key_follows_a_rename(db_path: Path) -> None:
    saved = save_customer(CustomerData(name="张三", mobile="13800138000"))
    assert found("zs") == {saved.id}
    data = load_customer(saved.id)
    data.name = "李四"
    data.mobile = "13900139000"
    save_customer(data)
    assert found("zs") == set()
    assert found("张") == set()
    assert found("13800138000") == set()
    assert found("ls") == {saved.id}
    assert found("lisi") == {saved.id}
    assert found("13900139000") == {saved.id}


def test_contact_names_find_their_company_until_removed(db_path: Path) -> None:
    saved = save_customer(corporate())
    assert found("刘会计") == {saved.id}
    assert found("zhao_cang") == set()  # a contact's WeChat is not searched
    assert found("13700137000") == {saved.id}
    data = load_customer(saved.id)
    data.contacts = [c for c in data.contacts if c.name != "刘会计"]
    save_customer(data)
    assert found("刘会计") == set()
    assert found("王大海") == {saved.id}


def test_short_name_and_number_find_the_customer(db_path: Path) -> None:
    saved = save_customer(corporate())
    assert found("ydmy") == {saved.id}  # 远大贸易
    assert found("C000001") == {saved.id}


# --- archive, restore, delete ---------------------------------------------------------------------


def test_archive_and_restore(db_path: Path) -> None:
    keep = save_customer(CustomerData(name="甲"))
    gone = save_customer(CustomerData(name="乙"))

    assert archive_customers([gone.id]) == 1
    assert archive_customers([gone.id]) == 0  # already archived
    assert [r.id for r in find_customers(CustomerFilter())] == [keep.id]
    assert [r.id for r in find_customers(CustomerFilter(status=ARCHIVED))] == [gone.id]
    archived = load_customer(gone.id)
    assert archived.archived is True
    assert archived.version == 2
    assert Customer.get_by_id(gone.id).archived_at is not None

    assert restore_customers([gone.id]) == 1
    assert count_customers(CustomerFilter()) == 2
    restored = load_customer(gone.id)
    assert restored.archived is False
    assert Customer.get_by_id(gone.id).archived_at is None
    assert archive_customers([]) == 0


def test_archiving_makes_an_open_editor_stale(db_path: Path) -> None:
    saved = save_customer(CustomerData(name="甲"))
    editor = load_customer(saved.id)
    archive_customers([saved.id])
    editor.notes = "x"
    with pytest.raises(ConcurrentEditError):
        save_customer(editor)


def test_delete_refused_unless_archived(db_path: Path) -> None:
    saved = save_customer(corporate())
    with pytest.raises(NotAllowedError):
        delete_customer(saved.id)
    assert load_customer(saved.id).name == "北京远大贸易有限公司"


def test_delete_archived_customer_removes_everything_of_it(db_path: Path) -> None:
    group = create_group("VIP")
    other = save_customer(CustomerData(name="留下", group_ids={group.id}))
    data = corporate()
    data.group_ids = {group.id}
    saved = save_customer(data)
    archive_customers([saved.id])
    delete_customer(saved.id)
    with pytest.raises(NotFoundError):
        load_customer(saved.id)
    assert row_counts() == {"customers": 1, "contacts": 0, "keys": 1, "memberships": 1}
    assert [(g.name, g.members) for g in list_groups()] == [("VIP", 1)]
    assert load_customer(other.id).group_ids == {group.id}
    with pytest.raises(NotFoundError):
        delete_customer(saved.id)


def test_delete_refused_when_the_customer_has_history(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Later areas (ledger, collection log) register their models here; contacts
    # stand in for them.
    monkeypatch.setattr(customers, "HISTORY_MODELS", [(Contact, "customer")])
    saved = save_customer(corporate())
    archive_customers([saved.id])
    with pytest.raises(NotAllowedError):
        delete_customer(saved.id)
    assert load_customer(saved.id).archived is True


# --- groups on the card ----------------------------------------------------------------------


def test_groups_saved_with_the_card(db_path: Path) -> None:
    family, friends, fair = (create_group(n).id for n in ("家人", "朋友", "广交会"))
    saved = save_customer(CustomerData(name="张三", group_ids={family, fair}))
    assert load_customer(saved.id).group_ids == {family, fair}
    data = load_customer(saved.id)
    data.group_ids = {friends, fair}
    save_customer(data)
    assert load_customer(saved.id).group_ids == {friends, fair}


def test_group_deleted_while_the_card_was_open_is_dropped(db_path: Path) -> None:
    from app.groups import delete_group

    keep, gone = create_group("家人").id, create_group("朋友").id
    saved = save_customer(CustomerData(name="张三"))
    editor = load_customer(saved.id)
    editor.group_ids = {keep, gone}
    delete_group(gone)  # in another window
    save_customer(editor)
    assert load_customer(saved.id).group_ids == {keep}


# --- one transaction per save -------------------------------------------------------------


@pytest.fixture
def failing_contact_insert(db_path: Path) -> None:
    """Make the database refuse a contact named 'BOOM', as a full disk would
    refuse a write halfway through a save."""
    DB.execute_sql(
        "CREATE TRIGGER boom BEFORE INSERT ON contact WHEN NEW.name = 'BOOM' "
        "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END"
    )


def test_failed_create_leaves_nothing_half_written(failing_contact_insert: None) -> None:
    group = create_group("VIP")
    data = corporate()
    data.group_ids = {group.id}
    data.contacts.append(ContactData(name="BOOM"))
    with pytest.raises(IntegrityError):
        save_customer(data)
    assert row_counts() == {"customers": 0, "contacts": 0, "keys": 0, "memberships": 0}


def test_failed_update_leaves_the_card_as_it_was(failing_contact_insert: None) -> None:
    saved = save_customer(corporate())
    before = load_customer(saved.id)
    data = load_customer(saved.id)
    data.name = "改名公司"
    data.contacts = [data.contacts[0], ContactData(name="BOOM")]
    with pytest.raises(IntegrityError):
        save_customer(data)
    assert load_customer(saved.id) == before
    assert found("改名") == set()
    assert found("刘会计") == {saved.id}


def test_failed_save_keeps_the_automatic_number_sequence(failing_contact_insert: None) -> None:
    data = corporate()
    data.contacts = [ContactData(name="BOOM")]
    with pytest.raises(IntegrityError):
        save_customer(data)
    assert save_customer(CustomerData(name="甲")).number == "C000001"


# --- salespersons --------------------------------------------------------------------------


def test_salespersons_most_used_first(db_path: Path) -> None:
    for name, person in [("甲", "李明"), ("乙", "王强"), ("丙", "王强"), ("丁", "")]:
        save_customer(CustomerData(name=name, salesperson=person))
    assert salespersons() == ["王强", "李明"]
