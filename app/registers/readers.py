"""Reading spreadsheets as they arrive: xlsx/xlsm/xls/ods through python-calamine, csv/txt as text.

The format is decided from the file's first bytes, not its extension (systems
export tab-separated text or HTML named .xls). A reader yields raw rows of
cell values; header detection and validation happen elsewhere.
"""
from __future__ import annotations

import csv
import io
import re
import struct
import threading
import zipfile
import zlib
from dataclasses import dataclass
from itertools import compress, count, islice
from pathlib import Path
from typing import Any

from app.errors import FileReadError, Location

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCODINGS = ("utf-8-sig", "utf-8", "gbk", "gb18030")   # offered in the wizard's encoding box

# Limits on what a spreadsheet may unpack to, checked before the reader library sees the file (docs/registers.md,
# "文件大小与内容限制"). A real 100,000-row register unpacks to 20-75 MB at a ratio of 5-15:1; a zip bomb
# unpacks a few MB to gigabytes at about 1000:1.
MAX_UNPACKED_BYTES = 1 << 30           # all members together
MAX_MEMBER_RATIO = 100                 # unpacked : packed, for a member larger than RATIO_FREE_BYTES
RATIO_FREE_BYTES = 16 << 20
MAX_MEMBERS = 10000
MAX_ROWS = 1048576                     # Excel's own limits
MAX_COLUMNS = 702                      # columns A..ZZ: no register has more than a few dozen
MAX_SHEET_CELLS = 50_000_000           # rows x columns of a sheet's used range (the reader holds it whole)


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


def _fail(path: Path, message: str, sheet: str | None = None, cause: BaseException | None = None) -> FileReadError:
    """The clerk reads `message`; the reader library's own words go to details (for the log)."""
    details = {"cause": _short(cause)} if cause is not None else None
    return FileReadError(message, location=Location(file=path.name, sheet=sheet), details=details)


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


_DAMAGED = "文件已损坏、不完整或不是 Excel 表格，无法读取。请在 Excel 中打开后另存为 .xlsx 再导入。"


def check_zip_limits(path: Path) -> None:
    """Refuse an xlsx/xlsm/ods whose members unpack beyond the limits, before the reader library inflates them.

    The sizes a zip declares can lie, so every member is inflated here once, as a stream (a megabyte at a
    time, nothing kept), counting what comes out and stopping at the limit. Worksheets are also scanned
    for cell references: the reader holds a sheet's used range as one dense block, so a sheet with a
    cell in A1 and one in XFD1048576 would ask for 17 billion cells (the process aborts)."""
    try:
        with zipfile.ZipFile(path) as zf, path.open("rb") as raw:
            infos = zf.infolist()
            if len(infos) > MAX_MEMBERS:
                raise _fail(path, f"压缩包内的文件数（{len(infos)} 个）超过上限 {MAX_MEMBERS} 个，不是正常的表格文件。")
            total = 0
            for info in infos:
                total += _inflated_size(path, raw, info, MAX_UNPACKED_BYTES - total)
    except (zipfile.BadZipFile, zlib.error, struct.error, EOFError, NotImplementedError, ValueError) as exc:
        raise _fail(path, _DAMAGED, cause=exc) from exc
    except OSError as exc:
        raise _fail(path, f"无法读取文件（{exc.strerror or exc}）。", cause=exc) from exc


def _member_too_big(path: Path, member: str) -> FileReadError:
    return _fail(path, f"文件解压后超过 {MAX_UNPACKED_BYTES >> 20} MB（内部文件“{member}”），"
                       "可能是恶意构造的压缩文件，已拒绝读取。请在 Excel 中打开后另存为 .xlsx 再导入。")


