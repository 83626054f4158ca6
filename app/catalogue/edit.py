"""Small edits of the catalogue in settings (add, change, remove an item): each one a new version.

The edited list goes through the very import a file goes through — written as a CSV in a temporary
folder, validated (codes folded, names required, duplicates refused), committed as the register's
next version with the clerk's reason and its "registers.import" audit entry. So an edited version
and an imported one cannot differ in what they check or how they are digested and verified.
"""
from __future__ import annotations

import csv
import tempfile
from pathlib import Path

from app.catalogue.items import CATALOGUE_KIND, DEFAULT_NAME, FIELDS, Entry, current_version, entries
from app.errors import NotFoundError, ValidationError
from app.registers import service
from app.registers.headers import FIELD_LABELS
from app.registers.models import RegisterVersion
from app.registers.normalize import clean_code

EDIT_SOURCE = "设置中修改.csv"   # the source name the version list shows for an edited version
HEADERS = {"name": "事项名称", **{f: FIELD_LABELS[f] for f in FIELDS if f != "name"}}


def _require_reason(reason: str) -> str:
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError("请说明修改抽查事项清单的原因（将记入版本说明和日志）。")
    return reason


def save_items(items: list[Entry], reason: str, *, progress=None, cancel=None) -> RegisterVersion:
    """The whole list as the catalogue's next version (one transaction, one audit entry)."""
    reason = _require_reason(reason)
    if not items:
        raise ValidationError("抽查事项清单不能为空：至少保留一个事项。")
    version = current_version()
    name = version.register.name if version is not None else DEFAULT_NAME
    with tempfile.TemporaryDirectory(prefix="spotcheck-catalogue-") as folder:
        # Not an output the clerk keeps: a transient input for the import, removed right after it.
        path = Path(folder) / EDIT_SOURCE
        with path.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow([HEADERS[f] for f in FIELDS])
            for item in items:
                writer.writerow([getattr(item, f) for f in FIELDS])
        result = service.validate_import(path, CATALOGUE_KIND, name, mapping=dict((f, HEADERS[f]) for f in FIELDS),
                                         progress=progress, cancel=cancel)
        refused = [i for i in result.issues if i.severity in ("rejected", "conflict")]
        if refused:
            first = refused[0]
            raise ValidationError(f"事项“{first.value or first.column}”：{first.reason}（未保存）。")
        if result.diff.previous_version is not None and not (result.diff.added or result.diff.removed
                                                             or result.diff.changed):
            raise ValidationError("抽查事项清单没有变化，未创建新版本。")
        return service.commit_import(result, progress=progress, cancel=cancel, reason=reason)


def _code(code: str) -> str:
    return clean_code(code)


def add_item(item: Entry, reason: str) -> RegisterVersion:
    current = entries()
    if any(e.code == _code(item.code) for e in current):
        raise ValidationError(f"事项编码“{_code(item.code)}”已在抽查事项清单中，请改用修改。")
    return save_items(current + [item], reason)


def update_item(code: str, item: Entry, reason: str) -> RegisterVersion:
    """Replace the item `code` (its code may change too, unless the new code is another item's)."""
    current = entries()
    if not any(e.code == _code(code) for e in current):
        raise NotFoundError(f"抽查事项清单中没有编码为“{code}”的事项。")
    if _code(item.code) != _code(code) and any(e.code == _code(item.code) for e in current):
        raise ValidationError(f"事项编码“{_code(item.code)}”已被另一个事项使用。")
    return save_items([item if e.code == _code(code) else e for e in current], reason)


def remove_item(code: str, reason: str) -> RegisterVersion:
    current = entries()
    kept = [e for e in current if e.code != _code(code)]
    if len(kept) == len(current):
        raise NotFoundError(f"抽查事项清单中没有编码为“{code}”的事项。")
    return save_items(kept, reason)
