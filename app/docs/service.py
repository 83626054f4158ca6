"""Make a batch of documents for a draw: the one entry point for the GUI and the command line.

generate() works in three steps so that it never holds the write lock while it renders
(an import or `match run` in another window or on another computer may write meanwhile):

1. read what the documents need (plain reads: WAL readers never block a writer);
2. for numbered kinds, reserve the document numbers in their own short committed
   transaction (app.docs.numbers: a number is printed only once committed, so it
   is never given twice; a cancelled or killed batch leaves a recorded gap);
3. render every file to a temporary name with no transaction open, rename them all
   only when the whole batch has succeeded, then log the numbers printed in a
   second short transaction. A failure or a cancel leaves no files.
"""
from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.platypus import Flowable

from app.docs import form, lists, notices, records
from app.docs import layout as L
from app.docs.data import common_fields, inspection_sheets, require_drawn, setting
from app.docs.names import record_pdf_name, safe_name
from app.docs.numbers import Reservation, record_printed, reserve_numbers
from app.docs.office import require_office_settings
from app.docs.official import NextDocument
from app.draw.models import Draw
from app.draw.plan_options import self_matching
from app.draw.queries import get_draw
from app.errors import NotFoundError, StateError, ValidationError, as_busy_error
from app.files import atomic_path, remove_stale_temporaries
from app.integrity import require_sound
from app.match.models import Match
from app.match.queries import current_match
from app.progress import CancelFn, ProgressFn, check_cancel, report
from app.results.lists import DEFAULT_LISTS, ResultLists
from app.settings.store import district_names, result_lists

KINDS = ("notice", "form", "labels", "tasklist", "commitment", "draw-record", "match-commitment", "match-record")
NUMBERED_KINDS = ("notice", "tasklist")
KIND_NAMES = {"notice": "检查通知书", "form": "检查结果记录表", "labels": "邮寄标签", "tasklist": "下发清单",
              "commitment": "抽取承诺单", "draw-record": "随机抽取记录", "match-commitment": "匹配承诺单",
              "match-record": "随机匹配记录"}


class StagedFiles:
    """Files written under temporary names beside their final ones (app.files.atomic_path), renamed
    all together by commit(); discard() removes them. A kill leaves only `.tmp-*` files, which the
    next generation clears."""

    def __init__(self, out_dir: Path):
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self._stack = contextlib.ExitStack()
        self.finals: list[Path] = []

    def temp_for(self, final: Path) -> str:
        tmp = self._stack.enter_context(atomic_path(final))
        self.finals.append(Path(final))
        return str(tmp)   # reportlab takes a str as a file name (a Path it would treat as a file object)

    def commit(self) -> list[Path]:
        self._stack.close()    # each atomic_path fsyncs its file and renames it to its final name
        done, self.finals = self.finals, []
        return done

    def discard(self) -> None:
        with contextlib.suppress(_Discarded):
            self._stack.__exit__(_Discarded, _Discarded(), None)   # atomic_path removes its file on an exception
        self.finals = []


class _Discarded(Exception):
    """Passed through the staged files' contexts so that each removes its temporary file."""


def _check(cancel: CancelFn | None, reservation: Reservation | None = None) -> None:
    if reservation is not None and reservation.new_keys:
        message = (f"已取消生成文书：未写入任何文件。本次已预留的 {len(reservation.new_keys)} 个文号"
                   "仍归原检查对象，下次生成时沿用（审计日志中有记录）。")
    else:
        message = "已取消生成文书：未写入任何文件，也未占用文号。"
    check_cancel(cancel, message)


def _build_story(target, story: list, title: str) -> int:
    """Render `story` into `target`; returns the number of pages."""
    doc = L.make_doc(target, title=title, author=setting("bureau_name"))
    doc.build(story)
    return doc.page


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
    """Documents one after another, each on a new page with its own page count; a document of an odd
    number of pages is followed by a blank page, so printed on both sides none starts on the back
    of another's last sheet."""
    out = []
    for i, story in enumerate(stories):
        if i:
            out.append(NextDocument())
        out.append(L.StartDocument())
        if checkpoint:
            out.append(_Checkpoint(lambda i=i: checkpoint(i)))
        out.extend(story)
    return out


