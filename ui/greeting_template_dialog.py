"""The editor of the greeting texts: one text per occasion (the holidays, the
business's own included, birthdays, founding anniversaries), document
language and kind (SMS or greeting card), with the placeholders to insert, a
live preview for a sample person, the length of an SMS in characters and
messages, a check that points at the line of each problem, and a reset to
the built-in text.

Everything about the texts (checking, storing, rendering, counting) is in
``app.greeting_templates``; this widget only edits text and shows what that
module says."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import greeting_templates as templates
from app import greetings
from app.company import CompanyProfile, load_profile
from app.documents.greeting_cards import salutation_line
from app.documents.text import long_date
from app.errors import ConcurrentEditError, FieldIssue, KnownError, ValidationError
from ui.edit_conflict import resolve_text_conflict
from ui.i18n import error_text, issue_text, tr_app
from ui.template_problems import ProblemList

#: Role of a problem item: (field, line).
#: Role of a placeholder item: its name.
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
#: Milliseconds of quiet typing before the preview is rendered again.
PREVIEW_DELAY = 250


class GreetingTemplateDialog(QDialog):
    """Edit the greeting texts; opens on *occasion* (a holiday key,
    "birthday" or "anniversary") when given."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        occasion: str | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("greetingTemplateDialog")
        self.setWindowTitle(self.tr("Greeting texts"))
        self.resize(1000, 680)
        self._today = today
        self._company: CompanyProfile = load_profile(with_images=False)
        self._template: templates.Template | None = None
        self._loading = False
        self._modified = False
        self._target: QLineEdit | QPlainTextEdit | None = None

        layout = QVBoxLayout(self)
        chooser = QHBoxLayout()
        self.occasion_combo = QComboBox(self)
        self.occasion_combo.setObjectName("occasionCombo")
        chinese = QLocale().language() == QLocale.Language.Chinese
        for key, name_zh, name_en in greetings.occasions():
            self.occasion_combo.addItem(name_zh if chinese else name_en, key)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.addItem(self.tr("Chinese"), "zh")
        self.language_combo.addItem(self.tr("English"), "en")
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kindCombo")
        for kind in templates.KINDS:
            self.kind_combo.addItem(tr_app(templates.KIND_NAMES[kind]), kind)
        for text, combo in (
            (self.tr("&Occasion:"), self.occasion_combo),
            (self.tr("Document &language:"), self.language_combo),
            (self.tr("&Kind:"), self.kind_combo),
        ):
            label = QLabel(text, self)
            label.setBuddy(combo)
            chooser.addWidget(label)
            chooser.addWidget(combo)
            chooser.addSpacing(12)
        chooser.addStretch(1)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("templateState")
        chooser.addWidget(self.state_label)
        layout.addLayout(chooser)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        editor = QWidget(splitter)
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.title_edit = QLineEdit(editor)
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setMaxLength(templates.TITLE_MAX)
        self.title_label = QLabel(self.tr("&Title:"), editor)
        self.title_label.setBuddy(self.title_edit)
        form.addRow(self.title_label, self.title_edit)
        editor_layout.addLayout(form)
        self.body_edit = QPlainTextEdit(editor)
        self.body_edit.setObjectName("bodyEdit")
        self.body_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        editor_layout.addWidget(self.body_edit, 1)
        self.hint = QLabel(editor)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5f6368")
        editor_layout.addWidget(self.hint)
        self.sms_counter = QLabel(editor)
        self.sms_counter.setObjectName("smsCounter")
        self.sms_counter.setWordWrap(True)
        editor_layout.addWidget(self.sms_counter)
        self.problems = ProblemList(
            editor, line_edit=self.title_edit, line_field="title", body_edit=self.body_edit
        )
        editor_layout.addWidget(self.problems)

        side = QWidget(splitter)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("Placeholders (double-click to insert):"), side))
        self.placeholder_list = QListWidget(side)
        self.placeholder_list.setObjectName("placeholderList")
        for placeholder in templates.PLACEHOLDERS:
            item = QListWidgetItem("{{ " + placeholder.name + " }}")
            item.setData(NAME_ROLE, placeholder.name)
            item.setToolTip(tr_app(placeholder.description))
            self.placeholder_list.addItem(item)
        self.placeholder_list.itemDoubleClicked.connect(self._insert_placeholder)
        self.placeholder_list.currentItemChanged.connect(self._describe_placeholder)
        side_layout.addWidget(self.placeholder_list, 1)
        self.placeholder_help = QLabel(side)
        self.placeholder_help.setObjectName("placeholderHelp")
        self.placeholder_help.setWordWrap(True)
        self.placeholder_help.setMinimumHeight(40)
        self.placeholder_help.setAlignment(Qt.AlignmentFlag.AlignTop)
        side_layout.addWidget(self.placeholder_help)
        side_layout.addWidget(QLabel(self.tr("Preview for a sample person:"), side))
        self.preview = QPlainTextEdit(side)
        self.preview.setObjectName("preview")
        self.preview.setReadOnly(True)
        side_layout.addWidget(self.preview, 1)
        splitter.addWidget(editor)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        self.message = QLabel(self)
        self.message.setObjectName("templateMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        self.check_button = QPushButton(self.tr("&Check"), self)
        self.check_button.clicked.connect(self.check)
        buttons.addWidget(self.check_button)
        self.reset_button = QPushButton(self.tr("&Reset to default…"), self)
        self.reset_button.clicked.connect(self.reset)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY)
        self._preview_timer.timeout.connect(self.update_preview)

        for edit in (self.title_edit, self.body_edit):
            edit.installEventFilter(self)
        # The field edited last receives a placeholder: focus or a cursor move says which.
        self.title_edit.cursorPositionChanged.connect(lambda *_: self._set_target(self.title_edit))
        self.body_edit.cursorPositionChanged.connect(lambda: self._set_target(self.body_edit))
        self.title_edit.textChanged.connect(self._changed)
        self.body_edit.textChanged.connect(self._changed)
        if occasion is not None and self.occasion_combo.findData(occasion) >= 0:
            self.occasion_combo.setCurrentIndex(self.occasion_combo.findData(occasion))
        for combo in (self.occasion_combo, self.language_combo, self.kind_combo):
            combo.currentIndexChanged.connect(self._choice_changed)
        self._shown = self._choice()
        self.load()

    # --- what is being edited ----------------------------------------------------------------

    def occasion(self) -> str:
        return str(self.occasion_combo.currentData())

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def _choice(self) -> tuple[str, str, str]:
        return (self.occasion(), self.language(), self.kind())

    def select(self, occasion: str, language: str, kind: str) -> None:
        """Show the text of *occasion* in *language* and *kind* (asks before
        dropping edits)."""
        for combo, value in (
            (self.language_combo, language),
            (self.kind_combo, kind),
            (self.occasion_combo, occasion),
        ):
            combo.setCurrentIndex(combo.findData(value))

    def load(self) -> None:
        """(Re)load the stored text of the chosen occasion, language and kind."""
        self._show(templates.load_template(*self._choice()))

    def _show(self, template: templates.Template) -> None:
        self._loading = True
        try:
            self._template = template
            self.title_edit.setText(template.title)
            self.body_edit.setPlainText(template.body)
        finally:
            self._loading = False
        self._modified = False
        self._shown = (template.occasion, template.language, template.kind)
        card = template.kind == templates.CARD
        self.title_label.setVisible(card)
        self.title_edit.setVisible(card)
        self.sms_counter.setVisible(not card)
        self.hint.setText(
            self.tr(
                "Each line is a paragraph; a blank line leaves a little space. Start a line with "
                "two full-width spaces to indent it. The card prints the salutation line above "
                "the text and our company's name and the date below it."
            )
            if card
            else self.tr(
                "Keep it short: one SMS holds 70 characters. The SMS platform adds your "
                "signature (such as 【公司名】) itself, so leave it out."
            )
        )
        self.state_label.setText(
            self.tr("Built-in text") if template.is_default else self.tr("Your own text")
        )
        self._show_problems([])
        self._say("")
        self.update_preview()

    def _changed(self) -> None:
        if self._loading:
            return
        self._modified = True
        self._preview_timer.start()

    def is_modified(self) -> bool:
        return self._modified

    def _choice_changed(self) -> None:
        if self._choice() == self._shown:
            return
        if self._modified and not self._confirm_discard():
            occasion, language, kind = self._shown
            for combo, value in (
                (self.occasion_combo, occasion),
                (self.language_combo, language),
                (self.kind_combo, kind),
            ):
                combo.blockSignals(True)
                combo.setCurrentIndex(combo.findData(value))
                combo.blockSignals(False)
            return
        self.load()

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Your changes to this text are not saved. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _edited(self) -> templates.Template:
        base = self._template
        assert base is not None
        return templates.Template(
            base.occasion,
            base.language,
            base.kind,
            self.title_edit.text() if base.kind == templates.CARD else "",
            self.body_edit.toPlainText(),
            base.version,
            is_default=False,
        )

    # --- preview and length ---------------------------------------------------------------------

    def update_preview(self) -> None:
        """Render the text being edited for the sample person."""
        self._preview_timer.stop()
        template = self._edited()
        try:
            title, body = templates.sample_greeting(
                template, company=self._company, today=self._today
            )
        except ValidationError as exc:
            self.preview.setPlainText(
                self.tr("No preview: {problem}").format(problem=issue_text(exc.issues[0]))
            )
            self.sms_counter.setText("")
            return
        if template.kind == templates.SMS:
            self.preview.setPlainText(body)
            length = templates.sms_length(body)
            self.sms_counter.setText(
                self.tr(
                    "For the sample person: {characters} characters, {messages} SMS. An SMS "
                    "holds 70 characters, each part of a longer one 67; the platform's "
                    "signature counts too."
                ).format(characters=length.characters, messages=length.segments)
            )
            return
        sample = templates.sample_row(template.occasion, template.language, today=self._today)
        lines = [title, "", salutation_line(sample.salutation, template.language), body, ""]
        lines.append(self._company.display_name(template.language))
        if sample.on is not None:
            lines.append(long_date(sample.on, template.language))
        self.preview.setPlainText("\n".join(lines).strip())

    def preview_text(self) -> str:
        return self.preview.toPlainText()

    # --- placeholders --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FocusIn and watched in (self.title_edit, self.body_edit):
            self._target = watched  # type: ignore[assignment]
        return super().eventFilter(watched, event)

    def _set_target(self, edit: QLineEdit | QPlainTextEdit) -> None:
        if not self._loading:
            self._target = edit

    def _describe_placeholder(self, item: QListWidgetItem | None) -> None:
        self.placeholder_help.setText(item.toolTip() if item is not None else "")

    def _insert_placeholder(self, item: QListWidgetItem) -> None:
        self.insert_placeholder(str(item.data(NAME_ROLE)))

    def insert_placeholder(self, name: str) -> None:
        """Put ``{{ name }}`` at the cursor of the field edited last (the body
        if none was, or if the title is hidden)."""
        text = "{{ " + name + " }}"
        if self._target is self.title_edit and self.kind() == templates.CARD:
            self.title_edit.insert(text)
            self.title_edit.setFocus()
        else:
            self.body_edit.insertPlainText(text)
            self.body_edit.setFocus()

    # --- check, save, reset --------------------------------------------------------------------

    def check(self) -> bool:
        """Show the text's problems (and go to the first); True if none."""
        template = self._edited()
        issues = templates.check_template(
            template.title,
            template.body,
            occasion=template.occasion,
            language=template.language,
            kind=template.kind,
        )
        self._show_problems(issues)
        if issues:
            self._go_to(issues[0])
            self._say("")
        else:
            self._say(self.tr("No problems found."), error=False)
        return not issues

    def save(self) -> bool:
        template = self._edited()
        try:
            saved = templates.save_template(
                template.occasion,
                template.language,
                template.kind,
                title=template.title,
                body=template.body,
                expected_version=template.version,
            )
        except ValidationError as exc:
            self._show_problems(exc.issues)
            self._go_to(exc.issues[0])
            self._say(self.tr("Not saved: correct the problems first."))
            return False
        except ConcurrentEditError as exc:
            return self._resolve_conflict(exc)
        except KnownError as exc:
            self._say(error_text(exc))
            return False
        self._template = saved
        self._modified = False
        self._show_problems([])
        self.state_label.setText(self.tr("Your own text"))
        self._say(self.tr("Saved."), error=False)
        return True

    def _resolve_conflict(self, exc: ConcurrentEditError) -> bool:
        """Someone saved this text after it was opened here."""
        self._say(error_text(exc))
        return resolve_text_conflict(self, lambda: templates.load_template(*self._choice()))

    def reset(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Reset to default"),
            self.tr(
                "Replace this text with the built-in one? Your own text for this occasion, "
                "language and kind is deleted."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._show(templates.reset_template(*self._choice()))
        self._say(self.tr("The built-in text is back."), error=False)

    def reject(self) -> None:
        if self._modified and not self._confirm_discard():
            return
        super().reject()

    # --- problems ------------------------------------------------------------------------------

    def _show_problems(self, issues: list[FieldIssue]) -> None:
        self.problems.show_issues(issues, {"title": self.tr("Title"), "body": self.tr("Text")})

    def problem_texts(self) -> list[str]:
        return self.problems.texts()

    def _go_to(self, issue: FieldIssue) -> None:
        self.problems.go_to(issue)

    def _say(self, text: str, *, error: bool = True) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #c62828" if error else "color: #2e7d32")
        self.message.setVisible(bool(text))
