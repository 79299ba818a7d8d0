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
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
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
from app.export_xlsx import xlsx_bytes
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
    # One snapshot of the file, however long the export takes; DEFERRED: a
    # read that never takes the write lock (the database begins IMMEDIATE).
    with DB.atomic("DEFERRED"):
        cards = counter.wrap(iter_cards(ids))
        if format == CSV:
            data = _csv_bytes(cards, encoding=encoding, full_id=full_id, raw=raw, language=language)
        elif format == XLSX:
            data = xlsx_bytes(
                cards,
                headers=_headers(language),
                full_id=full_id,
                raw=raw,
                language=language,
                total=len(ids),
            )
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
                customer=cc.card_label(card),
                column=getattr(column, language),
                char=text[exc.start],
                text=text[start : exc.start + 10],
            ) from None


# --- vCard ------------------------------------------------------------------------------


def _vcf_bytes(
    cards: Iterator[tuple[CustomerData, list[str]]], *, full_id: bool, raw: bool
) -> bytes:
    from app.vcard_writer import write_vcards

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
