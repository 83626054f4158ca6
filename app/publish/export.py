"""The publication export (一公开): reviewed results as the publicity system's batch-import file, recorded.

The rows and their rules (which results, what 检查结果 says, new/changed, deadlines) are in
app.publish.rows and re-exported here, so the screen and the CLI import one module.

export_publication writes the .xlsx (and with csv=True a .csv in UTF-8 with BOM beside it) to temporary
names, then records one PublicationExport (seq 1, 2, … per plan) and the audit entry "publish.export"
{plan_id, seq, count, digest, file_sha256, file, …} in one transaction; the files take their names only
after that transaction has committed, and are removed if it fails — a clerk never finds an export that
was not recorded, nor a record of a file that was never written.
"""
from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import peewee

from app import audit, clock
from app.audit.log import canonical_json, current_actor
from app.db.base import transaction
from app.draw.plans import get_plan
from app.errors import ValidationError
from app.files import atomic_path, remove_stale_temporaries
from app.hashing import H, file_sha256
from app.progress import CancelFn, ProgressFn, check_cancel, report
from app.publish.models import PublicationExport
from app.publish.rows import (
    CHANGED,
    COLUMNS,
    EXPORTED,
    NEW,
    PUBLICATION_WORKING_DAYS,
    STATE_ZH,
    InspectionDeadline,
    PubRow,
    publication_deadlines,
    publication_rows,
)
from app.spreadsheet import write_csv
from app.xlsxstream import Sheet, write_xlsx

__all__ = ["CHANGED", "COLUMNS", "EXPORTED", "NEW", "PUBLICATION_WORKING_DAYS", "STATE_ZH", "ExportOutcome",
           "InspectionDeadline", "PubRow", "export_publication", "exports_of", "publication_deadlines",
           "publication_rows", "rows_digest", "write_rows"]

SHEET_NAME = "抽查检查结果"
WIDTHS = [40, 18, 30, 12, 34, 22, 30, 12, 26, 30, 12]


@dataclass
class ExportOutcome:
    plan_id: int
    seq: int
    file: Path
    csv_file: Path | None
    count: int                   # rows written
    new: int                     # rows never exported before
    changed: int                 # rows whose result changed since the last export that carried them
    inspections: int             # enterprises in the file
    digest: str
    file_sha256: str
    published_on: str
    overdue: list[dict] = field(default_factory=list)   # inspections published past their deadline
    notes: list[str] = field(default_factory=list)      # deadlines the calendar could not give

    def as_dict(self) -> dict:
        return {"plan_id": self.plan_id, "seq": self.seq, "file": str(self.file),
                "csv_file": str(self.csv_file) if self.csv_file else None, "count": self.count, "new": self.new,
                "changed": self.changed, "inspections": self.inspections, "digest": self.digest,
                "file_sha256": self.file_sha256, "published_on": self.published_on, "overdue": self.overdue,
                "notes": self.notes}


def rows_digest(identities: list[list]) -> str:
    """The digest of what one export carried: H of the [draw_no, key, item, revision digest] list."""
    return H("SPOTCHECK-PUBLISH-1|" + canonical_json(identities))


def write_rows(rows: list[PubRow], xlsx_path: str | Path, csv_path: str | Path | None = None) -> int:
    """The file contents: the header and each row's COLUMNS values, every cell through app.spreadsheet."""
    write_xlsx(xlsx_path, [Sheet(SHEET_NAME, (r.values() for r in rows), header=COLUMNS, widths=WIDTHS, text=True)])
    if csv_path is not None:
        write_csv(csv_path, [COLUMNS] + [r.values() for r in rows])
    return len(rows)


def _published_on(value: str | dt.date | None) -> str:
    if value is None:
        return clock.today().isoformat()
    text = value.isoformat() if isinstance(value, dt.date) else str(value).strip()
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(f"公示日期“{text}”不是日期（应为 YYYY-MM-DD）。") from None
    if len(text) != 10:
        raise ValidationError(f"公示日期“{text}”不是日期（应为 YYYY-MM-DD）。")
    return text


