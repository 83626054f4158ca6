"""Page layout shared by every document: GB/T 9704-2012 geometry, styles, helpers.

GB/T 9704: A4; margins top 37 mm, left 28 mm, right 26 mm, bottom 35 mm,
giving a 156 x 225 mm text block; body 3号 (16 pt) 仿宋, 22 lines of 28
characters, so the line pitch is 225 mm / 22; title 2号 (22 pt) 小标宋;
page numbers 4号 "— 1 —", odd pages right and even pages left, one
character in from the edge of the text block.
"""
from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib import textsplit as _rl_textsplit
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import paragraph as _rl_paragraph

from app.docs import fonts
from app.docs.qr import QrCode
from app.docs.templates import fill
from app.files import atomic_path

PAGE_W, PAGE_H = A4
MARGIN_TOP, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_BOTTOM = 37 * mm, 28 * mm, 26 * mm, 35 * mm
TEXT_W = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT          # 156 mm
TEXT_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM          # 225 mm
BODY_SIZE = 16
TITLE_SIZE = 22
LINE_PITCH = TEXT_H / 22                              # 22 lines per page
GRID_CHAR = TEXT_W / 28                               # 28 characters per line (fonts.GRID advances)
PAGE_NO_SIZE = 14

# Compressed streams written as binary, not ASCII85: smaller files, and the pure-Python
# ASCII85 encoder was a fifth of the time of a batch of notices.
rl_config.useA85 = 0

# Chinese line-breaking rules (禁则): full-width closing punctuation never starts a line.
# reportlab's own list covers ASCII and Japanese marks only, so "：" after an addressee
# could wrap onto a line of its own.
# A paragraph of one plain run (no markup) wraps in reportlab.lib.textsplit, which reads its own copy of
# the list: both get the marks, or "，" starts a line in a table cell.
_rl_paragraph.ALL_CANNOT_START += "".join(
    c for c in "：；，！？》〉’”" if c not in _rl_paragraph.ALL_CANNOT_START)
_rl_textsplit.ALL_CANNOT_START += "".join(
    c for c in "：；，！？》〉’”" if c not in _rl_textsplit.ALL_CANNOT_START)


def _styles() -> dict[str, ParagraphStyle]:
    fonts.register_fonts()
    # Body text on the 28-character grid (fonts.GRID): paragraphs indent two grid characters.
    body = ParagraphStyle("body", fontName=fonts.GRID, fontSize=BODY_SIZE, leading=LINE_PITCH,
                          wordWrap="CJK", alignment=TA_JUSTIFY, firstLineIndent=2 * GRID_CHAR)
    return {
        # 2号 小标宋, on the line grid, one empty line before the addressee (7.3.1, 7.3.2).
        "title": ParagraphStyle("title", fontName=fonts.HEAD, fontSize=TITLE_SIZE, leading=LINE_PITCH,
                                alignment=TA_CENTER, wordWrap="CJK", spaceAfter=LINE_PITCH),
        # 发文机关标志 of a document without the official.Masthead geometry: red, centred, 小标宋.
        "masthead": ParagraphStyle("masthead", fontName=fonts.HEAD, fontSize=26, leading=34, alignment=TA_CENTER,
                                   textColor=colors.red, wordWrap="CJK", spaceAfter=LINE_PITCH * 0.3),
        "docno": ParagraphStyle("docno", fontName=fonts.GRID, fontSize=BODY_SIZE, leading=LINE_PITCH,
                                alignment=TA_CENTER),
        "body": body,
        "flush": ParagraphStyle("flush", parent=body, firstLineIndent=0),
        "heading": ParagraphStyle("heading", parent=body, fontName=fonts.TITLE, firstLineIndent=0),
        "right": ParagraphStyle("right", parent=body, firstLineIndent=0, alignment=TA_RIGHT),
        # Tables and records use 4号/小四 so wide tables fit the 156 mm block.
        "cell": ParagraphStyle("cell", fontName=fonts.BODY, fontSize=10.5, leading=14, wordWrap="CJK",
                               alignment=TA_LEFT),
        # A box to tick, wrapped lines hanging after the box.
        "tick": ParagraphStyle("tick", fontName=fonts.BODY, fontSize=10.5, leading=14, wordWrap="CJK",
                               leftIndent=13, firstLineIndent=-13),
        "cellhead": ParagraphStyle("cellhead", fontName=fonts.TITLE, fontSize=10.5, leading=14,
                                   wordWrap="CJK", alignment=TA_CENTER),
        "small": ParagraphStyle("small", fontName=fonts.BODY, fontSize=12, leading=18, wordWrap="CJK",
                                alignment=TA_JUSTIFY),
        # The notice's "how you were chosen" text (its QR code is in the next table column).
        "chosen": ParagraphStyle("chosen", fontName=fonts.BODY, fontSize=9, leading=12, wordWrap="CJK",
                                 alignment=TA_JUSTIFY),
        "chosen_compact": ParagraphStyle("chosen_compact", fontName=fonts.BODY, fontSize=7, leading=8.5,
                                         wordWrap="CJK", alignment=TA_JUSTIFY),
        "smallhead": ParagraphStyle("smallhead", fontName=fonts.TITLE, fontSize=13, leading=20, wordWrap="CJK",
                                    spaceBefore=6, spaceAfter=2, keepWithNext=1),
        "mono": ParagraphStyle("mono", fontName=fonts.MONO, fontSize=8, leading=10.5, wordWrap="LTR",
                               splitLongWords=True),
    }


