"""Reading files to import (app.import_files): CSV in the encodings and
dialects Chinese offices meet, XLSX, vCard through read_table, and every file
that must be refused with a message instead of a traceback."""

from __future__ import annotations

import csv
import io
import time
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.documents.page import Cancelled
from app.import_files import (
    ENCODINGS,
    MAX_CELL,
    MAX_COLUMNS,
    Table,
    UnreadableFile,
    column_letter,
    read_table,
    sniff_delimiter,
    sniff_format,
)
from app.vcard import BROKEN_CARD

ROWS = [
    ["姓名", "手机", "地址", "备注"],
    ["张三", "13800138000", "北京市朝阳区建国路1号", "老客户"],
    ["欧阳娜娜", "+86 139 1234 5678", "上海市浦东新区, 世纪大道100号", "说“你好”"],
    ["李四", "", "", ""],
]


def write_csv(path: Path, rows, *, encoding="utf-8", delimiter=",", **kwargs) -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, **kwargs).writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def as_rows(table: Table) -> list[list[object]]:
    return [table.headers, *table.rows]


# --- CSV: encodings ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "detected"),
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("gbk", "gb18030"), ("gb18030", "gb18030")],
)
def test_csv_encodings_are_detected(tmp_path, written, detected):
    table = read_table(write_csv(tmp_path / "客户.csv", ROWS, encoding=written))
    assert table.format == "csv"
    assert table.encoding == detected
    assert as_rows(table) == ROWS
    assert table.row_numbers == [2, 3, 4]
    assert table.header_row == 1


def test_a_bom_never_ends_up_in_the_first_header(tmp_path):
    path = write_csv(tmp_path / "a.csv", ROWS, encoding="utf-8-sig")
    assert read_table(path, encoding="utf-8").headers[0] == "姓名"


def test_gb18030_characters_beyond_gbk(tmp_path):
    rows = [["姓名", "备注"], ["𠀀先生", "䶮"]]  # outside GBK, inside GB18030
    path = write_csv(tmp_path / "a.csv", rows, encoding="gb18030")
    assert as_rows(read_table(path)) == rows


def test_big5_is_read_when_chosen(tmp_path):
    rows = [["姓名", "地址"], ["陳大文", "臺北市"]]
    path = write_csv(tmp_path / "a.csv", rows, encoding="big5")
    table = read_table(path, encoding="big5")
    assert as_rows(table) == rows
    assert table.encoding == "big5"


def test_a_wrong_chosen_encoding_names_the_line(tmp_path):
    rows = [["name"], ["abc"], ["张三"]]
    path = write_csv(tmp_path / "a.csv", rows, encoding="gbk")
    with pytest.raises(UnreadableFile) as caught:
        read_table(path, encoding="utf-8")
    assert caught.value.params["line"] == 3
    assert "utf-8" in str(caught.value)


def test_an_unknown_encoding_is_refused(tmp_path):
    path = write_csv(tmp_path / "a.csv", ROWS)
    with pytest.raises(UnreadableFile, match="latin-1"):
        read_table(path, encoding="latin-1")
    assert set(ENCODINGS) >= {"utf-8", "gbk", "gb18030"}


def test_utf16_unicode_text_from_excel(tmp_path):
    path = write_csv(tmp_path / "a.txt", ROWS, encoding="utf-16", delimiter="\t")
    table = read_table(path)
    assert table.encoding == "utf-16"
    assert table.delimiter == "\t"
    assert as_rows(table) == ROWS


# --- CSV: dialects and shapes ----------------------------------------------------------------


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiters_are_sniffed(tmp_path, delimiter):
    table = read_table(write_csv(tmp_path / "a.csv", ROWS, delimiter=delimiter))
    assert table.delimiter == delimiter
    assert as_rows(table) == ROWS


def test_delimiters_inside_quotes_and_chinese_punctuation_do_not_fool_the_sniffer():
    text = '姓名;地址;备注\n"张三";"北京,朝阳,建国路";"a,b,c,d"\n李四;上海，浦东;；\n'
    assert sniff_delimiter(text) == ";"
    assert sniff_delimiter("姓名\n张三\n") == ","


def test_a_chosen_delimiter_wins(tmp_path):
    path = write_csv(tmp_path / "a.csv", ROWS, delimiter=";")
    table = read_table(path, delimiter=",")
    assert table.delimiter == ","
    assert table.headers[0] == ";".join(ROWS[0])
    with pytest.raises(UnreadableFile):
        read_table(path, delimiter="|")


