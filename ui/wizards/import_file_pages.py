"""The import wizard's first pages: the file and its register, the sheets and header row.

Reading the file (app.registers.service.preview_file) writes nothing.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from app.registers import queries, service
from app.registers.naming import suggested_name
from app.registers.queries import register_names
from app.registers.service import DEFAULT_REGISTER_NAMES
from ui.widgets import ask
from ui.widgets.labels import error_label, error_text, set_error
from ui.widgets.layouts import add_splitter, pane
from ui.wizards.import_session import ImportSession
from ui.wizards.register_labels import KINDS, kind_label
from ui.wizards.sheet_preview import PreviewModel

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportSession, kind: str, path, register_name):
        super().__init__()
        self.wiz = wizard
        self._advance = False
        self._suggested: str | None = None       # the name the page filled in from the file
        self._existing_hint: str | None = None   # an existing register the file's title names
        self.setTitle(self.tr("File and register"))
        self.setSubTitle(self.tr("Choose the file as you received it (Excel or CSV; title rows, several sheets and "
                                 "footers are fine) and the register it becomes a new version of."))
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("A .xlsx, .xls or .csv file"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form.addRow(self.tr("File:"), row)
        self.kind_combo = QComboBox()
        for k in KINDS:
            self.kind_combo.addItem(kind_label(k), k)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind), 0))
        form.addRow(self.tr("Contents:"), self.kind_combo)
        self.register_combo = QComboBox()
        self.register_combo.setEditable(True)
        self.register_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.register_combo.lineEdit().setPlaceholderText(self.tr("e.g. 工业产品生产许可证获证企业"))
        form.addRow(self.tr("Register:"), self.register_combo)
        self.register_note = QLabel()
        self.register_note.setWordWrap(True)
        form.addRow("", self.register_note)
        self.encoding_combo = QComboBox()
        self.encoding_combo.addItem(self.tr("Detect automatically"), None)
        for enc, text in (("utf-8", "UTF-8"), ("utf-8-sig", self.tr("UTF-8 with BOM")), ("gbk", "GBK"),
                          ("gb18030", "GB18030")):
            self.encoding_combo.addItem(text, enc)
        form.addRow(self.tr("Encoding (CSV only):"), self.encoding_combo)
        self.error = error_label()
        form.addRow(self.error)

        self._fill_registers(register_name)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._fill_registers(None))
        self.path_edit.textChanged.connect(self._path_changed)
        self.register_combo.currentTextChanged.connect(self._register_changed)
        if path:
            self.path_edit.setText(str(path))
        self._path_changed()
        self._register_changed()

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def path(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text) if text else None

    def register_name(self) -> str:
        return self.register_combo.currentText().strip()

    def encoding(self) -> str | None:
        return self.encoding_combo.currentData() if self.encoding_combo.isEnabled() else None

    def browse(self) -> None:
        start = self.path().parent if self.path() else None
        path = ask.ask_open_path(
            self, self.tr("Choose the register file"),
            self.tr("Registers (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)"),
            kind=ask.REGISTERS, start=start)
        if path:
            self.path_edit.setText(path)

    def _fill_registers(self, preferred: str | None) -> None:
        """The kind's registers to choose from. An enterprise register's name starts empty (or suggested
        from the file): choosing an existing one is the clerk's explicit choice, never a default."""
        kind = self.kind()
        names = register_names(kind)
        default = DEFAULT_REGISTER_NAMES.get(kind)
        if default and default not in names:
            names.insert(0, default)
        self.register_combo.blockSignals(True)
        self.register_combo.clear()
        self.register_combo.addItems(names)
        self.register_combo.setCurrentText(preferred or default or "")
        self.register_combo.blockSignals(False)
        self._suggested = None
        self._suggest(None)
        self._register_changed()
        self.completeChanged.emit()

    def _path_changed(self) -> None:
        path = self.path()
        spreadsheet = path is not None and path.suffix.lower() in SPREADSHEET_SUFFIXES
        self.encoding_combo.setEnabled(not spreadsheet)
        self._suggest(None)
        self.completeChanged.emit()

    def _suggest(self, preview) -> bool:
        """Fill in the name suggested from the file (title row, else file name) while the clerk has not
        chosen one. Only for enterprise registers; a suggestion naming an existing register is pointed out,
        not filled in. True when the name changed."""
        path = self.path()
        if path is None or self.kind() != "enterprise" or self.register_name() not in ("", self._suggested):
            return False
        name = suggested_name(path, preview)
        if name in register_names("enterprise"):
            self._existing_hint = name
            name = ""
        else:
            self._existing_hint = None
        changed = name != self.register_name()
        self._suggested = name or None
        self.register_combo.blockSignals(True)
        self.register_combo.setCurrentText(name)
        self.register_combo.blockSignals(False)
        self._register_changed()
        return changed

    def _register_changed(self, *_):
        name = self.register_name()
        if not name:
            text = self.tr("Give the register a name; plans refer to registers by name.")
            if self._existing_hint:
                text += " " + self.tr("The file's title is that of the existing register “%1”: choose it from the "
                                      "list if this file is its new version.").replace("%1", self._existing_hint)
            self.register_note.setText(text)
        else:
            latest = queries.latest_version(name)
            if latest is None:
                text = self.tr("A new register; this import becomes its version 1.")
                if name == self._suggested:
                    text += " " + self.tr("The name is suggested from the file; correct it if needed.")
                self.register_note.setText(text)
            else:
                self.register_note.setText(
                    self.tr("Existing register: this import becomes version %1 (the newest is version %2 with "
                            "%3 rows).").replace("%1", str(latest.version + 1)).replace("%2", str(latest.version))
                    .replace("%3", str(latest.imported)))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        # An enterprise register's name may still be empty: reading the file suggests one from its title.
        named = bool(self.register_name()) or self.kind() == "enterprise"
        return self.path() is not None and named and not self.wiz.busy()

    def validatePage(self) -> bool:  # noqa: N802
        if self.wiz.busy():
            return False
        key = (str(self.path()), self.kind(), self.encoding())
        if self._advance and self.wiz.preview_key == key:
            if not self.register_name():
                set_error(self.error, self.tr("Give the register a name."))
                return False
            self._advance = False
            return True
        set_error(self.error, "")
        path, kind, encoding = self.path(), self.kind(), self.encoding()

        def work(progress, cancel):
            progress(0, 0, QCoreApplication.translate("ImportWizard", "Reading the file…"))
            return service.preview_file(path, kind, encoding=encoding)

        def done(preview):
            self.wiz.preview, self.wiz.preview_key = preview, key
            self.wiz.result = None
            if self._suggest(preview) or not self.register_name():
                # The title row gave another name, or none is given yet: the clerk sees it before going on.
                if not self.register_name():
                    set_error(self.error, self.tr("Give the register a name."))
                self._advance = True
                self.completeChanged.emit()
                return
            self._advance = True
            self.completeChanged.emit()
            self.wiz.next()

        def failed(exc):
            self.completeChanged.emit()
            set_error(self.error, error_text(exc))

        self.wiz.read(work, title=self.tr("Reading the file"), on_done=done, on_error=failed,
                      on_cancelled=lambda exc: failed(exc))
        self.completeChanged.emit()
        return False

