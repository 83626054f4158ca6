"""录入/修改结果: one inspection's result, in the order of the work package and the printed form.

The enterprise block at the top; one row per check item (是否检查, 未检查原因, 核查方式, 检查结果,
发现的问题); then, once, the enterprise-level fields in app.packages.layout COLUMNS order. The labels are
the layout's own, so screen, file and paper use the same words.

Every change is checked with the rules of app.results.service.check_entry (app.results.content.check on
the inspection's context, read once when the dialog opens) and the messages are shown in red beside the
item rows and under the enterprise fields; Save stays disabled while any remains. The service checks
again when it saves. A reviewed result opens read-only: it changes only after 退回.
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.draw.queries import get_draw
from app.packages.layout import BY_FIELD, ENTERPRISE, FILL_COLUMNS, ITEM
from app.results import content as rc
from app.results.lists import is_publicity_item
from app.results.queries import REVIEWED, STATUS_ZH, current_result, status_of
from app.results.service import contexts, inspection_of
from app.settings.store import result_lists, units
from ui.operations import results as results_ops
from ui.screens.results_fields import ItemRow, enterprise_field, person, set_choice, set_yes_no
from ui.widgets.labels import error_label, error_text, note_label, page_heading, set_error

WIDE = ("measures", "followup_text", "inspectors")   # a row of their own in the enterprise grid


def entry_data(draw_no: int, key: str) -> dict:
    """What the dialog needs, read once (on the worker thread): the inspection, its check context, the
    lists, the current result and the bureau's units."""
    draw = get_draw(draw_no)
    ins = inspection_of(draw, key)
    context = contexts(draw, [key])[key]
    current = current_result(draw, key)
    content = rc.normalized(current.content if current else {}, context.items)
    return {"draw_no": draw_no, "key": key, "name": ins.name, "district": ins.district,
            "tasks": "、".join(ins.tasks), "context": context, "lists": result_lists(), "content": content,
            "status": status_of(current), "revision": current.revision if current else 0,
            "reviewer": current.reviewer if current else "", "reason": current.reason if current else "",
            "units": [u.get("name", "") for u in units() if u.get("name")]}


