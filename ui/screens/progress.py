"""下发与回收 → 进度: per district and task, how far the work is, against the plan's working-day deadlines.

app.results.progress computes everything (read-only, off the GUI thread: it reads every inspection);
this tab shows the deadlines, a table per district (overdue in red) and the bar chart, which can be
printed or saved as an image for a meeting.
"""
from __future__ import annotations

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QSplitter, QVBoxLayout, QWidget

from app.results import progress as progress_core
from ui.changes import Changes
from ui.screens.progress_chart import DistrictBar, ProgressChart
from ui.widgets.ask import REPORTS, ask_save_path
from ui.widgets.bar_chart import print_image, save_image
from ui.widgets.labels import bold, detail_label, error_label, error_text, set_error
from ui.widgets.reads import read_in_background
from ui.widgets.tables import Column, RecordTableModel, fit_columns, make_table

COUNT_KEYS = ("issued", "matched", "notified", "inspected", "entered", "reviewed", "overdue")
RED = QColor("#b3261e")


class ProgressTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.data: dict | None = None
        self._generation = 0
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.deadlines = QLabel()
        self.deadlines.setWordWrap(True)
        top.addWidget(self.deadlines, 1)
        self.print_button = QPushButton(self.tr("Print the chart…"))
        self.save_button = QPushButton(self.tr("Save the chart as an image…"))
        self.print_button.clicked.connect(self.print_chart)
        self.save_button.clicked.connect(self.save_chart)
        top.addWidget(self.print_button)
        top.addWidget(self.save_button)
        layout.addLayout(top)
        self.error = error_label()
        layout.addWidget(self.error)
        labels = {"issued": self.tr("Issued"), "matched": self.tr("Matched"), "notified": self.tr("Notified"),
                  "inspected": self.tr("Inspected"), "entered": self.tr("Entered"), "reviewed": self.tr("Reviewed"),
                  "overdue": self.tr("Overdue")}
        columns = [Column(self.tr("District"), lambda r: r["district"]),
                   Column(self.tr("Task"), lambda r: r["task"]),
                   Column(self.tr("Inspections"), lambda r: r["inspections"], numeric=True)]
        columns += [Column(labels[k], lambda r, k=k: r[k], numeric=True) for k in COUNT_KEYS]
        self.model = RecordTableModel(columns)
        self.model.row_colour = lambda r: RED if r.get("overdue") else None
        self.view = make_table(self.model)
        split = QSplitter()
        split.addWidget(self.view)
        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.addWidget(bold(QLabel(self.tr("Results reviewed per district"))))
        self.chart = ProgressChart()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        chart_layout.addWidget(scroll, 1)
        split.addWidget(chart_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([660, 400])    # the table's columns need the room; the chart reads at 400 px
        layout.addWidget(split, 1)
        self.detail = detail_label()
        layout.addWidget(self.detail)
        ctx.data_changed.connect(self._on_changes)
        ctx.plan_changed.connect(lambda _id: self.refresh())
        self.refresh()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("results", "draw", "match", "documents", "settings"):
            self.refresh()

    def refresh(self) -> None:
        plan_id = self.ctx.current_plan_id
        self._generation += 1
        generation = self._generation
        set_error(self.error, "")
        if plan_id is None:
            self.show_data(None)
            return
        read_in_background(self.ctx, lambda: progress_core.plan_progress(plan_id).as_dict(),
                           title=self.tr("Reading the progress…"),
                           on_done=lambda data: generation == self._generation and self.show_data(data),
                           on_error=lambda exc: set_error(self.error, error_text(exc)))

    def show_data(self, data: dict | None) -> None:
        self.data = data
        rows, bars = [], []
        for d in (data or {}).get("districts", []):
            counts = d["counts"]
            rows.append({"district": d["district"], "task": self.tr("All tasks"), "task_name": "", **counts})
            rows += [{"district": d["district"], "task": t["task"], "task_name": t.get("name", ""), **t["counts"]}
                     for t in d.get("tasks", [])]
            bars.append(DistrictBar(d["district"], counts.get("inspections", counts.get("issued", 0)),
                                    counts["inspected"], counts["entered"], counts["reviewed"], counts["overdue"]))
        self.model.set_rows(rows)
        fit_columns(self.view, 240)
        names = dict.fromkeys(f"{r['task']} {r['task_name']}" for r in rows if r["task_name"])
        self.detail.setText(self.tr("Tasks: %1").replace("%1", "；".join(names)) if names else "")
        self.chart.set_bars(bars)
        self.deadlines.setText(self._deadline_text(data))
        has = bool(bars)
        self.print_button.setEnabled(has)
        self.save_button.setEnabled(has)

    def _deadline_text(self, data: dict | None) -> str:
        if not data:
            return self.tr("Choose a plan with a completed draw to see its progress.")
        labels = {"start": self.tr("start"), "fetch_list": self.tr("list obtained"),
                  "match": self.tr("inspectors matched"), "due": self.tr("checks and entry done"),
                  "end": self.tr("end")}
        parts = [f"{labels[d['kind']]} {d['value']}" for d in data.get("deadlines", [])
                 if d.get("kind") in labels and d.get("ok")]
        text = self.tr("Today %1. Deadlines: %2").replace("%1", str(data.get("today", ""))) \
            .replace("%2", "；".join(parts))
        if data.get("calendar_message"):
            text += "\n" + data["calendar_message"]
        return text

    def chart_image(self) -> QImage:
        return self.chart.chart_image()

    def save_chart(self) -> None:
        path = ask_save_path(self, self.tr("Save the chart"), "进度图.png", self.tr("PNG image (*.png)"), kind=REPORTS)
        if path:
            save_image(path, self.chart_image())

    def print_chart(self) -> None:
        print_image(self, self.chart_image())