class SheetsPage(QWizardPage):
    def __init__(self, wizard: ImportSession):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Sheets and header row"))
        self.setSubTitle(self.tr("Tick the sheets to import (they become one register) and check that the header "
                                 "row is found; the rows above it and a footer are left out."))
        layout = QVBoxLayout(self)
        splitter = add_splitter(layout)

        left, ll = pane()
        ll.addWidget(QLabel(self.tr("Sheets:")))
        self.sheet_list = QListWidget()
        self.sheet_list.setWordWrap(True)
        self.sheet_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.sheet_list.itemChanged.connect(lambda _i: self.completeChanged.emit())
        self.sheet_list.currentRowChanged.connect(self._show_sheet)
        ll.addWidget(self.sheet_list, 1)
        header_box = QGroupBox(self.tr("Header row"))
        hl = QVBoxLayout(header_box)
        self.auto_radio = QRadioButton(self.tr("Find it in each sheet (recommended)"))
        self.fixed_radio = QRadioButton(self.tr("Row number in every sheet:"))
        group = QButtonGroup(self)
        group.addButton(self.auto_radio)
        group.addButton(self.fixed_radio)
        self.auto_radio.setChecked(True)
        self.row_spin = QSpinBox()
        self.row_spin.setRange(1, 1000)
        self.row_spin.setEnabled(False)
        hl.addWidget(self.auto_radio)
        fixed = QHBoxLayout()
        fixed.addWidget(self.fixed_radio)
        fixed.addWidget(self.row_spin)
        fixed.addStretch(1)
        hl.addLayout(fixed)
        ll.addWidget(header_box)
        splitter.addWidget(left)

        right, rl = pane()
        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
        rl.addWidget(self.preview_label)
        self.preview_model = PreviewModel(self)
        self.preview_view = QTableView()
        self.preview_view.setModel(self.preview_model)
        self.preview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_view.horizontalHeader().setDefaultSectionSize(
            self.preview_view.fontMetrics().horizontalAdvance("统一社会信用代码"))
        rl.addWidget(self.preview_view, 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        self.error = error_label()
        layout.addWidget(self.error)

        group.buttonToggled.connect(self._header_mode)
        self.row_spin.valueChanged.connect(self._header_mode)

    def initializePage(self) -> None:  # noqa: N802
        preview = self.wiz.preview
        self.sheet_list.blockSignals(True)
        self.sheet_list.clear()
        for sheet in preview.sheets:
            if sheet.header_row is None:
                text = self.tr("%1 — no header row found").replace("%1", sheet.name)
            else:
                text = (self.tr("%1 — header in row %2, %3 rows below it").replace("%1", sheet.name)
                        .replace("%2", str(sheet.header_row)).replace("%3", str(sheet.data_rows)))
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, sheet.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if sheet.header_row is not None or len(preview.sheets) == 1
                               else Qt.CheckState.Unchecked)
            self.sheet_list.addItem(item)
        self.sheet_list.blockSignals(False)
        first = next((s.header_row for s in preview.sheets if s.header_row is not None), None)
        self.row_spin.setValue(first or 1)
        self.sheet_list.setCurrentRow(0)
        self._show_sheet(0)
        fmt = preview.format.upper() + (f"，{preview.encoding}" if preview.encoding else "")
        self.setSubTitle(self.tr("%1 (%2). Tick the sheets to import (they become one register) and check that the "
                                 "header row is found; the rows above it and a footer are left out.")
                         .replace("%1", preview.path.name).replace("%2", fmt))

    def sheets(self) -> list[str]:
        out = []
        for i in range(self.sheet_list.count()):
            item = self.sheet_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def header_row(self) -> int | None:
        return self.row_spin.value() if self.fixed_radio.isChecked() else None

    def header_of(self, sheet) -> list[str] | None:
        """The header cells of a sheet under the current choice (None: none found in the preview)."""
        row = self.header_row()
        if row is None:
            return sheet.headers if sheet.header_row is not None else None
        if row in sheet.row_numbers:
            return sheet.rows[sheet.row_numbers.index(row)]
        return None

    def _header_mode(self, *_):
        self.row_spin.setEnabled(self.fixed_radio.isChecked())
        self._show_sheet(self.sheet_list.currentRow())
        self.completeChanged.emit()

    def _show_sheet(self, row: int) -> None:
        preview = self.wiz.preview
        if preview is None or not 0 <= row < len(preview.sheets):
            self.preview_model.set_sheet([], [], None)
            return
        sheet = preview.sheets[row]
        header = self.header_row() if self.header_row() is not None else sheet.header_row
        self.preview_model.set_sheet(sheet.rows, sheet.row_numbers, header)
        self.preview_label.setText(self.tr("First rows of “%1” (the header row is highlighted):")
                                   .replace("%1", sheet.name))
        view = self.preview_view
        view.resizeColumnsToContents()
        cap = view.fontMetrics().horizontalAdvance("M" * 14)
        for c in range(self.preview_model.columnCount()):
            if view.columnWidth(c) > cap:
                view.setColumnWidth(c, cap)
        view.resizeRowsToContents()
        if header is not None and header in sheet.row_numbers:
            view.scrollTo(self.preview_model.index(sheet.row_numbers.index(header), 0),
                          QAbstractItemView.ScrollHint.EnsureVisible)

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.sheets())

    def validatePage(self) -> bool:  # noqa: N802
        names = set(self.sheets())
        missing = [s.name for s in self.wiz.preview.sheets if s.name in names and self.header_of(s) is None]
        if missing:
            if self.header_row() is None:
                message = self.tr("No header row was found in sheet “%1”. Untick it, or give the header row "
                                  "number.").replace("%1", missing[0])
            else:
                message = self.tr("Row %1 of sheet “%2” is empty or not among the first rows; choose the row that "
                                  "holds the column names.").replace("%1", str(self.header_row())) \
                    .replace("%2", missing[0])
            set_error(self.error, message)
            return False
        set_error(self.error, "")
        return True
