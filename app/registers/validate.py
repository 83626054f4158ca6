"""File -> ImportResult: read the sheets, find headers, build records, find duplicates, digest, diff.

Nothing here writes to the database; the service commits a result in one
transaction afterwards.
"""
from __future__ import annotations

import json
import operator
from itertools import islice
from pathlib import Path

from app.errors import Location, ValidationError
from app.hashing import H, file_sha256
from app.progress import check_cancel
from app.registers import headers as hdr
from app.registers.normalize import cell_text, clean_text
from app.registers.readers import Workbook, open_workbook
from app.registers.results import ImportResult
from app.registers.rows import (
    CONTENT_WIDTH,
    KEY_POSITIONS,
    Districts,
    Issue,
    RowBuilder,
    is_footer,
)
from app.registers.staging import DIGEST_HEADER, Staging
from app.settings import store as settings

MAX_ISSUE_VALUE = 200   # characters of a cell's value kept in an issue
BATCH_ROWS = 2000   # rows built at a time: the progress step, and how often cancel is checked


def render(value) -> str:
    """One field of the canonical text: the same for a fresh record and a row read back from the database."""
    if value is None:
        return ""
    if value.__class__ is str:
        return value
    if isinstance(value, (bool, int)):
        return "1" if value else "0"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")) if value else ""
    return str(value)


def record_key(kind: str, record: tuple) -> str:
    positions = KEY_POSITIONS[kind]
    return record[positions[0]] if len(positions) == 1 else "|".join(record[p] for p in positions)


def render_lines(kind: str, records) -> list[str]:
    """One canonical line per record: its content fields tab-separated (white space was collapsed, so
    no field holds a tab or a line break).

    Row by row on purpose: transposing 100,000 records into columns (zip(*records)) measured twice as
    slow, the records being scattered over the heap."""
    width = CONTENT_WIDTH[kind]
    return ["\t".join([v if v.__class__ is str else render(v) for v in rec[:width]]) for rec in records]


def record_keys(kind: str, records: list):
    """record_key of each record, in order (one C-level itemgetter where the key is a single field)."""
    positions = KEY_POSITIONS[kind]
    if len(positions) == 1:
        return map(operator.itemgetter(positions[0]), records)
    return map("|".join, map(operator.itemgetter(*positions), records))   # as record_key, C-level


def content_lines(kind: str, records) -> dict[str, str]:
    """key -> canonical line."""
    records = list(records)
    return dict(zip(record_keys(kind, records), render_lines(kind, records)))


def digest_of(kind: str, lines) -> str:
    """H of "SPOTCHECK-REGISTER-1|kind" and one line per record, records ordered by key, each line ending in LF.

    `lines` is a key -> line dict, or a list of lines already in key order."""
    ordered = [lines[k] for k in sorted(lines)] if isinstance(lines, dict) else lines
    return H("\n".join([f"{DIGEST_HEADER}|{kind}", *ordered, ""]))


def choose_sheets(book: Workbook, sheets: list[str] | None) -> list[str]:
    if not sheets:
        return list(book.sheet_names)
    missing = [s for s in sheets if s not in book.sheet_names]
    if missing:
        raise ValidationError(f"文件中没有名为“{missing[0]}”的工作表（现有：{'、'.join(book.sheet_names)}）。",
                              location=Location(file=book.path.name))
    return list(sheets)


def locate_header(kind, sheet, header_row, file_name, remembered=None, mapping=None):
    """(index into sheet.rows of the header, header cells) or None when the sheet has no header."""
    if header_row is None and mapping:
        # The clerk's mapping names the header cells: the first row holding all of them is the header.
        wanted = {hdr.norm_header(h) for h in mapping.values()}
        for idx, (_no, cells) in enumerate(sheet.head(hdr.HEADER_SCAN_ROWS)):
            if wanted <= {hdr.norm_header(c) for c in cells}:
                return idx, cells
    if header_row is not None:
        for idx, (no, cells) in enumerate(sheet.stream()):
            if no == header_row:
                return idx, cells
            if no > header_row:
                break
        raise ValidationError(f"第 {header_row} 行是空行，不能作为表头。",
                              location=Location(file=file_name, sheet=sheet.name, row=header_row))
    return hdr.find_header_row(kind, sheet.head(hdr.HEADER_SCAN_ROWS), remembered)


def require_fields(kind, mapping, columns, file_name, sheet_name, header_no):
    for field in hdr.REQUIRED[kind]:
        if field == "key" and kind == "enterprise" and ("key" in columns or "reg_no" in columns):
            continue
        if field not in columns:
            label = hdr.FIELD_LABELS[field]
            wanted = "、".join(hdr.SYNONYMS[kind][field][:4])
            raise ValidationError(
                f"表头中没有找到“{label}”列（可用的列名：{wanted}）。请检查表头行，或在列对应中指定。",
                location=Location(file=file_name, sheet=sheet_name, row=header_no))


