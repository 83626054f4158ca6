"""A plain-rows xlsx written straight to its zip: for listings of hundreds of thousands of rows.

openpyxl builds an element per cell even in write-only mode (a 420,000-row draw listing took 26 s,
most of it in openpyxl's and et_xmlfile's per-cell serialisation; with lxml 19 s), and XlsxWriter in
constant_memory mode still took 14 s on the same rows. A listing needs none of what they offer
(no styles, formulas, merged cells or shared strings): each row is formatted here as one piece of
SpreadsheetML text, about six times faster than either. app.publish.xlsx does the same for the one-sheet
publication export (all text, shared strings held in memory); this one streams several sheets and keeps
numbers as numbers, holding only the rows being formatted.

Safety, as app.spreadsheet requires of every cell the program writes: text goes through safe_text
(control characters spelled out, over-long text cut, a formula start behind an apostrophe) and is
written as an inline string (t="inlineStr"), a cell type that can only hold text: no value written
here can become a formula, whatever it starts with. Numbers are written as numbers, booleans as
booleans, None as an empty cell.

The zip entries carry a fixed timestamp, so the same rows give the same bytes. The caller writes to
a temporary path (app.files.atomic_path) and renames.
"""
from __future__ import annotations

import math
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from app.spreadsheet import safe_text

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
FIXED_TIME = (1980, 1, 1, 0, 0, 0)
CHUNK_ROWS = 2000          # rows formatted per write to the compressor
COMPRESS_LEVEL = 1         # a listing is repetitive text: level 1 is 2-3x faster than 6 and about as small

STYLES = (f'<styleSheet xmlns="{MAIN_NS}"><fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts>'
          '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/>'
          '</fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
          '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
          '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
          '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attribute(text: str) -> str:
    return _escape(text).replace('"', "&quot;")


def column_letter(n: int) -> str:
    """1 -> A, 26 -> Z, 27 -> AA."""
    out = ""
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def _cell(value: Any) -> str:
    # No r="B7" on the cell: it is optional (the cell's place is its order in the row, None kept by an
    # empty <c/>), and leaving it out makes the sheet a third smaller, to write and to compress.
    if isinstance(value, str):
        text = _escape(safe_text(value))
        if text[:1].isspace() or text[-1:].isspace():
            return f'<c t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'
        return f'<c t="inlineStr"><is><t>{text}</t></is></c>'
    if value is None:
        return "<c/>"
    if isinstance(value, bool):
        return f'<c t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int) or (isinstance(value, float) and math.isfinite(value)):
        return f"<c><v>{value!r}</v></c>"
    return _cell(str(value))


def _sheet_chunks(rows: Iterable[Sequence[Any]]) -> Iterable[bytes]:
    yield f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{MAIN_NS}"><sheetData>'.encode()
    buffer: list[str] = []
    for r, row in enumerate(rows, 1):
        buffer.append(f'<row r="{r}">' + "".join([_cell(v) for v in row]) + "</row>")
        if len(buffer) >= CHUNK_ROWS:
            yield "".join(buffer).encode("utf-8", "replace")   # a lone surrogate becomes "?", never a bad file
            buffer = []
    yield ("".join(buffer) + "</sheetData></worksheet>").encode("utf-8", "replace")


def _entry(book: zipfile.ZipFile, name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, FIXED_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info


def write_xlsx(path: str | Path, sheets: Iterable[tuple[str, Iterable[Sequence[Any]]]]) -> Path:
    """Write `sheets` - (title, rows) in order; titles already valid and unique (safe_sheet_title) - to path."""
    titles: list[str] = []
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=COMPRESS_LEVEL) as book:
        for n, (title, rows) in enumerate(sheets, 1):
            titles.append(title)
            with book.open(_entry(book, f"xl/worksheets/sheet{n}.xml"), "w") as part:
                for chunk in _sheet_chunks(rows):
                    part.write(chunk)
        parts = {
            "[Content_Types].xml": _content_types(len(titles)),
            "_rels/.rels": f'<Relationships xmlns="{PKG_REL_NS}"><Relationship Id="rId1" Type="{REL_NS}/officeDocument"'
                           ' Target="xl/workbook.xml"/></Relationships>',
            "xl/workbook.xml": f'<workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}"><sheets>'
                               + "".join(f'<sheet name="{_attribute(t)}" sheetId="{n}" r:id="rId{n}"/>'
                                         for n, t in enumerate(titles, 1)) + "</sheets></workbook>",
            "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{PKG_REL_NS}">'
                                          + "".join(f'<Relationship Id="rId{n}" Type="{REL_NS}/worksheet" '
                                                    f'Target="worksheets/sheet{n}.xml"/>'
                                                    for n in range(1, len(titles) + 1))
                                          + f'<Relationship Id="rId{len(titles) + 1}" Type="{REL_NS}/styles" '
                                            'Target="styles.xml"/></Relationships>',
            "xl/styles.xml": STYLES,
        }
        for name, text in parts.items():
            book.writestr(_entry(book, name), '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + text)
    return Path(path)


def _content_types(sheets: int) -> str:
    ct = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    return ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{ct}.sheet.main+xml"/>'
            f'<Override PartName="/xl/styles.xml" ContentType="{ct}.styles+xml"/>'
            + "".join(f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="{ct}.worksheet+xml"/>'
                      for n in range(1, sheets + 1)) + "</Types>")
