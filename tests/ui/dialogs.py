"""Answering modal dialogs in tests the way a user would: wait for the dialog
to appear, then act on its widgets."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def when_modal(action: Callable[[QWidget], None], *, tries: int = 200) -> None:
    """Run *action* on the next modal dialog once it is shown."""

    def attempt(left: int) -> None:
        widget = QApplication.activeModalWidget()
        if widget is not None and widget.isVisible():
            action(widget)
        elif left > 0:
            QTimer.singleShot(10, lambda: attempt(left - 1))

    QTimer.singleShot(0, lambda: attempt(tries))