class Collector:
    """Issues, and the per-row bookkeeping of rejected/flagged counts."""

    def __init__(self):
        self.issues: list[Issue] = []
        self.rejected_rows: set = set()
        self.flagged_rows: set = set()

    def add(self, sheet, row, column, value, reason, severity):
        if value.__class__ is str and len(value) > MAX_ISSUE_VALUE:   # a 10 MB cell is not copied into the report
            value = f"{value[:MAX_ISSUE_VALUE // 2]}…（共 {len(value)} 个字符）"
        self.issues.append(Issue(sheet, row, column, value, reason, severity))
        if severity in ("rejected", "conflict"):
            self.rejected_rows.add((sheet, row))
        elif severity == "flagged":
            self.flagged_rows.add((sheet, row))


def build_records(kind, book, sheet_names, *, mapping, header_row, remembered, progress, cancel, today=None):
    """Read every chosen sheet into records.

    Returns (staged records, collector, header_rows, mapping, rows_read, sheet_headers)."""
    out = Collector()
    builder = RowBuilder(kind, Districts(settings.districts(), settings.units()), out, today)
    records = Staging(kind)
    header_rows: dict[str, int] = {}
    sheet_headers: dict[str, list[str]] = {}
    rows_before = 0
    used_mapping: dict[str, str] = dict(mapping or {})
    rows_read = 0
    file_name = book.path.name
    found_any = False
    for sheet_name in sheet_names:
        sheet = book.sheet(sheet_name)
        located = locate_header(kind, sheet, header_row, file_name, remembered, mapping)
        if located is None:
            if not sheet.head(1) and len(sheet_names) > 1:
                continue   # an empty extra sheet (Sheet2, Sheet3) is nothing to report
            if len(sheet_names) == 1:
                raise ValidationError(
                    "没有找到表头行（前 30 行中没有包含“" + hdr.FIELD_LABELS[hdr.KEY_FIELD[kind]] + "”等列名的行）"
                    + ("，工作表是空的。" if not sheet.head(1) else "。"),
                    location=Location(file=file_name, sheet=sheet_name))
            out.add(sheet_name, None, "", "", "该工作表没有找到表头，已跳过", "skipped")
            continue
        found_any = True
        idx, header = located
        data = sheet.stream()
        header_no = next(islice(data, idx, None))[0]   # the rows after it are the data, read as they stream
        header_rows[sheet_name] = header_no
        sheet_headers[sheet_name] = [cell_text(h) for h in header]
        sheet_total = max(sheet.height - header_no, 0)   # the progress total: blank rows not yet left out
        sheet_mapping = (mapping or remembered.get(hdr.header_signature(kind, header))
                         or hdr.suggest_mapping(kind, header))
        if not mapping:
            for field, text in sheet_mapping.items():
                used_mapping.setdefault(field, text)
        columns = hdr.column_index(header, sheet_mapping)
        require_fields(kind, sheet_mapping, columns, file_name, sheet_name, header_no)
        builder.has_status = "status" in columns
        if not builder.has_status and kind == "enterprise":
            out.add(sheet_name, header_no, "", "", "没有“登记状态”列，本表全部按在营处理", "flagged")
        # Absent fields read column -1: the "" appended to every row's texts.
        builder.ix = {f: columns.get(f, -1) for f in hdr.SYNONYMS[kind]}
        builder.labels = {f: clean_text(cell_text(header[c])) or hdr.FIELD_LABELS.get(f, f)
                          for f, c in columns.items()}
        for f in hdr.SYNONYMS[kind]:
            builder.labels.setdefault(f, hdr.FIELD_LABELS.get(f, f))
        mapped_cols = set(columns.values())
        builder.extra_cols = [(c, clean_text(cell_text(h))) for c, h in enumerate(header)
                              if c not in mapped_cols and hdr.norm_header(h)
                              and hdr.norm_header(h) not in hdr.IGNORED_HEADERS]
        width = max(len(header), max(columns.values(), default=0) + 1)
        header_norm = [hdr.norm_header(h) for h in header]
        key_col = columns.get(hdr.KEY_FIELD[kind], columns.get("reg_no", 0))
        builder.sheet = sheet_name
        batch: list[tuple[int, list]] = []
        while chunk := list(islice(data, BATCH_ROWS)):
            probes = _key_cells(chunk, key_col)
            # A code in the key column (15 or 18 ASCII characters) marks a data row, whatever its first
            # cell says (an enterprise may be named 统计…): only other rows can be footers or headers.
            if _all_codes(probes):
                batch.extend(chunk)   # the usual chunk: nothing but data rows
            else:
                for item, probe in zip(chunk, probes):
                    if not (probe.__class__ is str and len(probe) > 14 and probe.isascii()):
                        skipped = _skipped_row(item[1], probe, header_norm)
                        if skipped:
                            # Earlier rows' issues come first: the report lists a sheet's issues in row order.
                            rows_read, batch = _build_batch(builder, batch, width, records, rows_read, cancel), []
                            out.add(sheet_name, item[0], "", *skipped, "skipped")
                            continue
                    batch.append(item)
            if len(batch) >= BATCH_ROWS:
                rows_read, batch = _build_batch(builder, batch, width, records, rows_read, cancel), []
                if progress is not None:
                    progress(rows_read, rows_before + sheet_total, f"正在检查工作表“{sheet_name}”：{rows_read} 行")
        rows_read = _build_batch(builder, batch, width, records, rows_read, cancel)
        if progress is not None:
            progress(rows_read, max(rows_read, rows_before + sheet_total),
                     f"已检查工作表“{sheet_name}”：{rows_read} 行")
        rows_before = rows_read
    if not found_any:
        raise ValidationError("所有工作表中都没有找到表头行。", location=Location(file=file_name))
    return records, out, header_rows, used_mapping, rows_read, sheet_headers


