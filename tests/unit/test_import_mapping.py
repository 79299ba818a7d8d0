"""Guessing, remembering and checking which column holds which field."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import customer_columns as cc
from app.import_mapping import (
    CHOSEN_TWICE,
    NO_NAME,
    NOTHING_MAPPED,
    check_mapping,
    guess_mapping,
    mapping_for,
    normalize_header,
    remember_mapping,
    remembered_mapping,
)
from app.models import BusinessSetting


def test_kehu_headers_map_to_every_key_in_both_languages() -> None:
    keys = [c.key for c in cc.COLUMNS]
    assert guess_mapping([c.zh for c in cc.COLUMNS]) == keys
    assert guess_mapping([c.en for c in cc.COLUMNS]) == keys
    assert guess_mapping(keys) == keys  # what a vCard table gives


def test_chinese_headers_as_admins_write_them() -> None:
    headers = ["序号", "姓名", "手机号码", "座机", "生日", "身份证号码", "地址", "备注", "分组"]
    assert guess_mapping(headers) == [
        None,
        "name",
        "mobile",
        "phone",
        "birthday",
        "id_number",
        "address",
        "notes",
        "groups",
    ]


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("名称", "name"),
        ("客户", "name"),
        ("公司名称", "name"),
        ("单位名称", "name"),
        ("移动电话", "mobile"),
        ("Cell", "mobile"),
        ("mobile", "mobile"),
        ("固话", "phone"),
        ("办公电话", "phone"),
        ("TEL", "phone"),
        ("出生日期", "birthday"),
        ("Birthday", "birthday"),
        ("bday", "birthday"),
        ("身份证", "id_number"),
        ("证件号码", "id_number"),
        ("信用代码", "credit_code"),
        ("USCC", "credit_code"),
        ("组", "groups"),
        ("群组", "groups"),
        ("Groups", "groups"),
        ("group", "groups"),
        ("客户类型", "kind"),
        ("E-mail", "email"),
        ("电子邮箱", "email"),
        ("联系人", "contact1_name"),
        ("联系人手机", "contact1_mobile"),
        ("联系人2电话", "contact2_phone"),
        ("Contact 3 Mobile", "contact3_mobile"),
        ("contact2_name", "contact2_name"),
        # Width, case, blanks, required marks and notes in brackets
        ("＊客户名称：", "name"),
        (" 手机 号码 ", "mobile"),
        ("电话（办公）", "phone"),
        ("手机号码(必填)", "mobile"),
        ("Ｅｍａｉｌ", "email"),
        ("违约金日费率（%）", "late_fee_daily_rate"),
        ("手机2", "mobile"),  # a trailing number when nothing else fits
    ],
)
def test_aliases(header: str, key: str) -> None:
    assert guess_mapping([header]) == [key]


def test_unknown_headers_and_repeats_are_not_mapped() -> None:
    assert guess_mapping(["Foo", "", None, "123"]) == [None, None, None, None]
    assert guess_mapping(["手机", "手机号", "电话", "电话2"]) == ["mobile", None, "phone", None]


def test_normalize_header() -> None:
    assert normalize_header(" *手机号码（必填）：") == "手机号码必填"
    assert normalize_header("E-mail") == "email"
    assert normalize_header(None) == ""


def test_mapping_is_remembered_per_header_set(db_path: Path) -> None:
    headers = ["客户", "Tel.", "自定义"]
    assert remembered_mapping(headers) is None
    assert mapping_for(headers) == guess_mapping(headers)
    remember_mapping(headers, ["name", "mobile", "notes"])
    assert remembered_mapping(headers) == ["name", "mobile", "notes"]
    # The same headers written differently (width, case, blanks) are the same set.
    assert remembered_mapping(["客户 ", "TEL", "自定义"]) == ["name", "mobile", "notes"]
    assert mapping_for(headers) == ["name", "mobile", "notes"]
    assert remembered_mapping(["客户", "Tel.", "别的"]) is None
    remember_mapping(headers, ["name", None, None])
    assert remembered_mapping(headers) == ["name", None, None]
    [row] = BusinessSetting.select().where(BusinessSetting.key.startswith("import.mapping."))
    assert len(row.key) == len("import.mapping.") + 40


def test_a_stale_remembered_mapping_is_ignored(db_path: Path) -> None:
    headers = ["客户", "手机"]
    remember_mapping(headers, ["name", "mobile"])
    row = BusinessSetting.get(BusinessSetting.key.startswith("import.mapping."))
    for stale in ('["name"]', '["name", "no_such_field"]', "not json", '{"a": 1}'):
        BusinessSetting.update(value=stale).where(BusinessSetting.key == row.key).execute()
        assert remembered_mapping(headers) is None
    with pytest.raises(ValueError):
        remember_mapping(headers, ["name"])


def test_check_mapping() -> None:
    assert check_mapping(["name", "mobile", None]) == []
    [issue] = check_mapping(["mobile", None])
    assert (issue.field, issue.template) == ("name", NO_NAME)
    [issue] = check_mapping([None, None])
    assert issue.template == NOTHING_MAPPED
    assert check_mapping([]) == check_mapping([None])
    [issue] = check_mapping(["name", "mobile", "mobile"], ["客户", "手机", "手机号"])
    assert (issue.field, issue.template) == ("mobile", CHOSEN_TWICE)
    assert issue.params == {"field": "手机", "columns": "手机, 手机号"}
    assert [i.field for i in check_mapping(["name", "nonsense"])] == ["nonsense"]
