"""Reading spreadsheets as they arrive: xlsx/xlsm/xls/ods through python-calamine, csv/txt as text.

The format is decided from the file's first bytes, not its extension (systems
export tab-separated text or HTML named .xls). A reader yields raw rows of
cell values; header detection and validation happen elsewhere.
"""
from __future__ import annotations

import codecs
import csv
import threading
from dataclasses import dataclass
from itertools import compress, count, islice
from pathlib import Path
from typing import Any

from app.errors import FileReadError, Location
from app.registers.read_errors import DAMAGED as _DAMAGED
from app.registers.read_errors import fail as _fail
from app.registers.read_errors import short as _short
from app.registers.zip_limits import ZIP_MAGIC, check_zip_limits

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCODINGS = ("utf-8-sig", "utf-8", "gbk", "gb18030")   # offered in the wizard's encoding box


class SheetData:
    """One sheet's non-blank rows as (Excel row number, raw cell values), read as a stream.

    `stream()` reads them from the first each time it is called (a million-row register is never held
    as Python lists: the import checks and writes it a batch at a time); `head(n)` keeps the first rows
    for header detection and previews; `rows` is the whole list, for the small sheets that want it
    (returned work packages). `height` is the sheet's row count as the file states it (blank rows
    included): the progress total."""

    def __init__(self, name: str, rows=None, *, stream=None, height: int | None = None):
        self.name = name
        self._rows: list[tuple[int, list]] | None = list(rows) if rows is not None else None
        self._stream = stream
        self._head: list[tuple[int, list]] = []
        self.height = height if height is not None else (len(self._rows) if self._rows is not None else 0)

    def stream(self):
        if self._rows is not None:
            return iter(self._rows)
        return self._stream()

    def head(self, n: int) -> list[tuple[int, list]]:
        if self._rows is not None:
            return self._rows[:n]
        if len(self._head) < n:
            self._head = list(islice(self.stream(), n))
        return self._head[:n]

    @property
    def rows(self) -> list[tuple[int, list]]:
        if self._rows is None:
            self._rows = list(self.stream())
        return self._rows


@dataclass
class Workbook:
    path: Path
    format: str                  # xlsx | xls | ods | csv
    encoding: str | None         # csv only
    sheet_names: list[str]
    _book: Any = None            # {sheet: SheetData} for csv, else a python_calamine CalamineWorkbook
    _pending: tuple | None = None   # (sheet name, thread, outcome) of a prefetch()

    def sheet(self, name: str) -> SheetData:
        if self.format == "csv":
            return self._book[name]
        pending, self._pending = self._pending, None
        if pending is not None:
            pending_name, thread, outcome = pending
            thread.join()   # also before reading another sheet: calamine reads one sheet at a time
            if pending_name == name:
                if "error" in outcome:
                    raise outcome["error"]
                return outcome["sheet"]
        return _calamine_sheet(self, name)

    def prefetch(self, name: str) -> None:
        """Start reading sheet `name` in a background thread; sheet(name) then waits for it.

        calamine parses a sheet without holding the GIL (1.5 s for 100,000 rows), so the caller's own
        work meanwhile -- loading the previous version for the diff -- runs alongside on a second core.
        The outcome, sheet or FileReadError, is the same as reading it in sheet()."""
        if self.format == "csv" or self._pending is not None:
            return
        outcome: dict = {}

        def read() -> None:
            try:
                outcome["sheet"] = _calamine_sheet(self, name)
            except BaseException as exc:   # handed to the thread that calls sheet()
                outcome["error"] = exc

        thread = threading.Thread(target=read, name="register-sheet-reader", daemon=True)
        self._pending = (name, thread, outcome)
        thread.start()


def open_workbook(path: str | Path, *, encoding: str | None = None) -> Workbook:
    path = Path(path)
    if not path.is_file():
        raise _fail(path, "文件不存在或无法打开。")
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
        size = path.stat().st_size
    except OSError as exc:
        raise _fail(path, f"无法读取文件（{exc.strerror or exc}）。", cause=exc) from exc
    if size == 0:
        raise _fail(path, "文件是空的（0 字节），没有可导入的内容。")
    if head.startswith(ZIP_MAGIC) or head.startswith(OLE_MAGIC):
        if head.startswith(ZIP_MAGIC):
            check_zip_limits(path)
        return _open_calamine(path, "xls" if head.startswith(OLE_MAGIC) else _zip_format(path))
    return _open_text(path, encoding)


def _zip_format(path: Path) -> str:
    return "ods" if path.suffix.lower() == ".ods" else "xlsx"


