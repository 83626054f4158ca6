#!/usr/bin/env python3
"""Screenshots of the draw and match screens, wizards and dialogs, for a layout review.

    xvfb-run -a -s "-screen 0 3000x1800x24" .venv/bin/python scripts/shots_draw.py [--scale 2]

Builds a fresh demo database in a temporary folder, walks the real wizards
with the real services, and saves QWidget.grab() PNGs into
shots/draw/<scale>x/ (git-ignored). Screens are shown at 1366x768 logical pixels.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WITNESSES = [("王建国", "市市场监管局派驻纪检监察组", "监督人", "38104729561"),
             ("李秀英", "青岛某某食品有限公司", "企业代表", "92750183346"),
             ("张伟", "区市场监管局", "工作人员", "5501298374620485")]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", default="1")
    parser.add_argument("--out", default=str(ROOT / "shots" / "draw"))
    args = parser.parse_args()
    os.environ["QT_SCALE_FACTOR"] = args.scale
    out = Path(args.out) / f"{args.scale}x"
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QElapsedTimer
    from PySide6.QtWidgets import QApplication, QDialog

    from app.db import open_database
    from ui import i18n, startup

    app = QApplication.instance() or QApplication(sys.argv[:1])
    startup.load_bundled_fonts(app)
    i18n.install_translators(app, "zh_CN")

    tmp = Path(tempfile.mkdtemp(prefix="shots-draw-"))
    db_path = tmp / "spotcheck.sqlite3"
    open_database(db_path)
    from app.demo import load_demo
    from app.draw import plans
    load_demo()

    from ui.context import AppContext
    from ui.tasks import TaskRunner
    ctx = AppContext(db_path)
    ctx.tasks = TaskRunner(ctx, show_progress=False)
    ctx.set_current_plan(plans.list_plans()[0].id)

    import ui.operations as operations
    from ui.widgets import ask
    ask.ask_folder = lambda parent, title: str(tmp / "out")
    ask.ask_save_path = lambda parent, title, name, flt: str(tmp / name)
    ask.offer_open = lambda parent, path, text: None
    ask.inform = lambda parent, title, text: print("notice:", text)
    operations.show_error = lambda parent, exc, title=None: print("failure:", exc)

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

    def fill(page, rows):
        while len(page.boxes) < len(rows):
            page.add_witness()
        while len(page.boxes) > len(rows):
            page.remove_last()
        for box, row in zip(page.boxes, rows):
            box.set_value(*row)

    # ---- the draw wizard -----------------------------------------------------
    from ui.wizards.draw_wizard import DrawWizard
    wizard = DrawWizard(ctx, plan_id=ctx.current_plan_id)
    wizard.show()
    save(wizard, "draw-wizard-1-plan")
    wizard.next()
    save(wizard, "draw-wizard-2-preview")
    wizard.next()
    save(wizard, "draw-wizard-3-commitment")
    wizard.next()
    fill(wizard.witness_page, WITNESSES[:1])
    wizard.next()
    save(wizard, "draw-wizard-4-witness-error")
    fill(wizard.witness_page, WITNESSES)
    save(wizard, "draw-wizard-4-witnesses")
    wizard.next()
    save(wizard, "draw-wizard-5-readback")
    wizard.next()
    settle(400)
    save(wizard, "draw-wizard-6-result")
    for i in range(1, wizard.result_page.views.count()):
        wizard.result_page.views.setCurrentIndex(i)
        save(wizard, f"draw-wizard-6-result-tab{i + 1}")
    wizard.accept()

    # ---- the draw screen and its dialogs ---------------------------------------
    from ui.screens import draw as draw_screen
    screen = draw_screen.create_screen(ctx)
    screen.resize(1366, 768)
    screen.show()
    save(screen, "draw-screen")
    for i in range(1, screen.tabs.count()):
        screen.tabs.setCurrentIndex(i)
        save(screen, f"draw-screen-tab{i + 1}")
    screen.tabs.setCurrentIndex(0)
    dialog = draw_screen.ReasonDialog("作废第 1 次抽取", screen.tr(
        "A void draw stays on record and is listed on every later record. "
        "A new draw gets the next number and a new ceremony. Why is this draw void?"), screen)
    dialog.show()
    save(dialog, "draw-void-dialog")
    dialog.reject()
    from app.draw.queries import current_selection_rows
    dialog = draw_screen.AlternateDialog(current_selection_rows(1), screen)
    dialog.reason.setPlainText("该企业已于检查前注销")
    dialog.show()
    save(dialog, "draw-alternate-dialog")
    dialog.reject()
    from app.campaign import outputs
    outputs.write_draw_outputs(1, tmp / "out")
    from ui.wizards.verify_dialog import VerifyDialog
    verify = VerifyDialog(ctx, screen, record_path=str(tmp / "out" / "draw-record.json"))
    verify.show()
    verify.run()
    save(verify, "verify-dialog-draw")
    verify.reject()

    # ---- the match wizard --------------------------------------------------------
    from ui.wizards.match_wizard import MatchWizard
    mw = MatchWizard(ctx, draw_no=1)
    mw.show()
    save(mw, "match-wizard-1-draw")
    mw.next()
    save(mw, "match-wizard-2-pools")
    mw.next()
    save(mw, "match-wizard-3-commitment")
    mw.next()
    # the commitment is made: the screen offers to void it (before the ceremony only)
    from ui.screens import match as match_screen
    committed = match_screen.create_screen(ctx)
    committed.resize(1366, 768)
    committed.show()
    settle(400)
    save(committed, "match-screen-committed")
    void = match_screen.ReasonDialog(committed.tr("Void the match commitment of draw no. %1").replace("%1", "1"),
                                     committed.tr("The commitment stays on record with your reason, in the audit "
                                                  "log. A new commitment and a new ceremony follow. Only a match "
                                                  "that has not run can be voided. Why is this commitment void?"),
                                     committed)
    void.reason.setPlainText("见证人员名单有变，重新提交匹配承诺")
    void.show()
    save(void, "match-void-dialog")
    void.reject()
    committed.close()
    fill(mw.witness_page, WITNESSES[:2])
    save(mw, "match-wizard-4-witnesses")
    mw.next()
    save(mw, "match-wizard-5-readback")
    mw.next()
    settle(400)
    save(mw, "match-wizard-6-result")
    for i in range(1, mw.result_page.tabs.count()):
        mw.result_page.tabs.setCurrentIndex(i)
        save(mw, f"match-wizard-6-result-tab{i + 1}")
    mw.accept()

    # ---- the match screen and its dialogs ---------------------------------------
    from ui.screens import match as match_screen
    ms = match_screen.create_screen(ctx)
    ms.resize(1366, 768)
    ms.show()
    save(ms, "match-screen")
    for i in range(1, ms.tabs.count()):
        ms.tabs.setCurrentIndex(i)
        save(ms, f"match-screen-tab{i + 1}")
    ms.tabs.setCurrentIndex(0)
    team = ms.views["teams"][0]
    dialog = match_screen.ReplaceDialog(team, ms.state.get("directory") or {}, ms)
    dialog.reason_choice.setCurrentIndex(1)
    dialog.approver.setText("刘副局长")
    dialog.show()
    save(dialog, "match-replace-dialog")
    dialog.reject()
    short = {"key": team["key"], "name": team["name"], "members": team["members"][:1], "needed": 2,
             "pool": team.get("pool", "")}
    dialog = match_screen.ShortDialog(short, ms.state.get("roster") or [], ms)
    dialog.show()
    save(dialog, "match-short-dialog")
    dialog.reject()
    from app.match.queries import current_match
    outputs.write_match_outputs(current_match(1), tmp / "mout")
    verify = VerifyDialog(ctx, ms, record_path=str(tmp / "mout" / "match-record.json"))
    verify.show()
    verify.run()
    save(verify, "verify-dialog-match")
    verify.reject()
    assert QDialog  # keep the import (used for type clarity above)

    for path in written:
        print(path)
    ctx.tasks.wait(5000)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
