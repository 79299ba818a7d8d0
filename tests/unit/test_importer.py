"""Planning and running an import: problems row by row, duplicates against the
database and within the file, merges, groups, one transaction."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pytest

from app import customer_columns as cc
from app.customers import load_customer, save_customer
from app.db import DB
from app.documents.page import Cancelled
from app.errors import ValidationError
from app.groups import create_group, group_by_name
from app.import_mapping import guess_mapping
from app.importer import (
    CREATE,
    FILL,
    OVERWRITE,
    REJECT,
    SKIP,
    UPDATE,
    plan_import,
    report_csv,
    report_rows,
    run_import,
    set_action,
)
from app.models import Contact, Customer, Group, Membership, SearchKey
from app.records import Birthday, ContactData, CustomerData

VALID_ID = "11010519491231002X"
BAD_CHECKSUM_ID = "110105194912310021"
VALID_USCC = "91110108551385082Q"


@dataclass
class Table:
    headers: list[str]
    rows: list[list[object]]
    row_numbers: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.row_numbers:
            self.row_numbers = list(range(2, len(self.rows) + 2))


def plan(headers: list[str], rows: list[list[object]], **options: object):  # noqa: ANN201
    table = Table(headers, rows)
    return plan_import(table, guess_mapping(headers), **options)  # type: ignore[arg-type]


def dump() -> list[str]:
    return list(DB.connection().iterdump())


def customer_named(name: str) -> CustomerData:
    cid = Customer.get(Customer.name == name).id
    return load_customer(cid)


# --- planning: problems row by row ------------------------------------------------------


def test_valid_rows_are_created(db_path: Path) -> None:
    p = plan(
        ["客户名称", "手机", "生日", "分组"],
        [["张三", "138 0013 8000", "1990-05-17", "VIP"], ["远大贸易有限公司", "", "", ""]],
    )
    assert [r.action for r in p.rows] == [CREATE, CREATE]
    assert (p.created, p.updated, p.skipped, p.rejected) == (2, 0, 0, 0)
    assert p.rows[0].card.mobile == "13800138000"  # cleaned like the card editor
    assert p.rows[1].card.kind == "corporate"
    result = run_import(p)
    assert (result.created, result.rejected, result.written) == (2, 0, True)
    zhang = customer_named("张三")
    assert zhang.birthday == Birthday("solar", 5, 17, 1990)
    assert zhang.number == "C000001"
    assert customer_named("远大贸易有限公司").number == "C000002"
    assert group_by_name("VIP").members == 1  # type: ignore[union-attr]


def test_each_problem_names_row_column_and_value(db_path: Path) -> None:
    p = plan(
        ["客户名称", "手机", "性别", "成立日期", "身份证号", "邮箱"],
        [
            ["张三", "12345", "", "", "", ""],  # not a mobile number: a warning
            ["李四", "abc", "", "", "", ""],  # not a phone number: an error
            ["王五", "", "妖", "", "", ""],  # unknown choice
            ["赵六有限公司", "", "", "next year", "", ""],  # not a date
            ["钱七", "", "", "", BAD_CHECKSUM_ID, ""],  # checksum: a warning
            ["", "13800138000", "", "", "", ""],  # no name
            ["孙八", "", "", "", "", "not-an-email"],
        ],
    )
    problems = {(q.row_number, q.column, q.value, q.severity) for q in report_rows(p)}
    assert (3, "手机", "abc", "error") in problems
    assert (4, "性别", "妖", "error") in problems
    assert (5, "成立日期", "next year", "error") in problems
    assert (6, "身份证号", BAD_CHECKSUM_ID, "warning") in problems
    assert (7, "客户名称", "", "error") in problems
    assert (8, "邮箱", "not-an-email", "error") in problems
    assert [r.action for r in p.rows] == [CREATE, REJECT, REJECT, REJECT, CREATE, REJECT, REJECT]
    unknown = next(q for q in p.rows[2].problems)
    assert unknown.message == "Unknown choice: 妖"


def test_broken_row_in_the_middle(db_path: Path) -> None:
    headers = ["客户名称", "手机"]
    rows = [["张三", "13800138000"], ["李四", "not a phone"], ["王五", "13900139000"]]
    before = dump()
    refused = run_import(plan(headers, rows), all_or_nothing=True)
    assert (refused.written, refused.created, refused.rejected) == (False, 0, 1)
    assert dump() == before
    result = run_import(plan(headers, rows))
    assert (result.written, result.created, result.rejected) == (True, 2, 1)
    assert {n for (n,) in Customer.select(Customer.name).tuples()} == {"张三", "王五"}


def test_number_already_used(db_path: Path) -> None:
    save_customer(CustomerData(name="老客户", number="K-1"), confirm=True)
    p = plan(
        ["客户编号", "客户名称"],
        [["K-1", "新客户"], ["K-2", "甲"], ["K-2", "乙"], ["C000002", "丙"], ["", "丁"]],
    )
    assert [r.action for r in p.rows] == [REJECT, CREATE, REJECT, CREATE, CREATE]
    assert p.rows[0].problems[0].column == "客户编号"
    assert p.rows[2].problems[0].params == {"row": 3}
    run_import(p)
    numbers = dict(Customer.select(Customer.name, Customer.number).tuples())
    # Automatic numbers skip the ones the file gives: 丁 (id 4) gets C000004.
    assert numbers == {"老客户": "K-1", "甲": "K-2", "丙": "C000002", "丁": "C000004"}


def test_bad_mapping_is_refused(db_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        plan_import(Table(["手机"], [["13800138000"]]), ["mobile"])
    assert caught.value.fields == {"name"}


# --- duplicates -------------------------------------------------------------------------


def existing() -> int:
    return save_customer(
        CustomerData(
            kind="corporate",
            name="远大贸易有限公司",
            mobile="13800138000",
            address="北京市海淀区",
            notes="老客户",
            contacts=[ContactData(name="李四", title="经理", mobile="13900139000")],
        ),
        confirm=True,
    ).id


HEADERS = ["客户名称", "手机", "地址", "邮编", "联系人1姓名", "联系人1职务", "联系人2姓名"]
ROW = ["远大贸易有限公司", "13800138000", "上海市", "200000", "李四", "总监", "王五"]


def test_duplicate_skipped_by_default(db_path: Path) -> None:
    cid = existing()
    before = dump()
    p = plan(HEADERS, [ROW])
    [row] = p.rows
    assert row.action == SKIP
    assert row.duplicate_of is not None and row.duplicate_of.customer_id == cid
    assert row.duplicate_of.reason == "Same mobile"
    assert row.problems[0].severity == "warning" and row.problems[0].column == "手机"
    result = run_import(p)
    assert (result.created, result.updated, result.skipped) == (0, 0, 1)
    assert dump() == before


def test_duplicate_fill_fills_empty_fields_only(db_path: Path) -> None:
    cid = existing()
    result = run_import(plan(HEADERS, [ROW], on_duplicate=FILL))
    assert (result.created, result.updated) == (0, 1)
    card = load_customer(cid)
    assert card.address == "北京市海淀区"  # kept
    assert card.postcode == "200000"  # filled
    assert [(c.name, c.title) for c in card.contacts] == [("李四", "经理"), ("王五", "")]


def test_duplicate_overwrite_replaces_what_the_file_gives(db_path: Path) -> None:
    cid = existing()
    result = run_import(plan(HEADERS, [ROW], on_duplicate=OVERWRITE))
    assert result.updated == 1
    card = load_customer(cid)
    assert card.address == "上海市" and card.postcode == "200000"
    assert card.notes == "老客户"  # the file has no notes column: kept
    assert card.version == 2
    # Contacts merged by name: 李四 updated, keeping his mobile; 王五 added.
    assert [(c.name, c.title, c.mobile) for c in card.contacts] == [
        ("李四", "总监", "13900139000"),
        ("王五", "", ""),
    ]
    assert "shanghai" not in SearchKey.get(SearchKey.customer == cid).text
    assert "wangwu" in SearchKey.get(SearchKey.customer == cid).text


def test_empty_cells_never_overwrite(db_path: Path) -> None:
    cid = existing()
    run_import(plan(["客户名称", "地址", "手机"], [["远大贸易有限公司", "", "13800138000"]],
                    on_duplicate=OVERWRITE))  # fmt: skip
    assert load_customer(cid).address == "北京市海淀区"


@pytest.mark.parametrize(
    ("headers", "row", "reason"),
    [
        (["客户名称", "身份证号"], ["张三丰", VALID_ID], "Same resident ID"),
        (
            ["客户名称", "统一社会信用代码"],
            ["别名公司", VALID_USCC],
            "Same unified social credit code",
        ),
        (["客户名称"], ["张三"], "Same name"),
        (["客户名称", "手机"], ["某人", "13700137000"], "Same mobile as a contact person"),
    ],
)
def test_duplicate_reasons(db_path: Path, headers: list[str], row: list[str], reason: str) -> None:
    save_customer(CustomerData(name="张三", id_number=VALID_ID), confirm=True)
    save_customer(
        CustomerData(
            kind="corporate",
            name="某公司",
            credit_code=VALID_USCC,
            contacts=[ContactData(name="联系人", mobile="13700137000")],
        ),
        confirm=True,
    )
    [planned] = plan(headers, [row]).rows
    assert planned.duplicate_of is not None and planned.duplicate_of.reason == reason


def test_duplicates_within_the_file(db_path: Path) -> None:
    p = plan(
        ["客户名称", "手机"],
        [["张三", "13800138000"], ["张三丰", "13800138000"], ["李四", ""], ["李四", ""]],
    )
    assert [r.action for r in p.rows] == [CREATE, SKIP, CREATE, SKIP]
    assert [r.duplicate_in_file for r in p.rows] == [None, 2, None, 4]
    repeat = p.rows[1].problems[0]
    assert (repeat.column, repeat.params["row"], repeat.severity) == ("手机", 2, "warning")
    set_action(p, 5, CREATE)  # two people called 李四
    result = run_import(p)
    assert (result.created, result.skipped) == (3, 1)
    assert Customer.select().where(Customer.name == "李四").count() == 2


def test_two_rows_matching_one_customer_update_it_once(db_path: Path) -> None:
    cid = existing()
    p = plan(
        ["客户名称", "手机", "邮编"],
        [["远大贸易有限公司", "", "100000"], ["远大", "13800138000", "200000"]],
        on_duplicate=OVERWRITE,
    )
    assert [r.action for r in p.rows] == [UPDATE, SKIP]
    assert p.rows[1].duplicate_in_file == 2
    run_import(p)
    assert load_customer(cid).postcode == "100000"


def test_set_action_per_row(db_path: Path) -> None:
    cid = existing()
    p = plan(HEADERS + ["备注"], [ROW + ["新备注"], ["坏", "abc", "", "", "", "", "", ""]])
    assert p.rows[0].action == SKIP
    set_action(p, 2, OVERWRITE)
    assert (p.rows[0].action, p.rows[0].merge) == (UPDATE, OVERWRITE)
    assert p.rows[0].merged is not None and p.rows[0].merged.notes == "新备注"
    set_action(p, 2, FILL)
    assert p.rows[0].merged is not None and p.rows[0].merged.notes == "老客户"
    with pytest.raises(ValueError):
        set_action(p, 3, CREATE)  # a rejected row
    with pytest.raises(KeyError):
        set_action(p, 99, SKIP)
    result = run_import(p)
    assert (result.updated, result.rejected) == (1, 1)
    assert load_customer(cid).postcode == "200000"


def test_update_that_breaks_a_rule_is_rejected(db_path: Path) -> None:
    cid = save_customer(CustomerData(name="张三", mobile="13800138000"), confirm=True).id
    # An individual cannot get contact persons.
    p = plan(["客户名称", "类型", "联系人1姓名"], [["张三", "", "李四"]], on_duplicate=FILL)
    assert p.rows[0].action == REJECT
    assert load_customer(cid).contacts == []


# --- groups -----------------------------------------------------------------------------


def test_group_option_new_or_existing(db_path: Path) -> None:
    vip = create_group("VIP").id
    cid = existing()
    p = plan(["客户名称", "手机", "分组"],
             [["远大贸易有限公司", "13800138000", ""], ["张三", "", "老客户；vip"]],
             on_duplicate=FILL)  # fmt: skip
    result = run_import(p, group="２０２４展会")
    assert result.group_id is not None
    fair = group_by_name("2024展会")
    assert fair is not None and fair.members == 2 and fair.id == result.group_id
    zhang = customer_named("张三")
    assert zhang.group_ids == {vip, fair.id, group_by_name("老客户").id}  # type: ignore[union-attr]
    assert load_customer(cid).group_ids == {fair.id}
    assert Group.select().count() == 3
    # The existing group is reused, whatever its case
    run_import(plan(["客户名称"], [["李四"]]), group="vip")
    assert group_by_name("VIP").members == 2  # type: ignore[union-attr]


def test_bad_group_name(db_path: Path) -> None:
    with pytest.raises(ValidationError):
        run_import(plan(["客户名称"], [["张三"]]), group="  ")
    p = plan(["客户名称", "分组"], [["张三", "x" * 101]])
    assert p.rows[0].action == REJECT and p.rows[0].problems[0].column == "分组"


# --- one transaction ---------------------------------------------------------------------


def test_cancel_leaves_the_database_as_it_was(db_path: Path) -> None:
    existing()
    rows = [[f"客户{n}", f"139{n:08d}"] for n in range(30)]
    rows.append(["远大贸易有限公司", "13800138000"])
    p = plan(["客户名称", "手机"], rows, on_duplicate=OVERWRITE)
    before = dump()
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(Cancelled):
        run_import(p, group="新组", cancelled=cancelled)
    assert dump() == before
    # The plan is intact: running it again works.
    result = run_import(p)
    assert (result.created, result.updated) == (30, 1)


def test_cancel_while_planning() -> None:
    table = Table(["客户名称"], [[f"客户{n}"] for n in range(2500)])
    with pytest.raises(Cancelled):
        plan_import(table, ["name"], cancelled=lambda: True)


def test_progress(db_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    p = plan(
        ["客户名称"], [[f"客户{n}"] for n in range(2500)], progress=lambda d, t: seen.append((d, t))
    )
    assert seen[0] == (0, 2500) and seen[-1] == (2500, 2500) and len(seen) >= 3
    seen.clear()
    run_import(p, progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 2500) and seen[-1] == (2500, 2500)


# --- the stored result equals save_customer's ----------------------------------------------


def rich_card() -> tuple[CustomerData, list[str]]:
    card = CustomerData(
        kind="corporate",
        name="重庆长江实业有限公司",
        short_name="长江实业",
        mobile="+86 138-0013-8000",
        phone="023 6123 4567",
        email="Info@Example.com",
        address="重庆市渝中区解放碑",
        postcode="400010",
        credit_code=VALID_USCC,
        credit_limit=Decimal("123456.78"),
        settlement_method="net_days",
        settlement_days=45,
        late_fee_mode="daily",
        late_fee_daily_rate="0.05",
        tier="key_account",
        notes="第一行\n第二行",
        contacts=[
            ContactData(name="单雄信", title="财务经理", roles=["finance", "approver"],
                        mobile="13900139000", birthday=Birthday("lunar", 4, 8, None, True)),
            ContactData(name="曾小贤", gender="male", email="zeng@example.com"),
        ],
    )  # fmt: skip
    return card, ["重点", "重庆"]


def stored(cid: int) -> dict[str, object]:
    row = Customer.select().where(Customer.id == cid).dicts().get()
    for volatile in ("id", "created_at", "updated_at"):
        row.pop(volatile)
    row["search_key"] = SearchKey.get(SearchKey.customer == cid).text
    row["contacts"] = [
        {k: v for k, v in c.items() if k not in ("id", "customer")}
        for c in Contact.select().where(Contact.customer == cid).order_by(Contact.position).dicts()
    ]
    row["groups"] = sorted(
        g.name for g in Group.select().join(Membership).where(Membership.customer == cid)
    )
    return row


def test_imported_card_is_stored_as_save_customer_stores_it(tmp_path: Path) -> None:
    from app.db import close_database, open_database

    card, groups = rich_card()
    open_database(tmp_path / "saved.sqlite3")
    try:
        group_ids = {create_group(name).id for name in groups}
        card.group_ids = group_ids
        saved = stored(save_customer(card, confirm=True).id)
        exported = cc.export_row(load_customer(1), groups, full_id=True)
    finally:
        close_database()
    open_database(tmp_path / "imported.sqlite3")
    try:
        keys = list(exported)
        texts = [cc.format_text(cc.BY_KEY[k], exported[k]) for k in keys]
        p = plan_import(Table([cc.BY_KEY[k].zh for k in keys], [texts]), keys)
        assert [r.action for r in p.rows] == [CREATE]
        result = run_import(p)
        assert stored(result.customer_ids[0]) == saved
    finally:
        close_database()


def test_bulk_created_cards_match_save_customer(tmp_path: Path, db_path: Path) -> None:
    """Many rows (the bulk path with its key shortcuts) against cards saved one by one."""
    names = ["张伟", "重庆火锅店", "单田芳", "Acme Ltd.", "曾国藩", "李 明", "ＡＢＣ商行", "乐乐"]
    rows = [[name, f"1380013{n:04d}", "VIP" if n % 2 else ""] for n, name in enumerate(names)]
    result = run_import(plan(["客户名称", "手机", "分组"], rows))
    imported = [stored(cid) for cid in result.customer_ids]
    DB.execute_sql("DELETE FROM membership")
    DB.execute_sql("DELETE FROM search_key")
    DB.execute_sql("DELETE FROM customer")
    DB.execute_sql("DELETE FROM 'group'")
    vip = create_group("VIP").id
    for n, name in enumerate(names):
        kind = cc.infer_kind(CustomerData(name=name))
        data = CustomerData(kind=kind, name=name, mobile=f"1380013{n:04d}")
        data.group_ids = {vip} if n % 2 else set()
        save_customer(data, confirm=True)
    saved = [stored(cid) for (cid,) in Customer.select(Customer.id).order_by(Customer.id).tuples()]
    assert imported == saved


# --- the report ---------------------------------------------------------------------------


def test_report_csv(db_path: Path) -> None:
    p = plan(["客户名称", "手机"], [["张三", "=1+2"], ["李四", "abc"]])
    data = report_csv(p)
    assert data.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert lines[0] == ["行号", "列", "值", "问题", "类别"]
    assert lines[1][:3] == ["2", "手机", "'=1+2"]
    assert lines[1][3].startswith("Not a phone number") and lines[1][4] == "错误"
    assert lines[2][:3] == ["3", "手机", "abc"]
    translated = report_csv(p, translate=lambda t: "译：" + t, language="en")
    lines = list(csv.reader(io.StringIO(translated.decode("utf-8-sig"))))
    assert lines[0][0] == "Row" and lines[1][3].startswith("译：Not a phone")


def test_worker_processes_plan_as_this_process_does(db_path: Path) -> None:
    headers = ["客户名称", "手机", "身份证号", "生日", "分组", "联系人1姓名", "联系人1电话"]
    rows = [
        [f"客户{n}", f"1380013{n:04d}", BAD_CHECKSUM_ID if n == 7 else "", "1990-05-17", "甲",
         "", ""]
        for n in range(1100)
    ]  # fmt: skip
    for n in range(10, 1100, 100):  # companies with a contact person
        rows[n][0] = f"客户{n}有限公司"
        rows[n][3] = ""
        rows[n][5:7] = ["王芳", f"0755-86{n:04d}11"]
    rows[500][1] = "not a phone"
    rows[600][0:2] = ["客户1", ""]  # repeats row 3 by name, no mobile to tell apart
    table = Table(headers, rows)
    here = plan_import(table, guess_mapping(headers), workers=0)
    there = plan_import(table, guess_mapping(headers), workers=1)
    assert there.rows == here.rows
    assert [(c.name, c.phone) for c in there.row(12).card.contacts] == [("王芳", "0755-86001011")]
    assert (there.created, there.skipped, there.rejected) == (1098, 1, 1)
    assert [p.severity for p in there.row(9).problems] == ["warning"]  # the checksum


def test_a_name_alone_is_no_duplicate_when_the_mobiles_differ(db_path: Path) -> None:
    save_customer(CustomerData(name="张伟", mobile="13800138000"), confirm=True)
    p = plan(
        ["客户名称", "手机"],
        [
            ["张伟", "13900139000"],  # another 张伟: a different mobile
            ["张伟", ""],  # nothing tells this one apart: the stored 张伟
            ["李娜", "13700137000"],
            ["李娜", "13600136000"],  # another 李娜 in the file
        ],
    )
    assert [r.action for r in p.rows] == ["create", "skip", "create", "create"]
    assert p.rows[1].duplicate_of is not None and p.rows[1].duplicate_of.reason == "Same name"


def test_a_merge_that_breaks_a_rule_can_be_undone(db_path: Path) -> None:
    cid = save_customer(CustomerData(name="老王", mobile="13800138000"), confirm=True).id
    # Data from before today's rules: the stored e-mail would not pass now.
    Customer.update(email="not-an-email").where(Customer.id == cid).execute()
    p = plan(["客户名称", "手机", "地址"], [["老王", "13800138000", "北京市朝阳区1号"]])
    assert p.rows[0].action == SKIP and p.rows[0].duplicate_of is not None
    set_action(p, 2, FILL)
    row = p.row(2)
    assert row.action == REJECT and row.errors  # the merged card has the bad e-mail
    set_action(p, 2, SKIP)  # undone: the row's own problems only
    assert row.action == SKIP and not row.errors and row.merged is None
    result = run_import(p)
    assert (result.created, result.updated, result.rejected) == (0, 0, 0)
    assert load_customer(cid).address == ""


@pytest.mark.parametrize("workers", [0, 2])
def test_new_customers_are_stored_exactly_as_the_card_editor_stores_them(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    """Columns, numbers, sort key, initials and search key of an imported card
    equal those save_customer writes for the same card - with the keys made in
    this process and by worker processes."""
    import app.importer as importer_module

    monkeypatch.setattr(importer_module, "default_workers", lambda count: workers)
    headers = ["客户名称", "简称", "手机", "电话", "邮箱", "微信", "联系人1姓名", "联系人1手机"]
    rows = [
        ["曾单华", "单华", "13800138000", "010-12345678", "a@example.com", "wx1", "乐乐",
         "13900139000"],
        ["重庆长安贸易有限公司", "长安", "", "023-61234567", "", "", "王芳", "13700137000"],
        ["Smith & Co 3号", "", "13600136000", "", "", "", "", ""],
    ]  # fmt: skip
    result = run_import(plan(headers, rows))
    assert result.created == 3
    imported = {
        r.name: r
        for r in Customer.select(
            Customer.name, Customer.number, Customer.sort_key, Customer.initials, Customer.id
        )
    }
    keys = dict(SearchKey.select(SearchKey.customer, SearchKey.text).tuples())
    for name, row in imported.items():
        card = load_customer(row.id)
        card.id = card.version = None
        card.number = card.number + "X"  # the same card saved anew, another number
        saved = save_customer(card, confirm=True)
        again = Customer.get_by_id(saved.id)
        assert (again.sort_key, again.initials) == (row.sort_key, row.initials), name
        expected = SearchKey.get_by_id(saved.id).text.replace(
            card.number.lower(), row.number.lower()
        )
        assert keys[row.id] == expected, name
