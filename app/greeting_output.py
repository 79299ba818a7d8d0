"""Everything a greeting list can become: a CSV or XLSX file for an SMS
platform, the list as a PDF, greeting cards, address labels and envelopes.

``render`` builds the output in memory (the GUI previews or saves it, the
command line writes it); ``write`` puts it into a file atomically.

- CSV / XLSX: one line per person with a mobile number - name, salutation,
  mobile and the SMS text filled in from the person's greeting text
  (``app.greeting_templates``). CSV as UTF-8 with a BOM (Excel opens it) or
  GBK (what many Chinese SMS platforms import); a character GBK cannot encode
  is named with its row instead of being replaced. A cell that a spreadsheet
  would take for a formula (starting with = + - @) gets a leading apostrophe,
  as OWASP advises against CSV injection; a phone number such as
  "+44 20 7946 0958" is left alone.
- List PDF, cards: ``app.documents.greeting_list`` and ``greeting_cards``.
- Labels, envelopes: the label and envelope machinery of the documents;
  people without an address are left out.

Each person's SMS or card is in their own document language; *language*
chooses only the column headings and the list's wording. People left out
are returned with the reason (an English template, marked for translation).
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import greeting_templates
from app.cell_guard import guard_text
from app.company import CompanyProfile, load_profile
from app.documents import output
from app.documents.batch import NothingToPrint, safe_file_name
from app.documents.page import Cancelled
from app.errors import FieldIssue, KnownError, ValidationError
from app.greeting_templates import SMS, Template, load_templates, template_for
from app.greetings import GreetingRow, occasion_name
from app.i18n import QT_TRANSLATE_NOOP

CSV, XLSX, LIST_PDF, CARDS_PDF, LABELS, ENVELOPES = (
    "csv",
    "xlsx",
    "list",
    "cards",
    "labels",
    "envelopes",
)
KINDS = (CSV, XLSX, LIST_PDF, CARDS_PDF, LABELS, ENVELOPES)
KIND_NAMES = {
    CSV: QT_TRANSLATE_NOOP("app", "CSV for an SMS platform"),
    XLSX: QT_TRANSLATE_NOOP("app", "Excel (XLSX) for an SMS platform"),
    LIST_PDF: QT_TRANSLATE_NOOP("app", "The list as a PDF"),
    CARDS_PDF: QT_TRANSLATE_NOOP("app", "Greeting cards (PDF)"),
    LABELS: QT_TRANSLATE_NOOP("app", "Address labels (PDF)"),
    ENVELOPES: QT_TRANSLATE_NOOP("app", "Envelopes (PDF)"),
}
LANGUAGES = ("zh", "en")
ENCODINGS = ("utf-8-sig", "gbk")
ENCODING_NAMES = {
    "utf-8-sig": QT_TRANSLATE_NOOP("app", "UTF-8 (Excel and most platforms)"),
    "gbk": QT_TRANSLATE_NOOP("app", "GBK (older Chinese SMS platforms)"),
}

NO_MOBILE = QT_TRANSLATE_NOOP("app", "No mobile number: left out")
NO_ADDRESS = QT_TRANSLATE_NOOP("app", "No address: left out")

COLUMNS = {
    "zh": ("姓名", "称呼", "手机", "短信内容"),
    "en": ("Name", "Salutation", "Mobile", "Message"),
}
#: Words of the file names and titles, by output and language.
_WORDS = {
    "zh": {
        CSV: "问候",
        XLSX: "问候",
        LIST_PDF: "问候名单",
        CARDS_PDF: "贺卡",
        LABELS: "标签",
        ENVELOPES: "信封",
    },
    "en": {
        CSV: " greetings",
        XLSX: " greetings",
        LIST_PDF: " greeting list",
        CARDS_PDF: " cards",
        LABELS: " labels",
        ENVELOPES: " envelopes",
    },
}
_EXTENSIONS = {CSV: "csv", XLSX: "xlsx"}

#: A text cell starting with one of these is a formula to a spreadsheet.


@dataclass(frozen=True)
class OutputResult:
    data: bytes  # the file's bytes (also for CSV/XLSX)
    written: int  # people in the output
    #: Rows left out, with an English reason template (e.g. ``NO_MOBILE``).
    skipped: list[tuple[GreetingRow, str]] = field(default_factory=list)
    suggested_name: str = ""


def _option_issue(name: str, value: object, choices: Sequence[str]) -> FieldIssue:
    return FieldIssue(
        name,
        QT_TRANSLATE_NOOP("app", "Unknown choice “{value}”; choose one of {choices}"),
        {"value": value, "choices": ", ".join(choices)},
    )


def _check_options(kind: str, language: str, encoding: str, layout: str, paper: str) -> None:
    from app.documents.greeting_cards import PAPERS
    from app.documents.label_layouts import LAYOUTS

    issues = []
    if kind not in KINDS:
        issues.append(_option_issue("kind", kind, KINDS))
    if language not in LANGUAGES:
        issues.append(_option_issue("language", language, LANGUAGES))
    if kind == CSV and encoding not in ENCODINGS:
        issues.append(_option_issue("encoding", encoding, ENCODINGS))
    if kind == LABELS and layout not in LAYOUTS:
        issues.append(_option_issue("layout", layout, tuple(LAYOUTS)))
    if kind == CARDS_PDF and paper not in PAPERS:
        issues.append(_option_issue("paper", paper, tuple(PAPERS)))
    if issues:
        raise ValidationError(issues)


def _years(rows: Sequence[GreetingRow]) -> str:
    years = sorted({r.year for r in rows})
    return str(years[0]) if len(years) == 1 else f"{years[0]}-{years[-1]}"


def document_title(kind: str, rows: Sequence[GreetingRow], language: str) -> str:
    """ "中秋节问候名单 2026", "Mid-Autumn Festival cards 2026"."""
    name = occasion_name(rows[0].occasion, language)
    return f"{name}{_WORDS[language][kind]} {_years(rows)}"


def suggested_name(kind: str, rows: Sequence[GreetingRow], language: str) -> str:
    return safe_file_name(document_title(kind, rows, language)) + "." + _EXTENSIONS.get(kind, "pdf")


class _Texts:
    """The greeting texts of a batch, loaded once; the occasion's name
    looked up once per language."""

    def __init__(self, company: CompanyProfile) -> None:
        self.company = company
        self.templates = load_templates()
        self.holidays: dict[tuple[str, str], str] = {}

    def render(self, row: GreetingRow, kind: str, position: int) -> tuple[str, str]:
        language = row.person.language if row.person.language in LANGUAGES else "zh"
        key = (row.occasion, language)
        if key not in self.holidays:
            self.holidays[key] = occasion_name(row.occasion, language)
        template = template_for(self.templates, row.occasion, language, kind)
        try:
            return greeting_templates.render(
                template, row, self.company, holiday=self.holidays[key]
            )
        except ValidationError as exc:
            raise _text_fails(template, row, position, exc) from None


def _text_fails(template: Template, row: GreetingRow, position: int, exc: ValidationError) -> Any:
    issue = exc.issues[0]
    return KnownError(
        QT_TRANSLATE_NOOP(
            "app",
            "The greeting text ({occasion}, {language}) does not work for row {row} "
            "({name}): {problem}. Correct it under Greeting texts.",
        ),
        occasion=occasion_name(template.occasion, "en"),
        language=template.language,
        row=position,
        name=row.person.name,
        problem=issue.message,
    )


def _ticker(
    total: int,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
    every: int = 200,
) -> Callable[[int], None]:
    def tick(done: int) -> None:
        if done % every:
            return
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(done, total)

    return tick


# --- CSV and XLSX --------------------------------------------------------------------------------


#: The guard of every spreadsheet cell Kehu writes (app.cell_guard).
guard_cell = guard_text


def _sms_lines(
    rows: Sequence[GreetingRow],
    company: CompanyProfile,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> tuple[list[tuple[int, GreetingRow, list[str]]], list[tuple[GreetingRow, str]]]:
    """(position, row, cells) of each person with a mobile, and those without."""
    texts = _Texts(company)
    lines: list[tuple[int, GreetingRow, list[str]]] = []
    skipped: list[tuple[GreetingRow, str]] = []
    tick = _ticker(len(rows), progress, cancelled)
    for position, row in enumerate(rows, start=1):
        tick(position - 1)
        mobile = row.person.mobile.strip()
        if not mobile:
            skipped.append((row, NO_MOBILE))
            continue
        _title, message = texts.render(row, SMS, position)
        cells = [row.person.name, row.salutation, mobile, message]
        lines.append((position, row, [guard_cell(c) for c in cells]))
    if not lines:
        raise NothingToPrint(
            QT_TRANSLATE_NOOP(
                "app", "Nothing to export: none of the {count} people chosen has a mobile number."
            ),
            count=len(rows),
        )
    return lines, skipped


def _check_gbk(lines: list[tuple[int, GreetingRow, list[str]]]) -> None:
    for position, row, cells in lines:
        for cell in cells:
            try:
                cell.encode("gbk")
            except UnicodeEncodeError as exc:
                start = max(exc.start - 10, 0)
                raise KnownError(
                    QT_TRANSLATE_NOOP(
                        "app",
                        "Row {row} ({name}): “{char}” in “{text}” has no GBK code. "
                        "Save as UTF-8 instead: Excel and most SMS platforms read it too.",
                    ),
                    row=position,
                    name=row.person.name,
                    char=cell[exc.start],
                    text=cell[start : exc.start + 10],
                ) from None


def csv_bytes(
    lines: list[tuple[int, GreetingRow, list[str]]], *, language: str, encoding: str
) -> bytes:
    if encoding == "gbk":
        _check_gbk(lines)
    text = io.StringIO(newline="")
    writer = csv.writer(text)
    writer.writerow(COLUMNS[language])
    writer.writerows(cells for _position, _row, cells in lines)
    return text.getvalue().encode(encoding)


def _text_width(text: str) -> int:
    """Columns a text takes in a spreadsheet: CJK characters take two."""
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        for ch in text
    )


def xlsx_bytes(
    lines: list[tuple[int, GreetingRow, list[str]]], *, language: str, title: str
) -> bytes:
    """A workbook with a bold, frozen heading row; every cell text (so a
    mobile keeps its leading zero or plus and nothing is a formula).
    Written in openpyxl's streaming mode: 10,000 rows in a second."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet(re.sub(r"[\[\]:*?/\\]", " ", title)[:31].strip() or "Sheet1")
    headings = COLUMNS[language]
    cleaned = [[ILLEGAL_CHARACTERS_RE.sub("", c) for c in cells] for _p, _r, cells in lines]
    widths = [_text_width(h) for h in headings]
    for cells in cleaned:
        for index, value in enumerate(cells):
            widths[index] = max(widths[index], _text_width(value))
    limits = (24, 20, 18, 80)
    for index, width in enumerate(widths):
        sheet.column_dimensions[get_column_letter(index + 1)].width = min(
            max(width + 2, 10), limits[index]
        )
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")

    def cell(value: str, *, font: Font | None = None, alignment: Alignment = top) -> WriteOnlyCell:
        out = WriteOnlyCell(sheet, value=value)
        out.data_type = "s"  # never a formula, whatever it starts with
        out.number_format = "@"
        out.alignment = alignment
        if font is not None:
            out.font = font
        return out

    sheet.append([cell(h, font=bold) for h in headings])
    for cells in cleaned:
        sheet.append([cell(v, alignment=wrap if i == 3 else top) for i, v in enumerate(cells)])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# --- PDFs ----------------------------------------------------------------------------------------


