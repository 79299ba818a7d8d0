"""Edit > Undo: undo the user's last archive or delete of customer cards
(``app.audit_undo``), after asking, and say what came back.

The main window calls ``undo_label()`` when its Edit menu opens (the text of
the action; None: nothing to undo) and ``undo_last(parent)`` when the action
is chosen; it refreshes its list when that returns True."""

from __future__ import annotations

from peewee import OperationalError
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from app.audit import current_actor
from app.audit_undo import Undoable, last_undoable, undo
from app.errors import KnownError
from ui.customer_summary import list_separator
from ui.i18n import error_text

#: Names listed in the question; more are counted.
NAMES_SHOWN = 5


def undo_label() -> str | None:
    """ "Undo archive of 张三", "Undo archive of 3 customers", "Undo delete of
    张三"; None when there is nothing to undo (or the database cannot say)."""
    return UndoAction().label()


def undo_last(parent: QWidget | None) -> bool:
    """Ask, undo, report. True when cards came back (the lists need a refresh)."""
    return UndoAction().run(parent)


class UndoAction(QObject):
    """The texts and steps of one undo (a QObject for ``tr``)."""

    @staticmethod
    def find() -> Undoable | None:
        """The user's own last undoable action (on a shared file, not a colleague's)."""
        return last_undoable(current_actor())

    def label(self) -> str | None:
        try:
            found = self.find()
        except OperationalError:
            return None
        if found is None:
            return None
        if found.action == "delete":
            return self.tr("Undo delete of {name}").format(name=found.names[0])
        if len(found.names) == 1:
            return self.tr("Undo archive of {name}").format(name=found.names[0])
        return self.tr("Undo archive of %n customer(s)", "", len(found.names))

    def names(self, found: Undoable) -> str:
        shown = list_separator().join(found.names[:NAMES_SHOWN])
        rest = len(found.names) - NAMES_SHOWN
        if rest > 0:
            return self.tr("{names} and %n more", "", rest).format(names=shown)
        return shown

    def run(self, parent: QWidget | None) -> bool:
        title = self.tr("Undo")
        try:
            found = self.find()
        except OperationalError as exc:
            self._database_problem(parent, exc)
            return False
        if found is None:
            QMessageBox.information(
                parent, title, self.tr("There is no archive or delete of yours left to undo.")
            )
            return False
        when = found.at.strftime("%Y-%m-%d %H:%M")
        if found.action == "delete":
            question = self.tr(
                "Bring back the card {names}, deleted on {when}, with its contact persons "
                "and groups? It comes back among the archived cards, as it was before the delete."
            )
        else:
            question = self.tr("Take {names} out of the archive again (archived on {when})?")
        text = question.format(names=self.names(found), when=when)
        if QMessageBox.question(parent, title, text) != QMessageBox.StandardButton.Yes:
            return False
        try:
            count = undo(found)
        except KnownError as exc:
            QMessageBox.warning(parent, title, error_text(exc))
            return False
        except OperationalError as exc:
            self._database_problem(parent, exc)
            return False
        if found.action == "delete":
            done = self.tr("{names} is back, among the archived cards.").format(
                names=found.names[0]
            )
        else:
            done = self.tr("%n card(s) taken out of the archive.", "", count)
        QMessageBox.information(parent, title, done)
        return True

    def _database_problem(self, parent: QWidget | None, exc: Exception) -> None:
        QMessageBox.warning(
            parent,
            self.tr("Database problem"),
            self.tr(
                "The database could not be read or written ({reason}). "
                "Nothing was changed. Try again in a moment."
            ).format(reason=str(exc)),
        )
