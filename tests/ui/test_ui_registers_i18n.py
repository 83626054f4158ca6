"""Every string of the registers and plan screens and wizards has its Chinese translation."""
from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from ui import i18n

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "registers_zh_CN.ts"


def _messages(path: Path) -> dict[tuple[str, str], tuple[str | None, str]]:
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            out[(name, message.findtext("source"))] = (translation.get("type"), translation.text or "")
    return out


def test_every_string_is_translated():
    messages = _messages(TS)
    assert messages
    missing = [src for (ctx, src), (kind, text) in messages.items()
               if kind != "vanished" and kind != "obsolete" and (kind == "unfinished" or not text.strip())]
    assert missing == []


def test_ts_covers_the_current_sources(tmp_path):
    lupdate = i18n.find_tool("lupdate")
    assert lupdate is not None, "lupdate ships in the PySide6 wheel (ui.i18n.find_tool)"
    fresh = tmp_path / "fresh.ts"
    sources = i18n.area_sources("registers")   # the files `python -m ui.i18n update registers` scans
    subprocess.run([str(lupdate), *map(str, sources), "-ts", str(fresh)], check=True,
                   capture_output=True)
    wanted = set(_messages(fresh))
    have = {key for key, (kind, text) in _messages(TS).items() if kind is None and text.strip()}
    assert sorted(wanted - have) == []


def test_screens_show_chinese(qtbot, db, db_path, qapp):
    translators = i18n.install_translators(qapp, "zh_CN")
    try:
        from ui.context import AppContext
        from ui.screens.plan import create_screen as plan_screen
        from ui.screens.registers import create_screen as registers_screen
        ctx = AppContext(db_path)
        registers = registers_screen(ctx)
        qtbot.addWidget(registers)
        texts = [b.text() for b in registers.import_buttons.values()]
        assert texts == ["导入企业名录…", "导入检查人员…", "导入回避名单…", "导入第三方机构…"]
        plans = plan_screen(ctx)
        qtbot.addWidget(plans)
        assert plans.file_button.text() == "从文件创建计划…"
        assert plans.new_button.text() == "新建计划…"
    finally:
        for t in translators:
            qapp.removeTranslator(t)
