"""Export -> import round trips: what Kehu exports, imported into an empty
customer file with the mapping guessed from the headers, gives back every
exported field unchanged. For CSV (UTF-8 with BOM and GBK), XLSX and vCard,
with masked and full resident IDs, with Chinese and English headers."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app import exporter
from app.customers import archive_customers, load_customer, save_customer
from app.db import close_database, open_database
from app.groups import add_members, create_group, group_names
from app.import_files import read_table
from app.import_mapping import guess_mapping
from app.importer import plan_import, run_import
from app.records import Birthday, ContactData, CustomerData

#: Passes the resident ID checksum (GB 11643).
RESIDENT_ID = "11010519491231002X"
#: Passes the unified social credit code checksum (GB 32100).
CREDIT_CODE = "91350100M000100Y43"


def sample_cards(*, gbk: bool = False) -> list[CustomerData]:
    """Customers using every kind of column; *gbk*: only characters GBK has."""
    foreign = "Zhang & Söhne GmbH" if not gbk else "Zhang & Sons GmbH"
    return [
        CustomerData(
            name="张三",
            gender="male",
            id_number=RESIDENT_ID,
            birthday=Birthday("solar", 12, 31, 1949),
            mobile="13800138000",
            phone="010-12345678",
            email="zhangsan@example.com",
            wechat="zhangsan_wx",
            qq="12345678",
            address='北京市海淀区中关村大街1号，3单元 "东门"',
            postcode="100080",
            employer="北京华强科技有限公司",
            job_title="采购经理",
            salutation="张总",
            tier="key_account",
            source="展会",
            salesperson="李明",
            family_notes="妻子：王芳\n儿子：张小明",
            hobbies="钓鱼、书法",
            preferences="喜欢喝龙井",
            notes='=HYPERLINK("http://x","点我")',
        ),
        CustomerData(
            name="李四",
            gender="female",
            birthday=Birthday("lunar", 8, 15, 1985),
            mobile="13900000001",
            notes="@SUM(1+1)\n第二行",
            hobbies="-打球",
            preferences="+加急",
            language="en",
        ),
        CustomerData(
            name="王五",
            birthday=Birthday("solar", 3, 8),
            phone="+44 20 7946 0958",
            notes="'=已经带引号",
            source="\t制表符开头",
        ),
        CustomerData(
            name="赵六",
            birthday=Birthday("lunar", 4, 8, 2020, leap=True),
            mobile="13700000000",
        ),
        CustomerData(
            kind="corporate",
            name="远大贸易有限公司",
            short_name="远大",
            credit_code=CREDIT_CODE,
            legal_rep="王大明",
            industry="批发和零售业",
            company_size="small",
            founded_on=date(2010, 12, 31),
            address="浙江省杭州市西湖区文三路100号",
            postcode="310012",
            phone="0571-88886666",
            fax="0571-88886667",
            website="https://yuanda.example.com",
            bank_name="中国工商银行杭州文三路支行",
            bank_account="1202020209000123456",
            invoice_type="vat_special",
            tax_id=CREDIT_CODE,
            settlement_method="monthly",
            settlement_days=30,
            payment_days="5, 25",
            payment_signer="财务总监",
            signer_hours="周二、周四上午",
            reconcile_first=True,
            payment_documents="对账单、增值税专用发票",
            credit_rating="B",
            credit_limit=Decimal("123456.70"),
            payment_terms_days=45,
            supply_hold=True,
            supply_hold_reason="前款不结，后货不送",
            supply_hold_since=date(2025, 6, 30),
            currency="USD" if not gbk else "CNY",
            late_fee_mode="daily",
            late_fee_daily_rate=Decimal("0.05"),
            tier="ordinary",
            notes=foreign,
            contacts=[
                ContactData(
                    name="王伟",
                    title="总经理",
                    gender="male",
                    roles=["decision_maker"],
                    mobile="13900000002",
                    phone="0571-88886668",
                    email="wangwei@yuanda.example.com",
                    wechat="wangwei",
                    birthday=Birthday("solar", 12, 30, 1975),
                ),
                ContactData(
                    name="李娜",
                    title="财务",
                    gender="female",
                    roles=["finance", "approver"],
                    mobile="13900000003",
                    birthday=Birthday("lunar", 1, 15),
                ),
                ContactData(name="陈收货", roles=["receiver"], phone="0571-88886669"),
            ],
        ),
        CustomerData(
            kind="corporate",
            name="深圳市小店",
            late_fee_mode="per_reminder",
            late_fee_per_level="50, 100, 200",
            payment_terms_days=0,
        ),
    ]


def fill(path: Path, cards: list[CustomerData]) -> list[int]:
    """Store *cards* in a new file at *path*, the first two in groups; one
    archived customer besides. Leaves the database open."""
    open_database(path)
    ids = [save_customer(card, confirm=True).id for card in cards]
    vip = create_group("重要客户")
    fair = create_group("2024 广交会")
    add_members(vip.id, ids[:2])
    add_members(fair.id, ids[:1] + ids[4:5])
    gone = save_customer(CustomerData(name="归档的人", mobile="13600000000"), confirm=True)
    archive_customers([gone.id])
    return ids


#: Card fields the customer file columns hold (all but bookkeeping).
CARD_FIELDS = [
    f.name for f in fields(CustomerData) if f.name not in {"id", "version", "group_ids", "contacts"}
]


def comparable(card: CustomerData, *, without: tuple[str, ...] = ()) -> dict[str, object]:
    """A card as plain values: group names instead of ids, contacts without ids."""
    values: dict[str, object] = {
        name: getattr(card, name) for name in CARD_FIELDS if name not in without
    }
    values["groups"] = sorted(group_names(card.group_ids))
    values["contacts"] = [
        {f.name: getattr(c, f.name) for f in fields(ContactData) if f.name != "id"}
        for c in card.contacts
    ]
    return values


def differences(
    before: dict[str, dict[str, object]], after: dict[str, dict[str, object]]
) -> list[tuple[str, str, object, object]]:
    """(card, field, before, after) of every field that did not come back."""
    found = []
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key, {}), after.get(key, {})
        for name in sorted(set(old) | set(new)):
            if old.get(name) != new.get(name):
                found.append((key, name, old.get(name), new.get(name)))
    return found


def originals(path: Path, cards: list[CustomerData]) -> dict[str, dict[str, object]]:
    """Fill a file, return the stored cards by number (the file stays open)."""
    ids = fill(path, cards)
    return {load_customer(cid).number: comparable(load_customer(cid)) for cid in ids}


def import_into_empty(path: Path, source: Path, **read: object) -> Iterator[CustomerData]:
    """Import *source* into a new database at *path*; the cards stored."""
    close_database()
    open_database(path)
    table = read_table(source, **read)  # type: ignore[arg-type]
    mapping = guess_mapping(table.headers)
    plan = plan_import(table, mapping)
    problems = [(p.row_number, p.column, p.value, p.message) for r in plan.rows for p in r.errors]
    assert problems == []
    result = run_import(plan)
    assert result.rejected == 0 and result.skipped == 0
    for cid in result.customer_ids:
        yield load_customer(cid)


@pytest.fixture
def files(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    yield tmp_path / "source.sqlite3", tmp_path / "target.sqlite3"
    close_database()


@pytest.mark.parametrize(
    ("fmt", "encoding", "language"),
    [
        ("csv", "utf-8-sig", "zh"),
        ("csv", "utf-8-sig", "en"),
        ("csv", "gbk", "zh"),
        ("csv", "gb18030", "en"),
        ("xlsx", "utf-8-sig", "zh"),
        ("xlsx", "utf-8-sig", "en"),
    ],
)
def test_every_field_comes_back_with_full_ids(
    files: tuple[Path, Path], tmp_path: Path, fmt: str, encoding: str, language: str
) -> None:
    source_db, target_db = files
    before = originals(source_db, sample_cards(gbk=encoding == "gbk"))
    out = tmp_path / f"customers.{fmt}"
    written = exporter.export_customers(
        out, exporter.ids_for(), format=fmt, encoding=encoding, full_id=True, language=language
    )
    assert written == len(before) == 6
    after = {c.number: comparable(c) for c in import_into_empty(target_db, out)}
    assert differences(before, after) == []


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_masked_ids_import_empty_and_the_rest_comes_back(
    files: tuple[Path, Path], tmp_path: Path, fmt: str
) -> None:
    source_db, target_db = files
    ids = fill(source_db, sample_cards())
    stored = [load_customer(cid) for cid in ids]
    before = {c.number: comparable(c, without=("id_number",)) for c in stored}
    out = tmp_path / f"customers.{fmt}"
    exporter.export_customers(out, exporter.ids_for(), format=fmt)
    close_database()
    open_database(target_db)
    table = read_table(out)
    plan = plan_import(table, guess_mapping(table.headers))
    # A masked ID is a warning, never an error: the row is imported without it.
    masked = [p for r in plan.rows for p in r.problems if p.column in ("身份证号",)]
    assert [p.severity for p in masked] == ["warning"]
    result = run_import(plan)
    assert result.created == 6 and result.rejected == 0
    after = {
        c.number: comparable(c, without=("id_number",))
        for c in (load_customer(cid) for cid in result.customer_ids)
    }
    assert differences(before, after) == []
    assert all(load_customer(cid).id_number == "" for cid in result.customer_ids)


#: What a vCard holds of a card (phones keep only what a phone book needs).
VCARD_FIELDS = (
    "name",
    "mobile",
    "phone",
    "fax",
    "email",
    "address",
    "postcode",
    "birthday",
    "website",
    "wechat",
    "qq",
    "notes",
)


def test_vcard_round_trip_keeps_what_a_phone_book_holds(
    files: tuple[Path, Path], tmp_path: Path
) -> None:
    source_db, target_db = files
    ids = fill(source_db, sample_cards())
    before = {}
    for cid in ids:
        card = load_customer(cid)
        before[card.name] = {name: getattr(card, name) for name in VCARD_FIELDS} | {
            "groups": sorted(group_names(card.group_ids))
        }
    out = tmp_path / "customers.vcf"
    assert exporter.export_customers(out, exporter.ids_for(), format="vcf") == 6
    after = {}
    for card in import_into_empty(target_db, out):
        after[card.name] = {name: getattr(card, name) for name in VCARD_FIELDS} | {
            "groups": sorted(group_names(card.group_ids))
        }
    assert differences(before, after) == []


def test_a_founding_date_before_excel_dates_comes_back_from_xlsx(
    files: tuple[Path, Path], tmp_path: Path
) -> None:
    source_db, target_db = files
    old_firm = CustomerData(kind="corporate", name="北京同仁堂老铺", founded_on=date(1669, 1, 1))
    before = originals(source_db, [old_firm, *sample_cards()[4:]])
    out = tmp_path / "old.xlsx"
    exporter.export_customers(out, exporter.ids_for(), format="xlsx", full_id=True)
    sheet = load_workbook(out).active
    founded = [c.value for c in sheet[1]].index("成立日期") + 1
    # Excel has no dates before 1900: text there, a date cell for 2010.
    assert sheet.cell(row=2, column=founded).value == "1669-01-01"
    assert sheet.cell(row=3, column=founded).is_date
    after = {c.number: comparable(c) for c in import_into_empty(target_db, out)}
    assert differences(before, after) == []
    assert before["C000001"]["founded_on"] == date(1669, 1, 1)
