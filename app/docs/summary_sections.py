"""The eight parts of the summary report (app.docs.summary): each takes the SummaryData, returns flowables.

Tables are app.docs.layout.grid_table: ruled, split across pages between rows, the header repeated.
Digests are set in the monospaced face so they can be compared character by character with the records.
"""
from __future__ import annotations

import functools
from fractions import Fraction

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph

from app.catalogue.items import resolve
from app.docs import layout as L
from app.docs.charts import bar_chart
from app.docs.data import cn_date
from app.docs.summary_data import SummaryData
from app.draw.models import Task

W = L.TEXT_W
NONE = "无。"
DEADLINE_NAMES = {"start": "抽查开始", "fetch_list": "获取检查对象名单", "match": "完成检查人员匹配",
                  "due": "完成检查和结果录入", "end": "抽查结束", "span": "开始至完成录入的工作日数"}
STEP_NAMES = (("inspections", "检查对象"), ("issued", "已下发"), ("matched", "已匹配"), ("notified", "已通知"),
              ("inspected", "已检查"), ("entered", "已录入"), ("reviewed", "已审核"), ("overdue", "逾期"))


@functools.cache
def _centred(style: str) -> ParagraphStyle:
    return ParagraphStyle(f"{style}-centred", parent=L.styles()[style], alignment=TA_CENTER)


@functools.cache
def _hanging() -> ParagraphStyle:
    """Free text in a cell: reportlab hangs a closing mark (。，）) that cannot start a line past the line's
    end; half an em of right indent keeps its ink inside the cell's rule."""
    base = L.styles()["cell"]
    return ParagraphStyle("cell-hanging", parent=base, rightIndent=base.fontSize / 2)


def _t(value) -> Paragraph:
    """A cell of free text (descriptions, reasons, names that may wrap)."""
    return Paragraph(L.text(value), _hanging())


def _num(value, style: str = "cell") -> Paragraph:
    """A count centred in its cell (the totals row in the heading face)."""
    return Paragraph(L.text(value), _centred(style))


def _head(*labels: str) -> list:
    return L.cells(labels, "cellhead")


def _sub(title: str):
    return L.para(title, "smallhead")


def _mono(value) -> object:
    return L.para(value or "—", "mono")


def _kv(pairs: list[tuple[str, object]]):
    rows = [[L.para(label, "cellhead"), value if hasattr(value, "wrapOn") else _t(value)]
            for label, value in pairs]
    return L.grid_table(rows, [W * 0.24, W * 0.76], header_rows=0)


def ratio_text(task: Task) -> str:
    if task.count is not None:
        return f"固定 {task.count} 户"
    if task.ratio_p is None or task.ratio_q is None:
        return ""
    f = Fraction(task.ratio_p, task.ratio_q)
    return f"{f.numerator}/{f.denominator}（{float(f) * 100:.4g}%）"


def plan_part(data: SummaryData) -> list:
    plan = data.plan
    out = [_kv([("计划名称", plan.title), ("计划文号", plan.number or "（无）"),
                ("检查期间", f"{cn_date(plan.start)}至{cn_date(plan.end)}"),
                ("完成检查和录入时限", cn_date(plan.due)), ("每组检查人员", f"{plan.team_size} 人")])]
    rows = [_head("任务", "任务名称", "抽查名录库", "抽取比例", "检查事项")]
    for t in data.tasks:
        items = "；".join(r.label for r in resolve(t.items or []))   # codes as "SC-001 名称", free text flagged
        rows.append(L.cells([t.code, _t(t.name), _t(t.register_name), ratio_text(t), _t(items)]))
    out += [_sub("抽查任务"), L.grid_table(rows, [12 * mm, 36 * mm, 36 * mm, 24 * mm, W - 108 * mm])]
    if plan.conditional_items:
        rows = [_head("附加检查事项", "适用条件")]
        for c in plan.conditional_items:
            rows.append(L.cells([_t(c.get("item", "")), _t(c.get("condition", ""))]))
        out += [_sub("按条件附加的检查事项"), L.grid_table(rows, [W * 0.45, W * 0.55])]
    return out


