"""The deferred full check's child process: its command line and how its answer is read (issue 18)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.integrity.external import CheckNotRun, check_command, report_from_output


def test_the_command_runs_the_cli_from_the_sources_and_beside_the_gui_in_the_bundle(monkeypatch, tmp_path):
    program, args = check_command(tmp_path / "a.sqlite3")
    assert program == sys.executable
    assert args == ["-m", "app", "db", "check", "--json", "--db", str(tmp_path / "a.sqlite3")]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "bundle" / "spotcheck-gui"))
    program, args = check_command(tmp_path / "a.sqlite3")
    assert Path(program).parent == tmp_path / "bundle" and Path(program).name.startswith("spotcheck")
    assert Path(program).name != "spotcheck-gui" and args[:3] == ["db", "check", "--json"]


def _answer(ok: bool, findings=(), quick="ok", fks=0) -> str:
    return json.dumps({"ok": ok, "quick_check": quick, "foreign_key_violations": fks, "log": {},
                       "integrity": {"ok": not findings, "checked": {"log": 3, "draw": 1},
                                     "findings": [dict(zip(("area", "subject", "message"), f)) for f in findings]}})


def test_a_sound_answer_and_one_with_findings():
    report = report_from_output(0, _answer(True))
    assert report.ok and report.checked == {"file": 1, "log": 3, "draw": 1}
    report = report_from_output(1, _answer(False, [("draw", "第 1 号抽取", "的记录与其摘要不符")]))
    assert [f.text() for f in report.findings] == ["第 1 号抽取的记录与其摘要不符"]


def test_a_damaged_file_or_broken_references_are_findings():
    report = report_from_output(1, _answer(False, quick="*** in database main ***\nPage 7 is never used", fks=2))
    texts = [f.text() for f in report.findings]
    assert "完整性检查未通过" in texts[0] and "Page 7" in texts[0]
    assert "2 处外键不一致" in texts[1]
    assert not report_from_output(1, _answer(False)).ok   # failed yet named nothing: never a pass


@pytest.mark.parametrize("code, out, err, expected", [
    (2, json.dumps({"error": {"message": "数据库文件已损坏，无法打开"}}), "", "数据库文件已损坏，无法打开"),
    (1, "Traceback (most recent call last):", "ValueError: boom", "退出码 1：ValueError: boom"),
    (0, "", "", "退出码 0"),
    (-9, "", "", "退出码 -9"),
    (0, "[1, 2]", "", "退出码 0"),
])
def test_any_other_answer_is_not_a_pass(code, out, err, expected):
    with pytest.raises(CheckNotRun, match="后台完整性检查没有完成") as caught:
        report_from_output(code, out, err)
    assert expected in str(caught.value)


def test_the_real_command_answers_in_the_shape_read_back(matched, db_path):
    program, args = check_command(db_path)
    done = subprocess.run([program, *args], capture_output=True, text=True, timeout=300)
    report = report_from_output(done.returncode, done.stdout, done.stderr)
    assert report.ok and report.checked.get("draw") == 1 and report.checked.get("match") == 1