def test_quoted_newlines_blank_lines_and_row_numbers(tmp_path):
    text = '姓名,备注\n\n张三,"第一行\n第二行"\n\n\n李四,\n,\n王五,"""引号"""\n\n'
    path = tmp_path / "a.csv"
    path.write_text(text, encoding="utf-8")
    table = read_table(path)
    assert table.rows == [["张三", "第一行\n第二行"], ["李四", ""], ["王五", '"引号"']]
    # Records as Excel numbers them: blank lines count, a quoted newline does not.
    assert table.row_numbers == [3, 6, 8]


def test_ragged_rows_are_padded_and_extra_cells_kept(tmp_path):
    text = "姓名,手机,,\n张三\n李四,139,,,,\n王五,137,,,x\n"
    path = tmp_path / "a.csv"
    path.write_text(text, encoding="utf-8")
    table = read_table(path)
    assert table.headers == ["姓名", "手机", "", "", ""]
    assert table.rows == [
        ["张三", "", "", "", ""],
        ["李四", "139", "", "", ""],
        ["王五", "137", "", "", "x"],
    ]


def test_trailing_empty_columns_are_dropped(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("姓名,手机,,,\n张三,138,,,\n", encoding="utf-8")
    table = read_table(path)
    assert table.headers == ["姓名", "手机"]
    assert table.rows == [["张三", "138"]]


def test_duplicate_and_empty_headers_are_kept_in_place(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text(" 姓名 ,电话,,电话\n张三,1,2,3\n", encoding="utf-8")
    table = read_table(path)
    assert table.headers == ["姓名", "电话", "", "电话"]
    assert table.rows == [["张三", "1", "2", "3"]]


def test_a_title_row_above_the_header_is_skipped(tmp_path):
    rows = [["某某公司客户名单（2024年）"], [], *ROWS]
    table = read_table(write_csv(tmp_path / "a.csv", rows))
    assert table.headers == ROWS[0]
    assert table.header_row == 3
    assert table.row_numbers == [4, 5, 6]


def test_a_one_column_file_keeps_its_header(tmp_path):
    table = read_table(write_csv(tmp_path / "a.csv", [["姓名"], ["张三"], ["李四"]]))
    assert table.headers == ["姓名"]
    assert table.rows == [["张三"], ["李四"]]


def test_only_a_header(tmp_path):
    table = read_table(write_csv(tmp_path / "a.csv", [ROWS[0]]))
    assert table.headers == ROWS[0]
    assert table.rows == [] and table.row_numbers == []


# --- CSV: refused ---------------------------------------------------------------------------


def test_an_empty_file_is_refused(tmp_path):
    path = tmp_path / "空.csv"
    path.write_bytes(b"")
    with pytest.raises(UnreadableFile, match="empty"):
        read_table(path)
    (tmp_path / "空.xlsx").write_bytes(b"")
    with pytest.raises(UnreadableFile, match="empty"):
        read_table(tmp_path / "空.xlsx")


def test_a_file_of_blank_lines_is_refused(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes(b"\xef\xbb\xbf\r\n,,\r\n  \r\n")
    with pytest.raises(UnreadableFile, match="no rows"):
        read_table(path)


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 40,  # NUL bytes
        b"\x89PNG\r\n\x1a\n" + bytes(range(1, 256)) * 40,  # no NUL, undecodable
        "姓名,手机\n".encode("utf-16-le"),  # UTF-16 without its BOM
    ],
)
def test_a_binary_file_named_csv_is_refused(tmp_path, data):
    path = tmp_path / "photo.csv"
    path.write_bytes(data)
    with pytest.raises(UnreadableFile) as caught:
        read_table(path)
    assert caught.value.params["name"] == "photo.csv"


def test_an_html_page_saved_as_xls_is_refused(tmp_path):
    path = tmp_path / "export.xls"
    path.write_text("<html><body><table><tr><td>姓名</td></tr></table></body></html>")
    assert sniff_format(path) == "csv"
    with pytest.raises(UnreadableFile, match="HTML"):
        read_table(path)


def test_ten_thousand_columns_are_refused_quickly(tmp_path):
    path = tmp_path / "wide.csv"
    rows = [[f"列{i}" for i in range(10_000)]] + [["x"] * 10_000 for _ in range(200)]
    write_csv(path, rows)
    started = time.perf_counter()
    with pytest.raises(UnreadableFile) as caught:
        read_table(path)
    assert time.perf_counter() - started < 1
    assert caught.value.params["row"] == 1
    assert str(MAX_COLUMNS) in str(caught.value)


def test_a_wide_data_row_is_refused_with_its_number(tmp_path):
    rows = [["姓名", "手机"], ["张三", "1"], ["李四"] + ["x"] * (MAX_COLUMNS + 5)]
    with pytest.raises(UnreadableFile) as caught:
        read_table(write_csv(tmp_path / "a.csv", rows))
    assert caught.value.params["row"] == 3


def test_a_cell_longer_than_excel_allows_is_refused_with_row_and_column(tmp_path):
    rows = [["姓名", "备注"], ["张三", "x"], ["李四", "长" * (MAX_CELL + 1)]]
    with pytest.raises(UnreadableFile) as caught:
        read_table(write_csv(tmp_path / "a.csv", rows))
    assert (caught.value.params["row"], caught.value.params["column"]) == (3, "B")


def test_a_quoted_field_of_a_hundred_thousand_lines_is_refused_quickly(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text('姓名,备注\n张三,"' + "一行\n" * 100_000 + '"\n', encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(UnreadableFile) as caught:
        read_table(path)
    assert time.perf_counter() - started < 2
    assert caught.value.params["row"] == 2


def test_an_unclosed_quote_reads_to_the_end_without_a_crash(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text('姓名,备注\n张三,"没有结束\n李四,x\n', encoding="utf-8")
    table = read_table(path)
    assert table.rows == [["张三", "没有结束\n李四,x\n"]]


def test_a_missing_file_is_a_message(tmp_path):
    with pytest.raises(UnreadableFile, match="Cannot read"):
        read_table(tmp_path / "nothing.csv")


# --- progress and cancel ---------------------------------------------------------------------


def test_progress_and_cancel(tmp_path):
    rows = [["姓名", "手机"]] + [[f"客户{i}", f"138{i:08d}"] for i in range(5000)]
    path = write_csv(tmp_path / "a.csv", rows)
    seen: list[tuple[int, int]] = []
    table = read_table(path, progress=lambda done, total: seen.append((done, total)))
    assert len(table.rows) == 5000
    assert len(seen) >= 5 and seen[-1][0] == seen[-1][1]
    assert all(a[0] <= b[0] for a, b in zip(seen, seen[1:], strict=False))
    with pytest.raises(Cancelled):
        read_table(path, cancelled=lambda: True)


def test_a_hundred_thousand_rows_in_a_few_seconds(tmp_path):
    rows = [ROWS[0]] + [[f"客户{i}", f"138{i:08d}", "北京市朝阳区", "备注"] for i in range(100_000)]
    path = write_csv(tmp_path / "big.csv", rows, encoding="gbk")
    started = time.perf_counter()
    table = read_table(path)
    assert time.perf_counter() - started < 5
    assert len(table.rows) == 100_000
    assert table.rows[-1][0] == "客户99999"
    assert table.row_numbers[-1] == 100_001


# --- property: whatever csv.writer writes reads back -------------------------------------------

_CELL = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=12,
)


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    header=st.lists(
        st.text(alphabet="姓名手机地址abcXYZ", min_size=1, max_size=6), min_size=1, max_size=5
    ),
    body=st.lists(st.lists(_CELL, min_size=0, max_size=5), max_size=8),
    delimiter=st.sampled_from([",", ";", "\t"]),
    quoting=st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "gb18030"]),
)
def test_csv_written_by_python_reads_back(tmp_path, header, body, delimiter, quoting, encoding):
    width = len(header)
    body = [(row + [""] * width)[:width] for row in body]
    path = tmp_path / "prop.csv"
    buffer = io.StringIO(newline="")
    # Line ends as Excel and csv.writer write them: with "\n" alone, csv.writer
    # leaves a cell with a bare "\r" unquoted, which no reader can tell apart.
    writer = csv.writer(buffer, delimiter=delimiter, quoting=quoting)
    writer.writerows([header, *body])
    path.write_bytes(buffer.getvalue().encode(encoding))

    # The encoding is given: a few GB18030 bytes can also be valid UTF-8.
    table = read_table(path, delimiter=delimiter, encoding=encoding)

    expected = [
        (number, row)
        for number, row in enumerate(body, start=2)
        if any(cell.strip() for cell in row)
    ]
    assert table.headers == [" ".join(h.split()) for h in header]
    assert table.rows == [row for _n, row in expected]
    assert table.row_numbers == [n for n, _row in expected]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    body=st.lists(st.lists(_CELL, min_size=3, max_size=3), min_size=2, max_size=8),
    delimiter=st.sampled_from([",", ";", "\t"]),
)
def test_the_delimiter_of_a_regular_file_is_found(tmp_path, body, delimiter):
    rows = [["姓名", "手机", "备注"], *[["张三", "138", cell] for cell in body[0]], *body]
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, quoting=csv.QUOTE_ALL).writerows(rows)
    assert sniff_delimiter(buffer.getvalue()) == delimiter