def _strata_matrix(tasks: list[dict]):
    """One row per stratum, three columns (名录, 应抽, 抽中) per task: the strata of all tasks side by side."""
    strata: list[str] = []
    for t in tasks:
        for s in t.get("strata") or [{"stratum": "全市"}]:
            if (s.get("stratum") or "全市") not in strata:
                strata.append(s.get("stratum") or "全市")
    top = [L.para("层（区市）", "cellhead")]
    sub: list = [""]
    for t in tasks:
        top += [L.para(f"{t.get('code', '')} {t.get('name', '')}", "cellhead"), "", ""]
        sub += [L.para(x, "cellhead") for x in ("名录户数", "应抽户数", "抽中户数")]
    rows = [top, sub]
    for name in strata + ["合计"]:
        style = "cellhead" if name == "合计" else "cell"
        row = [L.para(name, style)]
        for t in tasks:
            row += [_num(v, style) for v in _stratum_counts(t, name)]
        rows.append(row)
    first = 26 * mm
    widths = [first] + [(W - first) / (3 * max(len(tasks), 1))] * (3 * len(tasks))
    spans = [("SPAN", (0, 0), (0, 1))] + [("SPAN", (1 + 3 * i, 0), (3 + 3 * i, 0)) for i in range(len(tasks))]
    return L.grid_table(rows, widths, header_rows=2, style_extra=spans + [("VALIGN", (0, 0), (-1, 1), "MIDDLE")])


def _stratum_counts(task: dict, name: str) -> list:
    """(frame size, quota, selected) of one stratum of a task record; "—" where the task has no such stratum."""
    strata = task.get("strata") or []
    selected = task.get("selected") or []
    if name == "合计":
        quota = sum(int(s.get("quota") or 0) for s in strata) if strata else len(selected)
        return [task.get("frame_size", "—"), quota, len(selected)]
    if not strata:
        return [task.get("frame_size", "—"), len(selected), len(selected)] if name == "全市" else ["—"] * 3
    s = next((s for s in strata if s.get("stratum") == name), None)
    if s is None:
        return ["—"] * 3
    return [s.get("size", "—"), s.get("quota", "—"), sum(1 for e in selected if e.get("stratum") == name)]


def draw_part(data: SummaryData) -> list:
    out: list = []
    for part in data.draws:
        draw, rec = part.draw, part.draw.record or {}
        out.append(_sub(f"第 {draw.draw_no} 次抽取"))
        out.append(_kv([("承诺时间", _when(draw.committed_at)), ("抽取时间", _when(draw.drawn_at or "")),
                        ("承诺值", _mono(rec.get("commitment") or draw.commitment)),
                        ("随机种子 seed", _mono(rec.get("seed") or draw.seed)),
                        ("抽取记录 SHA-256", _mono(draw.record_sha256)),
                        ("抽取户数", f"{part.inspections} 户（多个任务抽中同一对象的合并为一户）")]))
        rows = [_head("序号", "见证人", "单位", "身份", "提供的随机数字")]
        for i, w in enumerate(rec.get("witnesses") or draw.witnesses or [], 1):
            rows.append(L.cells([i, w.get("name", ""), w.get("unit", ""), w.get("role", ""), _mono(w.get("input"))]))
        out += [_sub("见证人"), L.grid_table(rows, [10 * mm, 22 * mm, 40 * mm, 22 * mm, W - 94 * mm])]
        tasks = rec.get("tasks") or (draw.commit_data or {}).get("tasks") or []
        out.append(_sub("各任务各层（区市）的名录户数、应抽户数和抽中户数"))
        # At most three tasks side by side: more would squeeze the counts below a readable width.
        out += [_strata_matrix(tasks[i:i + 3]) for i in range(0, max(len(tasks), 1), 3)]
        if part.match is not None and part.match.status == "matched":
            m = part.match
            out += [_sub(f"第 {draw.draw_no} 次抽取的检查人员随机匹配"),
                    _kv([("匹配时间", _when(m.matched_at or "")), ("每组人数", f"{m.team_size} 人"),
                         ("匹配承诺值", _mono(m.commitment)), ("匹配种子", _mono(m.mseed))])]
    return out


