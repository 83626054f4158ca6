"""The demo data set: its plan (data/demo/plan.toml) commits and draws over the demo registers."""
from __future__ import annotations

from app.demo import load_demo
from app.draw import plans, service
from tests.support.draws import WITNESSES


def test_demo_plan_draws_over_demo_registers(db):
    load_demo()
    [plan] = plans.list_plans()
    preview = service.preview_frames(plan.id)
    assert [p["code"] for p in preview] == ["T1", "T2"] and all(p["frame_size"] > 0 for p in preview)
    draw = service.run_draw(service.commit_draw(plan.id).draw_no, WITNESSES)
    for task, p in zip(draw.record["tasks"], preview):
        assert len(task["selected"]) == sum(s["quota"] for s in p["strata"])
    assert draw.record["inspections"]
