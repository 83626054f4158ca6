"""The share file the city sends one district (issue 14 item 2): a share of a matched draw verifies offline;
one for another district is refused; one changed byte in any member is named; share.json with an inspection
removed or added (manifest rebuilt) fails naming share.json; another draw's record swapped in fails on the
SHA-256; alternates used are re-applied under the committed rule; the command line's exit codes; no database
is needed to verify; undrawn and void draws and districts without inspections are refused."""
from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from app.audit.models import AuditEntry
from app.cli.main import main
from app.db import close_database, open_database
from app.draw import records, spec
from app.draw.models import Inspection
from app.errors import NotFoundError, StateError
from app.hashing import file_sha256
from app.share import layout as L
from app.share.verify import verify_share
from app.share.writer import write_share
from tests.support.draws import DEMO_WITNESSES, draw_demo, match_demo

DISTRICT = "市南区"


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """(share of draw 2 for 市南区, draw 1's record bytes, the audit payload logged): draw 1 drawn and voided,
    draw 2 drawn and matched; built once, the database closed afterwards, so every check runs without one."""
    from app.campaign.changes import void_draw
    from app.draw import service as draw_service
    tmp = tmp_path_factory.mktemp("share")
    open_database(tmp / "spotcheck.sqlite3")
    try:
        first = draw_demo()
        first_record = records.record_bytes(first)
        void_draw(first.draw_no, "见证人未按规定到场，重新组织抽取")
        with pytest.raises(StateError, match="已作废"):
            write_share(first.draw_no, DISTRICT, tmp / "void.zip")
        second = match_demo(draw_service.run_draw(draw_service.commit_draw(first.plan_id).draw_no,
                                                  DEMO_WITNESSES))
        out = write_share(second.draw_no, DISTRICT, tmp / "市南区-共享.zip")
        entry = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
        logged = (entry.action, entry.payload if isinstance(entry.payload, dict) else json.loads(entry.payload))
        record_sha = second.record_sha256
        active = Inspection.select().where((Inspection.draw == second) & (Inspection.district == DISTRICT)
                                           & (Inspection.active == True)).count()  # noqa: E712
    finally:
        close_database()
    assert not (tmp / "void.zip").exists()
    assert out.district == DISTRICT and out.inspections == active and out.draw_record_sha256 == record_sha
    assert out.package and out.package.endswith(".xlsx")
    return out, first_record, logged


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def _rewrite(members: dict[str, bytes], out: Path, *, manifest: bool = False) -> Path:
    if manifest:
        members = {n: d for n, d in members.items() if n != L.MANIFEST}
        members[L.MANIFEST] = L.manifest(members)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out


def _named(report) -> set[str]:
    return {f.member for f in report.findings}


def test_a_share_of_a_matched_draw_verifies_with_no_database(sample):
    out, _, logged = sample
    members = _members(out.path)
    assert list(members) == [L.DRAW_RECORD, L.COMMITMENT, L.SHARE, out.package, L.MANIFEST]
    assert spec.H(members[L.DRAW_RECORD].decode("utf-8")) == out.draw_record_sha256
    share = json.loads(members[L.SHARE])
    assert share["format"] == L.FORMAT and share["district"] == DISTRICT and share["draw_no"] == 2
    assert {i["district"] for i in share["inspections"]} == {DISTRICT}
    assert [d["kind"] for d in share["plan"]["deadlines"]][0] == "start"
    assert set(share["city"]) == {"bureau_name", "contact_person", "contact_phone"}
    report = verify_share(out.path, district=DISTRICT)
    assert report.ok, report.lines()
    assert report.inspections == out.inspections and report.draw_no == 2
    assert any("seed" in p for p in report.passed)
    assert logged == ("share.write", {"draw_no": 2, "district": DISTRICT, "file_sha256": file_sha256(out.path),
                                      "inspections": out.inspections})


def test_a_share_for_another_district_is_refused(sample):
    out, _, _ = sample
    report = verify_share(out.path, district="市北区")
    assert not report.ok and _named(report) == {L.SHARE}
    assert "市北区" in report.findings[0].message
    assert verify_share(out.path, district="市南").ok