def _inflated_size(path: Path, raw, info: zipfile.ZipInfo, budget: int) -> int:
    """Bytes the member unpacks to, inflated from its raw stream; FileReadError past `budget` or the ratio."""
    if info.file_size > budget:
        raise _member_too_big(path, info.filename)
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise NotImplementedError(f"compression {info.compress_type}")
    if info.filename == "content.xml":   # an OpenDocument spreadsheet: every table in one part
        ods = _OdsWalk()
        out = _inflate(path, raw, info, budget, ods.feed)
        for rows, cols in ods.tables:
            _check_extent(path, info.filename, rows, cols)
        return out
    # Every member is scanned, not only xl/worksheets/*: the workbook's relationships may name any part
    # as a worksheet. A part that does not start as XML (an image) is let alone: it parses as no sheet.
    scan = _SheetScan(path, info.filename)
    out = _inflate(path, raw, info, budget, scan.feed)
    _check_extent(path, info.filename, *scan.extent(lambda feed: _inflate(path, raw, info, budget, feed)))
    return out


def _inflate(path: Path, raw, info: zipfile.ZipInfo, budget: int, feed) -> int:
    """Inflate the member from its raw stream, handing each piece to `feed`; the bytes it unpacks to."""
    raw.seek(info.header_offset)
    header = raw.read(30)
    if header[:4] != ZIP_MAGIC:
        raise zipfile.BadZipFile("bad local header")
    name_len, extra_len = struct.unpack("<HH", header[26:30])
    raw.seek(info.header_offset + 30 + name_len + extra_len)
    # a stored member goes through the same loop: an identity "inflater"
    inflater = zlib.decompressobj(-15) if info.compress_type == zipfile.ZIP_DEFLATED else _Stored()
    left, out = info.compress_size, 0
    ratio_cap = max(RATIO_FREE_BYTES, info.compress_size * MAX_MEMBER_RATIO)
    while left > 0 or inflater.unconsumed_tail:
        data = inflater.unconsumed_tail or raw.read(min(left, 1 << 20))
        if not inflater.unconsumed_tail:
            if not data:
                raise EOFError("member cut short")
            left -= len(data)
        chunk = inflater.decompress(data, 1 << 22)   # at most 4 MB out per call: a bomb never inflates whole
        out += len(chunk)
        if out > budget:
            raise _member_too_big(path, info.filename)
        if out > ratio_cap:
            raise _fail(path, f"内部文件“{info.filename}”的压缩比超过 {MAX_MEMBER_RATIO}:1（正常表格约为 5–15:1），"
                              "可能是恶意构造的压缩文件，已拒绝读取。请在 Excel 中打开后另存为 .xlsx 再导入。")
        if feed is not None:
            feed(chunk)
        if inflater.eof:
            break
    return out


class _Stored:
    """The zlib.decompressobj interface for a member stored without compression."""

    unconsumed_tail = b""
    eof = False

    def decompress(self, data: bytes, _max_length: int) -> bytes:
        return data


# The sheet scan's patterns (see _SheetScan), for `digits` = 1..7.
_ODD_CELLS = {d: re.compile(rb'<c(?: r="([A-Z]{2})\d{1,%d}"|(?! r="[A-Z]{1,2}\d{1,%d}")[ />])' % (d, d))
              for d in range(1, 8)}
_ODD_ROWS = {d: re.compile(rb'<row(?! r="\d{1,%d}")[ />]' % d) for d in range(1, 8)}
_TOP_CELLS = {d: re.compile(rb'<(?:c r="[A-Z]{1,2}|row r=")(\d{%d})"' % d) for d in range(1, 8)}
_TAG = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?(row|c)([\s/][^>]*)?>')
_REF = re.compile(rb'\sr\s*=\s*["\']([A-Z]*)(\d+)["\']')


