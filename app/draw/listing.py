"""draw-listing.xlsx: every list of a draw record as a spreadsheet, beside draw-record.json.

The printed record holds its lists only up to a page limit (app.docs.record_lists); this file,
like the JSON, always holds every row: a 说明 sheet (draw, record SHA-256, each list's row count
and SHA-256 as printed), the merged inspections, then each task's selected and alternate entries.
Rows follow the record's order. app.xlsxstream streams the rows into the file (a 420,000-row
listing in a few seconds, where openpyxl's write-only mode took 26); every text cell goes through
app.spreadsheet.safe_text and is an inline string, so no text from a register can become a live formula.
"""
from __future__ import annotations

from pathlib import Path

from app.draw.list_digests import list_digests
from app.draw.models import Draw
from app.files import atomic_path, remove_stale_temporaries
from app.spreadsheet import safe_sheet_title
from app.xlsxstream import write_xlsx

FILE_NAME = "draw-listing.xlsx"


def _item_text(item) -> str:
    if isinstance(item, dict):
        name = item.get("item") or item.get("name") or ""
        extra = [str(v) for k, v in item.items() if k not in ("item", "name") and v not in (None, "", [], {})]
        return f"{name}（{'，'.join(extra)}）" if extra else name
    return str(item)


def _items_text(items: list, texts: dict[tuple, str]) -> str:
    """The items' cell; most inspections share one of a few item lists, so each is joined once."""
    try:
        return texts[tuple(items)]
    except KeyError:
        text = texts[tuple(items)] = "；".join(_item_text(x) for x in items)
        return text
    except TypeError:      # an item given as a table (unhashable)
        return "；".join(_item_text(x) for x in items)


def _lists(record: dict) -> list[tuple[str, str, list[str], list[list], list]]:
    """(sheet title, path in the JSON, header, rows, the JSON list) of every list: inspections first."""
    out = []
    texts: dict[tuple, str] = {}
    for n, t in enumerate(record.get("tasks") or []):
        code = str(t.get("code", ""))
        for field, label, extra in (("selected", "抽中", []), ("alternates", "替补", ["替补序"])):
            entries = t.get(field) or []
            rows = [[i, e.get("stratum", ""), e.get("key", ""), e.get("name", ""), e.get("ticket", "")]
                    + ([e.get("rank", "")] if extra else []) for i, e in enumerate(entries, 1)]
            out.append((f"{code} {label}", f"tasks[{n}].{field}",
                        ["序号", "层", "统一社会信用代码", "名称", "签号（SHA-256）"] + extra, rows, entries))
    inspections = record.get("inspections") or []
    rows = [[i, s.get("district", ""), s.get("key", ""), s.get("name", ""), "、".join(s.get("tasks") or []),
             _items_text(s.get("items") or [], texts)] for i, s in enumerate(inspections, 1)]
    out.insert(0, ("合并后检查对象", "inspections", ["序号", "区市", "统一社会信用代码", "名称", "任务", "检查事项"],
                   rows, inspections))
    return out


def write_listing(draw: Draw, out_dir: str | Path, digests: dict[str, str] | None = None) -> Path:
    """Write out_dir/draw-listing.xlsx for a drawn (or voided after drawing) draw; returns its path.
    `digests`: app.draw.list_digests.list_digests(draw.record) when the caller has them already."""
    record = draw.record or {}
    digests = digests or list_digests(record, draw.record_sha256)
    path = Path(out_dir) / FILE_NAME
    lists = _lists(record)
    info: list[list] = [["抽取编号", draw.draw_no], ["draw-record.json 的 SHA-256", draw.record_sha256 or ""],
                        ["说明", "本表列出抽取记录中的全部名单，与 draw-record.json 逐行一致；各名单的 SHA-256 为该名单"
                         "在 draw-record.json 中按规范 JSON 序列化（键排序、无空格、不转义）后 UTF-8 字节的 SHA-256，"
                         "与打印版一致。"],
                        [], ["工作表", "记录中的位置", "行数", "名单 SHA-256"]]
    used: set[str] = {"说明"}
    titles = [_unique(title, used) for title, *_ in lists]
    for title, (_, json_path, _header, rows, _entries) in zip(titles, lists):
        info.append([title, json_path, len(rows), digests[json_path]])
    sheets = [("说明", info)] + [(title, [header, *rows]) for title, (_, _, header, rows, _) in zip(titles, lists)]
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(path.parent)
    with atomic_path(path) as tmp:
        write_xlsx(tmp, sheets)
    return path


def _unique(title: str, used: set[str]) -> str:
    title = safe_sheet_title(title, "名单")
    candidate, n = title, 2
    while candidate.lower() in used:
        suffix = f"({n})"
        candidate, n = title[:31 - len(suffix)] + suffix, n + 1
    used.add(candidate.lower())
    return candidate
