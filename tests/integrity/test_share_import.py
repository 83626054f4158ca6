"""A district database imports the city's share file (issue 14 item 3, first half): plan, draw and
inspections created in one transaction with a "share.import" entry; db check passes and documents print
for the received draw; the same share again changes nothing; an altered share, one for another district
and a different record of the same draw are refused with their reason; a direct edit of a received
inspection is found; a taken draw number maps to the next free one."""
from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.audit.models import AuditEntry
from app.campaign.changes import use_alternate
from app.cli.main import main
from app.db import close_database, open_database
from app.db.base import database
from app.draw.models import Draw, Inspection, Plan, Task
from app.errors import IntegrityError, ValidationError
from app.integrity import check_all, require_sound
from app.match import service as match_service
from app.match.queries import current_teams
from app.settings.service import update_settings
from app.share import layout as L
from app.share.importer import import_share
from app.share.writer import write_share
from tests.support.draws import DEMO_WITNESSES, draw_demo, import_district_registers, match_demo
from tests.support.matches import alternate_candidate

DISTRICT = "市南区"


@pytest.fixture(scope="module")
def shares(tmp_path_factory):
    """(share for 市南区, share for 市北区, the city's database_id) of the demo draw 1, drawn and matched."""
    from app.settings.store import get_setting
    tmp = tmp_path_factory.mktemp("city")
    open_database(tmp / "city.sqlite3")
    try:
        draw = match_demo(draw_demo())
        south = write_share(draw.draw_no, DISTRICT, tmp / "市南区-共享.zip")
        north = write_share(draw.draw_no, "市北区", tmp / "市北区-共享.zip")
        database_id = str(get_setting("database_id"))
        with pytest.raises(ValidationError, match="本数据库自己生成的"):   # the city cannot import its own share
            import_share(south.path)
    finally:
        close_database()
    return south, north, database_id


@pytest.fixture
def district_db(tmp_path):
    open_database(tmp_path / "district.sqlite3")
    yield tmp_path / "district.sqlite3"
    close_database()


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


def _imports() -> list[dict]:
    return [e.payload if isinstance(e.payload, dict) else json.loads(e.payload)
            for e in AuditEntry.select().where(AuditEntry.action == "share.import")]


def _member(path, name: str) -> bytes:
    with zipfile.ZipFile(path) as zf:
        return zf.read(name)


def test_the_district_imports_its_share(shares, district_db, tmp_path):
    from app.docs.service import generate  # reportlab: loaded only by the test that prints
    south, _, database_id = shares
    got = import_share(south.path, district=DISTRICT)
    assert got.created and got.draw_no == south.draw_no == got.city_draw_no and got.district == DISTRICT
    draw = Draw.get(Draw.draw_no == got.draw_no)
    assert draw.status == "drawn" and draw.record_sha256 == south.draw_record_sha256
    assert draw.plan.status == "frozen" and draw.plan.options["received_share"]["database_id"] == database_id
    assert draw.plan.team_size == json.loads(_member(south.path, "share.json"))["plan"]["team_size"] == 2
    assert [t.code for t in Task.select().where(Task.plan == draw.plan)] == ["T1", "T2"]
    rows = list(Inspection.select().where(Inspection.draw == draw))
    assert len(rows) == south.inspections and {r.district for r in rows} == {DISTRICT}
    assert all(r.tickets for r in rows)
    [logged] = _imports()
    assert logged["city_draw_no"] == logged["local_draw_no"] == got.draw_no
    assert logged["database_id"] == database_id and logged["inspections"] == len(rows)
    assert logged["draw_record_sha256"] == south.draw_record_sha256 and logged["file_sha256"] == got.file_sha256
    report = check_all()
    assert report.ok, report.lines()
    require_sound(got.draw_no)
    # the district prints under its own name, seal and document-number prefix
    update_settings({"bureau_name": "青岛市市南区市场监督管理局", "seal_name": "青岛市市南区市场监督管理局",
                     "contact_person": "区局联系人", "contact_phone": "0532-11111111", "doc_prefix": "南市监"})
    files = generate("notice", got.draw_no, tmp_path / "docs")   # one per enterprise, one merged for printing
    text = "".join(PdfReader(str(files[0])).pages[0].extract_text().split())
    assert "青岛市市南区市场监督管理局" in text and "南市监〔" in text
    assert {f.name.split("_")[1] for f in files} >= {r.key for r in rows} and len(files) == len(rows) + 1
    # the city's catalogue snapshot travels with the share: the district's notices cite the items' bases
    assert draw.commit_data["catalogue"]["version"] == 1
    food = next(r for r in rows if r.tasks == ["T2"])
    text = "".join((p.extract_text() or "") for f in files if food.key in f.name for p in PdfReader(str(f)).pages)
    assert "依据《中华人民共和国食品安全法》的规定" in "".join(text.split())


