"""Step 1, 登记名录: the registers and their versions, a browser for any version, the import wizard.

The browser (ui.models.register_rows) has a line for every matching row and reads only the
windows in view (app.registers.browse), a large version's on a background thread, so scrolling
to the end of 1,000,000 rows, a district filter and a search never hold the GUI thread.
Every import goes through the import wizard (app.registers.service).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.registers import browse, queries
from ui.changes import Changes
from ui.models import register_rows
from ui.models.register_rows import RegisterRowsModel
from ui.operations import registers as register_ops
from ui.screens.register_columns import browser_columns, row_color, short_kind
from ui.widgets import ask
from ui.widgets.labels import bold, error_text
from ui.widgets.layouts import add_splitter, button_row, pane, screen_layout
from ui.widgets.table_models import PagedModel, RowsModel
from ui.widgets.tables import Column, cap_columns, table_defaults
from ui.wizards.import_wizard import ImportWizard
from ui.wizards.register_labels import ISSUE_TEXT_COLUMNS, issue_color, issue_columns, issue_filters


class RegistersScreen(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._wizard = None
        self._version: dict | None = None

        root, self.message = screen_layout(self, self.tr("Registers"))

        self.import_buttons: dict[str, QPushButton] = {}
        for kind, text in (("enterprise", self.tr("Import enterprise register…")),
                           ("inspector", self.tr("Import inspectors…")),
                           ("avoidance", self.tr("Import avoidance list…")),
                           ("institution", self.tr("Import third-party institutions…"))):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, k=kind: self.open_import(k))
            self.import_buttons[kind] = button
        button_row(root, self.import_buttons.values())
        splitter = add_splitter(root, Qt.Orientation.Vertical)

        # the versions
        top, tl = pane()
        tl.addWidget(bold(QLabel(self.tr("Registers and their versions"))))
        self.versions_model = RowsModel([
            Column(self.tr("Register"), lambda v: v["register"]),
            Column(self.tr("Kind"), lambda v: short_kind(v["kind"])),
            Column(self.tr("Version"), lambda v: v["version"], numeric=True),
            Column(self.tr("Source file"), lambda v: v["source"],
                   tooltip=lambda v: f"{v['source']}\nSHA-256 {v['sha256']}"),
            Column(self.tr("Rows"), lambda v: v["imported"], numeric=True),
            # Each count only where it means something: 在营 for enterprises, 可匹配 for inspectors.
            Column(self.tr("Operating"), lambda v: v["operating"] if v["kind"] == "enterprise" else "",
                   numeric=True),
            Column(self.tr("Eligible"), lambda v: v["operating"] if v["kind"] == "inspector" else "",
                   numeric=True),
            Column(self.tr("Rejected"), lambda v: v["rejected"], numeric=True),
            Column(self.tr("Flagged"), lambda v: v["flagged"], numeric=True),
            Column(self.tr("Imported by"), lambda v: v["by"]),
            Column(self.tr("Imported at"), lambda v: (v["at"] or "").replace("T", " ")[:19]),
            Column(self.tr("Changes"), lambda v: v.get("note") or ""),
            Column(self.tr("Digest"), lambda v: (v["digest"] or "")[:12] + "…",
                   tooltip=lambda v: v["digest"] + ("\n" + v["note"] if v.get("note") else "")),
        ], parent=self)
        self.versions_view = QTableView()
        self.versions_view.setModel(self.versions_model)
        self._table_defaults(self.versions_view)
        self.versions_view.selectionModel().currentRowChanged.connect(self._on_version_row)
        tl.addWidget(self.versions_view, 1)
        self.empty_label = QLabel(self.tr("No register yet. Import the enterprise register first, then the "
                                          "inspectors and the avoidance list."))
        self.empty_label.setWordWrap(True)
        tl.addWidget(self.empty_label)
        splitter.addWidget(top)

        # the browser
        self.tabs = QTabWidget()
        contents = QWidget()
        cl = QVBoxLayout(contents)
        filters = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search name, code, address…"))
        self.search_edit.setClearButtonEnabled(True)
        self.district_combo = QComboBox()
        self.state_combo = QComboBox()
        filters.addWidget(self.search_edit, 2)
        filters.addWidget(self.district_combo, 1)
        filters.addWidget(self.state_combo, 1)
        cl.addLayout(filters)
        self.count_label = QLabel()
        cl.addWidget(self.count_label)
        self.rows_model = RegisterRowsModel(browser_columns("enterprise"), parent=self)
        self.rows_model.ready.connect(self._show_count)
        self.rows_model.failed.connect(lambda exc: self.message.show_error(error_text(exc)))
        self.rows_view = QTableView()
        self.rows_view.setModel(self.rows_model)
        self._table_defaults(self.rows_view)
        self.rows_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.rows_view.horizontalHeader().setDefaultSectionSize(
            self.rows_view.fontMetrics().horizontalAdvance("91370202MA3C8XXXXX") + 16)
        header = self.rows_view.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(False)
        header.sectionClicked.connect(self._sort_by)
        self._order: tuple[str, bool] = ("", False)      # (field, descending); "" = the register's key
        self._fit_rows_pending = False                    # size the columns when the first rows arrive
        self._name_index_for: tuple[str, int] | None = None  # a large version whose names are not read yet
        cl.addWidget(self.rows_view, 1)
        self.tabs.addTab(contents, self.tr("Contents"))

        issues = QWidget()
        il = QVBoxLayout(issues)
        ifilters = QHBoxLayout()
        self.severity_combo, self.issue_search, self.report_button = issue_filters(serious_first=False)
        self.report_button.clicked.connect(lambda: self.save_report())
        ifilters.addWidget(self.severity_combo, 1)
        ifilters.addWidget(self.issue_search, 2)
        ifilters.addWidget(self.report_button)
        il.addLayout(ifilters)
        self.issue_count = QLabel()
        il.addWidget(self.issue_count)
        self.issues_model = PagedModel(issue_columns(lambda issue, field: issue[field]), parent=self)
        self.issues_model.row_color = lambda i: issue_color(i["severity"])
        self.issues_view = QTableView()
        self.issues_view.setModel(self.issues_model)
        self._table_defaults(self.issues_view)
        self.issues_view.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.issues_view.horizontalHeader().setStretchLastSection(False)
        il.addWidget(self.issues_view, 1)
        self.tabs.addTab(issues, self.tr("Import remarks"))
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(300)
        self._search_timer.timeout.connect(self.reload_rows)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.textChanged.connect(lambda _t: self._load_name_index())
        self.search_edit.installEventFilter(self)
        self.district_combo.currentIndexChanged.connect(lambda _i: self.reload_rows())
        self.state_combo.currentIndexChanged.connect(lambda _i: self.reload_rows())
        self._issue_timer = QTimer(self)
        self._issue_timer.setSingleShot(True)
        self._issue_timer.setInterval(300)
        self._issue_timer.timeout.connect(self.reload_issues)
        self.issue_search.textChanged.connect(lambda _t: self._issue_timer.start())
        self.severity_combo.currentIndexChanged.connect(lambda _i: self.reload_issues())

        ctx.data_changed.connect(self._on_changes)
        self.refresh()

    @staticmethod
    def _table_defaults(view: QTableView) -> None:
        table_defaults(view)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setResizeContentsPrecision(60)   # fit columns to the first rows, not all loaded

    # ---- versions ------------------------------------------------------------------

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("registers"):
            self.refresh()

    def refresh(self, select_version_id: int | None = None) -> None:
        keep = select_version_id or (self._version or {}).get("id")
        try:
            rows = queries.version_rows()
        except Exception as exc:  # noqa: BLE001
            self.message.show_error(error_text(exc))
            rows = []
        self.versions_model.set_rows(rows)
        self._fit_columns(self.versions_view)
        self.empty_label.setVisible(not rows)
        self.tabs.setEnabled(bool(rows))
        ids = [r["id"] for r in rows]
        if not rows:
            self._version = None
            self._show_version(None)
            return
        row = ids.index(keep) if keep in ids else 0
        self.select_version_row(row, force=True)

    def select_version_row(self, row: int, force: bool = False) -> None:
        if self.versions_view.currentIndex().row() == row and not force:
            return
        if self.versions_view.currentIndex().row() == row:
            self._show_version(self.versions_model.row_object(row))
            return
        self.versions_view.selectionModel().setCurrentIndex(
            self.versions_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def current_version_id(self) -> int | None:
        return self._version["id"] if self._version else None

    def select_version(self, version_id: int) -> None:
        for row, v in enumerate(self.versions_model.rows):
            if v["id"] == version_id:
                self.select_version_row(row)
                return

    def _on_version_row(self, current, _previous) -> None:
        self._show_version(self.versions_model.row_object(current.row()))

    def _show_version(self, version: dict | None) -> None:
        self._version = version
        kind = version["kind"] if version else "enterprise"
        for combo in (self.district_combo, self.state_combo):
            combo.blockSignals(True)
            combo.clear()
        self.district_combo.addItem(self.tr("All districts"), "")
        # the names only (an index seek each): a district's rows are counted when it is chosen
        for d in (browse.district_names(kind, version["id"]) if version is not None else []):
            self.district_combo.addItem(d, d)
        self.district_combo.setVisible(kind in ("enterprise", "inspector"))
        if kind == "enterprise":
            self.state_combo.addItem(self.tr("Operating and not operating"), "")
            self.state_combo.addItem(self.tr("Operating only"), "yes")
            self.state_combo.addItem(self.tr("Not operating only"), "no")
        elif kind == "inspector":
            self.state_combo.addItem(self.tr("In post and not in post"), "")
            self.state_combo.addItem(self.tr("In post only"), "yes")
            self.state_combo.addItem(self.tr("Not in post only"), "no")
        self.state_combo.setVisible(kind in ("enterprise", "inspector"))
        for combo in (self.district_combo, self.state_combo):
            combo.blockSignals(False)
        self.rows_model.columns = browser_columns(kind)
        self._order = ("", False)
        self.rows_view.horizontalHeader().setSortIndicatorShown(False)
        self.rows_model.row_color = row_color(kind)
        self.tabs.setTabText(0, self.tr("Contents of %1, version %2").replace("%1", version["register"])
                             .replace("%2", str(version["version"])) if version else self.tr("Contents"))
        # A large version's first rows arrive from a background read: size the columns when they
        # are shown (_show_count), not now, when the view holds only empty placeholders.
        self._fit_rows_pending = True
        self.reload_rows()
        self.reload_issues()
        if self.rows_model.rows:
            self._fit_rows_pending = False
            self._fit_columns(self.rows_view)
        self.rows_model.name_index = None
        # A large version's names are held in memory for searching (about 27 MB at 1,000,000 rows), read
        # when the clerk goes to the search box, not when the version is shown: the start-up screen's
        # memory stays independent of the register's size (issue 18).
        self._name_index_for = ((kind, version["id"]) if version is not None
                                and version["imported"] > register_rows.SYNC_ROWS else None)
        if self.search_edit.hasFocus() or self.search_edit.text():
            self._load_name_index()

    def _load_name_index(self) -> None:
        if self._name_index_for is not None:
            kind, version_id = self._name_index_for
            self._name_index_for = None
            self.rows_model.load_name_index(kind, version_id)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802  (Qt's name)
        if watched is self.search_edit and event.type() == QEvent.Type.FocusIn:
            self._load_name_index()
        return super().eventFilter(watched, event)

    def _fit_columns(self, view: QTableView) -> None:
        """Columns as wide as the loaded rows need, but none wider than a third of the view."""
        view.resizeColumnsToContents()
        cap = max(view.viewport().width() // 3, view.fontMetrics().horizontalAdvance("M" * 16))
        header = view.horizontalHeader()
        for c in range(header.count() - 1):
            if header.sectionSize(c) > cap:
                header.resizeSection(c, cap)

    # ---- the browser -------------------------------------------------------------

    def reload_rows(self) -> None:
        v = self._version
        if v is None:
            self.rows_model.set_query(None)
            self.count_label.clear()
            return
        query = browse.Query(v["kind"], v["id"], search=self.search_edit.text(),
                             district=self.district_combo.currentData() or "",
                             state=self.state_combo.currentData() or "",
                             order_by=self._order[0], descending=self._order[1])
        try:
            self.rows_model.set_query(query, browse.known_count(query, v["imported"]),
                                      size=v["imported"])
        except Exception as exc:  # noqa: BLE001
            self.message.show_error(error_text(exc))
            return

    def _show_count(self) -> None:
        v, query = self._version, self.rows_model.query
        if v is None or query is None:
            return
        if self._fit_rows_pending and self.rows_model.rows:
            self._fit_rows_pending = False
            self._fit_columns(self.rows_view)
        total = f"{self.rows_model.total:,}"
        if query.filtered:
            self.count_label.setText(self.tr("%1 of %2 rows match").replace("%1", total)
                                     .replace("%2", f"{v['imported']:,}"))
        else:
            self.count_label.setText(self.tr("%1 rows").replace("%1", total))

    def _sort_by(self, column: int) -> None:
        """Order the browser by a column the database can order by (key, name, district, status …)."""
        header = self.rows_view.horizontalHeader()
        field = self.rows_model.columns[column].field if column < len(self.rows_model.columns) else None
        if not field:
            header.setSortIndicatorShown(self._order[0] != "")
            return
        descending = self._order == (field, False)
        self._order = (field, descending)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
        self.reload_rows()

    def reload_issues(self) -> None:
        v = self._version
        if v is None:
            self.issues_model.set_source(None)
            self.issue_count.clear()
            self.report_button.setEnabled(False)
            return
        self.issues_model.set_source(queries.issues_source(v["id"], severity=self.severity_combo.currentData() or "",
                                                           search=self.issue_search.text()))
        self.issue_count.setText(self.tr("%1 remarks").replace("%1", f"{self.issues_model.total:,}"))
        self.report_button.setEnabled(self.issues_model.total > 0 or bool(self.issue_search.text()))
        cap_columns(self.issues_view, ISSUE_TEXT_COLUMNS)

    def save_report(self, path: str | Path | None = None) -> None:
        v = self._version
        if v is None:
            return
        if path is None:
            suggested = f"{v['register']}-第{v['version']}版-导入问题.xlsx"
            path = ask.ask_save_path(self, self.tr("Save error report"), suggested,
                                     self.tr("Excel workbook (*.xlsx)"), kind=ask.REPORTS)
            if not path:
                return
        (register_ops.save_version_report(self, self.ctx, v["id"], Path(path))
         .success(lambda p: self.message.show_info(self.tr("Error report saved: %1").replace("%1", str(p))))
         .failure(lambda exc: self.message.show_error(error_text(exc)))
         .run())

    # ---- imports -------------------------------------------------------------------

    def open_import(self, kind: str, path: str | Path | None = None):
        self.message.clear()
        register = None
        # A new enterprise file is often another register: its name is never taken from the selected one
        # (the wizard suggests one from the file; choosing an existing register is the clerk's choice).
        if self._version is not None and self._version["kind"] == kind and kind != "enterprise":
            register = self._version["register"]
        wizard = ImportWizard(self.ctx, kind=kind, path=path, register_name=register, parent=self)
        wizard.committed.connect(self._imported)
        wizard.finished.connect(lambda _r: setattr(self, "_wizard", None))
        self._wizard = wizard
        wizard.open()
        return wizard

    def _imported(self, version_id: int) -> None:
        if version_id not in [v["id"] for v in self.versions_model.rows]:
            self.refresh(select_version_id=version_id)
        else:
            self.select_version(version_id)
        v = self._version
        if v is not None and v["id"] == version_id:
            self.message.show_info(self.tr("Imported “%1” as version %2: %3 rows, %4 rejected, %5 flagged.")
                                   .replace("%1", v["register"]).replace("%2", str(v["version"]))
                                   .replace("%3", f"{v['imported']:,}").replace("%4", f"{v['rejected']:,}")
                                   .replace("%5", f"{v['flagged']:,}"))


def create_screen(ctx) -> QWidget:
    return RegistersScreen(ctx)
