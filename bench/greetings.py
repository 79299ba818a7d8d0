"""Greeting benchmarks (part of ``make bench``), on a 10,000-customer and on
the 100,000-customer demo file:

- the greeting list of a holiday (中秋节, each company's main contact; and all
  contacts), through ``app.greetings.greeting_list`` as the window and the
  command line run it: the first run in the process and the median of 3;
- the birthday list of this month (individuals and contact persons);
- the upcoming birthdays and anniversaries of the next 7 days;
- on 10,000 customers also the SMS file of the holiday list (CSV,
  ``app.greeting_output``) and marking everyone as greeted (rolled back).

Run on its own: QT_QPA_PLATFORM=offscreen python bench/greetings.py SMALL_DB [LARGE_DB]
"""

from __future__ import annotations

import calendar
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

TARGET_LIST_S = 1.0  # the greeting list of 10,000 customers
TARGET_UPCOMING_MS = 100  # the upcoming 7 days of 10,000 customers, at start-up


def _timed(fn: Callable[[], Any], runs: int = 3) -> tuple[float, float, Any]:
    """(first run, median of *runs* after it) in seconds, and the result."""
    started = time.perf_counter()
    result = fn()
    first = time.perf_counter() - started
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return first, statistics.median(times), result


def _this_month(today: date) -> tuple[date, date]:
    last = calendar.monthrange(today.year, today.month)[1]
    return today.replace(day=1), today.replace(day=last)


def measure_file(report: Any, path: Path, *, small: bool) -> None:
    from app import greeting_output, upcoming
    from app.db import DB, open_database
    from app.greetings import GreetingRequest, greeting_list, mark_greeted
    from app.holidays import BIRTHDAY, find, next_date
    from app.models import Customer

    open_database(path, create=False)
    customers = Customer.select().where(Customer.archived == False).count()  # noqa: E712
    today = date.today()
    holiday = find("mid_autumn")
    on = next_date(holiday, today)
    year = on.year if on is not None else today.year
    report.say(f"  {path.name}: {customers:,} active customers")

    first, median, rows = _timed(lambda: greeting_list(GreetingRequest(holiday.key, year)))
    verdict = (
        report.target("greeting list, 10,000 customers", first, TARGET_LIST_S, "s")
        if small
        else "(informational)"
    )
    report.say(
        f"    中秋节 {year} list (main contacts): first {first:.2f} s, median {median:.2f} s, "
        f"{len(rows):,} people {verdict}"
    )
    first, median, everyone = _timed(
        lambda: greeting_list(GreetingRequest(holiday.key, year, contacts="all"))
    )
    report.say(
        f"    the same with all contacts: first {first:.2f} s, median {median:.2f} s, "
        f"{len(everyone):,} people"
    )
    start, end = _this_month(today)
    first, median, born = _timed(
        lambda: greeting_list(GreetingRequest(BIRTHDAY, date_from=start, date_to=end))
    )
    report.say(
        f"    birthdays of {start:%Y-%m}: first {first:.2f} s, median {median:.2f} s, "
        f"{len(born):,} people"
    )
    first, median, events = _timed(lambda: upcoming.upcoming(today, 7))
    verdict = (
        report.target("upcoming 7 days, 10,000 customers", median * 1000, TARGET_UPCOMING_MS, "ms")
        if small
        else "(informational)"
    )
    report.say(
        f"    upcoming 7 days: first {first * 1000:.0f} ms, median {median * 1000:.0f} ms, "
        f"{len(events):,} events {verdict}"
    )
    if not small:
        return
    first, median, result = _timed(
        lambda: greeting_output.render(greeting_output.CSV, rows), runs=1
    )
    report.say(
        f"    SMS file (CSV) of the list: {first:.2f} s, {result.written:,} lines, "
        f"{len(result.data) / 1e6:.1f} MB"
    )
    with DB.atomic() as transaction:
        started = time.perf_counter()
        marked = mark_greeted(rows, channel="sms")
        took = time.perf_counter() - started
        transaction.rollback()
    report.say(f"    marking {marked:,} people as greeted: {took:.2f} s (rolled back)")


def measure_greetings(report: Any, large: Path, small: Path) -> None:
    report.say()
    report.say("Greetings")
    measure_file(report, small, small=True)
    measure_file(report, large, small=False)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from bench.run import Report

    paths = [Path(p) for p in sys.argv[1:3]]
    report = Report()
    report.say("Greetings")
    measure_file(report, paths[0], small=True)
    if len(paths) > 1:
        measure_file(report, paths[1], small=False)
