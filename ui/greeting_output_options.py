"""The options of a greeting list's labels or envelopes: the label sheet and
the first free label on it, or the envelope size."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox

from ui.i18n import tr_app

LABELS = "labels"  # app.greeting_output.LABELS, without importing the PDF machinery


class OutputOptionsDialog(QDialog):
    """The sheet of address labels (and the first free label), or the
    envelope size."""

    def __init__(self, kind: str, *, layout: str = "", envelope: str = "", parent: Any = None):
        super().__init__(parent)
        from app.documents.envelopes import ENVELOPE_LABELS
        from app.documents.label_layouts import LAYOUTS

        self.kind = kind
        self.setObjectName("greetingOutputOptions")
        form = QFormLayout(self)
        self.layout_combo = QComboBox(self)
        self.layout_combo.setObjectName("layout")
        self.start_at = QSpinBox(self)
        self.start_at.setObjectName("start_at")
        self.start_at.setToolTip(
            self.tr("On a part-used sheet, the position of the first free label")
        )
        self.envelope_combo = QComboBox(self)
        self.envelope_combo.setObjectName("envelope")
        if kind == LABELS:
            self.setWindowTitle(self.tr("Address labels"))
            for key, sheet in LAYOUTS.items():
                self.layout_combo.addItem(tr_app(sheet.label), key)
            self.layout_combo.setCurrentIndex(max(self.layout_combo.findData(layout), 0))
            self.layout_combo.currentIndexChanged.connect(self._sheet_changed)
            self._sheet_changed()
            form.addRow(self.tr("Sheet"), self.layout_combo)
            form.addRow(self.tr("Start at label"), self.start_at)
        else:
            self.setWindowTitle(self.tr("Envelopes"))
            for key, label in ENVELOPE_LABELS.items():
                self.envelope_combo.addItem(tr_app(label), key)
            self.envelope_combo.setCurrentIndex(max(self.envelope_combo.findData(envelope), 0))
            form.addRow(self.tr("Envelope"), self.envelope_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Preview…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _sheet_changed(self) -> None:
        from app.documents.label_layouts import LAYOUTS

        sheet = LAYOUTS[self.layout_combo.currentData()]
        self.start_at.setRange(1, sheet.per_sheet)

    def options(self) -> dict[str, Any]:
        if self.kind == LABELS:
            return {"layout": self.layout_combo.currentData(), "start_at": self.start_at.value()}
        return {"envelope": self.envelope_combo.currentData()}
