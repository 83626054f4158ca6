"""下发与回收 → 交回市局 (a district copy only): the state of the current received draw and the return file.

For the current plan's received draw (app.share.queries): matched or not, its results counted by status,
the returns written so far (their "share.return" audit entries), and 生成交回文件…, which writes the return
(app.share.returns_writer.write_return, off the GUI thread) and shows the file, its SHA-256 and counts.
A refusal (not matched yet …) shows the core's Chinese message in red; nothing was written.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import workflow
from app.results.queries import ENTERED, OPEN, RETURNED, REVIEWED
from app.share import queries as share_queries
from ui.changes import Changes
from ui.operations import share as share_ops
from ui.screens import district_widgets
from ui.screens.district_widgets import DigestCopy, short_digest
from ui.widgets import ask
from ui.widgets.labels import bold, detail_label, error_label, error_text, set_error
from ui.widgets.tables import Column, RecordTableModel, fit_columns, make_table


class ReturnTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.received: share_queries.ReceivedDraw | None = None
        self.outcome = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Once the match is done and the results are entered and reviewed, write one return file for the city "
            "bureau: the match record with the roster and avoidance list that re-compute it, the replacements and "
            "the current results. It may be written again later; the city keeps every return and uses the newest."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        status = QFormLayout()
        self.draw_label, self.match_label, self.results_label = detail_label(), QLabel(), QLabel()
        status.addRow(self.tr("Received draw"), self.draw_label)
        status.addRow(self.tr("Match"), self.match_label)
        status.addRow(self.tr("Results"), self.results_label)
        layout.addLayout(status)
        row = QHBoxLayout()
        self.write_button = QPushButton(self.tr("Write the return file…"))
        self.write_button.clicked.connect(self.write_return)
        row.addWidget(self.write_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.error = error_label()
        layout.addWidget(self.error)
        self.outcome_box = QGroupBox(self.tr("Return file written"))
        form = QFormLayout(self.outcome_box)
        self.file_label = detail_label()
        self.digest = DigestCopy()
        self.counts_label = QLabel()
        folder_row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open folder"))
        self.open_button.clicked.connect(self.open_folder)
        folder_row.addWidget(self.open_button)
        folder_row.addStretch(1)
        form.addRow(self.tr("File"), self.file_label)
        form.addRow(self.tr("SHA-256"), self.digest)
        form.addRow(self.tr("Contents"), self.counts_label)
        form.addRow("", folder_row)
        self.outcome_box.setVisible(False)
        layout.addWidget(self.outcome_box)
        layout.addWidget(bold(QLabel(self.tr("Returns written for this draw"))))
        self.model = RecordTableModel([
            Column(self.tr("Written at"), lambda r: r.at[:19].replace("T", " ")),
            Column(self.tr("Results"), lambda r: r.results, numeric=True),
            Column(self.tr("SHA-256"), lambda r: short_digest(r.file_sha256), mono=True),
            # Last (it stretches): the "share.return" entry names the file only in newer versions.
            Column(self.tr("File"), lambda r: r.file_name or "—"),
        ])
        self.view = make_table(self.model, stretch_last=True)
        layout.addWidget(self.view, 1)
        ctx.data_changed.connect(self._on_changes)
        ctx.plan_changed.connect(lambda _id: self._plan_changed())
        self.refresh()

    def _plan_changed(self) -> None:
        self.outcome = None            # the file written shows under the draw it was written for only
        self.outcome_box.setVisible(False)
        set_error(self.error, "")
        self.refresh()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("plan", "draw", "match", "results", "settings"):
            self.refresh()

    def refresh(self) -> None:
        self.received = share_queries.received_of_plan(self.ctx.current_plan_id)
        got = self.received
        self.write_button.setEnabled(got is not None)
        if got is None:
            self.draw_label.setText(self.tr("The current plan was not received from the city bureau. Choose a "
                                            "received plan in the toolbar, or import a share file in step %1.")
                                    .replace("%1", self._number("receive")))
            self.match_label.setText("")
            self.results_label.setText("")
            self.model.set_rows([])
            return
        self.draw_label.setText(self.tr("City draw no. %1 (no. %2 in this database), %3, %4 inspection(s)")
                                .replace("%1", str(got.city_draw_no)).replace("%2", str(got.draw_no))
                                .replace("%3", got.district).replace("%4", str(got.inspections)))
        status = share_queries.return_status(got.draw_no)
        if status.matched:
            self.match_label.setText(self.tr("Matched"))
            self.match_label.setStyleSheet("color: #1b7f3b;")
        else:
            self.match_label.setText(self.tr("Not matched yet (step %1)").replace("%1", self._number("match")))
            self.match_label.setStyleSheet("color: #8d6e00;")
        c = status.counts
        self.results_label.setText(self.tr("entered %1, reviewed %2, returned for correction %3, not entered %4")
                                   .replace("%1", str(c[ENTERED])).replace("%2", str(c[REVIEWED]))
                                   .replace("%3", str(c[RETURNED])).replace("%4", str(c[OPEN])))
        self.model.set_rows(share_queries.returns_written(got.draw_no))
        fit_columns(self.view, 360)

    @staticmethod
    def _number(key: str) -> str:
        keys = workflow.role_step_keys()
        return str(keys.index(key) + 1) if key in keys else "?"

    def write_return(self) -> None:
        got = self.received
        if got is None:
            return
        path = ask.ask_save_path(self, self.tr("Return file for the city bureau"),
                                 share_queries.return_file_name(got.district, got.city_draw_no),
                                 self.tr("Return files (*.zip)"), kind=ask.RETURNS)
        if not path:
            return
        if not path.lower().endswith(".zip"):
            path += ".zip"
        set_error(self.error, "")
        self.write_button.setEnabled(False)
        share_ops.write_return(self, self.ctx, got.draw_no, path).success(self._written).failure(self._refused).run()

    def _written(self, outcome) -> None:
        self.outcome = outcome
        self.write_button.setEnabled(True)
        self.file_label.setText(str(outcome.path))
        self.digest.set_digest(outcome.file_sha256)
        self.counts_label.setText(self.tr("%1 result(s), %2 replacement(s); city draw no. %3, %4")
                                  .replace("%1", str(outcome.results)).replace("%2", str(outcome.replacements))
                                  .replace("%3", str(outcome.city_draw_no)).replace("%4", outcome.district))
        self.outcome_box.setVisible(True)

    def _refused(self, exc: BaseException) -> None:
        self.write_button.setEnabled(self.received is not None)
        set_error(self.error, error_text(exc))

    def open_folder(self) -> None:
        if self.outcome is not None:
            district_widgets.open_folder(Path(self.outcome.path).parent)
