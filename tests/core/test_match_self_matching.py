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
from app.campaign.changes import use_alternate_after_match
from app.campaign.outputs import write_match_outputs
from app.cli.main import main
from app.draw.models import Inspection
from app.draw.records import write_record_file
from app.errors import StateError
from app.integrity.checks import check_all
from app.match import service
from app.match.queries import current_match
from app.match.verify import verify_match_record
from app.packages.writer import write_packages
from app.settings.store import district_names
from app.share.modes import matching_mode
from app.share.verify import verify_share
from app.share.writer import write_share
from tests.support.draws import DEMO_WITNESSES, draw_demo

LEFT = "市北区"


def _draw(self_matching: list[str]):
    """The demo plan with [options] self_matching added through the plan service, committed and drawn."""
    return draw_demo(DEMO_WITNESSES, self_matching)


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


def _first_alternate(draw, district: str) -> tuple[str, str, str] | None:
    """(task, out_key, in_key) of a drawn enterprise of `district` in one task only, its alternate new."""
    active = set(_districts(draw))
    for task in draw.record["tasks"]:
        for s in task["selected"]:
            ins = Inspection.get(Inspection.draw == draw, Inspection.key == s["key"])
            alt = next(a for a in task["alternates"] if a["stratum"] == s["stratum"])
            if ins.district == district and ins.tasks == [task["code"]] and alt["key"] not in active:
                return task["code"], s["key"], alt["key"]
    return None


def _draw_with_new_alternates(districts: list[str]):
    """_draw([LEFT]), drawn again (the first draw voided) while a district in `districts` has no alternate
    that is new: each district has one alternate per task, and both may already be drawn by the other
    task (about 1 draw in 400 per district; the seed changes with the log's times)."""
    from app.campaign.changes import void_draw
    from app.draw import service as draw_service
    draw = _draw([LEFT])
    while not all(_first_alternate(draw, d) for d in districts):
        void_draw(draw.draw_no, "替补对象均已被抽中，重新抽取")
        draw = draw_service.run_draw(draw_service.commit_draw(draw.plan.id).draw_no, DEMO_WITNESSES)
    return draw


def test_alternates_after_the_match_and_the_database_check(db, tmp_path):
    draw = _draw_with_new_alternates([LEFT, "市南区"])
    service.commit_match(draw.draw_no, match_date=draw.plan.start)
    match = service.run_match(draw.draw_no, DEMO_WITNESSES)
    found = _first_alternate(draw, LEFT)
    assert found
    task, out_key, in_key = found
    change = use_alternate_after_match(draw.draw_no, task, out_key, "检查前已注销", "张局长")
    assert change["matched"] is False and change["in_key"] == in_key      # the district's copy matches it
    assert current_match(draw.draw_no).record_sha256 == match.record_sha256
    found = _first_alternate(draw, "市南区")
    assert found
    task, out_key, in_key = found
    change = use_alternate_after_match(draw.draw_no, task, out_key, "检查前已注销", "张局长")
    assert change["matched"] is True and len(change["team"]) == match.team_size
    match = current_match(draw.draw_no)
    write_match_outputs(match, tmp_path)
    write_record_file(draw, tmp_path)
    assert _failed(json.loads((tmp_path / "match-record.json").read_bytes()), tmp_path) == set()
    report = check_all()
    assert report.ok, report.findings


def test_shares_after_the_city_match(db, tmp_path):
    """The self-matching district's share carries no work package (it matches and issues its own); a
    city-matched district's share carries the package with the city's teams, as before."""
    draw = _draw([LEFT])
    service.commit_match(draw.draw_no, match_date=draw.plan.start)
    service.run_match(draw.draw_no, DEMO_WITNESSES)
    own = write_share(draw.draw_no, LEFT, tmp_path / "left.zip")
    assert own.package is None and own.inspections
    assert verify_share(tmp_path / "left.zip").ok
    city = write_share(draw.draw_no, "市南区", tmp_path / "city.zip")
    assert city.package is not None
    with pytest.raises(StateError, match="由区市自行匹配检查人员，工作包由该区市"):
        write_packages(draw.draw_no, tmp_path / "packages", district=LEFT)
    issued = write_packages(draw.draw_no, tmp_path / "packages")
    assert issued and LEFT not in {p.district for p in issued}


def test_cli_commit_says_the_scope_and_verify_checks_it(db, db_path, tmp_path, capsys):
    draw = _draw([LEFT])
    db_arg = ["--db", str(db_path)]
    assert main(["match", "commit", "--draw", str(draw.draw_no), "--date", draw.plan.start] + db_arg) == 0
    assert f"按计划由区市自行匹配的{LEFT}的检查对象不在本次匹配中" in capsys.readouterr().out
    match = service.run_match(draw.draw_no, DEMO_WITNESSES)
    write_match_outputs(match, tmp_path)
    write_record_file(draw, tmp_path)                       # draw-record.json beside the match record
    assert main(["verify", str(tmp_path / "match-record.json"), "--frames", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "通过  scope" in out and "与抽取记录中其他区市的检查对象一致" in out
    record = json.loads((tmp_path / "match-record.json").read_bytes())
    record["scope"] = {"excluded_districts": []}
    (tmp_path / "match-record.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    assert main(["verify", str(tmp_path / "match-record.json"), "--frames", str(tmp_path)]) == 1


def test_city_documents_leave_out_the_self_matching_districts(db, tmp_path):
    from app.docs.service import generate  # reportlab: loaded only by the test that prints
    draw = _draw([LEFT])
    service.commit_match(draw.draw_no, match_date=draw.plan.start)
    service.run_match(draw.draw_no, DEMO_WITNESSES)
    covered = {k for k, d in _districts(draw).items() if d != LEFT}
    left = set(_districts(draw)) - covered
    files = generate("form", draw.draw_no, tmp_path / "forms")    # one per enterprise and one merged file
    names = {f.name.split("_")[1] for f in files}
    assert covered <= names and not names & left and len(files) == len(covered) + 1
    with pytest.raises(StateError, match=f"{LEFT}在本区市的程序中自行匹配"):
        generate("notice", draw.draw_no, tmp_path / "notices", district=LEFT)
    assert not (tmp_path / "notices").exists() or not list((tmp_path / "notices").iterdir())


def test_the_commitment_sheet_and_draw_record_name_the_self_matching_districts(db, tmp_path):
    from app.docs.service import generate  # reportlab: loaded only by the test that prints
    draw = _draw([LEFT])
    for kind in ("commitment", "draw-record"):
        [path] = generate(kind, draw.draw_no, tmp_path / kind)
        text = "".join("".join(p.extract_text() or "" for p in PdfReader(str(path)).pages).split())
        assert f"区市自行匹配{LEFT}" in text, kind
