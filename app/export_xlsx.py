"""Customers as an XLSX workbook with typed cells: dates as dates, amounts as
numbers, every text as a string (never a formula).

The workbook is written directly as SpreadsheetML (one sheet, inline strings,
four cell styles) and streamed into the zip: openpyxl's own writer, without
lxml, needs ten times longer (a minute for 100,000 customers). The tests read
it back with openpyxl.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from app import customer_columns as cc
from app.cell_guard import guard_typed_text
from app.errors import KnownError
from app.i18n import QT_TRANSLATE_NOOP
from app.records import CustomerData

#: Excel's limit for the text of one cell.
XLSX_CELL_LIMIT = 32_767


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
                customer=cc.card_label(card),
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


def xlsx_bytes(
    cards: Iterator[tuple[CustomerData, list[str]]],
    *,
    headers: list[str],
    full_id: bool,
    raw: bool,
    language: str,
    total: int,
) -> bytes:
    import zipfile

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
