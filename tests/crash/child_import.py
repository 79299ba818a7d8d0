"""Child process of the crash-safety test, scenario A: import a customer file
as the import wizard does (read, guess the mapping, plan, write), to be killed
at a random moment.

    python tests/crash/child_import.py DB FILE [--plan-workers N] [--write-workers]
        [--small-cache]

Reports on stdout, one line each, flushed: ``ready`` (database open),
``planned CREATED UPDATED``, ``writing`` (``run_import`` called), ``inside
DONE TOTAL`` (its first progress report: the new customers are written, the
transaction not yet committed), and ``committed CREATED UPDATED`` only after
``run_import`` returned.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

# Run as a script, the project root joins sys.path in the __main__ block only:
# hence the imports of app (and of tests.crash) inside functions.
ROOT = Path(__file__).resolve().parents[2]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("file")
    parser.add_argument("--plan-workers", type=int, default=0)
    parser.add_argument(
        "--write-workers",
        action="store_true",
        help="let run_import start its pinyin worker processes for this small file",
    )
    parser.add_argument(
        "--small-cache",
        action="store_true",
        help="a page cache small enough that the transaction spills into the "
        "write-ahead log before its commit, as a large import's does",
    )
    args = parser.parse_args()

    from app import bulk
    from app.db import DB, close_database, open_database
    from app.import_files import read_table
    from app.import_mapping import guess_mapping
    from app.importer import FILL, plan_import, run_import
    from tests.crash.workload import IMPORT_GROUP, say

    if args.write_workers:
        # The worker processes start above this many new customers; the real
        # code path, on a file small enough for the suite.
        bulk.PARALLEL_THRESHOLD = 1000
    open_database(args.db, create=False)
    if args.small_cache:
        DB.execute_sql("PRAGMA cache_size = -256")  # KiB
    say("ready")
    table = read_table(args.file)
    plan = plan_import(
        table, guess_mapping(table.headers), on_duplicate=FILL, workers=args.plan_workers
    )
    say("planned", plan.created, plan.updated)
    say("writing")
    inside = False

    def progress(done: int, total: int) -> None:
        nonlocal inside
        if done and not inside:
            inside = True
            say("inside", done, total)

    result = run_import(plan, group=IMPORT_GROUP, progress=progress)
    say("committed", result.created, result.updated)
    close_database()
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
