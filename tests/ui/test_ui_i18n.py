"""Every string the GUI shows has a finished Chinese translation, and the loader installs it."""
from __future__ import annotations

import xml.etree.ElementTree as ET

from ui import i18n


def _messages(ts_path, *, finished_only: bool) -> dict:
    out = {}
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type")
            if kind in ("obsolete", "vanished"):
                continue
            # Plural messages (%n) keep their text in <numerusform> children.
            texts = [f.text for f in translation.iter("numerusform")] or [translation.text]
            if finished_only and (kind == "unfinished" or not all((t or "").strip() for t in texts)):
                continue
            out[(name, message.find("source").text)] = texts
    return out


def test_every_ui_string_has_a_finished_chinese_translation(tmp_path):
    assert i18n.find_tool("lupdate") is not None, "lupdate ships in the PySide6 wheel (ui.i18n.find_tool)"
    sources = [f for area in i18n.AREAS for f in i18n.area_sources(area)]
    scanned = tmp_path / "scan_zh_CN.ts"
    i18n.run_lupdate(sources, scanned)
    wanted = _messages(scanned, finished_only=False)
    assert len(wanted) > 50                       # the scan really found the GUI's strings
    translated = {}
    for ts in i18n.i18n_dir().glob("*_zh_CN.ts"):
        translated.update(_messages(ts, finished_only=True))
    missing = sorted(key for key in wanted if key not in translated)
    assert not missing, "untranslated (context, source): " + "; ".join(f"{c}: {s!r}" for c, s in missing[:40])


def test_loader_installs_ours_and_qtbase(qapp):
    from PySide6.QtCore import QCoreApplication
    translators = i18n.install_translators(qapp, "zh_CN")
    try:
        assert len(translators) >= 2
        assert QCoreApplication.translate("Steps", "Random draw") == "随机抽取"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"      # from qtbase_zh_CN
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert QCoreApplication.translate("Steps", "Random draw") == "Random draw"
    assert i18n.install_translators(qapp, "en") == []


def test_build_compiles_every_ts(tmp_path, monkeypatch):
    assert i18n.find_tool("lrelease") is not None, "lrelease ships in the PySide6 wheel (ui.i18n.find_tool)"
    for ts in i18n.i18n_dir().glob("*_zh_CN.ts"):
        (tmp_path / ts.name).write_bytes(ts.read_bytes())
    monkeypatch.setattr(i18n, "i18n_dir", lambda: tmp_path)
    built = i18n.build()
    assert built and all(p.suffix == ".qm" and p.stat().st_size > 0 for p in built)


def test_every_ui_module_belongs_to_a_translation_area():
    """`python -m ui.i18n update` only scans the areas: a module outside them would never get its
    strings into a .ts file."""
    from pathlib import Path

    from ui import i18n
    covered = {p.resolve() for area in i18n.AREAS for p in i18n.area_sources(area)}
    ui_dir = Path(i18n.__file__).resolve().parent
    modules = {p.resolve() for p in ui_dir.rglob("*.py")
               if "__pycache__" not in p.parts and p.name != "__init__.py"}
    assert sorted(str(p) for p in modules - covered) == []
