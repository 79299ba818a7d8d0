"""The document commands of the command line: ``statement``, ``dunning`` and
``labels``. They call the same app/ functions as the GUI's batch dialog."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from app.db import open_database

LEVEL_CHOICES = ("1", "2", "3", "auto")


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (write it as 2026-06-30)") from None


def _non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more: {text}")
    return value


def _amount_fen(text: str) -> int:
    from app.money import MoneyFormatError, parse_money, to_fen

    try:
        amount = parse_money(text)
    except MoneyFormatError as exc:
        raise argparse.ArgumentTypeError(f"not an amount: {text!r} ({exc})") from None
    if amount < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more: {text}")
    return to_fen(amount)


def _scope_arguments(parser: argparse.ArgumentParser, *, single: bool = True) -> None:
    who = parser.add_mutually_exclusive_group()
    if single:
        who.add_argument(
            "--customer",
            metavar="ID_OR_NAME",
            help="one customer: its number, or a name that matches one customer",
        )
    who.add_argument("--group", metavar="NAME", help="the customers of this group")
    parser.add_argument("--salesperson", metavar="NAME", help="only this salesperson's customers")
    parser.add_argument("--include-archived", action="store_true", help="also archived customers")


def add_document_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    from app.ageing import CLASS_KEYS

    statement = sub.add_parser(
        "statement",
        parents=[common],
        help="print statements of account (对账单) to a PDF",
        description=(
            "Write statements of account for one customer, a group or everyone with a "
            "balance or an entry in the period: the ledger of the period with the "
            "running balance (or, with --open-items, the debts still open), the closing "
            "balance in figures and in Chinese capitals, the ageing and the block the "
            "customer signs and returns. Each statement is recorded as sent for "
            "confirmation unless --no-record is given."
        ),
    )
    statement.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    _scope_arguments(statement)
    statement.add_argument(
        "--from",
        dest="date_from",
        type=_iso_date,
        metavar="DATE",
        help="first day of the period (default: from the first entry)",
    )
    statement.add_argument(
        "--to",
        dest="date_to",
        type=_iso_date,
        metavar="DATE",
        help="last day of the period (default: today)",
    )
    statement.add_argument(
        "--open-items", action="store_true", help="the open debts only, not the whole ledger"
    )
    statement.add_argument(
        "--per-customer",
        action="store_true",
        help="one PDF per customer; --out is then a folder",
    )
    statement.add_argument(
        "--no-record",
        dest="record",
        action="store_false",
        help="do not record the statements as sent for confirmation",
    )
    statement.set_defaults(func=cmd_statement)

    dunning = sub.add_parser(
        "dunning",
        parents=[common],
        help="print dunning letters (催款函) to a PDF and record them",
        description=(
            "Write a dunning letter to each customer with overdue debts: level 1 a "
            "friendly reminder, 2 a formal demand, 3 the final demand announcing legal "
            "steps. With --level auto (the default) the level follows from the letters "
            "already sent and the days since. Each letter printed is recorded in the "
            "collection log; --dry-run lists who would get which level and records "
            "nothing."
        ),
    )
    dunning.add_argument("--out", metavar="FILE.pdf", help="the PDF to write")
    _scope_arguments(dunning)
    dunning.add_argument(
        "--level",
        choices=LEVEL_CHOICES,
        default="auto",
        help="the letter level for everyone, or auto (default)",
    )
    dunning.add_argument(
        "--min-overdue-days",
        type=_non_negative,
        default=0,
        metavar="N",
        help="only customers whose oldest overdue debt is N days or more past due",
    )
    dunning.add_argument(
        "--min-overdue",
        type=_amount_fen,
        default=0,
        metavar="AMOUNT",
        help="only customers owing at least this much overdue",
    )
    dunning.add_argument(
        "--class",
        dest="debt_class",
        choices=CLASS_KEYS,
        default="",
        metavar="KEY",
        help=f"only customers whose worst overdue debt is of this class: {', '.join(CLASS_KEYS)}",
    )
    dunning.add_argument(
        "--lang",
        choices=("zh", "en"),
        help="the letters' language for everyone (default: each customer's document language)",
    )
    dunning.add_argument(
        "--per-customer",
        action="store_true",
        help="one PDF per customer; --out is then a folder",
    )
    dunning.add_argument(
        "--dry-run", action="store_true", help="list who would get which letter; write nothing"
    )
    dunning.set_defaults(func=cmd_dunning)

    labels = sub.add_parser(
        "labels",
        parents=[common],
        help="print address labels or envelopes to a PDF",
        description=(
            "Print address labels on a sheet layout, or one envelope per customer "
            "(--envelope DL or C5). Customers without an address are left out and "
            "named on stderr."
        ),
    )
    labels.add_argument("--out", metavar="FILE.pdf", help="the PDF to write")
    _scope_arguments(labels)
    labels.add_argument(
        "--layout", default="a4-3x8", metavar="NAME", help="label sheet layout (see --list-layouts)"
    )
    labels.add_argument(
        "--list-layouts", action="store_true", help="list the label layouts and exit"
    )
    labels.add_argument(
        "--envelope", choices=("DL", "C5"), help="envelopes of this size instead of labels"
    )
    labels.add_argument(
        "--start-at",
        type=int,
        default=1,
        metavar="N",
        help="begin at label N of the first sheet (a part-used sheet)",
    )
    labels.add_argument(
        "--margin-top", type=float, metavar="MM", help="top margin of the sheet in mm"
    )
    labels.add_argument(
        "--margin-left", type=float, metavar="MM", help="left margin of the sheet in mm"
    )
    labels.add_argument(
        "--gap-x", type=float, metavar="MM", help="space between label columns in mm"
    )
    labels.add_argument("--gap-y", type=float, metavar="MM", help="space between label rows in mm")
    labels.set_defaults(func=cmd_labels)


def _selected(args: argparse.Namespace, *, today: date, **overdue: Any) -> list[int]:
    from app.document_selection import (
        DocumentFilter,
        group_id_by_name,
        resolve_customer,
        select_customers,
    )

    ids = None
    if getattr(args, "customer", None):
        ids = (resolve_customer(args.customer),)
    flt = DocumentFilter(
        customer_ids=ids,
        group_id=group_id_by_name(args.group) if args.group else None,
        salesperson=args.salesperson,
        include_archived=args.include_archived or ids is not None,
        **overdue,
    )
    return select_customers(flt, today=today)


def _say(text: str) -> None:
    print(f"kehu: {text}", file=sys.stderr)


def cmd_statement(args: argparse.Namespace) -> int:
    from app.cli import _progress_printer
    from app.documents.batch import statements

    open_database(args.db, create=False)
    today = date.today()
    date_to = args.date_to or today
    if args.date_from and args.date_from > date_to:
        _say(f"the period starts ({args.date_from}) after it ends ({date_to}).")
        return 2
    ids = _selected(args, today=today)
    result = statements(
        ids,
        out=args.out,
        date_from=args.date_from,
        date_to=date_to,
        mode="open_items" if args.open_items else "ledger",
        per_customer=args.per_customer,
        record=args.record,
        today=today,
        progress=_progress_printer("statements"),
    )
    where = result.files[0] if len(result.files) == 1 else Path(args.out)
    _say(f"wrote {result.documents:,} statement(s) to {where}.")
    if result.left_out:
        _say(f"{result.left_out:,} customer(s) had no balance and no entry in the period.")
    if result.recorded:
        _say(f"recorded {result.recorded:,} statement(s) as sent for confirmation.")
    return 0


def cmd_dunning(args: argparse.Namespace) -> int:
    from app.cli import _progress_printer, format_table
    from app.documents.batch import dunning_letters, plan_dunning
    from app.money import format_money, from_fen

    if not args.dry_run and not args.out:
        _say("name the PDF to write with --out FILE.pdf (or list only with --dry-run).")
        return 2
    open_database(args.db, create=False)
    today = date.today()
    ids = _selected(
        args,
        today=today,
        debt_class=args.debt_class,
        min_overdue_fen=args.min_overdue,
        min_overdue_days=args.min_overdue_days,
    )
    plans = plan_dunning(
        ids,
        today=today,
        level=None if args.level == "auto" else int(args.level),
        min_overdue_days=args.min_overdue_days,
        min_overdue_fen=args.min_overdue,
        language=args.lang,
    )
    if args.dry_run:
        if not plans:
            _say("no customer of the selection has an overdue debt; no letter would be printed.")
            return 0
        rows = [
            [
                p.number,
                p.name,
                p.language,
                str(p.level),
                f"{p.currency} {format_money(from_fen(p.overdue_fen))}",
                str(p.oldest_days_overdue),
                f"{p.last_level} ({p.last_sent_on})" if p.last_level else "-",
                p.reason_text,
            ]
            for p in plans
        ]
        print(
            format_table(
                ["Number", "Name", "Lang", "Level", "Overdue", "Days", "Last letter", "Why"], rows
            )
        )
        _say(f"{len(plans):,} letter(s) would be printed; nothing was written or recorded.")
        return 0
    result = dunning_letters(
        plans,
        out=args.out,
        per_customer=args.per_customer,
        today=today,
        progress=_progress_printer("letters"),
    )
    where = result.files[0] if len(result.files) == 1 else Path(args.out)
    _say(
        f"wrote {result.documents:,} letter(s) to {where}; "
        f"recorded {result.recorded:,} in the collection log."
    )
    return 0


def cmd_labels(args: argparse.Namespace) -> int:
    from app.addressing import recipients
    from app.company import load_profile
    from app.documents.envelopes import render_envelopes
    from app.documents.labels import LAYOUTS, layout_with_margins, render_labels
    from app.documents.output import write_atomically

    if args.list_layouts:
        for key, layout in LAYOUTS.items():
            print(
                f"{key}\t{layout.columns} x {layout.rows}\t"
                f"{layout.label_width:g} x {layout.label_height:g} mm"
            )
        return 0
    if not args.out:
        _say("name the PDF to write with --out FILE.pdf.")
        return 2
    open_database(args.db, create=False)
    ids = _selected(args, today=date.today())
    people = recipients(ids)
    if args.envelope:
        result = render_envelopes(people, size=args.envelope, company=load_profile())
        what = "envelope(s)"
    else:
        layout = LAYOUTS.get(args.layout)
        if layout is None:
            _say(f"there is no label layout {args.layout!r}; choose one of: {', '.join(LAYOUTS)}.")
            return 2
        layout = layout_with_margins(
            layout,
            top=args.margin_top,
            left=args.margin_left,
            h_gap=args.gap_x,
            v_gap=args.gap_y,
        )
        result = render_labels(people, layout, start_at=args.start_at)
        what = "label(s)"
    path = write_atomically(args.out, result.pdf)
    _say(f"wrote {result.printed:,} {what} to {path}.")
    if result.skipped:
        names = ", ".join(f"{r.number} {r.name}" for r in result.skipped[:10])
        more = f" and {len(result.skipped) - 10:,} more" if len(result.skipped) > 10 else ""
        _say(
            f"{len(result.skipped):,} customer(s) have no address and were left out: {names}{more}."
        )
    return 0
