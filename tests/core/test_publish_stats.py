"""Statistics of a completed sample campaign (issue 15, 3): every count is compared with counts made here,
from the results this test entered, and from the tables themselves (never through app.publish.stats)."""
from __future__ import annotations

import json
from collections import Counter

import pytest
from openpyxl import load_workbook

from app.campaign.changes import use_alternate_after_match, void_draw
from app.cli.main import main
from app.demo import load_demo
from app.draw import plans
from app.draw import service as draw_service
from app.draw.models import Inspection
from app.errors import NotFoundError
from app.match import service as match_service
from app.match.changes import replace_inspector
from app.match.models import Assignment
from app.match.queries import active_teams, current_match
from app.publish.stats import TABLE_NAMES, plan_statistics
from app.publish.stats_export import INFO_SHEET, export_statistics
from app.results import service
from app.results.service import BatchSource, commit_revisions
from app.settings.service import update_settings
from app.settings.store import get_setting
from tests.support.draws import DEMO_WITNESSES
from tests.support.issued import issue_package_row
from tests.support.matches import alternate_candidate
from tests.support.results import complete_result

PROBLEM_RESULTS = {"发现问题已责令改正", "发现问题待后续处理"}
# kinds of result entered below; the ones that are a "problem found" by the default result lists
KINDS = ["clean", "fixed", "pending", "unreachable", "cancelled", "publicity", "partial", "clean", "returned",
         "fixed", "clean", "fixed"]
PROBLEM_KINDS = {"fixed", "pending", "unreachable", "publicity"}
DIFFICULTY = {"row": 5, "序号": "1", "问题类别": "名录库", "问题描述": "=HYPERLINK(\"http://x\")部分企业地址有误",
              "涉及的检查对象（名称或代码）": "某公司", "意见建议": "更新名录库", "填报人": "赵填报"}


def _content(draw, key: str, kind: str) -> dict:
    """A valid result of `kind` for `key` (built from complete_result, changed here)."""
    c = complete_result(draw, key)
    rows = c["items"]
    if kind == "fixed":
        rows[0].update(result="发现问题已责令改正", problem="未按规定标注", method="书面核查")
    elif kind == "pending":
        for r in rows:
            r.update(result="发现问题待后续处理", problem="产品抽检不合格")
        c["followup"] = {"measures": ["立案调查"], "text": "", "closed": False, "closed_on": ""}
    elif kind in ("unreachable", "cancelled"):
        # an enterprise-level outcome stands for the items: none of them is filled
        c["items"] = [{"item": r["item"], "checked": None, "method": "", "result": "", "problem": ""} for r in rows]
        c["outcome"] = "通过登记的住所（经营场所）无法联系" if kind == "unreachable" else "已注销"
    elif kind == "publicity":
        c["publicity"] = "未按规定公示应当公示的信息"
    elif kind == "partial":
        rows[0].update(checked=False, reason="不涉及该项经营活动", method="", result="")
        for r in rows[1:]:
            r["method"] = "网络监测"
    return c


