"""THE xlsx writer for large plain tables: the SpreadsheetML package written straight to its zip.

Two exports use it: draw-listing.xlsx (app.draw.listing: several sheets, up to a million rows, numbers
kept as numbers) and the publication export (app.publish.export: one all-text sheet with a bold, frozen
header and set column widths). openpyxl builds an element per cell even in write-only mode (a
420,000-row draw listing took 26 s; 50,000 publication rows 4.6 s, over the 3 s issue 15 allows), and
XlsxWriter in constant_memory mode still took 14 s on the listing. These tables need none of what
those libraries offer (formulas, merged cells, rich styles): each chunk of rows is formatted here as
SpreadsheetML text (ECMA-376), column by column where a column allows it.

Safety, as app.spreadsheet requires of every cell the program writes: text goes through safe_text
(control characters spelled out, over-long text cut, a formula start behind an apostrophe) and is
written as an inline string (t="inlineStr"), a cell type that can only hold text: no value written
here can become a formula, whatever it starts with, and there is no formula element in this module.
Numbers are written as numbers, booleans as booleans, None and "" as an empty cell; a Sheet with
text=True writes every value as text in the text number format "@" (a clerk typing into a cell later
does not turn it into a number or a date either). A raw CR would come back as LF (XML normalises line
ends), so it is written as a character reference; U+FFFE/U+FFFF, which XML forbids, are dropped.

The zip entries carry a fixed timestamp, so the same rows give the same bytes. The caller writes to a
temporary path (app.files.atomic_path) and renames.
"""
from __future__ import annotations

import math
import re
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from app.spreadsheet import FORMULA_STARTS, MAX_CELL_CHARS, safe_text

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
FIXED_TIME = (1980, 1, 1, 0, 0, 0)
CHUNK_ROWS = 2000          # rows formatted per write to the compressor
COMPRESS_LEVEL = 1         # a listing is repetitive text: level 1 is 2-3x faster than 6 and about as small

# Cell styles (cellXfs): 0 general; 1 text "@" (numFmtId 49); 2 text "@", bold (a Sheet's header).
TEXT, BOLD_TEXT = ' s="1"', ' s="2"'
STYLES = (f'<styleSheet xmlns="{MAIN_NS}"><fonts count="2"><font><sz val="11"/><name val="宋体"/></font>'
          '<font><b/><sz val="11"/><name val="宋体"/></font></fonts>'
          '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/>'
          '</fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
          '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
          '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
          '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>'
          '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')

# A column of text can be written as it stands when none of its values needs escaping or safe_text and
# none starts or ends with white space (xml:space="preserve"): checked on the column joined, in C.
_SPECIAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f&<>\r\ufffe\uffff]")
# Each pattern starts with its literal NUL (the separator), so the search jumps from one to the next;
# trailing white space is looked for in the reversed text for the same reason.
_LEADING = re.compile("\x00[" + re.escape("".join(FORMULA_STARTS)) + r"\s]")
_LEADING_SPACE = re.compile(r"\x00\s")
_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\r", "&#13;"), ("\ufffe", ""), ("\uffff", ""))


@dataclass
class Sheet:
    """One worksheet: its title (already valid and unique: app.spreadsheet.safe_sheet_title), its rows,
    and optionally a header row (bold and frozen), column widths, and every value written as text."""
    title: str
    rows: Iterable[Sequence[Any]]
    header: Sequence[str] | None = None
    widths: Sequence[float] | None = None
    text: bool = False


def column_letter(n: int) -> str:
    """1 -> A, 26 -> Z, 27 -> AA."""
    out = ""
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def _escape(text: str) -> str:
    for old, new in _ESCAPES:
        if old in text:
            text = text.replace(old, new)
    return text


def _cell(value: Any, style: str = "") -> str:
    # No r="B7" on the cell: it is optional (the cell's place is its order in the row, an empty cell
    # kept by <c/>), and leaving it out makes the sheet a third smaller, to write and to compress.
    if isinstance(value, str):
        if not value:
            return "<c/>"
        text = _escape(safe_text(value))
        space = ' xml:space="preserve"' if text != text.strip() else ""
        return f'<c t="inlineStr"{style}><is><t{space}>{text}</t></is></c>'
    if value is None:
        return "<c/>"
    if style:                              # a text sheet: whatever the value, it is written as text
        return _cell(str(value), style)
    if isinstance(value, bool):
        return f'<c t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int) or (isinstance(value, float) and math.isfinite(value)):
        return f"<c><v>{value!r}</v></c>"
    return _cell(str(value))


def _plain_text(column: Sequence[str]) -> bool:
    """True when safe_text and escaping leave every value as it is and none needs xml:space."""
    if _SPECIAL.search("".join(column)) is not None or max(map(len, column)) > MAX_CELL_CHARS:
        return False
    joined = "\x00" + "\x00".join(column) + "\x00"
    return _LEADING.search(joined) is None and _LEADING_SPACE.search(joined[::-1]) is None


