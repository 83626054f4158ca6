"""The witnessed match of inspectors (随机匹配), step by step: the match's side of ceremony.CeremonyWizard.

    choose the draw → review pools (eligible, excluded with reasons, caps) →
    COMMIT (irreversible) → commitment shown, saved/printed → witnesses and
    digits → read-back, CONFIRM (irreversible) → teams per district, loads,
    short inspections → record saved.

Reads come from app.match.queries (and app.draw.queries), writes are ui.operations.match.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.campaign import outputs
from app.draw import explain
from app.draw import queries as draw_queries
from app.match import queries, screen_rows
from app.match.service import preview_pools, validate_witnesses
from ui.models.paged_rows import PagedRecordModel, collector_paused, fit_in_turns, make_paged_table
from ui.operations import match as match_ops
from ui.widgets.labels import DigestLabel, page_heading
from ui.widgets.reads import read_in_background
from ui.widgets.tables import RecordTableModel, fit_columns, make_table
from ui.wizards import ceremony
from ui.wizards import draw_models as dm


def coverage_text(cover: dict) -> str:
    """One line for the match step: the districts the city's match covers and those left to their own copies."""
    return QCoreApplication.translate("MatchScreen", "The city's match covers %1; left to their own copies: %2.") \
        .replace("%1", "、".join(cover.get("covered") or []) or "—") \
        .replace("%2", "、".join(f"{d}（{n}）" for d, n in (cover.get("left") or {}).items()))


def save_match_commitment(widget, ctx, draw_no: int) -> None:
    """Write the frozen inputs (roster.txt, avoid.txt) and the printed commitment into a chosen folder."""
    ceremony.save_into_folder(
        widget, QCoreApplication.translate("MatchRecords", "Folder for the match commitment"),
        lambda folder: match_ops.write_match_commitment(widget, ctx, draw_no, folder),
        QCoreApplication.translate("MatchRecords", "The match commitment was written:\n%1\nOpen the folder now?"),
        lambda: outputs.output_names("match-commit", draw_no))


def save_match_record(widget, ctx, draw_no: int) -> None:
    """Write match-record.json, roster.txt, avoid.txt and the printed match record into a chosen folder."""
    ceremony.save_into_folder(
        widget, QCoreApplication.translate("MatchRecords", "Folder for the match record"),
        lambda folder: match_ops.write_match_record(widget, ctx, draw_no, folder),
        QCoreApplication.translate("MatchRecords", "The match record was written:\n%1\nOpen the folder now?"),
        lambda: outputs.output_names("match", draw_no))


class DrawChoicePage(ceremony.ChoicePage):
    w: MatchWizard

    def __init__(self, wizard: MatchWizard):
        super().__init__(wizard, self.tr("Choose the draw"),
                         self.tr("Inspectors are matched to the enterprises of a completed draw. District bureaus "
                                 "must finish matching within five working days of receiving the list."))
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
        self.layout_.addLayout(form)
        self.finish_layout()
        self.combo.currentIndexChanged.connect(self._changed)
        self.draws: dict[int, draw_queries.DrawnDraw] = {}

    def initializePage(self) -> None:  # noqa: N802
        self.combo.blockSignals(True)
        self.combo.clear()
        draws = draw_queries.drawn_draws(self.w.ctx.current_plan_id) or draw_queries.drawn_draws()
        self.draws = {d.draw_no: d for d in draws}
        for d in draws:
            self.combo.addItem(self.tr("Draw no. %1 — %2").replace("%1", str(d.draw_no)).replace("%2", d.plan_title),
                               d.draw_no)
        index = self.combo.findData(self.w.draw_no)
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)
        self._changed()

    def _changed(self) -> None:
        draw_no = self.combo.currentData()
        self.state = "none"
        if draw_no is None:
            self.note.setText(self.tr("No completed draw yet: run the draw first (step 3)."))
            self.completeChanged.emit()
            return
        match = queries.current_match(draw_no, required=False)
        self.team_size.setEnabled(match is None)
        self.date.setEnabled(match is None)
        if match is None:
            self.state = "ready"
            self.team_size.setValue(max(2, self.draws[draw_no].team_size or 2))
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

    def validatePage(self) -> bool:  # noqa: N802
        self.w.draw_no = self.combo.currentData()
        self.w.team_size = self.team_size.value()
        self.w.match_date = self.date.date().toString("yyyy-MM-dd")
        return True


