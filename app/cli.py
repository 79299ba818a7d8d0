"""The command line: one argparse parser; each sub-command calls the same
app/ functions as the GUI. Messages go to stderr, results to stdout.

Exit codes: 0 success (``find`` with no match included), 1 ``check`` found
problems, 2 the command could not run (bad arguments, a file that is not a
Kehu database, a database from a newer version ...), 130 interrupted."""

from __future__ import annotations

import argparse
import json
import os
import signal
import sqlite3
import sys
import threading
import time
import unicodedata
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TextIO

from peewee import OperationalError

from app.db import close_database, open_database
from app.errors import KehuError
from app.money import format_money
from app.storage_location import warn_on_stderr

if TYPE_CHECKING:
    from app.ageing import AgeingReport

DB_HELP = "the database file (default: KEHU_DB, else kehu.sqlite3 in the user's data folder)"
#: OperationalError messages that describe the environment, not a bug.
_ENVIRONMENT_ERRORS = ("locked", "busy", "readonly", "read-only", "disk", "full", "unable to open")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kehu", description="Kehu (客户档案): customer files and collections."
    )
    parser.add_argument("--db", metavar="PATH_OR_URL", help=DB_HELP)
    parser.add_argument(
        "--exit-after-startup",
        action="store_true",
        help="open the main window, load the first page, print startup_ms=N and exit",
    )
    parser.set_defaults(command=None)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    # Sub-commands are added by helpers below; each sets func=...
    _add_commands(sub)
    return parser


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more: {text}")
    return value


def _add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    # --db may also follow the sub-command ("find 张 --db x.sqlite3"). SUPPRESS
    # keeps the value given before the sub-command when it is not repeated.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH_OR_URL", default=argparse.SUPPRESS, help=DB_HELP)

    demo = sub.add_parser(
        "demo",
        help="fill a database with realistic demo customers",
        description=(
            "Fill the database named with --db with realistic demo customers "
            "(individuals and companies, contact persons, groups; always one 张三, "
            "found by typing 'zs') and their receivables: two years of invoices and "
            "payments up to today, and a collection history. The file is created if "
            "needed. A database that "
            "already has customers is refused unless --force is given, so demo data "
            "never mixes with a real customer file by accident."
        ),
    )
    demo.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="the database file to fill (required; created if it does not exist)",
    )
    demo.add_argument(
        "--customers",
        type=_positive,
        default=2000,
        metavar="N",
        help="how many customers (default: 2000)",
    )
    demo.add_argument(
        "--seed", type=int, default=1, metavar="S", help="the same seed gives the same data"
    )
    demo.add_argument(
        "--force",
        action="store_true",
        help="add to a database that already has customers (they are kept; demo "
        "customers get the next free numbers)",
    )
    demo.add_argument(
        "--no-ledger",
        dest="ledger",
        action="store_false",
        help="customers only: no ledger entries and no collection history",
    )
    demo.set_defaults(func=_cmd_demo)

    find = sub.add_parser(
        "find",
        parents=[common],
        help="search customers as the customer list does",
        description=(
            "Search customers by name, pinyin or initials (zs finds 张三), number, "
            "phone or ID, exactly like the search box of the customer list. Prints "
            "number, name, kind and phone; with no match it prints nothing and says "
            "so on stderr (exit status 0)."
        ),
    )
    find.add_argument("query", nargs="+", metavar="QUERY", help="what to look for")
    find.add_argument("--json", action="store_true", help="print JSON (UTF-8) instead of a table")
    find.add_argument("--all", action="store_true", help="include archived customers")
    find.add_argument(
        "--limit", type=_positive, default=50, metavar="N", help="show at most N (default: 50)"
    )
    find.set_defaults(func=_cmd_find)

    check = sub.add_parser(
        "check",
        parents=[common],
        help="check the database for damage and inconsistencies",
        description=(
            "Run every consistency check (file integrity, references, schema version, "
            "customer numbers, search and sort keys, contact persons, group "
            "memberships). Exit status 0 when all pass, 1 when any fails."
        ),
    )
    check.set_defaults(func=_cmd_check)

    _add_ageing(sub, common)
    from app.cli_documents import add_document_commands

    add_document_commands(sub, common)
    from app.cli_greetings import add_greeting_commands

    add_greeting_commands(sub, common)
    from app.cli_transfer import add_transfer_commands

    add_transfer_commands(sub, common)

    from app.cli_backup import add_backup_commands

    add_backup_commands(sub, common)


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (write it as 2025-06-30)") from None


