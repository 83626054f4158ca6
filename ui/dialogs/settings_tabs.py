"""The tabs of the settings dialog. Each tab loads from and returns plain settings values.

Validation is app.settings' job (its Chinese message is shown on save); the
tabs only turn what the clerk typed into the stored shapes.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.settings.defaults import CITY_LEVEL, CITY_ROLE

_SEPARATORS = re.compile(r"[,，、;；\s]+")

LANGUAGES = [("zh_CN", "中文（简体）"), ("en", "English")]


def split_list(text: str) -> list[str]:
    return [part for part in _SEPARATORS.split(text.strip()) if part]


def _button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


class BureauTab(QWidget):
    FIELDS = ("bureau_name", "seal_name", "doc_prefix", "contact_person", "contact_phone", "clerk_name",
              "publication_url")

    def __init__(self, district_names=None, parent=None):
        super().__init__(parent)
        # The districts as edited in the dialog's districts tab (a callable), so a district added
        # there can be chosen here before saving.
        self._district_names = district_names
        labels = {
            "bureau_name": self.tr("Issuing authority"),
            "seal_name": self.tr("Signature (as on the seal)"),
            "doc_prefix": self.tr("Document number prefix"),
            "contact_person": self.tr("Contact person"),
            "contact_phone": self.tr("Contact phone"),
            "clerk_name": self.tr("Clerk (recorded in the audit log)"),
            "publication_url": self.tr("Publication web address"),
        }
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.role = QComboBox()
        self.role.setObjectName("role")
        self.role.setToolTip(self.tr("The city bureau draws and sends each district its share file; a district "
                                     "bureau's copy receives its share and matches its own inspectors."))
        form.addRow(self.tr("This copy serves"), self.role)
        self.edits: dict[str, QLineEdit] = {}
        for key in self.FIELDS:
            edit = QLineEdit()
            edit.setObjectName(key)
            self.edits[key] = edit
            form.addRow(labels[key], edit)
        self.edits["clerk_name"].setPlaceholderText(self.tr("Empty: the Windows user name is used"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, label in LANGUAGES:
            self.language.addItem(label, code)
        form.addRow(self.tr("Language (after a restart)"), self.language)
        self.record_pages = QSpinBox()
        self.record_pages.setObjectName("record_list_page_limit")
        self.record_pages.setRange(0, 100_000)
        self.record_pages.setSuffix(self.tr(" pages"))
        self.record_pages.setToolTip(self.tr("How many pages the lists of a printed draw record may take in all. "
                                             "Every row is always in draw-record.json and draw-listing.xlsx; the "
                                             "full PDF can be asked for when the record is saved."))
        form.addRow(self.tr("Printed draw record: list pages at most"), self.record_pages)

    def load(self, values: dict) -> None:
        for key, edit in self.edits.items():
            edit.setText(str(values.get(key) or ""))
        self.record_pages.setValue(int(values.get("record_list_page_limit", 50) or 0))
        index = self.language.findData(values.get("language", "zh_CN"))
        self.language.setCurrentIndex(max(index, 0))
        self._fill_roles([d.get("name", "") for d in values.get("districts", [])], values.get("role", CITY_ROLE))

    def _fill_roles(self, names: list[str], wanted: str) -> None:
        self.role.clear()
        self.role.addItem(self.tr("City bureau"), CITY_ROLE)
        for name in names:
            if name:
                self.role.addItem(self.tr("District bureau: %1").replace("%1", name), name)
        index = self.role.findData(wanted)
        if index < 0:   # a district renamed or removed meanwhile: shown, so saving names it
            self.role.addItem(wanted, wanted)
            index = self.role.count() - 1
        self.role.setCurrentIndex(index)

    def showEvent(self, event) -> None:
        if self._district_names is not None:
            self._fill_roles(self._district_names(), self.role.currentData() or CITY_ROLE)
        super().showEvent(event)

    def values(self) -> dict:
        out = {key: edit.text().strip() for key, edit in self.edits.items()}
        out["language"] = self.language.currentData()
        out["role"] = self.role.currentData()
        out["record_list_page_limit"] = self.record_pages.value()
        return out


class _TableTab(QWidget):
    """A table with add/remove buttons; subclasses define the columns and the conversion."""

    def _build(self, headers: list[str]) -> None:
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setMinimumSectionSize(120)
        # Explicit context: self.tr() in a base class is looked up under the subclass's name.
        self.add_button = QPushButton(QCoreApplication.translate("SettingsTable", "Add"))
        self.remove_button = QPushButton(QCoreApplication.translate("SettingsTable", "Remove"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected)
        layout = QVBoxLayout(self)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(_button_row(self.add_button, self.remove_button))

    def _set_row(self, row: int, texts: list[str]) -> None:
        for column, text in enumerate(texts):
            self.table.setItem(row, column, QTableWidgetItem(text))

    def add_row(self) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._set_row(row, [""] * self.table.columnCount())
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))

    def remove_selected(self) -> None:
        for row in sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""


class DistrictsTab(_TableTab):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._build([self.tr("District"), self.tr("Other names"), self.tr("Division codes")])
        self.hint.setText(self.tr("Other names and division codes are separated by commas. The codes are the "
                                  "6-digit administrative division codes found in credit codes."))

    def load(self, values: dict) -> None:
        districts = values["districts"]
        self.table.setRowCount(len(districts))
        for row, district in enumerate(districts):
            self._set_row(row, [district.get("name", ""), "，".join(district.get("aliases", [])),
                                "，".join(district.get("codes", []))])

    def values(self) -> dict:
        districts = []
        for row in range(self.table.rowCount()):
            name, aliases, codes = (self._text(row, c) for c in range(3))
            if not (name or aliases or codes):
                continue    # a row added and left empty is not a district
            districts.append({"name": name, "aliases": split_list(aliases), "codes": split_list(codes)})
        return {"districts": districts}


class _DistrictDelegate(QStyledItemDelegate):
    """Edit a unit's district by choosing from the district list (or 市本级)."""

    def __init__(self, names_fn, parent=None):
        super().__init__(parent)
        self._names_fn = names_fn

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.addItems([CITY_LEVEL, *self._names_fn()])
        return combo

    def setEditorData(self, editor, index):
        editor.setCurrentText(index.data() or "")

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentText().strip())


class UnitsTab(_TableTab):
    def __init__(self, district_names_fn, parent=None):
        super().__init__(parent)
        self._build([self.tr("Unit"), self.tr("District")])
        self.table.setItemDelegateForColumn(1, _DistrictDelegate(district_names_fn, self.table))
        self.hint.setText(self.tr("The city bureau belongs to “%1”; each district bureau to its district.")
                          .replace("%1", CITY_LEVEL))

    def load(self, values: dict) -> None:
        units = values["units"]
        self.table.setRowCount(len(units))
        for row, unit in enumerate(units):
            self._set_row(row, [unit.get("name", ""), unit.get("district", "")])

    def values(self) -> dict:
        units = []
        for row in range(self.table.rowCount()):
            name, district = self._text(row, 0), self._text(row, 1)
            if name or district:
                units.append({"name": name, "district": district})
        return {"units": units}
