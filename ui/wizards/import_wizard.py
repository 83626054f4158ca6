"""The import wizard: file and register → sheets and header row → column mapping → validation → commit.

Every step asks app.registers.service: preview_file (no writes), validate_import
(no writes, on the worker with progress and cancel), commit_import (one
transaction, on the worker). Nothing is written before the last page's button,
and a cancelled or failed commit writes nothing.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QComboBox, QFileDialog, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QRadioButton, QScrollArea,
    QSpinBox, QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget, QWizard, QWizardPage,
)

from ui.wizards.register_models import Column, FilteredListModel, PreviewModel, error_text, fit_to_screen

KINDS = ("enterprise", "inspector", "avoidance", "institution")
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
ISSUE_SEVERITIES = ("rejected", "conflict", "flagged", "excluded", "skipped")


def kind_label(kind: str) -> str:
    return {
        "enterprise": QCoreApplication.translate("ImportWizard", "Enterprise register (objects to check)"),
        "inspector": QCoreApplication.translate("ImportWizard", "Inspector register"),
        "avoidance": QCoreApplication.translate("ImportWizard", "Avoidance list"),
        "institution": QCoreApplication.translate("ImportWizard", "Third-party institutions"),
    }.get(kind, kind)


def severity_label(severity: str) -> str:
    """The error report's own words for what happened to a row (app.registers.report)."""
    from app.registers.report import SEVERITY_ZH
    return SEVERITY_ZH.get(severity, severity)


def issue_color(severity: str) -> QColor | None:
    if severity in ("rejected", "conflict"):
        return QColor("#a3160b")
    if severity == "flagged":
        return QColor("#8d5b00")
    return None


def run_task(ctx, owner: QWidget, fn, **kw):
    """ctx.tasks.run with the progress dialog over `owner` (the wizard) instead of the main window."""
    runner = ctx.tasks
    previous = runner.parent_widget
    runner.parent_widget = owner
    try:
        return runner.run(fn, **kw)
    finally:
        runner.parent_widget = previous


def _remembered(kind: str, header: list) -> dict | None:
    """The mapping the clerk confirmed before for this header (app.registers.service), if any."""
    from app.registers import headers as hdr
    from app.registers import service
    if hasattr(service, "remembered_mapping"):
        return service.remembered_mapping(kind, header)
    return service.remembered_mappings(kind).get(hdr.header_signature(kind, header))


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #8a1c13;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setVisible(False)
    return label