@pytest.fixture
def campaign(db):
    """Draw 1 voided, draw 2 drawn and matched; an alternate after the match, a replaced inspector, results of
    every kind entered (some reviewed, one returned), a returned file's reported difficulty.
    Returns (draw, {key: (kind, status, content)}, facts)."""
    load_demo()
    [plan] = plans.list_plans()
    void_draw(draw_service.commit_draw(plan.id).draw_no, "见证人未到场")
    draw = draw_service.run_draw(draw_service.commit_draw(plan.id).draw_no, DEMO_WITNESSES)
    match_service.commit_match(draw.draw_no, match_date=draw.plan.start)
    match_service.run_match(draw.draw_no, DEMO_WITNESSES)
    task, out_key, alt = alternate_candidate(draw)
    use_alternate_after_match(draw.draw_no, task, out_key, "检查前已注销", "张局长")
    active = list(Inspection.select().where((Inspection.draw == draw) & (Inspection.active == True))  # noqa: E712
                  .order_by(Inspection.key))
    # partial results need two items or more (one not checked), the publicity one a publicity item
    chosen, used = [], {alt["key"]}
    for kind in KINDS[:-1]:
        fits = [i.key for i in active if i.key not in used and (
            kind != "partial" or len(i.items) >= 2) and (kind != "publicity" or any("公示" in t for t in i.items))]
        chosen.append(fits[len(used) * 3 % len(fits)])   # spread over the districts
        used.add(chosen[-1])
    chosen.append(alt["key"])
    replaced = chosen[1]
    out_cert = active_teams(current_match(draw.draw_no))[replaced][0]
    replace_inspector(draw.draw_no, replaced, out_cert, "岗位调整", "张局长")
    entered = {}
    for key, kind in zip(chosen, KINDS):
        content = _content(draw, key, kind)
        service.enter_result(draw.draw_no, key, content)
        entered[key] = [kind, "entered", content]
    reviewed = [k for k, (kind, _, _) in entered.items() if kind != "returned"][::2]
    service.review_results(draw.draw_no, reviewed, "王审核")
    for key in reviewed:
        entered[key][1] = "reviewed"
    returned = next(k for k, (kind, _, _) in entered.items() if kind == "returned")
    service.return_result(draw.draw_no, returned, "王审核", "检查日期有误")
    entered[returned][1] = "returned"
    district = next(i.district for i in active if i.key == chosen[0])
    package = issue_package_row(draw, district, [chosen[0]])
    commit_revisions(draw, "import", [], BatchSource(package, f"{district}.xlsx", "0" * 64, "", [DIFFICULTY]))
    facts = {"plan_id": plan.id, "replaced": (replaced, out_cert), "alternate": (task, out_key, alt["key"]),
             "district": district}
    return draw, {k: tuple(v) for k, v in entered.items()}, facts


def _active(draw) -> list[Inspection]:
    return list(Inspection.select().where((Inspection.draw == draw) & (Inspection.active == True)))  # noqa: E712


def _expected_group(inspections, entered) -> dict:
    counted = [entered[i.key] for i in inspections if i.key in entered]
    ok = [(kind, status) for kind, status, _ in counted if status in ("entered", "reviewed")]
    with_problem = sum(kind in PROBLEM_KINDS for kind, _ in ok)
    return {"inspections": len(inspections), "entered": len(ok),
            "reviewed": sum(s == "reviewed" for _, s in ok), "returned": sum(s == "returned" for _, s, _ in counted),
            "with_problem": with_problem, "share": with_problem / len(ok) if ok else None}


def _counts(group) -> dict:
    d = group.as_dict()
    return {k: d[k] for k in ("inspections", "entered", "reviewed", "returned", "with_problem", "share")}


def test_counts_by_district_task_and_overall_equal_the_results_entered(campaign):
    draw, entered, facts = campaign
    stats = plan_statistics(facts["plan_id"])
    active = _active(draw)
    assert stats.draws == [draw.draw_no] and stats.basis == "entered+reviewed"
    assert _counts(stats.totals) == _expected_group(active, entered)
    assert stats.totals.entered == 11 and stats.totals.returned == 1
    assert stats.share == pytest.approx(sum(k in PROBLEM_KINDS for k, s, _ in entered.values() if s != "returned")
                                        / 11)
    districts = sorted({i.district for i in active})
    assert sorted(d.group for d in stats.districts) == districts
    assert sum(d.entered > 0 for d in stats.districts) >= 4 and sum(d.with_problem > 0 for d in stats.districts) >= 2
    for d in stats.districts:
        assert _counts(d) == _expected_group([i for i in active if i.district == d.group], entered), d.group
    assert [t.group for t in stats.tasks] == ["T1", "T2"]
    for t in stats.tasks:
        assert _counts(t) == _expected_group([i for i in active if t.group in i.tasks], entered), t.group
        assert t.name


