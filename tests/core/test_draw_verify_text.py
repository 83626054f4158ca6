"""app.draw.verify_text: verify with frames from the record's text gives exactly the detailed checks'
result, and every tampering still reaches the detailed checks, which name it."""
from __future__ import annotations

import json

import pytest

from app.draw.verify import verify_draw_record
from app.draw.verify_text import fast_checks, verify_record_text
from tests.support.draws import draw_samples_with_files


@pytest.fixture
def drawn(db, samples_dir, tmp_path):
    return draw_samples_with_files(samples_dir, tmp_path)


def _as_rows(checks):
    return [(c.name, c.ok, c.message) for c in checks]


def test_a_genuine_record_is_confirmed_from_its_text_with_the_same_checks(drawn):
    _, path, frames = drawn
    text = path.read_text(encoding="utf-8")
    fast = fast_checks(text, frames)
    assert fast is not None
    assert _as_rows(fast) == _as_rows(verify_draw_record(json.loads(text), frames))
    assert all(c.ok for c in fast)


def _tamper(record: dict, what: str) -> None:
    t = record["tasks"][0]
    if what == "key":
        key = t["selected"][0]["key"]     # a credit code may itself end in X: change it to something else
        t["selected"][0]["key"] = key[:-1] + ("Y" if key.endswith("X") else "X")
    elif what == "ticket":
        t["selected"][1]["ticket"] = "0" * 64
    elif what == "stratum":
        t["selected"][0]["stratum"] += "区"
    elif what == "rank":
        t["alternates"][0]["rank"] = 2
    elif what == "swap":
        t["selected"][0], t["selected"][1] = t["selected"][1], t["selected"][0]
    elif what == "dropped":
        del record["inspections"][-1]
    elif what == "items":
        record["inspections"][0]["items"].append("额外事项")
    elif what == "condition":
        record["inspections"][0]["conditions"].append({"item": "条件事项"})
    elif what == "entry-field":
        t["selected"][0]["note"] = "x"
    elif what == "witness":
        record["witnesses"][0]["input"] = "9" + record["witnesses"][0]["input"][1:]
    elif what == "seed":
        record["seed"] = "f" * 64
    elif what == "strata":
        t["strata"][0]["quota"] += 1
    elif what == "name":          # names come from the register, not the frames: no check covers them
        t["selected"][0]["name"] = "改名\"公司\\"
    elif what == "alternates-to-string":
        t["alternates"] = "\x00slot1"


@pytest.mark.parametrize("what", ["key", "ticket", "stratum", "rank", "swap", "dropped", "items", "condition",
                                  "entry-field", "witness", "seed", "strata", "name", "alternates-to-string"])
def test_every_tampering_gives_the_detailed_result(drawn, what):
    _, path, frames = drawn
    record = json.loads(path.read_text(encoding="utf-8"))
    _tamper(record, what)
    text = json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    detailed = _as_rows(verify_draw_record(json.loads(text), frames))
    assert _as_rows(verify_record_text(text, frames)) == detailed
    if what == "name":
        assert all(ok for _, ok, _ in detailed) and fast_checks(text, frames) is not None
    elif what == "entry-field":   # no check reads it; the text path, not knowing it, leaves it to them
        assert all(ok for _, ok, _ in detailed) and fast_checks(text, frames) is None
    else:
        assert not all(ok for _, ok, _ in detailed), what
        fast = fast_checks(text, frames)
        # a list not as re-drawn goes to the detailed checks; a changed witness digit leaves the lists
        # as re-drawn and fails the same "seed" check on either path
        assert fast is None if what != "witness" else _as_rows(fast) == detailed, what


def test_non_canonical_text_or_a_missing_frame_file_takes_the_detailed_path(drawn):
    _, path, frames = drawn
    text = path.read_text(encoding="utf-8")
    spaced = json.dumps(json.loads(text), ensure_ascii=False, sort_keys=True, indent=1)
    assert fast_checks(spaced, frames) is None
    assert _as_rows(verify_record_text(spaced, frames)) == _as_rows(verify_draw_record(json.loads(text), frames))
    next(frames.glob("frame-*.txt")).unlink()
    assert fast_checks(text, frames) is None
    failed = [c for c in verify_record_text(text, frames) if not c.ok]
    assert [c.name for c in failed] == ["frames"] and "找不到任务" in failed[0].message
