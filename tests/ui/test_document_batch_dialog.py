"""The batch printing dialog: the list of who gets what, the preview (recorded
only when printed or saved), saving to files with progress, and the entries of
the main window and the account window that open it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QFileDialog

from app.customers import load_customer, save_customer
from app.models import BalanceConfirmation, CollectionLog
from tests.unit.collection_helpers import TODAY, customer, days, invoice
from ui.document_batch_dialog import DocumentBatchDialog
from ui.pdf_preview import PdfPreviewDialog


@pytest.fixture
def owing(db_path: Path) -> list[int]:
    ids = [customer("甲方贸易有限公司", salesperson="王强"), customer("乙方科技有限公司")]
    invoice(ids[0], "1200.00", on=days(-90), due=days(-60))
    invoice(ids[1], "345.67", on=days(-40), due=days(-20))
    for cid in ids:
        card = load_customer(cid)
        card.address = "浙江省杭州市文三路100号"
        card.postcode = "310012"
        save_customer(card, confirm=True)
    return ids


def _dialog(qtbot, kind: str, **kw) -> DocumentBatchDialog:
    dialog = DocumentBatchDialog(kind, today=TODAY, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0 or "No customer" in dialog.status.text())
    return dialog


def _open_previews() -> list[PdfPreviewDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreviewDialog)]


def test_list_shows_who_gets_a_statement(qtbot, owing: list[int]) -> None:
    dialog = _dialog(qtbot, "statement")
    names = {dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())}
    assert names == {"甲方贸易有限公司", "乙方科技有限公司"}
    assert "2" in dialog.status.text()
    # Narrowing to a salesperson changes the list once listed again.
    dialog.salesperson_combo.setCurrentIndex(dialog.salesperson_combo.findData("王强"))
    assert dialog.model.rowCount() == 0
    dialog.refresh_list()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)


def test_preview_records_the_statements_only_once_saved(
    qtbot, owing: list[int], tmp_path: Path, monkeypatch
) -> None:
    dialog = _dialog(qtbot, "statement")
    dialog.preview()
    qtbot.waitUntil(lambda: bool(_open_previews()), timeout=10000)
    preview = _open_previews()[-1]
    assert preview.loaded()
    assert BalanceConfirmation.select().count() == 0
    target = tmp_path / "saved.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(dialog.recorded):
        preview.save_as()
    assert BalanceConfirmation.select().count() == 2
    assert "甲方贸易有限公司" in PdfReader(target).pages[0].extract_text()
    preview.close()


def test_save_one_file_per_customer_records_dunning_letters(
    qtbot, owing: list[int], tmp_path: Path, monkeypatch
) -> None:
    dialog = _dialog(qtbot, "dunning")
    assert dialog.model.rowCount() == 2
    levels = {dialog.model.index(r, 3).data() for r in range(2)}
    assert levels == {"1"}
    dialog.per_customer.setChecked(True)
    folder = tmp_path / "letters"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    with qtbot.waitSignal(dialog.recorded, timeout=20000):
        dialog.save()
    files = sorted(folder.iterdir())
    assert len(files) == 2 and all(f.suffix == ".pdf" for f in files)
    assert [row.dunning_level for row in CollectionLog.select()] == [1, 1]
    assert "saved" in dialog.status.text()


def test_bad_minimum_amount_is_shown_not_raised(qtbot, owing: list[int]) -> None:
    dialog = _dialog(qtbot, "dunning")
    dialog.min_amount.setText("十二块")
    dialog.refresh_list()
    assert "color" in dialog.status.styleSheet()
    assert dialog.status.text()


def test_labels_list_marks_customers_without_address(qtbot, owing: list[int]) -> None:
    no_address = customer("无地址客户")
    dialog = _dialog(qtbot, "labels", customer_ids=[*owing, no_address])
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3)
    notes = [dialog.model.index(r, 5).data() for r in range(3)]
    assert sum(1 for n in notes if n) == 1
    assert "left out" in dialog.status.text()


def test_main_window_and_account_window_open_the_dialog(qtbot, window, owing: list[int]) -> None:
    window.refresh()
    qtbot.waitUntil(lambda: window.model.rowCount() >= 2)
    dialog = window.print_documents("statement")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    dialog.close()
    from ui.account_window import open_account

    account = open_account(owing[0], window)
    qtbot.addWidget(account)
    letter = account.print_document("dunning")
    qtbot.waitUntil(lambda: letter.model.rowCount() == 1)
    assert letter.model.index(0, 1).data() == "甲方贸易有限公司"
    letter.close()
    account.close()


def test_a_label_gap_too_large_is_shown_not_raised(
    qtbot, owing: list[int], tmp_path: Path, monkeypatch
) -> None:
    dialog = _dialog(qtbot, "labels")
    dialog.gap_x.setValue(60)
    target = tmp_path / "labels.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.save()
    qtbot.waitUntil(lambda: "Too large" in dialog.status.text() or "太大" in dialog.status.text())
    assert not target.exists()
