"""How a greeting addresses a person: 王总, 李经理, 张女士, Mr. Smith."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.salutation import derive, position_form, salutation


@pytest.mark.parametrize(
    ("name", "gender", "title", "expected"),
    [
        # The boss is 王总 whatever the card calls the post.
        ("王伟", "male", "总经理", "王总"),
        ("王伟", "female", "副总经理", "王总"),
        ("王伟", "", "总监", "王总"),
        ("王伟", "male", "财务总监", "王总"),
        ("王伟", "male", "总裁", "王总"),
        ("王伟", "male", "销售副总", "王总"),
        ("王伟", "male", "CEO", "王总"),
        ("王伟", "male", "董事长", "王董"),
        ("王伟", "male", "董事", "王董"),
        # Other posts are said in full after the surname.
        ("李娜", "female", "经理", "李经理"),
        ("李娜", "female", "销售部经理", "李经理"),
        ("陈静", "female", "办公室主任", "陈主任"),
        ("刘洋", "male", "老师", "刘老师"),
        ("周杰", "male", "高级工程师", "周工"),
        # An assistant or secretary to the boss is not the boss.
        ("孙丽", "female", "总经理助理", "孙助理"),
        ("孙丽", "female", "董事长秘书", "孙秘书"),
        # 总 inside another word is no post.
        ("吴敏", "female", "总务", "吴女士"),
        ("吴刚", "male", "总机接线员", "吴先生"),
        # No post: by gender; no gender either: the full name.
        ("张三", "male", "", "张先生"),
        ("张丽", "female", "", "张女士"),
        ("张三", "", "", "张三"),
        ("张三", "", "采购", "张三"),
        # Compound surnames.
        ("欧阳娜娜", "female", "", "欧阳女士"),
        ("司马光", "male", "总经理", "司马总"),
        ("诸葛亮", "male", "主任", "诸葛主任"),
        # A Latin name in a Chinese greeting keeps the name.
        ("John Smith", "male", "", "John Smith 先生"),
        ("  ", "male", "经理", ""),
    ],
)
def test_chinese_salutations(name: str, gender: str, title: str, expected: str) -> None:
    assert derive(name, gender, title) == expected


@pytest.mark.parametrize(
    ("name", "gender", "expected"),
    [
        ("John Smith", "male", "Mr. Smith"),
        ("Mary Brown", "female", "Ms. Brown"),
        ("San ZHANG", "male", "Mr. ZHANG"),
        ("Zhang San", "female", "Ms. Zhang"),
        ("王伟", "male", "Mr. 王伟"),
        ("John Smith", "", "John Smith"),
    ],
)
def test_english_salutations(name: str, gender: str, expected: str) -> None:
    # In English the title does not change the salutation.
    assert derive(name, gender, "General Manager", language="en") == expected


def test_the_override_wins() -> None:
    assert salutation("王伟", "male", "总经理", override=" 伟哥 ") == "伟哥"
    assert salutation("John Smith", "male", language="en", override="Dr. Smith") == "Dr. Smith"
    assert salutation("王伟", "male", "总经理", override="  ") == "王总"


def test_position_forms() -> None:
    assert position_form("总经理") == "总"
    assert position_form("  董事长 ") == "董"
    assert position_form("gm") == "总"  # an ASCII abbreviation as a word
    assert position_form("GMT") == ""
    assert position_form("") == ""


@given(
    st.text(alphabet="王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐", min_size=2, max_size=3),
    st.sampled_from(["", "male", "female"]),
    st.text(max_size=12),
)
def test_a_chinese_salutation_starts_with_the_surname(name: str, gender: str, title: str) -> None:
    said = derive(name, gender, title)
    assert said == name or said.startswith(name[0])
    assert salutation(name, gender, title, override="贵宾") == "贵宾"
