#!/usr/bin/env python3
"""Screenshots of step 7, 结果公示, and its dialogs, for a layout review.

    xvfb-run -a -s "-screen 0 3000x1800x24" .venv/bin/python scripts/shots_publication.py [--scale 2]

Builds a fresh demo database in a temporary folder, draws and matches the demo plan, records results
for most inspections through the services (clean ones, problems corrected, problems to follow up, an
unreachable enterprise, one refusing the check; most approved), makes a first publication export, fixes
"today" at 2020-11-25 so some deadlines are past, and saves QWidget.grab() PNGs of the main window on
each tab and of the export and close dialogs into shots/publication/<scale>x/ (git-ignored), plus the
statistics charts as the clerk saves them.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WITNESSES = [{"name": "王建国", "unit": "市市场监管局派驻纪检监察组", "role": "监督人", "input": "38104729561"},
             {"name": "李秀英", "unit": "青岛某某食品有限公司", "role": "企业代表", "input": "92750183346"}]
TODAY = dt.date(2020, 11, 25)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", default="1")
    parser.add_argument("--out", default=str(ROOT / "shots" / "publication"))
    args = parser.parse_args()
    os.environ["QT_SCALE_FACTOR"] = args.scale
    out = Path(args.out) / f"{args.scale}x"
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QElapsedTimer
    from PySide6.QtWidgets import QApplication

    from app import clock
    from app.db import open_database
    from ui import i18n, startup

    clock.today = lambda: TODAY        # deadlines judged as on a day inside the campaign
    app = QApplication.instance() or QApplication(sys.argv[:1])
    startup.load_bundled_fonts(app)
    i18n.install_translators(app, "zh_CN")

    tmp = Path(tempfile.mkdtemp(prefix="shots-publication-"))
    db_path = tmp / "spotcheck.sqlite3"
    open_database(db_path)
    from app.demo import load_demo
    from app.draw import plans
    from app.draw import service as draw_service
    from app.draw.models import Inspection
    from app.match import service as match_service
    from app.match.queries import current_teams
    from app.publish.export import export_publication
    from app.results import service as results_service
    from app.results.service import NewRevision
    load_demo()
    [plan] = plans.list_plans()
    draw = draw_service.run_draw(draw_service.commit_draw(plan.id).draw_no, WITNESSES)
    match_service.commit_match(draw.draw_no, match_date=plan.start)
    match_service.run_match(draw.draw_no, WITNESSES)
    teams = current_teams(draw.draw_no)
    inspections = list(Inspection.select().where((Inspection.draw == draw) & (Inspection.active == True))  # noqa: E712
                       .order_by(Inspection.district, Inspection.key))

    def result(n, ins):
        day = dt.date(2020, 10, 21) + dt.timedelta(days=n % 20)
        content = {"items": [], "check_date": day.isoformat(), "inspectors": [c for c, _n, _r in teams[ins.key]],
                   "unit": "青岛市市场监督管理局", "entered_by": "张录入"}
        kind = n % 11
        for item in ins.items:
            row = {"item": item, "checked": True, "method": "实地核查" if n % 3 else "书面核查",
                   "result": "未发现问题", "problem": ""}
            if kind == 3:
                row.update(result="发现问题已责令改正", problem="未按规定建立进货查验记录")
            elif kind == 5:
                row.update(result="发现问题待后续处理", problem="超范围经营，待立案调查")
            content["items"].append(row)
        if kind == 5:
            content["followup"] = {"measures": ["立案调查"], "text": "", "closed": None, "closed_on": ""}
        if kind in (7, 9) and n % 2:
            content["items"] = [{"item": i, "checked": None, "method": "", "result": "", "problem": ""}
                                for i in ins.items]
            content["outcome"] = "通过登记的住所（经营场所）无法联系" if kind == 7 else "不配合检查情节严重"
        return content

    from app.results.content import normalized
    entered = [i for n, i in enumerate(inspections) if n % 7 != 6]
    results_service.commit_revisions(draw, "enter", [NewRevision(i.key, "entered", normalized(result(n, i), i.items))
                                                     for n, i in enumerate(entered)])
    reviewed = [i.key for n, i in enumerate(entered) if n % 9 != 4]
    results_service.review_results(draw.draw_no, reviewed[: len(reviewed) * 2 // 3], "王审核")
    export_publication(plan.id, tmp / "第一批公示.xlsx", published_on="2020-11-16")
    results_service.review_results(draw.draw_no, reviewed[len(reviewed) * 2 // 3:], "王审核")

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
    window.steps.select("publication")
    settle()
    step = window.pages.page("publication")
    export = step.tab("export")
    save(window, "1-export-tab")
    export.show_combo.setCurrentIndex(export.show_combo.findData("overdue"))
    save(window, "2-export-overdue")
    export.show_combo.setCurrentIndex(0)

    from ui.screens.publication_export import ExportDialog
    dialog = ExportDialog(export.data["next_rows"], window)
    dialog.show()
    save(dialog, "3-export-dialog")
    dialog.reject()

    followup = step.tab("followup")
    step.tabs.setCurrentWidget(followup)
    followup.table.view.selectRow(0)
    save(window, "4-followup-tab")
    from ui.screens.publication_followup import CloseFollowupDialog
    row = followup.table.current_row()
    if row is not None:
        close = CloseFollowupDialog(row, followup.data["measures"], window)
        close.by.setText("李科长")
        close.note.setPlainText("已立案调查，责令停止超范围经营")
        close.show()
        save(close, "5-close-dialog")
        close.reject()

    stats = step.tab("statistics")
    step.tabs.setCurrentWidget(stats)
    save(window, "6-statistics-tab")
    stats.table_combo.setCurrentIndex(stats.table_combo.findData("categories"))
    save(window, "7-statistics-categories")
    from ui.widgets.bar_chart import save_image
    save_image(str(out / "8-statistics-charts-saved.png"), stats.charts_image())
    print(out / "8-statistics-charts-saved.png")

    step.tabs.setCurrentWidget(step.tab("archive"))
    save(window, "9-archive-tab")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