@pytest.mark.parametrize("member", [L.DRAW_RECORD, L.COMMITMENT, L.SHARE, "package", L.MANIFEST])
def test_one_changed_byte_in_any_member_is_named(sample, tmp_path, member):
    out, _, _ = sample
    members = _members(out.path)
    name = out.package if member == "package" else member
    data = bytearray(members[name])
    data[len(data) // 2] ^= 0x01
    members[name] = bytes(data)
    report = verify_share(_rewrite(members, tmp_path / "x.zip"))
    assert not report.ok and name in _named(report)


@pytest.mark.parametrize("change", ["removed", "added", "moved"])
def test_share_json_with_an_inspection_changed_fails_naming_it(sample, tmp_path, change):
    out, _, _ = sample
    members = _members(out.path)
    share = json.loads(members[L.SHARE])
    record = json.loads(members[L.DRAW_RECORD])
    if change == "removed":
        share["inspections"].pop()
    elif change == "added":   # another district's enterprise claimed for this one
        other = next(i for i in record["inspections"] if i["district"] != DISTRICT)
        share["inspections"].append(other | {"district": DISTRICT})
    else:                     # a task taken away from one enterprise
        ins = next(i for i in share["inspections"] if len(i["tasks"]) == 1)
        ins["tasks"] = ["T2" if ins["tasks"] == ["T1"] else "T1"]
    members[L.SHARE] = L.share_json(share)
    report = verify_share(_rewrite(members, tmp_path / "x.zip", manifest=True), district=DISTRICT)
    assert not report.ok and _named(report) == {L.SHARE}, report.lines()


def test_another_draws_record_swapped_in_fails_on_its_sha256(sample, tmp_path):
    out, first_record, _ = sample
    members = _members(out.path)
    members[L.DRAW_RECORD] = first_record
    report = verify_share(_rewrite(members, tmp_path / "x.zip", manifest=True))
    assert not report.ok and L.DRAW_RECORD in _named(report)
    assert any("SHA-256" in f.message and f.member == L.DRAW_RECORD for f in report.findings)


def test_a_missing_manifest_and_a_non_zip_are_reported(sample, tmp_path):
    out, _, _ = sample
    members = _members(out.path)
    del members[L.MANIFEST]
    assert L.MANIFEST in _named(verify_share(_rewrite(members, tmp_path / "x.zip")))
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip")
    report = verify_share(junk)
    assert not report.ok and _named(report) == {"junk.zip"}


def test_verify_share_command_exit_codes_without_a_database(sample, tmp_path, monkeypatch, capsys):
    out, _, _ = sample
    db = tmp_path / "none.sqlite3"
    monkeypatch.setenv("SPOTCHECK_DB", str(db))
    assert main(["verify-share", str(out.path), "--district", DISTRICT]) == 0
    assert "共享文件完整" in capsys.readouterr().out
    assert main(["verify-share", str(out.path), "--district", "崂山区", "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["ok"] is False
    assert not db.exists()


def test_share_command_writes_a_share_that_verifies(db, tmp_path, capsys):
    match_demo(draw_demo())
    out = tmp_path / "share.zip"
    assert main(["share", "--draw", "1", "--district", DISTRICT, "--out", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["district"] == DISTRICT
    assert main(["verify-share", str(out)]) == 0
    assert main(["share", "--draw", "1", "--district", "不存在区", "--out", str(tmp_path / "n.zip")]) != 0
    assert not (tmp_path / "n.zip").exists()


def test_alternates_used_are_reapplied_and_no_package_before_the_match(db, tmp_path):
    from app.campaign.changes import use_alternate
    draw = draw_demo()
    ins = Inspection.select().where((Inspection.draw == draw) & (Inspection.district == DISTRICT)).first()
    use_alternate(draw.draw_no, ins.tasks[0], ins.key, "已注销")
    out = write_share(draw.draw_no, DISTRICT, tmp_path / "s.zip")
    assert out.package is None and L.MANIFEST in out.members and len(out.members) == 4
    report = verify_share(out.path, district=DISTRICT)
    assert report.ok, report.lines()
    members = _members(out.path)
    share = json.loads(members[L.SHARE])
    assert len(share["alternates_used"]) == 1
    share["alternates_used"] = []            # hide the alternate: the one it replaced is missing
    members[L.SHARE] = L.share_json(share)
    report = verify_share(_rewrite(members, tmp_path / "x.zip", manifest=True))
    assert not report.ok and _named(report) == {L.SHARE}


def test_undrawn_draws_and_districts_without_inspections_are_refused(db, tmp_path):
    from app.demo import load_demo
    from app.draw import plans
    from app.draw import service as draw_service
    load_demo()
    [plan] = plans.list_plans()
    committed = draw_service.commit_draw(plan.id)
    with pytest.raises(StateError, match="尚未抽取"):
        write_share(committed.draw_no, DISTRICT, tmp_path / "a.zip")
    draw = draw_service.run_draw(committed.draw_no, DEMO_WITNESSES)
    Inspection.update(active=False).where((Inspection.draw == draw) & (Inspection.district == DISTRICT)).execute()
    with pytest.raises(StateError, match="没有有效的检查对象"):
        write_share(draw.draw_no, DISTRICT, tmp_path / "b.zip")
    with pytest.raises(NotFoundError):
        write_share(draw.draw_no, "不存在区", tmp_path / "c.zip")
    assert not list(tmp_path.glob("*.zip"))


@pytest.mark.parametrize("member,data", [(L.DRAW_RECORD, b"[1, 2]"), (L.SHARE, b"{not json"),
                                         (L.SHARE, b'{"format": "SPOTCHECK-SHARE-1", "inspections": [1]}')])
def test_malformed_members_are_reported_not_raised(sample, tmp_path, member, data):
    out, _, _ = sample
    members = _members(out.path)
    members[member] = data
    report = verify_share(_rewrite(members, tmp_path / "x.zip", manifest=True))
    assert not report.ok and member in _named(report), report.lines()
