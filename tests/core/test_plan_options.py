"""The plan's [options] self_matching (区市自行匹配): parsed from TOML, checked against the settings' districts."""
from __future__ import annotations

import pytest

from app.draw import plans
from app.draw.models import Plan
from app.draw.plan_options import self_matching
from app.errors import ValidationError
from tests.support.draws import plan_dict

TOML = """
title = "自行匹配的计划"
start = 2020-10-20
due = 2020-11-15
end = 2020-11-30

[options]
method = "实地核查"
self_matching = [{names}]

[[task]]
code = "T1"
name = "工业产品生产许可证获证企业"
register = "工业产品生产许可证获证企业"
ratio = "20%"
items = ["获证资格及条件检查"]
"""


def test_self_matching_from_toml_is_stored_sorted_beside_the_other_options(db):
    plan = plans.create_plan_from_toml(TOML.replace("{names}", '"李沧区", "市北区", "市北区"'))
    assert plan.options == {"method": "实地核查", "self_matching": ["市北区", "李沧区"]}
    assert self_matching(plan) == ["市北区", "李沧区"]
    assert plans.plan_summary(plan)["self_matching"] == ["市北区", "李沧区"]


def test_no_or_empty_self_matching_means_the_city_matches_every_district(db):
    plan = plans.create_plan_from_toml(TOML.replace("{names}", ""))
    assert plan.options == {"method": "实地核查"} and self_matching(plan) == []
    assert plans.plan_summary(plans.create_plan(plan_dict()))["self_matching"] == []


@pytest.mark.parametrize(("value", "message"), [
    ('"市南区", "黄浦区"', "区市“黄浦区”不在设置的区市列表中"),
    ("1, 2", "应为区市名称的列表"),
])
def test_a_bad_self_matching_is_refused_naming_it(db, value, message):
    with pytest.raises(ValidationError, match=message):
        plans.create_plan_from_toml(TOML.replace("{names}", value))
    assert Plan.select().count() == 0


def test_options_must_be_a_table(db):
    with pytest.raises(ValidationError, match="“options”应为表"):
        plans.create_plan(plan_dict(options="self_matching"))
