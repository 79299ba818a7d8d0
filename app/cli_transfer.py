"""The import and export commands of the command line. They call the same
app/ functions as the import wizard and the export dialog.

- ``import FILE``: reads a CSV, XLSX or vCard file (``app.import_files``),
  maps its columns by the mapping remembered for its headers or else by the
  headers themselves (``app.import_mapping``), checks every row with the
  card editor's rules and imports in one transaction (``app.importer``).
  Exit status 0 when no row was rejected, 1 when some were, 2 when the file
  cannot be read or the options do not work.
- ``export FILE``: writes the active customers, or a group's, to CSV, XLSX or
  vCard (``app.exporter``); the format follows from the file's extension.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.db import open_database

FORMATS = ("csv", "xlsx", "vcf")
DUPLICATE_CHOICES = ("skip", "fill", "overwrite")
#: Problems printed on stderr; --report writes them all.
SHOWN_PROBLEMS = 10
#: What people type for an encoding, and the name the app uses.
_ENCODING_ALIASES = {
    "utf8": "utf-8",
    "utf-8": "utf-8",
    "utf8-sig": "utf-8-sig",
    "utf-8-sig": "utf-8-sig",
    "utf8sig": "utf-8-sig",
    "utf-8-bom": "utf-8-sig",
    "gbk": "gbk",
    "cp936": "gbk",
    "gb2312": "gbk",
    "gb18030": "gb18030",
    "big5": "big5",
}


def _encoding(text: str) -> str:
    word = text.strip().lower().replace("_", "-")
    return _ENCODING_ALIASES.get(word, word)


def add_transfer_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    importing = sub.add_parser(
        "import",
        parents=[common],
        help="import customers from a CSV, Excel (XLSX) or vCard file",
        description=(
            "Import customers from a CSV file (UTF-8 with or without BOM, GBK or GB18030; "
            "comma, semicolon or tab), an Excel workbook (XLSX) or a vCard file (2.1, 3.0, "
            "4.0). Columns are recognised by their Chinese or English headers (客户名称, "
            "手机, 地址, 生日, 身份证号, 统一社会信用代码, 分组 ...). Every row is checked "
            "with the rules of the customer card; rows with errors are rejected and listed. "
            "A row matching an existing customer (mobile, resident ID, credit code or exact "
            "name) is skipped, fills that customer's empty fields or overwrites them "
            "(--on-duplicate). Everything is imported in one transaction. Exit status 0 when "
            "no row was rejected, 1 when some were, 2 when the file cannot be read."
        ),
    )
    importing.add_argument("file", metavar="FILE", help="the file to import")
    importing.add_argument(
        "--format", choices=FORMATS, help="csv, xlsx or vcf (default: from the file's content)"
    )
    importing.add_argument(
        "--encoding",
        type=_encoding,
        metavar="E",
        help="of a CSV file: utf-8, utf-8-sig, gbk, gb18030 or big5 (default: detected)",
    )
    importing.add_argument(
        "--sheet", metavar="NAME", help="the sheet of an Excel file (default: the first)"
    )
    importing.add_argument(
        "--group",
        metavar="NAME",
        help="also put every imported customer into this group (created if needed)",
    )
    importing.add_argument(
        "--on-duplicate",
        choices=DUPLICATE_CHOICES,
        default="skip",
        help="a row matching an existing customer: skip it (default), fill the "
        "customer's empty fields, or overwrite them",
    )
    importing.add_argument(
        "--all-or-nothing",
        action="store_true",
        help="import nothing at all when any row is rejected",
    )
    importing.add_argument(
        "--report",
        metavar="REPORT.csv",
        help="write every problem (row number, column, value, problem) to this CSV file",
    )
    importing.set_defaults(func=cmd_import)

    exporting = sub.add_parser(
        "export",
        parents=[common],
        help="export customers to CSV, Excel (XLSX) or vCard",
        description=(
            "Write the active customers, or those of a group, to a CSV file (UTF-8 with "
            "BOM that Excel opens, or GBK / GB18030), an Excel workbook with typed cells, "
            "or a vCard 3.0 file for phones. The format follows from the extension "
            "(.csv, .xlsx, .vcf) unless --format is given. Text that a spreadsheet would "
            "run as a formula gets a leading apostrophe unless --raw; resident ID numbers "
            "are masked (110101********1234) unless --full-id. What is exported imports "
            "back unchanged."
        ),
    )
    exporting.add_argument("file", metavar="FILE", help="the file to write")
    exporting.add_argument(
        "--format", choices=FORMATS, help="csv, xlsx or vcf (default: from the extension)"
    )
    exporting.add_argument("--group", metavar="NAME", help="only the customers of this group")
    exporting.add_argument(
        "--encoding",
        type=_encoding,
        metavar="E",
        help="of a CSV file: utf-8-sig (default: UTF-8 with BOM, for Excel), utf-8 "
        "(no BOM), gbk or gb18030",
    )
    exporting.add_argument(
        "--full-id",
        action="store_true",
        help="write resident ID numbers in full (default: masked, 110101********1234)",
    )
    exporting.add_argument(
        "--raw",
        action="store_true",
        help="for another program: no apostrophe before text starting with = + - @",
    )
    exporting.add_argument(
        "--lang",
        choices=("zh", "en"),
        default="zh",
        help="the column headers and choice labels: zh (default) or en",
    )
    exporting.set_defaults(func=cmd_export)


def _say(text: str) -> None:
    print(f"kehu: {text}", file=sys.stderr)


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


# --- import ---------------------------------------------------------------------------------------


def _check_file(path: Path) -> bool:
    if not path.exists():
        _say(f"there is no file {str(path)!r}.")
        return False
    if not path.is_file():
        _say(f"{str(path)!r} is not a file.")
        return False
    return True


def _mapping(table: Any) -> list[str | None] | None:
    """The mapping for the file's headers; None (and a message) when it will not do."""
    from app.import_mapping import check_mapping, guess_mapping, remembered_mapping

    headers = [str(h) for h in table.headers]
    mapping = remembered_mapping(headers) or guess_mapping(headers)
    unknown = [h for h, key in zip(headers, mapping, strict=True) if key is None and h.strip()]
    problems = check_mapping(mapping, headers)
    if problems:
        for issue in problems:
            _say(f"{issue.message}.")
        if unknown:
            _say(f"headers not recognised: {', '.join(unknown)}.")
        _say(
            "name the columns with headers such as 客户名称 (or Name), 手机, 地址, 生日, "
            "身份证号, 分组; nothing was imported."
        )
        return None
    if unknown:
        _say(f"ignored {_plural(len(unknown), 'column')} not recognised: {', '.join(unknown)}.")
    return mapping


