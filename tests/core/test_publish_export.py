"""The publication export (issue 15.1): rows, files, record, new/changed, deadlines (no Qt)."""
from __future__ import annotations

import csv
import datetime as dt

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from app.audit.models import AuditEntry
from app.draw.models import Inspection
from app.errors import CancelledError, ValidationError
from app.hashing import file_sha256
from app.integrity import check_all
from app.publish import export as pub
from app.publish.models import PublicationExport
from app.publish.rows import Deadlines
from app.results import service
from app.settings.store import units
from app.spreadsheet import safe_text
from tests.support.publish import CORRECTED, REVIEWER, fill_campaign, hostile_demo_folder

TODAY = dt.date(2020, 11, 10)


@pytest.fixture
def campaign(matched):
    return fill_campaign(matched)


def _expected(campaign, published_on: str, keys=None) -> list[list[str]]:
    """The export's rows built here from what fill_campaign entered, in the export's order."""
    plan = campaign.draw.plan
    task_names = {t.code: t.name for t in plan.tasks}
    out = []
    inspections = (Inspection.select().where((Inspection.draw == campaign.draw) & (Inspection.active == True))  # noqa: E712
                   .order_by(Inspection.district, Inspection.key))
    for ins in inspections:
        entry = campaign.entries.get(ins.key)
        if entry is None or not entry.reviewed or (keys is not None and ins.key not in keys):
            continue
        codes = sorted(ins.tasks)   # the demo's task codes T1, T2 are in plan order
        for item in ins.items:
            out.append([plan.title, plan.number, "、".join(task_names[c] for c in codes), "、".join(codes),
                        ins.name, ins.key, "青岛市市南区市场监督管理局", plan.start, item, entry.expected[item],
                        published_on])
    return out


def _sheet(path) -> list[list]:
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    for row in ws.iter_rows():
        for cell in row:
            assert cell.data_type in ("s", "n", "d"), (cell.coordinate, cell.value, cell.data_type)
            if isinstance(cell.value, str):
                assert not cell.value.startswith(("=", "+", "-", "@", "\t", "\r")), cell.value
    return [[c.value for c in row] for row in ws.iter_rows()]


def test_export_has_exactly_the_expected_rows_and_is_recorded(campaign, tmp_path):
    out = tmp_path / "out" / "公示.xlsx"
    outcome = pub.export_publication(campaign.draw.plan.id, out, csv=True, published_on="2020-11-20",
                                     today=TODAY)
    expected = _expected(campaign, "2020-11-20")
    assert _sheet(out) == [pub.COLUMNS] + expected
    assert [r[0] for r in CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()][1:] == \
        [r[0] for r in expected]
    raw = outcome.csv_file.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert list(csv.reader(raw.decode("utf-8-sig").splitlines())) == [pub.COLUMNS] + expected
    assert outcome.count == len(expected) == outcome.new and outcome.changed == 0
    assert outcome.inspections == sum(e.reviewed for e in campaign.entries.values())
    assert outcome.overdue == [] and outcome.notes == []
    export = PublicationExport.get()
    assert (export.seq, export.count, export.file_name, export.published_on) == (1, len(expected), out.name,
                                                                                 "2020-11-20")
    assert export.file_sha256 == file_sha256(out) == outcome.file_sha256
    assert export.digest == pub.rows_digest(export.rows)
    entry = AuditEntry.select().where(AuditEntry.action == "publish.export").get()
    payload = entry.payload
    assert {k: payload[k] for k in ("plan_id", "seq", "count", "digest", "file_sha256", "file")} == {
        "plan_id": campaign.draw.plan.id, "seq": 1, "count": len(expected), "digest": export.digest,
        "file_sha256": export.file_sha256, "file": out.name}
    assert sorted(p.name for p in out.parent.iterdir()) == ["公示.csv", "公示.xlsx"]   # no temporary left
    assert check_all().ok


