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
    """Statements of account of the period for the customers with anything to
    show (a balance at its end or an entry in it). *record*: each is recorded
    as sent for the customer's signed confirmation."""
    from app.document_selection import with_activity
    from app.documents.statement import statement_section
    from app.statement import record_statements_sent, statement_data

    today = today or date.today()
    out = Path(out)
    _check_out(out, per_customer)
    company = company or load_profile()
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
    for index, cid in enumerate(shown):
        if cancelled is not None and cancelled():
            raise Cancelled()
        datas.append(
            statement_data(cid, date_from=date_from, date_to=date_to, mode=mode, today=today)
        )
        if progress is not None and index % 50 == 0:
            progress(0, len(shown))
    sections = [statement_section(d, company, today=today) for d in datas]
    names = [(d.recipient.number, d.recipient.name, d.recipient.language) for d in datas]
    staged = _stage(
        sections,
        names,
        kind="statement",
        out=out,
        per_customer=per_customer,
        company=company,
        title="对账单 Statements of account",
        today=today,
        progress=progress,
        cancelled=cancelled,
    )

    def record_sent() -> int:
        record_statements_sent(datas, sent_on=today)
        return len(datas)

    files, recorded = _finish(staged, record_sent if record else None)
    return BatchResult(
        files=files,
        documents=len(datas),
        recorded=recorded,
        left_out=len(customer_ids) - len(shown),
        items=[(d.recipient.number, d.recipient.name, "") for d in datas],
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


def _letter_sections(
    plans: list[Any], company: CompanyProfile, today: date
) -> tuple[list[Any], list[Section]]:
    """The letters' sections, and the plans they were made for: a customer who
    paid everything since the plan was made gets no letter (and none is
    recorded), and the figures are those of the ledger now."""
    from app.documents.dunning_letter import letter_section, seal_reader
    from app.dunning import letters_data
    from app.dunning_templates import load_templates

    datas = letters_data(plans, today=today, company=company)
    if not datas:
        raise NothingToPrint(
            QT_TRANSLATE_NOOP(
                "app", "Nothing to print: no customer of the selection has an overdue debt."
            )
        )
    templates = load_templates()
    seal = seal_reader(company)
    sections = [
        letter_section(d, templates[(d.level, d.language)], company, today=today, seal=seal)
        for d in datas
    ]
    return [d.plan for d in datas], sections


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
    from app.dunning import record_letters

    today = today or date.today()
    out = Path(out)
    _check_out(out, per_customer)
    if not plans:
        raise NothingToPrint(
            QT_TRANSLATE_NOOP(
                "app", "Nothing to print: no customer of the selection has an overdue debt."
            )
        )
    company = company or load_profile()
    plans, sections = _letter_sections(plans, company, today)
    names = [(p.number, p.name, p.language) for p in plans]
    staged = _stage(
        sections,
        names,
        kind="dunning",
        out=out,
        per_customer=per_customer,
        company=company,
        title="催款函 Payment reminders",
        today=today,
        progress=progress,
        cancelled=cancelled,
    )

    def record_sent() -> int:
        return len(record_letters(plans, on_date=today))

    files, recorded = _finish(staged, record_sent if record else None)
    return BatchResult(
        files=files,
        documents=len(plans),
        recorded=recorded,
        items=[(p.number, p.name, str(p.level)) for p in plans],
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
    from app.addressing import recipients
    from app.collection_support import chunks
    from app.document_selection import with_activity
    from app.ledger import balance_fen
    from app.models import Customer

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
        currencies: dict[int, str] = {}
        for chunk in chunks(shown):
            currencies.update(
                Customer.select(Customer.id, Customer.currency)
                .where(Customer.id.in_(chunk))
                .tuples()
            )
        return [
            ListedCustomer(
                r.customer_id,
                r.number,
                r.name,
                r.language,
                amount_fen=balance_fen(r.customer_id, request.period_end),
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
        if request.margin_top is not None or request.margin_left is not None:
            layout = layout_with_margins(layout, top=request.margin_top, left=request.margin_left)
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
    stamp = request.today.isoformat()
    if request.kind in (LABELS, ENVELOPES):
        pdf, count = _labels_pdf(request, company)
        word = "信封" if request.kind == ENVELOPES else "标签"
        return Preview(pdf, count, f"{word} {stamp}.pdf")
    if request.kind == DUNNING:
        from app.dunning import record_letters

        plans = _plans(request)
        if not plans:
            raise NothingToPrint(
                QT_TRANSLATE_NOOP(
                    "app", "Nothing to print: no customer of the selection has an overdue debt."
                )
            )
        plans, sections = _letter_sections(plans, company, request.today)
        pdf = build_pdf(
            sections,
            company=company,
            title="催款函 Payment reminders",
            today=request.today,
            progress=progress,
            cancelled=cancelled,
        )
        name = plans[0].name if len(plans) == 1 else str(len(plans))
        return Preview(
            pdf,
            len(plans),
            safe_file_name(f"催款函 {name} {stamp}") + ".pdf",
            lambda: len(record_letters(plans, on_date=request.today)),
        )
    from app.document_selection import with_activity
    from app.documents.statement import statement_section
    from app.statement import record_statements_sent, statement_data

    ids = with_activity(
        _customer_ids(request), date_from=request.date_from, date_to=request.period_end
    )
    if not ids:
        raise NothingToPrint(
            QT_TRANSLATE_NOOP(
                "app",
                "Nothing to print: none of the customers selected has a balance or an entry "
                "in the period.",
            )
        )
    datas = [
        statement_data(
            cid,
            date_from=request.date_from,
            date_to=request.period_end,
            mode=request.mode,
            today=request.today,
        )
        for cid in ids
    ]
    pdf = build_pdf(
        [statement_section(d, company, today=request.today) for d in datas],
        company=company,
        title="对账单 Statements of account",
        today=request.today,
        progress=progress,
        cancelled=cancelled,
    )
    name = datas[0].recipient.name if len(datas) == 1 else str(len(datas))

    def record_sent() -> int:
        record_statements_sent(datas, sent_on=request.today)
        return len(datas)

    return Preview(
        pdf,
        len(datas),
        safe_file_name(f"对账单 {name} {stamp}") + ".pdf",
        record_sent if request.record else None,
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
    if request.kind in (LABELS, ENVELOPES):
        pdf, count = _labels_pdf(request, load_profile())
        return BatchResult(files=[output.write_atomically(out, pdf)], documents=count)
    if request.kind == DUNNING:
        return dunning_letters(
            _plans(request),
            out=out,
            per_customer=per_customer,
            today=request.today,
            progress=progress,
            cancelled=cancelled,
        )
    return statements(
        _customer_ids(request),
        out=out,
        date_from=request.date_from,
        date_to=request.period_end,
        mode=request.mode,
        per_customer=per_customer,
        record=request.record,
        today=request.today,
        progress=progress,
        cancelled=cancelled,
    )
