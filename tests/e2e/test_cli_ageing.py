"""``python main.py ageing``: the ageing table as a user runs it, in a process
of its own, with real files and exit codes."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
import pytest

from app.cli import display_width
from app.db import close_database, open_database
from app.groups import add_members, create_group
from app.ledger import post_invoice, post_payment
from app.models import Customer
from tests.e2e.test_cli import kehu, no_traceback


def _customer(number: str, name: str, salesperson: str, currency: str = "CNY") -> int:
    return Customer.create(
        number=number,
        kind="corporate",
        name=name,
        sort_key=name,
        salesperson=salesperson,
        currency=currency,
    ).id


def _cut(line: str, width: int) -> str:
    """The start of *line* that takes *width* terminal columns."""
    for end in range(len(line) + 1):
        if display_width(line[:end]) >= width:
            return line[:end]
    return line


@pytest.fixture(scope="module")
def ledger_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ageing") / "ledger.sqlite3"
    open_database(path)
    try:
        a = _customer("C000001", "北京远大贸易有限公司", "李明")
        post_invoice(
            a, number="SO1", entry_date="2025-01-01", amount="12345.67", due_date="2025-01-31"
        )
        post_invoice(a, number="SO2", entry_date="2025-05-01", amount="1000", due_date="2025-06-25")
        b = _customer("C000002", "Acme Trading", "王芳")
        post_invoice(b, number="SO3", entry_date="2024-01-01", amount="5000", due_date="2024-02-01")
        post_payment(b, entry_date="2025-03-01", amount="6000", confirm=True)
        c = _customer("C000003", "𠮷野家", "李明", currency="USD")
        post_invoice(c, number="SO4", entry_date="2025-06-01", amount="800", due_date="2025-07-01")
        vip = create_group("VIP 客户")
        add_members(vip.id, [a])
    finally:
        close_database()
    return path


def test_table_with_totals_per_currency(ledger_db: Path) -> None:
    result = kehu("ageing", "--db", str(ledger_db), "--as-of", "2025-06-30")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Ageing as of 2025-06-30"
    header = lines[2]
    assert header.split()[:4] == ["Number", "Name", "Salesperson", "Cur"]
    rows = [line for line in lines[4:] if not line.startswith("---")]
    assert [r.split()[0] for r in rows] == ["C000001", "C000002", "C000003", "Total", "Total"]
    # Right edges of the balance column line up, Chinese names or not.
    balance_end = display_width(header[: header.index("Balance") + len("Balance")])
    for row, balance in zip(
        rows, ["13,345.67", "-1,000.00", "800.00", "12,345.67", "800.00"], strict=True
    ):
        assert _cut(row, balance_end).endswith(f" {balance}")
    assert "2 customers" in rows[3] and "CNY" in rows[3]
    assert "1 customer" in rows[4] and "USD" in rows[4]
    assert result.stderr == ""


def test_json_with_money_as_strings(ledger_db: Path) -> None:
    result = kehu("ageing", "--json", "--as-of", "2025-06-30", "--db", str(ledger_db))
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["as_of"] == "2025-06-30"
    assert [r["number"] for r in document["rows"]] == ["C000001", "C000002", "C000003"]
    assert document["rows"][0]["buckets"]["91_180"] == "12345.67"
    assert document["rows"][1]["credit"] == "-1000.00"
    assert document["totals"]["CNY"]["balance"] == "12345.67"
    assert document["totals"]["USD"]["buckets"]["current"] == "800.00"
    assert "北京远大贸易有限公司" in result.stdout  # not \\u escapes


def test_filters_by_group_salesperson_and_class(ledger_db: Path) -> None:
    def numbers(*options: str) -> list[str]:
        result = kehu("ageing", "--json", "--as-of", "2025-06-30", "--db", str(ledger_db), *options)
        assert result.returncode == 0, result.stderr
        return [r["number"] for r in json.loads(result.stdout)["rows"]]

    assert numbers("--group", "vip 客户") == ["C000001"]
    assert numbers("--salesperson", "李明") == ["C000001", "C000003"]
    assert numbers("--class", "not_due") == ["C000003"]
    assert numbers("--class", "dead") == []


def test_nothing_owed_says_so(ledger_db: Path) -> None:
    result = kehu("ageing", "--as-of", "2020-01-01", "--db", str(ledger_db))
    assert result.returncode == 0
    assert result.stdout == ""
    assert "nothing is owed as of 2020-01-01" in result.stderr
    as_json = kehu("ageing", "--json", "--as-of", "2020-01-01", "--db", str(ledger_db))
    assert json.loads(as_json.stdout)["rows"] == []


def test_empty_ledger(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    open_database(path)
    close_database()
    result = kehu("ageing", "--db", str(path))
    assert result.returncode == 0 and result.stdout == ""
    assert "nothing is owed" in result.stderr and "no open debt" in result.stderr


def test_writes_csv_and_xlsx(ledger_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "账龄.csv"
    result = kehu("ageing", "--as-of", "2025-06-30", "--db", str(ledger_db), "--csv", str(target))
    assert result.returncode == 0, result.stderr
    assert "wrote 3 customers to" in result.stderr
    assert "C000001" in result.stdout  # the table is printed too
    with target.open(encoding="utf-8-sig", newline="") as stream:
        lines = list(csv.reader(stream))
    assert lines[1][1] == "北京远大贸易有限公司" and lines[1][12] == "13345.67"
    assert lines[-2][0] == "Total" and lines[-2][12] == "12345.67"

    book = tmp_path / "ageing.xlsx"
    result = kehu("ageing", "--as-of", "2025-06-30", "--db", str(ledger_db), "--xlsx", str(book))
    assert result.returncode == 0, result.stderr
    sheet = openpyxl.load_workbook(book).active
    assert sheet["A1"].value == "Number" and sheet["B2"].value == "北京远大贸易有限公司"
    assert sheet["M2"].number_format == "#,##0.00"


def test_gbk_csv_that_cannot_hold_a_name_is_refused(ledger_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "gbk.csv"
    result = kehu("ageing", "--db", str(ledger_db), "--csv", str(target), "--encoding", "gbk")
    assert result.returncode == 2 and no_traceback(result)
    assert "C000003 𠮷野家" in result.stderr and "UTF-8" in result.stderr
    assert result.stderr.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--group", "没有这个组"], "There is no group named '没有这个组'. Groups: VIP 客户."),
        (["--salesperson", "赵六"], "No customer has the salesperson '赵六'."),
        (["--as-of", "2025-13-01"], "not a date: '2025-13-01'"),
        (["--class", "awful"], "invalid choice: 'awful'"),
        (["--csv", "a.csv", "--xlsx", "a.xlsx"], "not allowed with argument"),
    ],
)
def test_bad_input_exits_2(ledger_db: Path, options: list[str], message: str) -> None:
    result = kehu("ageing", "--db", str(ledger_db), *options)
    assert result.returncode == 2 and no_traceback(result)
    assert message in result.stderr
    assert result.stdout == ""


def test_missing_database_not_created(tmp_path: Path) -> None:
    path = tmp_path / "typo.sqlite3"
    result = kehu("ageing", "--db", str(path))
    assert result.returncode == 2 and no_traceback(result)
    assert "does not exist" in result.stderr
    assert not path.exists()


def test_export_to_a_missing_folder(ledger_db: Path, tmp_path: Path) -> None:
    result = kehu("ageing", "--db", str(ledger_db), "--xlsx", str(tmp_path / "no" / "a.xlsx"))
    assert result.returncode == 2 and no_traceback(result)
    assert "does not exist" in result.stderr
