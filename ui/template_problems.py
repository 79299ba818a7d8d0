"""What the editors of letter and greeting texts share: the list of problems
found in a text, each leading to its line, and putting the cursor there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QWidget

from app.errors import FieldIssue
from ui.i18n import issue_text

PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1


class ProblemList(QListWidget):
    """The problems of a template: "Body: Line 3: unknown placeholder". A
    click puts the cursor on the problem's line in the editor of its field."""

    def __init__(
        self,
        parent: QWidget,
        *,
        line_edit: QLineEdit,
        line_field: str,
        body_edit: QPlainTextEdit,
    ) -> None:
        super().__init__(parent)
        self._line_edit = line_edit
        self._line_field = line_field
        self._body_edit = body_edit
        self.setObjectName("problemList")
        self.setMaximumHeight(90)
        self.setStyleSheet("color: #c62828")
        self.itemActivated.connect(self._go_to_item)
        self.itemClicked.connect(self._go_to_item)
        self.hide()

    def show_issues(self, issues: list[FieldIssue], labels: dict[str, str]) -> None:
        """List *issues*, each after the label of its field (``labels``)."""
        self.clear()
        for issue in issues:
            item = QListWidgetItem(f"{labels.get(issue.field, issue.field)}: {issue_text(issue)}")
            item.setData(PROBLEM_ROLE, (issue.field, issue.params.get("line")))
            self.addItem(item)
        self.setVisible(bool(issues))

    def texts(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count())]

    def _go_to_item(self, item: QListWidgetItem) -> None:
        field, line = item.data(PROBLEM_ROLE)
        self.go_to(FieldIssue(field, "", {"line": line} if line else {}))

    def go_to(self, issue: FieldIssue) -> None:
        """Put the cursor on the problem's line (the one-line field: all of it)."""
        if issue.field == self._line_field:
            self._line_edit.setFocus()
            self._line_edit.selectAll()
            return
        line = issue.params.get("line")
        body = self._body_edit
        body.setFocus()
        if not isinstance(line, int):
            return
        block = body.document().findBlockByNumber(max(line - 1, 0))
        if not block.isValid():
            block = body.document().lastBlock()
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        body.setTextCursor(cursor)
        body.ensureCursorVisible()
