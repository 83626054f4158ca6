"""A plan's statistics (app.publish.stats computes them) and their tables.

The tables are the one place the statistics are laid out in rows with Chinese headers: the GUI, the
xlsx export (app.publish.stats_export), the CLI and the summary report all print
`PlanStatistics.tables()`, so they always show the same numbers.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

from app.publish.stats_rows import (
    BASIS,
    BASIS_ZH,
    KIND_ZH,
    AlternateInfo,
    CategoryCount,
    Difficulty,
    GroupCounts,
    InspectorLoad,
    ItemCounts,
    MethodCount,
    ReplacementInfo,
    StatTable,
    VoidedDraw,
)

COUNT_HEADERS = ["检查对象", "已录入", "已审核", "已退回", "发现问题", "发现问题比例"]


@dataclass
class PlanStatistics:
    plan_id: int
    title: str
    number: str
    draws: list[int]                                  # the plan's drawn (not void) draws counted
    basis: str = BASIS
    totals: GroupCounts = field(default_factory=lambda: GroupCounts(""))
    districts: list[GroupCounts] = field(default_factory=list)      # settings' order
    tasks: list[GroupCounts] = field(default_factory=list)          # plan's task order
    items: list[ItemCounts] = field(default_factory=list)           # plan's item order
    categories: list[CategoryCount] = field(default_factory=list)   # lists' order, unknown ones after
    methods: list[MethodCount] = field(default_factory=list)        # lists' order, unknown ones after
    loads: list[InspectorLoad] = field(default_factory=list)        # per draw, heaviest first
    replacements: list[ReplacementInfo] = field(default_factory=list)
    alternates: list[AlternateInfo] = field(default_factory=list)
    voided: list[VoidedDraw] = field(default_factory=list)
    difficulties: list[Difficulty] = field(default_factory=list)

    @property
    def share(self) -> float | None:
        """The share of enterprises with a problem found, over the basis (entered + reviewed)."""
        return self.totals.share

    def counts(self) -> dict[str, int]:
        """The changes to the campaign, for the summary report."""
        return {"alternates_used": len(self.alternates), "voided_draws": len(self.voided),
                "replacements": sum(r.kind == "replacement" for r in self.replacements),
                "short_resolutions": sum(r.kind == "short-resolution" for r in self.replacements),
                "difficulties": len(self.difficulties)}

    def load_distribution(self) -> list[tuple[int, int]]:
        """[(assignments, inspectors with that many)], fewest first, over every draw's roster."""
        spread: dict[int, int] = {}
        for row in self.loads:
            spread[row.load] = spread.get(row.load, 0) + 1
        return sorted(spread.items())

    def as_dict(self) -> dict:
        def rows(values):
            return [v.as_dict() if hasattr(v, "as_dict") else asdict(v) for v in values]
        return {"plan_id": self.plan_id, "title": self.title, "number": self.number, "draws": self.draws,
                "basis": self.basis, "basis_zh": BASIS_ZH, "share": self.share, "totals": self.totals.as_dict(),
                "counts": self.counts(), "districts": rows(self.districts), "tasks": rows(self.tasks),
                "items": rows(self.items), "categories": rows(self.categories), "methods": rows(self.methods),
                "loads": rows(self.loads), "load_distribution": [list(p) for p in self.load_distribution()],
                "replacements": rows(self.replacements), "alternates": rows(self.alternates),
                "voided": rows(self.voided), "difficulties": rows(self.difficulties)}

    def tables(self) -> list[StatTable]:
        """Every table, in the order they are printed (names: see TABLE_NAMES)."""
        return [self._overview(), self._changes(), self._groups("districts"), self._groups("tasks"),
                self._items(), self._categories(), self._methods(), self._loads(), self._spread(),
                self._replacements(), self._alternates(), self._voided(), self._difficulties()]

    def table(self, name: str) -> StatTable:
        return next(t for t in self.tables() if t.name == name)

    # ---- the tables -------------------------------------------------------------------------------

    def _overview(self) -> StatTable:
        t = self.totals
        return StatTable("overview", "总体情况", list(COUNT_HEADERS),
                         [[t.inspections, t.entered, t.reviewed, t.returned, t.with_problem, t.share]], (5,))

    def _changes(self) -> StatTable:
        c = self.counts()
        return StatTable("changes", "替补、作废和人员更换", ["项目", "数量"],
                         [["使用替补", c["alternates_used"]], ["作废的抽取", c["voided_draws"]],
                          ["更换检查人员", c["replacements"]], ["缺员补足", c["short_resolutions"]],
                          ["区市报送的问题", c["difficulties"]]])

    def _groups(self, which: str) -> StatTable:
        groups = self.districts if which == "districts" else self.tasks
        lead = ["区市"] if which == "districts" else ["任务编号", "任务名称"]
        rows = []
        for g in groups + [self.totals]:
            first = [g.group or "合计"] if which == "districts" else [g.group or "合计", g.name]
            rows.append(first + [g.inspections, g.entered, g.reviewed, g.returned, g.with_problem, g.share])
        if which == "tasks":
            rows.pop()   # an inspection drawn for two tasks counts under both: no total row
        title = "各区市情况" if which == "districts" else "各任务情况"
        return StatTable(which, title, lead + COUNT_HEADERS, rows, (len(lead) + 5,))

    def _items(self) -> StatTable:
        return StatTable("items", "各检查事项情况",
                         ["检查事项", "检查对象", "已录入", "已检查", "未检查", "发现问题", "发现问题比例"],
                         [[i.item, i.inspections, i.entered, i.checked, i.not_checked, i.with_problem, i.share]
                          for i in self.items], (6,))

    def _categories(self) -> StatTable:
        return StatTable("categories", "检查结果类别",
                         ["类别", "检查结果", "计为发现问题", "数量", "计数单位"],
                         [[c.list_title, c.category + ("" if c.known else "（已不在选项中）"),
                           "是" if c.problem else "否", c.count, c.unit] for c in self.categories])

    def _methods(self) -> StatTable:
        return StatTable("methods", "核查方式", ["核查方式", "已检查事项", "发现问题"],
                         [[m.method, m.items, m.with_problem] for m in self.methods])

    def _loads(self) -> StatTable:
        return StatTable("loads", "检查人员任务量", ["抽取编号", "执法证号", "姓名", "所属区市", "任务数"],
                         [[x.draw_no, x.cert_no, x.name, x.district, x.load] for x in self.loads])

    def _spread(self) -> StatTable:
        return StatTable("load_distribution", "任务量分布", ["任务数", "检查人员数"],
                         [[load, people] for load, people in self.load_distribution()])

    def _replacements(self) -> StatTable:
        return StatTable("replacements", "检查人员更换",
                         ["抽取编号", "检查对象代码", "检查对象名称", "区市", "类型", "换下人员", "换上人员",
                          "原因", "批准人", "时间"],
                         [[r.draw_no, r.key, r.enterprise, r.district, KIND_ZH.get(r.kind, r.kind),
                           _person(r.out_cert, r.out_name), _person(r.in_cert, r.in_name), r.reason, r.approver,
                           r.at] for r in self.replacements])

    def _alternates(self) -> StatTable:
        return StatTable("alternates", "替补使用",
                         ["抽取编号", "任务", "分层", "原检查对象", "替补检查对象", "原因", "时间"],
                         [[a.draw_no, a.task, a.stratum, _person(a.out_key, a.out_name),
                           _person(a.in_key, a.in_name), a.reason, a.at] for a in self.alternates])

    def _voided(self) -> StatTable:
        return StatTable("voided", "作废的抽取", ["抽取编号", "作废原因", "作废时间"],
                         [[v.draw_no, v.reason, v.voided_at] for v in self.voided])

    def _difficulties(self) -> StatTable:
        return StatTable("difficulties", "抽查中遇到的问题",
                         ["区市", "文件", "序号", "问题类别", "问题描述", "涉及的检查对象", "意见建议", "填报人"],
                         [[d.district, d.file_name, d.number, d.category, d.description, d.enterprises,
                           d.suggestion, d.reporter] for d in self.difficulties])


TABLE_NAMES = ("overview", "changes", "districts", "tasks", "items", "categories", "methods", "loads",
               "load_distribution", "replacements", "alternates", "voided", "difficulties")


def _person(code: str, name: str) -> str:
    """"name（code）", or whichever of the two is known."""
    if code and name:
        return f"{name}（{code}）"
    return name or code or ""
