"""Settings of birthdays and greetings, kept in the database
(``app.greeting_settings``): 29 February in common years, how far the
upcoming list looks ahead, and who of a company is greeted on a holiday."""

from __future__ import annotations

from peewee import OperationalError
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import greeting_settings
from app.birthdays import FEB28, MAR1
from app.errors import KnownError, ValidationError
from app.greeting_settings import ALL_CONTACTS, DAYS_HIGH, DAYS_LOW, MAIN_CONTACT, GreetingSettings
from ui.customer_card import ERROR_STYLE, FieldRow
from ui.i18n import error_text, issue_text


class GreetingSettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("greetingSettingsDialog")
        self.setWindowTitle(self.tr("Greeting settings"))
        current = greeting_settings.load()
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "These settings are kept in the database, so everyone working on it uses the same."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self._rows: dict[str, FieldRow] = {}

        self.feb28 = QRadioButton(self.tr("on 28 February"))
        self.feb28.setObjectName("feb29OnFeb28")
        self.mar1 = QRadioButton(self.tr("on 1 March"))
        self.mar1.setObjectName("feb29OnMar1")
        self._feb29 = self._choices({FEB28: self.feb28, MAR1: self.mar1}, current.feb29)
        self._add(
            form,
            "feb29",
            self.tr("Birthdays on 29 February,\nin other years"),
            self._column(self.feb28, self.mar1),
        )

        self.days = QSpinBox()
        self.days.setObjectName("upcomingDays")
        self.days.setRange(DAYS_LOW, DAYS_HIGH)
        self.days.setSuffix(self.tr(" days"))
        self.days.setValue(current.upcoming_days)
        self._add(form, "upcoming_days", self.tr("Upcoming birthdays: look ahead"), self.days)

        self.main_contact = QRadioButton(self.tr("the main contact only"))
        self.main_contact.setObjectName("greetMainContact")
        self.main_contact.setToolTip(
            self.tr(
                "The decision maker, else the payment approver, else finance, "
                "else the first on the card"
            )
        )
        self.all_contacts = QRadioButton(self.tr("all contact persons"))
        self.all_contacts.setObjectName("greetAllContacts")
        self._contacts = self._choices(
            {MAIN_CONTACT: self.main_contact, ALL_CONTACTS: self.all_contacts}, current.contacts
        )
        self._add(
            form,
            "contacts",
            self.tr("On holidays, greet at each company"),
            self._column(self.main_contact, self.all_contacts),
        )
        layout.addLayout(form)

        self.message = QLabel(self)
        self.message.setObjectName("settingsMessage")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _choices(self, buttons: dict[str, QRadioButton], current: str) -> QButtonGroup:
        group = QButtonGroup(self)
        for key, button in buttons.items():
            button.setProperty("choice", key)
            button.setChecked(key == current)
            group.addButton(button)
        return group

    @staticmethod
    def _column(*widgets: QWidget) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            column.addWidget(widget)
        return box

    def _add(self, form: QFormLayout, field: str, label: str, editor: QWidget) -> None:
        row = FieldRow(editor)
        self._rows[field] = row
        form.addRow(label, row)

    def issue_of(self, field: str) -> str:
        """The message under *field* ("" when none)."""
        row = self._rows[field]
        return "" if row.message.isHidden() else row.message.text()

    @staticmethod
    def _chosen(group: QButtonGroup) -> str:
        button = group.checkedButton()
        return str(button.property("choice")) if button is not None else ""

    def value(self) -> GreetingSettings:
        return GreetingSettings(
            feb29=self._chosen(self._feb29),
            upcoming_days=self.days.value(),
            contacts=self._chosen(self._contacts),
        )

    def save(self) -> None:
        for row in self._rows.values():
            row.clear_issue()
        self.message.hide()
        try:
            greeting_settings.save(self.value())
        except ValidationError as exc:
            general = []
            for issue in exc.issues:
                row = self._rows.get(issue.field)
                if row is None:
                    general.append(issue_text(issue))
                else:
                    row.show_issue(issue_text(issue), warning=False)
            if general:
                self.message.setText("\n".join(general))
                self.message.show()
            return
        except KnownError as exc:
            self.message.setText(error_text(exc))
            self.message.show()
            return
        except OperationalError as exc:
            self.message.setText(
                self.tr(
                    "Not saved: the database could not be written ({reason}). "
                    "Try again in a moment."
                ).format(reason=str(exc))
            )
            self.message.show()
            return
        self.accept()
