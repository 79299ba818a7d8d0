"""Kehu benchmarks on 100,000 customers (``make bench``; not part of ``make test``).

Builds (or reuses) a demo database in bench/out/, then measures and prints:

- demo fill time (``main.py demo`` as a process);
- start-up to the first page of the customer list (``main.py --exit-after-startup``
  run several times: the median of what it reports, and the process's wall time);
- filter latency per keystroke: queries typed one character at a time into the
  real Qt list model (``ui.customer_list.CustomerTableModel.set_filter``, which
  loads the first page and the count), and the same through
  ``app.customer_query`` alone;
- peak memory (ru_maxrss) of the start-up process and of this one;
- the query plans of the search, for when it is too slow;
- receivables: ageing as of several dates, the workbench, an account with 500
  entries (``bench/receivables.py``);
- documents: 1,000 dunning letters into one PDF against bare reportlab, a
  500-line statement, 1,000 labels (``bench/documents.py``);
- greetings: the greeting list of a holiday, the birthdays of a month and the
  upcoming 7 days on a 10,000-customer file (built beside the large one) and
  on the large one (``bench/greetings.py``);
- import: the 100,000 customers as a CSV imported into an empty database
  (``bench/importing.py``).

Usage: QT_QPA_PLATFORM=offscreen python bench/run.py [--customers N] [--seed S]
       [--runs R] [--rebuild]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
MAIN = ROOT / "main.py"
sys.path.insert(0, str(ROOT))

QUERIES = ["zs", "zhangsan", "张", "138", "有限公司", "C0123", "wxm", "qqqqzz"]
TARGET_STARTUP_MS = 1000
TARGET_P95_FILTER_MS = 50
TARGET_MEMORY_MB = 300


@dataclass
class Report:
    lines: list[str] = field(default_factory=list)
    verdicts: list[tuple[str, float, float, str]] = field(default_factory=list)

    def say(self, text: str = "") -> None:
        print(text, flush=True)
        self.lines.append(text)

    def target(self, what: str, value: float, limit: float, unit: str) -> str:
        self.verdicts.append((what, value, limit, unit))
        mark = "ok" if value < limit else "MISSED"
        return f"(target < {limit:g} {unit}: {mark})"


# --- helpers ------------------------------------------------------------------------------


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(p / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def maxrss_mb(ru_maxrss: int) -> float:
    # Linux reports kilobytes, macOS bytes.
    return ru_maxrss / (1024 * 1024) if sys.platform == "darwin" else ru_maxrss / 1024


def run_process(args: list[str]) -> tuple[int, str, str, float, float | None]:
    """Run ``python main.py ARGS``: (exit code, stdout, stderr, wall seconds, peak MB).

    The peak memory is the child's own (``os.wait4``), where the OS can tell."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    command = [sys.executable, str(MAIN), *args]
    with tempfile.TemporaryFile("w+", encoding="utf-8") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
            encoding="utf-8",
            cwd=ROOT,
            env=env,
        )
        assert proc.stdout is not None
        out = proc.stdout.read()
        peak = None
        if hasattr(os, "wait4"):
            _pid, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
            peak = maxrss_mb(usage.ru_maxrss)
        else:
            proc.wait()
        wall = time.perf_counter() - started
        err.seek(0)
        return proc.returncode, out, err.read(), wall, peak


# --- the database ---------------------------------------------------------------------------


def schema_fingerprint() -> str:
    """Changes whenever a model gains or loses a column or an index, so that a
    database built by an older checkout is built again, not queried and failed."""
    from app.models import ALL_MODELS

    parts = []
    for model in ALL_MODELS:
        columns = ",".join(sorted(f.column_name for f in model._meta.sorted_fields))
        indexes = ",".join(sorted(str(i) for i in model._meta.indexes))
        parts.append(f"{model._meta.table_name}({columns})[{indexes}]")
    return hashlib.sha256(";".join(parts).encode()).hexdigest()[:16]


