"""Consistency checks of the receivables ledger, for ``app.checks``: the
invariants ``app.ledger`` keeps on every posting. Each query is one pass in
SQL (standard SQL, no SQLite-only functions)."""

from __future__ import annotations

from app.db import DB

#: Debts whose caches disagree with their allocations, or that are over-paid.
_DEBT_CACHES = """
SELECT e.customer_id FROM ledger_entry e
LEFT JOIN (SELECT debt_id, SUM(amount_fen) AS paid, MAX(on_date) AS last
           FROM allocation GROUP BY debt_id) a ON a.debt_id = e.id
WHERE e.kind IN ('invoice', 'charge') AND (
      e.open_fen <> e.amount_fen - COALESCE(a.paid, 0)
   OR e.open_fen < 0
   OR (e.open_fen = 0 AND a.last IS NOT NULL AND (e.settled_on IS NULL OR e.settled_on <> a.last))
   OR (e.open_fen <> 0 AND e.settled_on IS NOT NULL))
"""

#: Credits allocated beyond their amount (or below zero); reversed credits
#: whose allocations are not undone exactly.
_CREDITS = """
SELECT e.customer_id FROM ledger_entry e
LEFT JOIN (SELECT credit_id, SUM(amount_fen) AS used FROM allocation GROUP BY credit_id) a
       ON a.credit_id = e.id
LEFT JOIN ledger_entry r ON r.reverses_id = e.id
LEFT JOIN (SELECT credit_id, SUM(amount_fen) AS undone FROM allocation GROUP BY credit_id) u
       ON u.credit_id = r.id
WHERE e.kind IN ('payment', 'credit_note', 'write_off') AND (
      COALESCE(a.used, 0) > e.amount_fen
   OR COALESCE(a.used, 0) < 0
   OR (r.id IS NOT NULL AND COALESCE(a.used, 0) + COALESCE(u.undone, 0) <> 0))
"""

#: Credits whose ``applied_on`` cache disagrees with their allocations or reversal.
_CREDIT_CACHES = """
SELECT e.customer_id FROM ledger_entry e
LEFT JOIN (SELECT credit_id, SUM(amount_fen) AS used, MAX(on_date) AS last
           FROM allocation GROUP BY credit_id) a ON a.credit_id = e.id
LEFT JOIN ledger_entry r ON r.reverses_id = e.id
WHERE e.kind IN ('payment', 'credit_note', 'write_off') AND (
      (r.id IS NOT NULL AND (e.applied_on IS NULL OR e.applied_on <> r.entry_date))
   OR (r.id IS NULL AND COALESCE(a.used, 0) = e.amount_fen
       AND (e.applied_on IS NULL OR e.applied_on <> a.last))
   OR (r.id IS NULL AND COALESCE(a.used, 0) <> e.amount_fen AND e.applied_on IS NOT NULL))
"""

#: Entries whose signed effect does not follow from their kind.
_SIGNS = """
SELECT customer_id FROM ledger_entry
WHERE amount_fen <= 0
   OR (kind IN ('invoice', 'charge', 'reversal') AND delta_fen <> amount_fen)
   OR (kind IN ('payment', 'credit_note', 'write_off') AND delta_fen <> -amount_fen)
   OR kind NOT IN ('invoice', 'charge', 'reversal', 'payment', 'credit_note', 'write_off')
   OR (kind IN ('invoice', 'charge') AND (due_date IS NULL OR due_date < entry_date))
"""

#: Allocations taking effect before their debt or their credit exists.
_DATES = """
SELECT a.customer_id FROM allocation a
JOIN ledger_entry d ON d.id = a.debt_id
JOIN ledger_entry c ON c.id = a.credit_id
WHERE a.on_date < d.entry_date OR a.on_date < c.entry_date OR a.customer_id <> d.customer_id
   OR d.kind NOT IN ('invoice', 'charge')
"""

QUERIES = {
    "debts": _DEBT_CACHES,
    "credits": _CREDITS,
    "credit_caches": _CREDIT_CACHES,
    "signs": _SIGNS,
    "dates": _DATES,
}


def ledger_problems() -> dict[str, list[int]]:
    """Customer ids concerned, per kind of problem (only kinds with problems)."""
    found: dict[str, list[int]] = {}
    for key, sql in QUERIES.items():
        ids = [row[0] for row in DB.execute_sql(sql).fetchall()]
        if ids:
            found[key] = ids
    return found
