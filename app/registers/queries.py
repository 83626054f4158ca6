"""Read-only questions about registers: versions, rows for the browser, known keys."""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.db.base import database
from app.registers import headers as hdr
from app.registers.eligibility import eligible_on
from app.registers.models import (
    REGISTER_KINDS,
    Enterprise,
    HeaderMapping,
    ImportIssue,
    Inspector,
    Register,
    RegisterVersion,
)
from app.registers.rows import COLUMNS

ROW_TABLES = {"enterprise": "enterprise", "inspector": "inspector", "avoidance": "avoidance_pair",
              "institution": "institution", "catalogue": "catalogue_item"}
JSON_COLUMNS = {"extra": "{}", "services": "[]"}   # column -> its empty value as stored
# Columns the browser's search box looks in, per kind.
SEARCH_COLUMNS = {
    "enterprise": ("key", "name", "address", "legal_rep", "licence_no", "product"),
    "inspector": ("cert_no", "name", "unit", "specialty"),
    "avoidance": ("cert_no", "key", "inspector_name", "enterprise_name", "reason"),
    "institution": ("key", "name", "services", "qualification", "contact"),
    "catalogue": ("code", "name", "department", "object_type", "basis"),
}
ORDERABLE = {"key", "name", "district", "cert_no", "row", "status", "operating", "in_post", "code"}


def latest_version(register_name: str) -> RegisterVersion | None:
    return (RegisterVersion.select().join(Register).where(Register.name == register_name)
            .order_by(RegisterVersion.version.desc()).first())


def get_version(register_name: str, version: int | None = None) -> RegisterVersion | None:
    if version is None:
        return latest_version(register_name)
    return (RegisterVersion.select().join(Register)
            .where((Register.name == register_name) & (RegisterVersion.version == version)).first())


def versions(register_name: str) -> list[RegisterVersion]:
    return list(RegisterVersion.select().join(Register).where(Register.name == register_name)
                .order_by(RegisterVersion.version))


def list_registers(kind: str | None = None) -> list[dict]:
    """Every register with its newest version's figures, by kind then name."""
    out = []
    query = Register.select().order_by(Register.kind, Register.name)
    if kind:
        query = query.where(Register.kind == kind)
    for reg in query:
        latest = latest_version(reg.name)
        out.append({
            "name": reg.name, "kind": reg.kind, "versions": reg.versions.count(),
            "latest": latest.version if latest else None, "imported": latest.imported if latest else 0,
            "operating": latest.operating if latest else 0, "digest": latest.digest if latest else "",
            "created_at": latest.created_at if latest else reg.created_at,
        })
    return out


def kind_of(version: RegisterVersion) -> str:
    return version.register.kind


# The key as validate.record_key writes it; SQLite's BINARY order (UTF-8 bytes) is Python's code-point order.
KEY_SQL = {"enterprise": '"key"', "inspector": '"cert_no"', "avoidance": '"cert_no" || \'|\' || "key"',
           "institution": '"key"', "catalogue": '"code"'}


def content_rows(version_id: int, kind: str, *, by_key: bool = False):
    """The version's rows as tuples in COLUMNS[kind] order (JSON columns as their stored text, '' when empty),
    in the order they were stored or, by_key, in the order of their keys (the digest's order)."""
    # Empty JSON becomes '' in SQL, so the cursor's tuples need no per-row Python work (a re-import
    # reads the whole previous version, 100,000 rows, to compute its difference).
    selected = ", ".join(f"CASE WHEN {_q(c)} IN ('{{}}', '[]') THEN '' ELSE {_q(c)} END" if c in JSON_COLUMNS
                         else _q(c) for c in COLUMNS[kind])
    order = KEY_SQL[kind] if by_key else "id"
    sql = f"SELECT {selected} FROM {_q(ROW_TABLES[kind])} WHERE version_id = ? ORDER BY {order}"
    yield from database.obj.execute_sql(sql, (version_id,))