# --- XLSX -------------------------------------------------------------------------------------


def make_workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


def test_xlsx_typed_cells_row_numbers_and_trailing_empties(tmp_path):
    path = make_workbook(
        tmp_path / "客户.xlsx",
        {
            "客户": [
                ["姓名", "生日", "额度", "手机", "到访", "VIP", None],
                ["张三", date(1990, 5, 17), 12.5, 13800138000, datetime(2024, 1, 2, 9, 30), True],
                [],
                [None, None],
                ["李四", None, -3, "+86 139", None, False, None],
                [],
                [],
            ],
        },
    )
    table = read_table(path)
    assert table.format == "xlsx" and table.sheet == "客户" and table.sheets == ["客户"]
    assert table.headers == ["姓名", "生日", "额度", "手机", "到访", "VIP"]
    assert table.rows == [
        ["张三", date(1990, 5, 17), 12.5, 13800138000, datetime(2024, 1, 2, 9, 30), True],
        ["李四", None, -3, "+86 139", None, False],
    ]
    assert table.row_numbers == [2, 5]


def test_xlsx_with_a_title_row_and_a_chosen_sheet(tmp_path):
    path = make_workbook(
        tmp_path / "a.xlsx",
        {"说明": [["这是说明"]], "名单": [["2024年客户名单"], ["姓名", "手机"], ["张三", "138"]]},
    )
    assert read_table(path).headers == ["这是说明"]
    table = read_table(path, sheet="名单")
    assert table.headers == ["姓名", "手机"]
    assert table.header_row == 2
    assert table.row_numbers == [3]
    with pytest.raises(UnreadableFile) as caught:
        read_table(path, sheet="Sheet1")
    assert "说明、名单" in str(caught.value)


