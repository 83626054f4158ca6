"""The installer's self-test: the whole chain once, in a throw-away folder.

`spotcheck-gui --self-test` and `spotcheck selftest` run it, and so does CI against the frozen
bundle. It proves the things a bureau PC needs and a source checkout hides: the bundled SQL
migrations, fonts and templates are found, the calamine reader loads, a draw commits, runs and
re-computes, and a notice PDF is written with embedded fonts.

Every step goes through the same service functions the GUI calls (docs/dev/CONTRACTS.md).
A step whose service does not exist yet FAILS: a green self-test must mean the chain worked.
The user's own database is never touched; everything lives in a temporary folder.
"""
from __future__ import annotations

import json
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app import __version__
from app.campaign.outputs import write_draw_outputs
from app.db import close_database, open_database
from app.db.migrations import LATEST_VERSION, current_version
from app.demo import DEMO_OFFICE
from app.docs.service import generate
from app.draw.plans import create_plan_from_toml
from app.draw.records import export_frames
from app.draw.service import commit_draw, run_draw
from app.draw.verify import verify_draw_record
from app.registers.service import import_file
from app.settings.service import update_settings
from app.settings.store import district_names

REGISTER_NAME = "自检企业名录库"
INSPECTOR_REGISTER = "执法检查人员名录库"   # the default name of the inspector register (CONTRACTS.md)
TASK_CODE = "T1"
# Fixed witness digits: the draw is reproducible, so two runs of the self-test select the same keys.
WITNESSES = [
    {"name": "自检见证人甲", "unit": "自检单位", "input": "31415926535897932384"},
    {"name": "自检见证人乙", "unit": "自检单位", "input": "27182818284590452353"},
]
ENTERPRISES_PER_DISTRICT = 10
# Division codes (GB/T 2260) of Qingdao's districts, the 3rd-8th characters of a credit code.
DIVISION_CODES = {"市南区": "370202", "市北区": "370203", "李沧区": "370213", "崂山区": "370212",
                  "黄岛区": "370211", "城阳区": "370214", "即墨区": "370215", "胶州市": "370281",
                  "平度市": "370283", "莱西市": "370285"}
_USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"


class StepFailed(Exception):
    """A step's own check did not hold (as opposed to a service raising)."""


@dataclass
class SelfTestContext:
    """What the steps produce; extra checks (e.g. the GUI's Qt check) read it."""
    work_dir: Path
    db_path: Path
    register_file: Path | None = None
    plan_id: int | None = None
    draw_no: int | None = None
    outputs: dict = field(default_factory=dict)     # name -> Path
    notice_pdf: Path | None = None


def _require(value, what: str):
    if value is None:
        raise StepFailed(f"前一步未完成，缺少{what} / an earlier step failed")
    return value


def uscc_with_check(first17: str) -> str:
    """Append the GB 32100-2015 check character to the first 17 characters of a credit code."""
    weights = [pow(3, i, 31) for i in range(17)]
    total = sum(_USCC_ALPHABET.index(c) * w for c, w in zip(first17, weights))
    return first17 + _USCC_ALPHABET[(31 - total % 31) % 31]


# --- the steps -------------------------------------------------------------------------------
def step_open_database(ctx: SelfTestContext) -> str:
    db = open_database(ctx.db_path)
    version = current_version(db)
    if version != LATEST_VERSION:
        raise StepFailed(f"数据结构版本 {version}，应为 {LATEST_VERSION}")
    return f"数据结构版本 {version}（迁移脚本已找到并执行）"


def _districts(count: int = 3) -> list[str]:
    names = [n for n in district_names() if n in DIVISION_CODES] or list(DIVISION_CODES)
    return names[:count]


def write_register_xlsx(path: Path, districts: Sequence[str]) -> int:
    """A small enterprise register as a clerk would get it: a title row, then the header."""
    # lazy: openpyxl is heavy and only needed when an xlsx is written
    from openpyxl import Workbook
    book = Workbook()
    sheet = book.active
    sheet.title = "企业名录"
    sheet.append(["自检用企业名录（虚构数据）"])
    sheet.append(["序号", "企业名称", "统一社会信用代码", "所属区市", "登记状态", "住所", "法定代表人", "联系电话"])
    row_no = 0
    for d_index, district in enumerate(districts):
        for i in range(ENTERPRISES_PER_DISTRICT):
            row_no += 1
            org = f"{d_index + 1:02d}{i + 1:07d}"   # 9 characters, unique per row
            key = uscc_with_check("91" + DIVISION_CODES[district] + org)
            sheet.append([row_no, f"青岛自检{district}第{i + 1}号制造有限公司", key, district,
                          "存续（在营、开业、在册）", f"山东省青岛市{district}自检路{i + 1}号", f"张{i + 1}",
                          f"0532-8{row_no:07d}"])
    book.save(path)
    return row_no


