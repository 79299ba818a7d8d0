"""The command line: one argparse parser; each sub-command calls the same
app/ functions as the GUI. Messages go to stderr, results to stdout."""

from __future__ import annotations

import argparse
import sys

from app.db import open_database
from app.errors import KehuError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kehu", description="Kehu (客户档案): customer files and collections."
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="the database file (default: KEHU_DB, else kehu.sqlite3 in the user's data folder)",
    )
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


def _add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    pass


def run_command(args: argparse.Namespace) -> int:
    try:
        return int(args.func(args))
    except KehuError as exc:
        print(f"kehu: {exc}", file=sys.stderr)
        return 2


__all__ = ["build_parser", "run_command", "open_database"]
