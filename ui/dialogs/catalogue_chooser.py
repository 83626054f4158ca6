"""Choosing a task's check items from the catalogue (抽查事项清单) in the plan wizard.

CatalogueItemsField wraps the task's items text box: a button opens CatalogueChooser (search by code or
name, tick items), whose codes are added one per line; free text stays possible, and the items the
catalogue does not hold are named under the box as 不在抽查事项清单中 (their basis cannot be printed).
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.catalogue.items import Entry, entries, unknown_items


class CatalogueChooser(QDialog):
    """The catalogue's items with a search box; `chosen()` is the ticked items' codes in catalogue order."""

    def __init__(self, already: list[str] | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check items from the catalogue"))
        self.catalogue: list[Entry] = entries()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by code or name"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        wanted = set(already or [])
        for e in self.catalogue:
            item = QListWidgetItem(f"{e.code}  {e.name}" + (f"　〔{e.basis}〕" if e.basis else ""))
            item.setData(Qt.ItemDataRole.UserRole, e.code)
            item.setToolTip("\n".join(t for t in (e.category, e.method, e.department, e.object_type, e.basis) if t))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if e.code in wanted or e.name in wanted
                               else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.empty = QLabel(self.tr("The catalogue is empty: import it in Settings → Check-item catalogue."))
        self.empty.setVisible(not self.catalogue)
        self.search.textChanged.connect(self.filter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def filter(self, text: str) -> None:
        needle = text.strip().upper()
        for row in range(self.list.count()):
            item = self.list.item(row)
            self.list.setRowHidden(row, bool(needle) and needle not in item.text().upper())

    def chosen(self) -> list[str]:
        return [self.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.list.count())
                if self.list.item(r).checkState() == Qt.CheckState.Checked]


class CatalogueItemsField(QWidget):
    """The items text box with its catalogue button and the flag of items not in the catalogue."""

    def __init__(self, edit: QPlainTextEdit, split: Callable[[str], list[str]], parent=None):
        super().__init__(parent)
        self.edit, self.split = edit, split
        self.button = QPushButton(self.tr("From the catalogue…"))
        self.button.clicked.connect(self.choose)
        self.flag = QLabel()
        self.flag.setWordWrap(True)
        self.flag.setStyleSheet("color: #b35c00;")
        side = QVBoxLayout()
        side.addWidget(self.button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.flag)
        edit.textChanged.connect(self.update_flag)
        self.update_flag()

    def update_flag(self) -> None:
        unknown = unknown_items(self.split(self.edit.toPlainText()))
        self.flag.setText(self.tr("Not in the check-item catalogue (printed without a basis): %1")
                          .replace("%1", "、".join(unknown)) if unknown else "")
        self.flag.setVisible(bool(unknown))

    def choose(self) -> None:
        current = self.split(self.edit.toPlainText())
        dialog = CatalogueChooser(current, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.add_codes(dialog.chosen(), current)

    def add_codes(self, codes: list[str], current: list[str] | None = None) -> None:
        current = self.split(self.edit.toPlainText()) if current is None else current
        names = {e.code: e.name for e in entries()}
        missing = [c for c in codes if c not in current and names.get(c) not in current]
        if missing:
            self.edit.setPlainText("\n".join(current + missing))