def progress_part(data: SummaryData) -> list:
    prog = data.progress
    rows = [_head("时间节点", "日期")]
    for d in prog.deadlines:
        if d.kind == "working_days" or d.kind not in DEADLINE_NAMES:
            continue
        value = (f"{d.value} 个工作日" if d.kind == "span" else cn_date(d.value)) if d.ok else d.value
        name = DEADLINE_NAMES[d.kind] + (f"（{d.days} 个工作日内）" if d.days else "")
        rows.append(L.cells([name, value]))
    out = [_sub(f"时间节点（统计截至{cn_date(prog.today)}）"), L.grid_table(rows, [W * 0.5, W * 0.5])]
    if prog.calendar_message:
        out.append(L.para(f"说明：{prog.calendar_message}", "small"))
    widths = [W - 8 * 17 * mm] + [17 * mm] * 8
    rows = [_head("区市", *(label for _, label in STEP_NAMES))]
    for dp in prog.districts:
        counts = dp.counts.as_dict()
        rows.append(L.cells([dp.district] + [_num(counts[name]) for name, _ in STEP_NAMES]))
    totals = prog.totals.as_dict()
    rows.append(L.cells(["合计"] + [_num(totals[name], "cellhead") for name, _ in STEP_NAMES], "cellhead"))
    out += [_sub("各区市完成情况（户）"), L.grid_table(rows, widths)]
    out.append(L.para("逾期：已过完成检查和录入时限仍未录入结果，或已过匹配时限仍未完成匹配的检查对象。", "small"))
    return out


def _percent(share: float | None) -> str:
    return "—" if share is None else f"{share * 100:.1f}%"


def results_part(data: SummaryData) -> list:
    stats, t = data.stats, data.stats.totals
    out = [L.para(f"本次抽查检查对象共 {t.inspections} 户，已录入检查结果 {t.entered} 户（其中已审核 {t.reviewed} 户"
                  + (f"，另有退回修改 {t.returned} 户" if t.returned else "")
                  + f"），发现问题 {t.with_problem} 户，发现问题的检查对象占已录入户数的 {_percent(t.share)}。",
                  "body")]
    shown = [c for c in stats.categories if c.count or c.list_key == "item_results"]
    chart_rows = [(c.category, c.count, c.problem) for c in shown]
    out += [_sub("检查结果分类统计"),
            KeepTogether([bar_chart(chart_rows, W, legend=("计为发现问题", "未发现问题或不计为问题")),
                          L.para("检查事项的结果按检查事项计数，企业层面和公示信息的结果按检查对象计数。", "small")])]
    rows = [_head("类别", "检查结果", "计为发现问题", "数量", "计数单位")]
    for c in shown:
        rows.append(L.cells([c.list_title, _t(c.category + ("" if c.known else "（已不在选项中）")),
                             "是" if c.problem else "否", _num(c.count), c.unit]))
    out.append(L.grid_table(rows, [W * 0.22, W * 0.36, W * 0.16, W * 0.1, W * 0.16]))
    rows = [_head("区市", "检查对象", "已录入", "已审核", "发现问题", "发现问题比例")]
    for g in stats.districts + [t]:
        style = "cell" if g.group else "cellhead"
        rows.append(L.cells([g.group or "合计", _num(g.inspections, style), _num(g.entered, style),
                             _num(g.reviewed, style), _num(g.with_problem, style), _num(_percent(g.share), style)],
                            style))
    out += [_sub("各区市检查结果"), L.grid_table(rows, [W * 0.2] + [W * 0.16] * 5)]
    if any(m.items for m in stats.methods):
        rows = [_head("核查方式", "已检查事项", "发现问题")]
        rows += [L.cells([m.method, _num(m.items), _num(m.with_problem)]) for m in stats.methods if m.items]
        out += [_sub("核查方式"), L.grid_table(rows, [W * 0.5, W * 0.25, W * 0.25])]
    return out