def _open_calamine(path: Path, fmt: str) -> Workbook:
    # lazy: the Rust reader loads only when a spreadsheet is read
    from python_calamine import CalamineWorkbook
    try:
        book = CalamineWorkbook.from_path(str(path))
        names = [m.name for m in book.sheets_metadata if str(m.typ).endswith("WorkSheet")] or book.sheet_names
    except BaseException as exc:  # calamine raises unrelated types, even a Rust panic, on damaged files
        _reraise_interrupts(exc)
        raise _fail(path, _DAMAGED, cause=exc) from exc
    if not names:
        raise _fail(path, "文件中没有工作表。")
    return Workbook(path=path, format=fmt, encoding=None, sheet_names=list(names), _book=book)


def _calamine_sheet(book: Workbook, name: str) -> SheetData:
    path = book.path
    try:
        sheet = book._book.get_sheet_by_name(name)
        # calamine's range starts at the first used cell: restore Excel positions.
        first_row, first_col = sheet.start or (0, 0)
        height = sheet.height
        try:
            merged = list(sheet.merged_cell_ranges or [])
        except Exception:
            merged = []
    except BaseException as exc:
        _reraise_interrupts(exc)
        raise _sheet_damaged(path, name, exc) from exc

    def stream():
        try:
            rows = sheet.iter_rows()
        except BaseException as exc:
            _reraise_interrupts(exc)
            raise _sheet_damaged(path, name, exc) from exc
        if first_col:
            pad = [""] * first_col
            rows = (pad + cells for cells in rows)
        if merged:
            return _fill_merged_down(rows, first_row + 1, merged)
        return _iter_numbered(rows, first_row + 1)

    return SheetData(name, stream=stream, height=height)


def _sheet_damaged(path: Path, name: str, exc: BaseException) -> FileReadError:
    return _fail(path, "工作表已损坏或不完整，无法读取。请在 Excel 中打开后另存为 .xlsx 再导入。",
                 sheet=name, cause=exc)


_CHUNK_ROWS = 10000


def _numbered_rows(stream, first_no: int) -> list[tuple[int, list]]:
    return list(_iter_numbered(stream, first_no))


def _iter_numbered(stream, first_no: int):
    """(Excel row number, cells) of the rows that hold something, blank rows dropped as they stream out.

    A chunk at a time, so a sheet of a million formatted-but-empty rows never holds them all; within
    a chunk, numbering and dropping are C-level (zip, count, compress, map(any)), a third of what a
    Python loop over 100,000 rows costs. (any() also treats a row holding only 0 as blank: such a row
    identifies nothing.)"""
    no = first_no
    while True:
        chunk = list(islice(stream, _CHUNK_ROWS))
        if not chunk:
            return
        kept = list(compress(zip(count(no), chunk), map(any, chunk)))
        no += len(chunk)
        del chunk   # before the next chunk is read: one chunk alive at a time
        yield from kept


def _fill_merged_down(stream, first_no: int, merged):
    """A cell merged over several rows (a district written once for its block) belongs to each row.

    Only the vertical extent is filled: a title merged across columns stays one cell. A row blank but
    for the merged area is kept, holding the filled value. Streams: a merged area's value is taken
    from its top row as that row goes by."""
    spans: dict[int, list[tuple[int, int]]] = {}   # top row number -> (column, last row number)
    for (r1, c1), (r2, _c2) in merged:
        if r2 > r1:
            spans.setdefault(r1 + 1, []).append((c1, r2 + 1))
    active: list[tuple[int, int, object]] = []      # (column, last row number, value)
    for no, cells in enumerate(stream, first_no):
        if active:
            active = [a for a in active if a[1] >= no]
            blank = not any(cells)
            row = None if blank else cells
            for col, _last, value in active:
                if row is None:
                    row = [""] * (col + 1)
                if len(row) <= col:
                    row.extend([""] * (col + 1 - len(row)))
                if row[col] in ("", None):
                    row[col] = value
            if row is not None:
                yield no, row
                cells = row
            elif blank:
                continue
        elif any(cells):
            yield no, cells
        else:
            continue
        for col, last in spans.pop(no, ()):
            if col < len(cells):
                active.append((col, last, cells[col]))


def _reraise_interrupts(exc: BaseException) -> None:
    """pyo3's PanicException derives from BaseException: catch it, but never Ctrl+C or exit."""
    if isinstance(exc, (KeyboardInterrupt, SystemExit, GeneratorExit)):
        raise exc


