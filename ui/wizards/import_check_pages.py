"""The import wizard's check page: every row checked as it would be imported (nothing saved yet).

Validation (app.registers.service.validate_import) is a long read on the worker;
saving its error report and committing the import are writes through
ui.operations.registers.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.registers import service
from app.registers.replacement import ReplacementWarning, result_warning
from ui.operations import registers as register_ops
from ui.widgets import ask
from ui.widgets.labels import error_label, error_text, set_error
from ui.widgets.table_models import FilteredListModel
from ui.widgets.tables import Column, cap_columns
from ui.wizards.import_session import ImportSession
from ui.wizards.register_labels import (
    ISSUE_TEXT_COLUMNS,
    issue_color,
    issue_columns,
    issue_filters,
    operating_label,
)


class ValidatePage(QWizardPage):
    def __init__(self, wizard: ImportSession):
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
        self.error = error_label()
        layout.addWidget(self.error)

        self.counts = QWidget()
        cl = QGridLayout(self.counts)
        cl.setContentsMargins(0, 0, 0, 0)
        self.count_labels: dict[str, QLabel] = {}
        for i, (key, text) in enumerate((("rows_read", self.tr("Rows read")), ("imported", self.tr("Imported")),
                                         ("operating", ""),        # its word depends on the kind
                                         ("rejected", self.tr("Rejected")), ("flagged", self.tr("Flagged")),
                                         ("diff", self.tr("Compared with the newest version")))):
            label = QLabel(text + "：")
            if key == "operating":
                self.operating_caption = label
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

        # A version that would replace most of the register: said plainly, and confirmed before importing.
        self.replace_box = QWidget()
        self.replace_box.setObjectName("replaceBox")
        self.replace_box.setStyleSheet("#replaceBox { border: 2px solid #a3160b; background: #fff4f2; }")
        rl = QVBoxLayout(self.replace_box)
        self.replace_text = QLabel()
        self.replace_text.setWordWrap(True)
        self.replace_text.setStyleSheet("color: #a3160b; font-weight: bold;")
        self.replace_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        rl.addWidget(self.replace_text)
        self.replace_check = QCheckBox()
        self.replace_check.toggled.connect(lambda _on: self.completeChanged.emit())
        rl.addWidget(self.replace_check)
        self.replace_box.setVisible(False)
        layout.addWidget(self.replace_box)
        self.warning: ReplacementWarning | None = None

        self.tabs = QTabWidget()
        issues = QWidget()
        il = QVBoxLayout(issues)
        filters = QHBoxLayout()
        self.severity_combo, self.search_edit, self.report_button = issue_filters(serious_first=True)
        self.report_button.clicked.connect(lambda: self.save_report())
        filters.addWidget(self.severity_combo)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.report_button)
        il.addLayout(filters)
        self.issue_count = QLabel()
        il.addWidget(self.issue_count)
        self.issues_model = FilteredListModel(issue_columns(getattr), self)
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

    def _show_replacement(self, warning: ReplacementWarning | None) -> None:
        self.warning = warning
        self.replace_check.setChecked(False)
        self.replace_box.setVisible(warning is not None)
        if warning is None:
            return
        self.replace_text.setText(
            self.tr("This file would replace most of the register “%1”: version %2 has %3 entries, this file has "
                    "%4, only %5 of them are the same; %6 would be removed (%7) and %8 added. Is this file really "
                    "the new version of “%1”, and not another register?")
            .replace("%1", warning.register).replace("%2", str(warning.previous_version))
            .replace("%3", f"{warning.previous_count:,}").replace("%4", f"{warning.new_count:,}")
            .replace("%5", f"{warning.common:,}").replace("%6", f"{warning.removed:,}")
            .replace("%7", f"{warning.removed_share:.0%}").replace("%8", f"{warning.added:,}"))
        self.replace_check.setText(
            self.tr("Yes: this file is the new version of “%1”; remove %2 entries and add %3.")
            .replace("%1", warning.register).replace("%2", f"{warning.removed:,}")
            .replace("%3", f"{warning.added:,}"))

    def confirmed(self) -> bool:
        """No replacement to confirm, or the clerk ticked the confirmation."""
        return self.warning is None or self.replace_check.isChecked()

    def _show_result(self, result) -> None:
        has = result is not None
        self.counts.setVisible(has)
        self.tabs.setVisible(has)
        self._show_replacement(result_warning(result) if has and result.imported else None)
        if not has:
            self.issues_model.set_all([])
            self.diff_model.set_all([])
            return
        fmt = lambda n: f"{n:,}"  # noqa: E731
        self.count_labels["rows_read"].setText(fmt(result.rows_read))
        self.count_labels["imported"].setText(fmt(result.imported))
        self.count_labels["operating"].setText(fmt(result.operating))
        caption = operating_label(result.kind)
        self.operating_caption.setText(caption + "：")
        self.operating_caption.setVisible(bool(caption))
        self.count_labels["operating"].setVisible(bool(caption))
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
        cap_columns(self.issues_view, ISSUE_TEXT_COLUMNS)

    def start(self) -> None:
        if self.wiz.busy():
            return
        self.wiz.result = None
        self._show_result(None)
        set_error(self.error, "")
        self.status.setText(self.tr("Checking the file…"))
        self.retry_button.setVisible(False)
        wiz = self.wiz
        path, kind, name = wiz.file_page.path(), wiz.kind(), wiz.file_page.register_name()
        options = wiz.options()

        def work(progress, cancel):
            return service.validate_import(path, kind, name, progress=progress, cancel=cancel, **options)

        wiz.read(work, title=self.tr("Checking the register"), on_done=self._done, on_error=self._failed,
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
        set_error(self.error, error_text(exc))
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
            suggested = Path(result.path).stem + "-导入问题.xlsx"
            path = ask.ask_save_path(self, self.tr("Save error report"), suggested, self.tr("Excel workbook (*.xlsx)"),
                                     kind=ask.REPORTS)
            if not path:
                return
        path = Path(path)
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")

        def done(written):
            self.status.setText(self.tr("Error report saved: %1").replace("%1", str(written)))

        self.wiz.write(register_ops.save_import_report(self, self.wiz.ctx, result, path), on_done=done,
                       on_error=lambda exc: set_error(self.error, error_text(exc)))

    def isComplete(self) -> bool:  # noqa: N802
        return (self.wiz.result is not None and self.wiz.result.imported > 0 and not self.wiz.busy()
                and self.confirmed())

    def validatePage(self) -> bool:  # noqa: N802
        return self.isComplete()
