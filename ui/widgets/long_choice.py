"""A choice among up to a few hundred thousand items: a combo box over a list model, with a find box.

QComboBox.addItem builds one Qt item per call from Python: 191,000 drawn enterprises took seconds on
the GUI thread, and nobody can scroll such a list anyway (issue 18). Here the combo reads a plain Python
list through a model (no per-item work until a row is shown), and the clerk narrows it by typing part
of a key or name; the choice is always one of the listed items, never free text.
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

ROOT = QModelIndex()


class ChoiceListModel(QAbstractListModel):
    """(label, data) pairs: the label is shown, the data is the combo's currentData()."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: Sequence[tuple[str, object]] = ()

    def set_items(self, items: Sequence[tuple[str, object]]) -> None:
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:  # noqa: N802  (Qt's name)
        return 0 if parent.isValid() else len(self._items)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        label, value = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return label
        if role == Qt.ItemDataRole.UserRole:
            return value
        return None


class LongChoice(QWidget):
    """`combo` lists the items whose label contains the text of `find` (all when it is empty)."""

    def __init__(self, find_placeholder: str, nothing_found: str, parent=None):
        super().__init__(parent)
        self._items: list[tuple[str, object]] = []
        self.model = ChoiceListModel(self)
        self.combo = QComboBox()
        self.combo.setModel(self.model)
        # the widest of 191,000 labels would be measured item by item: size from a fixed length instead
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(24)
        self.combo.setPlaceholderText(nothing_found)      # shown when the find text leaves no item
        self.find = QLineEdit()
        self.find.setPlaceholderText(find_placeholder)
        self.find.setClearButtonEnabled(True)
        self.find.textChanged.connect(self._narrow)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 3)
        layout.addWidget(self.find, 1)

    def set_items(self, items: list[tuple[str, object]]) -> None:
        self._items = items
        self._narrow(self.find.text())

    def _narrow(self, text: str) -> None:
        words = text.split()
        shown = [i for i in self._items if all(w in i[0] for w in words)] if words else self._items
        self.model.set_items(shown)
        self.combo.setCurrentIndex(0 if shown else -1)
