"""The draw and match tables: their column sets, and the display texts added to the core's rows.

The rows come from app/draw/queries and app/match/queries as plain dicts; the
columns here say how each is shown (ui/widgets/tables.py holds the model and
the view). Texts that depend on the display language — a status, "fixed 5",
"2 of 3", "none available" — are added here, never in the core.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.draw import explain
from ui.widgets.tables import Column


def item_text(item: Any) -> str:
    """A check item as the clerk reads it: its name, and the year for a conditional item."""
    if isinstance(item, dict):
        name = str(item.get("item") or item.get("name") or "")
        year = item.get("year") or item.get("latest_filed_year")
        return f"{name}（{year}）" if year else name
    return str(item)


def join(values, sep: str = "、") -> str:
    if not values:
        return ""
    if isinstance(values, str):
        return values
    return sep.join(item_text(v) for v in values)


# ---- the column sets ---------------------------------------------------------

def draw_columns() -> list[Column]:
    status = {"committed": QCoreApplication.translate("DrawModels", "Committed"),
              "drawn": QCoreApplication.translate("DrawModels", "Drawn"),
              "void": QCoreApplication.translate("DrawModels", "Void")}
    return [
        Column(QCoreApplication.translate("DrawModels", "No."), lambda r: r["draw_no"], numeric=True),
        Column(QCoreApplication.translate("DrawModels", "Status"), lambda r: status.get(r["status"], r["status"])),
        Column(QCoreApplication.translate("DrawModels", "Commitment"), lambda r: r.get("commitment") or "", mono=True),
        Column(QCoreApplication.translate("DrawModels", "Seed"), lambda r: r.get("seed") or "", mono=True),
        Column(QCoreApplication.translate("DrawModels", "Committed at"), lambda r: r.get("committed_at") or ""),
        Column(QCoreApplication.translate("DrawModels", "Drawn at"), lambda r: r.get("drawn_at") or ""),
        Column(QCoreApplication.translate("DrawModels", "Void reason"), lambda r: r.get("void_reason") or ""),
    ]


def strata_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("DrawModels", "Task"), lambda r: r["code"]),
        Column(QCoreApplication.translate("DrawModels", "Task name"), lambda r: r.get("name", "")),
        Column(QCoreApplication.translate("DrawModels", "Register"), lambda r: r.get("register", "")),
        Column(QCoreApplication.translate("DrawModels", "Ratio"),
               lambda r: r.get("ratio_shown") or ratio_label(r.get("ratio"))),
        Column(QCoreApplication.translate("DrawModels", "Stratum"), lambda r: r["stratum"]),
        Column(QCoreApplication.translate("DrawModels", "Frame size"), lambda r: r["size"], numeric=True),
        Column(QCoreApplication.translate("DrawModels", "Quota"), lambda r: r["quota"], numeric=True),
        Column(QCoreApplication.translate("DrawModels", "How the quota is worked out"), lambda r: r.get("working", "")),
        Column(QCoreApplication.translate("DrawModels", "Alternates"), lambda r: r.get("alternates", ""), numeric=True),
    ]


def selected_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("DrawModels", "Task"), lambda r: r["task"]),
        Column(QCoreApplication.translate("DrawModels", "Stratum"), lambda r: r["stratum"]),
        Column(QCoreApplication.translate("DrawModels", "Order"), lambda r: r["order"], numeric=True),
        Column(QCoreApplication.translate("DrawModels", "Credit code"), lambda r: r["key"], mono=True),
        Column(QCoreApplication.translate("DrawModels", "Name"), lambda r: r.get("name", "")),
        Column(QCoreApplication.translate("DrawModels", "Ticket"), lambda r: r["ticket"], mono=True),
    ]


def inspection_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("DrawModels", "Credit code"), lambda r: r["key"], mono=True),
        Column(QCoreApplication.translate("DrawModels", "Name"), lambda r: r.get("name", "")),
        Column(QCoreApplication.translate("DrawModels", "District"), lambda r: r.get("district", "")),
        Column(QCoreApplication.translate("DrawModels", "Tasks"), lambda r: join(r.get("tasks"))),
        Column(QCoreApplication.translate("DrawModels", "Check items"), lambda r: join(r.get("items"), "；")),
        Column(QCoreApplication.translate("DrawModels", "Ticket"), lambda r: r.get("ticket", ""), mono=True),
        Column(QCoreApplication.translate("DrawModels", "Rank"), lambda r: r.get("rank", ""), numeric=True),
        Column(QCoreApplication.translate("DrawModels", "Source"), lambda r: r.get("source_text", "")),
    ]


def alternate_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("DrawModels", "Task"), lambda r: r["task"]),
        Column(QCoreApplication.translate("DrawModels", "Stratum"), lambda r: r["stratum"]),
        Column(QCoreApplication.translate("DrawModels", "Rank"), lambda r: r["rank"], numeric=True),
        Column(QCoreApplication.translate("DrawModels", "Credit code"), lambda r: r["key"], mono=True),
        Column(QCoreApplication.translate("DrawModels", "Name"), lambda r: r.get("name", "")),
        Column(QCoreApplication.translate("DrawModels", "Ticket"), lambda r: r["ticket"], mono=True),
        Column(QCoreApplication.translate("DrawModels", "Used for"), lambda r: r.get("used_for", "")),
        Column(QCoreApplication.translate("DrawModels", "Reason"), lambda r: r.get("used_reason", "")),
    ]


def pool_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("DrawModels", "Pool"), lambda r: r.get("district", "")),
        Column(QCoreApplication.translate("DrawModels", "Eligible inspectors"), lambda r: r.get("eligible", ""),
               numeric=True),
        Column(QCoreApplication.translate("DrawModels", "Inspections"), lambda r: r.get("inspections", ""),
               numeric=True),
        Column(QCoreApplication.translate("DrawModels", "Load cap"), lambda r: r.get("cap", ""), numeric=True),
        Column(QCoreApplication.translate("DrawModels", "Cap raised from"), lambda r: r.get("raised_from", "")),
    ]


def excluded_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("DrawModels", "Certificate no."), lambda r: r.get("cert_no", ""), mono=True),
        Column(QCoreApplication.translate("DrawModels", "Name"), lambda r: r.get("name", "")),
        Column(QCoreApplication.translate("DrawModels", "Pool"), lambda r: r.get("district", "")),
        Column(QCoreApplication.translate("DrawModels", "Reason"), lambda r: r.get("reason", "")),
    ]


def team_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("DrawModels", "Credit code"), lambda r: r["key"], mono=True),
        Column(QCoreApplication.translate("DrawModels", "Enterprise"), lambda r: r.get("name", "")),
        Column(QCoreApplication.translate("DrawModels", "District"), lambda r: r.get("district", "")),
        Column(QCoreApplication.translate("DrawModels", "Leader"), lambda r: r.get("leader_text", "")),
        Column(QCoreApplication.translate("DrawModels", "Members"), lambda r: r.get("members_text", "")),
        Column(QCoreApplication.translate("DrawModels", "Institution"), lambda r: r.get("institution", "")),
        Column(QCoreApplication.translate("DrawModels", "Short"), lambda r: r.get("short_text", "")),
    ]


def load_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("DrawModels", "Certificate no."), lambda r: r["cert_no"], mono=True),
        Column(QCoreApplication.translate("DrawModels", "Name"), lambda r: r.get("name", "")),
        Column(QCoreApplication.translate("DrawModels", "Pool"), lambda r: r.get("district", "")),
        Column(QCoreApplication.translate("DrawModels", "Inspections"), lambda r: r.get("load", 0), numeric=True),
    ]


def short_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("DrawModels", "Credit code"), lambda r: r["key"], mono=True),
        Column(QCoreApplication.translate("DrawModels", "Enterprise"), lambda r: r.get("name", "")),
        Column(QCoreApplication.translate("DrawModels", "District"), lambda r: r.get("district", "")),
        Column(QCoreApplication.translate("DrawModels", "Assigned"), lambda r: r.get("assigned_text", "")),
        Column(QCoreApplication.translate("DrawModels", "Needed"), lambda r: r.get("needed", ""), numeric=True),
        Column(QCoreApplication.translate("DrawModels", "Resolved"), lambda r: r.get("resolved_text", "")),
    ]


def replacement_columns() -> list[Column]:
    kinds = {"replacement": QCoreApplication.translate("DrawModels", "Replacement"),
             "short-resolution": QCoreApplication.translate("DrawModels", "Short resolved"),
             "alternate": QCoreApplication.translate("DrawModels", "Alternate used")}
    return [
        Column(QCoreApplication.translate("DrawModels", "Kind"),
               lambda r: kinds.get(r.get("kind", "replacement"), r.get("kind", ""))),
        Column(QCoreApplication.translate("DrawModels", "Credit code"), lambda r: r["key"], mono=True),
        Column(QCoreApplication.translate("DrawModels", "Out"), lambda r: r.get("out_text", "")),
        Column(QCoreApplication.translate("DrawModels", "In"), lambda r: r.get("in_text", "")),
        Column(QCoreApplication.translate("DrawModels", "Reason"), lambda r: r.get("reason", "")),
        Column(QCoreApplication.translate("DrawModels", "Approver"), lambda r: r.get("approver", "")),
        Column(QCoreApplication.translate("DrawModels", "Recorded by"), lambda r: r.get("by", "")),
        Column(QCoreApplication.translate("DrawModels", "When"), lambda r: r.get("at", "")),
    ]


def check_label(name: str) -> str:
    """The verifier's check code as the clerk reads it (the code itself is in the record's specification only)."""
    labels = {
        "spec": QCoreApplication.translate("DrawModels", "Specification"),
        "commitment": QCoreApplication.translate("DrawModels", "Commitment"),
        "witnesses": QCoreApplication.translate("DrawModels", "Witnesses"),
        "seed": QCoreApplication.translate("DrawModels", "Seed"),
        "mseed": QCoreApplication.translate("DrawModels", "Match seed"),
        "quotas": QCoreApplication.translate("DrawModels", "Quotas"),
        "tickets": QCoreApplication.translate("DrawModels", "Tickets"),
        "selection": QCoreApplication.translate("DrawModels", "Selection"),
        "merge": QCoreApplication.translate("DrawModels", "Merge"),
        "frames": QCoreApplication.translate("DrawModels", "Frame files"),
        "draw_record": QCoreApplication.translate("DrawModels", "Draw record"),
        "roster": QCoreApplication.translate("DrawModels", "Roster"),
        "avoidance": QCoreApplication.translate("DrawModels", "Avoidance list"),
        "pools": QCoreApplication.translate("DrawModels", "Pools"),
        "teams": QCoreApplication.translate("DrawModels", "Teams"),
        "replacements": QCoreApplication.translate("DrawModels", "Replacements"),
        "institutions": QCoreApplication.translate("DrawModels", "Institutions"),
        "format": QCoreApplication.translate("DrawModels", "Format"),
    }
    return labels.get(name) or QCoreApplication.translate("DrawModels", "Other check")


def check_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("DrawModels", "Result"), lambda r: "✓" if r["ok"] else "✗"),
        Column(QCoreApplication.translate("DrawModels", "Check"), lambda r: check_label(r.get("name", ""))),
        Column(QCoreApplication.translate("DrawModels", "Message"), lambda r: r.get("message", "")),
    ]


def check_colour(row: dict) -> QColor:
    return QColor("#1b7f3b") if row.get("ok") else QColor("#b3261e")


# ---- display texts added to the core's rows ---------------------------------------

def ratio_label(ratio, written: str | None = None) -> str:
    """A task's ratio as the clerk reads it: as the plan wrote it ("20%", not the specification's "1/5"),
    "n=5" as "fixed 5"."""
    if ratio is None:
        return ""
    text = str(ratio)
    if text.startswith("n="):
        return QCoreApplication.translate("DrawModels", "fixed %1").replace("%1", text[2:])
    return explain.shown_ratio(text, written)


def strata_rows(rows: list[dict], written: dict[str, str] | None = None) -> list[dict]:
    """Strata rows in the settings' district order, each with its ratio as written ("ratio_shown") and how
    its quota comes from the frame size ("working": "209 × 20% = 41.8，向上取整为 42")."""
    written = written or {}
    out = []
    for r in explain.in_district_order(rows):
        ratio, said = r.get("ratio"), written.get(str(r.get("code", "")))
        working = explain.quota_sentence(int(r["size"]), str(ratio), said) \
            if ratio and str(r.get("size", "")).isdigit() else ""
        out.append(dict(r, ratio_shown=ratio_label(ratio, said), working=working))
    return out


def in_district_order(names) -> list[str]:
    """District names (a filter's choices) in the settings' order, not by character."""
    return [r["stratum"] for r in explain.in_district_order([{"stratum": n} for n in dict.fromkeys(names)])]


def drawn_view_rows(views: dict, *, in_place: bool = False) -> dict:
    """app.draw.queries.drawn_views with each inspection's source and rank as texts.

    in_place: the texts are added to the given rows (a background read's own rows): copying 200,000 dicts
    and then freeing the originals in one go would hold the interpreter lock for a tenth of a second."""
    source_text = {"selected": QCoreApplication.translate("DrawModels", "Drawn"),
                   "alternate": QCoreApplication.translate("DrawModels", "Alternate")}
    inspections = []
    for i in views.get("inspections") or []:
        text = source_text.get(i.get("source"), i.get("source"))
        if not i.get("active", True):
            text = QCoreApplication.translate("DrawModels", "Replaced by an alternate")
        alternate = QCoreApplication.translate("DrawModels", "%1 alternate %2")
        parts = [alternate.replace("%1", p[1]).replace("%2", str(p[2])) if p[0] == "alternate" else p[1]
                 for p in i.get("rank_parts") or []]
        if in_place:
            i["source_text"], i["rank"] = text, "、".join(parts)
            inspections.append(i)
        else:
            inspections.append(dict(i, source_text=text, rank="、".join(parts)))
    return dict(views, inspections=inspections)


def _institution_text(entries) -> str:
    if not entries:
        return ""
    if isinstance(entries, dict):
        entries = [entries]
    parts = []
    for e in entries:
        if isinstance(e, dict):
            who = e.get("name") or e.get("key") or QCoreApplication.translate("DrawModels", "none available")
            parts.append(f"{e.get('service', '')}：{who}" if e.get("service") else who)
        else:
            parts.append(str(e))
    return "；".join(parts)


def match_view_rows(views: dict, *, in_place: bool = False) -> dict:
    """app.match.queries.match_views with the institution, "2 of 3" and resolved texts (in_place: added to
    the given team rows, as drawn_view_rows)."""
    of = QCoreApplication.translate("DrawModels", "%1 of %2")
    teams = []
    for r in views.get("teams") or []:
        texts = {"institution": _institution_text(r.get("institutions")),
                 "short_text": of.replace("%1", str(len(r["members"]))).replace("%2", str(r["needed"]))
                 if r.get("short") else ""}
        if in_place:
            r.update(texts)
            teams.append(r)
        else:
            teams.append(dict(r, **texts))
    shorts = [dict(r, resolved_text=QCoreApplication.translate("DrawModels", "No") if r["open"]
                   else QCoreApplication.translate("DrawModels", "Yes"))
              for r in views.get("shorts") or []]
    return dict(views, teams=teams, shorts=shorts)


def void_colour(row: dict) -> QColor | None:
    """A void draw is listed in grey."""
    return QColor("#8a8a8a") if row.get("status") == "void" else None