def _problem_text(problem: Any) -> str:
    try:
        message = problem.message
    except (KeyError, IndexError, ValueError):
        message = problem.problem
    value = f" {problem.value!r}" if problem.value not in ("", None) else ""
    column = f"{problem.column}{value}: " if problem.column else ""
    return f"row {problem.row_number}: {column}{message}"


def _show_problems(plan: Any, report: str | None) -> None:
    problems = [p for row in plan.rows for p in row.problems if p.severity == "error"]
    warnings = sum(p.severity != "error" for row in plan.rows for p in row.problems)
    for problem in problems[:SHOWN_PROBLEMS]:
        _say(_problem_text(problem))
    more = len(problems) - SHOWN_PROBLEMS
    if more > 0:
        where = "in the report" if report else "with --report FILE.csv"
        _say(f"... and {_plural(more, 'more problem')}; see them all {where}.")
    if warnings:
        where = "in the report" if report else "with --report FILE.csv"
        _say(f"{_plural(warnings, 'warning')} (imported anyway); see them {where}.")


def cmd_import(args: argparse.Namespace) -> int:
    from app.cli import _progress_printer
    from app.documents.output import write_atomically
    from app.import_files import ENCODINGS, read_table
    from app.importer import plan_import, report_csv, run_import

    if args.encoding is not None and args.encoding not in ENCODINGS:
        _say(f"unknown encoding {args.encoding!r}; choose one of {', '.join(ENCODINGS)}.")
        return 2
    path = Path(args.file)
    if not _check_file(path):
        return 2
    open_database(args.db, create=False)
    table = read_table(
        path,
        format=args.format,
        encoding=args.encoding,
        sheet=args.sheet,
        progress=_progress_printer("reading"),
    )
    mapping = _mapping(table)
    if mapping is None:
        return 2
    plan = plan_import(
        table, mapping, on_duplicate=args.on_duplicate, progress=_progress_printer("checking")
    )
    if args.all_or_nothing and plan.rejected:
        result = None  # nothing to write: the database is not touched at all
    else:
        result = run_import(
            plan,
            all_or_nothing=args.all_or_nothing,
            group=args.group,
            progress=_progress_printer("importing"),
        )
    if args.report:
        written = write_atomically(args.report, report_csv(plan))
        _say(f"wrote the report of {_plural(len(plan.rows), 'row')} to {written}.")
    _show_problems(plan, args.report)
    if result is None or not result.written:
        rejected = plan.rejected if result is None else result.rejected
        print(
            f"Imported nothing from {path.name}: {_plural(rejected, 'row')} of "
            f"{len(plan.rows):,} rejected (--all-or-nothing)."
        )
        return 1
    print(
        f"Imported {path.name}: created {result.created:,}, updated {result.updated:,}, "
        f"skipped {result.skipped:,}, rejected {result.rejected:,} "
        f"(of {_plural(len(plan.rows), 'row')})."
    )
    if args.group and (result.created or result.updated):
        _say(f"the imported customers are in the group {args.group!r}.")
    return 1 if result.rejected else 0


