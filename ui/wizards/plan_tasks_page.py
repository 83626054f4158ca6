"""The plan wizard's tasks page: the list of the plan's tasks and a form for the chosen one.

Each task is kept as a dict of the plan file's shape (docs/plans.md); the wizard
checks them with app.draw.plans.normalize_plan when the clerk moves on.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.registers.queries import register_names
from ui.dialogs.catalogue_chooser import CatalogueItemsField
from ui.widgets.labels import error_label, set_error
from ui.widgets.layouts import add_splitter, pane


def split_items(text: str) -> list[str]:
    """Check items typed one per line or separated by commas (，、,;；)."""
    return [p.strip() for p in re.split(r"[\n,，;；、]+", text or "") if p.strip()]


class PlanTasksPage(QWizardPage):
    def __init__(self, check_plan: Callable[[], str]):
        """check_plan() checks the whole plan as the wizard holds it: "" when it is sound, else the message."""
        super().__init__()
        self._check_plan = check_plan
        self._tasks: list[dict] = []
        self._current = -1
        self.setTitle(self.tr("Tasks"))
        self.setSubTitle(self.tr("Each task draws from one enterprise register with a ratio or a fixed count and "
                                 "carries its check items."))
        outer = QVBoxLayout(self)
        splitter = add_splitter(outer)

        left, ll = pane()
        self.task_list = QListWidget()
        self.task_list.setWordWrap(True)
        self.task_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.task_list.currentRowChanged.connect(self._on_row)
        ll.addWidget(self.task_list, 1)
        lb = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add task"))
        self.add_button.clicked.connect(self.add_task)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_task)
        lb.addWidget(self.add_button)
        lb.addWidget(self.remove_button)
        ll.addLayout(lb)
        splitter.addWidget(left)

        self.editor = QGroupBox(self.tr("Task"))
        form = QFormLayout(self.editor)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.code_edit = QLineEdit()
        self.name_edit = QLineEdit()
        self.register_combo = QComboBox()
        self.register_combo.setEditable(True)
        self.register_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.register_combo.addItems(register_names("enterprise"))
        self.ratio_radio = QRadioButton(self.tr("Ratio"))
        self.count_radio = QRadioButton(self.tr("Fixed count"))
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.ratio_radio)
        self.mode_group.addButton(self.count_radio)
        self.ratio_edit = QLineEdit()
        self.ratio_edit.setPlaceholderText(self.tr("20% or 1/5"))
        self.count_spin = QSpinBox()
        self.count_spin.setRange(1, 10_000_000)
        self.count_spin.setValue(50)
        amount = QWidget()
        al = QHBoxLayout(amount)
        al.setContentsMargins(0, 0, 0, 0)
        al.addWidget(self.ratio_radio)
        al.addWidget(self.ratio_edit, 1)
        al.addWidget(self.count_radio)
        al.addWidget(self.count_spin, 1)
        self.district_radio = QRadioButton(self.tr("By district"))
        self.city_radio = QRadioButton(self.tr("City-wide"))
        self.strat_group = QButtonGroup(self)
        self.strat_group.addButton(self.district_radio)
        self.strat_group.addButton(self.city_radio)
        strat = QWidget()
        sl = QHBoxLayout(strat)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(self.district_radio)
        sl.addWidget(self.city_radio)
        sl.addStretch(1)
        self.items_edit = QPlainTextEdit()
        self.items_edit.setPlaceholderText(self.tr("One check item per line, or separated by commas"))
        self.items_edit.setTabChangesFocus(True)
        self.items_edit.setMinimumHeight(self.items_edit.fontMetrics().height() * 3)
        self.product_edit = QLineEdit()
        self.product_edit.setPlaceholderText(self.tr("optional; several words separated by commas"))
        self.pool_combo = QComboBox()
        for key, text in (("district", self.tr("Inspectors of the enterprise's district")),
                          ("city", self.tr("Inspectors of the city bureau")),
                          ("mixed", self.tr("Both (mixed teams)"))):
            self.pool_combo.addItem(text, key)
        form.addRow(self.tr("Code:"), self.code_edit)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Register:"), self.register_combo)
        form.addRow(self.tr("How many:"), amount)
        form.addRow(self.tr("Strata:"), strat)
        # catalogue codes chosen from a list, or free text (flagged when the catalogue lacks it)
        self.items_field = CatalogueItemsField(self.items_edit, split_items)
        form.addRow(self.tr("Check items:"), self.items_field)
        form.addRow(self.tr("Product contains:"), self.product_edit)
        form.addRow(self.tr("Inspectors from:"), self.pool_combo)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        self.error = error_label()
        outer.addWidget(self.error)

        for w in (self.code_edit, self.name_edit, self.ratio_edit, self.product_edit):
            w.textEdited.connect(self._store)
        self.register_combo.currentTextChanged.connect(self._store)
        self.items_edit.textChanged.connect(self._store)
        self.count_spin.valueChanged.connect(self._store)
        self.pool_combo.currentIndexChanged.connect(self._store)
        self.mode_group.buttonToggled.connect(self._mode_changed)
        self.strat_group.buttonToggled.connect(self._store)
        self.add_task()

    # ---- the task list -------------------------------------------------------

    def load(self, tasks: list[dict]) -> None:
        self._tasks = [dict(t) for t in tasks]
        self._current = -1
        with QSignalBlocker(self.task_list):
            self.task_list.clear()
            for t in self._tasks:
                self.task_list.addItem(QListWidgetItem(self._label(t)))
        if self._tasks:
            self.task_list.setCurrentRow(0)
            self._on_row(0)
        self._update_buttons()

    def tasks(self) -> list[dict]:
        return [dict(t) for t in self._tasks]

    def _label(self, t: dict) -> str:
        return f"{t.get('code', '')}  {t.get('name', '')}".strip() or self.tr("(new task)")

    def add_task(self) -> None:
        codes = {t.get("code") for t in self._tasks}
        n = len(self._tasks) + 1
        while f"T{n}" in codes:
            n += 1
        names = register_names("enterprise")
        task = {"code": f"T{n}", "name": "", "register": names[0] if names else "", "ratio": "20%",
                "stratify": "district", "items": [], "pool": "district"}
        self._tasks.append(task)
        self.task_list.addItem(QListWidgetItem(self._label(task)))
        self.task_list.setCurrentRow(len(self._tasks) - 1)
        self._update_buttons()
        self.name_edit.setFocus()

    def remove_task(self) -> None:
        row = self.task_list.currentRow()
        if row < 0 or len(self._tasks) <= 1:
            return
        self._current = -1
        del self._tasks[row]
        self.task_list.takeItem(row)
        self._on_row(self.task_list.currentRow())
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(len(self._tasks) > 1)

    def _on_row(self, row: int) -> None:
        self._current = -1          # no storing while the form is filled
        if not 0 <= row < len(self._tasks):
            self.editor.setEnabled(False)
            return
        self.editor.setEnabled(True)
        t = self._tasks[row]
        blockers = [QSignalBlocker(w) for w in (self.code_edit, self.name_edit, self.register_combo,
                                                 self.ratio_edit, self.count_spin, self.items_edit,
                                                 self.product_edit, self.pool_combo, self.mode_group,
                                                 self.strat_group)]
        self.code_edit.setText(t.get("code", ""))
        self.name_edit.setText(t.get("name", ""))
        self.register_combo.setCurrentText(t.get("register", ""))
        has_count = t.get("count") is not None
        self.count_radio.setChecked(has_count)
        self.ratio_radio.setChecked(not has_count)
        self.ratio_edit.setText(str(t.get("ratio") or ("" if has_count else "20%")))
        self.count_spin.setValue(int(t.get("count") or 50))
        stratified = t.get("stratify", "district") == "district"
        self.district_radio.setChecked(stratified)
        self.city_radio.setChecked(not stratified)
        self.items_edit.setPlainText("\n".join(t.get("items") or []))
        self.product_edit.setText("，".join((t.get("filter") or {}).get("product_contains") or []))
        index = self.pool_combo.findData(t.get("pool") or "district")
        self.pool_combo.setCurrentIndex(max(index, 0))
        del blockers
        self._sync_enabled()
        self._current = row

    def _mode_changed(self, *_):
        self._sync_enabled()
        self._store()

    def _sync_enabled(self) -> None:
        count = self.count_radio.isChecked()
        self.ratio_edit.setEnabled(not count)
        self.count_spin.setEnabled(count)
        # a fixed count is drawn city-wide (SPOTCHECK-DRAW-1)
        self.district_radio.setEnabled(not count)
        if count:
            with QSignalBlocker(self.strat_group):
                self.city_radio.setChecked(True)

    def _store(self, *_):
        row = self._current
        if not 0 <= row < len(self._tasks):
            return
        old = self._tasks[row]
        t = {"code": self.code_edit.text().strip(), "name": self.name_edit.text().strip(),
             "register": self.register_combo.currentText().strip(),
             "stratify": "district" if self.district_radio.isChecked() else "none",
             "items": split_items(self.items_edit.toPlainText()),
             "pool": self.pool_combo.currentData() or "district"}
        if self.count_radio.isChecked():
            t["count"] = self.count_spin.value()
        else:
            t["ratio"] = self.ratio_edit.text().strip()
        flt = {k: v for k, v in (old.get("filter") or {}).items() if k != "product_contains"}
        words = split_items(self.product_edit.text())
        if words:
            flt["product_contains"] = words
        if flt:
            t["filter"] = flt
        for key in ("register_version", "third_party"):
            if old.get(key) is not None and (key != "register_version" or old.get("register") == t["register"]):
                t[key] = old[key]
        self._tasks[row] = t
        self.error.setVisible(False)        # an earlier message no longer applies once the task changed
        item = self.task_list.item(row)
        if item is not None:
            item.setText(self._label(t))

    def validatePage(self) -> bool:  # noqa: N802
        self._store()
        message = self._check_plan()
        set_error(self.error, message)
        return not message
