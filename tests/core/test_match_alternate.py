"""An alternate (替补) used after the match: the alternate's team by the rule, one transaction, a verified revision."""
from __future__ import annotations

import hashlib
import json

import pytest

from app.errors import NotFoundError, StateError, ValidationError
from tests.support.draws import DEMO_WITNESSES
from tests.support.matches import alternate_candidate


def _h(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _state() -> dict:
    from app import audit
    from app.draw.models import AlternateUse, Inspection
    from app.match.models import Assignment, Match, Replacement
    return {"head": audit.head(), "alternate_uses": AlternateUse.select().count(),
            "inspections": sorted((i.key, i.active, tuple(i.tasks)) for i in Inspection.select()),
            "assignments": sorted((a.key, a.cert_no, a.slot, a.active) for a in Assignment.select()),
            "replacements": Replacement.select().count(),
            "records": sorted((m.id, m.record_sha256) for m in Match.select())}


def _independent_team(mseed: str, key: str, pool: list[str], avoided: set[str], loads: dict, m: int) -> list[str]:
    loads, team = dict(loads), []
    for _slot in range(m):
        choices = [c for c in pool if c not in team and c not in avoided]
        if not choices:
            break
        best = min(choices, key=lambda c: (loads.get(c, 0), _h(f"{mseed}|PAIR|{key}|{c}")))
        team.append(best)
        loads[best] = loads.get(best, 0) + 1
    return team


def _verify(match, out_dir, record=None):
    from app.campaign.outputs import write_match_outputs
    from app.match.verify import verify_match_record
    paths = write_match_outputs(match, out_dir)
    rec = record if record is not None else json.loads(paths["record"].read_text(encoding="utf-8"))
    return {c.name: c for c in verify_match_record(rec, out_dir)}, rec


def test_alternate_after_match_gets_a_team_by_the_rule(matched, tmp_path):
    from app import audit
    from app.campaign.changes import use_alternate_after_match
    from app.draw.models import AlternateUse, Inspection
    from app.match import queries
    from app.match.models import Assignment
    from app.match.service import current_match
    task, out_key, alt = alternate_candidate(matched)
    match = current_match(matched.draw_no)
    old_team = queries.active_teams(match)[out_key]
    loads_before = queries.current_loads(match)
    assert len(old_team) == match.team_size

    change = use_alternate_after_match(matched.draw_no, task, out_key, "检查前已注销", "张局长")

    use = AlternateUse.get()
    assert (use.out_key, use.in_key, use.task_code) == (out_key, alt["key"], task)
    assert change["in_key"] == alt["key"] and change["removed"] == old_team and change["matched"]
    # the new inspection: district pool (the demo's Task.pool is district), m inspectors, no avoided pair
    ins = Inspection.get(Inspection.draw == matched, Inspection.key == alt["key"])
    assert ins.active and not Inspection.get(Inspection.draw == matched, Inspection.key == out_key).active
    match = current_match(matched.draw_no)
    roster = [line.split("|") for line in match.roster_text.splitlines()[1:]]
    pool = sorted(c for c, d in roster if d == ins.district)
    avoided = {c for c, k in (line.split("|") for line in match.avoid_text.splitlines()[1:]) if k == alt["key"]}
    team = queries.active_teams(match)[alt["key"]]
    assert change["pool"] == ins.district and len(team) == match.team_size
    assert set(team) <= set(pool) and not set(team) & avoided
    # re-computed independently: the out team released first, then slot by slot by (load, pair ticket)
    loads = dict(loads_before)
    for c in old_team:
        loads[c] -= 1
    assert team == change["team"] == _independent_team(match.mseed, alt["key"], pool, avoided, loads,
                                                       match.team_size)
    # the old team stays in history, inactive; the current teams name the alternate's team
    old_rows = list(Assignment.select().where((Assignment.match == match) & (Assignment.key == out_key)))
    assert len(old_rows) == len(old_team) and not any(r.active for r in old_rows)
    assert {r.source for r in Assignment.select().where(Assignment.key == alt["key"])} == {"alternate"}
    teams = queries.current_teams(matched.draw_no)
    assert teams[out_key] == [] and [c for c, _n, _r in teams[alt["key"]]] == team
    assert teams[alt["key"]][0][2] == queries.LEADER
    assert queries.loads(matched.draw_no) == {c: n + team.count(c) for c, n in loads.items()}
    # a new record revision, logged with its digest
    rec = match.record
    assert rec["revision"] == 1 and rec["alternates"][0]["team"] == team
    assert rec["alternates"][0]["approver"] == "张局长" and rec["alternates"][0]["revision"] == 1
    [entry] = audit.entries(action="match.alternate")
    assert entry.payload["record_sha256"] == match.record_sha256 == change["record_sha256"]
    assert audit.entries(action="draw.alternate")
    checks, _rec = _verify(match, tmp_path / "out")
    assert all(c.ok for c in checks.values()), [c for c in checks.values() if not c.ok]
    assert "1 项替补" in checks["replacements"].message


def test_tampered_alternate_team_fails_verification(matched, tmp_path):
    from app.campaign.changes import use_alternate_after_match
    from app.match.service import current_match
    task, out_key, _alt = alternate_candidate(matched)
    use_alternate_after_match(matched.draw_no, task, out_key, "检查前已注销", "张局长")
    match = current_match(matched.draw_no)
    checks, rec = _verify(match, tmp_path / "out")
    assert checks["replacements"].ok
    entry = rec["alternates"][0]
    pool = sorted(r["cert_no"] for r in rec["roster"] if r["district"] == entry["district"])
    other = next(c for c in pool if c not in entry["team"])

    tampered = json.loads(json.dumps(rec))
    tampered["alternates"][0]["team"] = [other] + entry["team"][1:]
    checks, _ = _verify(match, tmp_path / "out", tampered)
    assert not checks["replacements"].ok and "不是规则选出的人员" in checks["replacements"].message

    tampered = json.loads(json.dumps(rec))
    tampered["alternates"][0]["team"] = list(reversed(entry["team"]))       # another leader
    checks, _ = _verify(match, tmp_path / "out", tampered)
    assert not checks["replacements"].ok

    tampered = json.loads(json.dumps(rec))
    tampered["alternates"][0]["removed"] = [other]
    checks, _ = _verify(match, tmp_path / "out", tampered)
    assert not checks["replacements"].ok and "撤下" in checks["replacements"].message

    tampered = json.loads(json.dumps(rec))
    del tampered["alternates"]
    checks, _ = _verify(match, tmp_path / "out", tampered)
    assert not checks["replacements"].ok


def test_changes_interleave_and_the_chain_verifies(matched, tmp_path):
    """replace → alternate → replace on the alternate's team → second alternate: each revision replays."""
    from app.campaign.changes import use_alternate_after_match
    from app.match import queries
    from app.match.service import current_match, replace_inspector
    match = current_match(matched.draw_no)
    task, out_key, alt = alternate_candidate(matched, 0)
    task2, out_key2, _alt2 = alternate_candidate(matched, 1)
    some_key = next(k for k, t in queries.active_teams(match).items() if t and k not in (out_key, out_key2))
    replace_inspector(matched.draw_no, some_key, queries.active_teams(match)[some_key][0], "岗位调整", "张局长")
    change = use_alternate_after_match(matched.draw_no, task, out_key, "已注销", "张局长")
    replace_inspector(matched.draw_no, alt["key"], change["team"][1], "身体原因", "张局长")
    use_alternate_after_match(matched.draw_no, task2, out_key2, "已关闭停业", "李局长")
    match = current_match(matched.draw_no)
    rec = match.record
    assert rec["revision"] == 4 and [a["revision"] for a in rec["alternates"]] == [2, 4]
    assert rec["alternates"][0]["current_inspectors"] == queries.active_teams(match)[alt["key"]]
    checks, rec = _verify(match, tmp_path / "out")
    assert all(c.ok for c in checks.values()), [c for c in checks.values() if not c.ok]
    tampered = json.loads(json.dumps(rec))
    tampered["alternates"][0]["revision"] = 3
    checks, _ = _verify(match, tmp_path / "out", tampered)
    assert not checks["replacements"].ok


def test_the_old_path_is_refused_after_matching(matched):
    from app.campaign import changes as campaign
    task, out_key, _alt = alternate_candidate(matched)
    before = _state()
    with pytest.raises(StateError, match="已经匹配.*使用替补"):
        campaign.use_alternate(matched.draw_no, task, out_key, "检查前已注销")
    assert _state() == before


def test_before_matching_it_is_the_draws_use_alternate(drawn):
    from app.campaign.changes import use_alternate_after_match
    from app.draw.models import AlternateUse
    task, out_key, alt = alternate_candidate(drawn)
    change = use_alternate_after_match(drawn.draw_no, task, out_key, "检查前已注销", "")
    assert not change["matched"] and change["in_key"] == alt["key"]
    assert AlternateUse.get().in_key == alt["key"]


def test_a_failing_call_leaves_the_database_unchanged(matched, monkeypatch):
    from app.campaign import changes
    task, out_key, _alt = alternate_candidate(matched)
    before = _state()
    with pytest.raises(ValidationError, match="批准"):
        changes.use_alternate_after_match(matched.draw_no, task, out_key, "检查前已注销", "  ")
    with pytest.raises(ValidationError, match="原因"):
        changes.use_alternate_after_match(matched.draw_no, task, out_key, "", "张局长")
    with pytest.raises(NotFoundError):
        changes.use_alternate_after_match(matched.draw_no, task, "NOT-A-DRAWN-KEY", "检查前已注销", "张局长")
    assert _state() == before

    def broken(*_a, **_k):
        raise RuntimeError("disk full")
    # after the draw's alternate, the released team and the new team are written: then the record fails
    monkeypatch.setattr(changes, "commit_change", broken)
    with pytest.raises(RuntimeError):
        changes.use_alternate_after_match(matched.draw_no, task, out_key, "检查前已注销", "张局长")
    assert _state() == before


def test_cli_draw_alternate_needs_an_approver_once_matched(matched, db_path, capsys):
    from app.cli.main import main
    from app.draw.models import AlternateUse
    task, out_key, alt = alternate_candidate(matched)
    base = ["draw", "alternate", "--draw", str(matched.draw_no), "--task", task, "--key", out_key,
            "--reason", "检查前已注销", "--db", str(db_path)]
    before = _state()
    assert main(base) == 2
    assert "--approver" in capsys.readouterr().err
    assert _state() == before
    assert main(base + ["--approver", "张局长", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["matched"] and data["in_key"] == alt["key"] and len(data["team"]) == 2
    assert AlternateUse.select().count() == 1


def test_a_short_alternate_team_is_resolved_by_a_recorded_decision(drawn, tmp_path):
    """Avoidance pairs leave one pool member for the alternate: its team is short, then resolved from another pool."""
    from app.campaign.changes import use_alternate_after_match
    from app.match import queries
    from app.match import service as match_service
    from app.match.inputs import latest_version
    from app.registers.models import AvoidancePair, Inspector
    task, out_key, alt = alternate_candidate(drawn)
    version = latest_version("inspector")
    district = next(a["stratum"] for t in drawn.record["tasks"] for a in t["alternates"] if a["key"] == alt["key"])
    members = sorted(i.cert_no for i in Inspector.select().where((Inspector.version == version)
                                                                 & (Inspector.district == district)))
    avoid_version = latest_version("avoidance")
    for row, cert in enumerate(members[1:], 1):       # the enterprise's district: all but one avoid it
        AvoidancePair.create(version=avoid_version, cert_no=cert, key=alt["key"], row=1000 + row)
    match_service.commit_match(drawn.draw_no, match_date=drawn.plan.start)
    match_service.run_match(drawn.draw_no, DEMO_WITNESSES)
    change = use_alternate_after_match(drawn.draw_no, task, out_key, "检查前已注销", "张局长")
    match = queries.current_match(drawn.draw_no)
    eligible = {r["cert_no"] for r in match.commit_data["roster"]}
    assert change["in_key"] == alt["key"] and change["short"]
    assert set(change["team"]) <= set(members[:1]) and len(change["team"]) <= 1
    assert alt["key"] in {s["key"] for s in queries.open_short(drawn.draw_no)}
    outsider = next(r["cert_no"] for r in match.commit_data["roster"]
                    if r["district"] != district and r["cert_no"] in eligible)
    while len(queries.active_teams(match)[alt["key"]]) < match.team_size:
        match_service.resolve_short(drawn.draw_no, alt["key"], outsider, "本区人员回避", "张局长")
        outsider = next(r["cert_no"] for r in match.commit_data["roster"] if r["district"] != district
                        and r["cert_no"] not in queries.active_teams(match)[alt["key"]])
    assert alt["key"] not in {s["key"] for s in queries.open_short(drawn.draw_no)}
    checks, _rec = _verify(queries.current_match(drawn.draw_no), tmp_path / "out")
    assert all(c.ok for c in checks.values()), [c for c in checks.values() if not c.ok]


def test_match_record_pdf_lists_the_alternate_and_its_team(matched, tmp_path):
    from pypdf import PdfReader

    from app.campaign.changes import use_alternate_after_match
    from app.docs.records import write_match_record_pdf
    from app.match.service import current_match
    task, out_key, alt = alternate_candidate(matched)
    change = use_alternate_after_match(matched.draw_no, task, out_key, "检查前已注销", "张局长")
    pdf = write_match_record_pdf(current_match(matched.draw_no), tmp_path / "m.pdf")
    text = "".join("".join((p.extract_text() or "").split()) for p in PdfReader(str(pdf)).pages)
    assert "使用替补记录" in text and alt["key"] in text and out_key in text and "张局长" in text
    assert all(cert in text for cert in change["team"])


@pytest.fixture
def matched_with_service(db):
    """The demo draw with task T1 needing a testing laboratory (检验检测), matched."""
    from app.demo import load_demo
    from app.draw import plans
    from app.draw import service as draw_service
    from app.draw.models import Task
    from app.match import service as match_service
    load_demo()
    [plan] = plans.list_plans()
    Task.update(third_party="检验检测").where((Task.plan == plan.id) & (Task.code == "T1")).execute()
    drawn = draw_service.run_draw(draw_service.commit_draw(plan.id).draw_no, DEMO_WITNESSES)
    match_service.commit_match(drawn.draw_no, match_date=drawn.plan.start)
    match_service.run_match(drawn.draw_no, DEMO_WITNESSES)
    return drawn


def test_alternate_after_match_gets_an_institution_by_the_rule(matched_with_service, tmp_path):
    """Spec 6a step 4: the alternate of a task that needs a third-party service gets an institution by
    section 8's rule with the current loads (the replaced enterprise's institution released first)."""
    from collections import Counter

    from app.campaign.changes import use_alternate_after_match
    from app.match import queries
    from app.match.service import current_match
    draw = matched_with_service
    task, out_key, alt = next(c for c in (alternate_candidate(draw, n) for n in range(4)) if c[0] == "T1")
    match = current_match(draw.draw_no)
    before = queries.institutions(draw.draw_no)
    assert before[out_key][0]["service"] == "检验检测" and before[out_key][0]["key"]

    change = use_alternate_after_match(draw.draw_no, task, out_key, "检查前已注销", "张局长")

    inst = change["institution"]
    avoided = {c for c, k in (line.split("|") for line in match.avoid_text.splitlines()[1:]) if k == alt["key"]}
    offering = [i["key"] for i in match.commit_data["institutions"]
                if "检验检测" in i["services"] and i["key"] not in avoided]
    loads = Counter(e["key"] for key, entries in before.items() if key != out_key for e in entries if e["key"])
    expected = min(offering, key=lambda i: (loads[i], _h(f"{match.mseed}|INST|{alt['key']}|{i}")))
    assert (inst["service"], inst["key"]) == ("检验检测", expected)
    assert inst["ticket"] == _h(f"{match.mseed}|INST|{alt['key']}|{expected}") and inst["name"]
    assert queries.institutions(draw.draw_no)[alt["key"]][0]["key"] == expected   # the notice names it
    match = current_match(draw.draw_no)
    assert match.record["alternates"][0]["institution"] == inst
    checks, rec = _verify(match, tmp_path / "out")
    assert all(c.ok for c in checks.values()), [c for c in checks.values() if not c.ok]

    other = next(i for i in offering if i != expected)
    rec["alternates"][0]["institution"] = dict(inst, key=other,
                                               ticket=_h(f"{match.mseed}|INST|{alt['key']}|{other}"))
    forged, _ = _verify(match, tmp_path / "forged", record=rec)
    assert not forged["replacements"].ok and "第三方专业机构" in forged["replacements"].message
