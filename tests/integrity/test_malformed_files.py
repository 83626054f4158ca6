"""The malformed-file corpus, generated here (no binary is committed): zip bombs, XML bombs, truncated zips and
BIFF, sheets of absurd extent, huge cells. Each file is refused with a Chinese message naming it, before the
reader library unpacks it, and the database is left exactly as it was (row counts and the audit head)."""
from __future__ import annotations

import re
import struct
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from app import audit
from app.errors import FileReadError, ValidationError
from app.registers import readers, service, zip_limits
from app.registers.models import (
    AvoidancePair,
    Enterprise,
    ImportIssue,
    Inspector,
    Institution,
    Register,
    RegisterVersion,
)
from tests.support.raw_xlsx import EMPTY_SST, NS, cell, rows_xml, sheet_xml, write_xlsx
from tests.support.registers import HEADER, K


def good_rows(count: int = 5) -> list[list]:
    return [HEADER] + [[n, f"青岛{n}有限公司", K[n], "", "", "市南区", "", "", "存续"] for n in range(1, count + 1)]


# ---- the corpus ---------------------------------------------------------------------------------------------

def zip_bomb_ratio(tmp: Path) -> Path:
    """40 MB of white space inside the sheet XML: a few tens of KB packed, about 1000:1."""
    return write_xlsx(tmp / "压缩炸弹.xlsx", sheet_xml(rows_xml(good_rows()) + " " * (40 << 20)))


def zip_bomb_lying_header(tmp: Path) -> Path:
    """The same bomb with its declared unpacked size rewritten to 1 KB in both zip headers: the size that
    counts is the one inflated, not the one declared."""
    path = zip_bomb_ratio(tmp).rename(tmp / "谎报大小.xlsx")
    data = bytearray(path.read_bytes())
    name = b"xl/worksheets/sheet1.xml"
    local = data.find(b"PK\x03\x04")
    while local >= 0:
        n = struct.unpack_from("<H", data, local + 26)[0]
        if data[local + 30:local + 30 + n] == name:
            struct.pack_into("<I", data, local + 22, 1024)
        local = data.find(b"PK\x03\x04", local + 4)
    central = data.find(b"PK\x01\x02")
    while central >= 0:
        n = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46:central + 46 + n] == name:
            struct.pack_into("<I", data, central + 24, 1024)
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))
    assert zipfile.ZipFile(path).getinfo(name.decode()).file_size == 1024
    return path


def zip_bomb_shared_strings(tmp: Path) -> Path:
    """The bomb in sharedStrings.xml rather than the sheet."""
    shared = EMPTY_SST.replace("/>", ">") + "<si><t>" + "啊" * (8 << 20) + "</t></si></sst>"
    return write_xlsx(tmp / "共享字符串炸弹.xlsx", sheet_xml(rows_xml(good_rows())), shared=shared)


def many_members(tmp: Path) -> Path:
    path = write_xlsx(tmp / "万个文件.xlsx", sheet_xml(rows_xml(good_rows())))
    with zipfile.ZipFile(path, "a") as z:
        for i in range(zip_limits.MAX_MEMBERS + 1):
            z.writestr(f"xl/media/x{i}.bin", b"")
    return path


_LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol">'
           + "".join(f'<!ENTITY lol{i} "' + f"&lol{i - 1 if i > 1 else ''};" * 10 + '">' for i in range(1, 10))
           + "]>")


def xml_bomb_sheet(tmp: Path) -> Path:
    """Billion laughs: nine levels of ten entity references (10^9 "lol") in a cell of the sheet."""
    body = rows_xml(good_rows()) + '<row r="9"><c r="B9" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
    return write_xlsx(tmp / "实体炸弹.xlsx", sheet_xml(body, _LAUGHS))


def xml_bomb_shared_strings(tmp: Path) -> Path:
    shared = ('<?xml version="1.0" encoding="UTF-8"?>' + _LAUGHS + f'<sst {NS} count="1" uniqueCount="1">'
              "<si><t>&lol9;</t></si></sst>")
    body = rows_xml(good_rows()) + '<row r="9"><c r="B9" t="s"><v>0</v></c></row>'
    return write_xlsx(tmp / "共享字符串实体炸弹.xlsx", sheet_xml(body), shared=shared)


def wide_sheet(tmp: Path) -> Path:
    """20,000 columns in the header row."""
    header = HEADER + [f"附加{i}" for i in range(20000 - len(HEADER))]
    return write_xlsx(tmp / "两万列.xlsx", sheet_xml(rows_xml([header] + good_rows()[1:])))


