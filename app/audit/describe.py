"""The audit log in the clerk's words: one Chinese sentence per entry, with its key facts.

`describe(action, payload)` reads what each service stores in its "audit.append" entry (the
payloads are the services' own; every field is read with .get so that an old or hand-edited
entry still gets a sentence). Every action code the program writes has its function in
DESCRIBERS (tests/core/test_audit_describe.py finds every `audit.append(` in app/ and fails on a
code without one); an unknown code still gets a Chinese sentence naming it.

Only the bottom layers are imported (the audit log sits under registers, draw, match and docs), so
the Chinese names of register and document kinds are repeated here; a test keeps them in step.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

REGISTER_KINDS = {"enterprise": "检查对象名录", "inspector": "执法检查人员名录", "avoidance": "回避关系名单",
                  "institution": "第三方专业机构名录", "catalogue": "抽查事项清单"}
DOCUMENT_KINDS = {"notice": "检查通知书", "form": "检查结果记录表", "labels": "邮寄标签", "tasklist": "下发清单",
                  "commitment": "抽取承诺单", "draw-record": "随机抽取记录", "match-commitment": "匹配承诺单",
                  "match-record": "随机匹配记录"}
SETTING_NAMES = {"role": "本程序的使用单位", "bureau_name": "机关名称", "seal_name": "发文机关署名",
                 "doc_prefix": "文号前缀", "contact_person": "联系人", "contact_phone": "联系电话",
                 "clerk_name": "操作人姓名", "districts": "区市", "units": "检查单位", "result_lists": "检查结果选项",
                 "database_id": "数据库标识", "calendar_manual": "工作日历", "publication_url": "公示网址",
                 "use_system_fonts": "使用本机字体", "language": "界面语言",
                 "record_list_page_limit": "抽取记录打印页数上限"}
RESULT_KINDS = {"enter": "录入", "review": "审核", "return": "退回", "import": "导入", "followup": "登记后续处置"}
SHORT_HASH = 8     # hex digits of a digest quoted in a sentence (the whole one is in the entry's details)


def _draw(p: dict) -> str:
    return f"第 {p.get('draw_no', p.get('draw', '?'))} 号抽取"


def _why(p: dict, key: str = "reason") -> str:
    return f"（原因：{p[key]}）" if p.get(key) else ""


def _short(digest) -> str:
    text = str(digest or "")
    return f"{text[:SHORT_HASH]}…" if len(text) > SHORT_HASH else text


def _count(values) -> int:
    return len(values) if isinstance(values, (list, tuple, dict)) else 0


def _value(value) -> str:
    if isinstance(value, bool):
        return "是" if value else "否"
    if value in (None, ""):
        return "（空）"
    if isinstance(value, (list, dict)):
        return ""
    return f"“{value}”"


def settings_update(p: dict) -> str:
    parts = []
    for key, change in (p.get("changed") or {}).items():
        name = SETTING_NAMES.get(key, f"设置项“{key}”")
        old, new = (change or {}).get("old"), (change or {}).get("new")
        if key == "role":
            old, new = ("市局" if old == "city" else old), ("市局" if new == "city" else new)
        shown_old, shown_new = _value(old), _value(new)
        parts.append(f"{name}由{shown_old}改为{shown_new}" if shown_old and shown_new else name)
    return "修改设置：" + ("；".join(parts) if parts else "无变化")


def registers_import(p: dict) -> str:
    kind = REGISTER_KINDS.get(p.get("kind", ""), "名录")
    text = f"导入{kind}“{p.get('register', '')}”第 {p.get('version', '?')} 版：{p.get('imported', 0)} 行"
    if int(p.get("version") or 1) > 1:
        text += f"（比上一版新增 {p.get('added', 0)}，删除 {p.get('removed', 0)}，变更 {p.get('changed', 0)}）"
    if p.get("rejected"):
        text += f"，{p['rejected']} 行未导入"
    return text + _why(p)


def plan_create(p: dict) -> str:
    return f"新建抽查计划“{p.get('title', '')}”：{_count(p.get('tasks'))} 项抽查任务"


def plan_update(p: dict) -> str:
    return f"修改第 {p.get('plan_id', '?')} 号抽查计划：{_count(p.get('tasks'))} 项抽查任务"


def plan_delete(p: dict) -> str:
    return f"删除抽查计划“{p.get('title', '')}”"


def draw_commit(p: dict) -> str:
    return f"提交{_draw(p)}的抽取承诺（{_count(p.get('tasks'))} 项任务，承诺值 {_short(p.get('commitment'))}）"


def draw_run(p: dict) -> str:
    return (f"执行{_draw(p)}：{_count(p.get('witnesses'))} 名见证人，抽中 {p.get('inspections', 0)} 户检查对象"
            f"（随机种子 {_short(p.get('seed'))}）")


def draw_void(p: dict) -> str:
    return f"作废{_draw(p)}{_why(p)}"


def draw_alternate(p: dict) -> str:
    return (f"{_draw(p)}任务 {p.get('task', '')} 启用第 {p.get('rank', '?')} 名备选：检查对象 {p.get('out', '')} "
            f"换为 {p.get('in', '')}{_why(p)}")


def match_commit(p: dict) -> str:
    return (f"提交{_draw(p)}的匹配承诺（每组 {p.get('team_size', '?')} 人，匹配日期 {p.get('match_date', '')}，"
            f"承诺值 {_short(p.get('match_commitment'))}）")


def match_run(p: dict) -> str:
    text = f"执行{_draw(p)}的检查人员匹配：{_count(p.get('witnesses'))} 名见证人"
    if p.get("short"):
        text += f"，{_count(p['short'])} 户检查人员不足"
    return text + f"（匹配种子 {_short(p.get('mseed'))}）"


def _revision(p: dict) -> str:
    revision = int(p.get("revision") or 0)
    return "初版" if revision == 0 else f"第 {revision} 次修订"


def match_record(p: dict) -> str:
    return f"生成{_draw(p)}的匹配记录（{_revision(p)}）"


def match_void(p: dict) -> str:
    return f"作废{_draw(p)}的检查人员匹配{_why(p)}"


def match_record_saved(p: dict) -> str:
    folder = f"，保存在 {p['folder']}" if p.get("folder") else ""
    return f"保存{_draw(p)}的匹配记录（{_revision({'revision': p.get('saved_revision')})}）{folder}"


def match_replace_all(p: dict) -> str:
    changes = p.get("changes") or []
    skipped = _count(p.get("skipped"))
    kept = f"，{skipped} 个已开始检查的保留原人员" if skipped else ""
    return (f"在{_draw(p)}全部未开始的检查中更换执法证号 {p.get('out', '')} 的检查人员：共 {len(changes)} 个检查组"
            f"{kept}{_approved(p)}")


def demo_remove(p: dict) -> str:
    registers = "、".join(f"“{r.get('register', '')}”第 {r.get('version', '')} 版" for r in p.get("registers") or [])
    plan = f"，演示计划“{p['plan']}”" if p.get("plan") else ""
    return f"删除演示数据：名录 {registers or '无'}{plan}"


def _approved(p: dict) -> str:
    facts = [f"原因：{p['reason']}" if p.get("reason") else "", f"批准人：{p['approver']}" if p.get("approver") else ""]
    facts = [f for f in facts if f]
    return f"（{'；'.join(facts)}）" if facts else ""


def match_replace(p: dict) -> str:
    return (f"{_draw(p)}：检查对象 {p.get('key', '')} 的检查人员 {p.get('out', '')} 换为 {p.get('in', '')}"
            f"{_approved(p)}，匹配记录{_revision(p)}")


def match_resolve_short(p: dict) -> str:
    return (f"{_draw(p)}：为检查对象 {p.get('key', '')} 补足检查人员 {p.get('in', '')}{_approved(p)}，"
            f"匹配记录{_revision(p)}")


def match_alternate(p: dict) -> str:
    name = f"（{p['name']}）" if p.get("name") else ""
    return (f"{_draw(p)}匹配后启用备选：检查对象 {p.get('out_key', '')} 换为 {p.get('in_key', '')}{name}"
            f"{_approved(p)}，匹配记录{_revision(p)}")


def packages_issue(p: dict) -> str:
    return (f"向{p.get('district', '')}下发{_draw(p)}的工作包（第 {p.get('issue_no', '?')} 次）："
            f"{p.get('count', 0)} 户，文件“{p.get('file', '')}”")


def db_backup(p: dict) -> str:
    return f"备份数据库到“{p.get('target', '')}”"


def db_restore(p: dict) -> str:
    return f"从备份“{p.get('source', '')}”恢复数据库"


def share_write(p: dict) -> str:
    return f"向{p.get('district', '')}生成共享文件（{_draw(p)}，{p.get('inspections', 0)} 户检查对象）"


def share_import(p: dict) -> str:
    return (f"导入市局的共享文件：市局第 {p.get('city_draw_no', '?')} 号抽取中{p.get('district', '')}的 "
            f"{p.get('inspections', 0)} 户检查对象（本库第 {p.get('local_draw_no', '?')} 号抽取）")


def share_return(p: dict) -> str:
    return (f"生成交回市局的结果文件“{p.get('file_name', '')}”：{p.get('district', '')}，"
            f"市局第 {p.get('city_draw_no', '?')} 号抽取，{p.get('results', 0)} 条检查结果")


def share_return_import(p: dict) -> str:
    return (f"导入{p.get('district', '')}交回的结果文件“{p.get('file_name', '')}”：{_draw(p)}，"
            f"{p.get('results', 0)} 条检查结果")


def publish_export(p: dict) -> str:
    return f"导出第 {p.get('seq', '?')} 次公示文件“{p.get('file', '')}”：{p.get('count', 0)} 条检查结果"


def demo_load(p: dict) -> str:
    plan = f"和抽查计划“{p['plan']}”" if p.get("plan") else ""
    return f"载入演示数据：{_count(p.get('registers'))} 个名录{plan}"


def _results(kind: str) -> Callable[[dict], str]:
    def describe_results(p: dict) -> str:
        source = f"（文件“{p['file']}”）" if p.get("file") else ""
        return f"{RESULT_KINDS.get(kind, '保存')}{_draw(p)}的 {p.get('count', 0)} 条检查结果{source}"
    return describe_results


def docs_reserve(p: dict) -> str:
    kind = DOCUMENT_KINDS.get(p.get("kind", ""), "文书")
    span = f"：{p['first']} 至 {p['last']}" if p.get("first") else ""
    return f"预留{kind}文号 {p.get('count', 0)} 个{span}"


def docs_generate(p: dict) -> str:
    kind = DOCUMENT_KINDS.get(p.get("kind", ""), "文书")
    return f"生成{_draw(p)}的{kind}：{p.get('files', 0)} 个文件，{p.get('count', 0)} 个文号"


def template_save(p: dict) -> str:
    return f"修改{DOCUMENT_KINDS.get(p.get('kind', ''), '文书')}的模板文字"


def template_reset(p: dict) -> str:
    return f"把{DOCUMENT_KINDS.get(p.get('kind', ''), '文书')}的模板文字恢复为默认"


DESCRIBERS: dict[str, Callable[[dict], str]] = {
    "settings.update": settings_update,
    "registers.import": registers_import,
    "plan.create": plan_create, "plan.update": plan_update, "plan.delete": plan_delete,
    "draw.commit": draw_commit, "draw.run": draw_run, "draw.void": draw_void, "draw.alternate": draw_alternate,
    "match.commit": match_commit, "match.run": match_run, "match.record": match_record, "match.void": match_void,
    "match.replace": match_replace, "match.resolve_short": match_resolve_short, "match.alternate": match_alternate,
    "packages.issue": packages_issue,
    "db.backup": db_backup, "db.restore": db_restore,
    "share.write": share_write, "share.import": share_import,
    "share.return": share_return, "share.return.import": share_return_import,
    "publish.export": publish_export,
    "demo.load": demo_load, "demo.remove": demo_remove,
    "match.replace_all": match_replace_all, "match.record_saved": match_record_saved,
    **{f"results.{kind}": _results(kind) for kind in RESULT_KINDS},
    "docs.numbers.reserve": docs_reserve, "docs.generate": docs_generate,
    "docs.template_save": template_save, "docs.template_reset": template_reset,
}


def describe(action: str, payload) -> str:
    """One Chinese sentence for an entry. `payload` is the stored dict, or its raw JSON text."""
    if isinstance(payload, str):
        try:
            payload = json.loads(payload)
        except ValueError:
            payload = None
    if not isinstance(payload, dict):
        payload = {}
    describer = DESCRIBERS.get(action)
    if describer is None:
        return f"其他操作（代码 {action}）"
    try:
        return describer(payload)
    except (TypeError, ValueError, AttributeError):   # a hand-edited entry of the wrong shape
        return f"{describer(_EMPTY)}（记录内容不完整）"


_EMPTY: dict = {}


def local_time(at: str) -> str:
    """An entry's ISO time (with its offset) in this machine's time zone: 2026-05-06 09:30:00."""
    try:
        stamp = dt.datetime.fromisoformat(str(at))
    except ValueError:
        return str(at)
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone()
    return stamp.strftime("%Y-%m-%d %H:%M:%S")
