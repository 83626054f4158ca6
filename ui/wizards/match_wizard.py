"""The witnessed match of inspectors (随机匹配), step by step.

    choose the draw → review pools (eligible, excluded with reasons, caps) →
    COMMIT (irreversible) → commitment shown, saved/printed → witnesses and
    digits → read-back, CONFIRM (irreversible) → teams per district, loads,
    short inspections → record saved.

Every change is one app.match.service call through ctx.tasks.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFormLayout, QHBoxLayout, QLabel, QPushButton, QSpinBox,
                               QSplitter, QTabWidget, QVBoxLayout, QWidget, QWizard, QWizardPage)

from ui.wizards import draw_models as dm
from ui.wizards import witness_page as wp
from ui.wizards.draw_wizard import fit_columns, make_table

PAGE_DRAW, PAGE_POOLS, PAGE_COMMITMENT, PAGE_WITNESSES, PAGE_READBACK, PAGE_RESULT = range(6)


def match_service():
    from app.match import service
    return service


def save_match_commitment(widget, ctx, draw_no: int) -> None:
    """Write the frozen inputs (roster.txt, avoid.txt) and the printed commitment into a chosen folder."""
    folder = wp.ask_folder(widget, QCoreApplication.translate("MatchRecords", "Folder for the match commitment"))
    if not folder:
        return

    def work(progress, cancel):
        from app.docs import records as docs
        from app.match import records
        match = dm.current_match(draw_no)
        paths = dict(records.export_inputs(match, Path(folder)))
        writer = getattr(docs, "write_match_commitment_sheet_pdf", None) or docs.write_match_record_pdf
        paths["pdf"] = Path(writer(match, Path(folder) / "match-commitment.pdf"))
        return paths

    ctx.tasks.run(work, title=QCoreApplication.translate("MatchRecords", "Writing the match commitment…"), cancellable=False,
                  on_done=lambda paths: wp.offer_open(widget, folder, QCoreApplication.translate("MatchRecords", 
                      "The match commitment was written:\n%1\nOpen the folder now?").replace(
                      "%1", "\n".join(str(p) for p in paths.values()))),
                  on_error=lambda exc: wp.show_failure(widget, exc))


def save_match_record(widget, ctx, draw_no: int) -> None:
    """Write match-record.json, roster.txt, avoid.txt and the printed match record into a chosen folder."""
    folder = wp.ask_folder(widget, QCoreApplication.translate("MatchRecords", "Folder for the match record"))
    if not folder:
        return

    def work(progress, cancel):
        from app.campaign import outputs as records
        return wp.call_service(records.write_match_outputs, dm.current_match(draw_no), Path(folder),
                               progress=progress, cancel=cancel)

    ctx.tasks.run(work, title=QCoreApplication.translate("MatchRecords", "Writing the match record…"),
                  on_done=lambda paths: wp.offer_open(widget, folder, QCoreApplication.translate("MatchRecords", 
                      "The match record was written:\n%1\nOpen the folder now?").replace(
                      "%1", "\n".join(str(p) for p in (paths or {}).values()))),
                  on_error=lambda exc: wp.show_failure(widget, exc))


class DrawChoicePage(QWizardPage):
    def __init__(self, wizard: "MatchWizard"):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Choose the draw"))
        self.setSubTitle(self.tr("Inspectors are matched to the enterprises of a completed draw. District bureaus "
                                 "must finish matching within five working days of receiving the list."))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(20)
        self.team_size = QSpinBox()
        self.team_size.setRange(2, 20)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("Draw"), self.combo)
        form.addRow(self.tr("Inspectors per team"), self.team_size)
        form.addRow(self.tr("Match date (certificates valid on)"), self.date)
        layout.addLayout(form)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #8d6e00;")
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.combo.currentIndexChanged.connect(self._changed)
        self.state = "none"

    def initializePage(self) -> None:  # noqa: N802
        self.combo.blockSignals(True)
        self.combo.clear()
        draws = dm.drawn_draws(self.w.ctx.current_plan_id) or dm.drawn_draws()
        for d in draws:
            self.combo.addItem(self.tr("Draw no. %1 — %2").replace("%1", str(d.draw_no)).replace("%2", d.plan.title),
                               d.draw_no)
        index = self.combo.findData(self.w.draw_no)
        self.combo.setCurrentIndex(index if index >= 0 else 0)
        self.combo.blockSignals(False)
        self._changed()

    def _changed(self) -> None:
        draw_no = self.combo.currentData()
        self.state = "none"
        if draw_no is None:
            self.note.setText(self.tr("No completed draw yet: run the draw first (step 3)."))
            self.completeChanged.emit()
            return
        draw = dm.get_draw(draw_no)
        match = dm.current_match(draw_no)
        self.team_size.setEnabled(match is None)
        self.date.setEnabled(match is None)
        if match is None:
            self.state = "ready"
            self.team_size.setValue(max(2, draw.plan.team_size or 2))
            self.note.setText("")
        elif match.status == "committed":
            self.state = "committed"
            self.team_size.setValue(match.team_size)
            self.date.setDate(QDate.fromString(match.match_date, "yyyy-MM-dd"))
            self.note.setText(self.tr("The match of this draw is committed and waits for its witnesses. "
                                      "The ceremony continues with it."))
        else:
            self.state = "matched"
            self.team_size.setValue(match.team_size)
            self.note.setText(self.tr("The inspectors of this draw are matched already. A match runs once; "
                                      "change a team with “Replace an inspector…” on the match screen."))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.state in ("ready", "committed")

    def validatePage(self) -> bool:  # noqa: N802
        self.w.draw_no = self.combo.currentData()
        self.w.team_size = self.team_size.value()
        self.w.match_date = self.date.date().toString("yyyy-MM-dd")
        return True

    def nextId(self) -> int:  # noqa: N802
        return PAGE_COMMITMENT if self.state == "committed" else PAGE_POOLS


class PoolsPage(QWizardPage):
    def __init__(self, wizard: "MatchWizard"):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Review the pools"))
        self.setSubTitle(self.tr("Who may be matched in each pool, who is left out and why, and the load cap. "
                                 "No team exists before the witnesses' digits."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Commit the match"))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.pools = dm.RecordTableModel(dm.pool_columns())
        self.pool_view = make_table(self.pools)
        self.excluded = dm.RecordTableModel(dm.excluded_columns())
        self.excluded_view = make_table(self.excluded, stretch_last=True)
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(wp.page_heading(self.tr("Inspectors left out")))
        box_layout.addWidget(self.excluded_view, 1)
        splitter.addWidget(self.pool_view)
        splitter.addWidget(box)
        layout.addWidget(splitter, 1)
        self.error = wp.error_label()
        layout.addWidget(self.error)
        self.loaded = self.committing = self.committed = False

    def initializePage(self) -> None:  # noqa: N802
        self.loaded = False
        wp.show_error(self.error, "")
        self.summary.setText(self.tr("Reading the inspector register…"))
        draw_no, size, date = self.w.draw_no, self.w.team_size, self.w.match_date
        self.completeChanged.emit()
        self.w.ctx.tasks.run(lambda p, c: match_service().preview_pools(draw_no, size, date),
                             title=self.tr("Reading the inspector register…"), on_done=self._loaded,
                             on_error=self._failed, on_cancelled=self._failed)

    def _loaded(self, preview: dict) -> None:
        self.pools.set_rows(dm.pool_rows(preview.get("pools")))
        self.excluded.set_rows(list(preview.get("excluded") or []))
        fit_columns(self.pool_view)
        fit_columns(self.excluded_view)
        lines = [self.tr("%1 inspection(s), %2 eligible inspector(s), %3 left out, %4 avoidance pair(s); "
                         "%5 per team; match date %6.")
                 .replace("%1", str(preview.get("inspections", ""))).replace("%2", str(preview.get("eligible", "")))
                 .replace("%3", str(len(preview.get("excluded") or [])))
                 .replace("%4", str(preview.get("avoidance_pairs", "")))
                 .replace("%5", str(preview.get("team_size", ""))).replace("%6", str(preview.get("match_date", "")))]
        if preview.get("deadline"):
            lines.append(self.tr("Matching must be finished by %1 (five working days).")
                         .replace("%1", preview["deadline"]))
        if preview.get("deadline_note"):
            lines.append(preview["deadline_note"])
        if preview.get("institutions"):
            lines.append(self.tr("%1 third-party institution(s) can be drawn.")
                         .replace("%1", str(preview["institutions"])))
        self.summary.setText("\n".join(lines))
        self.loaded = True
        self.completeChanged.emit()

    def _failed(self, exc) -> None:
        self.summary.setText("")
        wp.show_error(self.error, str(exc))

    def isComplete(self) -> bool:  # noqa: N802
        return self.loaded and not self.committing

    def validatePage(self) -> bool:  # noqa: N802
        if self.committed:
            return True
        if self.committing:
            return False
        self.committing = True
        wp.show_error(self.error, "")
        self.completeChanged.emit()
        draw_no, size, date = self.w.draw_no, self.w.team_size, self.w.match_date
        self.w.ctx.tasks.run(
            lambda p, c: match_service().commit_match(draw_no, team_size=size, match_date=date).id,
            title=self.tr("Committing the match…"), on_done=self._committed, on_error=self._commit_failed,
            on_cancelled=self._commit_failed)
        return False

    def _committed(self, _match_id) -> None:
        self.committing = False
        self.committed = True
        self.w.ctx.notify_data_changed()
        self.completeChanged.emit()
        if self.w.currentPage() is self:
            self.w.next()

    def _commit_failed(self, exc) -> None:
        self.committing = False
        wp.show_error(self.error, str(exc))
        self.completeChanged.emit()


class MatchCommitmentPage(QWizardPage):
    def __init__(self, wizard: "MatchWizard"):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("The match commitment"))
        self.setSubTitle(self.tr("The roster, the avoidance list and the team size are frozen. Save and print the "
                                 "commitment and show it to the witnesses before they roll."))
        layout = QVBoxLayout(self)
        self.info = QLabel()
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        layout.addWidget(wp.page_heading(self.tr("Match commitment (SHA-256)")))
        self.digest = wp.DigestLabel(2.0)
        layout.addWidget(self.digest)
        self.inputs = QFormLayout()
        self.digests = {}
        for key, label in (("draw", self.tr("Draw record SHA-256")), ("roster", self.tr("Roster digest")),
                           ("avoid", self.tr("Avoidance digest"))):
            value = wp.DigestLabel(1.0)
            self.digests[key] = value
            self.inputs.addRow(label, value)
        layout.addLayout(self.inputs)
        layout.addStretch(1)
        row = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Save/print the commitment…"))
        self.print_button.clicked.connect(lambda: save_match_commitment(self, self.w.ctx, self.w.draw_no))
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout.addLayout(row)

    def initializePage(self) -> None:  # noqa: N802
        match = dm.current_match(self.w.draw_no)
        self.info.setText(self.tr("Draw no. %1, %2 per team, match date %3, committed at %4.")
                          .replace("%1", str(self.w.draw_no)).replace("%2", str(match.team_size))
                          .replace("%3", match.match_date).replace("%4", match.committed_at))
        self.digest.set_digest(match.commitment)
        self.digests["draw"].set_digest(match.draw_record_sha256)
        self.digests["roster"].set_digest(match.roster_digest)
        self.digests["avoid"].set_digest(match.avoid_digest)


class MatchTabs(QTabWidget):
    """Teams per district, loads, short inspections, replacements, pools (shared with the match screen)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.teams = dm.RecordTableModel(dm.team_columns())
        self.team_view = make_table(self.teams)
        self.district_combo = QComboBox()
        self.district_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("District")))
        row.addWidget(self.district_combo)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.team_view, 1)
        self.addTab(page, self.tr("Teams"))
        self.district_combo.currentIndexChanged.connect(
            lambda: self.team_view.model().set_equal("district", self.district_combo.currentData()))
        self.loads = dm.RecordTableModel(dm.load_columns())
        self.load_view = make_table(self.loads)
        self.addTab(self.load_view, self.tr("Loads"))
        self.shorts = dm.RecordTableModel(dm.short_columns())
        self.short_view = make_table(self.shorts)
        self.addTab(self.short_view, self.tr("Short inspections"))
        self.replacements = dm.RecordTableModel(dm.replacement_columns())
        self.replacement_view = make_table(self.replacements)
        self.addTab(self.replacement_view, self.tr("Replacements"))
        self.pools = dm.RecordTableModel(dm.pool_columns())
        self.pool_view = make_table(self.pools)
        self.addTab(self.pool_view, self.tr("Pools"))

    def set_views(self, views: dict) -> None:
        self.teams.set_rows(views.get("teams") or [])
        self.loads.set_rows(views.get("loads") or [])
        self.shorts.set_rows(views.get("shorts") or [])
        self.replacements.set_rows(views.get("replacements") or [])
        self.pools.set_rows(views.get("pools") or [])
        current = self.district_combo.currentData()
        self.district_combo.blockSignals(True)
        self.district_combo.clear()
        self.district_combo.addItem(self.tr("All"), None)
        for d in sorted({r["district"] for r in self.teams.rows()}):
            self.district_combo.addItem(d, d)
        self.district_combo.setCurrentIndex(max(0, self.district_combo.findData(current)))
        self.district_combo.blockSignals(False)
        self.team_view.model().set_equal("district", self.district_combo.currentData())
        short_open = sum(1 for s in self.shorts.rows() if s.get("open"))
        self.setTabText(2, self.tr("Short inspections (%1 open)").replace("%1", str(short_open)) if short_open
                        else self.tr("Short inspections"))
        for view in (self.team_view, self.load_view, self.short_view, self.replacement_view, self.pool_view):
            fit_columns(view)