def far_corner(tmp: Path) -> Path:
    """Data in A1.. and one cell in XFD1048576: a used range of 17 billion cells."""
    body = rows_xml(good_rows()) + '<row r="1048576">' + cell("XFD1048576", "x") + "</row>"
    return write_xlsx(tmp / "远角单元格.xlsx", sheet_xml(body))


def far_corner_stored(tmp: Path) -> Path:
    body = rows_xml(good_rows()) + '<row r="1048576">' + cell("XFD1048576", "x") + "</row>"
    return write_xlsx(tmp / "远角单元格未压缩.xlsx", sheet_xml(body), stored=True)


def sheet_under_another_name(tmp: Path) -> Path:
    """The worksheet stored as xl/media/image1.png, the workbook's relationship pointing there."""
    body = rows_xml(good_rows()) + '<row r="1048576">' + cell("XFD1048576", "x") + "</row>"
    return write_xlsx(tmp / "改名工作表.xlsx", sheet_xml(body), part="xl/media/image1.png")


def far_cell_inside_first_row(tmp: Path) -> Path:
    """A cell whose own reference is far down (ZZ900000) though its <row> says row 1: the reader places it by
    the cell's reference, so 900,000 rows x 702 columns."""
    body = rows_xml(good_rows()).replace("</row>", cell("ZZ900000", "x") + "</row>", 1)
    return write_xlsx(tmp / "行内远处单元格.xlsx", sheet_xml(body))


def past_excel_rows(tmp: Path) -> Path:
    body = rows_xml(good_rows()) + '<row r="2000000">' + cell("A2000000", "x") + "</row>"
    return write_xlsx(tmp / "超过最大行数.xlsx", sheet_xml(body))


def cells_without_references(tmp: Path) -> Path:
    """20,000 empty <c/> before a value: without references the reader places cells one after another."""
    body = rows_xml(good_rows()) + '<row r="9">' + "<c/>" * 20000 + cell("", "x").replace(' r=""', "") + "</row>"
    return write_xlsx(tmp / "无引用单元格.xlsx", sheet_xml(body))


def rows_without_references(tmp: Path) -> Path:
    """A row numbered near Excel's last, then rows without numbers that follow it past the end."""
    body = rows_xml(good_rows()) + '<row r="1048570"/>' + "<row><c><v>1</v></c></row>" * 10
    return write_xlsx(tmp / "无行号.xlsx", sheet_xml(body))


def reference_not_first(tmp: Path) -> Path:
    body = rows_xml(good_rows()) + '<row r="9"><c t="inlineStr" r="XFD9"><is><t>x</t></is></c></row>'
    return write_xlsx(tmp / "引用在后.xlsx", sheet_xml(body))


def single_quoted_reference(tmp: Path) -> Path:
    body = rows_xml(good_rows()) + "<row r='1048576'><c r='XFD1048576' t='inlineStr'><is><t>x</t></is></c></row>"
    return write_xlsx(tmp / "单引号引用.xlsx", sheet_xml(body))


def prefixed_elements(tmp: Path) -> Path:
    """The sheet written with a namespace prefix (<x:row>, <x:c>), its far cell at XFD1048576."""
    xml = sheet_xml(rows_xml(good_rows()) + '<row r="1048576">' + cell("XFD1048576", "x") + "</row>")
    xml = (xml.replace(NS, 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"')
           .replace("<worksheet", "<x:worksheet").replace("</worksheet", "</x:worksheet")
           .replace("sheetData>", "x:sheetData>").replace("<row", "<x:row").replace("</row", "</x:row")
           .replace("<c ", "<x:c ").replace("</c>", "</x:c>").replace("<is>", "<x:is>").replace("</is>", "</x:is>")
           .replace("<t>", "<x:t>").replace("</t>", "</x:t>"))
    return write_xlsx(tmp / "带前缀.xlsx", xml)


def write_ods(path: Path, table: str) -> Path:
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:'
               'opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body>'
               f'<office:spreadsheet><table:table table:name="名录">{table}</table:table></office:spreadsheet>'
               "</office:body></office:document-content>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:'
                   'manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                   '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.'
                   'opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" '
                   'manifest:media-type="text/xml"/></manifest:manifest>')
        z.writestr("content.xml", content)
    return path


def ods_rows(rows: list[list], rest: bool = True) -> str:
    """Rows as LibreOffice writes them: the empty rest of each row and of the sheet as repeated empty cells."""
    cells = ["".join(f'<table:table-cell office:value-type="string"><text:p>{escape(str(v))}</text:p>'
                     "</table:table-cell>" if v != "" else "<table:table-cell/>" for v in row)
             + f'<table:table-cell table:number-columns-repeated="{16384 - len(row)}"/>' for row in rows]
    return ("".join(f"<table:table-row>{c}</table:table-row>" for c in cells)
            + ('<table:table-row table:number-rows-repeated="1048000"><table:table-cell '
               'table:number-columns-repeated="16384"/></table:table-row>' if rest else ""))


