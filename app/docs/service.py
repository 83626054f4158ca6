"""Make a batch of documents for a draw: the one entry point for the GUI and the command line.

generate() writes every file to a temporary name and renames them only when
the whole batch has succeeded, inside the transaction that allocates the
document numbers: a failure or a cancel leaves no files and no numbers.
"""
from __future__ import annotations

import contextlib
import os
import re
import tempfile
from pathlib import Path

from reportlab.platypus import Flowable

from app.db import transaction
from app.docs import layout as L
from app.docs import lists, notices, records
from app.docs.data import common_fields, inspection_sheets, require_drawn, setting
from app.docs.numbers import allocate_numbers
from app.draw.queries import get_draw
from app.errors import NotFoundError, StateError, ValidationError
from app.integrity import require_sound
from app.match.queries import current_match
from app.progress import CancelFn, ProgressFn, check_cancel, report
from app.settings.store import district_names, result_categories

KINDS = ("notice", "form", "labels", "tasklist", "commitment", "draw-record", "match-commitment", "match-record")
NUMBERED_KINDS = ("notice", "tasklist")
KIND_NAMES = {"notice": "检查通知书", "form": "检查结果记录表", "labels": "邮寄标签", "tasklist": "下发清单",
              "commitment": "抽取承诺单", "draw-record": "随机抽取记录", "match-commitment": "匹配承诺单",
              "match-record": "随机匹配记录"}



def safe_name(text: str, limit: int = 24) -> str:
    """A file-name fragment: no path or Windows-reserved characters, short enough for any disk."""
    cleaned = re.sub(r'[\\/:*?"<>|\s]+', "", str(text))
    return cleaned[:limit] or "未命名"


class StagedFiles:
    """Temporary files that become real only on commit()."""

    def __init__(self, out_dir: Path):
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.pending: list[tuple[str, Path]] = []

    def temp_for(self, final: Path) -> str:
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".pdf", dir=self.out_dir)
        os.close(fd)
        self.pending.append((tmp, final))
        return tmp

    def commit(self) -> list[Path]:
        for tmp, final in self.pending:
            os.replace(tmp, final)
        done = [final for _, final in self.pending]
        self.pending = []
        return done

    def discard(self) -> None:
        for tmp, _ in self.pending:
            try:
                os.unlink(tmp)
            except FileNotFoundError:
                pass
        self.pending = []


def _check(cancel: CancelFn | None) -> None:
    check_cancel(cancel, "已取消生成文书：未写入任何文件，也未占用文号。")


def _build_story(target, story: list, title: str) -> None:
    L.make_doc(target, title=title, author=setting("bureau_name")).build(story)


class _Checkpoint(Flowable):
    """Reports progress and honours cancel while the combined file is laid out (it takes seconds)."""

    def __init__(self, callback):
        super().__init__()
        self.callback = callback

    def wrap(self, avail_w, avail_h):
        return 0, 0

    def draw(self):
        self.callback()


def _combined(stories: list[list], checkpoint=None) -> list:
    """Documents one after another, each on a new page with its own page count."""
    out = []
    for i, story in enumerate(stories):
        if i:
            out.append(notices.page_break())
        out.append(L.StartDocument())
        if checkpoint:
            out.append(_Checkpoint(lambda i=i: checkpoint(i)))
        out.extend(story)
    return out


def _per_sheet(kind, draw, sheets, staged, out_dir, progress, cancel, make_story) -> None:
    name = KIND_NAMES[kind]
    stories = []
    for n, sheet in enumerate(sheets):
        _check(cancel)
        story = make_story(sheet)
        final = out_dir / f"{name}_{sheet.key}_{safe_name(sheet.name)}.pdf"
        _build_story(staged.temp_for(final), story, f"{name} {sheet.name}")
        # Flowables keep layout state once built, so the combined file gets fresh ones.
        stories.append(make_story(sheet))
        report(progress, n + 1, len(sheets) + 1, f"已生成{name} {n + 1}/{len(sheets)}：{sheet.name}")
    _check(cancel)
    if stories:
        suffix = "合并打印" if not _district_of(sheets) else f"{_district_of(sheets)}_合并打印"
        final = out_dir / f"{name}_第{draw.draw_no}次抽取_{suffix}.pdf"
        def checkpoint(i):
            _check(cancel)
            if i % 20 == 0:
                report(progress, len(sheets), len(sheets) + 1, f"正在生成合并打印文件（{i}/{len(sheets)}）…")
        _build_story(staged.temp_for(final), _combined(stories, checkpoint), f"{name}（合并打印）")


