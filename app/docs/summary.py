"""抽查工作总结报告: the summary of one plan's campaign for the bureau's leadership, in the official layout.

Masthead, title and body as the other documents (app.docs.layout: GB/T 9704 page, 仿宋 body, 黑体
headings, "— 1 —" page numbers); the eight parts in the order a leadership report reads: the plan, how
it was drawn, completion against the deadlines, results with a chart, problems and measures, what the
districts reported, voids/alternates/replacements, and the audit log. Everything comes from one
read (app.docs.summary_data) made after every drawn draw of the plan passed the tamper check, so a
database edited behind the program's back prints no summary.
"""
from __future__ import annotations

import functools
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, Paragraph

from app.docs import layout as L
from app.docs import summary_sections as S
from app.docs.data import cn_date, setting
from app.docs.notices import RedRule
from app.docs.summary_data import SummaryData, plan_draws, read_summary
from app.draw.plans import get_plan
from app.errors import StateError
from app.files import atomic_path, remove_stale_temporaries
from app.integrity import require_sound
from app.progress import CancelFn, ProgressFn, check_cancel, report

W = L.TEXT_W
TITLE = "抽查工作总结报告"
SECTIONS = ("一、抽查计划", "二、抽取情况", "三、完成情况", "四、检查结果", "五、发现的问题和处置措施",
            "六、各区市反映的问题", "七、作废、替补和人员更换", "八、审计日志")
CANCELLED = "已取消生成总结报告：未写入任何文件。"


def write_summary_pdf(plan_id: int, out_path, *, progress: ProgressFn | None = None,
                      cancel: CancelFn | None = None) -> Path:
    """Write the summary report of plan `plan_id` to out_path (temporary name, then rename); returns the path.

    Raises IntegrityError (nothing written) when a drawn draw of the plan fails the tamper check, and
    StateError when the plan has no drawn draw yet."""
    plan = get_plan(plan_id)
    drawn, _ = plan_draws(plan)
    if not drawn:
        raise StateError(f"抽查计划“{plan.title}”还没有完成的抽取，无法生成总结报告。")
    steps = len(drawn) + 3
    for n, draw in enumerate(drawn):
        check_cancel(cancel, CANCELLED)
        report(progress, n, steps, f"正在校验第 {draw.draw_no} 次抽取的数据完整性…")
        require_sound(draw.draw_no)   # IntegrityError names what differs; nothing is written
    check_cancel(cancel, CANCELLED)
    report(progress, len(drawn), steps, "正在汇总抽查数据…")
    data = read_summary(plan_id)
    check_cancel(cancel, CANCELLED)
    report(progress, len(drawn) + 1, steps, "正在排版总结报告…")
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(out_path.parent)   # what a killed run left
    with atomic_path(out_path) as tmp:
        L.make_doc(str(tmp), title=f"{plan.title}{TITLE}", author=setting("bureau_name")).build(summary_story(data))
        check_cancel(cancel, CANCELLED)   # atomic_path removes the temporary on the way out
    report(progress, steps, steps, f"已生成总结报告：{out_path.name}")
    return out_path


def report_title(data: SummaryData) -> str:
    return f"关于{data.plan.title}工作情况的报告"


def summary_story(data: SummaryData) -> list:
    plan, totals = data.plan, data.stats.totals
    bureau = setting("bureau_name")
    story = [L.para(bureau, "masthead"), RedRule(W), L.vspace(0.5), L.para(report_title(data), "title")]
    number = f"（{plan.number}）" if plan.number else ""
    story.append(L.para(
        f"按照《{plan.title}》{number}的部署，本局于{cn_date(plan.start)}至{cn_date(plan.end)}组织实施了本次"
        f"“双随机、一公开”抽查。共完成随机抽取 {len(data.draws)} 次，抽取检查对象 "
        f"{sum(p.inspections for p in data.draws)} 户；截至{cn_date(data.progress.today)}，已录入检查结果 "
        f"{totals.entered} 户，其中发现问题 {totals.with_problem} 户。现将有关情况报告如下。", "body"))
    parts = [S.plan_part, S.draw_part, S.progress_part, S.results_part, S.measures_part, S.problems_part,
             S.changes_part, S.audit_part]
    for title, part in zip(SECTIONS, parts, strict=True):
        story.append(Paragraph(L.text(title), _section_style()))
        story += part(data)
    story.append(KeepTogether([L.vspace(1.5), L.para(bureau, "right"), L.para(cn_date() + "　　", "right")]))
    return story


@functools.cache
def _section_style() -> ParagraphStyle:
    """一、… headings: 黑体, indented two characters like the body (GB/T 9704 structure levels), kept with
    what follows so no heading ends a page."""
    return ParagraphStyle("summary-section", parent=L.styles()["heading"], firstLineIndent=2 * L.BODY_SIZE,
                          spaceBefore=L.LINE_PITCH * 0.4, keepWithNext=1)

