"""The words a result is recorded in: 核查方式, item results, enterprise-level outcomes, publicity
outcomes and 后续处置措施, as real platforms record them (Zhejiang's scresult is the reference).

Stored in the setting "result_lists" so a bureau can adapt them; these are the defaults. Each
result category says whether it counts as "problem found" for statistics. Pure: the settings read them
(app.settings.store.result_lists).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from app.errors import ValidationError

CHECK_METHODS = ["实地核查", "书面核查", "网络监测", "部门结果或专业意见", "检验检测", "委托专业机构"]

ITEM_RESULTS = [
    {"name": "未发现问题", "problem": False},
    {"name": "发现问题已责令改正", "problem": True},
    {"name": "发现问题待后续处理", "problem": True},
]

# Recorded once per enterprise, not under every item: when one applies, the items need not be checked.
ENTERPRISE_OUTCOMES = [
    {"name": "未发现开展本次抽查涉及的经营活动", "problem": False},
    {"name": "已关闭停业或正在组织清算", "problem": False},
    {"name": "通过登记的住所（经营场所）无法联系", "problem": True},
    {"name": "不配合检查情节严重", "problem": True},
    {"name": "已注销", "problem": False},
    {"name": "已被吊销", "problem": False},
    {"name": "已被撤销", "problem": False},
    {"name": "已迁出", "problem": False},
]

# Only for an inspection that has a publicity-information item (年度报告公示信息检查 and the like).
PUBLICITY_RESULTS = [
    {"name": "未按规定公示应当公示的信息", "problem": True},
    {"name": "公示信息隐瞒真实情况弄虚作假", "problem": True},
]

FOLLOWUP_MEASURES = ["责令改正", "立案调查", "移送", "列入经营异常名录", "其他"]

# The results that leave something to do: they put the inspection on the follow-up list.
PENDING_RESULT = "发现问题待后续处理"

YES, NO = "是", "否"

DEFAULT_RESULT_LISTS = {
    "check_methods": CHECK_METHODS,
    "item_results": ITEM_RESULTS,
    "enterprise_outcomes": ENTERPRISE_OUTCOMES,
    "publicity_results": PUBLICITY_RESULTS,
    "followup_measures": FOLLOWUP_MEASURES,
}

LIST_TITLES = {
    "check_methods": "核查方式",
    "item_results": "检查结果",
    "enterprise_outcomes": "企业层面的检查结果",
    "publicity_results": "公示信息检查结果",
    "followup_measures": "后续处置措施",
}
CATEGORY_LISTS = ("item_results", "enterprise_outcomes", "publicity_results")   # entries carry "problem"


@dataclass(frozen=True)
class ResultLists:
    check_methods: tuple[str, ...]
    item_results: tuple[str, ...]
    enterprise_outcomes: tuple[str, ...]
    publicity_results: tuple[str, ...]
    followup_measures: tuple[str, ...]
    problem: frozenset[str] = field(default_factory=frozenset)   # categories that count as "problem found"

    @classmethod
    def from_setting(cls, value: dict) -> ResultLists:
        def names(key):
            return tuple(e["name"] if isinstance(e, dict) else str(e) for e in value.get(key) or [])
        problem = {e["name"] for key in CATEGORY_LISTS for e in value.get(key) or []
                   if isinstance(e, dict) and e.get("problem")}
        return cls(names("check_methods"), names("item_results"), names("enterprise_outcomes"),
                   names("publicity_results"), names("followup_measures"), frozenset(problem))

    def as_setting(self) -> dict:
        def cats(values):
            return [{"name": v, "problem": v in self.problem} for v in values]
        return {"check_methods": list(self.check_methods), "item_results": cats(self.item_results),
                "enterprise_outcomes": cats(self.enterprise_outcomes),
                "publicity_results": cats(self.publicity_results),
                "followup_measures": list(self.followup_measures)}

    def counts_as_problem(self, category: str) -> bool:
        return category in self.problem


DEFAULT_LISTS = ResultLists.from_setting(DEFAULT_RESULT_LISTS)


def validate_result_lists(value) -> None:
    """The setting as the clerk edited it: every list present, no empty or repeated entry."""
    if not isinstance(value, dict):
        raise ValidationError("结果类别的格式不正确。")
    for key, title in LIST_TITLES.items():
        entries = value.get(key)
        if not isinstance(entries, list) or (not entries and key != "publicity_results"):
            raise ValidationError(f"“{title}”至少要有一项。")
        names = []
        for entry in entries:
            name = entry.get("name") if isinstance(entry, dict) else entry
            if key in CATEGORY_LISTS and not isinstance(entry, dict):
                raise ValidationError(f"“{title}”中的“{entry}”缺少是否计为发现问题的设定。")
            if not isinstance(name, str) or not name.strip():
                raise ValidationError(f"“{title}”中有空白的项目。")
            if any(ch in name for ch in ",，\n"):
                raise ValidationError(f"“{title}”中的“{name}”不能含逗号或换行（工作包的下拉列表以逗号分隔）。")
            names.append(name.strip())
        if len(set(names)) != len(names):
            raise ValidationError(f"“{title}”中有重复的项目。")


def is_publicity_item(item: str) -> bool:
    """An item about the enterprise's publicised information (年度报告公示信息检查 …)."""
    return "公示" in item
