"""Step 5, 打印文书: choose a kind and the inspections, generate the PDFs off the GUI
thread, preview them inside the application and print through the system dialog.

All document work is app.docs.service.generate() (through
ui.operations.docs.generate_documents); this screen only chooses its arguments,
shows the files it wrote and hands pages to the printer.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
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
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.docs import service as docs_service
from app.draw import plans as plan_service
from app.draw import queries as draw_queries
from app.draw import service as draw_service
from app.settings.store import district_names
from ui.changes import Changes
from ui.dialogs.messages import show_error
from ui.dialogs.office_prompt import ensure_office_settings
from ui.operations.docs import generate_documents
from ui.widgets import ask
from ui.widgets.ask import open_or_explain
from ui.widgets.labels import title_label


def create_screen(ctx) -> QWidget:
    return DocumentsScreen(ctx)


def district_order(names: set[str]) -> list[str]:
    """The districts in the settings' order (as everywhere else), unknown ones after them by name."""
    order = {name: i for i, name in enumerate(district_names())}
    return sorted(names, key=lambda n: (order.get(n, len(order)), n))


def _kind_labels() -> dict[str, str]:
    # The kinds' Chinese names come from the core (they are also the file names).
    return dict(docs_service.KIND_NAMES)


class DocumentsScreen(QWidget):
    # Kinds that concern single inspections; the others are one document per draw.
    PER_INSPECTION = ("notice", "form", "labels", "tasklist")

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._files: list[Path] = []
        self.pdf = QPdfDocument(self)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_left())
        splitter.addWidget(self._build_preview())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)        # as the other steps' screens
        self.title = title_label()
        self.title.setObjectName("screenTitle")
        layout.addWidget(self.title)
        layout.addWidget(splitter, 1)

        ctx.data_changed.connect(self._on_changes)
        ctx.plan_changed.connect(lambda _plan: self.reload())
        self.reload()

    # -- building -------------------------------------------------------------------------------
    def _build_left(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)

        form = QFormLayout()
        self.draw_combo = QComboBox()
        self.draw_combo.setObjectName("drawCombo")
        self.draw_combo.currentIndexChanged.connect(self._draw_chosen)
        form.addRow(self.tr("Draw:"), self.draw_combo)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kindCombo")
        for kind, label in _kind_labels().items():
            self.kind_combo.addItem(label, kind)
        self.kind_combo.currentIndexChanged.connect(self._kind_chosen)
        form.addRow(self.tr("Document:"), self.kind_combo)
        layout.addLayout(form)

        self.scope_box = QGroupBox(self.tr("Which inspections"))
        scope = QVBoxLayout(self.scope_box)
        self.scope_all = QRadioButton(self.tr("All inspections of the draw"))
        self.scope_district = QRadioButton(self.tr("One district:"))
        self.scope_selected = QRadioButton(self.tr("The inspections selected below"))
        self.scope_group = QButtonGroup(self)
        for button in (self.scope_all, self.scope_district, self.scope_selected):
            self.scope_group.addButton(button)
        self.scope_all.setChecked(True)
        self.district_combo = QComboBox()
        self.district_combo.setObjectName("districtCombo")
        # the table follows the chosen district; choosing one chooses the "one district" scope
        self.district_combo.currentIndexChanged.connect(lambda _i: self._filter_table())
        self.district_combo.activated.connect(lambda _i: self.scope_district.setChecked(True))   # the clerk's pick
        self.scope_group.buttonToggled.connect(lambda _b, on: on and self._filter_table())
        row = QHBoxLayout()
        row.addWidget(self.scope_district)
        row.addWidget(self.district_combo, 1)
        scope.addWidget(self.scope_all)
        scope.addLayout(row)
        scope.addWidget(self.scope_selected)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("inspectionTable")
        self.table.setHorizontalHeaderLabels([self.tr("District"), self.tr("Credit code"), self.tr("Enterprise"),
                                              self.tr("Tasks")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(lambda: self.scope_selected.setChecked(
            bool(self.table.selectionModel().selectedRows())) or None)
        scope.addWidget(self.table, 1)
        layout.addWidget(self.scope_box, 1)

        out = QHBoxLayout()
        out.addWidget(QLabel(self.tr("Save to:")))
        self.out_edit = QLineEdit()
        self.out_edit.setObjectName("outEdit")
        out.addWidget(self.out_edit, 1)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        out.addWidget(browse)
        layout.addLayout(out)

        self.generate_button = QPushButton(self.tr("Generate PDF"))
        self.generate_button.setObjectName("generateButton")
        self.generate_button.clicked.connect(self.generate)
        layout.addWidget(self.generate_button)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        return box

    def _build_preview(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.file_list = QListWidget()
        self.file_list.setObjectName("fileList")
        self.file_list.setMaximumHeight(140)
        self.file_list.currentItemChanged.connect(self._file_chosen)
        layout.addWidget(QLabel(self.tr("Generated files:")))
        layout.addWidget(self.file_list)
        self.view = QPdfView()
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_current)
        self.open_button = QPushButton(self.tr("Open folder"))
        self.open_button.clicked.connect(self._open_folder)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.open_button)
        layout.addLayout(buttons)
        self._update_file_buttons()
        return box

    # -- data -----------------------------------------------------------------------------------
    def _on_changes(self, changes: Changes) -> None:
        # the drawn draws of the plans and their inspections (a match may replace one); the documents
        # this screen generates change none of them
        if changes.touches("plan", "draw", "match"):
            self.reload()

    def reload(self) -> None:
        title = draw_queries.plan_title(self.ctx.current_plan_id)
        self.title.setText(self.tr("Print documents — %1").replace("%1", title) if title is not None
                           else self.tr("Print documents — all plans"))
        current = self.draw_combo.currentData()
        self.draw_combo.blockSignals(True)
        self.draw_combo.clear()
        plan_id = self.ctx.current_plan_id
        plans = [plan_service.get_plan(plan_id)] if plan_id else plan_service.list_plans()
        for plan in plans:
            for draw in draw_service.draws_for_plan(plan.id):
                if draw.status == "drawn":
                    self.draw_combo.addItem(self.tr("Draw No. %1 — %2").replace("%1", str(draw.draw_no))
                                            .replace("%2", plan.title), draw.draw_no)
        index = self.draw_combo.findData(current)
        self.draw_combo.setCurrentIndex(index if index >= 0 else 0)
        self.draw_combo.blockSignals(False)
        self._draw_chosen()

    def _draw_chosen(self) -> None:
        draw_no = self.draw_combo.currentData()
        # the district chosen stays chosen when the list is read again (after generating, a change of the
        # match …): the clerk's scope must never silently become another district
        district = self.district_combo.currentText()
        self.table.setRowCount(0)
        self.district_combo.blockSignals(True)
        self.district_combo.clear()
        self.generate_button.setEnabled(draw_no is not None)
        if draw_no is None:
            self.status.setText(self.tr("No drawn draw yet: documents are made after the random draw."))
            return
        self.status.clear()
        rows = [i for i in draw_service.inspections(draw_no) if i.active]
        rows.sort(key=lambda i: (i.district, i.key))
        self.table.setRowCount(len(rows))
        for r, inspection in enumerate(rows):
            values = [inspection.district, inspection.key, inspection.name, "、".join(inspection.tasks)]
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        for name in district_order({i.district for i in rows}):
            self.district_combo.addItem(name)
        index = self.district_combo.findText(district) if district else -1
        if index < 0 and district and self.scope_district.isChecked():
            self.scope_all.setChecked(True)     # that district has nothing in this draw: say so, never another
            self.status.setText(self.tr("Draw no. %1 has no inspection in %2: the scope is back to all inspections.")
                                .replace("%1", str(draw_no)).replace("%2", district))
        self.district_combo.setCurrentIndex(max(index, 0))
        self.district_combo.blockSignals(False)
        self._filter_table()
        if not self.out_edit.text():
            base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            self.out_edit.setText(str(Path(base or Path.home()) / "双随机抽查文书" / f"第{draw_no}号抽取"))
        self._kind_chosen()

    def _filter_table(self) -> None:
        """With "one district" chosen the table shows only that district's inspections."""
        only = self.district_combo.currentText() if self.scope_district.isChecked() else ""
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            self.table.setRowHidden(r, bool(only) and item is not None and item.text() != only)

    def _kind_chosen(self) -> None:
        self.scope_box.setEnabled(self.kind_combo.currentData() in self.PER_INSPECTION)

    def _browse(self) -> None:
        folder = ask.ask_folder(self, self.tr("Folder for the documents"), kind=ask.DOCUMENTS,
                                start=self.out_edit.text() or None)
        if folder:
            self.out_edit.setText(folder)

    def selection(self) -> tuple[list[str] | None, str | None]:
        """(keys, district) for generate(): None means no restriction."""
        if self.kind_combo.currentData() not in self.PER_INSPECTION or self.scope_all.isChecked():
            return None, None
        if self.scope_district.isChecked():
            return None, self.district_combo.currentText() or None
        keys = [self.table.item(index.row(), 1).text() for index in self.table.selectionModel().selectedRows()]
        return keys, None

    # -- actions --------------------------------------------------------------------------------
    def generate(self) -> None:
        draw_no = self.draw_combo.currentData()
        kind = self.kind_combo.currentData()
        out_dir = self.out_edit.text().strip()
        keys, district = self.selection()
        if draw_no is None or not out_dir:
            return
        if keys is not None and not keys:
            self.status.setText(self.tr("Select at least one inspection in the table, or choose all."))
            return
        if not ask.confirm(self, self.tr("Generate documents"), self._confirmation(draw_no, kind, keys, district)):
            return
        if not ensure_office_settings(self, self.ctx, kind):    # the first notice asks for the bureau's details
            return

        self.generate_button.setEnabled(False)
        task = (generate_documents(self, self.ctx, kind, draw_no, out_dir, keys=keys, district=district)
                .success(self._generated).cancelled(lambda _exc: self._finished_without_files()).run())
        task.finished.connect(lambda: self.generate_button.setEnabled(True))   # done, failed or cancelled

    def _confirmation(self, draw_no: int, kind: str, keys: list[str] | None, district: str | None) -> str:
        """"为市南区生成 59 份检查结果记录表": the scope and the count, asked before anything is written."""
        label = _kind_labels().get(kind, kind)
        if kind not in self.PER_INSPECTION:
            return self.tr("Generate the %1 of draw no. %2?").replace("%1", label).replace("%2", str(draw_no))
        if keys is not None:
            return self.tr("Generate %1 %2 for the %1 selected inspection(s)?").replace("%1", str(len(keys))) \
                .replace("%2", label)
        rows = [r for r in range(self.table.rowCount())
                if district is None or self.table.item(r, 0).text() == district]
        count = len(rows)
        if kind == "tasklist":              # one list per district
            count = len({self.table.item(r, 0).text() for r in rows})
        if district is not None:
            return self.tr("Generate %1 %2 for %3?").replace("%1", str(count)).replace("%2", label) \
                .replace("%3", district)
        return self.tr("Generate %1 %2 for all inspections of draw no. %3?").replace("%1", str(count)) \
            .replace("%2", label).replace("%3", str(draw_no))

    def _finished_without_files(self) -> None:
        self.status.setText(self.tr("Cancelled: no file was written."))

    def _generated(self, files: list[Path]) -> None:
        self._files = [Path(f) for f in files]
        self.file_list.clear()
        for path in self._files:
            item = QListWidgetItem(path.name)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.file_list.addItem(item)
        self.status.setText(self.tr("Files written: %1, in %2").replace("%1", str(len(self._files)))
                            .replace("%2", self.out_edit.text()))
        if self._files:
            # The combined file (when there is one) is what the clerk prints: show it first.
            combined = [i for i in range(self.file_list.count()) if "合并" in self.file_list.item(i).text()]
            self.file_list.setCurrentRow(combined[0] if combined else 0)
        self._update_file_buttons()

    def _file_chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        self.pdf.close()
        if item is not None:
            self.pdf.load(item.data(Qt.ItemDataRole.UserRole))
        self._update_file_buttons()

    def _update_file_buttons(self) -> None:
        has = self.pdf.status() == QPdfDocument.Status.Ready
        self.print_button.setEnabled(has)
        self.open_button.setEnabled(bool(self._files))

    def _open_folder(self) -> None:
        if self._files:
            open_or_explain(self, self._files[0].parent)

    def print_current(self) -> None:
        if self.pdf.status() != QPdfDocument.Status.Ready:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        try:
            print_pdf(self.pdf, printer)
        except Exception as exc:  # noqa: BLE001 - a printer failure is shown, not raised
            show_error(self, exc)


def print_pdf(pdf: QPdfDocument, printer: QPrinter) -> int:
    """Render each page at the printer's resolution and paint it; returns the pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError("无法开始打印：打印机不可用。")
    try:
        first, last = printer.fromPage(), printer.toPage()
        pages = range(pdf.pageCount()) if first == 0 else range(first - 1, min(last, pdf.pageCount()))
        printed = 0
        for n, page in enumerate(pages):
            if n:
                printer.newPage()
            target = painter.viewport()
            size = pdf.pagePointSize(page).toSize().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            image = pdf.render(page, size)
            painter.drawImage(0, 0, image)
            printed += 1
        return printed
    finally:
        painter.end()
