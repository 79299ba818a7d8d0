"""Dunning letters (催款函): who gets one, at which level, with what in it, and
the record of the letters printed.

Levels: 1 a friendly reminder (付款提醒函), 2 a formal demand (催款函), 3 a
final demand announcing legal steps (最后催款通知).

What a letter is about: the customer's *overdue* debts at *today* - invoices
and charges with something open, due before today, not on hold (a disputed
debt is out of dunning while its hold lasts) - in the customer's currency.

The level comes from the letters already sent, read from the collection log:
a letter is an entry with ``dunning_level > 0``; an entry that a later entry
corrects is replaced by its correction (a correction with level 0 takes the
letter back). The automatic level:

- no letter yet: 1;
- the last letter was sent on or before the due date of the oldest debt now
  overdue: it was about debts since paid off, so this is a new episode: 1;
- the last letter (level L) is ``company.dunning_interval_days`` days old or
  more: L + 1, at most 3;
- else: L again (it is early to go up a level).

The admin may override the level for a run. Everything is read in a few SQL
queries per 900 customers, so planning 1,000+ letters is quick.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from peewee import fn

from app.addressing import Recipient, recipients
from app.collection_support import as_date, chunks
from app.company import CompanyProfile
from app.db import DB
from app.documents.capitals import in_capitals
from app.i18n import QT_TRANSLATE_NOOP
from app.models import DEBT_KINDS, CollectionLog, Customer, LedgerEntry
from app.models.base import now
from app.money import from_fen

LEVELS = (1, 2, 3)
TOP_LEVEL = 3

#: What each level is called, for lists and choosers (the letters' own wording
#: is in their templates).
LEVEL_NAMES = {
    1: QT_TRANSLATE_NOOP("app", "Level 1: friendly reminder"),
    2: QT_TRANSLATE_NOOP("app", "Level 2: formal demand"),
    3: QT_TRANSLATE_NOOP("app", "Level 3: final demand (legal steps)"),
}

#: Why a customer gets the level planned (``PlannedLetter.reason``).
REASON_FIRST = QT_TRANSLATE_NOOP("app", "No letter sent yet: level 1")
REASON_UP = QT_TRANSLATE_NOOP(
    "app", "Last letter of level {last_level} sent {days} days ago: level {level}"
)
REASON_EARLY = QT_TRANSLATE_NOOP(
    "app",
    "Last letter of level {last_level} only {days} days ago (the next level after "
    "{interval} days): level {level} again",
)
REASON_TOP = QT_TRANSLATE_NOOP(
    "app", "Last letter of level {last_level} sent {days} days ago: level {level} again"
)
REASON_RESTART = QT_TRANSLATE_NOOP(
    "app",
    "Last letter (level {last_level}, {date}) was before these debts fell due: "
    "starting again at level 1",
)
REASON_OVERRIDE = QT_TRANSLATE_NOOP(
    "app", "Level {level} chosen instead of the automatic level {auto_level}"
)

#: The note of the collection log entry of a printed letter, in the letter's language.
_LOG_NOTE = {
    "zh": "已打印第{level}级催款函（{name}），编号 {reference}，逾期合计 {total}",
    "en": "Dunning letter level {level} ({name}) printed, ref. {reference}, overdue total {total}",
}
_LEVEL_WORD = {
    "zh": {1: "付款提醒函", 2: "催款函", 3: "最后催款通知"},
    "en": {1: "reminder", 2: "formal demand", 3: "final demand"},
}
#: Columns of one log row: rows per INSERT stay under SQLite's 999 parameters.
_INSERT_ROWS = 100


@dataclass(frozen=True)
class OverdueInvoice:
    """One overdue debt as a letter lists it."""

    debt_id: int
    kind: str  # invoice | charge
    number: str
    entry_date: date
    due_date: date
    amount_fen: int
    open_fen: int
    days_overdue: int

    @property
    def amount(self) -> Decimal:
        return from_fen(self.amount_fen)

    @property
    def open(self) -> Decimal:
        return from_fen(self.open_fen)


@dataclass(frozen=True)
class PlannedLetter:
    """Who gets a letter and at which level, with the figures it will quote."""

    customer_id: int
    number: str
    name: str
    language: str  # the document language: the customer's or the run's override
    level: int
    auto_level: int  # what the letters sent so far give; == level unless overridden
    overdue_fen: int
    currency: str
    oldest_days_overdue: int
    invoice_count: int
    last_level: int  # of the last letter still counting; 0: none
    last_sent_on: date | None
    reason: str  # English template marked for translation, see REASON_*
    reason_params: dict[str, Any] = field(default_factory=dict)

    @property
    def overdue(self) -> Decimal:
        return from_fen(self.overdue_fen)

    @property
    def reason_text(self) -> str:
        """The reason in English (the command line prints it)."""
        return self.reason.format(**self.reason_params)


@dataclass(frozen=True)
class LetterData:
    """Everything a letter's template and the renderer need."""

    plan: PlannedLetter
    recipient: Recipient  # in the letter's language
    invoices: tuple[OverdueInvoice, ...]
    total_fen: int
    currency: str
    total_capitals: str
    today: date
    deadline: date
    deadline_days: int
    reference: str  # the letter's number, printed at the top and noted in the log

    @property
    def language(self) -> str:
        return self.plan.language

    @property
    def level(self) -> int:
        return self.plan.level

    @property
    def total(self) -> Decimal:
        return from_fen(self.total_fen)


