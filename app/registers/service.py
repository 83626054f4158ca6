"""Register imports: preview (no writes), validate (no writes), commit (one transaction).

    result = validate_import(path, "enterprise", "工业产品生产许可证获证企业")
    version = commit_import(result)

Each commit creates a new immutable RegisterVersion with its rows and the
issues of the import, and appends "registers.import" to the audit log in the
same transaction; a failure or cancel leaves the database as it was.
"""
from __future__ import annotations

import datetime as dt
from itertools import islice
from pathlib import Path

from app import audit
from app.audit.log import current_actor
from app.clock import now_iso
from app.db.base import database, transaction
from app.db.connection import checkpoint_afterwards
from app.errors import Location, StateError, ValidationError
from app.gcpause import gc_paused
from app.progress import check_cancel
from app.registers import headers as hdr
from app.registers import queries
from app.registers.eligibility import eligible_on  # noqa: F401  (the match stage calls it)
from app.registers.models import REGISTER_KINDS, HeaderMapping, Register, RegisterVersion
from app.registers.normalize import cell_text
from app.registers.readers import open_workbook
from app.registers.report import write_error_report  # noqa: F401  (part of the service API)
from app.registers.results import FilePreview, ImportResult, SheetPreview
from app.registers.rows import COLUMNS
from app.registers.staging import Previous
from app.registers.validate import record_keys, render_lines, validate

DEFAULT_REGISTER_NAMES = {"inspector": "执法检查人员名录库", "avoidance": "回避关系名单",
                          "institution": "第三方专业机构名录库", "catalogue": "抽查事项清单"}
PREVIEW_ROWS = 30
_INSERT_BATCH = 20000


def _check_kind(kind: str) -> None:
    if kind not in REGISTER_KINDS:
        raise ValidationError(f"未知的名录类型“{kind}”（可选：{'、'.join(REGISTER_KINDS)}）。")


def remembered_mappings(kind: str) -> dict[str, dict]:
    """Every mapping the clerk confirmed for this kind, by header signature."""
    return {row.signature: dict(row.mapping) for row in HeaderMapping.select().where(HeaderMapping.kind == kind)}


def preview_file(path, kind: str, *, encoding: str | None = None) -> FilePreview:
    """Sheets, the first rows, the detected header row and a suggested mapping. Writes nothing."""
    _check_kind(kind)
    book = open_workbook(path, encoding=encoding)
    sheets, remembered = [], False
    known = remembered_mappings(kind)
    for name in book.sheet_names:
        sheet = book.sheet(name)
        located = hdr.find_header_row(kind, sheet.rows, known)
        head = sheet.rows[:PREVIEW_ROWS]
        if located:
            idx, header = located
            mapping = known.get(hdr.header_signature(kind, header))
            remembered = remembered or mapping is not None
            mapping = mapping or hdr.suggest_mapping(kind, header)
            header_no, headers = sheet.rows[idx][0], [cell_text(h) for h in header]
            data_rows = len(sheet.rows) - idx - 1
        else:
            mapping, header_no, headers, data_rows = {}, None, [], 0
        sheets.append(SheetPreview(name=name, rows=[[cell_text(v) for v in cells] for _no, cells in head],
                                   row_numbers=[no for no, _c in head], header_row=header_no, headers=headers,
                                   mapping=mapping, data_rows=data_rows))
    return FilePreview(path=Path(path), kind=kind, format=book.format, encoding=book.encoding, sheets=sheets,
                       remembered=remembered)


def _previous_lines(kind: str, register_name: str) -> Previous | None:
    reg = Register.get_or_none(Register.name == register_name)
    if reg is not None and reg.kind != kind:
        raise ValidationError(f"名录“{register_name}”是{KIND_ZH[reg.kind]}，不能导入{KIND_ZH[kind]}。")
    latest = queries.latest_version(register_name)
    if latest is None:
        return None
    count = database.obj.execute_sql(f'SELECT COUNT(*) FROM "{queries.ROW_TABLES[kind]}" WHERE version_id = ?',
                                     (latest.id,)).fetchone()[0]
    return Previous(latest.version, count, _lines_by_key(kind, latest.id))


