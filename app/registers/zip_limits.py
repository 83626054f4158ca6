"""Limits on what a spreadsheet (a zip: xlsx, xlsm, ods) may unpack to, checked before the reader
library sees the file (docs/registers.md, "文件大小与内容限制").

Every member is inflated once, as a stream, and counted (the sizes a zip declares can lie), and
every worksheet's real extent is scanned the way the reader places cells: python-calamine holds a
sheet's used range as one dense block, so one cell far away is enough to exhaust the memory.
"""
from __future__ import annotations

import re
import struct
import zipfile
import zlib
from pathlib import Path

from app.errors import FileReadError
from app.registers.read_errors import DAMAGED as _DAMAGED
from app.registers.read_errors import fail as _fail

ZIP_MAGIC = b"PK\x03\x04"

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
        self.top7 = 0        # the highest 7-digit reference, read on the way (see feed)

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
        if self.digits == 7:
            # A register of a million rows or more: its row bound (9,999,999) is over Excel's, so the
            # exact top row is needed. It is read here, in this pass, from the chunks after the last row
            # reference reached 7 digits (an earlier 7-digit reference would have been odd), instead of
            # inflating the whole sheet a second time (that pass was half the check at 1,000,000 rows).
            found = _TOP_CELLS[7].findall(data, 0, cut)
            if found:
                self.top7 = max(self.top7, max(map(int, found)))
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
            if self.digits == 7:
                top_row = self.top7
            else:
                top = _TopRow(_TOP_CELLS[self.digits])
                reinflate(top.feed)
                top_row = top.row
            rows = max(top_row, 10 ** (self.digits - 1) - 1)
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
