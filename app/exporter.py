"""Customers out of Kehu: CSV for Excel and the accountant, XLSX with typed
cells, vCard 3.0 for phones.

The columns, their headers (Chinese or English) and the values come from
``app.customer_columns``, so that what is exported imports back unchanged
with the same mapping. Cards are read in chunks (``app.bulk``), never one
query per customer, inside one read transaction (a consistent snapshot).

- CSV: UTF-8 with a BOM (Excel opens Chinese correctly), plain UTF-8, GBK or
  GB18030; the csv module's minimal quoting and Excel's ``\\r\\n`` line ends.
  A character GBK cannot encode is named with its customer instead of being
  replaced.
- Spreadsheet formulas (OWASP CSV injection): a text cell beginning with
  = + - @, a tab or a carriage return gets one leading apostrophe
  (``guard_text``), unless the export is *raw* (for another program). A phone
  number such as "+86 138 0013 8000" runs nothing and is left as it is.
  The importer removes the guard again (``unguard_text``).
- XLSX: dates are dates, amounts numbers formatted ``0.00`` (exact: written
  from Decimal), counts whole numbers; every text cell is a string, never a
  formula, so a phone number keeps its + and its leading 0.
- The resident ID number is masked (110101********1234) unless *full_id*.

Everything is built in memory and written atomically: a cancelled or failed
export leaves no half-written file and an older file as it was. Cancelling
raises ``app.documents.page.Cancelled``.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from peewee import SQL, NodeList

from app import customer_columns as cc
from app.bulk import _dicts as column_dicts  # rows as dicts without peewee's overhead
from app.bulk import card_from_columns
from app.cell_guard import FIRST, guard_text, guard_typed_text
from app.cell_guard import unguard_text as unguard_text  # the importer's half, with its pair
from app.collection_support import chunks
from app.customer_query import (
    ACTIVE,
    CustomerFilter,
    _base_query,  # the list's filter as SQL
)
from app.db import DB
from app.documents.output import write_atomically
from app.documents.page import Cancelled
from app.errors import KnownError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.models import Contact, Customer, Group, Membership
from app.records import CustomerData

CSV, XLSX, VCF = "csv", "xlsx", "vcf"
FORMATS = (CSV, XLSX, VCF)
FORMAT_NAMES = {
    CSV: QT_TRANSLATE_NOOP("app", "CSV (Excel, accounting programs)"),
    XLSX: QT_TRANSLATE_NOOP("app", "Excel workbook (XLSX)"),
    VCF: QT_TRANSLATE_NOOP("app", "vCard for phones (VCF)"),
}
#: File name extensions and the format they stand for.
EXTENSIONS = {".csv": CSV, ".txt": CSV, ".xlsx": XLSX, ".vcf": VCF, ".vcard": VCF}
ENCODINGS = ("utf-8-sig", "utf-8", "gbk", "gb18030")
ENCODING_NAMES = {
    "utf-8-sig": QT_TRANSLATE_NOOP("app", "UTF-8 with BOM (Excel opens it directly)"),
    "utf-8": QT_TRANSLATE_NOOP("app", "UTF-8 without BOM (other programs)"),
    "gbk": QT_TRANSLATE_NOOP("app", "GBK (older Chinese programs)"),
    "gb18030": QT_TRANSLATE_NOOP("app", "GB18030 (GBK plus every other character)"),
}
LANGUAGES = ("zh", "en")
#: Excel's limit for the text of one cell.
XLSX_CELL_LIMIT = 32_767

#: Columns whose values are the user's own text (guarded against formulas).
_TEXT_KINDS = frozenset({"text", "choice", "groups", "birthday"})

# --- which customers -----------------------------------------------------------------------------


def ids_for(*, group: str | None = None, flt: CustomerFilter | None = None) -> list[int]:
    """The customers of the current list filter *flt* and/or the *group* named
    (``NotFoundError`` listing the groups when there is none), in customer-number
    order. Archived customers only when the filter includes them (by default
    it does not)."""
    flt = flt or CustomerFilter(status=ACTIVE)
    if group is not None:
        from app.document_selection import group_id_by_name

        flt = replace(flt, group_id=group_id_by_name(group))
    query = _base_query(flt, Customer.id).order_by(Customer.number, Customer.id)
    return [cid for (cid,) in query.tuples()]


#: The customer columns a card is made of (not the keys, stamps and times).
_CARD_FIELDS = [
    f
    for f in Customer._meta.sorted_fields
    if f.name not in {"sort_key", "initials", "created_at", "updated_at", "archived_at"}
]


def _group_names() -> dict[int, str]:
    """Every group's name by id, in the order a card lists them (pinyin)."""
    query = Group.select(Group.id, Group.name).order_by(Group.sort_key, Group.id)
    return dict(query.tuples())


