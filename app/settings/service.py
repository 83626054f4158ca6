"""Settings: read with defaults, change through one logged transaction."""
from __future__ import annotations

import copy
import unicodedata

from app.db.base import transaction
from app.errors import ValidationError
from app.settings.defaults import CITY_LEVEL, DEFAULTS
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


def _validate(key: str, value) -> None:
    if key not in DEFAULTS:
        raise ValidationError(f"未知的设置项“{key}”。")
    if key == "districts":
        names = [d.get("name", "").strip() for d in value]
        if not names or any(not n for n in names):
            raise ValidationError("区市名称不能为空。")
        if len(set(names)) != len(names):
            raise ValidationError("区市名称不能重复。")
        if CITY_LEVEL in names:
            raise ValidationError(f"“{CITY_LEVEL}”是市局检查人员所属，不能作为区市名称。")
        seen = {}
        for d in value:
            for alias in d.get("aliases", []):
                owner = seen.setdefault(alias, d["name"])
                if owner != d["name"] or alias in names and alias != d["name"]:
                    raise ValidationError(f"别名“{alias}”同时属于多个区市。")
    if key == "result_categories":
        if not value or any(not str(v).strip() for v in value):
            raise ValidationError("结果类别不能为空。")
        if len(set(value)) != len(value):
            raise ValidationError("结果类别不能重复。")
    if key == "calendar_manual":
        from app.workdays import validate_manual_calendar
        validate_manual_calendar(value)


def update_settings(changes: dict) -> dict:
    """Apply several settings at once; logged with old and new values."""
    from app import audit

    for key, value in changes.items():
        _validate(key, value)
    with transaction():
        before = {}
        for key, value in changes.items():
            before[key] = get_setting(key)
            Setting.insert(key=key, value=value).on_conflict_replace().execute()
        changed = {k: {"old": before[k], "new": v} for k, v in changes.items() if before[k] != v}
        if changed:
            audit.append("settings.update", {"changed": changed})
    return changed


def districts() -> list[dict]:
    return get_setting("districts")


def district_names() -> list[str]:
    return [d["name"] for d in districts()]


def units() -> list[dict]:
    return get_setting("units")


def result_categories() -> list[str]:
    return get_setting("result_categories")


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