def ods_repeated_cells(tmp: Path) -> Path:
    """One string cell repeated 10,000 times across and its row 100,000 times down: a billion cells."""
    bomb = ('<table:table-row table:number-rows-repeated="100000"><table:table-cell table:number-columns-repeated='
            '"10000" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>')
    return write_ods(tmp / "重复单元格.ods", ods_rows(good_rows(), rest=False) + bomb)


def ods_repeated_rows(tmp: Path) -> Path:
    """A row of 100 values repeated 600,000 times: 60 million cells, over the limit though each count is not."""
    row = ('<table:table-row table:number-rows-repeated="600000"><table:table-cell table:number-columns-repeated="100"'
           ' office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row>')
    return write_ods(tmp / "重复行.ods", row)


def huge_csv_cell(tmp: Path) -> Path:
    path = tmp / "超长单元格.csv"
    lines = ["企业名称,统一社会信用代码,所属区市", f"青岛1有限公司,{K[1]},市南区",
             "青岛2有限公司" + "长" * (200 << 10) + f",{K[2]},市南区"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _good_xlsx_bytes(tmp: Path) -> bytes:
    return write_xlsx(tmp / "good.xlsx", sheet_xml(rows_xml(good_rows(19)))).read_bytes()


def _truncated(fraction: float):
    def make(tmp: Path) -> Path:
        data = _good_xlsx_bytes(tmp)
        path = tmp / f"截断{int(fraction * 100)}.xlsx"
        path.write_bytes(data[:int(len(data) * fraction)])
        return path
    make.__name__ = f"truncated_zip_{int(fraction * 100)}"
    return make


def corrupt_deflate(tmp: Path) -> Path:
    """Complete zip structure, the sheet's deflate stream overwritten in the middle."""
    data = bytearray(_good_xlsx_bytes(tmp))
    with zipfile.ZipFile(tmp / "good.xlsx") as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data[start + info.compress_size // 2:start + info.compress_size // 2 + 40] = b"\xff" * 40
    path = tmp / "数据损坏.xlsx"
    path.write_bytes(bytes(data))
    return path


# -- a minimal BIFF8 workbook in an OLE2 compound file (no xls writer is installed) --

def _rec(rtype: int, data: bytes = b"") -> bytes:
    return struct.pack("<HH", rtype, len(data)) + data


def _biff8(rows: list[list]) -> bytes:
    bof = _rec(0x0809, struct.pack("<HHHHII", 0x0600, 0x0005, 0x0DBB, 0x07CC, 0, 0x06))
    head = bof + _rec(0x0042, struct.pack("<H", 1200))
    sheet_name = "名录".encode("utf-16-le")
    bound_len = len(_rec(0x0085, struct.pack("<IBBBB", 0, 0, 0, 2, 1) + sheet_name))
    pos = len(head) + bound_len + 4
    body = [_rec(0x0809, struct.pack("<HHHHII", 0x0600, 0x0010, 0x0DBB, 0x07CC, 0, 0x06)),
            _rec(0x0200, struct.pack("<IIHHH", 0, len(rows), 0, max(map(len, rows)), 0))]
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v not in (None, ""):
                text = str(v).encode("utf-16-le")
                body.append(_rec(0x0204, struct.pack("<HHHHB", r, c, 0, len(str(v)), 1) + text))
    body.append(_rec(0x000A))
    bound = _rec(0x0085, struct.pack("<IBBBB", pos, 0, 0, 2, 1) + sheet_name)
    return head + bound + _rec(0x000A) + b"".join(body)


def _ole(stream: bytes) -> bytes:
    sect = 512
    stream += b"\x00" * max(0, 4096 - len(stream))
    padded = stream + b"\x00" * (-len(stream) % sect)
    n = len(padded) // sect
    fat = [0xFFFFFFFD, 0xFFFFFFFE] + [3 + i for i in range(n - 1)] + [0xFFFFFFFE]
    fat += [0xFFFFFFFF] * (128 - len(fat))
    header = (bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
              + b"\x00" * 6 + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0)
              + struct.pack("<I", 0) + struct.pack("<I", 0xFFFFFFFF) * 108)

    def entry(name: str, typ: int, child: int, start: int, size: int) -> bytes:
        raw = name.encode("utf-16-le") + b"\x00\x00" if name else b""
        return (raw.ljust(64, b"\x00") + struct.pack("<HBBIII", len(raw), typ, 1 if name else 0, 0xFFFFFFFF,
                                                     0xFFFFFFFF, child)
                + b"\x00" * 16 + struct.pack("<IQQIQ", 0, 0, 0, start, size))
    dirs = (entry("Root Entry", 5, 1, 0xFFFFFFFE, 0) + entry("Workbook", 2, 0xFFFFFFFF, 2, len(stream))
            + entry("", 0, 0xFFFFFFFF, 0, 0) * 2)
    return header + struct.pack("<128I", *fat) + dirs + padded


def _truncated_xls(cut: int):
    def make(tmp: Path) -> Path:
        data = _ole(_biff8(good_rows(19) * 5))
        path = tmp / f"截断{cut}.xls"
        path.write_bytes(data[:cut] if cut > 0 else data[:len(data) + cut])
        return path
    make.__name__ = f"truncated_xls_{cut}"
    return make


def garbage_biff(tmp: Path) -> Path:
    """A sound OLE2 container whose Workbook stream is noise after the first record."""
    stream = bytearray(_biff8(good_rows(19)))
    for i in range(20, len(stream)):
        stream[i] = (i * 73 + 41) & 0xFF
    path = tmp / "乱码.xls"
    path.write_bytes(_ole(bytes(stream)))
    return path


REFUSED = [zip_bomb_ratio, zip_bomb_lying_header, zip_bomb_shared_strings, many_members, xml_bomb_sheet,
           xml_bomb_shared_strings, wide_sheet, far_corner, far_corner_stored, sheet_under_another_name,
           far_cell_inside_first_row,
           past_excel_rows, cells_without_references, rows_without_references, reference_not_first,
           single_quoted_reference, prefixed_elements, ods_repeated_cells, ods_repeated_rows, huge_csv_cell,
           corrupt_deflate, garbage_biff,
           *[_truncated(f) for f in (0.1, 0.3, 0.5, 0.7, 0.9, 0.99)],
           *[_truncated_xls(cut) for cut in (600, 1024, 1500, 3000, -700, -100)]]

# What each refusal must say, beyond the file's name.
EXPECTED = {
    "zip_bomb_ratio": "压缩比超过", "zip_bomb_lying_header": "压缩比超过", "zip_bomb_shared_strings": "压缩比超过",
    "many_members": "文件数", "wide_sheet": "超过 702 列", "far_corner": "超过 702 列",
    "far_corner_stored": "超过 702 列", "sheet_under_another_name": "超过 702 列",
    "far_cell_inside_first_row": "百万个单元格",
    "past_excel_rows": "超过 1048576 行", "huge_csv_cell": "128 K", "cells_without_references": "超过 702 列",
    "rows_without_references": "超过 1048576 行", "reference_not_first": "超过 702 列",
    "single_quoted_reference": "超过 702 列", "prefixed_elements": "超过 702 列",
    "ods_repeated_cells": "超过 702 列", "ods_repeated_rows": "百万个单元格",
}


def snapshot() -> tuple:
    return (Register.select().count(), RegisterVersion.select().count(), Enterprise.select().count(),
            Inspector.select().count(), AvoidancePair.select().count(), Institution.select().count(),
            ImportIssue.select().count(), audit.head())


@pytest.fixture
def seeded(db, tmp_path):
    """A database holding one committed version, so 'unchanged' compares something."""
    seed = write_xlsx(tmp_path / "seed.xlsx", sheet_xml(rows_xml(good_rows(3))))
    service.import_file(seed, "enterprise", "工业")
    return db


@pytest.mark.parametrize("make", REFUSED, ids=[m.__name__ for m in REFUSED])
def test_malformed_file_is_refused_and_nothing_changes(seeded, tmp_path, make):
    path = make(tmp_path)
    before = snapshot()
    with pytest.raises((FileReadError, ValidationError)) as info:
        service.import_file(path, "enterprise", "工业")
    message = str(info.value)
    assert message.startswith(f"文件“{path.name}”"), message
    assert any("\u4e00" <= ch <= "\u9fff" for ch in info.value.message)
    expected = EXPECTED.get(make.__name__)
    if expected is not None:
        assert expected in message, message
    assert snapshot() == before
    # The preview (the wizard's first step) refuses it the same way.
    with pytest.raises((FileReadError, ValidationError)):
        service.preview_file(path, "enterprise")


def test_the_csv_refusal_names_the_row(db, tmp_path):
    with pytest.raises(FileReadError) as info:
        service.import_file(huge_csv_cell(tmp_path), "enterprise", "工业")
    assert info.value.location.row == 3 and "第 3 行" in str(info.value)


def test_bombs_are_refused_before_the_reader_library_sees_them(db, tmp_path, monkeypatch):
    """The zip and extent checks run first: the reader is never handed a bomb (counted, not timed)."""
    opened: list[str] = []
    real = readers._open_calamine
    monkeypatch.setattr(readers, "_open_calamine", lambda path, fmt: opened.append(path.name) or real(path, fmt))
    for make in (zip_bomb_ratio, zip_bomb_lying_header, zip_bomb_shared_strings, many_members, wide_sheet,
                 far_corner, far_corner_stored, sheet_under_another_name, far_cell_inside_first_row, past_excel_rows,
                 cells_without_references,
                 rows_without_references, reference_not_first, single_quoted_reference, prefixed_elements,
                 ods_repeated_cells, ods_repeated_rows):
        with pytest.raises(FileReadError):
            readers.open_workbook(make(tmp_path))
    assert opened == []


def test_inflating_stops_at_the_limit(tmp_path, monkeypatch):
    """A member is inflated a few MB at a time and abandoned at the limit, whatever its headers declare: with
    the total limit lowered to 8 MiB and the ratio check out of the way, a 40 MB member is refused."""
    monkeypatch.setattr(zip_limits, "MAX_UNPACKED_BYTES", 8 << 20)
    monkeypatch.setattr(zip_limits, "MAX_MEMBER_RATIO", 10 ** 9)
    inflated: list[int] = []
    real = zlib.decompressobj

    class Counting:
        def __init__(self, *args):
            self.inner = real(*args)

        def __getattr__(self, name):
            return getattr(self.inner, name)

        def decompress(self, data, max_length):
            out = self.inner.decompress(data, max_length)
            inflated.append(len(out))
            return out

    monkeypatch.setattr(zip_limits.zlib, "decompressobj", Counting)
    with pytest.raises(FileReadError, match="解压后超过 8 MB"):
        readers.open_workbook(zip_bomb_lying_header(tmp_path))
    assert sum(inflated) <= (8 << 20) + (4 << 20) and max(inflated) <= 4 << 20


def test_a_usual_register_passes_the_checks(db, tmp_path):
    """The limits leave a real register alone: 19 rows, two-letter columns, formatted rows below the data."""
    rows = good_rows(19)
    rows[0] = rows[0] + [f"附加{i}" for i in range(40)]   # columns up to AW
    rows[1] = rows[1] + ["x"] * 40
    body = rows_xml(rows) + "".join(f'<row r="{k}" s="1" customFormat="1"/>' for k in range(30, 5000))
    path = write_xlsx(tmp_path / "正常.xlsx", sheet_xml(body))
    version, result = service.import_file(path, "enterprise", "工业")
    assert result.imported == 19 and not result.rejected


def test_an_ods_register_with_libreoffice_repeats_is_read(db, tmp_path):
    """LibreOffice writes the empty rest of a sheet as cells and rows repeated to Excel's limits: not data."""
    path = write_ods(tmp_path / "名录.ods", ods_rows(good_rows(19)))
    version, result = service.import_file(path, "enterprise", "工业")
    assert result.imported == 19 and not result.rejected


def test_a_register_without_cell_references_is_walked_and_read(db, tmp_path):
    """Some writers leave the references out: the slow walk places the cells and lets the file through."""
    body = re.sub(r' r="[A-Z0-9]+"', "", rows_xml(good_rows(19)))
    assert ' r="' not in body
    path = write_xlsx(tmp_path / "无引用.xlsx", sheet_xml(body))
    version, result = service.import_file(path, "enterprise", "工业")
    assert result.imported == 19 and not result.rejected



def test_a_10_mb_cell_rejects_its_row_and_nothing_long_is_stored(db, tmp_path):
    """A 10 MB name (3.5 million characters; XML, unlike openpyxl, has no 32,767 limit): that row is refused
    with sheet, row and column named; the others are imported; the issue keeps an excerpt, not 10 MB."""
    rows = good_rows(4)
    rows[2][1] = "甲" * ((10 << 20) // 3)
    path = write_xlsx(tmp_path / "十兆单元格.xlsx", sheet_xml(rows_xml(rows)))
    version, result = service.import_file(path, "enterprise", "工业")
    rejected = [(i.sheet, i.row, i.column) for i in result.issues if i.severity == "rejected"]
    assert rejected == [("名录", 3, "企业名称")]
    assert result.imported == 3
    assert max(len(e.name) for e in Enterprise.select()) < 100
    assert max(len(i.value or "") for i in ImportIssue.select()) < 300