def test_xlsx_the_first_visible_sheet(tmp_path):
    path = tmp_path / "a.xlsx"
    workbook = openpyxl.Workbook()
    hidden = workbook.active
    hidden.title = "隐藏"
    hidden.append(["x", "y"])
    hidden.sheet_state = "hidden"
    workbook.create_sheet("名单").append(["姓名", "手机"])
    workbook.active = 1
    workbook.save(path)
    assert read_table(path).sheet == "名单"


def test_xlsx_with_a_wrong_dimension_is_read_whole(tmp_path):
    path = make_workbook(tmp_path / "a.xlsx", {"S": [["姓名", "手机", "备注"], ["张三", "1", "x"]]})
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    parts["xl/worksheets/sheet1.xml"] = sheet.replace('ref="A1:C2"', 'ref="A1"').encode()
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    assert read_table(path).rows == [["张三", "1", "x"]]


def test_xlsx_named_csv_is_read_by_its_content(tmp_path):
    path = make_workbook(tmp_path / "a.xlsx", {"S": [["姓名"], ["张三"]]})
    renamed = path.rename(tmp_path / "a.csv")
    assert sniff_format(renamed) == "xlsx"
    assert read_table(renamed).rows == [["张三"]]


def test_xlsx_too_wide_or_long_cells_are_refused(tmp_path):
    path = make_workbook(tmp_path / "wide.xlsx", {"S": [[f"c{i}" for i in range(MAX_COLUMNS + 1)]]})
    with pytest.raises(UnreadableFile, match="columns"):
        read_table(path)
    # openpyxl cuts what it writes to Excel's limit: lengthen the cell in the XML.
    path = make_workbook(tmp_path / "long.xlsx", {"S": [["姓名", "备注"], ["a", "PLACEHOLDER"]]})
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    parts = {k: v.replace(b"PLACEHOLDER", b"x" * 40_000) for k, v in parts.items()}
    _zip(path, parts)
    with pytest.raises(UnreadableFile) as caught:
        read_table(path)
    assert (caught.value.params["row"], caught.value.params["column"]) == (2, "B")


