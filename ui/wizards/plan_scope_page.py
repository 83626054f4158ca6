"""The plan wizard's scope page: per task, risk-class ratios and a targeted filter, and a preview.

The page keeps, per task code, the task's `risk` table and `filter.where` expression (the plan
file's shape); the wizard merges them into the tasks page's tasks (`apply`). The preview shows each
task's — for a risk task each class's — frame size and quota from the registers as they are now,
before anything is saved or committed (app.draw.service.preview_plan_data); it never draws.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.draw.describe import ratio_percent
from app.draw.plans import normalize_plan
from app.draw.risk import class_label
from app.draw.service import preview_plan_data
from app.registers.queries import enterprise_columns
from ui.widgets.labels import error_label, error_text, set_error
from ui.wizards.plan_scope_widgets import RiskEditor, WhereEditor


class PlanScopePage(QWizardPage):
    def __init__(self, tasks: Callable[[], list[dict]], plan_data: Callable[[], dict]):
        """tasks(): the tasks page's tasks; plan_data(): the whole plan as the wizard would save it."""
        super().__init__()
        self._tasks, self._plan_data = tasks, plan_data
        self._scope: dict[str, dict] = {}       # code -> {"risk": dict | None, "where": dict | None}
        self._code = ""
        self.setTitle(self.tr("Scope and ratios"))
        self.setSubTitle(self.tr("Optional: a ratio per credit-risk class, and conditions on register columns "
                                 "(targeted draw). Both are part of the committed plan."))
        outer = QVBoxLayout(self)
        form = QFormLayout()
        self.task_combo = QComboBox()
        form.addRow(self.tr("Task:"), self.task_combo)
        outer.addLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.risk = RiskEditor()
        self.where = WhereEditor()
        layout.addWidget(self.risk)
        layout.addWidget(self.where)
        self.preview_button = QPushButton(self.tr("Show frames and quotas"))
        layout.addWidget(self.preview_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.preview = QTableWidget(0, 6)
        self.preview.setHorizontalHeaderLabels([self.tr("Task"), self.tr("Class"), self.tr("Ratio"),
                                                self.tr("Stratum"), self.tr("Frame"), self.tr("Quota")])
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.setMinimumHeight(160)
        layout.addWidget(self.preview)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.error = error_label()
        outer.addWidget(self.error)
        self.task_combo.currentIndexChanged.connect(self._on_task)
        self.preview_button.clicked.connect(self.show_preview)

    # ---- the wizard's side ---------------------------------------------------

    def load(self, tasks: list[dict]) -> None:
        """Take the risk tables and filters of a loaded plan's tasks (folded, plan-file shape)."""
        self._scope = {t["code"]: {"risk": t.get("risk"), "where": (t.get("filter") or {}).get("where")}
                       for t in tasks if t.get("risk") or (t.get("filter") or {}).get("where")}

    def apply(self, tasks: list[dict]) -> list[dict]:
        """The tasks with this page's risk tables and filters merged in."""
        self._save_current()
        out = []
        for t in tasks:
            t = dict(t)
            scope = self._scope.get(t.get("code", ""), {})
            t.pop("risk", None)
            flt = {k: v for k, v in (t.get("filter") or {}).items() if k != "where"}
            if scope.get("where"):
                flt["where"] = scope["where"]
            t.pop("filter", None)
            if flt:
                t["filter"] = flt
            if scope.get("risk"):
                t["risk"] = scope["risk"]
                t.pop("ratio", None)
                t.pop("count", None)
            out.append(t)
        return out

    def initializePage(self) -> None:  # noqa: N802
        self._code = ""
        self.task_combo.blockSignals(True)
        self.task_combo.clear()
        for t in self._tasks():
            self.task_combo.addItem(f"{t.get('code', '')}  {t.get('name', '')}", t.get("code", ""))
        self.task_combo.blockSignals(False)
        self.preview.setRowCount(0)
        set_error(self.error, "")
        self._on_task(self.task_combo.currentIndex())

    def validatePage(self) -> bool:  # noqa: N802
        self._save_current()
        try:
            normalize_plan(self._plan_data())
        except Exception as exc:  # noqa: BLE001 - show the service's words
            set_error(self.error, error_text(exc))
            return False
        set_error(self.error, "")
        return True

    # ---- one task at a time ----------------------------------------------------

    def _save_current(self) -> None:
        if self._code:
            self._scope[self._code] = {"risk": self.risk.value(), "where": self.where.raw()}

    def _on_task(self, index: int) -> None:
        self._save_current()
        self._code = ""
        task = next((t for t in self._tasks() if t.get("code") == self.task_combo.itemData(index)), None)
        if task is None:
            return
        columns = enterprise_columns(task.get("register", ""))
        self.risk.set_columns(columns)
        self.where.set_columns(columns)
        scope = self._scope.get(task["code"], {})
        self.risk.load(scope.get("risk"))
        self.where.load(scope.get("where"))
        self._code = task["code"]

    def show_preview(self) -> None:
        self._save_current()
        self.preview.setRowCount(0)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            summaries = preview_plan_data(self._plan_data())
        except Exception as exc:  # noqa: BLE001 - show the service's words
            set_error(self.error, error_text(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        set_error(self.error, "")
        for t in summaries:
            cls = class_label(t["risk_class"]) if t.get("risk_class") else ""
            rows = [(s["stratum"], s["size"], s["quota"]) for s in t["strata"]] or [("—", 0, 0)]
            rows.append((self.tr("Total"), t["frame_size"], sum(s["quota"] for s in t["strata"])))
            for stratum, size, quota in rows:
                r = self.preview.rowCount()
                self.preview.insertRow(r)
                for c, text in enumerate((t["code"], cls, ratio_percent(t["ratio"]), stratum, size, quota)):
                    self.preview.setItem(r, c, QTableWidgetItem(str(text)))
        self.preview.resizeColumnsToContents()
