"""The results screen's small dialogs: approve (审核通过), return (退回) and the history of one result.

Approving and returning only ask; the screen runs the operation. The history reads
app.results.queries.history (a handful of rows) and shows each revision with where it came from.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
)

from app.draw.queries import get_draw
from app.match.queries import current_match, inspector_directory
from app.packages.layout import COLUMNS
from app.results.lists import NO, YES
from app.results.queries import STATUS_ZH, history
from ui.widgets.forms import RequiredForm
from ui.widgets.labels import page_heading
from ui.widgets.tables import Column, RecordTableModel, fit_columns, make_table, source_row

translate = QCoreApplication.translate   # lupdate reads translate("Context", "text") calls


class ReviewDialog(RequiredForm):
    """Who approves, and which results: the selected ones or every entered result of the filtered district."""

    def __init__(self, selected: list[str], district: str | None, district_keys: list[str], parent=None):
        super().__init__(self.tr("Approve results"),
                         self.tr("Only entered results are approved. An approved result can be changed "
                                 "only after it has been returned."), parent)
        self.selected, self.district, self.district_keys = selected, district, district_keys
        self.scope_selected = QRadioButton(self.tr("The selected inspections: %1 entered result(s)")
                                           .replace("%1", str(len(selected))))
        self.scope_district = QRadioButton(self.tr("Every entered result of %1: %2")
                                           .replace("%1", district or "").replace("%2", str(len(district_keys))))
        self.scope_district.setVisible(bool(district))
        group = QButtonGroup(self)
        for button in (self.scope_selected, self.scope_district):
            group.addButton(button)
            self.layout_.addWidget(button)
            button.toggled.connect(self.update_ok)
        (self.scope_district if district and (district_keys and not selected) else self.scope_selected).setChecked(True)
        form = QFormLayout()
        self.reviewer = QLineEdit()
        self.reviewer.setObjectName("reviewer")
        self.reviewer.setPlaceholderText(self.tr("name of the reviewer"))
        self.reviewer.textChanged.connect(self.update_ok)
        form.addRow(self.tr("Reviewed by"), self.reviewer)
        self.layout_.addLayout(form)
        self.layout_.addStretch(1)
        self.finish(520, 260)

    def whole_district(self) -> bool:
        return bool(self.district) and self.scope_district.isChecked()

    def keys(self) -> list[str]:
        return self.district_keys if self.whole_district() else self.selected

    def is_filled(self) -> bool:
        return bool(getattr(self, "reviewer", None) and self.reviewer.text().strip()) and bool(self.keys())

    def value(self) -> tuple[list[str], str]:
        return self.keys(), self.reviewer.text().strip()


class ReturnDialog(RequiredForm):
    """退回: the reviewer and the reason, both required."""

    def __init__(self, key: str, name: str, parent=None):
        super().__init__(self.tr("Return a result"),
                         self.tr("%1 %2 goes back for correction. Say who returns it and why; the reason "
                                 "is shown in the table and kept in the history.").replace("%1", key)
                         .replace("%2", name), parent)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.reviewer = QLineEdit()
        self.reviewer.setObjectName("reviewer")
        self.reviewer.setPlaceholderText(self.tr("name of the reviewer"))
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setTabChangesFocus(True)
        form.addRow(self.tr("Returned by"), self.reviewer)
        form.addRow(self.tr("Reason"), self.reason)
        self.layout_.addLayout(form, 1)
        self.reviewer.textChanged.connect(self.update_ok)
        self.reason.textChanged.connect(self.update_ok)
        self.finish(560, 320)

    def is_filled(self) -> bool:
        return bool(self.reviewer.text().strip()) and bool(self.reason.toPlainText().strip())

    def value(self) -> tuple[str, str]:
        return self.reviewer.text().strip(), self.reason.toPlainText().strip()


def _kind_text(kind: str) -> str:
    texts = {"enter": translate("ResultHistory", "Entered on screen"),
             "import": translate("ResultHistory", "Imported from a file"),
             "review": translate("ResultHistory", "Approved"),
             "return": translate("ResultHistory", "Returned")}
    return texts.get(kind, kind)


def history_rows(draw_no: int, key: str) -> list[dict]:
    """Every revision of the result, oldest first, as the history table shows it."""
    rows = []
    for rev in history(get_draw(draw_no), key):
        batch = rev.batch
        source = _kind_text(batch.kind) + (f"：{batch.file_name}" if batch.file_name else "")
        rows.append({"revision": rev.revision, "status": STATUS_ZH.get(rev.status, rev.status),
                     "reviewer": rev.reviewer, "reason": rev.reason, "at": (batch.at or "")[:19].replace("T", " "),
                     "actor": batch.actor, "source": source, "batch": batch.id, "content": rev.content or {}})
    return rows


def _yes_no(value) -> str:
    return {True: YES, False: NO}.get(value, "")


def content_text(content: dict, names: dict | None = None) -> str:
    """One revision's result in the fields' own (Chinese) labels, items first, as on the result form;
    inspectors by name (`names`: cert -> name) with their certificate numbers."""
    names = names or {}
    label = {c.field: c.label for c in COLUMNS}
    lines = []
    for row in content.get("items") or []:
        parts = [f"{label['checked']} {_yes_no(row.get('checked'))}"]
        parts += [f"{label[k]} {row[k]}" for k in ("reason", "method", "result", "problem") if row.get(k)]
        lines.append(f"【{row.get('item', '')}】" + "；".join(parts))
    follow = content.get("followup") or {}
    people = "、".join(f"{names[c]}（{c}）" if names.get(c) else c for c in content.get("inspectors") or [])
    values = {"outcome": content.get("outcome"), "publicity": content.get("publicity"),
              "measures": "、".join(follow.get("measures") or []), "followup_text": follow.get("text"),
              "closed": _yes_no(follow.get("closed")), "closed_on": follow.get("closed_on"),
              "check_date": content.get("check_date"), "inspectors": people,
              "unit": content.get("unit"), "entered_by": content.get("entered_by")}
    lines += [f"{label[k]}：{v}" for k, v in values.items() if v]
    return "\n".join(lines)


class HistoryDialog(QDialog):
    """Every revision of one result: status, reviewer, reason, time, who, where it came from; the selected
    revision's content below."""

    def __init__(self, draw_no: int, key: str, name: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of %1").replace("%1", key))
        layout = QVBoxLayout(self)
        layout.addWidget(page_heading(f"{name}（{key}）"))
        self.model = RecordTableModel([
            Column(self.tr("Revision"), lambda r: r["revision"], numeric=True),
            Column(self.tr("Status"), lambda r: r["status"]),
            Column(self.tr("Reviewer"), lambda r: r["reviewer"]),
            Column(self.tr("Reason"), lambda r: r["reason"]),
            Column(self.tr("Time"), lambda r: r["at"]),
            Column(self.tr("By"), lambda r: r["actor"]),
            Column(self.tr("Source"), lambda r: r["source"]),
            Column(self.tr("Batch"), lambda r: r["batch"], numeric=True),
        ])
        self.view = make_table(self.model, stretch_last=True)
        self.view.setObjectName("historyTable")
        self.content = QPlainTextEdit()
        self.content.setReadOnly(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.content)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.model.set_rows(history_rows(draw_no, key))
        self.names = {cert: d["name"] for cert, d in
                      inspector_directory(current_match(draw_no, required=False)).items()}
        fit_columns(self.view)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_content())
        if self.model.rowCount():
            self.view.setCurrentIndex(self.view.model().index(self.model.rowCount() - 1, 0))
        else:
            self.content.setPlainText(self.tr("No result has been recorded yet."))
        self.resize(900, 520)

    def _show_content(self) -> None:
        row = source_row(self.view)
        self.content.setPlainText(content_text(row["content"], self.names) if row else "")
