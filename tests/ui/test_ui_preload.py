"""ui.preload: the Qt-free modules behind the document, package and publication screens are imported on a
background thread; after it the screens' own imports add no app or library module (so a first click
pays only for the screen's Qt code), and the thread itself never imports Qt."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY_SCREENS = ["documents", "packages", "publication", "receive", "two_level", "results", "progress"]


def _child(code: str, home: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True, text=True,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(home)})
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_after_the_preload_the_heavy_screens_import_no_app_or_library_module(tmp_path):
    got = _child(f"""
import importlib, json, sys
import ui.main_window, ui.screens.draw, ui.screens.match, ui.screens.registers, ui.screens.plan
from ui import preload
preload.start().join()
before = set(sys.modules)
for name in {HEAVY_SCREENS!r}:
    importlib.import_module("ui.screens." + name)
new = sorted(set(sys.modules) - before)
print(json.dumps({{"late": [m for m in new if m.split(".")[0] in ("app", "reportlab", "openpyxl", "PIL")],
                  "screens": [m for m in new if m.startswith("ui.screens.")]}}))
""", tmp_path)
    assert got["late"] == []
    assert {f"ui.screens.{name}" for name in HEAVY_SCREENS} <= set(got["screens"])   # they did import now


def test_the_preloaded_modules_never_import_qt(tmp_path):
    got = _child("""
import json, sys
from ui import preload
preload.preload()
print(json.dumps({"qt": sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6")),
                  "missing": [m for m in preload.MODULES if m not in sys.modules]}))
""", tmp_path)
    assert got == {"qt": [], "missing": []}


def test_a_module_that_fails_is_logged_and_the_rest_still_load(caplog):
    from ui import preload
    caplog.set_level("INFO", logger="ui.preload")
    sys.modules.pop("json.tool", None)
    thread = preload.start(("spotcheck_no_such_module", "json.tool"))
    thread.join(10)
    assert not thread.is_alive() and thread.daemon and preload.finished()
    assert "json.tool" in sys.modules
    assert any("spotcheck_no_such_module" in r.getMessage() for r in caplog.records)