def _key_cells(chunk: list[tuple[int, list]], key_col: int) -> list:
    """The key column's cell of each row ("" for a row too short to have one)."""
    rows = list(map(operator.itemgetter(1), chunk))
    if min(map(len, rows)) > key_col:
        return list(map(operator.itemgetter(key_col), rows))
    return [cells[key_col] if key_col < len(cells) else "" for cells in rows]


def _all_codes(probes: list) -> bool:
    """Whether every cell is text of at least 15 ASCII characters (C-level scans, no per-row Python)."""
    try:
        return min(map(len, probes)) > 14 and "".join(probes).isascii()
    except TypeError:   # a number, a date or None among them
        return False


def _skipped_row(cells: list, probe, header_norm: list[str]) -> tuple[str, str] | None:
    """(value, reason) of a row that is not data: a footer (合计, 制表 ...) or the header repeated."""
    if is_footer(cells):
        first = next(v for v in cells if v not in ("", None))
        return clean_text(cell_text(first)), "表尾说明行（合计、制表等），已跳过"
    # A header repeated inside the data (pasted sheets, printed pages). Codes never start with
    # a CJK character, so only such cells pay for the full comparison.
    if (probe.__class__ is str and probe and probe[0] >= "\u2e80"
            and [hdr.norm_header(h) for h in cells[:len(header_norm)]] == header_norm):
        return "", "重复的表头行，已跳过"
    return None


def _build_batch(builder, batch, width, records, rows_read, cancel) -> int:
    """Build a batch of data rows into records; the rows read so far."""
    check_cancel(cancel)
    if batch:
        built, lines = builder.build_batch(batch, width)
        records.add(built, lines if lines is not None else render_lines(builder.kind, built))
    return rows_read + len(batch)


def validate(path, kind, register_name, *, mapping=None, sheets=None, header_row=None, encoding=None,
             progress=None, cancel=None, remembered=None, previous_lines=None,
             flag_unknown=None, today=None) -> ImportResult:
    path = Path(path)
    book = open_workbook(path, encoding=encoding)
    source_sha256 = file_sha256(path)   # of the bytes just read, before the long part
    sheet_names = choose_sheets(book, sheets)
    book.prefetch(sheet_names[0])   # the first sheet parses while the previous version loads
    previous = previous_lines() if previous_lines else None   # also refuses a register of another kind, early
    if progress:
        progress(0, 0, "正在读取文件…")
    staged, out, header_rows, used_mapping, rows_read, sheet_headers = build_records(
        kind, book, sheet_names, mapping=mapping, header_row=header_row,
        remembered=remembered or {}, progress=progress, cancel=cancel, today=today)
    book_format, book_encoding = book.format, book.encoding
    del book
    check_cancel(cancel)
    if progress:
        progress(rows_read, rows_read, "正在比对和计算摘要…")
    done = staged.finish(out, previous, flag_unknown=flag_unknown, today=today)
    check_cancel(cancel)
    # The clerk reads the issues sheet by sheet, row by row (duplicates are found only at the end).
    sheet_order = {name: i for i, name in enumerate(sheet_names)}
    out.issues.sort(key=lambda i: (sheet_order.get(i.sheet, len(sheet_order)), i.row or 0))
    return ImportResult(
        path=path, source_name=path.name, source_sha256=source_sha256, kind=kind, register_name=register_name,
        format=book_format, encoding=book_encoding, sheets=list(header_rows), header_rows=header_rows,
        mapping=used_mapping, records=done.records, issues=out.issues, rows_read=rows_read,
        rejected=len(out.rejected_rows), flagged=len(out.flagged_rows - out.rejected_rows),
        operating=done.operating, digest=done.digest, diff=done.diff,
        mapping_confirmed=bool(mapping), sheet_headers=sheet_headers)
