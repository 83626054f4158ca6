"""Replacing one inspector in all their unstarted inspections: one transaction, one audit entry, the rule
choosing each team's newcomer in turn, a record that `verify` replays, started inspections left alone."""
from __future__ import annotations

import json

import pytest

from app import audit
from app.campaign.outputs import write_match_outputs
from app.errors import ValidationError
from app.integrity.checks import check_all
from app.match import queries, service, spec
from app.match.models import Assignment, Replacement
from app.match.queries import active_teams, current_loads, current_match
from app.match.verify import verify_match_record
from app.results.service import enter_result
from tests.support.results import complete_result


@pytest.fixture
def matched(db):
    """The demo drawn and matched with every number stable (tests.support.stable_demo): a time-seeded match
    sometimes leaves the busiest inspector's pool with nobody the rule may choose for one of its teams."""
    from tests.support.stable_demo import stable_demo_draw
    return stable_demo_draw()


def _busiest(draw_no: int) -> tuple[str, list[str]]:
    """The inspector in the most teams, and those teams' keys in record order."""
    teams = active_teams(current_match(draw_no))
    loads: dict[str, list[str]] = {}
    for key, team in teams.items():
        for cert in team:
            loads.setdefault(cert, []).append(key)
    cert = max(loads, key=lambda c: (len(loads[c]), c))
    return cert, loads[cert]


def _expected(draw_no: int, out_cert: str, keys: list[str]) -> list[str]:
    """Each team's newcomer by the published rule, the loads updated after each change (the replay)."""
    match = current_match(draw_no)
    teams, loads = active_teams(match), current_loads(match)
    roster = spec.parse_roster_text(match.roster_text)
    avoided = spec.avoid_index(spec.parse_avoid_text(match.avoid_text))
    pools = {a["key"]: a["pool"] for a in match.record["assignments"]}
    chosen = []
    for key in keys:
        cert = spec.choose_replacement(match.mseed, key, spec.pool_members(pools[key], roster), teams[key], out_cert,
                                       avoided, loads)
        chosen.append(cert)
        loads[out_cert] -= 1
        loads[cert] = loads.get(cert, 0) + 1
    return chosen


def test_replace_all_follows_the_rule_in_one_entry_and_verifies(matched, tmp_path):
    n = matched.draw_no
    out_cert, keys = _busiest(n)
    assert len(keys) >= 3
    started = keys[1]
    enter_result(n, started, complete_result(matched, started))   # a result entered: that team is not touched
    unstarted = [k for k in keys if k != started]
    assert service.unstarted_teams(n, out_cert)["started"][0]["key"] == started
    want = _expected(n, out_cert, unstarted)
    head_seq = audit.entries(limit=1)[0].id
    revision = current_match(n).record["revision"]

    outcome = service.replace_all(n, out_cert, "身体健康状况：住院", "王局长")

    assert [c["key"] for c in outcome["changes"]] == unstarted
    assert [c["in"] for c in outcome["changes"]] == want
    assert all(c["name"] for c in outcome["changes"])                       # enterprises named for messages
    assert [s["key"] for s in outcome["skipped"]] == [started]
    new_entries = [e for e in audit.entries(limit=5) if e.id > head_seq]
    assert [e.action for e in new_entries] == ["match.replace_all"]          # ONE recorded action
    payload = new_entries[0].payload
    assert [c["key"] for c in payload["changes"]] == unstarted and payload["skipped"] == [started]
    match = current_match(n)
    assert match.record["revision"] == revision + len(unstarted) == payload["revision"]
    assert payload["record_sha256"] == match.record_sha256
    assert len(match.record["replacements"]) == len(unstarted)              # one entry per team
    teams = active_teams(match)
    assert out_cert in teams[started] and not any(out_cert in teams[k] for k in unstarted)
    assert Replacement.select().count() == len(unstarted)
    actors = queries.change_actors(match)
    assert all((c["key"], c["in"], c["at"]) in actors for c in outcome["changes"])

    paths = write_match_outputs(match, tmp_path)
    record = json.loads(paths["record"].read_text(encoding="utf-8"))
    checks = verify_match_record(record, base_dir=tmp_path)
    assert all(c.ok for c in checks), [c.message for c in checks if not c.ok]
    assert check_all().ok


