"""app.campaign.stored_records: this database's records for the verify dialog, verified as published."""
from __future__ import annotations

import pytest

from app.campaign import stored_records as sr
from app.errors import StateError


def test_lists_draw_then_match_records_and_verifies_them(matched):
    records = sr.stored_records()
    assert [(r.kind, r.draw_no, r.revision) for r in records] == [(sr.DRAW, 1, 0), (sr.MATCH, 1, 0)]
    assert records[0].record_sha256 == matched.record_sha256
    spec, checks = sr.verify_stored(sr.DRAW, 1)
    assert spec == "SPOTCHECK-DRAW-1" and all(c["ok"] for c in checks)
    assert "frames" in [c["name"] for c in checks]
    spec, checks = sr.verify_stored(sr.MATCH, 1)
    assert spec == "SPOTCHECK-MATCH-1" and all(c["ok"] for c in checks)
    assert {"roster", "avoidance", "draw_record"} <= {c["name"] for c in checks}


def test_a_changed_stored_record_fails(drawn, db):
    from app.draw.models import Draw
    record = dict(drawn.record, seed="0" * 64)
    Draw.update(record=record).where(Draw.id == drawn.id).execute()
    _spec, checks = sr.verify_stored(sr.DRAW, 1)
    assert [c["name"] for c in checks if not c["ok"]]


def test_a_draw_without_match_has_no_match_record(drawn):
    assert [r.kind for r in sr.stored_records()] == [sr.DRAW]
    with pytest.raises(StateError, match="尚未提交匹配承诺"):
        sr.verify_stored(sr.MATCH, 1)


def test_frames_beside_a_record_file(tmp_path):
    record = tmp_path / "draw-record.json"
    record.write_text("{}", encoding="utf-8")
    assert sr.frames_beside(record) == ""
    (tmp_path / "frames").mkdir()
    assert sr.frames_beside(record) == ""                       # an empty folder is not a frames folder
    (tmp_path / "frames" / "frame-T1.txt").write_text("x", encoding="utf-8")
    assert sr.frames_beside(record) == str(tmp_path / "frames")
    other = tmp_path / "flat"
    other.mkdir()
    (other / "frame-T2.txt").write_text("x", encoding="utf-8")
    assert sr.frames_beside(other / "draw-record.json") == str(other)