def ensure_database(report: Report, customers: int, seed: int, rebuild: bool) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"demo-{customers}-seed{seed}.sqlite3"
    marker = path.with_suffix(".json")  # written only after a complete build
    if not rebuild and path.exists() and marker.exists():
        built = json.loads(marker.read_text(encoding="utf-8"))
        if (
            built.get("customers") == customers
            and built.get("seed") == seed
            and built.get("schema") == schema_fingerprint()
        ):
            report.say(
                f"demo fill: {built['seconds']:.1f} s for {customers:,} customers "
                f"(measured when {path.name} was built; --rebuild to measure again)"
            )
            return path
    for stale in OUT.glob(path.name + "*"):
        stale.unlink()
    marker.unlink(missing_ok=True)
    report.say(f"building {path.relative_to(ROOT)} ...")
    code, out, err, wall, peak = run_process(
        ["demo", "--db", str(path), "--customers", str(customers), "--seed", str(seed)]
    )
    if code != 0:
        sys.exit(f"demo failed ({code}):\n{out}\n{err}")
    match = re.search(r"elapsed_s=([\d.]+)", out)
    seconds = float(match.group(1)) if match else wall
    marker.write_text(
        json.dumps(
            {
                "customers": customers,
                "seed": seed,
                "seconds": seconds,
                "wall": wall,
                "schema": schema_fingerprint(),
            }
        ),
        encoding="utf-8",
    )
    peak_text = f", peak {peak:.0f} MB" if peak else ""
    report.say(
        f"demo fill: {seconds:.1f} s for {customers:,} customers "
        f"(process wall {wall:.1f} s{peak_text})"
    )
    return path


# --- start-up --------------------------------------------------------------------------------


def measure_startup(report: Report, path: Path, runs: int) -> None:
    startup_ms: list[float] = []
    walls: list[float] = []
    peaks: list[float] = []
    for _ in range(runs):
        code, out, err, wall, peak = run_process(["--db", str(path), "--exit-after-startup"])
        match = re.search(r"startup_ms=(\d+)", out)
        if code != 0 or not match:
            report.say(f"start-up: failed (exit {code}): {err.strip()[-500:] or out.strip()}")
            return
        startup_ms.append(float(match.group(1)))
        walls.append(wall * 1000)
        if peak is not None:
            peaks.append(peak)
    median = statistics.median(startup_ms)
    report.say(
        f"start-up to first page: median {median:.0f} ms over {runs} runs "
        f"(min {min(startup_ms):.0f}, max {max(startup_ms):.0f}) "
        + report.target("start-up", median, TARGET_STARTUP_MS, "ms")
    )
    report.say(
        f"  process wall time: median {statistics.median(walls):.0f} ms "
        "(interpreter start to exit, imports included)"
    )
    if peaks:
        peak = max(peaks)
        report.say(
            f"  peak memory of the start-up process: {peak:.0f} MB "
            + report.target("start-up memory", peak, TARGET_MEMORY_MB, "MB")
        )


# --- filtering -------------------------------------------------------------------------------


def keystrokes(query: str) -> list[str]:
    return [query[:i] for i in range(1, len(query) + 1)]


def time_typing(refresh: object, pause: object = None) -> dict[str, list[float]]:
    """Milliseconds per keystroke, per query; *refresh(text)* runs one refresh,
    *pause()* (untimed) stands for the gap between two keystrokes."""
    timings: dict[str, list[float]] = {}
    for query in QUERIES:
        timings[query] = []
        for text in keystrokes(query):
            started = time.perf_counter()
            refresh(text)  # type: ignore[operator]
            timings[query].append((time.perf_counter() - started) * 1000)
            if pause is not None:
                pause()  # type: ignore[operator]
    return timings


def summarize(report: Report, label: str, timings: dict[str, list[float]], counts: dict) -> None:
    every = [ms for values in timings.values() for ms in values]
    p95 = percentile(every, 95)
    report.say(
        f"{label}: median {statistics.median(every):.1f} ms, p95 {p95:.1f} ms, "
        f"max {max(every):.1f} ms over {len(every)} keystrokes "
        + report.target(label, p95, TARGET_P95_FILTER_MS, "ms")
    )
    for query, values in timings.items():
        per_key = " ".join(f"{ms:.0f}" for ms in values)
        report.say(
            f"  {query!r:>12}: median {statistics.median(values):6.1f}  "
            f"p95 {percentile(values, 95):6.1f}  max {max(values):6.1f} ms  "
            f"[{per_key}]  ({counts.get(query, '?')} matches)"
        )