# --- export ---------------------------------------------------------------------------------------


def _export_format(args: argparse.Namespace) -> str | None:
    from app.exporter import format_for

    if args.format:
        return str(args.format)
    found = format_for(args.file)
    if found is None:
        _say(
            f"cannot tell the format from {Path(args.file).name!r}: name a .csv, .xlsx "
            "or .vcf file, or give --format."
        )
    return found


def _check_export_options(args: argparse.Namespace, format: str) -> bool:
    from app.exporter import CSV, ENCODINGS

    if args.encoding is not None:
        if format != CSV:
            _say("--encoding is for CSV files; Excel and vCard files are always Unicode.")
            return False
        if args.encoding not in ENCODINGS:
            _say(f"unknown encoding {args.encoding!r}; choose one of {', '.join(ENCODINGS)}.")
            return False
    target = Path(args.file)
    if target.is_dir():
        _say(f"{str(target)!r} is a folder; name the file to write.")
        return False
    return True


def cmd_export(args: argparse.Namespace) -> int:
    from app.cli import _progress_printer
    from app.exporter import CSV, VCF, export_customers, ids_for

    format = _export_format(args)
    if format is None or not _check_export_options(args, format):
        return 2
    open_database(args.db, create=False)
    ids: Sequence[int] = ids_for(group=args.group)
    if not ids:
        where = f" in the group {args.group!r}" if args.group else ""
        _say(f"there is no active customer{where}; nothing was written.")
        return 0
    written = export_customers(
        args.file,
        ids,
        format=format,
        encoding=args.encoding or "utf-8-sig",
        full_id=args.full_id,
        raw=args.raw,
        language=args.lang,
        progress=_progress_printer("export"),
    )
    details = {CSV: f" ({args.encoding or 'utf-8-sig'})", VCF: " (vCard 3.0)"}.get(format, "")
    _say(f"wrote {_plural(written, 'customer')} to {args.file}{details}.")
    if not args.full_id and format != VCF:
        _say("resident ID numbers are masked; --full-id writes them whole.")
    return 0
