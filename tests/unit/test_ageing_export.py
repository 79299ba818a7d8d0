"""The ageing table as CSV, XLSX, JSON and terminal text: what a user opens
must add up to the report, to the fen."""

from __future__ import annotations

import csv
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from app.ageing import BUCKET_KEYS, AgeingReport, ageing
from app.ageing_export import (
    COLUMNS,
    ExportError,
    ageing_document,
    write_csv,
    write_xlsx,
)
from app.cli import display_width, format_ageing
from app.ledger import post_invoice, post_payment
from app.models import Customer
from app.money import from_fen

pytestmark = pytest.mark.usefixtures("db_path")

AS_OF = date(2025, 6, 30)
MONEY = slice(4, 14)  # the money columns: seven buckets, credit, balance, overdue


def customer(number: str, name: str, *, salesperson: str = "李明", currency: str = "CNY") -> int:
    return Customer.create(
        number=number,
        kind="corporate",
        name=name,
        sort_key=name,
        salesperson=salesperson,
        currency=currency,
    ).id


def sample_report() -> AgeingReport:
    a = customer("C000001", "北京远大贸易有限公司")
    post_invoice(a, number="SO1", entry_date="2025-01-01", amount="12345.67", due_date="2025-01-31")
    post_invoice(a, number="SO2", entry_date="2025-05-01", amount="1000.05", due_date="2025-06-25")
    b = customer("C000002", "=HYPERLINK(1)", salesperson="王芳")
    post_invoice(b, number="SO3", entry_date="2024-01-01", amount="5000", due_date="2024-02-01")
    post_payment(b, entry_date="2025-03-01", amount="6000.10", confirm=True)
    c = customer("C000003", "张三", currency="USD")
    post_invoice(c, number="SO4", entry_date="2025-06-01", amount="800.99", due_date="2025-07-01")
    d = customer("C000004", "上海百货", salesperson="王芳")
    post_invoice(d, number="SO5", entry_date="2023-01-01", amount="0.01", due_date="2023-02-01")
    post_invoice(d, number="SO6", entry_date="2025-04-01", amount="2500.50", due_date="2025-04-30")
    return ageing(AS_OF)


def expected_money(fen_buckets: list[int], credit: int, balance: int, overdue: int) -> list[str]:
    return [str(from_fen(f)) for f in [*fen_buckets, -credit, balance, overdue]]


# --- CSV ------------------------------------------------------------------------------------


def test_csv_in_utf8_with_bom_adds_up_to_the_report(tmp_path: Path) -> None:
    report = sample_report()
    path = write_csv(report, tmp_path / "账龄.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel on Chinese Windows reads it as UTF-8
    with path.open(encoding="utf-8-sig", newline="") as stream:
        lines = list(csv.reader(stream))
    assert lines[0] == [label for _key, label in COLUMNS]
    body = lines[1 : 1 + len(report.rows)]
    for line, row in zip(body, report.rows, strict=True):
        assert line[:4] == [
            row.number,
            "'" + row.name if row.name.startswith("=") else row.name,
            row.salesperson,
            row.currency,
        ]
        assert line[MONEY] == expected_money(
            row.buckets, row.credit_fen, row.balance_fen, row.overdue_fen
        )
    assert lines[1 + len(report.rows)] == []
    totals = lines[2 + len(report.rows) :]
    assert [t[3] for t in totals] == ["CNY", "USD"]
    for line in totals:
        t = report.totals[line[3]]
        assert line[0] == "Total"
        assert line[MONEY] == expected_money(t.buckets, t.credit_fen, t.balance_fen, t.overdue_fen)
        # What a user adding the column up in Excel gets:
        for column in range(MONEY.start, MONEY.stop):
            column_sum = sum(Decimal(b[column]) for b in body if b[3] == line[3])
            assert column_sum == Decimal(line[column])
    cny = report.totals["CNY"]
    assert Decimal(totals[0][12]) == from_fen(cny.balance_fen) == Decimal("14846.13")


def test_csv_formula_looking_names_stay_text(tmp_path: Path) -> None:
    report = sample_report()
    path = write_csv(report, tmp_path / "a.csv")
    assert "'=HYPERLINK(1)" in path.read_text(encoding="utf-8-sig")


def test_csv_in_gbk_with_translated_headers(tmp_path: Path) -> None:
    report = sample_report()
    headers = {"number": "编号", "name": "客户名称", "total": "合计", "over_365": "365天以上"}
    classes = {"doubtful": "准呆账", "not_due": "未到期", "collecting": "催收款", "bad": "呆账"}
    path = write_csv(
        report, tmp_path / "gbk.csv", encoding="gbk", headers=headers, class_labels=classes
    )
    assert not path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="gbk", newline="") as stream:
        lines = list(csv.reader(stream))
    assert lines[0][:2] == ["编号", "客户名称"] and lines[0][10] == "365天以上"
    assert lines[0][2] == "Salesperson"  # not given: English
    assert lines[1][1] == "北京远大贸易有限公司" and lines[1][14] == "准呆账"
    assert lines[-2][0] == "合计"


