"""结果公示 → 统计: the plan's statistics as tables and three bar charts, printable, as an image, as xlsx.

app.publish.stats.plan_statistics computes everything (read-only, off the GUI thread); the tables are
those of PlanStatistics.tables() — the same numbers the xlsx, the CLI and the summary report print —
chosen one at a time from a list. The charts (ui.widgets.bar_chart) read at a glance: per district the
enterprises with a problem found against those without and those not yet entered, the result categories
(problem categories in red), and the checked items by 核查方式 with their problems.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSplitter, QVBoxLayout, QWidget

from app.publish.stats import plan_statistics
from app.publish.stats_rows import percent_text
from ui.changes import Changes
from ui.operations import publish as publish_ops
from ui.widgets import ask
from ui.widgets.bar_chart import Bar, BarChart, print_image, save_image, titled_images
from ui.widgets.labels import MessageBar, bold, error_text
from ui.widgets.reads import read_in_background
from ui.widgets.tables import Column, RecordTableModel, fit_columns, make_table

PROBLEM, NO_PROBLEM, NOT_ENTERED = "#d9534f", "#81c784", "#e0e0e0"


def read_statistics(plan_id: int) -> dict:
    """The statistics as plain data (runs on the worker thread)."""
    stats = plan_statistics(plan_id)
    tables = []
    for table in stats.tables():
        tables.append(dict(table.as_dict(), text_rows=table.text_rows()))
    return {"stats": stats.as_dict(), "tables": tables}


class StatisticsTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.data: dict | None = None
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.message = MessageBar(self)
        layout.addWidget(self.message)
        top = QHBoxLayout()
        self.summary = bold(QLabel())
        self.summary.setObjectName("statsSummary")
        self.summary.setWordWrap(True)
        top.addWidget(self.summary, 1)
        self.print_button = QPushButton(self.tr("Print the charts…"))
        self.save_button = QPushButton(self.tr("Save the charts as an image…"))
        self.excel_button = QPushButton(self.tr("Export to Excel…"))
        for button, slot in ((self.print_button, self.print_charts), (self.save_button, self.save_charts),
                             (self.excel_button, self.export_excel)):
            button.clicked.connect(slot)
            top.addWidget(button)
        layout.addLayout(top)
        split = QSplitter()
        split.setChildrenCollapsible(False)
        split.addWidget(self._table_pane())
        split.addWidget(self._chart_pane())
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([620, 620])
        layout.addWidget(split, 1)
        ctx.data_changed.connect(self._on_changes)
        ctx.plan_changed.connect(lambda _id: self.refresh())
        self.refresh()

    def _table_pane(self) -> QWidget:
        pane = QWidget()
        box = QVBoxLayout(pane)
        box.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Table")))
        self.table_combo = QComboBox()
        self.table_combo.setObjectName("tableChoice")
        self.table_combo.currentIndexChanged.connect(lambda _i: self._show_table())
        row.addWidget(self.table_combo, 1)
        box.addLayout(row)
        self.model = RecordTableModel([])
        self.view = make_table(self.model, stretch_last=True)
        self.view.setObjectName("statsTable")
        box.addWidget(self.view, 1)
        return pane

    def _chart_pane(self) -> QWidget:
        inner = QWidget()
        box = QVBoxLayout(inner)
        self.titles = [self.tr("Enterprises with a problem found, per district"),
                       self.tr("Results by category"), self.tr("Checked items by check method")]
        self.district_chart = BarChart([(self.tr("Problem found"), PROBLEM), (self.tr("No problem found"), NO_PROBLEM),
                                        (self.tr("Not entered yet"), NOT_ENTERED)])
        self.category_chart = BarChart([(self.tr("Counts as a problem"), PROBLEM),
                                        (self.tr("Not a problem"), NO_PROBLEM)])
        self.method_chart = BarChart([(self.tr("Problem found"), PROBLEM), (self.tr("No problem found"), NO_PROBLEM)])
        self.charts = [self.district_chart, self.category_chart, self.method_chart]
        for title, chart in zip(self.titles, self.charts, strict=True):
            box.addWidget(bold(QLabel(title)))
            box.addWidget(chart)
        box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return scroll

    # -- reading --------------------------------------------------------------------------------
    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("results", "plan", "draw", "match", "settings"):
            self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        plan_id = self.ctx.current_plan_id
        if plan_id is None:
            self.show_data(None)
            return
        read_in_background(self.ctx, lambda: read_statistics(plan_id), title=self.tr("Counting…"),
                           on_done=lambda data: generation == self._generation and self.show_data(data),
                           on_error=lambda exc: self.message.show_error(error_text(exc)))

    def show_data(self, data: dict | None) -> None:
        self.data = data
        self._fill_tables([] if data is None else data["tables"])
        stats = (data or {}).get("stats") or {}
        self.summary.setText(self._summary_text(stats))
        self._fill_charts(stats)
        for button in (self.print_button, self.save_button, self.excel_button):
            button.setEnabled(data is not None)

    def _summary_text(self, stats: dict) -> str:
        totals = stats.get("totals")
        if not totals:
            return self.tr("Choose a plan with a completed draw to see its statistics.")
        return self.tr("%1 inspection(s); %2 with an entered or approved result, %3 of them with a problem found "
                       "(%4).").replace("%1", str(totals["inspections"])).replace("%2", str(totals["entered"])) \
            .replace("%3", str(totals["with_problem"])).replace("%4", percent_text(totals.get("share")))

    def _fill_tables(self, tables: list[dict]) -> None:
        combo = self.table_combo
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for table in tables:
            combo.addItem(table["title"], table["name"])
        index = combo.findData(keep)
        combo.setCurrentIndex(index if index >= 0 else max(0, combo.findData("districts")))
        combo.blockSignals(False)
        self._show_table()

    def table(self, name: str) -> dict | None:
        return next((t for t in (self.data or {}).get("tables", []) if t["name"] == name), None)

    def _show_table(self) -> None:
        table = self.table(self.table_combo.currentData()) or {"headers": [], "rows": [], "text_rows": []}
        numeric = [bool(table["rows"]) and all(isinstance(r[i], (int, float)) or r[i] is None
                                               for r in table["rows"])
                   for i in range(len(table["headers"]))]
        self.model.columns = [Column(h, lambda r, i=i: r[i], numeric=numeric[i])
                              for i, h in enumerate(table["headers"])]
        self.model.set_rows(table["text_rows"])
        fit_columns(self.view, 260)

    def _fill_charts(self, stats: dict) -> None:
        tail = self.tr("%1/%2 (%3)")
        self.district_chart.set_rows([
            Bar(d["group"], (d["with_problem"], d["entered"] - d["with_problem"], d["inspections"] - d["entered"]),
                tail.replace("%1", str(d["with_problem"])).replace("%2", str(d["entered"]))
                .replace("%3", percent_text(d.get("share"))))
            for d in stats.get("districts", [])])
        self.category_chart.set_rows([
            Bar(c["category"], (c["count"], 0) if c["problem"] else (0, c["count"]), str(c["count"]))
            for c in stats.get("categories", []) if c["count"]])
        self.method_chart.set_rows([
            Bar(m["method"], (m["with_problem"], m["items"] - m["with_problem"]),
                self.tr("%1 item(s), %2 with a problem").replace("%1", str(m["items"]))
                .replace("%2", str(m["with_problem"])))
            for m in stats.get("methods", []) if m["items"]])

    # -- output ---------------------------------------------------------------------------------
    def charts_image(self):
        """The three charts under their titles, at least 900 px wide (long category names need the room)."""
        width = max([chart.width() for chart in self.charts] + [900])
        return titled_images([(title, chart.chart_image(width)) for title, chart in
                              zip(self.titles, self.charts, strict=True)], self.font())

    def save_charts(self) -> None:
        path = ask.ask_save_path(self, self.tr("Save the charts"), "抽查统计图.png", self.tr("PNG image (*.png)"),
                                 kind=ask.REPORTS)
        if path:
            save_image(path, self.charts_image())
            self.message.show_info(self.tr("The charts were saved to %1.").replace("%1", path))

    def print_charts(self) -> None:
        print_image(self, self.charts_image())

    def export_excel(self) -> None:
        plan_id = self.ctx.current_plan_id
        if plan_id is None:
            return
        path = ask.ask_save_path(self, self.tr("Export the statistics"), "抽查统计.xlsx",
                                 self.tr("Excel workbook (*.xlsx)"), kind=ask.REPORTS)
        if not path:
            return
        publish_ops.export_statistics(self, self.ctx, plan_id, path).success(
            lambda _result: self.message.show_info(self.tr("The statistics were exported to %1.")
                                                   .replace("%1", path))).run()
