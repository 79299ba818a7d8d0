"""Receivables benchmarks (part of ``make bench``): ageing as of several dates
over the whole ledger, the collection workbench, and opening the account of a
customer with 500 entries (domain reads and the real Qt window)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

TARGET_AGEING_MS = 1000
TARGET_WORKBENCH_MS = 1000
TARGET_CARD_MS = 100
BENCH_CUSTOMER = "账龄基准客户（500笔）"


def _median_ms(fn: Callable[[], Any], runs: int = 3) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def _customer_with_500_entries() -> int:
    """A customer with 250 invoices and 250 payments, made once per bench file
    through the real posting code."""
    from app import ledger
    from app.customers import save_customer
    from app.models import Customer
    from app.records import CustomerData

    found = Customer.get_or_none(Customer.name == BENCH_CUSTOMER)
    if found is not None:
        return int(found.id)
    cid = save_customer(
        CustomerData(kind="corporate", name=BENCH_CUSTOMER, payment_terms_days=30), confirm=True
    ).id
    start = date.today() - timedelta(days=750)
    for i in range(250):
        when = start + timedelta(days=3 * i)
        ledger.post_invoice(
            cid,
            number=f"BENCH500-{i:04d}",
            entry_date=when,
            amount=f"{1000 + i}.{i % 100:02d}",
            confirm=True,
        )
        ledger.post_payment(
            cid, entry_date=when + timedelta(days=40), amount=f"{900 + i}", confirm=True
        )
    return cid


def measure_receivables(report: Any, path: Any) -> None:
    from app import account, ageing
    from app.db import open_database
    from app.models import LedgerEntry

    open_database(path, create=False)
    entries = LedgerEntry.select().count()
    customers = LedgerEntry.select(LedgerEntry.customer).distinct().count()
    report.say(f"ledger: {entries:,} entries for {customers:,} customers")
    today = date.today()
    for label, as_of in (
        ("today", today),
        ("180 days ago", today - timedelta(days=180)),
        ("a year ago", today - timedelta(days=365)),
    ):
        ms, result = _median_ms(lambda d=as_of: ageing.ageing(d))
        totals = ", ".join(
            f"{c} {t.balance_fen / 100:,.2f}" for c, t in sorted(result.totals.items())
        )
        report.say(
            f"ageing as of {label}: median {ms:.0f} ms, {len(result.rows):,} rows, "
            f"balance {totals} " + report.target(f"ageing ({label})", ms, TARGET_AGEING_MS, "ms")
        )

    try:
        from app.workbench import workbench
    except ImportError as exc:  # pragma: no cover - during development
        report.say(f"workbench: skipped ({exc})")
    else:
        ms, bench = _median_ms(lambda: workbench(today))
        report.say(
            f"workbench: median {ms:.0f} ms ({len(bench.ranking):,} overdue customers ranked, "
            f"{len(bench.due_soon):,} debts due soon, {len(bench.promises_today):,} promises "
            f"today) " + report.target("workbench", ms, TARGET_WORKBENCH_MS, "ms")
        )

    cid = _customer_with_500_entries()

    def read_account() -> None:
        account.summary(cid)
        account.entries(cid)
        account.open_debts(cid)

    ms, _ = _median_ms(read_account, runs=5)
    report.say(
        f"account of a customer with 500 entries, domain reads: median {ms:.1f} ms "
        + report.target("account reads", ms, TARGET_CARD_MS, "ms")
    )
    try:
        from PySide6.QtWidgets import QApplication

        from ui.account_window import AccountWindow
    except ImportError as exc:
        report.say(f"account window: skipped ({exc})")
        return
    app = QApplication.instance() or QApplication([])

    def open_window() -> None:
        window = AccountWindow(customer_id=cid)
        window.show()
        app.processEvents()
        window.close()
        window.deleteLater()
        app.processEvents()

    ms, _ = _median_ms(open_window, runs=5)
    report.say(
        f"account window with 500 entries, built and shown: median {ms:.0f} ms "
        + report.target("account window", ms, TARGET_CARD_MS, "ms")
    )
