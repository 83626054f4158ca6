"""A plan leaving districts to their own copies (区市自行匹配, issue 14 item 5): the city's match skips them.

The demo plan with 市北区 under [options] self_matching: the city commits and runs its match over the
other districts' inspections only, records the scope, and `verify` (with the draw record beside)
re-computes it; an added assignment of 市北区 or a removed one of another district fails the scope.
"""
from __future__ import annotations

import json

import pytest
from pypdf import PdfReader

from app import audit
from app.campaign.outputs import write_match_outputs
from app.demo import load_demo
from app.draw import plans
from app.draw import service as draw_service
from app.draw.models import Inspection
from app.draw.records import write_record_file
from app.errors import StateError
from app.match import service
from app.match.verify import verify_match_record
from app.settings.store import district_names
from app.share.modes import matching_mode
from tests.support.draws import DEMO_WITNESSES

LEFT = "市北区"


def _draw(self_matching: list[str]):
    """The demo plan with [options] self_matching added through the plan service, committed and drawn."""
    load_demo()
    [plan] = plans.list_plans()
    data, text, _base = plans.load_toml(plan.source_toml)
    data["options"] = dict(data.get("options") or {}, self_matching=self_matching)
    plan = plans.update_plan(plan.id, data, source_toml=text)
    return draw_service.run_draw(draw_service.commit_draw(plan.id).draw_no, DEMO_WITNESSES)


def _districts(draw) -> dict[str, str]:
    return {k: d for k, d in Inspection.select(Inspection.key, Inspection.district)
            .where((Inspection.draw == draw) & (Inspection.active == True)).tuples()}  # noqa: E712


def _failed(record: dict, folder) -> set[str]:
    draw_record = json.loads((folder / "draw-record.json").read_bytes())
    return {c.name for c in verify_match_record(record, folder, draw_record=draw_record) if not c.ok}


def test_the_city_matches_only_the_other_districts(db, tmp_path):
    draw = _draw([LEFT])
    assert draw.record["plan"]["self_matching"] == [LEFT]                 # fixed in the published record
    assert matching_mode(draw.plan, LEFT) == "district" and matching_mode(draw.plan, "市南区") == "city"
    districts = _districts(draw)
    covered = {k for k, d in districts.items() if d != LEFT}
    assert covered and len(covered) < len(districts)
    preview = service.preview_pools(draw.draw_no, match_date=draw.plan.start)
    assert preview["excluded_districts"] == [LEFT] and preview["inspections"] == len(covered)
    assert preview["left_to_districts"] == len(districts) - len(covered)
    match = service.commit_match(draw.draw_no, match_date=draw.plan.start)
    [entry] = [e for e in audit.entries() if e.action == "match.commit"]
    assert entry.payload["scope"] == {"excluded_districts": [LEFT]}       # logged before any witness digit
    assert match.commit_data["scope"] == {"excluded_districts": [LEFT]}
    match = service.run_match(draw.draw_no, DEMO_WITNESSES)
    record = match.record
    assert record["scope"] == {"excluded_districts": [LEFT]}
    assert {a["key"] for a in record["assignments"]} == covered
    assert all(not p["district"].startswith(LEFT) for p in record["pools"])
    paths = write_match_outputs(match, tmp_path)
    text = "".join("".join(p.extract_text() or "" for p in PdfReader(str(paths["pdf"])).pages).split())
    assert "除区市自行匹配的市北区以外各区市的检查对象" in text                 # the one line on paper
    write_record_file(draw, tmp_path)
    checks = verify_match_record(json.loads((tmp_path / "match-record.json").read_bytes()), tmp_path,
                                 draw_record=json.loads((tmp_path / "draw-record.json").read_bytes()))
    assert all(c.ok for c in checks), [c for c in checks if not c.ok]
    assert "一致" in next(c.message for c in checks if c.name == "scope")


def test_verify_fails_an_added_or_removed_inspection(db, tmp_path):
    draw = _draw([LEFT])
    service.commit_match(draw.draw_no, match_date=draw.plan.start)
    match = service.run_match(draw.draw_no, DEMO_WITNESSES)
    write_match_outputs(match, tmp_path)
    write_record_file(draw, tmp_path)
    record = json.loads((tmp_path / "match-record.json").read_bytes())
    left_key = next(k for k, d in _districts(draw).items() if d == LEFT)
    added = dict(record, assignments=record["assignments"] + [dict(record["assignments"][0], key=left_key,
                                                                    district=LEFT)])
    assert "scope" in _failed(added, tmp_path)
    removed = dict(record, assignments=record["assignments"][1:])
    assert "scope" in _failed(removed, tmp_path)


def test_a_plan_without_the_option_keeps_its_records_unscoped(db):
    draw = _draw([])
    assert "self_matching" not in draw.record["plan"] and "self_matching" not in (draw.plan.options or {})
    service.commit_match(draw.draw_no, match_date=draw.plan.start)
    assert "scope" not in service.run_match(draw.draw_no, DEMO_WITNESSES).record
    assert "scope" not in next(e for e in audit.entries() if e.action == "match.commit").payload


def test_every_district_self_matching_is_refused(db):
    draw = _draw(district_names())
    before = audit.head()
    with pytest.raises(StateError, match="均由区市自行匹配，市局没有需要匹配的检查对象"):
        service.preview_pools(draw.draw_no, match_date=draw.plan.start)
    with pytest.raises(StateError, match="均由区市自行匹配"):
        service.commit_match(draw.draw_no, match_date=draw.plan.start)
    assert audit.head() == before