class PoolsPage(ceremony.ReviewPage):
    w: MatchWizard

    def __init__(self, wizard: MatchWizard):
        super().__init__(wizard, self.tr("Review the pools"),
                         self.tr("Who may be matched in each pool, who is left out and why, and the load cap. "
                                 "No team exists before the witnesses' digits."),
                         self.tr("Commit the match"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.pools = RecordTableModel(dm.pool_columns())
        self.pool_view = make_table(self.pools)
        self.excluded = RecordTableModel(dm.excluded_columns())
        self.excluded_view = make_table(self.excluded, stretch_last=True)
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(page_heading(self.tr("Inspectors left out")))
        box_layout.addWidget(self.excluded_view, 1)
        splitter.addWidget(self.pool_view)
        splitter.addWidget(box)
        self.layout_.addWidget(splitter, 1)
        self.finish_layout()

    def loading_text(self) -> str:
        return self.tr("Reading the inspector register…")

    def read(self):
        return preview_pools(self.w.draw_no, self.w.team_size, self.w.match_date)

    def show_result(self, preview: dict) -> None:
        self.pools.set_rows(queries.pool_rows(preview.get("pools")))
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
        if preview.get("excluded_districts"):
            lines.append(self.tr("Left to the districts' own copies by the plan: %1 (%2 inspection(s) not in this "
                                 "match).").replace("%1", "、".join(preview["excluded_districts"]))
                         .replace("%2", str(preview.get("left_to_districts", 0))))
        self.summary.setText("\n".join(lines))

    def commit(self):
        return match_ops.commit_match(self, self.w.ctx, self.w.draw_no, self.w.team_size, self.w.match_date)


class MatchCommitmentPage(ceremony.CommitmentPage):
    w: MatchWizard

    def __init__(self, wizard: MatchWizard):
        super().__init__(wizard, self.tr("The match commitment"),
                         self.tr("The roster, the avoidance list and the team size are frozen. Save and print the "
                                 "commitment and show it to the witnesses before they roll."),
                         self.tr("Match commitment (SHA-256)"), self.tr("Save/print the commitment…"))
        self.inputs = QFormLayout()
        self.digests = {}
        for key, label in (("draw", self.tr("Draw record SHA-256")), ("roster", self.tr("Roster digest")),
                           ("avoid", self.tr("Avoidance digest"))):
            value = DigestLabel(1.0)
            self.digests[key] = value
            self.inputs.addRow(label, value)
        self.layout_.addLayout(self.inputs)
        self.layout_.addStretch(1)
        self.finish_layout()

    def save(self) -> None:
        save_match_commitment(self, self.w.ctx, self.w.draw_no)

    def initializePage(self) -> None:  # noqa: N802
        match = queries.current_match(self.w.draw_no)
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
        """The long tables hold up to 200,000 rows, on the screen and on the wizard's result page alike:
        ui.models.paged_rows (a page at a time, filtered and sorted in the model)."""
        super().__init__(parent)
        model, table = PagedRecordModel, make_paged_table
        self.teams = model(dm.team_columns())
        self.team_view = table(self.teams)
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
        # the clerk's district stays chosen while the views are read again (after a change, the list is empty
        # for a moment): set_views restores it
        self.wanted_district: str | None = None
        self.district_combo.currentIndexChanged.connect(self._district_chosen)
        self.loads = model(dm.load_columns())
        self.load_view = table(self.loads)
        self.addTab(self.load_view, self.tr("Loads"))
        self.shorts = RecordTableModel(dm.short_columns())
        self.short_view = make_table(self.shorts)
        self.addTab(self.short_view, self.tr("Short inspections"))
        self.replacements = RecordTableModel(dm.replacement_columns())
        self.replacement_view = make_table(self.replacements)
        self.addTab(self.replacement_view, self.tr("Replacements"))
        self.pools = RecordTableModel(dm.pool_columns())
        self.pool_view = make_table(self.pools)
        self.addTab(self.pool_view, self.tr("Pools"))

    def _district_chosen(self) -> None:
        self.wanted_district = self.district_combo.currentData()
        self.team_view.model().set_equal("district", self.wanted_district)

    def set_views(self, views: dict) -> None:
        """Show a match's views (queries.match_views, or prepared_views of it: then no pass over every row
        is left for the GUI thread)."""
        if "choices" not in views:
            views = prepared_views(views)
        self.teams.set_rows(views.get("teams") or [])
        self.loads.set_rows(views.get("loads") or [])
        self.shorts.set_rows(views.get("shorts") or [])
        self.replacements.set_rows(views.get("replacements") or [])
        self.pools.set_rows(views.get("pools") or [])
        current = self.wanted_district
        self.district_combo.blockSignals(True)
        self.district_combo.clear()
        self.district_combo.addItem(self.tr("All"), None)
        for d in views["choices"]:
            self.district_combo.addItem(d, d)
        self.district_combo.setCurrentIndex(max(0, self.district_combo.findData(current)))
        self.district_combo.blockSignals(False)
        self.team_view.model().set_equal("district", self.district_combo.currentData())
        short_open = sum(1 for s in self.shorts.rows() if s.get("open"))
        self.setTabText(2, self.tr("Short inspections (%1 open)").replace("%1", str(short_open)) if short_open
                        else self.tr("Short inspections"))
        fit_in_turns([self.team_view, self.load_view, self.short_view, self.replacement_view, self.pool_view])


def prepared_views(views: dict, *, in_place: bool = False) -> dict:
    """MatchTabs' rows of a match's views (draw_models.match_view_rows) with the district filter's choices:
    passes over 200,000 teams, which the match screen makes with its background read (in_place: on its own
    rows, see match_view_rows)."""
    views = dm.match_view_rows(views, in_place=in_place)
    views["choices"] = sorted({r["district"] for r in views.get("teams") or []})
    return views


def screen_state(draw_no: int, page: int | None = None) -> dict:
    """The match's state as the screen shows it, worked out off the GUI thread: read by SQLite's JSON
    functions (app.match.screen_rows), the tables' rows and filter choices prepared (prepared_views).
    page: the summary and the first page of teams only (screen_rows.screen_state)."""
    with collector_paused():
        state = screen_rows.screen_state(draw_no, page)
        if state.get("views"):
            state["views"] = prepared_views(state["views"], in_place=True)
    return state


class MatchResultPage(ceremony.ResultPage):
    w: MatchWizard

    def __init__(self, wizard: MatchWizard):
        self.tabs = MatchTabs()
        self._generation = 0      # of the last read started: a page shown again drops an older read's rows
        super().__init__(wizard, self.tr("The matched teams"),
                         self.tr("The match is done and logged. Resolve short inspections on the match screen; "
                                 "save and print the record."),
                         self.tr("Match seed (SHA-256)"), self.tabs, self.tr("Save/print the record…"))

    def save(self) -> None:
        save_match_record(self, self.w.ctx, self.w.draw_no)

    def initializePage(self) -> None:  # noqa: N802
        # Read as the match screen reads it, off the GUI thread (200,000 teams took seconds here, the window
        # frozen in front of the witnesses): the seed, the summary and the first teams, then every row.
        draw_no = self.w.draw_no
        # the match screen's words, in its translation context
        self.info.setText(QCoreApplication.translate("MatchScreen", "Reading the match of draw no. %1…")
                          .replace("%1", str(draw_no)))
        title = QCoreApplication.translate("MatchScreen", "Reading the match…")
        self._generation += 1
        generation = self._generation
        read_in_background(self.w.ctx, lambda: (screen_rows.match_seed(draw_no),
                                                screen_state(draw_no, screen_rows.MAX_FIRST)),
                           title=title, on_done=lambda got: self._show(generation, *got),
                           on_error=lambda exc: self.info.setText(str(exc)))
        read_in_background(self.w.ctx, lambda: (None, screen_state(draw_no)), title=title,
                           on_done=lambda got: self._show(generation, *got),
                           on_error=lambda exc: self.info.setText(str(exc)))

    def _show(self, generation: int, seed: str | None, state: dict) -> None:
        if generation != self._generation:
            return
        if seed:
            self.seed.set_digest(seed)
        self.tabs.set_views(state.get("views") or {})
        short = state.get("open_short", 0)
        text = self.tr("%1 team(s) matched.").replace("%1", str(state.get("team_count", 0)))
        if short:
            text += " " + self.tr("%1 inspection(s) are short of inspectors and need a recorded decision.") \
                .replace("%1", str(short))
        self.info.setText(text)


class MatchWizard(ceremony.CeremonyWizard):
    def __init__(self, ctx, parent=None, draw_no: int | None = None):
        super().__init__(ctx, parent, title=self.tr("Match inspectors"))
        self.draw_no = draw_no
        self.team_size = 2
        self.match_date = ""
        self.draw_page = DrawChoicePage(self)
        self.pools_page = PoolsPage(self)
        self.commitment_page = MatchCommitmentPage(self)
        self.result_page = MatchResultPage(self)
        self.add_pages(self.draw_page, self.pools_page, self.commitment_page, self.result_page,
                       validate_witnesses=validate_witnesses, confirm_text=self.tr("Confirm and match"))
        # The draw's witnesses often witness the match too: offer their names, never their digits.
        self.witness_page.offer_witnesses(
            self.tr("Use the witnesses of this draw"),
            self.tr("Fills in the names, units and roles of the draw's witnesses. The digits must be rolled anew."),
            lambda: explain.draw_witnesses(self.draw_no) if self.draw_no is not None else [])

    def run_operation(self, witnesses: list[dict]):
        return match_ops.run_match(self, self.ctx, self.draw_no, witnesses)
