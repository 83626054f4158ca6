"""下发与回收 → 两级抽查 (city copy): share files out to the districts, their returns in, progress per district.

The city writes each district with its own copy a share file right after the draw (no city match is
needed), imports the return the district sends back, and follows each district here: share sent, the
5-working-day match deadline, the district's commitment time, returns, results reviewed, and the
district's audit head. app.share.progress computes the rows off the GUI thread; the writes and the
import run as operations (ui.operations.returns).
"""
from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.draw.queries import drawn_draws
from app.settings.store import district_names
from app.share import progress as two_level
from ui.changes import Changes
from ui.operations import returns as return_ops
from ui.widgets.ask import RETURNS, SHARES, ask_folder, ask_open_path, offer_open
from ui.widgets.labels import detail_label, error_label, error_text, set_error
from ui.widgets.layouts import draw_and_district_row
from ui.widgets.reads import read_in_background
from ui.widgets.tables import Column, RecordTableModel, fit_columns, make_table

RED, AMBER = QColor("#b3261e"), QColor("#8a5a00")


def _day(at: str | None) -> str:
    """The date of an ISO time ("—" when there is none): the table compares dates with the deadline; the
    tooltip has the minute."""
    return at[:10] if at else "—"


class TwoLevelTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[two_level.DistrictTwoLevel] = []
        self._generation = 0
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Two-level campaign: after the draw, send each district bureau that matches in its "
                               "own copy of the program its share file; import the return file it sends back. "
                               "The return's match is re-computed before anything is recorded."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.draw_combo, self.district = draw_and_district_row(row, self.tr("Draw"), self.tr("District"))
        self.draw_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.share_button = QPushButton(self.tr("Write share files…"))
        self.share_button.clicked.connect(self.write_shares)
        row.addWidget(self.share_button)
        row.addStretch(1)
        self.import_button = QPushButton(self.tr("Import a district's return…"))
        self.import_button.clicked.connect(self.import_return)
        row.addWidget(self.import_button)
        layout.addLayout(row)
        self.error = error_label()
        layout.addWidget(self.error)
        columns = [
            Column(self.tr("District"), lambda r: r.district),
            Column(self.tr("Matched by"), lambda r: r.mode_zh),
            Column(self.tr("State"), lambda r: r.state_zh),
            Column(self.tr("Inspections"), lambda r: r.inspections, numeric=True),
            Column(self.tr("Share sent"), lambda r: _day(r.share_sent_at),
                   tooltip=lambda r: two_level.minute(r.share_sent_at)),
            Column(self.tr("Match due"), lambda r: r.match_deadline or "—",
                   tooltip=lambda r: r.deadline_note),
            Column(self.tr("Match committed"), lambda r: _day(r.committed_at) + (self.tr(" (late)") if r.late else ""),
                   tooltip=lambda r: two_level.minute(r.committed_at)),
            Column(self.tr("Returns"), lambda r: r.returns, numeric=True),
            Column(self.tr("Last return imported"), lambda r: _day(r.imported_at),
                   tooltip=lambda r: f"{two_level.minute(r.imported_at)} {r.file_name}"),
            Column(self.tr("Entered"), lambda r: r.entered, numeric=True),
            Column(self.tr("Reviewed"), lambda r: r.reviewed, numeric=True),
            Column(self.tr("District audit head"), lambda r: r.audit_head[:12] + "…" if r.audit_head else "",
                   mono=True, tooltip=lambda r: r.audit_head),
        ]
        self.model = RecordTableModel(columns)
        self.model.row_colour = lambda r: RED if r.late else AMBER if (r.voided or r.other_database) else None
        self.view = make_table(self.model)
        layout.addWidget(self.view, 1)
        self.detail = detail_label()
        self.detail.setWordWrap(True)
        layout.addWidget(self.detail)
        ctx.data_changed.connect(self._on_changes)
        ctx.plan_changed.connect(lambda _id: self.load_draws())
        self.load_draws()

    @property
    def draw_no(self) -> int | None:
        return self.draw_combo.currentData()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("draw"):
            self.load_draws()
        elif changes.touches("results", "match", "settings"):
            self.refresh()

    def load_draws(self) -> None:
        keep = self.draw_combo.currentData()
        self.draw_combo.blockSignals(True)
        self.draw_combo.clear()
        for d in drawn_draws(self.ctx.current_plan_id) if self.ctx.current_plan_id is not None else []:
            self.draw_combo.addItem(self.tr("Draw no. %1").replace("%1", str(d.draw_no)), d.draw_no)
        self.draw_combo.setCurrentIndex(max(0, self.draw_combo.findData(keep)))
        self.draw_combo.blockSignals(False)
        keep = self.district.currentData()
        self.district.clear()
        self.district.addItem(self.tr("All districts"), None)
        for name in district_names():
            self.district.addItem(name, name)
        self.district.setCurrentIndex(max(0, self.district.findData(keep)))
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        generation, draw_no = self._generation, self.draw_no
        set_error(self.error, "")
        ready = draw_no is not None
        self.share_button.setEnabled(ready)
        self.import_button.setEnabled(ready)
        if draw_no is None:
            self.show_rows([])
            self.detail.setText(self.tr("Complete a draw first: share files are written from a completed draw."))
            return
        read_in_background(self.ctx, lambda: two_level.two_level_progress(draw_no),
                           title=self.tr("Reading the districts' progress…"),
                           on_done=lambda rows: generation == self._generation and self.show_rows(rows),
                           on_error=lambda exc: set_error(self.error, error_text(exc)))

    def show_rows(self, rows: list[two_level.DistrictTwoLevel]) -> None:
        self.rows = rows
        self.model.set_rows(rows)
        fit_columns(self.view, 200)
        if rows:
            self.detail.setText("\n".join(two_level.notes(rows)) or self.tr(
                "No district has returned yet. A district's row turns red when its match is later than 5 working "
                "days after its share was sent."))

    def write_shares(self) -> None:
        folder = ask_folder(self, self.tr("Folder for the share files"), kind=SHARES)
        if not folder or self.draw_no is None:
            return
        chosen = self.district.currentData()

        def done(outcomes) -> None:
            names = "\n".join(f"{o.district}：{o.path.name}（{o.inspections} 户）\nSHA-256：{o.file_sha256}"
                              for o in outcomes)
            offer_open(self, folder, self.tr("%1 share file(s) written to %2:\n%3")
                       .replace("%1", str(len(outcomes))).replace("%2", folder).replace("%3", names))

        return_ops.write_shares(self, self.ctx, self.draw_no, folder,
                                [chosen] if chosen else district_names()).success(done).run()

    def import_return(self) -> None:
        path = ask_open_path(self, self.tr("A district's return file"), self.tr("Return files (*.zip)"), kind=RETURNS)
        if not path:
            return
        return_ops.import_district_return(self, self.ctx, path).success(self.show_imported).run()

    def show_imported(self, got) -> None:
        """What the import recorded, in the core's terms (the texts the CLI prints)."""
        lines = [self.tr("%1: the match re-computes; %2 team(s) and %3 result(s) recorded.")
                 .replace("%1", got.district).replace("%2", str(got.teams)).replace("%3", str(got.results)),
                 self.tr("District audit log: %1 entries, head %2").replace("%1", str(got.audit_count))
                 .replace("%2", got.audit_head)]
        if got.supersedes:
            lines.append(self.tr("This return supersedes the district's earlier one; its results are new "
                                 "revisions, the earlier ones are kept."))
        for v in got.history.voided if got.history else []:
            lines.append(self.tr("The district voided a match commitment before its ceremony (%1): %2")
                         .replace("%1", two_level.minute(v.get("at"))).replace("%2", str(v.get("reason"))))
        if got.other_database:
            lines.append(self.tr("This return comes from another district database than the earlier one (%1): "
                                 "ask the district why.").replace("%1", got.other_database))
        QMessageBox.information(self, self.tr("Return imported"), "\n".join(lines))
