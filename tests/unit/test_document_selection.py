"""Who a batch of documents goes to: group, salesperson, worst class, minimum
overdue amount and age; resolving a customer named on the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.document_selection import (
    DocumentFilter,
    group_id_by_name,
    resolve_customer,
    select_customers,
    with_activity,
)
from app.errors import NotFoundError
from app.groups import create_group
from app.models import Customer
from tests.unit.collection_helpers import TODAY, customer, days, invoice, payment


@pytest.fixture
def ledger(db_path: Path) -> dict[str, int]:
    vip = create_group("重点客户").id
    ids = {
        "old_big": customer("老大难有限公司", salesperson="王强", group_ids={vip}),
        "young_small": customer("新客户商行", salesperson="李娜"),
        "paid": customer("按时付款公司", salesperson="王强", group_ids={vip}),
        "nothing": customer("无往来公司"),
    }
    invoice(ids["old_big"], "50000.00", on=days(-200), due=days(-150))
    invoice(ids["young_small"], "800.00", on=days(-40), due=days(-10))
    invoice(ids["paid"], "1000.00", on=days(-60), due=days(-30))
    payment(ids["paid"], "1000.00", on=days(-25))
    return ids


def test_scope_by_group_and_salesperson(ledger: dict[str, int]) -> None:
    vip = group_id_by_name("重点客户")
    assert set(select_customers(DocumentFilter(group_id=vip), today=TODAY)) == {
        ledger["old_big"],
        ledger["paid"],
    }
    assert select_customers(DocumentFilter(salesperson="李娜"), today=TODAY) == [
        ledger["young_small"]
    ]


def test_overdue_minimums_and_class(ledger: dict[str, int]) -> None:
    overdue = select_customers(DocumentFilter(min_overdue_days=1), today=TODAY)
    assert set(overdue) == {ledger["old_big"], ledger["young_small"]}
    assert select_customers(DocumentFilter(min_overdue_days=30), today=TODAY) == [ledger["old_big"]]
    assert select_customers(DocumentFilter(min_overdue_fen=1000_00), today=TODAY) == [
        ledger["old_big"]
    ]
    # 150 days past due is doubtful with the default thresholds (90 / 180 / 365).
    assert select_customers(DocumentFilter(debt_class="doubtful"), today=TODAY) == [
        ledger["old_big"]
    ]
    assert select_customers(DocumentFilter(debt_class="dead"), today=TODAY) == []


def test_archived_customers_only_when_asked(ledger: dict[str, int]) -> None:
    Customer.update(archived=True).where(Customer.id == ledger["nothing"]).execute()
    assert ledger["nothing"] not in select_customers(DocumentFilter(), today=TODAY)
    assert ledger["nothing"] in select_customers(DocumentFilter(include_archived=True), today=TODAY)


def test_with_activity_leaves_out_customers_with_nothing_to_show(
    ledger: dict[str, int],
) -> None:
    everyone = list(ledger.values())
    shown = with_activity(everyone, date_from=None, date_to=TODAY)
    assert set(shown) == {ledger["old_big"], ledger["young_small"], ledger["paid"]}
    # In a period after the payment, the paid customer has neither a balance nor an entry.
    later = with_activity(everyone, date_from=days(-5), date_to=TODAY)
    assert set(later) == {ledger["old_big"], ledger["young_small"]}


def test_resolve_customer_by_number_name_or_unique_search(ledger: dict[str, int]) -> None:
    number = Customer.get_by_id(ledger["paid"]).number
    assert resolve_customer(number) == ledger["paid"]
    assert resolve_customer(number.lower()) == ledger["paid"]
    assert resolve_customer("新客户商行") == ledger["young_small"]
    assert resolve_customer("老大难") == ledger["old_big"]
    with pytest.raises(NotFoundError, match="No customer matches"):
        resolve_customer("不存在的名字")
    with pytest.raises(NotFoundError, match="Several customers match"):
        resolve_customer("公司")


def test_unknown_group_names_the_groups(ledger: dict[str, int]) -> None:
    with pytest.raises(NotFoundError, match="重点客户"):
        group_id_by_name("没有这个组")
