"""The eight parts of the summary report (app.docs.summary): each takes the SummaryData, returns flowables.

Tables are app.docs.layout.grid_table: ruled, split across pages between rows, the header repeated.
Digests are set in the monospaced face so they can be compared character by character with the records.
"""
from __future__ import annotations

from fractions import Fraction

from reportlab.lib.units import mm

from app.docs import layout as L
from app.docs.charts import bar_chart
from app.docs.data import cn_date, item_label
from app.docs.summary_data import SummaryData
from app.draw.models import Task
from app.packages.layout import PROBLEM_COLUMNS

W = L.TEXT_W
NONE = "无。"
DEADLINE_NAMES = {"start": "抽查开始", "fetch_list": "获取检查对象名单", "match": "完成检查人员匹配",
                  "due": "完成检查和结果录入", "end": "抽查结束", "span": "开始至完成录入的工作日数"}
STEP_NAMES = (("inspections", "检查对象"), ("issued", "已下发"), ("matched", "已匹配"), ("notified", "已通知"),
              ("inspected", "已检查"), ("entered", "已录入"), ("reviewed", "已审核"), ("overdue", "逾期"))


def _head(*labels: str) -> list:
    return L.cells(labels, "cellhead")


def _sub(title: str):
    return L.para(title, "smallhead")


def _mono(value) -> object:
    return L.para(value or "—", "mono")


