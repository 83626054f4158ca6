"""An xlsx written part by part, without openpyxl: fast enough for a million rows, and free to be
malformed on purpose (the corpus in tests/integrity). bench/ scripts use it too."""
from __future__ import annotations

import zipfile
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import escape

from app.xlsxstream import column_letter

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/'
        'workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType='
        '"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
        '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    "xl/workbook.xml": (
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
        '2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
        '<sheet name="名录" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
        '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        '</Relationships>'),
}
EMPTY_SST = '<?xml version="1.0" encoding="UTF-8"?><sst ' + NS + ' count="0" uniqueCount="0"/>'
SHEET_HEAD = f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}><sheetData>'
SHEET_TAIL = "</sheetData></worksheet>"



def cell(ref: str, value) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(str(value))}</t></is></c>'


def row_xml(n: int, values: Iterable) -> str:
    """Row n with its non-empty values as inline strings from column A."""
    cells = "".join(cell(f"{column_letter(j)}{n}", v) for j, v in enumerate(values, 1) if v != "")
    return f'<row r="{n}">{cells}</row>'


def rows_xml(rows: list[list], first: int = 1) -> str:
    return "".join(row_xml(n, r) for n, r in enumerate(rows, first))


def sheet_xml(body: str, prolog: str = "") -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<worksheet {NS}><sheetData>{body}{SHEET_TAIL}'


def _write_skeleton(z: zipfile.ZipFile, part: str, sheet_name: str, shared: str) -> None:
    for name, text in PARTS.items():
        text = text.replace('Target="worksheets/sheet1.xml"', f'Target="{part[3:]}"')
        z.writestr(name, text.replace('<sheet name="名录"', f'<sheet name="{escape(sheet_name)}"'))
    z.writestr("xl/sharedStrings.xml", shared)


def write_xlsx(path: Path, sheet: str, *, shared: str = EMPTY_SST, stored: bool = False,
               part: str = "xl/worksheets/sheet1.xml", sheet_name: str = "名录") -> Path:
    """An xlsx whose one worksheet is the XML text `sheet` (stored uncompressed when asked)."""
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        _write_skeleton(z, part, sheet_name, shared)
        z.writestr(zipfile.ZipInfo(part), sheet.encode(), compress_type=method)
    return path


def write_streamed_xlsx(path: Path, rows: Iterable[str], *, sheet_name: str = "名录") -> Path:
    """An xlsx whose worksheet is the row XML `rows` yields, streamed into the zip (a million rows
    never sit in memory at once)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        _write_skeleton(z, "xl/worksheets/sheet1.xml", sheet_name, EMPTY_SST)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            fh.write(SHEET_HEAD.encode())
            batch: list[str] = []
            for row in rows:
                batch.append(row)
                if len(batch) == 50000:
                    fh.write("".join(batch).encode())
                    batch.clear()
            fh.write(("".join(batch) + SHEET_TAIL).encode())
    return path
