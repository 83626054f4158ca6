"""Returned work packages: read a district's filled package and say what importing it would do.

read_return(path) identifies the package (return_identity), reads the inspections sheet row by row
against what was issued (return_rows) and compares each filled inspection with its current result:
new, changed (which fields), unchanged; a change to a reviewed result is refused (退回 first). Nothing
is written: import_returns (return_commit) writes the previews the clerk accepted, in one transaction.
"""
from __future__ import annotations

from pathlib import Path

from app.db.base import database, memo_json_decoder
from app.draw.models import Inspection
from app.errors import Location, StateError, ValidationError
from app.gcpause import gc_paused
from app.hashing import file_sha256
from app.match.queries import current_match, inspector_directory
from app.packages import layout
from app.packages import return_cells as cells
from app.packages.return_commit import ImportOutcome, import_returns
from app.packages.return_identity import identify
from app.packages.return_preview import Entry, ReturnPreview, changed_fields
from app.packages.return_rows import Issued, RowIssue, SheetParser
from app.registers.readers import SheetData, Workbook, open_workbook
from app.results.models import Package, ResultBatch
from app.results.queries import REVIEWED, current_results
from app.results.service import contexts
from app.settings.store import result_lists

__all__ = ["Entry", "ImportOutcome", "ReturnPreview", "RowIssue", "import_returns", "read_return"]


def read_return(path, *, map_to: str | None = None, map_reason: str = "") -> ReturnPreview:
    """What importing `path` would do; refuses (ValidationError) a file that is not one of this
    database's packages, unless the clerk maps it by hand (`map_to` a package uid, with a reason)."""
    with gc_paused():   # 15,000 rows of cells and 5,000 result dicts: no cycles to search for meanwhile
        return _read_return(Path(path), map_to, map_reason)


def _read_return(path: Path, map_to: str | None, map_reason: str) -> ReturnPreview:
    book = open_workbook(path)
    sha = file_sha256(path)
    found = identify(book, path, map_to=map_to, map_reason=map_reason)
    package, draw = found.package, found.package.draw
    if draw.status != "drawn":
        raise StateError(f"工作包 {package.uid} 所属的第 {draw.draw_no} 号抽取已作废或未完成，不能导入其结果。",
                         location=Location(file=path.name))
    if layout.INSPECTIONS_SHEET not in book.sheet_names:
        raise ValidationError(f"没有“{layout.INSPECTIONS_SHEET}”工作表，不是下发的工作包。",
                              location=Location(file=path.name))
    # calamine parses the big sheet without the GIL: the database reads below run meanwhile
    book.prefetch(layout.INSPECTIONS_SHEET)
    keys = list(package.keys)
    by_key = _inspections(draw, package.district, keys)
    names = found.identity.names if found.identity else {}
    issued = [Issued(k, names.get(k) or by_key[k][0], by_key[k][1], by_key[k][2], by_key[k][3])
              for k in keys if k in by_key]
    ctxs = contexts(draw, keys)
    roster = cells.Roster(inspector_directory_names(draw.draw_no))
    parsed = SheetParser(path.name, book.sheet(layout.INSPECTIONS_SHEET), issued, ctxs, result_lists(),
                         roster).parse()
    preview = ReturnPreview(path, sha, package, draw.draw_no, package.district, found.mapped_by_hand,
                            issues=parsed.issues, open=parsed.open, refused=parsed.refused,
                            problems=read_problems(book, path))
    _compare(preview, parsed.results, parsed.first_row, {k: i[0] for k, i in by_key.items()}, draw)
    if _newer_issue(package):
        preview.issues.append(RowIssue(path.name, layout.IDENTITY_SHEET, None, "", "",
                                       f"{package.district}已有更晚下发的工作包；本文件是第 {package.issue_no} "
                                       "次下发的", "warning"))
    preview.identical = (not preview.new and not preview.changed and ResultBatch.select().where(
        (ResultBatch.package == package) & (ResultBatch.file_sha256 == sha)).exists())
    return preview


def _inspections(draw, district: str, keys: list[str]) -> dict[str, tuple[str, str, list[str], bool]]:
    """key -> (name, district, items, active) of the package's inspections: the district's rows (an
    index, no list of thousands of keys to bind), then any key found elsewhere."""
    columns = (Inspection.key, Inspection.name, Inspection.district, Inspection.items, Inspection.active)
    wanted = set(keys)
    decode = memo_json_decoder()   # raw rows, not peewee's per-row conversion: most share their items' text

    def read(query) -> dict[str, tuple[str, str, list[str], bool]]:
        return {key: (name, district, list(decode(items)), bool(active))
                for key, name, district, items, active in database.execute(query) if key in wanted}
    out = read(Inspection.select(*columns).where((Inspection.draw == draw) & (Inspection.district == district)))
    if len(out) < len(wanted):
        out.update(read(Inspection.select(*columns).where((Inspection.draw == draw)
                                                          & Inspection.key.in_(wanted - set(out)))))
    return out


def inspector_directory_names(draw_no: int) -> dict[str, str]:
    """cert -> name of the roster the current match froze (names typed in a file resolve through it)."""
    return {cert: d["name"] for cert, d in inspector_directory(current_match(draw_no, required=False)).items()}


def _newer_issue(package: Package) -> bool:
    return Package.select().where((Package.draw == package.draw) & (Package.district == package.district)
                                  & (Package.issue_no > package.issue_no)).exists()


def _compare(preview: ReturnPreview, results: dict[str, dict], first_row: dict[str, int], names: dict[str, str],
             draw) -> None:
    current = current_results(draw, list(results))
    for key, value in results.items():
        now = current.get(key)
        entry = Entry(key, names.get(key, ""), value)
        if now is None:
            preview.new.append(entry)
            continue
        if now.content == value:
            preview.unchanged.append(key)
            continue
        entry.old, entry.old_status, entry.fields = now.content, now.status, changed_fields(now.content, value)
        if now.status == REVIEWED:
            preview.refused.append(key)
            preview.issues.append(RowIssue(preview.file_name, layout.INSPECTIONS_SHEET, first_row.get(key), "", key,
                                           f"该检查对象的结果已审核，文件中的内容与之不同（{'、'.join(entry.fields)}），"
                                           "须先退回才能修改，未导入"))
        else:
            preview.changed.append(entry)


def read_problems(book: Workbook, path: Path) -> list[dict]:
    """The rows of 抽查中遇到的问题 that hold more than their pre-printed number, by column label."""
    if layout.PROBLEMS_SHEET not in book.sheet_names:
        return []
    sheet: SheetData = book.sheet(layout.PROBLEMS_SHEET)
    wanted = {cells.folded(label): label for label in layout.PROBLEM_COLUMNS}
    cols: dict[int, str] = {}
    out = []
    for no, row in sheet.rows:
        if not cols:
            found = {i: wanted[cells.folded(cells.text(v))] for i, v in enumerate(row)
                     if cells.folded(cells.text(v)) in wanted}
            if len(found) >= 3:
                cols = found
            continue
        values = {label: cells.text(row[i]) if i < len(row) else "" for i, label in cols.items()}
        if any(v for label, v in values.items() if label != layout.PROBLEM_COLUMNS[0]):
            out.append({"row": no, **values})
    return out


