"""Match services on a real witnessed draw: commit → run → replace / resolve, refusals leaving nothing written."""
from __future__ import annotations

import json

import pytest

from app import audit
from app.campaign.outputs import write_match_outputs
from app.errors import CancelledError, NotFoundError, StateError, ValidationError
from app.match import queries, service, spec
from app.match.models import Assignment, InstitutionAssignment, Match, Replacement
from app.match.records import record_sha256
from app.match.verify import verify_match_record
from tests.support.matches import (
    AVOID,
    DATE,
    INSPECTIONS,
    ROSTER,
    WITNESSES,
    make_avoidance,
    make_draw,
    make_inspectors,
    make_institutions,
    make_vector_draw,
)


def _state() -> tuple:
    return (audit.head(), Match.select().count(), Assignment.select().count(), Replacement.select().count(),
            [(m.status, m.record_sha256) for m in Match.select()])


def test_commit_freezes_inputs_and_excludes_with_reasons(db):
    n = make_vector_draw([{"cert_no": "371000000009", "district": "市南区", "in_post": False, "status": "病假"},
                {"cert_no": "371000000010", "district": "市北区", "cert_expiry": "2020-10-01"}])
    preview = service.preview_pools(n, match_date=DATE)
    assert Match.select().count() == 0 and Assignment.select().count() == 0      # preview writes nothing
    reasons = {e["cert_no"]: e["reason"] for e in preview["excluded"]}
    assert "病假" in reasons["371000000009"] and "2020-10-01" in reasons["371000000010"]
    south = next(p for p in preview["pools"] if p["district"] == "市南区")
    assert (south["inspectors"], south["inspections"], south["cap"]) == (3, 4, 3)
    assert [e["cert_no"] for e in south["excluded"]] == ["371000000009"]
    head = audit.head()
    match = service.commit_match(n, match_date=DATE)
    assert match.roster_text == spec.roster_text(ROSTER)                          # ineligible left out
    assert match.avoid_text == spec.avoid_text(AVOID)
    assert match.log_head == head
    assert match.commitment == spec.match_commitment(match.draw.record_sha256, spec.H(match.roster_text),
                                                     spec.H(match.avoid_text), 2, head)
    assert audit.entries(limit=1)[0].action == "match.commit"
    assert match.commit_data["deadline"]                                          # 5 working days after the draw
    with pytest.raises(StateError, match="不能重复提交"):
        service.commit_match(n, match_date=DATE)


def test_refusals_write_nothing(db):
    with pytest.raises(NotFoundError, match="第 9 号抽取"):
        service.commit_match(9)
    n = make_vector_draw()
    before = _state()
    with pytest.raises(ValidationError, match="不得少于 2 人"):
        service.commit_match(n, team_size=1)
    with pytest.raises(ValidationError, match="YYYY-MM-DD"):
        service.commit_match(n, match_date="2020/10/26")
    with pytest.raises(StateError, match="尚未提交匹配承诺"):
        service.run_match(n, WITNESSES)
    assert _state() == before
    service.commit_match(n, match_date=DATE)
    before = _state()
    with pytest.raises(ValidationError, match="至少需要 2 名见证人"):
        service.run_match(n, WITNESSES[:1])
    with pytest.raises(ValidationError, match="至少需要 20 位"):
        service.run_match(n, [dict(w, input="123") for w in WITNESSES])
    with pytest.raises(ValidationError, match="不全是数字"):
        service.run_match(n, [dict(WITNESSES[0], input="12345678901x"), WITNESSES[1]])
    with pytest.raises(CancelledError):
        service.run_match(n, WITNESSES, cancel=lambda: True)
    assert _state() == before
    with pytest.raises(StateError, match="尚未匹配"):
        service.replace_inspector(n, "91370202NYRU9U324C", "371000000001", "病假", "张局长")


def test_run_reproduces_the_algorithm_and_runs_once(db, tmp_path):
    n = make_vector_draw()
    service.commit_match(n, match_date=DATE)
    match = service.run_match(n, WITNESSES)
    rec = match.record
    seed = spec.mseed(match.commitment, [w["input"] for w in WITNESSES])
    assert rec["mseed"] == seed == match.mseed
    expected = spec.match_all(seed, INSPECTIONS, ROSTER, AVOID, 2)
    assert [a["key"] for a in rec["assignments"]] == list(expected.teams)
    assert {a["key"]: a["inspectors"] for a in rec["assignments"]} == expected.teams
    assert all(a["leader"] == (a["inspectors"][0] if a["inspectors"] else None) for a in rec["assignments"])
    assert {s["key"] for s in rec["short"]} == {"370212593026050", "9137020341FG6NM27C"}
    assert rec["log_head_after"] and rec["revision"] == 0 and match.record_sha256 == record_sha256(rec)
    teams = queries.current_teams(n)
    assert teams["370212593026050"] == []
    assert all(t[0][2] == "组长" for t in teams.values() if t)
    assert sum(queries.loads(n).values()) == Assignment.select().count() == 17
    for key, team in teams.items():                                        # no avoided pair on any team
        assert not any((cert, key) in set(AVOID) for cert, _name, _role in team)
    with pytest.raises(StateError, match="只能执行一次"):
        service.run_match(n, WITNESSES)
    paths = write_match_outputs(match, tmp_path)
    written = paths["record"].read_bytes()
    assert spec.H(written.decode("utf-8")) == match.record_sha256                 # sha256sum of the file
    assert paths["roster"].read_bytes().decode() == match.roster_text
    checks = verify_match_record(json.loads(written), tmp_path)
    assert all(c.ok for c in checks), [c for c in checks if not c.ok]


