"""Verifying draw-record.json with its frame files from the record's text, without parsing its lists.

`spotcheck verify RECORD --frames DIR` re-draws every task from its frame file, and the record's lists
must then be exactly the re-draw. Parsing those lists (json.loads of a 60 MB record at 1,000,000
enterprises: 1.4 s, more than the draw itself) only to compare them object by object is most of the
cost, so this path compares text instead:

1. the lists' places in the text are found (canonical JSON: keys sorted, no spaces), and the rest of the
   record - the small header - is parsed with a placeholder string in each list's place; its canonical
   JSON must give back exactly that text, so the record is canonical JSON and each list stands where
   the header says;
2. each list's text, with the values the frame files cannot give (names, districts) emptied by one
   regular-expression pass, must equal the text built from the re-draw and the merge (the expected
   keys, strata, tickets, ranks, tasks, items and no conditional items);
3. then the record's lists hold what the re-draw holds, so every check of app.draw.verify runs on the
   header with the re-drawn lists, and gives what it would give on the parsed record; the tickets,
   their order and the merge are the re-draw's own (spec.draw_task computes each ticket from the
   recorded seed, and sorts them), so they are not computed a second time.

Whenever anything differs - a frame file missing or changed, a list not as re-drawn, a record not in
canonical form, conditional items - this returns None and the caller parses the record and runs the
detailed checks, which name what differs. This path only ever says "all as recomputed" sooner.
"""
from __future__ import annotations

import json
import re
from json.encoder import encode_basestring
from pathlib import Path

from app.draw import spec
from app.draw.verify import (
    FRAMES_OK,
    ORDER_OK,
    SUMMARY_STEPS,
    TICKETS_OK,
    Check,
    frame_file_name,
    merge_ok,
    run_steps,
    verify_draw_record,
)
from app.gcpause import gc_paused

# A JSON string body (RFC 8259: no raw control character, only the defined escapes), unrolled so that
# the common case is one run of plain characters.
_BODY = r'[^"\\\x00-\x1f]*(?:\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})[^"\\\x00-\x1f]*)*'
_NAME = re.compile(f'"name":"{_BODY}"')
_DISTRICT = re.compile(f'"district":"{_BODY}"')
_SELECTED = '{"key":%s,"name":"","stratum":%s,"ticket":"%s"}'
_ALTERNATE = '{"key":%s,"name":"","rank":%d,"stratum":%s,"ticket":"%s"}'
_INSPECTION = '{"conditions":[],"district":"","items":%s,"key":%s,"name":"","tasks":%s}'
_SLOT = "\x00slot%d"


def verify_record_text(text: str, frames_dir: str | Path) -> list[Check]:
    """verify_draw_record(json.loads(text), frames_dir): through the text comparison when the record
    is as re-drawn, otherwise by parsing it and comparing in detail."""
    checks = fast_checks(text, frames_dir)
    return checks if checks is not None else verify_draw_record(json.loads(text), frames_dir)


def fast_checks(text: str, frames_dir: str | Path) -> list[Check] | None:
    """The checks of a record whose lists are exactly the re-draw from frames_dir; None otherwise."""
    with gc_paused():   # the re-draw makes as many objects as the draw did
        try:
            return _fast_checks(text, Path(frames_dir))
        except (KeyError, TypeError, ValueError, AttributeError, IndexError, OSError, UnicodeDecodeError):
            return None   # the detailed path says what is wrong


def _segments(text: str) -> list[tuple[int, int]] | None:
    """(start, end) of the inspections list, then each task's alternates and selected lists, in text order."""
    out = []
    start = text.find('"inspections":[')
    if start < 0:
        return None
    start += len('"inspections":')
    end = text.find('],"log_head":', start)
    out.append((start, end + 1))
    pos = end
    while (start := text.find('"alternates":[', pos)) >= 0:
        start += len('"alternates":')
        end = text.find('],"code":', start)
        s_start = text.find('"selected":[', end)
        s_end = text.find('],"strata":', s_start)
        if min(end, s_start, s_end) < 0:
            return None
        s_start += len('"selected":')
        out += [(start, end + 1), (s_start, s_end + 1)]
        pos = s_end
    return out


def _fast_checks(text: str, frames_dir: Path) -> list[Check] | None:
    cuts = _segments(text)
    if cuts is None:
        return None
    pieces, last = [], 0
    for n, (start, end) in enumerate(cuts):
        pieces += [text[last:start], encode_basestring(_SLOT % n)]
        last = end
    header_text = "".join(pieces) + text[last:]
    header = json.loads(header_text)
    tasks = header["tasks"]
    if header.get("spec") != spec.SPEC or spec.canonical_json(header) != header_text or \
            any(header_text.count(encode_basestring(_SLOT % n)) != 1 for n in range(len(cuts))) or \
            header["inspections"] != _SLOT % 0 or len(cuts) != 1 + 2 * len(tasks) or \
            any((t["alternates"], t["selected"]) != (_SLOT % (1 + 2 * n), _SLOT % (2 + 2 * n))
                for n, t in enumerate(tasks)):
        return None
    segment = [text[start:end] for start, end in cuts]
    draws = []
    for n, t in enumerate(tasks):
        frame = (frames_dir / frame_file_name(t["code"])).read_bytes().decode("utf-8")
        if spec.H(frame) != t["frame_digest"]:
            return None
        result = spec.draw_task(header["seed"], t["code"], spec.parse_frame_text(frame), t["ratio"])
        if [{k: s[k] for k in ("stratum", "size", "quota")} for s in result.strata] != \
                [{k: s[k] for k in ("stratum", "size", "quota")} for s in t["strata"]]:
            return None
        if _NAME.sub('"name":""', segment[2 + 2 * n]) != _selected_text(result.selected) or \
                _NAME.sub('"name":""', segment[1 + 2 * n]) != _alternates_text(result.alternates):
            return None
        draws.append(result)
    merged = spec.merge([(t["code"], t.get("items", []), d.selected) for t, d in zip(tasks, draws)])
    if _DISTRICT.sub('"district":""', _NAME.sub('"name":""', segment[0])) != _inspections_text(merged):
        return None
    for t, d in zip(tasks, draws):
        t["selected"], t["alternates"] = d.selected, d.alternates
    header["inspections"] = merged
    return ([Check("spec", True, spec.SPEC)] + run_steps(header, SUMMARY_STEPS)
            + [TICKETS_OK, ORDER_OK, merge_ok(len(merged)), FRAMES_OK])


def _selected_text(entries: list[dict]) -> str:
    return "[" + ",".join([_SELECTED % (encode_basestring(e["key"]), encode_basestring(e["stratum"]), e["ticket"])
                           for e in entries]) + "]"


def _alternates_text(entries: list[dict]) -> str:
    return "[" + ",".join([_ALTERNATE % (encode_basestring(e["key"]), e["rank"], encode_basestring(e["stratum"]),
                                         e["ticket"]) for e in entries]) + "]"


def _inspections_text(merged: list[dict]) -> str:
    # One template per combination of tasks (there are few), with its tasks' and items' JSON in place.
    templates: dict[tuple, str] = {}
    for m in merged:
        combo = tuple(m["tasks"])
        if combo not in templates:
            items, tasks = (spec.canonical_json(m[k]).replace("%", "%%") for k in ("items", "tasks"))
            templates[combo] = _INSPECTION % (items, "%s", tasks)
    return "[" + ",".join([templates[tuple(m["tasks"])] % encode_basestring(m["key"]) for m in merged]) + "]"
