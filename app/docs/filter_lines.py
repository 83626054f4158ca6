"""The lines the commitment sheet, the draw record and a notice print for targeted and risk tasks.

Everything comes from the task entries the draw froze (commit_data / record tasks): `filter_text`,
`risk_class`, `risk_task`, `ratio`, `frame_size` and the strata (app.draw.describe.committed_filter).
A plan without such tasks prints nothing more.
"""
from __future__ import annotations

from app.docs import layout as L
from app.draw.describe import ratio_percent
from app.draw.risk import class_label


def _quota(task: dict) -> int:
    return sum(int(s.get("quota") or 0) for s in task.get("strata") or [])


def risk_lines(tasks: list[dict]) -> list[str]:
    """One line per class: "T1-A  A类（低风险）  比例 1%：抽取范围 149 户，应抽 4 户"."""
    out = []
    for t in tasks:
        if t.get("risk_class"):
            district = ((t.get("filter") or {}).get("risk") or {}).get("district")
            where = f"（{district}）" if district else ""
            out.append(f"{t['code']}　{class_label(t['risk_class'])}{where}　比例 {ratio_percent(t.get('ratio', ''))}："
                       f"抽取范围 {t.get('frame_size', 0)} 户，应抽 {_quota(t)} 户")
    return out


def filter_flowables(tasks: list[dict]) -> list:
    """The heading and paragraphs for the sheets ([] when no task has a filter sentence)."""
    story: list = []
    classes = risk_lines(tasks)
    if classes:
        story += [L.para("按信用风险分类设定的抽查比例（每一分类为一个子任务）", "smallhead")]
        story += [L.para(line, "small") for line in classes]
    texts = [t for t in tasks if t.get("filter_text")]
    if texts:
        story += [L.para("抽取范围的筛选条件（抽取范围按名录版本和以下条件重新计算即可核对）", "smallhead")]
        story += [L.para(f"{t['code']}：{t['filter_text']}", "small") for t in texts]
    return story


def notice_risk_line(inspection_tasks: list[str], record_tasks: list[dict]) -> str:
    """One short sentence for a notice: "本次按信用风险分类抽取：B类（一般风险），抽查比例 2%。" ("" if none)."""
    by_code = {t.get("code"): t for t in record_tasks}
    parts = []
    for code in inspection_tasks:
        t = by_code.get(code) or {}
        if t.get("risk_class"):
            parts.append(f"{class_label(t['risk_class'])}，抽查比例 {ratio_percent(t.get('ratio', ''))}")
    return f"本次按信用风险分类抽取：{'；'.join(parts)}。" if parts else ""
