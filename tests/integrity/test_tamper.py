"""Each direct edit of the issue (sqlite3 on the closed database file) is named by `db check` and
`log verify`: the functions (app.integrity) and the CLI's exit code."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from app.cli.main import main
from app.db import close_database, open_database
from app.errors import IntegrityError
from app.integrity import check_all, check_log
from tests.support.draws import draw_demo, match_demo
from tests.support.sqlite_edits import edit as _edit
from tests.support.sqlite_edits import one as _one

ENTERPRISES = "工业产品生产许可证获证企业"


def _findings(path) -> list[str]:
    open_database(path)
    try:
        return check_all(path).lines()
    finally:
        close_database()


def _cli(*args: str) -> int:
    return main([*args])


def _enterprise_in_register(path) -> tuple[int, str, str]:
    """(row id, key, name) of an enterprise drawn by a task on the first enterprise register."""
    import json
    record = json.loads(_one(path, "SELECT record FROM draw")[0])
    drawn = next(t["selected"][0] for t in record["tasks"] if t["register"] == ENTERPRISES and t["selected"])
    rid = _one(path, f"SELECT e.id FROM enterprise e JOIN register_version v ON v.id = e.version_id "
                     f"JOIN register r ON r.id = v.register_id "
                     f"WHERE r.name = '{ENTERPRISES}' AND e.key = '{drawn['key']}'")
    return rid[0], drawn["key"], drawn["name"]


def edit_enterprise_name(path) -> list[str]:
    rid, key, name = _enterprise_in_register(path)
    _edit(path, f"UPDATE enterprise SET name = '青岛伪造有限公司' WHERE id = {rid}")
    return [f"名录“{ENTERPRISES}”第 1 版内容摘要不符",
            f"名录“{ENTERPRISES}”第 1 版中的企业 {key} 与第 1 号抽取记录不符（记录：{name}，名录：青岛伪造有限公司）"]


def edit_enterprise_address(path) -> list[str]:
    rid, _key, _name = _enterprise_in_register(path)
    _edit(path, f"UPDATE enterprise SET address = '青岛市某路 1 号' WHERE id = {rid}")
    return [f"名录“{ENTERPRISES}”第 1 版内容摘要不符"]


def edit_inspector_register(path) -> list[str]:
    _edit(path, "UPDATE inspector SET name = '张伪造' WHERE id = (SELECT MIN(id) FROM inspector)")
    return ["名录“执法检查人员名录库”第 1 版内容摘要不符"]


def delete_register_row(path) -> list[str]:
    _edit(path, "DELETE FROM avoidance_pair WHERE id = (SELECT MIN(id) FROM avoidance_pair)")
    return ["名录“回避关系名单”第 1 版内容摘要不符"]


def edit_inspection_name(path) -> list[str]:
    key, name = _one(path, "SELECT key, name FROM inspection ORDER BY id LIMIT 1")
    _edit(path, "UPDATE inspection SET name = '青岛伪造有限公司' WHERE key = ?", params=(key,))
    return [f"第 1 号抽取的检查对象 {key} 名称与抽取记录不符（记录：{name}，数据库：青岛伪造有限公司）"]


def delete_inspection(path) -> list[str]:
    key, name = _one(path, "SELECT key, name FROM inspection ORDER BY id DESC LIMIT 1")
    _edit(path, "DELETE FROM inspection WHERE key = ?", params=(key,))
    return [f"第 1 号抽取的检查对象 {key}（{name}）在数据库中缺失（被删除）"]


def change_assigned_inspector(path) -> list[str]:
    key, cert = _one(path, "SELECT key, cert_no FROM assignment ORDER BY id LIMIT 1")
    other = _one(path, f"SELECT cert_no FROM inspector WHERE cert_no NOT IN "
                       f"(SELECT cert_no FROM assignment WHERE key = '{key}') LIMIT 1")[0]
    _edit(path, f"UPDATE assignment SET cert_no = '{other}' WHERE id = (SELECT MIN(id) FROM assignment)")
    return [f"第 1 号抽取的检查人员匹配中检查对象 {key} 的检查组与匹配记录不符", cert, other]


def delete_assignment(path) -> list[str]:
    key = _one(path, "SELECT key FROM assignment ORDER BY id LIMIT 1")[0]
    _edit(path, "DELETE FROM assignment WHERE id = (SELECT MIN(id) FROM assignment)")
    return [f"检查对象 {key} 的检查组与匹配记录不符"]


def change_witness_digit(path) -> list[str]:
    witnesses = _one(path, "SELECT witnesses FROM draw")[0]
    _edit(path, "UPDATE draw SET witnesses = ?", params=(witnesses.replace("31415926535897932384",
                                                                           "31415926535897932385"),))
    return ["第 1 号抽取由见证人数字重新计算的种子与记载不符", "第 1 名见证人（王见证）的数字与抽取记录不符"]


def change_match_witness_digit(path) -> list[str]:
    witnesses = _one(path, "SELECT witnesses FROM match")[0]
    _edit(path, "UPDATE match SET witnesses = ?", params=(witnesses.replace("2718281828", "2718281829"),))
    return ["第 1 号抽取的检查人员匹配由见证人数字重新计算的种子与记载不符"]


def rewrite_draw_record(path) -> list[str]:
    """The record's inspection name changed and its SHA-256 recomputed: the log's digest still differs."""
    import json

    from app.draw.spec import record_sha256
    record = json.loads(_one(path, "SELECT record FROM draw")[0])
    record["inspections"][0]["name"] = "青岛伪造有限公司"
    text = json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    _edit(path, "UPDATE draw SET record = ?, record_sha256 = ?", params=(text, record_sha256(record)))
    return ["第 1 号抽取的抽取记录中的检查对象名单与审计日志记载的摘要不符"]


def edit_draw_record_only(path) -> list[str]:
    record = _one(path, "SELECT record FROM draw")[0]
    _edit(path, "UPDATE draw SET record = ?", params=(record.replace("青岛", "胶州", 1),))
    return ["第 1 号抽取的抽取记录与其 SHA-256 不符"]


def delete_last_audit_rows(path) -> list[str]:
    count = _one(path, "SELECT COUNT(*) FROM audit_log")[0]
    _edit(path, "DROP TRIGGER audit_log_no_delete", f"DELETE FROM audit_log WHERE id > {count - 2}")
    return ["审计日志比锚点记载的短：", f"记载共 {count} 条", f"数据库中只有 {count - 2} 条"]


def rewrite_audit_tail(path) -> list[str]:
    """The last entry replaced by a well-chained forgery: the chain passes, the anchor does not."""
    from app.audit.log import entry_hash
    row = _one(path, "SELECT id, at, actor, action, payload, prev_hash FROM audit_log ORDER BY id DESC LIMIT 1")
    seq, at, actor, action, payload, prev = row
    forged = entry_hash(seq, at, "伪造者", action, payload, prev)
    _edit(path, "DROP TRIGGER audit_log_no_update",
          "UPDATE audit_log SET actor = '伪造者', hash = ? WHERE id = (SELECT MAX(id) FROM audit_log)",
          params=(forged,))
    return [f"审计日志第 {seq} 条记录的哈希与锚点不符"]


def edit_audit_payload(path) -> list[str]:
    _edit(path, "DROP TRIGGER audit_log_no_update",
          "UPDATE audit_log SET payload = replace(payload, '\"version\":1', '\"version\":2') "
          "WHERE action = 'registers.import'")
    return ["审计日志第", "的内容与其哈希不符（记录被改动）"]


EDITS: list[Callable] = [edit_enterprise_name, edit_enterprise_address, edit_inspector_register, delete_register_row,
                         edit_inspection_name, delete_inspection, change_assigned_inspector, delete_assignment,
                         change_witness_digit, change_match_witness_digit, rewrite_draw_record,
                         edit_draw_record_only, delete_last_audit_rows, rewrite_audit_tail, edit_audit_payload]


def test_the_untouched_database_passes(matched_file, capsys):
    assert _findings(matched_file) == []
    assert _cli("db", "check", "--db", str(matched_file)) == 0
    assert _cli("log", "verify", "--db", str(matched_file)) == 0
    assert "数据完整性校验通过" in capsys.readouterr().out


@pytest.mark.parametrize("edit", EDITS, ids=[e.__name__ for e in EDITS])
def test_a_direct_edit_is_named(matched_file, edit, capsys):
    expected = edit(matched_file)
    text = "\n".join(_findings(matched_file))
    for part in expected:
        assert part in text
    capsys.readouterr()
    assert _cli("db", "check", "--db", str(matched_file)) == 1
    out = capsys.readouterr().out
    assert expected[0] in out
    assert _cli("log", "verify", "--db", str(matched_file)) == 1
    assert expected[0] in capsys.readouterr().out


def test_the_log_check_alone_names_a_truncated_tail(matched_file):
    delete_last_audit_rows(matched_file)
    open_database(matched_file)
    try:
        report = check_log(matched_file)
    finally:
        close_database()
    assert [f.area for f in report.findings] == ["anchor"]


def test_documents_refuse_a_tampered_inspection_name(matched_file, tmp_path):
    from app.docs import service
    [line] = edit_inspection_name(matched_file)
    open_database(matched_file)
    try:
        with pytest.raises(IntegrityError) as caught:
            service.generate("notice", 1, tmp_path / "out")
    finally:
        close_database()
    assert line in str(caught.value)
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").glob("*.pdf"))


def test_documents_of_an_untouched_draw_are_written(matched_file, tmp_path):
    from app.docs import service
    open_database(matched_file)
    try:
        files = service.generate("notice", 1, tmp_path / "out")
    finally:
        close_database()
    assert files


def test_recorded_changes_are_not_reported(db):
    """Alternates before and after the match and replacements change rows through the services: every
    such change is in the record and the log, so the check stays quiet; an edit after them is still named."""
    from app.campaign.changes import use_alternate, use_alternate_after_match
    from app.match import queries
    from app.match import service as match_service
    from tests.support.matches import alternate_candidate
    draw = draw_demo()
    task0, out0, _alt0 = alternate_candidate(draw, 0)
    use_alternate(draw.draw_no, task0, out0, "检查前已注销")
    match_demo(draw)
    assert check_all().lines() == []
    match = queries.current_match(draw.draw_no)
    task, out_key, alt = alternate_candidate(draw, 1)
    some_key = next(k for k, t in queries.active_teams(match).items() if t and k != out_key)
    match_service.replace_inspector(draw.draw_no, some_key, queries.active_teams(match)[some_key][0],
                                    "岗位调整", "张局长")
    change = use_alternate_after_match(draw.draw_no, task, out_key, "已注销", "张局长")
    match_service.replace_inspector(draw.draw_no, alt["key"], change["team"][0], "身体原因", "张局长")
    assert check_all().lines() == []
    from app.draw.models import Inspection
    Inspection.update(name="青岛伪造有限公司").where(Inspection.key == alt["key"]).execute()
    assert f"第 1 号抽取的检查对象 {alt['key']} 名称与抽取记录不符" in "\n".join(check_all().lines())
