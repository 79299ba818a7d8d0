"""``python main.py import | export`` as a user runs them: real files in and
out, exit codes 0/1/2, what lands on stdout and stderr, and the database
checked afterwards."""

from __future__ import annotations

import csv
import io
import sqlite3
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from app.db import close_database, open_database
from tests.e2e.test_cli import kehu, no_traceback
from tests.unit.test_round_trip import RESIDENT_ID, fill, sample_cards


@pytest.fixture(scope="module")
def customer_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("transfer") / "kehu.sqlite3"
    try:
        fill(path, sample_cards())
    finally:
        close_database()
    return path


def empty_db(folder: Path, name: str = "empty.sqlite3") -> Path:
    path = folder / name
    open_database(path)
    close_database()
    return path


def query(db: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def read_csv(path: Path, encoding: str = "utf-8-sig") -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode(encoding), newline="")))


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8-sig") -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


# --- export ------------------------------------------------------------------------------


def test_export_csv_xlsx_and_vcard(customer_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "客户.csv"
    result = kehu("export", str(out), "--db", str(customer_db))
    assert result.returncode == 0, result.stderr
    assert "wrote 6 customers" in result.stderr and "masked" in result.stderr
    rows = read_csv(out)
    assert rows[0][:3] == ["客户编号", "类型", "客户名称"]
    assert [r[2] for r in rows[1:]][:2] == ["张三", "李四"]
    assert "归档的人" not in out.read_text(encoding="utf-8-sig")  # archived: left out
    assert RESIDENT_ID not in out.read_text(encoding="utf-8-sig")

    book = tmp_path / "customers.xlsx"
    result = kehu("export", str(book), "--db", str(customer_db), "--lang", "en", "--full-id")
    assert result.returncode == 0, result.stderr
    sheet = load_workbook(book).active
    assert [c.value for c in sheet[1]][:3] == ["Number", "Type", "Name"]
    assert sheet.max_row == 7
    assert RESIDENT_ID in [c.value for c in sheet[2]]

    cards = tmp_path / "phone.vcf"
    result = kehu("export", str(cards), "--db", str(customer_db), "--group", "重要客户")
    assert result.returncode == 0, result.stderr
    text = cards.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 2 and "FN:张三" in text and "FN:李四" in text


def test_export_format_option_raw_and_gb18030(customer_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "for-the-accountant.txt"
    result = kehu("export", str(out), "--db", str(customer_db), "--format", "xlsx")
    assert result.returncode == 0, result.stderr
    assert zipfile.is_zipfile(out)

    raw = tmp_path / "raw.csv"
    result = kehu("export", str(raw), "--db", str(customer_db), "--raw", "--encoding", "GB18030")
    assert result.returncode == 0, result.stderr
    rows = read_csv(raw, "gb18030")
    notes = rows[0].index("备注")
    assert rows[1][notes] == '=HYPERLINK("http://x","点我")'
    assert rows[5][notes] == "Zhang & Söhne GmbH"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["out.pdf"], "cannot tell the format"),
        (["out.xlsx", "--encoding", "gbk"], "--encoding is for CSV"),
        (["out.csv", "--encoding", "latin-1"], "unknown encoding 'latin-1'"),
        (["out.csv", "--group", "没有的组"], "There is no group named 没有的组"),
        (["out.csv", "--encoding", "gbk"], "“ö” in"),
        (["out.csv", "--format", "pdf"], "invalid choice"),
    ],
)
def test_export_refuses_what_it_cannot_do(
    customer_db: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    target = tmp_path / args[0]
    result = kehu("export", str(target), *args[1:], "--db", str(customer_db))
    assert result.returncode == 2, result.stderr
    assert message in result.stderr and no_traceback(result)
    assert not target.exists()


def test_export_of_an_empty_group_writes_nothing(tmp_path: Path) -> None:
    db = empty_db(tmp_path)
    open_database(db)
    try:
        from app.groups import create_group

        create_group("空组")
    finally:
        close_database()
    out = tmp_path / "none.csv"
    result = kehu("export", str(out), "--db", str(db), "--group", "空组")
    assert result.returncode == 0 and "nothing was written" in result.stderr
    assert not out.exists()


# --- import ------------------------------------------------------------------------------

HEADER = ["姓名", "手机", "生日", "地址", "分组", "备注"]


def test_import_a_clean_file_then_export_it_back(tmp_path: Path) -> None:
    db = empty_db(tmp_path)
    source = write_csv(
        tmp_path / "通讯录.csv",
        [
            HEADER,
            ["张三", "138 0013 8000", "1990-05-17", "北京市海淀区中关村大街1号", "朋友", ""],
            ["李四", "13900000001", "农历八月十五", "上海市", "朋友；同学", "多行\n备注"],
            ["深圳市华强电子有限公司", "", "", "深圳市福田区", "", "'=SUM(A1)"],
        ],
    )
    result = kehu("import", str(source), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "created 3, updated 0, skipped 0, rejected 0" in result.stdout
    assert no_traceback(result)
    rows = query(db, "SELECT name, mobile, kind, notes FROM customer ORDER BY id")
    assert rows == [
        ("张三", "13800138000", "individual", ""),
        ("李四", "13900000001", "individual", "多行\n备注"),
        ("深圳市华强电子有限公司", "", "corporate", "=SUM(A1)"),
    ]
    groups = query(
        db,
        'SELECT g.name, COUNT(*) FROM membership m JOIN "group" g ON g.id = m.group_id '
        "GROUP BY g.name ORDER BY g.name",
    )
    assert dict(groups) == {"朋友": 2, "同学": 1}

    out = tmp_path / "back.csv"
    assert kehu("export", str(out), "--db", str(db)).returncode == 0
    again = empty_db(tmp_path, "again.sqlite3")
    result = kehu("import", str(out), "--db", str(again))
    assert result.returncode == 0, result.stderr
    assert "created 3" in result.stdout
    columns = "name, mobile, kind, notes, birth_calendar, birth_month, birth_day, address"
    assert query(again, f"SELECT {columns} FROM customer ORDER BY id") == query(
        db, f"SELECT {columns} FROM customer ORDER BY id"
    )


def broken_file(folder: Path) -> Path:
    return write_csv(
        folder / "broken.csv",
        [
            HEADER,
            ["张一", "13800000001", "", "", "", ""],
            ["张二", "13800000002", "", "", "", ""],
            ["张三", "call me", "1990-13-45", "", "", ""],
            ["张四", "13800000004", "", "", "", ""],
            ["张五", "13800000005", "", "", "", ""],
        ],
    )


def test_a_broken_row_in_the_middle_is_rejected_and_reported(tmp_path: Path) -> None:
    db = empty_db(tmp_path)
    report = tmp_path / "report.csv"
    result = kehu("import", str(broken_file(tmp_path)), "--db", str(db), "--report", str(report))
    assert result.returncode == 1, result.stderr
    assert "created 4, updated 0, skipped 0, rejected 1" in result.stdout
    assert "row 4: 手机 'call me'" in result.stderr and no_traceback(result)
    assert query(db, "SELECT name FROM customer ORDER BY id") == [
        ("张一",),
        ("张二",),
        ("张四",),
        ("张五",),
    ]
    lines = read_csv(report)
    assert lines[0] == ["行号", "列", "值", "问题", "类别"]
    problems = {(line[0], line[1], line[2]) for line in lines[1:]}
    assert ("4", "手机", "call me") in problems
    assert ("4", "生日", "1990-13-45") in problems
    assert {line[4] for line in lines[1:]} == {"错误"}


def test_all_or_nothing_imports_nothing(tmp_path: Path) -> None:
    db = empty_db(tmp_path)
    result = kehu(
        "import", str(broken_file(tmp_path)), "--db", str(db), "--all-or-nothing", "--group", "新组"
    )
    assert result.returncode == 1, result.stderr
    assert "Imported nothing" in result.stdout and "row 4" in result.stderr
    assert query(db, "SELECT COUNT(*) FROM customer") == [(0,)]
    assert query(db, 'SELECT COUNT(*) FROM "group"') == [(0,)]


def test_duplicates_fill_and_a_group(tmp_path: Path) -> None:
    db = empty_db(tmp_path)
    first = write_csv(tmp_path / "first.csv", [["姓名", "手机"], ["张三", "13800138000"]])
    assert kehu("import", str(first), "--db", str(db)).returncode == 0
    second = write_csv(
        tmp_path / "second.csv",
        [
            ["姓名", "手机", "邮箱"],
            ["张三", "13800138000", "zs@example.com"],
            ["王五", "13700000000", ""],
            ["王五", "13700000000", ""],
        ],
    )
    result = kehu("import", str(second), "--db", str(db), "--on-duplicate", "skip")
    assert result.returncode == 0, result.stderr
    assert "created 1, updated 0, skipped 2, rejected 0" in result.stdout
    assert query(db, "SELECT email FROM customer WHERE name = '张三'") == [("",)]

    third = write_csv(
        tmp_path / "third.csv",
        [["姓名", "手机", "邮箱"], ["张三", "13800138000", "zs@example.com"]],
    )
    result = kehu(
        "import", str(third), "--db", str(db), "--on-duplicate", "fill", "--group", "展会客户"
    )
    assert result.returncode == 0, result.stderr
    assert "created 0, updated 1, skipped 0, rejected 0" in result.stdout
    assert query(db, "SELECT email FROM customer WHERE name = '张三'") == [("zs@example.com",)]
    members = query(
        db,
        "SELECT c.name FROM membership m JOIN customer c ON c.id = m.customer_id "
        "JOIN \"group\" g ON g.id = m.group_id WHERE g.name = '展会客户'",
    )
    assert members == [("张三",)]


def test_import_gbk_csv_and_an_xlsx_sheet(tmp_path: Path) -> None:
    db = empty_db(tmp_path)
    gbk = write_csv(
        tmp_path / "excel-gbk.csv",
        [["客户名称", "手机", "地址"], ["刘德华", "13500000000", "香港九龙"]],
        encoding="gbk",
    )
    result = kehu("import", str(gbk), "--db", str(db))
    assert result.returncode == 0, result.stderr
    book = Workbook()
    book.active.title = "说明"
    book.active["A1"] = "请看第二页"
    sheet = book.create_sheet("客户")
    sheet.append(["Name", "Mobile", "Founded on", "Credit limit"])
    from datetime import date

    sheet.append(["华为技术有限公司", "13600000000", date(1987, 9, 15), 1234.5])
    workbook = tmp_path / "customers.xlsx"
    book.save(workbook)
    result = kehu("import", str(workbook), "--db", str(db), "--sheet", "客户")
    assert result.returncode == 0, result.stderr
    assert query(db, "SELECT name, founded_on, credit_limit_fen FROM customer ORDER BY id") == [
        ("刘德华", None, None),
        ("华为技术有限公司", "1987-09-15", 123450),
    ]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", "empty"),
        ("photo.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "not a text"),
        ("fake.xlsx", None, "not an Excel workbook"),
        ("headers.csv", "电脑,型号\r\n联想,T14\r\n".encode(), "电脑, 型号"),
    ],
)
def test_unreadable_files_exit_2_without_a_traceback(
    tmp_path: Path, name: str, content: bytes | None, message: str
) -> None:
    db = empty_db(tmp_path)
    path = tmp_path / name
    if content is None:
        with zipfile.ZipFile(path, "w") as package:
            package.writestr("readme.txt", "not a workbook")
    else:
        path.write_bytes(content)
    result = kehu("import", str(path), "--db", str(db))
    assert result.returncode == 2, result.stderr
    assert message in result.stderr and no_traceback(result)
    assert query(db, "SELECT COUNT(*) FROM customer") == [(0,)]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.csv"], "there is no file"),
        (["good.csv", "--encoding", "ebcdic"], "unknown encoding 'ebcdic'"),
        (["good.csv", "--on-duplicate", "merge"], "invalid choice"),
        (["good.csv", "--group", "   "], "group"),
    ],
)
def test_import_bad_options_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    db = empty_db(tmp_path)
    write_csv(tmp_path / "good.csv", [["姓名"], ["张三"]])
    result = kehu("import", str(tmp_path / args[0]), *args[1:], "--db", str(db))
    assert result.returncode == 2, result.stderr
    assert message in result.stderr and no_traceback(result)
    assert query(db, "SELECT COUNT(*) FROM customer") == [(0,)]