def _set_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class ImportWizard(QWizard):
    committed = Signal(int)          # the new RegisterVersion's id

    def __init__(self, ctx, kind: str = "enterprise", path: str | Path | None = None,
                 register_name: str | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.preview = None          # app.registers.results.FilePreview
        self.preview_key = None      # (path, kind, encoding) the preview was made for
        self.result = None           # app.registers.results.ImportResult
        self.version = None          # the committed RegisterVersion
        self.task = None             # the running Task, if any
        self._closing = False
        self.setWindowTitle(self.tr("Import a register"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.file_page = FilePage(self, kind, path, register_name)
        self.sheets_page = SheetsPage(self)
        self.mapping_page = MappingPage(self)
        self.validate_page = ValidatePage(self)
        self.confirm_page = ConfirmPage(self)
        for page in (self.file_page, self.sheets_page, self.mapping_page, self.validate_page, self.confirm_page):
            self.addPage(page)
        fit_to_screen(self, 980, 680)

    # ---- what the pages collected -------------------------------------------------

    def kind(self) -> str:
        return self.file_page.kind()

    def options(self) -> dict:
        """The keyword arguments of validate_import, from the pages."""
        return {"mapping": self.mapping_page.mapping(), "sheets": self.sheets_page.sheets(),
                "header_row": self.sheets_page.header_row(), "encoding": self.file_page.encoding()}

    # ---- running services ---------------------------------------------------------

    def run(self, fn, *, title: str, on_done, on_error, cancellable: bool = True, on_cancelled=None,
            even_if_closed: bool = False):
        def done(value):
            self.task = None
            if not self._closing or even_if_closed:
                on_done(value)

        def failed(exc):
            self.task = None
            if not self._closing:
                on_error(exc)

        def cancelled(exc):
            self.task = None
            if not self._closing and on_cancelled is not None:
                on_cancelled(exc)

        self.task = run_task(self.ctx, self, fn, title=title, on_done=done, on_error=failed,
                             cancellable=cancellable, on_cancelled=cancelled)
        return self.task

    def busy(self) -> bool:
        return self.task is not None

    def reject(self) -> None:
        # Closing while a service runs: ask it to stop; its result is ignored (nothing was committed
        # unless the commit itself had finished, which then is reported by the registers screen).
        if self.task is not None:
            self.task.cancel()
        self._closing = True
        super().reject()


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard, kind: str, path, register_name):
        super().__init__()
        self.wiz = wizard
        self._advance = False
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
        self.error = _error_label()
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
        start = str(self.path().parent) if self.path() else ""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the register file"), start,
            self.tr("Registers (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)"))
        if path:
            self.path_edit.setText(path)

    def _fill_registers(self, preferred: str | None) -> None:
        from app.registers.service import DEFAULT_REGISTER_NAMES
        from ui.wizards.register_models import register_names
        kind = self.kind()
        current = preferred if preferred is not None else ""
        names = register_names(kind)
        default = DEFAULT_REGISTER_NAMES.get(kind)
        if default and default not in names:
            names.insert(0, default)
        self.register_combo.blockSignals(True)
        self.register_combo.clear()
        self.register_combo.addItems(names)
        self.register_combo.setCurrentText(current or (default or (names[0] if names else "")))
        self.register_combo.blockSignals(False)
        self._register_changed()
        self.completeChanged.emit()

    def _path_changed(self) -> None:
        path = self.path()
        spreadsheet = path is not None and path.suffix.lower() in SPREADSHEET_SUFFIXES
        self.encoding_combo.setEnabled(not spreadsheet)
        if path is not None and self.kind() == "enterprise" and not self.register_name():
            self.register_combo.setCurrentText(self._name_from_file(path))
        self.completeChanged.emit()

    @staticmethod
    def _name_from_file(path: Path) -> str:
        from ui.wizards.register_models import register_names
        stem = path.stem.strip()
        for name in register_names("enterprise"):
            if stem.startswith(name):
                return name
        for tail in ("名录库", "名录", "名单", "清单"):
            if stem.endswith(tail) and len(stem) > len(tail):
                return stem[: -len(tail)]
        return stem

    def _register_changed(self, *_):
        from app.registers import queries
        name = self.register_name()
        if not name:
            self.register_note.setText(self.tr("Give the register a name; plans refer to registers by name."))
        else:
            latest = queries.latest_version(name)
            if latest is None:
                self.register_note.setText(self.tr("A new register; this import becomes its version 1."))
            else:
                self.register_note.setText(
                    self.tr("Existing register: this import becomes version %1 (the newest is version %2 with "
                            "%3 rows).").replace("%1", str(latest.version + 1)).replace("%2", str(latest.version))
                    .replace("%3", str(latest.imported)))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.path() is not None and bool(self.register_name()) and not self.wiz.busy()

    def validatePage(self) -> bool:  # noqa: N802
        if self.wiz.busy():
            return False
        key = (str(self.path()), self.kind(), self.encoding())
        if self._advance and self.wiz.preview_key == key:
            self._advance = False
            return True
        _set_error(self.error, "")
        path, kind, encoding = self.path(), self.kind(), self.encoding()

        def work(progress, cancel):
            from app.registers import service
            progress(0, 0, QCoreApplication.translate("ImportWizard", "Reading the file…"))
            return service.preview_file(path, kind, encoding=encoding)

        def done(preview):
            self.wiz.preview, self.wiz.preview_key = preview, key
            self.wiz.result = None
            self._advance = True
            self.completeChanged.emit()
            self.wiz.next()

        def failed(exc):
            self.completeChanged.emit()
            _set_error(self.error, error_text(exc))

        self.wiz.run(work, title=self.tr("Reading the file"), on_done=done, on_error=failed,
                     on_cancelled=lambda exc: failed(exc))
        self.completeChanged.emit()
        return False


class SheetsPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Sheets and header row"))
        self.setSubTitle(self.tr("Tick the sheets to import (they become one register) and check that the header "
                                 "row is found; the rows above it and a footer are left out."))
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
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

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
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
        self.error = _error_label()
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
            _set_error(self.error, message)
            return False
        _set_error(self.error, "")
        return True


class MappingPage(QWizardPage):
    NOT_IMPORTED = ""

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.combos: dict[str, QComboBox] = {}
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(self.tr("Which column holds what. The suggestions come from the column names; correct "
                                 "them where needed. A confirmed mapping is remembered for files with the same "
                                 "header."))
        layout = QVBoxLayout(self)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout.addWidget(self.scroll, 1)
        self.error = _error_label()
        layout.addWidget(self.error)

    def initializePage(self) -> None:  # noqa: N802
        from app.registers import headers as hdr
        kind = self.wiz.kind()
        names = set(self.wiz.sheets_page.sheets())
        headers: list[str] = []
        suggested: dict[str, str] = {}
        remembered = False
        for sheet in self.wiz.preview.sheets:
            if sheet.name not in names:
                continue
            cells = self.wiz.sheets_page.header_of(sheet) or []
            for h in cells:
                h = str(h).strip()
                if h and h not in headers:
                    headers.append(h)
            if self.wiz.sheets_page.header_row() is None and sheet.header_row is not None:
                mapping = sheet.mapping
                remembered = remembered or self.wiz.preview.remembered
            else:
                mapping = _remembered(kind, cells)
                remembered = remembered or mapping is not None
                mapping = mapping or hdr.suggest_mapping(kind, cells)
            for field, header in mapping.items():
                suggested.setdefault(field, header)
        body = QWidget()
        grid = QGridLayout(body)
        grid.setColumnStretch(1, 1)
        self.combos = {}
        required = set(hdr.REQUIRED[kind])
        for row, field in enumerate(hdr.SYNONYMS[kind]):
            label = hdr.FIELD_LABELS.get(field, field) + (" *" if field in required else "")
            grid.addWidget(QLabel(label), row, 0)
            combo = QComboBox()
            combo.addItem(self.tr("(not imported)"), self.NOT_IMPORTED)
            for h in headers:
                combo.addItem(h, h)
            current = suggested.get(field)
            if current is not None:
                index = combo.findData(current)
                if index < 0:
                    combo.addItem(current, current)
                    index = combo.count() - 1
                combo.setCurrentIndex(index)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            grid.addWidget(combo, row, 1)
            self.combos[field] = combo
        grid.setRowStretch(len(hdr.SYNONYMS[kind]), 1)
        self.scroll.setWidget(body)
        unmapped = [h for h in headers if h not in {c.currentData() for c in self.combos.values()}]
        parts = []
        if remembered:
            parts.append(self.tr("The mapping you confirmed for a file with this header was used."))
        parts.append(self.tr("Fields marked * are needed (for enterprises, the credit code or the registration "
                             "number). Columns not mapped are kept with each row as extra information."))
        if unmapped:
            parts.append(self.tr("Not mapped: %1").replace("%1", "、".join(unmapped)))
        self.note.setText(" ".join(parts))
        _set_error(self.error, "")

    def mapping(self) -> dict[str, str]:
        return {field: combo.currentData() for field, combo in self.combos.items()
                if combo.currentData() != self.NOT_IMPORTED}

    def validatePage(self) -> bool:  # noqa: N802
        chosen = [h for h in self.mapping().values()]
        dup = sorted({h for h in chosen if chosen.count(h) > 1})
        if dup:
            _set_error(self.error, self.tr("The column “%1” is chosen for two fields.").replace("%1", dup[0]))
            return False
        _set_error(self.error, "")
        return True


class ValidatePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Check"))
        self.setSubTitle(self.tr("Every row is checked as it would be imported. Nothing is saved yet."))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        top.addWidget(self.status, 1)
        self.retry_button = QPushButton(self.tr("Check again"))
        self.retry_button.clicked.connect(self.start)
        top.addWidget(self.retry_button)
        layout.addLayout(top)
        self.error = _error_label()
        layout.addWidget(self.error)

        self.counts = QWidget()
        cl = QGridLayout(self.counts)
        cl.setContentsMargins(0, 0, 0, 0)
        self.count_labels: dict[str, QLabel] = {}
        for i, (key, text) in enumerate((("rows_read", self.tr("Rows read")), ("imported", self.tr("Imported")),
                                         ("operating", self.tr("Operating / eligible")),
                                         ("rejected", self.tr("Rejected")), ("flagged", self.tr("Flagged")),
                                         ("diff", self.tr("Compared with the newest version")))):
            label = QLabel(text + "：")
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.count_labels[key] = value
            r, c = (i // 3, (i % 3) * 2) if key != "diff" else (2, 0)
            if key == "diff":
                cl.addWidget(label, r, c)
                cl.addWidget(value, r, c + 1, 1, 5)
            else:
                cl.addWidget(label, r, c)
                cl.addWidget(value, r, c + 1)
        for c in (1, 3, 5):
            cl.setColumnStretch(c, 1)
        layout.addWidget(self.counts)

        self.tabs = QTabWidget()
        issues = QWidget()
        il = QVBoxLayout(issues)
        filters = QHBoxLayout()
        self.severity_combo = QComboBox()
        self.severity_combo.addItem(self.tr("Rejected and flagged"), "rejected,conflict,flagged")
        self.severity_combo.addItem(self.tr("All remarks"), "")
        for s in ISSUE_SEVERITIES:
            self.severity_combo.addItem(severity_label(s), s)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search reason, value, column, sheet"))
        self.search_edit.setClearButtonEnabled(True)
        self.report_button = QPushButton(self.tr("Save error report…"))
        self.report_button.clicked.connect(lambda: self.save_report())
        filters.addWidget(self.severity_combo)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.report_button)
        il.addLayout(filters)
        self.issue_count = QLabel()
        il.addWidget(self.issue_count)
        self.issues_model = FilteredListModel([
            Column(self.tr("Sheet"), lambda i: i.sheet),
            Column(self.tr("Row"), lambda i: i.row, numeric=True),
            Column(self.tr("Column"), lambda i: i.column),
            Column(self.tr("Value"), lambda i: i.value),
            Column(self.tr("Reason"), lambda i: i.reason),
            Column(self.tr("Outcome"), lambda i: severity_label(i.severity)),
        ], self)
        self.issues_model.row_color = lambda i: issue_color(i.severity)
        self.issues_view = QTableView()
        self.issues_view.setModel(self.issues_model)
        self.issues_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.issues_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.issues_view.verticalHeader().setVisible(False)
        self.issues_view.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.issues_view.verticalHeader().setDefaultSectionSize(self.issues_view.fontMetrics().height() + 8)
        self.issues_view.horizontalHeader().setResizeContentsPrecision(60)
        il.addWidget(self.issues_view, 1)
        self.tabs.addTab(issues, self.tr("Rows with remarks"))

        diff = QWidget()
        dl = QVBoxLayout(diff)
        self.diff_model = FilteredListModel([
            Column(self.tr("Change"), lambda d: d[0]),
            Column(self.tr("Key"), lambda d: d[1]),
        ], self)
        self.diff_view = QTableView()
        self.diff_view.setModel(self.diff_model)
        self.diff_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.diff_view.verticalHeader().setVisible(False)
        self.diff_view.horizontalHeader().setStretchLastSection(True)
        dl.addWidget(self.diff_view, 1)
        self.tabs.addTab(diff, self.tr("Differences"))
        layout.addWidget(self.tabs, 1)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(250)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(lambda _t: self._filter_timer.start())
        self.severity_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self._started_for = None

    def initializePage(self) -> None:  # noqa: N802
        self.start()

    def cleanupPage(self) -> None:  # noqa: N802
        # Back from here: the clerk will change something, so the result no longer applies.
        self.wiz.result = None

    def _show_result(self, result) -> None:
        has = result is not None
        self.counts.setVisible(has)
        self.tabs.setVisible(has)
        if not has:
            self.issues_model.set_all([])
            self.diff_model.set_all([])
            return
        fmt = lambda n: f"{n:,}"  # noqa: E731
        self.count_labels["rows_read"].setText(fmt(result.rows_read))
        self.count_labels["imported"].setText(fmt(result.imported))
        self.count_labels["operating"].setText(fmt(result.operating))
        self.count_labels["rejected"].setText(fmt(result.rejected))
        self.count_labels["flagged"].setText(fmt(result.flagged))
        self.count_labels["rejected"].setStyleSheet("color: #a3160b; font-weight: bold;" if result.rejected else "")
        self.count_labels["flagged"].setStyleSheet("color: #8d5b00; font-weight: bold;" if result.flagged else "")
        d = result.diff
        if d.previous_version is None:
            self.count_labels["diff"].setText(self.tr("first version of this register (%1 new)")
                                              .replace("%1", fmt(len(d.added))))
        else:
            self.count_labels["diff"].setText(
                self.tr("version %1: %2 added, %3 removed, %4 changed").replace("%1", str(d.previous_version))
                .replace("%2", fmt(len(d.added))).replace("%3", fmt(len(d.removed)))
                .replace("%4", fmt(len(d.changed))))
        added, removed, changed = self.tr("added"), self.tr("removed"), self.tr("changed")
        self.diff_model.set_all([(added, k) for k in d.added] + [(removed, k) for k in d.removed]
                                + [(changed, k) for k in d.changed])
        self.issues_model.set_all(result.issues)
        serious = any(i.severity in ("rejected", "conflict", "flagged") for i in result.issues)
        self.severity_combo.blockSignals(True)
        self.severity_combo.setCurrentIndex(0 if serious else 1)   # nothing serious: show every remark
        self.severity_combo.blockSignals(False)
        self.apply_filter()
        self.report_button.setEnabled(bool(result.issues))

    def apply_filter(self) -> None:
        severities = set(filter(None, (self.severity_combo.currentData() or "").split(",")))
        text = self.search_edit.text().strip().lower()

        def keep(issue) -> bool:
            if severities and issue.severity not in severities:
                return False
            if text and not any(text in str(v).lower() for v in (issue.reason, issue.value, issue.column,
                                                                  issue.sheet)):
                return False
            return True

        self.issues_model.set_filter(keep if (severities or text) else None)
        self.issue_count.setText(self.tr("%1 of %2 remarks shown").replace("%1", f"{self.issues_model.rowCount():,}")
                                 .replace("%2", f"{len(self.issues_model.all_rows):,}"))
        view = self.issues_view
        cap = view.fontMetrics().horizontalAdvance("M" * 16)
        for c in (0, 1, 2, 3, 5):
            view.resizeColumnToContents(c)
            if view.columnWidth(c) > cap:
                view.setColumnWidth(c, cap)

    def start(self) -> None:
        if self.wiz.busy():
            return
        self.wiz.result = None
        self._show_result(None)
        _set_error(self.error, "")
        self.status.setText(self.tr("Checking the file…"))
        self.retry_button.setVisible(False)
        wiz = self.wiz
        path, kind, name = wiz.file_page.path(), wiz.kind(), wiz.file_page.register_name()
        options = wiz.options()

        def work(progress, cancel):
            from app.registers import service
            return service.validate_import(path, kind, name, progress=progress, cancel=cancel, **options)

        wiz.run(work, title=self.tr("Checking the register"), on_done=self._done, on_error=self._failed,
                on_cancelled=self._cancelled)
        self.completeChanged.emit()

    def _done(self, result) -> None:
        self.wiz.result = result
        self.retry_button.setVisible(True)
        if result.imported == 0:
            self.status.setText(self.tr("No row of the file can be imported; see the remarks below."))
        elif result.rejected:
            self.status.setText(self.tr("Checked. Rejected rows are not imported; correct them in the file and "
                                        "import again, or import the rest now."))
        else:
            self.status.setText(self.tr("Checked. Every row can be imported."))
        self._show_result(result)
        self.completeChanged.emit()

    def _failed(self, exc) -> None:
        self.retry_button.setVisible(True)
        self.status.setText(self.tr("The file cannot be imported as it is:"))
        _set_error(self.error, error_text(exc))
        self.completeChanged.emit()

    def _cancelled(self, exc) -> None:
        self.retry_button.setVisible(True)
        self.status.setText(str(exc))
        self.completeChanged.emit()

    def save_report(self, path: str | Path | None = None) -> None:
        result = self.wiz.result
        if result is None:
            return
        if path is None:
            suggested = str(Path(result.path).with_name(Path(result.path).stem + "-导入问题.xlsx"))
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save error report"), suggested,
                                                  self.tr("Excel workbook (*.xlsx)"))
            if not path:
                return
        path = Path(path)
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")

        def work(progress, cancel):
            from app.registers.service import write_error_report
            progress(0, 0, QCoreApplication.translate("ValidatePage", "Writing the error report…"))
            return write_error_report(result, path)

        def done(written):
            self.status.setText(self.tr("Error report saved: %1").replace("%1", str(written)))

        self.wiz.run(work, title=self.tr("Save error report"), on_done=done,
                     on_error=lambda exc: _set_error(self.error, error_text(exc)), cancellable=False)

    def isComplete(self) -> bool:  # noqa: N802
        return self.wiz.result is not None and self.wiz.result.imported > 0 and not self.wiz.busy()

    def validatePage(self) -> bool:  # noqa: N802
        return self.isComplete()


class ConfirmPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr("The import becomes a new, unchangeable version of the register. It is logged."))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.error = _error_label()
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.setFinalPage(True)

    def initializePage(self) -> None:  # noqa: N802
        r = self.wiz.result
        _set_error(self.error, "")
        if r is None:
            self.summary.clear()
            return
        version = (r.diff.previous_version or 0) + 1
        lines = [
            self.tr("Register: %1").replace("%1", r.register_name),
            self.tr("New version: %1").replace("%1", str(version)),
            self.tr("File: %1 (sheets: %2)").replace("%1", r.source_name).replace("%2", "、".join(r.sheets)),
            self.tr("SHA-256 of the file: %1").replace("%1", r.source_sha256),
            self.tr("Rows imported: %1, of them operating / eligible: %2").replace("%1", f"{r.imported:,}")
            .replace("%2", f"{r.operating:,}"),
            self.tr("Rejected rows (not imported): %1; flagged rows: %2").replace("%1", f"{r.rejected:,}")
            .replace("%2", f"{r.flagged:,}"),
            self.tr("Digest of the content: %1").replace("%1", r.digest),
        ]
        self.summary.setText("\n".join(lines))

    def isComplete(self) -> bool:  # noqa: N802
        return self.wiz.result is not None and not self.wiz.busy()

    def validatePage(self) -> bool:  # noqa: N802
        if self.wiz.version is not None:
            return True
        if self.wiz.busy() or self.wiz.result is None:
            return False
        result = self.wiz.result
        _set_error(self.error, "")

        def work(progress, cancel):
            from app.registers import service
            version = service.commit_import(result, progress=progress, cancel=cancel)
            return version.id

        def done(version_id):
            # Also when the clerk closed the wizard meanwhile: the version exists, the screens must show it.
            from app.registers.models import RegisterVersion
            self.wiz.version = RegisterVersion.get_by_id(version_id)
            self.wiz.ctx.notify_data_changed()
            self.wiz.committed.emit(version_id)
            if not self.wiz._closing:
                self.wiz.accept()

        def failed(exc):
            _set_error(self.error, error_text(exc))
            self.completeChanged.emit()

        self.wiz.run(work, title=self.tr("Importing"), on_done=done, on_error=failed, on_cancelled=failed,
                     even_if_closed=True)
        self.completeChanged.emit()
        return False