def step_import_register(ctx: SelfTestContext) -> str:
    districts = _districts()
    ctx.register_file = ctx.work_dir / "自检企业名录.xlsx"
    written = write_register_xlsx(ctx.register_file, districts)
    version, result = import_file(ctx.register_file, "enterprise", REGISTER_NAME)
    imported = getattr(version, "imported", None)
    if imported != written:
        raise StepFailed(f"写入 {written} 户，导入 {imported} 户；问题：{[str(i) for i in result.issues[:3]]}")
    return (f"{ctx.register_file.name}：{written} 户，{len(districts)} 个区市（{'、'.join(districts)}），"
            f"第 {version.version} 版")


def step_import_csv(ctx: SelfTestContext) -> str:
    """The inspector list as districts send it: a GB18030 CSV (needs the Chinese codecs in the bundle)."""
    path = ctx.work_dir / "自检执法检查人员名录.csv"
    rows = ["姓名,执法证号,所属单位,所属区市,在岗状态"]
    for d_index, district in enumerate(_districts()):
        for i in range(3):
            rows.append(f"检查员{d_index + 1}{i + 1},3702{d_index:02d}{i:06d},{district}市场监督管理局,{district},在岗")
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("gb18030"))
    version, result = import_file(path, "inspector", INSPECTOR_REGISTER)
    if version.imported != len(rows) - 1:
        raise StepFailed(f"写入 {len(rows) - 1} 人，导入 {version.imported} 人；"
                         f"问题：{[str(i) for i in result.issues[:3]]}")
    return f"{path.name}（GB18030）：{version.imported} 人，编码识别为 {result.encoding or '未注明'}"


PLAN_TOML = f'''
title = "安装包自检抽查计划"
number = "自检〔2026〕1号"
start = 2026-01-05
due = 2026-01-20
end = 2026-01-30
team_size = 2

[[task]]
code = "{TASK_CODE}"
name = "自检企业"
register = "{REGISTER_NAME}"
ratio = "20%"
stratify = "district"
items = ["登记事项检查"]
pool = "district"
'''


def step_create_plan(ctx: SelfTestContext) -> str:
    plan = create_plan_from_toml(PLAN_TOML)
    ctx.plan_id = plan.id
    return f"计划 {plan.id}：{plan.title}，任务 {TASK_CODE} 按区市分层抽取 20%"


def step_commit_draw(ctx: SelfTestContext) -> str:
    draw = commit_draw(_require(ctx.plan_id, "计划"))
    ctx.draw_no = draw.draw_no
    if not draw.commitment or len(draw.commitment) != 64:
        raise StepFailed(f"承诺值格式不对：{draw.commitment!r}")
    return f"第 {draw.draw_no} 号抽取，承诺值 {draw.commitment[:16]}…"


def step_run_draw(ctx: SelfTestContext) -> str:
    draw = run_draw(_require(ctx.draw_no, "已提交承诺的抽取"), WITNESSES)
    record = draw.record or {}
    selected = sum(len(t.get("selected") or []) for t in record.get("tasks", []))
    if draw.status != "drawn":
        raise StepFailed(f"抽取状态为 {draw.status}，应为 drawn")
    written = ENTERPRISES_PER_DISTRICT * len(_districts())
    if not 0 < selected < written:
        raise StepFailed(f"从 {written} 户中选中 {selected} 户，不合 20% 的比例")
    detail = f"，种子 {str(draw.seed)[:16]}…，从 {written} 户中选中 {selected} 户"
    return f"见证人 {len(WITNESSES)} 名、数字 {sum(len(w['input']) for w in WITNESSES)} 位{detail}"


def step_write_records(ctx: SelfTestContext) -> str:
    out_dir = ctx.work_dir / "抽取记录"
    draw_no = _require(ctx.draw_no, "完成的抽取")
    outputs = write_draw_outputs(draw_no, out_dir)
    export_frames(draw_no, out_dir / "frames")
    record_path = outputs.get("record") or out_dir / "draw-record.json"
    if not Path(record_path).is_file():
        raise StepFailed("没有写出 draw-record.json")
    ctx.outputs.update({k: v for k, v in outputs.items() if isinstance(v, Path)})
    ctx.outputs["record"] = Path(record_path)
    names = sorted(Path(p).name for k, p in outputs.items() if isinstance(p, Path))
    pdfs = [Path(p) for p in outputs.values() if isinstance(p, Path) and p.suffix.lower() == ".pdf"]
    return "、".join(names) + "".join(f"；{_pdf_font_check(p)}" for p in pdfs)