class _SheetScan:
    """The extent (rows x columns) of a worksheet, read from its XML as it inflates, as the reader places cells.

    The usual sheet -- every <row> and <c> carrying its reference first, rows in order, at most two column
    letters -- costs one pass of two patterns: `digits` is the digit count of the last row reference seen,
    and anything else (a reference with more digits, a cell or row without one, a column past ZZ) is
    "odd". A usual sheet has no odd tag; its rows are then below 10**digits, and its columns are the
    single letters (at most 26) and the two-letter ones collected on the way. When that bound is over the
    limit, the references with `digits` digits are read exactly (a second, cheap pass: few rows have as
    many digits as the last). A sheet with odd tags is walked tag by tag as the reader walks it (slow, rare).
    """

    def __init__(self, path: Path, member: str):
        self.path, self.member = path, member
        self.tail = b""
        self.digits = 1
        self.max_col = 26    # single-letter columns are not looked at one by one: at most Z
        self.odd = False
        self.in_body = False   # <sheetData> seen
        self.first, self.not_xml = True, False

    def feed(self, chunk: bytes) -> None:
        if self.odd or self.not_xml:
            return
        if self.first:
            self.first = False
            if not chunk.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<") and chunk:
                self.not_xml = True
                return
        data = self.tail + chunk
        cut = _last_tag(data)
        self.tail = data[cut:cut + 64]
        if not self.in_body:
            at = data.find(b"sheetData", 0, cut)
            self.in_body = at >= 0
            if at > 0 and data[at - 1:at] == b":":   # elements with a namespace prefix (<x:row>): walked
                self.odd = True
                return
        last = data.rfind(b'<row r="', 0, cut)
        end = data.find(b'"', last + 8, cut) if last >= 0 else -1
        if end > 0:
            self.digits = min(7, max(self.digits, end - last - 8))
        if _ODD_ROWS[self.digits].search(data, 0, cut):
            self.odd = True
            return
        two_letters = set(_ODD_CELLS[self.digits].findall(data, 0, cut))
        if b"" in two_letters:   # a cell without a leading reference, or past the digits
            self.odd = True
            return
        if two_letters:
            self.max_col = max(self.max_col, max(map(_column_number, two_letters)))

    def extent(self, reinflate) -> tuple[int, int]:
        """(rows, columns) of the sheet; `reinflate(scan)` feeds the member again to a second scanner."""
        if self.not_xml:
            return 0, 0
        if self.odd:
            walk = _SheetWalk()
            reinflate(walk.feed)
            return walk.max_row, walk.max_col
        rows = 10 ** self.digits - 1
        if rows > MAX_ROWS or rows * self.max_col > MAX_SHEET_CELLS:
            top = _TopRow(_TOP_CELLS[self.digits])
            reinflate(top.feed)
            rows = max(top.row, 10 ** (self.digits - 1) - 1)
        return rows, self.max_col

def _check_extent(path: Path, member: str, rows: int, cols: int) -> None:
    where = f"（内部文件“{member}”）"
    if cols > MAX_COLUMNS:
        raise _fail(path, f"工作表超过 {MAX_COLUMNS} 列（到 ZZ 列）{where}，不是名录表格，已拒绝读取。"
                          "请删除多余的列后另存再导入。")
    if rows > MAX_ROWS:
        raise _fail(path, f"工作表超过 {MAX_ROWS} 行（Excel 的上限）{where}，文件已损坏或是恶意构造的。")
    if rows * cols > MAX_SHEET_CELLS:
        raise _fail(path, f"工作表的使用范围（{rows} 行 × {cols} 列）超过 "
                          f"{MAX_SHEET_CELLS // 1000000} 百万个单元格{where}，已拒绝读取。"
                          "请删除远处的空白单元格或多余的行列后另存再导入。")


_ODS_TAG = re.compile(rb'<(/?)table:(table-row|table-cell|covered-table-cell|table)(?=[\s/>])([^>]*?)(/?)>')
_ODS_ROWS = re.compile(rb'number-rows-repeated\s*=\s*["\'](\d+)')
_ODS_COLS = re.compile(rb'number-columns-repeated\s*=\s*["\'](\d+)')


