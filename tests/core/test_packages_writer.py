"""District work packages (issue 13, item 3): written with openpyxl, read back, recorded and logged."""
from __future__ import annotations

import hashlib
import json
import re
from types import SimpleNamespace

import pytest
from openpyxl import load_workbook

from app.audit.log import entries
from app.cli.main import main
from app.demo import load_demo
from app.draw import plans
from app.draw import service as draw_service
from app.draw.models import Inspection
from app.errors import CancelledError, NotFoundError, StateError, ValidationError
from app.integrity import check_all
from app.integrity.results import keys_digest
from app.match.queries import current_teams
from app.packages import layout as L
from app.packages.identity import FORMAT, issued_content, read_identity
from app.packages.workbook import GREY, PROBLEMS_HEADER_ROW, PackageData, PackageRow, build_workbook
from app.packages.writer import _deadlines, write_packages
from app.results.digests import package_digest
from app.results.models import Package
from app.settings.store import result_lists

FIRST = L.HEADER_ROW + 1


def _values(ws) -> list[list]:
    return [list(row) for row in ws.iter_rows(values_only=True)]


def _col(field: str) -> int:
    return L.column_index(field)


def _data_rows(ws) -> list[int]:
    return [r for r in range(FIRST, ws.max_row + 1) if ws.cell(row=r, column=_col("key")).value]


@pytest.fixture
def issued(matched, tmp_path):
    files = write_packages(matched.draw_no, tmp_path / "out")
    return matched, files


def test_one_package_per_district_with_its_sheets_and_identity(issued):
    draw, files = issued
    districts = {i.district for i in Inspection.select().where(Inspection.draw == draw, Inspection.active == True)}  # noqa: E712
    assert {f.district for f in files} == districts and len(files) == len(districts)
    for f in files:
        assert f.path.name == f"第{draw.draw_no}号抽取_{f.district}_工作包_第1次.xlsx" and f.issue_no == 1
        package = Package.get(Package.uid == f.uid)
        assert (package.district, package.issue_no, package.file_name) == (f.district, 1, f.path.name)
        wb = load_workbook(f.path)
        assert wb.sheetnames == [L.COVER_SHEET, L.LISTS_SHEET, L.INSPECTIONS_SHEET, L.PROBLEMS_SHEET,
                                 L.IDENTITY_SHEET]
        ident_ws = wb[L.IDENTITY_SHEET]
        assert ident_ws.sheet_state == "veryHidden" and ident_ws.protection.sheet
        assert wb[L.LISTS_SHEET].sheet_state == "hidden" and wb.security.lockStructure
        ident = read_identity(_values(ident_ws))
        assert (ident.format, ident.uid, ident.district, ident.issue_no, ident.draw_no) == (
            FORMAT, f.uid, f.district, 1, draw.draw_no)
        assert ident.keys == package.keys and ident.content_digest == package.content_digest
        assert ident.digest_ok
        assert package.content_digest == package_digest(issued_content(draw, f.district, package.keys))
        assert ident.draw_record_sha256 == draw.record_sha256 and ident.database_id
        team = current_teams(draw.draw_no)
        assert all(i["team"] == [c for c, _, _ in team[i["key"]]] for i in ident.inspections)


def test_inspections_sheet_has_one_row_per_inspection_and_item(issued):
    draw, files = issued
    for f in files:
        ws = load_workbook(f.path)[L.INSPECTIONS_SHEET]
        assert [c.value for c in ws[L.HEADER_ROW]] == [c.label for c in L.COLUMNS]
        rows = _data_rows(ws)
        assert len(rows) == f.rows
        got = [(ws.cell(row=r, column=_col("key")).value, ws.cell(row=r, column=_col("item")).value) for r in rows]
        inspections = {i.key: i for i in Inspection.select().where(
            Inspection.draw == draw, Inspection.district == f.district, Inspection.active == True)}  # noqa: E712
        package = Package.get(Package.uid == f.uid)
        assert got == [(k, item) for k in package.keys for item in inspections[k].items]
        assert len({k for k, _ in got}) == f.inspections == len(inspections)
        for r in rows:
            key = ws.cell(row=r, column=_col("key")).value
            assert ws.cell(row=r, column=_col("name")).value == inspections[key].name
            assert ws.cell(row=r, column=_col("district")).value == f.district


