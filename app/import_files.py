"""Reading a file to import into a plain table of cells: CSV, XLSX or vCard.

``read_table`` turns any of them into a ``Table`` (headers, rows, the row
number of each row in the source) that the import mapping and the importer
work on; nothing here knows about customers except that a vCard's headers are
the column keys of ``app.customer_columns``.

- CSV: the encoding is detected (UTF-8 with a BOM, UTF-8, else GB18030, the
  superset of GBK that Chinese Excel writes) or chosen; the delimiter (comma,
  semicolon, tab) is found by parsing the first lines with each candidate.
  Blank lines are skipped and keep their numbers, so a row number is the one
  Excel shows. Ragged rows are padded; cells beyond the header are kept when
  they hold something (the header gets "" names for them).
- XLSX: the first visible sheet or a chosen one, read only, with the values
  Excel last calculated; cells as Python values (dates as ``date`` or
  ``datetime``, numbers as ``int`` or ``float``).
- vCard: ``app.vcard``; one row per card, numbered by card; a card that
  cannot be read is in ``Table.problems`` and the others are read.

A title row above the header (one cell, e.g. "某某公司客户名单", often merged
across the sheet) is skipped: ``Table.header_row`` says where the header is.

Anything that is not a readable table raises ``UnreadableFile`` saying what to
do. A cancel raises ``app.documents.page.Cancelled``.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from app.documents.page import Cancelled
from app.errors import KnownError
from app.i18n import QT_TRANSLATE_NOOP

ENCODINGS = ("utf-8", "utf-8-sig", "gb18030", "gbk", "big5")
DELIMITERS = (",", ";", "\t")
FORMATS = ("csv", "xlsx", "vcf")
#: Excel's limits as far as an import needs them: a wider sheet is not a
#: customer list, and a longer cell does not fit in Excel either.
MAX_COLUMNS = 500
MAX_CELL = 32_767
#: A CSV or vCard is read whole; 100,000 customers take some 30 MB.
MAX_TEXT_BYTES = 256 * 1024 * 1024
PROGRESS_EVERY = 1000
#: How much of a CSV the delimiter is guessed from.
_SNIFF_CHARS = 64 * 1024
_SNIFF_RECORDS = 50
#: At most this many title rows are skipped above the header.
_MAX_TITLE_ROWS = 3

_ZIP_MAGIC = b"PK\x03\x04"
_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE: .xls, or an encrypted .xlsx

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


@dataclass
class Table:
    headers: list[str]
    #: Cell values: str (CSV, vCard) or str/date/datetime/int/float/bool/None (XLSX).
    rows: list[list[object]]
    #: The source's number of each row: 1-based with the header as 1 (unless a
    #: title row is above it) for CSV and XLSX; the card number for a vCard.
    row_numbers: list[int]
    format: str  # "csv" | "xlsx" | "vcf"
    encoding: str | None = None  # the one used (CSV, vCard)
    delimiter: str | None = None  # (CSV)
    sheet: str | None = None  # (XLSX)
    sheets: list[str] = field(default_factory=list)
    #: Parts of the file left out, as (row or card number, message): the
    #: message is an English text marked for translation (context "app").
    problems: list[tuple[int, str]] = field(default_factory=list)
    #: The row the headers were taken from (CSV, XLSX).
    header_row: int = 1


class UnreadableFile(KnownError):
    """The file is not a table this program can read; the message says why and
    what to do."""


# --- the messages ----------------------------------------------------------------------

_EMPTY = QT_TRANSLATE_NOOP("app", "The file {name} is empty (0 bytes). Choose another file.")
_NO_HEADER = QT_TRANSLATE_NOOP(
    "app", "{name} has no rows: the first row should name the columns (姓名, 手机 ...)."
)
_CANNOT_OPEN = QT_TRANSLATE_NOOP("app", "Cannot read {name}: {reason}")
_TOO_BIG = QT_TRANSLATE_NOOP(
    "app", "{name} is larger than {limit} MB. Split it into smaller files and import each."
)
_BINARY = QT_TRANSLATE_NOOP(
    "app",
    "{name} is not a text file (CSV) but some other kind of file with a CSV name. "
    "Open it in the program that made it and save it as CSV or Excel (.xlsx).",
)
_UNKNOWN_ENCODING = QT_TRANSLATE_NOOP(
    "app",
    "The characters of {name} are in no encoding Kehu recognises (UTF-8, GBK/GB18030). "
    "Choose the encoding by hand, or save the file again as “CSV UTF-8” in Excel.",
)
_WRONG_ENCODING = QT_TRANSLATE_NOOP(
    "app",
    "{name} is not in {encoding}: the text on line {line} does not decode. "
    "Choose another encoding.",
)
_NOT_ENCODING = QT_TRANSLATE_NOOP("app", "Unknown encoding “{encoding}”; choose one of {choices}.")
_UNKNOWN_DELIMITER = QT_TRANSLATE_NOOP(
    "app", "Unknown delimiter “{delimiter}”; choose comma, semicolon or tab."
)
_UNKNOWN_FORMAT = QT_TRANSLATE_NOOP("app", "Unknown format “{format}”; choose csv, xlsx or vcf.")
_HTML = QT_TRANSLATE_NOOP(
    "app",
    "{name} is a web page (HTML) or XML file under a spreadsheet name, as some systems "
    "export. "
    "Open it in Excel or WPS and save it as Excel (.xlsx) or CSV, then import that.",
)
_CSV_BROKEN = QT_TRANSLATE_NOOP(
    "app",
    "{name} cannot be read as CSV near row {row}: {reason}. "
    "Open it in Excel or WPS and save it again as CSV or Excel (.xlsx).",
)
_TOO_MANY_COLUMNS = QT_TRANSLATE_NOOP(
    "app",
    "Row {row} of {name} has {count} columns; a customer list may have at most {limit}. "
    "Check the delimiter, or delete the columns that are not needed.",
)
_CELL_TOO_LONG = QT_TRANSLATE_NOOP(
    "app",
    "The cell in row {row}, column {column} of {name} holds more than {limit} characters, "
    "more than Excel allows. Shorten it, or check that the file is a customer list.",
)
_ROW_CELL_TOO_LONG = QT_TRANSLATE_NOOP(
    "app",
    "A cell in row {row} of {name} holds more than {limit} characters, more than Excel "
    "allows. Shorten it, or check that the file is a customer list.",
)
_NOT_XLSX = QT_TRANSLATE_NOOP(
    "app",
    "{name} is not an Excel workbook (.xlsx) or it is damaged. "
    "Open it in Excel or WPS and save it again as .xlsx, or as CSV.",
)
_OLD_XLS = QT_TRANSLATE_NOOP(
    "app",
    "{name} is an old Excel 97-2003 workbook (.xls). Open it in Excel or WPS and save it "
    "as Excel workbook (.xlsx) or CSV, then import that.",
)
_ENCRYPTED = QT_TRANSLATE_NOOP(
    "app",
    "{name} is protected with a password. Open it in Excel, remove the password "
    "(File → Info → Protect Workbook) and save it, then import it again.",
)
_NO_SHEET = QT_TRANSLATE_NOOP("app", "{name} has no sheet “{sheet}”. Its sheets are: {sheets}.")
_NO_SHEETS = QT_TRANSLATE_NOOP("app", "{name} has no worksheet with cells.")
_NO_CARDS = QT_TRANSLATE_NOOP(
    "app",
    "{name} holds no contact cards (no BEGIN:VCARD). Choose a .vcf file exported "
    "from a phone or an address book.",
)


def _fail(template: str, path: Path, **params: Any) -> UnreadableFile:
    return UnreadableFile(template, name=path.name, **params)


def column_letter(index: int) -> str:
    """Excel's name of a 0-based column index: 0 -> A, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


