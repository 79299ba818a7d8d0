"""The greeting settings dialog: what is stored is shown, what is chosen is
saved, a refused value is explained under its field."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from app import greeting_settings
from app.errors import FieldIssue, ValidationError
from app.greeting_settings import GreetingSettings
from ui.greeting_settings_dialog import GreetingSettingsDialog


def open_dialog(qtbot) -> GreetingSettingsDialog:
    dialog = GreetingSettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_shows_the_defaults_and_saves_the_choices(qtbot, db_path):
    dialog = open_dialog(qtbot)
    assert dialog.feb28.isChecked() and not dialog.mar1.isChecked()
    assert dialog.days.value() == 7
    assert dialog.main_contact.isChecked() and not dialog.all_contacts.isChecked()
    dialog.mar1.setChecked(True)
    dialog.days.setValue(30)
    dialog.all_contacts.setChecked(True)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert greeting_settings.load() == GreetingSettings(
        feb29="mar1", upcoming_days=30, contacts="all"
    )
    # Opened again, it shows what was stored.
    again = open_dialog(qtbot)
    assert again.mar1.isChecked() and again.days.value() == 30 and again.all_contacts.isChecked()


def test_the_days_stay_in_range(qtbot, db_path):
    dialog = open_dialog(qtbot)
    dialog.days.setValue(0)
    assert dialog.days.value() == greeting_settings.DAYS_LOW
    dialog.days.setValue(1000)
    assert dialog.days.value() == greeting_settings.DAYS_HIGH


def test_a_refused_value_is_shown_under_its_field(qtbot, db_path, monkeypatch):
    def refuse(_settings):
        raise ValidationError(
            [
                FieldIssue(
                    "upcoming_days", "Must be between {low} and {high}", {"low": 1, "high": 9}
                ),
                FieldIssue("other", "Choose one of the options"),
            ]
        )

    monkeypatch.setattr(greeting_settings, "save", refuse)
    dialog = open_dialog(qtbot)
    dialog.save()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert "9" in dialog.issue_of("upcoming_days")
    assert dialog.issue_of("feb29") == ""
    assert not dialog.message.isHidden() and dialog.message.text()
