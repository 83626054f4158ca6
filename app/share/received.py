"""What a district database keeps of a share it imported, shared by the importer and `db check`.

A received draw has no frames and no draw.commit/draw.run entries of its own: its proof is the
"share.import" audit entry (city database_id and draw number, this database's draw number, the
district, the record's SHA-256, the alternates the city had used, and a digest of the inspection
rows as imported). The plan's options repeat the identity under RECEIVED for display and look-up.
"""
from __future__ import annotations

from app.draw import spec

ACTION = "share.import"
RECEIVED = "received_share"
ROW_FIELDS = ("key", "name", "district", "tasks", "items", "conditions")


def row_dict(row) -> dict:
    """One inspection as share.json lists it (from an Inspection row or a share.json entry)."""
    get = (lambda k: row.get(k)) if isinstance(row, dict) else (lambda k: getattr(row, k))
    return {"key": str(get("key")), "name": get("name"), "district": get("district"),
            "tasks": list(get("tasks") or []), "items": list(get("items") or []),
            "conditions": list(get("conditions") or [])}


def inspections_digest(rows) -> str:
    """H(canonical JSON) of the inspections in key order: logged at import, re-derived by the check."""
    return spec.H(spec.canonical_json(sorted((row_dict(r) for r in rows), key=lambda r: r["key"])))


def drawn_marks(record: dict, alternates_used: list) -> dict[str, dict]:
    """{key: {tickets, ranks, source}} as the record and the alternates used give them (a key drawn in
    several tasks has a ticket of each; an alternate has its ticket and rank in the task it came in for)."""
    out: dict[str, dict] = {}
    for t in record["tasks"]:
        for s in t["selected"]:
            out.setdefault(s["key"], {"tickets": {}, "ranks": {}, "source": "selected"})["tickets"][t["code"]] = \
                s["ticket"]
    alt_tickets = {(t["code"], a["key"]): a["ticket"] for t in record["tasks"] for a in t["alternates"]}
    for use in alternates_used:
        entry = out.setdefault(use["in_key"], {"tickets": {}, "ranks": {}, "source": "alternate"})
        entry["source"] = "alternate"
        entry["tickets"][use["task"]] = alt_tickets.get((use["task"], use["in_key"]), "")
        entry["ranks"][use["task"]] = use["rank"]
    return out