def test_second_export_gives_only_new_and_changed_rows(campaign, tmp_path):
    plan_id, draw = campaign.draw.plan.id, campaign.draw
    pub.export_publication(plan_id, tmp_path / "1.xlsx", published_on="2020-11-20", today=TODAY)
    with pytest.raises(ValidationError, match="都已导出过"):
        pub.export_publication(plan_id, tmp_path / "2.xlsx", today=TODAY)
    assert not (tmp_path / "2.xlsx").exists()
    late = campaign.key("measure_open")
    service.review_results(draw.draw_no, [late], REVIEWER)
    clean = campaign.key("clean")                       # corrected after publication
    service.return_result(draw.draw_no, clean, REVIEWER, "检查结果填错")
    changed = dict(service.current_result(draw, clean).content)
    changed["items"] = [dict(r, result=CORRECTED, problem="标签不规范") for r in changed["items"]]
    service.enter_result(draw.draw_no, clean, changed)
    service.review_results(draw.draw_no, [clean], REVIEWER)
    same = campaign.key("corrected")                    # returned and reviewed again, wording unchanged
    service.return_result(draw.draw_no, same, REVIEWER, "核对")
    service.enter_result(draw.draw_no, same, service.current_result(draw, same).content, reason="核对无误")
    service.review_results(draw.draw_no, [same], REVIEWER)
    rows = pub.publication_rows(plan_id, published_on="2020-11-21", today=TODAY)
    assert {(r.key, r.state) for r in rows} == {(late, pub.NEW), (clean, pub.CHANGED)}
    assert all(r.result == CORRECTED for r in rows)
    outcome = pub.export_publication(plan_id, tmp_path / "2.xlsx", published_on="2020-11-21", today=TODAY)
    assert (outcome.seq, outcome.new, outcome.changed) == (2, sum(r.key == late for r in rows),
                                                           sum(r.key == clean for r in rows))
    assert _sheet(tmp_path / "2.xlsx")[1:] == [r.values() for r in rows]
    everything = pub.publication_rows(plan_id, only_new=False, today=TODAY)
    assert {r.state for r in everything} == {pub.EXPORTED}
    assert len(everything) == len(_expected(campaign, "x")) + sum(r.key == late for r in rows)
    assert pub.export_publication(plan_id, tmp_path / "all.xlsx", only_new=False, today=TODAY).count == len(everything)
    assert [e.seq for e in pub.exports_of(plan_id)] == [1, 2, 3]
    assert check_all().ok


def test_deadlines_are_20_working_days_across_national_day_and_flag_overdue(campaign, tmp_path):
    deadlines = Deadlines()
    # 2020: 10-01..10-08 off, Sunday 09-27 and Saturday 10-10 worked (counted by hand)
    assert deadlines.of("2020-09-28") == ("2020-11-02", "")
    assert deadlines.of("2020-10-20") == ("2020-11-17", "")
    deadline, note = deadlines.of("2099-03-02")
    assert deadline is None and "2099" in note
    assert deadlines.of("") == (None, "未填写检查日期，无法计算期限")
    plan_id = campaign.draw.plan.id
    assert not any(r.overdue for r in pub.publication_rows(plan_id, today=dt.date(2020, 11, 17)))
    late = pub.publication_rows(plan_id, today=dt.date(2020, 11, 18))
    assert late and all(r.overdue and r.deadline == "2020-11-17" for r in late)
    listed = {d.key: d for d in pub.publication_deadlines(plan_id, today=dt.date(2020, 11, 18))}
    assert set(listed) == set(campaign.entries)          # entered and reviewed, nothing else
    assert all(d.overdue and d.exported_on is None for d in listed.values())
    outcome = pub.export_publication(plan_id, tmp_path / "p.xlsx", published_on="2020-11-18",
                                     today=dt.date(2020, 11, 18))
    assert {o["key"] for o in outcome.overdue} == {e.key for e in campaign.entries.values() if e.reviewed}
    listed = {d.key: d for d in pub.publication_deadlines(plan_id, today=dt.date(2020, 11, 18))}
    for key, entry in campaign.entries.items():
        assert listed[key].overdue is (not entry.reviewed)
        assert listed[key].exported_on == ("2020-11-18" if entry.reviewed else None)
        assert listed[key].export_seq == (1 if entry.reviewed else None)


