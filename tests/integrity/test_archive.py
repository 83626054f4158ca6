"""The campaign archive anyone can verify (issue 15 item 5): a completed sample campaign archived verifies
offline; one changed byte in any member, a removed member, an added member, and a draw record altered
with its manifest lines updated to match are each found and named; the standalone verifier inside
re-computes the draws; the command line's exit codes; no database is needed to check."""
from __future__ import annotations

import fnmatch
import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app.cli.main import main
from app.db import close_database, open_database, transaction
from app.draw.models import Inspection
from app.publish import archive_layout as A
from app.publish.archive import write_archive
from app.publish.archive_verify import verify_archive
from app.publish.models import PublicationExport, ReceivedFile
from tests.support import returns as R
from tests.support.draws import DEMO_WITNESSES

# Every member the sample campaign's archive holds: draw 1 drawn then voided, draw 2 drawn and matched,
# one district's returned file imported. A pattern stands for the returned file (its name is the package's).
DRAW_FILES = ["commitment.json", "commitment-sheet.pdf", "frames/frame-T1.txt", "frames/frame-T2.txt",
              "draw-record.json", "draw-record.pdf"]
MATCH_FILES = ["match/avoid.txt", "match/roster.txt", "match/match-commitment.pdf", "match/match-record.json",
               "match/match-record.pdf"]
MEMBERS = (["README.txt", "MANIFEST.json", "MANIFEST.sha256", "verify_draw.py", "plan.json",
            "audit/audit-log.jsonl", "audit/anchor.json", "returned/index.json", "returned/batch-*/*.xlsx",
            "publication/exports.json", "spec/spec-draw-1.md", "spec/spec-match-1.md"]
           + [f"draws/draw-1/{f}" for f in DRAW_FILES]
           + [f"draws/draw-2/{f}" for f in DRAW_FILES + MATCH_FILES])


def _campaign(tmp: Path) -> tuple[int, bytes]:
    """The demo plan: draw 1 drawn and voided, draw 2 drawn and matched (one inspector replaced since), one
    district's package returned complete and imported, one publication export recorded.
    (plan id, the returned file's bytes)"""
    from app.campaign.changes import void_draw
    from app.demo import load_demo
    from app.draw import plans
    from app.draw import service as draw_service
    from app.match.changes import replace_inspector
    from app.match.queries import active_teams, current_match
    from app.packages.returns import import_returns, read_return
    from tests.support.draws import match_demo
    load_demo()
    [plan] = plans.list_plans()
    first = draw_service.run_draw(draw_service.commit_draw(plan.id).draw_no, DEMO_WITNESSES)
    void_draw(first.draw_no, "见证人未按规定到场，重新组织抽取")
    draw = match_demo(draw_service.run_draw(draw_service.commit_draw(plan.id).draw_no, DEMO_WITNESSES))
    team = active_teams(current_match(draw.draw_no))
    key = sorted(team)[0]
    replace_inspector(draw.draw_no, key, team[key][0], "岗位调整", "张局长")   # match record revision 1
    district = sorted({i.district for i in Inspection.select().where(Inspection.draw == draw)})[0]
    package = R.issue(draw, tmp / "issued", district)
    returned = R.fill(package.path, draw, out=tmp / f"{district}-交回.xlsx")
    import_returns([read_return(returned)])
    with transaction():   # the publish helper writes these; only the row matters to the archive
        PublicationExport.create(plan=plan, seq=1, rows=[[draw.draw_no, "KEY", "检查事项", "0" * 64]], count=1,
                                 file_name="公示-1.xlsx", file_sha256="1" * 64, digest="2" * 64,
                                 published_on="2020-11-20", at="2020-11-20T10:00:00+08:00", actor="张录入")
    return plan.id, returned.read_bytes()


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """(the archive's path, the returned file's bytes): built once, the database closed afterwards, so
    every check below runs with no database open."""
    tmp = tmp_path_factory.mktemp("archive")
    open_database(tmp / "spotcheck.sqlite3")
    try:
        plan_id, returned = _campaign(tmp)
        outcome = write_archive(plan_id, tmp / "抽查归档.zip")
    finally:
        close_database()
    assert outcome.draws == [1, 2] and outcome.matches == 1 and outcome.returned_files == 1
    assert outcome.exports == 1
    return outcome.path, returned


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def _rewrite(members: dict[str, bytes], out: Path) -> Path:
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out