def test_validation_lists_reference_the_lists_sheet(issued):
    _, files = issued
    wb = load_workbook(files[0].path)
    ws, lists_ws = wb[L.INSPECTIONS_SHEET], wb[L.LISTS_SHEET]
    last = max(_data_rows(ws))
    lists = result_lists()
    expected = {"checked": L.YES_NO, "closed": L.YES_NO, "method": lists.check_methods,
                "result": lists.item_results, "outcome": lists.enterprise_outcomes,
                "publicity": lists.publicity_results, "measures": lists.followup_measures}
    found = {}
    for dv in ws.data_validations.dataValidation:
        if dv.type != "list":
            continue
        [area] = [str(r) for r in dv.sqref.ranges]
        letter = L.COLUMNS[[L.column_letter(c.field) for c in L.COLUMNS].index(re.match(r"[A-Z]+", area)[0])]
        assert area == f"{L.column_letter(letter.field)}{FIRST}:{L.column_letter(letter.field)}{last}"
        m = re.fullmatch(r"'(.+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)", dv.formula1)
        assert m and m[1] == L.LISTS_SHEET, dv.formula1    # a range, never an inline list
        values = tuple(lists_ws[f"{m[2]}{n}"].value for n in range(int(m[3]), int(m[5]) + 1))
        found[letter.field] = values
        assert dv.errorStyle == ("information" if letter.field == "measures" else "stop")
    assert found == {k: tuple(v) for k, v in expected.items()}
    assert {c.field for c in L.COLUMNS if c.choices} == set(found)


def test_date_validation_within_the_plan_period(issued):
    draw, files = issued
    ws = load_workbook(files[0].path)[L.INSPECTIONS_SHEET]
    dates = {re.match(r"[A-Z]+", str(next(iter(dv.sqref.ranges))))[0]: dv for dv in ws.data_validations.dataValidation
             if dv.type == "date"}
    check, closed = dates[L.column_letter("check_date")], dates[L.column_letter("closed_on")]

    def excel(iso):
        y, m, d = (int(p) for p in iso.split("-"))
        return f"DATE({y},{m},{d})"
    plan = draw.plan
    assert (check.operator, check.formula1, check.formula2) == ("between", excel(plan.start), excel(plan.end))
    assert (closed.operator, closed.formula1) == ("greaterThanOrEqual", excel(plan.start))
    assert set(dates) == {L.column_letter("check_date"), L.column_letter("closed_on")}


def test_protection_locks_identity_and_opens_fill_cells(issued):
    _, files = issued
    several = next(f for f in files if f.rows > f.inspections)   # a district with a two-item inspection
    wb = load_workbook(several.path)
    ws = wb[L.INSPECTIONS_SHEET]
    assert ws.protection.sheet and ws.protection.password
    assert not ws.protection.formatColumns and not ws.protection.autoFilter    # allowed while protected
    assert ws.freeze_panes.endswith(str(FIRST))
    seen_later_row = False
    previous_key = None
    for r in _data_rows(ws):
        key = ws.cell(row=r, column=_col("key")).value
        first = key != previous_key
        seen_later_row |= not first
        previous_key = key
        for n, col in enumerate(L.COLUMNS, 1):
            cell = ws.cell(row=r, column=n)
            if col.scope == L.IDENTITY:
                assert cell.protection.locked and cell.fill.fgColor.rgb.endswith(GREY.fgColor.rgb[-6:])
            elif col.scope == L.ITEM or first:
                assert not cell.protection.locked, (r, col.field)
            else:
                assert cell.protection.locked and cell.fill.fgColor.rgb.endswith(GREY.fgColor.rgb[-6:])
        unit = ws.cell(row=r, column=_col("unit")).value
        assert bool(unit) == first     # pre-filled on the first row, where it may be changed
    assert seen_later_row     # the demo has inspections with two items
    assert ws.column_dimensions[L.column_letter("name")].width == L.BY_FIELD["name"].width


def test_unit_prefilled_from_the_settings(issued):
    _, files = issued
    f = next(f for f in files if f.district == "黄岛区")
    ws = load_workbook(f.path)[L.INSPECTIONS_SHEET]
    assert ws.cell(row=FIRST, column=_col("unit")).value == "青岛西海岸新区市场监督管理局"


