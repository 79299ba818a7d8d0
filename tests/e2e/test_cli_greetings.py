"""``python main.py birthdays | greetings | holidays`` as a user runs them:
a small real customer file, real CSV/XLSX/PDF files read back, the greeted
marks checked in the database afterwards."""

from __future__ import annotations

import csv
import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.customers import archive_customers, save_customer
from app.db import close_database, open_database
from app.groups import add_members, create_group
from app.records import Birthday, ContactData, CustomerData
from tests.e2e.test_cli import kehu, no_traceback


@pytest.fixture(scope="module")
def greeting_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("greetings") / "kehu.sqlite3"
    open_database(path)
    try:
        save_customer(
            CustomerData(
                name="张三",
                gender="male",
                mobile="13800138000",
                address="北京市海淀区中关村大街1号",
                postcode="100080",
                birthday=Birthday("lunar", 8, 15, 1985),
            ),
            confirm=True,
        )
        save_customer(
            CustomerData(name="李四", gender="female", birthday=Birthday("solar", 1, 1, 1990)),
            confirm=True,
        )
        firm = save_customer(
            CustomerData(
                kind="corporate",
                name="远大贸易有限公司",
                address="浙江省杭州市西湖区文三路100号",
                postcode="310012",
                founded_on=date(2010, 12, 31),
                contacts=[
                    ContactData(
                        name="王伟",
                        gender="male",
                        title="总经理",
                        roles=["decision_maker"],
                        mobile="13900000001",
                        birthday=Birthday("solar", 12, 30, 1975),
                    ),
                    ContactData(name="李娜", gender="female", title="财务", roles=["finance"]),
                ],
            ),
            confirm=True,
        )
        gone = save_customer(CustomerData(name="赵六", mobile="13700000000"), confirm=True)
        archive_customers([gone.id])
        group = create_group("中秋送礼")
        add_members(group.id, [firm.id])
        from app.holidays import save_custom

        save_custom("公司周年庆", "solar", 6, 18)
    finally:
        close_database()
    return path


