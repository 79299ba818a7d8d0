"""The ledger part of ``app.checks``: a healthy ledger passes; each kind of
damage is found and names the customer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app import ledger
from app.checks import N_LEDGER, run_checks
from app.customers import save_customer
from app.db import DB
from app.models import Allocation, LedgerEntry
from app.records import CustomerData


@pytest.fixture
def booked(db_path: Path) -> int:
    cid = save_customer(CustomerData(kind="corporate", name="华兴贸易"), confirm=True).id
    ledger.post_invoice(cid, number="A", entry_date=date(2025, 1, 1), amount="100")
    ledger.post_invoice(cid, number="B", entry_date=date(2025, 1, 5), amount="200")
    pay = ledger.post_payment(
        cid, entry_date=date(2025, 2, 1), amount="150", method="cheque", reference="9"
    )
    ledger.reverse_entry(pay, entry_date=date(2025, 2, 10), reason="退票")
    ledger.post_payment(cid, entry_date=date(2025, 2, 20), amount="120")
    return cid


def ledger_result():  # noqa: ANN201
    return next(r for r in run_checks() if r.name == N_LEDGER)


def test_healthy_ledger_passes(booked: int) -> None:
    result = ledger_result()
    assert result.ok, result.details


def test_wrong_open_amount_found(booked: int) -> None:
    LedgerEntry.update(open_fen=LedgerEntry.open_fen + 1).where(LedgerEntry.number == "B").execute()
    result = ledger_result()
    assert not result.ok
    assert result.params["debts"] == 1
    assert result.offenders == ("C000001",)


def test_over_allocated_credit_found(booked: int) -> None:
    payment = LedgerEntry.get(LedgerEntry.amount_fen == 12000)
    Allocation.update(amount_fen=Allocation.amount_fen + 99999).where(
        Allocation.credit == payment.id
    ).execute()
    result = ledger_result()
    assert not result.ok
    assert result.params["credits"] >= 1


def test_wrong_sign_found(booked: int) -> None:
    DB.execute_sql("UPDATE ledger_entry SET delta_fen = amount_fen WHERE kind = 'payment'")
    result = ledger_result()
    assert not result.ok
    assert result.params["signs"] == 2


def test_allocation_before_its_debt_found(booked: int) -> None:
    DB.execute_sql("UPDATE allocation SET on_date = '2024-12-01'")
    result = ledger_result()
    assert not result.ok
    assert result.params["dates"] >= 1


def test_stale_applied_on_found(booked: int) -> None:
    LedgerEntry.update(applied_on=None).where(LedgerEntry.kind == "payment").execute()
    result = ledger_result()
    assert not result.ok
    assert result.params["credits"] == 2  # the reversed cheque and the paid transfer
