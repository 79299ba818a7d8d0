"""The ageing table (账龄分析) as a file: CSV for any spreadsheet, XLSX for
Excel, and a JSON document for other programs.

Column headings are passed in by the caller (the UI translates them); the
English defaults are marked for translation. Money is written from the fen
through Decimal, never through float: CSV cells read ``1234.50``, XLSX cells
are numbers formatted ``#,##0.00``. Each currency gets its own totals row, as
the report never adds two currencies together.

A file is written to a temporary file in the target folder and then put in
place, so a failed export never leaves half a file or spoils an older one.
"""

from __future__ import annotations

import csv
import io
import os
import secrets
import unicodedata
from collections.abc import Callable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from app.ageing import BUCKET_KEYS, AgeingReport, AgeingRow, AgeingTotals
from app.cell_guard import guard_text
from app.choices import DEBT_CLASS
from app.errors import KnownError
from app.i18n import QT_TRANSLATE_NOOP
from app.money import from_fen

#: Column keys in order, with their English headings.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("number", QT_TRANSLATE_NOOP("app", "Number")),
    ("name", QT_TRANSLATE_NOOP("app", "Name")),
    ("salesperson", QT_TRANSLATE_NOOP("app", "Salesperson")),
    ("currency", QT_TRANSLATE_NOOP("app", "Currency")),
    ("current", QT_TRANSLATE_NOOP("app", "Current")),
    ("1_30", QT_TRANSLATE_NOOP("app", "1-30")),
    ("31_60", QT_TRANSLATE_NOOP("app", "31-60")),
    ("61_90", QT_TRANSLATE_NOOP("app", "61-90")),
    ("91_180", QT_TRANSLATE_NOOP("app", "91-180")),
    ("181_365", QT_TRANSLATE_NOOP("app", "181-365")),
    ("over_365", QT_TRANSLATE_NOOP("app", "Over 365")),
    ("credit", QT_TRANSLATE_NOOP("app", "Credit")),
    ("balance", QT_TRANSLATE_NOOP("app", "Balance")),
    ("overdue", QT_TRANSLATE_NOOP("app", "Overdue")),
    ("worst_class", QT_TRANSLATE_NOOP("app", "Worst class")),
)
COLUMN_KEYS = tuple(key for key, _label in COLUMNS)
MONEY_KEYS = (*BUCKET_KEYS, "credit", "balance", "overdue")
#: The label of the totals rows, in the number column; a header key like the others.
TOTAL_LABEL = QT_TRANSLATE_NOOP("app", "Total")
ENCODINGS = ("utf-8-sig", "gbk")
MONEY_FORMAT = "#,##0.00"

assert BUCKET_KEYS == COLUMN_KEYS[4:11]

Cell = str | Decimal


class ExportError(KnownError):
    """The file cannot be written as asked; the message says what to do."""


def headings(headers: Mapping[str, str] | None = None) -> list[str]:
    """The column headings: *headers* by column key, English for the rest."""
    given = headers or {}
    return [given.get(key, label) for key, label in COLUMNS]


def _money(fen: int) -> Decimal:
    return from_fen(fen)


def _money_cells(buckets: list[int], credit_fen: int, balance: int, overdue: int) -> list[Cell]:
    # The credit is shown negative: the buckets plus the credit make the balance.
    return [*(_money(f) for f in buckets), _money(-credit_fen), _money(balance), _money(overdue)]


def row_cells(row: AgeingRow, class_labels: Mapping[str, str] | None = None) -> list[Cell]:
    """One customer's cells in COLUMNS order; money as Decimal."""
    labels = class_labels or DEBT_CLASS
    worst = row.worst_class
    return [
        row.number,
        row.name,
        row.salesperson,
        row.currency,
        *_money_cells(row.buckets, row.credit_fen, row.balance_fen, row.overdue_fen),
        labels.get(worst, worst),
    ]


def total_cells(totals: AgeingTotals, headers: Mapping[str, str] | None = None) -> list[Cell]:
    label = (headers or {}).get("total", TOTAL_LABEL)
    return [
        label,
        "",
        "",
        totals.currency,
        *_money_cells(totals.buckets, totals.credit_fen, totals.balance_fen, totals.overdue_fen),
        "",
    ]


def _all_totals(report: AgeingReport) -> list[AgeingTotals]:
    return [report.totals[currency] for currency in sorted(report.totals)]


# --- JSON -----------------------------------------------------------------------------------


def _amounts(buckets: list[int]) -> dict[str, str]:
    return {key: str(_money(fen)) for key, fen in zip(BUCKET_KEYS, buckets, strict=True)}


def _classes(classes: Mapping[str, int]) -> dict[str, str]:
    return {key: str(_money(fen)) for key, fen in sorted(classes.items()) if fen}


def ageing_document(report: AgeingReport) -> dict[str, Any]:
    """A JSON-ready document: money as strings ("1234.50"), never floats. As in
    the files, ``credit`` is negative: the buckets plus the credit make the
    balance."""
    rows = [
        {
            "number": row.number,
            "name": row.name,
            "salesperson": row.salesperson,
            "currency": row.currency,
            "buckets": _amounts(row.buckets),
            "credit": str(_money(-row.credit_fen)),
            "balance": str(_money(row.balance_fen)),
            "overdue": str(_money(row.overdue_fen)),
            "worst_class": row.worst_class,
            "classes": _classes(row.classes),
        }
        for row in report.rows
    ]
    totals = {
        t.currency: {
            "customers": t.customers,
            "buckets": _amounts(t.buckets),
            "credit": str(_money(-t.credit_fen)),
            "balance": str(_money(t.balance_fen)),
            "overdue": str(_money(t.overdue_fen)),
            "classes": _classes(t.classes),
        }
        for t in _all_totals(report)
    }
    return {
        "as_of": report.as_of.isoformat(),
        "class": report.debt_class,
        "bucket_keys": list(BUCKET_KEYS),
        "rows": rows,
        "totals": totals,
    }