def iter_cards(customer_ids: Sequence[int]) -> Iterator[tuple[CustomerData, list[str]]]:
    """(card, group names) of each customer, in the order given, read in
    chunks; ids of customers that no longer exist are passed over."""
    names = _group_names()
    rank = {gid: position for position, gid in enumerate(names)}
    for chunk in chunks(int(i) for i in customer_ids):
        # The ids as literals: peewee's per-parameter work cost more than the read.
        among = SQL("IN (" + ",".join(map(str, chunk)) + ")")
        rows = {
            r["id"]: r
            for r in column_dicts(
                Customer.select(*_CARD_FIELDS).where(NodeList((Customer.id, among)))
            )
        }
        contacts: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for c in column_dicts(
            Contact.select()
            .where(NodeList((Contact.customer, among)))
            .order_by(Contact.customer, Contact.position, Contact.id)
        ):
            contacts[c["customer"]].append(c)
        groups: dict[int, list[int]] = defaultdict(list)
        for cid, gid in (
            Membership.select(Membership.customer, Membership.group)
            .where(NodeList((Membership.customer, among)))
            .tuples()
        ):
            groups[cid].append(gid)
        for cid in chunk:
            row = rows.get(cid)
            if row is None:
                continue
            card = card_from_columns(row, contacts[cid], groups[cid])
            in_groups = sorted(groups[cid], key=lambda g: rank.get(g, len(rank)))
            yield card, [names[g] for g in in_groups if g in names]


# --- the export ----------------------------------------------------------------------------------


def format_for(path: str | Path) -> str | None:
    """The format a file name's extension stands for, None when unknown."""
    return EXTENSIONS.get(Path(path).suffix.lower())


def _option_issue(name: str, value: object, choices: Sequence[str]) -> Any:
    from app.errors import FieldIssue

    return FieldIssue(
        name,
        QT_TRANSLATE_NOOP("app", "Unknown choice “{value}”; choose one of {choices}"),
        {"value": value, "choices": ", ".join(choices)},
    )


def _check_options(format: str, encoding: str, language: str) -> None:
    issues = []
    if format not in FORMATS:
        issues.append(_option_issue("format", format, FORMATS))
    if format == CSV and encoding not in ENCODINGS:
        issues.append(_option_issue("encoding", encoding, ENCODINGS))
    if language not in LANGUAGES:
        issues.append(_option_issue("language", language, LANGUAGES))
    if issues:
        raise ValidationError(issues)


