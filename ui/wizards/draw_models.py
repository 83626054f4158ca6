"""Table models of the draw and match screens and wizards.

Every table here is a QAbstractTableModel over a list of plain dicts (rows read
from the records the draw and match services froze), so a list of 100,000
inspections costs one Python list, never a widget per row. Columns are
declared once: a header, a function row -> value, and whether the value is a
digest shown in a monospaced face.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase


def mono_font(point_scale: float = 1.0) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if point_scale != 1.0 and font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * point_scale)
    return font


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


@dataclass
class Column:
    header: str
    value: Callable[[dict], Any]
    mono: bool = False
    numeric: bool = False


class RecordTableModel(QAbstractTableModel):
    """Rows are dicts; columns say how to show them. Read-only."""

    def __init__(self, columns: Sequence[Column], rows: Sequence[dict] = (), parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[dict] = list(rows)
        self._mono = mono_font()
        self.row_colour: Callable[[dict], QColor | None] | None = None

    # -- data ----------------------------------------------------------
    def set_rows(self, rows: Sequence[dict]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[dict]:
        return self._rows

    def row(self, index: int) -> dict | None:
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt names
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def _value(self, row: dict, column: Column):
        try:
            return column.value(row)
        except (KeyError, TypeError, AttributeError, IndexError):
            return ""

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self._value(row, column)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.UserRole:          # the sort key
            value = self._value(row, column)
            if column.numeric:
                try:
                    return float(value)
                except (TypeError, ValueError):
                    return -1.0
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.FontRole and column.mono:
            return self._mono
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self.row_colour is not None:
            return self.row_colour(row)
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None


class FilterProxy(QSortFilterProxyModel):
    """Sorting on the UserRole key, and filtering on equal values of chosen row fields."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(Qt.ItemDataRole.UserRole)
        self._equal: dict[str, Any] = {}
        self._text = ""

    def set_equal(self, field: str, value) -> None:
        if value in (None, ""):
            self._equal.pop(field, None)
        else:
            self._equal[field] = value
        self._refilter()

    def set_text(self, text: str) -> None:
        self._text = (text or "").strip().lower()
        self._refilter()

    def _refilter(self) -> None:
        if hasattr(self, "beginFilterChange"):       # Qt 6.9+: invalidateFilter() is deprecated
            self.beginFilterChange()
            self.endFilterChange()
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802
        model = self.sourceModel()
        row = model.row(source_row) if isinstance(model, RecordTableModel) else None
        if row is None:
            return True
        for field, value in self._equal.items():
            have = row.get(field)
            if isinstance(have, (list, tuple)):
                if value not in have:
                    return False
            elif have != value:
                return False
        if self._text:
            hay = " ".join(str(row.get(k, "")) for k in ("key", "name", "district", "stratum", "leader_name"))
            if self._text not in hay.lower():
                return False
        return True


# ---- the column sets ---------------------------------------------------------

def draw_columns() -> list[Column]:
    status = {"committed": QCoreApplication.translate("DrawModels", "Committed"), "drawn": QCoreApplication.translate("DrawModels", "Drawn"), "void": QCoreApplication.translate("DrawModels", "Void")}
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
        Column(QCoreApplication.translate("DrawModels", "Ratio"), lambda r: r.get("ratio", "")),
        Column(QCoreApplication.translate("DrawModels", "Stratum"), lambda r: r["stratum"]),
        Column(QCoreApplication.translate("DrawModels", "Frame size"), lambda r: r["size"], numeric=True),
        Column(QCoreApplication.translate("DrawModels", "Quota"), lambda r: r["quota"], numeric=True),
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
        Column(QCoreApplication.translate("DrawModels", "Eligible inspectors"), lambda r: r.get("eligible", ""), numeric=True),
        Column(QCoreApplication.translate("DrawModels", "Inspections"), lambda r: r.get("inspections", ""), numeric=True),
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
        Column(QCoreApplication.translate("DrawModels", "Kind"), lambda r: kinds.get(r.get("kind", "replacement"), r.get("kind", ""))),
        Column(QCoreApplication.translate("DrawModels", "Credit code"), lambda r: r["key"], mono=True),
        Column(QCoreApplication.translate("DrawModels", "Out"), lambda r: r.get("out_text", "")),
        Column(QCoreApplication.translate("DrawModels", "In"), lambda r: r.get("in_text", "")),
        Column(QCoreApplication.translate("DrawModels", "Reason"), lambda r: r.get("reason", "")),
        Column(QCoreApplication.translate("DrawModels", "Approver"), lambda r: r.get("approver", "")),
        Column(QCoreApplication.translate("DrawModels", "Recorded by"), lambda r: r.get("by", "")),
        Column(QCoreApplication.translate("DrawModels", "When"), lambda r: r.get("at", "")),
    ]


