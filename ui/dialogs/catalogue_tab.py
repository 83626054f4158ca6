"""设置 → 抽查事项清单: the catalogue's newest version (read-only), a new version imported from a file, and
small edits (add, change, remove an item).

Every change is a new version with a reason, saved at once through ui.operations.settings (the dialog's
Save button is for settings only): the same import a file goes through checks it (app.catalogue.edit),
so an edited version is digested, logged and verified like an imported one.
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.catalogue import edit, queries
from app.catalogue.items import FIELDS, Entry
from ui.dialogs.messages import show_info
from ui.operations.settings import change_catalogue, import_catalogue
from ui.widgets import ask


class ItemDialog(QDialog):
    """One catalogue item's fields."""

    def __init__(self, entry: Entry | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check item"))
        self.edits: dict[str, QLineEdit | QPlainTextEdit | QComboBox] = {}
        form = QFormLayout()
        labels = {"code": self.tr("Item code:"), "name": self.tr("Item name:"), "category": self.tr("Category:"),
                  "method": self.tr("Check method:"), "department": self.tr("Department:"),
                  "object_type": self.tr("Object type:"), "basis": self.tr("Legal basis:"), "note": self.tr("Note:")}
        for field in FIELDS:
            if field == "category":
                widget: QLineEdit | QPlainTextEdit | QComboBox = QComboBox()
                widget.addItems(["一般", "重点"])
                widget.setEditable(True)
            elif field in ("basis", "note"):
                widget = QPlainTextEdit()
                widget.setTabChangesFocus(True)
                widget.setMinimumHeight(widget.fontMetrics().height() * 3)
            else:
                widget = QLineEdit()
            self.edits[field] = widget
            form.addRow(labels[field], widget)
        self.edits["basis"].setPlaceholderText(self.tr("e.g. 《中华人民共和国工业产品生产许可证管理条例》第四十七条"))
        if entry is not None:
            for field in FIELDS:
                self._set(field, getattr(entry, field))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def _set(self, field: str, value: str) -> None:
        widget = self.edits[field]
        if isinstance(widget, QComboBox):
            widget.setCurrentText(value)
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value)
        else:
            widget.setText(value)

    def entry(self) -> Entry:
        values = {}
        for field, widget in self.edits.items():
            if isinstance(widget, QComboBox):
                values[field] = widget.currentText().strip()
            elif isinstance(widget, QPlainTextEdit):
                values[field] = widget.toPlainText().strip()
            else:
                values[field] = widget.text().strip()
        return Entry(**values)


class CatalogueTab(QWidget):
    """The tab: what the catalogue holds now, and the buttons that make its next version."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, len(FIELDS))
        self.table.setHorizontalHeaderLabels([
            self.tr("Code"), self.tr("Name"), self.tr("Category"), self.tr("Method"), self.tr("Department"),
            self.tr("Object type"), self.tr("Legal basis"), self.tr("Note")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._double_clicked)
        self.import_button = QPushButton(self.tr("Import a new version…"))
        self.add_button = QPushButton(self.tr("Add item…"))
        self.edit_button = QPushButton(self.tr("Edit item…"))
        self.remove_button = QPushButton(self.tr("Remove item…"))
        self.import_button.clicked.connect(self.import_version)
        self.add_button.clicked.connect(self.add_item)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        for button in (self.import_button, self.add_button, self.edit_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        hint = QLabel(self.tr("Each change makes a new version of the catalogue with your reason and is saved at "
                              "once. Plans already committed keep the items and bases they were committed with."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(hint)
        self.entries: list[dict] = []
        self.refresh()

    def _double_clicked(self, _index) -> None:
        self.edit_selected()

    # The settings dialog calls load/values on every tab: the catalogue is not a setting.
    def load(self, _values: dict) -> None:
        self.refresh()

    def values(self) -> dict:
        return {}

    def refresh(self) -> None:
        shown = queries.catalogue()
        self.entries = shown["items"]
        if shown["version"]:
            self.heading.setText(self.tr("%1, version %2 (%3): %4 item(s). %5")
                                 .replace("%1", shown["register"]).replace("%2", str(shown["version"]))
                                 .replace("%3", shown["created_at"][:16].replace("T", " "))
                                 .replace("%4", str(len(self.entries))).replace("%5", shown["note"]))
        else:
            self.heading.setText(self.tr("No check-item catalogue yet: import one, or add its first item."))
        self.table.setRowCount(len(self.entries))
        for r, item in enumerate(self.entries):
            for c, field in enumerate(FIELDS):
                self.table.setItem(r, c, QTableWidgetItem(item[field]))
        self.table.resizeColumnsToContents()
        for button in (self.edit_button, self.remove_button):
            button.setEnabled(bool(self.entries))

    def selected(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def ask_reason(self, title: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, self.tr("Reason for the new version (kept in the log):"))
        return text.strip() if ok and text.strip() else None

    def _run(self, change) -> None:
        def done(number: int) -> None:
            self.refresh()
            show_info(self, self.tr("Check-item catalogue"), self.tr("Saved as version %1.").replace("%1", str(number)))
        change_catalogue(self, self.ctx, change).success(done).run()

    def import_version(self) -> None:
        path = ask.ask_open_path(self, self.tr("Import check-item catalogue"),
                                 self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.csv)"), kind=ask.REGISTERS)
        if not path:
            return
        reason = ""
        if self.entries:
            reason = self.ask_reason(self.tr("Import a new version")) or ""
            if not reason:
                return

        def done(got) -> None:
            number, result = got
            self.refresh()
            show_info(self, self.tr("Check-item catalogue"),
                      self.tr("Imported as version %1: %2 item(s), %3 row(s) not imported, %4 to check.")
                      .replace("%1", str(number)).replace("%2", str(result.imported))
                      .replace("%3", str(result.rejected)).replace("%4", str(result.flagged)))
        import_catalogue(self, self.ctx, path, reason).success(done).run()

    def add_item(self) -> None:
        entry = self._ask_item(None)
        reason = self.ask_reason(self.tr("Add item")) if entry is not None else None
        if entry is not None and reason:
            self._run(lambda: edit.add_item(entry, reason))

    def _ask_item(self, shown: Entry | None) -> Entry | None:
        """The item the clerk filled in, or None. The dialog is deleted here, on the GUI thread (a Qt object
        left to the cycle collector may be collected on a worker thread)."""
        dialog = ItemDialog(shown, parent=self)
        try:
            return dialog.entry() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def edit_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        entry = self._ask_item(Entry(**item))
        reason = self.ask_reason(self.tr("Edit item")) if entry is not None else None
        if entry is not None and reason:
            self._run(lambda: edit.update_item(item["code"], entry, reason))

    def remove_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        reason = self.ask_reason(self.tr("Remove %1").replace("%1", f"{item['code']} {item['name']}"))
        if reason:
            self._run(lambda: edit.remove_item(item["code"], reason))