@dataclass
class Page:
    columns: tuple[str, ...]
    rows: list[list]
    total: int      # rows matching the filters (for the scroll bar)


def page(version: RegisterVersion | int, *, search: str = "", district: str | None = None,
         operating: bool | None = None, order_by: str = "key", descending: bool = False,
         limit: int = 200, offset: int = 0) -> Page:
    """One page of a version's rows for the register browser: filtered, ordered, LIMIT/OFFSET, with a count."""
    version = version if isinstance(version, RegisterVersion) else RegisterVersion.get_by_id(version)
    kind = kind_of(version)
    cols = COLUMNS[kind]
    where, params = ["version_id = ?"], [version.id]
    if search.strip():
        like = "%" + search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        where.append("(" + " OR ".join(f"{_q(c)} LIKE ? ESCAPE '\\'" for c in SEARCH_COLUMNS[kind]) + ")")
        params += [like] * len(SEARCH_COLUMNS[kind])
    if district and "district" in cols:
        where.append("district = ?")
        params.append(district)
    flag = {"enterprise": "operating", "inspector": "in_post"}.get(kind)
    if operating is not None and flag:
        where.append(f"{flag} = ?")
        params.append(1 if operating else 0)
    table, clause = _q(ROW_TABLES[kind]), " AND ".join(where)
    key_col = {"inspector": "cert_no", "catalogue": "code"}.get(kind, "key")
    order = order_by if order_by in ORDERABLE and order_by in cols else key_col
    direction = "DESC" if descending else "ASC"
    db = database.obj
    total = db.execute_sql(f"SELECT COUNT(*) FROM {table} WHERE {clause}", params).fetchone()[0]
    sql = (f"SELECT {', '.join(_q(c) for c in cols)} FROM {table} WHERE {clause} "
           f"ORDER BY {_q(order)} {direction}, id LIMIT ? OFFSET ?")
    rows = [list(r) for r in db.execute_sql(sql, params + [int(limit), int(offset)])]
    for i in (i for i, c in enumerate(cols) if c in JSON_COLUMNS):   # extra/services as dict/list
        for r in rows:
            r[i] = json.loads(r[i]) if r[i] else None
    return Page(columns=cols, rows=rows, total=total)


def newest_version_ids(kind: str) -> list[int]:
    """The newest version of every register of a kind."""
    sql = ("SELECT MAX(v.id) FROM register_version v JOIN register r ON r.id = v.register_id "
           "WHERE r.kind = ? GROUP BY r.id")
    return [r[0] for r in database.obj.execute_sql(sql, (kind,))]


def known_values(kind: str, column: str) -> set[str]:
    ids = newest_version_ids(kind)
    if not ids:
        return set()
    marks = ",".join("?" * len(ids))
    sql = f"SELECT DISTINCT {_q(column)} FROM {_q(ROW_TABLES[kind])} WHERE version_id IN ({marks})"
    return {r[0] for r in database.obj.execute_sql(sql, ids)}


def issues_of(version: RegisterVersion) -> list:
    return list(version.issues.order_by("id"))


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# ---- for the registers screen and the import wizard -------------------------------

# A window source: (offset, limit) -> (that window's rows, how many rows match in all).
WindowSource = Callable[[int, int], "tuple[list, int]"]


def version_by_id(version_id: int) -> RegisterVersion | None:
    return RegisterVersion.get_or_none(RegisterVersion.id == version_id)


def register_names(kind: str | None = None) -> list[str]:
    """The names of the registers (of one kind), by kind then name."""
    return [r["name"] for r in list_registers(kind)]


