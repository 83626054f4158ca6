"""A district returns its match and results to the city (issue 14 items 3 end and 4): the city
re-computes the district's match offline, records teams and results, and refuses — with the reason —
a return re-run with other digits, one with an assignment changed, one for the wrong district and one
for another city database. A second return supersedes the first with new revisions."""
from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import pytest

from app.audit.log import entry_hash
from app.audit.models import AuditEntry
from app.cli.main import main
from app.db import close_database, open_database
from app.draw import spec
from app.draw.models import Draw
from app.errors import ValidationError
from app.integrity import check_all
from app.match import queries as match_queries
from app.match import service as match_service
from app.match import spec as match_spec
from app.match.changes import replace_inspector
from app.results import service as results_service
from app.results.queries import current_results, history
from app.share import layout as L
from app.share import returns_layout as R
from app.share.importer import import_share
from app.share.progress import two_level_progress
from app.share.return_log import AUDIT_LOG
from app.share.returns_import import import_return
from app.share.returns_writer import write_return
from app.share.writer import write_share
from tests.support.draws import DEMO_WITNESSES, draw_demo, import_district_registers, match_demo
from tests.support.results import complete_result, first_keys

DISTRICT = "市南区"


@pytest.fixture(scope="module")
def campaign(tmp_path_factory):
    """(city db path, the district's return, the keys with results, a second city db path)."""
    tmp = tmp_path_factory.mktemp("two-level")
    open_database(tmp / "city.sqlite3")
    try:
        city_no = match_demo(draw_demo(self_matching=[DISTRICT])).draw_no     # the city matches the others
        share = write_share(city_no, DISTRICT, tmp / "share.zip")
    finally:
        close_database()
    open_database(tmp / "other-city.sqlite3")    # another city database with the same draw number
    try:
        match_demo(draw_demo())
    finally:
        close_database()
    open_database(tmp / "district.sqlite3")
    try:
        got = import_share(share.path, district=DISTRICT)
        import_district_registers()
        draw = Draw.get(Draw.draw_no == got.draw_no)
        match_service.commit_match(got.draw_no, match_date=draw.plan.start)
        match_service.void_match(got.draw_no, "人员名录需更新")    # abandoned before its ceremony: shown at the city
        match_service.commit_match(got.draw_no, match_date=draw.plan.start)
        match_service.run_match(got.draw_no, DEMO_WITNESSES)
        keys = first_keys(draw, 2, DISTRICT)
        out = match_queries.current_teams(got.draw_no)[keys[0]][1][0]
        replace_inspector(got.draw_no, keys[0], out, "因病请假", "区局分管领导")
        for key in keys:
            results_service.enter_result(got.draw_no, key, complete_result(draw, key))
        results_service.review_results(got.draw_no, keys[:1], "区局审核员")
        first = write_return(got.draw_no, tmp / "return-1.zip")
        corrected = complete_result(draw, keys[1]) | {"entered_by": "区局录入员（更正）"}
        results_service.enter_result(got.draw_no, keys[1], corrected)
        second = write_return(got.draw_no, tmp / "return-2.zip")
        assert AuditEntry.select().where(AuditEntry.action == R.WRITE_ACTION).count() == 2
        report = check_all()
        assert report.ok, report.lines()
    finally:
        close_database()
    return tmp / "city.sqlite3", first, second, keys, tmp / "other-city.sqlite3"


@pytest.fixture
def city(campaign, tmp_path):
    """A fresh copy of the city database for each test."""
    copy = tmp_path / "city.sqlite3"
    copy.write_bytes(campaign[0].read_bytes())
    open_database(copy)
    yield Draw.get(Draw.draw_no == 1)
    close_database()


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def _rebuilt(members: dict[str, bytes], out: Path) -> Path:
    members = {n: d for n, d in members.items() if n != L.MANIFEST}
    members[L.MANIFEST] = L.manifest(members)
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out


