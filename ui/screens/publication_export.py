"""结果公示 → 公示导出: every entered or approved inspection against its publication deadline, and the export.

The list (app.publish.export.publication_deadlines, read off the GUI thread) shows each inspection's
check date, its deadline (20 working days later), when an export carried it, and the overdue ones in
red. 导出公示文件… asks the options (CSV too; every approved result instead of only the new and changed
ones; the 公示日期 printed), then the file name, and runs the export as an operation; its counts stand in
the message line. The filters and the current row survive the reload that follows.
"""
from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.publish import export as export_core
from app.results.queries import STATUS_ZH
from ui.changes import Changes
from ui.operations import publish as publish_ops
from ui.screens.publication_table import KeptTable
from ui.widgets import ask
from ui.widgets.forms import RequiredForm
from ui.widgets.labels import MessageBar, bold, error_text
from ui.widgets.reads import read_in_background
from ui.widgets.tables import Column, fit_columns

SHOW_ALL, SHOW_PENDING, SHOW_OVERDUE = "all", "pending", "overdue"


def read_export_data(plan_id: int) -> dict:
    """The deadline rows and what the next export would carry (runs on the worker thread)."""
    rows = []
    for item in export_core.publication_deadlines(plan_id):
        row = item.as_dict()
        row["status_zh"] = STATUS_ZH.get(row["status"], row["status"])
        row["pending"] = row["exported_on"] is None or None      # True, or None (no filter value)
        row["overdue_flag"] = row["overdue"] or None
        rows.append(row)
    pending = export_core.publication_rows(plan_id, only_new=True)
    states = [r.state for r in pending]
    exports = [{"seq": e.seq, "published_on": e.published_on, "count": e.count, "file_name": e.file_name}
               for e in export_core.exports_of(plan_id)]
    return {"rows": rows, "exports": exports, "next_rows": len(pending), "next_new": states.count(export_core.NEW),
            "next_changed": states.count(export_core.CHANGED),
            "next_inspections": len({(r.draw_no, r.key) for r in pending})}


class ExportDialog(RequiredForm):
    """The export's options: CSV too, all or only new/changed rows, the 公示日期 printed in every row."""

    def __init__(self, next_rows: int, parent=None):
        super().__init__(self.tr("Export the publication file"),
                         self.tr("The file lists one row per enterprise and check item of the approved results, "
                                 "in the columns of the publicity system's batch import. The next export carries "
                                 "%1 new or changed row(s).").replace("%1", str(next_rows)), parent)
        self.csv = QCheckBox(self.tr("Also write a CSV file (UTF-8 with BOM) next to it"))
        self.csv.setObjectName("alsoCsv")
        self.all_rows = QCheckBox(self.tr("Every approved result, not only the new and changed ones"))
        self.all_rows.setObjectName("allRows")
        self.layout_.addWidget(self.csv)
        self.layout_.addWidget(self.all_rows)
        form = QFormLayout()
        self.published_on = QDateEdit()
        self.published_on.setObjectName("publishedOn")
        self.published_on.setCalendarPopup(True)
        self.published_on.setDisplayFormat("yyyy-MM-dd")
        self.published_on.setDate(QDate.fromString(clock.today().isoformat(), "yyyy-MM-dd"))
        form.addRow(self.tr("Publication date printed"), self.published_on)
        self.layout_.addLayout(form)
        self.layout_.addStretch(1)
        self.finish(560, 260)

    def is_filled(self) -> bool:
        return True

    def options(self) -> dict:
        return {"csv": self.csv.isChecked(), "only_new": not self.all_rows.isChecked(),
                "published_on": self.published_on.date().toString("yyyy-MM-dd")}


class ExportTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.data: dict = {"rows": [], "next_rows": 0}
        self._generation = 0
        self._fitted = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.message = MessageBar(self)
        layout.addWidget(self.message)
        top = QHBoxLayout()
        self.summary = bold(QLabel())
        self.summary.setObjectName("exportSummary")
        self.summary.setWordWrap(True)
        top.addWidget(self.summary, 1)
        self.export_button = QPushButton(self.tr("Export the publication file…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.export)
        top.addWidget(self.export_button)
        layout.addLayout(top)
        layout.addLayout(self._filters())
        columns = [Column(self.tr("District"), lambda r: r["district"]),
                   Column(self.tr("Credit code"), lambda r: r["key"], mono=True),
                   Column(self.tr("Enterprise"), lambda r: r["name"]),
                   Column(self.tr("Result"), lambda r: r["status_zh"]),
                   Column(self.tr("Check date"), lambda r: r["check_date"]),
                   Column(self.tr("Publication deadline"), lambda r: r["deadline"] or r["deadline_note"]),
                   Column(self.tr("Exported"), self._exported_text),
                   Column(self.tr("Overdue"), lambda r: self.tr("Overdue") if r["overdue"] else "")]
        self.table = KeptTable(columns, "deadlineTable", red=lambda r: bool(r["overdue"]), stretch_last=False)
        layout.addWidget(self.table.view, 1)
        self.history = QLabel()
        self.history.setObjectName("exportHistory")
        self.history.setWordWrap(True)
        layout.addWidget(self.history)
        self.note = QLabel(self.tr("Results are published within 20 working days of the check (the working-day "
                                   "calendar in the settings). Only approved results are exported; entered ones "
                                   "are listed so their deadline is seen."))
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        ctx.data_changed.connect(self._on_changes)
        ctx.plan_changed.connect(lambda _id: self.refresh())
        self.refresh()

    def _filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.district_combo = QComboBox()
        self.district_combo.setObjectName("districtFilter")
        self.district_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.show_combo = QComboBox()
        self.show_combo.setObjectName("showFilter")
        self.show_combo.addItem(self.tr("All inspections with a result"), SHOW_ALL)
        self.show_combo.addItem(self.tr("Not yet exported"), SHOW_PENDING)
        self.show_combo.addItem(self.tr("Overdue"), SHOW_OVERDUE)
        for label, combo in ((self.tr("District"), self.district_combo), (self.tr("Show"), self.show_combo)):
            row.addWidget(QLabel(label))
            row.addWidget(combo)
            row.addSpacing(12)
        row.addStretch(1)
        self.district_combo.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.show_combo.currentIndexChanged.connect(lambda _i: self._apply_filters())
        return row

    def _exported_text(self, row: dict) -> str:
        if row["exported_on"] is None:
            return self.tr("Not yet")
        return self.tr("%1 (export no. %2)").replace("%1", row["exported_on"]).replace("%2", str(row["export_seq"]))

    # -- reading --------------------------------------------------------------------------------
    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("results", "plan", "draw", "match", "settings"):
            self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        plan_id = self.ctx.current_plan_id
        if plan_id is None:
            self.show_data({"rows": [], "next_rows": 0})
            return
        read_in_background(self.ctx, lambda: read_export_data(plan_id), title=self.tr("Reading the deadlines…"),
                           on_done=lambda data: generation == self._generation and self.show_data(data),
                           on_error=lambda exc: self.message.show_error(error_text(exc)))

    def show_data(self, data: dict) -> None:
        self.data = data
        rows = data["rows"]
        self._fill_districts(rows)
        self.table.set_rows(rows)
        if rows and not self._fitted:
            fit_columns(self.table.view, 260)
            self._fitted = True
        self._apply_filters()
        self.export_button.setEnabled(bool(rows))
        self.summary.setText(self._summary_text(data))
        exports = data.get("exports") or []
        self.history.setText(self.tr("Exports so far: %1").replace("%1", "；".join(
            self.tr("no. %1 on %2, %3 row(s), %4").replace("%1", str(e["seq"])).replace("%2", e["published_on"])
            .replace("%3", str(e["count"])).replace("%4", e["file_name"]) for e in exports))
            if exports else self.tr("Nothing exported yet."))

    def _summary_text(self, data: dict) -> str:
        rows = data["rows"]
        if not rows:
            return self.tr("No inspection of this plan has a result yet.")
        exported = sum(1 for r in rows if r["exported_on"] is not None)
        overdue = sum(1 for r in rows if r["overdue"])
        text = self.tr("%1 inspection(s) with a result: %2 exported, %3 not yet, %4 overdue.") \
            .replace("%1", str(len(rows))).replace("%2", str(exported)) \
            .replace("%3", str(len(rows) - exported)).replace("%4", str(overdue))
        return text + "\n" + self.tr("The next export carries %1 row(s) of %2 inspection(s): %3 new, %4 changed.") \
            .replace("%1", str(data["next_rows"])).replace("%2", str(data.get("next_inspections", 0))) \
            .replace("%3", str(data.get("next_new", 0))).replace("%4", str(data.get("next_changed", 0)))

    def _fill_districts(self, rows: list[dict]) -> None:
        combo = self.district_combo
        keep = combo.currentData()
        districts = list(dict.fromkeys(r["district"] for r in rows))
        if [combo.itemData(i) for i in range(1, combo.count())] == districts and combo.count():
            return
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All districts"), None)
        for name in districts:
            combo.addItem(name, name)
        combo.setCurrentIndex(max(0, combo.findData(keep)))
        combo.blockSignals(False)

    def _apply_filters(self) -> None:
        proxy = self.table.proxy
        proxy.set_equal("district", self.district_combo.currentData())
        show = self.show_combo.currentData()
        proxy.set_equal("pending", True if show == SHOW_PENDING else None)
        proxy.set_equal("overdue_flag", True if show == SHOW_OVERDUE else None)

    # -- the export -----------------------------------------------------------------------------
    def export(self) -> None:
        plan_id = self.ctx.current_plan_id
        if plan_id is None:
            return
        dialog = ExportDialog(self.data.get("next_rows", 0), self)
        if not ask.exec_dialog(dialog):
            return
        options = dialog.options()
        path = ask.ask_save_path(self, self.tr("Export the publication file"), "结果公示.xlsx",
                                 self.tr("Excel workbook (*.xlsx)"), kind=ask.REPORTS)
        if not path:
            return
        self.message.clear()
        publish_ops.export_publication(self, self.ctx, plan_id, path, **options) \
            .success(lambda result: self._exported(path, result)).run()

    def _exported(self, path: str, outcome) -> None:
        text = self.tr("Export no. %1: %2 row(s) of %3 inspection(s) (%4 new, %5 changed) written to %6.") \
            .replace("%1", str(outcome.seq)).replace("%2", str(outcome.count)) \
            .replace("%3", str(outcome.inspections)).replace("%4", str(outcome.new)) \
            .replace("%5", str(outcome.changed)).replace("%6", str(outcome.file))
        if outcome.csv_file is not None:
            text += " " + self.tr("CSV: %1.").replace("%1", str(outcome.csv_file))
        if outcome.overdue:
            text += " " + self.tr("%1 of them are published after their deadline.") \
                .replace("%1", str(len(outcome.overdue)))
        text += "".join("\n" + note for note in outcome.notes)
        self.message.show_info(text)
