"""The installer self-test, run from source (CI runs it again inside the frozen bundle)."""
from __future__ import annotations

import importlib

from app import selftest
from app.registers.normalize import uscc_valid


def test_self_test_passes_and_says_what_it_did(monkeypatch, tmp_path):
    monkeypatch.setenv("SPOTCHECK_DB", str(tmp_path / "user.sqlite3"))   # must stay untouched
    seen = {}

    def extra(ctx):
        seen["pdf"] = ctx.notice_pdf
        return "extra ok"

    lines: list[str] = []
    status = selftest.run_self_test(lines.append, extra_checks=[("额外检查 / extra", extra)])
    text = "\n".join(lines)
    assert status == 0, text
    for title, _ in selftest.STEPS:
        assert title in text
    assert "extra ok" in text and "自检通过" in text
    assert seen["pdf"] is not None and seen["pdf"].name.endswith(".pdf")
    assert not (tmp_path / "user.sqlite3").exists()
    from app.db import current_db_path
    assert current_db_path() is None


def test_a_module_missing_from_the_bundle_fails_the_self_test(monkeypatch):
    """A frozen build that lost a module (PyInstaller missed an import) fails loudly, naming it."""
    def needs_missing_module(ctx):
        importlib.import_module("app.no_such_stage.service")
        return "unreachable"

    monkeypatch.setattr(selftest, "STEPS", [selftest.STEPS[0], ("缺少的模块 / missing", needs_missing_module)])
    lines: list[str] = []
    assert selftest.run_self_test(lines.append) == 1
    text = "\n".join(lines)
    assert "失败 FAIL 缺少的模块" in text and "ModuleNotFoundError" in text and "app.no_such_stage" in text
    assert "自检失败" in text


def test_a_failing_step_does_not_hide_the_others(monkeypatch):
    def boom(ctx):
        raise RuntimeError("坏了")

    monkeypatch.setattr(selftest, "STEPS", [("坏步骤 / broken", boom), selftest.STEPS[0]])
    lines: list[str] = []
    assert selftest.run_self_test(lines.append) == 1
    text = "\n".join(lines)
    assert "RuntimeError: 坏了" in text
    assert "[2/2] 通过" in text


def test_credit_codes_of_the_sample_register_are_valid():
    code = selftest.uscc_with_check("91370202" + "010000001")
    assert len(code) == 18 and uscc_valid(code)


def test_cli_has_the_selftest_command():
    from app.cli.main import build_parser
    args = build_parser().parse_args(["selftest"])
    assert callable(args.func)
