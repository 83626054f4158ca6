"""The settings API: the reads (from app.settings.store) and update_settings, which validates and
writes changes in one logged transaction."""
from __future__ import annotations

from app import audit
from app.db.base import transaction
from app.errors import ValidationError
from app.results.lists import validate_result_lists
from app.settings.defaults import CITY_LEVEL, CITY_ROLE, DEFAULTS
from app.settings.models import Setting
from app.settings.store import (  # noqa: F401  (the reads are part of this API)
    all_settings,
    district_for_division_code,
    district_names,
    districts,
    get_setting,
    is_district_copy,
    resolve_district,
    result_lists,
    role,
    units,
)
from app.workdays import validate_manual_calendar


def _cleaned(key: str, value):
    """Districts as they are stored: names and aliases without surrounding spaces (a district is
    found by its name, so "市南区 " must be stored as "市南区"), and no alias that only repeats
    the district's own name."""
    if key != "districts" or not isinstance(value, list):
        return value
    out = []
    for d in value:
        if not isinstance(d, dict):
            out.append(d)
            continue
        d = dict(d)
        name = str(d.get("name", "")).strip()
        if "name" in d:
            d["name"] = name
        if "aliases" in d:
            d["aliases"] = [a for a in (str(a).strip() for a in d["aliases"]) if a != name]
        out.append(d)
    return out


def _validate(key: str, value, changes: dict) -> None:
    if key not in DEFAULTS:
        raise ValidationError(f"未知的设置项“{key}”。")
    if key == "districts":
        names = [d.get("name", "") for d in value]
        if not names or any(not n for n in names):
            raise ValidationError("区市名称不能为空。")
        if len(set(names)) != len(names):
            raise ValidationError("区市名称不能重复。")
        if CITY_LEVEL in names:
            raise ValidationError(f"“{CITY_LEVEL}”是市局检查人员所属，不能作为区市名称。")
        seen: dict[str, str] = {}
        for d in value:
            for alias in d.get("aliases", []):
                owner = seen.setdefault(alias, d["name"])
                if owner != d["name"] or alias in names and alias != d["name"]:
                    raise ValidationError(f"别名“{alias}”同时属于多个区市。")
    if key == "role":
        # Checked against the districts saved in the same change, when there are any.
        names = ([d.get("name") for d in changes["districts"]] if isinstance(changes.get("districts"), list)
                 else district_names())
        if value != CITY_ROLE and value not in names:
            raise ValidationError(f"“本程序服务于”应为“{CITY_ROLE}”（市局）或已设置的区市名称之一，"
                                  f"“{value}”不是。")
    if key == "districts" and "role" not in changes:
        current = role()
        if current != CITY_ROLE and current not in [d.get("name") for d in value]:
            raise ValidationError(f"本程序服务于“{current}”，不能删除或改名该区市；请先修改“本程序服务于”。")
    if key == "result_lists":
        validate_result_lists(value)
    if key == "database_id":
        raise ValidationError("数据库标识由程序生成，不能修改。")
    if key == "record_list_page_limit" and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
        raise ValidationError(f"“抽取记录打印页数上限”应为不小于 0 的整数页数，“{value}”不是。")
    if key == "calendar_manual":
        validate_manual_calendar(value)


def update_settings(changes: dict) -> dict:
    """Apply several settings at once; logged with old and new values."""
    changes = {key: _cleaned(key, value) for key, value in changes.items()}
    for key, value in changes.items():
        _validate(key, value, changes)
    with transaction():
        before = {}
        for key, value in changes.items():
            before[key] = get_setting(key)
            Setting.insert(key=key, value=value).on_conflict_replace().execute()
        changed = {k: {"old": before[k], "new": v} for k, v in changes.items() if before[k] != v}
        if changed:
            audit.append("settings.update", {"changed": changed})
    return changed