def measure_filtering(report: Report, path: Path) -> None:
    from app.customer_query import CustomerFilter, count_customers, find_customers
    from app.db import open_database

    open_database(path, create=False)
    counts = {q: count_customers(CustomerFilter(text=q)) for q in QUERIES}

    def direct(text: str) -> None:
        find_customers(CustomerFilter(text=text), limit=200)

    direct("")  # warm the page cache
    summarize(report, "filter, app.customer_query first page", time_typing(direct), counts)
    count_times = []
    for query in QUERIES:
        started = time.perf_counter()
        count_customers(CustomerFilter(text=query))
        count_times.append((time.perf_counter() - started) * 1000)
    report.say(
        f"count of matches (worker thread, off the keystroke path): median "
        f"{statistics.median(count_times):.1f} ms, max {max(count_times):.1f} ms"
    )

    try:
        from PySide6.QtWidgets import QApplication

        from ui.customer_list import CustomerTableModel
    except ImportError as exc:
        report.say(f"filter, Qt list model: skipped ({exc})")
        return
    app = QApplication.instance() or QApplication([])
    model = CustomerTableModel(None)
    model.set_filter(CustomerFilter())

    def through_model(text: str) -> None:
        model.set_filter(CustomerFilter(text=text))
        app.processEvents()  # let the view-side signals run, as in the window

    def between_keystrokes() -> None:
        # A person types a key every 150 ms or so; meanwhile the total is
        # counted in a worker thread. Let it finish, as it would, untimed.
        deadline = time.perf_counter() + 2
        while model.total < 0 and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.002)

    summarize(
        report,
        "filter, Qt list model (set_filter; count in a worker, waited for between keys)",
        time_typing(through_model, between_keystrokes),
        counts,
    )


def query_plans(report: Report) -> None:
    from app.customer_query import CustomerFilter, _apply_filter, find_customers
    from app.db import DB
    from app.models import Customer

    flt = CustomerFilter(text="qqqqzz")
    count_sql, count_params = _apply_filter(Customer.select(Customer.id), flt).sql()
    report.say("query plan, count (a miss scans every key):")
    for row in DB.execute_sql("EXPLAIN QUERY PLAN " + count_sql, count_params).fetchall():
        report.say(f"  {row[-1]}")
    # The page query as find_customers builds it, captured from SQLite itself.
    statements: list[str] = []
    connection = DB.connection()
    connection.set_trace_callback(statements.append)
    try:
        find_customers(flt, limit=200)
    finally:
        connection.set_trace_callback(None)
    page_sql = next((s for s in statements if s.lstrip().upper().startswith("SELECT")), "")
    if page_sql:
        report.say("query plan, first page:")
        for row in DB.execute_sql("EXPLAIN QUERY PLAN " + page_sql).fetchall():
            report.say(f"  {row[-1]}")


# --- main ------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=5, help="start-up runs (default 5)")
    parser.add_argument("--rebuild", action="store_true", help="build the database again")
    args = parser.parse_args()

    report = Report()
    report.say(
        f"Kehu benchmark: {args.customers:,} customers, {os.cpu_count()} CPUs, "
        f"Python {sys.version.split()[0]}, {sys.platform}"
    )
    path = ensure_database(report, args.customers, args.seed, args.rebuild)
    size_mb = path.stat().st_size / 1e6
    report.say(f"database: {path.relative_to(ROOT)} ({size_mb:.0f} MB)")
    measure_startup(report, path, args.runs)
    measure_filtering(report, path)
    query_plans(report)
    from bench.receivables import measure_receivables

    measure_receivables(report, path)
    try:
        import resource

        peak = maxrss_mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
        report.say(
            f"peak memory of this process (list model, 100k file): {peak:.0f} MB "
            + report.target("bench memory", peak, TARGET_MEMORY_MB, "MB")
        )
    except ImportError:
        resource = None  # type: ignore[assignment]
        report.say("peak memory: not measured on this platform")
    from bench.documents import measure_documents

    measure_documents(report, path)
    if resource is not None:
        peak = maxrss_mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
        # A 1,000-page PDF is laid out in memory before it is written.
        report.say(f"peak memory after the documents (1,000 letters in one PDF): {peak:.0f} MB")
    from bench.greetings import measure_greetings

    small = ensure_database(report, 10_000, args.seed, args.rebuild)
    measure_greetings(report, path, small)
    from bench.importing import measure_importing

    measure_importing(report, path)
    missed = [v for v in report.verdicts if v[1] >= v[2]]
    report.say()
    report.say(
        "all targets met"
        if not missed
        else "targets missed: "
        + ", ".join(f"{w} {v:.0f} {u} (target < {t:g})" for w, v, t, u in missed)
    )
    (OUT / "last-report.txt").write_text("\n".join(report.lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
