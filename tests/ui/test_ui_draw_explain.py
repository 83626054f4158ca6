"""The draw wizard explains what it does (issue 17 point 9): the ratio as the plan wrote it, strata in the
settings' district order, the rounding in words, the digit minimum before 下一步, and the match offers the
draw's witnesses (names only, never digits)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from tests.support.draw_gui import GOOD, fill, idle

DRAW_WITNESSES = [{"name": "王建国", "unit": "派驻纪检组", "role": "监督", "input": "38104729561"},
                  {"name": "李秀英", "unit": "企业代表", "role": "企业代表", "input": "92750183346"}]


def _wizard(ctx, qtbot):
    from ui.wizards.draw_wizard import DrawWizard
    wizard = DrawWizard(ctx, plan_id=ctx.current_plan_id)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _column(model, title: str) -> list:
    col = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == title)
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_the_ratio_reads_as_the_plan_wrote_it_and_strata_follow_the_settings(ctx, qtbot):
    from app.settings.store import district_names
    wizard = _wizard(ctx, qtbot)
    assert "20%" in wizard.plan_page.details.text() and "1/5" not in wizard.plan_page.details.text()
    wizard.next()
    idle(qtbot, ctx)
    model = wizard.preview_page.model
    assert set(_column(model, "Ratio")) == {"20%"}
    rows = model.rows()
    for code in ("T1", "T2"):
        strata = [r["stratum"] for r in rows if r["code"] == code]
        order = [d for d in district_names() if d in strata]
        assert strata == order, strata                 # 市南区, 市北区, 李沧区 … not character order


def test_each_quota_says_how_it_was_rounded(ctx, qtbot):
    wizard = _wizard(ctx, qtbot)
    wizard.next()
    idle(qtbot, ctx)
    model = wizard.preview_page.model
    workings = _column(model, "How the quota is worked out")
    for row, working in zip(model.rows(), workings, strict=True):
        size, quota = int(row["size"]), int(row["quota"])
        assert working.startswith(f"{size} × 20% ")
        if size % 5:
            assert working.endswith(f"，向上取整为 {quota}"), working
            assert f"{size / 5:.2f}".rstrip("0").rstrip(".") in working
        else:
            assert working == f"{size} × 20% = {quota}"
    assert any("向上取整" in w for w in workings)


def test_the_digit_minimum_is_shown_live_and_next_waits_for_it(ctx, qtbot):
    wizard = _wizard(ctx, qtbot)
    wizard.next()
    idle(qtbot, ctx)
    wizard.next()                                   # commit
    idle(qtbot, ctx)
    wizard.next()                                   # commitment → witnesses
    page = wizard.witness_page
    assert wizard.currentPage() is page
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert "0" in page.total.text() and "20" in page.total.text()
    assert not next_button.isEnabled()
    fill(page, [GOOD[0], ("李秀英", "企业代表", "企业代表", "9")])           # 11 + 1 digits
    assert page.total.text() == "Digits so far: 12 of at least 20 — 8 more needed before “Next”."
    assert not next_button.isEnabled()
    page.boxes[1].digits.setText("92750183346")                            # 22 digits
    assert page.total.text() == "Digits so far: 22 (at least 20): enough."
    assert next_button.isEnabled()


def test_the_match_offers_the_draws_witnesses_without_their_digits(ctx, qtbot):
    from app.draw import service
    from ui.wizards.match_wizard import MatchWizard
    draw_no = service.run_draw(service.commit_draw(ctx.current_plan_id).draw_no, DRAW_WITNESSES).draw_no
    wizard = MatchWizard(ctx, draw_no=draw_no)
    qtbot.addWidget(wizard)
    page = wizard.witness_page
    assert page.offer_button.text() == "Use the witnesses of this draw" and not page.offer_button.isHidden()
    page.boxes[0].digits.setText("123")
    page.offer_button.click()
    assert [(b.name.text(), b.unit.text(), b.role.text(), b.digits.text()) for b in page.boxes] == \
        [("王建国", "派驻纪检组", "监督", ""), ("李秀英", "企业代表", "企业代表", "")]
    assert page.digit_total() == 0 and not page.isComplete()
