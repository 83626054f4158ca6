"""Read what the documents print: a draw's inspections, the enterprises' details, the teams.

Read-only. The notice and form read the frozen register version the draw
used, so a later register import does not change a re-printed notice.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.catalogue.basis import basis_text, legal_basis_sentence
from app.catalogue.items import committed_entries
from app.docs.filter_lines import notice_risk_line
from app.draw.models import Draw, Inspection, Task
from app.errors import NotFoundError, StateError
from app.match import queries as match_queries
from app.match.models import Match
from app.registers.models import Enterprise, Inspector
from app.settings.store import district_names, get_setting

ROLE_LEADER = "组长"
ROLE_MEMBER = "组员"


@dataclass
class TaskDraw:
    code: str
    name: str
    ticket: str
    rank: int | str | None       # 1-based place among the stratum's drawn, or "替补第 N 位"
    quota: int | None            # how many were drawn in this enterprise's stratum
    stratum: str = ""            # a district, or 全市 when the task is not stratified


@dataclass
class InspectionSheet:
    key: str
    name: str
    district: str
    address: str = ""
    legal_rep: str = ""
    phone: str = ""
    licence_no: str = ""
    postal_code: str = ""
    items: list[str] = field(default_factory=list)
    item_bases: list[str] = field(default_factory=list)   # each item's 检查依据 as committed ("" when none)
    risk_line: str = ""        # the credit-risk class and ratio it was drawn under (app.docs.filter_lines)
    tasks: list[TaskDraw] = field(default_factory=list)
    team: list[tuple[str, str, str]] = field(default_factory=list)    # (cert_no, name, role)
    institution: str = ""
    source: str = "selected"

    @property
    def sort_ticket(self) -> str:
        return min((t.ticket for t in self.tasks if t.ticket), default="")


def setting(key: str, default=""):
    try:
        value = get_setting(key)
    except Exception:
        return default
    return default if value is None else value


def cn_date(iso: str | None = None) -> str:
    """2020年10月23日 (GB/T 9704: Arabic numerals, no leading zeros)."""
    day = dt.date.fromisoformat(iso[:10]) if iso else dt.date.today()
    return f"{day.year}年{day.month}月{day.day}日"


def item_label(item) -> str:
    """A check item as printed; conditional items carry their parameter (e.g. which year's report)."""
    if isinstance(item, str):
        return item
    if isinstance(item, dict):
        name = item.get("item") or item.get("name") or ""
        extra = [str(v) for k, v in item.items() if k not in ("item", "name") and v not in (None, "", [], {})]
        return f"{name}（{'，'.join(extra)}）" if extra else name
    return str(item)


def require_drawn(draw: Draw) -> None:
    if draw.status != "drawn":
        state = {"committed": "已承诺但尚未抽取", "void": "已作废"}.get(draw.status, draw.status)
        raise StateError(f"第 {draw.draw_no} 次抽取{state}，不能生成检查文书。")


def common_fields(draw: Draw) -> dict:
    plan = draw.plan
    return {
        "bureau_name": setting("bureau_name"), "seal_name": setting("seal_name"), "doc_prefix": setting("doc_prefix"),
        "contact_person": setting("contact_person"), "contact_phone": setting("contact_phone"),
        "publication_url": setting("publication_url") or "（本局政府网站“双随机、一公开”专栏）",
        "publication_url_raw": setting("publication_url"),
        "plan_title": plan.title, "plan_number": plan.number or "", "period_start": cn_date(plan.start),
        "period_end": cn_date(plan.end), "due_date": cn_date(plan.due), "draw_no": str(draw.draw_no),
        "commitment": draw.commitment or "", "seed": draw.seed or "", "record_sha256": draw.record_sha256 or "",
        "today": cn_date(),
    }


def inspector_names(match: Match | None) -> dict[str, str]:
    if match is None:
        return {}
    query = Inspector.select(Inspector.cert_no, Inspector.name)
    if match.inspector_version_id:
        query = query.where(Inspector.version == match.inspector_version_id)
    names = {row.cert_no: row.name for row in query}
    # The roster frozen at the match commitment is what the match used.
    names.update({r["cert_no"]: r.get("name", "") for r in (match.commit_data or {}).get("roster", [])
                  if isinstance(r, dict) and "cert_no" in r})
    return names


def teams_for(draw: Draw) -> dict[str, list[tuple[str, str, str]]]:
    """{key: [(cert_no, name, role)]}, leader first, after replacements."""
    return {k: list(v) for k, v in match_queries.current_teams(draw.draw_no).items()}


def institutions_for(draw: Draw) -> dict[str, str]:
    match = match_queries.current_match(draw.draw_no, required=False)
    out = {}
    for a in ((match.record or {}).get("assignments") or []) if match else []:
        inst = a.get("institution")
        if isinstance(inst, dict):
            inst = "、".join(str(v) for v in (inst.get("name"), inst.get("service")) if v)
        if inst:
            out[a.get("key")] = str(inst)
    return out


def _enterprises(draw: Draw, keys: list[str]) -> dict[str, Enterprise]:
    """The enterprise rows of the register versions the draw's tasks used."""
    versions = [t.register_version_id for t in Task.select().where(Task.plan == draw.plan_id)
                if t.register_version_id]
    found: dict[str, Enterprise] = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start:start + 500]
        query = Enterprise.select().where(Enterprise.key.in_(chunk))
        if versions:
            query = query.where(Enterprise.version.in_(versions))
        for row in query.order_by(Enterprise.version):
            found[row.key] = row      # newest version last wins
    return found


