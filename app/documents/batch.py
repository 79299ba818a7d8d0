"""Statements and dunning letters for many customers: into one PDF or one file
per customer, with progress and cancelling, for the GUI (in a worker thread)
and the command line alike.

Nothing half-done is left behind: every file is written under a temporary
name beside its target; only when all of them are complete are the letters
recorded in the collection log (and the statements as sent for
confirmation) and the files moved into place - in one transaction, so a
failure in either leaves neither.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from app.company import CompanyProfile, load_profile
from app.db import DB
from app.documents import output
from app.documents.page import Cancelled, Section, build_pdf
from app.errors import KnownError
from app.i18n import QT_TRANSLATE_NOOP

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]

KIND_WORD = {
    "statement": {"zh": "对账单", "en": "Statement"},
    "dunning": {"zh": "催款函", "en": "Reminder"},
}

#: Names Windows refuses as file names, whatever the extension.
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{n}" for p in ("COM", "LPT") for n in range(1, 10)}
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


class NothingToPrint(KnownError):
    """The selection holds no customer with anything to print."""


@dataclass
class BatchResult:
    files: list[Path]
    documents: int
    recorded: int = 0
    #: Customers of the selection with nothing to print.
    left_out: int = 0
    #: What was printed, per customer: (number, name, detail) for a summary.
    items: list[tuple[str, str, str]] = field(default_factory=list)


def safe_file_name(text: str, *, limit: int = 80) -> str:
    """*text* as a file name that Windows, macOS and Linux all accept."""
    name = unicodedata.normalize("NFC", text)
    name = _UNSAFE.sub("_", name).strip().rstrip(".")
    name = re.sub(r"\s+", " ", name)[:limit].rstrip(" .")
    if not name or name.split(".")[0].upper() in _RESERVED:
        name = f"_{name}"
    return name


def _per_customer_path(folder: Path, number: str, name: str, kind: str, language: str) -> Path:
    word = KIND_WORD[kind].get(language, KIND_WORD[kind]["zh"])
    return folder / (safe_file_name(f"{number} {name} {word}") + ".pdf")


def _stage(
    sections: list[Section],
    names: list[tuple[str, str, str]],
    *,
    kind: str,
    out: Path,
    per_customer: bool,
    company: CompanyProfile,
    title: str,
    today: date,
    progress: Progress | None,
    cancelled: IsCancelled | None,
) -> list[tuple[Path, Path]]:
    """Build the PDF(s) and write them under temporary names."""
    if not per_customer:
        pdf = build_pdf(
            sections,
            company=company,
            title=title,
            today=today,
            progress=progress,
            cancelled=cancelled,
        )
        return output.stage_files({out: pdf})
    staged: list[tuple[Path, Path]] = []
    used: set[Path] = set()
    try:
        for index, (section, (number, name, language)) in enumerate(
            zip(sections, names, strict=True)
        ):
            if cancelled is not None and cancelled():
                raise Cancelled()
            if progress is not None:
                progress(index, len(sections))
            target = _per_customer_path(out, number, name, kind, language)
            if target in used:  # two customers whose names clean to the same file name
                target = target.with_stem(f"{target.stem} ({index + 1})")
            used.add(target)
            pdf = build_pdf([section], company=company, title=title, today=today)
            staged.extend(output.stage_files({target: pdf}))
    except BaseException:
        output.discard(staged)
        raise
    if progress is not None:
        progress(len(sections), len(sections))
    return staged


def _finish(
    staged: list[tuple[Path, Path]], record: Callable[[], int] | None
) -> tuple[list[Path], int]:
    """Record and move the files into place in one transaction."""
    try:
        with DB.atomic():
            recorded = record() if record is not None else 0
            files = output.commit_files(staged)
    except BaseException:
        output.discard(staged)
        raise
    return files, recorded


def _check_out(out: Path, per_customer: bool) -> None:
    if per_customer:
        if out.exists() and not out.is_dir():
            raise KnownError(
                QT_TRANSLATE_NOOP(
                    "app", "{path} is a file; choose a folder for one file per customer."
                ),
                path=str(out),
            )
    elif out.is_dir():
        raise KnownError(
            QT_TRANSLATE_NOOP("app", "{path} is a folder; give the name of the PDF file to write."),
            path=str(out),
        )


@dataclass
class _Job:
    """Documents laid out and waiting to be written: their sections, whose
    they are, and what to record once they are out."""

    kind: str
    title: str
    sections: list[Section]
    names: list[tuple[str, str, str]]  # (number, name, language) per section
    record: Callable[[], int] | None
    left_out: int = 0

    def suggested_name(self, today: date) -> str:
        word = KIND_WORD[self.kind]["zh"]
        who = self.names[0][1] if len(self.names) == 1 else str(len(self.names))
        return safe_file_name(f"{word} {who} {today.isoformat()}") + ".pdf"


def _statement_job(
    customer_ids: list[int],
    *,
    date_from: date | None,
    date_to: date,
    mode: str,
    record: bool,
    today: date,
    company: CompanyProfile,
    cancelled: IsCancelled | None,
) -> _Job:
    """Statements of the period for the customers with anything to show (a
    balance at its end or an entry in it)."""
    from app.document_selection import with_activity
    from app.documents.statement import statement_section
    from app.statement import record_statements_sent, statement_data

    shown = with_activity(list(customer_ids), date_from=date_from, date_to=date_to)
    if not shown:
        raise NothingToPrint(
            QT_TRANSLATE_NOOP(
                "app",
                "Nothing to print: none of the {count} customers selected has a balance "
                "or an entry in the period.",
            ),
            count=len(customer_ids),
        )
    datas = []
    for cid in shown:
        if cancelled is not None and cancelled():
            raise Cancelled()
        datas.append(
            statement_data(cid, date_from=date_from, date_to=date_to, mode=mode, today=today)
        )

    def record_sent() -> int:
        record_statements_sent(datas, sent_on=today)
        return len(datas)

    return _Job(
        kind="statement",
        title="对账单 Statements of account",
        sections=[statement_section(d, company, today=today) for d in datas],
        names=[(d.recipient.number, d.recipient.name, d.recipient.language) for d in datas],
        record=record_sent if record else None,
        left_out=len(customer_ids) - len(shown),
    )


def _dunning_job(plans: list[Any], *, record: bool, today: date, company: CompanyProfile) -> _Job:
    """The planned letters, with the figures of the ledger now: a customer who
    paid everything since the plan was made gets no letter (and none is
    recorded)."""
    from app.documents.dunning_letter import letter_section, seal_reader
    from app.dunning import letters_data, record_letters
    from app.dunning_templates import load_templates

    datas = letters_data(plans, today=today, company=company) if plans else []
    if not datas:
        raise NothingToPrint(
            QT_TRANSLATE_NOOP(
                "app", "Nothing to print: no customer of the selection has an overdue debt."
            )
        )
    templates = load_templates()
    seal = seal_reader(company)
    printed = [d.plan for d in datas]
    return _Job(
        kind="dunning",
        title="催款函 Payment reminders",
        sections=[
            letter_section(d, templates[(d.level, d.language)], company, today=today, seal=seal)
            for d in datas
        ],
        names=[(p.number, p.name, p.language) for p in printed],
        record=(lambda: len(record_letters(printed, on_date=today))) if record else None,
        left_out=len(plans) - len(printed),
    )


def _write(
    job: _Job,
    *,
    out: Path,
    per_customer: bool,
    company: CompanyProfile,
    today: date,
    progress: Progress | None,
    cancelled: IsCancelled | None,
) -> BatchResult:
    staged = _stage(
        job.sections,
        job.names,
        kind=job.kind,
        out=out,
        per_customer=per_customer,
        company=company,
        title=job.title,
        today=today,
        progress=progress,
        cancelled=cancelled,
    )
    files, recorded = _finish(staged, job.record)
    return BatchResult(
        files=files,
        documents=len(job.sections),
        recorded=recorded,
        left_out=job.left_out,
        items=[(number, name, "") for number, name, _language in job.names],
    )


def statements(
    customer_ids: list[int],
    *,
    out: str | Path,
    date_from: date | None,
    date_to: date,
    mode: str = "ledger",
    per_customer: bool = False,
    record: bool = True,
    today: date | None = None,
    company: CompanyProfile | None = None,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> BatchResult:
    """Statements of account of the period into *out*; *record*: each is
    recorded as sent for the customer's signed confirmation."""
    today = today or date.today()
    out = Path(out)
    _check_out(out, per_customer)
    company = company or load_profile()
    job = _statement_job(
        customer_ids,
        date_from=date_from,
        date_to=date_to,
        mode=mode,
        record=record,
        today=today,
        company=company,
        cancelled=cancelled,
    )
    return _write(
        job,
        out=out,
        per_customer=per_customer,
        company=company,
        today=today,
        progress=progress,
        cancelled=cancelled,
    )