def export_publication(plan_id: int, out_path: str | Path, *, csv: bool = False, only_new: bool = True,
                       published_on: str | dt.date | None = None, progress: ProgressFn | None = None,
                       cancel: CancelFn | None = None, today: dt.date | None = None) -> ExportOutcome:
    """Write plan `plan_id`'s publication export to `out_path` (.xlsx; with csv=True also the .csv beside
    it) and record it. only_new=False exports every reviewed row again (a full re-publication)."""
    plan = get_plan(plan_id)
    out = Path(out_path)
    if out.suffix.lower() != ".xlsx":
        raise ValidationError(f"公示文件“{out.name}”应为 .xlsx 文件。")
    day = _published_on(published_on)
    report(progress, 0, 3, "正在汇总已审核的检查结果")
    rows = publication_rows(plan_id, only_new=only_new, published_on=day, today=today)
    if not rows:
        why = "（已审核的结果都已导出过，且导出后没有变更）。" if only_new else "（还没有已审核的结果）。"
        raise ValidationError(f"抽查计划“{plan.title}”没有需要公示的检查结果{why}")
    check_cancel(cancel)
    identities = [r.identity() for r in rows]
    digest = rows_digest(identities)
    csv_out = out.with_suffix(".csv") if csv else None
    remove_stale_temporaries(out.parent)
    report(progress, 1, 3, f"正在写入公示文件（{len(rows)} 行）")
    with contextlib.ExitStack() as stack:
        # the temporaries take their final names when the stack closes without an exception, i.e. only
        # after the record below has committed; an error anywhere removes them
        tmp_xlsx = stack.enter_context(atomic_path(out))
        tmp_csv = stack.enter_context(atomic_path(csv_out)) if csv_out is not None else None
        write_rows(rows, tmp_xlsx, tmp_csv)
        check_cancel(cancel)
        sha = file_sha256(tmp_xlsx)
        csv_sha = file_sha256(tmp_csv) if tmp_csv is not None else ""
        report(progress, 2, 3, "正在登记本次公示导出")
        with transaction():
            seq = (PublicationExport.select(peewee.fn.MAX(PublicationExport.seq))
                   .where(PublicationExport.plan == plan).scalar() or 0) + 1
            PublicationExport.create(plan=plan, seq=seq, rows=identities, count=len(rows), file_name=out.name,
                                     file_sha256=sha, digest=digest, published_on=day, at=clock.now_iso(),
                                     actor=current_actor())
            payload = {"plan_id": plan.id, "seq": seq, "count": len(rows), "digest": digest, "file_sha256": sha,
                       "file": out.name, "published_on": day, "only_new": only_new}
            if csv_out is not None:
                payload.update(csv_file=csv_out.name, csv_sha256=csv_sha)
            audit.append("publish.export", payload)
    report(progress, 3, 3, "公示文件已导出")
    return _outcome(plan.id, seq, out, csv_out, rows, digest, sha, day)


def _outcome(plan_id, seq, out, csv_out, rows: list[PubRow], digest, sha, day) -> ExportOutcome:
    overdue: dict[tuple[int, str], dict] = {}
    notes: list[str] = []
    for r in rows:
        if r.overdue and (r.draw_no, r.key) not in overdue:
            overdue[(r.draw_no, r.key)] = {"draw_no": r.draw_no, "key": r.key, "name": r.name,
                                           "district": r.district, "check_date": r.check_date,
                                           "deadline": r.deadline}
        if r.deadline_note and r.deadline_note not in notes:
            notes.append(r.deadline_note)
    return ExportOutcome(plan_id, seq, out, csv_out, len(rows), sum(r.state == NEW for r in rows),
                         sum(r.state == CHANGED for r in rows), len({(r.draw_no, r.key) for r in rows}),
                         digest, sha, day, list(overdue.values()), notes)


def exports_of(plan_id: int) -> list[PublicationExport]:
    """The plan's publication exports, first first (the GUI's history list)."""
    plan = get_plan(plan_id)
    return list(PublicationExport.select().where(PublicationExport.plan == plan).order_by(PublicationExport.seq))
