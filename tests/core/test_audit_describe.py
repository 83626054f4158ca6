"""The audit log in Chinese: every action code the program writes has its sentence (app.audit.describe).

The codes are found in the source: every `audit.append(CODE, …)` in app/, CODE a literal, a module
constant, or a parameter of the enclosing function (then every literal its callers pass, e.g.
commit_change(…, "match.replace") and commit_revisions(draw, "enter", …) → "results.enter").
"""
from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import pytest

from app.audit import describe as d

ROOT = Path(__file__).resolve().parents[2]


def _trees() -> dict[str, ast.Module]:
    out = {}
    for path in sorted((ROOT / "app").rglob("*.py")):
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        out[name] = ast.parse(path.read_text(encoding="utf-8"))
    return out


TREES = _trees()


def _callers_literals(function: ast.FunctionDef, param: str) -> list[str]:
    """Every literal string passed for `param` by the calls of `function` anywhere in app/."""
    names = [a.arg for a in function.args.args]
    index = names.index(param)
    found = []
    for tree in TREES.values():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            callee = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
            if callee != function.name:
                continue
            value = next((k.value for k in node.keywords if k.arg == param), None)
            if value is None and index < len(node.args):
                value = node.args[index]
            assert isinstance(value, ast.Constant) and isinstance(value.value, str), \
                f"{function.name}() called with a {param} that is not a literal: {ast.unparse(node)}"
            found.append(value.value)
    assert found, f"no call of {function.name}() found"
    return found


def _codes(module: str, function: ast.FunctionDef | None, arg: ast.expr) -> list[str]:
    if isinstance(arg, ast.Constant):
        return [arg.value]
    params = [a.arg for a in function.args.args] if function else []
    if isinstance(arg, ast.Name) and arg.id in params:
        return _callers_literals(function, arg.id)
    if isinstance(arg, ast.JoinedStr):
        pattern = "".join(str(v.value) if isinstance(v, ast.Constant) else "{}" for v in arg.values)
        [value] = [v.value for v in arg.values if isinstance(v, ast.FormattedValue)]
        assert isinstance(value, ast.Name) and value.id in params, ast.unparse(arg)
        return [pattern.format(x) for x in _callers_literals(function, value.id)]
    return [eval(ast.unparse(arg), vars(importlib.import_module(module)))]   # a module constant


def _appended_codes() -> set[str]:
    codes: set[str] = set()
    for module, tree in TREES.items():
        functions = [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "append"
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "audit"):
                enclosing = next((f for f in functions if node in ast.walk(f)), None)
                codes.update(_codes(module, enclosing, node.args[0]))
    return codes


def test_every_action_the_program_appends_has_a_chinese_description():
    codes = _appended_codes()
    assert {"settings.update", "registers.import", "match.replace", "results.enter", "share.return.import",
            "docs.numbers.reserve"} <= codes          # the finder reaches literals, parameters and constants
    missing = sorted(codes - set(d.DESCRIBERS))
    assert not missing, f"audit actions without a description in app/audit/describe.py: {missing}"
    for code in codes:
        text = d.describe(code, {})
        assert re.search(r"[\u4e00-\u9fff]", text) and code not in text, (code, text)


def test_descriptions_name_the_key_facts():
    assert d.describe("registers.import", {"register": "执法检查人员名录库", "kind": "inspector", "version": 2,
                                           "imported": 55, "added": 3, "removed": 1, "changed": 0}) == \
        "导入执法检查人员名录“执法检查人员名录库”第 2 版：55 行（比上一版新增 3，删除 1，变更 0）"
    assert d.describe("match.commit", {"draw_no": 1, "team_size": 2, "match_date": "2026-05-06",
                                       "match_commitment": "ab" * 32}).startswith("提交第 1 号抽取的匹配承诺")
    assert d.describe("share.write", {"draw_no": 1, "district": "市南区", "inspections": 59}) == \
        "向市南区生成共享文件（第 1 号抽取，59 户检查对象）"
    text = d.describe("settings.update", {"changed": {"doc_prefix": {"old": "青市监质", "new": "青市监抽"},
                                                      "districts": {"old": [], "new": [{"name": "市南区"}]}}})
    assert text == "修改设置：文号前缀由“青市监质”改为“青市监抽”；区市"
    assert d.describe("match.record", {"draw_no": 1, "revision": 0}) == "生成第 1 号抽取的匹配记录（初版）"
    assert d.describe("docs.generate", {"kind": "notice", "draw": 1, "files": 2, "count": 59}) == \
        "生成第 1 号抽取的检查通知书：2 个文件，59 个文号"


@pytest.mark.parametrize("payload", [None, "not json", "[1, 2]", {"changed": "oops"}, '{"draw_no": 3}'])
def test_odd_or_hand_edited_payloads_still_get_a_sentence(payload):
    for code in d.DESCRIBERS:
        text = d.describe(code, payload)
        assert re.search(r"[\u4e00-\u9fff]", text), (code, text)
    assert d.describe("some.new_code", {}) == "其他操作（代码 some.new_code）"


def test_kind_and_setting_names_match_the_services():
    from app.docs.service import KIND_NAMES
    from app.registers.service import KIND_ZH
    from app.settings.defaults import DEFAULTS
    assert d.REGISTER_KINDS == KIND_ZH
    assert d.DOCUMENT_KINDS == KIND_NAMES
    assert set(DEFAULTS) <= set(d.SETTING_NAMES)


def test_local_time_is_the_machines_zone(monkeypatch):
    import time
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        assert d.local_time("2026-05-06T01:30:00+00:00") == "2026-05-06 09:30:00"
        assert d.local_time("2026-05-06T09:30:00+08:00") == "2026-05-06 09:30:00"
        assert d.local_time("garbage") == "garbage"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_cli_log_show_prints_the_chinese_sentences(db, db_path, capsys):
    from app import audit
    from app.cli.main import main
    from app.db import transaction
    with transaction():
        audit.append("share.write", {"draw_no": 1, "district": "市南区", "inspections": 59})
    assert main(["--db", str(db_path), "log", "show"]) == 0
    out = capsys.readouterr().out
    assert "向市南区生成共享文件（第 1 号抽取，59 户检查对象）" in out and "share.write" not in out
    assert main(["--db", str(db_path), "log", "show", "--json"]) == 0
    assert '"action": "share.write"' in capsys.readouterr().out
