"""vCards (app.vcard): real phone exports read (Android 2.1 quoted-printable,
iOS item groups and labels, 3.0, 4.0), broken and oversized cards reported
without stopping the others, and what write_vcards writes read back unchanged."""

from __future__ import annotations

import base64
import time
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.customer_columns import BY_KEY, apply_value, export_row, format_text
from app.records import Birthday, ContactData, CustomerData
from app.vcard import (
    BROKEN_CARD,
    KEYS,
    NOT_CLOSED,
    TOO_LONG,
    parse_vcards,
    read_vcards,
)
from app.vcard_writer import write_vcards


def qp(text: str, charset: str = "utf-8") -> str:
    return "".join(f"={b:02X}" for b in text.encode(charset))


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


# --- real exports -------------------------------------------------------------------------

ANDROID = crlf(
    "BEGIN:VCARD\n"
    "VERSION:2.1\n"
    f"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp('张')};{qp('三')};;;\n"
    f"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp('张三')}\n"
    "TEL;CELL:138-0013-8000\n"
    "TEL;CELL;PREF:139 0013 8000\n"
    "TEL;WORK;VOICE:010-12345678\n"
    "TEL;HOME;FAX:010-87654321\n"
    "EMAIL;HOME:zhangsan@example.com\n"
    f"ADR;HOME;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;;{qp('建国路1号')};{qp('朝阳区')};"
    f"{qp('北京市')};100020;{qp('中国')}\n"
    f"ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp('某某贸易有限公司')}\n"
    f"TITLE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp('采购经理')}\n"
    # a long note: soft line breaks ("=" at the end of a line) inside the UTF-8 bytes
    f"NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp('喜欢喝茶, 周末')}=\n"
    f"{qp('不接电话')}{qp(chr(10))}=\n"
    f"{qp('第二行')}\n"
    "BDAY:1985-10-01\n"
    "PHOTO;ENCODING=BASE64;JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQE\n"
    "  BQgGBgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8QEBEQCgwSExIQEw8QEBD/\n"
    "\n"
    "END:VCARD\n"
)


def test_android_21_quoted_printable():
    (card,) = read_vcards(ANDROID)
    assert card == {
        "name": "张三",
        "mobile": "138-0013-8000",
        "phone": "010-12345678",
        "fax": "010-87654321",
        "email": "zhangsan@example.com",
        "address": "北京市朝阳区建国路1号",
        "postcode": "100020",
        "employer": "某某贸易有限公司",
        "job_title": "采购经理",
        "birthday": "1985-10-01",
        "notes": "喜欢喝茶, 周末不接电话\n第二行\nCELL/PREF: 139 0013 8000",
    }


def test_android_gbk_quoted_printable_and_a_name_only_in_n():
    text = crlf(
        "BEGIN:VCARD\nVERSION:2.1\n"
        f"N;CHARSET=GBK;ENCODING=QUOTED-PRINTABLE:{qp('欧阳', 'gbk')};{qp('娜娜', 'gbk')};;;\n"
        "TEL:13912345678\nTEL:0755-8888 8888\nEND:VCARD\n"
    )
    assert read_vcards(text) == [
        {"name": "欧阳娜娜", "mobile": "13912345678", "phone": "0755-8888 8888"}
    ]


IOS = crlf(
    "BEGIN:VCARD\n"
    "VERSION:3.0\n"
    "PRODID:-//Apple Inc.//iPhone OS 17.0//EN\n"
    "N:李;四;;;\n"
    "FN:李四\n"
    "ORG:深圳某某科技有限公司;销售部\n"
    "TITLE:总经理\n"
    "item1.TEL;type=pref:139 1234 5678\n"
    "item1.X-ABLabel:手机\n"
    "item2.TEL:0755-2666 8888\n"
    "item2.X-ABLabel:_$!<Work>!$_\n"
    "item3.TEL:0755-2666 8899\n"
    "item3.X-ABLabel:_$!<WorkFAX>!$_\n"
    "TEL;type=IPHONE;type=CELL;type=VOICE:+86 186 0000 1111\n"
    "item4.EMAIL;type=INTERNET:lisi@example.cn\n"
    "item4.X-ABLabel:_$!<Work>!$_\n"
    "item5.ADR;type=WORK:;;科技园路1号;深圳市;广东省;518057;中国\n"
    "item5.X-ABADR:cn\n"
    "BDAY;X-APPLE-OMIT-YEAR=1604:1604-05-17\n"
    "IMPP;X-SERVICE-TYPE=QQ;type=pref:x-apple:123456789\n"
    "item6.IMPP;X-SERVICE-TYPE=WeChat:x-apple:lisi_wx\n"
    "item6.X-ABLabel:微信\n"
    "item7.URL;type=pref:https://example.cn\n"
    "item7.X-ABLabel:_$!<HomePage>!$_\n"
    "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAASABIAAD/4QBMRXhpZgAATU0AKgAAAAgAAYdpAAQAAA\n"
    " ABAAAAGgAAAAAAA6ABAAMAAAABAAEAAKACAAQAAAABAAAAZKADAAQAAAABAAAAZAAAAAD/\n"
    "END:VCARD\n"
)


