"""Importing returned work packages: the previews the clerk accepted, in ONE transaction.

Each file becomes one result batch (app.results.service.commit_revisions, kind "import") recording the
package, the file's name and SHA-256, the reason when it was mapped by hand and its 抽查中遇到的问题
rows. What a preview said is re-derived against the database inside the transaction, so a result entered
or reviewed since the preview is never overwritten unseen. A changed result is applied only when the
clerk accepted changes; its earlier value stays as an older revision. A file already imported that
changes nothing writes nothing (no batch, no log entry). Cancel or any failure: nothing is written.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.clock import now_iso
from app.db.base import transaction
from app.draw.queries import get_draw
from app.errors import StateError
from app.gcpause import gc_paused
from app.hashing import bytes_sha256
from app.packages.return_preview import ReturnPreview
from app.progress import CancelFn, ProgressFn, check_cancel, report
from app.publish.models import ReceivedFile
from app.results.models import ResultBatch
from app.results.queries import ENTERED, REVIEWED, current_results
from app.results.service import BatchSource, NewRevision, commit_revisions


@dataclass
class ImportOutcome:
    file_name: str
    package: str
    batch_id: int | None = None
    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)          # applied (accept_changes)
    held_back: list[str] = field(default_factory=list)        # changes left out: not accepted
    refused: list[str] = field(default_factory=list)          # reviewed meanwhile: 退回 first
    unchanged: list[str] = field(default_factory=list)

    def text(self) -> str:
        if self.batch_id is None and not (self.new or self.changed):
            head = f"文件“{self.file_name}”未作任何更改"
        else:
            head = (f"文件“{self.file_name}”已导入（第 {self.batch_id} 批）：新录入 {len(self.new)} 户，"
                    f"变更 {len(self.changed)} 户")
        tail = []
        if self.held_back:
            tail.append(f"{len(self.held_back)} 户的变更未确认，未导入（确认后再导入）")
        if self.refused:
            tail.append(f"{len(self.refused)} 户已审核，须先退回，未导入")
        return head + ("；" + "；".join(tail) if tail else "") + "。"

    def as_dict(self) -> dict:
        return dict(vars(self))


def import_returns(previews: list[ReturnPreview], *, accept_changes: bool = False,
                   progress: ProgressFn | None = None, cancel: CancelFn | None = None) -> list[ImportOutcome]:
    check_cancel(cancel)
    outcomes = []
    with gc_paused(), transaction():   # thousands of revision rows and digests, no cycles
        for n, preview in enumerate(previews):
            check_cancel(cancel)
            report(progress, n, len(previews), f"正在导入 {preview.file_name}")
            outcomes.append(_import_one(preview, accept_changes))
        check_cancel(cancel)   # still inside: a late cancel rolls every file back
    report(progress, len(previews), len(previews), "导入完成")
    return outcomes


def _import_one(preview: ReturnPreview, accept_changes: bool) -> ImportOutcome:
    out = ImportOutcome(preview.file_name, preview.package.uid)
    draw = get_draw(preview.draw_no)
    if draw.status != "drawn":
        raise StateError(f"第 {draw.draw_no} 号抽取已作废，文件“{preview.file_name}”的结果不能导入。")
    entries = preview.new + preview.changed
    current = current_results(draw, [e.key for e in entries])
    revisions = []
    for e in entries:
        now = current.get(e.key)
        if now is not None and now.content == e.content:
            out.unchanged.append(e.key)
            continue
        if now is not None and now.status == REVIEWED:
            out.refused.append(e.key)
            continue
        if now is not None and not accept_changes:
            out.held_back.append(e.key)
            continue
        (out.new if now is None else out.changed).append(e.key)
        revisions.append(NewRevision(e.key, ENTERED, e.content))
    seen = ResultBatch.select().where((ResultBatch.package == preview.package)
                                      & (ResultBatch.file_sha256 == preview.file_sha256)).exists()
    if not revisions and (seen or not preview.problems):
        return out   # nothing to record: no batch, no log entry
    source = BatchSource(preview.package, preview.file_name, preview.file_sha256, preview.mapped_by_hand,
                         preview.problems)
    commit_revisions(draw, "import", revisions, source, fetch=False)   # 5,000 rows not read back
    # the batch just written: the newest of the draw (inside this transaction, nobody else writes)
    last = ResultBatch.select(ResultBatch.id).where(ResultBatch.draw == draw).order_by(ResultBatch.id.desc()).first()
    out.batch_id = last.id if last else None
    _keep_file(preview, out.batch_id)
    return out


def _keep_file(preview: ReturnPreview, batch_id: int | None) -> None:
    """The file's bytes kept with its batch (the archive holds the returned files exactly as received).
    A file changed since it was checked is refused: what is kept is what was checked."""
    content = Path(preview.path).read_bytes()
    if bytes_sha256(content) != preview.file_sha256:
        raise StateError(f"文件“{preview.file_name}”在检查之后被改动过，请重新检查后再导入。")
    ReceivedFile.create(batch=batch_id, file_name=preview.file_name, sha256=preview.file_sha256, size=len(content),
                        content=content, received_at=now_iso())