# --- reading ---------------------------------------------------------------------------


def _not_held(today: date) -> Any:
    return (LedgerEntry.hold_reason == "") | (LedgerEntry.hold_until < today)


def _overdue_where(chunk: list[int], today: date) -> Any:
    """SQL: the open, overdue, not held debts of the customers in *chunk*.
    Open debts have ``settled_on`` NULL: the index on (kind, settled_on,
    due_date) finds them."""
    return (
        LedgerEntry.kind.in_(DEBT_KINDS)
        & LedgerEntry.settled_on.is_null()
        & (LedgerEntry.open_fen > 0)
        & (LedgerEntry.due_date < today)
        & _not_held(today)
        & LedgerEntry.customer.in_(chunk)
    )


def overdue_invoices(
    customer_ids: Iterable[int], *, today: date
) -> dict[int, list[OverdueInvoice]]:
    """{customer id: their overdue debts, oldest due first}; customers with
    none are left out. One query per 900 customers."""
    out: dict[int, list[OverdueInvoice]] = {}
    for chunk in chunks(customer_ids):
        query = (
            LedgerEntry.select(
                LedgerEntry.customer,
                LedgerEntry.id,
                LedgerEntry.kind,
                LedgerEntry.number,
                LedgerEntry.entry_date,
                LedgerEntry.due_date,
                LedgerEntry.amount_fen,
                LedgerEntry.open_fen,
            )
            .where(_overdue_where(chunk, today))
            .order_by(
                LedgerEntry.customer,
                LedgerEntry.due_date,
                LedgerEntry.entry_date,
                LedgerEntry.id,
            )
        )
        for cid, debt_id, kind, number, entry_date, due, amount, open_fen in query.tuples():
            due = as_date(due)
            out.setdefault(cid, []).append(
                OverdueInvoice(
                    debt_id=debt_id,
                    kind=kind,
                    number=number or "",
                    entry_date=as_date(entry_date),
                    due_date=due,
                    amount_fen=amount,
                    open_fen=open_fen,
                    days_overdue=(today - due).days,
                )
            )
    return out


def _overdue_totals(chunk: list[int], today: date) -> dict[int, tuple[int, int, date]]:
    """{customer id: (overdue fen, debts, oldest due date)}."""
    query = (
        LedgerEntry.select(
            LedgerEntry.customer,
            fn.SUM(LedgerEntry.open_fen),
            fn.COUNT(LedgerEntry.id),
            fn.MIN(LedgerEntry.due_date),
        )
        .where(_overdue_where(chunk, today))
        .group_by(LedgerEntry.customer)
    )
    return {
        cid: (int(total), int(count), as_date(oldest))
        for cid, total, count, oldest in query.tuples()
    }


def last_letters(customer_ids: Iterable[int]) -> dict[int, tuple[int, date]]:
    """{customer id: (level, date) of the last letter still counting}.

    Entries corrected by a later entry are skipped: the correction stands in
    for them (with its own level and date, or level 0 if the letter was taken
    back)."""
    corrected = CollectionLog.select(CollectionLog.corrects).where(
        CollectionLog.corrects.is_null(False)
    )
    out: dict[int, tuple[int, date]] = {}
    for chunk in chunks(customer_ids):
        query = (
            CollectionLog.select(
                CollectionLog.customer, CollectionLog.dunning_level, CollectionLog.contact_date
            )
            .where(
                CollectionLog.customer.in_(chunk)
                & (CollectionLog.dunning_level > 0)
                & CollectionLog.id.not_in(corrected)
            )
            .order_by(CollectionLog.customer, CollectionLog.contact_date, CollectionLog.id)
        )
        for cid, level, when in query.tuples():
            out[cid] = (min(int(level), TOP_LEVEL), as_date(when))  # the latest wins
    return out


