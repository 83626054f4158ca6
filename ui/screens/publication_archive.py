"""结果公示 → 汇总与归档: the summary report PDF for the leadership and the campaign archive.

生成汇总报告… writes app.docs.summary's report (the plan, the draw, completion, results with a chart,
problems, difficulties, changes, the audit log head); 生成归档文件… writes app.publish.archive's zip, which
anyone can check offline with `spotcheck verify-archive`, optionally with the summary report and the
statistics workbook inside. Both refuse a plan whose data fail the tamper check (their Chinese message
is shown) and change nothing in the database.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from app.draw import queries as draw_queries
from ui.operations import publish as publish_ops
from ui.widgets import ask
from ui.widgets.labels import MessageBar


class ArchiveTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.message = MessageBar(self)
        layout.addWidget(self.message)

        summary = QGroupBox(self.tr("Summary report"))
        box = QVBoxLayout(summary)
        box.addWidget(self._text(self.tr(
            "The report for the bureau's leadership, in the documents' official layout: the plan, what was drawn "
            "(frames, quotas, witnesses, commitment and seed), completion by district against the deadlines, "
            "results by category with a chart, problems and measures, the districts' reported difficulties, "
            "voids, alternates and replacements, and the audit log head.")))
        self.summary_button = QPushButton(self.tr("Write the summary report…"))
        self.summary_button.setObjectName("summaryButton")
        self.summary_button.clicked.connect(self.write_summary)
        box.addWidget(self.summary_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(summary)

        archive = QGroupBox(self.tr("Archive"))
        box = QVBoxLayout(archive)
        box.addWidget(self._text(self.tr(
            "One zip file with everything needed to re-check the campaign years later without this program's "
            "database: commitment sheets, draw and match records (JSON and PDF), frames, the returned files "
            "exactly as received, the publication exports, the audit log with its chain, the standalone verifier "
            "and a manifest of SHA-256 sums. Check it on any computer with: spotcheck verify-archive FILE.zip")))
        self.with_summary = QCheckBox(self.tr("Include the summary report and the statistics workbook"))
        self.with_summary.setObjectName("withSummary")
        self.with_summary.setChecked(True)
        box.addWidget(self.with_summary)
        self.archive_button = QPushButton(self.tr("Write the archive…"))
        self.archive_button.setObjectName("archiveButton")
        self.archive_button.clicked.connect(self.write_archive)
        box.addWidget(self.archive_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(archive)
        layout.addStretch(1)
        ctx.plan_changed.connect(lambda _id: self._update_buttons())
        self._update_buttons()

    @staticmethod
    def _text(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    def _update_buttons(self) -> None:
        has_plan = self.ctx.current_plan_id is not None
        self.summary_button.setEnabled(has_plan)
        self.archive_button.setEnabled(has_plan)

    def _plan_title(self) -> str:
        return draw_queries.plan_title(self.ctx.current_plan_id) or ""

    def write_summary(self) -> None:
        plan_id = self.ctx.current_plan_id
        if plan_id is None:
            return
        path = ask.ask_save_path(self, self.tr("Write the summary report"), f"{self._plan_title()}汇总报告.pdf",
                                 self.tr("PDF document (*.pdf)"), kind=ask.REPORTS)
        if not path:
            return
        self.message.clear()
        publish_ops.write_summary(self, self.ctx, plan_id, path).success(lambda out: ask.offer_open(
            self, out, self.tr("The summary report was written to %1.").replace("%1", str(out)))).run()

    def write_archive(self) -> None:
        plan_id = self.ctx.current_plan_id
        if plan_id is None:
            return
        path = ask.ask_save_path(self, self.tr("Write the archive"), f"{self._plan_title()}归档.zip",
                                 self.tr("Zip archive (*.zip)"), kind=ask.REPORTS)
        if not path:
            return
        self.message.clear()
        publish_ops.write_archive(self, self.ctx, plan_id, path, with_summary=self.with_summary.isChecked()) \
            .success(self._archived).run()

    def _archived(self, outcome) -> None:
        self.message.show_info(self.tr("The archive was written to %1: %2 file(s), %3 bytes. Its SHA-256, to write "
                                       "on the disc's label: %4").replace("%1", str(outcome.path))
                               .replace("%2", str(len(outcome.members))).replace("%3", str(outcome.size))
                               .replace("%4", outcome.sha256))