def check_label(name: str) -> str:
    """The verifier's check code as the clerk reads it (the code stays visible for the public specification)."""
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
    label = labels.get(name)
    return f"{label}（{name}）" if label else name


def check_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("DrawModels", "Result"), lambda r: "✓" if r["ok"] else "✗"),
        Column(QCoreApplication.translate("DrawModels", "Check"), lambda r: check_label(r.get("name", ""))),
        Column(QCoreApplication.translate("DrawModels", "Message"), lambda r: r.get("message", "")),
    ]


def check_colour(row: dict) -> QColor:
    return QColor("#1b7f3b") if row.get("ok") else QColor("#b3261e")


# ---- read-only queries: turning the frozen records into table rows ----------------
# (No rule is decided here: the rows only re-arrange what the services stored.)

def draw_rows(plan_id: int | None) -> list[dict]:
    """The plan's draws, newest first."""
    if plan_id is None:
        return []
    from app.draw.models import Draw
    query = (Draw.select(Draw.draw_no, Draw.status, Draw.commitment, Draw.seed, Draw.committed_at, Draw.drawn_at,
                         Draw.void_reason)                       # not the (large) record
             .where(Draw.plan == plan_id).order_by(Draw.draw_no.desc()))
    return [{"draw_no": d.draw_no, "status": d.status, "commitment": d.commitment, "seed": d.seed,
             "committed_at": d.committed_at, "drawn_at": d.drawn_at, "void_reason": d.void_reason}
            for d in query]


def commit_data_of(draw_no: int) -> dict:
    from app.draw.models import Draw
    row = Draw.select(Draw.commit_data).where(Draw.draw_no == draw_no).first()
    return (row.commit_data if row else None) or {}


def get_draw(draw_no: int):
    from app.draw.models import Draw
    return Draw.get_or_none(Draw.draw_no == draw_no)


def commit_strata_rows(commit_data: dict) -> list[dict]:
    """Tasks x strata (size, quota, alternates) from a commitment's or record's task list."""
    rows = []
    for t in (commit_data or {}).get("tasks") or []:
        strata = t.get("strata") or []
        for s in strata:
            rows.append({"code": t.get("code", ""), "name": t.get("name", ""),
                         "register": _register_text(t), "ratio": ratio_label(t.get("ratio")),
                         "stratum": s.get("stratum", ""), "size": s.get("size", ""),
                         "quota": s.get("quota", ""), "alternates": s.get("alternates", "")})
    return rows


def _register_text(task: dict) -> str:
    name = task.get("register") or ""
    version = task.get("register_version")
    return f"{name} v{version}" if version not in (None, "") else name


def ratio_label(ratio) -> str:
    if ratio is None:
        return ""
    text = str(ratio)
    if text.startswith("n="):
        return QCoreApplication.translate("DrawModels", "fixed %1").replace("%1", text[2:])
    return text


def drawn_views(draw) -> dict[str, list[dict]]:
    """selected / inspections / alternates / strata rows of a drawn draw (empty lists otherwise)."""
    from app.draw.models import AlternateUse, Inspection
    record = draw.record or {}
    tasks = record.get("tasks") or []
    names: dict[str, str] = {}
    selected, alternates = [], []
    for t in tasks:
        order: dict[str, int] = {}
        for s in t.get("selected") or []:
            order[s.get("stratum", "")] = order.get(s.get("stratum", ""), 0) + 1
            names[s["key"]] = s.get("name", "")
            selected.append({"task": t.get("code", ""), "stratum": s.get("stratum", ""),
                             "order": order[s.get("stratum", "")], "key": s["key"], "name": s.get("name", ""),
                             "ticket": s.get("ticket", "")})
        for a in t.get("alternates") or []:
            names.setdefault(a["key"], a.get("name", ""))
            alternates.append({"task": t.get("code", ""), "stratum": a.get("stratum", ""), "rank": a.get("rank", ""),
                               "key": a["key"], "name": a.get("name", ""), "ticket": a.get("ticket", "")})
    uses = list(AlternateUse.select().where(AlternateUse.draw == draw.id))
    used = {(u.task_code, u.in_key): u for u in uses}
    for a in alternates:
        u = used.get((a["task"], a["key"]))
        if u is not None:
            a["used_for"] = f"{u.out_key} {names.get(u.out_key, '')}".strip()
            a["used_reason"] = u.reason
    inspections = []
    source_text = {"selected": QCoreApplication.translate("DrawModels", "Drawn"), "alternate": QCoreApplication.translate("DrawModels", "Alternate")}
    rows = list(Inspection.select(Inspection.key, Inspection.name, Inspection.district, Inspection.tasks,
                                  Inspection.items, Inspection.tickets, Inspection.ranks, Inspection.source,
                                  Inspection.active)
                .where(Inspection.draw == draw.id).order_by(Inspection.district, Inspection.key).namedtuples())
    if rows:
        order = {(s["task"], s["key"]): s["order"] for s in selected}
        for i in rows:
            codes = list(i.tasks or [])
            tickets, ranks = i.tickets or {}, i.ranks or {}
            first = codes[0] if codes else None
            text = source_text.get(i.source, i.source)
            if not i.active:
                text = QCoreApplication.translate("DrawModels", "Replaced by an alternate")
            rank_parts = []
            for c in codes:
                if c in ranks:
                    rank_parts.append(QCoreApplication.translate("DrawModels", "%1 alternate %2").replace("%1", c).replace("%2", str(ranks[c])))
                elif (c, i.key) in order:
                    rank_parts.append(f"{c}:{order[(c, i.key)]}" if len(codes) > 1 else str(order[(c, i.key)]))
            inspections.append({
                "key": i.key, "name": i.name, "district": i.district, "tasks": codes, "items": i.items,
                "ticket": tickets.get(first, "") if first else "",
                "rank": "、".join(rank_parts),
                "source": i.source, "active": i.active, "source_text": text})
    else:
        first_ticket = {}
        for s in selected:
            first_ticket.setdefault(s["key"], (s["ticket"], s["order"]))
        for i in record.get("inspections") or []:
            ticket, rank = first_ticket.get(i.get("key"), ("", ""))
            inspections.append(dict(i, ticket=ticket, rank=rank, active=True, source_text=source_text["selected"]))
    return {"selected": selected, "inspections": inspections, "alternates": alternates,
            "strata": commit_strata_rows(record or draw.commit_data or {}),
            "witnesses": list(record.get("witnesses") or draw.witnesses or [])}


