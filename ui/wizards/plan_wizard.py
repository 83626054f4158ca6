"""The plan wizard: title, number and dates → tasks → review and save.

The wizard only collects a dict of the TOML shape (docs/plans.md); every rule
is app.draw.plans': normalize_plan checks each page as the clerk goes on, and
create_plan / update_plan save it, their Chinese messages shown as they are.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QDate, QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.draw import plans
from app.registers.queries import register_names
from ui.operations import plans as plan_ops
from ui.screens.screen_kit import add_splitter, pane
from ui.wizards.plan_texts import deadline_rows
from ui.wizards.wizard_kit import (
    error_label,
    error_text,
    fit_to_screen,
    set_error,
    setup_wizard,
)


def split_items(text: str) -> list[str]:
    """Check items typed one per line or separated by commas (，、,;；)."""
    return [p.strip() for p in re.split(r"[\n,，;；、]+", text or "") if p.strip()]


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
        self.tasks_page = PlanTasksPage(self)
        self.review = PlanReviewPage(self)
        for page in (self.basics, self.tasks_page, self.review):
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
        self.tasks_page.load(tasks)
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

    def plan_data(self) -> dict:
        data = self.basics.data()
        data["task"] = self.tasks_page.tasks()
        data.update(self._keep)
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
        self.title_edit.setPlaceholderText(self.tr("e.g. 2020年度工业产品生产许可证获证企业和食品相关产品企业双随机抽查"))
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


class PlanTasksPage(QWizardPage):
    def __init__(self, wizard: PlanWizard):
        super().__init__()
        self.wiz = wizard
        self._tasks: list[dict] = []
        self._current = -1
        self.setTitle(self.tr("Tasks"))
        self.setSubTitle(self.tr("Each task draws from one enterprise register with a ratio or a fixed count and "
                                 "carries its check items."))
        outer = QVBoxLayout(self)
        splitter = add_splitter(outer)

        left, ll = pane()
        self.task_list = QListWidget()
        self.task_list.setWordWrap(True)
        self.task_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.task_list.currentRowChanged.connect(self._on_row)
        ll.addWidget(self.task_list, 1)
        lb = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add task"))
        self.add_button.clicked.connect(self.add_task)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_task)
        lb.addWidget(self.add_button)
        lb.addWidget(self.remove_button)
        ll.addLayout(lb)
        splitter.addWidget(left)

        self.editor = QGroupBox(self.tr("Task"))
        form = QFormLayout(self.editor)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.code_edit = QLineEdit()
        self.name_edit = QLineEdit()
        self.register_combo = QComboBox()
        self.register_combo.setEditable(True)
        self.register_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.register_combo.addItems(register_names("enterprise"))
        self.ratio_radio = QRadioButton(self.tr("Ratio"))
        self.count_radio = QRadioButton(self.tr("Fixed count"))
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.ratio_radio)
        self.mode_group.addButton(self.count_radio)
        self.ratio_edit = QLineEdit()
        self.ratio_edit.setPlaceholderText(self.tr("20% or 1/5"))
        self.count_spin = QSpinBox()
        self.count_spin.setRange(1, 10_000_000)
        self.count_spin.setValue(50)
        amount = QWidget()
        al = QHBoxLayout(amount)
        al.setContentsMargins(0, 0, 0, 0)
        al.addWidget(self.ratio_radio)
        al.addWidget(self.ratio_edit, 1)
        al.addWidget(self.count_radio)
        al.addWidget(self.count_spin, 1)
        self.district_radio = QRadioButton(self.tr("By district"))
        self.city_radio = QRadioButton(self.tr("City-wide"))
        self.strat_group = QButtonGroup(self)
        self.strat_group.addButton(self.district_radio)
        self.strat_group.addButton(self.city_radio)
        strat = QWidget()
        sl = QHBoxLayout(strat)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(self.district_radio)
        sl.addWidget(self.city_radio)
        sl.addStretch(1)
        self.items_edit = QPlainTextEdit()
        self.items_edit.setPlaceholderText(self.tr("One check item per line, or separated by commas"))
        self.items_edit.setTabChangesFocus(True)
        self.items_edit.setMinimumHeight(self.items_edit.fontMetrics().height() * 3)
        self.product_edit = QLineEdit()
        self.product_edit.setPlaceholderText(self.tr("optional; several words separated by commas"))
        self.pool_combo = QComboBox()
        for key, text in (("district", self.tr("Inspectors of the enterprise's district")),
                          ("city", self.tr("Inspectors of the city bureau")),
                          ("mixed", self.tr("Both (mixed teams)"))):
            self.pool_combo.addItem(text, key)
        form.addRow(self.tr("Code:"), self.code_edit)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Register:"), self.register_combo)
        form.addRow(self.tr("How many:"), amount)
        form.addRow(self.tr("Strata:"), strat)
        form.addRow(self.tr("Check items:"), self.items_edit)
        form.addRow(self.tr("Product contains:"), self.product_edit)
        form.addRow(self.tr("Inspectors from:"), self.pool_combo)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        self.error = error_label()
        outer.addWidget(self.error)

        for w in (self.code_edit, self.name_edit, self.ratio_edit, self.product_edit):
            w.textEdited.connect(self._store)
        self.register_combo.currentTextChanged.connect(self._store)
        self.items_edit.textChanged.connect(self._store)
        self.count_spin.valueChanged.connect(self._store)
        self.pool_combo.currentIndexChanged.connect(self._store)
        self.mode_group.buttonToggled.connect(self._mode_changed)
        self.strat_group.buttonToggled.connect(self._store)
        self.add_task()

    # ---- the task list -------------------------------------------------------

    def load(self, tasks: list[dict]) -> None:
        self._tasks = [dict(t) for t in tasks]
        self._current = -1
        with QSignalBlocker(self.task_list):
            self.task_list.clear()
            for t in self._tasks:
                self.task_list.addItem(QListWidgetItem(self._label(t)))
        if self._tasks:
            self.task_list.setCurrentRow(0)
            self._on_row(0)
        self._update_buttons()

    def tasks(self) -> list[dict]:
        return [dict(t) for t in self._tasks]

    def _label(self, t: dict) -> str:
        return f"{t.get('code', '')}  {t.get('name', '')}".strip() or self.tr("(new task)")

    def add_task(self) -> None:
        codes = {t.get("code") for t in self._tasks}
        n = len(self._tasks) + 1
        while f"T{n}" in codes:
            n += 1
        names = register_names("enterprise")
        task = {"code": f"T{n}", "name": "", "register": names[0] if names else "", "ratio": "20%",
                "stratify": "district", "items": [], "pool": "district"}
        self._tasks.append(task)
        self.task_list.addItem(QListWidgetItem(self._label(task)))
        self.task_list.setCurrentRow(len(self._tasks) - 1)
        self._update_buttons()
        self.name_edit.setFocus()

    def remove_task(self) -> None:
        row = self.task_list.currentRow()
        if row < 0 or len(self._tasks) <= 1:
            return
        self._current = -1
        del self._tasks[row]
        self.task_list.takeItem(row)
        self._on_row(self.task_list.currentRow())
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(len(self._tasks) > 1)

    def _on_row(self, row: int) -> None:
        self._current = -1          # no storing while the form is filled
        if not 0 <= row < len(self._tasks):
            self.editor.setEnabled(False)
            return
        self.editor.setEnabled(True)
        t = self._tasks[row]
        blockers = [QSignalBlocker(w) for w in (self.code_edit, self.name_edit, self.register_combo,
                                                 self.ratio_edit, self.count_spin, self.items_edit,
                                                 self.product_edit, self.pool_combo, self.mode_group,
                                                 self.strat_group)]
        self.code_edit.setText(t.get("code", ""))
        self.name_edit.setText(t.get("name", ""))
        self.register_combo.setCurrentText(t.get("register", ""))
        has_count = t.get("count") is not None
        self.count_radio.setChecked(has_count)
        self.ratio_radio.setChecked(not has_count)
        self.ratio_edit.setText(str(t.get("ratio") or ("" if has_count else "20%")))
        self.count_spin.setValue(int(t.get("count") or 50))
        stratified = t.get("stratify", "district") == "district"
        self.district_radio.setChecked(stratified)
        self.city_radio.setChecked(not stratified)
        self.items_edit.setPlainText("\n".join(t.get("items") or []))
        self.product_edit.setText("，".join((t.get("filter") or {}).get("product_contains") or []))
        index = self.pool_combo.findData(t.get("pool") or "district")
        self.pool_combo.setCurrentIndex(max(index, 0))
        del blockers
        self._sync_enabled()
        self._current = row

    def _mode_changed(self, *_):
        self._sync_enabled()
        self._store()

    def _sync_enabled(self) -> None:
        count = self.count_radio.isChecked()
        self.ratio_edit.setEnabled(not count)
        self.count_spin.setEnabled(count)
        # a fixed count is drawn city-wide (SPOTCHECK-DRAW-1)
        self.district_radio.setEnabled(not count)
        if count:
            with QSignalBlocker(self.strat_group):
                self.city_radio.setChecked(True)

    def _store(self, *_):
        row = self._current
        if not 0 <= row < len(self._tasks):
            return
        old = self._tasks[row]
        t = {"code": self.code_edit.text().strip(), "name": self.name_edit.text().strip(),
             "register": self.register_combo.currentText().strip(),
             "stratify": "district" if self.district_radio.isChecked() else "none",
             "items": split_items(self.items_edit.toPlainText()),
             "pool": self.pool_combo.currentData() or "district"}
        if self.count_radio.isChecked():
            t["count"] = self.count_spin.value()
        else:
            t["ratio"] = self.ratio_edit.text().strip()
        flt = {k: v for k, v in (old.get("filter") or {}).items() if k != "product_contains"}
        words = split_items(self.product_edit.text())
        if words:
            flt["product_contains"] = words
        if flt:
            t["filter"] = flt
        for key in ("register_version", "third_party"):
            if old.get(key) is not None and (key != "register_version" or old.get("register") == t["register"]):
                t[key] = old[key]
        self._tasks[row] = t
        self.error.setVisible(False)        # an earlier message no longer applies once the task changed
        item = self.task_list.item(row)
        if item is not None:
            item.setText(self._label(t))

    def validatePage(self) -> bool:  # noqa: N802
        self._store()
        message = self.wiz.check(self.wiz.plan_data())
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
            strat = self.tr("By district") if t.get("stratify") == "district" else self.tr("City-wide")
            lines.append("<tr>" + "".join(f"<td>{c}</td>" for c in (
                _esc(t["code"]), _esc(t["name"]), _esc(t["register"]), amount, strat,
                _esc("、".join(t.get("items") or [])))) + "</tr>")
        lines.append("</table>")
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