def _query(db: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _csv(path: Path, encoding: str = "utf-8-sig") -> list[list[str]]:
    with path.open(encoding=encoding, newline="") as fh:
        return list(csv.reader(fh))


# --- holidays ------------------------------------------------------------------------------


def test_holidays_of_a_year_as_a_table_and_as_json(greeting_db: Path) -> None:
    table = kehu("holidays", "--db", str(greeting_db), "--year", "2026")
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert lines[0].split() == ["Date", "Day", "Holiday", "English", "Calendar", "Lunar", "Key"]
    mid_autumn = next(line for line in lines if "mid_autumn" in line)
    assert mid_autumn.split()[:3] == ["2026-09-25", "Fri", "中秋节"]
    assert "八月十五" in mid_autumn and "lunar" in mid_autumn
    assert any(line.startswith("2026-06-18") and "公司周年庆" in line for line in lines)

    result = kehu("holidays", "--db", str(greeting_db), "--year", "2026", "--json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["year"] == 2026
    days = {h["key"]: h for h in document["holidays"]}
    assert days["new_years_eve"]["date"] == "2026-02-16"
    assert days["new_years_eve"]["lunar"] == {
        "year": 2025,
        "month": 12,
        "day": 29,
        "leap": False,
        "text": "腊月廿九",
    }
    assert days["spring_festival"]["weekday"] == "Tue"
    assert days["dragon_boat"]["date"] == "2026-06-19"
    assert days["national_day"]["calendar"] == "solar"
    custom = [h for h in document["holidays"] if h["custom"]]
    assert [(h["name_zh"], h["date"]) for h in custom] == [("公司周年庆", "2026-06-18")]
    assert [h["date"] for h in document["holidays"]] == sorted(
        h["date"] for h in document["holidays"]
    )


@pytest.mark.parametrize("year", ["1900", "2101", "twenty"])
def test_holidays_of_a_year_out_of_range(greeting_db: Path, year: str) -> None:
    result = kehu("holidays", "--db", str(greeting_db), "--year", year)
    assert result.returncode == 2 and no_traceback(result)
    assert "--year" in result.stderr and result.stdout == ""


# --- birthdays -----------------------------------------------------------------------------


def test_birthdays_across_the_year_boundary_as_json(greeting_db: Path) -> None:
    result = kehu(
        "birthdays", "--db", str(greeting_db), "--from", "2026-12-28", "--days", "7", "--json"
    )
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert (document["from"], document["to"]) == ("2026-12-28", "2027-01-03")
    assert [(e["date"], e["kind"], e["name"], e["age"]) for e in document["events"]] == [
        ("2026-12-30", "birthday", "王伟", 51),
        ("2026-12-31", "anniversary", "远大贸易有限公司", 16),
        ("2027-01-01", "birthday", "李四", 37),
    ]
    wang = document["events"][0]
    assert wang["customer"]["name"] == "远大贸易有限公司" and wang["salutation"] == "王总"
    assert wang["birthday"]["calendar"] == "solar" and wang["days_away"] == 2
    assert document["events"][2]["weekday"] == "Fri" and document["events"][2]["zodiac"] == "snake"


def test_birthdays_today_as_a_table(greeting_db: Path) -> None:
    result = kehu("birthdays", "--db", str(greeting_db), "--from", "2026-09-25", "--days", "1")
    assert result.returncode == 0, result.stderr
    header, _rule, row = result.stdout.splitlines()
    assert header.split() == [
        "Date", "Day", "In", "Name", "Card", "Birthday", "Age", "Zodiac", "Mobile"
    ]  # fmt: skip
    assert row.split() == [
        "2026-09-25", "Fri", "today", "张三", "C000001", "张三", "农历八月十五", "(1985)",
        "41", "牛", "13800138000",
    ]  # fmt: skip
    nothing = kehu("birthdays", "--db", str(greeting_db), "--from", "2026-03-01", "--days", "2")
    assert nothing.returncode == 0 and nothing.stdout == ""
    assert "no birthday or anniversary from 2026-03-01 to 2026-03-02" in nothing.stderr


@pytest.mark.parametrize(
    "args", [("--from", "2026-02-30"), ("--days", "0"), ("--days", "400"), ("--days", "x")]
)
def test_birthdays_with_bad_options(greeting_db: Path, args: tuple[str, ...]) -> None:
    result = kehu("birthdays", "--db", str(greeting_db), *args)
    assert result.returncode == 2 and no_traceback(result) and args[0] in result.stderr


# --- greetings -----------------------------------------------------------------------------


def test_a_csv_for_an_sms_platform_then_marked_as_greeted(
    greeting_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "中秋.csv"
    args = ("greetings", "--db", str(greeting_db), "--holiday", "中秋", "--year", "2025")
    result = kehu(*args, "--out", str(out), "--mark-greeted")
    assert result.returncode == 0, result.stderr
    assert f"Wrote 2 people to {out}; skipped 1 (no mobile)" in result.stderr
    assert "李四" in result.stderr  # named as left out
    rows = _csv(out)
    assert rows[0] == ["姓名", "称呼", "手机", "短信内容"]
    assert [(r[0], r[1], r[2]) for r in rows[1:]] == [
        ("王伟", "王总", "13900000001"),
        ("张三", "张先生", "13800138000"),
    ]
    assert all("中秋" in r[3] for r in rows[1:])
    marks = _query(greeting_db, "SELECT occasion, year, channel FROM greeting_mark")
    assert marks == [("mid_autumn", 2025, "sms")] * 2

    # Again: the two are greeted; only 李四 is left, who has no mobile.
    again = kehu(*args, "--out", str(tmp_path / "again.csv"), "--mark-greeted")
    assert again.returncode == 2 and no_traceback(again)
    assert "none of the 1 people chosen has a mobile number" in again.stderr
    assert not (tmp_path / "again.csv").exists()
    assert len(_query(greeting_db, "SELECT * FROM greeting_mark")) == 2

    # Written again on purpose, in GBK.
    gbk = tmp_path / "gbk.csv"
    result = kehu(*args, "--out", str(gbk), "--include-greeted", "--encoding", "gbk")
    assert result.returncode == 0, result.stderr
    assert [r[0] for r in _csv(gbk, "gbk")[1:]] == ["王伟", "张三"]


def test_an_xlsx_for_a_group_with_all_contacts(greeting_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "spring.xlsx"
    result = kehu(
        "greetings",
        "--db",
        str(greeting_db),
        "--holiday",
        "spring_festival",
        "--year",
        "2027",
        "--group",
        "中秋送礼",
        "--contacts",
        "all",
        "--out",
        str(out),
        "--lang",
        "en",
    )
    assert result.returncode == 0, result.stderr
    assert "Wrote 1 people" in result.stderr and "skipped 1 (no mobile)" in result.stderr
    sheet = load_workbook(out).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0] == ["Name", "Salutation", "Mobile", "Message"]
    assert [r[:3] for r in rows[1:]] == [["王伟", "王总", "13900000001"]]
    unknown_group = kehu(
        "greetings", "--db", str(greeting_db), "--holiday", "春节", "--group", "没有",
        "--out", str(tmp_path / "x.xlsx"),
    )  # fmt: skip
    assert unknown_group.returncode == 2 and "中秋送礼" in unknown_group.stderr


def test_birthdays_of_some_days_to_a_pdf_list_and_cards(greeting_db: Path, tmp_path: Path) -> None:
    args = ("greetings", "--db", str(greeting_db), "--holiday", "birthday")
    days = ("--from", "2026-12-28", "--to", "2027-01-03")
    listed = tmp_path / "生日名单.pdf"
    result = kehu(*args, *days, "--out", str(listed))
    assert result.returncode == 0, result.stderr
    assert f"Wrote 2 people to {listed}; skipped 0" in result.stderr
    text = "".join(page.extract_text() for page in PdfReader(listed).pages)
    assert "王伟" in text and "李四" in text and "张三" not in text
    cards = tmp_path / "贺卡.pdf"
    result = kehu(*args, *days, "--out", str(cards), "--cards")
    assert result.returncode == 0, result.stderr
    assert len(PdfReader(cards).pages) == 2
    envelopes = tmp_path / "envelopes.pdf"
    result = kehu(*args, *days, "--out", str(envelopes), "--envelopes", "DL")
    assert result.returncode == 0, result.stderr
    assert "Wrote 1 people" in result.stderr and "skipped 1 (no address)" in result.stderr


def test_the_year_defaults_to_the_next_time_the_holiday_falls(
    greeting_db: Path, tmp_path: Path
) -> None:
    from app.holidays import BUILT_IN, next_date

    eve = next(h for h in BUILT_IN if h.key == "new_years_eve")
    expected = next_date(eve, date.today())
    assert expected is not None
    out = tmp_path / "eve.csv"
    result = kehu(
        "greetings", "--db", str(greeting_db), "--holiday", "除夕", "--out", str(out),
        "--mark-greeted",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert f"for 除夕 {expected.year}" in result.stderr
    assert _query(
        greeting_db, "SELECT DISTINCT year FROM greeting_mark WHERE occasion = 'new_years_eve'"
    ) == [(expected.year,)]
    custom = kehu(
        "greetings", "--db", str(greeting_db), "--holiday", "公司周年庆",
        "--out", str(tmp_path / "own.csv"),
    )  # fmt: skip
    assert custom.returncode == 0, custom.stderr
    assert len(_csv(tmp_path / "own.csv")) == 3


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--holiday", "情人节", "--out", "x.csv"), "No holiday is called “情人节”"),
        (("--holiday", "中秋", "--out", "x.doc"), "name a .csv, .xlsx or .pdf file"),
        (("--holiday", "中秋", "--out", "x.csv", "--cards"), "are PDFs"),
        (("--holiday", "中秋", "--out", "x.pdf", "--labels", "a5-1x1"), "a4-3x8"),
        (("--holiday", "中秋", "--year", "2101", "--out", "x.csv"), "1901 to 2100"),
        (("--holiday", "中秋", "--year", "1900", "--out", "x.csv"), "1901 to 2100"),
        (("--holiday", "中秋", "--from", "2026-01-01", "--out", "x.csv"), "a holiday takes --year"),
        (("--holiday", "birthday", "--year", "2026", "--out", "x.csv"), "--from and --to"),
        (("--holiday", "birthday", "--from", "2026-01-01", "--out", "x.csv"), "both --from"),
        (
            ("--holiday", "生日", "--from", "2026-03-01", "--to", "2026-02-01", "--out", "x.csv"),
            "--from/--to: The last day is before the first day",
        ),
        (
            ("--holiday", "生日", "--from", "2026-01-01", "--to", "2027-06-01", "--out", "x.csv"),
            "At most 366 days",
        ),
        (("--holiday", "中秋", "--from", "2026-13-01", "--out", "x.csv"), "not a date"),
        (("--holiday", "中秋", "--salesperson", "无名", "--out", "x.csv"), "salesperson"),
    ],
)
def test_greetings_refuses_what_will_not_do(
    greeting_db: Path, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    args = tuple(str(tmp_path / a) if a.startswith("x.") else a for a in args)
    result = kehu("greetings", "--db", str(greeting_db), *args)
    assert result.returncode == 2 and no_traceback(result)
    assert message in result.stderr
    assert not list(tmp_path.iterdir())  # nothing written


def test_an_output_that_cannot_be_written(greeting_db: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    out = blocker / "中秋.csv"
    result = kehu(
        "greetings", "--db", str(greeting_db), "--holiday", "中秋", "--year", "2024",
        "--out", str(out), "--mark-greeted",
    )  # fmt: skip
    assert result.returncode == 2 and no_traceback(result)
    assert "Cannot write" in result.stderr
    # Nothing was marked: the file was never written.
    assert _query(greeting_db, "SELECT * FROM greeting_mark WHERE year = 2024") == []
