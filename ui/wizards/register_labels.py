"""Words and colours for registers and their import remarks, shared by the import wizard and the registers screen."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton

from app.registers.report import SEVERITY_ZH
from ui.widgets.tables import Column

KINDS = ("enterprise", "inspector", "avoidance", "institution")
ISSUE_SEVERITIES = ("rejected", "conflict", "flagged", "excluded", "skipped")
SERIOUS = "rejected,conflict,flagged"     # the severity filter "Rejected and flagged"

translate = QCoreApplication.translate   # lupdate reads translate("Context", "text") calls


def kind_label(kind: str) -> str:
    return {
        "enterprise": translate("ImportWizard", "Enterprise register (objects to check)"),
        "inspector": translate("ImportWizard", "Inspector register"),
        "avoidance": translate("ImportWizard", "Avoidance list"),
        "institution": translate("ImportWizard", "Third-party institutions"),
    }.get(kind, kind)


def operating_label(kind: str) -> str:
    """What a register version's "operating" count means for its kind ("" where it means nothing)."""
    return {
        "enterprise": translate("ImportWizard", "Operating"),
        "inspector": translate("ImportWizard", "Eligible for matching"),
    }.get(kind, "")


def severity_label(severity: str) -> str:
    """The error report's own words for what happened to a row (app.registers.report)."""
    return SEVERITY_ZH.get(severity, severity)


def issue_color(severity: str) -> QColor | None:
    if severity in ("rejected", "conflict"):
        return QColor("#a3160b")
    if severity == "flagged":
        return QColor("#8d5b00")
    return None


def issue_columns(field: Callable[[Any, str], Any]) -> list[Column]:
    """The columns of a table of import remarks; field(issue, name) reads one field of an issue."""
    return [
        Column(translate("IssueColumns", "Sheet"), lambda i: field(i, "sheet")),
        Column(translate("IssueColumns", "Row"), lambda i: field(i, "row"), numeric=True),
        Column(translate("IssueColumns", "Column"), lambda i: field(i, "column")),
        Column(translate("IssueColumns", "Value"), lambda i: field(i, "value")),
        Column(translate("IssueColumns", "Reason"), lambda i: field(i, "reason")),
        Column(translate("IssueColumns", "Outcome"), lambda i: severity_label(field(i, "severity"))),
    ]


ISSUE_TEXT_COLUMNS = (0, 1, 2, 3, 5)     # every column of issue_columns but the reason, which stretches


def issue_filters(*, serious_first: bool) -> tuple[QComboBox, QLineEdit, QPushButton]:
    """The widgets above a table of remarks: which outcomes (the combo's data: "" or comma-separated
    severities), a search box and the “Save error report…” button (the caller connects it)."""
    severity = QComboBox()
    choices = [(translate("IssueColumns", "All remarks"), ""),
               (translate("IssueColumns", "Rejected and flagged"), SERIOUS)]
    for text, data in (choices[::-1] if serious_first else choices):
        severity.addItem(text, data)
    for s in ISSUE_SEVERITIES:
        severity.addItem(severity_label(s), s)
    search = QLineEdit()
    search.setPlaceholderText(translate("IssueColumns", "Search reason, value, column, sheet"))
    search.setClearButtonEnabled(True)
    report = QPushButton(translate("IssueColumns", "Save error report…"))
    return severity, search, report
