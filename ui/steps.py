"""The workflow steps as the clerk sees them: titles, what each does, status words.

Keys and order come from app.workflow.STEP_KEYS; only the words live here.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app import workflow


def step_title(key: str) -> str:
    titles = {
        "registers": QCoreApplication.translate("Steps", "Registers"),
        "receive": QCoreApplication.translate("Steps", "Received lists"),
        "plan": QCoreApplication.translate("Steps", "Plan"),
        "draw": QCoreApplication.translate("Steps", "Random draw"),
        "match": QCoreApplication.translate("Steps", "Match inspectors"),
        "documents": QCoreApplication.translate("Steps", "Print documents"),
        "packages": QCoreApplication.translate("Steps", "Send out and collect"),
        "publication": QCoreApplication.translate("Steps", "Publish results"),
    }
    return titles[key]


def step_description(key: str, visible: list[str] | None = None) -> str:
    """What the step does; `visible` (app.workflow.visible_keys) tells a district copy, whose match
    starts from the share file the city sends instead of its own draw."""
    if key == "match" and _district(visible):
        return QCoreApplication.translate(
            "Steps", "The city bureau draws the enterprises; this district bureau receives its share file (the "
            "public draw record and the district's inspections) from the city. Assign your own inspectors to "
            "every enterprise of the share at random, respecting the units, the avoidance list and the team "
            "size; record later replacements with their reason and approver.")
    texts = {
        "registers": QCoreApplication.translate(
            "Steps", "Import the object register (enterprises with their district and status), the inspector "
            "register, the avoidance list and the third-party institutions from Excel or CSV files. Every import "
            "is checked row by row and kept as a new, unchangeable version."),
        "receive": QCoreApplication.translate(
            "Steps", "Import the share file the city bureau sent for this district: the public draw record and "
            "the district's inspections, checked against the record before anything is written."),
        "plan": QCoreApplication.translate(
            "Steps", "Set up the plan: its document number, period and deadlines, and its tasks — which register, "
            "which filter, what ratio and which check items. A plan is frozen once its draw is committed."),
        "draw": QCoreApplication.translate(
            "Steps", "Commit the draw (the frames and quotas are fixed and their hash is printed for the witnesses), "
            "then enter the witnesses' numbers to form the public seed and draw the enterprises to inspect."),
        "match": QCoreApplication.translate(
            "Steps", "Assign inspectors to every drawn enterprise at random, respecting the units, the avoidance "
            "list and the team size; record later replacements with their reason and approver."),
        "documents": QCoreApplication.translate(
            "Steps", "Print the inspection notices, result forms, envelope labels, task lists and the draw and match "
            "records as PDF, per district or for single enterprises."),
        "packages": QCoreApplication.translate(
            "Steps", "Send each district its work package and collect the filled-in results back."),
        "publication": QCoreApplication.translate(
            "Steps", "Export the approved results for publication in the national enterprise credit information "
            "system within 20 working days of each check, follow up the problems found, and see the campaign's "
            "statistics."),
    }
    return texts[key]


def status_text(status: str) -> str:
    texts = {
        workflow.DONE: QCoreApplication.translate("Steps", "Done"),
        workflow.ACTIVE: QCoreApplication.translate("Steps", "In progress"),
        workflow.READY: QCoreApplication.translate("Steps", "Ready to start"),
        workflow.BLOCKED: QCoreApplication.translate("Steps", "Finish the earlier step first"),
        workflow.LATER: QCoreApplication.translate("Steps", "In a later version"),
    }
    return texts.get(status, status)


def _district(visible: list[str] | None) -> bool:
    # A district copy is one whose step list leaves out the draw (app.workflow.CITY_ONLY_STEPS).
    return visible is not None and "draw" not in visible


def requirement_text(key: str, visible: list[str] | None = None) -> str:
    """Why a step is disabled: what the clerk must do first, naming the step by the number shown in
    the step list (`visible`: app.workflow.visible_keys; None: every step shown)."""
    keys = list(visible) if visible is not None else list(workflow.STEP_KEYS)

    def number(step: str) -> str:
        return str(keys.index(step) + 1) if step in keys else "?"

    if key in ("match", "documents") and _district(visible):
        return QCoreApplication.translate(
            "Steps", "Import the share file the city bureau sent for this district first (step %1).") \
            .replace("%1", number("receive"))
    texts = {
        "plan": QCoreApplication.translate("Steps", "Import an enterprise register first (step %1).")
        .replace("%1", number("registers")),
        "draw": QCoreApplication.translate("Steps", "Create or choose a plan first (step %1).")
        .replace("%1", number("plan")),
        "match": QCoreApplication.translate("Steps", "Run the draw of this plan first (step %1).")
        .replace("%1", number("draw")),
        "documents": QCoreApplication.translate("Steps", "Run the draw of this plan first (step %1).")
        .replace("%1", number("draw")),
        "packages": QCoreApplication.translate("Steps", "Match the inspectors of this plan first (step %1).")
        .replace("%1", number("match")),
        "publication": QCoreApplication.translate(
            "Steps", "Approve at least one inspection result first (step %1, result entry and review).")
        .replace("%1", number("packages")),
    }
    return texts.get(key, "")
