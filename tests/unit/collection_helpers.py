"""Builders shared by the collection tests: customers, ledgers, row counts.

Dates are relative to a fixed ``TODAY`` passed to the functions under test."""

from __future__ import annotations

from datetime import date, timedelta

from app.customers import save_customer
from app.ledger import post_invoice, post_payment
from app.models import (
    BalanceConfirmation,
    CollectionLog,
    Instalment,
    InstalmentPlan,
    PaymentPromise,
    WarningFlag,
)
from app.records import CustomerData

TODAY = date(2026, 6, 30)


def days(n: int) -> date:
    """TODAY + n days (n < 0: in the past)."""
    return TODAY + timedelta(days=n)


_numbers = iter(range(1, 1_000_000))


def customer(
    name: str = "远大贸易",
    *,
    mobile: str = "",
    phone: str = "",
    salesperson: str = "",
    credit_limit: str | None = None,
    group_ids: set[int] | None = None,
) -> int:
    data = CustomerData(
        kind="corporate",
        name=name,
        mobile=mobile,
        phone=phone,
        salesperson=salesperson,
        credit_limit=credit_limit,
        group_ids=group_ids or set(),
    )
    return save_customer(data, confirm=True).id


def invoice(customer_id: int, amount: str, *, on: date, due: date | None = None) -> int:
    return post_invoice(
        customer_id,
        number=f"INV-{next(_numbers)}",
        entry_date=on,
        amount=amount,
        due_date=due or on,
        confirm=True,
    )


def payment(customer_id: int, amount: str, *, on: date) -> int:
    return post_payment(customer_id, entry_date=on, amount=amount, confirm=True)


def collection_rows() -> dict[str, int]:
    return {
        "log": CollectionLog.select().count(),
        "promises": PaymentPromise.select().count(),
        "confirmations": BalanceConfirmation.select().count(),
        "plans": InstalmentPlan.select().count(),
        "instalments": Instalment.select().count(),
        "flags": WarningFlag.select().count(),
    }