def test_ios_item_groups_and_labels():
    (card,) = read_vcards(IOS)
    assert card == {
        "name": "李四",
        "employer": "深圳某某科技有限公司 销售部",
        "job_title": "总经理",
        "mobile": "139 1234 5678",
        "phone": "0755-2666 8888",
        "fax": "0755-2666 8899",
        "email": "lisi@example.cn",
        "address": "广东省深圳市科技园路1号",
        "postcode": "518057",
        "birthday": "--05-17",
        "qq": "123456789",
        "wechat": "lisi_wx",
        "website": "https://example.cn",
        "notes": "CELL/IPHONE/VOICE: +86 186 0000 1111",
    }


def test_ios_company_card_with_contact_persons():
    text = crlf(
        "BEGIN:VCARD\nVERSION:3.0\nN:;;;;\nFN:某某有限公司\nORG:某某有限公司;\n"
        "X-ABShowAs:COMPANY\n"
        "TEL;type=WORK;type=VOICE:021-5555 6666\n"
        "item1.TEL;type=CELL:13800001111\nitem1.X-ABLabel:王经理\n"
        "item2.EMAIL;type=INTERNET:wang@example.cn\nitem2.X-ABLabel:王经理\n"
        "item3.TEL:021-5555 6667\nitem3.X-ABLabel:财务 刘姐\n"
        "END:VCARD\n"
    )
    assert read_vcards(text) == [
        {
            "name": "某某有限公司",
            "kind": "corporate",
            "phone": "021-5555 6666",
            "contact1_name": "王经理",
            "contact1_mobile": "13800001111",
            "contact2_name": "财务 刘姐",
            "contact2_phone": "021-5555 6667",
            "contact1_email": "wang@example.cn",
        }
    ]


def test_google_contacts_30_export():
    text = crlf(
        "BEGIN:VCARD\nVERSION:3.0\nFN:John Smith\nN:Smith;John;;;\n"
        "EMAIL;TYPE=INTERNET;TYPE=WORK:john@example.com\n"
        "TEL;TYPE=CELL:+1 415-555-0100\n"
        "ADR;TYPE=WORK:;Suite 5;100 Main St;Springfield;IL;62701;USA\n"
        "NOTE:Met at the Canton Fair\\, 2023\\nLikes tea\n"
        "CATEGORIES:myContacts,展会客户\n"
        "END:VCARD\n"
    )
    assert read_vcards(text) == [
        {
            "name": "John Smith",
            "email": "john@example.com",
            "mobile": "+1 415-555-0100",
            "address": "100 Main St, Suite 5, Springfield, IL, USA",
            "postcode": "62701",
            "groups": "展会客户",
            "notes": "Met at the Canton Fair, 2023\nLikes tea",
        }
    ]


def test_vcard_40():
    text = crlf(
        "BEGIN:VCARD\nVERSION:4.0\nKIND:individual\nN:Wang;Fang;;Dr.;\n"
        'TEL;VALUE=uri;TYPE="voice,cell":tel:+86-138-0013-8000\n'
        "TEL;VALUE=uri;TYPE=work:tel:+86-10-6666-8888;ext=12\n"
        "EMAIL;PREF=1:fang@example.com\n"
        "BDAY:--0517\nGENDER:F\n"
        'ADR;LABEL="1 Main St\\nBeijing":;;1 Main St;Beijing;;100000;China\n'
        "END:VCARD\n"
    )
    assert read_vcards(text) == [
        {
            "name": "Dr. Fang Wang",
            "mobile": "+86-138-0013-8000",
            "phone": "+86-10-6666-8888",
            "email": "fang@example.com",
            "address": "1 Main St, Beijing",
            "postcode": "100000",
            "birthday": "--05-17",
        }
    ]


