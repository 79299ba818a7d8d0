"""Search keys: how a customer is found by what an admin types in the search box."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from app import validation as v
from app.customer_query import ALL, CustomerFilter, count_customers, find_customers
from app.customers import save_customer
from app.records import ContactData, CustomerData
from app.search_keys import (
    SEPARATOR,
    build_key,
    like_pattern,
    name_keys,
    normalize,
    query_terms,
    sort_key,
)

DB_SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def add(name: str, **fields: object) -> int:
    data = CustomerData(name=name, **fields)  # type: ignore[arg-type]
    return save_customer(data, confirm=True).id


def found(text: str) -> set[int]:
    return {row.id for row in find_customers(CustomerFilter(text=text, status=ALL), limit=10_000)}


# --- the functions on their own ---------------------------------------------------


def test_normalize_folds_width_case_and_blanks() -> None:
    assert normalize("  ＺＨＡＮＧ　San  ") == "zhang san"
    assert normalize("A\t\nB") == "a b"
    assert normalize("１３８") == "138"


def test_name_keys_of_zhang_san() -> None:
    assert name_keys("张三") == ["张三", "zhangsan", "zs"]


@pytest.mark.parametrize(
    ("name", "readings"),
    [
        ("曾小明", {"zengxiaoming", "zxm", "cengxiaoming", "cxm"}),
        ("单田芳", {"shantianfang", "stf", "dantianfang", "dtf"}),
        ("仇英", {"qiuying", "qy", "chouying"}),
    ],
)
def test_polyphonic_surnames_have_every_reading(name: str, readings: set[str]) -> None:
    assert readings <= set(name_keys(name))


def test_latin_words_and_numbers_kept_whole_in_initials() -> None:
    keys = name_keys("IBM中国")
    assert "ibmzg" in keys
    assert "ibmzhongguo" in keys
    assert "wabcgs" in name_keys("王ABC公司")
    assert "3mzg" in name_keys("3M中国")


def test_name_without_han_has_no_pinyin() -> None:
    assert name_keys("Acme Trading") == ["acme trading", "acmetrading"]


def test_readings_are_capped_for_long_names() -> None:
    keys = name_keys("曾单仇朴查解区盖尉乐缪召")
    # the name, the name without spaces (same here), 6 readings x (full, initials)
    assert len(keys) <= 1 + 6 * 2


def test_build_key_joins_parts_with_the_separator() -> None:
    key = build_key(
        names=["张三", "", "  "],
        identifiers=["C000001", ""],
        phones=["138-0013-8000", "+86 10 1234 5678", ""],
    )
    assert key.split(SEPARATOR) == [
        "张三",
        "zhangsan",
        "zs",
        "c000001",
        "13800138000",
        "861012345678",
        "1012345678",
    ]


def test_build_key_drops_duplicate_parts() -> None:
    key = build_key(names=["Acme", "ACME"], phones=["13800138000", "138 0013 8000"])
    assert key.split(SEPARATOR) == ["acme", "13800138000"]


def test_sort_key_orders_by_pinyin() -> None:
    names = ["张三", "阿明", "Bob", "李四", "张", "王五"]
    assert sorted(names, key=sort_key) == ["阿明", "Bob", "李四", "王五", "张", "张三"]


def test_sort_key_breaks_pinyin_ties_by_characters() -> None:
    assert sort_key("张三") != sort_key("章三")  # both zhangsan
    assert sort_key("张三").startswith("zhangsan ")


@pytest.mark.parametrize(
    ("query", "terms"),
    [
        ("", []),
        ("   ", []),
        ("ZS", ["zs"]),
        ("ＺＳ", ["zs"]),
        ("张 zs 张", ["张", "zs"]),
        ("138-0013 8000", ["13800138000"]),
        ("(010) 1234-5678", ["01012345678"]),
        ("+86 138 0013 8000", ["13800138000"]),
        ("0086 138 0013 8000", ["13800138000"]),
        ("１３８ ００１３", ["1380013"]),
        ("12", ["12"]),  # too short for a phone: an ordinary term
        ("1 2", ["1", "2"]),
        ("a%_\\", ["a%_\\"]),
    ],
)
def test_query_terms(query: str, terms: list[str]) -> None:
    assert query_terms(query) == terms


def test_like_pattern_escapes_wildcards() -> None:
    assert like_pattern("a%b_c\\d") == "%a\\%b\\_c\\\\d%"


# --- finding customers in the database -----------------------------------------------


@pytest.fixture
def zhang_san(db_path: Path) -> int:
    return add("张三", mobile="13800138000", phone="010-12345678")


@pytest.mark.parametrize(
    "query",
    [
        "zs",
        "ZS",
        "ｚｓ",
        "zhangsan",
        "zhang",
        "zhangs",
        "张",
        "张三",
        "13800138000",
        "138001",
        "0013 8000",
        "138-0013-8000",
        "+86 138 0013 8000",
        "１３８００１３８０００",
        "12345678",
        "010-1234",
        "C000001",
        "c000001",
    ],
)
def test_zhang_san_is_found_by(zhang_san: int, query: str) -> None:
    assert found(query) == {zhang_san}


@pytest.mark.parametrize("query", ["ls", "lisi", "李", "139", "zsx", "张四"])
def test_zhang_san_is_not_found_by(zhang_san: int, query: str) -> None:
    assert found(query) == set()


def test_multiple_terms_must_all_match(db_path: Path) -> None:
    zhang_san = add("张三", mobile="13800138000")
    zhang_si = add("张四", mobile="13900139000")
    assert found("张") == {zhang_san, zhang_si}
    assert found("张 139") == {zhang_si}
    assert found("zs 1380") == {zhang_san}
    assert found("zs lisi") == set()


@pytest.mark.parametrize(
    ("name", "queries"),
    [
        ("曾小明", ["zxm", "zengxiaoming", "zeng", "cxm", "cengxiaoming"]),
        ("单田芳", ["stf", "shan", "shantianfang", "dtf", "dantianfang"]),
    ],
)
def test_polyphonic_surname_found_by_either_reading(
    db_path: Path, name: str, queries: list[str]
) -> None:
    cid = add(name)
    for query in queries:
        assert found(query) == {cid}, query


def test_latin_word_in_a_name_found_whole(db_path: Path) -> None:
    cid = add("IBM中国有限公司", kind="corporate")
    assert found("ibm") == {cid}
    assert found("ibmzg") == {cid}
    assert found("IBM中国") == {cid}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("a%b", "A%B"),
        ("a_b", "A_B"),
        ("a\\b", "A\\B"),
        ("%", "A%B"),
        ("_", "A_B"),
        ("\\", "A\\B"),
    ],
)
def test_like_wildcards_in_a_query_are_literal(db_path: Path, query: str, expected: str) -> None:
    ids = {name: add(name) for name in ["A%B", "A_B", "A\\B", "AXB", "AB"]}
    assert found(query) == {ids[expected]}


def test_full_width_query_finds_half_width_name(db_path: Path) -> None:
    cid = add("Acme 123")
    assert found("ＡＣＭＥ") == {cid}
    assert found("acme１２３") == {cid}


def test_contact_name_and_phone_find_the_company(db_path: Path) -> None:
    cid = add(
        "北京远大贸易有限公司",
        kind="corporate",
        contacts=[ContactData(name="王芳", mobile="13700137000")],
    )
    assert found("王芳") == {cid}
    assert found("wf") == {cid}
    assert found("13700137000") == {cid}


def test_identifiers_find_the_customer(db_path: Path) -> None:
    person = add("赵六", id_number="11010519491231002X", wechat="zhao_liu88", email="z6@qq.com")
    company = add("远大", kind="corporate", credit_code="91110108551385082Q")
    assert found("11010519491231002x") == {person}
    assert found("zhao_liu88") == {person}
    assert found("z6@qq") == {person}
    assert found("91110108551385082Q") == {company}


def test_count_agrees_with_search(zhang_san: int) -> None:
    assert count_customers(CustomerFilter(text="zs")) == 1
    assert count_customers(CustomerFilter(text="ls")) == 0


# --- properties ----------------------------------------------------------------------


@given(st.text())
def test_key_functions_never_raise(text: str) -> None:
    keys = name_keys(text)
    assert all(isinstance(k, str) and k for k in keys)
    assert isinstance(build_key(names=[text], identifiers=[text], phones=[text]), str)
    assert len(sort_key(text)) <= 400
    assert all(term and " " not in term for term in query_terms(text))


@given(st.text())
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@given(st.text())
def test_key_never_contains_the_separator_within_a_part(text: str) -> None:
    assert all(SEPARATOR not in part for part in name_keys(text))
    assert all(SEPARATOR not in term for term in query_terms(text))
    key = build_key(names=[text], identifiers=[text], phones=[text])
    parts = key.split(SEPARATOR) if key else []
    # Splitting on the separator gives back exactly the parts that were joined.
    expected = name_keys(text) if text.strip() else []
    assert parts[: len(expected)] == expected


def _valid_name(name: str) -> bool:
    issues = v.Issues()
    v.text(issues, "name", name, max_len=200, required=True)
    return not issues.errors


@DB_SETTINGS
@given(name=st.text(min_size=1, max_size=60))
@example(name="00-0")  # a query that looks like a phone is reduced to its digits
@example(name="+86 (10) 1")
@example(name="ﬁ Ǆ ß İ")  # case folding and compatibility forms
def test_saved_customer_found_by_its_own_name(db_path: Path, name: str) -> None:
    assume(_valid_name(name))
    cid = add(name)
    assert cid in found(normalize(name))
    assert cid in found(name)