def test_items_categories_and_methods_equal_the_rows_entered(campaign):
    draw, entered, facts = campaign
    stats = plan_statistics(facts["plan_id"])
    active = _active(draw)
    counted = {k: c for k, (_, s, c) in entered.items() if s in ("entered", "reviewed")}
    rows = [r for c in counted.values() for r in c["items"]]
    for item in stats.items:
        mine = [r for r in rows if r["item"] == item.item]
        with_item = [i for i in active if item.item in i.items]
        checked = [r for r in mine if r["checked"] is True]
        assert (item.inspections, item.entered, item.checked, item.not_checked, item.with_problem) == (
            len(with_item), sum(i.key in counted for i in with_item), len(checked),
            sum(r["checked"] is False for r in mine), sum(r["result"] in PROBLEM_RESULTS for r in checked)), item.item
    assert {i.item for i in stats.items} == {item for i in active for item in i.items}
    expected = Counter(("检查结果", r["result"]) for r in rows if r["result"])
    expected.update(("企业层面的检查结果", c["outcome"]) for c in counted.values() if c.get("outcome"))
    expected.update(("公示信息检查结果", c["publicity"]) for c in counted.values() if c.get("publicity"))
    got = {(c.list_title, c.category): c.count for c in stats.categories}
    assert {k: v for k, v in got.items() if v} == dict(expected)
    assert len(expected) >= 6   # the mix really has several categories of each list
    flags = {c.category: c.problem for c in stats.categories}
    assert flags["发现问题已责令改正"] and flags["通过登记的住所（经营场所）无法联系"]
    assert flags["未按规定公示应当公示的信息"]
    assert not flags["未发现问题"] and not flags["已注销"]
    methods = Counter(r["method"] for r in rows if r["checked"] is True)
    assert {m.method: m.items for m in stats.methods if m.items} == dict(methods)
    assert {"实地核查", "书面核查", "网络监测"} <= set(methods)
    problems = Counter(r["method"] for r in rows if r["checked"] is True and r["result"] in PROBLEM_RESULTS)
    assert {m.method: m.with_problem for m in stats.methods if m.with_problem} == dict(problems)


def test_loads_replacements_alternates_voids_and_difficulties(campaign):
    draw, _, facts = campaign
    stats = plan_statistics(facts["plan_id"])
    match = current_match(draw.draw_no)
    assigned = Counter(cert for (cert,) in Assignment.select(Assignment.cert_no).where(
        (Assignment.match == match) & (Assignment.active == True)).tuples())  # noqa: E712
    assert {x.cert_no: x.load for x in stats.loads if x.load} == dict(assigned)
    assert len(stats.loads) == len(match.commit_data["roster"]) and all(x.draw_no == draw.draw_no for x in stats.loads)
    assert [x.load for x in stats.loads] == sorted((x.load for x in stats.loads), reverse=True)
    assert all(x.name for x in stats.loads)
    assert sum(people for _, people in stats.load_distribution()) == len(stats.loads)
    key, out_cert = facts["replaced"]
    [rep] = stats.replacements
    assert (rep.key, rep.out_cert, rep.kind, rep.reason, rep.approver) == (key, out_cert, "replacement", "岗位调整",
                                                                           "张局长")
    assert rep.in_cert != out_cert and rep.in_name and rep.enterprise and rep.district
    task, out_key, in_key = facts["alternate"]
    [alt] = stats.alternates
    assert (alt.task, alt.out_key, alt.in_key, alt.reason) == (task, out_key, in_key, "检查前已注销")
    assert alt.out_name and alt.in_name
    assert [(v.draw_no, v.reason) for v in stats.voided] == [(1, "见证人未到场")]
    assert stats.counts() == {"alternates_used": 1, "voided_draws": 1, "replacements": 1, "short_resolutions": 0,
                              "difficulties": 1}
    [d] = stats.difficulties
    assert (d.district, d.description, d.reporter, d.row) == (facts["district"], DIFFICULTY["问题描述"], "赵填报", 5)


def test_tables_print_the_same_numbers(campaign):
    draw, entered, facts = campaign
    stats = plan_statistics(facts["plan_id"])
    tables = stats.tables()
    assert [t.name for t in tables] == list(TABLE_NAMES)
    assert all(len(r) == len(t.headers) for t in tables for r in t.rows)
    districts = stats.table("districts")
    assert districts.rows[-1][0] == "合计" and districts.rows[-1][1:] == stats.table("overview").rows[0]
    assert sum(r[1] for r in districts.rows[:-1]) == len(_active(draw))
    assert districts.text_rows()[-1][-1] == f"{stats.share * 100:.1f}%"
    empty = next(r for r in districts.text_rows() if r[2] == "0")
    assert empty[-1] == "—"   # nothing entered: no share, not 0%
    json.dumps(stats.as_dict(), ensure_ascii=False)   # serialisable as it is