def export_customers(
    path: str | Path,
    customer_ids: Sequence[int],
    *,
    format: str,
    encoding: str = "utf-8-sig",
    full_id: bool = False,
    raw: bool = False,
    language: str = "zh",
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the customers *customer_ids* (in that order) to *path* as *format*;
    returns how many were written.

    ``ValidationError`` for an option that will not do; ``KnownError`` for a
    text GBK cannot encode, a text too long for an Excel cell or a file that
    cannot be written; ``Cancelled`` when *cancelled()* says so (nothing is
    written then)."""
    _check_options(format, encoding, language)
    data, written = render(
        customer_ids,
        format=format,
        encoding=encoding,
        full_id=full_id,
        raw=raw,
        language=language,
        progress=progress,
        cancelled=cancelled,
    )
    write_atomically(path, data)
    return written


def render(
    customer_ids: Sequence[int],
    *,
    format: str,
    encoding: str = "utf-8-sig",
    full_id: bool = False,
    raw: bool = False,
    language: str = "zh",
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[bytes, int]:
    """The file's bytes and the number of customers in it."""
    _check_options(format, encoding, language)
    ids = list(dict.fromkeys(customer_ids))
    counter = _Counter(len(ids), progress, cancelled)
    with DB.atomic():  # one snapshot of the file, however long the export takes
        cards = counter.wrap(iter_cards(ids))
        if format == CSV:
            data = _csv_bytes(cards, encoding=encoding, full_id=full_id, raw=raw, language=language)
        elif format == XLSX:
            data = _xlsx_bytes(cards, full_id=full_id, raw=raw, language=language, total=len(ids))
        else:
            data = _vcf_bytes(cards, full_id=full_id, raw=raw)
    if progress is not None:
        progress(len(ids), len(ids))
    return data, counter.done


class _Counter:
    """Counts the cards going by, reports progress and checks for a cancel."""

    def __init__(
        self,
        total: int,
        progress: Callable[[int, int], None] | None,
        cancelled: Callable[[], bool] | None,
        every: int = 500,
    ) -> None:
        self.total = total
        self.progress = progress
        self.cancelled = cancelled
        self.every = every
        self.done = 0

    def wrap(
        self, cards: Iterator[tuple[CustomerData, list[str]]]
    ) -> Iterator[tuple[CustomerData, list[str]]]:
        for item in cards:
            if self.done % self.every == 0:
                if self.cancelled is not None and self.cancelled():
                    raise Cancelled()
                if self.progress is not None:
                    self.progress(self.done, self.total)
            self.done += 1
            yield item
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()


def _headers(language: str) -> list[str]:
    return [getattr(column, language) for column in cc.COLUMNS]


def _who(card: CustomerData) -> str:
    return f"{card.number} {card.name}".strip()


# --- CSV ------------------------------------------------------------------------------


def _csv_bytes(
    cards: Iterator[tuple[CustomerData, list[str]]],
    *,
    encoding: str,
    full_id: bool,
    raw: bool,
    language: str,
) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(_headers(language))
    columns = cc.COLUMNS
    keys = [column.key for column in columns]
    guarded = [] if raw else [i for i, c in enumerate(columns) if c.kind in _TEXT_KINDS]
    typed = [i for i, c in enumerate(columns) if c.kind not in _TEXT_KINDS]
    strict = encoding == "gbk"
    format_text = cc.format_text
    for card, groups in cards:
        values = cc.export_row(card, groups, full_id=full_id, language=language)
        # export_row gives the columns in order and text as str; only dates,
        # amounts, numbers and yes/no need their text (the csv module writes
        # None as an empty cell).
        line = list(values.values()) if list(values) == keys else [values.get(k) for k in keys]
        for index in typed:
            value = line[index]
            if type(value) is not str:
                line[index] = (
                    "" if value is None else format_text(columns[index], value, language=language)
                )
        for index in guarded:
            value = line[index]
            if type(value) is str and value[:1] in FIRST:
                line[index] = guard_text(value)
        if strict:
            _check_gbk(card, line, language)
        writer.writerow(line)
    return buffer.getvalue().encode(encoding)


def _check_gbk(card: CustomerData, line: list[str], language: str) -> None:
    for column, text in zip(cc.COLUMNS, line, strict=True):
        if type(text) is not str:
            continue
        try:
            text.encode("gbk")
        except UnicodeEncodeError as exc:
            start = max(exc.start - 10, 0)
            raise KnownError(
                QT_TRANSLATE_NOOP(
                    "app",
                    "Customer {customer}, {column}: “{char}” in “{text}” has no GBK code. "
                    "Export as UTF-8 (Excel reads it too) or as GB18030 instead.",
                ),
                customer=_who(card),
                column=getattr(column, language),
                char=text[exc.start],
                text=text[start : exc.start + 10],
            ) from None


# --- XLSX ------------------------------------------------------------------------------
#
# The workbook is written directly as SpreadsheetML (one sheet, inline strings,
# four cell styles) and streamed into the zip: openpyxl's own writer, without
# lxml, needs ten times longer (a minute for 100,000 customers). Read back
# with openpyxl in the tests.


def _text_width(text: str) -> int:
    """Columns a text takes in a spreadsheet: CJK characters take two."""
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        for ch in text
    )


#: Customers from which on the sheet may pass 2 GB (rows are ~2 KB at most in practice).
_ZIP64_ROWS = 500_000
#: Rows looked at to size the columns (all of them would cost time for nothing).
_WIDTH_SAMPLE = 300