def test_a_40_organisation_and_a_card_with_only_an_org():
    org = "BEGIN:VCARD\nVERSION:4.0\nKIND:org\nFN:ACME Ltd\nORG:ACME Ltd\nEND:VCARD\n"
    only = "BEGIN:VCARD\nVERSION:3.0\nFN:\nN:;;;;\nORG:某某商行\nEND:VCARD\n"
    assert read_vcards(org + only) == [
        {"name": "ACME Ltd", "kind": "corporate"},
        {"name": "某某商行", "kind": "corporate"},
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("BDAY:1990-05-17", "1990-05-17"),
        ("BDAY:19900517", "1990-05-17"),
        ("BDAY;VALUE=DATE:1990-05-17T00:00:00Z", "1990-05-17"),
        ("BDAY:--0517", "--05-17"),
        ("BDAY:--05-17", "--05-17"),
        ("BDAY;X-APPLE-OMIT-YEAR=1604:1604-05-17", "--05-17"),
        ("BDAY;X-APPLE-OMIT-YEAR=1604;VALUE=DATE:16040517", "--05-17"),
        ("BDAY:1604-02-29", "--02-29"),
        ("BDAY:1990-02-30", "1990-02-30"),  # as it is: the importer says why it is wrong
        ("BDAY:明年", "明年"),
        ("X-KEHU-BIRTHDAY:农历 --08-15\nBDAY:2000-09-12", "农历 --08-15"),
    ],
)
def test_birthdays(line, expected):
    text = f"BEGIN:VCARD\nVERSION:3.0\nFN:张三\n{line}\nEND:VCARD\n"
    assert read_vcards(text)[0]["birthday"] == expected


def test_phone_kinds_without_types():
    text = crlf(
        "BEGIN:VCARD\nVERSION:3.0\nFN:赵六\n"
        "TEL:+86 138 0000 2222\nTEL:(020) 3333-4444\nTEL:13800002222\n"
        "item1.TEL:137 0000 3333\nitem1.X-ABLabel:爸爸手机\n"
        "TEL;TYPE=PAGER:9999\nEND:VCARD\n"
    )
    assert read_vcards(text) == [
        {
            "name": "赵六",
            "mobile": "+86 138 0000 2222",
            "phone": "(020) 3333-4444",
            "notes": "TEL: 13800002222\n爸爸手机: 137 0000 3333\nPAGER: 9999",
        }
    ]


def test_commas_and_semicolons_in_text_are_kept():
    text = "BEGIN:VCARD\nVERSION:2.1\nFN:Smith, John\nNOTE:a, b; c\nTITLE:Sales, Asia\nEND:VCARD\n"
    assert read_vcards(text) == [
        {"name": "Smith, John", "job_title": "Sales, Asia", "notes": "a, b; c"}
    ]


def test_unescaped_line_breaks_are_part_of_the_value():
    text = (
        "BEGIN:VCARD\nVERSION:3.0\nFN:张三\nNOTE:第一行\n第二行\nTEL;CELL:13800138000\nEND:VCARD\n"
    )
    assert read_vcards(text) == [
        {"name": "张三", "mobile": "13800138000", "notes": "第一行\n第二行"}
    ]


def test_several_cards_a_broken_one_and_an_unclosed_one():
    text = (
        "BEGIN:VCARD\nVERSION:3.0\nFN:一号\nEND:VCARD\n"
        "random text between cards\n"
        'BEGIN:VCARD\nVERSION:3.0\nFN:二号\nTEL;TYPE="CELL:138\nEND:VCARD\n'
        "BEGIN:VCARD\nVERSION:3.0\nFN:三号\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:2.1\nN:四号\n"  # no END:VCARD
        'BEGIN:VCARD\nVERSION:3.0\nFN:五号\nX-Y;"q":1\nEND:VCARD\n'
        "BEGIN:VCARD\nVERSION:3.0\nFN:六号\n"  # the file is cut off
    )
    parsed = parse_vcards(text)
    assert parsed.cards == [
        (1, {"name": "一号"}),
        (3, {"name": "三号"}),
        (4, {"name": "四号"}),
        (6, {"name": "六号"}),
    ]
    assert parsed.problems == [(2, BROKEN_CARD), (4, NOT_CLOSED), (5, BROKEN_CARD), (6, NOT_CLOSED)]


