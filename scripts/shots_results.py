#!/usr/bin/env python3
"""Screenshots of 下发与回收 → 结果录入与审核 and its dialogs, for a layout review.

    xvfb-run -a -s "-screen 0 3000x1800x24" .venv/bin/python scripts/shots_results.py [--scale 2]

Builds a fresh demo database in a temporary folder, draws and matches the demo plan, records a few
results (entered, approved, returned) through the services and saves QWidget.grab() PNGs of the main
window on the step, the entry dialog (empty, with messages, read-only), the approve/return/history
dialogs and the settings tab of the result lists into shots/results/<scale>x/ (git-ignored).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WITNESSES = [{"name": "王建国", "unit": "市市场监管局派驻纪检监察组", "role": "监督人", "input": "38104729561"},
             {"name": "李秀英", "unit": "青岛某某食品有限公司", "role": "企业代表", "input": "92750183346"}]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", default="1")
    parser.add_argument("--out", default=str(ROOT / "shots" / "results"))
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

    tmp = Path(tempfile.mkdtemp(prefix="shots-results-"))
    db_path = tmp / "spotcheck.sqlite3"
    open_database(db_path)
    from app.demo import load_demo
    from app.draw import plans
    from app.draw import service as draw_service
    from app.draw.models import Inspection
    from app.match import service as match_service
    from app.match.queries import current_teams
    from app.results import service as results_service
    load_demo()
    [plan] = plans.list_plans()
    draw = draw_service.run_draw(draw_service.commit_draw(plan.id).draw_no, WITNESSES)
    match_service.commit_match(draw.draw_no, match_date=plan.start)
    match_service.run_match(draw.draw_no, WITNESSES)
    teams = current_teams(draw.draw_no)
    inspections = list(Inspection.select().where(Inspection.draw == draw).order_by(Inspection.district,
                                                                                   Inspection.key))

    def result(ins, outcome="未发现问题", problem=""):
        return {"items": [{"item": i, "checked": True, "method": "实地核查", "result": outcome, "problem": problem}
                          for i in ins.items],
                "check_date": "2020-10-27", "inspectors": [c for c, _n, _r in teams[ins.key]],
                "unit": "青岛市市南区市场监督管理局", "entered_by": "张录入"}

    first = [i for i in inspections if i.district == inspections[0].district]
    for ins in first[:4] + inspections[20:26]:
        results_service.enter_result(draw.draw_no, ins.key, result(ins))
    results_service.review_results(draw.draw_no, [i.key for i in first[:2]], "王审核")
    results_service.return_result(draw.draw_no, first[2].key, "王审核",
                                  "检查日期与现场检查记录不一致，请核实后重新录入")

    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.tasks import TaskRunner
    ctx = AppContext(db_path)
    ctx.tasks = TaskRunner(ctx, show_progress=False)
    ctx.set_current_plan(plan.id)

    def settle(msecs: int = 300) -> None:
        timer = QElapsedTimer()
        timer.start()
        while timer.elapsed() < msecs or (ctx.tasks.busy() and timer.elapsed() < 60_000):
            app.processEvents()
            ctx.tasks.wait(10)

    def save(widget, name: str) -> None:
        settle()
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        print(path)

    window = MainWindow(ctx)
    window.resize(1366, 768)
    window.show()
    window.steps.select("packages")
    settle()
    step = window.pages.page("packages")
    screen = step.tab("results")
    save(window, "1-results-tab")
    screen.district_combo.setCurrentIndex(1)
    screen.table.select_keys([first[2].key], first[2].key)
    save(window, "2-results-tab-district")

    # the entry dialog: an open inspection with a publicity item, part filled (messages shown)
    target = next(i for i in inspections[30:] if len(i.items) > 1 and i.district != first[0].district)
    screen.district_combo.setCurrentIndex(0)
    screen.table.select_keys([target.key], target.key)
    screen.enter_result()
    settle()
    dialog = screen.entry_dialog
    save(dialog, "3-entry-empty")
    for row in dialog.rows:
        row.checked.setCurrentIndex(1)
        row.method.setCurrentIndex(row.method.findData("实地核查"))
        row.result.setCurrentIndex(row.result.findData("发现问题已责令改正"))
    dialog.fields["check_date"].setDate(QDate(2020, 10, 28))
    dialog.fields["measures"].boxes[0][0].setChecked(True)
    save(dialog, "4-entry-messages")
    for row in dialog.rows:
        row.problem.setText("未按规定建立并保存出厂检验记录")
    for box, _cert in dialog.fields["inspectors"].boxes:
        box.setChecked(True)
    dialog.fields["unit"].setCurrentText("青岛市市北区市场监督管理局")
    dialog.fields["entered_by"].setText("张录入")
    dialog.fields["closed"].setCurrentIndex(1)
    dialog.fields["closed_on"].setDate(QDate(2020, 11, 10))
    save(dialog, "5-entry-complete")
    dialog.reject()

    screen.table.select_keys([first[0].key], first[0].key)
    screen.enter_result()
    settle()
    save(screen.entry_dialog, "6-entry-read-only")
    screen.entry_dialog.reject()

    from ui.screens.results_dialogs import HistoryDialog, ReturnDialog, ReviewDialog
    screen.district_combo.setCurrentIndex(1)
    review = ReviewDialog([first[3].key], first[0].district, [first[3].key], screen)
    review.scope_district.setChecked(True)
    review.reviewer.setText("王审核")
    review.show()
    save(review, "7-review-dialog")
    review.reject()
    ret = ReturnDialog(first[1].key, first[1].name, screen)
    ret.reviewer.setText("王审核")
    ret.reason.setPlainText("缺少检查人员签名")
    ret.show()
    save(ret, "8-return-dialog")
    ret.reject()
    history = HistoryDialog(draw.draw_no, first[2].key, first[2].name, screen)
    history.show()
    save(history, "9-history-dialog")
    history.reject()

    from ui.dialogs.settings_dialog import SettingsDialog
    settings = SettingsDialog(ctx, window)
    settings.tabs.setCurrentWidget(settings.categories)
    settings.categories.choose("enterprise_outcomes")
    settings.show()
    save(settings, "10-settings-result-lists")
    settings.reject()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