def _kv(pairs: list[tuple[str, object]]):
    rows = [[L.para(label, "cellhead"), value if hasattr(value, "wrapOn") else L.para(value, "cell")]
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
        items = "；".join(item_label(i) for i in t.items or [])
        rows.append(L.cells([t.code, t.name, t.register_name, ratio_text(t), items]))
    out += [_sub("抽查任务"), L.grid_table(rows, [12 * mm, 36 * mm, 36 * mm, 24 * mm, W - 108 * mm])]
    if plan.conditional_items:
        rows = [_head("附加检查事项", "适用条件")]
        for c in plan.conditional_items:
            rows.append(L.cells([c.get("item", ""), c.get("condition", "")]))
        out += [_sub("按条件附加的检查事项"), L.grid_table(rows, [W * 0.45, W * 0.55])]
    return out


def _selected_by_stratum(task_record: dict) -> dict[str, int]:
    counts: dict[str, int] = {}
    for e in task_record.get("selected") or []:
        counts[e.get("stratum", "")] = counts.get(e.get("stratum", ""), 0) + 1
    return counts


def draw_part(data: SummaryData) -> list:
    out: list = []
    for part in data.draws:
        draw, rec = part.draw, part.draw.record or {}
        out.append(_sub(f"第 {draw.draw_no} 次抽取"))
        out.append(_kv([("承诺时间", draw.committed_at), ("抽取时间", draw.drawn_at or ""),
                        ("承诺值 commitment", _mono(rec.get("commitment") or draw.commitment)),
                        ("随机种子 seed", _mono(rec.get("seed") or draw.seed)),
                        ("抽取记录 SHA-256", _mono(draw.record_sha256)),
                        ("抽取户数", f"{part.inspections} 户（多个任务抽中同一对象的合并为一户）")]))
        rows = [_head("序号", "见证人", "单位", "身份", "提供的随机数字")]
        for i, w in enumerate(rec.get("witnesses") or draw.witnesses or [], 1):
            rows.append(L.cells([i, w.get("name", ""), w.get("unit", ""), w.get("role", ""), _mono(w.get("input"))]))
        out += [_sub("见证人"), L.grid_table(rows, [10 * mm, 22 * mm, 40 * mm, 22 * mm, W - 94 * mm])]
        rows = [_head("任务", "层（区市）", "名录户数", "应抽户数", "抽中户数")]
        tasks = rec.get("tasks") or (draw.commit_data or {}).get("tasks") or []
        for t in tasks:
            chosen = _selected_by_stratum(t)
            for s in t.get("strata") or [{"stratum": "全市", "size": t.get("frame_size"), "quota": None}]:
                name = s.get("stratum") or "全市"
                got = chosen.get(s.get("stratum", ""), 0) if t.get("strata") else len(t.get("selected") or [])
                rows.append(L.cells([t.get("code", ""), name, s.get("size", ""), s.get("quota", "—"), got]))
            rows.append(L.cells([t.get("code", ""), "合计", t.get("frame_size", ""),
                                 sum(int(s.get("quota") or 0) for s in t.get("strata") or []) or "—",
                                 len(t.get("selected") or [])], "cellhead"))
        out += [_sub("各任务各层的名录户数和抽取户数"), L.grid_table(rows, [W * 0.16, W * 0.27, W * 0.19, W * 0.19, W * 0.19])]
        if part.match is not None and part.match.status == "matched":
            m = part.match
            out += [_sub(f"第 {draw.draw_no} 次抽取的检查人员随机匹配"),
                    _kv([("匹配时间", m.matched_at or ""), ("每组人数", f"{m.team_size} 人"),
                         ("匹配承诺值", _mono(m.commitment)), ("匹配种子 mseed", _mono(m.mseed))])]
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
        rows.append(L.cells([dp.district] + [counts[name] for name, _ in STEP_NAMES]))
    totals = prog.totals.as_dict()
    rows.append(L.cells(["合计"] + [totals[name] for name, _ in STEP_NAMES], "cellhead"))
    out += [_sub("各区市完成情况（户）"), L.grid_table(rows, widths)]
    out.append(L.para("逾期：已过完成检查和录入时限仍未录入结果，或已过匹配时限仍未完成匹配的检查对象。", "small"))
    return out


def _percent(share: float | None) -> str:
    return "—" if share is None else f"{share * 100:.1f}%"


def results_part(data: SummaryData) -> list:
    t = data.tally
    out = [L.para(f"本次抽查检查对象共 {t.inspections} 户，已录入检查结果 {t.with_result} 户（其中已审核 "
                  f"{t.reviewed} 户），发现问题 {t.with_problem} 户，占已录入户数的 {_percent(t.problem_share)}。",
                  "body")]
    out += [_sub("检查结果分类统计（户）"),
            bar_chart(t.categories, W, legend=("属于发现问题", "未发现问题或无需检查"))]
    rows = [_head("检查结果", "户数", "是否属于发现问题", "占已录入户数")]
    for name, n, problem in t.categories:
        rows.append(L.cells([name, n, "是" if problem else "否",
                             _percent(n / t.with_result if t.with_result else None)]))
    out.append(L.grid_table(rows, [W * 0.52, W * 0.14, W * 0.18, W * 0.16]))
    out.append(L.para("注：同一户的多个检查事项结果不同的，分别计入各项结果；每项结果每户只计一次。", "small"))
    return out


def measures_part(data: SummaryData) -> list:
    t = data.tally
    rows = [_head("后续处置措施", "户数")]
    for name, n in t.measures:
        rows.append(L.cells([name, n]))
    out = [_sub("采取后续处置措施的情况"), L.grid_table(rows, [W * 0.7, W * 0.3])]
    out.append(_sub(f"尚待后续处理的检查对象（{len(t.open_followups)} 户）"))
    if not t.open_followups:
        return out + [L.para(NONE, "small")]
    rows = [_head("区市", "检查对象", "处置措施", "处置情况")]
    for f in t.open_followups:
        who = [_mono(f["key"]), L.para(f["name"], "cell")]
        rows.append(L.cells([f["district"], who, f["measures"] or "（未填）", f["text"] or "—"]))
    return out + [L.grid_table(rows, [18 * mm, 56 * mm, 30 * mm, W - 104 * mm])]


def problems_part(data: SummaryData) -> list:
    if not data.problems:
        return [L.para("各区市报回的工作包中未填报抽查中遇到的问题。", "small")]
    labels = PROBLEM_COLUMNS[1:]
    rows = [_head("区市", *labels)]
    for p in data.problems:
        rows.append(L.cells([p.district or "—"] + [p.row.get(label, "") for label in labels]))
    out = [L.grid_table(rows, [16 * mm, 20 * mm, W - 120 * mm, 30 * mm, 36 * mm, 18 * mm])]
    files = sorted({p.file_name for p in data.problems if p.file_name})
    if files:
        out.append(L.para("来源：" + "、".join(files), "small"))
    return out


def changes_part(data: SummaryData) -> list:
    out = [_sub("作废的抽取")]
    if data.voided:
        rows = [_head("抽取编号", "作废时间", "作废原因")]
        for d in data.voided:
            rows.append(L.cells([f"第 {d.draw_no} 次", d.voided_at or "", d.void_reason or ""]))
        out.append(L.grid_table(rows, [24 * mm, 44 * mm, W - 68 * mm]))
    else:
        out.append(L.para(NONE, "small"))
    out.append(_sub("使用替补"))
    if data.alternates:
        rows = [_head("任务", "层", "换下的对象", "替补对象", "替补序", "原因", "时间")]
        for a in data.alternates:
            rows.append(L.cells([a.task_code, a.stratum, _mono(a.out_key), _mono(a.in_key), a.rank, a.reason,
                                 a.at[:16].replace("T", " ")]))
        out.append(L.grid_table(rows, [11 * mm, 15 * mm, 32 * mm, 32 * mm, 12 * mm, W - 124 * mm, 22 * mm]))
    else:
        out.append(L.para(NONE, "small"))
    out.append(_sub("检查人员更换和补充"))
    if data.replacements:
        rows = [_head("检查对象", "换下", "换上", "原因", "批准人", "时间")]
        for _draw_no, r, names in data.replacements:
            out_person = f"{names.get(r.out_cert, '')} {r.out_cert}".strip() if r.out_cert else "（补充人员）"
            rows.append(L.cells([_mono(r.key), out_person, f"{names.get(r.in_cert, '')} {r.in_cert}".strip(),
                                 r.reason, r.approver, r.at[:16].replace("T", " ")]))
        out.append(L.grid_table(rows, [32 * mm, 24 * mm, 24 * mm, W - 118 * mm, 16 * mm, 22 * mm]))
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
