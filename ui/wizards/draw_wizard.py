"""The witnessed draw (随机抽取), step by step: the draw's side of ceremony.CeremonyWizard.

    choose plan → review tasks, frames and quotas → COMMIT (irreversible) →
    commitment shown large, commitment sheet saved/printed → witnesses and
    digits → read-back, CONFIRM (irreversible) → drawn list → record saved.

Reads come from app.draw.queries, writes are ui.operations.draw. There is no
preview of any selection before the seed: the review page shows frames and
quotas only. After the commit the wizard cannot go back to the plan; after the
confirmation it cannot go back to the digits.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.campaign import outputs
from app.draw import explain, queries, screen_rows
from app.draw.service import preview_strata, validate_witnesses
from ui.models.paged_rows import PAGE, PagedRecordModel, collector_paused, fit_in_turns, make_paged_table
from ui.operations import draw as draw_ops
from ui.widgets import ask
from ui.widgets.labels import DigestLabel, detail_label
from ui.widgets.reads import read_in_background
from ui.widgets.tables import RecordTableModel, fit_columns, make_table
from ui.wizards import ceremony
from ui.wizards import draw_models as dm


def save_commitment_sheet(widget, ctx, draw_no: int) -> None:
    """Ask for a folder and publish the commitment there: commitment.json, the commitment sheet PDF to
    print and sign, and the frame files anyone can re-hash."""
    folder = ask.ask_folder(widget, QCoreApplication.translate("DrawRecords", "Folder for the commitment sheet"),
                            kind=ask.RECORDS)
    if not folder or not ask.confirm_overwrite(widget, folder, outputs.output_names("commit", draw_no)):
        return

    def done(paths):
        paths = paths or {}
        names = "\n".join(str(p) for k, p in paths.items() if k != "warnings")
        warnings = "\n".join(paths.get("warnings") or [])
        target = next((p for p in paths.values() if str(p).endswith(".pdf")), folder)
        ask.offer_open(widget, target, QCoreApplication.translate(
            "DrawRecords", "The commitment was published:\n%1\nPrint the commitment sheet and let the witnesses "
            "sign it. Open it now?").replace("%1", names + ("\n" + warnings if warnings else "")))

    draw_ops.write_commitment_sheet(widget, ctx, draw_no, folder).success(done).run()


# More inspections than this: the printed lists would run past the usual page limit (about 20 rows a
# page, 50 pages), so the clerk chooses between the page-limited record and every row.
LONG_RECORD_ROWS = 1000


def _full_pdf_wanted(widget, draw_no: int) -> bool:
    count = queries.inspection_count(draw_no)
    if count <= LONG_RECORD_ROWS:
        return False
    answer = QMessageBox.question(
        widget, QCoreApplication.translate("DrawRecords", "Printed draw record"),
        QCoreApplication.translate(
            "DrawRecords", "The draw selected %1 enterprises. The printed record lists them up to the page limit "
            "set in the settings, with the SHA-256 of each full list; every row is always in draw-record.json "
            "and draw-listing.xlsx.\n\nPrint every row in the PDF as well? (thousands of pages; it takes "
            "minutes)").replace("%1", f"{count:,}"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def save_draw_record(widget, ctx, draw_no: int) -> None:
    """Ask for a folder and write draw-record.json, draw-listing.xlsx and the printed record there."""
    full_pdf = _full_pdf_wanted(widget, draw_no)
    ceremony.save_into_folder(
        widget, QCoreApplication.translate("DrawRecords", "Folder for the draw record"),
        lambda folder: draw_ops.write_draw_record(widget, ctx, draw_no, folder, full_pdf),
        QCoreApplication.translate("DrawRecords", "The draw record was written:\n%1\nOpen the folder now?"),
        lambda: outputs.output_names("draw", draw_no))


# ---- pages ---------------------------------------------------------------------

class PlanPage(ceremony.ChoicePage):
    w: DrawWizard

    def __init__(self, wizard: DrawWizard):
        super().__init__(wizard, self.tr("Choose the plan"),
                         self.tr("The draw takes the plan's tasks as they are now; committing freezes the plan."))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Plan")))
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(20)
        row.addWidget(self.combo, 1)
        self.layout_.addLayout(row)
        self.details = detail_label()
        self.layout_.addWidget(self.details)
        self.finish_layout()
        self.combo.currentIndexChanged.connect(self._changed)
        self.committed_no: int | None = None       # state: none | ready | committed | drawn

    def initializePage(self) -> None:  # noqa: N802
        self.combo.blockSignals(True)
        self.combo.clear()
        for p in queries.plan_choices():
            self.combo.addItem(f"{p['title']}（{p['number']}）" if p["number"] else p["title"], p["id"])
        want = self.w.plan_id if self.w.plan_id is not None else self.w.ctx.current_plan_id
        index = self.combo.findData(want)
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)
        self._changed()

    def plan_id(self) -> int | None:
        return self.combo.currentData()

    def _changed(self) -> None:
        plan_id = self.plan_id()
        self.state, self.committed_no = "none", None
        if plan_id is None:
            self.details.setText(self.tr("No plan exists yet. Create one in step 2 first."))
            self.note.setText("")
            self.completeChanged.emit()
            return
        plan = queries.plan_overview(plan_id)
        written = explain.written_ratios(plan_id)
        lines = [self.tr("Document number: %1").replace("%1", plan["number"] or "—"),
                 self.tr("Period: %1 to %2, checks and entry done by %3").replace("%1", plan["start"])
                 .replace("%2", plan["end"]).replace("%3", plan["due"])]
        for t in plan["tasks"]:
            ratio = dm.ratio_label(t["ratio"], written.get(t["code"]))
            lines.append(f"{t['code']}  {t['name']} · {t['register']} · {ratio} · "
                         + (self.tr("by district") if t["stratify"] else self.tr("city-wide")))
        self.details.setText("\n".join(lines))
        draws = queries.draw_numbers_by_status(plan_id)
        if "drawn" in draws:
            self.state = "drawn"
            self.note.setText(self.tr("This plan was drawn already (draw no. %1). A draw is never repeated: to draw "
                                      "again, void that draw with a reason on the draw screen first.")
                              .replace("%1", str(draws["drawn"])))
        elif "committed" in draws:
            self.state, self.committed_no = "committed", draws["committed"]
            self.note.setText(self.tr("Draw no. %1 of this plan is committed and waits for its witnesses. "
                                      "The ceremony continues with it.").replace("%1", str(draws["committed"])))
        else:
            self.state = "ready"
            self.note.setText("")
        self.completeChanged.emit()

    def validatePage(self) -> bool:  # noqa: N802
        self.w.plan_id = self.plan_id()
        if self.state == "committed":
            self.w.draw_no = self.committed_no
        return True


class PreviewPage(ceremony.ReviewPage):
    """Tasks, frames and quotas per stratum; the commit button commits the draw."""

    w: DrawWizard

    def __init__(self, wizard: DrawWizard):
        super().__init__(wizard, self.tr("Review the tasks, frames and quotas"),
                         self.tr("Nothing is selected yet: no one can know the result before the witnesses' "
                                 "digits. Committing fixes the frames and prints their hash."),
                         self.tr("Commit the draw"))
        self.model = RecordTableModel(dm.strata_columns())
        self.view = make_table(self.model)
        self.layout_.addWidget(self.view, 1)
        self.finish_layout()

    def loading_text(self) -> str:
        return self.tr("Building the frames…")

    def clear(self) -> None:
        self.model.set_rows([])

    def read(self):
        return preview_strata(self.w.plan_id)

    def show_result(self, result) -> None:
        rows, excluded = result
        self.model.set_rows(dm.strata_rows(rows, explain.written_ratios(self.w.plan_id)))
        fit_columns(self.view)
        tasks = sorted({r["code"] for r in rows})
        text = self.tr("%1 task(s), %2 enterprise(s) in the frames, %3 to draw.") \
            .replace("%1", str(len(tasks))) \
            .replace("%2", str(sum(int(r["size"] or 0) for r in rows))) \
            .replace("%3", str(sum(int(r["quota"] or 0) for r in rows)))
        if excluded:
            text += "\n" + self.tr("Left out by the filters: %1").replace("%1", excluded)
        self.summary.setText(text)

    def commit(self):
        return draw_ops.commit_draw(self, self.w.ctx, self.w.plan_id)

    def committed_with(self, draw_no: int) -> None:
        self.w.draw_no = draw_no
        self.w.ctx.set_current_plan(self.w.plan_id)


class CommitmentPage(ceremony.CommitmentPage):
    w: DrawWizard

    def __init__(self, wizard: DrawWizard):
        super().__init__(wizard, self.tr("The commitment"),
                         self.tr("The draw is committed: the plan, its frames and quotas are frozen. Save and print "
                                 "the commitment sheet and show the commitment to the witnesses before they roll."),
                         self.tr("Commitment (SHA-256)"), self.tr("Save/print the commitment sheet…"))
        self.frames = QFormLayout()
        self.layout_.addLayout(self.frames)
        self.model = RecordTableModel(dm.strata_columns())
        self.view = make_table(self.model)
        self.layout_.addWidget(self.view, 1)
        self.finish_layout()

    def save(self) -> None:
        save_commitment_sheet(self, self.w.ctx, self.w.draw_no)

    def initializePage(self) -> None:  # noqa: N802
        draw = queries.get_draw(self.w.draw_no)
        self.info.setText(self.tr("Draw no. %1, committed at %2.").replace("%1", str(draw.draw_no))
                          .replace("%2", draw.committed_at or ""))
        self.digest.set_digest(draw.commitment)
        while self.frames.rowCount():
            self.frames.removeRow(0)
        for t in (draw.commit_data or {}).get("tasks") or []:
            value = DigestLabel(1.0)
            value.set_digest(t.get("frame_digest", ""))
            self.frames.addRow(self.tr("Frame digest of %1 (%2 enterprises)").replace("%1", t.get("code", ""))
                               .replace("%2", str(t.get("frame_size", ""))), value)
        self.model.set_rows(dm.strata_rows(queries.commit_strata_rows(draw.commit_data or {}),
                                           explain.written_ratios(draw.plan_id)))
        fit_columns(self.view)


class ResultPage(ceremony.ResultPage):
    w: DrawWizard

    def __init__(self, wizard: DrawWizard):
        self.views = DrawnTabs()
        self._generation = 0      # of the last read started: a page shown again drops an older read's rows
        super().__init__(wizard, self.tr("The drawn enterprises"),
                         self.tr("The draw is done and logged. Save and print the record; the witnesses sign it."),
                         self.tr("Seed (SHA-256)"), self.views, self.tr("Save/print the record…"))

    def save(self) -> None:
        save_draw_record(self, self.w.ctx, self.w.draw_no)

    def initializePage(self) -> None:  # noqa: N802
        # Read as the draw screen reads it, off the GUI thread (a provincial draw has 200,000 inspections:
        # reading them here took seconds, with the witnesses watching a frozen window): first the first page
        # and the summary, then every row. Only the seed is read here (the draw list's covering index).
        draw_no = self.w.draw_no
        row = next(r for r in queries.draw_rows(self.w.plan_id) if r["draw_no"] == draw_no)
        self.seed.set_digest(row["seed"])
        # the draw screen's words, in its translation context
        self.info.setText(QCoreApplication.translate("DrawScreen", "Reading draw no. %1…").replace("%1", str(draw_no)))
        title = QCoreApplication.translate("DrawScreen", "Reading the draw…")
        self._generation += 1
        generation = self._generation
        for read in (first_screen_views, screen_views):
            read_in_background(self.w.ctx, lambda read=read: read(draw_no), title=title,
                               on_done=lambda views: self._show(generation, draw_no, views),
                               on_error=lambda exc: self.info.setText(str(exc)))

    def _show(self, generation: int, draw_no: int, views: dict) -> None:
        if generation != self._generation:
            return
        self.views.set_views(views, self.w.plan_id)
        self.info.setText(self.tr("Draw no. %1: %2 enterprise(s) to inspect after merging the tasks.")
                          .replace("%1", str(draw_no)).replace("%2", str(views["active"])))


class DrawnTabs(QTabWidget):
    """The drawn list by task and by district, the merged inspections, the alternates (shared with the screen)."""

    def __init__(self, parent=None):
        """The long tables hold up to 200,000 rows, on the screen and on the wizard's result page alike:
        ui.models.paged_rows (a page at a time, filtered and sorted in the model)."""
        super().__init__(parent)
        model, table = PagedRecordModel, make_paged_table
        # merged inspections, with a district filter
        self.inspections = model(dm.inspection_columns())
        self.inspection_view = table(self.inspections)
        self.district_combo = QComboBox()
        self.addTab(self._with_filters(self.inspection_view, [(self.tr("District"), self.district_combo)]),
                    self.tr("Inspections (merged)"))
        self.district_combo.currentIndexChanged.connect(
            lambda: self.inspection_view.model().set_equal("district", self.district_combo.currentData()))
        # drawn list by task and stratum
        self.selected = model(dm.selected_columns())
        self.selected_view = table(self.selected, stretch_last=True)
        self.task_combo = QComboBox()
        self.stratum_combo = QComboBox()
        self.addTab(self._with_filters(self.selected_view, [(self.tr("Task"), self.task_combo),
                                                            (self.tr("District"), self.stratum_combo)]),
                    self.tr("Drawn by task and district"))
        self.task_combo.currentIndexChanged.connect(
            lambda: self.selected_view.model().set_equal("task", self.task_combo.currentData()))
        self.stratum_combo.currentIndexChanged.connect(
            lambda: self.selected_view.model().set_equal("stratum", self.stratum_combo.currentData()))
        # strata and alternates
        self.strata = RecordTableModel(dm.strata_columns())
        self.strata_view = make_table(self.strata)
        self.addTab(self.strata_view, self.tr("Frames and quotas"))
        self.alternates = model(dm.alternate_columns())
        self.alternate_view = table(self.alternates)
        self.addTab(self.alternate_view, self.tr("Alternates"))

    def _with_filters(self, view, filters) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        row = QHBoxLayout()
        for label, combo in filters:
            row.addWidget(QLabel(label))
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            row.addWidget(combo)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(view, 1)
        return page

    @staticmethod
    def _fill(combo: QComboBox, values, all_text: str) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_text, None)
        for v in values:
            combo.addItem(str(v), v)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def set_views(self, views: dict, plan_id: int | None = None) -> None:
        self.inspections.set_rows(views.get("inspections") or [])
        self.selected.set_rows(views.get("selected") or [])
        written = explain.written_ratios(plan_id) if plan_id is not None else {}
        self.strata.set_rows(dm.strata_rows(views.get("strata") or [], written))
        self.alternates.set_rows(views.get("alternates") or [])
        everything = self.tr("All")
        choices = views.get("choices") or filter_choices(views)
        self._fill(self.district_combo, choices["district"], everything)
        self._fill(self.task_combo, choices["task"], everything)
        self._fill(self.stratum_combo, choices["stratum"], everything)
        self.inspection_view.model().set_equal("district", self.district_combo.currentData())
        self.selected_view.model().set_equal("task", self.task_combo.currentData())
        self.selected_view.model().set_equal("stratum", self.stratum_combo.currentData())
        fit_in_turns([self.inspection_view, self.selected_view, self.strata_view, self.alternate_view])


def filter_choices(views: dict) -> dict[str, list]:
    """The filters' choices of DrawnTabs: districts of the inspections, tasks and strata of the drawn list.
    A pass over 200,000 rows: the draw screen works them out with its background read (views["choices"])."""
    return {"district": dm.in_district_order(r.get("district", "") for r in views.get("inspections") or []),
            "task": list(dict.fromkeys(r["task"] for r in views.get("selected") or [])),
            "stratum": dm.in_district_order(r["stratum"] for r in views.get("selected") or [])}


def screen_views(draw_no: int) -> dict:
    """What the screen shows of a drawn draw, worked out off the GUI thread: the rows (read by SQLite's JSON
    functions, app.draw.screen_rows), the filters' choices and the count of active inspections (passes over
    200,000 rows that would otherwise run on the GUI thread)."""
    with collector_paused():
        views = dm.drawn_view_rows(screen_rows.drawn_views(draw_no), in_place=True)
        views["choices"] = filter_choices(views)
        views["active"] = sum(1 for i in views["inspections"] if i.get("active", True))
    return views


def first_screen_views(draw_no: int) -> dict:
    """screen_views of the first page only (app.draw.screen_rows.first_views): the tables' first rows and the
    summary within a fraction of a second; the drawn list, the alternates and the ranks follow."""
    views = dm.drawn_view_rows(screen_rows.first_views(draw_no, PAGE), in_place=True)
    strata = [r["stratum"] for r in views["strata"]]
    views["choices"] = {"district": dm.in_district_order(views.pop("districts")), "task": views.pop("tasks"),
                        "stratum": dm.in_district_order(strata)}
    return views


# ---- the wizard -------------------------------------------------------------------

class DrawWizard(ceremony.CeremonyWizard):
    def __init__(self, ctx, parent=None, plan_id: int | None = None):
        super().__init__(ctx, parent, title=self.tr("Random draw"))
        self.plan_id = plan_id
        self.plan_page = PlanPage(self)
        self.preview_page = PreviewPage(self)
        self.commitment_page = CommitmentPage(self)
        self.result_page = ResultPage(self)
        self.add_pages(self.plan_page, self.preview_page, self.commitment_page, self.result_page,
                       validate_witnesses=validate_witnesses, confirm_text=self.tr("Confirm and draw"))

    def run_operation(self, witnesses: list[dict]):
        return draw_ops.run_draw(self, self.ctx, self.draw_no, witnesses)
