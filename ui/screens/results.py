"""结果录入与审核: the inspections of a matched draw with the status of their results.

未录入 → 已录入 (entered on this screen or imported) → 已审核, or 已退回 with a reason and entered again.
Filters by district and status, the counts per status above the table; buttons to enter or correct the
selected inspection's result (ui.screens.results_entry), approve the selected results or every entered
result of the filtered district, return one with a reason, and show its history. The rows are read off
the GUI thread (a draw may have thousands); after every write the table is read again and the filters,
the selection and the current row stay where the clerk left them.
"""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.results.queries import ENTERED, REVIEWED, STATUS_ZH
from ui.changes import Changes
from ui.dialogs.messages import confirm
from ui.operations import results as results_ops
from ui.screens.results_dialogs import HistoryDialog, ReturnDialog, ReviewDialog
from ui.screens.results_entry import ResultEntryDialog, entry_data
from ui.screens.results_table import STATUS_ORDER, ResultsTable, fill_draw_combo, read_rows, status_counts_text
from ui.widgets.ask import exec_dialog
from ui.widgets.labels import MessageBar, bold, error_text
from ui.widgets.layouts import button_row
from ui.widgets.reads import read_in_background
from ui.widgets.tables import fit_columns


class ResultsScreen(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[dict] = []
        self.entry_dialog: ResultEntryDialog | None = None
        self._generation = 0
        self._fitted = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.message = MessageBar(self)
        layout.addWidget(self.message)
        layout.addLayout(self._filters())
        self.counts = bold(QLabel())
        self.counts.setObjectName("statusCounts")
        self.counts.setWordWrap(True)
        layout.addWidget(self.counts)
        self.enter_button = QPushButton(self.tr("Enter or correct the result…"))
        self.review_button = QPushButton(self.tr("Approve…"))
        self.return_button = QPushButton(self.tr("Return…"))
        self.history_button = QPushButton(self.tr("History…"))
        button_row(layout, (self.enter_button, self.review_button, self.return_button, self.history_button))
        self.table = ResultsTable()
        layout.addWidget(self.table.view, 1)
        self.enter_button.clicked.connect(self.enter_result)
        self.review_button.clicked.connect(self.review)
        self.return_button.clicked.connect(self.return_result)
        self.history_button.clicked.connect(self.show_history)
        self.table.view.doubleClicked.connect(lambda _index: self.enter_result())
        self.table.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        ctx.data_changed.connect(self._on_changes)
        ctx.plan_changed.connect(lambda _id: self.refresh())
        self.refresh()

    def _filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.draw_combo = QComboBox()
        self.draw_combo.setObjectName("drawCombo")
        self.district_combo = QComboBox()
        self.district_combo.setObjectName("districtFilter")
        self.district_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("statusFilter")
        self.status_combo.addItem(self.tr("All statuses"), None)
        for status in STATUS_ORDER:
            self.status_combo.addItem(STATUS_ZH[status], status)
        for label, combo in ((self.tr("Draw"), self.draw_combo), (self.tr("District"), self.district_combo),
                             (self.tr("Status"), self.status_combo)):
            row.addWidget(QLabel(label))
            row.addWidget(combo)
            row.addSpacing(12)
        row.addStretch(1)
        self.draw_combo.currentIndexChanged.connect(lambda _i: self._load())
        self.district_combo.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.status_combo.currentIndexChanged.connect(lambda _i: self._apply_filters())
        return row

    # -- reading --------------------------------------------------------------------------------
    def draw_no(self) -> int | None:
        return self.draw_combo.currentData()

    def district(self) -> str | None:
        return self.district_combo.currentData()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("plan", "draw", "match"):
            self.refresh()
        elif changes.touches("results"):
            self._load()

    def refresh(self) -> None:
        fill_draw_combo(self.draw_combo, self.ctx.current_plan_id,
                        lambda n: self.tr("Draw no. %1").replace("%1", str(n)))
        self._load()

    def _load(self) -> None:
        self._generation += 1
        draw_no = self.draw_no()
        if draw_no is None:
            self._loaded(self._generation, [])
            self.counts.setText(self.tr("No draw of this plan has matched inspectors yet: match them first "
                                        "(step 4)."))
            return
        generation = self._generation
        read_in_background(self.ctx, lambda: read_rows(draw_no), title=self.tr("Reading the results…"),
                           on_done=lambda rows: self._loaded(generation, rows),
                           on_error=lambda exc: self.message.show_error(error_text(exc)))

    def _loaded(self, generation: int, rows: list[dict]) -> None:
        if generation != self._generation:
            return     # another draw was chosen, or another write happened, meanwhile
        self.rows = rows
        self._fill_districts()
        self.table.set_rows(rows)
        if rows and not self._fitted:
            fit_columns(self.table.view)
            self._fitted = True
        self._apply_filters()
        if not self.table.view.currentIndex().isValid() and self.table.proxy.rowCount():
            self.table.view.selectRow(0)     # the buttons have something to act on from the start

    def _fill_districts(self) -> None:
        keep = self.district()
        districts = list(dict.fromkeys(r["district"] for r in self.rows))
        combo = self.district_combo
        if [combo.itemData(i) for i in range(1, combo.count())] == districts:
            return
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All districts"), None)
        for name in districts:
            combo.addItem(name, name)
        combo.setCurrentIndex(max(0, combo.findData(keep)))
        combo.blockSignals(False)

    def _apply_filters(self) -> None:
        self.table.set_filter("district", self.district())
        self.table.set_filter("status", self.status_combo.currentData())
        if self.draw_no() is not None:
            self.counts.setText(status_counts_text(self.rows, self.district()))
        current = self.table.view.currentIndex()
        if current.isValid():
            self.table.view.scrollTo(current)
        self._update_buttons()

    # -- selection ------------------------------------------------------------------------------
    def selected_entered(self) -> list[str]:
        return [r["key"] for r in self.table.selected_rows() if r["status"] == ENTERED]

    def district_entered(self) -> list[str]:
        district = self.district()
        return [r["key"] for r in self.rows if district and r["district"] == district and r["status"] == ENTERED]

    def _update_buttons(self) -> None:
        current = self.table.current_row()
        self.enter_button.setEnabled(current is not None)
        self.history_button.setEnabled(current is not None)
        self.return_button.setEnabled(current is not None and current["status"] in (ENTERED, REVIEWED))
        self.review_button.setEnabled(bool(self.selected_entered() or self.district_entered()))
        if current is not None and current["status"] == REVIEWED:
            self.enter_button.setText(self.tr("View the result…"))
        else:
            self.enter_button.setText(self.tr("Enter or correct the result…"))

    # -- actions --------------------------------------------------------------------------------
    def enter_result(self) -> None:
        row, draw_no = self.table.current_row(), self.draw_no()
        if row is None or draw_no is None or (self.entry_dialog is not None and self.entry_dialog.isVisible()):
            return     # one result at a time (a second double-click while the first dialog opens)
        key = row["key"]
        read_in_background(self.ctx, lambda: entry_data(draw_no, key), title=self.tr("Reading the result…"),
                           on_done=self._open_entry, on_error=lambda exc: self.message.show_error(error_text(exc)))

    def _open_entry(self, data: dict) -> None:
        self.entry_dialog = ResultEntryDialog(self.ctx, data, self)
        self.entry_dialog.accepted.connect(lambda: self.message.show_info(
            self.tr("The result of %1 was saved.").replace("%1", data["name"])))
        self.entry_dialog.open()

    def review(self) -> None:
        draw_no, district = self.draw_no(), self.district()
        dialog = ReviewDialog(self.selected_entered(), district, self.district_entered(), self)
        if draw_no is None or not exec_dialog(dialog):
            return
        keys, reviewer = dialog.value()
        if dialog.whole_district():
            text = self.tr("Approve the results of %2 inspection(s) in %1?").replace("%1", district or "")
        else:
            text = self.tr("Approve the results of the %2 selected inspection(s)?")
        text = text.replace("%2", str(len(keys))) + "\n" + self.tr("Reviewed by: %1").replace("%1", reviewer)
        if not confirm(self, self.tr("Approve results"), text):
            return

        def done(revisions):
            self.message.show_info(self.tr("%1 result(s) approved by %2.").replace("%1", str(len(revisions)))
                                   .replace("%2", reviewer))

        results_ops.review_results(self, self.ctx, draw_no, keys, reviewer).success(done).run()

    def return_result(self) -> None:
        row, draw_no = self.table.current_row(), self.draw_no()
        if row is None or draw_no is None or row["status"] not in (ENTERED, REVIEWED):
            return
        dialog = ReturnDialog(row["key"], row["name"], self)
        if not exec_dialog(dialog):
            return
        reviewer, reason = dialog.value()
        results_ops.return_result(self, self.ctx, draw_no, row["key"], reviewer, reason).success(
            lambda _rev: self.message.show_info(self.tr("The result of %1 was returned.").replace("%1", row["name"]))
        ).run()

    def show_history(self) -> None:
        row, draw_no = self.table.current_row(), self.draw_no()
        if row is None or draw_no is None:
            return
        self.history_dialog = HistoryDialog(draw_no, row["key"], row["name"], self)
        self.history_dialog.open()