_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_CONTENT_TYPES = (
    _XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/styles.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    "</Types>"
)
_PACKAGE_RELS = (
    _XML_HEAD + f'<Relationships xmlns="{_PKG_REL_NS}">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK_RELS = (
    _XML_HEAD + f'<Relationships xmlns="{_PKG_REL_NS}">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/styles" Target="styles.xml"/></Relationships>'
)
#: Cell styles (cellXfs): 0 plain, 1 bold heading, 2 date, 3 money, 4 text ("@"), 5 count.
_HEADING, _DATE, _MONEY, _TEXT, _COUNT = 1, 2, 3, 4, 5
_STYLES = (
    _XML_HEAD + f'<styleSheet xmlns="{_MAIN_NS}">'
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="6">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" '
    'applyNumberFormat="1"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    "</cellXfs>"
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)
#: Characters XML 1.0 cannot hold at all (openpyxl drops them too).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
#: Day 0 of Excel's 1900 date system (with its 1900 leap year: right from March 1900).
_EXCEL_EPOCH = date(1899, 12, 30)
#: Earlier dates Excel cannot show as dates (or shows a day off): written as text.
_FIRST_EXCEL_DAY = date(1900, 3, 1)


def _xml_text(text: str) -> str:
    """*text* as XML element content: escaped; a carriage return as a character
    reference (a literal one would be read back as a line feed)."""
    if _NOT_XML.search(text):
        text = _NOT_XML.sub("", text)
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    return text


def _column_letters(count: int) -> list[str]:
    letters = []
    for index in range(1, count + 1):
        name = ""
        while index:
            index, rest = divmod(index - 1, 26)
            name = chr(65 + rest) + name
        letters.append(name)
    return letters


class _SheetWriter:
    """Cells of one customer file sheet as SpreadsheetML."""

    def __init__(self, *, raw: bool, language: str) -> None:
        self.raw = raw
        self.language = language
        self.columns = cc.COLUMNS
        self.letters = _column_letters(len(self.columns))
        self.row = 1

    def heading(self, headers: list[str]) -> str:
        cells = "".join(
            f'<c r="{letter}1" s="{_HEADING}" t="inlineStr"><is><t xml:space="preserve">'
            f"{_xml_text(text)}</t></is></c>"
            for letter, text in zip(self.letters, headers, strict=True)
        )
        return f'<row r="1">{cells}</row>'

    def line(self, card: CustomerData, values: dict[str, object]) -> str:
        self.row += 1
        r = self.row
        out = [f'<row r="{r}">']
        for column, letter in zip(self.columns, self.letters, strict=True):
            value = values.get(column.key)
            if value is None or value == "":
                continue
            kind = type(value)
            if kind is str:
                text = self.text(card, column, value)  # type: ignore[arg-type]
            elif kind is Decimal:
                out.append(f'<c r="{letter}{r}" s="{_MONEY}"><v>{value:f}</v></c>')
                continue
            elif kind is int:
                out.append(f'<c r="{letter}{r}" s="{_COUNT}"><v>{value}</v></c>')
                continue
            elif kind is date or kind is datetime:
                day = value.date() if kind is datetime else value  # type: ignore[union-attr]
                if day >= _FIRST_EXCEL_DAY:  # type: ignore[operator]
                    serial = (day - _EXCEL_EPOCH).days  # type: ignore[operator]
                    out.append(f'<c r="{letter}{r}" s="{_DATE}"><v>{serial}</v></c>')
                    continue
                text = day.isoformat()  # type: ignore[union-attr]  # 1669-01-01: a 老字号
            else:  # yes/no and anything else: its text, as the CSV has it
                text = self.text(
                    card, column, cc.format_text(column, value, language=self.language)
                )
            out.append(
                f'<c r="{letter}{r}" s="{_TEXT}" t="inlineStr"><is>'
                f'<t xml:space="preserve">{_xml_text(text)}</t></is></c>'
            )
        out.append("</row>")
        return "".join(out)

    def text(self, card: CustomerData, column: Any, text: str) -> str:
        if len(text) > XLSX_CELL_LIMIT:
            raise KnownError(
                QT_TRANSLATE_NOOP(
                    "app",
                    "Customer {customer}, {column}: {length} characters are more than an "
                    "Excel cell holds ({limit}). Export as CSV instead.",
                ),
                customer=_who(card),
                column=getattr(column, self.language),
                length=f"{len(text):,}",
                limit=f"{XLSX_CELL_LIMIT:,}",
            )
        # Every text is an inline string, never a formula; only the importer's
        # own guard needs protecting (see _quote_only).
        return text if self.raw or text[:1] != "'" else guard_typed_text(text)


