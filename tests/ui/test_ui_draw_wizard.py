"""The draw wizard driven like the clerk drives it: real services, the demo database."""
from __future__ import annotations

import json

from PySide6.QtWidgets import QWizard

from tests.support.draw_gui import DEMO_PLAN_FILES, GOOD, fill, idle


def draws():
    from app.draw.models import Draw
    return list(Draw.select().order_by(Draw.draw_no))


def open_wizard(ctx, qtbot):
    from ui.wizards.draw_wizard import DrawWizard
    wizard = DrawWizard(ctx, plan_id=ctx.current_plan_id)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def to_witnesses(wizard, ctx, qtbot):
    """Plan → preview (frames and quotas, no selection) → commit → commitment page → witness page."""
    assert wizard.currentPage() is wizard.plan_page and wizard.plan_page.isComplete()
    wizard.next()
    idle(qtbot, ctx)
    assert wizard.currentPage() is wizard.preview_page
    rows = wizard.preview_page.model.rows()
    assert rows and {r["code"] for r in rows} == {"T1", "T2"}
    assert all("ticket" not in r and "key" not in r for r in rows)       # no selection before the seed
    assert draws() == []
    wizard.next()                       # "Commit the draw"
    idle(qtbot, ctx)
    assert wizard.currentPage() is wizard.commitment_page
    (draw,) = draws()
    assert draw.status == "committed"
    assert wizard.commitment_page.digest.digest == draw.commitment
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()   # the plan cannot be changed now
    wizard.next()
    assert wizard.currentPage() is wizard.witness_page
    return draw


def test_ceremony_draws_once_and_the_record_verifies(ctx, qtbot, answers, tmp_path):
    from app.draw import spec
    from app.draw.verify import verify_draw_record
    wizard = open_wizard(ctx, qtbot)
    draw = to_witnesses(wizard, ctx, qtbot)

    # the commitment sheet is saved as a PDF
    wizard.back()
    assert wizard.currentPage() is wizard.commitment_page
    wizard.commitment_page.print_button.click()
    idle(qtbot, ctx)
    pdf = tmp_path / "out" / f"{DEMO_PLAN_FILES}_抽取承诺单_第1次抽取.pdf"
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")
    assert (tmp_path / "out" / "commitment.json").exists()
    assert (tmp_path / "out" / "frames" / "frame-T1.txt").exists()          # anyone can re-hash the frames
    assert answers["opened"] == [str(pdf)]
    wizard.next()

    page = wizard.witness_page
    fill(page, GOOD)
    assert page.boxes[0].big.text() == "38104 72956 1"        # shown large, grouped by five
    wizard.next()
    readback = wizard.readback_page
    assert wizard.currentPage() is readback
    shown = " ".join(label.text() for label in readback.findChildren(type(page.boxes[0].big)))
    assert "38104 72956 1" in shown and "92750 18334 6" in shown

    # a correction is still possible before the confirmation
    wizard.back()
    page.boxes[1].digits.setText("92750183347")
    wizard.next()
    wizard.next()                       # "Confirm and draw"
    idle(qtbot, ctx)
    assert wizard.currentPage() is wizard.result_page
    (draw,) = draws()
    assert draw.status == "drawn"
    assert draw.seed == spec.seed(draw.commitment, ["38104729561", "92750183347"])
    assert all(c.ok for c in verify_draw_record(draw.record)), verify_draw_record(draw.record)
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()   # the digits cannot be changed now
    tabs = wizard.result_page.views      # read off the GUI thread into paged tables (a draw may be 200,000)
    assert str(len(draw.record["inspections"])) in wizard.result_page.info.text()
    assert len(tabs.inspections.rows()) == len(draw.record["inspections"]) > 0
    assert len(tabs.selected.rows()) == sum(len(t["selected"]) for t in draw.record["tasks"])
    assert {r["task"] for r in tabs.selected.rows()} == {"T1", "T2"}
    assert wizard.result_page.seed.digest == draw.seed

    # filter by district
    tabs.stratum_combo.setCurrentIndex(1)
    district = tabs.stratum_combo.currentData()
    proxy = tabs.selected_view.model()
    assert 0 < proxy.rowCount() < len(tabs.selected.rows())
    assert all(proxy.index(r, 1).data() == district for r in range(proxy.rowCount()))

    # save the record
    wizard.result_page.print_button.click()
    idle(qtbot, ctx)
    record_path = tmp_path / "out" / "draw-record.json"
    assert json.loads(record_path.read_text(encoding="utf-8"))["seed"] == draw.seed
    assert len(answers["opened"]) == 2

    # the published frames verify against the record
    from app.draw.verify import verify_draw_record as verify
    checks = verify(json.loads(record_path.read_text(encoding="utf-8")), tmp_path / "out" / "frames")
    assert next(c for c in checks if c.name == "frames").ok

    # a second run is impossible from the GUI: a new wizard refuses the drawn plan
    again = open_wizard(ctx, qtbot)
    assert not again.plan_page.isComplete()
    assert again.plan_page.state == "drawn"
    assert again.plan_page.note.text() == again.plan_page.tr(
        "This plan was drawn already (draw no. %1). A draw is never repeated: to draw again, void that draw with a "
        "reason on the draw screen first.").replace("%1", str(draw.draw_no))


def test_one_witness_or_too_few_digits_is_refused_and_nothing_is_written(ctx, qtbot, answers):
    wizard = open_wizard(ctx, qtbot)
    to_witnesses(wizard, ctx, qtbot)
    page = wizard.witness_page

    fill(page, [("王建国", "派驻纪检组", "监督", "381047295612345678901234")])
    wizard.next()
    assert wizard.currentPage() is page
    assert "至少需要 2 名见证人" in page.error.text() and page.error.isVisibleTo(wizard)

    fill(page, GOOD[:1] + [("李秀英", "企业代表", "企业代表", "9")])
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()    # 12 digits: 下一步 waits
    wizard.next()
    assert wizard.currentPage() is page
    assert "8 more" in page.total.text()
    (draw,) = draws()
    assert draw.status == "committed" and draw.seed is None

    # only digits can be typed
    page.boxes[1].digits.setText("")
    qtbot.keyClicks(page.boxes[1].digits, "12a3b")
    assert page.boxes[1].digits.text() == "123"


def test_a_committed_draw_resumes_with_its_witnesses(ctx, qtbot, answers):
    from app.draw import service
    draw = service.commit_draw(ctx.current_plan_id)
    wizard = open_wizard(ctx, qtbot)
    assert wizard.plan_page.state == "committed"
    wizard.next()
    assert wizard.currentPage() is wizard.commitment_page          # no second commitment
    assert wizard.draw_no == draw.draw_no
    wizard.next()
    fill(wizard.witness_page, GOOD)
    wizard.next()
    wizard.next()
    idle(qtbot, ctx)
    assert wizard.currentPage() is wizard.result_page
    assert [d.status for d in draws()] == ["drawn"]
    # the confirmation cannot run twice: the read-back page is done and the service refuses a second run
    assert wizard.readback_page.done
    assert wizard.readback_page.validatePage() is True
    assert [d.status for d in draws()] == ["drawn"]
