"""Returned work packages: identified by their identity sheet, read row by row against what was issued,
compared with the current results and imported in one transaction (issue 13, item 4). The returned
files are packages written by app.packages.writer and filled with openpyxl as a district would."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from app import audit
from app.db import close_database, open_database
from app.draw.models import Inspection
from app.errors import StateError, ValidationError
from app.integrity.checks import check_all
from app.match import service as match_service
from app.match.queries import current_match, current_teams, inspector_directory
from app.packages import layout as L
from app.packages.returns import import_returns, read_return
from app.publish.models import ReceivedFile
from app.results import queries
from app.results import service as results_service
from app.results.models import ResultBatch
from tests.support import returns as R
from tests.support.draws import draw_demo, match_demo
from tests.support.results import complete_result


@pytest.fixture
def matched(db):
    """The demo drawn and matched with every number stable (tests.support.stable_demo): these tests need a
    district with three one-item inspections and a two-item one, which a draw seeded by the log's times
    does not always give."""
    from tests.support.stable_demo import stable_demo_draw
    return stable_demo_draw()


@pytest.fixture
def district(matched) -> str:
    """A district with an inspection of two check items (to test item rows), and the most of one item
    (the draw's seed changes with the log's times, so which district that is varies between runs)."""
    counts: dict[str, list[int]] = {}
    for i in Inspection.select().where((Inspection.draw == matched) & (Inspection.active == True)):  # noqa: E712
        counts.setdefault(i.district, [0, 0])[len(i.items) == 2] += 1
    return max((d for d, (_, two) in counts.items() if two), key=lambda d: (counts[d][0], d))


@pytest.fixture
def pkg(matched, district, tmp_path):
    return R.issue(matched, tmp_path / "out", district)


def _two_item_key(path) -> str:
    return next(k for k, rows in R.row_map(path).items() if len(rows) == 2)


def _one_item_keys(path) -> list[str]:
    return [k for k, rows in R.row_map(path).items() if len(rows) == 1]


def _messages(preview, key=None) -> list[str]:
    return [i.message for i in preview.issues if key is None or i.key == key]


def _issue(preview, needle: str):
    found = [i for i in preview.issues if needle in i.message]
    assert found, [i.text() for i in preview.issues]
    return found[0]


# --- complete and partial returns -------------------------------------------------------------------
def test_a_complete_return_is_imported_as_one_logged_batch(matched, pkg, tmp_path):
    path = R.fill(pkg.path, matched, out=tmp_path / "返回.xlsx", edit=lambda wb: R.add_problem(wb, "名录地址过旧"))
    assert load_workbook(path)[L.IDENTITY_SHEET].sheet_state == "veryHidden"   # read by calamine all the same
    preview = read_return(path)
    keys = list(R.row_map(path))
    assert [e.key for e in preview.new] == keys and preview.issues == [] and not preview.open
    assert preview.package.uid == pkg.uid and preview.district == pkg.district
    assert preview.problems and preview.problems[0]["问题描述"] == "名录地址过旧"
    assert "新录入" in preview.summary() and pkg.district in preview.summary()
    [outcome] = import_returns([preview])
    assert outcome.new == keys and outcome.batch_id
    current = queries.current_results(matched)
    for key in keys:
        assert current[key].status == "entered"
        assert current[key].content == results_service.check_entry(matched, key, complete_result(matched, key))[0]
    batch = ResultBatch.get_by_id(outcome.batch_id)
    assert (batch.kind, batch.package.uid, batch.file_name, batch.file_sha256, batch.count) == (
        "import", pkg.uid, "返回.xlsx", preview.file_sha256, len(keys))
    assert batch.problems[0]["问题描述"] == "名录地址过旧"
    entry = audit.entries(limit=1)[0]
    assert entry.action == "results.import" and entry.payload["file_sha256"] == preview.file_sha256
    assert entry.payload["package"] == pkg.uid
    [kept] = ReceivedFile.select().where(ReceivedFile.batch == batch)      # exactly as received, for the archive
    assert bytes(kept.content) == path.read_bytes() and kept.sha256 == preview.file_sha256
    assert check_all().ok


def test_a_file_changed_after_its_check_is_not_imported(matched, pkg, tmp_path):
    path = R.fill(pkg.path, matched, out=tmp_path / "返回.xlsx")
    preview = read_return(path)
    R.fill(pkg.path, matched, out=path, edit=lambda wb: R.add_problem(wb, "检查后又改了一处"))
    with pytest.raises(StateError, match="在检查之后被改动过"):
        import_returns([preview])
    assert ResultBatch.select().count() == 0 and ReceivedFile.select().count() == 0


def test_a_partial_return_leaves_the_blank_inspections_open(matched, pkg, tmp_path):
    keys = list(R.row_map(pkg.path))
    path = R.fill(pkg.path, matched, keys[:2], out=tmp_path / "部分.xlsx")
    preview = read_return(path)
    assert [e.key for e in preview.new] == keys[:2] and preview.open == keys[2:] and preview.issues == []
    import_returns([preview])
    assert set(queries.current_results(matched)) == set(keys[:2])
    assert check_all().ok


def test_full_width_spaces_text_and_excel_dates_and_names_are_accepted(matched, pkg, tmp_path):
    keys = _one_item_keys(pkg.path)[:3]
    teams = current_teams(matched.draw_no)
    dates = ["2020年10月21日", "２０２０.10.22", dt.datetime(2020, 10, 23)]

    def edit(wb):
        rows = R.row_map(pkg.path)
        for key, date in zip(keys, dates, strict=True):
            r = rows[key][0]
            R.set_cell(wb, r, "checked", " 是 ")
            R.set_cell(wb, r, "method", "实地 核查")
            R.set_cell(wb, r, "result", "发现问题已责令改正")
            R.set_cell(wb, r, "problem", "未按规定  标注\n生产许可证编号")
            R.set_cell(wb, r, "measures", "责令改正，立案调查")
            R.set_cell(wb, r, "closed", "否")
            R.set_cell(wb, r, "check_date", date)
            names = [name for _, name, _ in teams[key]]
            R.set_cell(wb, r, "inspectors", f"{names[0]} ，{names[1]}")   # names, a full-width comma, spaces
        R.set_cell(wb, rows[keys[0]][0], "outcome", "通过登记的住所(经营场所)无法联系")   # half-width brackets

    path = R.fill(pkg.path, matched, keys, out=tmp_path / "全角.xlsx", edit=edit)
    preview = read_return(path)
    assert preview.issues == [], [i.text() for i in preview.issues]
    got = {e.key: e.content for e in preview.new}
    assert [got[k]["check_date"] for k in keys] == ["2020-10-21", "2020-10-22", "2020-10-23"]
    first = got[keys[0]]
    assert first["items"][0]["method"] == "实地核查" and first["items"][0]["problem"] == "未按规定 标注 生产许可证编号"
    assert first["followup"]["measures"] == ["责令改正", "立案调查"] and first["followup"]["closed"] is False
    assert first["outcome"] == "通过登记的住所（经营场所）无法联系"
    assert first["inspectors"] == [cert for cert, _, _ in teams[keys[0]]]
    import_returns([preview])
    assert check_all().ok


# --- errors, each with its row and column -------------------------------------------------------------
def _spoiled(matched, pkg, tmp_path, edit, keys=None):
    return read_return(R.fill(pkg.path, matched, keys, out=tmp_path / "错.xlsx", edit=edit))


def test_values_outside_the_lists_dates_outside_the_period_and_missing_problem_text(matched, pkg, tmp_path):
    a, b, c = _one_item_keys(pkg.path)[:3]
    d = _two_item_key(pkg.path)
    rows = R.row_map(pkg.path)

    def edit(wb):
        R.set_cell(wb, rows[a][0], "method", "目测")
        R.set_cell(wb, rows[b][0], "check_date", "2021-01-05")
        R.set_cell(wb, rows[c][0], "result", "发现问题待后续处理")
        R.set_cell(wb, rows[d][0], "checked", "可能")

    preview = _spoiled(matched, pkg, tmp_path, edit)
    method = _issue(preview, "“目测”不在核查方式的选项中")
    assert (method.row, method.column, method.key, method.sheet) == (rows[a][0], "核查方式", a, L.INSPECTIONS_SHEET)
    assert f"第 {rows[a][0]} 行" in method.text() and "“核查方式”列" in method.text() and "错.xlsx" in method.text()
    date = _issue(preview, "不在抽查期间")
    assert (date.row, date.column, date.key) == (rows[b][0], "检查日期", b)
    problem = _issue(preview, "须填写发现的问题")
    assert (problem.row, problem.column, problem.key) == (rows[c][0], "发现的问题", c)
    yes_no = _issue(preview, "“可能”不是“是”或“否”")
    assert (yes_no.row, yes_no.column) == (rows[d][0], "是否检查")
    assert set(preview.refused) == {a, b, c, d}
    assert not {a, b, c, d} & {e.key for e in preview.new}
    import_returns([preview])
    assert not {a, b, c, d} & set(queries.current_results(matched)) and queries.current_results(matched)


def test_an_inspector_not_on_the_team_is_allowed_only_after_a_recorded_replacement(matched, pkg, tmp_path):
    key = _one_item_keys(pkg.path)[0]
    (leader, _, _), (member, member_name, _) = current_teams(matched.draw_no)[key][:2]
    stranger = next(cert for cert, d in _directory(matched).items()
                    if cert not in {c for c, _, _ in current_teams(matched.draw_no)[key]})
    content = complete_result(matched, key)
    content["inspectors"] = [stranger, member]
    path = R.fill(pkg.path, matched, contents={key: content}, out=tmp_path / "换人.xlsx",
                  names={stranger: _directory(matched)[stranger]["name"], member: member_name})
    preview = read_return(path)
    issue = _issue(preview, "不是本检查组成员")
    assert (issue.column, issue.key) == ("实际检查人员", key) and key in preview.refused
    # the replacement recorded: the leader out, the rule's choice in; the file naming the new member passes
    done = match_service.replace_inspector(matched.draw_no, key, leader, "病假", "张局长")
    content["inspectors"] = [done["in"], member]
    path = R.fill(pkg.path, matched, contents={key: content}, out=tmp_path / "换人2.xlsx")
    preview = read_return(path)
    assert preview.issues == [] and [e.key for e in preview.new] == [key]
    # and the inspector replaced out (who may have started the inspection) is allowed too
    content["inspectors"] = [leader, member]
    preview = read_return(R.fill(pkg.path, matched, contents={key: content}, out=tmp_path / "换人3.xlsx"))
    assert preview.issues == []


def _directory(draw) -> dict:
    return inspector_directory(current_match(draw.draw_no))


def test_a_changed_key_or_name_and_added_or_removed_inspections(matched, pkg, tmp_path):
    keys = _one_item_keys(pkg.path)
    a, b, c = keys[:3]
    rows = R.row_map(pkg.path)
    stranger = "91370202MA3C4XYZ0L"

    def edit(wb):
        ws = wb[L.INSPECTIONS_SHEET]
        R.set_cell(wb, rows[a][0], "key", stranger)                    # key changed
        R.set_cell(wb, rows[b][0], "name", "别的公司")                  # name changed
        ws.delete_rows(rows[c][0])                                       # an inspection removed
        extra = ws.max_row + 1                                           # an inspection added
        for fld, value in (("key", "91370202MA3C4ZZZ1Q"), ("name", "新增公司"), ("item", "获证资格及条件检查"),
                           ("checked", "是")):
            R.set_cell(wb, extra, fld, value)

    preview = _spoiled(matched, pkg, tmp_path, edit, keys=[a, b])
    changed = _issue(preview, "统一社会信用代码被改为")
    assert (changed.row, changed.column, changed.key) == (rows[a][0], "统一社会信用代码（注册号）", a)
    name = _issue(preview, "检查对象名称被改为“别的公司”")
    assert (name.row, name.column, name.key) == (rows[b][0], "检查对象名称", b)
    removed = _issue(preview, "没有对应的行（被删除）")
    assert removed.key == c and c in preview.open
    added = _issue(preview, "不在下发的工作包中")
    assert added.key == "91370202MA3C4ZZZ1Q" and added.column == "统一社会信用代码（注册号）"
    assert {a, b} <= set(preview.refused) and not preview.new
    assert not any(i.key == stranger for i in preview.issues if "被删除" in i.message)   # a is not also "removed"


def test_item_rows_added_or_removed_and_enterprise_values_below_the_first_row(matched, pkg, tmp_path):
    two = _two_item_key(pkg.path)
    one = _one_item_keys(pkg.path)[0]
    rows = R.row_map(pkg.path)

    def edit(wb):
        R.set_cell(wb, rows[two][1], "check_date", "2020-10-25")        # enterprise value on the 2nd row
        R.set_cell(wb, rows[one][0], "item", "另加的事项")               # an item row that was not issued

    preview = _spoiled(matched, pkg, tmp_path, edit, keys=[two, one])
    below = _issue(preview, "只填在该检查对象的第一行")
    assert (below.row, below.column, below.key) == (rows[two][1], "检查日期", two)
    added = _issue(preview, "不是下发给该检查对象的事项")
    assert (added.row, added.column, added.key) == (rows[one][0], "检查事项", one)
    missing = _issue(preview, "缺少检查事项")
    assert missing.key == one
    assert {two, one} <= set(preview.refused)

    def delete(wb):
        wb[L.INSPECTIONS_SHEET].delete_rows(rows[two][1])

    preview = read_return(R.fill(pkg.path, matched, [two], out=tmp_path / "删行.xlsx", edit=delete))
    removed = _issue(preview, "缺少检查事项")
    assert removed.key == two and removed.row == rows[two][0] and two in preview.refused


def test_the_same_value_merged_or_copied_down_an_inspection_is_not_an_error(matched, pkg, tmp_path):
    two = _two_item_key(pkg.path)
    rows = R.row_map(pkg.path)
    content = complete_result(matched, two)

    def edit(wb):
        R.set_cell(wb, rows[two][1], "check_date", content["check_date"])
        R.set_cell(wb, rows[two][1], "unit", content["unit"])

    preview = _spoiled(matched, pkg, tmp_path, edit, keys=[two])
    assert preview.issues == [] and [e.key for e in preview.new] == [two]


# --- identity --------------------------------------------------------------------------------------------
def test_a_package_renamed_as_another_districts_file_is_known_by_its_identity(matched, pkg, tmp_path):
    other = next(d for d in {i.district for i in Inspection.select().where(Inspection.draw == matched)}
                 if d != pkg.district)
    theirs = R.issue(matched, tmp_path / "other", other)
    path = R.fill(theirs.path, matched, out=tmp_path / f"第1号抽取_{pkg.district}_工作包_第1次.xlsx")
    preview = read_return(path)
    assert preview.package.uid == theirs.uid and preview.district == other and preview.issues == []


@pytest.mark.parametrize("fld, value, reason", [
    ("district", "另一个区", "来自另一个区市"),
    ("draw_no", "7", "来自另一次抽取"),
    ("database_id", "f" * 32, "来自另一个数据库"),
    ("uid", "0" * 32, "没有编号为"),
    ("format", "SOMETHING-ELSE", "不是本程序的工作包标识"),
])
def test_an_identity_naming_another_district_draw_or_database_is_refused(matched, pkg, tmp_path, fld, value, reason):
    path = R.fill(pkg.path, matched, out=tmp_path / "标识.xlsx", edit=lambda wb: R.set_identity(wb, fld, value))
    with pytest.raises(ValidationError) as info:
        read_return(path)
    assert reason in str(info.value) and "标识.xlsx" in str(info.value)


def test_an_altered_identity_fails_its_digest(matched, pkg, tmp_path):
    def edit(wb):
        ws = wb[L.IDENTITY_SHEET]
        last = ws.max_row
        ws.cell(row=last, column=2, value="改过的名称")

    path = R.fill(pkg.path, matched, out=tmp_path / "改标识.xlsx", edit=edit)
    with pytest.raises(ValidationError, match="包标识被改动"):
        read_return(path)


def test_a_package_from_another_database_is_refused(matched, pkg, tmp_path, db_path):
    # a second database file (its own database_id) issues and gets back its own package
    close_database()
    open_database(tmp_path / "second.sqlite3")
    other = match_demo(draw_demo())
    path = R.fill(R.issue(other, tmp_path / "second", pkg.district).path, other, out=tmp_path / "他库.xlsx")
    close_database()
    open_database(db_path)
    with pytest.raises(ValidationError, match="来自另一个数据库"):
        read_return(path)


def test_a_file_without_identity_is_refused_then_mapped_by_hand_with_a_reason(matched, pkg, tmp_path):
    path = R.fill(pkg.path, matched, out=tmp_path / "无标识.xlsx", edit=R.remove_identity)
    with pytest.raises(ValidationError, match="没有“包标识”工作表"):
        read_return(path)
    with pytest.raises(ValidationError, match="必须填写原因"):
        read_return(path, map_to=pkg.uid)
    with pytest.raises(ValidationError, match="没有编号为"):
        read_return(path, map_to="nope", map_reason="区局另存时删除了隐藏表")
    preview = read_return(path, map_to=pkg.uid, map_reason="区局另存时删除了隐藏表")
    assert preview.mapped_by_hand.startswith("区局另存时删除了隐藏表")
    assert "没有“包标识”工作表" in preview.mapped_by_hand   # what was wrong is recorded with the reason
    assert len(preview.new) == len(R.row_map(path)) and "手工指定" in preview.summary()
    [outcome] = import_returns([preview])
    batch = ResultBatch.get_by_id(outcome.batch_id)
    assert batch.mapped_by_hand == preview.mapped_by_hand and batch.package.uid == pkg.uid
    assert audit.entries(limit=1)[0].payload["mapped_by_hand"] == preview.mapped_by_hand
    assert check_all().ok


# --- a second return, the same file twice ------------------------------------------------------------------
def test_a_second_return_shows_changes_applied_only_when_accepted_and_keeps_history(matched, pkg, tmp_path):
    keys = list(R.row_map(pkg.path))
    import_returns([read_return(R.fill(pkg.path, matched, out=tmp_path / "第一次.xlsx"))])
    a, b = keys[:2]
    later = {a: complete_result(matched, a, check_date="2020-10-28"),
             b: complete_result(matched, b, result="发现问题已责令改正", problem="标签不全")}
    second = R.fill(tmp_path / "第一次.xlsx", matched, contents=later, out=tmp_path / "第二次.xlsx")
    preview = read_return(second)
    assert {e.key for e in preview.changed} == {a, b} and not preview.new
    assert set(preview.unchanged) == set(keys) - {a, b}
    by_key = {e.key: e for e in preview.changed}
    assert by_key[a].fields == ["检查日期"] and by_key[a].old["check_date"] == "2020-10-20"
    assert any(f.endswith("·检查结果") for f in by_key[b].fields) and any(f.endswith("·发现的问题")
                                                                       for f in by_key[b].fields)
    before = R.result_dump(matched)
    [held] = import_returns([preview])
    assert sorted(held.held_back) == sorted([a, b]) and R.result_dump(matched) == before
    [done] = import_returns([read_return(second)], accept_changes=True)
    assert sorted(done.changed) == sorted([a, b])
    history = queries.history(matched, a)
    assert [(r.revision, r.content["check_date"]) for r in history] == [(1, "2020-10-20"), (2, "2020-10-28")]
    assert check_all().ok


def test_a_change_to_a_reviewed_result_is_refused_until_returned(matched, pkg, tmp_path):
    key = list(R.row_map(pkg.path))[0]
    import_returns([read_return(R.fill(pkg.path, matched, [key], out=tmp_path / "a.xlsx"))])
    results_service.review_results(matched.draw_no, [key], "王审核")
    path = R.fill(pkg.path, matched, contents={key: complete_result(matched, key, check_date="2020-10-29")},
                  out=tmp_path / "b.xlsx")
    preview = read_return(path)
    refused = _issue(preview, "须先退回")
    assert refused.key == key and key in preview.refused and not preview.changed
    results_service.return_result(matched.draw_no, key, "王审核", "日期核对")
    preview = read_return(path)
    assert [e.key for e in preview.changed] == [key] and preview.changed[0].old_status == "returned"


def test_the_same_file_imported_twice_changes_nothing(matched, pkg, tmp_path):
    path = R.fill(pkg.path, matched, out=tmp_path / "两次.xlsx", edit=lambda wb: R.add_problem(wb, "无"))
    import_returns([read_return(path)])
    count, batches = len(audit.entries(limit=100000)), ResultBatch.select().count()
    again = read_return(path)
    assert again.identical and "完全相同" in again.summary()
    [outcome] = import_returns([again])
    assert outcome.batch_id is None and not outcome.new
    assert (len(audit.entries(limit=100000)), ResultBatch.select().count()) == (count, batches)


def test_a_result_entered_after_the_preview_is_not_overwritten_unseen(matched, pkg, tmp_path):
    key = list(R.row_map(pkg.path))[0]
    preview = read_return(R.fill(pkg.path, matched, [key], out=tmp_path / "a.xlsx"))
    results_service.enter_result(matched.draw_no, key, complete_result(matched, key, check_date="2020-10-30"))
    [outcome] = import_returns([preview])
    assert outcome.held_back == [key] and queries.current_result(matched, key).content["check_date"] == "2020-10-30"


def test_a_void_draw_refuses_its_returns(matched, pkg, tmp_path):
    path = R.fill(pkg.path, matched, out=tmp_path / "a.xlsx")
    preview = read_return(path)
    matched.status = "void"
    matched.save()
    with pytest.raises(StateError, match="作废"):
        read_return(path)
    with pytest.raises(StateError, match="作废"):
        import_returns([preview])


def test_a_changed_header_refuses_the_file_naming_the_missing_column(matched, pkg, tmp_path):
    def edit(wb):
        wb[L.INSPECTIONS_SHEET].cell(row=L.HEADER_ROW, column=L.column_index("method"), value="方式")

    path = R.fill(pkg.path, matched, out=tmp_path / "表头.xlsx", edit=edit)
    with pytest.raises(ValidationError) as info:
        read_return(path)
    assert "缺少列：核查方式" in str(info.value) and f"第 {L.HEADER_ROW} 行" in str(info.value)
