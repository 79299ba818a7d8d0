"""The group list on the left of the main window, with member counts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QInputDialog, QListView, QMenu, QMessageBox, QWidget

from app import groups as group_store
from app.customer_query import ACTIVE, UNGROUPED, CustomerFilter, count_customers
from app.errors import KnownError, ValidationError
from ui.i18n import error_text, issue_text

Index = QModelIndex | QPersistentModelIndex
GROUP_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ALL_CUSTOMERS = None  # group_id value of the "All customers" entry


@dataclass(frozen=True)
class _Entry:
    group_id: int | None  # None = all, UNGROUPED, or a group id
    name: str
    count: int


class GroupListModel(QAbstractListModel):
    """Entries: All customers, Not in a group, then every group in pinyin order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[_Entry] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("{name} ({count})").format(name=entry.name, count=entry.count)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("%n customer(s)", "", entry.count)
        if role == Qt.ItemDataRole.EditRole:
            return entry.name
        if role == GROUP_ID_ROLE:
            return entry.group_id
        if role == Qt.ItemDataRole.FontRole and entry.group_id in (ALL_CUSTOMERS, UNGROUPED):
            font = QFont()
            font.setItalic(entry.group_id == UNGROUPED)
            font.setBold(entry.group_id is ALL_CUSTOMERS)
            return font
        return None

    def reload(self) -> None:
        infos = group_store.list_groups()
        entries = [
            _Entry(ALL_CUSTOMERS, self.tr("All customers"), count_customers(CustomerFilter())),
            _Entry(
                UNGROUPED,
                self.tr("Not in a group"),
                count_customers(CustomerFilter(status=ACTIVE, group_id=UNGROUPED)),
            ),
        ]
        entries += [_Entry(g.id, g.name, g.members) for g in infos]
        self.beginResetModel()
        self._entries = entries
        self.endResetModel()

    def row_of(self, group_id: int | None) -> int:
        for i, entry in enumerate(self._entries):
            if entry.group_id == group_id:
                return i
        return 0

    def group_names(self) -> list[tuple[int, str]]:
        return [
            (e.group_id, e.name)
            for e in self._entries
            if e.group_id not in (ALL_CUSTOMERS, UNGROUPED) and e.group_id is not None
        ]


class GroupPanel(QListView):
    """Selecting an entry filters the customer list; the context menu manages groups."""

    group_selected = Signal(object)  # group id, None for all, UNGROUPED
    groups_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupPanel")
        self.group_model = GroupListModel(self)
        self.setModel(self.group_model)
        self.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.new_action = QAction(self.tr("New group…"), self)
        self.new_action.triggered.connect(self.new_group)
        self.rename_action = QAction(self.tr("Rename group…"), self)
        self.rename_action.triggered.connect(self.rename_current)
        self.delete_action = QAction(self.tr("Delete group"), self)
        self.delete_action.triggered.connect(self.delete_current)
        self.doubleClicked.connect(lambda _index: self.rename_current())

    def reload(self) -> None:
        current = self.current_group()
        self.group_model.reload()
        self.selectionModel().blockSignals(True)
        self.setCurrentIndex(self.group_model.index(self.group_model.row_of(current)))
        self.selectionModel().blockSignals(False)
        self._update_actions()

    def setModel(self, model: Any) -> None:  # noqa: N802
        super().setModel(model)
        self.selectionModel().currentChanged.connect(self._current_changed)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()
        self.group_selected.emit(current.data(GROUP_ID_ROLE) if current.isValid() else None)

    def current_group(self) -> int | None:
        index = self.currentIndex()
        return index.data(GROUP_ID_ROLE) if index.isValid() else None

    def select_group(self, group_id: int | None) -> None:
        self.setCurrentIndex(self.group_model.index(self.group_model.row_of(group_id)))

    def _is_real_group(self) -> bool:
        gid = self.current_group()
        return gid is not None and gid != UNGROUPED

    def _update_actions(self) -> None:
        real = self._is_real_group()
        self.rename_action.setEnabled(real)
        self.delete_action.setEnabled(real)

    def _context_menu(self, pos: Any) -> None:
        menu = QMenu(self)
        menu.addAction(self.new_action)
        menu.addAction(self.rename_action)
        menu.addAction(self.delete_action)
        menu.exec(self.viewport().mapToGlobal(pos))

    def _ask_name(self, title: str, current: str = "") -> str | None:
        name, ok = QInputDialog.getText(self, title, self.tr("Group name:"), text=current)
        return name if ok else None

    def new_group(self) -> None:
        name = self._ask_name(self.tr("New group"))
        while name is not None:
            try:
                info = group_store.create_group(name)
            except ValidationError as exc:
                QMessageBox.warning(self, self.tr("New group"), issue_text(exc.issues[0]))
                name = self._ask_name(self.tr("New group"), name)
                continue
            self.reload()
            self.select_group(info.id)
            self.groups_changed.emit()
            return

    def rename_current(self) -> None:
        if not self._is_real_group():
            return
        gid = self.current_group()
        old = self.currentIndex().data(Qt.ItemDataRole.EditRole)
        name = self._ask_name(self.tr("Rename group"), old)
        while name is not None:
            try:
                group_store.rename_group(gid, name)
            except ValidationError as exc:
                QMessageBox.warning(self, self.tr("Rename group"), issue_text(exc.issues[0]))
                name = self._ask_name(self.tr("Rename group"), name)
                continue
            except KnownError as exc:
                QMessageBox.warning(self, self.tr("Rename group"), error_text(exc))
            self.reload()
            self.groups_changed.emit()
            return

    def delete_current(self) -> None:
        if not self._is_real_group():
            return
        gid = self.current_group()
        name = self.currentIndex().data(Qt.ItemDataRole.EditRole)
        answer = QMessageBox.question(
            self,
            self.tr("Delete group"),
            self.tr(
                "Delete the group “{name}”? Its customers are kept; "
                "only their membership of this group goes."
            ).format(name=name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        group_store.delete_group(gid)
        self.reload()
        self.select_group(ALL_CUSTOMERS)
        self.groups_changed.emit()