def _sheet_head(widths: list[int], letters: list[str]) -> str:
    cols = "".join(
        f'<col min="{i}" max="{i}" width="{min(max(w + 2, 8), 50)}" customWidth="1"/>'
        for i, w in enumerate(widths, start=1)
    )
    return (
        _XML_HEAD + f'<worksheet xmlns="{_MAIN_NS}" xmlns:r="{_REL_NS}">'
        '<sheetViews><sheetView workbookViewId="0">'
        '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
        '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
        "</sheetView></sheetViews>"
        '<sheetFormatPr defaultRowHeight="15"/>'
        f"<cols>{cols}</cols><sheetData>"
    )


def _xlsx_bytes(
    cards: Iterator[tuple[CustomerData, list[str]]],
    *,
    full_id: bool,
    raw: bool,
    language: str,
    total: int,
) -> bytes:
    import zipfile

    headers = _headers(language)
    sheet = _SheetWriter(raw=raw, language=language)
    widths = [_text_width(h) for h in headers]
    sample: list[str] = []
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=3) as book:
        book.writestr("[Content_Types].xml", _CONTENT_TYPES)
        book.writestr("_rels/.rels", _PACKAGE_RELS)
        book.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        book.writestr("xl/styles.xml", _STYLES)
        name = "客户" if language == "zh" else "Customers"
        book.writestr(
            "xl/workbook.xml",
            _XML_HEAD + f'<workbook xmlns="{_MAIN_NS}" xmlns:r="{_REL_NS}"><sheets>'
            f'<sheet name="{name}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        # ZIP64 only when the sheet may pass 2 GB: some Excel versions balk at it.
        large = total > _ZIP64_ROWS
        with book.open("xl/worksheets/sheet1.xml", "w", force_zip64=large) as stream:
            pending: list[str] = []
            started = False
            for card, groups in cards:
                values = cc.export_row(card, groups, full_id=full_id, language=language)
                line = sheet.line(card, values)
                if not started:
                    for index, column in enumerate(cc.COLUMNS):
                        value = values.get(column.key)
                        if value is not None and value != "":
                            text = cc.format_text(column, value, language=language)
                            widths[index] = max(widths[index], _text_width(text[:60]))
                    sample.append(line)
                    if len(sample) < _WIDTH_SAMPLE:
                        continue
                    stream.write(_sheet_head(widths, sheet.letters).encode("utf-8"))
                    pending = [sheet.heading(headers), *sample]
                    started = True
                else:
                    pending.append(line)
                if len(pending) >= 500:
                    stream.write("".join(pending).encode("utf-8"))
                    pending.clear()
            if not started:
                stream.write(_sheet_head(widths, sheet.letters).encode("utf-8"))
                pending = [sheet.heading(headers), *sample]
            pending.append("</sheetData></worksheet>")
            stream.write("".join(pending).encode("utf-8"))
    return buffer.getvalue()


# --- vCard ------------------------------------------------------------------------------


def _vcf_bytes(
    cards: Iterator[tuple[CustomerData, list[str]]], *, full_id: bool, raw: bool
) -> bytes:
    from app.vcard import write_vcards

    def protect(record: Any) -> None:
        # Only a text the importer's unguard_text would change gets the guard.
        for name, value in vars(record).items():
            if type(value) is str and value[:1] == "'":
                setattr(record, name, guard_typed_text(value))

    def prepared() -> Iterator[tuple[CustomerData, list[str]]]:
        for card, groups in cards:  # the cards are this export's own copies
            if not full_id and card.id_number:
                card.id_number = cc.mask_id(card.id_number)
            if not raw:
                protect(card)
                for person in card.contacts:
                    protect(person)
                groups = [guard_typed_text(name) for name in groups]
            yield card, groups

    return write_vcards(prepared()).encode("utf-8")