# --- the format --------------------------------------------------------------------------


def sniff_format(path: str | Path) -> str:
    """The format of a file ("csv", "xlsx" or "vcf"): by its first bytes, else
    by its extension.
    A text file is CSV whatever its name (many systems "export to Excel" as CSV
    or HTML text named .xls)."""
    path = Path(path)
    try:
        with path.open("rb") as stream:
            head = stream.read(4096)
    except OSError:
        head = b""
    if head.startswith((_ZIP_MAGIC, _CFB_MAGIC)):
        return "xlsx"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").upper()
    if text.startswith(b"BEGIN:VCARD"):
        return "vcf"
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm", ".xls") and b"\x00" in head:
        return "xlsx"  # some other binary file: refused as not a workbook
    if suffix in (".vcf", ".vcard"):
        return "vcf"
    return "csv"


def read_table(
    path: str | Path,
    *,
    format: str | None = None,  # noqa: A002 - the shared API's name
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> Table:
    """The file at *path* as a table; see the module docstring."""
    path = Path(path)
    chosen = format or sniff_format(path)
    if chosen not in FORMATS:
        raise UnreadableFile(_UNKNOWN_FORMAT, format=chosen)
    if encoding is not None and encoding not in ENCODINGS:
        raise UnreadableFile(_NOT_ENCODING, encoding=encoding, choices=", ".join(ENCODINGS))
    if delimiter is not None and delimiter not in DELIMITERS:
        raise UnreadableFile(_UNKNOWN_DELIMITER, delimiter=delimiter)
    if chosen == "xlsx":
        return _read_xlsx(path, sheet, progress, cancelled)
    data = _read_bytes(path)
    if chosen == "vcf":
        return _read_vcf(path, data, encoding, progress, cancelled)
    return _read_csv(path, data, encoding, delimiter, progress, cancelled)


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_TEXT_BYTES:
            raise _fail(_TOO_BIG, path, limit=MAX_TEXT_BYTES // (1024 * 1024))
        data = path.read_bytes()
    except OSError as exc:
        raise _fail(_CANNOT_OPEN, path, reason=exc.strerror or str(exc)) from None
    if not data:
        raise _fail(_EMPTY, path)
    return data


def _check_cancel(cancelled: IsCancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled()


# --- text and its encoding ---------------------------------------------------------------


def decode_text(path: Path, data: bytes, encoding: str | None) -> tuple[str, str]:
    """The text of a CSV or vCard file and the encoding used."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and encoding is None:
        # Excel's "Unicode text": UTF-16 with a BOM.
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise _fail(_UNKNOWN_ENCODING, path) from None
    if b"\x00" in data[:_SNIFF_CHARS]:
        raise _fail(_BINARY, path)
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            line = data.count(b"\n", 0, exc.start) + 1
            raise _fail(_WRONG_ENCODING, path, encoding=encoding, line=line) from None
        used = encoding
    elif data.startswith(codecs.BOM_UTF8):
        text, used = _try_decode(path, data, "utf-8-sig"), "utf-8-sig"
    else:
        try:
            text, used = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, used = _try_decode(path, data, "gb18030"), "gb18030"
    return text.removeprefix("\ufeff"), used


def _try_decode(path: Path, data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise _fail(_UNKNOWN_ENCODING, path) from None


# --- CSV ---------------------------------------------------------------------------------


def _read_csv(
    path: Path,
    data: bytes,
    encoding: str | None,
    delimiter: str | None,
    progress: Progress | None,
    cancelled: IsCancelled | None,
) -> Table:
    text, used = decode_text(path, data, encoding)
    head = text[:1024].lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<table", "<?xml")):
        raise _fail(_HTML, path)
    chosen = delimiter or sniff_delimiter(text)
    total_lines = text.count("\n") + 1
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=chosen)

    def records() -> Iterator[tuple[int, list[object]]]:
        number = 0
        try:
            for record in reader:
                number += 1
                if number % PROGRESS_EVERY == 0:
                    _check_cancel(cancelled)
                    if progress is not None:
                        progress(min(reader.line_num, total_lines), total_lines)
                yield number, list(record)
        except csv.Error as exc:
            reason = str(exc)
            if "field larger than field limit" in reason:
                raise _fail(
                    _ROW_CELL_TOO_LONG, path, row=number + 1, limit=f"{MAX_CELL:,}"
                ) from None
            raise _fail(_CSV_BROKEN, path, row=number + 1, reason=reason) from None

    table = _build_table(path, records(), "csv")
    table.encoding, table.delimiter = used, chosen
    if progress is not None:
        progress(total_lines, total_lines)
    return table


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon or tab: the one that splits most of the first lines
    into the same number (2 or more) of fields. The lines are parsed as CSV
    with each candidate, so that a delimiter inside quotes does not count
    (csv.Sniffer guesses wrong on Chinese text). Comma when nothing splits."""
    sample = text[:_SNIFF_CHARS]
    cut = len(text) > len(sample)
    best, best_score = ",", (0, 0)
    for candidate in DELIMITERS:
        try:
            records = list(
                _first_records(csv.reader(io.StringIO(sample, newline=""), delimiter=candidate))
            )
        except csv.Error:
            continue
        if cut and len(records) > 1:
            records.pop()  # maybe cut in the middle
        widths = Counter(len(r) for r in records if len(r) >= 2 and any(c.strip() for c in r))
        if not widths:
            continue
        width, count = max(widths.items(), key=lambda item: (item[1], item[0]))
        if (count, width) > best_score:
            best, best_score = candidate, (count, width)
    return best


def _first_records(reader: Iterable[list[str]]) -> Iterator[list[str]]:
    for count, record in enumerate(reader):
        if count >= _SNIFF_RECORDS:
            return
        yield record


# --- the rows of any table ----------------------------------------------------------------


def _trimmed(values: list[object]) -> list[object]:
    end = len(values)
    while end and _is_empty(values[end - 1]):
        end -= 1
    return values[:end] if end < len(values) else values


def _is_empty(value: object) -> bool:
    return value is None or value == ""


def _is_blank(values: list[object]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)


def _check_row(path: Path, number: int, values: list[object]) -> None:
    if len(values) > MAX_COLUMNS:
        raise _fail(
            _TOO_MANY_COLUMNS, path, row=number, count=f"{len(values):,}", limit=MAX_COLUMNS
        )
    for index, value in enumerate(values):
        if isinstance(value, str) and len(value) > MAX_CELL:
            raise _fail(
                _CELL_TOO_LONG,
                path,
                row=number,
                column=column_letter(index),
                limit=f"{MAX_CELL:,}",
            )


def _filled(values: list[object]) -> int:
    return sum(1 for v in values if not (v is None or (isinstance(v, str) and not v.strip())))


def _build_table(path: Path, records: Iterator[tuple[int, list[object]]], fmt: str) -> Table:
    """Headers and rows from (row number, cells) pairs: blank rows skipped,
    title rows above the header skipped, trailing empty cells dropped, every
    row padded to the widest."""
    rows: list[list[object]] = []
    numbers: list[int] = []
    for number, values in records:
        values = _trimmed(values)
        _check_row(path, number, values)
        if _is_blank(values):
            continue
        rows.append(values)
        numbers.append(number)
    if not rows:
        raise _fail(_NO_HEADER, path)
    start = _header_index(rows)
    header_cells, header_row = rows[start], numbers[start]
    rows, numbers = rows[start + 1 :], numbers[start + 1 :]
    width = max([len(header_cells), *map(len, rows)])
    headers = [_header_text(v) for v in header_cells] + [""] * (width - len(header_cells))
    for index, values in enumerate(rows):
        if len(values) < width:
            rows[index] = values + [_empty(fmt)] * (width - len(values))
    return Table(headers, rows, numbers, fmt, header_row=header_row)


def _empty(fmt: str) -> object:
    return "" if fmt == "csv" else None


def _header_index(rows: list[list[object]]) -> int:
    """Skip up to three title rows: a row with one filled cell followed by a
    row with several, e.g. "客户名单（2024年）" above 姓名 | 手机 | 地址."""
    start = 0
    while (
        start < _MAX_TITLE_ROWS
        and start + 1 < len(rows)
        and _filled(rows[start]) == 1
        and _filled(rows[start + 1]) >= 2
        and _filled(rows[start + 1]) >= max(_filled(r) for r in rows[start + 1 : start + 6])
    ):
        start += 1
    return start


def _header_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return " ".join(str(value).split())


# --- XLSX -------------------------------------------------------------------------------


def _xlsx_errors() -> tuple[type[BaseException], ...]:
    # What openpyxl raises on files that are not (valid) workbooks: not a zip,
    # missing parts (KeyError, IndexError), bad XML, bad values in the XML.
    from openpyxl.utils.exceptions import InvalidFileException

    return (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        InvalidFileException,
        LookupError,
        ParseError,
        ValueError,
        TypeError,
        EOFError,
        zlib.error,
        OSError,
    )


def _read_xlsx(
    path: Path, sheet: str | None, progress: Progress | None, cancelled: IsCancelled | None
) -> Table:
    import openpyxl

    try:
        with path.open("rb") as stream:
            head = stream.read(len(_CFB_MAGIC))
    except OSError as exc:
        raise _fail(_CANNOT_OPEN, path, reason=exc.strerror or str(exc)) from None
    if not head:
        raise _fail(_EMPTY, path)
    if head.startswith(_CFB_MAGIC):
        raise _fail(_ENCRYPTED if _is_encrypted(path) else _OLD_XLS, path)
    if not head.startswith(_ZIP_MAGIC):
        raise _fail(_NOT_XLSX, path)
    errors = _xlsx_errors()
    try:
        # A file object, not the path: openpyxl refuses names not ending in .xlsx.
        stream = path.open("rb")
    except OSError as exc:
        raise _fail(_CANNOT_OPEN, path, reason=exc.strerror or str(exc)) from None
    with stream:
        try:
            workbook = openpyxl.load_workbook(stream, read_only=True, data_only=True)
        except errors:
            raise _fail(_NOT_XLSX, path) from None
        try:
            names = [ws.title for ws in workbook.worksheets]
            if not names:
                raise _fail(_NO_SHEETS, path)
            if sheet is None:
                visible = [
                    ws for ws in workbook.worksheets if getattr(ws, "sheet_state", "") == "visible"
                ]
                worksheet = (visible or workbook.worksheets)[0]
            elif sheet in names:
                worksheet = workbook[sheet]
            else:
                raise _fail(_NO_SHEET, path, sheet=sheet, sheets="、".join(names))
            try:
                estimate = worksheet.max_row or 0
                # Dimensions written by other programs may be wrong: read every cell.
                worksheet.reset_dimensions()
                rows = worksheet.iter_rows(values_only=True)
            except errors:
                raise _fail(_NOT_XLSX, path) from None
            records = _xlsx_records(path, rows, estimate, progress, cancelled)
            table = _build_table(path, records, "xlsx")
        finally:
            workbook.close()
    table.sheet, table.sheets = worksheet.title, names
    if progress is not None:
        progress(len(table.rows), len(table.rows))
    return table


def _xlsx_records(
    path: Path,
    rows: Iterator[tuple[object, ...]],
    estimate: int,
    progress: Progress | None,
    cancelled: IsCancelled | None,
) -> Iterator[tuple[int, list[object]]]:
    errors = _xlsx_errors()
    number = 0
    while True:
        try:
            values = next(rows)
        except StopIteration:
            return
        except errors:  # the sheet's XML is damaged
            raise _fail(_NOT_XLSX, path) from None
        number += 1
        if number % PROGRESS_EVERY == 0:
            _check_cancel(cancelled)
            if progress is not None:
                progress(number, max(estimate, number))
        yield number, [_cell(v) for v in values]


def _cell(value: object) -> object:
    """openpyxl's value as the table holds it: a date cell (midnight) as a
    date, a time as text."""
    if isinstance(value, datetime):
        if value.time() == time(0, 0) and value.tzinfo is None:
            return value.date()
        return value
    if isinstance(value, time):
        return value.isoformat(timespec="seconds")
    if isinstance(value, timedelta):
        return str(value)
    return value


def _is_encrypted(path: Path) -> bool:
    """An encrypted .xlsx is an OLE file holding an "EncryptedPackage" stream;
    an .xls is an OLE file too, without it."""
    marker = "EncryptedPackage".encode("utf-16-le")
    try:
        with path.open("rb") as stream:
            return marker in stream.read(1024 * 1024)
    except OSError:
        return False


# --- vCard -------------------------------------------------------------------------------


def _read_vcf(
    path: Path,
    data: bytes,
    encoding: str | None,
    progress: Progress | None,
    cancelled: IsCancelled | None,
) -> Table:
    from app import vcard

    text, used = decode_text(path, data, encoding)
    parsed = vcard.parse_vcards(text, progress=progress, cancelled=cancelled)
    if not parsed.cards and not parsed.problems:
        raise _fail(_NO_CARDS, path)
    present = {key for _number, card in parsed.cards for key in card}
    headers = [key for key in vcard.KEYS if key in present]
    rows: list[list[object]] = [[card.get(key, "") for key in headers] for _n, card in parsed.cards]
    numbers = [number for number, _card in parsed.cards]
    return Table(headers, rows, numbers, "vcf", encoding=used, problems=list(parsed.problems))
