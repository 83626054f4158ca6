"""The register browser's reads at any scale: how many rows a filter leaves, and the window at any position.

The browser shows a scroll bar for every matching row and fetches only the rows in view, so the
two questions are "how many" and "rows start..start+limit in this order". A window is found in
two steps: the row ids through an index (walked from whichever end is nearer, so the last rows
of 1,000,000 cost as little as the first), then those rows by id. Unfiltered, the count is the
version's stored figure (register_version.imported) instead of a COUNT over the version.
"""
from __future__ import annotations

import datetime as dt
import json
from array import array
from bisect import bisect_right
from dataclasses import dataclass

from app.db.base import database
from app.registers.eligibility import eligible_on
from app.registers.queries import JSON_COLUMNS, ORDERABLE, ROW_TABLES, SEARCH_COLUMNS, _q
from app.registers.rows import COLUMNS

KEY_COLUMN = {"inspector": "cert_no", "catalogue": "code"}   # others: "key"
STATE_COLUMN = {"enterprise": "operating", "inspector": "in_post"}


@dataclass(frozen=True)
class Query:
    """What the browser shows: one version's rows, filtered and ordered.

    state: "" (all), "yes" (operating / in post), "no" (not operating / not in post)."""
    kind: str
    version_id: int
    search: str = ""
    district: str = ""
    state: str = ""
    order_by: str = ""
    descending: bool = False

    @property
    def filtered(self) -> bool:
        return bool(self.search.strip() or (self.district and "district" in COLUMNS[self.kind])
                    or (self.state and self.kind in STATE_COLUMN))

    @property
    def filtered_beyond_search(self) -> bool:
        return bool((self.district and "district" in COLUMNS[self.kind]) or (self.state and self.kind in STATE_COLUMN))

    def where(self) -> tuple[str, list]:
        cols = COLUMNS[self.kind]
        where: list[str] = ["version_id = ?"]
        params: list = [self.version_id]
        text = self.search.strip()
        if text and any(c.isascii() and c.isalpha() for c in text):   # LIKE: ASCII letters in either case
            like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            where.append("(" + " OR ".join(f"{_q(c)} LIKE ? ESCAPE '\\'" for c in SEARCH_COLUMNS[self.kind]) + ")")
            params += [like] * len(SEARCH_COLUMNS[self.kind])
        elif text:   # no letter to fold: instr finds the same rows as LIKE, a quarter faster (1.5 -> 1.1 s a scan)
            where.append("(" + " OR ".join(f"instr({_q(c)}, ?) > 0" for c in SEARCH_COLUMNS[self.kind]) + ")")
            params += [text] * len(SEARCH_COLUMNS[self.kind])
        if self.district and "district" in cols:
            where.append("district = ?")
            params.append(self.district)
        flag = STATE_COLUMN.get(self.kind)
        if self.state and flag:
            where.append(f"{flag} = ?")
            params.append(1 if self.state == "yes" else 0)
        return " AND ".join(where), params

    def order(self, reverse: bool = False) -> str:
        cols = COLUMNS[self.kind]
        key = KEY_COLUMN.get(self.kind, "key")
        column = self.order_by if self.order_by in ORDERABLE and self.order_by in cols else key
        direction = "DESC" if self.descending != reverse else "ASC"
        return f"{_q(column)} {direction}, id {direction}"


def count(query: Query, known: int | None = None) -> int:
    """How many rows the query leaves (known: the count when the caller has it, e.g. stored or a district's)."""
    if known is not None:
        return known
    clause, params = query.where()
    sql = f"SELECT COUNT(*) FROM {_q(ROW_TABLES[query.kind])} WHERE {clause}"
    return database.obj.execute_sql(sql, params).fetchone()[0]


def district_names(kind: str, version_id: int) -> list[str]:
    """The districts of an enterprise or inspector version (others: none), in order, without reading the
    version's rows: one index seek per district on schema 6's (version, district, key) index. The browser
    lists them at start; counting them instead (district_counts) would pull the whole index, ~40 MB at
    1,000,000 rows, into the page cache, and start-up memory would grow with the register (issue 18)."""
    if kind not in ("enterprise", "inspector"):
        return []
    table = _q(ROW_TABLES[kind])
    sql = (f"WITH RECURSIVE d(name) AS (SELECT (SELECT MIN(district) FROM {table} WHERE version_id = ?1) "
           f"UNION ALL SELECT (SELECT MIN(district) FROM {table} WHERE version_id = ?1 AND district > d.name) "
           "FROM d WHERE d.name IS NOT NULL) SELECT name FROM d WHERE name IS NOT NULL")
    return [r[0] for r in database.obj.execute_sql(sql, (version_id,))]


def known_count(query: Query, stored_total: int) -> int | None:
    """The query's count without a query: the version's stored count when nothing filters it; None when a
    district, a search or a state filter needs counting (done with the matching ids, off the GUI thread)."""
    if query.filtered:
        return None
    return stored_total