def _column(column: Sequence[Any], style: str) -> tuple[str, Sequence[Any]]:
    """(%-template of one cell, the values it takes) for a column of a chunk."""
    kinds = set(map(type, column))
    if kinds == {str} and "" not in column and _plain_text(column):
        return f'<c t="inlineStr"{style}><is><t>%s</t></is></c>', column
    if kinds == {int} and not style:
        return "<c><v>%d</v></c>", column
    return "%s", [_cell(v, style) for v in column]


def _chunk(rows: Sequence[Sequence[Any]], first: int, style: str) -> str:
    """Rows numbered from `first` as SpreadsheetML: each column checked and formatted at once, then
    each row put together by one %-format (a function call per cell was most of the writer's time)."""
    width = len(rows[0])
    if any(len(row) != width for row in rows):      # ragged rows (a short 说明 sheet): cell by cell
        return "".join(f'<row r="{r}">' + "".join([_cell(v, style) for v in row]) + "</row>"
                       for r, row in enumerate(rows, first))
    templates, columns = zip(*[_column(c, style) for c in zip(*rows)]) if width else ((), ())
    template = '<row r="%d">' + "".join(templates) + "</row>"
    return "".join([template % values for values in zip(range(first, first + len(rows)), *columns)])


def _sheet_chunks(sheet: Sheet) -> Iterator[bytes]:
    head = f'{XML_HEAD}<worksheet xmlns="{MAIN_NS}">'
    if sheet.header is not None:
        head += ('<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft"'
                 ' state="frozen"/></sheetView></sheetViews>')
    if sheet.widths:
        head += "<cols>" + "".join(f'<col min="{n}" max="{n}" width="{w}" customWidth="1"/>'
                                   for n, w in enumerate(sheet.widths, 1)) + "</cols>"
    head += "<sheetData>"
    r = 1
    if sheet.header is not None:
        head += '<row r="1">' + "".join(_cell(str(v), BOLD_TEXT) for v in sheet.header) + "</row>"
        r = 2
    yield head.encode("utf-8", "replace")
    style = TEXT if sheet.text else ""
    rows = iter(sheet.rows)
    while chunk := list(islice(rows, CHUNK_ROWS)):
        yield _chunk(chunk, r, style).encode("utf-8", "replace")   # a lone surrogate becomes "?", never a bad file
        r += len(chunk)
    yield b"</sheetData></worksheet>"


def _entry(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, FIXED_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info


def write_xlsx(path: str | Path, sheets: Iterable[Sheet | tuple[str, Iterable[Sequence[Any]]]]) -> Path:
    """Write `sheets` in order - Sheet, or (title, rows) for a plain one - to path; returns path."""
    titles: list[str] = []
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=COMPRESS_LEVEL) as book:
        for n, sheet in enumerate(sheets, 1):
            sheet = sheet if isinstance(sheet, Sheet) else Sheet(*sheet)
            titles.append(sheet.title)
            with book.open(_entry(f"xl/worksheets/sheet{n}.xml"), "w") as part:
                for chunk in _sheet_chunks(sheet):
                    part.write(chunk)
        for name, text in _package_parts(titles).items():
            book.writestr(_entry(name), XML_HEAD + text)
    return Path(path)


def _package_parts(titles: list[str]) -> dict[str, str]:
    """Content types, relationships, workbook and styles of a book of these sheets."""
    ct = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    numbers = range(1, len(titles) + 1)
    return {
        "[Content_Types].xml":
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{ct}.sheet.main+xml"/>'
            f'<Override PartName="/xl/styles.xml" ContentType="{ct}.styles+xml"/>'
            + "".join(f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="{ct}.worksheet+xml"/>'
                      for n in numbers) + "</Types>",
        "_rels/.rels": f'<Relationships xmlns="{PKG_REL_NS}"><Relationship Id="rId1" Type="{REL_NS}/officeDocument"'
                       ' Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}"><sheets>'
                           + "".join(f'<sheet name="{_escape(t).replace(chr(34), "&quot;")}" sheetId="{n}" '
                                     f'r:id="rId{n}"/>' for n, t in zip(numbers, titles)) + "</sheets></workbook>",
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{PKG_REL_NS}">'
                                      + "".join(f'<Relationship Id="rId{n}" Type="{REL_NS}/worksheet" '
                                                f'Target="worksheets/sheet{n}.xml"/>' for n in numbers)
                                      + f'<Relationship Id="rId{len(titles) + 1}" Type="{REL_NS}/styles" '
                                        'Target="styles.xml"/></Relationships>',
        "xl/styles.xml": STYLES,
    }
