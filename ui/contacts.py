"""Contact persons of a corporate customer: the table on the card and the
dialog that edits one person."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import choices
from app.customer_rules import clean_contact
from app.records import ContactData
from app.salutation import derive as derive_salutation
from ui.customer_summary import birthday_text, list_separator
from ui.fields import BirthdayEdit, ChoiceCombo
from ui.i18n import issue_text, tr_app

Index = QModelIndex | QPersistentModelIndex
(
    COL_NAME,
    COL_TITLE,
    COL_SALUTATION,
    COL_ROLES,
    COL_MOBILE,
    COL_PHONE,
    COL_EMAIL,
    COL_BIRTHDAY,
) = range(8)
COLUMN_COUNT = 8
DERIVED_COLOUR = "#777777"  # a salutation made from name, gender and title, not typed


class ContactsModel(QAbstractTableModel):
    """The contact persons being edited (a card has a few, at most 200)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._contacts: list[ContactData] = []
        self._problems: dict[int, str] = {}
        self._language = "zh"

    def set_language(self, language: str) -> None:
        """The document language the derived salutations are in."""
        if language != self._language:
            self._language = language
            if self._contacts:
                column = self.index(0, COL_SALUTATION)
                self.dataChanged.emit(column, self.index(len(self._contacts) - 1, COL_SALUTATION))

    def salutation(self, row: int) -> tuple[str, bool]:
        """The salutation of a contact and whether it was typed (not derived)."""
        c = self._contacts[row]
        if c.salutation.strip():
            return c.salutation.strip(), True
        return derive_salutation(c.name, c.gender, c.title, self._language), False

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._contacts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Name"),
            self.tr("Title"),
            self.tr("Salutation"),
            self.tr("Roles"),
            self.tr("Mobile"),
            self.tr("Phone"),
            self.tr("E-mail"),
            self.tr("Birthday"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._contacts):
            return None
        c = self._contacts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                c.name,
                c.title,
                self.salutation(index.row())[0],
                list_separator().join(
                    tr_app(choices.ROLE[r]) for r in c.roles if r in choices.ROLE
                ),
                c.mobile,
                c.phone,
                c.email,
                birthday_text(c.birthday),
            ][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._problems.get(index.row())
        if role == Qt.ItemDataRole.ForegroundRole and index.row() in self._problems:
            return Qt.GlobalColor.red
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.column() == COL_SALUTATION
            and not self.salutation(index.row())[1]
        ):
            return QColor(DERIVED_COLOUR)
        return None

    def contacts(self) -> list[ContactData]:
        return [replace(c, roles=list(c.roles)) for c in self._contacts]

    def set_contacts(self, contacts: list[ContactData]) -> None:
        self.beginResetModel()
        self._contacts = [replace(c, roles=list(c.roles)) for c in contacts]
        self._problems = {}
        self.endResetModel()

    def contact(self, row: int) -> ContactData:
        return self._contacts[row]

    def append(self, contact: ContactData) -> int:
        row = len(self._contacts)
        self.beginInsertRows(QModelIndex(), row, row)
        self._contacts.append(contact)
        self.endInsertRows()
        return row

    def replace_at(self, row: int, contact: ContactData) -> None:
        self._contacts[row] = contact
        self._problems.pop(row, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._contacts[row]
        self.endRemoveRows()
        self._problems = {}

    def move(self, row: int, delta: int) -> int:
        target = row + delta
        if not (0 <= row < len(self._contacts) and 0 <= target < len(self._contacts)):
            return row
        dest = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), dest)
        self._contacts.insert(target, self._contacts.pop(row))
        self.endMoveRows()
        self._problems = {}
        return target

    def set_problems(self, problems: dict[int, str]) -> None:
        self._problems = dict(problems)
        if self._contacts:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._contacts) - 1, self.columnCount() - 1)
            )


