"""The plan wizard: title, number and dates → tasks (plan_tasks_page) → review and save.

The wizard only collects a dict of the TOML shape (docs/plans.md); every rule
is app.draw.plans': normalize_plan checks each page as the clerk goes on, and
create_plan / update_plan save it, their Chinese messages shown as they are.
"""
from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from app.catalogue.items import resolve  # items as the catalogue has them, free text flagged
from app.draw import plans
from app.draw.plan_options import SELF_MATCHING, self_matching
from app.draw.subtasks import fold_tasks
from ui.operations import plans as plan_ops
from ui.widgets.labels import error_label, error_text, set_error
from ui.wizards.plan_matching_page import PlanMatchingPage
from ui.wizards.plan_scope_page import PlanScopePage
from ui.wizards.plan_tasks_page import PlanTasksPage
from ui.wizards.plan_texts import deadline_rows, matching_text, risk_ratios_text, scope_sentences
from ui.wizards.wizard_setup import fit_to_screen, setup_wizard


class PlanWizard(QWizard):
    plan_saved = Signal(int)

    def __init__(self, ctx, plan_id: int | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.plan_id = plan_id
        self.saved_plan_id: int | None = None
        self._saving = False
        self._keep: dict = {}        # conditional items and options of an edited plan, passed through
        setup_wizard(self, self.tr("Edit plan") if plan_id else self.tr("New plan"), self.tr("Save plan"))
        self.basics = PlanBasicsPage(self)
        self.tasks_page = PlanTasksPage(lambda: self.check(self.plan_data()))
        self.scope_page = PlanScopePage(self.tasks_page.tasks, self.plan_data)
        self.matching = PlanMatchingPage()
        self.review = PlanReviewPage(self)
        for page in (self.basics, self.tasks_page, self.scope_page, self.matching, self.review):
            self.addPage(page)
        if plan_id:
            self._load(plan_id)
        fit_to_screen(self, 900, 620)

    def _load(self, plan_id: int) -> None:
        plan = plans.get_plan(plan_id)
        summary = plans.plan_summary(plan)
        self.basics.load(summary)
        tasks = []
        for t in summary["tasks"]:
            task = {"code": t["code"], "name": t["name"], "register": t["register"],
                    "stratify": "district" if t["stratified"] else "none", "items": list(t["items"]),
                    "filter": dict(t.get("filter") or {}), "pool": t.get("pool") or "district"}
            if t["ratio"].startswith("n="):
                task["count"] = int(t["ratio"][2:])
            else:
                task["ratio"] = t["ratio"]
            if t.get("register_version"):
                task["register_version"] = t["register_version"]
            if t.get("third_party"):
                task["third_party"] = t["third_party"]
            tasks.append(task)
        tasks = fold_tasks(tasks)    # a risk task's sub-tasks back into the one task the clerk wrote
        self.tasks_page.load(tasks)
        self.scope_page.load(tasks)
        conditional = []
        for c in plan.conditional_items or []:
            entry = {"item": c["item"], "year": c["year"], "tasks": c.get("tasks") or []}
            if c.get("attribute"):
                entry["attribute"] = c["attribute"]
            if c.get("nonfilers"):
                entry["nonfilers"] = c["nonfilers"]
            conditional.append(entry)
        if conditional:
            self._keep["conditional"] = conditional
        if plan.options:
            self._keep["options"] = dict(plan.options)
        self.matching.load(self_matching(plan))

    def plan_data(self) -> dict:
        data = self.basics.data()
        data["task"] = self.scope_page.apply(self.tasks_page.tasks())
        data.update(self._keep)
        options = {k: v for k, v in (self._keep.get("options") or {}).items() if k != SELF_MATCHING}
        if self.matching.self_matching():
            options[SELF_MATCHING] = self.matching.self_matching()
        if options:
            data["options"] = options
        else:
            data.pop("options", None)
        return data

    def check(self, data: dict) -> str:
        """'' when app.draw.plans accepts the plan as far as it is filled in, else its message."""
        try:
            plans.normalize_plan(data)
        except Exception as exc:  # noqa: BLE001 - show the service's words
            return error_text(exc)
        return ""

    def save(self) -> None:
        if self._saving:
            return
        data = self.plan_data()
        plan_id = self.plan_id
        self._saving = True
        self.review.set_error("")
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)

        plan_ops.save_plan(self, self.ctx, plan_id, data).success(self._saved).failure(self._save_failed).run()

    def _saved(self, plan_id: int) -> None:
        self._saving = False
        self.saved_plan_id = plan_id
        self.plan_saved.emit(plan_id)
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.review.set_error(error_text(exc))


