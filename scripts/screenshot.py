#!/usr/bin/env python3
"""Screenshots of the real GUI under Xvfb, for review: shots/1x (1366x768) and shots/2x (scale 2).

    .venv/bin/python scripts/screenshot.py [--keep-db]

Each run starts `python -m ui --screenshot DIR` on a fresh database in a temp
folder (demo data loaded when app.demo exists), grabs the main window and the
dialogs with QWidget.grab() and writes PNGs. Needs xvfb-run (Debian: xvfb).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = [
    ("1x", "1366x768x24", "1"),
    ("2x", "2732x1536x24", "2"),
]


def main() -> int:
    if shutil.which("xvfb-run") is None:
        print("xvfb-run not found (apt-get install xvfb)", file=sys.stderr)
        return 2
    status = 0
    with tempfile.TemporaryDirectory(prefix="spotcheck-shots-") as tmp:
        for name, screen, scale in RUNS:
            out = ROOT / "shots" / name
            if out.exists():
                shutil.rmtree(out)
            env = dict(os.environ, QT_SCALE_FACTOR=scale, QT_QPA_PLATFORM="xcb",
                       SPOTCHECK_DB=str(Path(tmp) / f"{name}.sqlite3"))
            cmd = ["xvfb-run", "-a", "-s", f"-screen 0 {screen}", sys.executable, "-m", "ui",
                   "--db", env["SPOTCHECK_DB"], "--demo-if-empty", "--screenshot", str(out)]
            print("+", " ".join(cmd), flush=True)
            result = subprocess.run(cmd, cwd=ROOT, env=env, timeout=600)
            status = status or result.returncode
    return status


if __name__ == "__main__":
    raise SystemExit(main())
