"""Two windows (or two processes) on one card: the card's ``version`` column
catches an edit that changed underneath, and the admin chooses what happens
instead of the last writer silently winning."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QDialog, QWidget

from app.customers import load_customer, save_customer
from app.records import CustomerData
from tests.ui.dialogs import when_modal
from tests.unit.test_connections import Child
from ui.customer_card import CustomerCard

CHANGED = "Someone else changed this card after you opened it"


#: The choice offered on a conflict (see the report of issue 7, H3): a box with
#: three buttons, "conflictReload", "conflictOverwrite" and "conflictKeep".
@pytest.fixture
def customer_id(db_path: Path) -> int:
    return save_customer(
        CustomerData(name="张三", mobile="13800138000", address="上海市浦东新区"), confirm=True
    ).id


def open_card(qtbot, customer_id: int) -> CustomerCard:
    card = CustomerCard(load_customer(customer_id))
    qtbot.addWidget(card, before_close_func=lambda w: w.done(QDialog.DialogCode.Rejected))
    card.show()
    return card


def answer(button_name: str, seen: list[str] | None = None) -> None:
    """Press *button_name* in the next modal box; a box without it is closed
    (so a missing choice fails the test instead of hanging it)."""

    def act(box: QWidget) -> None:
        if seen is not None:
            seen.append(box.objectName())
        button = box.findChild(QAbstractButton, button_name)
        if button is None:
            box.close()
        else:
            button.click()

    when_modal(act)


@pytest.fixture
def stale_card(qtbot, customer_id: int) -> Iterator[CustomerCard]:
    """A card opened before another window saved a change to the same customer."""
    mine = open_card(qtbot, customer_id)
    theirs = open_card(qtbot, customer_id)
    theirs.mobile.setText("13900139000")
    theirs.save()
    assert theirs.result() == QDialog.DialogCode.Accepted
    mine.address.setText("北京市朝阳区")
    yield mine


def test_the_later_save_is_refused_and_the_input_kept(qtbot, customer_id, stale_card):
    answer("conflictKeep")
    stale_card.save()
    assert stale_card.isVisible() and stale_card.result() != QDialog.DialogCode.Accepted
    assert CHANGED in stale_card.banner.text()
    assert stale_card.address.text() == "北京市朝阳区"  # nothing typed is lost
    stored = load_customer(customer_id)
    # The other window's change stands; nothing was silently overwritten.
    assert (stored.mobile, stored.address, stored.version) == (
        "13900139000",
        "上海市浦东新区",
        2,
    )


def test_a_change_from_another_process_is_caught_too(qtbot, db_path, customer_id):
    card = open_card(qtbot, customer_id)
    other = Child(db_path)
    try:
        assert other.ask(f"set-address {customer_id} 广州市天河区") == "2"
    finally:
        other.close()
    card.mobile.setText("13700137000")
    answer("conflictKeep")
    card.save()
    assert card.result() != QDialog.DialogCode.Accepted
    assert CHANGED in card.banner.text()
    assert card.mobile.text() == "13700137000"
    stored = load_customer(customer_id)
    assert (stored.mobile, stored.address) == ("13800138000", "广州市天河区")


def test_load_their_version(qtbot, customer_id, stale_card):
    seen: list[str] = []
    answer("conflictReload", seen)
    stale_card.save()
    assert seen == ["conflictBox"]
    assert stale_card.isVisible()
    assert stale_card.mobile.text() == "13900139000"  # their change is shown
    assert stale_card.address.text() == "上海市浦东新区"  # mine is dropped, as chosen
    assert not stale_card.is_modified()
    stale_card.address.setText("北京市朝阳区")  # and editing goes on from their version
    stale_card.save()
    assert stale_card.result() == QDialog.DialogCode.Accepted
    stored = load_customer(customer_id)
    assert (stored.mobile, stored.address, stored.version) == ("13900139000", "北京市朝阳区", 3)


def test_save_mine_over_theirs(qtbot, customer_id, stale_card):
    answer("conflictOverwrite")
    stale_card.save()
    assert stale_card.result() == QDialog.DialogCode.Accepted
    stored = load_customer(customer_id)
    # Chosen knowingly: the whole card as this window shows it.
    assert (stored.mobile, stored.address, stored.version) == ("13800138000", "北京市朝阳区", 3)


def test_keep_editing_then_decide_later(qtbot, customer_id, stale_card):
    seen: list[str] = []
    answer("conflictKeep", seen)
    stale_card.save()
    assert stale_card.isVisible() and stale_card.address.text() == "北京市朝阳区"
    assert load_customer(customer_id).version == 2
    answer("conflictOverwrite", seen)  # the next save asks again
    stale_card.save()
    assert seen == ["conflictBox", "conflictBox"]
    assert stale_card.result() == QDialog.DialogCode.Accepted
    assert load_customer(customer_id).address == "北京市朝阳区"