def _resolve(pattern: str, names) -> str:
    [name] = fnmatch.filter(names, pattern)
    return name


def _named(report, name: str) -> bool:
    return any(f.member == name for f in report.findings)


def test_the_archive_of_a_completed_campaign_verifies_with_no_database(sample):
    path, returned = sample
    report = verify_archive(path)
    assert report.ok, report.lines()
    assert report.draws == [1, 2] and report.matches == 1 and report.audit_entries > 10
    members = _members(path)
    assert sorted(_resolve(p, members) for p in MEMBERS) == sorted(members)    # nothing more, nothing less
    [kept] = [n for n in members if n.endswith(".xlsx")]
    assert members[kept] == returned                                           # exactly as received
    index = json.loads(members["returned/index.json"])
    assert index[0]["member"] == kept and index[0]["draw_no"] == 2
    [export] = json.loads(members["publication/exports.json"])
    assert export["seq"] == 1 and export["rows"] == [[2, "KEY", "检查事项", "0" * 64]]
    plan = json.loads(members["plan.json"])
    assert [(d["draw_no"], d["status"]) for d in plan["draws"]] == [(1, "void"), (2, "drawn")]
    readme = members["README.txt"].decode("utf-8-sig")
    assert "不能验算检查人员匹配" in readme and "sha256sum -c MANIFEST.sha256" in readme
    lines = members["MANIFEST.sha256"].decode().splitlines()
    assert len(lines) == len(members) - 1 and all("  " in line for line in lines)
    log = members["audit/audit-log.jsonl"].decode().splitlines()
    anchor = json.loads(members["audit/anchor.json"])
    assert anchor["entries"] == len(log) and anchor["anchor"]["head"] == json.loads(log[-1])["hash"]


def test_the_standalone_verifier_inside_recomputes_each_draw(sample, tmp_path):
    with zipfile.ZipFile(sample[0]) as zf:
        zf.extractall(tmp_path)
    for draw in ("draw-1", "draw-2"):
        done = subprocess.run([sys.executable, "verify_draw.py", f"draws/{draw}/draw-record.json",
                               f"draws/{draw}/frames"], cwd=tmp_path, capture_output=True, text=True)
        assert done.returncode == 0, done.stdout
        assert "PASS frames" in done.stdout and "FAIL" not in done.stdout


