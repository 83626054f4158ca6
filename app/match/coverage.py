"""Which districts a draw's city match covers (docs/spec-match-1.md section 13), for the match step.

A plan may leave districts to their own copies (plan option self_matching): the city's match covers
only the other districts' inspections, and when every inspection is of such a district there is
nothing for the city to match (commit_match refuses; the screen says so instead of offering it).
"""
from __future__ import annotations

from app.draw.models import Inspection
from app.draw.plan_options import self_matching
from app.draw.queries import get_draw
from app.settings.store import district_names


def coverage(draw_no: int) -> dict:
    """{excluded_districts, covered: [district], left: {district: inspections}, nothing_to_match}."""
    draw = get_draw(draw_no)
    excluded = self_matching(draw.plan)
    counts: dict[str, int] = {}
    for (district,) in Inspection.select(Inspection.district).where(
            (Inspection.draw == draw) & (Inspection.active == True)).tuples():  # noqa: E712
        counts[district] = counts.get(district, 0) + 1
    order = {name: i for i, name in enumerate(district_names())}     # the settings' order, as elsewhere
    names = sorted(counts, key=lambda d: (order.get(d, len(order)), d))
    covered = [d for d in names if d not in excluded]
    left = {d: counts[d] for d in names if d in excluded}
    return {"excluded_districts": excluded, "covered": covered, "left": left,
            "nothing_to_match": bool(left) and not covered}