class PlanBasicsPage(QWizardPage):
    def __init__(self, wizard: PlanWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("The plan"))
        self.setSubTitle(self.tr("Title and document number as in the plan document, its period and the date by "
                                 "which checks and result entry must be done."))
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(
            self.tr("e.g. 2020年度工业产品生产许可证获证企业和食品相关产品企业双随机抽查"))
        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(self.tr("e.g. 局函〔2020〕277号"))
        today = QDate.currentDate()
        self.start_edit = self._date_edit(today)
        self.due_edit = self._date_edit(today.addDays(26))
        self.end_edit = self._date_edit(today.addDays(41))
        self.team_spin = QSpinBox()
        self.team_spin.setRange(2, 20)
        self.team_spin.setValue(2)
        form.addRow(self.tr("Title:"), self.title_edit)
        form.addRow(self.tr("Document number:"), self.number_edit)
        form.addRow(self.tr("Start:"), self.start_edit)
        form.addRow(self.tr("Checks and entry done by:"), self.due_edit)
        form.addRow(self.tr("End:"), self.end_edit)
        form.addRow(self.tr("Inspectors per team:"), self.team_spin)
        self.error = error_label()
        form.addRow(self.error)
        self.title_edit.textChanged.connect(self.completeChanged)

    @staticmethod
    def _date_edit(date: QDate) -> QDateEdit:
        edit = QDateEdit(date)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.title_edit.text().strip())

    def load(self, summary: dict) -> None:
        self.title_edit.setText(summary["title"])
        self.number_edit.setText(summary.get("number") or "")
        for edit, key in ((self.start_edit, "start"), (self.due_edit, "due"), (self.end_edit, "end")):
            edit.setDate(QDate.fromString(summary[key], "yyyy-MM-dd"))
        self.team_spin.setValue(int(summary.get("team_size") or 2))

    def data(self) -> dict:
        return {"title": self.title_edit.text().strip(), "number": self.number_edit.text().strip(),
                "start": self.start_edit.date().toString("yyyy-MM-dd"),
                "due": self.due_edit.date().toString("yyyy-MM-dd"),
                "end": self.end_edit.date().toString("yyyy-MM-dd"),
                "team_size": self.team_spin.value()}

    def validatePage(self) -> bool:  # noqa: N802
        data = self.data()
        # A plan needs a task; check the basics with a placeholder task so only this page's errors show.
        data["task"] = [{"code": "T1", "name": "-", "register": "-", "ratio": "1/1", "items": ["-"]}]
        message = self.wiz.check(data)
        set_error(self.error, message)
        return not message


class PlanReviewPage(QWizardPage):
    def __init__(self, wizard: PlanWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Review and save"))
        self.setSubTitle(self.tr("The plan stays a draft and can be changed until its draw is committed."))
        layout = QVBoxLayout(self)
        self.summary = QTextBrowser()
        layout.addWidget(self.summary, 1)
        self.error = error_label()
        layout.addWidget(self.error)
        self.setFinalPage(True)

    def initializePage(self) -> None:  # noqa: N802
        self.set_error("")
        data = self.wiz.plan_data()
        lines = [f"<h3>{_esc(data['title'])}</h3>",
                 "<p>" + self.tr("Document number: %1").replace("%1", _esc(data["number"] or "—")) + "<br>"
                 + self.tr("Period: %1 to %2, checks and entry done by %3")
                 .replace("%1", data["start"]).replace("%2", data["end"]).replace("%3", data["due"]) + "<br>"
                 + self.tr("Inspectors per team: %1").replace("%1", str(data["team_size"])) + "</p>",
                 "<table border='1' cellspacing='0' cellpadding='4'><tr>"
                 + "".join(f"<th>{h}</th>" for h in (self.tr("Code"), self.tr("Name"), self.tr("Register"),
                                                     self.tr("Ratio or count"), self.tr("Strata"),
                                                     self.tr("Check items")))
                 + "</tr>"]
        for t in data["task"]:
            amount = (self.tr("%1 enterprises").replace("%1", str(t["count"])) if t.get("count") is not None
                      else _esc(t.get("ratio", "")))
            if t.get("risk"):
                amount = _esc(risk_ratios_text(t["risk"]))
            strat = self.tr("By district") if t.get("stratify") == "district" else self.tr("City-wide")
            lines.append("<tr>" + "".join(f"<td>{c}</td>" for c in (
                _esc(t["code"]), _esc(t["name"]), _esc(t["register"]), amount, strat,
                _esc("、".join(r.label for r in resolve(t.get("items") or []))))) + "</tr>")
        lines.append("</table>")
        lines += [f"<p>{_esc(t['code'])}：{_esc(text)}</p>" for t, text in scope_sentences(data)]
        lines.append("<p><b>" + _esc(self.tr("Matching of inspectors")) + "</b><br>"
                     + _esc(matching_text(sorted((data.get("options") or {}).get(SELF_MATCHING) or [])))
                     + "</p>")
        lines.append("<p><b>" + _esc(self.tr("Deadlines (working days, for information)")) + "</b><br>")
        deadlines = plans.deadlines_for(data["start"], data["due"], data["end"])
        lines.append("<br>".join(f"{_esc(what)}：{_esc(when)}" for what, when, _ok in deadline_rows(deadlines)))
        lines.append("</p>")
        self.summary.setHtml("".join(lines))

    def set_error(self, message: str) -> None:
        set_error(self.error, message)

    def validatePage(self) -> bool:  # noqa: N802
        # Saving runs on the worker; the wizard closes itself when the service has saved the plan.
        if self.wiz.saved_plan_id is not None:
            return True
        self.wiz.save()
        return False


def _esc(text: str) -> str:
    return (str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