def _lines_by_key(kind: str, version_id: int):
    """(key, canonical line) of a stored version in key order, read a batch at a time when first asked."""
    rows = queries.content_rows(version_id, kind, by_key=True)
    while batch := list(islice(rows, 5000)):
        yield from zip(record_keys(kind, batch), render_lines(kind, batch))


KIND_ZH = {"enterprise": "检查对象名录", "inspector": "执法检查人员名录", "avoidance": "回避关系名单",
            "institution": "第三方专业机构名录", "catalogue": "抽查事项清单"}


def _flag_unknown_for(kind: str):
    """Avoidance pairs naming an inspector or enterprise no register knows are kept but flagged."""
    return _UnknownFlags() if kind == "avoidance" else None


class _UnknownFlags:
    def __init__(self) -> None:
        self.inspectors: set[str] | None = None
        self.enterprises: set[str] = set()

    def check(self, records: list[tuple], out) -> None:
        """A batch of kept pairs (in key order); each unknown value flagged, certificate before code."""
        if self.inspectors is None:   # read when the first pairs are checked
            self.inspectors = queries.known_values("inspector", "cert_no")
            self.enterprises = queries.known_values("enterprise", "key")
        inspectors, enterprises = self.inspectors, self.enterprises
        # Most pairs name known people and enterprises: one C-level pass finds the few that do not.
        for record in [r for r in records if r[0] not in inspectors or r[1] not in enterprises]:
            cert_no, key, sheet, row = record[0], record[1], record[-2], record[-1]
            if cert_no not in inspectors:
                out.add(sheet, row, "执法证号", cert_no, "执法证号不在最新的执法检查人员名录中", "flagged")
            if key not in enterprises:
                out.add(sheet, row, "统一社会信用代码", key, "该企业不在任何检查对象名录的最新版本中", "flagged")


def _register_name(kind: str, register_name: str | None) -> str:
    name = (register_name or DEFAULT_REGISTER_NAMES.get(kind) or "").strip()
    if not name:
        raise ValidationError("请指定名录名称（例如：工业产品生产许可证获证企业）。")
    return name


def validate_import(path, kind: str, register_name: str | None = None, *, mapping: dict | None = None,
                    sheets: list[str] | None = None, header_row: int | None = None, encoding: str | None = None,
                    progress=None, cancel=None, today: dt.date | None = None) -> ImportResult:
    """Read and check a file as it would be imported, and the difference from the register's newest version."""
    _check_kind(kind)
    register_name = _register_name(kind, register_name)
    with gc_paused():
        return validate(path, kind, register_name, mapping=mapping, sheets=sheets, header_row=header_row,
                        encoding=encoding, progress=progress, cancel=cancel,
                        remembered=remembered_mappings(kind),
                        previous_lines=lambda: _previous_lines(kind, register_name),
                        flag_unknown=_flag_unknown_for(kind), today=today)


def nothing_to_import_message(result: ImportResult, report: str | Path | None = None) -> str:
    """Why a file with no importable row makes no version, and where the reasons are: the report
    written at `report`, or how to get one (nothing is written unless the clerk asks for it)."""
    where = (f"各行的原因已写入错误报告：{report}" if report else
             "各行的原因可导出为错误报告：在导入向导的校验页点“保存错误报告…”，"
             "或在命令行加 --report 文件名.xlsx")
    return (f"没有可导入的行（读取 {result.rows_read} 行，未导入 {result.rejected} 行），未创建新版本。"
            f"{where}。")