class _OdsWalk:
    """(rows, columns) of each table of an OpenDocument content.xml, repeats counted: a row or cell written
    once with number-rows-repeated / number-columns-repeated stands for that many. Cells written empty
    (<table:table-cell/> without a value type) do not widen the table; every other cell does."""

    def __init__(self):
        self.tail = b""
        self.tables: list[tuple[int, int]] = []
        self.row = self.rows_repeat = self.col = self.max_row = self.max_col = 0
        self.row_valued = False

    def feed(self, chunk: bytes) -> None:
        data, self.tail = _complete_tags(self.tail + chunk, whole=True)
        for closing, kind, attrs, empty in _ODS_TAG.findall(data):
            if kind == b"table":
                if closing:
                    self.tables.append((self.max_row, self.max_col))
                else:
                    self.row = self.max_row = self.max_col = 0
            elif kind == b"table-row":
                if closing:
                    self._end_row()
                    continue
                self._start_row(attrs)
                if empty:
                    self._end_row()
            elif not closing:
                found = _ODS_COLS.search(attrs)
                repeat = int(found.group(1)) if found else 1
                if not empty or b"value-type" in attrs:
                    self.row_valued = True
                    self.max_col = max(self.max_col, self.col + repeat)
                self.col += repeat

    def _start_row(self, attrs: bytes) -> None:
        found = _ODS_ROWS.search(attrs)
        self.rows_repeat = int(found.group(1)) if found else 1
        self.col, self.row_valued = 0, False

    def _end_row(self) -> None:
        self.row += self.rows_repeat
        if self.row_valued:
            self.max_row = max(self.max_row, self.row)


class _TopRow:
    """The highest row among the references `pattern` finds (those with as many digits as the last row)."""

    def __init__(self, pattern: re.Pattern):
        self.pattern, self.row, self.tail = pattern, 0, b""

    def feed(self, chunk: bytes) -> None:
        data, self.tail = _complete_tags(self.tail + chunk)
        found = self.pattern.findall(data)
        if found:
            self.row = max(self.row, max(map(int, found)))


class _SheetWalk:
    """Every <row> and <c> tag in order, placed as the reader places them: a tag's own reference wins; a row
    without one follows the previous row, a cell without one the previous cell. Counts empty cells too
    (the reader leaves trailing ones out), so it can only overstate the extent."""

    def __init__(self):
        self.tail = b""
        self.row = self.col = self.max_row = self.max_col = 0

    def feed(self, chunk: bytes) -> None:
        data, self.tail = _complete_tags(self.tail + chunk)
        for kind, attrs in _TAG.findall(data):
            ref = _REF.search(attrs) if attrs else None
            if kind == b"row":
                self.row = int(ref.group(2)) if ref else self.row + 1
                self.col = 0
                continue
            if ref is not None and ref.group(1):
                self.col, row = _column_number(ref.group(1)), int(ref.group(2))
            else:
                self.col, row = self.col + 1, self.row
            self.max_row = max(self.max_row, row)
            self.max_col = max(self.max_col, self.col)


def _last_tag(data: bytes) -> int:
    """Where the last tag starts (it may be cut by the chunk's end: it is looked at with the next chunk)."""
    cut = data.rfind(b"<")
    return len(data) if cut < 0 else cut


def _complete_tags(data: bytes, whole: bool = False) -> tuple[bytes, bytes]:
    """(the data up to a tag cut by the chunk's end, that tag's start): the tag is looked at whole with the
    next chunk. Of a cut tag only the first 64 bytes are carried (a cell's reference comes first), so text
    that runs on for megabytes is never copied chunk after chunk; `whole` carries it all (OpenDocument
    puts the repeat counts anywhere in the tag), up to a megabyte: a longer tag is no spreadsheet's."""
    cut = data.rfind(b"<")
    if cut < 0 or data.find(b">", cut) >= 0:
        return data, b""
    if not whole:
        return data[:cut], data[cut:cut + 64]
    if len(data) - cut > 1 << 20:
        raise ValueError("a tag of over a megabyte")
    return data[:cut], data[cut:]


def _column_number(letters: bytes) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + ch - 64
    return number


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


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:120]


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