def test_replacement_follows_the_rule_and_revises_the_record(db, tmp_path):
    n = make_vector_draw()
    service.commit_match(n, match_date=DATE)
    match = service.run_match(n, WITNESSES)
    key = "91370202JKJG677T48"
    team = queries.active_teams(match)[key]
    before = _state()
    with pytest.raises(ValidationError, match="原因"):
        service.replace_inspector(n, key, team[0], "  ", "张局长")
    with pytest.raises(ValidationError, match="分管领导"):
        service.replace_inspector(n, key, team[0], "病假", "")
    with pytest.raises(ValidationError, match="不在检查对象"):
        service.replace_inspector(n, key, "371000000008", "病假", "张局长")
    with pytest.raises(NotFoundError):
        service.replace_inspector(n, "NOSUCHKEY", team[0], "病假", "张局长")
    assert _state() == before
    loads = queries.current_loads(match)
    members = ["371000000001", "371000000002", "371000000003"]
    want = min((c for c in members if c not in team),                          # the rule, recomputed here
               key=lambda c: (loads[c], spec.pair_ticket(match.mseed, key, c)))
    old_sha = match.record_sha256
    change = service.replace_inspector(n, key, team[0], "身体健康状况", "张局长")
    assert change["in"] == want and change["out"] == team[0]
    match = Match.get_by_id(match.id)
    assert match.record["revision"] == 1 and match.record["previous_record_sha256"] == old_sha
    assert match.record["replacements"][0]["approver"] == "张局长"
    entry = audit.entries(limit=1)[0]
    assert entry.action == "match.replace" and entry.payload["record_sha256"] == match.record_sha256
    assert [c for c, _n, _r in queries.current_teams(n)[key]] == [want, team[1]]   # takes the slot: leader
    write_match_outputs(match, tmp_path)
    checks = verify_match_record(match.record, tmp_path)
    assert all(c.ok for c in checks), [c for c in checks if not c.ok]
    forged = json.loads(json.dumps(match.record))
    forged["replacements"][0]["in"] = team[1]                                    # not the rule's choice
    assert not next(c for c in verify_match_record(forged, tmp_path) if c.name == "replacements").ok


def test_short_inspection_resolved_by_recorded_decision(db, tmp_path):
    n = make_vector_draw()
    service.commit_match(n, match_date=DATE)
    service.run_match(n, WITNESSES)
    assert [s["key"] for s in queries.open_short(n)] == ["370212593026050", "9137020341FG6NM27C"]
    key = "9137020341FG6NM27C"
    before = _state()
    with pytest.raises(ValidationError, match="回避关系"):
        service.resolve_short(n, key, "371000000004", "本区人员回避", "张局长")
    with pytest.raises(ValidationError, match="不在本次匹配冻结"):
        service.resolve_short(n, key, "379999999999", "本区人员回避", "张局长")
    with pytest.raises(StateError, match="不在人员不足名单"):
        service.resolve_short(n, "91370202NYRU9U324C", "371000000008", "理由", "张局长")
    assert _state() == before
    change = service.resolve_short(n, key, "371000000008", "本区人员回避，由市局派员", "张局长")
    assert change["kind"] == "short-resolution" and change["out"] is None
    assert [s["key"] for s in queries.open_short(n)] == ["370212593026050"]
    assert [c for c, _n, _r in queries.current_teams(n)[key]][1] == "371000000008"
    with pytest.raises(StateError, match="不需要再补充"):
        service.resolve_short(n, key, "371000000006", "多余", "张局长")
    match = service.current_match(n)
    write_match_outputs(match, tmp_path)
    assert all(c.ok for c in verify_match_record(match.record, tmp_path))


def _failed(record, path) -> set[str]:
    return {c.name for c in verify_match_record(record, path) if not c.ok}