def test_gbk_refuses_a_name_it_cannot_encode_and_writes_nothing(tmp_path: Path) -> None:
    customer("C000009", "𠮷野家餐饮")
    cid = Customer.get(Customer.number == "C000009").id
    post_invoice(cid, number="SO9", entry_date="2025-01-01", amount="10", due_date="2025-01-31")
    report = ageing(AS_OF)
    out = tmp_path / "out"
    out.mkdir()
    old = out / "ageing.csv"
    old.write_bytes(b"an older export")
    with pytest.raises(ExportError) as caught:
        write_csv(report, old, encoding="gbk")
    message = str(caught.value)
    assert "C000009 𠮷野家餐饮" in message and "𠮷" in message
    assert "GBK" in message and "UTF-8" in message
    assert [p.name for p in out.iterdir()] == ["ageing.csv"]
    assert old.read_bytes() == b"an older export"
    # UTF-8 has the character.
    write_csv(report, old)
    assert "𠮷野家餐饮" in old.read_text(encoding="utf-8-sig")


def test_unwritable_target_is_a_clear_error_without_leftovers(tmp_path: Path) -> None:
    report = sample_report()
    target = tmp_path / "taken"
    target.mkdir()  # a folder where the file should go
    for write in (write_csv, write_xlsx):
        with pytest.raises(ExportError) as caught:
            write(report, target)
        assert "Cannot write" in str(caught.value)
    with pytest.raises(ExportError) as missing:
        write_csv(report, tmp_path / "no" / "such" / "a.csv")
    assert "does not exist" in str(missing.value)
    assert not [p for p in tmp_path.rglob("*") if p.name.endswith(".tmp")]
    assert list(target.iterdir()) == []


def test_bad_encoding_is_a_programming_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_csv(ageing(AS_OF), tmp_path / "a.csv", encoding="latin-1")


# --- XLSX -----------------------------------------------------------------------------------


def test_xlsx_numbers_formats_and_totals(tmp_path: Path) -> None:
    report = sample_report()
    path = write_xlsx(report, tmp_path / "ageing.xlsx", headers={"name": "客户名称"})
    sheet = openpyxl.load_workbook(path).active
    assert sheet.title == "2025-06-30"
    header = [cell for cell in sheet[1]]
    assert [c.value for c in header][:3] == ["Number", "客户名称", "Salesperson"]
    assert all(c.font.bold for c in header)
    assert sheet.freeze_panes == "C2"
    for index, row in enumerate(report.rows, start=2):
        cells = sheet[index]
        assert cells[0].value == row.number and cells[1].value == row.name
        assert cells[1].data_type == "s"  # "=HYPERLINK(1)" is not a formula
        for cell, expected in zip(
            cells[MONEY],
            expected_money(row.buckets, row.credit_fen, row.balance_fen, row.overdue_fen),
            strict=True,
        ):
            assert cell.data_type == "n" and cell.number_format == "#,##0.00"
            assert Decimal(str(cell.value)).quantize(Decimal("0.01")) == Decimal(expected)
    blank = len(report.rows) + 2
    assert all(c.value is None for c in sheet[blank])
    for offset, currency in enumerate(["CNY", "USD"], start=1):
        cells = sheet[blank + offset]
        t = report.totals[currency]
        assert cells[0].value == "Total" and cells[3].value == currency
        assert cells[0].font.bold and cells[12].font.bold
        got = [Decimal(str(c.value)).quantize(Decimal("0.01")) for c in cells[MONEY]]
        assert got == [
            Decimal(x)
            for x in expected_money(t.buckets, t.credit_fen, t.balance_fen, t.overdue_fen)
        ]
    assert sheet.max_row == blank + 2
    # Widths fit the contents: the long Chinese name counts double.
    assert sheet.column_dimensions["B"].width >= display_width("北京远大贸易有限公司")
    assert sheet.column_dimensions["M"].width >= len("14,846.13")