def test_the_same_share_again_changes_nothing(shares, district_db):
    south, _, _ = shares
    first = import_share(south.path)
    count = AuditEntry.select().count()
    again = import_share(south.path, district=DISTRICT)
    assert not again.created and again.draw_no == first.draw_no and again.plan_id == first.plan_id
    assert AuditEntry.select().count() == count and Draw.select().count() == 1 and Plan.select().count() == 1


def test_another_districts_share_is_refused_when_the_district_is_given(shares, district_db):
    _, north, _ = shares
    with pytest.raises(ValidationError, match="市北区"):
        import_share(north.path, district=DISTRICT)
    assert Draw.select().count() == 0 and not _imports()


def test_a_second_district_of_the_same_draw_is_refused(shares, district_db):
    south, north, _ = shares
    import_share(south.path)
    with pytest.raises(ValidationError, match="已于.*导入.*市南区的共享文件"):
        import_share(north.path)


@pytest.mark.parametrize("change", ["byte", "added"])
def test_an_altered_share_is_refused_with_its_reason(shares, district_db, tmp_path, change):
    south, _, _ = shares
    members = _members(south.path)
    if change == "byte":
        data = bytearray(members[L.SHARE])
        data[len(data) // 2] ^= 0x01
        members[L.SHARE] = bytes(data)
        bad = _rewrite(members, tmp_path / "x.zip")
        reason = "SHA-256"
    else:   # another district's enterprise claimed for this one, manifest rebuilt
        share, record = json.loads(members[L.SHARE]), json.loads(members[L.DRAW_RECORD])
        other = next(i for i in record["inspections"] if i["district"] != DISTRICT)
        share["inspections"].append(other | {"district": DISTRICT})
        members[L.SHARE] = L.share_json(share)
        bad = _rewrite(members, tmp_path / "x.zip", manifest=True)
        reason = "与抽取记录不符"
    with pytest.raises(ValidationError, match=f"未通过核对(?s:.*){reason}"):
        import_share(bad)
    assert Draw.select().count() == 0 and not _imports()


def test_a_different_record_of_an_imported_draw_is_refused(shares, district_db, tmp_path):
    south, _, _ = shares
    import_share(south.path)
    with database.obj.atomic():   # as if the earlier import had received another record of the same draw
        plan = Plan.get()
        options = dict(plan.options)
        options["received_share"] = options["received_share"] | {"draw_record_sha256": "0" * 64}
        Plan.update(options=options).where(Plan.id == plan.id).execute()
    with pytest.raises(ValidationError, match="两份不同的抽取记录"):
        import_share(south.path)


def test_a_direct_edit_of_a_received_inspection_is_found(shares, district_db):
    south, _, _ = shares
    got = import_share(south.path)
    row = Inspection.select().order_by(Inspection.key).first()
    database.obj.execute_sql("UPDATE inspection SET name = ? WHERE id = ?", ("改过的名称", row.id))
    report = check_all()
    assert not report.ok
    text = "\n".join(report.lines())
    assert row.key in text and "改动" in text
    with pytest.raises(IntegrityError):
        require_sound(got.draw_no)


def test_a_received_draw_without_its_log_entry_is_reported(shares, district_db):
    south, _, _ = shares
    got = import_share(south.path)
    database.obj.execute_sql("UPDATE draw SET draw_no = ? WHERE draw_no = ?", (got.draw_no + 5, got.draw_no))
    report = check_all()
    assert not report.ok and "没有导入共享文件的记录" in "\n".join(report.lines())


def test_a_taken_draw_number_maps_to_the_next_free_one(shares, district_db):
    south, _, _ = shares
    own = draw_demo()             # the district's own draw 1
    got = import_share(south.path)
    assert own.draw_no == south.draw_no == got.city_draw_no and got.draw_no == own.draw_no + 1
    plan = Draw.get(Draw.draw_no == got.draw_no).plan
    assert plan.options["received_share"]["draw_no"] == south.draw_no
    assert _imports()[0]["local_draw_no"] == got.draw_no
    report = check_all()
    assert report.ok, report.lines()


def test_the_command_line(shares, district_db, capsys):
    south, north, _ = shares
    close_database()
    try:
        assert main(["import", "share", str(north.path), "--district", DISTRICT, "--db", str(district_db)]) != 0
        assert "市北区" in capsys.readouterr().err
        assert main(["import", "share", str(south.path), "--district", DISTRICT, "--json",
                     "--db", str(district_db)]) == 0
        out = json.loads(capsys.readouterr().out)
        assert out["created"] and out["district"] == DISTRICT
        assert main(["import", "share", str(south.path), "--db", str(district_db)]) == 0
        assert "已导入过" in capsys.readouterr().out
    finally:
        open_database(district_db)


def test_the_district_matches_the_received_draw(shares, district_db):
    """The district's own register of inspectors and avoidance list, then the existing match over the draw."""
    south, _, _ = shares
    got = import_share(south.path, district=DISTRICT)
    import_district_registers()
    match_service.commit_match(got.draw_no, match_date=Draw.get(Draw.draw_no == got.draw_no).plan.start)
    match_service.run_match(got.draw_no, DEMO_WITNESSES)
    teams = current_teams(got.draw_no)
    assert set(teams) == {r.key for r in Inspection.select()} and all(len(t) == 2 for t in teams.values())
    report = check_all()
    assert report.ok, report.lines()


def test_a_share_with_an_alternate_used_imports_and_checks(tmp_path):
    """The alternate comes in as source "alternate" with its rank and ticket; the one it replaced does not."""
    open_database(tmp_path / "city.sqlite3")
    try:
        draw = draw_demo()
        # an enterprise drawn by one task only, whose alternate is new (with the first of 市南区 the test failed
        # when that one was drawn by both tasks: replaced for one, it stays for the other)
        task, out_key, _alt = alternate_candidate(draw)
        district = Inspection.get(Inspection.draw == draw, Inspection.key == out_key).district
        use = use_alternate(draw.draw_no, task, out_key, "已注销")
        out = write_share(draw.draw_no, district, tmp_path / "s.zip")
        use = {"task": use.task_code, "out": use.out_key, "in": use.in_key, "rank": use.rank}
    finally:
        close_database()
    open_database(tmp_path / "district.sqlite3")
    try:
        got = import_share(out.path, district=district)
        rows = {r.key: r for r in Inspection.select()}
        assert use["out"] not in rows and len(rows) == got.inspections
        came = rows[use["in"]]
        assert came.source == "alternate" and came.ranks == {use["task"]: use["rank"]} and came.tickets[use["task"]]
        report = check_all()
        assert report.ok, report.lines()
        require_sound(got.draw_no)
        database.obj.execute_sql("UPDATE inspection SET source = 'selected' WHERE key = ?",
                                 (use["in"],))
        report = check_all()
        assert not report.ok and use["in"] in "\n".join(report.lines()), report.lines()
    finally:
        close_database()
