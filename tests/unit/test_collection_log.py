"""The collection log: append-only entries, corrections that link, the excuse
playbook, last contact dates, a promise recorded with the conversation."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from app import collection_log
from app.choices import COUNTER_MEASURE
from app.collection_log import add_entry, counter_measure, last_contact_dates, list_entries
from app.customers import archive_customers
from app.errors import NotAllowedError, NotFoundError, ValidationError
from app.promises import promises_for
from tests.unit.collection_helpers import TODAY, collection_rows, customer, days


@pytest.fixture
def cid(db_path: Path) -> int:
    return customer("远大贸易", mobile="13800138000")


def entry(customer_id: int, **kw: object) -> int:
    values: dict[str, object] = {
        "contact_date": days(-1),
        "channel": "call",
        "person": "王会计",
        "said": "下周付款",
        "today": TODAY,
    }
    values.update(kw)
    return add_entry(customer_id, **values)  # type: ignore[arg-type]


def refused(call, *args: object, **kw: object) -> dict[str, str]:  # noqa: ANN001
    """Field -> message of the ValidationError, checking nothing was stored."""
    before = collection_rows()
    with pytest.raises(ValidationError) as info:
        call(*args, **kw)
    assert collection_rows() == before
    return {i.field: i.message for i in info.value.issues}


def test_entry_is_stored_with_its_counter_measure(cid: int) -> None:
    log_id = entry(cid, excuse="short_of_cash", outcome="call_back", notes="催了第二次")
    [row] = list_entries(cid)
    assert row.id == log_id
    assert (row.contact_date, row.channel, row.person, row.said, row.notes) == (
        days(-1),
        "call",
        "王会计",
        "下周付款",
        "催了第二次",
    )
    assert row.excuse == "short_of_cash" and row.outcome == "call_back"
    assert row.counter_measure_key == "short_of_cash"
    assert row.counter_measure == COUNTER_MEASURE["short_of_cash"]
    assert "instalment plan" in counter_measure("short_of_cash")
    assert row.corrects_id is None and row.corrected_by_id is None


def test_counter_measure_of_no_or_unknown_excuse_is_empty() -> None:
    assert counter_measure("") == ""
    assert counter_measure("nonsense") == ""
    assert set(COUNTER_MEASURE) >= {
        "not_convenient",
        "not_approved",
        "cheque_sent",
        "short_of_cash",
        "income_next_month",
        "pay_within_days",
        "computer_broken",
    }


def test_entries_newest_contact_first(cid: int) -> None:
    old = entry(cid, contact_date=days(-10))
    new = entry(cid, contact_date=days(-2))
    middle = entry(cid, contact_date=days(-5))
    same_day_later = entry(cid, contact_date=days(-2))
    assert [r.id for r in list_entries(cid)] == [same_day_later, new, middle, old]


def test_date_as_text_is_accepted(cid: int) -> None:
    entry(cid, contact_date="２０２６-０６-２９")
    assert list_entries(cid)[0].contact_date == days(-1)


@pytest.mark.parametrize(
    ("kw", "field", "message"),
    [
        ({"contact_date": days(1)}, "contact_date", "Cannot be in the future"),
        ({"contact_date": None}, "contact_date", "Required: please fill it in"),
        ({"contact_date": "30/06/2026"}, "contact_date", "Not a date: write it as 2025-06-30"),
        ({"channel": "fax"}, "channel", "Unknown choice: fax"),
        ({"channel": ""}, "channel", "Required: please fill it in"),
        ({"excuse": "the dog ate it"}, "excuse", "Unknown choice: the dog ate it"),
        ({"outcome": "maybe"}, "outcome", "Unknown choice: maybe"),
        ({"person": "王" * 101}, "person", "Too long: at most 100 characters (now 101)"),
        ({"person": "王\n会计"}, "person", "Must be one line, without line breaks"),
        ({"said": "x" * 4001}, "said", "Too long: at most 4000 characters (now 4001)"),
        ({"dunning_level": 10}, "dunning_level", "Must be between 0 and 9"),
        (
            {"person": "", "said": "", "notes": ""},
            "said",
            "Write down what happened: who you spoke to, what was said or the outcome",
        ),
    ],
)
def test_bad_input_is_refused_and_nothing_stored(
    cid: int, kw: dict[str, object], field: str, message: str
) -> None:
    assert refused(entry, cid, **kw)[field] == message


def test_said_may_have_several_lines(cid: int) -> None:
    entry(cid, said="第一句\r\n第二句")
    assert list_entries(cid)[0].said == "第一句\n第二句"


def test_no_function_edits_or_deletes_an_entry() -> None:
    verbs = ("update", "edit", "delete", "remove", "change", "set_")
    public = [name for name in dir(collection_log) if not name.startswith("_")]
    assert not [name for name in public if name.startswith(verbs)]
    assert not [name for name in collection_log.__all__ if name.startswith(verbs)]


def test_a_correction_links_and_keeps_the_original(cid: int) -> None:
    original = entry(cid, said="答应月底付")
    fixed = entry(cid, said="答应月底付一半", corrects=original)
    rows = {r.id: r for r in list_entries(cid)}
    assert rows[original].said == "答应月底付"  # the original stays as written
    assert rows[original].corrected_by_id == fixed
    assert rows[fixed].corrects_id == original
    assert rows[fixed].corrected_by_id is None


def test_an_entry_is_corrected_once_then_the_correction_is_corrected(cid: int) -> None:
    original = entry(cid)
    first = entry(cid, said="更正一", corrects=original)
    issues = refused(entry, cid, said="更正二", corrects=original)
    assert issues["corrects"].startswith("This entry was already corrected on ")
    assert issues["corrects"].endswith("correct that latest correction instead")
    second = entry(cid, said="更正二", corrects=first)
    rows = {r.id: r for r in list_entries(cid)}
    assert rows[original].corrected_by_id == first
    assert rows[first].corrected_by_id == second


def test_a_correction_must_refer_to_the_same_customer(cid: int) -> None:
    other = customer("别家公司")
    theirs = entry(other)
    message = "The entry to correct is not in this customer's collection log"
    assert refused(entry, cid, corrects=theirs)["corrects"] == message
    assert refused(entry, cid, corrects=999_999)["corrects"] == message


def test_unknown_or_archived_customer(cid: int) -> None:
    with pytest.raises(NotFoundError):
        entry(999_999)
    archive_customers([cid])
    with pytest.raises(NotAllowedError):
        entry(cid)
    assert collection_rows()["log"] == 0


def test_a_promise_made_in_the_conversation(cid: int) -> None:
    log_id = entry(cid, excuse="not_convenient", promise=(days(5), "1,500.00"))
    [row] = list_entries(cid)
    assert row.outcome == "promised"
    [promise] = promises_for(cid, TODAY)
    assert promise.log_id == log_id
    assert (promise.made_on, promise.due_on, promise.amount) == (
        days(-1),
        days(5),
        Decimal("1500.00"),
    )
    assert promise.status == "pending"


@pytest.mark.parametrize(
    ("kw", "field", "message"),
    [
        (
            {"promise": (days(5), "1.234")},
            "promise.amount",
            "At most two decimals: money is counted to the fen (0.01)",
        ),
        ({"promise": (days(5), "０")}, "promise.amount", "Must be more than zero"),
        (
            {"promise": (days(-3), "100")},
            "promise.due_on",
            "The promised day cannot be before the day the promise was made",
        ),
        (
            {"promise": (days(5), "100"), "outcome": "refused"},
            "outcome",
            "A promise to pay goes with the outcome 'Promised to pay'",
        ),
    ],
)
def test_a_bad_promise_stores_neither_entry_nor_promise(
    cid: int, kw: dict[str, object], field: str, message: str
) -> None:
    assert refused(entry, cid, **kw)[field] == message


def test_last_contact_dates(cid: int) -> None:
    other = customer("别家公司")
    silent = customer("没联系过")
    entry(cid, contact_date=days(-20))
    entry(cid, contact_date=days(-3))
    entry(cid, contact_date=days(-1), channel="note", notes="内部备注")  # not a contact
    wrong = entry(other, contact_date=days(-2))
    entry(other, contact_date=days(-9), corrects=wrong)  # the date was wrong
    assert last_contact_dates() == {cid: days(-3), other: days(-9)}
    assert last_contact_dates([cid, silent]) == {cid: days(-3)}
    assert last_contact_dates([]) == {}