def test_cover_shows_counts_contact_and_deadlines_as_dates(issued):
    draw, files = issued
    f = files[0]
    cover = dict((row[0], row[1]) for row in _values(load_workbook(f.path)[L.COVER_SHEET]) if row[0])
    assert cover["区市"] == f.district and cover["检查对象"] == f"{f.inspections} 户"
    assert cover["检查事项行数"] == f"{f.rows} 行" and cover["计划文号"] == draw.plan.number
    assert cover["联系人"] and cover["联系电话"] and cover["市局"]
    fetch = next(v for k, v in cover.items() if k.startswith("获取检查对象名单"))
    deadline = {d.kind: d.value for d in plans.plan_deadlines(draw.plan)}
    assert fetch == deadline["fetch_list"] and re.fullmatch(r"\d{4}-\d{2}-\d{2}", fetch)
    assert any("每户的企业层面内容只在第一行填写" in str(v) for v in cover.values())


def test_deadlines_of_an_uncovered_year_print_the_calendars_message():
    rows = dict(_deadlines(SimpleNamespace(start="2099-03-01", due="2099-04-01", end="2099-05-01")))
    assert rows["抽查开始（收到方案之日）"] == "2099-03-01"
    assert "2099" in rows["工作日期限"] and not re.fullmatch(r"[\d-]+", rows["工作日期限"])


def test_problems_sheet_header_and_open_rows(issued):
    _, files = issued
    ws = load_workbook(files[0].path)[L.PROBLEMS_SHEET]
    assert [c.value for c in ws[PROBLEMS_HEADER_ROW]] == list(L.PROBLEM_COLUMNS)
    assert not ws.cell(row=PROBLEMS_HEADER_ROW + 1, column=3).protection.locked
    assert ws.cell(row=PROBLEMS_HEADER_ROW, column=1).protection.locked and ws.protection.sheet


def test_no_cell_holds_a_formula(issued):
    _, files = issued
    for f in files:
        wb = load_workbook(f.path)
        for ws in wb.worksheets:
            assert not [c.coordinate for row in ws.iter_rows() for c in row if c.data_type == "f"], ws.title


def test_audit_entry_per_package_and_integrity_check(issued, db_path):
    draw, files = issued
    logged = {e.payload["uid"]: e.payload for e in entries(action="packages.issue")}
    assert set(logged) == {f.uid for f in files}
    for f in files:
        package = Package.get(Package.uid == f.uid)
        p = logged[f.uid]
        assert p == {"uid": f.uid, "draw_no": draw.draw_no, "district": f.district, "issue_no": 1,
                     "content_digest": package.content_digest, "file_sha256": package.file_sha256,
                     "keys_digest": keys_digest(package.keys), "count": f.inspections, "file": f.path.name}
        assert hashlib.sha256(f.path.read_bytes()).hexdigest() == package.file_sha256
    assert check_all(db_path).ok


def test_second_issue_and_district_filter(issued, tmp_path):
    draw, files = issued
    again = write_packages(draw.draw_no, tmp_path / "again", district="青岛市市南区")   # an alias
    assert [(f.district, f.issue_no) for f in again] == [("市南区", 2)]
    assert again[0].path.name.endswith("_第2次.xlsx") and len(list((tmp_path / "again").iterdir())) == 1
    first = next(f for f in files if f.district == "市南区")
    assert again[0].uid != first.uid
    digests = {Package.get(Package.uid == f.uid).content_digest for f in (first, again[0])}
    assert len(digests) == 1       # the same content issued again: the same digest, a new package id


def test_unknown_district_refused(matched, tmp_path):
    with pytest.raises(NotFoundError, match="没有名为“火星区”的区市"):
        write_packages(matched.draw_no, tmp_path, district="火星区")


def test_unmatched_draw_refused(drawn, tmp_path):
    with pytest.raises(StateError, match="尚未完成检查人员随机匹配，不能下发工作包"):
        write_packages(drawn.draw_no, tmp_path / "out")
    assert Package.select().count() == 0 and not (tmp_path / "out").exists()


def test_undrawn_draw_refused(db, tmp_path):
    load_demo()
    [plan] = plans.list_plans()
    committed = draw_service.commit_draw(plan.id)
    with pytest.raises(StateError, match="已承诺但尚未抽取，不能下发工作包"):
        write_packages(committed.draw_no, tmp_path / "out")
    assert Package.select().count() == 0 and not (tmp_path / "out").exists()


