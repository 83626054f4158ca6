"""Removing the demo data (app.demo_remove): only while no draw used it, in one logged step."""
from __future__ import annotations

import pytest

from app.audit.models import AuditEntry
from app.errors import StateError


def test_remove_demo_leaves_an_empty_sound_database_and_allows_a_new_load(db, tmp_path):
    from app.demo import load_demo
    from app.demo_remove import has_demo, remove_demo
    from app.draw.models import Plan
    from app.integrity.checks import check_all
    from app.registers.models import Register, RegisterVersion
    from app.settings.store import get_setting
    assert not has_demo()
    with pytest.raises(StateError, match="没有演示数据"):
        remove_demo()
    load_demo()
    assert has_demo()
    summary = remove_demo()
    assert len(summary["registers"]) == 6 and summary["plan"]
    assert not Register.select().exists() and not RegisterVersion.select().exists() and not Plan.select().exists()
    assert get_setting("bureau_name") in ("", None)            # the fictional 机关信息 is gone
    assert [e.action for e in AuditEntry.select().order_by(AuditEntry.id)][-1] == "demo.remove"
    assert check_all().ok, check_all().lines()
    assert not has_demo()
    load_demo()                                                # an empty database again
    assert has_demo()


def test_remove_keeps_the_clerks_own_registers(db, tmp_path):
    from app.demo import load_demo
    from app.demo_remove import remove_demo
    from app.registers import service
    from app.registers.models import Register
    from tests.support.registers import register_file, row
    load_demo()
    service.import_file(register_file(tmp_path, "own.xlsx", [row(n) for n in range(1, 5)]), "enterprise", "本局名录")
    remove_demo()
    assert [r.name for r in Register.select()] == ["本局名录"]


def test_remove_refuses_once_a_draw_used_the_demo(drawn, db_path, capsys):
    from app.cli.main import main
    from app.demo_remove import remove_demo
    from app.registers.models import RegisterVersion
    before = RegisterVersion.select().count()
    with pytest.raises(StateError, match=f"第 {drawn.draw_no} 号抽取使用"):
        remove_demo()
    assert RegisterVersion.select().count() == before
    assert main(["demo", "--remove", "--db", str(db_path)]) != 0
    assert "不能删除" in capsys.readouterr().err


def test_cli_demo_remove(db_path, capsys):
    from app.cli.main import main
    assert main(["demo", "--db", str(db_path)]) == 0
    capsys.readouterr()
    assert main(["demo", "--remove", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "演示数据已删除" in out and "执法检查人员名录库：第 1 版" in out
