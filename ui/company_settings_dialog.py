"""Our company as the printed documents show it: letterhead, bank, logo and
seal, paper size and the deadlines the letters quote.

Everything is edited here and stored only on Save, in one transaction through
``app.company`` (which judges every value); Cancel leaves the stored profile
and pictures as they were. A refused value is shown under its field and
nothing is stored."""

from __future__ import annotations

from pathlib import Path

from peewee import OperationalError
from PySide6.QtCore import QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import company
from app.db import DB
from app.errors import FieldIssue, KnownError, ValidationError
from ui.customer_card import ERROR_STYLE, FieldRow
from ui.fields import ChoiceCombo
from ui.i18n import error_text, issue_text, tr_app

THUMBNAIL = QSize(160, 90)


class PictureField(QWidget):
    """A letterhead picture (logo or seal): thumbnail, Choose… and Remove.

    The choice is kept here until the dialog saves: ``data`` is the picture
    to store (None: none), ``changed`` whether it differs from the stored one.
    A file that is no printable picture is refused at once (``refused`` with
    the message) and the previous picture stays."""

    changed_picture = Signal()
    refused = Signal(str)

    def __init__(
        self, key: str, data: bytes | None, file_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.key = key
        self.data = data
        self.file_name = file_name
        self.changed = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.thumbnail = QLabel(self)
        self.thumbnail.setObjectName(f"{key}Thumbnail")
        self.thumbnail.setFixedSize(THUMBNAIL)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setFrameShape(QFrame.Shape.StyledPanel)
        self.thumbnail.setStyleSheet("background: white; color: #5f6368")
        layout.addWidget(self.thumbnail)
        side = QVBoxLayout()
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.choose_button.setObjectName(f"{key}Choose")
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName(f"{key}Remove")
        self.name_label = QLabel(self)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_label.setStyleSheet("color: #5f6368")
        side.addWidget(self.choose_button)
        side.addWidget(self.remove_button)
        side.addWidget(self.name_label)
        side.addStretch(1)
        layout.addLayout(side)
        layout.addStretch(1)
        self.choose_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(self.remove)
        self.setFocusProxy(self.choose_button)
        self._show()

    def _show(self) -> None:
        self.remove_button.setEnabled(self.data is not None)
        self.name_label.setText(Path(self.file_name).name if self.data is not None else "")
        if self.data is None:
            self.thumbnail.setPixmap(QPixmap())
            self.thumbnail.setText(self.tr("(none)"))
            return
        pixmap = QPixmap()
        if pixmap.loadFromData(self.data):
            self.thumbnail.setPixmap(
                pixmap.scaled(
                    THUMBNAIL - QSize(8, 8),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.thumbnail.setPixmap(QPixmap())
            self.thumbnail.setText(self.tr("(no preview)"))

    def choose(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a picture"),
            folder,
            # Two strings: the ";;" between filters is Qt's syntax, not text.
            ";;".join([self.tr("Pictures (*.png *.jpg *.jpeg)"), self.tr("All files (*)")]),
        )
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> bool:
        """Take the picture in *path* if it can be printed; says why not otherwise."""
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            self.refused.emit(
                tr_app("Cannot read {path}: {reason}", path=path, reason=exc.strerror or str(exc))
            )
            return False
        try:
            company.check_image(data, self.key)
        except ValidationError as exc:
            self.refused.emit("\n".join(issue_text(i) for i in exc.issues))
            return False
        self.data, self.file_name, self.changed = data, path, True
        self._show()
        self.changed_picture.emit()
        return True

    def remove(self) -> None:
        self.data, self.file_name, self.changed = None, "", True
        self._show()
        self.changed_picture.emit()


class CompanySettingsDialog(QDialog):
    """Letterhead, bank and document settings of our company."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("companySettingsDialog")
        self.setWindowTitle(self.tr("Company and letterhead"))
        profile = company.load_profile()
        self.edits: dict[str, QLineEdit] = {}
        self.spins: dict[str, QSpinBox] = {}
        self.pictures: dict[str, PictureField] = {}
        self._rows: dict[str, FieldRow] = {}
        self._tab_of: dict[str, int] = {}

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "What the printed statements, letters and envelopes say about us. Kept in "
                "the database, so everyone working on it prints the same letterhead."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("companyTabs")
        layout.addWidget(self.tabs, 1)

        # --- letterhead
        form = self._tab(self.tr("Letterhead"))
        self._line(form, profile, "name", self.tr("Company name"))
        self._line(
            form,
            profile,
            "name_en",
            self.tr("Name in English"),
            self.tr("Printed on documents in English; the company name is used when empty."),
        )
        self._line(form, profile, "address", self.tr("Address"))
        self._line(
            form,
            profile,
            "address_en",
            self.tr("Address in English"),
            self.tr("Printed on documents in English; the address is used when empty."),
        )
        self._line(form, profile, "postcode", self.tr("Postcode"))
        self._line(form, profile, "phone", self.tr("Phone"))
        self._line(form, profile, "fax", self.tr("Fax"))
        self._line(form, profile, "email", self.tr("E-mail"))
        self._line(form, profile, "website", self.tr("Website"))
        self._picture(
            form,
            profile.logo,
            "logo",
            self.tr("Logo"),
            self.tr("Printed at the left of the letterhead. PNG or JPEG, up to {limit} KB.").format(
                limit=company.IMAGE_MAX_BYTES // 1024
            ),
        )

        # --- bank
        form = self._tab(self.tr("Bank"))
        self._line(form, profile, "bank_name", self.tr("Bank and branch"))
        self._line(form, profile, "bank_account", self.tr("Account number"))
        self._line(
            form,
            profile,
            "account_holder",
            self.tr("Account holder"),
            self.tr("The payee printed on statements; the company name is used when empty."),
        )
        self._line(
            form,
            profile,
            "tax_id",
            self.tr("Taxpayer ID"),
            self.tr("The unified social credit code (taxpayer ID), printed with the bank details."),
        )

        # --- documents
        form = self._tab(self.tr("Documents"))
        self.paper = ChoiceCombo(company.PAPER_SIZES, self)
        self.paper.set_value(profile.paper_size)
        self._add_row(form, "paper_size", self.tr("Paper size"), self.paper)
        self._line(
            form,
            profile,
            "signatory",
            self.tr("Signed by"),
            self.tr("Who signs the letters, e.g. “Accounts Department, Ms Wang”."),
        )
        self._picture(
            form,
            profile.seal,
            "seal",
            self.tr("Seal"),
            self.tr(
                "The company seal, printed where the letters are signed. PNG with a "
                "transparent background looks best; up to {limit} KB."
            ).format(limit=company.IMAGE_MAX_BYTES // 1024),
        )
        deadlines = QGroupBox(self.tr("Deadlines in the documents"), self)
        numbers = QFormLayout(deadlines)
        form.addRow(deadlines)
        self._spin(
            numbers,
            profile,
            "statement_reply_days",
            self.tr("Days to report differences"),
            self.tr(
                "A statement asks the customer to report any difference within this many days."
            ),
        )
        self._spin(
            numbers,
            profile,
            "dunning_days_1",
            self.tr("Days to pay: friendly reminder"),
            self.tr("A friendly reminder (level 1) asks for payment within this many days."),
        )
        self._spin(
            numbers,
            profile,
            "dunning_days_2",
            self.tr("Days to pay: formal demand"),
            self.tr("A formal demand (level 2) asks for payment within this many days."),
        )
        self._spin(
            numbers,
            profile,
            "dunning_days_3",
            self.tr("Days to pay: final demand"),
            self.tr(
                "A final demand (level 3), which announces legal steps, asks for payment "
                "within this many days."
            ),
        )
        self._spin(
            numbers,
            profile,
            "dunning_interval_days",
            self.tr("Days before the next level"),
            self.tr(
                "A customer's next letter goes up one level only when at least this many "
                "days have passed since the last letter."
            ),
        )

        self.banner = QLabel(self)
        self.banner.setObjectName("companyBanner")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(ERROR_STYLE)
        self.banner.hide()
        layout.addWidget(self.banner)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    # --- building -----------------------------------------------------------------------

    def _tab(self, title: str) -> QFormLayout:
        page = QWidget(self.tabs)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.tabs.addTab(page, title)
        return form

    def _add_row(self, form: QFormLayout, key: str, label: str, editor: QWidget) -> FieldRow:
        editor.setObjectName(key)
        row = FieldRow(editor)
        row.setObjectName(f"{key}Row")
        self._rows[key] = row
        self._tab_of[key] = self.tabs.count() - 1
        form.addRow(label, row)
        return row

    def _line(
        self,
        form: QFormLayout,
        profile: company.CompanyProfile,
        key: str,
        label: str,
        tooltip: str = "",
    ) -> QLineEdit:
        edit = QLineEdit(str(getattr(profile, key)), self)
        edit.setToolTip(tooltip)
        row = self._add_row(form, key, label, edit)
        edit.textEdited.connect(lambda _text: row.clear_issue())
        self.edits[key] = edit
        return edit

    def _spin(
        self,
        form: QFormLayout,
        profile: company.CompanyProfile,
        key: str,
        label: str,
        tooltip: str,
    ) -> QSpinBox:
        spin = QSpinBox(self)
        low, high = company.NUMBER_RANGE[key]
        spin.setRange(low, high)
        spin.setValue(int(getattr(profile, key)))
        spin.setSuffix(self.tr(" days"))
        spin.setToolTip(tooltip)
        row = self._add_row(form, key, label, spin)
        spin.valueChanged.connect(lambda _value: row.clear_issue())
        label_widget = form.labelForField(row)
        if label_widget is not None:
            label_widget.setToolTip(tooltip)
        self.spins[key] = spin
        return spin

    def _picture(
        self, form: QFormLayout, data: bytes | None, key: str, label: str, tooltip: str
    ) -> PictureField:
        picture = PictureField(key, data, company.image_file_name(key), self)
        picture.setToolTip(tooltip)
        row = self._add_row(form, key, label, picture)
        picture.refused.connect(lambda text: self._show_issue(key, text))
        picture.changed_picture.connect(row.clear_issue)
        self.pictures[key] = picture
        return picture

    # --- what the user sees ---------------------------------------------------------------

    def message(self, key: str) -> str:
        """The message under a field ("" when there is none)."""
        row = self._rows[key]
        return "" if row.message.isHidden() else row.message.text()

    def values(self) -> dict[str, object]:
        values: dict[str, object] = {key: edit.text() for key, edit in self.edits.items()}
        values.update({key: spin.value() for key, spin in self.spins.items()})
        values["paper_size"] = self.paper.value()
        return values

    # --- saving -------------------------------------------------------------------------

    def save(self) -> None:
        """Store everything in one transaction, or nothing and say why."""
        for row in self._rows.values():
            row.clear_issue()
        self._set_banner("")
        try:
            with DB.atomic():
                company.save_profile(self.values())
                for key, picture in self.pictures.items():
                    if not picture.changed:
                        continue
                    if picture.data is None:
                        company.clear_image(key)
                    else:
                        company.set_image(key, picture.data, file_name=picture.file_name)
        except ValidationError as exc:
            self._show_issues(exc.issues)
            return
        except KnownError as exc:
            self._set_banner(self.tr("Not saved: {reason}").format(reason=error_text(exc)))
            return
        except OperationalError as exc:
            self._set_banner(
                self.tr(
                    "Not saved: the database could not be written ({reason}). "
                    "Your input is kept; try again in a moment."
                ).format(reason=str(exc))
            )
            return
        self.accept()

    def _show_issues(self, issues: list[FieldIssue]) -> None:
        unplaced = []
        for issue in issues:
            row = self._rows.get(issue.field)
            if row is None:
                unplaced.append(issue_text(issue))
            else:
                self._show_issue(issue.field, issue_text(issue))
        header = self.tr("Not saved: please correct the fields marked in red.")
        self._set_banner("\n".join([header, *unplaced]))
        self._grow_to_fit()
        first = next((i for i in issues if i.field in self._rows), None)
        if first is not None:
            self.tabs.setCurrentIndex(self._tab_of[first.field])
            self._rows[first.field].editor.setFocus()

    def _show_issue(self, key: str, text: str) -> None:
        row = self._rows[key]
        row.show_issue(text, warning=False)
        if key in self.pictures:
            # The red frame is for one editor; on the picture's box it would
            # cascade onto the thumbnail and both buttons: the message says it.
            row.editor.setStyleSheet("")
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """Messages under fields make the form taller: grow rather than squeeze."""
        self.layout().activate()
        needed = self.sizeHint().height()
        if self.isVisible() and needed > self.height():
            self.resize(self.width(), needed)

    def _set_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
