"""Child process of the crash-safety test, scenario B: a stream of ledger
postings (invoices, payments with and without picked debts, credit notes,
write-offs, reversals), each its own transaction in ``app.ledger``, to be
killed at a random moment.

    python tests/crash/child_ledger.py DB --run R --seed S --count N [--replay]

Every posting carries the tag ``crash rR tSEQ`` (the description, or the
reason of a write-off or reversal). After ``ready`` (database open) the child
writes ``done SEQ KIND ENTRY_ID FINGERPRINT`` for each posting, only after
the posting returned (so after its commit); FINGERPRINT is that of the
ledger tables just after it (with ``--replay``: ``-`` but after the last).
What it posts depends only on the seed and the state of the file, so the
same run on a copy of the same file posts the same entries: the test replays
a run that way to learn the state after a posting whose ``done`` line a kill
cut off.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from decimal import Decimal
from pathlib import Path

# Run as a script, the project root joins sys.path in the __main__ block only:
# hence the imports of app (and of tests.crash) inside functions.
ROOT = Path(__file__).resolve().parents[2]

#: The notes of the customers the postings go to (set up by the test).
LEDGER_NOTE = "崩溃测试账户"
TAG = re.compile(r"crash r(\d+) t(\d+)")


def tag(run: int, seq: int) -> str:
    return f"crash r{run} t{seq}"


def _yuan(rng: random.Random, low: int, high: int) -> Decimal:
    """An amount in yuan with fen, as typed."""
    return Decimal(rng.randint(low * 100, high * 100)) / 100


class Poster:
    def __init__(self, run: int, rng: random.Random) -> None:
        from app.models import Customer

        self.run = run
        self.rng = rng
        self.customers = [
            cid
            for (cid,) in Customer.select(Customer.id)
            .where(Customer.notes == LEDGER_NOTE)
            .order_by(Customer.id)
            .tuples()
        ]

    def _open_debts(self, customer_id: int | None = None) -> list[tuple[int, int, int]]:
        """(id, customer id, open fen) of the open debts, oldest first."""
        from app.models import DEBT_KINDS, LedgerEntry

        query = LedgerEntry.select(
            LedgerEntry.id, LedgerEntry.customer, LedgerEntry.open_fen
        ).where(LedgerEntry.kind.in_(DEBT_KINDS) & (LedgerEntry.open_fen > 0))
        if customer_id is not None:
            query = query.where(LedgerEntry.customer == customer_id)
        return list(query.order_by(LedgerEntry.id).tuples())

    def _reversible(self) -> list[int]:
        from peewee import JOIN

        from app.models import CREDIT_KINDS, LedgerEntry

        undone = LedgerEntry.alias()
        return [
            eid
            for (eid,) in LedgerEntry.select(LedgerEntry.id)
            .join(undone, JOIN.LEFT_OUTER, on=(undone.reverses == LedgerEntry.id))
            .where(LedgerEntry.kind.in_(CREDIT_KINDS) & undone.id.is_null())
            .order_by(LedgerEntry.id)
            .tuples()
        ]

    def post(self, seq: int) -> tuple[str, int]:
        """Post the *seq*-th entry of this run: (kind, entry id)."""
        from app import ledger
        from app.money import from_fen
        from tests.crash.workload import ledger_date

        rng, label, when = self.rng, tag(self.run, seq), ledger_date(self.run, seq)
        number = f"R{self.run}-{seq:04d}"
        customer = rng.choice(self.customers)
        roll = rng.random()
        if roll < 0.12:
            debts = self._open_debts()
            if debts:
                debt_id, _cid, open_fen = rng.choice(debts)
                part = from_fen(rng.randint(1, open_fen)) if rng.random() < 0.5 else None
                entry = ledger.post_write_off(
                    _cid, entry_date=when, reason=label, debt_ids=[debt_id], amount=part
                )
                return "write_off", entry
        elif roll < 0.24:
            credits = self._reversible()
            if credits:
                entry = ledger.reverse_entry(
                    rng.choice(credits[-15:]), entry_date=when, reason=label
                )
                return "reversal", entry
        elif roll < 0.34:
            debts = self._open_debts(customer)
            entry = ledger.post_credit_note(
                customer,
                number=f"C{number}",
                entry_date=when,
                amount=_yuan(rng, 10, 800),
                description=label,
                debt_id=rng.choice(debts)[0] if debts and rng.random() < 0.6 else None,
                confirm=True,
            )
            return "credit_note", entry
        elif roll < 0.64:
            debts = self._open_debts(customer)
            amount = _yuan(rng, 50, 6000)
            method = rng.choice(("transfer", "cash", "cheque"))
            allocate = None
            if debts and rng.random() < 0.5:
                debt_id, _cid, open_fen = rng.choice(debts)
                allocate = {debt_id: min(amount, from_fen(open_fen))}
            entry = ledger.post_payment(
                customer,
                entry_date=when,
                amount=amount,
                method=method,
                reference=f"ZP{self.run}{seq:04d}" if method == "cheque" else "",
                description=label,
                allocate=allocate,
                confirm=True,
            )
            return "payment", entry
        entry = ledger.post_invoice(
            customer,
            number=f"F{number}",
            entry_date=when,
            amount=_yuan(rng, 100, 9000),
            description=label,
            confirm=True,
        )
        return "invoice", entry


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("--run", type=int, required=True)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument(
        "--replay", action="store_true", help="fingerprint only after the last posting"
    )
    args = parser.parse_args()

    from app.db import DB, close_database, open_database
    from tests.crash.workload import LEDGER_TABLES, fingerprint, say

    open_database(args.db, create=False)
    poster = Poster(args.run, random.Random(args.seed))
    say("ready")
    for seq in range(1, args.count + 1):
        kind, entry = poster.post(seq)
        state = "-"
        if not args.replay or seq == args.count:
            state = fingerprint(DB.connection(), LEDGER_TABLES)
        say("done", seq, kind, entry, state)
    close_database()
    say("finished")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