class ResultEntryDialog(QDialog):
    def __init__(self, ctx, data: dict, parent=None):
        super().__init__(parent)
        self.ctx, self.data = ctx, data
        self.context: rc.Context = data["context"]
        self.lists = data["lists"]
        self.read_only = data["status"] == REVIEWED
        self.saved_revision = None
        self.issues: list[rc.Issue] = []
        self.setWindowTitle(self.tr("Result of %1").replace("%1", data["name"]))
        layout = QVBoxLayout(self)
        layout.addWidget(self._enterprise_block())
        self.hint = note_label()
        self.hint.setObjectName("entryHint")
        layout.addWidget(self.hint)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._items_box())
        column.addWidget(self._enterprise_box())
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        self.body, self.scroll = body, scroll
        self.summary = error_label()
        self.summary.setObjectName("entrySummary")
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.set_content(data["content"])
        self._apply_state()
        # As tall as the fields and their messages need (no empty band below them), scrolling only when the
        # screen is too small.
        room = self.screen().availableGeometry().height() - 260   # header, hint, summary, buttons, title bar
        scroll.setMinimumHeight(max(200, min(body.sizeHint().height() + 2 * scroll.frameWidth(), room)))
        self.resize(1180, self.sizeHint().height())

    # -- building -------------------------------------------------------------------------------
    def _enterprise_block(self) -> QWidget:
        d, names = self.data, self.context.names
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(page_heading(f"{d['name']}（{d['key']}）"), 0, 0, 1, 4)
        team = "、".join(person(names, c) for c in self.context.team) or "—"
        status = STATUS_ZH[d["status"]] + (self.tr(" (revision %1)").replace("%1", str(d["revision"]))
                                           if d["revision"] else "")
        pairs = [(BY_FIELD["district"].label, d["district"]), (BY_FIELD["tasks"].label, d["tasks"]),
                 (BY_FIELD["team"].label, team), (self.tr("Status"), status),
                 (self.tr("Check period"), f"{self.context.start} — {self.context.end}")]
        for n, (label, value) in enumerate(pairs):
            text = QLabel(value)
            text.setWordWrap(True)
            grid.addWidget(QLabel(label + "："), 1 + n // 2, (n % 2) * 2)
            grid.addWidget(text, 1 + n // 2, (n % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return box

    def _items_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Check items"))
        grid = QGridLayout(box)
        headers = [BY_FIELD["item"]] + [c for c in FILL_COLUMNS if c.scope == ITEM]
        for column, spec in enumerate(headers):
            grid.addWidget(page_heading(spec.label), 0, column)
        self.rows = [ItemRow(grid, 1 + 2 * n, item, self.lists.check_methods, self.lists.item_results)
                     for n, item in enumerate(self.context.items)]
        for row in self.rows:
            row.checked.currentIndexChanged.connect(self.revalidate)
            row.reason.textChanged.connect(self.revalidate)
            row.method.currentIndexChanged.connect(self.revalidate)
            row.result.currentIndexChanged.connect(self.revalidate)
            row.problem.textChanged.connect(self.revalidate)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(2, 2)
        grid.setColumnStretch(5, 3)
        return box

    def _enterprise_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Once per enterprise"))
        grid = QGridLayout(box)
        self.fields: dict[str, QWidget] = {}
        row = column = 0
        for spec in (c for c in FILL_COLUMNS if c.scope == ENTERPRISE):
            widget = enterprise_field(spec.field, self.lists, self.context, self.data["units"])
            self.fields[spec.field] = widget
            if spec.field in WIDE and column:
                row, column = row + 1, 0
            label = QLabel(spec.label + "：")
            label.setToolTip(spec.hint)
            grid.addWidget(label, row, column)
            grid.addWidget(widget, row, column + 1, 1, 3 if spec.field in WIDE else 1)
            if spec.field in WIDE or column:
                row, column = row + 1, 0
            else:
                column = 2
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.enterprise_errors = error_label()
        self.enterprise_errors.setObjectName("enterpriseErrors")
        grid.addWidget(self.enterprise_errors, row + 1, 0, 1, 4)
        for field, widget in self.fields.items():
            for signal in ("currentIndexChanged", "currentTextChanged", "textChanged", "dateChanged", "changed"):
                if field == "unit" and signal == "currentIndexChanged":
                    continue   # the editable unit box reports every edit as currentTextChanged
                if hasattr(widget, signal):
                    getattr(widget, signal).connect(self.revalidate)
        publicity = any(is_publicity_item(i) for i in self.context.items)
        self.fields["publicity"].setEnabled(publicity)
        if not publicity:
            self.fields["publicity"].setToolTip(self.tr("Only for an inspection with a publicity-information item."))
        return box

    # -- values ---------------------------------------------------------------------------------
    def set_content(self, content: dict) -> None:
        f = self.fields
        for row, value in zip(self.rows, content["items"]):
            row.set_value(value)
        follow = content["followup"]
        set_choice(f["outcome"], content["outcome"])
        set_choice(f["publicity"], content["publicity"])
        f["measures"].set_value(follow["measures"])
        f["followup_text"].setText(follow["text"])
        set_yes_no(f["closed"], follow["closed"])
        f["closed_on"].set_value(follow["closed_on"])
        f["check_date"].set_value(content["check_date"])
        f["inspectors"].set_value(content["inspectors"], lambda c: person(self.context.names, c))
        f["unit"].setCurrentText(content["unit"])
        f["entered_by"].setText(content["entered_by"])
        self.revalidate()

    def content(self) -> dict:
        f = self.fields
        closed = f["closed"].currentData()
        return {"items": [row.value() for row in self.rows],
                "outcome": f["outcome"].currentData() or "", "publicity": f["publicity"].currentData() or "",
                "followup": {"measures": f["measures"].value(), "text": f["followup_text"].text().strip(),
                             "closed": closed, "closed_on": f["closed_on"].value() if closed is True else ""},
                "check_date": f["check_date"].value(), "inspectors": f["inspectors"].value(),
                "unit": f["unit"].currentText().strip(), "entered_by": f["entered_by"].text().strip()}

    # -- checking -------------------------------------------------------------------------------
    def revalidate(self) -> None:
        if not hasattr(self, "save_button"):
            return   # still building
        self.fields["closed_on"].setEnabled(not self.read_only and self.fields["closed"].currentData() is True)
        value = rc.normalized(self.content(), self.context.items)
        self.issues = rc.check(value, self.context, self.lists)
        self.show_issues(self.issues, blank=rc.is_blank(value))

    def show_issues(self, issues: list[rc.Issue], blank: bool = False) -> None:
        for n, row in enumerate(self.rows):
            row.show_messages([i.message for i in issues if i.item == n])
        labels = {c.field: c.label for c in FILL_COLUMNS}
        lines = [f"{labels.get(i.field, i.field)}：{i.message}" for i in issues if i.item is None]
        set_error(self.enterprise_errors, "\n".join(lines))
        if self.read_only:
            set_error(self.summary, "")
        elif blank:
            set_error(self.summary, self.tr("Nothing is entered yet."))
        else:
            set_error(self.summary, self.tr("%1 field(s) to fill in or correct before saving.")
                      .replace("%1", str(len(issues))) if issues else "")
        self.save_button.setEnabled(not self.read_only and not issues and not blank)

    def _apply_state(self) -> None:
        d = self.data
        if self.read_only:
            self.hint.setText(self.tr("A reviewed result must be returned before it can be changed.")
                              + " " + self.tr("Reviewed by %1.").replace("%1", d["reviewer"]))
        elif d["reason"]:
            self.hint.setText(self.tr("Returned by %1: %2").replace("%1", d["reviewer"]).replace("%2", d["reason"]))
        self.hint.setVisible(bool(self.hint.text()))
        for row in self.rows:
            row.set_read_only(self.read_only)
        for field, widget in self.fields.items():
            if field != "publicity" or self.read_only:
                widget.setEnabled(not self.read_only)
        self.save_button.setVisible(not self.read_only)
        if self.read_only:
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
            # Disabled inputs are greyed out by the style; a result read for review must stay legible.
            self.body.setStyleSheet("QComboBox:disabled, QLineEdit:disabled, QDateEdit:disabled, "
                                    "QCheckBox:disabled { color: #202020; }")
        self.revalidate()

    # -- saving ---------------------------------------------------------------------------------
    def save(self) -> bool:
        """Start saving through the operation; False (nothing written) while the result breaks a rule."""
        self.revalidate()
        if self.read_only or not self.save_button.isEnabled():
            return False
        self.save_button.setEnabled(False)
        (results_ops.enter_result(self, self.ctx, self.data["draw_no"], self.data["key"], self.content())
         .success(self._saved).failure(self._failed).run())
        return True

    def _saved(self, revision) -> None:
        self.saved_revision = revision
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        issues = [rc.Issue(**i) for i in getattr(exc, "details", {}).get("issues", [])]
        if issues:
            self.show_issues(issues)
        set_error(self.summary, error_text(exc))
        self.save_button.setEnabled(True)
