"""The company settings dialog shows the stored letterhead, stores what was
changed on Save (pictures too) and nothing on Cancel or when a field is
refused, and says why next to the field."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog

from app import company
from ui.company_settings_dialog import CompanySettingsDialog


def _png(width: int = 240, height: int = 100, colour: str = "#8b1a1a") -> bytes:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor(colour))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


@pytest.fixture
def logo_file(tmp_path: Path) -> Path:
    path = tmp_path / "logo.png"
    path.write_bytes(_png())
    return path


@pytest.fixture
def dialog(qtbot, db_path) -> CompanySettingsDialog:
    widget = CompanySettingsDialog()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _open_file_dialog_returns(monkeypatch, path: Path) -> None:
    """The file chooser (a Qt static) answers with *path*."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(path), ""))


def test_shows_the_stored_values(qtbot, db_path):
    company.save_profile(
        {
            "name": "深圳市华强电子有限公司",
            "name_en": "Shenzhen Huaqiang Electronics Co., Ltd.",
            "bank_account": "4000 0201 0900 1234 567",
            "paper_size": "Letter",
            "dunning_days_2": 20,
        }
    )
    dialog = CompanySettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.edits["name"].text() == "深圳市华强电子有限公司"
    assert dialog.edits["name_en"].text() == "Shenzhen Huaqiang Electronics Co., Ltd."
    assert dialog.edits["bank_account"].text() == "4000 0201 0900 1234 567"
    assert dialog.paper.value() == "Letter"
    assert dialog.spins["dunning_days_2"].value() == 20
    assert dialog.spins["statement_reply_days"].value() == 10  # the default
    low, high = company.NUMBER_RANGE["dunning_interval_days"]
    spin = dialog.spins["dunning_interval_days"]
    assert (spin.minimum(), spin.maximum()) == (low, high)
    assert spin.toolTip()


def test_every_profile_field_has_an_editor(dialog):
    edited = set(dialog.edits) | set(dialog.spins) | {"paper_size"} | set(dialog.pictures)
    expected = set(company.TEXT_MAX) | set(company.NUMBER_RANGE) | {"paper_size"}
    assert edited == expected | set(company.IMAGE_KEYS)


def test_saves_the_changed_values(dialog):
    dialog.edits["name"].setText("  上海某某贸易有限公司 ")
    dialog.edits["email"].setText("finance@example.com")
    dialog.edits["signatory"].setText("财务部 王会计")
    dialog.spins["statement_reply_days"].setValue(15)
    dialog.spins["dunning_interval_days"].setValue(30)
    dialog.paper.set_value("Letter")
    dialog.save_button.click()
    assert dialog.result() == CompanySettingsDialog.DialogCode.Accepted
    stored = company.load_profile()
    assert stored.name == "上海某某贸易有限公司"
    assert stored.email == "finance@example.com"
    assert stored.signatory == "财务部 王会计"
    assert stored.statement_reply_days == 15
    assert stored.dunning_interval_days == 30
    assert stored.paper_size == "Letter"


def test_refused_fields_are_shown_and_nothing_is_stored(dialog):
    dialog.edits["phone"].setText("0755-12345678")
    dialog.edits["email"].setText("not an address")
    dialog.edits["name"].setText("名" * (company.TEXT_MAX["name"] + 1))
    dialog.save_button.click()
    assert dialog.result() != CompanySettingsDialog.DialogCode.Accepted
    assert dialog.isVisible()
    assert "e-mail address" in dialog.message("email")
    assert "at most 100 characters" in dialog.message("name")
    assert dialog.message("phone") == ""
    assert dialog.banner.isVisible()
    assert dialog.tabs.currentIndex() == 0  # the letterhead tab, where the fields are
    assert company.load_profile() == company.CompanyProfile()  # nothing stored
    # Correcting a field takes its message away; saving again stores all.
    dialog.edits["email"].setText("a@example.com")
    dialog.edits["name"].setText("某某公司")
    dialog.save_button.click()
    assert dialog.result() == CompanySettingsDialog.DialogCode.Accepted
    assert company.load_profile().phone == "0755-12345678"


def test_a_refused_field_on_another_tab_is_brought_into_view(dialog):
    dialog.tabs.setCurrentIndex(0)
    dialog.edits["bank_account"].setText("x" * 41)
    dialog.save()
    assert dialog.message("bank_account")
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Bank"