def _edit_json(members: dict[str, bytes], member: str, change) -> None:
    data = json.loads(members[member].decode("utf-8"))
    change(data)
    members[member] = (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def test_the_return_holds_the_match_outputs_and_results(campaign):
    _, first, _, keys, _ = campaign
    members = _members(first.path)
    assert {R.RETURN, R.MATCH_RECORD, R.ROSTER, R.AVOID, L.DRAW_RECORD, L.MANIFEST} <= set(members)
    data = json.loads(members[R.RETURN])
    assert data["format"] == R.FORMAT and data["district"] == DISTRICT and data["city_draw_no"] == 1
    assert sorted(r["key"] for r in data["results"]) == keys and data["audit_head"] == first.audit_head
    assert {r["status"] for r in data["results"]} == {"entered", "reviewed"}
    assert data["match"]["record_sha256"] == spec.H(spec.canonical_json(json.loads(members[R.MATCH_RECORD])))


def test_the_city_imports_the_return(campaign, city):
    _, first, second, keys, _ = campaign
    got = import_return(first.path)
    assert got.history is not None and got.other_database is None
    assert got.district == DISTRICT and got.results == 2 and got.supersedes is None and got.teams > 2
    results = current_results(city)
    assert set(results) == set(keys)
    assert results[keys[0]].status == "reviewed" and results[keys[0]].reviewer == "区局审核员"
    entry = AuditEntry.select().where(AuditEntry.action == R.IMPORT_ACTION).get()
    payload = entry.payload if isinstance(entry.payload, dict) else json.loads(entry.payload)
    assert payload["audit_head"] == first.audit_head and set(keys) <= set(payload["teams"])
    record = json.loads(_members(first.path)[R.MATCH_RECORD])
    replaced = record["replacements"][0]
    assert replaced["reason"] == "因病请假" and replaced["in"] in payload["teams"][replaced["key"]]
    assert replaced["out"] not in payload["teams"][replaced["key"]] and payload["names"][replaced["in"]]
    assert [v["reason"] for v in got.history.voided] == ["人员名录需更新"]
    assert got.history.share_imported_at <= got.history.committed_at <= got.history.matched_at
    report = check_all()
    assert report.ok, report.lines()
    again = import_return(second.path)           # the second return supersedes the first, history kept
    assert again.supersedes == entry.id
    assert len(history(city, keys[1])) == 2 and current_results(city)[keys[1]].content != results[keys[1]].content
    report = check_all()
    assert report.ok, report.lines()


def test_progress_shows_each_district_of_the_two_level_campaign(campaign, city, tmp_path, capsys):
    _, first, second, keys, _ = campaign
    before = {r.district: r for r in two_level_progress(1, dt.date(2030, 1, 1))}
    assert before[DISTRICT].state == "sent" and before[DISTRICT].late is True       # deadline passed, no return
    assert before[DISTRICT].match_deadline and before[DISTRICT].committed_at is None
    assert {r.state for d, r in before.items() if d != DISTRICT} == {"city"}       # matched by the city itself
    import_return(first.path)
    import_return(second.path)
    row = {r.district: r for r in two_level_progress(1, dt.date(2030, 1, 1))}[DISTRICT]
    assert (row.state, row.returns, row.entered, row.reviewed) == ("returned", 2, 2, 1)
    assert row.audit_head == second.audit_head and row.other_database is None
    assert [v["reason"] for v in row.voided] == ["人员名录需更新"]
    assert row.committed_at and row.late == (row.committed_at[:10] > row.match_deadline)
    assert row.teams == row.inspections
    assert main(["share-progress", "--draw", "1", "--db", str(tmp_path / "city.sqlite3")]) == 0
    out = capsys.readouterr().out
    assert "已交回，待审核完" in out and second.audit_head in out and "人员名录需更新" in out


def _re_run(data: dict) -> None:
    """Other witness digits, the seed re-derived from them; the teams are the first run's."""
    data["witnesses"] = [{**w, "input": "9" * len(w["input"])} for w in data["witnesses"]]
    data["mseed"] = match_spec.mseed(data["match_commitment"], [w["input"] for w in data["witnesses"]])


def _moved(data: dict) -> None:
    a, b = data["assignments"][0], data["assignments"][1]
    a["inspectors"], b["inspectors"] = b["inspectors"], a["inspectors"]
    a["leader"], b["leader"] = a["inspectors"][0], b["inspectors"][0]


@pytest.mark.parametrize("case, reason", [
    ("re-run", "不能重新计算(?s:.*)teams"),
    ("digits", "不能重新计算(?s:.*)mseed"),
    ("assignment", "不能重新计算(?s:.*)检查组"),
    ("district", "市北区的检查人员由市局匹配"),
    ("byte", "未通过清单核对"),
])
def test_a_bad_return_is_refused_with_its_reason(campaign, city, tmp_path, case, reason):
    _, first, _, _, _ = campaign
    members = _members(first.path)
    if case in ("re-run", "digits", "assignment"):
        change = {"re-run": _re_run, "assignment": _moved,
                  "digits": lambda d: d["witnesses"][0].update(input="1" * len(d["witnesses"][0]["input"]))}[case]
        _edit_json(members, R.MATCH_RECORD, change)
        record = json.loads(members[R.MATCH_RECORD])
        _edit_json(members, R.RETURN, lambda d: d["match"].update(record_sha256=spec.H(spec.canonical_json(record))))
    elif case == "district":
        _edit_json(members, R.RETURN, lambda d: d.update(district="市北区"))
    if case == "byte":
        members[R.RETURN] = members[R.RETURN].replace(b'"entered"', b'"reviewed"', 1)
        bad = tmp_path / "bad.zip"
        with zipfile.ZipFile(bad, "w") as zf:
            for name, data in members.items():
                zf.writestr(name, data)
    else:
        bad = _rebuilt(members, tmp_path / "bad.zip")
    with pytest.raises(ValidationError, match=reason):
        import_return(bad)
    assert not current_results(city)
    assert not AuditEntry.select().where(AuditEntry.action == R.IMPORT_ACTION).exists()


def _log_lines(members: dict[str, bytes]) -> list[dict]:
    return [json.loads(line) for line in members[AUDIT_LOG].decode("utf-8").splitlines()]


def _set_log(members: dict[str, bytes], rows: list[dict]) -> None:
    members[AUDIT_LOG] = ("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n").encode("utf-8")


@pytest.mark.parametrize("case, reason", [
    ("edited", "第 3 行与哈希链不符"),
    ("truncated", "与 return.json 所记的 .* 不符"),
    ("no share import", "没有导入本库发给市南区的共享文件"),
])
def test_a_return_whose_district_log_does_not_hold_is_refused(campaign, city, tmp_path, case, reason):
    _, first, _, _, _ = campaign
    members = _members(first.path)
    rows = _log_lines(members)
    if case == "edited":
        rows[2]["actor"] = "另一个人"
        _set_log(members, rows)
    elif case == "truncated":
        _set_log(members, rows[:-1])
    else:       # a consistent log (count and head restated) in which the share was never imported
        rows = [r for r in rows if r["action"] != "share.import"]
        prev = "0" * 64
        for number, row in enumerate(rows, start=1):
            row["id"], row["prev_hash"] = number, prev
            row["hash"] = prev = entry_hash(number, row["at"], row["actor"], row["action"], row["payload"], prev)
        _set_log(members, rows)
        _edit_json(members, R.RETURN, lambda d: d.update(audit_count=len(rows), audit_head=prev))
    with pytest.raises(ValidationError, match=reason):
        import_return(_rebuilt(members, tmp_path / "bad.zip"))
    assert not AuditEntry.select().where(AuditEntry.action == R.IMPORT_ACTION).exists()


def test_a_return_to_another_city_database_is_refused(campaign):
    _, first, _, _, other = campaign
    open_database(other)
    try:
        with pytest.raises(ValidationError, match="不是本数据库"):
            import_return(first.path)
    finally:
        close_database()


def test_the_command_line(campaign, tmp_path, capsys):
    city_db, first, second, _, _ = campaign
    copy = tmp_path / "city.sqlite3"
    copy.write_bytes(city_db.read_bytes())
    assert main(["import", "return", str(first.path), "--db", str(copy)]) == 0
    assert "匹配重新计算一致" in capsys.readouterr().out
    assert main(["import", "return", str(second.path), "--json", "--db", str(copy)]) == 0
    assert json.loads(capsys.readouterr().out)["supersedes"]
    assert main(["return", "--draw", "1", "--out", str(tmp_path / "r.zip"), "--db", str(copy)]) != 0
    assert "不是从市局共享文件导入的" in capsys.readouterr().err