def test_a_huge_photo_is_skipped_without_decoding():
    photo = base64.b64encode(bytes(range(256)) * 40_000).decode()  # 10 MB of data
    folded = "\n ".join(photo[i : i + 74] for i in range(0, len(photo), 74))
    text = f"BEGIN:VCARD\nVERSION:3.0\nFN:王五\nPHOTO;ENCODING=b;TYPE=JPEG:{folded}\nEND:VCARD\n"
    twenty_one = (
        f"BEGIN:VCARD\nVERSION:2.1\nFN:赵六\nPHOTO;ENCODING=BASE64;JPEG:\n{folded}\n\nEND:VCARD\n"
    )
    started = time.perf_counter()
    assert read_vcards(text + twenty_one) == [{"name": "王五"}, {"name": "赵六"}]
    assert time.perf_counter() - started < 3


@pytest.mark.parametrize("form", ["folded", "quoted-printable", "unescaped"])
def test_a_field_of_a_hundred_thousand_lines(form):
    if form == "folded":
        field = "NOTE:" + "\n ".join(f"第{i}行" for i in range(100_000))
    elif form == "quoted-printable":
        field = "NOTE;ENCODING=QUOTED-PRINTABLE:" + "=\n".join(qp("一行") for _ in range(100_000))
    else:
        field = "NOTE:" + "\n".join(f"line {i}" for i in range(100_000))
    text = (
        "BEGIN:VCARD\nVERSION:3.0\nFN:前\nEND:VCARD\n"
        f"BEGIN:VCARD\nVERSION:3.0\nFN:长\n{field}\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:后\nEND:VCARD\n"
    )
    started = time.perf_counter()
    parsed = parse_vcards(text)
    assert time.perf_counter() - started < 3
    assert parsed.cards == [(1, {"name": "前"}), (3, {"name": "后"})]
    assert parsed.problems == [(2, TOO_LONG)]


def test_a_long_field_that_fits_is_read():
    note = "长" * 30_000
    text = f"BEGIN:VCARD\nVERSION:3.0\nFN:张三\nNOTE:{note}\nEND:VCARD\n"
    assert read_vcards(text) == [{"name": "张三", "notes": note}]


def test_progress_and_cancel():
    from app.documents.page import Cancelled

    text = "".join(f"BEGIN:VCARD\nVERSION:3.0\nFN:客户{i}\nEND:VCARD\n" for i in range(2500))
    seen: list[tuple[int, int]] = []
    assert len(parse_vcards(text, progress=lambda a, b: seen.append((a, b))).cards) == 2500
    assert seen[-1] == (2500, 2500) and len(seen) == 3
    with pytest.raises(Cancelled):
        parse_vcards(text, cancelled=lambda: True)


def test_keys_are_column_keys():
    assert all(key in BY_KEY for key in KEYS)


# --- writing ----------------------------------------------------------------------------------


def person() -> tuple[CustomerData, list[str]]:
    card = CustomerData(
        name="张三",
        gender="male",
        mobile="+86 138 0013 8000",
        phone="010-6666 8888",
        fax="010-6666 8899",
        email="zhangsan@example.com",
        wechat="zhang_san",
        qq="10001",
        address="北京市朝阳区建国路1号, 2单元; 301室",
        postcode="100020",
        employer="某某贸易有限公司",
        job_title="采购经理",
        website="https://example.cn",
        birthday=Birthday("solar", 5, 17),
        notes="喜欢喝茶\n周末不接电话, 请发短信; 谢谢\\",
        credit_limit=Decimal("5000.00"),
    )
    return card, ["家人", "重要客户"]


