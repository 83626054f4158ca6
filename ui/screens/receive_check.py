"""接收名单 → the check of one share file, then its import (ui.screens.receive opens this dialog).

The checks are app.share.verify.verify_share's (run before the dialog opens, off the GUI thread): every
one is listed with ✓/✗ and its Chinese message. 导入 is offered only when all pass; the import
(ui.operations.share.import_share) may still refuse (e.g. the same draw imported before with another
record): then the core's message shows in red and nothing was written. After the import the dialog
shows what arrived, and the received plan becomes the current plan.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from app.draw.queries import plan_title
from app.share.verify import ShareReport
from ui.operations import share as share_ops
from ui.screens.district_widgets import DigestCopy
from ui.widgets.labels import detail_label, error_label, error_text, set_error
from ui.widgets.tables import Column, RecordTableModel, make_table

GREEN, RED = QColor("#1b7f3b"), QColor("#b3261e")


def check_rows(report: ShareReport) -> list[dict]:
    """Every check as a row: the findings first (file and message: what the clerk must see), then the
    passed ones (their sentence)."""
    return ([{"ok": False, "message": f.text()} for f in report.findings]
            + [{"ok": True, "message": text} for text in report.passed])


class ShareCheckDialog(QDialog):
    imported = Signal(object)      # the ImportedShare, after a successful import

    def __init__(self, ctx, path: str, report: ShareReport, district: str | None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.path = path
        self.report = report
        self.district = district
        self.outcome = None
        self.setWindowTitle(self.tr("Check of the share file"))
        layout = QVBoxLayout(self)
        self.file_label = detail_label()
        self.file_label.setText(self.tr("File: %1").replace("%1", path))
        layout.addWidget(self.file_label)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = RecordTableModel([
            Column(self.tr("Result"), lambda r: "✓" if r["ok"] else "✗"),
            Column(self.tr("Check"), lambda r: r["message"]),
        ])
        self.model.row_colour = lambda r: GREEN if r.get("ok") else RED
        self.model.set_rows(check_rows(report))
        self.view = make_table(self.model, stretch_last=True)
        self.view.setSortingEnabled(False)
        self.view.setWordWrap(True)
        self.view.resizeColumnToContents(0)          # one mark: the message gets the width
        layout.addWidget(self.view, 1)
        self.error = error_label()
        layout.addWidget(self.error)
        self.outcome_box = QGroupBox(self.tr("Imported"))
        form = QFormLayout(self.outcome_box)
        self.city_no, self.local_no, self.inspections, self.plan = QLabel(), QLabel(), QLabel(), QLabel()
        self.plan.setWordWrap(True)
        self.digest = DigestCopy()
        form.addRow(self.tr("City draw no."), self.city_no)
        form.addRow(self.tr("Draw no. in this database"), self.local_no)
        form.addRow(self.tr("Inspections"), self.inspections)
        form.addRow(self.tr("Plan"), self.plan)
        form.addRow(self.tr("Draw record SHA-256"), self.digest)
        self.outcome_box.setVisible(False)
        layout.addWidget(self.outcome_box)
        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.run_import)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._show_summary()
        self.resize(980, 560)

    def _show_summary(self) -> None:
        r = self.report
        total = len(r.passed) + len(r.findings)
        if r.ok:
            text = (self.tr("All %1 checks passed: draw no. %2 of the city bureau, %3, %4 inspection(s). "
                            "Import it to start this district's match.")
                    .replace("%1", str(total)).replace("%2", str(r.draw_no)).replace("%3", r.district)
                    .replace("%4", str(r.inspections)))
            colour = GREEN.name()
        else:
            text = (self.tr("%1 of %2 checks FAILED: do not use this file, ask the city bureau for the original. "
                            "Nothing is imported.").replace("%1", str(len(r.findings))).replace("%2", str(total)))
            colour = RED.name()
        self.summary.setText(text)
        self.summary.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.import_button.setEnabled(r.ok)
        self.import_button.setVisible(r.ok)

    def run_import(self) -> None:
        set_error(self.error, "")
        self.import_button.setEnabled(False)
        share_ops.import_share(self, self.ctx, self.path, self.district) \
            .success(self._imported).failure(self._refused).run()

    def _imported(self, outcome) -> None:
        self.outcome = outcome
        self.import_button.setVisible(False)
        self.city_no.setText(str(outcome.city_draw_no))
        self.local_no.setText(str(outcome.draw_no))
        self.inspections.setText(str(outcome.inspections))
        self.plan.setText(plan_title(outcome.plan_id) or "")
        self.digest.set_digest(outcome.draw_record_sha256)
        self.outcome_box.setVisible(True)
        if not outcome.created:
            self.summary.setText(self.tr("This share was imported before; nothing changed."))
        else:
            self.summary.setText(self.tr("Imported. The received plan is now the current plan."))
        self.summary.setStyleSheet(f"color: {GREEN.name()}; font-weight: bold;")
        self.ctx.set_current_plan(outcome.plan_id)
        self.imported.emit(outcome)

    def _refused(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        set_error(self.error, error_text(exc))
