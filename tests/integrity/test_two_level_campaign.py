"""A whole two-level campaign (issue 14): one city database and two district databases in one test.

The city draws and sends each district its share; each district copy imports it, imports its own
inspector register and avoidance list, matches with its own witnesses, enters and reviews results and
returns one file; the city imports both returns and its progress shows each district. Then the refusals
the issue names: another district's share, an altered share, a return whose match was made again with
other digits (in a new district database), and a return for the wrong district.
"""
from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import pytest

from app.db import close_database, open_database
from app.draw.models import Draw
from app.errors import ValidationError
from app.integrity import check_all
from app.match import service as match_service
from app.results import service as results_service
from app.results.queries import REVIEWED, current_results
from app.settings.service import update_settings
from app.share import layout as L
from app.share import returns_layout as R
from app.share.importer import import_share
from app.share.progress import two_level_progress
from app.share.returns_import import import_return
from app.share.returns_writer import write_return
from app.share.writer import write_share
from app.workflow import step_states, visible_keys
from tests.support.draws import draw_demo, import_district_registers
from tests.support.results import complete_result, first_keys

WITNESSES = {
    "市南区": [{"name": "赵公证", "unit": "市南区公证处", "role": "公证员", "input": "1123581321345589144"},
             {"name": "钱监督", "unit": "市南区纪检组", "role": "监督人", "input": "2357111317192329"}],
    "市北区": [{"name": "孙公证", "unit": "市北区公证处", "role": "公证员", "input": "98765432109876543210"},
             {"name": "李监督", "unit": "市北区纪检组", "role": "监督人", "input": "1029384756"}],
}
OTHER_DIGITS = [{**w, "input": "5" * 12} for w in WITNESSES["市南区"]]


def _district_copy(db: Path, district: str, share: Path, witnesses: list[dict], results: int) -> Path:
    """One district's whole part, in its own database: returns the path of its return file."""
    open_database(db)
    try:
        update_settings({"role": district})
        got = import_share(share, district=district)
        import_district_registers()
        draw = Draw.get(Draw.draw_no == got.draw_no)
        assert visible_keys(step_states(draw.plan.id))[:1] == ["registers"]
        assert "draw" not in visible_keys(step_states(draw.plan.id))
        match_service.commit_match(got.draw_no, match_date=draw.plan.start)
        match_service.run_match(got.draw_no, witnesses)
        keys = first_keys(draw, results, district)
        for key in keys:
            results_service.enter_result(got.draw_no, key, complete_result(draw, key))
        results_service.review_results(got.draw_no, keys, f"{district}审核员")
        out = write_return(got.draw_no, db.with_suffix(".return.zip"))
        report = check_all()
        assert report.ok, report.lines()
        return out.path
    finally:
        close_database()


@pytest.fixture(scope="module")
def campaign(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("campaign")
    open_database(tmp / "city.sqlite3")
    try:
        # the plan leaves both districts and 李沧区 (which is never sent a share) to their own copies
        city_no = draw_demo(self_matching=[*WITNESSES, "李沧区"]).draw_no
        shares = {d: write_share(city_no, d, tmp / f"{d}-share.zip").path for d in WITNESSES}
    finally:
        close_database()
    returns = {d: _district_copy(tmp / f"{d}.sqlite3", d, shares[d], WITNESSES[d], 2) for d in WITNESSES}
    again = _district_copy(tmp / "市南区-again.sqlite3", "市南区", shares["市南区"], OTHER_DIGITS, 1)
    return {"tmp": tmp, "shares": shares, "returns": returns, "again": again}


@pytest.fixture
def city(campaign, tmp_path):
    copy = tmp_path / "city.sqlite3"
    copy.write_bytes((campaign["tmp"] / "city.sqlite3").read_bytes())
    open_database(copy)
    yield Draw.get(Draw.draw_no == 1)
    close_database()


def test_the_city_imports_both_returns_and_sees_each_district(campaign, city):
    for district, path in campaign["returns"].items():
        got = import_return(path)
        assert got.district == district and got.results == 2 and got.history is not None
    results = current_results(city)
    assert len(results) == 4 and {r.status for r in results.values()} == {REVIEWED}
    rows = {r.district: r for r in two_level_progress(1, dt.date(2020, 6, 1))}
    for district in WITNESSES:
        row = rows[district]
        assert row.state == "returned" and row.reviewed == 2 and row.teams == row.inspections
        assert row.committed_at and row.share_sent_at and row.audit_head and row.late is False
    assert rows["李沧区"].state == "not_sent" and rows["李沧区"].mode == "district"
    pending = {r.state for d, r in rows.items() if d not in {*WITNESSES, "李沧区"}}
    assert pending == {"city_pending"}    # the city has not matched its own districts yet
    # the city's result entry accepts the district's inspectors: a returned result can be corrected here
    key = next(iter(results))
    results_service.return_result(1, key, "市局复核员", "检查日期有误，请核实")
    results_service.enter_result(1, key, results[key].content | {"entered_by": "市局复核员"})
    assert current_results(city)[key].content["inspectors"] == results[key].content["inspectors"]
    report = check_all()
    assert report.ok, report.lines()


def test_another_districts_share_and_an_altered_share_are_refused(campaign, tmp_path):
    open_database(tmp_path / "district.sqlite3")
    try:
        with pytest.raises(ValidationError, match="市北区"):
            import_share(campaign["shares"]["市北区"], district="市南区")
        altered = tmp_path / "altered.zip"
        with zipfile.ZipFile(campaign["shares"]["市南区"]) as zf, zipfile.ZipFile(altered, "w") as out:
            for name in zf.namelist():
                data = zf.read(name)
                out.writestr(name, data.replace("市南区".encode(), "市北区".encode(), 1) if name == L.SHARE else data)
        with pytest.raises(ValidationError, match="SHA-256"):
            import_share(altered, district="市南区")
        assert not Draw.select().exists()
    finally:
        close_database()


def test_a_match_made_again_in_a_new_database_is_refused_after_the_first_return(campaign, city):
    import_return(campaign["returns"]["市南区"])
    with pytest.raises(ValidationError, match="区市重新做了匹配"):
        import_return(campaign["again"])
    rows = {r.district: r for r in two_level_progress(1, dt.date(2020, 6, 1))}
    assert rows["市南区"].returns == 1


@pytest.mark.parametrize("district, reason", [
    ("市南区", "限定范围"),                  # shared with, but the match is 市北区's
    ("李沧区", "没有为李沧区生成过"),         # self-matching, never sent a share
    ("崂山区", "崂山区的检查人员由市局匹配"),   # matched by the city, as the plan says
])
def test_a_return_for_the_wrong_district_is_refused(campaign, city, tmp_path, district, reason):
    with zipfile.ZipFile(campaign["returns"]["市北区"]) as zf:
        members = {n: zf.read(n) for n in zf.namelist() if n != L.MANIFEST}
    data = json.loads(members[R.RETURN])
    data["district"] = district
    members[R.RETURN] = L.share_json(data)
    members[L.MANIFEST] = L.manifest(members)
    bad = tmp_path / "wrong.zip"
    with zipfile.ZipFile(bad, "w") as zf:
        for name, blob in members.items():
            zf.writestr(name, blob)
    with pytest.raises(ValidationError, match=reason):
        import_return(bad)
    assert not current_results(city)