def company() -> tuple[CustomerData, list[str]]:
    card = CustomerData(
        kind="corporate",
        name="上海某某机械有限公司",
        phone="021-5555 6666",
        address="上海市浦东新区世纪大道100号",
        birthday=Birthday("lunar", 4, 8, 1990, leap=True),
        contacts=[
            ContactData(name="王经理", mobile="13800001111", email="wang@example.cn"),
            ContactData(name="刘会计", phone="021-5555 6667"),
        ],
    )
    return card, []


def expected_values(card: CustomerData, groups: list[str]) -> dict[str, str]:
    """What the CSV export writes for the keys a vCard carries, blanks left out."""
    row = export_row(card, groups)
    values = {key: format_text(BY_KEY[key], row.get(key)) for key in KEYS}
    values["kind"] = "corporate" if card.is_corporate else ""
    if card.is_corporate:
        values["employer"] = ""
    return {k: v for k, v in values.items() if v}


def test_write_then_read_gives_the_same_values():
    cards = [person(), company(), (CustomerData(name="John Smith"), [])]
    text = write_vcards(cards)
    assert text.startswith("BEGIN:VCARD\r\nVERSION:3.0\r\n")
    assert "BDAY;X-APPLE-OMIT-YEAR=1604:1604-05-17" in text
    assert "TEL;TYPE=CELL:+86 138 0013 8000" in text
    text.encode("utf-8")
    assert read_vcards(text) == [expected_values(card, groups) for card, groups in cards]


def test_what_is_written_is_a_valid_vcard_30_for_vobject():
    import vobject

    cards = [person(), company()]
    parsed = list(vobject.readComponents(write_vcards(cards)))
    assert [c.version.value for c in parsed] == ["3.0", "3.0"]
    assert [c.fn.value for c in parsed] == ["张三", "上海某某机械有限公司"]
    assert str(parsed[0].n.value.family) == "张" and parsed[0].n.value.given == "三"
    assert parsed[0].note.value == person()[0].notes
    assert parsed[0].adr.value.street == person()[0].address
    assert [t.value for t in parsed[1].contents["tel"]] == [
        "021-5555 6666",
        "13800001111",
        "021-5555 6667",
    ]


def test_long_lines_are_folded_at_75_octets_between_characters():
    text = write_vcards([(CustomerData(name="张三", notes="长" * 200 + "x" * 100), [])])
    lines = text.split("\r\n")
    assert max(len(line.encode("utf-8")) for line in lines) <= 75
    assert any(line.startswith(" ") for line in lines)
    assert read_vcards(text)[0]["notes"] == "长" * 200 + "x" * 100


def test_what_is_written_imports_back_into_equal_cards():
    original, groups = person()
    (values,) = read_vcards(write_vcards([(original, groups)]))
    card, read_groups, issues = CustomerData(kind="individual"), [], []
    for key, value in values.items():
        apply_value(card, read_groups, key, value, issues)
    assert issues == []
    assert read_groups == groups
    for name in ("name", "mobile", "phone", "fax", "email", "wechat", "qq", "address"):
        assert getattr(card, name) == getattr(original, name)
    assert (card.postcode, card.birthday, card.notes) == (
        original.postcode,
        original.birthday,
        original.notes,
    )


def test_latin_and_chinese_names_are_split_for_n():
    text = write_vcards(
        [
            (CustomerData(name="欧阳娜娜"), []),
            (CustomerData(name="Zhang San"), []),
            (CustomerData(name="John Smith"), []),
        ]
    )
    assert "N:欧阳;娜娜;;;" in text
    assert "N:Zhang;San;;;" in text
    assert "N:Smith;John;;;" in text


_TEXT = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs", "Cc"), blacklist_characters="\u2028\u2029\x85"
    ),
    max_size=60,
).map(str.strip)


@settings(max_examples=80, deadline=None)
@given(name=_TEXT.filter(bool), notes=_TEXT, employer=_TEXT, address=_TEXT, title=_TEXT)
def test_free_text_survives_a_round_trip(name, notes, employer, address, title):
    card = CustomerData(name=name, notes=notes, employer=employer, address=address, job_title=title)
    (values,) = read_vcards(write_vcards([(card, [])]))
    assert values.get("name") == name
    assert values.get("notes", "") == notes
    assert values.get("employer", "") == employer
    assert values.get("address", "") == address
    assert values.get("job_title", "") == title