def version_rows() -> list[dict]:
    """Every version of every register as a plain dict: by kind (enterprise first), register, newest first."""
    query = (RegisterVersion.select(RegisterVersion, Register)
             .join(Register)
             .order_by(Register.kind, Register.name, RegisterVersion.version.desc()))
    out = []
    for v in query:
        out.append({"id": v.id, "register": v.register.name, "kind": v.register.kind, "version": v.version,
                    "source": v.source_name, "sha256": v.source_sha256, "rows_read": v.rows_read,
                    "imported": v.imported, "operating": v.operating, "rejected": v.rejected,
                    "flagged": v.flagged, "by": v.created_by, "at": v.created_at, "digest": v.digest,
                    "sheets": v.sheets, "note": v.note})
    order = {k: i for i, k in enumerate(REGISTER_KINDS)}
    out.sort(key=lambda r: (order.get(r["kind"], 9), r["register"], -r["version"]))
    return out


def version_districts(kind: str, version_id: int) -> list[str]:
    """The districts that occur in a version of an enterprise or inspector register (others: none)."""
    table = {"enterprise": Enterprise, "inspector": Inspector}.get(kind)
    if table is None:
        return []
    q = table.select(table.district).where(table.version == version_id).distinct().order_by(table.district)
    return [r.district for r in q]


def browser_source(kind: str, version_id: int, *, search: str = "", district: str = "",
                   state: str = "", order_by: str = "", descending: bool = False,
                   today: dt.date | None = None) -> WindowSource:
    """A window source over one version's rows (dicts) through `page`.

    state: "" (all), "yes" (operating / in post), "no" (not operating / not in post).
    Inspectors get the eligibility verdict and reason (app.registers.eligibility) on `today`.
    """
    operating = None if not state else state == "yes"
    day = today or dt.date.today()

    def source(offset: int, limit: int) -> tuple[list, int]:
        extra: dict[str, Any] = {"order_by": order_by, "descending": descending} if order_by else {}
        found = page(version_id, search=search, district=district or None, operating=operating,
                     limit=limit, offset=offset, **extra)
        rows = [dict(zip(found.columns, r)) for r in found.rows]
        if kind == "inspector":
            for r in rows:
                r["eligible"], r["eligibility_reason"] = eligible_on(r, day)
        return rows, found.total

    return source


def issues_source(version_id: int, *, severity: str = "", search: str = "") -> WindowSource:
    """A window source over the kept import issues of a version (dicts, in the order they were kept).

    severity: "" (all) or comma-separated severities; search: text in reason, value, column or sheet.
    """
    query = ImportIssue.select().where(ImportIssue.version == version_id)
    if severity:
        query = query.where(ImportIssue.severity << severity.split(","))
    text = search.strip()
    if text:
        pattern = f"%{text}%"
        query = query.where((ImportIssue.reason ** pattern) | (ImportIssue.value ** pattern)
                            | (ImportIssue.column ** pattern) | (ImportIssue.sheet ** pattern))

    def source(offset: int, limit: int) -> tuple[list, int]:
        rows = list(query.order_by(ImportIssue.id).limit(limit).offset(offset).dicts())
        return rows, query.count()

    return source


def remembered_mapping(kind: str, header: list) -> dict | None:
    """The column mapping the clerk confirmed before for a file with this header, if any."""
    row = HeaderMapping.get_or_none((HeaderMapping.kind == kind)
                                    & (HeaderMapping.signature == hdr.header_signature(kind, header)))
    return dict(row.mapping) if row is not None else None


FILTER_FIELDS = ("name", "district", "status", "legal_rep", "address", "phone", "licence_no", "product",
                 "issued_on", "valid_until")


def enterprise_columns(register_name: str) -> list[str]:
    """The columns a targeted filter may name in the register's newest version: the mapped fields by
    their labels, then the file's other columns kept verbatim (in the rows' extra cells), by header."""
    version = latest_version(register_name)
    if version is None:
        return []
    mapped = [hdr.FIELD_LABELS[f] for f in FILTER_FIELDS if f in (version.mapping or {})]
    cursor = database.execute_sql(
        "SELECT DISTINCT j.key FROM enterprise AS e, json_each(e.extra) AS j WHERE e.version_id = ?", (version.id,))
    return mapped + sorted(str(key) for (key,) in cursor.fetchall())
