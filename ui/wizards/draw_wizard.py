"""The witnessed draw (随机抽取), step by step.

    choose plan → review tasks, frames and quotas → COMMIT (irreversible) →
    commitment shown large, commitment sheet saved/printed → witnesses and
    digits → read-back, CONFIRM (irreversible) → drawn list → record saved.

Every change is one app.draw.service call through ctx.tasks. There is no
preview of any selection before the seed: the review page shows frames and
quotas only. After the commit the wizard cannot go back to the plan; after the
confirmation it cannot go back to the digits.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView,
                               QTabWidget, QVBoxLayout, QWidget, QWizard, QWizardPage)

from ui.wizards import draw_models as dm
from ui.wizards import witness_page as wp

PAGE_PLAN, PAGE_PREVIEW, PAGE_COMMITMENT, PAGE_WITNESSES, PAGE_READBACK, PAGE_RESULT = range(6)


def make_table(model, *, stretch_last: bool = False) -> QTableView:
    view = QTableView()
    proxy = dm.FilterProxy(view)
    proxy.setSourceModel(model)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch_last)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    return view


def fit_columns(view: QTableView, max_width: int = 300) -> None:
    """Size columns to their contents once (Qt samples the rows), digests narrower (their tooltip has it all)."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    model = view.model()
    source = model.sourceModel() if hasattr(model, "sourceModel") else model
    columns = getattr(source, "columns", [])
    for c in range(header.count()):
        limit = 200 if c < len(columns) and columns[c].mono and c > 0 else max_width
        if header.sectionSize(c) > limit:
            header.resizeSection(c, limit)


def source_row(view: QTableView) -> dict | None:
    index = view.currentIndex()
    if not index.isValid():
        return None
    proxy = view.model()
    source = proxy.mapToSource(index)
    return proxy.sourceModel().row(source.row())


def draw_service():
    from app.draw import service
    return service


def draw_records():
    from app.campaign import outputs as records
    return records


def save_commitment_sheet(widget, ctx, draw_no: int) -> None:
    """Ask for a folder and publish the commitment there (through ctx.tasks): commitment.json, the
    commitment sheet PDF to print and sign, and the frame files anyone can re-hash."""
    folder = wp.ask_folder(widget, QCoreApplication.translate("DrawRecords", "Folder for the commitment sheet"))
    if not folder:
        return

    def work(progress, cancel):
        progress(0, 1, "")
        return draw_records().write_commit_outputs(dm.get_draw(draw_no), Path(folder))

    def done(paths):
        paths = paths or {}
        names = "\n".join(str(p) for k, p in paths.items() if k != "warnings")
        warnings = "\n".join(paths.get("warnings") or [])
        target = next((p for p in paths.values() if str(p).endswith(".pdf")), folder)
        wp.offer_open(widget, target, QCoreApplication.translate(
            "DrawRecords", "The commitment was published:\n%1\nPrint the commitment sheet and let the witnesses "
            "sign it. Open it now?").replace("%1", names + ("\n" + warnings if warnings else "")))

    ctx.tasks.run(work, title=QCoreApplication.translate("DrawRecords", "Writing the commitment sheet…"),
                  cancellable=False, on_done=done, on_error=lambda exc: wp.show_failure(widget, exc))


def save_draw_record(widget, ctx, draw_no: int) -> None:
    """Ask for a folder and write draw-record.json and the printed record there (through ctx.tasks)."""
    folder = wp.ask_folder(widget, QCoreApplication.translate("DrawRecords", "Folder for the draw record"))
    if not folder:
        return

    def work(progress, cancel):
        draw = dm.get_draw(draw_no)
        return wp.call_service(draw_records().write_draw_outputs, draw, Path(folder), progress=progress,
                               cancel=cancel)

    def done(paths):
        names = "\n".join(str(p) for p in (paths or {}).values()) if isinstance(paths, dict) else str(paths or "")
        wp.offer_open(widget, folder, QCoreApplication.translate("DrawRecords", "The draw record was written:\n%1\nOpen the folder now?")
                      .replace("%1", names or folder))

    ctx.tasks.run(work, title=QCoreApplication.translate("DrawRecords", "Writing the draw record…"), on_done=done,
                  on_error=lambda exc: wp.show_failure(widget, exc))


# ---- pages ---------------------------------------------------------------------

