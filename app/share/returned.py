"""The teams the districts returned, as the city's result entry, review and progress read them.

A district's teams live in the city database only in its newest "share.return.import" audit entry (the
entry is the record: chained, so a direct edit is found by `db check`); they are not copied into the
city's Match tables, which hold the city's own match. Where both exist for an inspection, the
district's return wins: the district, not the city, sent those inspectors.
"""
from __future__ import annotations

import json

from app.audit.models import AuditEntry
from app.draw.models import Draw

IMPORT_ACTION = "share.return.import"     # app.share.returns_layout.IMPORT_ACTION (kept import-free)
LEADER, MEMBER = "组长", "组员"


def _payload(entry: AuditEntry) -> dict:
    return entry.payload if isinstance(entry.payload, dict) else json.loads(entry.payload)


def latest_returns(draw: Draw) -> dict[str, tuple[AuditEntry, dict]]:
    """{district: (entry, payload)} of the newest imported return of each district of `draw`."""
    out: dict[str, tuple[AuditEntry, dict]] = {}
    for entry in AuditEntry.select().where(AuditEntry.action == IMPORT_ACTION).order_by(AuditEntry.id):
        payload = _payload(entry)
        if payload.get("draw_no") == draw.draw_no:
            out[str(payload.get("district"))] = (entry, payload)
    return out


def returned_draw_numbers() -> set[int]:
    """The draws of this database with at least one imported district return (they have teams and results
    even where the city never matched them itself)."""
    return {int(_payload(e).get("draw_no") or 0)
            for e in AuditEntry.select().where(AuditEntry.action == IMPORT_ACTION)}


def returned_teams(draw: Draw) -> dict[str, list[tuple[str, str, str]]]:
    """{key: [(cert_no, name, role)]}, leader first, of every inspection a district returned."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for _entry, payload in latest_returns(draw).values():
        names = payload.get("names") or {}
        for key, team in (payload.get("teams") or {}).items():
            out[key] = [(cert, names.get(cert, ""), LEADER if i == 0 else MEMBER) for i, cert in enumerate(team)]
    return out


def returned_changes(draw: Draw) -> dict[str, set[str]]:
    """{key: certs moved by the district's replacements} (a replaced inspector may still sign a result)."""
    out: dict[str, set[str]] = {}
    for _entry, payload in latest_returns(draw).values():
        for change in payload.get("replacements") or []:
            out.setdefault(change.get("key", ""), set()).update(c for c in (change.get("in"), change.get("out")) if c)
    return out
