"""The collection log (催款记录): every call, visit, letter or message about a
customer's debts, with who we spoke to, what they said, the excuse and the
outcome.

It is evidence in a dispute, so it is append-only: there is no function to
edit or delete an entry. A mistake is corrected by a new entry that refers to
the one it corrects (``corrects``); the original stays, marked as corrected.
A chain of corrections stays a chain: an entry already corrected cannot be
corrected a second time - correct the latest correction instead.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from peewee import fn

from app import promises
from app import validation as v
from app.choices import CHANNEL, COUNTER_MEASURE, EXCUSE, OUTCOME
from app.collection_support import as_date, chunks, customer_for_write, day, raise_issues
from app.db import DB
from app.i18n import QT_TRANSLATE_NOOP
from app.models import CollectionLog

PERSON_MAX = 100
TEXT_MAX = 4000
#: Dunning letters come in escalating levels; 0 for anything that is not one.
DUNNING_LEVEL_MAX = 9
#: Channels that are not a contact with the customer (last-contact dates skip them).
NOT_A_CONTACT = ("note",)


@dataclass(frozen=True)
class LogRow:
    id: int
    customer_id: int
    contact_date: date
    channel: str  # app.choices.CHANNEL
    person: str
    excuse: str  # app.choices.EXCUSE key or ""
    said: str
    notes: str
    outcome: str  # app.choices.OUTCOME key
    dunning_level: int
    corrects_id: int | None  # the entry this one corrects
    corrected_by_id: int | None  # the newest entry correcting this one
    created_at: datetime
    counter_measure_key: str  # key of app.choices.COUNTER_MEASURE, "" without an excuse

    @property
    def counter_measure(self) -> str:
        return counter_measure(self.counter_measure_key)


def counter_measure(excuse_key: str) -> str:
    """The playbook's counter-measure for an excuse (an English template marked
    for translation), "" for no or an unknown excuse."""
    return COUNTER_MEASURE.get(excuse_key or "", "")


def add_entry(
    customer_id: int,
    *,
    contact_date: date | str | None,
    channel: str,
    person: str = "",
    excuse: str = "",
    said: str = "",
    notes: str = "",
    outcome: str = "",
    corrects: int | None = None,
    dunning_level: int = 0,
    promise: tuple[date | str | None, str | Decimal | int | None] | None = None,
    today: date | None = None,
) -> int:
    """Append an entry to the customer's collection log; returns its id.

    *corrects* is the id of an entry of the same customer this one corrects
    (the new entry carries the whole corrected text). *promise* =
    ``(due_on, amount)`` records a promise to pay made in this conversation,
    in the same transaction; the outcome is then "promised"."""
    today = today or date.today()
    with DB.atomic():
        customer_for_write(customer_id)
        issues = v.Issues()
        when = day(issues, "contact_date", contact_date, today=today)
        if not (channel or "").strip():
            issues.error("channel", QT_TRANSLATE_NOOP("app", "Required: please fill it in"))
        else:
            channel = v.choice(issues, "channel", channel, CHANNEL)
        excuse = (excuse or "").strip()
        if excuse:
            v.choice(issues, "excuse", excuse, EXCUSE)
        outcome = v.choice(issues, "outcome", outcome, OUTCOME)
        person = v.text(issues, "person", person, max_len=PERSON_MAX)
        said = v.text(issues, "said", said, max_len=TEXT_MAX, multiline=True)
        notes = v.text(issues, "notes", notes, max_len=TEXT_MAX, multiline=True)
        level = v.whole_number(
            issues, "dunning_level", dunning_level, low=0, high=DUNNING_LEVEL_MAX
        )
        if not (person or said or notes or excuse or outcome or level):
            issues.error(
                "said",
                QT_TRANSLATE_NOOP(
                    "app",
                    "Write down what happened: who you spoke to, what was said or the outcome",
                ),
            )
        if corrects is not None:
            _check_correction(issues, customer_id, corrects)
        promise_columns: dict[str, Any] | None = None
        if promise is not None:
            if outcome not in ("", "promised"):
                issues.error(
                    "outcome",
                    QT_TRANSLATE_NOOP(
                        "app", "A promise to pay goes with the outcome 'Promised to pay'"
                    ),
                )
            outcome = "promised"
            due_on, amount = promise
            promise_columns = promises.check_promise(
                issues,
                made_on=when or today,
                due_on=due_on,
                amount=amount,
                note="",
                today=today,
                prefix="promise.",
            )
        raise_issues(issues)
        row = CollectionLog.create(
            customer=customer_id,
            contact_date=when,
            channel=channel,
            person=person,
            excuse=excuse,
            said=said,
            notes=notes,
            outcome=outcome,
            corrects=corrects,
            dunning_level=level or 0,
        )
        if promise_columns is not None:
            promises.create_promise(customer_id, promise_columns, log_id=row.id)
        return int(row.id)


def _check_correction(issues: v.Issues, customer_id: int, corrects: int) -> None:
    original = (
        CollectionLog.select(CollectionLog.id, CollectionLog.customer)
        .where(CollectionLog.id == corrects)
        .first()
    )
    if original is None or original.customer_id != customer_id:
        issues.error(
            "corrects",
            QT_TRANSLATE_NOOP(
                "app", "The entry to correct is not in this customer's collection log"
            ),
        )
        return
    later = (
        CollectionLog.select(CollectionLog.contact_date, CollectionLog.created_at)
        .where(CollectionLog.corrects == corrects)
        .order_by(CollectionLog.id.desc())
        .first()
    )
    if later is not None:
        issues.error(
            "corrects",
            QT_TRANSLATE_NOOP(
                "app",
                "This entry was already corrected on {date}: correct that latest correction "
                "instead",
            ),
            date=as_date(later.created_at).isoformat(),
        )


def list_entries(customer_id: int) -> list[LogRow]:
    """The customer's log, newest contact first, corrected entries included
    and linked both ways."""
    rows = list(
        CollectionLog.select()
        .where(CollectionLog.customer == customer_id)
        .order_by(CollectionLog.contact_date.desc(), CollectionLog.id.desc())
    )
    corrected_by: dict[int, int] = {}
    for row in rows:
        if row.corrects_id is not None:
            corrected_by[row.corrects_id] = max(row.id, corrected_by.get(row.corrects_id, 0))
    return [
        LogRow(
            id=row.id,
            customer_id=customer_id,
            contact_date=as_date(row.contact_date),
            channel=row.channel,
            person=row.person,
            excuse=row.excuse,
            said=row.said,
            notes=row.notes,
            outcome=row.outcome,
            dunning_level=row.dunning_level,
            corrects_id=row.corrects_id,
            corrected_by_id=corrected_by.get(row.id),
            created_at=row.created_at,
            counter_measure_key=row.excuse if row.excuse in COUNTER_MEASURE else "",
        )
        for row in rows
    ]


def _last_contact_query() -> Any:
    corrected = CollectionLog.select(CollectionLog.corrects).where(
        CollectionLog.corrects.is_null(False)
    )
    return (
        CollectionLog.select(CollectionLog.customer, fn.MAX(CollectionLog.contact_date))
        .where(CollectionLog.channel.not_in(NOT_A_CONTACT) & CollectionLog.id.not_in(corrected))
        .group_by(CollectionLog.customer)
    )


def last_contact_dates(customer_ids: Iterable[int] | None = None) -> dict[int, date]:
    """{customer id: date of the latest contact} - calls, visits, letters,
    messages; internal notes and entries since corrected left out. One grouped
    query (per 900 ids when ids are given)."""
    if customer_ids is None:
        return {cid: as_date(d) for cid, d in _last_contact_query().tuples()}
    out: dict[int, date] = {}
    for chunk in chunks(customer_ids):
        query = _last_contact_query().where(CollectionLog.customer.in_(chunk))
        out.update({cid: as_date(d) for cid, d in query.tuples()})
    return out


__all__ = [
    "LogRow",
    "add_entry",
    "counter_measure",
    "last_contact_dates",
    "list_entries",
]