def plan_dunning(
    customer_ids: list[int],
    *,
    today: date,
    level: int | None = None,
    min_overdue_days: int = 0,
    min_overdue_fen: int = 0,
    language: str | None = None,
) -> list[Any]:
    """Who would get which letter (the dry run)."""
    from app.dunning import plan_letters

    return plan_letters(
        customer_ids,
        today=today,
        level=level,
        min_overdue_days=min_overdue_days,
        min_overdue_fen=min_overdue_fen,
        language=language,
    )


def dunning_letters(
    plans: list[Any],
    *,
    out: str | Path,
    per_customer: bool = False,
    record: bool = True,
    today: date | None = None,
    company: CompanyProfile | None = None,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> BatchResult:
    """The planned letters (``plan_dunning``) into one PDF or one file each;
    *record*: each letter goes into the collection log with its level and
    amount, in the transaction that moves the files into place."""
    today = today or date.today()
    out = Path(out)
    _check_out(out, per_customer)
    company = company or load_profile()
    job = _dunning_job(plans, record=record, today=today, company=company)
    return _write(
        job,
        out=out,
        per_customer=per_customer,
        company=company,
        today=today,
        progress=progress,
        cancelled=cancelled,
    )


# --- one request for the batch dialog -----------------------------------------------

STATEMENT, DUNNING, LABELS, ENVELOPES = "statement", "dunning", "labels", "envelopes"


@dataclass(frozen=True)
class BatchRequest:
    """Everything the batch dialog asks for: what to print, for whom, how."""

    kind: str
    selection: Any  # app.document_selection.DocumentFilter
    today: date
    # statements
    date_from: date | None = None
    date_to: date | None = None
    mode: str = "ledger"
    record: bool = True
    # dunning letters
    level: int | None = None
    language: str | None = None
    # labels and envelopes
    layout: str = "a4-3x8"
    margin_top: float | None = None
    margin_left: float | None = None
    gap_x: float | None = None
    gap_y: float | None = None
    start_at: int = 1
    envelope: str = "DL"

    @property
    def period_end(self) -> date:
        return self.date_to or self.today


@dataclass(frozen=True)
class ListedCustomer:
    """One line of the batch dialog's list: who gets a document, and what."""

    customer_id: int
    number: str
    name: str
    language: str
    level: int = 0
    amount_fen: int | None = None
    currency: str = "CNY"
    #: An English template (marked for translation) and its parameters.
    note: str = ""
    note_params: dict[str, Any] = field(default_factory=dict)
    printed: bool = True


@dataclass
class Preview:
    """A PDF built in memory, and what to record once it is printed or saved."""

    pdf: bytes
    documents: int
    suggested_name: str
    _record: Callable[[], int] | None = None

    def record(self) -> int:
        """Record the documents as sent (letters in the collection log,
        statements as awaiting confirmation); once only."""
        if self._record is None:
            return 0
        action, self._record = self._record, None
        with DB.atomic():
            return action()


def _customer_ids(request: BatchRequest) -> list[int]:
    from app.document_selection import select_customers

    return select_customers(request.selection, today=request.today)


def _plans(request: BatchRequest) -> list[Any]:
    return plan_dunning(
        _customer_ids(request),
        today=request.today,
        level=request.level,
        min_overdue_days=request.selection.min_overdue_days,
        min_overdue_fen=request.selection.min_overdue_fen,
        language=request.language,
    )


def list_for(request: BatchRequest) -> list[ListedCustomer]:
    """Who would get what: the dry run of the request."""
    from peewee import fn

    from app.addressing import recipients
    from app.collection_support import chunks
    from app.document_selection import with_activity
    from app.models import Customer, LedgerEntry

    if request.kind == DUNNING:
        return [
            ListedCustomer(
                p.customer_id,
                p.number,
                p.name,
                p.language,
                level=p.level,
                amount_fen=p.overdue_fen,
                currency=p.currency,
                note=p.reason,
                note_params=dict(p.reason_params),
            )
            for p in _plans(request)
        ]
    ids = _customer_ids(request)
    if request.kind == STATEMENT:
        shown = with_activity(ids, date_from=request.date_from, date_to=request.period_end)
        # One grouped query per chunk, not one balance query per customer.
        currencies: dict[int, str] = {}
        balances: dict[int, int] = {}
        for chunk in chunks(shown):
            currencies.update(
                Customer.select(Customer.id, Customer.currency)
                .where(Customer.id.in_(chunk))
                .tuples()
            )
            balances.update(
                LedgerEntry.select(LedgerEntry.customer, fn.SUM(LedgerEntry.delta_fen))
                .where(
                    LedgerEntry.customer.in_(chunk) & (LedgerEntry.entry_date <= request.period_end)
                )
                .group_by(LedgerEntry.customer)
                .tuples()
            )
        return [
            ListedCustomer(
                r.customer_id,
                r.number,
                r.name,
                r.language,
                amount_fen=int(balances.get(r.customer_id) or 0),
                currency=currencies.get(r.customer_id, "CNY"),
            )
            for r in recipients(shown)
        ]
    return [
        ListedCustomer(
            r.customer_id,
            r.number,
            r.name,
            r.language,
            note="" if r.has_address else QT_TRANSLATE_NOOP("app", "No address: left out"),
            printed=r.has_address,
        )
        for r in recipients(ids)
    ]


def _labels_pdf(request: BatchRequest, company: CompanyProfile) -> tuple[bytes, int]:
    from app.addressing import recipients
    from app.documents.envelopes import render_envelopes
    from app.documents.labels import LAYOUTS, layout_with_margins, render_labels

    people = recipients(_customer_ids(request))
    if request.kind == ENVELOPES:
        result = render_envelopes(people, size=request.envelope, company=company)
    else:
        layout = LAYOUTS[request.layout]
        layout = layout_with_margins(
            layout,
            top=request.margin_top,
            left=request.margin_left,
            h_gap=request.gap_x,
            v_gap=request.gap_y,
        )
        result = render_labels(people, layout, start_at=request.start_at)
    return result.pdf, result.printed


def build_preview(
    request: BatchRequest,
    *,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> Preview:
    """The whole request as one PDF in memory, for the preview window; nothing
    is recorded until ``Preview.record`` (called on print or save)."""
    company = load_profile()
    if request.kind in (LABELS, ENVELOPES):
        pdf, count = _labels_pdf(request, company)
        word = "信封" if request.kind == ENVELOPES else "标签"
        return Preview(pdf, count, f"{word} {request.today.isoformat()}.pdf")
    job = _request_job(request, company, cancelled)
    pdf = build_pdf(
        job.sections,
        company=company,
        title=job.title,
        today=request.today,
        progress=progress,
        cancelled=cancelled,
    )
    return Preview(pdf, len(job.sections), job.suggested_name(request.today), job.record)


def _request_job(
    request: BatchRequest, company: CompanyProfile, cancelled: IsCancelled | None
) -> _Job:
    if request.kind == DUNNING:
        return _dunning_job(_plans(request), record=True, today=request.today, company=company)
    return _statement_job(
        _customer_ids(request),
        date_from=request.date_from,
        date_to=request.period_end,
        mode=request.mode,
        record=request.record,
        today=request.today,
        company=company,
        cancelled=cancelled,
    )


def produce(
    request: BatchRequest,
    *,
    out: str | Path,
    per_customer: bool = False,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> BatchResult:
    """The request written to *out* (a PDF, or a folder with one PDF per
    customer), recorded as the kind of document wants."""
    company = load_profile()
    if request.kind in (LABELS, ENVELOPES):
        pdf, count = _labels_pdf(request, company)
        return BatchResult(files=[output.write_atomically(out, pdf)], documents=count)
    out = Path(out)
    _check_out(out, per_customer)
    return _write(
        _request_job(request, company, cancelled),
        out=out,
        per_customer=per_customer,
        company=company,
        today=request.today,
        progress=progress,
        cancelled=cancelled,
    )