# ---- text (csv) -------------------------------------------------------------


def _open_text(path: Path, encoding: str | None) -> Workbook:
    try:
        with path.open("rb") as fh:
            head = fh.read(1 << 16)
    except OSError as exc:
        raise _fail(path, f"无法读取文件（{exc.strerror or exc}）。", cause=exc) from exc
    if b"\x00" in head[:4096] and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _fail(path, "这不是表格文件（内容是二进制数据），请选择 .xlsx、.xls 或 .csv 文件。")
    try:
        enc = encoding or _file_encoding(path, head)
        if encoding:
            _decode_all(path, encoding)
        text = _decoded_head(head, enc)
    except (UnicodeDecodeError, LookupError) as exc:
        tried = f"按“{encoding}”编码" if encoding else "按 UTF-8、GBK、GB18030 编码都"
        raise _fail(path, f"{tried}无法读取该文件，可能不是文本表格或编码不对；请在“编码”中选择正确的编码，"
                          "或在 Excel 中另存为 .xlsx。") from exc
    sniff = text.lstrip()[:200].lower()
    if sniff.startswith(("<html", "<!doctype", "<?xml", "<table")):
        raise _fail(path, "该文件实际是网页（HTML/XML）格式，请在 Excel 中打开后另存为 .xlsx 再导入。")
    delimiter = _sniff_delimiter(text)
    name = path.stem

    def stream():
        # newline="": the csv module sees every line end (LF, CRLF, an old Mac's lone CR) as written,
        # and a quoted cell keeps its line breaks; the file is read a buffer at a time, never whole.
        with path.open(encoding=enc, newline="") as fh:
            reader = csv.reader(fh, delimiter=delimiter)
            # Excel numbers a csv by record, not by physical line (a quoted cell may hold line breaks).
            # A chunk of records at a time, numbered and blank rows dropped C-level (a row is blank when
            # its cells joined are only white space, as any(c.strip() ...) per row, a third the time).
            no = 1
            try:
                while chunk := list(islice(reader, _CHUNK_ROWS)):
                    yield from compress(zip(count(no), chunk), map(str.strip, map("".join, chunk)))
                    no += len(chunk)
            except csv.Error as exc:   # a cell over the csv module's field limit (128 Ki characters), or a NUL
                raise FileReadError(
                    f"该行有超过 {csv.field_size_limit() // 1024} K 个字符的单元格或无法识别的内容，"
                    "不是正常的名录表格，已拒绝读取。",
                    location=Location(file=path.name, sheet=name, row=reader.line_num),
                    details={"cause": _short(exc)}) from exc

    sheet = SheetData(name, stream=stream, height=_line_count(path))
    return Workbook(path=path, format="csv", encoding=enc, sheet_names=[name], _book={name: sheet})


def _chunks(path: Path):
    with path.open("rb") as fh:
        yield from iter(lambda: fh.read(1 << 20), b"")


def _decode_all(path: Path, encoding: str) -> None:
    """Decode the whole file a megabyte at a time, keeping nothing: UnicodeDecodeError if it does not fit."""
    decoder = codecs.getincrementaldecoder(encoding)()
    for chunk in _chunks(path):
        decoder.decode(chunk)
    decoder.decode(b"", final=True)


def _file_encoding(path: Path, head: bytes) -> str:
    """The file's encoding, read through without holding it: UTF-8 (with or without BOM) first, as it is
    strict and a GBK file never passes as UTF-8; then GBK, then GB18030."""
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    for enc in ("utf-8", "gbk", "gb18030"):
        try:
            _decode_all(path, enc)
            return enc
        except UnicodeDecodeError:
            continue
    raise UnicodeDecodeError("unknown", head[:1], 0, 1, "no encoding fits")


def _decoded_head(head: bytes, encoding: str) -> str:
    """The text of the file's first bytes (a character cut at the end left out): delimiter and sniffing."""
    return codecs.getincrementaldecoder(encoding)().decode(head)


def _line_count(path: Path) -> int:
    return sum(chunk.count(b"\n") for chunk in _chunks(path)) + 1


def _sniff_delimiter(text: str) -> str:
    lines = [ln for ln in text[:1 << 16].splitlines()[:30] if ln.strip()]
    best, best_score = ",", 0
    for delim in (",", "\t", ";", "|"):
        counts = [ln.count(delim) for ln in lines]
        score = sorted(counts)[len(counts) // 2] if counts else 0   # the median line's count
        if score > best_score:
            best, best_score = delim, score
    return best
