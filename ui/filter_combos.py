"""The group and salesperson filter combos the receivables views share: the
first entry means "all" (its data is ``ALL``); the rest are refilled when the
groups or salespersons change, keeping the choice where it still exists."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

ALL = None  # the data of the "all" entry


def filter_combo(parent: QWidget, name: str, all_text: str, width: int) -> QComboBox:
    """A filter combo whose first entry, *all_text*, means "all"; *width* in
    characters, so long group names do not push the bar wider."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setMinimumContentsLength(width)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.addItem(all_text, ALL)
    return combo


def refill(combo: QComboBox, entries: list[tuple[str, Any]]) -> bool:
    """Replace the entries after "all" by *entries* (text, data) without
    emitting signals. True when the chosen entry is gone, so the caller's
    filter changed (to "all")."""
    current = [(combo.itemText(i), combo.itemData(i)) for i in range(1, combo.count())]
    if current == entries:
        return False
    chosen = combo.currentData()
    combo.blockSignals(True)
    try:
        while combo.count() > 1:
            combo.removeItem(1)
        for text, data in entries:
            combo.addItem(text, data)
        found = combo.findData(chosen) if chosen is not ALL else 0
        combo.setCurrentIndex(max(found, 0))
    finally:
        combo.blockSignals(False)
    return chosen is not ALL and combo.currentData() != chosen
