"""The customer export: which customers, formula guards, encodings, typed
XLSX cells, masked resident IDs and vCards, checked on real files read back."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from app import cell_guard, collection_support, export_xlsx, exporter
from app import customer_columns as cc
from app.choices import KIND, TIER
from app.customer_query import ALL, ARCHIVED, CustomerFilter
from app.customers import archive_customers, load_customer
from app.db import close_database
from app.documents.page import Cancelled
from app.errors import KnownError, NotFoundError, ValidationError
from app.models import Customer
from app.records import CustomerData
from app.vcard import read_vcards
from tests.unit.test_round_trip import CREDIT_CODE, RESIDENT_ID, fill, sample_cards

#: The names of the sample customers, in number order.
NAMES = ["张三", "李四", "王五", "赵六", "远大贸易有限公司", "深圳市小店"]

# --- the guard -------------------------------------------------------------------------


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_each_formula_start_gets_one_apostrophe(start: str) -> None:
    text = start + "cmd|' /C calc'!A0"
    assert exporter.guard_text(text) == "'" + text
    assert exporter.unguard_text("'" + text) == text


@pytest.mark.parametrize(
    "text", ["", "张三", "a=b", "1+1", "'quoted", "''", "13800138000", " =leading space"]
)
def test_harmless_text_is_left_alone(text: str) -> None:
    assert exporter.guard_text(text) == text
    assert exporter.unguard_text(text) == text


@pytest.mark.parametrize("phone", ["+86 138 0013 8000", "+44 20 7946 0958", "+1 (555) 010-9999"])
def test_phone_numbers_are_not_guarded(phone: str) -> None:
    assert exporter.guard_text(phone) == phone


def test_a_text_that_already_looks_guarded_survives() -> None:
    assert exporter.guard_text("'=x") == "''=x"
    assert exporter.unguard_text("''=x") == "'=x"
    assert exporter.unguard_text("'=x") == "=x"


@given(st.text())
def test_unguard_undoes_guard_for_any_text(text: str) -> None:
    guarded = exporter.guard_text(text)
    assert exporter.unguard_text(guarded) == text
    assert guarded[:1] not in ("=", "+", "-", "@", "\t", "\r") or cell_guard.PHONE.fullmatch(text)


# --- helpers ---------------------------------------------------------------------------


@pytest.fixture
def stored(tmp_path: Path) -> list[int]:
    """The sample customers in a fresh file (open while the test runs)."""
    ids = fill(tmp_path / "kehu.sqlite3", sample_cards())
    yield ids
    close_database()


def read_csv(path: Path, encoding: str = "utf-8-sig") -> list[list[str]]:
    data = path.read_bytes()
    return list(csv.reader(io.StringIO(data.decode(encoding), newline="")))


def column(rows: list[list[str]], key: str, language: str = "zh") -> list[str]:
    index = rows[0].index(getattr(cc.BY_KEY[key], language))
    return [r[index] for r in rows[1:]]


# --- which customers -------------------------------------------------------------------


def test_ids_for_is_the_active_customers_in_number_order(stored: list[int]) -> None:
    archived = max(stored) + 1
    assert exporter.ids_for() == stored
    assert archived not in exporter.ids_for()
    everyone = exporter.ids_for(flt=CustomerFilter(status=ALL))
    assert everyone == [*stored, archived]
    assert exporter.ids_for(flt=CustomerFilter(status=ARCHIVED)) == [archived]


def test_ids_for_a_group_and_a_filter(stored: list[int]) -> None:
    assert exporter.ids_for(group="重要客户") == stored[:2]
    assert exporter.ids_for(group="2024 广交会") == [stored[0], stored[4]]
    flt = CustomerFilter(kind="corporate")
    assert exporter.ids_for(flt=flt) == stored[4:]
    assert exporter.ids_for(group="2024 广交会", flt=flt) == [stored[4]]
    assert exporter.ids_for(flt=CustomerFilter(text="张三")) == [stored[0]]
    archive_customers([stored[0]])
    assert exporter.ids_for(group="重要客户") == [stored[1]]
    with pytest.raises(NotFoundError, match="没有这个组|no group named"):
        exporter.ids_for(group="没有这个组")


def test_cards_are_read_in_the_order_given_across_chunks(
    stored: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exporter, "chunks", lambda ids: collection_support.chunks(ids, 2))
    order = [stored[5], stored[0], 999_999, stored[3], stored[0], stored[1]]
    cards = list(exporter.iter_cards(order))
    # A customer deleted meanwhile is passed over; one asked twice is written once.
    assert [c.id for c, _groups in cards] == [stored[5], stored[0], stored[3], stored[1]]
    assert cards[1][0] == load_customer(stored[0])
    assert cards[1][1] == ["2024 广交会", "重要客户"]  # pinyin order, as on the card


# --- CSV -------------------------------------------------------------------------------


def test_csv_is_utf8_with_bom_crlf_and_minimal_quoting(stored: list[int], tmp_path: Path) -> None:
    out = tmp_path / "客户.csv"
    assert exporter.export_customers(out, stored, format="csv") == 6
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.count(b"\r\n") >= 7
    header = data.split(b"\r\n")[0].decode("utf-8-sig")
    assert header.startswith("客户编号,类型,客户名称,简称")
    rows = read_csv(out)
    assert len(rows) == 7 and all(len(r) == len(cc.COLUMNS) for r in rows)
    # The csv module quotes what needs it: commas, quotes, line breaks.
    assert column(rows, "address")[0] == '北京市海淀区中关村大街1号，3单元 "东门"'
    assert '"妻子：王芳\r\n儿子：张小明"' not in data.decode("utf-8-sig")
    assert column(rows, "family_notes")[0] == "妻子：王芳\n儿子：张小明"
    assert column(rows, "groups")[0] == "2024 广交会；重要客户"
    assert column(rows, "credit_limit")[4] == "123456.70"
    assert column(rows, "founded_on")[4] == "2010-12-31"
    assert column(rows, "contact2_roles")[4] == "财务、付款审批人"


def test_csv_headers_and_labels_in_english(stored: list[int], tmp_path: Path) -> None:
    out = tmp_path / "customers.csv"
    exporter.export_customers(out, stored, format="csv", language="en")
    rows = read_csv(out)
    assert rows[0][:4] == ["Number", "Type", "Name", "Short name"]
    assert column(rows, "kind", "en") == [KIND["individual"]] * 4 + [KIND["corporate"]] * 2
    assert column(rows, "tier", "en")[0] == TIER["key_account"]
    assert column(rows, "reconcile_first", "en")[4] == "yes"


def test_csv_guards_formula_cells_unless_raw(stored: list[int], tmp_path: Path) -> None:
    out = tmp_path / "guarded.csv"
    exporter.export_customers(out, stored, format="csv")
    rows = read_csv(out)
    notes = column(rows, "notes")
    assert notes[0] == '\'=HYPERLINK("http://x","点我")'
    assert notes[1] == "'@SUM(1+1)\n第二行"
    assert notes[2] == "''=已经带引号"
    assert column(rows, "hobbies")[1] == "'-打球"
    assert column(rows, "preferences")[1] == "'+加急"
    assert column(rows, "birthday")[2] == "'--03-08"  # Excel would compute --3-8
    # A phone number runs nothing and is left as it is.
    assert column(rows, "phone")[2] == "+44 20 7946 0958"

    raw = tmp_path / "raw.csv"
    exporter.export_customers(raw, stored, format="csv", raw=True)
    rows = read_csv(raw)
    assert column(rows, "notes")[:3] == [
        '=HYPERLINK("http://x","点我")',
        "@SUM(1+1)\n第二行",
        "'=已经带引号",
    ]
    assert column(rows, "birthday")[2] == "--03-08"


def test_negative_amounts_stay_numbers(
    stored: list[int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = cc.export_row

    def with_negative(card: CustomerData, groups: list[str], **options: object) -> dict:
        row = real(card, groups, **options)  # type: ignore[arg-type]
        if row["credit_limit"] is not None:
            row["credit_limit"] = -row["credit_limit"]  # type: ignore[operator]
        return row

    monkeypatch.setattr(cc, "export_row", with_negative)
    out = tmp_path / "negative.csv"
    exporter.export_customers(out, stored, format="csv")
    assert column(read_csv(out), "credit_limit")[4] == "-123456.70"
    book = tmp_path / "negative.xlsx"
    exporter.export_customers(book, stored, format="xlsx")
    sheet = load_workbook(book).active
    index = [c.value for c in sheet[1]].index("信用额度") + 1
    cell = sheet.cell(row=6, column=index)
    assert cell.data_type == "n" and Decimal(repr(cell.value)) == Decimal("-123456.7")


def test_resident_ids_masked_unless_full_id(stored: list[int], tmp_path: Path) -> None:
    out = tmp_path / "masked.csv"
    exporter.export_customers(out, stored, format="csv")
    assert column(read_csv(out), "id_number")[0] == "110105********002X"
    assert RESIDENT_ID.encode() not in out.read_bytes()
    full = tmp_path / "full.csv"
    exporter.export_customers(full, stored, format="csv", full_id=True)
    assert column(read_csv(full), "id_number")[0] == RESIDENT_ID
    # The credit code is public and never masked.
    assert column(read_csv(out), "credit_code")[4] == CREDIT_CODE


def test_gbk_refuses_a_character_it_cannot_encode(stored: list[int], tmp_path: Path) -> None:
    out = tmp_path / "gbk.csv"
    with pytest.raises(KnownError) as caught:
        exporter.export_customers(out, stored, format="csv", encoding="gbk")
    message = str(caught.value)
    assert "远大贸易有限公司" in message and "C000005" in message
    assert "“ö”" in message and "Söhne" in message and "UTF-8" in message
    assert not out.exists()
    assert list(tmp_path.glob("*.part")) == []


def test_gbk_and_gb18030_files_decode(stored: list[int], tmp_path: Path) -> None:
    out = tmp_path / "gb18030.csv"
    exporter.export_customers(out, stored, format="csv", encoding="gb18030")
    rows = read_csv(out, "gb18030")
    assert column(rows, "notes")[4] == "Zhang & Söhne GmbH"
    chinese = tmp_path / "gbk.csv"
    exporter.export_customers(chinese, stored[:4], format="csv", encoding="gbk")
    assert not chinese.read_bytes().startswith(b"\xef\xbb\xbf")
    assert column(read_csv(chinese, "gbk"), "name") == ["张三", "李四", "王五", "赵六"]


def test_bad_options_are_refused(stored: list[int], tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        exporter.export_customers(
            tmp_path / "x.csv", stored, format="pdf", encoding="latin-1", language="fr"
        )
    assert caught.value.fields == {"format", "language"}
    with pytest.raises(ValidationError) as caught:
        exporter.export_customers(tmp_path / "x.csv", stored, format="csv", encoding="latin-1")
    assert caught.value.fields == {"encoding"}


def test_progress_and_cancel(stored: list[int], tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    out = tmp_path / "done.csv"
    exporter.export_customers(out, stored, format="csv", progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 6) and seen[-1] == (6, 6)
    old = out.read_bytes()
    with pytest.raises(Cancelled):
        exporter.export_customers(out, stored, format="xlsx", cancelled=lambda: True)
    with pytest.raises(Cancelled):
        exporter.export_customers(out, stored, format="csv", cancelled=lambda: True)
    assert out.read_bytes() == old  # the older file is kept as it was
    assert not (tmp_path / "done.xlsx").exists()


def test_format_from_the_file_name() -> None:
    assert exporter.format_for("a.CSV") == "csv"
    assert exporter.format_for(Path("b.xlsx")) == "xlsx"
    assert exporter.format_for("c.vcf") == "vcf"
    assert exporter.format_for("d.pdf") is None


# --- XLSX ------------------------------------------------------------------------------


def test_xlsx_has_typed_cells_and_no_formula(stored: list[int], tmp_path: Path) -> None:
    out = tmp_path / "客户.xlsx"
    assert exporter.export_customers(out, stored, format="xlsx") == 6
    with zipfile.ZipFile(out) as package:
        sheet_xml = package.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml
    book = load_workbook(out)
    sheet = book.active
    assert sheet.freeze_panes == "A2"
    headers = [c.value for c in sheet[1]]
    assert headers == [c.zh for c in cc.COLUMNS]
    assert all(c.font.b for c in sheet[1])
    assert sheet.column_dimensions["C"].width >= 10
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)

    def cell(row: int, key: str):  # noqa: ANN202
        return sheet.cell(row=row, column=headers.index(cc.BY_KEY[key].zh) + 1)

    notes = cell(2, "notes")
    assert notes.data_type == "s" and notes.value == '=HYPERLINK("http://x","点我")'
    assert cell(3, "notes").value == "@SUM(1+1)\n第二行"
    assert cell(4, "notes").value == "''=已经带引号"  # the importer's guard, protected
    founded = cell(6, "founded_on")
    assert founded.is_date and founded.value == datetime(2010, 12, 31)
    assert founded.number_format == "yyyy-mm-dd"
    limit = cell(6, "credit_limit")
    assert limit.data_type == "n" and limit.number_format == "0.00"
    assert Decimal(repr(limit.value)) == Decimal("123456.7")
    days = cell(6, "payment_terms_days")
    assert days.data_type == "n" and days.value == 45
    assert cell(7, "payment_terms_days").value == 0
    # Phone numbers are text: the + and the leading 0 stay.
    assert cell(4, "phone").value == "+44 20 7946 0958"
    assert cell(6, "phone").value == "0571-88886666" and cell(6, "phone").data_type == "s"
    assert cell(2, "mobile").value == "13800138000" and cell(2, "mobile").data_type == "s"
    assert cell(6, "reconcile_first").value == "是"
    assert cell(2, "id_number").value == "110105********002X"
    assert cell(2, "birthday").value == "1949-12-31"
    assert cell(5, "birthday").value == "农历 2020-闰04-08"


def test_xlsx_raw_and_full_id(stored: list[int], tmp_path: Path) -> None:
    out = tmp_path / "raw.xlsx"
    exporter.export_customers(out, stored, format="xlsx", raw=True, full_id=True, language="en")
    sheet = load_workbook(out).active
    headers = [c.value for c in sheet[1]]
    assert headers[:3] == ["Number", "Type", "Name"]
    assert sheet.title == "Customers"
    notes = headers.index("Notes") + 1
    assert sheet.cell(row=4, column=notes).value == "'=已经带引号"
    assert sheet.cell(row=2, column=headers.index("ID number") + 1).value == RESIDENT_ID


def test_xlsx_keeps_carriage_returns_and_drops_what_xml_cannot_hold(
    tmp_path: Path, stored: list[int]
) -> None:
    # The card editor refuses control characters; an older file may still hold them.
    Customer.update(notes="a\r\nb\tc & <d> \x01e").where(Customer.id == stored[2]).execute()
    out = tmp_path / "cr.xlsx"
    exporter.export_customers(out, [stored[2]], format="xlsx")
    sheet = load_workbook(out).active
    headers = [c.value for c in sheet[1]]
    assert sheet.cell(row=2, column=headers.index("备注") + 1).value == "a\r\nb\tc & <d> e"


def test_xlsx_refuses_a_text_longer_than_a_cell(stored: list[int], tmp_path: Path) -> None:
    # More than the card editor takes (20,000), as a file from elsewhere may hold.
    long_text = "长" * (export_xlsx.XLSX_CELL_LIMIT + 1)
    Customer.update(notes=long_text).where(Customer.id == stored[1]).execute()
    with pytest.raises(KnownError, match="C000002 李四.*备注.*32,768.*CSV"):
        exporter.export_customers(tmp_path / "long.xlsx", stored, format="xlsx")
    exporter.export_customers(tmp_path / "long.csv", stored, format="csv")  # CSV takes it


def test_an_empty_selection_gives_a_header_only_file(stored: list[int], tmp_path: Path) -> None:
    out = tmp_path / "empty.xlsx"
    assert exporter.export_customers(out, [], format="xlsx") == 0
    sheet = load_workbook(out).active
    assert sheet.max_row == 1 and sheet["A1"].value == "客户编号"
    csv_out = tmp_path / "empty.csv"
    assert exporter.export_customers(csv_out, [], format="csv") == 0
    assert len(read_csv(csv_out)) == 1


def test_xlsx_with_more_rows_than_the_width_sample(
    stored: list[int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_xlsx, "_WIDTH_SAMPLE", 2)
    out = tmp_path / "many.xlsx"
    exporter.export_customers(out, stored, format="xlsx")
    sheet = load_workbook(out).active
    assert [r[2] for r in sheet.iter_rows(min_row=2, values_only=True)] == NAMES


# --- vCard -----------------------------------------------------------------------------


def test_vcard_file(stored: list[int], tmp_path: Path) -> None:
    out = tmp_path / "客户.vcf"
    assert exporter.export_customers(out, stored, format="vcf") == 6
    text = out.read_bytes().decode("utf-8")
    assert text.count("BEGIN:VCARD") == 6 and "VERSION:3.0" in text
    assert RESIDENT_ID not in text
    cards = read_vcards(text)
    assert [c["name"] for c in cards] == [
        "张三",
        "李四",
        "王五",
        "赵六",
        "远大贸易有限公司",
        "深圳市小店",
    ]
    assert cards[0]["mobile"] == "13800138000"
    assert cards[2]["phone"] == "+44 20 7946 0958"


# --- any text --------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(name=st.text(min_size=1), notes=st.text(), groups=st.lists(st.text(min_size=1), max_size=3))
def test_any_text_comes_back_from_csv(name: str, notes: str, groups: list[str]) -> None:
    card = CustomerData(name=name, notes=notes, number="C1")
    data = exporter._csv_bytes(
        iter([(card, groups)]), encoding="utf-8-sig", full_id=False, raw=False, language="zh"
    )
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert len(rows) == 2 and len(rows[1]) == len(cc.COLUMNS)
    back = [exporter.unguard_text(cell) for cell in rows[1]]
    assert back[[c.key for c in cc.COLUMNS].index("name")] == name
    assert back[[c.key for c in cc.COLUMNS].index("notes")] == notes
    assert back[[c.key for c in cc.COLUMNS].index("groups")] == "；".join(groups)
    for cell in rows[1]:
        assert not cell.startswith(cell_guard.FORMULA_START) or cell_guard.PHONE.fullmatch(cell)


@settings(max_examples=40, deadline=None)
@given(notes=st.text())
def test_any_text_comes_back_from_xlsx(
    tmp_path_factory: pytest.TempPathFactory, notes: str
) -> None:
    card = CustomerData(name="张三", notes=notes, number="C1")
    data = export_xlsx.xlsx_bytes(
        iter([(card, [])]),
        headers=[c.zh for c in cc.COLUMNS],
        full_id=False,
        raw=False,
        language="zh",
        total=1,
    )
    sheet = load_workbook(io.BytesIO(data)).active
    value = sheet.cell(row=2, column=[c.key for c in cc.COLUMNS].index("notes") + 1).value
    expected = export_xlsx._NOT_XML.sub("", notes)
    assert exporter.unguard_text(value or "") == expected