class MatchResultPage(QWizardPage):
    def __init__(self, wizard: "MatchWizard"):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("The matched teams"))
        self.setSubTitle(self.tr("The match is done and logged. Resolve short inspections on the match screen; "
                                 "save and print the record."))
        layout = QVBoxLayout(self)
        self.info = QLabel()
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        layout.addWidget(wp.page_heading(self.tr("Match seed (SHA-256)")))
        self.seed = wp.DigestLabel(1.4)
        layout.addWidget(self.seed)
        self.tabs = MatchTabs()
        layout.addWidget(self.tabs, 1)
        row = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Save/print the record…"))
        self.print_button.clicked.connect(lambda: save_match_record(self, self.w.ctx, self.w.draw_no))
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout.addLayout(row)

    def initializePage(self) -> None:  # noqa: N802
        match = dm.current_match(self.w.draw_no)
        self.seed.set_digest(match.mseed)
        views = dm.match_views(match)
        self.tabs.set_views(views)
        short = sum(1 for s in views["shorts"] if s["open"])
        text = self.tr("%1 team(s) matched.").replace("%1", str(len(views["teams"])))
        if short:
            text += " " + self.tr("%1 inspection(s) are short of inspectors and need a recorded decision.") \
                .replace("%1", str(short))
        self.info.setText(text)


