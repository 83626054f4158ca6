"""Helpers for the results tests: a complete, valid result for an inspection of a matched draw."""
from __future__ import annotations

from app.draw.models import Inspection


def complete_result(draw, key: str, *, result: str = "未发现问题", problem: str = "",
                    check_date: str | None = None) -> dict:
    """Every item checked on site with `result`, the current team as inspectors, dated in the period."""
    from app.match.queries import current_teams
    ins = Inspection.get((Inspection.draw == draw) & (Inspection.key == key))
    team = [cert for cert, _, _ in current_teams(draw.draw_no)[key]]
    return {"items": [{"item": item, "checked": True, "method": "实地核查", "result": result, "problem": problem}
                      for item in ins.items],
            "check_date": check_date or draw.plan.start, "inspectors": team,
            "unit": "青岛市市南区市场监督管理局", "entered_by": "张录入"}


def first_keys(draw, n: int, district: str | None = None) -> list[str]:
    query = Inspection.select(Inspection.key).where((Inspection.draw == draw) & (Inspection.active == True))  # noqa: E712
    if district:
        query = query.where(Inspection.district == district)
    return [r.key for r in query.order_by(Inspection.key).limit(n)]