_STYLE_CACHE: dict[str, ParagraphStyle] | None = None


def styles() -> dict[str, ParagraphStyle]:
    global _STYLE_CACHE
    if _STYLE_CACHE is None:
        _STYLE_CACHE = _styles()
    return _STYLE_CACHE


_covered: frozenset[str] | None = None


def body_covered() -> frozenset[str]:
    global _covered
    if _covered is None:
        fonts.register_fonts()
        face = pdfmetrics.getFont(fonts.BODY).face
        _covered = frozenset(chr(c) for c in face.charToGlyph)
    return _covered


def with_fallback(escaped: str) -> str:
    """Set characters the body face lacks (e.g. 珺 堃 喆, outside GB 2312) in the title face,
    which covers all CJK Unified Ideographs, instead of printing empty boxes in a name."""
    covered = body_covered()
    if set(escaped) <= covered:
        return escaped
    out: list[str] = []
    run: list[str] = []
    for ch in escaped:
        if ch in covered or ch == "\n":
            if run:
                out.append(f'<font face="{fonts.TITLE}">{"".join(run)}</font>')
                run = []
            out.append(ch)
        else:
            run.append(ch)
    if run:
        out.append(f'<font face="{fonts.TITLE}">{"".join(run)}</font>')
    return "".join(out)


def text(value) -> str:
    """Plain text made safe for reportlab's paragraph markup; newlines become line breaks."""
    return with_fallback(escape("" if value is None else str(value))).replace("\n", "<br/>")


def markup_values(fields: dict, *, mono=(), markup=None) -> dict:
    """Field values as paragraph markup: plain fields escaped, `mono` fields set in the
    monospaced face (digests), `markup` fields inserted as given (already escaped)."""
    values = {name: (mono_run(value, 11) if name in mono and value else text(value))
              for name, value in fields.items()}
    values.update(markup or {})
    return values


def fill_markup(raw: str, fields: dict, *, mono=(), markup=None, values: dict | None = None) -> str:
    """Fill a template section into paragraph markup (pass `values` from markup_values to
    escape a document's fields once rather than once per paragraph)."""
    if values is None:
        values = markup_values(fields, mono=mono, markup=markup)
    return fill(text(raw), values)


class Para(Paragraph):
    """A Paragraph that breaks its lines once per width. Platypus wraps a paragraph again and
    again at the same width: a KeepTogether measures its group, then the frame measures each
    member, and a Table measures its cells for the row heights and once more to draw them. A
    CJK paragraph measures every character each time; that was a third of a notice's time.
    The lines depend only on the text, style and width, so the first result is reused (split()
    may drop them: then they are broken again)."""

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth, availHeight):
        if self._wrapped is not None and self._wrapped[0] == availWidth and hasattr(self, "blPara"):
            self.width, self.height = self._wrapped[1]
            return self._wrapped[1]
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, size)
        return size


def para(value, style: str = "body") -> Paragraph:
    return Para(text(value), styles()[style])


def markup(raw: str, style: str = "body") -> Paragraph:
    """A paragraph from markup the caller already escaped (e.g. with a <font> run)."""
    return Para(raw, styles()[style])


def mono_run(value: str, size: float | None = None) -> str:
    """Inline digest in the monospaced face."""
    size_attr = f' size="{size}"' if size else ""
    return f'<font face="{fonts.MONO}"{size_attr}>{escape(str(value))}</font>'


