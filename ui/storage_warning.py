"""A slim warning bar above the main window's views when the database is on a
network share or in a cloud-sync folder (app/storage_location.py decides).

It says what was found and what to do, and can be closed for this session;
it comes back at the next start for as long as the file stays there."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QToolButton, QWidget

from app.storage_location import LocationWarning, describe_location
from ui.i18n import tr_app

WARNING_STYLE = (
    "#storageWarning { background: #fdecea; border-bottom: 1px solid #f1aeab; }"
    " #storageWarning QLabel { color: #7a1c16; }"
)


class StorageWarningBar(QFrame):
    """Icon, the warning's text (selectable, so the path can be copied) and ×."""

    dismissed = Signal()

    def __init__(self, warning: LocationWarning, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.warning = warning
        self.setObjectName("storageWarning")
        self.setStyleSheet(WARNING_STYLE)
        self.setFrameShape(QFrame.Shape.NoFrame)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        layout.setSpacing(8)

        self.icon = QLabel(self)
        self.icon.setObjectName("storageWarningIcon")
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.icon.setPixmap(icon.pixmap(20, 20))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.label = QLabel(tr_app(warning.template, **warning.params), self)
        self.label.setObjectName("storageWarningText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.close_button = QToolButton(self)
        self.close_button.setObjectName("storageWarningClose")
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Hide this warning until Kehu starts again"))
        self.close_button.clicked.connect(self.dismiss)

        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)

    def text(self) -> str:
        return self.label.text()

    def dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()


def storage_warning_bar(
    path: str | os.PathLike[str], parent: QWidget | None = None
) -> StorageWarningBar | None:
    """The bar for the database at *path*, or None when its place is fine."""
    warning = describe_location(path)
    return None if warning is None else StorageWarningBar(warning, parent)
