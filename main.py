"""Kehu (客户档案): start the GUI, or run a batch job from the command line.

python main.py [--db PATH]                 the GUI
python main.py demo --db PATH [--customers N] [--seed S] [--no-ledger]
python main.py find QUERY --db PATH [--json]
python main.py check --db PATH
python main.py ageing --db PATH [--as-of DATE] [--group NAME] [--salesperson NAME]
                      [--class KEY] [--json] [--csv FILE | --xlsx FILE]
python main.py statement --db PATH --out FILE.pdf [--customer ID_OR_NAME | --group NAME]
                      [--from DATE] [--to DATE] [--open-items] [--per-customer]
python main.py dunning --db PATH --out FILE.pdf [--level 1|2|3|auto] [--min-overdue-days N]
                      [--group NAME] [--lang zh|en] [--dry-run]
python main.py labels --db PATH --out FILE.pdf [--group NAME] [--layout NAME]
                      [--envelope DL|C5]
python main.py birthdays --db PATH [--days N] [--from DATE] [--json]
python main.py greetings --db PATH --holiday NAME_OR_KEY [--year Y] [--group NAME]
                      --out FILE.(csv|xlsx|pdf) [--mark-greeted]
python main.py holidays --db PATH [--year Y] [--json]
python main.py import FILE --db PATH [--format csv|xlsx|vcf] [--encoding E] [--sheet NAME]
                      [--group NAME] [--on-duplicate skip|fill|overwrite]
                      [--all-or-nothing] [--report REPORT.csv]
python main.py export FILE --db PATH [--format csv|xlsx|vcf] [--group NAME] [--encoding E]
                      [--full-id] [--raw] [--lang zh|en]
python main.py backup --db PATH [--to DIR]
python main.py backups --db PATH
python main.py restore BACKUP --db PATH [--yes]
"""

from __future__ import annotations

import sys
import time

STARTED = time.perf_counter()


def main(argv: list[str] | None = None) -> int:
    from app.cli import build_parser, run_command

    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from ui.app import run_gui

        return run_gui(db=args.db, exit_after_startup=args.exit_after_startup, started=STARTED)
    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