class ContactDialog(QDialog):
    """Edit one contact person; OK only when the person passes the checks
    (warnings may be accepted knowingly)."""

    def __init__(
        self, contact: ContactData | None, parent: QWidget | None = None, *, language: str = "zh"
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Contact person"))
        self._original = contact or ContactData()
        self._language = language
        self._accepted_warnings = False
        form = QFormLayout()
        self.name = QLineEdit(self._original.name)
        self.name.setObjectName("contactName")
        self.title_edit = QLineEdit(self._original.title)
        self.gender = ChoiceCombo(choices.GENDER)
        self.gender.set_value(self._original.gender)
        self.salutation = QLineEdit(self._original.salutation)
        self.salutation.setObjectName("contactSalutation")
        self.salutation.setToolTip(
            self.tr(
                "How greetings address this person. Leave it empty to use the one "
                "shown in grey, made from the name, gender and title."
            )
        )
        self.mobile = QLineEdit(self._original.mobile)
        self.mobile.setObjectName("contactMobile")
        self.phone = QLineEdit(self._original.phone)
        self.email = QLineEdit(self._original.email)
        self.wechat = QLineEdit(self._original.wechat)
        self.birthday = BirthdayEdit()
        self.birthday.set_value(self._original.birthday)
        self.notes = QPlainTextEdit(self._original.notes)
        self.notes.setFixedHeight(60)
        roles_box = QWidget()
        roles_layout = QHBoxLayout(roles_box)
        roles_layout.setContentsMargins(0, 0, 0, 0)
        self.role_boxes: dict[str, QCheckBox] = {}
        for key, label in choices.ROLE.items():
            box = QCheckBox(tr_app(label))
            box.setChecked(key in self._original.roles)
            self.role_boxes[key] = box
            roles_layout.addWidget(box)
        roles_layout.addStretch(1)
        form.addRow(self.tr("Name *"), self.name)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Gender"), self.gender)
        form.addRow(self.tr("Salutation"), self.salutation)
        form.addRow(self.tr("Roles"), roles_box)
        form.addRow(self.tr("Mobile"), self.mobile)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("WeChat"), self.wechat)
        form.addRow(self.tr("Birthday"), self.birthday)
        form.addRow(self.tr("Notes"), self.notes)
        self.problems = QLabel()
        self.problems.setObjectName("contactProblems")
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #c62828")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.name.textChanged.connect(self._update_salutation_hint)
        self.title_edit.textChanged.connect(self._update_salutation_hint)
        self.gender.currentIndexChanged.connect(self._update_salutation_hint)
        self._update_salutation_hint()
        self.name.setFocus()

    def _update_salutation_hint(self) -> None:
        derived = derive_salutation(
            self.name.text(), self.gender.value(), self.title_edit.text(), self._language
        )
        self.salutation.setPlaceholderText(
            derived or self.tr("made from the name, gender and title")
        )

    def value(self) -> ContactData:
        return replace(
            self._original,
            name=self.name.text(),
            title=self.title_edit.text(),
            gender=self.gender.value(),
            salutation=self.salutation.text(),
            roles=[k for k, box in self.role_boxes.items() if box.isChecked()],
            mobile=self.mobile.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            wechat=self.wechat.text(),
            birthday=self.birthday.value(),
            notes=self.notes.toPlainText(),
        )

    def _line(self, label: str, problem: str) -> str:
        return self.tr("{label}: {problem}").format(label=label, problem=problem)

    def accept(self) -> None:
        _cleaned, issues = clean_contact(self.value())
        labels = {
            "name": self.tr("Name"),
            "mobile": self.tr("Mobile"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "birthday": self.tr("Birthday"),
            "title": self.tr("Title"),
            "salutation": self.tr("Salutation"),
            "wechat": self.tr("WeChat"),
            "notes": self.tr("Notes"),
        }
        if issues.errors:
            self.problems.setText(
                "\n".join(
                    self._line(labels.get(i.field, i.field), issue_text(i)) for i in issues.errors
                )
            )
            return
        if issues.warnings and not self._accepted_warnings:
            # Shown once; OK again accepts them knowingly.
            self._accepted_warnings = True
            self.problems.setStyleSheet("color: #e65100")
            self.problems.setText(
                "\n".join(
                    self._line(labels.get(i.field, i.field), issue_text(i)) for i in issues.warnings
                )
                + "\n"
                + self.tr("Press OK again to keep it as it is.")
            )
            return
        super().accept()