def test_a_chosen_logo_is_stored_on_save(qtbot, dialog, logo_file, monkeypatch):
    _open_file_dialog_returns(monkeypatch, logo_file)
    picture = dialog.pictures["logo"]
    assert picture.thumbnail.text() == "(none)"
    qtbot.mouseClick(picture.choose_button, Qt.MouseButton.LeftButton)
    assert not picture.thumbnail.pixmap().isNull()
    assert picture.name_label.text() == "logo.png"
    assert company.load_profile().logo is None  # not before Save
    dialog.save_button.click()
    assert company.load_profile().logo == logo_file.read_bytes()
    assert company.image_file_name("logo") == "logo.png"


def test_cancel_stores_no_picture(qtbot, dialog, logo_file, monkeypatch):
    _open_file_dialog_returns(monkeypatch, logo_file)
    qtbot.mouseClick(dialog.pictures["seal"].choose_button, Qt.MouseButton.LeftButton)
    dialog.edits["name"].setText("不会保存的名称")
    dialog.reject()
    stored = company.load_profile()
    assert stored.seal is None and stored.name == ""


def test_remove_takes_the_picture_away_on_save_only(qtbot, db_path, logo_file):
    company.set_image_from_file("seal", logo_file)
    dialog = CompanySettingsDialog()
    qtbot.addWidget(dialog)
    picture = dialog.pictures["seal"]
    assert not picture.thumbnail.pixmap().isNull()
    qtbot.mouseClick(picture.remove_button, Qt.MouseButton.LeftButton)
    assert picture.thumbnail.text() == "(none)"
    assert not picture.remove_button.isEnabled()
    assert company.load_profile().seal is not None  # still there until Save
    dialog.save()
    assert company.load_profile().seal is None


def test_a_text_file_is_refused_as_a_picture(qtbot, dialog, logo_file, tmp_path, monkeypatch):
    _open_file_dialog_returns(monkeypatch, logo_file)
    picture = dialog.pictures["logo"]
    qtbot.mouseClick(picture.choose_button, Qt.MouseButton.LeftButton)
    text_file = tmp_path / "notes.txt"
    text_file.write_text("这不是图片", encoding="utf-8")
    _open_file_dialog_returns(monkeypatch, text_file)
    qtbot.mouseClick(picture.choose_button, Qt.MouseButton.LeftButton)
    assert "Not a picture that can be printed" in dialog.message("logo")
    assert picture.name_label.text() == "logo.png"  # the good picture is kept
    # Choosing a good picture again clears the message.
    _open_file_dialog_returns(monkeypatch, logo_file)
    qtbot.mouseClick(picture.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.message("logo") == ""


def test_a_refused_picture_is_never_stored(qtbot, dialog, tmp_path, monkeypatch):
    text_file = tmp_path / "seal.png"
    text_file.write_text("a text file named like a picture")
    _open_file_dialog_returns(monkeypatch, text_file)
    qtbot.mouseClick(dialog.pictures["seal"].choose_button, Qt.MouseButton.LeftButton)
    assert "Not a picture" in dialog.message("seal")
    dialog.save()
    assert dialog.result() == CompanySettingsDialog.DialogCode.Accepted
    assert company.load_profile().seal is None


def test_an_unreadable_file_is_explained(qtbot, dialog, tmp_path, monkeypatch):
    missing = tmp_path / "gone.png"
    _open_file_dialog_returns(monkeypatch, missing)
    qtbot.mouseClick(dialog.pictures["logo"].choose_button, Qt.MouseButton.LeftButton)
    assert "Cannot read" in dialog.message("logo") and "gone.png" in dialog.message("logo")


def test_a_picture_too_large_is_refused_with_the_limit(qtbot, dialog, tmp_path, monkeypatch):
    big = tmp_path / "huge.png"
    big.write_bytes(b"\x89PNG" + b"\0" * (company.IMAGE_MAX_BYTES + 10))
    _open_file_dialog_returns(monkeypatch, big)
    qtbot.mouseClick(dialog.pictures["logo"].choose_button, Qt.MouseButton.LeftButton)
    assert "too large" in dialog.message("logo")
    assert str(company.IMAGE_MAX_BYTES // 1024) in dialog.message("logo")
