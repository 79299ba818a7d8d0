"""A drop-down button of check boxes: choose any number of groups, tiers or
salespersons; none chosen means all."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import QMenu, QPushButton, QWidget


class _StayOpenMenu(QMenu):
    """A menu of check boxes that stays open while they are ticked."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        action = self.activeAction()
        if action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()
            event.accept()
            return
        super().mouseReleaseEvent(event)


class CheckMenuButton(QPushButton):
    """A drop-down of check boxes to choose any number of entries; none
    chosen means all. ``changed`` is emitted when the choice changes."""

    changed = Signal()

    def __init__(self, title: str, all_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self._all_text = all_text
        self.setAutoDefault(False)
        self._menu = _StayOpenMenu(self)
        self.setMenu(self._menu)
        self._update_text()

    def set_entries(self, entries: Iterable[tuple[str, Any]]) -> None:
        """Replace the entries (text, data), keeping what is still there checked."""
        chosen = set(self.checked())
        self._menu.clear()
        for text, data in entries:
            action = QAction(text, self._menu)
            action.setCheckable(True)
            action.setData(data)
            action.setChecked(data in chosen)
            action.toggled.connect(self._toggled)
            self._menu.addAction(action)
        if not self._menu.actions():
            empty = self._menu.addAction(self.tr("(none)"))
            empty.setEnabled(False)
        self._menu.addSeparator()
        clear = self._menu.addAction(self.tr("All (clear the choice)"))
        clear.triggered.connect(lambda: self.set_checked(()))
        self._update_text()

    def entries(self) -> list[QAction]:
        return [a for a in self._menu.actions() if a.isCheckable()]

    def checked(self) -> list[Any]:
        return [a.data() for a in self.entries() if a.isChecked()]

    def set_checked(self, values: Iterable[Any]) -> None:
        wanted = set(values)
        before = self.checked()
        for action in self.entries():
            action.blockSignals(True)
            action.setChecked(action.data() in wanted)
            action.blockSignals(False)
        self._update_text()
        if self.checked() != before:
            self.changed.emit()

    def _toggled(self, _on: bool) -> None:
        self._update_text()
        self.changed.emit()

    def _update_text(self) -> None:
        names = [a.text() for a in self.entries() if a.isChecked()]
        if not names:
            chosen = self._all_text
        elif len(names) <= 2:
            chosen = self.tr(", ").join(names)
        else:
            chosen = self.tr("%n chosen", "", len(names))
        self.setText(f"{self._title}: {chosen}")
        self.setToolTip("\n".join(names))
