"""The draw screen (step 3) and the verify dialog: real services against the demo database."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.draw_gui import DEMO_PLAN_FILES, answer_dialogs, idle
from tests.support.draws import WITNESSES


@pytest.fixture
def drawn(ctx):
    from app.draw import service
    draw = service.commit_draw(ctx.current_plan_id)
    return service.run_draw(draw.draw_no, WITNESSES)


def test_screen_shows_the_drawn_draw(drawn, screen, ctx, qtbot):
    screen.refresh()
    idle(qtbot, ctx)
    assert screen.draws.rowCount() == 1
    assert screen.selected_draw()["status"] == "drawn"
    assert screen.tabs.inspections.rowCount() == len(drawn.record["inspections"])
    assert screen.tabs.alternates.rowCount() == sum(len(t["alternates"]) for t in drawn.record["tasks"])
    assert screen.alternate_button.isEnabled() and screen.record_button.isEnabled()
    assert not screen.start_button.isEnabled()          # a drawn plan is never drawn again from here
    row = screen.tabs.inspections.rows()[0]
    assert row["ticket"] and row["rank"]
    assert "王建国" in screen.detail.text()                      # the witnesses are named


def test_void_requires_a_reason_and_is_listed(drawn, screen, ctx, qtbot, answers, monkeypatch):
    from app.draw.models import Draw
    screen.refresh()
    idle(qtbot, ctx)
    answer_dialogs(monkeypatch, lambda d: None)            # no reason: OK stays disabled
    screen.void_button.click()
    idle(qtbot, ctx)
    assert Draw.get().status == "drawn"
    answer_dialogs(monkeypatch, lambda d: d.reason.setPlainText("名录版本有误，重新抽取"))
    screen.void_button.click()
    idle(qtbot, ctx)
    draw = Draw.get()
    assert draw.status == "void" and draw.void_reason == "名录版本有误，重新抽取"
    assert screen.draws.rows()[0]["status"] == "void"
    assert screen.start_button.isEnabled()               # a new draw, with a new ceremony
    screen.start_button.click()
    assert screen.wizard.plan_page.state == "ready"
    screen.wizard.reject()


def test_use_alternate_names_who_came_in(drawn, screen, ctx, qtbot, answers, monkeypatch):
    from app.draw.models import AlternateUse, Inspection
    screen.refresh()
    idle(qtbot, ctx)
    chosen = {}

    def fill(dialog):
        dialog.task.setCurrentIndex(0)
        dialog.key.setCurrentIndex(0)
        chosen["task"], chosen["key"] = dialog.task.currentData(), dialog.key.currentData()
        dialog.reason.setPlainText("检查前已注销")
    answer_dialogs(monkeypatch, fill)
    screen.alternate_button.click()
    idle(qtbot, ctx)
    use = AlternateUse.get()
    assert (use.task_code, use.out_key, use.reason) == (chosen["task"], chosen["key"], "检查前已注销")
    assert use.in_key in answers["notices"][0] and chosen["key"] in answers["notices"][0]
    rows = {r["key"]: r for r in screen.tabs.alternates.rows()}
    assert rows[use.in_key]["used_for"].startswith(use.out_key)
    assert Inspection.get(Inspection.key == use.in_key).active


def test_save_record_and_verify_dialog(drawn, screen, ctx, qtbot, answers, tmp_path):
    from ui.wizards.verify_dialog import VerifyDialog
    screen.refresh()
    idle(qtbot, ctx)
    screen.record_button.click()
    idle(qtbot, ctx)
    path = tmp_path / "out" / "draw-record.json"
    pdf = tmp_path / "out" / f"{DEMO_PLAN_FILES}_随机抽取记录_第1次抽取.pdf"   # plan and draw
    assert path.exists() and pdf.exists()
    assert answers["overwrite"] == [[]]                    # asked, nothing there yet

    # again into the same folder: the clerk is asked about the three files, says no, nothing is rewritten
    before = (path.stat().st_mtime_ns, pdf.stat().st_mtime_ns)
    from ui.widgets import ask
    asked = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ask, "confirm_overwrite", lambda parent, folder, names: asked.append(
            [n for n in names if (Path(folder) / n).exists()]) and False)
        screen.record_button.click()
        idle(qtbot, ctx)
    assert asked == [["draw-record.json", "draw-listing.xlsx", pdf.name]]
    assert (path.stat().st_mtime_ns, pdf.stat().st_mtime_ns) == before

    dialog = VerifyDialog(ctx, record_path=str(path))
    qtbot.addWidget(dialog)
    dialog.run_button.click()
    idle(qtbot, ctx)
    rows = dialog.model.rows()
    assert len(rows) >= 6 and all(r["ok"] for r in rows)
    assert dialog.view.model().index(0, 0).data() == "✓"

    record = json.loads(path.read_text(encoding="utf-8"))
    record["witnesses"][0]["input"] = "38104729562"          # one witness digit changed
    tampered = tmp_path / "tampered.json"
    tampered.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    dialog.record.edit.setText(str(tampered))
    dialog.run_button.click()
    idle(qtbot, ctx)
    failed = [r for r in dialog.model.rows() if not r["ok"]]
    assert [r["name"] for r in failed] == ["seed"]
    proxy = dialog.view.model()
    marks = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert "✗" in marks
    assert "失败" in dialog.summary.text() or "FAILED" in dialog.summary.text()


def test_verify_dialog_shows_an_unreadable_file(ctx, qtbot, tmp_path):
    from ui.wizards.verify_dialog import VerifyDialog
    bad = tmp_path / "x.json"
    bad.write_text("{not json", encoding="utf-8")
    dialog = VerifyDialog(ctx, record_path=str(bad))
    qtbot.addWidget(dialog)
    dialog.run_button.click()
    idle(qtbot, ctx)
    assert "不是有效的 JSON" in dialog.error.text()


def test_a_long_draw_record_asks_whether_to_print_every_row(monkeypatch):
    """Over LONG_RECORD_ROWS inspections the clerk chooses the full PDF; the answer reaches the writer."""
    from PySide6.QtWidgets import QMessageBox

    from ui.wizards import draw_wizard
    asked, written = [], []
    monkeypatch.setattr(draw_wizard.queries, "inspection_count", lambda draw_no: 5000)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(draw_wizard.ceremony, "save_into_folder",
                        lambda widget, title, write, done, names=None: written.append(write))
    monkeypatch.setattr(draw_wizard.draw_ops, "write_draw_record",
                        lambda widget, ctx, draw_no, folder, full_pdf: ("op", full_pdf))
    draw_wizard.save_draw_record(None, None, 1)
    assert "5,000" in asked[0] and written[0]("/tmp/x") == ("op", True)
    monkeypatch.setattr(draw_wizard.queries, "inspection_count", lambda draw_no: 10)
    draw_wizard.save_draw_record(None, None, 1)
    assert len(asked) == 1 and written[1]("/tmp/x") == ("op", False)     # short records: no question
