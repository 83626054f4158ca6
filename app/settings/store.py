"""Settings as stored: each read falls back to the defaults of a new database.

Read-only and low in the layering (the audit log reads the clerk's name here,
the working-day calendar its manual schedule); changing settings is
app.settings.service.update_settings, which logs the change.
"""
from __future__ import annotations

import copy
import unicodedata

from app.results.lists import ResultLists
from app.settings.defaults import CITY_ROLE, DEFAULTS
from app.settings.models import Setting


def get_setting(key: str):
    row = Setting.get_or_none(Setting.key == key)
    if row is not None:
        return row.value
    if key not in DEFAULTS:
        raise KeyError(key)
    return copy.deepcopy(DEFAULTS[key])


def all_settings() -> dict:
    values = copy.deepcopy(DEFAULTS)
    for row in Setting.select():
        values[row.key] = row.value
    return values


def districts() -> list[dict]:
    return get_setting("districts")


def district_names() -> list[str]:
    return [d["name"] for d in districts()]


def units() -> list[dict]:
    return get_setting("units")


def role() -> str:
    """Which unit this copy serves: "city" (市局) or a district name (区市局)."""
    return get_setting("role")


def is_district_copy() -> bool:
    """True when this copy serves one district bureau, which receives its share from the city
    instead of drawing from registers."""
    return role() != CITY_ROLE


def result_lists() -> ResultLists:
    """The vocabulary results are recorded in (核查方式, categories, 后续处置), as the clerk set it."""
    return ResultLists.from_setting(get_setting("result_lists"))


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(text.split())


def resolve_district(text: str, district_list: list[dict] | None = None) -> str | None:
    """Map a district cell (name, alias, registration authority, address) to a configured name.

    Exact name or alias first; then the longest name/alias contained in the text
    (e.g. "青岛市市南区市场监督管理局", "山东省青岛市崂山区松岭路1号").
    """
    if text is None:
        return None
    value = _norm(text)
    if not value:
        return None
    district_list = district_list if district_list is not None else districts()
    candidates = []
    for d in district_list:
        for label in [d["name"], *d.get("aliases", [])]:
            label_n = _norm(label)
            if value == label_n:
                return d["name"]
            candidates.append((label_n, d["name"]))
    hits = [(len(label), name) for label, name in candidates if label and label in value]
    if not hits:
        return None
    hits.sort(reverse=True)
    best_len = hits[0][0]
    names = {name for length, name in hits if length == best_len}
    return hits[0][1] if len(names) == 1 else None


def district_for_division_code(code6: str, district_list: list[dict] | None = None) -> str | None:
    district_list = district_list if district_list is not None else districts()
    for d in district_list:
        if code6 in d.get("codes", []):
            return d["name"]
    return None