def test_xlsx_has_one_sheet_per_table_with_the_same_numbers_and_no_formula(campaign, tmp_path):
    _, _, facts = campaign
    stats = plan_statistics(facts["plan_id"])
    path = export_statistics(facts["plan_id"], tmp_path / "out" / "统计.xlsx")
    assert path.exists() and not [p for p in path.parent.iterdir() if p.name.startswith(".tmp")]
    book = load_workbook(path)
    tables = stats.tables()
    assert book.sheetnames == [INFO_SHEET] + [t.title for t in tables]
    for table in tables:
        sheet = book[table.title]
        values = [list(r) for r in sheet.iter_rows(values_only=True)]
        assert values[0] == table.headers
        for got, want in zip(values[1:], table.rows, strict=True):
            for n, (g, w) in enumerate(zip(got, want, strict=True)):
                if isinstance(w, float):
                    assert g == pytest.approx(w)
                    assert sheet.cell(row=2, column=n + 1).number_format == "0.0%"
                elif isinstance(w, str) and w.startswith("="):
                    assert g == "'" + w
                else:
                    assert g == (w if w != "" else None), (table.title, n)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            assert all(c.data_type != "f" for c in row), sheet.title
    [row] = list(book["抽查中遇到的问题"].iter_rows(min_row=2))
    assert row[4].value == "'" + DIFFICULTY["问题描述"] and row[4].data_type == "s"


def test_cli_prints_json_tables_and_writes_the_xlsx(campaign, db_path, tmp_path, capsys):
    _, _, facts = campaign
    stats = plan_statistics(facts["plan_id"])
    out = tmp_path / "s.xlsx"
    code = main(["stats", "--plan", str(facts["plan_id"]), "--json", "--db", str(db_path), "--out", str(out)])
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and out.exists() and data["out"] == str(out)
    assert data["totals"] == stats.totals.as_dict() and data["counts"] == stats.counts()
    assert data["basis"] == "entered+reviewed" and [t["name"] for t in data["tables"]] == list(TABLE_NAMES)
    assert {d["group"]: d["with_problem"] for d in data["districts"]} == {d.group: d.with_problem
                                                                          for d in stats.districts}
    code = main(["stats", "--plan", str(facts["plan_id"]), "--db", str(db_path)])
    text = capsys.readouterr().out
    assert code == 0 and "【各区市情况】" in text and "合计" in text and "发现问题比例" in text
    assert f"{stats.share * 100:.1f}%" in text and "岗位调整" in text and "见证人未到场" in text
    code = main(["stats", "--plan", "999", "--db", str(db_path), "--json"])
    assert code == 2 and "999" in capsys.readouterr().out


def test_unknown_plan_and_an_undrawn_plan(db):
    with pytest.raises(NotFoundError):
        plan_statistics(42)
    load_demo()
    [plan] = plans.list_plans()
    stats = plan_statistics(plan.id)
    assert stats.draws == [] and stats.totals.inspections == 0 and stats.share is None
    assert stats.table("overview").text_rows() == [["0", "0", "0", "0", "0", "—"]]
    assert all(not t.rows for t in stats.tables() if t.name not in ("overview", "changes", "districts", "items",
                                                                    "categories", "methods", "tasks"))


def test_the_problem_flags_and_names_follow_the_settings(campaign):
    """已注销 made a problem and 未发现问题 renamed: the share follows the flags, the old name is kept as recorded."""
    draw, entered, facts = campaign
    before = plan_statistics(facts["plan_id"])
    value = json.loads(json.dumps(get_setting("result_lists")))
    for entry in value["enterprise_outcomes"]:
        if entry["name"] == "已注销":
            entry["problem"] = True
    value["item_results"][0]["name"] = "未发现违法违规问题"
    update_settings({"result_lists": value})
    after = plan_statistics(facts["plan_id"])
    cancelled = [k for k, (kind, s, _) in entered.items() if kind == "cancelled" and s != "returned"]
    assert cancelled and after.totals.with_problem == before.totals.with_problem + len(cancelled)
    old = next(c for c in after.categories if c.category == "未发现问题")
    assert not old.known and not old.problem and old.count == next(
        c.count for c in before.categories if c.category == "未发现问题")
    assert next(c for c in after.categories if c.category == "未发现违法违规问题").count == 0
    assert "未发现问题（已不在选项中）" in [r[1] for r in after.table("categories").rows]