def _add_ageing(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    from app.ageing import CLASS_KEYS
    from app.ageing_export import ENCODINGS

    ageing = sub.add_parser(
        "ageing",
        parents=[common],
        help="print the ageing of receivables (账龄分析), or write it to CSV or XLSX",
        description=(
            "Print what each customer owes by days past due (current, 1-30, 31-60, "
            "61-90, 91-180, 181-365, over 365), the credit not yet applied, the "
            "balance, the overdue amount and the worst class, with totals per "
            "currency. --csv or --xlsx also writes the table to a file."
        ),
    )
    ageing.add_argument(
        "--as-of", type=_iso_date, metavar="DATE", help="the date to age at (default: today)"
    )
    ageing.add_argument("--group", metavar="NAME", help="only the customers of this group")
    ageing.add_argument("--salesperson", metavar="NAME", help="only this salesperson's customers")
    ageing.add_argument(
        "--class",
        dest="debt_class",
        choices=CLASS_KEYS,
        default="",
        metavar="KEY",
        help=f"only debts of this class: {', '.join(CLASS_KEYS)}",
    )
    ageing.add_argument(
        "--json", action="store_true", help="print JSON (money as strings) instead of a table"
    )
    files = ageing.add_mutually_exclusive_group()
    files.add_argument("--csv", metavar="FILE", help="also write the table to a CSV file")
    files.add_argument("--xlsx", metavar="FILE", help="also write the table to an Excel file")
    ageing.add_argument(
        "--encoding",
        choices=ENCODINGS,
        default="utf-8-sig",
        help="of the CSV file: utf-8-sig (default, UTF-8 that Excel recognises) or gbk",
    )
    ageing.set_defaults(func=_cmd_ageing)


class _Interrupts:
    """Ctrl-C, remembered: SQLite calls back into Python (the audit trail's
    functions) while it writes, and a KeyboardInterrupt raised in such a
    callback reaches us as "user-defined function raised exception"."""

    seen = False

    @classmethod
    def install(cls) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        cls.seen = False

        def on_interrupt(signum: int, frame: object) -> None:
            cls.seen = True
            raise KeyboardInterrupt

        signal.signal(signal.SIGINT, on_interrupt)


def run_command(args: argparse.Namespace) -> int:
    _use_utf8(sys.stdout)
    _use_utf8(sys.stderr)
    _Interrupts.install()
    try:
        warn_on_stderr(getattr(args, "db", None))  # a network share, a sync folder
        return int(args.func(args))
    except KehuError as exc:
        print(f"kehu: {exc}", file=sys.stderr)
        return 2
    except (OperationalError, sqlite3.OperationalError) as exc:  # bulk writes use sqlite3's own
        from app.integrity import explain_database_error

        if _Interrupts.seen:
            return 130  # Ctrl-C during a write: rolled back, nothing to say
        known = explain_database_error(exc)
        if known is not None:
            print(f"kehu: {known}", file=sys.stderr)
            return 2
        if not any(word in str(exc).lower() for word in _ENVIRONMENT_ERRORS):
            raise  # a bug, not the environment: keep the traceback
        print(f"kehu: the database cannot be used right now: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (``kehu find 张 | head``): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    finally:
        close_database()


def _use_utf8(stream: TextIO) -> None:
    """Print Chinese on any console or pipe: a Windows pipe defaults to the
    ANSI code page, which cannot encode most of it."""
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
    if encoding != "utf8" and hasattr(stream, "reconfigure"):
        stream.reconfigure(encoding="utf-8")


def _progress_printer(label: str) -> Any:
    """A progress callback drawing one line on stderr, when stderr is a terminal."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        percent = done * 100 // total if total else 100
        end = "\n" if done >= total else ""
        print(f"\r{label}: {percent:3d}% ({done:,}/{total:,})", end=end, file=sys.stderr)
        sys.stderr.flush()

    return show


# --- demo ------------------------------------------------------------------------------


def _cmd_demo(args: argparse.Namespace) -> int:
    from app.demo import fill_demo
    from app.models import Customer

    if not args.db:
        print(
            "kehu demo: name the database to fill with --db PATH "
            "(demo data never goes into your everyday database unasked).",
            file=sys.stderr,
        )
        return 2
    started = time.perf_counter()
    path = open_database(args.db, create=True)
    existing = Customer.select().count()
    if existing and not args.force:
        print(
            f"kehu demo: {path} already has {existing:,} customers; nothing was added. "
            "Choose a new file, or add --force to add demo customers anyway.",
            file=sys.stderr,
        )
        return 2
    summary = fill_demo(
        args.customers, args.seed, progress=_progress_printer("demo"), ledger=args.ledger
    )
    elapsed = time.perf_counter() - started
    ledger = summary.ledger
    receivables = ""
    if ledger is not None:
        receivables = (
            f"  {ledger.entries:,} ledger entries: {ledger.invoices:,} invoices, "
            f"{ledger.payments:,} payments, {ledger.credit_notes:,} credit notes, "
            f"{ledger.write_offs:,} write-offs, {ledger.reversals:,} reversals "
            f"({ledger.allocations:,} allocations) in {ledger.seconds:.1f} s\n"
            f"  collection: {ledger.collection_logs:,} log entries, {ledger.promises:,} "
            f"promises, {ledger.confirmations:,} balance confirmations, {ledger.plans:,} "
            f"instalment plans, {ledger.flags:,} warning flags\n"
        )
    print(
        f"Filled {path} with {summary.customers:,} demo customers in {elapsed:.1f} s:\n"
        f"  {summary.individuals:,} individuals, {summary.corporate:,} corporate customers "
        f"with {summary.contacts:,} contact persons\n"
        f"  {summary.groups} groups, {summary.memberships:,} memberships, "
        f"{summary.archived:,} archived\n"
        f"{receivables}"
        f"  numbers {summary.first_number} to {summary.last_number}, seed {args.seed}\n"
        f"elapsed_s={elapsed:.2f}"
    )
    return 0


# --- find ------------------------------------------------------------------------------


def _cmd_find(args: argparse.Namespace) -> int:
    from app.choices import KIND
    from app.customer_query import ACTIVE, ALL, CustomerFilter, count_customers, find_customers

    query = " ".join(args.query)
    open_database(args.db, create=False)
    flt = CustomerFilter(text=query, status=ALL if args.all else ACTIVE)
    rows = find_customers(flt, limit=args.limit)
    total = count_customers(flt) if len(rows) >= args.limit else len(rows)
    if args.json:
        customers = [
            {
                "number": r.number,
                "name": r.name,
                "short_name": r.short_name,
                "kind": r.kind,
                "tier": r.tier,
                "mobile": r.mobile,
                "phone": r.phone,
                "salesperson": r.salesperson,
                "address": r.address,
                "archived": r.archived,
            }
            for r in rows
        ]
        document = {"query": query, "total": total, "customers": customers}
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        hint = "" if args.all else " (archived customers are searched with --all)"
        print(f"kehu find: no customer matches {query!r}{hint}.", file=sys.stderr)
        return 0
    header = ["Number", "Name", "Kind", "Phone"]
    table = [[r.number, r.name, KIND.get(r.kind, r.kind), r.main_phone] for r in rows]
    if args.all:
        header.append("Status")
        for line, r in zip(table, rows, strict=True):
            line.append("archived" if r.archived else "active")
    print(format_table(header, table))
    if total > len(rows):
        print(
            f"kehu find: showing {len(rows):,} of {total:,} matches; see more with --limit.",
            file=sys.stderr,
        )
    return 0


def display_width(text: str) -> int:
    """Terminal columns *text* takes: CJK characters take two."""
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        for ch in text
    )


def format_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Columns aligned for a terminal, whatever mix of Chinese and Latin text."""
    lines = [list(header), *[list(r) for r in rows]]
    widths = [max(display_width(line[i]) for line in lines) for i in range(len(header))]
    out = []
    for line in lines:
        cells = [
            cell + " " * (widths[i] - display_width(cell)) if i < len(line) - 1 else cell
            for i, cell in enumerate(line)
        ]
        out.append("  ".join(cells).rstrip())
    out.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(out)


# --- check -----------------------------------------------------------------------------


def _cmd_check(args: argparse.Namespace) -> int:
    from app.checks import run_checks

    path = open_database(args.db, create=False)
    results = run_checks(progress=_progress_printer("check"))
    for result in results:
        print(f"{'ok' if result.ok else 'FAIL':<4}  {result.name}: {result.details}")
    failed = sum(not r.ok for r in results)
    if failed:
        print(f"{failed} of {len(results)} checks failed for {path}.")
        return 1
    print(f"All {len(results)} checks passed for {path}.")
    return 0


# --- ageing ----------------------------------------------------------------------------


def _cmd_ageing(args: argparse.Namespace) -> int:
    from app.ageing import AgeingFilter, ageing
    from app.ageing_export import ageing_document, write_csv, write_xlsx
    from app.errors import NotFoundError
    from app.groups import group_by_name, list_groups
    from app.models import Customer

    open_database(args.db, create=False)
    group_id = None
    if args.group is not None:
        group = group_by_name(args.group)
        if group is None:
            names = [g.name for g in list_groups(include_archived=True)]
            known = f" Groups: {', '.join(names[:20])}." if names else " There are no groups."
            raise NotFoundError(
                "There is no group named {name}.{known}", name=repr(args.group), known=known
            )
        group_id = group.id
    if args.salesperson is not None:
        if not Customer.select().where(Customer.salesperson == args.salesperson).exists():
            raise NotFoundError(
                "No customer has the salesperson {name}.", name=repr(args.salesperson)
            )
    flt = AgeingFilter(group_id=group_id, salesperson=args.salesperson, debt_class=args.debt_class)
    report = ageing(args.as_of, flt)
    written = None
    if args.csv:
        written = write_csv(report, args.csv, encoding=args.encoding)
    elif args.xlsx:
        written = write_xlsx(report, args.xlsx)
    if args.json:
        print(json.dumps(ageing_document(report), ensure_ascii=False, indent=2))
    elif report.rows:
        print(format_ageing(report))
    else:
        selection = (
            " for this selection"
            if group_id is not None or args.salesperson is not None or args.debt_class
            else ""
        )
        print(
            f"kehu ageing: nothing is owed as of {report.as_of.isoformat()}{selection} "
            "(no open debt and no credit balance).",
            file=sys.stderr,
        )
    if written is not None:
        count = len(report.rows)
        plural = "" if count == 1 else "s"
        print(f"kehu ageing: wrote {count:,} customer{plural} to {written}.", file=sys.stderr)
    return 0


#: Short column headings for a terminal.
AGEING_HEADER = (
    "Number",
    "Name",
    "Salesperson",
    "Cur",
    "Current",
    "1-30",
    "31-60",
    "61-90",
    "91-180",
    "181-365",
    ">365",
    "Credit",
    "Balance",
    "Overdue",
    "Class",
)
_MONEY_COLUMNS = range(4, 14)


def _money_cell(amount: Decimal) -> str:
    return format_money(amount) if amount else "-"


def format_ageing(report: AgeingReport) -> str:
    """The ageing table for a terminal: money right-aligned with thousands
    separators ("-" for nothing), Chinese names counted double-width, a totals
    line per currency."""
    from app.ageing_export import row_cells, total_cells
    from app.choices import DEBT_CLASS

    def text(cells: Sequence[str | Decimal]) -> list[str]:
        return [_money_cell(c) if isinstance(c, Decimal) else c for c in cells]

    body = [text(row_cells(row, DEBT_CLASS)) for row in report.rows]
    totals = []
    for currency in sorted(report.totals):
        t = report.totals[currency]
        line = text(total_cells(t))
        line[1] = f"{t.customers:,} customer{'s' if t.customers != 1 else ''}"
        totals.append(line)
    lines = [list(AGEING_HEADER), *body, *totals]
    widths = [max(display_width(line[i]) for line in lines) for i in range(len(AGEING_HEADER))]

    def render(line: list[str]) -> str:
        cells = []
        for i, cell in enumerate(line):
            pad = " " * (widths[i] - display_width(cell))
            cells.append(pad + cell if i in _MONEY_COLUMNS else cell + pad)
        return "  ".join(cells).rstrip()

    rule = "  ".join("-" * w for w in widths)
    title = f"Ageing as of {report.as_of.isoformat()}"
    if report.debt_class:
        title += f", {DEBT_CLASS.get(report.debt_class, report.debt_class)} only"
    out = [title, "", render(lines[0]), rule, *(render(line) for line in body), rule]
    out += [render(line) for line in totals]
    return "\n".join(out)


__all__ = ["build_parser", "run_command", "open_database", "display_width", "format_table"]