def test_replace_all_writes_nothing_when_refused(matched):
    n = matched.draw_no
    out_cert, keys = _busiest(n)
    for key in keys:
        enter_result(n, key, complete_result(matched, key))
    before = (audit.head(), Assignment.select().count(), Replacement.select().count(),
              current_match(n).record_sha256)
    with pytest.raises(ValidationError, match="都已录入检查结果"):
        service.replace_all(n, out_cert, "身体健康状况", "王局长")
    with pytest.raises(ValidationError, match="不在第 .* 号抽取的任何检查组中"):
        service.replace_all(n, "000000000000", "身体健康状况", "王局长")
    with pytest.raises(ValidationError, match="原因"):
        service.replace_all(n, out_cert, " ", "王局长")
    with pytest.raises(ValidationError, match="领导"):
        service.replace_all(n, out_cert, "身体健康状况", "")
    assert before == (audit.head(), Assignment.select().count(), Replacement.select().count(),
                      current_match(n).record_sha256)


def test_replace_all_is_one_transaction(matched, monkeypatch):
    """The rule finding nobody for a later team rolls back the earlier teams' changes too."""
    n = matched.draw_no
    out_cert, keys = _busiest(n)
    before = (audit.head(), Assignment.select().count(), Replacement.select().count(),
              current_match(n).record_sha256)
    real = spec.choose_replacement
    calls = []

    def nobody_for_the_second(*args, **kw):
        calls.append(args[1])
        return None if len(calls) == 2 else real(*args, **kw)

    monkeypatch.setattr(spec, "choose_replacement", nobody_for_the_second)
    with pytest.raises(ValidationError, match=keys[1]):
        service.replace_all(n, out_cert, "身体健康状况", "王局长")
    assert len(calls) == 2
    assert before == (audit.head(), Assignment.select().count(), Replacement.select().count(),
                      current_match(n).record_sha256)


def test_cli_replace_all_then_verify(matched, db_path, tmp_path, capsys):
    from app.cli.main import main
    n = matched.draw_no
    out_cert, keys = _busiest(n)
    db_arg = ["--db", str(db_path)]
    assert main(["match", "replace-all", "--draw", str(n), "--cert", out_cert, "--reason", "身体健康状况",
                 "--approver", "王局长", "--json"] + db_arg) == 0
    outcome = json.loads(capsys.readouterr().out)
    assert [c["key"] for c in outcome["changes"]] == keys
    assert main(["match", "replace-all", "--draw", str(n), "--cert", out_cert, "--reason", "身体健康状况",
                 "--approver", "王局长"] + db_arg) != 0
    assert "不在第" in capsys.readouterr().err                          # nothing left: a Chinese refusal
    assert main(["match", "record", "--draw", str(n), "--out", str(tmp_path), "--json"] + db_arg) == 0
    assert json.loads(capsys.readouterr().out)["revision"] == len(keys)
    assert main(["verify", str(tmp_path / "match-record.json"), "--frames", str(tmp_path), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["ok"] and any(c["name"] == "replacements" and f"{len(keys)} 项人员调整" in c["message"]
                                for c in result["checks"])


def test_saved_record_goes_out_of_date_and_a_file_knows_its_standing(matched, tmp_path):
    """A saved record is logged with its revision; a change makes it out of date; a file of an earlier
    revision is recognised as such (record_state: the match screen and the verify dialog read these)."""
    from app.campaign.outputs import save_match_outputs
    from app.match import record_state
    n = matched.draw_no
    assert record_state.record_state(n) == {"revision": 0, "saved": None, "current": False}
    save_match_outputs(n, tmp_path / "r0")
    state = record_state.record_state(n)
    assert state["current"] and state["saved"]["revision"] == 0
    assert state["saved"]["folder"] == str((tmp_path / "r0").resolve())
    old = tmp_path / "r0" / "match-record.json"
    assert record_state.file_standing(str(old)) == {"revision": 0, "current_revision": 0, "same_match": True,
                                                    "later": False, "current": True}
    out_cert, keys = _busiest(n)
    service.replace_inspector(n, keys[0], out_cert, "身体健康状况", "王局长")
    state = record_state.record_state(n)
    assert state["revision"] == 1 and not state["current"] and state["saved"]["revision"] == 0
    standing = record_state.file_standing(str(old))
    assert standing["later"] and standing["current_revision"] == 1 and not standing["current"]
    assert record_state.file_standing(str(tmp_path / "missing.json")) is None
    assert record_state.standing({"spec": "SPOTCHECK-DRAW-1"}) is None
    save_match_outputs(n, tmp_path / "r1")
    assert record_state.record_state(n)["current"]
    assert check_all().ok                                   # the save entries leave the integrity check sound
