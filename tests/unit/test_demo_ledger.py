"""Demo receivables: every rule of the ledger holds (checked in SQL, and by
posting the same history through app.ledger), the ageing buckets and the
collection lists have something in them, and the same seed and day give the
same rows."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from app import ledger
from app.checks import run_checks
from app.choices import CHANNEL, EXCUSE, OUTCOME, PAYMENT_METHOD, WARNING_SIGN
from app.db import DB, close_database, open_database
from app.demo import DemoSummary, fill_demo
from app.demo_ledger import WINDOW_DAYS
from app.models import (
    Allocation,
    BalanceConfirmation,
    CollectionLog,
    Customer,
    Instalment,
    InstalmentPlan,
    LedgerEntry,
    PaymentPromise,
    WarningFlag,
)
from app.money import from_fen

N = 500
SEED = 7
TODAY = date(2026, 3, 16)
LEDGER_TABLES = (
    LedgerEntry,
    Allocation,
    CollectionLog,
    PaymentPromise,
    BalanceConfirmation,
    InstalmentPlan,
    Instalment,
    WarningFlag,
)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, DemoSummary]]:
    path = tmp_path_factory.mktemp("demo_ledger") / "demo.sqlite3"
    open_database(path)
    summary = fill_demo(N, SEED, workers=0, today=TODAY)
    close_database()
    yield path, summary


@pytest.fixture
def demo(demo_file: tuple[Path, DemoSummary]) -> Iterator[DemoSummary]:
    open_database(demo_file[0], create=False)
    yield demo_file[1]
    close_database()


def rows(sql: str, *params: Any) -> list[tuple[Any, ...]]:
    return DB.execute_sql(sql, params).fetchall()


def one(sql: str, *params: Any) -> Any:
    return rows(sql, *params)[0][0]


def days_past_due() -> list[int]:
    return [
        (TODAY - date.fromisoformat(due)).days
        for (due,) in rows("SELECT due_date FROM ledger_entry WHERE open_fen > 0")
    ]


# --- what is there -------------------------------------------------------------------


def test_summary_counts_what_was_written(demo: DemoSummary) -> None:
    s = demo.ledger
    assert s is not None
    kinds = dict(rows("SELECT kind, count(*) FROM ledger_entry GROUP BY kind"))
    assert s.entries == LedgerEntry.select().count() == sum(kinds.values())
    assert (s.invoices, s.payments, s.credit_notes, s.write_offs, s.reversals) == (
        kinds["invoice"],
        kinds["payment"],
        kinds["credit_note"],
        kinds["write_off"],
        kinds["reversal"],
    )
    assert s.allocations == Allocation.select().count()
    assert s.collection_logs == CollectionLog.select().count()
    assert s.promises == PaymentPromise.select().count()
    assert s.confirmations == BalanceConfirmation.select().count()
    assert s.plans == InstalmentPlan.select().count()
    assert s.flags == WarningFlag.select().count()
    assert s.customers_with_entries == one("SELECT count(DISTINCT customer_id) FROM ledger_entry")
    # About ten entries a customer: 100,000 customers make about a million.
    assert 6 * N < s.entries < 14 * N
    assert "charge" not in kinds


def test_history_spans_two_years_up_to_today(demo: DemoSummary) -> None:
    first, last = rows("SELECT min(entry_date), max(entry_date) FROM ledger_entry")[0]
    assert date.fromisoformat(first) >= TODAY - timedelta(days=WINDOW_DAYS + 1)
    assert date.fromisoformat(first) <= TODAY - timedelta(days=WINDOW_DAYS - 30)
    assert TODAY - timedelta(days=7) <= date.fromisoformat(last) <= TODAY


def test_more_for_key_accounts_fewer_for_prospects(demo: DemoSummary) -> None:
    per_customer = dict(
        rows(
            "SELECT c.tier, count(*) * 1.0"
            " / (SELECT count(*) FROM customer x WHERE x.tier = c.tier)"
            " FROM ledger_entry e JOIN customer c ON c.id = e.customer_id"
            " WHERE e.kind = 'invoice' GROUP BY c.tier"
        )
    )
    assert per_customer["key_account"] > per_customer["ordinary"] > per_customer["prospect"]
    prospects_with_entries = one(
        "SELECT count(DISTINCT e.customer_id) FROM ledger_entry e"
        " JOIN customer c ON c.id = e.customer_id WHERE c.tier = 'prospect'"
    )
    assert prospects_with_entries < Customer.select().where(Customer.tier == "prospect").count() / 5
    amounts = dict(
        rows(
            "SELECT c.kind, avg(e.amount_fen) FROM ledger_entry e"
            " JOIN customer c ON c.id = e.customer_id WHERE e.kind = 'invoice' GROUP BY c.kind"
        )
    )
    assert amounts["corporate"] > 5 * amounts["individual"]
    top = one("SELECT max(amount_fen) FROM ledger_entry WHERE kind = 'invoice'")
    assert 10_000_000 <= top <= 80_000_000  # hundreds of thousands of yuan at most
    fen = one("SELECT count(*) FROM ledger_entry WHERE kind = 'invoice' AND amount_fen % 100")
    assert 0 < fen < one("SELECT count(*) FROM ledger_entry WHERE kind = 'invoice'") / 4


# --- the rules app.ledger keeps ---------------------------------------------------------


def test_amounts_and_signs(demo: DemoSummary) -> None:
    wrong = rows(
        "SELECT id FROM ledger_entry WHERE amount_fen <= 0 OR delta_fen != CASE"
        " WHEN kind IN ('invoice', 'charge', 'reversal') THEN amount_fen ELSE -amount_fen END"
    )
    assert wrong == []


def test_due_dates_follow_the_customers_terms(demo: DemoSummary) -> None:
    customers = {c.id: c for c in Customer.select()}
    debts = 0
    for cid, kind, entry_date, due_date in rows(
        "SELECT customer_id, kind, entry_date, due_date FROM ledger_entry"
    ):
        if kind not in ("invoice", "charge"):
            assert due_date is None
            continue
        debts += 1
        c, when = customers[cid], date.fromisoformat(entry_date)
        if c.payment_terms_days is not None:
            expected = when + timedelta(days=c.payment_terms_days)
        elif c.settlement_method == "net_days" and c.settlement_days is not None:
            expected = when + timedelta(days=c.settlement_days)
        elif c.settlement_method == "monthly":
            following = date(when.year + when.month // 12, when.month % 12 + 1, 1)
            after = date(following.year + following.month // 12, following.month % 12 + 1, 1)
            expected = after - timedelta(days=1)
        elif c.settlement_method == "cash_on_delivery":
            expected = when
        else:
            expected = when + timedelta(days=30)
        assert date.fromisoformat(due_date) == expected >= when
        assert date.fromisoformat(due_date) == ledger.due_date_for(c, when)
    assert debts > N


def test_numbers_unique_per_kind_and_in_date_order(demo: DemoSummary) -> None:
    numbered = defaultdict(list)
    for kind, number, entry_date in rows(
        "SELECT kind, number, entry_date FROM ledger_entry ORDER BY entry_date, id"
    ):
        if kind in ("invoice", "credit_note"):
            prefix = "SO" if kind == "invoice" else "CN"
            assert re.fullmatch(prefix + r"\d{4}-\d{6}", number), number
            assert number[2:6] == entry_date[:4]
            numbered[kind].append(number)
        else:
            assert number is None
    for numbers in numbered.values():
        assert len(set(numbers)) == len(numbers)
        for year in {n[2:6] for n in numbers}:
            of_year = [int(n[7:]) for n in numbers if n[2:6] == year]
            assert of_year == list(range(1, len(of_year) + 1))  # follow the dates
    assert numbered["credit_note"]


def test_payment_methods_and_references(demo: DemoSummary) -> None:
    methods = Counter()
    for method, reference, description in rows(
        "SELECT method, reference, description FROM ledger_entry WHERE kind = 'payment'"
    ):
        methods[method] += 1
        assert method in PAYMENT_METHOD
        if method == "cheque":
            assert re.fullmatch(r"\d{8}", reference)
        if method in ("bank_bill", "transfer"):
            assert reference
        if method == "bank_bill":
            assert "银行承兑汇票" in description
    assert methods.most_common(1)[0][0] == "transfer"
    assert {"transfer", "cash", "cheque", "bank_bill", "other"} <= set(methods)
    others = rows("SELECT method FROM ledger_entry WHERE kind != 'payment' AND method != ''")
    assert others == []


def test_caches_match_the_allocations(demo: DemoSummary) -> None:
    wrong = rows(
        "SELECT e.id FROM ledger_entry e LEFT JOIN ("
        "  SELECT debt_id, sum(amount_fen) AS total, max(on_date) AS last"
        "  FROM allocation GROUP BY debt_id) a ON a.debt_id = e.id"
        " WHERE e.kind IN ('invoice', 'charge') AND ("
        "  e.open_fen != e.amount_fen - coalesce(a.total, 0) OR e.open_fen < 0"
        "  OR coalesce(e.settled_on, '') != CASE WHEN e.open_fen = 0 THEN a.last ELSE '' END)"
    )
    assert wrong == []
    credits = rows(
        "SELECT id FROM ledger_entry WHERE kind NOT IN ('invoice', 'charge')"
        " AND (open_fen != 0 OR settled_on IS NOT NULL)"
    )
    assert credits == []
    settled = one("SELECT count(*) FROM ledger_entry WHERE settled_on IS NOT NULL")
    assert settled > one("SELECT count(*) FROM ledger_entry WHERE open_fen > 0")


def test_allocations_are_consistent(demo: DemoSummary) -> None:
    bad = rows(
        "SELECT a.id FROM allocation a"
        " JOIN ledger_entry c ON c.id = a.credit_id JOIN ledger_entry d ON d.id = a.debt_id"
        " WHERE c.customer_id != a.customer_id OR d.customer_id != a.customer_id"
        "  OR d.kind NOT IN ('invoice', 'charge') OR a.amount_fen = 0"
        "  OR (c.kind = 'reversal') != (a.amount_fen < 0)"
        "  OR a.on_date != max(c.entry_date, d.entry_date)"
    )
    assert bad == []
    over = rows(
        "SELECT c.id FROM ledger_entry c JOIN allocation a ON a.credit_id = c.id"
        " WHERE c.kind IN ('payment', 'credit_note', 'write_off')"
        " GROUP BY c.id HAVING sum(a.amount_fen) > c.amount_fen"
    )
    assert over == []
    # Credit notes go to the invoice they name, write-offs pay off what they write off.
    for credit, amount, debts, total in rows(
        "SELECT c.id, c.amount_fen, count(*), sum(a.amount_fen) FROM ledger_entry c"
        " JOIN allocation a ON a.credit_id = c.id WHERE c.kind = 'credit_note' GROUP BY c.id"
    ):
        assert (debts, total) == (1, amount), credit
    assert (
        rows(
            "SELECT c.id FROM ledger_entry c LEFT JOIN allocation a ON a.credit_id = c.id"
            " WHERE c.kind IN ('credit_note', 'write_off')"
            " GROUP BY c.id HAVING coalesce(sum(a.amount_fen), 0) != c.amount_fen"
        )
        == []
    )


def test_reversals_undo_their_payment(demo: DemoSummary) -> None:
    reversals = rows(
        "SELECT r.id, r.entry_date, r.amount_fen, r.reason, o.id, o.kind, o.entry_date,"
        " o.amount_fen FROM ledger_entry r JOIN ledger_entry o ON o.id = r.reverses_id"
    )
    assert len(reversals) == LedgerEntry.select().where(LedgerEntry.kind == "reversal").count()
    assert reversals
    for rid, when, amount, reason, oid, kind, original_date, original_amount in reversals:
        assert kind == "payment" and amount == original_amount and when >= original_date
        assert reason
        undone = dict(
            rows(
                "SELECT debt_id, -sum(amount_fen) FROM allocation WHERE credit_id = ? GROUP BY 1",
                rid,
            )
        )
        paid = dict(
            rows(
                "SELECT debt_id, sum(amount_fen) FROM allocation WHERE credit_id = ? GROUP BY 1",
                oid,
            )
        )
        assert undone == {debt: fen for debt, fen in paid.items() if fen}
    assert any("支票退票" in r[3] for r in reversals)


def test_no_credit_waits_while_a_debt_is_open(demo: DemoSummary) -> None:
    """What app.ledger.apply_open_credits guarantees after every posting: a
    credit with a rest means nothing (outside a hold) is open."""
    waiting = rows(
        "SELECT c.customer_id, c.amount_fen - coalesce(sum(a.amount_fen), 0) AS rest"
        " FROM ledger_entry c LEFT JOIN allocation a ON a.credit_id = c.id"
        " WHERE c.kind IN ('payment', 'credit_note', 'write_off')"
        " AND NOT EXISTS (SELECT 1 FROM ledger_entry r WHERE r.reverses_id = c.id)"
        " GROUP BY c.id HAVING rest > 0"
    )
    assert waiting, "some over-payments leave a credit balance"
    open_ = {
        cid
        for (cid,) in rows(
            "SELECT customer_id FROM ledger_entry WHERE open_fen > 0 AND hold_reason = ''"
        )
    }
    assert [cid for cid, _rest in waiting if cid in open_] == []


def test_currency_is_the_customers(demo: DemoSummary) -> None:
    assert (
        rows(
            "SELECT e.id FROM ledger_entry e JOIN customer c ON c.id = e.customer_id"
            " WHERE e.currency != c.currency"
        )
        == []
    )


def test_foreign_customers_invoiced_in_dollars(db_path: Path) -> None:
    fill_demo(1500, 3, workers=0, ledger=False)
    currencies = Counter(
        (c.language, c.currency) for c in Customer.select(Customer.language, Customer.currency)
    )
    assert currencies[("en", "USD")] > 0
    assert set(currencies) == {("zh", "CNY"), ("en", "USD")}


# --- realistic: ageing, write-offs, credit notes --------------------------------------------


def test_every_ageing_bucket_has_debts(demo: DemoSummary) -> None:
    buckets = Counter()
    for days in days_past_due():
        limits = (0, 30, 60, 90, 180, 365)
        buckets[next((i for i, limit in enumerate(limits) if days <= limit), 6)] += 1
    assert [buckets[i] >= 2 for i in range(7)] == [True] * 7, buckets
    assert buckets[0] > buckets[6]


def test_debts_falling_due_in_the_next_days(demo: DemoSummary) -> None:
    soon = [d for d in days_past_due() if -5 <= d < 0]
    assert soon


def test_write_offs_of_old_bad_debts(demo: DemoSummary) -> None:
    offs = rows(
        "SELECT w.reason, w.entry_date, max(d.due_date) FROM ledger_entry w"
        " JOIN allocation a ON a.credit_id = w.id JOIN ledger_entry d ON d.id = a.debt_id"
        " WHERE w.kind = 'write_off' GROUP BY w.id"
    )
    assert offs
    for reason, when, latest_due in offs:
        assert re.search(r"[\u4e00-\u9fff]", reason)
        assert (date.fromisoformat(when) - date.fromisoformat(latest_due)).days >= 365


def test_archived_customers_mostly_settled(demo: DemoSummary) -> None:
    archived = rows(
        "SELECT count(DISTINCT e.customer_id), count(DISTINCT CASE WHEN e.open_fen > 0"
        " THEN e.customer_id END) FROM ledger_entry e JOIN customer c ON c.id = e.customer_id"
        " WHERE c.archived"
    )[0]
    assert archived[1] <= archived[0] / 2


def test_descriptions_in_chinese(demo: DemoSummary) -> None:
    texts = [t for (t,) in rows("SELECT description FROM ledger_entry WHERE kind = 'invoice'")]
    assert all(re.search(r"[\u4e00-\u9fff]", t) for t in texts)
    assert any(re.fullmatch(r"\d{1,2}月货款", t) for t in texts)
    assert any(t.startswith("送货单 ") for t in texts)


# --- collection history -------------------------------------------------------------------


def promise_statuses() -> Counter[str]:
    statuses: Counter[str] = Counter()
    for amount, made_on, due_on, paid in rows(
        "SELECT p.amount_fen, p.made_on, p.due_on, (SELECT coalesce(sum(e.amount_fen), 0)"
        "  FROM ledger_entry e WHERE e.customer_id = p.customer_id AND e.kind = 'payment'"
        "  AND e.entry_date BETWEEN p.made_on AND p.due_on"
        "  AND NOT EXISTS (SELECT 1 FROM ledger_entry r WHERE r.reverses_id = e.id))"
        " FROM payment_promise p"
    ):
        assert made_on <= due_on and made_on <= TODAY.isoformat() and amount > 0
        due = date.fromisoformat(due_on)
        statuses[
            "kept"
            if paid >= amount
            else "broken"
            if due < TODAY
            else "due_today"
            if due == TODAY
            else "pending"
        ] += 1
    return statuses


def test_promises_kept_broken_and_falling_due(demo: DemoSummary) -> None:
    statuses = promise_statuses()
    assert all(statuses[s] > 0 for s in ("kept", "broken", "due_today", "pending")), statuses
    assert (
        rows(
            "SELECT p.id FROM payment_promise p JOIN collection_log l ON l.id = p.log_id"
            " WHERE l.customer_id != p.customer_id OR l.outcome != 'promised'"
            " OR l.contact_date != p.made_on"
        )
        == []
    )


def test_collection_log(demo: DemoSummary) -> None:
    logs = list(CollectionLog.select())
    customers = {log.customer_id for log in logs}
    assert 0 < len(customers) < N / 10  # a few percent of the customers
    for log in logs:
        assert log.channel in CHANNEL and log.outcome in OUTCOME
        assert log.excuse == "" or log.excuse in EXCUSE
        assert log.contact_date <= TODAY
        assert log.person or log.said or log.notes or log.outcome or log.dunning_level
        if log.said:
            assert re.search(r"[\u4e00-\u9fff]", log.said)
        if log.corrects_id is not None:
            assert log.corrects.customer_id == log.customer_id
    # Those contacted owe something overdue.
    owing = {
        cid
        for (cid,) in rows(
            "SELECT customer_id FROM ledger_entry WHERE open_fen > 0 AND due_date < ?",
            TODAY.isoformat(),
        )
    }
    assert customers <= owing
    channels = Counter(log.channel for log in logs)
    assert channels.most_common(1)[0][0] == "call" and channels["letter"] > 0
    assert {log.dunning_level for log in logs} >= {0, 1}


def test_balance_confirmations(demo: DemoSummary) -> None:
    found = set()
    for c in BalanceConfirmation.select():
        assert c.as_of < c.sent_on <= TODAY
        assert c.balance_fen == ledger.balance_fen(c.customer_id, c.as_of)
        if c.status == "awaiting":
            assert c.replied_on is None
            found.add("awaiting_old" if (TODAY - c.sent_on).days > 15 else "awaiting")
        else:
            assert c.sent_on <= c.replied_on <= TODAY
            found.add(c.status)
        if c.status == "disputed":
            assert c.customer_amount_fen is not None and c.dispute_reason
    assert found == {"awaiting", "awaiting_old", "agreed", "disputed"}
    held = LedgerEntry.select().where(LedgerEntry.hold_reason != "")
    assert all(d.open_fen > 0 and d.hold_until > TODAY for d in held)


def test_instalment_plans_and_warning_flags(demo: DemoSummary) -> None:
    plans = list(InstalmentPlan.select())
    assert plans
    for plan in plans:
        parts = list(plan.instalments.order_by(Instalment.seq))
        assert [p.seq for p in parts] == list(range(1, len(parts) + 1))
        assert sum(p.amount_fen for p in parts) == plan.total_fen
        assert all(p.amount_fen > 0 and p.due_on > plan.agreed_on for p in parts)
        assert plan.status == "active" and plan.agreed_on <= TODAY
    flags = list(WarningFlag.select())
    assert flags and all(f.sign in WARNING_SIGN and f.flagged_on <= TODAY for f in flags)
    assert all(f.cleared_on is None or f.flagged_on <= f.cleared_on <= TODAY for f in flags)


def test_all_checks_pass(demo: DemoSummary) -> None:
    results = run_checks(workers=0)
    assert [(r.name, r.details) for r in results if not r.ok] == []


# --- the same history posted through app.ledger gives the same rows --------------------------


def test_app_ledger_posting_the_same_history_gives_the_same_rows(demo: DemoSummary) -> None:
    special = {
        cid
        for (cid,) in rows(
            "SELECT customer_id FROM ledger_entry WHERE kind IN"
            " ('credit_note', 'write_off', 'reversal')"
        )
    }
    some = [cid for (cid,) in rows("SELECT DISTINCT customer_id FROM ledger_entry LIMIT 25")]
    with DB.atomic() as transaction:
        for cid in sorted(special | set(some)):
            _replay(cid)
        transaction.rollback()


def _replay(cid: int) -> None:
    c = Customer.get_by_id(cid)
    shadow = Customer.create(
        number=f"R{cid}",
        kind=c.kind,
        name=c.name,
        sort_key=c.sort_key,
        payment_terms_days=c.payment_terms_days,
        settlement_method=c.settlement_method,
        settlement_days=c.settlement_days,
        currency=c.currency,
    ).id
    entries = list(LedgerEntry.select().where(LedgerEntry.customer == cid).order_by(LedgerEntry.id))
    to: dict[int, int] = {}
    for e in entries:
        # What a credit note or a write-off names (a payment names nothing).
        targets = [
            to.get(d)
            for (d,) in Allocation.select(Allocation.debt).where(Allocation.credit == e.id).tuples()
        ]
        money = from_fen(e.amount_fen)
        if e.kind == "invoice":
            new = ledger.post_invoice(
                shadow, number=f"{e.number}R", entry_date=e.entry_date, amount=money,
                description=e.description, confirm=True,
            )  # fmt: skip
        elif e.kind == "payment":
            new = ledger.post_payment(
                shadow, entry_date=e.entry_date, amount=money, method=e.method,
                reference=e.reference, confirm=True,
            )  # fmt: skip
        elif e.kind == "credit_note":
            new = ledger.post_credit_note(
                shadow, number=f"{e.number}R", entry_date=e.entry_date, amount=money,
                debt_id=targets[0], confirm=True,
            )  # fmt: skip
        elif e.kind == "write_off":
            new = ledger.post_write_off(
                shadow, entry_date=e.entry_date, reason=e.reason, debt_ids=targets
            )
        else:
            new = ledger.reverse_entry(to[e.reverses_id], entry_date=e.entry_date, reason=e.reason)
        to[e.id] = new
    for e in entries:
        again = LedgerEntry.get_by_id(to[e.id])
        assert (again.due_date, again.open_fen, again.settled_on) == (
            e.due_date,
            e.open_fen,
            e.settled_on,
        ), (c.number, e.kind, e.number)

    def allocations(customer: int, rename: dict[int, int]) -> list[tuple[Any, ...]]:
        return sorted(
            (rename.get(credit, credit), rename.get(debt, debt), fen, str(on))
            for credit, debt, fen, on in Allocation.select(
                Allocation.credit, Allocation.debt, Allocation.amount_fen, Allocation.on_date
            )
            .where(Allocation.customer == customer)
            .tuples()
        )

    assert allocations(cid, to) == allocations(shadow, {}), c.number


# --- repeatable, optional, cancellable -------------------------------------------------------


def dump() -> dict[str, list[tuple[Any, ...]]]:
    return {m.__name__: list(m.select().order_by(m.id).tuples()) for m in LEDGER_TABLES}


def test_same_seed_and_day_same_rows(tmp_path: Path) -> None:
    dumps = []
    for name, today in (("a", TODAY), ("b", TODAY), ("c", TODAY + timedelta(days=1))):
        open_database(tmp_path / f"{name}.sqlite3")
        fill_demo(120, 5, workers=0, today=today)
        dumps.append(dump())
        close_database()
    assert dumps[0] == dumps[1]
    assert dumps[0]["LedgerEntry"] and dumps[0]["Allocation"]
    assert dumps[0]["LedgerEntry"] != dumps[2]["LedgerEntry"]


def test_without_ledger(db_path: Path) -> None:
    summary = fill_demo(50, 1, workers=0, ledger=False, today=TODAY)
    assert summary.ledger is None and summary.customers == 50
    assert all(model.select().count() == 0 for model in LEDGER_TABLES)


def test_progress_covers_customers_then_ledger(db_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    fill_demo(200, 1, workers=0, today=TODAY, progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 200) and seen[-1] == (200, 200)
    done = [d for d, _t in seen]
    assert done == sorted(done)
    assert any(0 < d < 200 for d in done)  # the customers are done, the ledger is not


def test_cancel_during_the_ledger_rolls_everything_back(db_path: Path) -> None:
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 1  # the customers are written, the ledger has not begun

    summary = fill_demo(200, 1, workers=0, today=TODAY, cancel=cancel)
    assert summary.cancelled and summary.ledger is None
    assert Customer.select().count() == 0
    assert all(model.select().count() == 0 for model in LEDGER_TABLES)
    assert not DB.in_transaction()


def test_second_fill_continues_ids_and_numbers(db_path: Path) -> None:
    first = fill_demo(80, 1, workers=0, today=TODAY)
    second = fill_demo(80, 2, workers=0, today=TODAY)
    assert first.ledger and second.ledger
    assert LedgerEntry.select().count() == first.ledger.entries + second.ledger.entries
    numbers = [n for (n,) in rows("SELECT number FROM ledger_entry WHERE kind = 'invoice'")]
    assert len(numbers) == len(set(numbers))
    top = max(int(n[7:]) for n in numbers if n.startswith(f"SO{TODAY.year}-"))
    assert top == len([n for n in numbers if n.startswith(f"SO{TODAY.year}-")])
    assert all(r.ok for r in run_checks(workers=0))