def _cards(
    rows: Sequence[GreetingRow],
    company: CompanyProfile,
    *,
    paper: str,
    title: str,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> bytes:
    from app.documents.greeting_cards import Card, render_cards

    texts = _Texts(company)
    cards = []
    for position, row in enumerate(rows, start=1):
        card_title, body = texts.render(row, "card", position)
        language = row.person.language if row.person.language in LANGUAGES else "zh"
        cards.append(Card(card_title, row.salutation, body, language, row.on))
    return render_cards(
        cards, company=company, paper=paper, title=title, progress=progress, cancelled=cancelled
    )


def _with_address(
    rows: Sequence[GreetingRow],
) -> tuple[list[GreetingRow], list[tuple[GreetingRow, str]]]:
    ready = [r for r in rows if r.person.recipient.has_address]
    skipped = [(r, NO_ADDRESS) for r in rows if not r.person.recipient.has_address]
    if not ready:
        raise NothingToPrint(
            QT_TRANSLATE_NOOP(
                "app", "Nothing to print: none of the {count} customers chosen has an address."
            ),
            count=len(rows),
        )
    return ready, skipped


def render(
    kind: str,
    rows: Sequence[GreetingRow],
    *,
    language: str = "zh",
    encoding: str = "utf-8-sig",
    layout: str = "a4-3x8",
    start_at: int = 1,
    envelope: str = "DL",
    paper: str = "A5",
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> OutputResult:
    """The output *kind* of *rows*, in memory.

    ``NothingToPrint`` when no row can go into it, ``ValidationError`` for an
    option that will not do, ``KnownError`` for a name GBK cannot encode or a
    greeting text that fails for someone, ``Cancelled`` when *cancelled()*
    says so."""
    _check_options(kind, language, encoding, layout, paper)
    rows = list(rows)
    if not rows:
        raise NothingToPrint(QT_TRANSLATE_NOOP("app", "Nothing to print: no one was chosen."))
    name = suggested_name(kind, rows, language)
    title = document_title(kind, rows, language)
    company = load_profile(with_images=kind == CARDS_PDF)
    if kind in (CSV, XLSX):
        lines, skipped = _sms_lines(rows, company, progress, cancelled)
        if kind == CSV:
            data = csv_bytes(lines, language=language, encoding=encoding)
        else:
            data = xlsx_bytes(lines, language=language, title=title)
        if progress is not None:
            progress(len(rows), len(rows))
        return OutputResult(data, len(lines), skipped, name)
    if kind == LIST_PDF:
        from app.documents.greeting_list import default_subtitle, render_list

        data = render_list(
            rows,
            title=title,
            subtitle=default_subtitle(rows, company, language),
            language=language,
            company=company,
            progress=progress,
            cancelled=cancelled,
        )
        return OutputResult(data, len(rows), [], name)
    if kind == CARDS_PDF:
        data = _cards(
            rows, company, paper=paper, title=title, progress=progress, cancelled=cancelled
        )
        return OutputResult(data, len(rows), [], name)
    ready, skipped = _with_address(rows)
    recipients = [r.person.recipient for r in ready]
    if kind == LABELS:
        from app.documents.label_layouts import LAYOUTS
        from app.documents.labels import render_labels

        sheet = render_labels(recipients, LAYOUTS[layout], start_at=start_at)
        return OutputResult(sheet.pdf, sheet.printed, skipped, name)
    from app.documents.envelopes import render_envelopes

    envelopes = render_envelopes(recipients, size=envelope, company=company)
    return OutputResult(envelopes.pdf, envelopes.printed, skipped, name)


def write(kind: str, rows: Sequence[GreetingRow], out: str | Path, **options: Any) -> OutputResult:
    """``render`` into the file *out*, written atomically."""
    result = render(kind, rows, **options)
    output.write_atomically(out, result.data)
    return result


__all__ = [
    "CARDS_PDF",
    "COLUMNS",
    "CSV",
    "ENCODINGS",
    "ENVELOPES",
    "KINDS",
    "LABELS",
    "LIST_PDF",
    "NO_ADDRESS",
    "NO_MOBILE",
    "XLSX",
    "OutputResult",
    "document_title",
    "guard_cell",
    "render",
    "suggested_name",
    "write",
]
