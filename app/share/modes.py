"""Which way a district's inspections are matched in a campaign: by the city or in its own copy.

The plan says it (Plan.options["self_matching"], app.draw.plan_options): a district listed there
matches its share in its own copy of the program and returns it (区市自行匹配); every other
district is matched by the city as before (市局匹配). A share may be written for either (the work
package travels all the same); a return is expected only from a self-matching district.
"""
from __future__ import annotations

from typing import Final, Literal

from app.draw.plan_options import self_matching

Mode = Literal["city", "district"]
CITY: Final = "city"
DISTRICT: Final = "district"
MODE_ZH = {CITY: "市局匹配", DISTRICT: "区市自行匹配"}


def matching_mode(plan, district: str) -> Mode:
    """"district" when the plan leaves `district` to its own copy, else "city"."""
    return DISTRICT if district in self_matching(plan) else CITY
