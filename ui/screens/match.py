"""Step 4, 匹配人员: the teams of the current plan's drawn draw and every recorded change.

Buttons: start the witnessed match (wizard), void a commitment that has not run
(reason required; e.g. the roster changed before the ceremony), replace an inspector of the
selected team (reason, approving leader; the rule chooses who comes in),
resolve a short inspection (an inspector from another pool named by a recorded
decision), save/print the record, verify a record. Reads come from
app.match.queries; each change is one operation of ui.operations.match.
"""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.draw import queries as draw_queries
from app.match import queries, screen_rows
from ui.changes import Changes
from ui.operations import match as match_ops
from ui.screens.match_dialogs import ReplaceDialog, ShortDialog
from ui.widgets import ask
from ui.widgets.ask import exec_dialog
from ui.widgets.digest import short_digest
from ui.widgets.forms import ReasonDialog
from ui.widgets.labels import detail_label, title_label
from ui.widgets.reads import read_in_background
from ui.widgets.tables import source_row
from ui.wizards.match_wizard import MatchTabs, MatchWizard, coverage_text, save_match_record, screen_state
from ui.wizards.verify_dialog import VerifyDialog


class MatchScreen(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.wizard = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.title = title_label()
        layout.addWidget(self.title)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Draw")))
        self.draw_combo = QComboBox()
        self.draw_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        top.addWidget(self.draw_combo)
        top.addStretch(1)
        layout.addLayout(top)
        buttons = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Start matching…"))
        self.void_button = QPushButton(self.tr("Void the commitment…"))
        self.replace_button = QPushButton(self.tr("Replace an inspector…"))
        self.short_button = QPushButton(self.tr("Resolve a short inspection…"))
        self.record_button = QPushButton(self.tr("Save/print the record…"))
        self.verify_button = QPushButton(self.tr("Verify a record…"))
        for b in (self.start_button, self.void_button, self.replace_button, self.short_button, self.record_button,
                  self.verify_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.detail = detail_label()
        layout.addWidget(self.detail)
        # whether the match record saved on disk is the current revision (a change makes it out of date)
        record_row = QHBoxLayout()
        self.record_note = detail_label()
        self.record_note.setObjectName("recordNote")
        self.save_revision_button = QPushButton()
        self.save_revision_button.setObjectName("saveRevisionButton")
        self.save_revision_button.clicked.connect(self.save_record)
        record_row.addWidget(self.record_note, 1)
        record_row.addWidget(self.save_revision_button)
        layout.addLayout(record_row)
        self.tabs = MatchTabs()
        layout.addWidget(self.tabs, 1)
        self.start_button.clicked.connect(self.start_match)
        self.void_button.clicked.connect(self.void_commitment)
        self.replace_button.clicked.connect(self.replace_inspector)
        self.short_button.clicked.connect(self.resolve_short)
        self.record_button.clicked.connect(self.save_record)
        self.verify_button.clicked.connect(self.verify_record)
        self.draw_combo.currentIndexChanged.connect(lambda: self._show())
        self.tabs.team_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.tabs.short_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.tabs.currentChanged.connect(lambda _i: self._update_buttons())
        ctx.data_changed.connect(self._on_changes)
        ctx.plan_changed.connect(lambda _id: self.refresh())
        self.state: dict = {"status": None}
        self.views: dict = {}
        self._keep_key: str | None = None          # the selected team, kept across a refresh
        self._generation = 0
        self.refresh()

    def draw_no(self) -> int | None:
        return self.draw_combo.currentData()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("plan", "draw", "match"):
            self.refresh()

    def refresh(self) -> None:
        title = draw_queries.plan_title(self.ctx.current_plan_id)
        self.title.setText(self.tr("Match inspectors — %1").replace("%1", title) if title is not None
                           else self.tr("Match inspectors — no plan chosen"))
        keep = self.draw_no()
        self.draw_combo.blockSignals(True)
        self.draw_combo.clear()
        # the numbers only: draw_queries.drawn_draws loads each draw's record (55 MB at 200,000 inspections)
        for draw_no in screen_rows.drawn_numbers(self.ctx.current_plan_id) if title is not None else []:
            self.draw_combo.addItem(self.tr("Draw no. %1").replace("%1", str(draw_no)), draw_no)
        self.draw_combo.setCurrentIndex(max(0, self.draw_combo.findData(keep)))
        self.draw_combo.blockSignals(False)
        self._show()

    def _show(self) -> None:
        draw_no = self.draw_no()
        selected = source_row(self.tabs.team_view)
        if selected:
            self._keep_key = selected.get("key")
        self._generation += 1
        self.state = {"status": "loading" if draw_no is not None else None}
        self.views = {}
        if draw_no is None:
            self.detail.setText(self.tr("This plan has no completed draw yet: run the draw first (step 3)."))
            self._apply_views()
            return
        # A large match takes a second to read: off the GUI thread.
        self.detail.setText(self.tr("Reading the match of draw no. %1…").replace("%1", str(draw_no)))
        self._apply_views()
        generation = self._generation
        # first the summary and the first rows of teams (one parse of the record and of the commitment,
        # 0.3 s at 200,000 inspections), then every row (the worker runs one read at a time, in this order)
        read_in_background(self.ctx, lambda: screen_state(draw_no, screen_rows.MAX_FIRST),
                           title=self.tr("Reading the match…"),
                           on_done=lambda data: self._loaded(generation, draw_no, data),
                           on_error=lambda exc: self.detail.setText(str(exc)))
        read_in_background(self.ctx, lambda: screen_state(draw_no),
                           title=self.tr("Reading the match…"),
                           on_done=lambda data: self._loaded(generation, draw_no, data),
                           on_error=lambda exc: self.detail.setText(str(exc)))

    def _loaded(self, generation: int, draw_no: int, data: dict) -> None:
        if generation != self._generation:
            return                      # another draw was chosen meanwhile
        selected = source_row(self.tabs.team_view)
        if selected:                    # chosen in the first page while the rest was read
            self._keep_key = selected.get("key")
        self.state = data
        self.views = data.get("views") or {}
        status = data.get("status")
        cover = data.get("coverage") or {}
        if status is None and cover.get("nothing_to_match"):
            self.detail.setText(self.tr("Every inspection of draw no. %1 is of a district the plan leaves to match "
                                        "in its own copy (%2): the city has nothing to match. Send each district "
                                        "its share file (step 6).")
                                .replace("%1", str(draw_no)).replace("%2", "、".join(cover["left"])))
        elif status is None:
            self.detail.setText(self.tr("The inspectors of draw no. %1 are not matched yet. Start matching: the "
                                        "inputs are committed first, then the witnesses supply the digits.")
                                .replace("%1", str(draw_no)))
        elif status == "committed":
            self.detail.setText(self.tr("The match of draw no. %1 is committed (commitment %2) and waits for the "
                                        "witnesses: continue with “Start matching…”. If the roster changed before "
                                        "the ceremony, void it with “Void the commitment…”.")
                                .replace("%1", str(draw_no)).replace("%2", short_digest(data["commitment"] or "")))
        else:
            open_short = data["open_short"]
            text = self.tr("Draw no. %1: %2 team(s) of %3, matched at %4.") \
                .replace("%1", str(draw_no)).replace("%2", str(data["team_count"])) \
                .replace("%3", str(data["team_size"])).replace("%4", data.get("matched_at") or "")
            revision = int(data.get("revision", 0))
            text += " " + (self.tr("No change since the match.") if revision == 0 else
                           self.tr("Changed %1 time(s) since the match (match record version %1).")
                           .replace("%1", str(revision)))
            if data.get("deadline"):
                text += " " + self.tr("Deadline for matching: %1.").replace("%1", data["deadline"])
            if data.get("witnesses"):
                text += "\n" + self.tr("Witnesses: %1").replace("%1", "；".join(
                    f"{w.get('name', '')}（{w.get('unit', '')}）{w.get('input', '')}" for w in data["witnesses"]))
            if open_short:
                text += "\n" + self.tr("%1 inspection(s) are short of inspectors: resolve them with a recorded "
                                       "decision.").replace("%1", str(open_short))
            self.detail.setText(text)
        if cover.get("left") and not cover.get("nothing_to_match"):
            self.detail.setText(self.detail.text() + "\n" + coverage_text(cover))
        self._apply_views()

    def _apply_views(self) -> None:
        self.tabs.set_views(self.views)
        view = self.tabs.team_view
        proxy = view.model()
        # the team chosen before a change stays chosen (a replacement must not jump to the first row); found
        # in the plain row list, not through the proxy index by index (200,000 calls into Qt)
        # (the paged model fetches the view's rows up to it)
        kept = None
        if self._keep_key:
            at = self.tabs.teams.position(lambda r: r.get("key") == self._keep_key)
            index = proxy.mapFromSource(self.tabs.teams.index(at, 0)) if at is not None else None
            kept = index if index is not None and index.isValid() else None
        if kept is not None:
            view.setCurrentIndex(kept)
            view.scrollTo(kept)
        elif not view.currentIndex().isValid() and proxy.rowCount():
            view.setCurrentIndex(proxy.index(0, 0))
        self._show_record_state()
        self._update_buttons()

    def _show_record_state(self) -> None:
        """Say whether the saved match record is the current revision; offer to save it when not."""
        record = self.state.get("record") or {}
        revision, saved = record.get("revision"), record.get("saved")
        self.save_revision_button.setText(self.tr("Save version %1 of the record…").replace("%1", str(revision)))
        stale = bool(record) and not record.get("current") and (saved is not None or revision)
        if not record or record.get("current"):
            text = "" if not saved else self.tr("The match record saved in %1 is the current version (%2).") \
                .replace("%1", saved["folder"]).replace("%2", str(revision))
        elif saved is not None:
            text = self.tr("Out of date: the match record saved in %1 is version %2, but the teams have changed "
                           "since (now version %3). That file and its printout no longer show the current teams: "
                           "save version %3 and print it.").replace("%1", saved["folder"]) \
                .replace("%2", str(saved["revision"])).replace("%3", str(revision))
        elif revision:
            text = self.tr("The teams have changed since the match (match record version %1) and this version "
                           "is not saved yet: a match record saved or printed before is out of date. Save version "
                           "%1 and print it.").replace("%1", str(revision))
        else:
            text = self.tr("The match record has not been saved yet: save and print it for the file.")
        self.record_note.setText(text)
        self.record_note.setStyleSheet("" if not stale else "color: #b3261e; font-weight: bold;")
        self.record_note.setVisible(bool(text))
        self.save_revision_button.setVisible(bool(record) and not record.get("current"))

    def _update_buttons(self) -> None:
        status = self.state.get("status")
        matched = status == "matched"
        nothing = bool((self.state.get("coverage") or {}).get("nothing_to_match"))
        self.start_button.setEnabled(self.draw_no() is not None and status in (None, "committed") and not nothing)
        self.void_button.setEnabled(status == "committed")   # a match that has run is changed, never voided
        self.replace_button.setEnabled(matched and self.selected_team() is not None)
        self.short_button.setEnabled(matched and self.selected_short() is not None)
        self.record_button.setEnabled(matched)

    def selected_team(self) -> dict | None:
        if self.tabs.currentIndex() != 0:
            return None
        row = source_row(self.tabs.team_view)
        return row if row and row.get("members") else None

    def selected_short(self) -> dict | None:
        index = self.tabs.currentIndex()
        if index == 2:
            row = source_row(self.tabs.short_view)
            return row if row and row.get("open") else None
        if index == 0:
            row = source_row(self.tabs.team_view)
            if row and row.get("short"):
                return next((s for s in self.views.get("shorts", []) if s["key"] == row["key"] and s["open"]), None)
        return None

    # -- actions -------------------------------------------------------------------
    def start_match(self) -> None:
        self.wizard = MatchWizard(self.ctx, self, draw_no=self.draw_no())
        self.wizard.finished.connect(lambda _r: self.refresh())
        self.wizard.open()

    def void_commitment(self) -> None:
        """Abandon a committed match before its ceremony (e.g. the roster changed); it stays on record."""
        if self.state.get("status") != "committed":
            return
        draw_no = self.draw_no()
        dialog = ReasonDialog(self.tr("Void the match commitment of draw no. %1").replace("%1", str(draw_no)),
                              self.tr("The commitment stays on record with your reason, in the audit log. A new "
                                      "commitment and a new ceremony follow. Only a match that has not run can be "
                                      "voided. Why is this commitment void?"), self)
        if not exec_dialog(dialog):
            return
        match_ops.void_match(self, self.ctx, draw_no, dialog.value()).run()

    def replace_inspector(self) -> None:
        team = self.selected_team()
        if team is None or self.state.get("status") != "matched":
            return
        directory = self.state.get("directory") or {}
        draw_no, key = self.draw_no(), team["key"]

        def unstarted(cert: str) -> tuple[list, list]:
            found = screen_rows.unstarted_teams(draw_no, cert)    # from the rows: no record parsed
            return found["unstarted"], found["started"]

        dialog = ReplaceDialog(team, directory, self, unstarted=unstarted)
        if not exec_dialog(dialog):
            return
        out_cert, reason, approver = dialog.value()
        self._keep_key = key
        if dialog.replace_everywhere():
            match_ops.replace_all(self, self.ctx, draw_no, out_cert, reason, approver).success(
                lambda outcome: self._replaced_everywhere(directory, out_cert, outcome)).run()
            return

        def done(change):
            ask.inform(self, self.tr("Inspector replaced"), self.tr(
                "%1 leaves the team of %2. The rule chose %3.").replace("%1", queries.person(directory, out_cert))
                .replace("%2", enterprise(team)).replace("%3", queries.person(directory, (change or {}).get("in"))))

        match_ops.replace_inspector(self, self.ctx, draw_no, key, out_cert, reason, approver).success(done).run()

    def _replaced_everywhere(self, directory: dict, out_cert: str, outcome: dict) -> None:
        lines = [self.tr("%1 leaves %2 team(s); the rule chose:").replace("%1", queries.person(directory, out_cert))
                 .replace("%2", str(len(outcome["changes"])))]
        lines += [f"  {enterprise(c)}：{queries.person(directory, c['in'])}" for c in outcome["changes"]]
        if outcome.get("skipped"):
            lines.append(self.tr("Kept in the teams with a result entered:"))
            lines += [f"  {enterprise(s)}" for s in outcome["skipped"]]
        ask.inform(self, self.tr("Inspector replaced"), "\n".join(lines))

    def resolve_short(self) -> None:
        short = self.selected_short()
        if short is None or self.state.get("status") != "matched":
            return
        dialog = ShortDialog(short, queries.short_candidates(self.state.get("roster") or [], short), self)
        if not exec_dialog(dialog):
            return
        cert, reason, approver = dialog.value()
        match_ops.resolve_short(self, self.ctx, self.draw_no(), short["key"], cert, reason, approver).run()

    def save_record(self) -> None:
        if self.state.get("status") == "matched":
            save_match_record(self, self.ctx, self.draw_no())

    def verify_record(self) -> None:
        self._verify = VerifyDialog(self.ctx, self)
        self._verify.open()


def enterprise(row: dict) -> str:
    """"name（code）" of an inspection, as messages to the clerk name enterprises."""
    name = row.get("name") or ""
    return f"{name}（{row['key']}）" if name else row["key"]


def create_screen(ctx) -> QWidget:
    return MatchScreen(ctx)
