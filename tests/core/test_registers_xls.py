"""Legacy .xls (BIFF8). No xls writer is installed (xlwt, LibreOffice), so the test writes a minimal
BIFF8 workbook in an OLE2 compound file itself: enough records for Excel-compatible readers."""
import struct

import pytest

from app.errors import FileReadError
from app.registers import service
from tests.support.registers import HEADER, K


def _rec(rtype, data=b""):
    return struct.pack("<HH", rtype, len(data)) + data

def _bof(dt):
    return _rec(0x0809, struct.pack("<HHHHII", 0x0600, dt, 0x0DBB, 0x07CC, 0, 0x06))

def _cell(r, c, v):
    if isinstance(v, (int, float)):
        return _rec(0x0203, struct.pack("<HHHd", r, c, 0, float(v)))
    s = str(v).encode("utf-16-le")
    return _rec(0x0204, struct.pack("<HHHHB", r, c, 0, len(str(v)), 1) + s)

def biff8(sheets):
    """sheets: {name: rows}. Returns the Workbook stream."""
    globals_without = [_bof(0x0005), _rec(0x0042, struct.pack("<H", 1200))]
    def boundsheet(pos, name):
        n = name.encode("utf-16-le")
        return _rec(0x0085, struct.pack("<IBBBB", pos, 0, 0, len(name), 1) + n)
    bs_len = sum(len(boundsheet(0, n)) for n in sheets)
    pos = sum(map(len, globals_without)) + bs_len + len(_rec(0x000A))
    bounds, bodies = [], []
    for name, rows in sheets.items():
        width = max((len(r) for r in rows), default=0)
        body = [_bof(0x0010), _rec(0x0200, struct.pack("<IIHHH", 0, len(rows), 0, width, 0))]
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                if v not in (None, ""):
                    body.append(_cell(r, c, v))
        body.append(_rec(0x000A))
        body = b"".join(body)
        bounds.append(boundsheet(pos, name))
        bodies.append(body)
        pos += len(body)
    return b"".join(globals_without) + b"".join(bounds) + _rec(0x000A) + b"".join(bodies)

def ole(stream, name="Workbook"):
    SECT = 512
    if len(stream) < 4096:
        stream += b"\x00" * (4096 - len(stream))
    stream_p = stream + b"\x00" * (-len(stream) % SECT)
    n = len(stream_p) // SECT
    assert n + 2 <= 128
    fat = [0xFFFFFFFD, 0xFFFFFFFE] + [3 + i for i in range(n - 1)] + [0xFFFFFFFE]
    fat += [0xFFFFFFFF] * (128 - len(fat))
    header = (bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
              + b"\x00" * 6 + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0)
              + struct.pack("<I", 0) + struct.pack("<I", 0xFFFFFFFF) * 108)
    assert len(header) == 512
    def entry(nm, typ, child, start, size):
        raw = nm.encode("utf-16-le") + b"\x00\x00" if nm else b""
        return (raw.ljust(64, b"\x00")
                + struct.pack("<HBBIII", len(raw), typ, 1 if nm else 0, 0xFFFFFFFF, 0xFFFFFFFF, child)
                + b"\x00" * 16 + struct.pack("<IQQIQ", 0, 0, 0, start, size))
    dirs = (entry("Root Entry", 5, 1, 0xFFFFFFFE, 0) + entry(name, 2, 0xFFFFFFFF, 2, len(stream))
            + entry("", 0, 0xFFFFFFFF, 0, 0) * 2)
    return header + struct.pack("<128I", *fat) + dirs + stream_p

def write_xls(path, sheets):
    with open(path, "wb") as fh:
        fh.write(ole(biff8(sheets)))
    return path


def test_legacy_xls_one_sheet_per_district(db, tmp_path):
    south = [["青岛市获证企业名录"], [], HEADER,
             [1, "青岛甲有限公司", K[1], "", "", "市南区", "2020.01.05", "", "存续"],
             ["合计：1家"]]
    north = [HEADER, [1, "青岛乙有限公司", "  " + K[2].lower(), "", "", "市北区", 43835, "", "吊销"]]
    path = write_xls(tmp_path / "名录.xls", {"市南区": south, "市北区": north})
    preview = service.preview_file(path, "enterprise")
    assert preview.format == "xls" and [s.header_row for s in preview.sheets] == [3, 1]
    version, result = service.import_file(path, "enterprise", "工业")
    got = {r[0]: r for r in result.records}
    assert set(got) == {K[1], K[2]}
    assert got[K[1]][3] == "市南区" and got[K[1]][11] == "2020-01-05"
    assert got[K[2]][3] == "市北区" and got[K[2]][5] is False and got[K[2]][11] == "2020-01-05"
    assert result.operating == 1 and version.sheets == ["市南区", "市北区"]


def test_truncated_xls(db, tmp_path):
    data = ole(biff8({"S": [HEADER] * 200}))
    path = tmp_path / "坏.xls"
    path.write_bytes(data[:1500])
    with pytest.raises(FileReadError, match="坏.xls"):
        service.import_file(path, "enterprise", "工业")