class StartDocument(Flowable):
    """Marks where a new document starts inside a combined print file, so its pages count from 1."""

    width = height = 0

    def wrap(self, avail_w, avail_h):
        return 0, 0

    def draw(self):
        doc = self.canv._doctemplate
        doc.page_base = self.canv.getPageNumber() - 1


def draw_page_number(canvas, doc) -> None:
    """— 1 —: odd pages at the right, even pages at the left, one character in (GB/T 9704 7.5)."""
    if canvas.getPageNumber() in getattr(doc, "blank_pages", ()):
        return                     # a blank page carries no number (7.5)
    number = canvas.getPageNumber() - getattr(doc, "page_base", 0)
    label = f"— {number} —"
    canvas.saveState()
    # 4号 half-width 宋体 digits; the dashes (at about 0.35 em) 7 mm below the text area.
    canvas.setFont(fonts.SONG, PAGE_NO_SIZE)
    y = MARGIN_BOTTOM - 7 * mm - PAGE_NO_SIZE * 0.35
    if number % 2:
        canvas.drawRightString(PAGE_W - MARGIN_RIGHT - PAGE_NO_SIZE, y, label)
    else:
        canvas.drawString(MARGIN_LEFT + PAGE_NO_SIZE, y, label)
    canvas.restoreState()


def make_doc(target, *, title: str, author: str = "", page_numbers: bool = True) -> BaseDocTemplate:
    """A document with one frame per page over the GB/T 9704 text block."""
    doc = BaseDocTemplate(target, pagesize=A4, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
                          topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=title, author=author,
                          creator="双随机抽查工作台", invariant=1)
    doc.page_base = 0
    frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, TEXT_W, TEXT_H, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    # Numbers are drawn when the page ends: by then a StartDocument on it has reset the count.
    on_end = draw_page_number if page_numbers else None
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPageEnd=on_end)])
    return doc


def qr_code(value: str | tuple[str, ...], size: float = 30 * mm, *, best_mask: bool = True) -> QrCode:
    return QrCode(value, size, best_mask)


def grid_table(rows, col_widths, *, header_rows: int = 1, style_extra=(), body_row_height=None,
               row_heights=None) -> Table:
    """A ruled table of Paragraph cells that splits across pages, repeating its header.

    body_row_height gives rows room to write or sign in by hand; row_heights gives each row
    its own (None: as tall as its content).
    """
    heights = row_heights
    if body_row_height:
        heights = [None] * header_rows + [body_row_height] * (len(rows) - header_rows)
    # Rows never split inside (reportlab's in-row split misplaces cells); callers keep rows shorter than a page.
    table = Table(rows, colWidths=col_widths, rowHeights=heights, repeatRows=header_rows, splitByRow=1)
    table.setStyle(grid_style(header_rows, style_extra))
    return table


def grid_style(header_rows: int = 1, style_extra=()) -> TableStyle:
    """The ruled look of grid_table (also app.docs.longgrid's chunks): grid, top-aligned, grey header."""
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.Color(0.92, 0.92, 0.92)))
    return TableStyle(commands + list(style_extra))


def cells(values, style: str = "cell") -> list[Paragraph]:
    # A list of flowables stacks inside one cell (e.g. key above name).
    return [v if hasattr(v, "wrapOn") or isinstance(v, list) else para(v, style) for v in values]


def signature_table(labels: list[str], *, style: str = "small") -> Table:
    """Lines to sign on: one row per label, with a date."""
    rows = [[para(label, style), SIGN_LINE] for label in labels]
    table = Table(rows, colWidths=[TEXT_W * 0.36, TEXT_W * 0.64])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("TOPPADDING", (0, 0), (-1, -1), 10),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("FONT", (1, 0), (1, -1), fonts.BODY, 12)]))
    return table


# Plain-string cells (drawn without paragraph layout): the same on every form.
SIGN_LINE = "签字：______________　　日期：_____年___月___日"


def rule(width: float, thickness: float = 0.5) -> HRFlowable:
    return HRFlowable(width=width, thickness=thickness, color=colors.black, spaceBefore=2, spaceAfter=4)


def vspace(lines: float = 1.0) -> Spacer:
    return Spacer(1, LINE_PITCH * lines)


def write_atomically(path: Path, build) -> Path:
    """Build into a temporary file beside `path`, then rename (app.files.atomic_path: fsync included):
    no half-written PDF is ever left. `build(target_path)` writes the file; an exception removes it."""
    with atomic_path(path) as tmp:
        build(str(tmp))
    return Path(path)
