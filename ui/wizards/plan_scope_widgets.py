"""The two editors of the plan wizard's scope page: risk-class ratios and a targeted filter.

Each turns its widgets into the plan file's shape (docs/plans.md) and back; every rule stays in
app.draw (normalize_risk, normalize_where, where_text), whose Chinese messages are shown as they are.
"""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.draw.describe import ratio_percent
from app.draw.filters import OPS, normalize_where, where_text
from app.draw.risk import CLASSES, class_label, read_risk_list
from app.settings.store import district_names
from ui.widgets import ask
from ui.widgets.labels import error_label, error_text, set_error

OP_LABELS = {"eq": "等于", "starts": "以…开头", "contains": "包含", "between": "日期在…之间", "empty": "为空"}


def _split(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"[、,，;；]+", text or "") if p.strip()]


class RiskEditor(QGroupBox):
    """按信用风险分类设定比例: where the class comes from, and a ratio per class (and per district)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Ratio per credit-risk class (按信用风险分类设定比例)"))
        self.setCheckable(True)
        self.setChecked(False)
        layout = QVBoxLayout(self)
        source = QHBoxLayout()
        self.column_radio = QRadioButton(self.tr("Register column:"))
        self.column_combo = QComboBox()
        self.column_combo.setEditable(True)
        self.list_radio = QRadioButton(self.tr("Separate list:"))
        self.list_button = QPushButton(self.tr("Choose list file…"))
        self.list_label = QLabel()
        group = QButtonGroup(self)
        group.addButton(self.column_radio)
        group.addButton(self.list_radio)
        self.column_radio.setChecked(True)
        for w in (self.column_radio, self.column_combo, self.list_radio, self.list_button, self.list_label):
            source.addWidget(w)
        source.addStretch(1)
        layout.addLayout(source)
        self.table = QTableWidget(1 + len(district_names()), len(CLASSES))
        self.table.setHorizontalHeaderLabels([class_label(c) for c in CLASSES])
        self.table.setVerticalHeaderLabels([self.tr("All districts")] + district_names())
        self.table.setToolTip(self.tr("First row: the ratio of each class (empty: the class is not drawn). "
                                      "A district's row: only where it differs."))
        layout.addWidget(self.table)
        self.error = error_label()
        layout.addWidget(self.error)
        self.list_button.clicked.connect(self._choose_list)
        self._classes: dict[str, str] = {}
        self._list_name = ""

    def _choose_list(self) -> None:
        path = ask.ask_open_path(self, self.tr("Credit-risk class list"), self.tr("Lists (*.xlsx *.xls *.csv)"),
                                 kind=ask.REGISTERS)
        if path:
            self.load_list_file(path)

    def load_list_file(self, path: str) -> None:
        try:
            self._classes, self._list_name = read_risk_list(Path(path)), Path(path).name
        except Exception as exc:  # noqa: BLE001 - show the service's words
            set_error(self.error, error_text(exc))
            return
        set_error(self.error, "")
        self.list_radio.setChecked(True)
        self._show_list()

    def _show_list(self) -> None:
        self.list_label.setText(self.tr("%1: %2 enterprises").replace("%1", self._list_name)
                                .replace("%2", str(len(self._classes))) if self._classes else "")

    def set_columns(self, columns: list[str]) -> None:
        current = self.column_combo.currentText()
        self.column_combo.clear()
        self.column_combo.addItems(columns)
        wanted = current or next((c for c in columns if "风险" in c), "")
        self.column_combo.setCurrentText(wanted)

    def load(self, risk: dict | None) -> None:
        self.setChecked(bool(risk))
        risk = risk or {}
        self.table.clearContents()
        self._classes = dict(risk.get("classes") or {})
        self._list_name = str(risk.get("list_name") or risk.get("list") or "")
        if self._classes:
            self.list_radio.setChecked(True)
        else:
            self.column_radio.setChecked(True)
            self.column_combo.setCurrentText(str(risk.get("column") or self.column_combo.currentText()))
        self._show_list()
        rows = [risk.get("ratios") or {}] + [(risk.get("districts") or {}).get(d) or {} for d in district_names()]
        for r, ratios in enumerate(rows):
            for c, cls in enumerate(CLASSES):
                if ratios.get(cls):
                    self.table.setItem(r, c, QTableWidgetItem(_percent(ratios[cls])))

    def value(self) -> dict | None:
        if not self.isChecked():
            return None
        risk: dict = {}
        if self.list_radio.isChecked() and self._classes:
            risk["classes"], risk["list_name"] = dict(self._classes), self._list_name
        else:
            risk["column"] = self.column_combo.currentText().strip()
        cells = [{cls: self._cell(r, c) for c, cls in enumerate(CLASSES) if self._cell(r, c)}
                 for r in range(self.table.rowCount())]
        risk["ratios"] = cells[0]
        own = {d: cells[i] for i, d in enumerate(district_names(), start=1) if cells[i]}
        if own:
            risk["districts"] = own
        return risk

    def _cell(self, r: int, c: int) -> str:
        item = self.table.item(r, c)
        return item.text().strip() if item else ""


def _percent(ratio: str) -> str:
    return ratio_percent(ratio) if "/" in str(ratio) else str(ratio)


class WhereEditor(QGroupBox):
    """定向抽查: conditions on register columns, all or any of them, each possibly negated."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Targeted draw: only enterprises meeting these conditions (定向抽查)"))
        self.setCheckable(True)
        self.setChecked(False)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.all_radio = QRadioButton(self.tr("All conditions hold (且)"))
        self.any_radio = QRadioButton(self.tr("Any condition holds (或)"))
        group = QButtonGroup(self)
        group.addButton(self.all_radio)
        group.addButton(self.any_radio)
        self.all_radio.setChecked(True)
        self.add_button = QPushButton(self.tr("Add condition"))
        self.remove_button = QPushButton(self.tr("Remove condition"))
        for w in (self.all_radio, self.any_radio, self.add_button, self.remove_button):
            top.addWidget(w)
        top.addStretch(1)
        layout.addLayout(top)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Not"), self.tr("Column"), self.tr("Condition"),
                                              self.tr("Value (several: separated by 、; dates: 2015-01-01 至 "
                                                      "2019-12-31)")])
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in ((0, 36), (1, 150), (2, 120)):
            self.table.setColumnWidth(col, width)
        layout.addWidget(self.table)
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        self.sentence.setObjectName("filterSentence")
        layout.addWidget(self.sentence)
        self.error = error_label()
        layout.addWidget(self.error)
        self._columns: list[str] = []
        self._fixed: dict | None = None      # an expression too nested for the table: shown, kept as written
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self._remove_row)
        self.table.itemChanged.connect(self.refresh)
        self.toggled.connect(self.refresh)
        self.all_radio.toggled.connect(self.refresh)

    def set_columns(self, columns: list[str]) -> None:
        self._columns = list(columns)

    def add_row(self, leaf: dict | None = None, negated: bool = False) -> None:
        leaf = leaf or {}
        r = self.table.rowCount()
        self.table.insertRow(r)
        box = QCheckBox()
        box.setChecked(negated)
        box.toggled.connect(self.refresh)
        self.table.setCellWidget(r, 0, _centered(box))
        column = QComboBox()
        column.setEditable(True)
        column.addItems(self._columns)
        column.setCurrentText(leaf.get("column", self._columns[0] if self._columns else ""))
        column.currentTextChanged.connect(self.refresh)
        self.table.setCellWidget(r, 1, column)
        op = QComboBox()
        for key in OPS:
            op.addItem(OP_LABELS[key], key)
        op.setCurrentIndex(max(0, op.findData(leaf.get("op", "eq"))))
        op.currentIndexChanged.connect(self.refresh)
        self.table.setCellWidget(r, 2, op)
        value = leaf.get("value")
        text = "" if leaf.get("op") == "empty" or value is None else (
            " 至 ".join(value) if leaf.get("op") == "between" else "、".join(value))
        self.table.setItem(r, 3, QTableWidgetItem(text))
        self.refresh()

    def _remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.refresh()

    def load(self, where: dict | None) -> None:
        self.table.setRowCount(0)
        self._fixed = None
        self.setChecked(bool(where))
        if where:
            key = "any" if "any" in where else "all"
            parts = where.get(key, [where]) if ("all" in where or "any" in where) else [where]
            leaves = [(p["not"], True) if "not" in p else (p, False) for p in parts]
            if all("column" in leaf for leaf, _ in leaves):
                (self.any_radio if key == "any" else self.all_radio).setChecked(True)
                for leaf, negated in leaves:
                    self.add_row(leaf, negated)
            else:
                self._fixed = where
        self.table.setEnabled(self._fixed is None)
        self.refresh()

    def raw(self) -> dict | None:
        """The expression in the plan file's shape (None when the box is off or has no condition)."""
        if not self.isChecked():
            return None
        if self._fixed is not None:
            return self._fixed
        parts = []
        for r in range(self.table.rowCount()):
            negated = self.table.cellWidget(r, 0).findChild(QCheckBox).isChecked()
            column = self.table.cellWidget(r, 1).currentText().strip()
            op = self.table.cellWidget(r, 2).currentData()
            item = self.table.item(r, 3)
            text = item.text().strip() if item else ""
            if op == "empty":
                value: object = True
            elif op == "between":
                ends = [p.strip() for p in re.split(r"至|~|～", text)] + ["", ""]
                value = ends[:2]
            else:
                value = _split(text)
            leaf = {"column": column, op: value}
            parts.append({"not": leaf} if negated else leaf)
        if not parts:
            return None
        return {"any" if self.any_radio.isChecked() else "all": parts}

    def refresh(self, *_) -> None:
        raw = self.raw() if self.isChecked() else None
        if raw is None:
            self.sentence.setText("")
            set_error(self.error, "")
            return
        try:
            self.sentence.setText(self.tr("Frame: %1").replace("%1", where_text(normalize_where(raw, "条件"))))
            set_error(self.error, "")
        except Exception as exc:  # noqa: BLE001 - show the service's words
            self.sentence.setText("")
            set_error(self.error, error_text(exc))


def _centered(widget) -> QWidget:
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(4, 0, 4, 0)
    row.addWidget(widget)
    return holder
