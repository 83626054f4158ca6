"""A one-sheet, text-only xlsx written straight as XML: the publication export of 50,000 inspections.

Why not openpyxl: its write-only mode, without lxml (not a dependency), spends 4.6 s serialising 50,000
rows of eleven cells on the reference machine — more than the 3 s the whole export may take (issue 15).
A sheet of plain text cells is a small, fixed piece of SpreadsheetML (ECMA-376): five parts, shared
strings (a plan's name repeated 100,000 times is stored once), a bold header row and column widths.
The tests open every file this writes with openpyxl and python-calamine.

Every cell is text and goes through app.spreadsheet.safe_cell first, so a value beginning with
= + - @ tab or CR arrives neutralised; and since every cell is written as a shared string (t="s"), no
reader can take one for a formula — there is no formula element in this writer at all.
"""
from __future__ import annotations

import zipfile
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import escape

from app.spreadsheet import safe_cell, safe_sheet_title

_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Override PartName="/xl/workbook.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
<Override PartName="/xl/worksheets/sheet1.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
<Override PartName="/xl/styles.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
<Override PartName="/xl/sharedStrings.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
</Types>"""

_ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId1" \
Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
</Relationships>"""

_WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
<sheets><sheet name="{name}" sheetId="1" r:id="rId1"/></sheets></workbook>"""

_WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
Target="worksheets/sheet1.xml"/>\
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \
Target="styles.xml"/>\
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" \
Target="sharedStrings.xml"/>\
</Relationships>"""

# Style 0: normal text; style 1: bold (the header). numFmtId 49 is "@", the text format, so a clerk
# typing into a cell later does not turn it into a number or a date either.
_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
<fonts count="2"><font><sz val="11"/><name val="宋体"/></font><font><b/><sz val="11"/><name val="宋体"/></font></fonts>\
<fills count="2"><fill><patternFill patternType="none"/></fill>\
<fill><patternFill patternType="gray125"/></fill></fills>\
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
<cellXfs count="2"><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/></cellXfs>\
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
</styleSheet>"""

_SHEET_HEAD = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" \
state="frozen"/></sheetView></sheetViews><cols>{cols}</cols><sheetData>"""
_SHEET_TAIL = "</sheetData></worksheet>"

# Characters XML 1.0 does not allow at all (app.spreadsheet already spells out the C0 controls).
_XML_ILLEGAL = {0xFFFE: None, 0xFFFF: None}
_CR = {"\r": "&#13;"}


def column_letter(n: int) -> str:
    """1 -> A, 27 -> AA."""
    letters = ""
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _text(value) -> str:
    value = safe_cell(value)
    return "" if value is None else str(value).translate(_XML_ILLEGAL)


def write_text_xlsx(path: str | Path, sheet_name: str, header: list[str], rows: Iterable[Iterable],
                    widths: list[int] | None = None) -> int:
    """Write `header` (bold, frozen) and `rows` as text cells into `path` (which the caller names: a
    temporary of app.files). Returns the number of data rows written."""
    strings: dict[str, int] = {}      # safe text -> shared-string index
    seen: dict[object, int] = {}      # value as given -> its index: safe_cell runs once per distinct value
    letters = [column_letter(n + 1) for n in range(len(header))]

    def index(value) -> int:
        found = seen.get(value)
        if found is None:
            text = _text(value)
            found = strings.get(text)
            if found is None:
                found = strings[text] = len(strings)
            seen[value] = found
        return found

    empty = index("")

    def row_xml(number: int, values, style: str) -> str:
        cells = []
        for letter, value in zip(letters, values, strict=False):
            n = index(value)
            if n != empty:   # an empty cell is left out, as Excel itself writes it
                cells.append(f'<c r="{letter}{number}" t="s"{style}><v>{n}</v></c>')
        return f'<row r="{number}">{"".join(cells)}</row>'

    widths = widths or [16] * len(header)
    cols = "".join(f'<col min="{n}" max="{n}" width="{w}" customWidth="1"/>' for n, w in enumerate(widths, 1))
    parts = [_SHEET_HEAD.format(cols=cols), row_xml(1, header, ' s="1"')]
    count = 0
    for count, values in enumerate(rows, start=1):
        parts.append(row_xml(count + 1, list(values), ""))
    parts.append(_SHEET_TAIL)
    # a raw CR would come back as LF (XML normalises line ends), so it is written as a character reference
    shared = "".join(f'<si><t xml:space="preserve">{escape(s, _CR)}</t></si>' for s in strings)
    shared_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                  '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                  f'count="{len(strings)}" uniqueCount="{len(strings)}">{shared}</sst>')
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _ROOT_RELS)
        title = escape(safe_sheet_title(sheet_name), {'"': "&quot;"})
        archive.writestr("xl/workbook.xml", _WORKBOOK.format(name=title))
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        archive.writestr("xl/styles.xml", _STYLES)
        archive.writestr("xl/sharedStrings.xml", shared_xml)
        archive.writestr("xl/worksheets/sheet1.xml", "".join(parts))
    return count