def next_level(
    last: tuple[int, date] | None, oldest_due: date, *, today: date, interval_days: int
) -> tuple[int, str, dict[str, Any]]:
    """The automatic level and why: (level, reason template, its params)."""
    if last is None:
        return 1, REASON_FIRST, {}
    last_level, sent_on = last
    if sent_on <= oldest_due:
        # On its due date a debt is not overdue yet: that letter was about others.
        return 1, REASON_RESTART, {"last_level": last_level, "date": sent_on.isoformat()}
    days = (today - sent_on).days
    params = {"last_level": last_level, "days": days, "interval": interval_days}
    if days < interval_days:
        return last_level, REASON_EARLY, {**params, "level": last_level}
    if last_level >= TOP_LEVEL:
        return TOP_LEVEL, REASON_TOP, {**params, "level": TOP_LEVEL}
    return last_level + 1, REASON_UP, {**params, "level": last_level + 1}


def plan_letters(
    customer_ids: Iterable[int],
    *,
    today: date,
    level: int | None = None,
    min_overdue_days: int = 0,
    min_overdue_fen: int = 0,
    language: str | None = None,
    interval_days: int | None = None,
) -> list[PlannedLetter]:
    """The letters to print for *customer_ids*, in the order given.

    Customers with nothing overdue, with less than *min_overdue_fen* overdue,
    whose oldest overdue debt is less than *min_overdue_days* past due, or
    whose card is archived (nothing may be recorded for them) are left out.
    *level* None chooses each customer's level from the letters sent (see the
    module docstring), 1-3 forces it. *language* ("zh"/"en") replaces the
    customers' document languages. *interval_days* defaults to the company
    setting ``dunning_interval_days``."""
    if level is not None and level not in LEVELS:
        raise ValueError(f"dunning level must be 1, 2 or 3, not {level!r}")
    if language is not None and language not in ("zh", "en"):
        raise ValueError(f"document language must be zh or en, not {language!r}")
    if interval_days is None:
        from app.company import load_profile

        interval_days = load_profile(with_images=False).dunning_interval_days
    ids = list(dict.fromkeys(customer_ids))
    out: list[PlannedLetter] = []
    for chunk in chunks(ids):
        totals = _overdue_totals(chunk, today)
        wanted = [
            cid
            for cid in chunk
            if cid in totals
            and totals[cid][0] >= max(min_overdue_fen, 1)
            and (today - totals[cid][2]).days >= min_overdue_days
        ]
        if not wanted:
            continue
        people = {
            cid: (number, name, lang, currency)
            for cid, number, name, lang, currency in Customer.select(
                Customer.id, Customer.number, Customer.name, Customer.language, Customer.currency
            )
            .where(Customer.id.in_(wanted) & (Customer.archived == False))  # noqa: E712
            .tuples()
        }
        letters = last_letters(wanted)
        for cid in wanted:
            if cid not in people:
                continue
            number, name, lang, currency = people[cid]
            overdue_fen, count, oldest_due = totals[cid]
            last = letters.get(cid)
            auto, reason, params = next_level(
                last, oldest_due, today=today, interval_days=interval_days
            )
            chosen = auto if level is None else level
            if chosen != auto:
                reason, params = REASON_OVERRIDE, {"level": chosen, "auto_level": auto}
            out.append(
                PlannedLetter(
                    customer_id=cid,
                    number=number,
                    name=name,
                    language=language or (lang if lang in ("zh", "en") else "zh"),
                    level=chosen,
                    auto_level=auto,
                    overdue_fen=overdue_fen,
                    currency=currency or "CNY",
                    oldest_days_overdue=(today - oldest_due).days,
                    invoice_count=count,
                    last_level=last[0] if last else 0,
                    last_sent_on=last[1] if last else None,
                    reason=reason,
                    reason_params=params,
                )
            )
    return out


# --- the letter's contents --------------------------------------------------------------