class MatchWizard(QWizard):
    def __init__(self, ctx, parent=None, draw_no: int | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.draw_no = draw_no
        self.team_size = 2
        self.match_date = ""
        self.setWindowTitle(self.tr("Match inspectors"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.draw_page = DrawChoicePage(self)
        self.pools_page = PoolsPage(self)
        self.commitment_page = MatchCommitmentPage(self)
        self.witness_page = wp.WitnessEntryPage(match_service().validate_witnesses)
        self.readback_page = wp.ReadBackPage(self.witness_page, self._run_match, self.tr("Confirm and match"))
        self.result_page = MatchResultPage(self)
        self.setPage(PAGE_DRAW, self.draw_page)
        self.setPage(PAGE_POOLS, self.pools_page)
        self.setPage(PAGE_COMMITMENT, self.commitment_page)
        self.setPage(PAGE_WITNESSES, self.witness_page)
        self.setPage(PAGE_READBACK, self.readback_page)
        self.setPage(PAGE_RESULT, self.result_page)
        self.resize(1000, 680)

    def _run_match(self, witnesses, on_done, on_error) -> None:
        draw_no = self.draw_no

        def work(progress, cancel):
            match = match_service().run_match(draw_no, witnesses, progress=progress, cancel=cancel)
            return match.id

        def done(result):
            self.ctx.notify_data_changed()
            on_done(result)

        self.ctx.tasks.run(work, title=self.tr("Matching…"), on_done=done, on_error=on_error, on_cancelled=on_error)

    def reject(self) -> None:
        if self.ctx.tasks.busy():
            return
        super().reject()
