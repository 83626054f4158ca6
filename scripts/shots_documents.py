#!/usr/bin/env python3
"""Screenshots of the documents screen (打印文书) under Xvfb, at scale 1 and 2.

    .venv/bin/python scripts/shots_documents.py      # writes shots/documents/{1x,2x}/*.png
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WITNESSES = [{"name": "王见证", "unit": "青岛市公证处", "role": "公证员", "input": "31415926535897932384"},
             {"name": "李监督", "unit": "驻局纪检组", "role": "监督人", "input": "27182818284590452353"}]


def child(out: Path, db: Path) -> int:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from app.db import open_database
    from app.demo import load_demo
    from app.draw import plans
    from app.draw import service as draw_service
    from app.match import service as match_service
    from ui.context import AppContext
    from ui.i18n import install_translators
    from ui.main_window import MainWindow
    from ui.startup import load_bundled_fonts

    app = QApplication(["shots"])
    load_bundled_fonts(app)
    install_translators(app)
    open_database(db)
    load_demo()
    [plan] = plans.list_plans()
    draw = draw_service.run_draw(draw_service.commit_draw(plan.id).draw_no, WITNESSES)
    match_service.commit_match(draw.draw_no, match_date=plan.start)
    match_service.run_match(draw.draw_no, WITNESSES)
    ctx = AppContext(db)
    window = MainWindow(ctx)
    window.resize(app.primaryScreen().availableGeometry().size())
    window.show()
    window.steps.select("documents")
    app.processEvents()
    out.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(out / "documents-empty.png"))
    from ui.screens.documents import DocumentsScreen
    screen = window.findChild(DocumentsScreen)
    screen.kind_combo.setCurrentIndex(screen.kind_combo.findData("notice"))
    screen.scope_district.setChecked(True)
    screen.out_edit.setText(str(db.parent / "docs"))
    from ui.widgets import ask
    ask.confirm = lambda parent, title, text: True      # the generate button asks first; the shot says yes
    screen.generate()
    for _ in range(600):
        app.processEvents()
        if screen.file_list.count() and screen.generate_button.isEnabled():
            break
        import time
        time.sleep(0.1)
    for _ in range(20):
        app.processEvents()
    window.grab().save(str(out / "documents-preview.png"))
    return 0


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        return child(Path(sys.argv[2]), Path(sys.argv[3]))
    with tempfile.TemporaryDirectory() as tmp:
        for name, screen, scale in (("1x", "1366x768x24", "1"), ("2x", "2732x1536x24", "2")):
            env = dict(os.environ, QT_SCALE_FACTOR=scale, QT_QPA_PLATFORM="xcb")
            db = Path(tmp) / name / "db.sqlite3"
            db.parent.mkdir(parents=True)
            subprocess.run(["xvfb-run", "-a", "-s", f"-screen 0 {screen}", sys.executable, __file__, "--child",
                            str(ROOT / "shots" / "documents" / name), str(db)], env=env, check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