def test_empty_report_writes_headings_only(tmp_path: Path) -> None:
    report = ageing(AS_OF)
    assert report.rows == []
    sheet = openpyxl.load_workbook(write_xlsx(report, tmp_path / "e.xlsx")).active
    assert sheet.max_row == 1
    with write_csv(report, tmp_path / "e.csv").open(encoding="utf-8-sig", newline="") as f:
        assert len(list(csv.reader(f))) == 1


# --- JSON and terminal text ---------------------------------------------------------------


def test_json_document_has_money_as_strings() -> None:
    report = sample_report()
    document = json.loads(json.dumps(ageing_document(report), ensure_ascii=False))

    def no_floats(value: object) -> None:
        assert not isinstance(value, float)
        if isinstance(value, dict):
            for item in value.values():
                no_floats(item)
        if isinstance(value, list):
            for item in value:
                no_floats(item)

    no_floats(document)
    assert document["as_of"] == "2025-06-30"
    assert document["bucket_keys"] == list(BUCKET_KEYS)
    first = document["rows"][0]
    assert first["number"] == "C000001" and first["worst_class"] == "doubtful"
    assert first["buckets"]["1_30"] == "1000.05" and first["buckets"]["91_180"] == "12345.67"
    assert first["balance"] == "13345.72"
    second = document["rows"][1]
    assert second["credit"] == "-1000.10" and second["balance"] == "-1000.10"
    assert set(document["totals"]) == {"CNY", "USD"}
    assert document["totals"]["CNY"]["balance"] == "14846.13"
    assert document["totals"]["USD"] == {
        "customers": 1,
        "buckets": {key: "800.99" if key == "current" else "0.00" for key in BUCKET_KEYS},
        "credit": "0.00",
        "balance": "800.99",
        "overdue": "0.00",
        "classes": {"not_due": "800.99"},
    }


def test_terminal_table_lines_up_with_chinese_names() -> None:
    report = sample_report()
    text = format_ageing(report)
    lines = text.splitlines()
    assert lines[0] == "Ageing as of 2025-06-30"
    header, rule = lines[2], lines[3]
    table = [line for line in lines[4:] if not line.startswith("-")]
    assert len(table) == len(report.rows) + 2  # two currencies, a totals line each
    # Money columns are right-aligned: each ends where its heading ends.
    for heading in ("Current", "1-30", "91-180", ">365", "Credit", "Balance", "Overdue"):
        end = display_width(header[: header.index(heading) + len(heading)])
        for line in table:
            cells_before = line[: _index_at_width(line, end)]
            assert display_width(cells_before) == end
            assert line[_index_at_width(line, end) - 1] != " "
    assert "12,345.67" in table[0] and "Doubtful" in table[0]
    assert "-1,000.10" in table[1]
    assert table[-2].startswith("Total") and "3 customers" in table[-2] and "CNY" in table[-2]
    assert "14,846.13" in table[-2]
    assert "1 customer " in table[-1] and "USD" in table[-1]
    assert rule.startswith("-------  ")


def _index_at_width(line: str, width: int) -> int:
    """The index in *line* where *width* terminal columns end."""
    for index in range(len(line) + 1):
        if display_width(line[:index]) >= width:
            return index
    return len(line)


def test_terminal_table_with_a_class_filter_says_so() -> None:
    sample_report()
    text = format_ageing(ageing(AS_OF, _class_filter("dead")))
    assert text.splitlines()[0] == "Ageing as of 2025-06-30, Dead debt only"
    assert "0.01" in text


def _class_filter(key: str):  # noqa: ANN202
    from app.ageing import AgeingFilter

    return AgeingFilter(debt_class=key)
