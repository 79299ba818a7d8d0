"""The export dialog: which customers, which format, the options, and the
file written (read back here)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog

from app import groups
from app.customer_query import CustomerFilter
from app.customers import save_customer
from app.records import CustomerData
from ui.export_dialog import FILTER, GROUP, SELECTED, ExportDialog

ID_NUMBER = "11010519491231002X"


@pytest.fixture
def people(db_path) -> dict[str, int]:
    ids = {
        "张三": save_customer(
            CustomerData(name="张三", mobile="13800138000", id_number=ID_NUMBER), confirm=True
        ).id,
        "李四": save_customer(
            CustomerData(name="李四", mobile="13900139000", notes="=SUM(A1:A9)"), confirm=True
        ).id,
        "王五": save_customer(CustomerData(name="王五", phone="+86 10 1234 5678"), confirm=True).id,
    }
    vip = groups.create_group("重要客户")
    groups.add_members(vip.id, [ids["张三"], ids["王五"]])
    return ids


def dialog_for(qtbot, ids=(), scope=FILTER, flt=None) -> ExportDialog:
    dialog = ExportDialog(flt=flt or CustomerFilter(), selected_ids=list(ids), scope=scope)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def save_as(qtbot, monkeypatch, dialog: ExportDialog, path: Path) -> dict:
    seen: dict = {}

    def choose(parent, caption, suggested, filters):
        seen.update(suggested=suggested, filters=filters)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    return seen


def csv_rows(path: Path, encoding: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode(encoding))))


def test_a_group_as_xlsx(qtbot, monkeypatch, people, tmp_path):
    dialog = dialog_for(qtbot)
    dialog.group_combo.setCurrentIndex(dialog.group_combo.findData("重要客户"))
    dialog.group_combo.activated.emit(dialog.group_combo.currentIndex())
    assert dialog.scope() == GROUP
    assert dialog.group_combo.currentText() == "重要客户 (2)"
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("xlsx"))
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("zh"))
    seen = save_as(qtbot, monkeypatch, dialog, tmp_path / "vip")  # no extension typed
    assert seen["filters"] == "Excel workbooks (*.xlsx)"
    assert Path(seen["suggested"]).name.startswith("重要客户 ")
    assert seen["suggested"].endswith(".xlsx")
    out = tmp_path / "vip.xlsx"
    assert "2 customer(s) exported to" in dialog.status.text() and str(out) in dialog.status.text()
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:3] == ["客户编号", "类型", "客户名称"]
    names = [r[header.index("客户名称")] for r in rows[1:]]
    assert names == ["张三", "王五"]
    ids = [r[header.index("身份证号")] for r in rows[1:]]
    assert ids[0] == "110105********002X"  # masked by default
    assert rows[2][header.index("电话")] == "010-12345678"  # text: the leading 0 kept


def test_the_selection_as_csv_for_excel_with_full_ids_and_english_headers(
    qtbot, monkeypatch, people, tmp_path
):
    dialog = dialog_for(qtbot, ids=[people["张三"], people["李四"]], scope=SELECTED)
    assert dialog.selected_radio.isChecked()
    assert dialog.selected_radio.text() == "The selected customers (2)"
    assert not dialog.full_id.isChecked() and not dialog.raw.isChecked()
    assert dialog.language_combo.currentData() == "en"  # the UI language
    dialog.full_id.setChecked(True)
    save_as(qtbot, monkeypatch, dialog, tmp_path / "out.csv")
    data = (tmp_path / "out.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = csv_rows(tmp_path / "out.csv", "utf-8-sig")
    header = rows[0]
    assert "Name" in header
    assert [r[header.index("Name")] for r in rows[1:]] == ["张三", "李四"]
    assert rows[1][header.index("ID number")] == ID_NUMBER
    assert rows[2][header.index("Notes")] == "'=SUM(A1:A9)"  # no formula for Excel


def test_gbk_csv_of_the_filter_and_raw_values(qtbot, monkeypatch, people, tmp_path):
    dialog = dialog_for(qtbot, flt=CustomerFilter(text="李四"))
    qtbot.waitUntil(lambda: "(1)" in dialog.filter_radio.text())
    assert dialog.filter_radio.isChecked()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv_gbk"))
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("zh"))
    dialog.raw.setChecked(True)
    save_as(qtbot, monkeypatch, dialog, tmp_path / "gbk.csv")
    data = (tmp_path / "gbk.csv").read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    rows = csv_rows(tmp_path / "gbk.csv", "gbk")
    assert [r[rows[0].index("客户名称")] for r in rows[1:]] == ["李四"]
    assert rows[1][rows[0].index("备注")] == "=SUM(A1:A9)"


def test_vcard_needs_no_header_language_or_raw(qtbot, monkeypatch, people, tmp_path):
    dialog = dialog_for(qtbot)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("vcf"))
    assert not dialog.language_combo.isEnabled() and not dialog.raw.isEnabled()
    seen = save_as(qtbot, monkeypatch, dialog, tmp_path / "phone")
    assert seen["filters"] == "vCard files (*.vcf)"
    text = (tmp_path / "phone.vcf").read_text("utf-8")
    assert text.count("BEGIN:VCARD") == 3 and "张三" in text


def test_no_selection_and_no_groups(qtbot, db_path):
    dialog = dialog_for(qtbot, scope=SELECTED)
    assert not dialog.selected_radio.isEnabled()
    assert not dialog.group_radio.isEnabled()
    assert dialog.scope() == FILTER


def test_a_file_that_cannot_be_written_is_explained(qtbot, monkeypatch, people, tmp_path):
    dialog = dialog_for(qtbot)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("x")
    save_as(qtbot, monkeypatch, dialog, blocked / "out.csv")
    assert "out.csv" in dialog.status.text(), dialog.status.text()
    assert "internal error" not in dialog.status.text()
    assert dialog.save_button.isEnabled()


def test_cancelled_while_saving_writes_nothing(qtbot, monkeypatch, people, tmp_path):
    from app import exporter

    real = exporter.export_customers

    def cancelled_at_once(path, ids, **kwargs):
        kwargs["cancelled"] = lambda: True
        return real(path, ids, **kwargs)

    monkeypatch.setattr(exporter, "export_customers", cancelled_at_once)
    dialog = dialog_for(qtbot)
    save_as(qtbot, monkeypatch, dialog, tmp_path / "x.csv")
    assert dialog.status.text() == "Cancelled: no file was written."
    assert not (tmp_path / "x.csv").exists()
