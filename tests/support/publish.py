"""A completed sample campaign for the publication and follow-up tests: results entered and reviewed
through the services on a matched draw, each kind of result once, with what each item must publish
written down here by hand (not computed by app.publish)."""
from __future__ import annotations

import shutil
from dataclasses import dataclass, field

from app.draw.models import Inspection
from app.results import service
from tests.support.results import complete_result

NO_PROBLEM, CORRECTED, PENDING = "未发现问题", "发现问题已责令改正", "发现问题待后续处理"
UNREACHABLE, UNCOOPERATIVE = "通过登记的住所（经营场所）无法联系", "不配合检查情节严重"
NOT_PUBLICISED = "未按规定公示应当公示的信息"
PUBLICITY_ITEM = "年度报告公示信息检查"
REVIEWER = "赵审核"


@dataclass
class Entered:
    key: str
    kind: str
    reviewed: bool
    expected: dict[str, str] = field(default_factory=dict)   # item -> 检查结果 published


@dataclass
class Campaign:
    draw: object
    entries: dict[str, Entered]

    def key(self, kind: str) -> str:
        return next(e.key for e in self.entries.values() if e.kind == kind)


def _inspections(draw) -> list[Inspection]:
    return list(Inspection.select().where((Inspection.draw == draw) & (Inspection.active == True))  # noqa: E712
                .order_by(Inspection.key))


def fill_campaign(draw) -> Campaign:
    """One inspection of each kind; all reviewed except "entered_only" and "measure_open"."""
    all_ins = _inspections(draw)
    multi = [i for i in all_ins if len(i.items) >= 2]
    publicity = [i for i in all_ins if PUBLICITY_ITEM in i.items and len(i.items) >= 2]
    used: set[str] = set()

    def take(pool):
        ins = next(i for i in pool if i.key not in used)
        used.add(ins.key)
        return ins

    entries: dict[str, Entered] = {}

    def enter(kind, ins, content, expected, reviewed=True):
        service.enter_result(draw.draw_no, ins.key, content)
        entries[ins.key] = Entered(ins.key, kind, reviewed, expected)

    ins = take(all_ins)
    enter("clean", ins, complete_result(draw, ins.key), {i: NO_PROBLEM for i in ins.items})
    ins = take(all_ins)
    enter("corrected", ins, complete_result(draw, ins.key, result=CORRECTED, problem="标签标识不规范"),
          {i: CORRECTED for i in ins.items})
    ins = take(all_ins)
    content = complete_result(draw, ins.key, result=PENDING, problem="未按规定进行出厂检验")
    enter("pending", ins, content, {i: PENDING for i in ins.items})
    ins = take(multi)
    content = complete_result(draw, ins.key)
    content["items"][1] = {"item": ins.items[1], "checked": False, "reason": "该企业本年度未生产相关产品"}
    # every other item (an inspection may carry three) checked with no problem
    expected = {i: NO_PROBLEM for i in ins.items} | {ins.items[1]: "未检查：该企业本年度未生产相关产品"}
    enter("unchecked", ins, content, expected)
    ins = take(all_ins)
    content = complete_result(draw, ins.key)
    content.update(items=[], outcome=UNREACHABLE)
    enter("unreachable", ins, content, {i: UNREACHABLE for i in ins.items})
    ins = take(all_ins)
    content = complete_result(draw, ins.key)
    content.update(items=[], outcome=UNCOOPERATIVE)
    enter("uncooperative", ins, content, {i: UNCOOPERATIVE for i in ins.items})
    ins = take(publicity)
    content = complete_result(draw, ins.key)
    content["publicity"] = NOT_PUBLICISED
    content["followup"] = {"measures": ["列入经营异常名录"], "closed": True, "closed_on": draw.plan.start}
    enter("publicity", ins, content, {i: NOT_PUBLICISED if i == PUBLICITY_ITEM else NO_PROBLEM for i in ins.items})
    ins = take(all_ins)
    content = complete_result(draw, ins.key, result=CORRECTED, problem="台账记录不全")
    content["followup"] = {"measures": ["责令改正"], "closed": False}
    enter("measure_open", ins, content, {i: CORRECTED for i in ins.items}, reviewed=False)
    ins = take(all_ins)
    enter("entered_only", ins, complete_result(draw, ins.key, result=PENDING, problem="无"),
          {i: PENDING for i in ins.items}, reviewed=False)
    service.review_results(draw.draw_no, [e.key for e in entries.values() if e.reviewed], REVIEWER)
    return Campaign(draw, entries)


def hostile_demo_folder(tmp_path, prefixes=("=", "+", "-", "@")):
    """A copy of data/demo whose food-register enterprise names begin with formula characters in turn
    (the register as a bureau might receive it); point app.demo.data_path at it."""
    from app.paths import data_path
    folder = tmp_path / "demo"
    shutil.copytree(data_path("demo"), folder)
    csv_path = folder / "食品相关产品生产企业.csv"
    lines = csv_path.read_bytes().decode("gbk").splitlines()
    out = [lines[0]]
    for n, line in enumerate(lines[1:]):
        cells = line.split(",")
        cells[1] = prefixes[n % len(prefixes)] + cells[1]
        out.append(",".join(cells))
    csv_path.write_bytes(("\r\n".join(out) + "\r\n").encode("gbk"))
    return folder