class PlanPage(QWizardPage):
    def __init__(self, wizard: "DrawWizard"):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Choose the plan"))
        self.setSubTitle(self.tr("The draw takes the plan's tasks as they are now; committing freezes the plan."))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Plan")))
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(20)
        row.addWidget(self.combo, 1)
        layout.addLayout(row)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #8d6e00;")
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.combo.currentIndexChanged.connect(self._changed)
        self.state = "none"            # none | ready | committed | drawn
        self.committed_no: int | None = None

    def initializePage(self) -> None:  # noqa: N802
        from app.draw import plans
        self.combo.blockSignals(True)
        self.combo.clear()
        for p in plans.list_plans():
            label = f"{p.title}（{p.number}）" if p.number else p.title
            self.combo.addItem(label, p.id)
        want = self.w.plan_id if self.w.plan_id is not None else self.w.ctx.current_plan_id
        index = self.combo.findData(want)
        self.combo.setCurrentIndex(index if index >= 0 else 0)
        self.combo.blockSignals(False)
        self._changed()

    def plan_id(self) -> int | None:
        return self.combo.currentData()

    def _changed(self) -> None:
        from app.draw import plans
        from app.draw.models import Draw
        plan_id = self.plan_id()
        self.state, self.committed_no = "none", None
        if plan_id is None:
            self.details.setText(self.tr("No plan exists yet. Create one in step 2 first."))
            self.note.setText("")
            self.completeChanged.emit()
            return
        plan = plans.get_plan(plan_id)
        lines = [self.tr("Document number: %1").replace("%1", plan.number or "—"),
                 self.tr("Period: %1 to %2, checks and entry done by %3").replace("%1", plan.start)
                 .replace("%2", plan.end).replace("%3", plan.due)]
        for t in plans.plan_tasks(plan):
            lines.append(f"{t.code}  {t.name} · {t.register_name} · {dm.ratio_label(plans.task_ratio_text(t))} · "
                         + (self.tr("by district") if t.stratify else self.tr("city-wide")))
        self.details.setText("\n".join(lines))
        draws = {d.status: d.draw_no for d in Draw.select().where(Draw.plan == plan_id).order_by(Draw.draw_no)}
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

    def isComplete(self) -> bool:  # noqa: N802
        return self.state in ("ready", "committed")

    def validatePage(self) -> bool:  # noqa: N802
        self.w.plan_id = self.plan_id()
        if self.state == "committed":
            self.w.draw_no = self.committed_no
        return True

    def nextId(self) -> int:  # noqa: N802
        return PAGE_COMMITMENT if self.state == "committed" else PAGE_PREVIEW