@pytest.mark.parametrize("pattern", MEMBERS)
def test_one_changed_byte_in_any_member_is_named(sample, tmp_path, pattern):
    members = _members(sample[0])
    name = _resolve(pattern, members)
    data = bytearray(members[name])
    data[len(data) // 2] ^= 0x01
    members[name] = bytes(data)
    report = verify_archive(_rewrite(members, tmp_path / "changed.zip"))
    assert not report.ok
    assert _named(report, name), report.lines()


@pytest.mark.parametrize("pattern", [p for p in MEMBERS if p != "MANIFEST.sha256"])
def test_a_removed_member_is_named(sample, tmp_path, pattern):
    members = _members(sample[0])
    name = _resolve(pattern, members)
    del members[name]
    report = verify_archive(_rewrite(members, tmp_path / "removed.zip"))
    assert not report.ok
    assert any(f.member == name and "被删除" in f.message for f in report.findings), report.lines()


def test_without_its_manifest_nothing_can_be_trusted(sample, tmp_path):
    members = _members(sample[0])
    del members["MANIFEST.sha256"]
    report = verify_archive(_rewrite(members, tmp_path / "removed.zip"))
    assert _named(report, "MANIFEST.sha256") and not report.ok


@pytest.mark.parametrize("name", ["draws/draw-2/frames/frame-T3.txt", "returned/batch-99/某区.xlsx", "notes.txt"])
def test_an_added_member_is_named(sample, tmp_path, name):
    members = _members(sample[0])
    members[name] = "多出来的内容\n".encode()
    report = verify_archive(_rewrite(members, tmp_path / "added.zip"))
    assert any(f.member == name and "多出" in f.message for f in report.findings), report.lines()


def _consistent(members: dict[str, bytes]) -> dict[str, bytes]:
    """Both manifests rewritten to fit the members as they are now (what a careful forger would do)."""
    info = json.loads(members[A.MANIFEST_JSON])
    info = {k: v for k, v in info.items() if k not in ("format", "members")}
    return A.with_manifests(members, info)


@pytest.mark.parametrize("draw", ["draw-1", "draw-2"])
def test_an_altered_draw_record_with_its_manifest_lines_updated_still_fails(sample, tmp_path, draw):
    members = _members(sample[0])
    name = f"draws/{draw}/draw-record.json"
    record = json.loads(members[name])
    selected = record["tasks"][0]["selected"]
    alternate = record["tasks"][0]["alternates"][0]
    selected[0]["key"], selected[0]["name"] = alternate["key"], alternate["name"]   # an enterprise swapped
    members[name] = json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    report = verify_archive(_rewrite(_consistent(members), tmp_path / "forged.zip"))
    assert not report.ok
    assert not any(f.member.startswith("MANIFEST") for f in report.findings)   # the manifests fit
    assert _named(report, name), report.lines()
    assert any("tickets" in f.message for f in report.findings if f.member == name)


def test_a_renamed_enterprise_recomputes_but_is_not_the_record_the_log_chained(sample, tmp_path):
    members = _members(sample[0])
    name = "draws/draw-2/draw-record.json"
    record = json.loads(members[name])
    record["inspections"][0]["name"] = "=另一家企业"
    members[name] = json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    report = verify_archive(_rewrite(_consistent(members), tmp_path / "renamed.zip"))
    assert any(f.member == name and "审计日志" in f.message for f in report.findings), report.lines()
    # the match record cites the draw record's SHA-256: it no longer fits either
    assert _named(report, "draws/draw-2/match/match-record.json")


def test_an_altered_match_team_with_the_manifests_updated_fails(sample, tmp_path):
    members = _members(sample[0])
    name = "draws/draw-2/match/match-record.json"
    record = json.loads(members[name])
    first = record["assignments"][0]
    first["inspectors"] = list(reversed(first["inspectors"]))
    first["leader"] = first["inspectors"][0]
    members[name] = json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    report = verify_archive(_rewrite(_consistent(members), tmp_path / "team.zip"))
    assert any(f.member == name and "teams" in f.message for f in report.findings), report.lines()


def test_an_edited_audit_entry_is_named_with_its_line(sample, tmp_path):
    members = _members(sample[0])
    lines = members[A.AUDIT_LOG].decode().split("\n")
    entry = json.loads(lines[2])
    entry["actor"] = "别人"
    lines[2] = json.dumps(entry, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    members[A.AUDIT_LOG] = "\n".join(lines).encode()
    report = verify_archive(_rewrite(_consistent(members), tmp_path / "log.zip"))
    assert any(f.member == A.AUDIT_LOG and "第 3 条" in f.message for f in report.findings), report.lines()


def test_a_file_that_is_not_a_zip_is_reported(tmp_path):
    bad = tmp_path / "不是归档.zip"
    bad.write_bytes(b"PK\x03\x04 not really")
    report = verify_archive(bad)
    assert not report.ok and _named(report, bad.name)


def test_verify_archive_command_exit_codes_without_a_database(sample, tmp_path, monkeypatch, capsys):
    missing_db = tmp_path / "no" / "such.sqlite3"
    monkeypatch.setenv("SPOTCHECK_DB", str(missing_db))
    assert main(["verify-archive", str(sample[0])]) == 0
    assert "归档完整" in capsys.readouterr().out
    members = _members(sample[0])
    members["draws/draw-2/draw-record.pdf"] += b"\n"
    changed = _rewrite(members, tmp_path / "changed.zip")
    assert main(["verify-archive", str(changed), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is False and [f["member"] for f in data["findings"]] == ["draws/draw-2/draw-record.pdf"]
    assert not missing_db.exists() and not missing_db.parent.exists()   # no database was made or opened


def test_archive_command_writes_an_archive_that_verifies(db, db_path, tmp_path, capsys):
    from tests.support.draws import draw_demo
    draw = draw_demo()
    out = tmp_path / "out" / "归档.zip"
    assert main(["archive", "--plan", str(draw.plan_id), "--out", str(out), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["draws"] == [1] and data["matches"] == 0 and Path(data["path"]) == out
    assert [p.name for p in out.parent.iterdir()] == [out.name]      # no temporary left beside it
    assert main(["verify-archive", str(out)]) == 0
    assert main(["archive", "--plan", "99", "--out", str(out)]) == 2


def test_extra_members_are_listed_and_checked(db, tmp_path):
    from tests.support.draws import draw_demo
    draw = draw_demo()
    out = write_archive(draw.plan_id, tmp_path / "a.zip", extras=[("summary.pdf", b"%PDF-1.4 summary")])
    assert "summary.pdf" in out.members and out.extras == ["summary.pdf"]
    assert verify_archive(out.path).ok
    members = _members(out.path)
    assert "summary.pdf" in members["README.txt"].decode("utf-8-sig")
    members["summary.pdf"] = b"%PDF-1.4 summarx"
    assert _named(verify_archive(_rewrite(members, tmp_path / "b.zip")), "summary.pdf")
    with pytest.raises(Exception, match="附加文件名"):
        write_archive(draw.plan_id, tmp_path / "c.zip", extras=[("MANIFEST.json", b"{}")])


def test_no_received_file_rows_are_needed_for_an_archive_of_a_plan_without_results(db, tmp_path):
    from tests.support.draws import draw_demo
    draw = draw_demo()
    out = write_archive(draw.plan_id, tmp_path / "a.zip")
    assert ReceivedFile.select().count() == 0
    index = json.loads(io.BytesIO(_members(out.path)["returned/index.json"]).read())
    assert index == [] and verify_archive(out.path).ok


def test_a_database_edited_behind_the_programs_back_is_not_archived(db_path, tmp_path):
    from app.errors import IntegrityError
    from tests.support.draws import draw_demo
    from tests.support.sqlite_edits import edit
    open_database(db_path)
    plan_id = draw_demo().plan_id
    close_database()
    edit(db_path, "UPDATE inspection SET name = '青岛伪造有限公司' WHERE id = (SELECT MIN(id) FROM inspection)")
    open_database(db_path)
    try:
        with pytest.raises(IntegrityError, match="数据完整性校验未通过"):
            write_archive(plan_id, tmp_path / "a.zip")
    finally:
        close_database()
    assert not any(tmp_path.glob("*.zip")) and not any(tmp_path.glob(".tmp-*"))


def test_a_cancelled_archive_leaves_no_file(db, tmp_path):
    from app.errors import CancelledError
    from tests.support.draws import draw_demo
    plan_id = draw_demo().plan_id
    answers = iter([False, False, False, True])
    seen = []
    with pytest.raises(CancelledError):
        write_archive(plan_id, tmp_path / "out" / "a.zip", progress=lambda d, t, m: seen.append(m),
                      cancel=lambda: next(answers, True))
    assert seen and not (tmp_path / "out").exists()


def test_a_plan_with_nothing_drawn_is_refused(db, tmp_path):
    from app.demo import load_demo
    from app.draw import plans
    from app.errors import StateError
    load_demo()
    [plan] = plans.list_plans()
    with pytest.raises(StateError, match="没有可以归档的内容"):
        write_archive(plan.id, tmp_path / "a.zip")


def test_an_older_revision_of_the_match_record_is_not_the_current_one(sample, tmp_path):
    members = _members(sample[0])
    name = "draws/draw-2/match/match-record.json"
    record = json.loads(members[name])
    assert record["revision"] == 1
    # the revision the replacement superseded would need its own digest and seed: only its number changed
    record["revision"] = 0
    members[name] = json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    report = verify_archive(_rewrite(_consistent(members), tmp_path / "old.zip"))
    assert any(f.member == name for f in report.findings), report.lines()
