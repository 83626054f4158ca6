"""The match screen's forms: replace an inspector (in one team, or in all their unstarted inspections),
resolve a short inspection. Each asks for the reason and the approving leader; the screen runs the change."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit

from app.match import queries
from ui.widgets.forms import RequiredForm

OTHER = "其他"


class ChangeDialog(RequiredForm):
    """The common form: reason (a choice and words), approving leader — all required."""

    def __init__(self, title: str, intro: str, parent=None):
        super().__init__(title, intro, parent)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.addLayout(self.form)
        self.reason_choice = QComboBox()
        self.reason_choice.addItem(self.tr("— choose —"), "")
        # The stored reason is the bureau's own word (data), whatever the display language.
        for text, value in ((self.tr("Post change"), "岗位调整"), (self.tr("Work conflict"), "工作冲突"),
                            (self.tr("Health"), "身体健康状况"), (self.tr("Avoidance found"), "发现回避情形"),
                            (self.tr("Other"), OTHER)):
            self.reason_choice.addItem(text, value)
        self.reason_text = QLineEdit()
        self.reason_text.setPlaceholderText(self.tr("details (required for “Other”)"))
        self.approver = QLineEdit()
        self.approver.setPlaceholderText(self.tr("name of the approving leader"))
        self.reason_choice.currentIndexChanged.connect(self.update_ok)
        self.reason_text.textChanged.connect(self.update_ok)
        self.approver.textChanged.connect(self.update_ok)

    def finish_layout(self) -> None:
        self.form.addRow(self.tr("Reason"), self.reason_choice)
        self.form.addRow("", self.reason_text)
        self.form.addRow(self.tr("Approved by"), self.approver)
        self.layout_.addStretch(1)
        self.finish(560, 320)

    def reason(self) -> str:
        choice = self.reason_choice.currentData() or ""
        words = self.reason_text.text().strip()
        if choice == OTHER:
            return words
        return f"{choice}：{words}" if choice and words else choice

    def extra_ok(self) -> bool:
        return True

    def is_filled(self) -> bool:
        return bool(self.reason()) and bool(self.approver.text().strip()) and self.extra_ok()


class ReplaceDialog(ChangeDialog):
    """`unstarted(cert)` -> (unstarted, started) lists of {key, name}: the teams the "all" choice would
    change and those it leaves (a result entered); None leaves the choice out."""

    def __init__(self, team: dict, directory: dict, parent=None,
                 unstarted: Callable[[str], tuple[list, list]] | None = None):
        super().__init__(self.tr("Replace an inspector"),
                         self.tr("%1 %2: who leaves the team, why, and which leader approved it. The replacement is "
                                 "chosen by the published rule (smallest load, then pair ticket); it cannot be "
                                 "picked by hand.").replace("%1", team["key"]).replace("%2", team.get("name", "")),
                         parent)
        self.unstarted = unstarted
        self.inspector = QComboBox()
        for n, cert in enumerate(team["members"]):
            text = queries.person(directory, cert) + (self.tr(" (leader)") if n == 0 else "")
            self.inspector.addItem(text, cert)
        self.form.addRow(self.tr("Inspector to replace"), self.inspector)
        self.everywhere = QCheckBox(self.tr("Replace this inspector in all their unstarted inspections"))
        self.everywhere.setObjectName("replaceEverywhere")
        self.scope_note = QLabel()
        self.scope_note.setWordWrap(True)
        if unstarted is not None:
            self.form.addRow("", self.everywhere)
            self.form.addRow("", self.scope_note)
            self.inspector.currentIndexChanged.connect(self._describe)
            self.everywhere.toggled.connect(self._describe)
            self._describe()
        self.finish_layout()

    def _describe(self) -> None:
        """How many teams the "all" choice changes (one recorded action; the rule chooses in each)."""
        if self.unstarted is None:
            return
        todo, started = self.unstarted(self.inspector.currentData())
        text = self.tr("This inspector is in %1 team(s) whose inspection has not started (no result entered); "
                       "the rule chooses the replacement in each, recorded as one change.")
        text = text.replace("%1", str(len(todo)))
        if started:
            text += " " + self.tr("%1 team(s) with a result entered keep this inspector.").replace("%1",
                                                                                                  str(len(started)))
        self.scope_note.setText(text if self.everywhere.isChecked() else "")
        self.everywhere.setEnabled(bool(todo))

    def replace_everywhere(self) -> bool:
        return self.unstarted is not None and self.everywhere.isChecked()

    def value(self) -> tuple[str, str, str]:
        return self.inspector.currentData(), self.reason(), self.approver.text().strip()


class ShortDialog(ChangeDialog):
    def __init__(self, short: dict, candidates: list[dict], parent=None):
        super().__init__(self.tr("Resolve a short inspection"),
                         self.tr("%1 %2 has %3 of %4 inspectors: its pool has no one else without a conflict. "
                                 "Name an inspector from another pool, the approving leader and the reason; "
                                 "the decision is recorded.").replace("%1", short["key"])
                         .replace("%2", short.get("name", "")).replace("%3", str(len(short.get("members") or [])))
                         .replace("%4", str(short.get("needed", ""))), parent)
        self.inspector = QComboBox()
        self.inspector.addItem(self.tr("— choose —"), "")
        for c in candidates:
            self.inspector.addItem(f"{c['name']}（{c['cert_no']}，{c['district']}）", c["cert_no"])
        self.inspector.currentIndexChanged.connect(self.update_ok)
        self.form.addRow(self.tr("Inspector"), self.inspector)
        self.finish_layout()

    def extra_ok(self) -> bool:
        return bool(getattr(self, "inspector", None) and self.inspector.currentData())

    def value(self) -> tuple[str, str, str]:
        return self.inspector.currentData(), self.reason(), self.approver.text().strip()
