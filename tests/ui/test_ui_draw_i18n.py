"""Every string of the draw and match GUI has its Chinese translation in resources/i18n/draw_zh_CN.ts."""
from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "draw_zh_CN.ts"
SOURCES = ["ui/screens/draw.py", "ui/screens/match.py", "ui/wizards/draw_wizard.py", "ui/wizards/witness_page.py",
           "ui/wizards/match_wizard.py", "ui/wizards/verify_dialog.py", "ui/wizards/draw_models.py",
           "ui/wizards/ceremony.py", "ui/operations/draw.py", "ui/operations/match.py"]


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            out[(name, message.findtext("source"))] = message
    return out


def _translated(message: ET.Element) -> bool:
    tr = message.find("translation")
    if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    if message.get("numerus") == "yes":
        return all((f.text or "").strip() for f in tr.iter("numerusform"))
    return bool((tr.text or "").strip())


def test_every_string_is_translated(tmp_path):
    from ui.i18n import find_tool
    lupdate = find_tool("lupdate")
    assert lupdate is not None, "lupdate ships in the PySide6 wheel (ui.i18n.find_tool)"
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), *[str(ROOT / s) for s in SOURCES], "-ts", str(fresh)], check=True,
                   capture_output=True)
    wanted = _messages(fresh)
    have = _messages(TS)
    assert wanted, "lupdate found no strings"
    missing = [key for key in wanted if key not in have or not _translated(have[key])]
    assert not missing, f"untranslated in {TS.name}: {missing[:10]}"


def test_translations_load_and_apply(qtbot, tmp_path):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from ui.i18n import compile_ts
    qm = compile_ts(TS, tmp_path / "draw_zh_CN.qm")
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QCoreApplication.instance()
    app.installTranslator(translator)
    try:
        from ui.wizards.witness_page import ReadBackPage, WitnessEntryPage
        entry = WitnessEntryPage()
        page = ReadBackPage(entry, lambda *a: None, "确认并抽取")
        qtbot.addWidget(entry)
        qtbot.addWidget(page)
        assert entry.title() == "见证人及其随机数字"
        assert "请见证人核对：" in [label.text() for label in page.findChildren(type(entry.total))]
    finally:
        app.removeTranslator(translator)