def test_tampered_record_fails_the_right_check(db, tmp_path):
    n = make_vector_draw()
    service.commit_match(n, match_date=DATE)
    match = service.run_match(n, WITNESSES)
    write_match_outputs(match, tmp_path)
    good = json.loads((tmp_path / "match-record.json").read_text(encoding="utf-8"))
    assert _failed(good, tmp_path) == set()

    def tampered(change):
        rec = json.loads(json.dumps(good))
        change(rec)
        return _failed(rec, tmp_path)

    full = next(a for a in good["assignments"] if len(a["inspectors"]) == 2)
    swap = lambda r: next(a for a in r["assignments"] if a["key"] == full["key"])["inspectors"].reverse()  # noqa: E731
    assert "teams" in tampered(swap)
    assert "mseed" in tampered(lambda r: r["witnesses"][0].update(input="55012983747"))
    assert "commitment" in tampered(lambda r: r.update(team_size=3))
    assert "roster" in tampered(lambda r: r["roster"][0].update(district="市北区"))
    assert "pools" in tampered(lambda r: r["pools"][0].update(cap=9))
    (tmp_path / "avoid.txt").write_text(spec.AVOID_HEADER, encoding="utf-8")     # a forged avoidance list
    assert "avoidance" in _failed(good, tmp_path)
    (tmp_path / "avoid.txt").unlink()
    missing = verify_match_record(good)                                           # no files at all
    assert any(c.name == "avoidance" and not c.ok and "avoid.txt" in c.message for c in missing)
    assert verify_match_record({"spec": "SPOTCHECK-DRAW-1"})[0].ok is False


def test_city_and_mixed_pools_and_institutions(db, tmp_path):
    make_inspectors([{"cert_no": c, "district": d} for c, d in ROSTER]
                    + [{"cert_no": "371000000011", "district": "市本级"}])
    make_avoidance(AVOID + [("INST000000000000A1", "91370202NYRU9U324C")])
    make_institutions([("INST000000000000A1", "青岛检测甲", ["检验检测"], None),
                       ("INST000000000000B2", "青岛检测乙", ["检验检测", "审计"], "2030-01-01"),
                       ("INST000000000000C3", "青岛检测丙", ["检验检测"], "2019-12-31")])
    n = make_draw(INSPECTIONS, pool="mixed", third_party="检验检测")
    preview = service.preview_pools(n, match_date=DATE)
    assert [p["district"] for p in preview["pools"]] == ["崂山区+市本级", "市北区+市本级", "市南区+市本级"]
    assert [e["key"] for e in preview["excluded_institutions"]] == ["INST000000000000C3"]
    service.commit_match(n, match_date=DATE)
    match = service.run_match(n, WITNESSES)
    rec = match.record
    assert rec["short"] == [] or all(s["pool"].endswith("+市本级") for s in rec["short"])
    nyru = next(a for a in rec["assignments"] if a["key"] == "91370202NYRU9U324C")
    assert nyru["institution"]["key"] == "INST000000000000B2"                   # avoidance honoured
    assert InstitutionAssignment.select().count() == len(INSPECTIONS)
    assert {i["key"] for i in rec["institutions"]} == {"INST000000000000A1", "INST000000000000B2"}
    assert queries.institutions(n)["91370202NYRU9U324C"][0]["name"] == "青岛检测乙"
    write_match_outputs(match, tmp_path)
    checks = verify_match_record(rec, tmp_path)
    assert all(c.ok for c in checks), [c for c in checks if not c.ok]
    assert any(c.name == "institutions" for c in checks)
    forged = json.loads(json.dumps(rec))
    nyru = next(a for a in forged["assignments"] if a["key"] == "91370202NYRU9U324C")
    nyru["institution"]["key"] = "INST000000000000A1"
    assert "institutions" in _failed(forged, tmp_path)


def test_void_before_run_then_recommit(db):
    n = make_vector_draw()
    service.commit_match(n, match_date=DATE)
    with pytest.raises(ValidationError):
        service.void_match(n, "")
    service.void_match(n, "人员名录更新后重新提交")
    assert queries.summary(n)["status"] == "none"
    match = service.commit_match(n, match_date=DATE)
    assert match.status == "committed" and Match.select().count() == 2


RECORD_FIELDS = {"spec", "draw_no", "draw_record_sha256", "roster_digest", "avoid_digest", "team_size",
                 "match_commitment", "witnesses", "mseed", "pools", "assignments", "short", "replacements",
                 "load", "log_head_after"}


def test_record_has_every_field_of_the_issue(db):
    n = make_vector_draw()
    service.commit_match(n, match_date=DATE)
    rec = service.run_match(n, WITNESSES).record
    assert RECORD_FIELDS <= set(rec)
    assert set(rec["pools"][0]) >= {"district", "inspectors", "inspections", "cap", "raised_from"}
    assert set(rec["assignments"][0]) >= {"key", "name", "district", "inspectors", "leader"}
    assert set(rec["short"][0]) >= {"key", "district", "assigned", "needed"}
    assert set(rec["witnesses"][0]) >= {"name", "unit", "input"}
    assert rec["load"] == dict(sorted(queries.loads(n).items()))


def test_no_inspector_register_is_refused(db):
    n = make_draw({"91370202NYRU9U324C": "市南区"})
    with pytest.raises(StateError, match="尚未导入执法检查人员名录库"):
        service.preview_pools(n)
    assert Match.select().count() == 0


def test_changed_inspections_after_commit_are_refused(db):
    from app.draw.models import Inspection
    n = make_vector_draw()
    service.commit_match(n, match_date=DATE)
    Inspection.update(active=False).where(Inspection.key == "91370202NYRU9U324C").execute()   # as an alternate would
    before = _state()
    with pytest.raises(StateError, match="有变化"):
        service.run_match(n, WITNESSES)
    assert _state() == before