def _district_of(sheets) -> str:
    districts = {s.district for s in sheets}
    return districts.pop() if len(districts) == 1 else ""


@dataclass
class _Batch:
    """Everything a batch needs from the database, read before anything is written or rendered."""
    kind: str
    draw: Draw
    out_dir: Path
    district: str | None = None
    sheets: list = field(default_factory=list)
    common: dict = field(default_factory=dict)
    match: Match | None = None
    result_lists: ResultLists = DEFAULT_LISTS     # what the result form offers to tick (read from the settings)
    by_district: dict = field(default_factory=dict)
    number_keys: list[str] = field(default_factory=list)   # what needs a 文号, in numbering order
    prefix: str = ""


def generate(kind: str, draw_no: int, out_dir, *, keys=None, district: str | None = None,
             progress: ProgressFn | None = None, cancel: CancelFn | None = None) -> list[Path]:
    """Write the documents of `kind` for draw `draw_no` into out_dir; returns the files written."""
    if kind not in KINDS:
        raise ValidationError(f"不支持的文书种类“{kind}”。可选：{'、'.join(KINDS)}。")
    require_office_settings(kind, KIND_NAMES[kind])
    draw = get_draw(draw_no)
    require_sound(draw_no)   # print only rows that pass the tamper check (IntegrityError names what differs)
    out_dir = Path(out_dir)
    remove_stale_temporaries(out_dir)   # what a killed run left
    batch = _read(kind, draw, out_dir, keys=keys, district=district, progress=progress)
    _check(cancel)
    reservation = None
    if batch.number_keys:
        with _busy_as_typed():
            reservation = reserve_numbers(draw.plan, "notice" if kind == "notice" else "tasklist",
                                          batch.number_keys, batch.prefix)
    staged = StagedFiles(out_dir)
    try:
        _render(batch, reservation, staged, progress, cancel)
        _check(cancel, reservation)
        written = staged.commit()
    except BaseException:
        staged.discard()
        raise
    if reservation is not None:
        with _busy_as_typed():
            record_printed(draw.plan, kind, draw.draw_no, reservation, len(written))
    report(progress, 1, 1, f"已生成 {len(written)} 个文件。")
    return written


@contextlib.contextmanager
def _busy_as_typed():
    """Another program holding the write lock past the busy timeout becomes the Chinese DatabaseBusyError."""
    try:
        yield
    except Exception as exc:
        busy = as_busy_error(exc)
        if busy is None or busy is exc:
            raise
        raise busy from exc


def _read(kind, draw, out_dir, *, keys, district, progress) -> _Batch:
    batch = _Batch(kind, draw, out_dir, district=district)
    if kind == "commitment":
        return batch
    require_drawn(draw)
    if kind in ("match-commitment", "match-record"):
        batch.match = current_match(draw.draw_no, required=False)
        if batch.match is None and kind == "match-commitment":
            raise StateError(f"第 {draw.draw_no} 次抽取尚未提交检查人员匹配承诺。")
        if kind == "match-record" and (batch.match is None or batch.match.status != "matched"):
            raise StateError(f"第 {draw.draw_no} 次抽取尚未完成检查人员随机匹配，没有匹配记录。")
    if kind in ("draw-record", "match-commitment", "match-record"):
        return batch
    if district and district not in district_names():
        raise NotFoundError(f"没有名为“{district}”的区市。")
    # Districts the plan leaves to their own copies match and print their own documents (两级抽查).
    own = set(self_matching(draw.plan))
    if district in own:
        raise StateError(f"按计划，{district}在本区市的程序中自行匹配检查人员并打印本区市的{KIND_NAMES[kind]}，"
                         "市局不为其生成。")
    batch.sheets = [s for s in inspection_sheets(draw, keys=keys, district=district) if s.district not in own]
    if not batch.sheets:
        raise NotFoundError(f"第 {draw.draw_no} 次抽取中没有符合条件的检查对象。")
    batch.common = common_fields(draw)
    report(progress, 0, len(batch.sheets) + 1, f"正在准备{KIND_NAMES[kind]}…")
    if kind == "notice":
        batch.common = notices.plan_fields(batch.common, draw.plan)
        batch.number_keys = [s.key for s in batch.sheets]
    elif kind == "form":
        batch.result_lists = result_lists()
    elif kind == "tasklist":
        for sheet in batch.sheets:
            batch.by_district.setdefault(sheet.district, []).append(sheet)
        batch.number_keys = [f"{draw.draw_no}:{d}" for d in batch.by_district]
    if batch.number_keys:
        batch.prefix = setting("doc_prefix")
    return batch


