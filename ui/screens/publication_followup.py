"""结果公示 → 后续处置: the follow-up list with 办结…, and the 经营异常名录 / 严重违法失信 candidates.

The follow-up list (app.publish.followup.followup_list) holds the inspections with a result left to
follow up (发现问题待后续处理, or a 后续处置 not closed), each with its deadline, overdue ones in red;
办结… asks the date and who closed it (both required) and the measures taken (required when none is
recorded), then runs the operation; a closed follow-up leaves the list. Below, the candidates for
经营异常名录 / 严重违法失信 handling (app.publish.followup.abnormal_candidates) with their legal basis: a list
for the clerk to act on through the legal procedure — the program puts no enterprise on any list, and
the screen says so. Both are read off the GUI thread; the current row survives a reload.
"""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.publish import followup as followup_core
from app.results.queries import STATUS_ZH
from app.settings.store import result_lists
from ui.changes import Changes
from ui.operations import publish as publish_ops
from ui.screens.publication_table import KeptTable
from ui.widgets import ask
from ui.widgets.forms import RequiredForm
from ui.widgets.labels import MessageBar, bold, error_text, page_heading
from ui.widgets.reads import read_in_background
from ui.widgets.tables import Column, fit_columns


def read_followup(plan_id: int) -> dict:
    """The follow-up list, the candidates and the measures to choose from (runs on the worker thread)."""
    return {"followups": [r.as_dict() for r in followup_core.followup_list(plan_id)],
            "candidates": [c.as_dict() for c in followup_core.abnormal_candidates(plan_id)],
            "measures": list(result_lists().followup_measures)}


class CloseFollowupDialog(RequiredForm):
    """办结: the date and who closed the follow-up (both required), the measures taken (required when the
    result records none), and a note (required for the measure 其他 without a recorded description)."""

    def __init__(self, row: dict, choices: list[str], parent=None):
        super().__init__(self.tr("Close the follow-up"),
                         self.tr("The follow-up of %1 (%2) is recorded as closed, with the date and who closed it.")
                         .replace("%1", row["name"]).replace("%2", row["key"]), parent)
        self.row = row
        form = QFormLayout()
        self.closed_on = QDateEdit()
        self.closed_on.setObjectName("closedOn")
        self.closed_on.setCalendarPopup(True)
        self.closed_on.setDisplayFormat("yyyy-MM-dd")
        self.closed_on.setDate(QDate.fromString(clock.today().isoformat(), "yyyy-MM-dd"))
        self.by = QLineEdit()
        self.by.setObjectName("closedBy")
        self.by.setPlaceholderText(self.tr("name of the person who closed it"))
        self.by.textChanged.connect(self.update_ok)
        recorded = list(row.get("measures") or [])
        measures = QWidget()
        flow = QHBoxLayout(measures)
        flow.setContentsMargins(0, 0, 0, 0)
        self.measure_boxes: list[tuple[QCheckBox, str]] = []
        for name in choices:
            box = QCheckBox(name)
            box.setChecked(name in recorded)
            box.setEnabled(name not in recorded)      # recorded measures stay; more may be added
            box.toggled.connect(self.update_ok)
            flow.addWidget(box)
            self.measure_boxes.append((box, name))
        flow.addStretch(1)
        self.note = QPlainTextEdit()
        self.note.setObjectName("closeNote")
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("what was done (required for 其他 without a description)"))
        self.note.textChanged.connect(self.update_ok)
        form.addRow(self.tr("Closed on"), self.closed_on)
        form.addRow(self.tr("Closed by"), self.by)
        form.addRow(self.tr("Measures taken"), measures)
        form.addRow(self.tr("Note"), self.note)
        self.layout_.addLayout(form, 1)
        self.finish(620, 340)

    def measures(self) -> list[str]:
        return [name for box, name in getattr(self, "measure_boxes", []) if box.isChecked()]

    def is_filled(self) -> bool:
        if not (getattr(self, "by", None) and self.by.text().strip()) or not self.measures():
            return False
        needs_note = "其他" in self.measures() and not self.row.get("text")
        return not needs_note or bool(self.note.toPlainText().strip())

    def value(self) -> dict:
        recorded = set(self.row.get("measures") or [])
        return {"closed_on": self.closed_on.date().toString("yyyy-MM-dd"), "by": self.by.text().strip(),
                "note": self.note.toPlainText().strip(),
                "measures": [m for m in self.measures() if m not in recorded]}


class FollowupTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.data: dict = {"followups": [], "candidates": [], "measures": []}
        self._generation = 0
        self._fitted = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.message = MessageBar(self)
        layout.addWidget(self.message)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self._followup_pane())
        split.addWidget(self._candidate_pane())
        split.setSizes([420, 260])
        layout.addWidget(split, 1)
        ctx.data_changed.connect(self._on_changes)
        ctx.plan_changed.connect(lambda _id: self.refresh())
        self.refresh()

    def _followup_pane(self) -> QWidget:
        pane = QWidget()
        box = QVBoxLayout(pane)
        box.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.summary = bold(QLabel())
        self.summary.setObjectName("followupSummary")
        self.summary.setWordWrap(True)
        top.addWidget(self.summary, 1)
        self.close_button = QPushButton(self.tr("Close…"))
        self.close_button.setObjectName("closeButton")
        self.close_button.clicked.connect(self.close_followup)
        top.addWidget(self.close_button)
        box.addLayout(top)
        columns = [Column(self.tr("District"), lambda r: r["district"]),
                   Column(self.tr("Credit code"), lambda r: r["key"], mono=True),
                   Column(self.tr("Enterprise"), lambda r: r["name"]),
                   Column(self.tr("Check date"), lambda r: r["check_date"]),
                   Column(self.tr("Deadline"), lambda r: r.get("deadline") or r.get("deadline_note", "")),
                   Column(self.tr("State"), self._state_text),
                   Column(self.tr("Measures"), lambda r: "、".join(r["measures"])),
                   Column(self.tr("Items to follow up"), lambda r: "；".join(r["pending_items"]))]
        self.table = KeptTable(columns, "followupTable", red=lambda r: bool(r.get("overdue")))
        self.table.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.table.view.doubleClicked.connect(lambda _i: self.close_followup())
        box.addWidget(self.table.view, 1)
        return pane

    def _candidate_pane(self) -> QWidget:
        pane = QWidget()
        box = QVBoxLayout(pane)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(page_heading(self.tr("Candidates for the list of abnormal operations (经营异常名录) or of "
                                           "serious illegal and dishonest enterprises (严重违法失信)")))
        note = QLabel(self.tr("A list to act on: these enterprises' results meet a condition named in the legal "
                              "basis. The program puts no enterprise on any list; each decision is taken through "
                              "the legal procedure, then recorded as its follow-up."))
        note.setObjectName("candidatesNote")
        note.setWordWrap(True)
        note.setStyleSheet("color: #8d6e00;")
        box.addWidget(note)
        columns = [Column(self.tr("District"), lambda r: r["district"]),
                   Column(self.tr("Credit code"), lambda r: r["key"], mono=True),
                   Column(self.tr("Enterprise"), lambda r: r["name"]),
                   Column(self.tr("Result"), lambda r: r["outcome"]),
                   Column(self.tr("May go on"), lambda r: r["title"]),
                   Column(self.tr("Legal basis"), lambda r: r["basis"]),
                   Column(self.tr("What may be done"), lambda r: r["suggestion"])]
        self.candidates = KeptTable(columns, "candidateTable")
        box.addWidget(self.candidates.view, 1)
        self.candidate_detail = QLabel()          # the whole basis and suggestion of the current candidate
        self.candidate_detail.setObjectName("candidateDetail")
        self.candidate_detail.setWordWrap(True)
        self.candidate_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.candidate_detail)
        self.candidates.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_candidate())
        return pane

    def _show_candidate(self) -> None:
        row = self.candidates.current_row()
        self.candidate_detail.setText(
            self.tr("%1: %2. Legal basis: %3").replace("%1", row["name"]).replace("%2", row["suggestion"])
            .replace("%3", row["basis"]) if row else "")

    def _state_text(self, row: dict) -> str:
        state = STATUS_ZH.get(row["status"], row["status"])
        return self.tr("%1, overdue").replace("%1", state) if row["overdue"] else state

    # -- reading --------------------------------------------------------------------------------
    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("results", "plan", "draw", "match", "settings"):
            self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        plan_id = self.ctx.current_plan_id
        if plan_id is None:
            self.show_data({"followups": [], "candidates": [], "measures": []})
            return
        read_in_background(self.ctx, lambda: read_followup(plan_id), title=self.tr("Reading the follow-up list…"),
                           on_done=lambda data: generation == self._generation and self.show_data(data),
                           on_error=lambda exc: self.message.show_error(error_text(exc)))

    def show_data(self, data: dict) -> None:
        self.data = data
        rows = data["followups"]
        self.table.set_rows(rows)
        self.candidates.set_rows(data["candidates"])
        if self.candidates.current_row() is None and data["candidates"]:
            self.candidates.view.selectRow(0)      # its whole legal basis shows under the table from the start
        self._show_candidate()
        if (rows or data["candidates"]) and not self._fitted:
            fit_columns(self.table.view, 240)
            fit_columns(self.candidates.view, 380)     # the legal basis is what the clerk reads
            self._fitted = True
        self.summary.setText(self.tr("%1 follow-up(s) open, %2 of them overdue (deadline: 20 working days after "
                                     "the check).").replace("%1", str(len(rows)))
                             .replace("%2", str(sum(1 for r in rows if r["overdue"]))))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.close_button.setEnabled(self.table.current_row() is not None)

    # -- 办结 ------------------------------------------------------------------------------------
    def close_followup(self) -> None:
        row = self.table.current_row()
        if row is None:
            return
        dialog = CloseFollowupDialog(row, self.data["measures"], self)
        if not ask.exec_dialog(dialog):
            return
        value = dialog.value()
        self.message.clear()
        publish_ops.close_followup(self, self.ctx, row["draw_no"], row["key"], **value).success(
            lambda _result: self.message.show_info(self.tr("The follow-up of %1 was closed on %2 by %3.")
                                                   .replace("%1", row["name"]).replace("%2", value["closed_on"])
                                                   .replace("%3", value["by"]))).run()
