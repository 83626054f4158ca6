"""Reading spreadsheets as they arrive: xlsx/xlsm/xls/ods through python-calamine, csv/txt as text.

The format is decided from the file's first bytes, not its extension (systems
export tab-separated text or HTML named .xls). A reader yields raw rows of
cell values; header detection and validation happen elsewhere.
"""
from __future__ import annotations

import csv
import io
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


@dataclass
class SheetData:
    name: str
    rows: list[tuple[int, list]]   # (Excel row number, raw cell values), blank rows left out


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
    try:
        sheet = book._book.get_sheet_by_name(name)
        # calamine's range starts at the first used cell: restore Excel positions.
        first_row, first_col = sheet.start or (0, 0)
        rows = _numbered_rows(sheet.iter_rows(), first_row + 1)
        if first_col:
            pad = [""] * first_col
            rows = [(no, pad + cells) for no, cells in rows]
        try:
            merged = list(sheet.merged_cell_ranges or [])
        except Exception:
            merged = []
    except BaseException as exc:
        _reraise_interrupts(exc)
        raise _fail(book.path, "工作表已损坏或不完整，无法读取。请在 Excel 中打开后另存为 .xlsx 再导入。",
                    sheet=name, cause=exc) from exc
    if merged:
        rows = _fill_merged_down(rows, merged)
    return SheetData(name=name, rows=rows)


_CHUNK_ROWS = 10000


def _numbered_rows(stream, first_no: int) -> list[tuple[int, list]]:
    """(Excel row number, cells) of the rows that hold something, blank rows dropped as they stream out.

    A chunk at a time, so a sheet of a million formatted-but-empty rows never holds them all; within
    a chunk, numbering and dropping are C-level (zip, count, compress, map(any)), a third of what a
    Python loop over 100,000 rows costs. (any() also treats a row holding only 0 as blank: such a row
    identifies nothing.)"""
    rows: list[tuple[int, list]] = []
    no = first_no
    while True:
        chunk = list(islice(stream, _CHUNK_ROWS))
        if not chunk:
            return rows
        rows.extend(compress(zip(count(no), chunk), map(any, chunk)))
        no += len(chunk)
        del chunk   # before the next chunk is read: one chunk alive at a time


def _fill_merged_down(rows: list[tuple[int, list]], merged) -> list[tuple[int, list]]:
    """A cell merged over several rows (a district written once for its block) belongs to each row.

    Only the vertical extent is filled: a title merged across columns stays one cell.
    """
    by_no = {no: cells for no, cells in rows}
    present = set(by_no)
    for (r1, c1), (r2, _c2) in merged:
        top = by_no.get(r1 + 1)
        if r2 <= r1 or top is None or c1 >= len(top):
            continue
        value = top[c1]
        for r in range(r1 + 2, r2 + 2):
            cells = by_no.get(r)
            if cells is None:   # a row blank except for the merged area
                cells = by_no[r] = [""] * (c1 + 1)
            if len(cells) <= c1:
                cells.extend([""] * (c1 + 1 - len(cells)))
            if cells[c1] in ("", None):
                cells[c1] = value
    if len(by_no) == len(present):
        return rows
    return sorted(by_no.items())


def _reraise_interrupts(exc: BaseException) -> None:
    """pyo3's PanicException derives from BaseException: catch it, but never Ctrl+C or exit."""
    if isinstance(exc, (KeyboardInterrupt, SystemExit, GeneratorExit)):
        raise exc


# ---- text (csv) -------------------------------------------------------------

def detect_encoding(data: bytes) -> str:
    """UTF-8 (with/without BOM) first: it is strict, so a GBK file never passes as UTF-8."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    for enc in ("utf-8", "gbk", "gb18030"):
        try:
            data.decode(enc)
            return enc
        except UnicodeDecodeError:
            continue
    raise UnicodeDecodeError("unknown", data[:1], 0, 1, "no encoding fits")


def _open_text(path: Path, encoding: str | None) -> Workbook:
    data = path.read_bytes()
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _fail(path, "这不是表格文件（内容是二进制数据），请选择 .xlsx、.xls 或 .csv 文件。")
    try:
        enc = encoding or detect_encoding(data)
        text = data.decode(enc)
        del data   # a million-row list: 100 MB not to hold while the rows are split
    except (UnicodeDecodeError, LookupError) as exc:
        tried = f"按“{encoding}”编码" if encoding else "按 UTF-8、GBK、GB18030 编码都"
        raise _fail(path, f"{tried}无法读取该文件，可能不是文本表格或编码不对；请在“编码”中选择正确的编码，"
                          "或在 Excel 中另存为 .xlsx。") from exc
    sniff = text.lstrip()[:200].lower()
    if sniff.startswith(("<html", "<!doctype", "<?xml", "<table")):
        raise _fail(path, "该文件实际是网页（HTML/XML）格式，请在 Excel 中打开后另存为 .xlsx 再导入。")
    reader = csv.reader(_csv_lines(text), delimiter=_sniff_delimiter(text))
    # Excel numbers a csv by record, not by physical line (a quoted cell may hold line breaks).
    try:
        rows = [(no, cells) for no, cells in enumerate(reader, 1) if any(c.strip() for c in cells)]
    except csv.Error as exc:   # a cell over the csv module's field limit (128 Ki characters), or a NUL
        raise FileReadError(
            f"该行有超过 {csv.field_size_limit() // 1024} K 个字符的单元格或无法识别的内容，"
            "不是正常的名录表格，已拒绝读取。",
            location=Location(file=path.name, sheet=path.stem, row=reader.line_num),
            details={"cause": _short(exc)}) from exc
    name = path.stem
    book = Workbook(path=path, format="csv", encoding=enc, sheet_names=[name],
                    _book={name: SheetData(name=name, rows=rows)})
    return book


def _csv_lines(text: str):
    """The text's lines for the csv reader, one at a time. io.StringIO would hold a copy at 4 bytes a
    character (400 MB for a million-row list); it is used only for old Mac line ends (a lone CR)."""
    if "\r" in text and text.count("\r") != text.count("\r\n"):
        return io.StringIO(text, newline="")
    return _split_lines(text)


def _split_lines(text: str):
    find, start = text.find, 0
    while True:
        end = find("\n", start) + 1
        if not end:
            if start < len(text):
                yield text[start:]
            return
        yield text[start:end]
        start = end


def _sniff_delimiter(text: str) -> str:
    lines = [ln for ln in text[:1 << 16].splitlines()[:30] if ln.strip()]
    best, best_score = ",", 0
    for delim in (",", "\t", ";", "|"):
        counts = [ln.count(delim) for ln in lines]
        score = sorted(counts)[len(counts) // 2] if counts else 0   # the median line's count
        if score > best_score:
            best, best_score = delim, score
    return best
