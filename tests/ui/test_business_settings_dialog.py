"""The business settings dialog stores thresholds in the database and refuses
thresholds that do not grow, saying why."""

from __future__ import annotations

from app import business_settings
from ui.business_settings_dialog import BusinessSettingsDialog


def test_saves_the_thresholds(qtbot, db_path):
    dialog = BusinessSettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.spins["doubtful_after_days"].value() == 90
    dialog.spins["doubtful_after_days"].setValue(60)
    dialog.spins["confirm_ahead_days"].setValue(3)
    dialog.save()
    assert dialog.result() == BusinessSettingsDialog.DialogCode.Accepted
    assert business_settings.get("doubtful_after_days") == 60
    assert business_settings.thresholds().class_of(61) == "doubtful"
    assert business_settings.get("confirm_ahead_days") == 3


def test_thresholds_that_do_not_grow_are_refused(qtbot, db_path):
    dialog = BusinessSettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.spins["bad_after_days"].setValue(50)
    dialog.save()
    assert dialog.message.isVisible()
    assert "doubtful < bad debt < dead debt" in dialog.message.text()
    assert business_settings.get("bad_after_days") == 180