def step_verify_record(ctx: SelfTestContext) -> str:
    record_path = _require(ctx.outputs.get("record"), "抽取记录文件")
    record = json.loads(Path(record_path).read_text(encoding="utf-8"))
    checks = verify_draw_record(record, frames_dir=Path(record_path).parent / "frames")
    failed = [c for c in checks if not c.ok]
    if failed or not checks:
        raise StepFailed("；".join(f"{c.name}: {c.message}" for c in failed) or "没有任何校验项")
    return f"{len(checks)} 项复算全部一致（{', '.join(c.name for c in checks)}）"


def _pdf_font_check(path: Path) -> str:
    data = path.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise StepFailed(f"{path.name} 不是 PDF 文件")
    if b"/FontFile2" not in data:
        raise StepFailed(f"{path.name} 没有内嵌 TrueType 字体（中文在别的电脑上会缺字）")
    return f"{path.name}（{len(data) // 1024} KB，内嵌字体）"


def step_notice_pdf(ctx: SelfTestContext) -> str:
    # The temporary database has no 机关信息 (a new database never has): the demo's fictional ones.
    update_settings(dict(DEMO_OFFICE))
    paths = generate("notice", _require(ctx.draw_no, "完成的抽取"), ctx.work_dir / "文书")
    pdfs = [Path(p) for p in paths or [] if str(p).lower().endswith(".pdf")]
    if not pdfs:
        raise StepFailed(f"没有生成 PDF：{paths!r}")
    ctx.notice_pdf = pdfs[0]
    return f"{len(pdfs)} 个文件，如 " + _pdf_font_check(pdfs[0])


STEPS: list[tuple[str, Callable[[SelfTestContext], str]]] = [
    ("打开临时数据库 / open a fresh database", step_open_database),
    ("导入企业名录 / import a register (xlsx)", step_import_register),
    ("导入检查人员名录 / import a GB18030 CSV", step_import_csv),
    ("创建抽查计划 / create a plan", step_create_plan),
    ("提交承诺值 / commit the draw", step_commit_draw),
    ("见证抽取 / run the draw with fixed digits", step_run_draw),
    ("写出抽取记录 / write the draw record", step_write_records),
    ("复算抽取记录 / verify the draw record", step_verify_record),
    ("生成检查通知书 / write a notice PDF", step_notice_pdf),
]
# A new feature that ships (e.g. district work packages) adds its step above.


def run_self_test(print_fn: Callable[[str], None] = print, *,
                  extra_checks: Sequence[tuple[str, Callable[[SelfTestContext], str]]] = ()) -> int:
    """Run every step in a temporary folder; print each with its outcome. 0 only if all passed.

    extra_checks run after the core steps with the same context; the GUI passes a Qt check
    (e.g. open ctx.notice_pdf with QtPdf) so the frozen Qt plugins are exercised too.
    """

    steps = list(STEPS) + list(extra_checks)
    print_fn(f"双随机抽查工作台 {__version__} 自检 / self-test：{len(steps)} 项")
    failures = 0
    started_all = time.monotonic()
    # ignore_cleanup_errors: on Windows a file still held by a virus scanner must not fail a passed test.
    with tempfile.TemporaryDirectory(prefix="spotcheck-selftest-", ignore_cleanup_errors=True) as tmp:
        ctx = SelfTestContext(work_dir=Path(tmp), db_path=Path(tmp) / "selftest.sqlite3")
        try:
            for number, (title, step) in enumerate(steps, start=1):
                started = time.monotonic()
                try:
                    detail = step(ctx)
                    ok = True
                except StepFailed as exc:
                    ok, detail = False, str(exc)
                except Exception as exc:  # noqa: BLE001 - every failure is reported, none stops the list
                    ok, detail = False, f"{type(exc).__name__}: {exc}"
                    tb = traceback.format_exc(limit=-3).rstrip().splitlines()
                    detail += "\n      " + "\n      ".join(tb[-6:])
                elapsed = time.monotonic() - started
                failures += not ok
                mark = "通过 ok  " if ok else "失败 FAIL"
                print_fn(f"[{number}/{len(steps)}] {mark} {title}（{elapsed:.1f} 秒）\n      {detail}")
        finally:
            close_database()   # the temporary folder can only be removed once SQLite lets go
    total = time.monotonic() - started_all
    if failures:
        print_fn(f"自检失败：{len(steps) - failures} 项通过，{failures} 项失败（{total:.1f} 秒）"
                 f" / self-test FAILED: {len(steps) - failures} passed, {failures} failed")
        return 1
    print_fn(f"自检通过：{len(steps)} 项全部通过（{total:.1f} 秒） / self-test passed: {len(steps)} passed")
    return 0