def _zip(path: Path, files: dict[str, str | bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return path


def _broken_workbooks(tmp_path: Path) -> list[Path]:
    good = make_workbook(tmp_path / "good.xlsx", {"S": [["姓名"], ["张三"]]})
    with zipfile.ZipFile(good) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    bad_sheet = dict(parts, **{"xl/worksheets/sheet1.xml": b"<worksheet"})
    no_sheet = {k: v for k, v in parts.items() if k != "xl/worksheets/sheet1.xml"}
    bad_value = dict(
        parts,
        **{
            "xl/worksheets/sheet1.xml": b'<worksheet xmlns="http://schemas.openxmlformats.org/'
            b'spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="n"><v>abc</v></c>'
            b"</row></sheetData></worksheet>"
        },
    )
    content_types = (
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'
    )
    return [
        _zip(tmp_path / "text.xlsx", {"readme.txt": "hello"}),
        _zip(tmp_path / "docx.xlsx", {"[Content_Types].xml": content_types, "word/x.xml": "<x/>"}),
        _zip(tmp_path / "badxml.xlsx", {"[Content_Types].xml": "garbage<"}),
        _zip(tmp_path / "badsheet.xlsx", bad_sheet),
        _zip(tmp_path / "nosheet.xlsx", no_sheet),
        _zip(tmp_path / "badvalue.xlsx", bad_value),
        _truncated(good, tmp_path / "truncated.xlsx"),
    ]


def _truncated(source: Path, target: Path) -> Path:
    data = source.read_bytes()
    target.write_bytes(data[: len(data) // 2])
    return target


def test_a_zip_that_is_not_a_workbook_is_refused(tmp_path):
    for path in _broken_workbooks(tmp_path):
        assert sniff_format(path) == "xlsx"
        with pytest.raises(UnreadableFile) as caught:
            read_table(path)
        assert caught.value.params["name"] == path.name, path


def test_a_text_file_read_as_xlsx_is_refused(tmp_path):
    path = write_csv(tmp_path / "a.xlsx", ROWS)
    assert sniff_format(path) == "csv"  # the content wins
    with pytest.raises(UnreadableFile, match="not an Excel workbook"):
        read_table(path, format="xlsx")


def test_old_xls_and_encrypted_xlsx_say_what_to_do(tmp_path):
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    xls = tmp_path / "old.xls"
    xls.write_bytes(ole + "Workbook".encode("utf-16-le") + b"\x00" * 1000)
    with pytest.raises(UnreadableFile, match="97-2003"):
        read_table(xls)
    locked = tmp_path / "locked.xlsx"
    locked.write_bytes(ole + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 1000)
    with pytest.raises(UnreadableFile, match="password"):
        read_table(locked)


def test_xlsx_progress_and_cancel(tmp_path):
    rows = [["姓名", "手机"]] + [[f"客户{i}", i] for i in range(2500)]
    path = make_workbook(tmp_path / "a.xlsx", {"S": rows})
    seen: list[tuple[int, int]] = []
    assert len(read_table(path, progress=lambda a, b: seen.append((a, b))).rows) == 2500
    assert len(seen) >= 2
    with pytest.raises(Cancelled):
        read_table(path, cancelled=lambda: True)


# --- vCard through read_table --------------------------------------------------------------------


def test_vcard_file_as_a_table(tmp_path):
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:张三\r\nTEL;TYPE=CELL:13800138000\r\nEND:VCARD\r\n"
        'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:坏卡\r\nTEL;TYPE="CELL:138\r\nEND:VCARD\r\n'
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:李四\r\nEMAIL:li@example.com\r\n"
        "BDAY:--0517\r\nEND:VCARD\r\n"
    )
    path = tmp_path / "contacts.txt"
    path.write_text(text, encoding="utf-8")
    assert sniff_format(path) == "vcf"
    table = read_table(path)
    assert table.format == "vcf"
    assert table.headers == ["name", "mobile", "email", "birthday"]
    assert table.rows == [
        ["张三", "13800138000", "", ""],
        ["李四", "", "li@example.com", "--05-17"],
    ]
    assert table.row_numbers == [1, 3]
    assert table.problems == [(2, BROKEN_CARD)]


def test_a_gbk_vcard_file_and_a_file_without_cards(tmp_path):
    path = tmp_path / "a.vcf"
    path.write_bytes("BEGIN:VCARD\nVERSION:2.1\nN:王;五\nEND:VCARD\n".encode("gbk"))
    table = read_table(path)
    assert table.rows == [["王五"]] and table.encoding == "gb18030"
    empty = tmp_path / "b.vcf"
    empty.write_text("hello\n", encoding="utf-8")
    with pytest.raises(UnreadableFile, match="BEGIN:VCARD"):
        read_table(empty)


def test_column_letters():
    assert [column_letter(i) for i in (0, 1, 25, 26, 27, 701, 702)] == [
        "A", "B", "Z", "AA", "AB", "ZZ", "AAA",
    ]  # fmt: skip
