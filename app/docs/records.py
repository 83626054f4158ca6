"""The printed proofs of a draw and a match: commitment sheet, draw record, match record.

Content comes from the JSON the draw and match stages froze (Draw.commit_data,
Draw.record, Match.record), so the paper says exactly what the machine-readable
record says. Long tables split across pages and repeat their header; digests
are set in a monospaced face so a reader can compare them character by character.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Table, TableStyle

from app import audit
from app.docs import layout as L
from app.docs.data import common_fields, inspector_names, item_label, setting
from app.docs.filter_lines import filter_flowables
from app.docs.longgrid import LongGrid, PageBudget
from app.docs.official import Masthead
from app.docs.record_lists import budget as list_budget
from app.docs.record_lists import digest_line
from app.docs.templates import render_template
from app.draw.plan_options import self_matching
from app.files import atomic_path
from app.match.spec import match_commit_text

W = L.TEXT_W
# The technical appendix of a record: the Chinese terms printed on it and the field names in its JSON file.
FIELD_NAMES_HEADING = "技术附录：记录文件中的字段名"
DRAW_RECORD_FIELDS = (("承诺值", "commitment"), ("随机种子", "seed"), ("签号", "ticket"), ("见证人", "witnesses"),
                      ("抽中的检查对象", "selected"), ("替补对象", "alternates"), ("承诺时日志链头", "log_head"),
                      ("规范", "spec"))
MATCH_RECORD_FIELDS = (("匹配承诺值", "match_commitment"), ("匹配种子", "mseed"), ("见证人", "witnesses"),
                       ("人员名单摘要", "roster_digest"), ("回避名单摘要", "avoid_digest"),
                       ("检查组", "assignments"), ("人员调整", "replacements"), ("修订次数", "revision"),
                       ("规范", "spec"))


def _get(d, key, default=""):
    value = d.get(key) if isinstance(d, dict) else None
    return default if value is None else value


def _mono(value) -> Paragraph:
    return L.para(value, "mono")


def _ratio_text(task: dict) -> str:
    ratio = _get(task, "ratio")
    if isinstance(ratio, str) and ratio.startswith("n="):
        return f"固定 {ratio[2:]} 户"
    if ratio:
        return str(ratio)
    if task.get("count") is not None:
        return f"固定 {task['count']} 户"
    if task.get("ratio_p") is not None:
        return f"{task['ratio_p']}/{task['ratio_q']}"
    return ""


def _kv_table(pairs: list[tuple[str, object]], mono_keys=()) -> Table:
    rows = []
    for label, value in pairs:
        cell = _mono(value) if label in mono_keys else L.para(value, "cell")
        rows.append([L.para(label, "cellhead"), cell])
    return L.grid_table(rows, [W * 0.26, W * 0.74], header_rows=0)


def _task_table(tasks: list[dict]) -> Table:
    rows = [L.cells(["任务", "名称", "名录库（版本）", "比例", "名录户数", "名录摘要 SHA-256"], "cellhead")]
    for t in tasks:
        register = _get(t, "register")
        if t.get("register_version") not in (None, ""):
            register = f"{register}（第 {t['register_version']} 版）"
        rows.append(L.cells([_get(t, "code"), _get(t, "name"), register, _ratio_text(t),
                             _get(t, "frame_size"), _mono(_get(t, "frame_digest"))]))
    return L.grid_table(rows, [12 * mm, 30 * mm, 32 * mm, 16 * mm, 16 * mm, W - 106 * mm])


def _strata_table(tasks: list[dict]) -> Table | None:
    rows = [L.cells(["任务", "层（区市）", "名录户数", "应抽户数"], "cellhead")]
    for t in tasks:
        for s in t.get("strata") or []:
            rows.append(L.cells([_get(t, "code"), _get(s, "stratum"), _get(s, "size"), _get(s, "quota")]))
    if len(rows) == 1:
        return None
    return L.grid_table(rows, [W * 0.2, W * 0.4, W * 0.2, W * 0.2])


def _witness_table(witnesses: list[dict], with_input: bool = True) -> Table:
    head = ["序号", "姓名", "单位", "身份"] + (["随机数字"] if with_input else []) + ["签字"]
    rows = [L.cells(head, "cellhead")]
    for i, w in enumerate(witnesses, 1):
        row = [i, _get(w, "name"), _get(w, "unit"), _get(w, "role", "见证人")]
        if with_input:
            row.append(_mono(_get(w, "input")))
        rows.append(L.cells(row + [""]))
    if with_input:
        widths = [10 * mm, 22 * mm, 40 * mm, 18 * mm, W - 115 * mm, 25 * mm]
    else:
        widths = [10 * mm, 30 * mm, 55 * mm, 25 * mm, W - 120 * mm]
    # Without the digits column the table is the signature sheet: leave room to sign.
    return L.grid_table(rows, widths, body_row_height=None if with_input else 12 * mm)


def _blank_witness_table(count: int = 3) -> Table:
    rows = [L.cells(["序号", "姓名", "单位", "身份", "签字"], "cellhead")]
    for i in range(1, count + 1):
        rows.append(L.cells([i, "", "", "", ""]))
    return L.grid_table(rows, [10 * mm, 30 * mm, 55 * mm, 25 * mm, W - 120 * mm], body_row_height=12 * mm)


def _digest_block(label: str, digest: str, note: str) -> KeepTogether:
    """A QR code of the digest beside the digest in monospace."""
    if not digest:
        return KeepTogether([L.para(f"{label}：（尚未生成）", "small")])
    side = Table([[L.qr_code(digest, 28 * mm),
                   [L.para(label, "smallhead"), _mono(digest), L.para(note, "small")]]],
                 colWidths=[32 * mm, W - 32 * mm])
    side.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether([side])


def _audit_head_now() -> str:
    try:
        return audit.head()
    except Exception:
        return ""


def _plan_pairs(draw) -> list[tuple[str, object]]:
    plan = draw.plan
    pairs: list[tuple[str, object]] = [
        ("抽查计划", plan.title), ("计划文号", plan.number or "（无）"),
        ("检查期间", f"{plan.start} 至 {plan.end}（检查及录入完成时限 {plan.due}）")]
    own = self_matching(plan)      # fixed with the plan before the draw (spec-match-1 section 13)
    if own:
        pairs.append(("区市自行匹配", f"{'、'.join(own)}（在本区市的程序中匹配检查人员；其余区市由市局匹配）"))
    return pairs + [("抽取编号", f"第 {draw.draw_no} 次抽取")]


def _lines(texts: list[str]) -> list:
    """One paragraph per line in a cell: a line that fills the cell exactly and then a line break
    made reportlab leave an empty line under a team leader."""
    return [L.para(t, "cell") for t in texts]


def _institution_text(value) -> str:
    """An `institution` of the match record (one object per service; a list for several) as printed."""
    entries = [value] if isinstance(value, dict) else list(value or [])
    names = [e.get("name") or e.get("key") or "（无机构提供该服务）" for e in entries]
    if len(entries) > 1:
        names = [f"{e.get('service', '')}：{n}" for e, n in zip(entries, names)]
    return "\n".join(names)


def _heading(value) -> Paragraph:
    return L.para(value, "smallhead")


def _build(path: Path, title: str, story: list) -> Path:
    """Render into a temporary beside `path` (fsync, rename): a kill leaves the old PDF or none.
    No stale-temporary cleanup here: app.docs.service passes its own staged temporaries as `path`."""
    path = Path(path)
    with atomic_path(path) as tmp:
        L.make_doc(str(tmp), title=title).build(story)
    return path


def official_head(title: str) -> list:
    """A sheet's head with the notices' GB/T 9704 版头 (标志 and red rule; no 文号: the sheet has
    none) when the bureau's name is set; the title alone otherwise (a sheet printed at the
    commitment must not wait for the 机关信息)."""
    bureau = str(setting("bureau_name") or "").strip()
    head = [Masthead(bureau), L.vspace(2)] if bureau else []
    return head + [L.para(title, "title")]


def _voided_lines(voided: list[dict]) -> list:
    if not voided:
        return []
    out = [_heading("已作废的抽取")]
    for v in voided:
        out.append(L.para(f"第 {_get(v, 'draw_no')} 次抽取作废，原因：{_get(v, 'reason')}", "small"))
    return out


def write_commitment_sheet_pdf(draw, path) -> Path:
    """抽取承诺单: printed at commit, before any seed exists; witnesses sign it."""
    data = draw.commit_data or {}
    tasks = data.get("tasks") or []
    story = official_head("随机抽取承诺单")
    story.append(_kv_table(_plan_pairs(draw) + [
        ("承诺时间", draw.committed_at),
        ("承诺时审计日志链头", _get(data, "log_head", draw.log_head)),
    ], mono_keys=("承诺时审计日志链头",)))
    story += [_heading("抽查任务与名录"), _task_table(tasks)]
    strata = _strata_table(tasks)
    if strata is not None:
        story += [_heading("各层名录户数与应抽户数"), strata]
    story += filter_flowables(tasks)
    story.append(_heading("承诺值"))
    story.append(_digest_block("承诺值（SHA-256）", draw.commitment,
                               "抽取完成后，任何人可按公开的 SPOTCHECK-DRAW-1 规则由抽取记录重新计算此值核对。"))
    if data.get("commit_text"):
        story += [_heading("承诺原文（对此文本按 UTF-8 计算 SHA-256 即得承诺值）"), _mono(data["commit_text"])]
    story.append(_heading("说明"))
    story.append(L.para(render_template("commitment", _text_fields(draw)), "small"))
    if data.get("alternate_rule"):
        story += [_heading("替补规则"), L.para(data["alternate_rule"], "small")]
    story += [_heading("见证人签字"), _blank_witness_table(3)]
    return _build(path, "随机抽取承诺单", story)


def _text_fields(draw) -> dict:
    return common_fields(draw)


def _ticket_rows(entries: list[dict], with_rank: bool, budget: PageBudget | None = None) -> LongGrid:
    head = ["序号", "层", "统一社会信用代码 / 名称", "签号（SHA-256）"] + (["替补序"] if with_rank else [])

    def row(i: int, e: dict) -> list:
        who = [_mono(_get(e, "key")), L.para(_get(e, "name"), "cell")]
        return L.cells([i + 1, _get(e, "stratum"), who, _mono(_get(e, "ticket"))]
                       + ([_get(e, "rank")] if with_rank else []))
    if with_rank:
        widths = [10 * mm, 18 * mm, W - 100 * mm, 60 * mm, 12 * mm]
    else:
        widths = [10 * mm, 18 * mm, W - 88 * mm, 60 * mm]
    return LongGrid(L.cells(head, "cellhead"), entries, row, widths, budget=budget)


def _inspection_table(inspections: list[dict], budget: PageBudget | None = None) -> LongGrid:
    def row(i: int, s: dict) -> list:
        item_text = "；".join(_item_label(x) for x in s.get("items") or [])
        return L.cells([i + 1, _get(s, "district"), [_mono(_get(s, "key")), L.para(_get(s, "name"), "cell")],
                        "、".join(s.get("tasks") or []), item_text])
    return LongGrid(L.cells(["序号", "区市", "统一社会信用代码 / 名称", "任务", "检查事项"], "cellhead"),
                    inspections, row, [10 * mm, 18 * mm, 60 * mm, 14 * mm, W - 102 * mm], budget=budget)


def _item_label(item) -> str:
    return item_label(item)


def write_draw_record_pdf(draw, path, *, full: bool = False, digests: dict[str, str] | None = None) -> Path:
    """随机抽取记录: witnesses, seed, every task's selection and alternates, the merged inspections.

    The lists take at most the setting record_list_page_limit pages in all unless `full`
    (app.docs.record_lists); each is followed by its row count and SHA-256 either way
    (`digests`: app.draw.list_digests.list_digests, when the caller has them already)."""
    rec = draw.record or {}
    budget = list_budget(full)
    tasks = rec.get("tasks") or (draw.commit_data or {}).get("tasks") or []
    story = [L.para("随机抽取记录", "title")]
    story.append(_kv_table(_plan_pairs(draw) + [
        ("承诺时间", draw.committed_at), ("抽取时间", draw.drawn_at or ""),
        ("承诺值", _get(rec, "commitment", draw.commitment)),
        ("随机种子", _get(rec, "seed", draw.seed or "")),
        ("承诺时日志链头", _get(rec, "log_head", draw.log_head)),
        ("抽取后日志链头", _get(rec, "log_head_after", draw.log_head_after or "")),
    ], mono_keys=("承诺值", "随机种子", "承诺时日志链头", "抽取后日志链头")))
    story += [_heading("见证人及其提供的随机数字（按签字顺序）"),
              _witness_table(rec.get("witnesses") or draw.witnesses or [])]
    story += [_heading("抽查任务与名录"), _task_table(tasks)]
    strata = _strata_table(tasks)
    if strata is not None:
        story += [_heading("各层名录户数与抽取户数"), strata]
    story += filter_flowables(tasks)
    for n, t in enumerate(tasks):
        story.append(_heading(f"任务 {_get(t, 'code')}（{_get(t, 'name')}）抽中的检查对象，按层及签号排列"))
        story.append(_ticket_rows(t.get("selected") or [], False, budget))
        story.append(digest_line(t.get("selected") or [], f"tasks[{n}].selected", digests))
        if t.get("alternates"):
            story.append(_heading(f"任务 {_get(t, 'code')} 的替补对象"))
            story.append(_ticket_rows(t["alternates"], True, budget))
            story.append(digest_line(t["alternates"], f"tasks[{n}].alternates", digests))
    story += [_heading("合并后的检查对象（同一对象被多个任务抽中的，检查全部相关事项）"),
              _inspection_table(rec.get("inspections") or [], budget),
              digest_line(rec.get("inspections") or [], "inspections", digests)]
    if rec.get("alternate_rule"):
        story += [_heading("替补规则"), L.para(rec["alternate_rule"], "small")]
    story += _voided_lines(rec.get("voided") or [])
    story += [_heading("如何自行验算签号"), L.para(render_template("draw-record", _text_fields(draw)), "small")]
    story.append(_digest_block("本记录 draw-record.json 的 SHA-256", draw.record_sha256 or "",
                               "扫描二维码或对照公开的 draw-record.json 计算其 SHA-256，两者一致即记录未被改动。"))
    story.append(L.markup(f"打印时审计日志链头：{L.mono_run(_audit_head_now(), 8)}", "small"))
    story += _field_names("draw-record.json", DRAW_RECORD_FIELDS)
    story += [_heading("见证人签字"), _witness_table(rec.get("witnesses") or draw.witnesses or [], False)]
    return _build(path, "随机抽取记录", story)


def scope_pairs(scope: dict | None) -> list[tuple[str, str]]:
    """One line saying what a scoped match covers (docs/spec-match-1.md sections 12 and 13); none unscoped."""
    if not scope:
        return []
    if scope.get("excluded_districts"):
        return [("匹配范围", f"除区市自行匹配的{'、'.join(scope['excluded_districts'])}以外各区市的检查对象")]
    return [("匹配范围", f"市局共享的{scope.get('district', '')}检查对象")]


def write_match_record_pdf(match, path) -> Path:
    """随机匹配记录: pools, teams (leader first), short inspections, replacements."""
    rec = match.record or {}
    names = inspector_names(match)
    draw = match.draw
    story = [L.para("执法检查人员随机匹配记录", "title")]
    story.append(_kv_table(_plan_pairs(draw) + [
        ("每组人数", _get(rec, "team_size", match.team_size)),
        ("匹配日期", match.match_date), ("匹配时间", match.matched_at or ""),
        ("抽取记录 SHA-256", _get(rec, "draw_record_sha256", match.draw_record_sha256)),
        ("人员名单摘要", _get(rec, "roster_digest", match.roster_digest)),
        ("回避名单摘要", _get(rec, "avoid_digest", match.avoid_digest)),
        ("匹配承诺值", _get(rec, "match_commitment", match.commitment)),
        ("匹配种子", _get(rec, "mseed", match.mseed or "")),
        ("匹配后日志链头", _get(rec, "log_head_after", match.log_head_after or "")),
    ] + scope_pairs(rec.get("scope")), mono_keys=("抽取记录 SHA-256", "人员名单摘要", "回避名单摘要", "匹配承诺值",
                                                  "匹配种子", "匹配后日志链头")))
    story += [_heading("见证人及其提供的随机数字"), _witness_table(rec.get("witnesses") or match.witnesses or [])]
    pools = rec.get("pools") or []
    if pools:
        rows = [L.cells(["人员池（区市）", "可匹配人数", "检查对象数", "每人上限", "上限调整"], "cellhead")]
        for p in pools:
            raised = p.get("raised_from")
            rows.append(L.cells([_get(p, "district"), _count(p.get("inspectors")), _count(p.get("inspections")),
                                 _get(p, "cap"), f"由 {raised} 提高" if raised not in (None, "", []) else "—"]))
        story += [_heading("人员池"), L.grid_table(rows, [W * 0.28, W * 0.18, W * 0.18, W * 0.16, W * 0.2])]
    rows = [L.cells(["序号", "区市", "统一社会信用代码 / 名称", "检查组（组长在前）", "第三方机构"], "cellhead")]
    for i, a in enumerate(rec.get("assignments") or [], 1):
        team = [f"{names.get(c, '')} {c}".strip() for c in a.get("inspectors") or []]
        if team:
            team[0] += "（组长）"
        rows.append(L.cells([i, _get(a, "district"), [_mono(_get(a, "key")), L.para(_get(a, "name"), "cell")],
                             _lines(team), _institution_text(a.get("institution"))]))
    story += [_heading("匹配结果"), L.grid_table(rows, [10 * mm, 16 * mm, 48 * mm, W - 102 * mm, 28 * mm])]
    if rec.get("short"):
        rows = [L.cells(["统一社会信用代码", "区市", "已匹配", "需要"], "cellhead")]
        for s in rec["short"]:
            rows.append(L.cells([_mono(_get(s, "key")), _get(s, "district"), _count(s.get("assigned")),
                                 _get(s, "needed")]))
        story += [_heading("人员不足的检查对象"), L.grid_table(rows, [W * 0.4, W * 0.2, W * 0.2, W * 0.2])]
    if rec.get("replacements"):
        rows = [L.cells(["统一社会信用代码", "换下", "换上", "原因", "批准人", "时间"], "cellhead")]
        for r in rec["replacements"]:
            rows.append(L.cells([_mono(_get(r, "key")), _person(names, _get(r, "out")), _person(names, _get(r, "in")),
                                 _get(r, "reason"), _get(r, "approver"), _get(r, "at")]))
        story += [_heading("人员调整记录"),
                  L.grid_table(rows, [40 * mm, 22 * mm, 22 * mm, W - 136 * mm, 18 * mm, 34 * mm])]
    if rec.get("alternates"):
        rows = [L.cells(["任务", "换下（原抽中）", "替补（新检查对象）", "替补检查组", "原因", "批准人"], "cellhead")]
        for a in rec["alternates"]:
            team = [f"{names.get(c, '')} {c}".strip() for c in (a.get("current_inspectors") or a.get("team") or [])]
            if a.get("institution"):
                team.append("第三方机构：" + _institution_text(a["institution"]))
            rows.append(L.cells([_get(a, "task"), _mono(_get(a, "out_key")),
                                 [_mono(_get(a, "in_key")), L.para(_get(a, "name"), "cell")],
                                 _lines(team) or "（沿用原检查组）", _get(a, "reason"), _get(a, "approver")]))
        story += [_heading("使用替补记录"),
                  L.grid_table(rows, [10 * mm, 33 * mm, 36 * mm, W - 117 * mm, 22 * mm, 16 * mm])]
    load = rec.get("load") or {}
    if isinstance(load, dict) and load:
        rows = [L.cells(["执法证号", "姓名", "检查户数"], "cellhead")]
        for cert, n in sorted(load.items()):
            rows.append(L.cells([cert, names.get(cert, ""), n]))
        story += [_heading("每名检查人员的任务量"), L.grid_table(rows, [W * 0.4, W * 0.35, W * 0.25])]
    story += [_heading("匹配规则"), L.para(render_template("match-record", _text_fields(draw)), "small")]
    story.append(_digest_block("本记录 match-record.json 的 SHA-256", match.record_sha256 or "",
                               "扫描二维码或对照公开的 match-record.json 计算其 SHA-256，两者一致即记录未被改动。"))
    story.append(L.markup(f"打印时审计日志链头：{L.mono_run(_audit_head_now(), 8)}", "small"))
    story += _field_names("match-record.json", MATCH_RECORD_FIELDS)
    story += [_heading("见证人签字"), _witness_table(rec.get("witnesses") or match.witnesses or [], False)]
    return _build(path, "执法检查人员随机匹配记录", story)


def _field_names(file_name: str, fields: tuple[tuple[str, str], ...]) -> list:
    """The technical appendix: the record file's English field names beside the Chinese terms printed above
    (the only place the paper uses them), for whoever re-computes the record from its JSON."""
    pairs = "，".join(f"{zh} = {L.mono_run(key)}" for zh, key in fields)
    return [_heading(FIELD_NAMES_HEADING), L.markup(f"{file_name} 中：{pairs}。", "small")]


def _count(value) -> str:
    if isinstance(value, (list, tuple)):
        return str(len(value))
    return "" if value is None else str(value)


def _person(names: dict, cert: str) -> str:
    return f"{names.get(cert, '')} {cert}".strip() if cert else "—"


def write_match_commitment_sheet_pdf(match, path) -> Path:
    """匹配承诺单: printed at the matching commitment, before any witness digit exists.

    It fixes on paper what the match will use — the draw record, the roster and
    avoidance digests, the team size, the pools and their caps — so nobody can
    change an input after seeing the witnesses' numbers.
    """
    data = match.commit_data or {}
    draw = match.draw
    story = official_head("执法检查人员随机匹配承诺单")
    story.append(_kv_table(_plan_pairs(draw) + [
        ("承诺时间", match.committed_at),
        ("匹配日期（执法证有效性以此日为准）", match.match_date),
        ("每组人数", match.team_size),
        ("匹配完成期限", _get(data, "deadline") or "—"),
        ("抽取记录 SHA-256", match.draw_record_sha256),
        ("人员名单摘要", match.roster_digest),
        ("回避名单摘要", match.avoid_digest),
        ("承诺时审计日志链头", match.log_head),
    ] + scope_pairs(data.get("scope")), mono_keys=("抽取记录 SHA-256", "人员名单摘要", "回避名单摘要",
                                                   "承诺时审计日志链头")))
    pools = data.get("pools") or []
    if pools:
        rows = [L.cells(["人员池", "可匹配人数", "检查对象数", "每人上限（初始）"], "cellhead")]
        for p in pools:
            rows.append(L.cells([_get(p, "district"), _count(p.get("inspectors")), _count(p.get("inspections")),
                                 _get(p, "cap")]))
        story += [_heading("人员池"), L.grid_table(rows, [W * 0.34, W * 0.22, W * 0.22, W * 0.22])]
    excluded = data.get("excluded") or []
    if excluded:
        rows = [L.cells(["执法证号", "姓名", "所属", "不参与匹配的原因"], "cellhead")]
        for e in excluded:
            rows.append(L.cells([_mono(_get(e, "cert_no")), _get(e, "name"), _get(e, "district"), _get(e, "reason")]))
        story += [_heading("不参与匹配的检查人员"), L.grid_table(rows, [W * 0.28, W * 0.16, W * 0.16, W * 0.40])]
    story.append(_heading("匹配承诺值"))
    story.append(_digest_block("匹配承诺值（SHA-256）", match.commitment,
                               "匹配完成后，任何人可按公开的 SPOTCHECK-MATCH-1 规则由匹配记录重新计算此值核对。"))
    text = match_commit_text(match.draw_record_sha256, match.roster_digest, match.avoid_digest,
                             match.team_size, match.log_head)
    story += [_heading("承诺原文（对此文本按 UTF-8 计算 SHA-256 即得承诺值）"), _mono(text)]
    story += [_heading("见证人签字"), _blank_witness_table(3)]
    return _build(path, "执法检查人员随机匹配承诺单", story)
