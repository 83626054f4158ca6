"""Step 3, 随机抽取: the current plan's draws and, for a drawn draw, what it drew.

Buttons: start the witnessed draw (wizard), void a draw (reason required),
use an alternate (task, drawn enterprise, reason; the rule picks the
alternate), save/print the record, verify a record. Reads come from
app.draw.queries; each change is one operation of ui.operations.draw.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.draw import queries
from app.match import queries as match_queries
from ui.changes import Changes
from ui.operations import draw as draw_ops
from ui.widgets import ask
from ui.widgets.ask import exec_dialog
from ui.widgets.forms import ReasonDialog, RequiredForm
from ui.widgets.labels import detail_label, page_heading, title_label
from ui.widgets.long_choice import LongChoice
from ui.widgets.reads import read_in_background
from ui.widgets.tables import RecordTableModel, fit_columns, make_table, source_row
from ui.wizards import draw_models as dm
from ui.wizards.draw_wizard import DrawnTabs, DrawWizard, first_screen_views, save_draw_record, screen_views
from ui.wizards.verify_dialog import VerifyDialog


class AlternateDialog(RequiredForm):
    """Which drawn enterprise of which task is out, and why. The rule picks the alternate, not the clerk.

    Once the draw's inspectors are matched (`matched`), the approving leader is
    required too: the alternate's team is then chosen by the matching rule.
    """

    def __init__(self, selected_rows: list[dict], parent=None, *, matched: bool = False):
        super().__init__(self.tr("Use an alternate"), self.tr(
            "An alternate takes the place of a drawn enterprise only under the rule printed on the "
            "commitment sheet (the enterprise was deregistered or closed before the visit). The "
            "first unused alternate of the same task and district is used; the use is logged."), parent)
        self._rows = selected_rows
        self.approver = None
        if matched:
            self.add_note(self.tr("The inspectors of this draw are matched: the alternate's inspection team "
                                  "is chosen by the published matching rule (smallest load, then pair ticket, "
                                  "in its pool, no avoided inspector), the replaced enterprise's team is "
                                  "released, and the match record gets a new revision. Name the leader who "
                                  "approved it."))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.task = QComboBox()
        for code in dict.fromkeys(r["task"] for r in selected_rows):
            self.task.addItem(code, code)
        self.key_choice = LongChoice(self.tr("Find: code or name"),
                                     self.tr("No drawn enterprise of this task matches"))
        self.key = self.key_choice.combo
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        form.addRow(self.tr("Task"), self.task)
        form.addRow(self.tr("Drawn enterprise"), self.key_choice)
        form.addRow(self.tr("Reason"), self.reason)
        if matched:
            self.approver = QLineEdit()
            self.approver.setPlaceholderText(self.tr("Name of the approving leader"))
            form.addRow(self.tr("Approved by"), self.approver)
            self.approver.textChanged.connect(self.update_ok)
        self.layout_.addLayout(form, 1)
        self.task.currentIndexChanged.connect(self._fill_keys)
        self.key.currentIndexChanged.connect(self.update_ok)
        self.reason.textChanged.connect(self.update_ok)
        self._fill_keys()
        self.finish(620, 360)

    def _fill_keys(self) -> None:
        code = self.task.currentData()
        self.key_choice.set_items([(f"{r['key']}  {r.get('name', '')}（{r['stratum']}）", r["key"])
                                   for r in self._rows if r["task"] == code])
        self.update_ok()

    def is_filled(self) -> bool:
        ok = bool(self.task.currentData() and self.key.currentData() and self.reason.toPlainText().strip())
        if self.approver is not None:
            ok = ok and bool(self.approver.text().strip())
        return ok

    def value(self) -> tuple[str, str, str, str]:
        """(task, key, reason, approver); approver is "" when the draw is not matched."""
        approver = self.approver.text().strip() if self.approver is not None else ""
        return self.task.currentData(), self.key.currentData(), self.reason.toPlainText().strip(), approver


class DrawScreen(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.wizard = None
        self.views: dict = {}
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.title = title_label()
        layout.addWidget(self.title)
        buttons = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Start the draw…"))
        self.void_button = QPushButton(self.tr("Void…"))
        self.alternate_button = QPushButton(self.tr("Use an alternate…"))
        self.record_button = QPushButton(self.tr("Save/print the record…"))
        self.verify_button = QPushButton(self.tr("Verify a record…"))
        for b in (self.start_button, self.void_button, self.alternate_button, self.record_button, self.verify_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.start_button.clicked.connect(self.start_draw)
        self.void_button.clicked.connect(self.void_draw)
        self.alternate_button.clicked.connect(self.use_alternate)
        self.record_button.clicked.connect(self.save_record)
        self.verify_button.clicked.connect(self.verify_record)

        splitter = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(page_heading(self.tr("Draws of this plan")))
        self.draws = RecordTableModel(dm.draw_columns())
        self.draws.row_colour = dm.void_colour
        self.draw_view = make_table(self.draws, stretch_last=True)
        self.draw_view.setSortingEnabled(False)
        top_layout.addWidget(self.draw_view, 1)
        splitter.addWidget(top)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        self.detail = detail_label()
        bottom_layout.addWidget(self.detail)
        self.tabs = DrawnTabs()
        bottom_layout.addWidget(self.tabs, 1)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)

        self._refreshing = False
        self.draw_view.selectionModel().currentRowChanged.connect(
            lambda *_: None if self._refreshing else self._show_selected())
        ctx.data_changed.connect(self._on_changes)
        ctx.plan_changed.connect(lambda _id: self.refresh())
        self.refresh()

    # -- state ---------------------------------------------------------------------
    def selected_draw(self) -> dict | None:
        return source_row(self.draw_view)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("plan", "draw"):
            self.refresh()

    def refresh(self) -> None:
        title = queries.plan_title(self.ctx.current_plan_id)
        self.title.setText(self.tr("Random draw — %1").replace("%1", title) if title is not None
                           else self.tr("Random draw — no plan chosen"))
        keep = (self.selected_draw() or {}).get("draw_no")
        rows = queries.draw_rows(self.ctx.current_plan_id if title is not None else None)
        self.draws.set_rows(rows)
        fit_columns(self.draw_view, 260)
        if rows:
            want = keep if keep in [r["draw_no"] for r in rows] else next(
                (r["draw_no"] for r in rows if r["status"] == "drawn"), rows[0]["draw_no"])
            row = [r["draw_no"] for r in rows].index(want)
            # one read per refresh: selecting the row would start one, then the line below another (each
            # 200,000 rows; the first one's result only thrown away on the GUI thread)
            self._refreshing = True
            try:
                self.draw_view.selectRow(row)
            finally:
                self._refreshing = False
        self._show_selected()

    def _show_selected(self) -> None:
        row = self.selected_draw()
        status = row["status"] if row else None
        self.start_button.setEnabled(self.ctx.current_plan_id is not None
                                     and not any(r["status"] == "drawn" for r in self.draws.rows()))
        self.void_button.setEnabled(status in ("committed", "drawn"))
        self.alternate_button.setEnabled(status == "drawn")
        self.record_button.setEnabled(status == "drawn")
        self.tabs.setVisible(row is not None)
        if row is None:
            self.detail.setText(self.tr("No draw yet. Start the draw: it is committed first, then the witnesses "
                                        "supply the digits.") if self.ctx.current_plan_id else "")
            self.tabs.set_views({})
            return
        draw_no = row["draw_no"]
        self._generation += 1
        if status == "drawn":
            # Tens of thousands of inspections take a second to read: off the GUI thread.
            self.detail.setText(self.tr("Reading draw no. %1…").replace("%1", str(draw_no)))
            generation = self._generation
            # first the first page and the summary (a few indexed queries, no record parsed), then every row
            # (the worker runs one read at a time, in this order)
            read_in_background(self.ctx, lambda: first_screen_views(draw_no),
                               title=self.tr("Reading the draw…"),
                               on_done=lambda views: self._show_views(generation, draw_no, views),
                               on_error=lambda exc: self.detail.setText(str(exc)))
            read_in_background(self.ctx, lambda: screen_views(draw_no),
                               title=self.tr("Reading the draw…"),
                               on_done=lambda views: self._show_views(generation, draw_no, views),
                               on_error=lambda exc: self.detail.setText(str(exc)))
            return
        commit_data = queries.commit_data_of(draw_no)
        if status == "committed":
            self.detail.setText(self.tr("Draw no. %1 is committed and waits for the witnesses' digits: continue "
                                        "with “Start the draw…”.").replace("%1", str(draw_no)))
        else:
            self.detail.setText(self.tr("Draw no. %1 is void: %2").replace("%1", str(draw_no))
                                .replace("%2", row.get("void_reason") or ""))
        self.tabs.set_views({"strata": queries.commit_strata_rows(commit_data)}, self.ctx.current_plan_id)

    def _show_views(self, generation: int, draw_no: int, views: dict) -> None:
        if generation != self._generation:
            return                      # the clerk chose another draw meanwhile
        self.views = views
        text = self.tr("Draw no. %1 drew %2 enterprise(s) to inspect (after merging the tasks).") \
            .replace("%1", str(draw_no)) \
            .replace("%2", str(views["active"]))
        if views.get("witnesses"):
            text += "\n" + self.tr("Witnesses: %1").replace("%1", "；".join(
                f"{w.get('name', '')}（{w.get('unit', '')}）{w.get('input', '')}" for w in views["witnesses"]))
        self.detail.setText(text)
        self.tabs.set_views(views, self.ctx.current_plan_id)

    # -- actions -------------------------------------------------------------------
    def start_draw(self) -> None:
        self.wizard = DrawWizard(self.ctx, self, plan_id=self.ctx.current_plan_id)
        self.wizard.finished.connect(lambda _r: self.refresh())
        self.wizard.open()

    def void_draw(self) -> None:
        row = self.selected_draw()
        if not row:
            return
        dialog = ReasonDialog(self.tr("Void draw no. %1").replace("%1", str(row["draw_no"])),
                              self.tr("A void draw stays on record and is listed on every later record. "
                                      "A new draw gets the next number and a new ceremony. Why is this draw void?"),
                              self)
        if not self._exec(dialog):
            return
        draw_ops.void_draw(self, self.ctx, row["draw_no"], dialog.value()).run()

    def use_alternate(self) -> None:
        row = self.selected_draw()
        if not row or row["status"] != "drawn":
            return
        draw_no = row["draw_no"]
        # the drawn list (from the record: 1.6 s at 200,000 inspections) and whether the match has run (its
        # record: 1.1 s) are read off the GUI thread; the form opens when they are in
        read_in_background(self.ctx, lambda: (queries.current_selection_rows(draw_no),
                                              match_queries.is_matched(draw_no)),
                           title=self.tr("Reading the draw…"),
                           on_done=lambda found: self._ask_alternate(draw_no, *found),
                           on_error=lambda exc: self.detail.setText(str(exc)))

    def _ask_alternate(self, draw_no: int, selected: list[dict], matched: bool) -> None:
        dialog = AlternateDialog(selected, self, matched=matched)
        if not self._exec(dialog):
            return
        task, key, reason, approver = dialog.value()

        def done(change):
            text = self.tr("%1 is replaced in task %2 by alternate no. %3: %4.").replace("%1", change["out_key"]) \
                .replace("%2", change["task"]).replace("%3", str(change["rank"])).replace("%4", change["in_key"])
            if change.get("matched"):
                if change.get("team") is None:
                    text += "\n" + self.tr("%1 is already inspected: its team stays.").replace("%1", change["in_key"])
                else:
                    text += "\n" + self.tr("Its inspection team, chosen by the rule from pool %1: %2 (the first "
                                           "is the team leader).").replace("%1", change["pool"]) \
                        .replace("%2", match_queries.team_text(draw_no, change["team"]) or self.tr("nobody available"))
                    if change.get("short"):
                        text += "\n" + self.tr("The team is short: resolve it on the match screen with the "
                                               "leader's approval.")
                text += "\n" + self.tr("The match record is now revision %1.").replace("%1", str(change["revision"]))
            ask.inform(self, self.tr("Alternate used"), text)

        draw_ops.use_alternate(self, self.ctx, draw_no, task, key, reason, approver).success(done).run()

    def save_record(self) -> None:
        row = self.selected_draw()
        if row and row["status"] == "drawn":
            save_draw_record(self, self.ctx, row["draw_no"])

    def verify_record(self) -> None:
        dialog = VerifyDialog(self.ctx, self)
        dialog.open()
        self._verify = dialog

    def _exec(self, dialog) -> bool:
        """Modal dialogs go through here so tests can answer them."""
        return exec_dialog(dialog)


def create_screen(ctx) -> QWidget:
    return DrawScreen(ctx)
