#!/usr/bin/env python3
"""Screenshots of the registers and plan screens and of the import and plan wizards, for a layout review.

    xvfb-run -a -s "-screen 0 3000x1800x24" .venv/bin/python scripts/shots_registers.py [--scale 2]

Builds a fresh demo database in a temporary folder, walks the real wizards with
the real services (a second, edited version of the demo enterprise register
gives the validation page rejected rows and a difference), and saves
QWidget.grab() PNGs into shots/registers/<scale>x/ (git-ignored). Screens are
shown at 1366x768 logical pixels and at the size they get inside the main window.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def edited_copy(source: Path, target: Path) -> Path:
    """The demo register with a few rows broken and changed, as a clerk might receive it next time."""
    from openpyxl import load_workbook
    book = load_workbook(source)
    sheet = book.worksheets[0]
    header_row, key_col, name_col = None, None, None
    for row in sheet.iter_rows(min_row=1, max_row=20):
        texts = [str(c.value or "") for c in row]
        if any("统一社会信用代码" in t for t in texts):
            header_row = row[0].row
            key_col = next(i for i, t in enumerate(texts) if "统一社会信用代码" in t) + 1
            name_col = next(i for i, t in enumerate(texts) if "名称" in t) + 1
            break
    assert header_row is not None, "demo file without a credit-code header"
    first = header_row + 1
    sheet.cell(first + 2, key_col).value = "91370202MA3C8XXXX"            # too short
    sheet.cell(first + 5, key_col).value = str(sheet.cell(first + 5, key_col).value)[:-1] + "0"
    sheet.cell(first + 9, name_col).value = "青岛改名后的示例有限公司"
    sheet.delete_rows(first + 20, 3)
    book.save(target)
    return target


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", default="1")
    parser.add_argument("--out", default=str(ROOT / "shots" / "registers"))
    args = parser.parse_args()
    os.environ["QT_SCALE_FACTOR"] = args.scale
    out = Path(args.out) / f"{args.scale}x"
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QDate, QElapsedTimer
    from PySide6.QtWidgets import QApplication

    from app.db import open_database
    from ui import i18n, startup

    app = QApplication.instance() or QApplication(sys.argv[:1])
    startup.load_bundled_fonts(app)
    i18n.install_translators(app, "zh_CN")

    tmp = Path(tempfile.mkdtemp(prefix="shots-registers-"))
    db_path = tmp / "spotcheck.sqlite3"
    open_database(db_path)
    from app.demo import load_demo
    from app.paths import data_path
    load_demo()

    from ui.context import AppContext
    from ui.tasks import TaskRunner
    ctx = AppContext(db_path)
    ctx.tasks = TaskRunner(ctx, show_progress=False)

    def settle(msecs: int = 250) -> None:
        timer = QElapsedTimer()
        timer.start()
        while timer.elapsed() < msecs or (ctx.tasks.busy() and timer.elapsed() < 60_000):
            app.processEvents()
            ctx.tasks.wait(10)

    written = []

    def save(widget, name: str) -> None:
        settle()
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        written.append(path)

    from ui.screens.plan import create_screen as plan_screen
    from ui.screens.registers import create_screen as registers_screen

    # ---- the registers screen -------------------------------------------------------
    screen = registers_screen(ctx)
    for size, suffix in (((1366, 768), ""), ((1080, 700), "-in-window")):
        screen.resize(*size)
        screen.show()
        screen.select_version_row(0)
        save(screen, f"registers{suffix}")
    screen.resize(1366, 768)
    for row, v in enumerate(screen.versions_model.rows):
        if v["kind"] == "inspector":
            screen.select_version_row(row)
            save(screen, "registers-inspectors")
        if v["kind"] == "avoidance":
            screen.select_version_row(row)
            screen.tabs.setCurrentIndex(1)
            save(screen, "registers-avoidance-remarks")
            screen.tabs.setCurrentIndex(0)

    # ---- the import wizard, on an edited copy of the demo register ----------------------
    edited = edited_copy(data_path("demo") / "工业产品生产许可证获证企业.xlsx",
                         tmp / "工业产品生产许可证获证企业名录-新.xlsx")
    wizard = screen.open_import("enterprise", edited)
    wizard.file_page.register_combo.setCurrentText("工业产品生产许可证获证企业")
    save(wizard, "import-1-file")
    wizard.next()
    settle()
    save(wizard, "import-2-sheets")
    wizard.next()
    save(wizard, "import-3-mapping")
    wizard.next()
    settle()
    save(wizard, "import-4-check")
    wizard.validate_page.tabs.setCurrentIndex(1)
    save(wizard, "import-4-check-differences")
    wizard.validate_page.tabs.setCurrentIndex(0)
    wizard.resize(760, 560)
    save(wizard, "import-4-check-small")
    wizard.next()
    save(wizard, "import-5-confirm")
    wizard.button(wizard.WizardButton.FinishButton).click()
    settle()
    screen.show()
    save(screen, "registers-after-import")
    screen.tabs.setCurrentIndex(1)
    save(screen, "registers-after-import-remarks")
    screen.tabs.setCurrentIndex(0)
    bad = tmp / "损坏的名录.xlsx"
    bad.write_bytes(edited.read_bytes()[:3000])
    wizard = screen.open_import("enterprise", bad)
    wizard.next()
    settle()
    save(wizard, "import-1-file-error")
    wizard.reject()

    # ---- the plan screen and wizard ----------------------------------------------------
    plans_widget = plan_screen(ctx)
    for size, suffix in (((1366, 768), ""), ((1080, 700), "-in-window")):
        plans_widget.resize(*size)
        plans_widget.show()
        save(plans_widget, f"plan{suffix}")
    plans_widget.new_plan()
    pw = plans_widget._wizard
    save(pw, "plan-wizard-1-basics")
    pw.basics.title_edit.setText("2021年度食品相关产品生产企业双随机抽查")
    pw.basics.number_edit.setText("青市监质〔2021〕12号")
    pw.basics.start_edit.setDate(QDate(2021, 4, 6))
    pw.basics.due_edit.setDate(QDate(2021, 5, 14))
    pw.basics.end_edit.setDate(QDate(2021, 5, 31))
    pw.next()
    t = pw.tasks_page
    t.name_edit.setText("食品相关产品企业")
    t.name_edit.textEdited.emit(t.name_edit.text())
    t.register_combo.setCurrentText("食品相关产品生产企业")
    t.items_edit.setPlainText("产品质量安全监督检查\n获证资格及条件检查")
    t.ratio_edit.setText("150%")
    t.ratio_edit.textEdited.emit("150%")
    pw.next()
    save(pw, "plan-wizard-2-tasks-error")
    t.ratio_edit.setText("1/5")
    t.ratio_edit.textEdited.emit("1/5")
    t.add_task()
    t.name_edit.setText("工业产品生产许可证获证企业")
    t.name_edit.textEdited.emit(t.name_edit.text())
    t.count_radio.setChecked(True)
    t.items_edit.setPlainText("获证资格及条件检查")
    save(pw, "plan-wizard-2-tasks")
    pw.next()
    save(pw, "plan-wizard-3-review")
    pw.reject()

    # ---- both steps inside the real main window at 1366x768 ------------------------------
    from ui.main_window import MainWindow
    window = MainWindow(ctx)
    window.resize(1366, 768)
    window.show()
    for key in ("registers", "plan"):
        window.steps.select(key)
        save(window, f"main-window-{key}")
    window.close()

    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
