"""Plans from TOML and from a dict: validation with Chinese messages, nothing written on error."""
from __future__ import annotations

from pathlib import Path

import pytest

from app import audit
from app.draw import plans
from app.draw.models import Plan, Task
from app.errors import StateError, ValidationError
from tests.support.draws import plan_dict

ROOT = Path(__file__).resolve().parents[2]


def test_seed_plan_toml_is_the_documented_example(db):
    plan = plans.create_plan_from_toml(ROOT / "data" / "plan-2020.toml")
    summary = plans.plan_summary(plan)
    assert summary["number"] == "局函〔2020〕277号"
    assert (summary["start"], summary["due"], summary["end"]) == ("2020-10-20", "2020-11-15", "2020-11-30")
    assert [(t["code"], t["register"], t["ratio"], t["stratified"], t["items"]) for t in summary["tasks"]] == [
        ("T1", "工业产品生产许可证获证企业", "1/5", True, ["获证资格及条件检查"]),
        ("T2", "食品相关产品生产企业", "1/5", True, ["产品质量安全监督检查"])]
    assert summary["conditional"][0]["item"] == "年度报告公示信息检查"
    assert plan.source_toml.startswith("#")
    assert audit.entries(limit=1)[0].action == "plan.create"


def test_demo_plan_toml_loads(db):
    plan = plans.create_plan_from_toml(ROOT / "data" / "demo" / "plan.toml")
    assert [t.register_name for t in plans.plan_tasks(plan)] == ["工业产品生产许可证获证企业", "食品相关产品生产企业"]


def test_create_from_dict_ratio_forms_and_count(db):
    data = plan_dict()
    data["task"][0]["ratio"] = "1/5"
    data["task"][1].pop("ratio")
    data["task"][1]["count"] = 50
    plan = plans.create_plan(data)
    t1, t2 = plans.plan_tasks(plan)
    assert (t1.ratio_p, t1.ratio_q, t1.stratify) == (1, 5, True)
    assert (t2.count, t2.stratify) == (50, False)      # a fixed count is drawn city-wide
    assert plan.team_size == 2


@pytest.mark.parametrize("change, message", [
    (lambda d: d.pop("title"), "计划缺少“title”"),
    (lambda d: d.update(start="2020-13-01"), "“start”应为日期"),
    (lambda d: d.update(due="2020-12-31"), "开始（start）≤ 检查和录入完成（due）≤ 结束（end）"),
    (lambda d: d.update(team_size=1), "不少于 2"),
    (lambda d: d.update(titel="x"), "未知的键：titel"),
    (lambda d: d.update(task=[]), "至少要有一个抽查任务"),
    (lambda d: d["task"][0].update(ratio="二成"), "任务 T1的抽查比例“二成”无法识别"),
    (lambda d: d["task"][0].update(ratio="120%"), "不超过 100%"),
    (lambda d: d["task"][0].update(count=5), "任务 T1须且只须给出"),
    (lambda d: d["task"][1].update(code="T1"), "任务编号重复：T1"),
    (lambda d: d["task"][1].update(stratify="county"), "任务 T2的“stratify”"),
    (lambda d: d["task"][1].update(items=[]), "任务 T2至少要有一项检查内容"),
    (lambda d: d["task"][1].update(pool="province"), "任务 T2的匹配人员范围"),
    (lambda d: d["task"][0].update(filter={"product": "电线"}), "任务 T1的筛选条件中有未知的键：product"),
    (lambda d: d["task"][0].update(filter={"districts": ["火星区"]}), "火星区"),
    (lambda d: d["task"][0].update(name="A|B"), "不能包含“|”"),
])
def test_invalid_plans_are_refused_in_chinese_and_nothing_is_written(db, change, message):
    head = audit.head()
    data = plan_dict()
    change(data)
    with pytest.raises(ValidationError) as err:
        plans.create_plan(data)
    assert message in str(err.value)
    assert Plan.select().count() == 0 and Task.select().count() == 0
    assert audit.head() == head


def test_bad_toml_names_the_file(db, tmp_path):
    path = tmp_path / "坏计划.toml"
    path.write_text('title = "x"\nstart = \n', encoding="utf-8")
    with pytest.raises(ValidationError, match="坏计划.toml.*不是本程序可读的抽查计划文件"):
        plans.create_plan_from_toml(path)
    with pytest.raises(ValidationError, match="无法读取计划文件"):
        plans.create_plan_from_toml(tmp_path / "missing.toml")


def test_plan_is_editable_until_committed(db):
    plan = plans.create_plan(plan_dict())
    data = plan_dict(title="改过的标题")
    data["task"].pop()
    plan = plans.update_plan(plan.id, data)
    assert plan.title == "改过的标题" and len(plans.plan_tasks(plan)) == 1
    Plan.update(status="frozen").where(Plan.id == plan.id).execute()
    with pytest.raises(StateError, match="已提交抽取承诺，不能再修改"):
        plans.update_plan(plan.id, plan_dict())
    with pytest.raises(StateError):
        plans.delete_plan(plan.id)


def test_delete_draft_plan(db):
    plan = plans.create_plan(plan_dict())
    plans.delete_plan(plan.id)
    assert plans.list_plans() == []


def test_conditional_list_file_and_inline(db, tmp_path):
    (tmp_path / "nonfilers.csv").write_text("统一社会信用代码,最近报送年度\n91370202ABCDEFGH1X,2018\n"
                                             "91370202ABCDEFGH2X,\n", encoding="utf-8")
    (tmp_path / "plan.toml").write_text(
        (ROOT / "data" / "demo" / "plan.toml").read_text(encoding="utf-8")
        + '\n[[conditional]]\nitem = "年度报告公示信息检查"\nyear = 2019\nlist = "nonfilers.csv"\n'
          'nonfilers = { "91370202ABCDEFGH3X" = 2017 }\n', encoding="utf-8")
    plan = plans.create_plan_from_toml(tmp_path / "plan.toml")
    cond = plan.conditional_items[-1]      # the demo plan carries an attribute-fed one before it
    assert cond["nonfilers"] == {"91370202ABCDEFGH1X": 2018, "91370202ABCDEFGH2X": None, "91370202ABCDEFGH3X": 2017}


def test_conditional_list_with_a_bad_key_names_file_row_and_column(db, tmp_path):
    (tmp_path / "nonfilers.csv").write_text("统一社会信用代码,最近报送年度\n91370202ABCDEFGH1X,2018\n123,2018\n",
                                             encoding="utf-8")
    data = plan_dict(conditional=[{"item": "年度报告公示信息检查", "year": 2019, "list": "nonfilers.csv"}])
    with pytest.raises(ValidationError) as err:
        plans.create_plan(data, base_dir=tmp_path)
    assert "nonfilers.csv" in str(err.value) and "第 3 行" in str(err.value) and "统一社会信用代码" in str(err.value)
    assert Plan.select().count() == 0


def test_conditional_needs_a_source(db):
    with pytest.raises(ValidationError, match="须给出企业属性"):
        plans.create_plan(plan_dict(conditional=[{"item": "年度报告公示信息检查", "year": 2019}]))
