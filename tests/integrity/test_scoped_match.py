"""A district's match over a received share re-computes offline against the city's draw record.

The district imports the city's share, its own inspector register and avoidance list, commits and runs
the match (SPOTCHECK-MATCH-1 scoped to its share, docs/spec-match-1.md section 12), writes the outputs
and `spotcheck verify` re-computes them beside the share's draw-record.json.
"""
from __future__ import annotations

import json
import zipfile

import pytest

from app.cli.main import main
from app.db import close_database, open_database
from app.draw.models import Draw, Inspection
from app.match import service as match_service
from app.match.queries import current_match
from app.match.records import write_record_files
from app.match.verify import verify_match_record
from app.share import layout as L
from app.share.importer import import_share
from app.share.writer import write_share
from tests.support.draws import DEMO_WITNESSES, draw_demo, import_district_registers, match_demo

DISTRICT = "市南区"


@pytest.fixture(scope="module")
def matched_share(tmp_path_factory):
    """(out dir with the district's match outputs and the share's draw-record.json, the draw record, keys)."""
    tmp = tmp_path_factory.mktemp("scoped")
    open_database(tmp / "city.sqlite3")
    try:
        share = write_share(match_demo(draw_demo()).draw_no, DISTRICT, tmp / "share.zip")
    finally:
        close_database()
    with zipfile.ZipFile(share.path) as zf:
        record_bytes = zf.read(L.DRAW_RECORD)
    open_database(tmp / "district.sqlite3")
    try:
        got = import_share(share.path, district=DISTRICT)
        import_district_registers()
        match_service.commit_match(got.draw_no, match_date=Draw.get(Draw.draw_no == got.draw_no).plan.start)
        match_service.run_match(got.draw_no, DEMO_WITNESSES)
        out = tmp / "out"
        out.mkdir()
        write_record_files(current_match(got.draw_no), out)
        keys = sorted(k for (k,) in Inspection.select(Inspection.key).tuples())
    finally:
        close_database()
    (out / "draw-record.json").write_bytes(record_bytes)
    return out, json.loads(record_bytes.decode("utf-8")), keys


def test_the_district_match_record_recomputes_offline(matched_share, capsys):
    out, draw_record, keys = matched_share
    record = json.loads((out / "match-record.json").read_bytes())
    assert sorted(a["key"] for a in record["assignments"]) == keys
    assert {a["district"] for a in record["assignments"]} == {DISTRICT}
    city_keys = {s["key"] for t in draw_record["tasks"] for s in t["selected"]}
    assert set(keys) < city_keys          # the city's record holds other districts' inspections too
    checks = verify_match_record(record, out, draw_record=draw_record)
    assert all(c.ok for c in checks), [(c.name, c.message) for c in checks if not c.ok]
    assert main(["verify", str(out / "match-record.json"), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["ok"] and "draw_record" in {c["name"] for c in result["checks"]}


def test_the_record_says_its_scope_and_verify_checks_it(matched_share):
    out, draw_record, _keys = matched_share
    record = json.loads((out / "match-record.json").read_bytes())
    assert record["scope"] == {"district": DISTRICT}
    checks = {c.name: c for c in verify_match_record(record, out, draw_record=draw_record)}
    assert checks["scope"].ok
    wrong = dict(record, scope={"district": "市北区"})
    bad = {c.name: c for c in verify_match_record(wrong, out, draw_record=draw_record)}
    assert not bad["scope"].ok and "市北区" in bad["scope"].message


def test_a_city_match_record_has_no_scope(matched_share):
    open_database(matched_share[0].parent / "city.sqlite3")
    try:
        assert "scope" not in current_match(1).record
    finally:
        close_database()