def matching_ids(query: Query) -> array:
    """The ids of every row the query leaves, in its order: one pass gives the count and every window
    (a search or state filter has no index; an OFFSET per window would scan again each time)."""
    clause, params = query.where()
    sql = f"SELECT id FROM {_q(ROW_TABLES[query.kind])} WHERE {clause} ORDER BY {query.order()}"
    return array("q", (r[0] for r in database.obj.execute_sql(sql, params)))


def window_ids(query: Query, start: int, limit: int, total: int) -> list[int]:
    """The ids of rows start..start+limit (clipped to total), in the query's order."""
    limit = max(0, min(limit, total - start))
    if limit == 0 or start < 0:
        return []
    clause, params = query.where()
    table = _q(ROW_TABLES[query.kind])
    from_end = start + limit / 2 > total / 2      # OFFSET walks the index: start from the nearer end
    offset = total - start - limit if from_end else start
    sql = f"SELECT id FROM {table} WHERE {clause} ORDER BY {query.order(from_end)} LIMIT ? OFFSET ?"
    ids = [r[0] for r in database.obj.execute_sql(sql, params + [limit, offset])]
    return ids[::-1] if from_end else ids


def rows_by_id(kind: str, ids: list[int], today: dt.date | None = None) -> list[dict]:
    """Those rows as dicts in the order of ids (JSON columns decoded; inspectors with their eligibility)."""
    if not ids:
        return []
    cols = COLUMNS[kind]
    sql = (f"SELECT id, {', '.join(_q(c) for c in cols)} FROM {_q(ROW_TABLES[kind])} "
           f"WHERE id IN ({','.join('?' * len(ids))})")
    found = {r[0]: dict(zip(cols, r[1:])) for r in database.obj.execute_sql(sql, ids)}
    rows = [found[i] for i in ids if i in found]
    for c in (c for c in cols if c in JSON_COLUMNS):
        for r in rows:
            r[c] = json.loads(r[c]) if r[c] else None
    if kind == "inspector":
        day = today or dt.date.today()
        for r in rows:
            r["eligible"], r["eligibility_reason"] = eligible_on(r, day)
    return rows


def window(query: Query, start: int, limit: int, total: int, today: dt.date | None = None) -> list[dict]:
    """Rows start..start+limit of the query's result (total: count(query)), as dicts."""
    return rows_by_id(query.kind, window_ids(query, start, limit, total), today)


NAME_COLUMN = {"enterprise": "name", "inspector": "name", "institution": "name", "catalogue": "name"}


class NameIndex:
    """One version's names in the browser's default order, in memory, so a search by name shows its rows
    while the search of every column (a scan of the version, about 1 s at 1,000,000 rows) still runs.

    The names are one string ("name\\n" per row; about 40 MB for 1,000,000 Chinese names) with the offset
    where each row starts; a term is found with str.find, C speed, and each hit mapped to its row.
    Only terms with no ASCII letter are answered (LIKE folds ASCII case; names are matched exactly as
    instr does), so its rows are always among the full search's."""

    def __init__(self, kind: str, version_id: int, ids: array, text: str, starts: array):
        self.kind, self.version_id, self.ids, self.text, self.starts = kind, version_id, ids, text, starts

    @classmethod
    def load(cls, kind: str, version_id: int, chunk: int = 50_000) -> NameIndex | None:
        column = NAME_COLUMN.get(kind)
        if column is None:
            return None
        order = Query(kind, version_id).order()
        cursor = database.obj.execute_sql(
            f"SELECT id, replace({_q(column)}, char(10), ' ') FROM {_q(ROW_TABLES[kind])} "
            f"WHERE version_id = ? ORDER BY {order}", (version_id,))
        ids, starts, parts, at = array("q"), array("q"), [], 0
        while batch := cursor.fetchmany(chunk):
            names = [r[1] or "" for r in batch]
            ids.extend(r[0] for r in batch)
            for name in names:
                starts.append(at)
                at += len(name) + 1
            parts.append("\n".join(names) + "\n")
        return cls(kind, version_id, ids, "".join(parts), starts)

    def answers(self, query: Query) -> bool:
        """Whether find() gives this query's rows by name: a search alone, in the default order, no letters."""
        text = query.search.strip()
        return (query.kind == self.kind and query.version_id == self.version_id and bool(text)
                and "\n" not in text and not any(c.isascii() and c.isalpha() for c in text)
                and not query.filtered_beyond_search and not query.order_by and not query.descending)

    def find(self, term: str) -> array:
        """The ids of the rows whose name holds term, in order."""
        text, starts, ids, out = self.text, self.starts, self.ids, array("q")
        term = term.strip()
        at = text.find(term)
        while at >= 0:
            row = bisect_right(starts, at) - 1
            out.append(ids[row])
            nxt = row + 1
            at = text.find(term, starts[nxt]) if nxt < len(starts) else -1
        return out