def _task_info(draw: Draw):
    """Task names, and each drawn key's place in its stratum, from the frozen draw record.

    The record lists a task's selected enterprises per stratum in ticket order,
    so an enterprise's rank is its position among those of its stratum.
    """
    names: dict[str, str] = {}
    places: dict[tuple[str, str], tuple[object, object, str]] = {}   # (code, key) -> (rank, drawn, stratum)
    rec_tasks = (draw.record or {}).get("tasks") or []
    for t in rec_tasks:
        code = t.get("code")
        names[code] = t.get("name", "")
        by_stratum: dict[str, list[tuple[str, str]]] = {}
        for s in t.get("selected") or []:
            by_stratum.setdefault(s.get("stratum"), []).append((s.get("ticket") or "", s.get("key")))
        for stratum, drawn in by_stratum.items():
            for rank, (_ticket, key) in enumerate(sorted(drawn), 1):    # rank = place in ticket order
                places[(code, key)] = (rank, len(drawn), stratum)
        for a in t.get("alternates") or []:
            drawn_in_stratum = len(by_stratum.get(a.get("stratum"), []))
            places.setdefault((code, a.get("key")), (f"替补第 {a.get('rank')} 位", drawn_in_stratum, a.get("stratum")))
    for t in Task.select().where(Task.plan == draw.plan_id):
        names.setdefault(t.code, t.name)
    return names, places


def district_order() -> dict[str, int]:
    try:
        return {name: i for i, name in enumerate(district_names())}
    except Exception:
        return {}


def inspection_sheets(draw: Draw, *, keys=None, district: str | None = None) -> list[InspectionSheet]:
    """The draw's active inspections as printed, in district (settings order) then ticket order."""
    query = Inspection.select().where((Inspection.draw == draw) & (Inspection.active == True))  # noqa: E712
    if district:
        query = query.where(Inspection.district == district)
    inspections = list(query)
    if keys:
        wanted = set(keys)
        known = {i.key for i in inspections}
        unknown = sorted(wanted - known)
        if unknown:
            raise NotFoundError(f"第 {draw.draw_no} 次抽取中没有以下检查对象：{'、'.join(unknown)}。")
        inspections = [i for i in inspections if i.key in wanted]
    task_names, places = _task_info(draw)
    enterprises = _enterprises(draw, [i.key for i in inspections])
    teams = teams_for(draw)
    institutions = institutions_for(draw)
    committed = committed_entries(draw.commit_data)   # the catalogue as it was at the commitment
    record_tasks = (draw.record or {}).get("tasks") or []
    sheets = []
    for insp in inspections:
        ent = enterprises.get(insp.key)
        tasks = []
        for code in insp.tasks or []:
            rank, drawn, stratum = places.get((code, insp.key), ((insp.ranks or {}).get(code), None, insp.district))
            tasks.append(TaskDraw(code, task_names.get(code, ""), (insp.tickets or {}).get(code, ""),
                                  rank, drawn, stratum or insp.district))
        sheets.append(InspectionSheet(
            key=insp.key, name=insp.name, district=insp.district,
            address=(ent.address if ent else ""), legal_rep=(ent.legal_rep if ent else ""),
            phone=(ent.phone if ent else ""), licence_no=(ent.licence_no if ent else ""),
            postal_code=str((ent.extra or {}).get("邮政编码", "")) if ent else "",
            items=_items_with_conditions(insp),
            item_bases=[committed[i].basis if i in committed else "" for i in map(item_label, insp.items or [])],
            tasks=tasks, team=teams.get(insp.key, []), risk_line=notice_risk_line(insp.tasks or [], record_tasks),
            institution=institutions.get(insp.key, ""), source=insp.source))
    order = district_order()
    sheets.sort(key=lambda s: (order.get(s.district, len(order)), s.district, s.sort_ticket, s.key))
    return sheets


def _items_with_conditions(insp: Inspection) -> list[str]:
    """Check items as printed; a conditional item says which year's report it examines
    (the plan's rule (二): a non-filer is checked on the latest report it did file)."""
    notes = {c.get("item"): c.get("note") for c in (insp.conditions or []) if isinstance(c, dict) and c.get("note")}
    out = []
    for item in insp.items or []:
        label = item_label(item)
        out.append(f"{label}（{notes[label]}）" if label in notes else label)
    return out


def items_with_basis(items: list[str], bases: list[str]) -> str:
    """1. 名称（检查依据：《…》第…条）；2. … — an item without a basis is printed alone."""
    parts = []
    for n, (item, basis) in enumerate(zip(items, list(bases) + [""] * len(items)), 1):
        cited = basis_text(basis)
        parts.append(f"{n}. {item}" + (f"（检查依据：{cited}）" if cited else ""))
    return "；".join(parts)


def sheet_fields(sheet: InspectionSheet) -> dict:
    team = "、".join(f"{name}（执法证号：{cert}）" for cert, name, _ in sheet.team) or "（待随机匹配后确定）"
    return {
        "enterprise_name": sheet.name, "key": sheet.key, "address": sheet.address, "legal_rep": sheet.legal_rep,
        "phone": sheet.phone, "licence_no": sheet.licence_no, "district": sheet.district,
        "postal_code": sheet.postal_code,
        "task_names": "、".join(f"{t.code} {t.name}".strip() for t in sheet.tasks),
        "task_codes": "、".join(t.code for t in sheet.tasks),
        "check_items": "；".join(sheet.items), "team": team, "team_count": str(len(sheet.team)),
        "legal_basis": legal_basis_sentence(sheet.item_bases),
        "check_items_with_basis": items_with_basis(sheet.items, sheet.item_bases),
        "institution": sheet.institution,
    }
