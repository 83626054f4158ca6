"""The match's writes: one function per user action, each one core call in an Operation.

As in ui/operations/draw.py, each function returns the Operation unstarted:

    match_ops.replace_inspector(self, ctx, draw_no, key, cert, reason, approver).success(done).run()
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.campaign import outputs
from app.match import service as match_service
from app.match.queries import current_match
from ui.changes import Changes
from ui.context import AppContext
from ui.operations import Operation

# What a change of teams changes: the match screen and the documents (inspection sheets name the team).
TEAMS = Changes(match=True, documents=True)


def commit_match(parent: QWidget | None, ctx: AppContext, draw_no: int, team_size: int, match_date: str) -> Operation:
    """Freeze roster, avoidance list and team size and publish the match commitment; the result is the match id."""
    def work(progress, cancel):
        return match_service.commit_match(draw_no, team_size=team_size, match_date=match_date).id
    return Operation(parent, ctx, work,
                     title=QCoreApplication.translate("MatchOperations", "Committing the match…"),
                     changes=Changes(match=True),
                     cancellable=True)


def run_match(parent: QWidget | None, ctx: AppContext, draw_no: int, witnesses: list[dict]) -> Operation:
    """The witnessed match itself, exactly once; the result is the match id."""
    def work(progress, cancel):
        return match_service.run_match(draw_no, witnesses, progress=progress, cancel=cancel).id
    return Operation(parent, ctx, work,
                     title=QCoreApplication.translate("MatchOperations", "Matching…"),
                     changes=TEAMS, cancellable=True)


def void_match(parent: QWidget | None, ctx: AppContext, draw_no: int, reason: str) -> Operation:
    """Abandon a committed match that has not run; it stays on record."""
    def work(progress, cancel):
        return match_service.void_match(draw_no, reason)
    return Operation(parent, ctx, work,
                     title=QCoreApplication.translate("MatchOperations", "Voiding the commitment…"),
                     changes=Changes(match=True))


def replace_inspector(parent: QWidget | None, ctx: AppContext, draw_no: int, key: str, out_cert: str, reason: str,
                      approver: str) -> Operation:
    """The rule chooses who comes in; the result is the change dict ({"in": cert, …})."""
    def work(progress, cancel):
        return match_service.replace_inspector(draw_no, key, out_cert, reason, approver)
    return Operation(parent, ctx, work,
                     title=QCoreApplication.translate("MatchOperations", "Replacing the inspector…"),
                     changes=TEAMS)


def replace_all(parent: QWidget | None, ctx: AppContext, draw_no: int, out_cert: str, reason: str,
                approver: str) -> Operation:
    """The inspector out of every unstarted team, one recorded action; the result is replace_all's dict
    ({"changes": [{key, name, in, …}], "skipped": [{key, name}], "revision"})."""
    def work(progress, cancel):
        return match_service.replace_all(draw_no, out_cert, reason, approver)
    return Operation(parent, ctx, work,
                     title=QCoreApplication.translate("MatchOperations", "Replacing the inspector in all unstarted "
                                                                         "inspections…"),
                     changes=TEAMS)


def resolve_short(parent: QWidget | None, ctx: AppContext, draw_no: int, key: str, cert: str, reason: str,
                  approver: str) -> Operation:
    """A recorded decision naming an inspector from another pool for a short inspection."""
    def work(progress, cancel):
        return match_service.resolve_short(draw_no, key, cert, reason, approver)
    return Operation(parent, ctx, work,
                     title=QCoreApplication.translate("MatchOperations", "Recording the decision…"),
                     changes=TEAMS)


def write_match_commitment(parent: QWidget | None, ctx: AppContext, draw_no: int, folder: str) -> Operation:
    """roster.txt, avoid.txt and the printed match commitment in `folder`; the result is {name: path}."""
    def work(progress, cancel):
        return outputs.write_match_commit_outputs(current_match(draw_no), Path(folder))
    return Operation(parent, ctx, work,
                     title=QCoreApplication.translate("MatchOperations", "Writing the match commitment…"),
                     changes=Changes())


def write_match_record(parent: QWidget | None, ctx: AppContext, draw_no: int, folder: str) -> Operation:
    """match-record.json, roster.txt, avoid.txt and the printed match record in `folder`."""
    def work(progress, cancel):
        return outputs.save_match_outputs(draw_no, Path(folder))
    # match: the save is logged, and the match screen says which revision is saved
    return Operation(parent, ctx, work,
                     title=QCoreApplication.translate("MatchOperations", "Writing the match record…"),
                     changes=Changes(match=True), cancellable=True)
