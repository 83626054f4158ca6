"""The user guide's screenshots: every step, every tab, each wizard's first page, the help window.

    python tools/screenshots.py                 write docs/img/manual-*.png
    python tools/screenshots.py --out DIR       write them into DIR (the CI test does)

Runs offscreen (QT_QPA_PLATFORM=offscreen unless set; with an X display, e.g. DISPLAY=:85
QT_QPA_PLATFORM=xcb, it looks the same) on a temporary database built from the demo data: the demo
drawn and matched with the fixed witnesses at a fixed time (tests.support.stable_demo, the worked
example of docs/验证指南.md), a few results entered and approved so that steps 6 and 7 show something.
SHOTS lists every file with what it shows; docs/用户手册.md shows each one (tests/ui/test_manual_screenshots.py).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "img"
SIZE = (1366, 768)          # a common bureau laptop screen

# file stem -> what it shows (the manual's caption)
SHOTS: dict[str, str] = {
    "manual-1-registers": "第 1 步 登记名录",
    "manual-2-plan": "第 2 步 制定计划",
    "manual-3-draw": "第 3 步 随机抽取",
    "manual-4-match": "第 4 步 匹配人员",
    "manual-5-documents": "第 5 步 打印文书",
    "manual-6-packages": "第 6 步 下发与回收 → 工作包",
    "manual-6-results": "第 6 步 下发与回收 → 结果录入与审核",
    "manual-6-progress": "第 6 步 下发与回收 → 进度",
    "manual-6-two_level": "第 6 步 下发与回收 → 两级抽查",
    "manual-7-export": "第 7 步 结果公示 → 公示导出",
    "manual-7-followup": "第 7 步 结果公示 → 后续处置",
    "manual-7-statistics": "第 7 步 结果公示 → 统计",
    "manual-7-archive": "第 7 步 结果公示 → 汇总与归档",
    "manual-w-import": "导入名录向导",
    "manual-w-plan": "计划向导",
    "manual-w-draw": "见证抽取向导",
    "manual-w-witnesses": "见证抽取：见证人和数字",
    "manual-w-readback": "见证抽取：逐位核对并确认",
    "manual-w-match": "见证匹配向导",
    "manual-w-results-import": "导入交回结果向导",
    "manual-w-verify": "验证记录",
    "manual-help": "按 F1：本页说明",
}
STEP_TABS = {"packages": ("packages", "results", "progress", "two_level"),
             "publication": ("export", "followup", "statistics", "archive")}


def build_database(folder: Path) -> Path:
    """The demo drawn and matched (stable numbers), 12 results entered, 8 of them approved."""
    db_path = folder / "manual.sqlite3"
    os.environ["SPOTCHECK_DB"] = str(db_path)
    from app.db import open_database  # after SPOTCHECK_DB and sys.path are set
    from app.demo import DEMO_OFFICE
    from app.results import service as results
    from app.settings.models import Setting
    from tests.support.results import complete_result, first_keys
    from tests.support.stable_demo import fixed_clock, stable_demo_draw
    open_database(db_path)
    for key, value in DEMO_OFFICE.items():
        Setting.insert(key=key, value=value).on_conflict_replace().execute()
    draw = stable_demo_draw()
    keys = first_keys(draw, 12)
    with fixed_clock():
        for number, key in enumerate(keys):
            problem = number == 3
            results.enter_result(draw.draw_no, key, complete_result(
                draw, key, result="发现问题待后续处理" if problem else "未发现问题",
                problem="未按规定标注生产许可证编号" if problem else ""))
        results.review_results(draw.draw_no, keys[:8], "王审核")
    return db_path


def take(out_dir: Path) -> list[Path]:
    from PySide6.QtWidgets import QApplication  # Qt after QT_QPA_PLATFORM is set

    from ui import i18n, startup
    from ui.context import AppContext
    from ui.help import hook
    from ui.main_window import MainWindow
    from ui.tasks import TaskRunner
    app = QApplication.instance() or QApplication(["screenshots"])
    startup.load_bundled_fonts(app)
    translators = i18n.install_translators(app, "zh_CN")
    ctx = AppContext(Path(os.environ["SPOTCHECK_DB"]))
    ctx.tasks = TaskRunner(ctx, show_progress=False)
    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    written: list[Path] = []

    def settle(msecs: int = 300) -> None:
        from PySide6.QtCore import QElapsedTimer  # the event loop's helpers, here only
        timer = QElapsedTimer()
        timer.start()
        while timer.elapsed() < msecs or (ctx.tasks.busy() and timer.elapsed() < 60_000):
            app.processEvents()
            ctx.tasks.wait(20)

    def save(widget, stem: str) -> None:
        settle()
        path = out_dir / f"{stem}.png"
        if not widget.grab().save(str(path)):
            raise SystemExit(f"could not write {path}")
        written.append(path)

    settle(600)
    for number, key in enumerate(("registers", "plan", "draw", "match", "documents"), start=1):
        window.steps.select(key)
        save(window, f"manual-{number}-{key}")
    for number, key in ((6, "packages"), (7, "publication")):
        window.steps.select(key)
        settle()
        step = window.pages.currentWidget()
        for tab in STEP_TABS[key]:
            step.tabs.setCurrentWidget(step.tab(tab))
            save(window, f"manual-{number}-{tab}")

    window.steps.select("draw")
    settle()
    help_dialog = hook.show_help(window)
    help_dialog.resize(560, 440)
    save(help_dialog, "manual-help")
    help_dialog.close()

    for stem, make in _wizards(ctx, window).items():
        dialog = make()
        dialog.resize(1000, 680)
        dialog.show()
        save(dialog, stem)
        dialog.close()
        dialog.deleteLater()
    _ceremony_pages(ctx, window, save)
    window.close()
    ctx.tasks.wait(10_000)
    for translator in translators:
        app.removeTranslator(translator)
    return written


def _wizards(ctx, window) -> dict[str, Callable]:
    from app.paths import data_path  # the wizards' modules, after Qt is up
    from ui.wizards.draw_wizard import DrawWizard
    from ui.wizards.import_wizard import ImportWizard
    from ui.wizards.match_wizard import MatchWizard
    from ui.wizards.plan_wizard import PlanWizard
    from ui.wizards.results_import import ResultsImportWizard
    from ui.wizards.verify_dialog import VerifyDialog
    return {
        "manual-w-import": lambda: ImportWizard(ctx, "enterprise", data_path("demo", "工业产品生产许可证获证企业.xlsx"),
                                                parent=window),
        "manual-w-plan": lambda: PlanWizard(ctx, parent=window),
        "manual-w-draw": lambda: DrawWizard(ctx, window, plan_id=ctx.current_plan_id),
        "manual-w-match": lambda: MatchWizard(ctx, window, draw_no=1),
        "manual-w-results-import": lambda: ResultsImportWizard(ctx, parent=window),
        "manual-w-verify": lambda: VerifyDialog(ctx, window),
    }


def _ceremony_pages(ctx, window, save) -> None:
    """The witness page filled with the example's witnesses, and its read-back (nothing is run: the
    shot is taken before any button)."""
    from tests.support.draw_gui import fill  # the wizards' modules, after Qt is up
    from tests.support.draws import DEMO_WITNESSES
    from ui.wizards import ceremony
    from ui.wizards.draw_wizard import DrawWizard
    wizard = DrawWizard(ctx, window, plan_id=ctx.current_plan_id)
    wizard.setStartId(ceremony.PAGE_WITNESSES)
    wizard.resize(1000, 680)
    wizard.show()
    wizard.restart()
    fill(wizard.currentPage(), [(w["name"], w["unit"], w["role"], w["input"]) for w in DEMO_WITNESSES])
    save(wizard, "manual-w-witnesses")
    wizard.next()
    save(wizard, "manual-w-readback")
    wizard.close()
    wizard.deleteLater()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="folder for the PNG files (default docs/img)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="manual-shots-") as folder:
        build_database(Path(folder))
        try:
            written = take(args.out)
        finally:
            from app.db import close_database  # the database module was imported by build_database
            close_database()
    missing = sorted(set(SHOTS) - {path.stem for path in written})
    for path in written:
        print(path)
    if missing:
        print("not written: " + ", ".join(missing), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
