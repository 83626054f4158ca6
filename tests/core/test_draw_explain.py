"""The draw wizard's explanations (issue 17 point 9): the ratio as written, the rounding in words, the
settings' district order, and the draw's witnesses without their digits."""
from __future__ import annotations

import pytest

from app.draw import explain, spec
from app.settings.store import district_names


@pytest.mark.parametrize("size, ratio, written, expected", [
    (209, "1/5", "20%", "209 × 20% = 41.8，向上取整为 42"),
    (200, "1/5", "20%", "200 × 20% = 40"),
    (209, "1/5", None, "209 × 20% = 41.8，向上取整为 42"),
    (209, "1/5", "1/5", "209 × 1/5 = 41.8，向上取整为 42"),
    (100, "1/3", "1/3", "100 × 1/3 ≈ 33.33，向上取整为 34"),
    (7, "1/8", "12.5%", "7 × 12.5% ≈ 0.88，向上取整为 1"),
    (9, "n=5", None, "固定抽取 5 家"),
    (3, "n=5", None, "固定 5 家，本层只有 3 家，全部抽取"),
])
def test_the_quota_sentence_restates_the_spec(size, ratio, written, expected):
    assert explain.quota_sentence(size, ratio, written) == expected
    if not ratio.startswith("n="):
        assert expected.endswith(f" {spec.stratum_quota(size, ratio)}")


def test_a_written_ratio_that_is_another_fraction_is_not_shown():
    assert explain.shown_ratio("1/5", "25%") == "20%"          # never show what the draw does not use
    assert explain.shown_ratio("1/5", "两成") == "20%"
    assert explain.shown_ratio("n=5", "20%") == "n=5"


def test_written_ratios_come_from_the_plan_file(drawn):
    assert explain.written_ratios(drawn.plan_id) == {"T1": "20%", "T2": "20%"}
    assert explain.written_ratios(99999) == {}


def test_strata_follow_the_settings_district_order(db):
    names = district_names()
    rows = [{"code": "T1", "stratum": n} for n in sorted(names)] + [{"code": "T2", "stratum": "全市"}]
    ordered = explain.in_district_order(rows)
    assert [r["stratum"] for r in ordered if r["code"] == "T1"] == names
    assert ordered[-1]["code"] == "T2"
    assert sorted(names) != names          # the point: character order is not the bureau's order


def test_the_draw_witnesses_are_offered_without_digits(drawn):
    offered = explain.draw_witnesses(drawn.draw_no)
    assert len(offered) >= 2 and all(set(w) == {"name", "unit", "role"} for w in offered)
    assert [w["name"] for w in offered] == [w["name"] for w in drawn.witnesses]
