"""Settings of the business kept in its database: payment terms when a card
gives none, the class thresholds of debts, the collection lists' windows."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import business_settings
from app.errors import KnownError, ValidationError
from ui.i18n import error_text, issue_text, tr_app


class BusinessSettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("businessSettingsDialog")
        self.setWindowTitle(self.tr("Receivables and collection settings"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "These settings are kept in the database, so everyone working on it "
                "uses the same. A debt's class follows from its days past due: not yet "
                "due, being collected, doubtful, bad debt, dead debt."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.spins: dict[str, QSpinBox] = {}
        values = business_settings.get_all()
        for key, option in business_settings.OPTIONS.items():
            spin = QSpinBox(self)
            spin.setObjectName(key)
            spin.setRange(option.low, option.high)
            spin.setValue(values[key])
            self.spins[key] = spin
            form.addRow(tr_app(option.label), spin)
        layout.addLayout(form)
        self.message = QLabel(self)
        self.message.setObjectName("settingsMessage")
        self.message.setStyleSheet("color: #c62828")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            business_settings.update({key: spin.value() for key, spin in self.spins.items()})
        except ValidationError as exc:
            self.message.setText("\n".join(issue_text(i) for i in exc.issues))
            self.message.show()
            return
        except KnownError as exc:
            self.message.setText(error_text(exc))
            self.message.show()
            return
        self.accept()