def commit_import(result: ImportResult, *, progress=None, cancel=None, reason: str = "") -> RegisterVersion:
    """Write the validated result as the register's next version, in ONE transaction.

    `reason` (why this version) goes into the version's note and the audit entry; the catalogue asks for
    one from its second version on, since a plan committed later cites what it says."""
    check_cancel(cancel)
    reason = " ".join((reason or "").split())
    if result.kind == "catalogue" and result.diff.previous_version is not None and not reason:
        raise ValidationError("请说明新版抽查事项清单的修订原因（例如：依据新修订的法规更新检查依据）。",
                              location=Location(file=result.source_name))
    if not result.records:
        # An empty version would silently empty every draw frame built on this register.
        raise ValidationError(nothing_to_import_message(result), location=Location(file=result.source_name))
    with gc_paused(), checkpoint_afterwards(), transaction():
        reg = Register.get_or_none(Register.name == result.register_name)
        if reg is None:
            reg = Register.create(name=result.register_name, kind=result.kind, created_at=now_iso())
        elif reg.kind != result.kind:
            raise ValidationError(f"名录“{reg.name}”是{KIND_ZH[reg.kind]}，不能导入{KIND_ZH[result.kind]}。")
        latest = queries.latest_version(reg.name)
        latest_no = latest.version if latest else None
        if latest_no != result.diff.previous_version:
            raise StateError(f"名录“{reg.name}”在校验之后已有新版本（第 {latest_no} 版），请重新校验后再导入。")
        version = RegisterVersion.create(
            register=reg, version=(latest_no or 0) + 1, source_name=result.source_name,
            source_sha256=result.source_sha256, sheets=result.sheets, mapping=result.mapping,
            rows_read=result.rows_read, imported=result.imported, operating=result.operating,
            rejected=result.rejected, flagged=result.flagged, digest=result.digest, created_at=now_iso(),
            created_by=current_actor(),
            note=f"修订原因：{reason}；{result.diff.summary()}" if reason else result.diff.summary())
        conn = database.obj.connection()
        sql, total = insert_sql(result.kind, version.id), len(result.records)
        done = 0
        for part in _batches(result.records):   # from the import's temporary file, a batch at a time
            check_cancel(cancel)
            conn.executemany(sql, part)
            done += len(part)
            if progress is not None:
                progress(done, total, "正在写入数据库…")
        vid = version.id
        conn.executemany(
            "INSERT INTO import_issue (version_id, severity, sheet, row, \"column\", value, reason) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            ((vid, i.severity, i.sheet, i.row, i.column, i.value, i.reason) for i in result.issues))
        if result.mapping_confirmed:
            _remember_mapping(result)
        audit.append("registers.import", {
            "register": reg.name, "kind": reg.kind, "version": version.version, "source": result.source_name,
            "source_sha256": result.source_sha256, "digest": result.digest, "rows_read": result.rows_read,
            "imported": result.imported, "operating": result.operating, "rejected": result.rejected,
            "flagged": result.flagged, "added": len(result.diff.added), "removed": len(result.diff.removed),
            "changed": len(result.diff.changed)} | ({"reason": reason} if reason else {}))
        check_cancel(cancel)
    return version


def import_file(path, kind: str, register_name: str | None = None, *, progress=None, cancel=None,
                reason: str = "", **kw):
    """validate_import then commit_import: (RegisterVersion, ImportResult)."""
    with gc_paused():
        result = validate_import(path, kind, register_name, progress=progress, cancel=cancel, **kw)
        return commit_import(result, progress=progress, cancel=cancel, reason=reason), result


def _batches(records):
    """The records a few thousand at a time (a Spool hands its chunks; a plain list is cut)."""
    if hasattr(records, "chunks"):
        yield from records.chunks()
        return
    for start in range(0, len(records), _INSERT_BATCH):
        yield records[start:start + _INSERT_BATCH]


def insert_sql(kind: str, version_id: int) -> str:
    """INSERT for a kind's records as they are: the version id is part of the statement, and a JSON
    column's "" becomes its empty container, so executemany binds each record with no Python work."""
    cols = COLUMNS[kind]
    values = [f"COALESCE(NULLIF(?, ''), '{queries.JSON_COLUMNS[c]}')" if c in queries.JSON_COLUMNS else "?"
              for c in cols]
    names = ", ".join(f'"{c}"' for c in cols)
    return (f'INSERT INTO "{queries.ROW_TABLES[kind]}" (version_id, {names}) '
            f'VALUES ({int(version_id)}, {", ".join(values)})')


def _remember_mapping(result: ImportResult) -> None:
    for header in result.sheet_headers.values():
        HeaderMapping.insert(signature=hdr.header_signature(result.kind, header), kind=result.kind, headers=header,
                             mapping=result.mapping, updated_at=now_iso()).on_conflict_replace().execute()