def reference_for(plan: PlannedLetter, on_date: date) -> str:
    """The letter's number: date, customer number and level, e.g.
    ``CK20260630-C000123-2`` - the same on the letter and in the log."""
    return f"CK{on_date:%Y%m%d}-{plan.number}-{plan.level}"


def letters_data(
    plans: Sequence[PlannedLetter],
    *,
    today: date,
    company: CompanyProfile,
    progress: Callable[[int, int], None] | None = None,
) -> list[LetterData]:
    """The data of each planned letter, in the order of *plans*; read per 900
    customers. A plan whose customer has nothing overdue any more (paid since
    it was planned) is left out."""
    out: list[LetterData] = []
    total = len(plans)
    for start in range(0, total, 900):
        batch = plans[start : start + 900]
        ids = [p.customer_id for p in batch]
        debts = overdue_invoices(ids, today=today)
        people = {r.customer_id: r for r in recipients(ids)}
        for plan in batch:
            invoices = debts.get(plan.customer_id)
            person = people.get(plan.customer_id)
            if not invoices or person is None:
                continue
            out.append(_letter(plan, person, invoices, today=today, company=company))
        if progress is not None:
            progress(min(start + len(batch), total), total)
    return out


def letter_data(plan: PlannedLetter, *, today: date, company: CompanyProfile) -> LetterData:
    """The data of one letter; ``LookupError`` if nothing is overdue any more."""
    found = letters_data([plan], today=today, company=company)
    if not found:
        raise LookupError(plan.customer_id)
    return found[0]


def _letter(
    plan: PlannedLetter,
    person: Recipient,
    invoices: list[OverdueInvoice],
    *,
    today: date,
    company: CompanyProfile,
) -> LetterData:
    total_fen = sum(i.open_fen for i in invoices)
    oldest = max(i.days_overdue for i in invoices)
    if (
        total_fen != plan.overdue_fen
        or len(invoices) != plan.invoice_count
        or oldest != plan.oldest_days_overdue
    ):
        # Posted to since it was planned: the letter quotes the ledger as it is.
        plan = replace(
            plan, overdue_fen=total_fen, invoice_count=len(invoices), oldest_days_overdue=oldest
        )
    if person.language != plan.language:
        person = replace(person, language=plan.language)
    days = company.dunning_days(plan.level)
    return LetterData(
        plan=plan,
        recipient=person,
        invoices=tuple(invoices),
        total_fen=total_fen,
        currency=plan.currency,
        total_capitals=in_capitals(from_fen(total_fen), plan.currency),
        today=today,
        deadline=today + timedelta(days=days),
        deadline_days=days,
        reference=reference_for(plan, today),
    )


# --- recording ----------------------------------------------------------------------------


def log_note(plan: PlannedLetter, on_date: date) -> str:
    """What the collection log says about a printed letter."""
    from app.documents.text import money_with_currency

    language = plan.language if plan.language in _LOG_NOTE else "zh"
    return _LOG_NOTE[language].format(
        level=plan.level,
        name=_LEVEL_WORD[language][plan.level],
        reference=reference_for(plan, on_date),
        total=money_with_currency(plan.overdue_fen, plan.currency),
    )


def record_letters(plans: Sequence[PlannedLetter], *, on_date: date) -> list[int]:
    """Write one collection log entry per printed letter (channel "letter",
    its level and overdue total); returns the new ids in the order of *plans*.

    Call it inside the transaction that confirms the batch was produced
    (``DB.atomic`` nests): the log then never claims a letter that was not
    printed, and a printed batch is never left unrecorded."""
    created = now()
    rows = [
        {
            "customer": p.customer_id,
            "contact_date": on_date,
            "channel": "letter",
            "notes": log_note(p, on_date),
            "dunning_level": p.level,
            "amount_fen": p.overdue_fen,
            "created_at": created,
        }
        for p in plans
    ]
    ids: list[int] = []
    with DB.atomic():
        for start in range(0, len(rows), _INSERT_ROWS):
            query = CollectionLog.insert_many(rows[start : start + _INSERT_ROWS]).returning(
                CollectionLog.id
            )
            ids.extend(row[0] for row in query.tuples().execute())
    return ids


__all__ = [
    "LEVELS",
    "LEVEL_NAMES",
    "LetterData",
    "OverdueInvoice",
    "PlannedLetter",
    "last_letters",
    "letter_data",
    "letters_data",
    "next_level",
    "overdue_invoices",
    "plan_letters",
    "record_letters",
    "reference_for",
]