def matches_of_plan(plan_id: int | None) -> list:
    """Matches of the plan's drawn draws, newest first."""
    if plan_id is None:
        return []
    from app.draw.models import Draw
    from app.match.models import Match
    return list(Match.select().join(Draw).where(Draw.plan == plan_id).order_by(Match.id.desc()))


def drawn_draws(plan_id: int | None = None) -> list:
    from app.draw.models import Draw
    query = Draw.select().where(Draw.status == "drawn")
    if plan_id is not None:
        query = query.where(Draw.plan == plan_id)
    return list(query.order_by(Draw.draw_no.desc()))


def current_match(draw_no: int):
    """The draw's newest match that is not void (committed or matched), or None."""
    from app.draw.models import Draw
    from app.match.models import Match
    return (Match.select().join(Draw).where(Draw.draw_no == draw_no, Match.status != "void")
            .order_by(Match.id.desc()).first())


def inspector_directory(match) -> dict[str, dict]:
    """cert_no -> {name, district} of the roster the match froze (eligible and excluded inspectors)."""
    out: dict[str, dict] = {}
    if match is None:
        return out
    data = match.commit_data or {}
    for r in list(data.get("excluded") or []) + list(data.get("roster") or []):
        out[r["cert_no"]] = {"name": r.get("name", ""), "district": r.get("district", "")}
    return out


def person(directory: dict, cert: str | None) -> str:
    if not cert:
        return "—"
    name = (directory.get(cert) or {}).get("name", "")
    return f"{name}（{cert}）" if name else cert


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