# --- writing files safely --------------------------------------------------------------------


def _write_atomically(path: str | os.PathLike[str], write: Callable[[IO[bytes]], None]) -> Path:
    target = Path(path)
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(
            QT_TRANSLATE_NOOP("app", "The folder {folder} does not exist."), folder=folder
        )
    temp = folder / f".{target.name}.{secrets.token_hex(4)}.tmp"
    try:
        with open(temp, "xb") as stream:  # permissions as any new file (umask)
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "app",
                "Cannot write {path}: {reason}. If the file is open in another program "
                "such as Excel, close it and try again.",
            ),
            path=target,
            reason=exc.strerror or str(exc),
        ) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return target


# --- CSV ------------------------------------------------------------------------------------


def _csv_text(cell: Cell) -> str:
    if isinstance(cell, Decimal):
        return str(cell)
    # Keep a name like "=HYPERLINK(...)" text when the file is opened in Excel.
    return guard_text(cell)


def _check_gbk(report: AgeingReport, lines: list[list[str]]) -> None:
    """Name the first customer (or the headings) GBK cannot encode."""
    for index, line in enumerate(lines):
        for cell in line:
            try:
                cell.encode("gbk")
            except UnicodeEncodeError as exc:
                char = cell[exc.start]
                if index == 0:
                    where = QT_TRANSLATE_NOOP("app", "the column headings")
                elif index <= len(report.rows):
                    row = report.rows[index - 1]
                    where = f"{row.number} {row.name}"
                else:
                    where = QT_TRANSLATE_NOOP("app", "the totals")
                raise ExportError(
                    QT_TRANSLATE_NOOP(
                        "app",
                        "{where} contains {char} (U+{code:04X}), which GBK cannot encode. "
                        "Export as UTF-8 instead: Excel opens it too.",
                    ),
                    where=where,
                    char=char,
                    code=ord(char),
                ) from None


def write_csv(
    report: AgeingReport,
    path: str | os.PathLike[str],
    *,
    encoding: str = "utf-8-sig",
    headers: Mapping[str, str] | None = None,
    class_labels: Mapping[str, str] | None = None,
) -> Path:
    """Write the table as CSV: UTF-8 with a BOM (Excel on a Chinese Windows
    opens it as UTF-8) or GBK. A blank line, then a totals row per currency."""
    if encoding not in ENCODINGS:
        raise ValueError(f"encoding must be one of {ENCODINGS}, not {encoding!r}")
    lines = [headings(headers)]
    lines += [[_csv_text(c) for c in row_cells(row, class_labels)] for row in report.rows]
    if report.rows:
        lines.append([])
        lines += [[_csv_text(c) for c in total_cells(t, headers)] for t in _all_totals(report)]
    if encoding == "gbk":
        _check_gbk(report, lines)

    def write(stream: IO[bytes]) -> None:
        text = io.TextIOWrapper(stream, encoding=encoding, newline="")
        csv.writer(text).writerows(lines)
        text.flush()
        text.detach()

    return _write_atomically(path, write)


# --- XLSX -----------------------------------------------------------------------------------


def _text_width(text: str) -> int:
    """Columns a text takes in a spreadsheet: CJK characters take two."""
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        for ch in text
    )


def write_xlsx(
    report: AgeingReport,
    path: str | os.PathLike[str],
    headers: Mapping[str, str] | None = None,
    *,
    class_labels: Mapping[str, str] | None = None,
) -> Path:
    """Write the table as an Excel workbook: bold headings frozen with the
    number and name columns, money as numbers formatted ``#,##0.00``, a bold
    totals row per currency, column widths fitted to the contents."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = report.as_of.isoformat()
    bold = Font(bold=True)
    widths = [0] * len(COLUMNS)

    def put(line: list[Cell], *, strong: bool = False) -> None:
        sheet.append([None] * len(line))
        row_number = sheet.max_row
        for index, value in enumerate(line):
            cell = sheet.cell(row=row_number, column=index + 1)
            if isinstance(value, Decimal):
                cell.value = value
                cell.number_format = MONEY_FORMAT
                shown = f"{value:,.2f}"
            else:
                value = ILLEGAL_CHARACTERS_RE.sub("", value)
                cell.value = value
                # Always text: a name starting with "=" is not a formula.
                cell.data_type = "s"
                shown = value
            if strong:
                cell.font = bold
            widths[index] = max(widths[index], _text_width(shown))

    put(list(headings(headers)), strong=True)
    for row in report.rows:
        put(row_cells(row, class_labels))
    last_row = sheet.max_row
    if report.rows:
        sheet.append([])
        for totals in _all_totals(report):
            put(total_cells(totals, headers), strong=True)
    sheet.freeze_panes = "C2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{last_row}"
    for index, width in enumerate(widths):
        sheet.column_dimensions[get_column_letter(index + 1)].width = min(max(width + 2, 8), 60)

    return _write_atomically(path, book.save)


__all__ = [
    "COLUMNS",
    "COLUMN_KEYS",
    "ENCODINGS",
    "MONEY_FORMAT",
    "MONEY_KEYS",
    "TOTAL_LABEL",
    "ExportError",
    "ageing_document",
    "headings",
    "row_cells",
    "total_cells",
    "write_csv",
    "write_xlsx",
]