class PreviewPage(QWizardPage):
    """Tasks, frames and quotas per stratum; the commit button commits the draw."""

    def __init__(self, wizard: "DrawWizard"):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Review the tasks, frames and quotas"))
        self.setSubTitle(self.tr("Nothing is selected yet: no one can know the result before the witnesses' "
                                 "digits. Committing fixes the frames and prints their hash."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Commit the draw"))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = dm.RecordTableModel(dm.strata_columns())
        self.view = make_table(self.model)
        layout.addWidget(self.view, 1)
        self.error = wp.error_label()
        layout.addWidget(self.error)
        self.loaded = False
        self.committing = False
        self.committed = False

    def initializePage(self) -> None:  # noqa: N802
        self.loaded = False
        wp.show_error(self.error, "")
        self.model.set_rows([])
        self.summary.setText(self.tr("Building the frames…"))
        plan_id = self.w.plan_id

        def work(progress, cancel):
            result = wp.call_service(draw_service().preview_frames, plan_id, progress=progress, cancel=cancel)
            return preview_rows(result)

        self.completeChanged.emit()
        self.w.ctx.tasks.run(work, title=self.tr("Building the frames…"), on_done=self._loaded,
                             on_error=self._failed, on_cancelled=lambda _e: self._failed(_e))

    def _loaded(self, rows) -> None:
        rows, excluded = rows
        self.model.set_rows(rows)
        fit_columns(self.view)
        tasks = sorted({r["code"] for r in rows})
        text = self.tr("%1 task(s), %2 enterprise(s) in the frames, %3 to draw.") \
            .replace("%1", str(len(tasks))) \
            .replace("%2", str(sum(int(r["size"] or 0) for r in rows))) \
            .replace("%3", str(sum(int(r["quota"] or 0) for r in rows)))
        if excluded:
            text += "\n" + self.tr("Left out by the filters: %1").replace("%1", excluded)
        self.summary.setText(text)
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
        plan_id = self.w.plan_id

        def work(progress, cancel):
            draw = wp.call_service(draw_service().commit_draw, plan_id, progress=progress, cancel=cancel)
            return draw.draw_no

        self.w.ctx.tasks.run(work, title=self.tr("Committing the draw…"), on_done=self._committed,
                             on_error=self._commit_failed, on_cancelled=self._commit_failed)
        return False

    def _committed(self, draw_no: int) -> None:
        self.committing = False
        self.committed = True
        self.w.draw_no = draw_no
        self.w.ctx.set_current_plan(self.w.plan_id)
        self.w.ctx.notify_data_changed()
        self.completeChanged.emit()
        if self.w.currentPage() is self:
            self.w.next()

    def _commit_failed(self, exc) -> None:
        self.committing = False
        wp.show_error(self.error, str(exc))
        self.completeChanged.emit()


def preview_rows(result) -> tuple[list[dict], str]:
    """preview_frames' answer as strata rows (code, name, register, ratio, stratum, size, quota, alternates)."""
    from app.draw import spec
    tasks = result.get("tasks") if isinstance(result, dict) else result
    rows, excluded = [], {}
    for item in tasks or []:
        t = dm.plain(item)
        task_obj = t.get("task")
        code = t.get("code") or getattr(task_obj, "code", "")
        name = t.get("name") or getattr(task_obj, "name", "")
        register = t.get("register") or getattr(task_obj, "register_name", "")
        version = t.get("register_version", t.get("version"))
        if version is not None and not isinstance(version, (int, str)):
            version = getattr(version, "version", "")
        ratio = t.get("ratio")
        if ratio is None and task_obj is not None:
            ratio = spec.ratio_text(task_obj.ratio_p, task_obj.ratio_q, task_obj.count)
        strata = t.get("strata")
        if strata is None and t.get("rows") is not None:
            strata = spec.strata_quotas(t["rows"], ratio)
        for s in strata or []:
            s = dm.plain(s)
            rows.append({"code": code, "name": name, "register": f"{register} v{version}" if version else register,
                         "ratio": dm.ratio_label(ratio), "stratum": s.get("stratum", ""), "size": s.get("size", 0),
                         "quota": s.get("quota", 0), "alternates": s.get("alternates", "")})
        for reason, n in (t.get("excluded") or {}).items():
            excluded[f"{code} {reason}"] = excluded.get(f"{code} {reason}", 0) + n
    return rows, "；".join(f"{k} {v}" for k, v in excluded.items())


class CommitmentPage(QWizardPage):
    def __init__(self, wizard: "DrawWizard"):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("The commitment"))
        self.setSubTitle(self.tr("The draw is committed: the plan, its frames and quotas are frozen. Save and print "
                                 "the commitment sheet and show the commitment to the witnesses before they roll."))
        layout = QVBoxLayout(self)
        self.info = QLabel()
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        layout.addWidget(wp.page_heading(self.tr("Commitment (SHA-256)")))
        self.digest = wp.DigestLabel(2.0)
        layout.addWidget(self.digest)
        self.frames = QFormLayout()
        layout.addLayout(self.frames)
        self.model = dm.RecordTableModel(dm.strata_columns())
        self.view = make_table(self.model)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Save/print the commitment sheet…"))
        self.print_button.clicked.connect(lambda: save_commitment_sheet(self, self.w.ctx, self.w.draw_no))
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout.addLayout(row)

    def initializePage(self) -> None:  # noqa: N802
        draw = dm.get_draw(self.w.draw_no)
        self.info.setText(self.tr("Draw no. %1, committed at %2.").replace("%1", str(draw.draw_no))
                          .replace("%2", draw.committed_at or ""))
        self.digest.set_digest(draw.commitment)
        while self.frames.rowCount():
            self.frames.removeRow(0)
        for t in (draw.commit_data or {}).get("tasks") or []:
            value = wp.DigestLabel(1.0)
            value.set_digest(t.get("frame_digest", ""))
            self.frames.addRow(self.tr("Frame digest of %1 (%2 enterprises)").replace("%1", t.get("code", ""))
                               .replace("%2", str(t.get("frame_size", ""))), value)
        self.model.set_rows(dm.commit_strata_rows(draw.commit_data or {}))
        fit_columns(self.view)


class ResultPage(QWizardPage):
    def __init__(self, wizard: "DrawWizard"):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("The drawn enterprises"))
        self.setSubTitle(self.tr("The draw is done and logged. Save and print the record; the witnesses sign it."))
        layout = QVBoxLayout(self)
        self.info = QLabel()
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        layout.addWidget(wp.page_heading(self.tr("Seed (SHA-256)")))
        self.seed = wp.DigestLabel(1.4)
        layout.addWidget(self.seed)
        self.views = DrawnTabs()
        layout.addWidget(self.views, 1)
        row = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Save/print the record…"))
        self.print_button.clicked.connect(lambda: save_draw_record(self, self.w.ctx, self.w.draw_no))
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout.addLayout(row)

    def initializePage(self) -> None:  # noqa: N802
        draw = dm.get_draw(self.w.draw_no)
        self.seed.set_digest(draw.seed)
        views = dm.drawn_views(draw)
        self.views.set_views(views)
        self.info.setText(self.tr("Draw no. %1: %2 enterprise(s) to inspect after merging the tasks.")
                          .replace("%1", str(draw.draw_no)).replace("%2", str(len(views["inspections"]))))