def _render(batch: _Batch, reservation: Reservation | None, staged: StagedFiles, progress, cancel) -> None:
    kind, draw, out_dir, sheets, common = batch.kind, batch.draw, batch.out_dir, batch.sheets, batch.common
    numbers = reservation.numbers if reservation is not None else {}
    def record_pdf() -> str:
        return staged.temp_for(out_dir / record_pdf_name(kind, draw.plan.title, draw.draw_no))

    if kind == "commitment":
        records.write_commitment_sheet_pdf(draw, record_pdf())
    elif kind == "draw-record":
        records.write_draw_record_pdf(draw, record_pdf())
    elif kind == "match-commitment":
        records.write_match_commitment_sheet_pdf(batch.match, record_pdf())
    elif kind == "match-record":
        records.write_match_record_pdf(batch.match, record_pdf())
    elif kind == "notice":
        _per_sheet(batch, staged, progress, lambda: _check(cancel, reservation),
                   lambda s, compact=False: notices.notice_story(s, common, numbers[s.key], draw.plan, compact),
                   max_pages=notices.MAX_PAGES)
    elif kind == "form":
        _per_sheet(batch, staged, progress, lambda: _check(cancel),
                   lambda s: form.form_story(s, common, batch.result_lists))
    elif kind == "labels":
        suffix = f"_{batch.district}" if batch.district else ""
        target = staged.temp_for(out_dir / f"邮寄标签_第{draw.draw_no}次抽取{suffix}.pdf")
        lists.build_labels(target, sheets, common, title="邮寄标签")
    elif kind == "tasklist":
        for n, (name, group) in enumerate(batch.by_district.items()):
            _check(cancel, reservation)
            story = lists.tasklist_story(name, group, common, numbers[f"{draw.draw_no}:{name}"])
            _build_story(staged.temp_for(out_dir / f"下发清单_第{draw.draw_no}次抽取_{safe_name(name)}.pdf"),
                         story, f"下发清单 {name}")
            report(progress, n + 1, len(batch.by_district), f"已生成{name}下发清单")


def _per_sheet(batch: _Batch, staged: StagedFiles, progress, check, make_story, max_pages: int = 0) -> None:
    """One file per sheet and the combined print file. With max_pages, a document that runs
    longer is made again compact (make_story(sheet, compact=True)), in both files."""
    name, draw, sheets, out_dir = KIND_NAMES[batch.kind], batch.draw, batch.sheets, batch.out_dir
    stories = []
    for n, sheet in enumerate(sheets):
        check()
        final = out_dir / f"{name}_{sheet.key}_{safe_name(sheet.name)}.pdf"
        target = staged.temp_for(final)
        compact = False
        pages = _build_story(target, make_story(sheet), f"{name} {sheet.name}")
        if max_pages and pages > max_pages:
            compact = True
            _build_story(target, make_story(sheet, compact=True), f"{name} {sheet.name}")
        # Flowables keep layout state once built, so the combined file gets fresh ones.
        stories.append(make_story(sheet, compact=True) if compact else make_story(sheet))
        report(progress, n + 1, len(sheets) + 1, f"已生成{name} {n + 1}/{len(sheets)}：{sheet.name}")
    check()
    if stories:
        suffix = "合并打印" if not _district_of(sheets) else f"{_district_of(sheets)}_合并打印"
        final = out_dir / f"{name}_第{draw.draw_no}次抽取_{suffix}.pdf"

        def checkpoint(i):
            check()
            if i % 20 == 0:
                report(progress, len(sheets), len(sheets) + 1, f"正在生成合并打印文件（{i}/{len(sheets)}）…")
        _build_story(staged.temp_for(final), _combined(stories, checkpoint), f"{name}（合并打印）")