def test_writer_neutralises_formula_starts_in_every_cell(tmp_path):
    names = ["=HYPERLINK(\"http://x\")", "+86青岛", "-1公司", "@SUM(A1)", "\t制表公司", "\r回车公司", "＝全角公司"]
    rows = [pub.PubRow("=计划", "+号", "-任务", "@T1", name, "91370200MA00000000", "=单位", "2020-10-20", "-事项",
                       "=结果", "2020-11-20", 1, "市南区", "0" * 64, pub.NEW, None, "", False) for name in names]
    pub.write_rows(rows, tmp_path / "w.xlsx", tmp_path / "w.csv")
    sheet = _sheet(tmp_path / "w.xlsx")
    assert sheet[1:] == [[safe_text(v) for v in r.values()] for r in rows]
    assert [r[4] for r in sheet[1:]] == ["'" + n for n in names]
    text = (tmp_path / "w.csv").read_bytes()
    assert text.startswith(b"\xef\xbb\xbf")
    assert list(csv.reader(text.decode("utf-8-sig").splitlines(keepends=True)))[1:] == sheet[1:]


def test_names_starting_with_formula_characters_in_a_whole_campaign(db, tmp_path, monkeypatch):
    folder = hostile_demo_folder(tmp_path)
    monkeypatch.setattr("app.demo.data_path", lambda *parts: folder.joinpath(*parts[1:]))
    from tests.support.draws import draw_demo, match_demo
    from tests.support.results import complete_result
    draw = match_demo(draw_demo())
    keys = [i.key for i in Inspection.select().where(Inspection.draw == draw)]
    for key in keys:
        service.enter_result(draw.draw_no, key, complete_result(draw, key))
    service.review_results(draw.draw_no, keys, REVIEWER)
    outcome = pub.export_publication(draw.plan.id, tmp_path / "out" / "p.xlsx", csv=True, today=TODAY)
    names = {i.key: i.name for i in Inspection.select().where(Inspection.draw == draw)}
    hostile = {k for k, n in names.items() if n.startswith(("=", "+", "-", "@"))}
    assert {n[0] for k, n in names.items() if k in hostile} == {"=", "+", "-", "@"}
    sheet = _sheet(outcome.file)
    assert {r[5] for r in sheet[1:]} == set(keys)
    assert all(r[4] == safe_text(names[r[5]]) for r in sheet[1:])
    assert sum(r[4].startswith("'") for r in sheet[1:]) >= len(hostile)
    rows = list(csv.reader(outcome.csv_file.read_text(encoding="utf-8-sig").splitlines()))
    assert rows == sheet


def test_bad_requests_write_nothing(campaign, tmp_path, monkeypatch):
    plan_id = campaign.draw.plan.id
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(ValidationError, match="xlsx"):
        pub.export_publication(plan_id, tmp_path / "p.csv")
    with pytest.raises(ValidationError, match="公示日期"):
        pub.export_publication(plan_id, tmp_path / "p.xlsx", published_on="2020-13-01")
    with pytest.raises(CancelledError):
        pub.export_publication(plan_id, tmp_path / "p.xlsx", cancel=lambda: True)

    def broken(action, payload):
        raise RuntimeError("disk full")
    monkeypatch.setattr("app.publish.export.audit.append", broken)
    with pytest.raises(RuntimeError):
        pub.export_publication(plan_id, tmp_path / "p.xlsx", csv=True)
    assert list(tmp_path.iterdir()) == [] and PublicationExport.select().count() == 0


def test_unit_falls_back_to_the_districts_unit(matched, tmp_path):
    from tests.support.results import complete_result, first_keys
    key = first_keys(matched, 1)[0]
    content = complete_result(matched, key)
    content["unit"] = ""
    service.enter_result(1, key, content)
    service.review_results(1, [key], REVIEWER)
    [row, *_] = pub.publication_rows(matched.plan.id, today=TODAY)
    district = Inspection.get((Inspection.draw == matched) & (Inspection.key == key)).district
    assert row.unit == next(u["name"] for u in units() if u["district"] == district)
