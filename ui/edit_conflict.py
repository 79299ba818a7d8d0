"""What an editor asks when what it edits was saved by someone else after it
was opened (another window, another computer: the ``version`` column told):
load their version, save mine over it, or keep editing. Nothing is
overwritten or dropped without being asked; keep editing is the default."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

RELOAD, OVERWRITE, KEEP = "reload", "overwrite", "keep"


def ask_about_conflict(parent: QWidget, title: str, text: str) -> str:
    """RELOAD, OVERWRITE or KEEP. *title* and *text* name what changed."""

    box = QMessageBox(parent)
    box.setObjectName("conflictBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(
        QCoreApplication.translate(
            "EditConflict",
            "Load their version: you see what is stored now; your changes here are "
            "discarded.\n"
            "Save mine: what you see here replaces their version; their changes are lost.\n"
            "Keep editing: nothing is saved yet; your input stays as it is.",
        )
    )
    reload_button = box.addButton(
        QCoreApplication.translate("EditConflict", "Load their version"),
        QMessageBox.ButtonRole.ResetRole,
    )
    reload_button.setObjectName("conflictReload")
    overwrite = box.addButton(
        QCoreApplication.translate("EditConflict", "Save mine"), QMessageBox.ButtonRole.AcceptRole
    )
    overwrite.setObjectName("conflictOverwrite")
    keep = box.addButton(
        QCoreApplication.translate("EditConflict", "Keep editing"),
        QMessageBox.ButtonRole.RejectRole,
    )
    keep.setObjectName("conflictKeep")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    clicked = box.clickedButton()
    if clicked is reload_button:
        return RELOAD
    if clicked is overwrite:
        return OVERWRITE
    return KEEP


def resolve_text_conflict(editor: Any, stored: Callable[[], Any]) -> bool:
    """The template editors' answer to a conflict: their version shown, mine
    saved over it (True when saved), or nothing. *editor* has ``_say``,
    ``_show``, ``_modified``, ``_template`` and ``save``; *stored* loads the
    text stored now."""
    choice = ask_about_conflict(
        editor,
        QCoreApplication.translate("EditConflict", "Text changed meanwhile"),
        QCoreApplication.translate(
            "EditConflict", "Someone else saved this text after you opened it."
        ),
    )
    if choice == RELOAD:
        editor._modified = False
        editor._show(stored())
        editor._say(
            QCoreApplication.translate(
                "EditConflict", "Their version is loaded; your changes were discarded."
            ),
            error=False,
        )
        return False
    if choice == OVERWRITE:
        editor._template = stored()  # saved over the version stored now
        return bool(editor.save())
    return False
