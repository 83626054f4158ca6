"""The user guide's screenshots are taken by a script (tools/screenshots.py) offscreen, in CI's normal
run (issue 17 point 13): every file is written and shows a real window, and the manual shows each one."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
MANUAL = ROOT / "docs" / "用户手册.md"


def _shots() -> dict[str, str]:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import screenshots  # tools/ is no package: the script's own SHOTS list
    finally:
        sys.path.remove(str(ROOT / "tools"))
    return dict(screenshots.SHOTS)


def _distinct_colours(image: QImage) -> int:
    step_x, step_y = max(1, image.width() // 40), max(1, image.height() // 30)
    return len({image.pixel(x, y) for x in range(0, image.width(), step_x) for y in range(0, image.height(), step_y)})


def test_the_script_writes_every_screenshot_offscreen(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SPOTCHECK_DB=str(tmp_path / "unused.sqlite3"))
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "screenshots.py"), "--out", str(tmp_path)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=110)
    assert done.returncode == 0, done.stderr[-3000:]
    for stem in _shots():
        path = tmp_path / f"{stem}.png"
        assert path.is_file(), f"{stem}.png not written"
        image = QImage(str(path))
        assert image.width() >= 500 and image.height() >= 400, stem
        # not blank: text, tables and buttons give many colours (a blank grab has one or two; the
        # sparsest page, a wizard's first, about seven)
        assert path.stat().st_size > 15_000 and _distinct_colours(image) > 4, stem


def test_the_manual_shows_every_screenshot_and_no_other():
    text = MANUAL.read_text(encoding="utf-8")
    shown = set(re.findall(r"\]\(img/(manual-[^)]+)\.png\)", text))
    assert shown == set(_shots())
    for stem in shown:      # the committed copies the manual and its PDF show
        assert (ROOT / "docs" / "img" / f"{stem}.png").is_file(), stem