def measures_part(data: SummaryData) -> list:
    f = data.followups
    rows = [_head("后续处置措施", "检查对象（户）")]
    rows += [L.cells([name, _num(n)]) for name, n in f.measures]
    out = [_sub("采取后续处置措施的情况"), L.grid_table(rows, [W * 0.7, W * 0.3])]
    out.append(_sub(f"尚待后续处理的检查对象（{len(f.open)} 户）"))
    if not f.open:
        return out + [L.para(NONE, "small")]
    rows = [_head("区市", "检查对象", "处置措施", "处置情况")]
    for o in f.open:
        who = [_mono(o["key"]), _t(o["name"])]
        rows.append(L.cells([o["district"], who, _t(o["measures"] or "（未填）"), _t(o["text"] or "—")]))
    return out + [L.grid_table(rows, [18 * mm, 56 * mm, 30 * mm, W - 104 * mm])]


def problems_part(data: SummaryData) -> list:
    found = data.stats.difficulties
    if not found:
        return [L.para("各区市报回的工作包中未填报抽查中遇到的问题。", "small")]
    rows = [_head("区市", "问题类别", "问题描述", "涉及的检查对象", "意见建议", "填报人")]
    for d in found:
        rows.append(L.cells([d.district or "—", d.category, _t(d.description), _t(d.enterprises), _t(d.suggestion),
                             d.reporter]))
    out = [L.grid_table(rows, [16 * mm, 20 * mm, W - 104 * mm, 26 * mm, 26 * mm, 16 * mm])]
    files = sorted({d.file_name for d in found if d.file_name})
    out.append(L.para("来源：各区市报回的工作包“抽查中遇到的问题”表（" + "、".join(files) + "）。", "small"))
    return out


def _when(at: str) -> str:
    """An ISO time as printed: date and minutes, local as recorded."""
    return (at or "")[:16].replace("T", " ")


def _who(code: str, name: str) -> list:
    return [_t(name), _mono(code)] if name else [_mono(code or "—")]


def changes_part(data: SummaryData) -> list:
    stats = data.stats
    out = [_sub("作废的抽取")]
    if stats.voided:
        rows = [_head("抽取编号", "作废时间", "作废原因")]
        rows += [L.cells([f"第 {v.draw_no} 次", _when(v.voided_at), _t(v.reason)]) for v in stats.voided]
        out.append(L.grid_table(rows, [24 * mm, 32 * mm, W - 56 * mm]))
    else:
        out.append(L.para(NONE, "small"))
    out.append(_sub("使用替补"))
    if stats.alternates:
        rows = [_head("任务", "层", "原抽中对象", "替补对象", "原因", "时间")]
        for a in stats.alternates:
            rows.append(L.cells([a.task, a.stratum, _who(a.out_key, a.out_name), _who(a.in_key, a.in_name),
                                 _t(a.reason), _when(a.at)]))
        out.append(L.grid_table(rows, [11 * mm, 15 * mm, 36 * mm, 36 * mm, W - 124 * mm, 26 * mm]))
    else:
        out.append(L.para(NONE, "small"))
    out.append(_sub("检查人员更换和补充"))
    if stats.replacements:
        rows = [_head("检查对象", "换下", "换上", "原因", "批准人", "时间")]
        for r in stats.replacements:
            out_person = _who(r.out_cert, r.out_name) if r.out_cert else "（缺员补足）"
            rows.append(L.cells([_who(r.key, r.enterprise), out_person, _who(r.in_cert, r.in_name), _t(r.reason),
                                 r.approver, _when(r.at)]))
        out.append(L.grid_table(rows, [36 * mm, 24 * mm, 24 * mm, W - 126 * mm, 16 * mm, 26 * mm]))
    else:
        out.append(L.para(NONE, "small"))
    return out


def audit_part(data: SummaryData) -> list:
    check = data.check
    entries = check.checked.get("log", 0)
    out = [_kv([("审计日志条目数", f"{entries} 条"), ("审计日志链头", _mono(data.audit_head)),
                ("数据完整性校验", "通过" if check.ok else f"发现 {len(check.findings)} 处不符")])]
    out.append(L.para(check.message(), "small"))
    out.append(L.para("链头是全部审计日志记录依次计算的 SHA-256 哈希值，任何一条记录被改动、删除或插入都会使其改变；"
                      "可用“spotcheck db check”或“spotcheck log verify”随时复核。", "small"))
    return out
