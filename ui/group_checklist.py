"""The card editor's group membership: every group with a check box."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from app.groups import list_groups

Index = QModelIndex | QPersistentModelIndex


class GroupCheckModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[int, str]] = []
        self._checked: set[int] = set()

    def reload(self) -> None:
        self.beginResetModel()
        self._groups = [(g.id, g.name) for g in list_groups()]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._groups)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._groups):
            return None
        gid, name = self._groups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return name
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if gid in self._checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.UserRole:
            return gid
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        gid = self._groups[index.row()][0]
        state = Qt.CheckState(value) if isinstance(value, int) else value
        if state == Qt.CheckState.Checked:
            self._checked.add(gid)
        else:
            self._checked.discard(gid)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def checked(self) -> set[int]:
        known = {gid for gid, _ in self._groups}
        return self._checked & known

    def set_checked(self, group_ids: set[int]) -> None:
        self._checked = set(group_ids)
        if self._groups:
            self.dataChanged.emit(self.index(0), self.index(len(self._groups) - 1))

    def row_of(self, group_id: int) -> int | None:
        for i, (gid, _) in enumerate(self._groups):
            if gid == group_id:
                return i
        return None