def test_cancel_leaves_no_file_and_no_record(matched, tmp_path):
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) >= 4     # after the first package was saved under its temporary name
    out = tmp_path / "out"
    with pytest.raises(CancelledError):
        write_packages(matched.draw_no, out, cancel=cancel)
    assert list(out.iterdir()) == [] and Package.select().count() == 0
    assert not entries(action="packages.issue")


def test_with_documents_writes_notices_and_forms_beside(matched, tmp_path):
    [f] = write_packages(matched.draw_no, tmp_path, district="市南区", with_documents=True)
    pdfs = sorted(p.name for p in (tmp_path / "市南区").iterdir())
    assert any(n.startswith("检查通知书_") for n in pdfs) and any(n.startswith("检查结果记录表_") for n in pdfs)
    assert f.path.parent == tmp_path


def test_read_identity_takes_calamine_numbers_and_refuses_other_sheets(issued):
    _, files = issued
    values = _values(load_workbook(files[0].path)[L.IDENTITY_SHEET])
    as_floats = [[float(v) if isinstance(v, str) and v.isdigit() and len(v) < 4 else v for v in row]
                 for row in values]
    ident = read_identity(as_floats)
    assert ident.draw_no == 1 and ident.issue_no == 1 and ident.digest_ok
    changed = [list(row) for row in values]
    at = next(n for n, row in enumerate(changed) if row[0] == "检查对象") + 1
    changed[at][1] = changed[at][1] + "（改）"
    assert not read_identity(changed).digest_ok
    with pytest.raises(ValidationError, match="不是本程序的工作包标识"):
        read_identity([["格式", "OTHER-1"]])
    with pytest.raises(ValidationError, match="缺少“检查对象”一行"):
        read_identity(values[:3])
    broken = [list(row) for row in values]
    broken[at][3] = "not json"
    with pytest.raises(ValidationError, match=f"第 {at + 1} 行"):
        read_identity(broken)


def test_cli_packages_json(matched, db_path, tmp_path, capsys):
    code = main(["packages", "--draw", str(matched.draw_no), "--out", str(tmp_path), "--district", "市北区",
                 "--json", "--db", str(db_path)])
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and [p["district"] for p in data["packages"]] == ["市北区"]
    assert data["packages"][0]["issue_no"] == 1 and (tmp_path / data["packages"][0]["file"]).is_file()
    code = main(["packages", "--draw", str(matched.draw_no), "--out", str(tmp_path), "--district", "火星区",
                 "--db", str(db_path)])
    assert code == 2 and "火星区" in capsys.readouterr().err
    assert main(["packages", "--draw", str(matched.draw_no), "--out", str(tmp_path), "--district", "市北区",
                 "--db", str(db_path)]) == 0
    assert "第 2 次下发" in capsys.readouterr().out


def test_formula_like_names_stay_text_and_identity_round_trips(tmp_path):
    crafted = ["=HYPERLINK(\"http://x\",\"点此\")", "+1", "@SUM(A1)", "－2"]
    inspections = [{"key": f"9137020200000000{n}X", "name": name, "tasks": ["T1"], "items": ["获证资格及条件检查"],
                    "team": ["370200000001", "370200000002"]} for n, name in enumerate(crafted)]
    content = {"format": FORMAT, "draw_no": 1, "draw_record_sha256": "a" * 64, "database_id": "b" * 32,
               "district": "市南区", "plan_id": 1, "plan_number": "=1+1", "inspections": inspections}
    rows = [PackageRow(i["key"], i["name"], "T1 =任务", i["items"], "=张三（370200000001）") for i in inspections]
    data = PackageData("=计划", "=1+1", 1, "市南区", "@单位", "2020-10-20", "2020-11-15", "2020-11-30",
                       [("抽查开始", "2020-10-20")], {"bureau_name": "-局"}, result_lists(), rows, content,
                       uid="c" * 32, issued_at="2020-10-20T09:00:00+08:00", digest=package_digest(content))
    path = tmp_path / "p.xlsx"
    build_workbook(data).save(path)
    wb = load_workbook(path)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate)
                assert not (isinstance(cell.value, str) and cell.value.startswith(("=", "+", "@", "－"))), cell.value
    ws = wb[L.INSPECTIONS_SHEET]
    assert ws.cell(row=FIRST, column=_col("name")).value == "'" + crafted[0]
    ident = read_identity(_values(wb[L.IDENTITY_SHEET]))
    assert [i["name"] for i in ident.inspections] == crafted and ident.plan_number == "=1+1"
    assert ident.digest_ok