def _district_of(sheets) -> str:
    districts = {s.district for s in sheets}
    return districts.pop() if len(districts) == 1 else ""


def generate(kind: str, draw_no: int, out_dir, *, keys=None, district: str | None = None,
             progress: ProgressFn | None = None, cancel: CancelFn | None = None) -> list[Path]:
    """Write the documents of `kind` for draw `draw_no` into out_dir; returns the files written."""
    require_sound(draw_no)   # print only rows that pass the tamper check (IntegrityError names what differs)
    if kind not in KINDS:
        raise ValidationError(f"不支持的文书种类“{kind}”。可选：{'、'.join(KINDS)}。")
    draw = get_draw(draw_no)
    out_dir = Path(out_dir)
    staged = StagedFiles(out_dir)
    # Only numbered documents write (their numbers); the others need no write lock.
    guard = transaction() if kind in NUMBERED_KINDS else contextlib.nullcontext()
    try:
        with guard:
            _generate(kind, draw, out_dir, staged, keys=keys, district=district, progress=progress, cancel=cancel)
            _check(cancel)
            written = staged.commit()
    except BaseException:
        staged.discard()
        raise
    report(progress, 1, 1, f"已生成 {len(written)} 个文件。")
    return written


def _generate(kind, draw, out_dir, staged, *, keys, district, progress, cancel) -> None:
    if kind == "commitment":
        _check(cancel)
        records.write_commitment_sheet_pdf(draw, staged.temp_for(out_dir / f"抽取承诺单_第{draw.draw_no}次抽取.pdf"))
        return
    require_drawn(draw)
    if kind == "draw-record":
        records.write_draw_record_pdf(draw, staged.temp_for(out_dir / f"随机抽取记录_第{draw.draw_no}次抽取.pdf"))
        return
    if kind == "match-commitment":
        match = current_match(draw.draw_no, required=False)
        if match is None:
            raise StateError(f"第 {draw.draw_no} 次抽取尚未提交检查人员匹配承诺。")
        records.write_match_commitment_sheet_pdf(
            match, staged.temp_for(out_dir / f"匹配承诺单_第{draw.draw_no}次抽取.pdf"))
        return
    if kind == "match-record":
        match = current_match(draw.draw_no, required=False)
        if match is None or match.status != "matched":
            raise StateError(f"第 {draw.draw_no} 次抽取尚未完成检查人员随机匹配，没有匹配记录。")
        records.write_match_record_pdf(match, staged.temp_for(out_dir / f"随机匹配记录_第{draw.draw_no}次抽取.pdf"))
        return
    if district:
        if district not in district_names():
            raise NotFoundError(f"没有名为“{district}”的区市。")
    sheets = inspection_sheets(draw, keys=keys, district=district)
    if not sheets:
        raise NotFoundError(f"第 {draw.draw_no} 次抽取中没有符合条件的检查对象。")
    common = common_fields(draw)
    report(progress, 0, len(sheets) + 1, f"正在准备{KIND_NAMES[kind]}…")
    if kind == "notice":
        common = notices.plan_fields(common, draw.plan)
        numbers = allocate_numbers(draw.plan, "notice", [s.key for s in sheets], setting("doc_prefix"))
        _per_sheet(kind, draw, sheets, staged, out_dir, progress, cancel,
                   lambda s: notices.notice_story(s, common, numbers[s.key]))
    elif kind == "form":
        categories = result_categories()
        _per_sheet(kind, draw, sheets, staged, out_dir, progress, cancel,
                   lambda s: notices.form_story(s, common, categories))
    elif kind == "labels":
        _check(cancel)
        suffix = f"_{district}" if district else ""
        target = staged.temp_for(out_dir / f"邮寄标签_第{draw.draw_no}次抽取{suffix}.pdf")
        lists.build_labels(target, sheets, common, title="邮寄标签")
    elif kind == "tasklist":
        by_district: dict[str, list] = {}
        for sheet in sheets:
            by_district.setdefault(sheet.district, []).append(sheet)
        numbers = allocate_numbers(draw.plan, "tasklist", [f"{draw.draw_no}:{d}" for d in by_district],
                                   setting("doc_prefix"))
        for n, (name, group) in enumerate(by_district.items()):
            _check(cancel)
            story = lists.tasklist_story(name, group, common, numbers[f"{draw.draw_no}:{name}"])
            _build_story(staged.temp_for(out_dir / f"下发清单_第{draw.draw_no}次抽取_{safe_name(name)}.pdf"),
                         story, f"下发清单 {name}")
            report(progress, n + 1, len(by_district), f"已生成{name}下发清单")