def match_views(match) -> dict[str, list[dict]]:
    """teams / loads / shorts / replacements / pools rows of a match (its current state)."""
    from app.match import queries
    from app.match.models import Replacement
    record = match.record or {}
    directory = inspector_directory(match)
    needed = match.team_size
    draw_no = match.draw.draw_no
    teams = queries.active_teams(match) if match.status == "matched" else {}
    institutions = queries.institutions(draw_no) if match.status == "matched" else {}
    open_short = {s["key"] for s in queries.open_short(draw_no)} if match.status == "matched" else set()
    team_rows = []
    # An alternate (替补) used after the match brings a new inspection with its own team.
    alternate_teams = [{"key": alt["in_key"], "name": alt.get("name", ""), "district": alt.get("district", ""),
                        "pool": alt.get("pool", ""), "inspectors": alt.get("team") or []}
                       for alt in record.get("alternates") or [] if alt.get("team") is not None]
    for a in (record.get("assignments") or []) + alternate_teams:
        key = a["key"]
        members = list(teams.get(key, a.get("inspectors") or []))
        leader = members[0] if members else None
        short = key in open_short
        team_rows.append({
            "key": key, "name": a.get("name", ""), "district": a.get("district", ""), "pool": a.get("pool", ""),
            "members": members, "leader": leader, "leader_text": person(directory, leader) if leader else "",
            "leader_name": (directory.get(leader) or {}).get("name", "") if leader else "",
            "members_text": "、".join(person(directory, c) for c in members[1:]),
            "institution": _institution_text(institutions.get(key) or a.get("institution")),
            "short": short, "short_text": QCoreApplication.translate("DrawModels", "%1 of %2").replace("%1", str(len(members))).replace("%2", str(needed))
            if short else ""})
    team_rows.sort(key=lambda r: (r["district"], r["key"]))
    loads = queries.current_loads(match) if match.status == "matched" else {}
    load_rows = [{"cert_no": c, "name": (directory.get(c) or {}).get("name", ""),
                  "district": (directory.get(c) or {}).get("district", ""), "load": n} for c, n in loads.items()]
    load_rows.sort(key=lambda r: (r["district"], r["cert_no"]))
    by_key = {r["key"]: r for r in team_rows}
    short_rows = []
    for s in record.get("short") or []:
        row = by_key.get(s["key"])
        members = row["members"] if row else []
        short_rows.append({"key": s["key"], "name": row["name"] if row else "", "district": s.get("district", ""),
                           "pool": s.get("pool", ""), "members": members,
                           "assigned_text": "、".join(person(directory, c) for c in members) or "—",
                           "needed": s.get("needed", needed), "open": s["key"] in open_short,
                           "resolved_text": QCoreApplication.translate("DrawModels", "No") if s["key"] in open_short else QCoreApplication.translate("DrawModels", "Yes")})
    actors = _change_actors(match)
    replacement_rows = [{"kind": r.kind, "key": r.key, "out": r.out_cert, "in": r.in_cert,
                         "out_text": person(directory, r.out_cert) if r.out_cert else "—",
                         "in_text": person(directory, r.in_cert), "reason": r.reason, "approver": r.approver,
                         "at": r.at, "by": actors.get((r.key, r.in_cert, r.at), "")}
                        for r in Replacement.select().where(Replacement.match == match.id).order_by(Replacement.id)]
    for alt in record.get("alternates") or []:
        replacement_rows.append({
            "kind": "alternate", "key": alt["in_key"], "out": alt.get("out_key"), "in": alt.get("in_key"),
            "out_text": alt.get("out_key", ""),
            "in_text": "、".join(person(directory, c) for c in (alt.get("team") or [])) or alt.get("in_key", ""),
            "reason": alt.get("reason", ""), "approver": alt.get("approver", ""), "at": alt.get("at", ""),
            "by": ""})
    return {"teams": team_rows, "loads": load_rows, "shorts": short_rows, "replacements": replacement_rows,
            "pools": pool_rows(record.get("pools") or (match.commit_data or {}).get("pools") or [])}


def match_screen_data(draw_no: int) -> dict:
    """Everything the match screen shows of a draw's current match (read on the worker thread)."""
    match = current_match(draw_no)
    if match is None:
        return {"status": None}
    data = match.commit_data or {}
    record = match.record or {}
    out = {"status": match.status, "commitment": match.commitment, "team_size": match.team_size,
           "matched_at": match.matched_at, "deadline": data.get("deadline"), "revision": record.get("revision", 0),
           "witnesses": list(match.witnesses or []), "directory": inspector_directory(match),
           "roster": list(data.get("roster") or [])}
    out["views"] = match_views(match) if match.status == "matched" else {"pools": pool_rows(data.get("pools"))}
    return out


def _change_actors(match) -> dict[tuple, str]:
    """Who recorded each change: the audit log's actor of its match.replace / match.resolve_short entry."""
    from app.audit import entries
    out = {}
    for action in ("match.replace", "match.resolve_short"):
        for e in entries(action=action):
            p = e.payload if isinstance(e.payload, dict) else {}
            if p.get("match_id") == match.id:
                out[(p.get("key"), p.get("in"), p.get("at"))] = e.actor
    return out


def pool_rows(pools) -> list[dict]:
    rows = []
    for p in pools or []:
        if not isinstance(p, dict):
            p = _plain(p)
        raised = p.get("raised_from")
        rows.append({"district": p.get("district") or p.get("pool") or p.get("name", ""),
                     "eligible": _count(p.get("eligible", p.get("inspectors"))),
                     "inspections": _count(p.get("inspections")),
                     "cap": p.get("cap", ""),
                     "raised_from": "、".join(str(x) for x in raised) if isinstance(raised, (list, tuple))
                     else ("" if raised in (None, "") else str(raised)),
                     "excluded": p.get("excluded") or []})
    return rows


def _count(value):
    if isinstance(value, (list, tuple, set, dict)):
        return len(value)
    return "" if value is None else value


def _plain(obj) -> dict:
    """A service's dataclass or object as a dict of its public attributes."""
    if isinstance(obj, dict):
        return obj
    import dataclasses
    if dataclasses.is_dataclass(obj):
        return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}
    return {k: v for k, v in vars(obj).items() if not k.startswith("_")} if hasattr(obj, "__dict__") else {}


def plain(obj) -> dict:
    return _plain(obj)