class DrawnTabs(QTabWidget):
    """The drawn list by task and by district, the merged inspections, the alternates (shared with the screen)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        # merged inspections, with a district filter
        self.inspections = dm.RecordTableModel(dm.inspection_columns())
        self.inspection_view = make_table(self.inspections)
        self.district_combo = QComboBox()
        self.addTab(self._with_filters(self.inspection_view, [(self.tr("District"), self.district_combo)]),
                    self.tr("Inspections (merged)"))
        self.district_combo.currentIndexChanged.connect(
            lambda: self.inspection_view.model().set_equal("district", self.district_combo.currentData()))
        # drawn list by task and stratum
        self.selected = dm.RecordTableModel(dm.selected_columns())
        self.selected_view = make_table(self.selected, stretch_last=True)
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
        self.strata = dm.RecordTableModel(dm.strata_columns())
        self.strata_view = make_table(self.strata)
        self.addTab(self.strata_view, self.tr("Frames and quotas"))
        self.alternates = dm.RecordTableModel(dm.alternate_columns())
        self.alternate_view = make_table(self.alternates)
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

    def set_views(self, views: dict) -> None:
        self.inspections.set_rows(views.get("inspections") or [])
        self.selected.set_rows(views.get("selected") or [])
        self.strata.set_rows(views.get("strata") or [])
        self.alternates.set_rows(views.get("alternates") or [])
        everything = self.tr("All")
        self._fill(self.district_combo, sorted({r.get("district", "") for r in self.inspections.rows()}), everything)
        self._fill(self.task_combo, list(dict.fromkeys(r["task"] for r in self.selected.rows())), everything)
        self._fill(self.stratum_combo, sorted({r["stratum"] for r in self.selected.rows()}), everything)
        self.inspection_view.model().set_equal("district", self.district_combo.currentData())
        self.selected_view.model().set_equal("task", self.task_combo.currentData())
        self.selected_view.model().set_equal("stratum", self.stratum_combo.currentData())
        for view in (self.inspection_view, self.selected_view, self.strata_view, self.alternate_view):
            fit_columns(view)


# ---- the wizard -------------------------------------------------------------------

def validate_witnesses_fn():
    """The service's own witness check, when it offers one (else run_draw refuses with the same message)."""
    try:
        service = draw_service()
    except ImportError:
        return None
    fn = getattr(service, "validate_witnesses", None)
    if fn is None:
        try:
            from app.draw import spec
            fn = getattr(spec, "validate_witnesses", None)
        except ImportError:
            fn = None
    return fn


class DrawWizard(QWizard):
    def __init__(self, ctx, parent=None, plan_id: int | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.plan_id = plan_id
        self.draw_no: int | None = None
        self.setWindowTitle(self.tr("Random draw"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.plan_page = PlanPage(self)
        self.preview_page = PreviewPage(self)
        self.commitment_page = CommitmentPage(self)
        self.witness_page = wp.WitnessEntryPage(validate_witnesses_fn())
        self.readback_page = wp.ReadBackPage(self.witness_page, self._run_draw, self.tr("Confirm and draw"))
        self.result_page = ResultPage(self)
        self.setPage(PAGE_PLAN, self.plan_page)
        self.setPage(PAGE_PREVIEW, self.preview_page)
        self.setPage(PAGE_COMMITMENT, self.commitment_page)
        self.setPage(PAGE_WITNESSES, self.witness_page)
        self.setPage(PAGE_READBACK, self.readback_page)
        self.setPage(PAGE_RESULT, self.result_page)
        self.resize(1000, 680)

    def _run_draw(self, witnesses, on_done, on_error) -> None:
        draw_no = self.draw_no

        def work(progress, cancel):
            draw = wp.call_service(draw_service().run_draw, draw_no, witnesses, progress=progress, cancel=cancel)
            return draw.draw_no if draw is not None else draw_no

        def done(result):
            self.ctx.notify_data_changed()
            on_done(result)

        self.ctx.tasks.run(work, title=self.tr("Drawing…"), on_done=done, on_error=on_error,
                           on_cancelled=on_error)

    def reject(self) -> None:
        if self.ctx.tasks.busy():
            return          # a commit or a draw is running: it finishes (or is cancelled) first
        super().reject()
