"""Import benchmark (part of ``make bench``): a CSV of every customer of the
100,000-customer demo file, written once per bench file in bench/out/ (the
columns of ``app.customer_columns``, Chinese headers, full resident IDs),
imported into a new, empty database:

- reading the file (``app.import_files.read_table``);
- planning (``app.importer.plan_import``: every row through the card rules,
  duplicates against the database and within the file);
- writing (``app.importer.run_import``: one transaction, new customers in bulk);
- planning the same file again against the filled database (every row now a
  duplicate; informational).

Run on its own: QT_QPA_PLATFORM=offscreen python bench/importing.py LARGE_DB
"""

from __future__ import annotations

import csv
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

TARGET_IMPORT_S = 20.0  # 100,000 rows planned and written


def write_file(source: Path, target: Path) -> int:
    """The demo customers as a CSV (UTF-8 with BOM), as an export would write them."""
    from app import customer_columns as cc
    from app.bulk import iter_customer_batches
    from app.db import close_database, open_database
    from app.models import Group

    open_database(source, create=False)
    try:
        names = {gid: name for gid, name in Group.select(Group.id, Group.name).tuples()}
        partial = target.with_suffix(".part")
        count = 0
        with partial.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            writer.writerow([c.zh for c in cc.COLUMNS])
            for batch in iter_customer_batches():
                for _row, card in batch:
                    groups = [names[g] for g in sorted(card.group_ids)]
                    cells = cc.export_row(card, groups, full_id=True)
                    writer.writerow([cc.format_text(cc.BY_KEY[k], v) for k, v in cells.items()])
                    count += 1
        partial.replace(target)
    finally:
        close_database()
    return count


#: The columns of a typical sheet an office keeps its customers in.
TYPICAL_COLUMNS = ("客户名称", "手机", "电话", "地址", "生日", "身份证号", "邮箱", "工作单位",
                   "客户等级", "分组", "备注")  # fmt: skip


def write_typical(source: Path, target: Path) -> None:
    """The export cut down to ``TYPICAL_COLUMNS`` (UTF-8 with BOM)."""
    with source.open(encoding="utf-8-sig", newline="") as f:
        rows = csv.reader(f)
        header = next(rows)
        keep = [header.index(name) for name in TYPICAL_COLUMNS]
        partial = target.with_suffix(".part")
        with partial.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(TYPICAL_COLUMNS)
            writer.writerows([row[i] for i in keep] for row in rows)
    partial.replace(target)


def _read(path: Path) -> Any:
    try:
        from app.import_files import read_table
    except ImportError:  # the reader is not there: a plain CSV reader

        class _Table:
            def __init__(self, rows: list[list[str]]) -> None:
                self.headers = rows[0]
                self.rows = rows[1:]
                self.row_numbers = list(range(2, len(rows) + 1))

        with path.open(encoding="utf-8-sig", newline="") as f:
            return _Table(list(csv.reader(f)))
    return read_table(path)


def measure_importing(report: Any, large: Path) -> None:

    report.say()
    report.say("Import")
    source = large.with_name(large.stem + "-export.csv")
    if not source.exists() or source.stat().st_mtime < large.stat().st_mtime:
        started = time.perf_counter()
        count = write_file(large, source)
        report.say(
            f"  wrote {source.name}: {count:,} rows, {source.stat().st_size / 1e6:.0f} MB "
            f"in {time.perf_counter() - started:.1f} s"
        )
    typical = large.with_name(large.stem + "-typical.csv")
    if not typical.exists() or typical.stat().st_mtime < source.stat().st_mtime:
        write_typical(source, typical)
    _measure_file(report, source, "every column of an export, 3 contact persons")
    _measure_file(report, typical, f"a typical sheet of {len(TYPICAL_COLUMNS)} columns")


def _measure_file(report: Any, source: Path, what: str) -> None:
    from app.db import close_database, open_database
    from app.import_mapping import guess_mapping
    from app.importer import plan_import, run_import

    report.say(f"  {source.name} ({what}):")
    started = time.perf_counter()
    table = _read(source)
    read_s = time.perf_counter() - started
    mapping = guess_mapping(table.headers)
    report.say(f"  reading {len(table.rows):,} rows: {read_s:.2f} s")
    with tempfile.TemporaryDirectory() as tmp:
        open_database(Path(tmp) / "import.sqlite3")
        try:
            started = time.perf_counter()
            plan = plan_import(table, mapping)
            plan_s = time.perf_counter() - started
            report.say(
                f"  plan: {plan_s:.1f} s ({plan.created:,} to create, {plan.skipped:,} to skip "
                f"as repeats within the file, {plan.rejected:,} rejected)"
            )
            started = time.perf_counter()
            result = run_import(plan)
            run_s = time.perf_counter() - started
            report.say(f"  write: {run_s:.1f} s ({result.created:,} customers created)")
            total = plan_s + run_s
            report.say(
                f"  plan + write: {total:.1f} s "
                + report.target(f"import of 100,000 rows ({what})", total, TARGET_IMPORT_S, "s")
            )
            started = time.perf_counter()
            again = plan_import(table, mapping)
            report.say(
                f"  plan of the same file again (all duplicates, skip): "
                f"{time.perf_counter() - started:.1f} s ({again.skipped:,} skipped)"
            )
        finally:
            close_database()


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from bench.run import Report

    measure_importing(Report(), Path(sys.argv[1]))
