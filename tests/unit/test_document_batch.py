"""Batches of documents: one PDF or one file per customer, recorded in the
same transaction that moves the files into place; a cancelled or failed batch
leaves no file and records nothing."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.document_selection import DocumentFilter
from app.documents import batch
from app.documents.batch import BatchRequest, NothingToPrint, safe_file_name
from app.documents.page import Cancelled
from app.errors import KnownError
from app.models import BalanceConfirmation, CollectionLog, Customer
from tests.unit.collection_helpers import TODAY, customer, days, invoice


@pytest.fixture
def three(db_path: Path) -> list[int]:
    ids = [customer("甲方贸易有限公司"), customer("乙方科技有限公司"), customer("丙方商行")]
    invoice(ids[0], "1200.00", on=days(-90), due=days(-60))
    invoice(ids[1], "345.67", on=days(-40), due=days(-20))
    invoice(ids[2], "99.00", on=days(-5), due=days(25))
    return ids


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_statements_into_one_pdf_are_recorded_for_confirmation(
    three: list[int], tmp_path: Path
) -> None:
    out = tmp_path / "out" / "statements.pdf"
    result = batch.statements(three, out=out, date_from=None, date_to=TODAY, today=TODAY)
    assert result.files == [out] and result.documents == 3 and result.recorded == 3
    text = _text(out)
    for name in ("甲方贸易有限公司", "乙方科技有限公司", "丙方商行", "1,200.00", "345.67"):
        assert name in text
    assert BalanceConfirmation.select().count() == 3
    assert list((tmp_path / "out").iterdir()) == [out]  # no temporary file left


def test_one_file_per_customer_named_for_the_customer(three: list[int], tmp_path: Path) -> None:
    folder = tmp_path / "每户一份"
    result = batch.statements(
        three,
        out=folder,
        date_from=None,
        date_to=TODAY,
        per_customer=True,
        record=False,
        today=TODAY,
    )
    assert len(result.files) == 3 and result.recorded == 0
    names = _files(folder)
    assert len(names) == 3 and all(n.endswith("对账单.pdf") for n in names)
    assert any("乙方科技有限公司" in n for n in names)
    assert BalanceConfirmation.select().count() == 0


def test_cancelled_batch_leaves_no_file_and_records_nothing(
    three: list[int], tmp_path: Path
) -> None:
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 1  # stop after the first section

    out = tmp_path / "cancelled.pdf"
    with pytest.raises(Cancelled):
        batch.statements(
            three, out=out, date_from=None, date_to=TODAY, today=TODAY, cancelled=cancelled
        )
    assert len(asked) == 2
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".part"]
    assert BalanceConfirmation.select().count() == 0


def test_failed_recording_leaves_no_file(three: list[int], tmp_path: Path) -> None:
    # An archived customer cannot get a confirmation recorded: the batch fails
    # at the last step, after the PDF was made, and must leave nothing behind.
    Customer.update(archived=True).where(Customer.id == three[1]).execute()
    out = tmp_path / "failed.pdf"
    with pytest.raises(KnownError):
        batch.statements(three, out=out, date_from=None, date_to=TODAY, today=TODAY)
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
    assert BalanceConfirmation.select().count() == 0


def test_empty_batch_is_refused_with_a_message(db_path: Path, tmp_path: Path) -> None:
    quiet = customer("没有往来的公司")
    with pytest.raises(NothingToPrint, match="Nothing to print"):
        batch.statements([quiet], out=tmp_path / "x.pdf", date_from=None, date_to=TODAY)
    with pytest.raises(NothingToPrint):
        batch.dunning_letters([], out=tmp_path / "y.pdf")
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "y.pdf").exists()


def test_out_must_be_a_file_or_a_folder_as_asked(three: list[int], tmp_path: Path) -> None:
    with pytest.raises(KnownError, match="is a folder"):
        batch.statements(three, out=tmp_path, date_from=None, date_to=TODAY, today=TODAY)
    a_file = tmp_path / "a.pdf"
    a_file.write_bytes(b"x")
    with pytest.raises(KnownError, match="is a file"):
        batch.statements(
            three, out=a_file, date_from=None, date_to=TODAY, per_customer=True, today=TODAY
        )
    assert a_file.read_bytes() == b"x"


def test_preview_records_only_when_asked(three: list[int]) -> None:
    request = BatchRequest(
        batch.STATEMENT, DocumentFilter(customer_ids=tuple(three)), TODAY, date_to=TODAY
    )
    preview = batch.build_preview(request)
    assert len(PdfReader(io.BytesIO(preview.pdf)).pages) >= 3
    assert BalanceConfirmation.select().count() == 0
    assert preview.record() == 3
    assert preview.record() == 0  # once only
    assert BalanceConfirmation.select().count() == 3


def test_listing_labels_names_customers_without_address(db_path: Path) -> None:
    from app.customers import load_customer, save_customer

    with_address = customer("有地址公司")
    card = load_customer(with_address)
    card.address = "杭州市文三路1号"
    save_customer(card, confirm=True)
    without = customer("无地址公司")
    request = BatchRequest(
        batch.LABELS, DocumentFilter(customer_ids=(with_address, without)), TODAY
    )
    rows = {r.customer_id: r for r in batch.list_for(request)}
    assert rows[with_address].printed and not rows[without].printed
    assert "No address" in rows[without].note
    assert CollectionLog.select().count() == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("C0001 甲方/乙方: 公司?", "C0001 甲方_乙方_ 公司_"),
        ("CON", "_CON"),
        ("  名字.  ", "名字"),
        ("", "_"),
    ],
)
def test_safe_file_names(text: str, expected: str) -> None:
    assert safe_file_name(text) == expected


def test_a_customer_who_paid_after_the_plan_gets_no_letter_and_none_is_recorded(
    three: list[int], tmp_path: Path
) -> None:
    from tests.unit.collection_helpers import payment

    plans = batch.plan_dunning(three, today=TODAY)
    assert {p.customer_id for p in plans} == {three[0], three[1]}
    payment(three[1], "345.67", on=TODAY)
    out = tmp_path / "letters.pdf"
    result = batch.dunning_letters(plans, out=out, today=TODAY)
    assert result.documents == 1 and result.recorded == 1
    assert [(r.customer_id, r.dunning_level, r.amount_fen) for r in CollectionLog.select()] == [
        (three[0], 1, 120000)
    ]
    text = _text(out)
    assert "甲方贸易有限公司" in text and "乙方科技有限公司" not in text


def test_statement_list_shows_each_balance_at_the_period_end(three: list[int]) -> None:
    from app.ledger import balance_fen

    request = BatchRequest(
        batch.STATEMENT, DocumentFilter(customer_ids=tuple(three)), TODAY, date_to=days(-30)
    )
    rows = {r.customer_id: r.amount_fen for r in batch.list_for(request)}
    # The third customer's only invoice is dated after the period: nothing to show.
    assert rows == {cid: balance_fen(cid, days(-30)) for cid in three[:2]}
    assert rows[three[0]] == 120000
