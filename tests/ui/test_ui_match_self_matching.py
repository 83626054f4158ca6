"""The match step when the plan leaves districts to their own copies (区市自行匹配): what it covers, or that
the city has nothing to match."""
from __future__ import annotations

from tests.support.draw_gui import idle

DRAW_WITNESSES = [{"name": "王建国", "unit": "派驻纪检组", "role": "监督", "input": "38104729561"},
                  {"name": "李秀英", "unit": "企业代表", "role": "企业代表", "input": "92750183346"}]


def _drawn(ctx, districts) -> int:
    """The demo plan with [options] self_matching set through the plan service, then committed and drawn."""
    from app.draw import plans, service
    plan = plans.get_plan(ctx.current_plan_id)
    data, text, _base = plans.load_toml(plan.source_toml)
    data["options"] = dict(data.get("options") or {}, self_matching=districts)
    plans.update_plan(plan.id, data, source_toml=text)
    return service.run_draw(service.commit_draw(plan.id).draw_no, DRAW_WITNESSES).draw_no


def _screen(ctx, qtbot):
    from ui.screens.match import create_screen
    widget = create_screen(ctx)
    qtbot.addWidget(widget)
    widget.show()
    idle(qtbot, ctx)
    qtbot.waitUntil(lambda: widget.state.get("status") != "loading", timeout=10000)
    return widget


def test_every_district_left_to_its_copy_offers_no_match(ctx, qtbot):
    from app.settings.store import district_names
    _drawn(ctx, district_names())
    screen = _screen(ctx, qtbot)
    assert "the city has nothing to match" in screen.detail.text()
    assert not screen.start_button.isEnabled()


def test_the_step_and_the_wizard_say_which_districts_the_match_covers(ctx, qtbot):
    from ui.wizards.match_wizard import MatchWizard
    draw_no = _drawn(ctx, ["市北区"])
    screen = _screen(ctx, qtbot)
    assert screen.start_button.isEnabled()
    text = screen.detail.text()
    assert "The city's match covers" in text and "left to their own copies: 市北区（" in text
    assert "市北区" not in text.split("left to")[0]
    wizard = MatchWizard(ctx, draw_no=draw_no)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    idle(qtbot, ctx)
    assert wizard.currentPage() is wizard.pools_page
    assert "Left to the districts' own copies by the plan: 市北区" in wizard.pools_page.summary.text()
    pools = [p["district"] for p in wizard.pools_page.pools.rows()]
    assert pools and not any(p.startswith("市北区") for p in pools)
    wizard.reject()
