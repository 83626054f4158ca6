"""README.txt of a campaign archive: what is inside and how to check it, in Chinese, for a reader who
has only the disc (maybe years later, maybe without this program)."""
from __future__ import annotations

from app.publish import archive_layout as A


def readme_text(plan, draws, names: list[str], extras: list[str]) -> bytes:
    draw_lines = []
    for d in draws:
        state = "已完成" if d.status == "drawn" else f"已作废（理由：{d.void_reason or '—'}）"
        draw_lines.append(f"  第 {d.draw_no} 号抽取：{state}，文件在 {A.draw_dir(d.draw_no)}/")
    returned = [n for n in names if n.startswith("returned/") and n != A.RETURNED_INDEX]
    extra_lines = [f"  {n}" for n in extras] or ["  （无）"]
    first = A.draw_dir(draws[0].draw_no)
    lines = [
        f"双随机抽查归档（{A.FORMAT}）",
        "",
        f"抽查计划：{plan.title}" + (f"（{plan.number}）" if plan.number else ""),
        f"计划编号：{plan.id}；实施期间：{plan.start} 至 {plan.end}",
        "",
        "一、归档内容",
        *draw_lines,
        "  每个抽取目录中：",
        f"    {A.COMMITMENT}、commitment-sheet.pdf：抽取承诺（抽取前冻结的名录摘要、比例和承诺值）及打印的承诺单",
        f"    {A.FRAMES_DIR}/frame-任务代码.txt：各任务的抽取范围，与计算摘要时的文本逐字节相同",
        f"    {A.DRAW_RECORD}、draw-record.pdf：抽取记录（规范 JSON，其 SHA-256 即打印件上的记录摘要）及打印件",
        f"    {A.CURRENT_MATCH}/：检查人员随机匹配，含 {A.MATCH_RECORD}（当前修订）及打印件 match-record.pdf、",
        f"        {A.ROSTER}（人员名单）、{A.AVOID}（回避名单）、match-commitment.pdf（匹配承诺单）",
        "    match-void-编号/：已作废的匹配承诺（如有）",
        f"  {A.PLAN}：抽查计划及其任务（含原始计划文件文本）",
        f"  returned/：各区交回的结果文件，与导入时收到的文件逐字节相同（共 {len(returned)} 个）；",
        f"      {A.RETURNED_INDEX} 列出每个文件的导入批次和 SHA-256",
        f"  {A.EXPORTS}：每次结果公示导出的记录（导出的行、文件名和 SHA-256；导出文件本身未保存）",
        f"  {A.AUDIT_LOG}：全部审计日志，每行一条，含链字段 prev_hash 和 hash",
        f"  {A.ANCHOR}：审计日志锚点（数据库旁锚点文件记载的条数和链头）",
        f"  {A.VERIFIER}：独立的抽取记录验算程序（只用 Python 标准库）",
        f"  {A.SPEC_DIR}/：抽取规范 SPOTCHECK-DRAW-1 和匹配规范 SPOTCHECK-MATCH-1",
        f"  {A.MANIFEST_JSON}、{A.MANIFEST_SHA}：全部文件的 SHA-256 清单",
        "  附加文件：",
        *extra_lines,
        "",
        "二、如何核对",
        "1. 文件是否完整、未被改动：解压后在解压目录中运行",
        f"     sha256sum -c {A.MANIFEST_SHA}",
        f"   （Windows 可用 certutil -hashfile 文件名 SHA256 逐个对照）。{A.MANIFEST_SHA} 也列出了 {A.MANIFEST_JSON}。",
        "   清单以外多出的文件不属于本归档。",
        "2. 抽取是否可以重新计算：安装 Python 3.8 以上版本后运行",
        f"     python3 {A.VERIFIER} {first}/{A.DRAW_RECORD} {first}/{A.FRAMES_DIR}",
        "   逐项输出 PASS/FAIL：承诺值、种子、各层抽取数、每个签号、排列顺序、任务合并，",
        "   以及按抽取范围文件重新抽取的结果。",
        f"   注意：{A.VERIFIER} 只能验算抽取，不能验算检查人员匹配。",
        f"   匹配记录请按 {A.SPEC_DIR}/spec-match-1.md 的规则验算，",
        f"   或使用本程序：spotcheck verify {first}/{A.CURRENT_MATCH}/{A.MATCH_RECORD}",
        "3. 用本程序一次核对整个归档（不需要数据库）：",
        "     spotcheck verify-archive 本文件.zip",
        "   核对清单和每个文件的 SHA-256、审计日志的哈希链及锚点，重新计算归档中的每一次抽取和匹配，",
        "   并核对抽取记录、匹配记录和交回文件与审计日志中记载的摘要一致；逐项说明哪一个文件不符。",
        "4. 审计日志每条的 hash = SHA-256(\"SPOTCHECK-LOG-1|编号|时间|操作人|操作|payload|prev_hash\")，",
        "   payload 为键名排序、无空格的 UTF-8 JSON；第一条的 prev_hash 为 64 个 0。",
        "",
    ]
    # CRLF and a BOM: Notepad on an old Windows shows it right.
    return ("\ufeff" + "\r\n".join(lines)).encode("utf-8")
