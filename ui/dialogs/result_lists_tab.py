"""Settings → 结果类别: every list results are recorded in (the setting "result_lists").

A list selector (核查方式, 检查结果, 企业层面的检查结果, 公示信息检查结果, 后续处置措施 — the titles of
app.results.lists.LIST_TITLES) and the chosen list's entries: the name and, for the category lists, whether
the category counts as "problem found" in the statistics. Entries are added, removed and moved; the order is
the order of the drop-down lists in the work packages and on the entry screen. What the clerk typed is
checked with app.results.lists.validate_result_lists as it changes and the message is shown in red; the
settings service checks it again when saving.
"""
from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from app.results.lists import CATEGORY_LISTS, LIST_TITLES, validate_result_lists
from ui.widgets.labels import error_label, set_error

NAME, PROBLEM = 0, 1


class ResultListsTab(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._lists: dict = {}
        self._original: dict = {}
        self._shown: str | None = None
        hint = QLabel(self.tr("The choices results are recorded in, on the entry screen and in the work packages' "
                              "drop-down lists, in this order. A category marked “counts as problem found” is "
                              "counted as such in the statistics and requires the problem to be described."))
        hint.setWordWrap(True)
        self.selector = QListWidget()
        self.selector.setObjectName("listSelector")
        for key, title in LIST_TITLES.items():
            self.selector.addItem(title)
            self.selector.item(self.selector.count() - 1).setData(Qt.ItemDataRole.UserRole, key)
        self.selector.setMaximumWidth(self.selector.sizeHintForColumn(0) + 40)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("listEntries")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Counts as problem found")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(PROBLEM, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button, self.remove_button = QPushButton(self.tr("Add")), QPushButton(self.tr("Remove"))
        self.up_button, self.down_button = QPushButton(self.tr("Move up")), QPushButton(self.tr("Move down"))
        self.add_button.clicked.connect(self.add_entry)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.error = error_label()
        self.error.setObjectName("listError")

        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.table, 1)
        right.addLayout(buttons)
        body = QHBoxLayout()
        body.addWidget(self.selector)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(body, 1)
        layout.addWidget(self.error)
        self.selector.currentRowChanged.connect(lambda _row: self._show_list())
        self.table.itemChanged.connect(lambda _item: self._check())

    # -- the chosen list ------------------------------------------------------------------------
    def current_key(self) -> str:
        item = self.selector.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else next(iter(LIST_TITLES))

    def choose(self, key: str) -> None:
        self.selector.setCurrentRow(list(LIST_TITLES).index(key))

    def _is_category(self) -> bool:
        return self._shown in CATEGORY_LISTS

    def _show_list(self) -> None:
        self._store()
        self._shown = self.current_key()
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for entry in self._lists.get(self._shown) or []:
            self._append(entry)
        self.table.blockSignals(False)
        self.table.setColumnHidden(PROBLEM, not self._is_category())

    def _append(self, entry) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = entry.get("name", "") if isinstance(entry, dict) else str(entry)
        self.table.setItem(row, NAME, QTableWidgetItem(name))
        flag = QTableWidgetItem()
        flag.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        problem = bool(entry.get("problem")) if isinstance(entry, dict) else False
        flag.setCheckState(Qt.CheckState.Checked if problem else Qt.CheckState.Unchecked)
        self.table.setItem(row, PROBLEM, flag)
        return row

    def _entries(self) -> list:
        out: list = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, NAME)
            name = item.text().strip() if item is not None else ""
            if self._is_category():
                flag = self.table.item(row, PROBLEM)
                out.append({"name": name, "problem": flag is not None and flag.checkState() == Qt.CheckState.Checked})
            else:
                out.append(name)
        return out

    def _store(self) -> None:
        """The table's entries back into the edited lists (before another list is shown, and on values())."""
        if self._shown is not None:
            self._lists[self._shown] = self._entries()

    def _check(self) -> None:
        self._store()
        try:
            validate_result_lists(self._lists)
        except ValidationError as exc:
            set_error(self.error, str(exc))
        else:
            set_error(self.error, "")

    # -- editing --------------------------------------------------------------------------------
    def add_entry(self) -> None:
        self.table.blockSignals(True)
        row = self._append({"name": "", "problem": False})
        self.table.blockSignals(False)
        self.table.setCurrentCell(row, NAME)
        self.table.editItem(self.table.item(row, NAME))
        self._check()

    def remove_selected(self) -> None:
        for row in sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)
        self._check()

    def move(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        self._store()
        entries = self._lists[self._shown]
        entries.insert(target, entries.pop(row))
        self._shown = None      # shown again from the reordered entries, without storing the table first
        self._show_list()
        self.table.setCurrentCell(target, NAME)
        self._check()

    # -- settings values ------------------------------------------------------------------------
    def load(self, values: dict) -> None:
        self._original = values["result_lists"]
        self._lists = copy.deepcopy(self._original)
        self._shown = None
        self.selector.setCurrentRow(-1)
        self.selector.setCurrentRow(0)
        self._check()

    def values(self) -> dict:
        self._store()
        return {"result_lists": dict(self._original, **copy.deepcopy(self._lists))}
