"""接收名单 (a district copy only, app.workflow.DISTRICT_ONLY_STEPS): import the share file the city bureau
sent, and see the draws received so far.

导入市局共享文件… asks for the zip, checks it off the GUI thread (app.share.verify.verify_share, for this
copy's district) and opens ui.screens.receive_check.ShareCheckDialog with every check; the import is
there. The table lists the received draws (app.share.queries.received_draws); the text below says what
the district does next, naming the steps by the numbers the step list shows.
"""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app import workflow
from app.settings.store import is_district_copy, role
from app.share import queries as share_queries
from app.share.verify import verify_share
from ui.changes import Changes
from ui.screens.district_widgets import short_digest
from ui.screens.receive_check import ShareCheckDialog
from ui.steps import step_title
from ui.widgets import ask
from ui.widgets.labels import bold, detail_label, error_label, error_text, set_error, title_label
from ui.widgets.reads import read_in_background
from ui.widgets.tables import Column, RecordTableModel, fit_columns, make_table


class ReceiveScreen(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: ShareCheckDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.title = title_label()
        self.title.setText(self.tr("Received lists"))
        layout.addWidget(self.title)
        intro = QLabel(self.tr(
            "The city bureau draws the enterprises to inspect and sends this district bureau a share file (a zip): "
            "the public draw record with its SHA-256, the commitment, the district's inspections and the plan's "
            "dates. The file is checked against the draw record inside it before anything is imported; compare "
            "the SHA-256 with the one printed on the paper draw record."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import a share file from the city bureau…"))
        self.import_button.clicked.connect(self.choose_share)
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addSpacing(8)
        layout.addWidget(bold(QLabel(self.tr("Draws received in this database"))))
        self.model = RecordTableModel([
            Column(self.tr("City draw no."), lambda r: r.city_draw_no, numeric=True),
            Column(self.tr("Draw no. here"), lambda r: r.draw_no, numeric=True),
            Column(self.tr("Plan"), lambda r: f"{r.plan_title}（{r.plan_number}）" if r.plan_number else r.plan_title),
            Column(self.tr("District"), lambda r: r.district),
            Column(self.tr("Inspections"), lambda r: r.inspections, numeric=True),
            Column(self.tr("Received at"), lambda r: r.imported_at[:16].replace("T", " ")),
            Column(self.tr("Draw record SHA-256"), lambda r: short_digest(r.draw_record_sha256), mono=True),
        ])
        self.view = make_table(self.model, stretch_last=True)
        layout.addWidget(self.view, 1)
        self.next_steps = detail_label()
        layout.addWidget(self.next_steps)
        ctx.data_changed.connect(self._on_changes)
        self.refresh()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("plan", "draw", "settings"):
            self.refresh()

    def refresh(self) -> None:
        rows = share_queries.received_draws()
        self.model.set_rows(rows)
        fit_columns(self.view, 560)      # plan titles are long
        self.next_steps.setText(self._next_text(bool(rows)))

    def _next_text(self, received: bool) -> str:
        keys = workflow.role_step_keys()

        def step(key: str) -> str:
            number = keys.index(key) + 1 if key in keys else "?"
            return self.tr("step %1 (%2)").replace("%1", str(number)).replace("%2", step_title(key))

        lead = (self.tr("Next:") if received else
                self.tr("Nothing received yet. Once the share file is imported:"))
        return "\n".join([
            lead,
            self.tr("1. Import this district's own inspector register and avoidance list in %1.")
            .replace("%1", step("registers")),
            self.tr("2. Match your inspectors to the received enterprises in %1: commit the match, then run it "
                    "with your witnesses' numbers, as the city bureau does for its draw.").replace("%1", step("match")),
            self.tr("3. Print the notices and forms in %1, enter and review the results, and write the return "
                    "file for the city in %2, tab “Return to the city”.")
            .replace("%1", step("documents")).replace("%2", step("packages")),
        ])

    def choose_share(self) -> None:
        path = ask.ask_open_path(self, self.tr("Share file from the city bureau"), self.tr("Share files (*.zip)"),
                                 kind=ask.SHARES)
        if not path:
            return
        set_error(self.error, "")
        district = role() if is_district_copy() else None
        self.import_button.setEnabled(False)
        read_in_background(self.ctx, lambda: verify_share(path, district=district),
                           title=self.tr("Checking the share file…"),
                           on_done=lambda report: self._checked(path, report, district), on_error=self._failed)

    def _checked(self, path: str, report, district: str | None) -> None:
        self.import_button.setEnabled(True)
        self.dialog = ShareCheckDialog(self.ctx, path, report, district, parent=self)
        self.dialog.open()

    def _failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        set_error(self.error, error_text(exc))


def create_screen(ctx) -> QWidget:
    return ReceiveScreen(ctx)
