"""The editor of the dunning letter templates: one text per level and document
language, with the placeholders to insert, a check that points at the line of
each problem, a preview of a sample letter, and a reset to the built-in text.

Everything about templates (checking, storing, rendering) is in
``app.dunning_templates`` and ``app.documents.dunning_letter``; this widget
only edits text and shows what those say."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
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

from app import dunning_templates as templates
from app.company import load_profile
from app.documents.dunning_letter import render_sample
from app.dunning import LEVEL_NAMES, LEVELS
from app.errors import ConcurrentEditError, FieldIssue, KnownError, ValidationError
from ui.edit_conflict import resolve_text_conflict
from ui.i18n import error_text, tr_app
from ui.template_problems import ProblemList

#: Role of a problem item: (field, line).
#: Role of a placeholder item: its name.
NAME_ROLE = Qt.ItemDataRole.UserRole + 2


class DunningTemplateDialog(QDialog):
    """Edit the letter texts. *preview* receives a sample letter as PDF bytes
    and a title (the lead wires it to the PDF preview); without it there is
    no Preview button."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        preview: Callable[[bytes, str], None] | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dunningTemplateDialog")
        self.setWindowTitle(self.tr("Dunning letter templates"))
        self.resize(980, 680)
        self._preview = preview
        self._today = today
        self._template: templates.Template | None = None
        self._loading = False
        self._modified = False
        self._target: QLineEdit | QPlainTextEdit | None = None

        layout = QVBoxLayout(self)
        chooser = QHBoxLayout()
        self.level_combo = QComboBox(self)
        self.level_combo.setObjectName("levelCombo")
        for level in LEVELS:
            self.level_combo.addItem(tr_app(LEVEL_NAMES[level]), level)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.addItem(self.tr("Chinese"), "zh")
        self.language_combo.addItem(self.tr("English"), "en")
        level_label = QLabel(self.tr("&Level:"), self)
        level_label.setBuddy(self.level_combo)
        language_label = QLabel(self.tr("Document &language:"), self)
        language_label.setBuddy(self.language_combo)
        chooser.addWidget(level_label)
        chooser.addWidget(self.level_combo)
        chooser.addSpacing(16)
        chooser.addWidget(language_label)
        chooser.addWidget(self.language_combo)
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
        self.subject_edit = QLineEdit(editor)
        self.subject_edit.setObjectName("subjectEdit")
        self.subject_edit.setMaxLength(templates.SUBJECT_MAX)
        form.addRow(self.tr("&Subject:"), self.subject_edit)
        editor_layout.addLayout(form)
        self.body_edit = QPlainTextEdit(editor)
        self.body_edit.setObjectName("bodyEdit")
        self.body_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        editor_layout.addWidget(self.body_edit, 1)
        hint = QLabel(
            self.tr(
                "Each line is a paragraph; a blank line leaves a little space. Start a line "
                "with two full-width spaces to indent it. A line holding only {{ invoices }} "
                "becomes the table of overdue invoices."
            ),
            editor,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5f6368")
        editor_layout.addWidget(hint)
        self.problems = ProblemList(
            editor, line_edit=self.subject_edit, line_field="subject", body_edit=self.body_edit
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
        self.placeholder_help.setMinimumHeight(48)
        self.placeholder_help.setAlignment(Qt.AlignmentFlag.AlignTop)
        side_layout.addWidget(self.placeholder_help)
        splitter.addWidget(editor)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
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
        self.preview_button = QPushButton(self.tr("&Preview…"), self)
        self.preview_button.clicked.connect(self.show_preview)
        self.preview_button.setVisible(preview is not None)
        buttons.addWidget(self.preview_button)
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

        for edit in (self.subject_edit, self.body_edit):
            edit.installEventFilter(self)
        # The field edited last receives a placeholder: focus or a cursor move says which.
        self.subject_edit.cursorPositionChanged.connect(
            lambda *_: self._set_target(self.subject_edit)
        )
        self.body_edit.cursorPositionChanged.connect(lambda: self._set_target(self.body_edit))
        self.subject_edit.textEdited.connect(self._changed)
        self.body_edit.textChanged.connect(self._changed)
        self.level_combo.currentIndexChanged.connect(self._choice_changed)
        self.language_combo.currentIndexChanged.connect(self._choice_changed)
        self._shown = (self.level(), self.language())
        self.load()

    # --- what is being edited ----------------------------------------------------------------

    def level(self) -> int:
        return int(self.level_combo.currentData())

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def select(self, level: int, language: str) -> None:
        """Show the template of *level* in *language* (asks before dropping edits)."""
        self.language_combo.setCurrentIndex(self.language_combo.findData(language))
        self.level_combo.setCurrentIndex(self.level_combo.findData(level))

    def load(self) -> None:
        """(Re)load the stored text of the chosen level and language."""
        self._show(templates.load_template(self.level(), self.language()))

    def _show(self, template: templates.Template) -> None:
        self._loading = True
        try:
            self._template = template
            self.subject_edit.setText(template.subject)
            self.body_edit.setPlainText(template.body)
        finally:
            self._loading = False
        self._modified = False
        self._shown = (template.level, template.language)
        self.state_label.setText(
            self.tr("Built-in text") if template.is_default else self.tr("Your own text")
        )
        self._show_problems([])
        self._say("")

    def _changed(self) -> None:
        if not self._loading:
            self._modified = True

    def is_modified(self) -> bool:
        return self._modified

    def _choice_changed(self) -> None:
        if (self.level(), self.language()) == self._shown:
            return
        if self._modified and not self._confirm_discard():
            level, language = self._shown
            for combo, value in ((self.level_combo, level), (self.language_combo, language)):
                combo.blockSignals(True)
                combo.setCurrentIndex(combo.findData(value))
                combo.blockSignals(False)
            return
        self.load()

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Your changes to this template are not saved. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _edited(self) -> templates.Template:
        base = self._template
        assert base is not None
        return templates.Template(
            base.level,
            base.language,
            self.subject_edit.text(),
            self.body_edit.toPlainText(),
            base.version,
            is_default=False,
        )

    # --- placeholders --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FocusIn and watched in (self.subject_edit, self.body_edit):
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
        if none was)."""
        text = "{{ " + name + " }}"
        if self._target is self.subject_edit:
            self.subject_edit.insert(text)
            self.subject_edit.setFocus()
        else:
            self.body_edit.insertPlainText(text)
            self.body_edit.setFocus()

    # --- check, preview, save, reset -------------------------------------------------------------

    def check(self) -> bool:
        """Show the template's problems (and go to the first); True if none."""
        issues = templates.check_template(
            self.subject_edit.text(),
            self.body_edit.toPlainText(),
            level=self.level(),
            language=self.language(),
        )
        self._show_problems(issues)
        if issues:
            self._go_to(issues[0])
            self._say("")
        else:
            self._say(self.tr("No problems found."), error=False)
        return not issues

    def show_preview(self) -> None:
        if self._preview is None:
            return
        try:
            pdf = render_sample(
                self._edited(),
                load_profile(),
                today=self._today or date.today(),
            )
        except ValidationError as exc:
            self._show_problems(exc.issues)
            self._go_to(exc.issues[0])
            return
        self._show_problems([])
        title = self.tr("Sample letter: {level}").format(level=self.level_combo.currentText())
        self._preview(pdf, title)

    def save(self) -> bool:
        try:
            saved = templates.save_template(
                self.level(),
                self.language(),
                subject=self.subject_edit.text(),
                body=self.body_edit.toPlainText(),
                expected_version=self._template.version if self._template else 0,
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
        return resolve_text_conflict(
            self, lambda: templates.load_template(self.level(), self.language())
        )

    def reset(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Reset to default"),
            self.tr(
                "Replace this template with the built-in text? Your own text for this "
                "level and language is deleted."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._show(templates.reset_template(self.level(), self.language()))
        self._say(self.tr("The built-in text is back."), error=False)

    def reject(self) -> None:
        if self._modified and not self._confirm_discard():
            return
        super().reject()

    # --- problems ------------------------------------------------------------------------------

    def _show_problems(self, issues: list[FieldIssue]) -> None:
        self.problems.show_issues(issues, {"subject": self.tr("Subject"), "body": self.tr("Body")})

    def problem_texts(self) -> list[str]:
        return self.problems.texts()

    def _go_to(self, issue: FieldIssue) -> None:
        self.problems.go_to(issue)

    def _say(self, text: str, *, error: bool = True) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #c62828" if error else "color: #2e7d32")
        self.message.setVisible(bool(text))
