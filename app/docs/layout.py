"""Page layout shared by every document: GB/T 9704-2012 geometry, styles, helpers.

GB/T 9704: A4; margins top 37 mm, left 28 mm, right 26 mm, bottom 35 mm,
giving a 156 x 225 mm text block; body 3号 (16 pt) 仿宋, 22 lines of 28
characters, so the line pitch is 225 mm / 22; title 2号 (22 pt) 小标宋;
page numbers 4号 "— 1 —", odd pages right and even pages left, one
character in from the edge of the text block.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

from app.docs import fonts

PAGE_W, PAGE_H = A4
MARGIN_TOP, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_BOTTOM = 37 * mm, 28 * mm, 26 * mm, 35 * mm
TEXT_W = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT          # 156 mm
TEXT_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM          # 225 mm
BODY_SIZE = 16
TITLE_SIZE = 22
LINE_PITCH = TEXT_H / 22                              # 22 lines per page
PAGE_NO_SIZE = 14


def _styles() -> dict[str, ParagraphStyle]:
    fonts.register_fonts()
    body = ParagraphStyle("body", fontName=fonts.BODY, fontSize=BODY_SIZE, leading=LINE_PITCH,
                          wordWrap="CJK", alignment=TA_JUSTIFY, firstLineIndent=2 * BODY_SIZE)
    return {
        "title": ParagraphStyle("title", fontName=fonts.TITLE, fontSize=TITLE_SIZE, leading=TITLE_SIZE * 1.45,
                                alignment=TA_CENTER, wordWrap="CJK", spaceAfter=LINE_PITCH * 0.5),
        "docno": ParagraphStyle("docno", fontName=fonts.BODY, fontSize=BODY_SIZE, leading=LINE_PITCH,
                                alignment=TA_CENTER),
        "body": body,
        "flush": ParagraphStyle("flush", parent=body, firstLineIndent=0),
        "heading": ParagraphStyle("heading", parent=body, fontName=fonts.TITLE, firstLineIndent=0),
        "right": ParagraphStyle("right", parent=body, firstLineIndent=0, alignment=TA_RIGHT),
        # Tables and records use 4号/小四 so wide tables fit the 156 mm block.
        "cell": ParagraphStyle("cell", fontName=fonts.BODY, fontSize=10.5, leading=14, wordWrap="CJK",
                               alignment=TA_LEFT),
        "cellhead": ParagraphStyle("cellhead", fontName=fonts.TITLE, fontSize=10.5, leading=14,
                                   wordWrap="CJK", alignment=TA_CENTER),
        "small": ParagraphStyle("small", fontName=fonts.BODY, fontSize=12, leading=18, wordWrap="CJK",
                                alignment=TA_JUSTIFY),
        "smallhead": ParagraphStyle("smallhead", fontName=fonts.TITLE, fontSize=13, leading=20, wordWrap="CJK",
                                    spaceBefore=6, spaceAfter=2),
        "mono": ParagraphStyle("mono", fontName=fonts.MONO, fontSize=8.5, leading=11, wordWrap="LTR",
                               splitLongWords=True),
    }


_STYLE_CACHE: dict[str, ParagraphStyle] | None = None


def styles() -> dict[str, ParagraphStyle]:
    global _STYLE_CACHE
    if _STYLE_CACHE is None:
        _STYLE_CACHE = _styles()
    return _STYLE_CACHE


def text(value) -> str:
    """Plain text made safe for reportlab's paragraph markup; newlines become line breaks."""
    return escape("" if value is None else str(value)).replace("\n", "<br/>")


def para(value, style: str = "body") -> Paragraph:
    return Paragraph(text(value), styles()[style])


def markup(raw: str, style: str = "body") -> Paragraph:
    """A paragraph from markup the caller already escaped (e.g. with a <font> run)."""
    return Paragraph(raw, styles()[style])


def mono_run(value: str, size: float | None = None) -> str:
    """Inline digest in the monospaced face."""
    size_attr = f' size="{size}"' if size else ""
    return f'<font face="{fonts.MONO}"{size_attr}>{text(value)}</font>'


def draw_page_number(canvas, doc) -> None:
    number = canvas.getPageNumber()
    label = f"— {number} —"
    canvas.saveState()
    canvas.setFont(fonts.BODY, PAGE_NO_SIZE)
    y = MARGIN_BOTTOM - 7 * mm - PAGE_NO_SIZE * 0.8
    if number % 2:
        canvas.drawRightString(PAGE_W - MARGIN_RIGHT - PAGE_NO_SIZE, y, label)
    else:
        canvas.drawString(MARGIN_LEFT + PAGE_NO_SIZE, y, label)
    canvas.restoreState()


def make_doc(target, *, title: str, author: str = "", page_numbers: bool = True, margins=None) -> BaseDocTemplate:
    """A document with one frame per page over the GB/T 9704 text block."""
    top, left, right, bottom = margins or (MARGIN_TOP, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_BOTTOM)
    doc = BaseDocTemplate(target, pagesize=A4, leftMargin=left, rightMargin=right, topMargin=top,
                          bottomMargin=bottom, title=title, author=author, creator="双随机抽查工作台",
                          invariant=1)
    frame = Frame(left, bottom, PAGE_W - left - right, PAGE_H - top - bottom, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    on_page = draw_page_number if page_numbers else None
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    return doc


def qr_code(value: str, size: float = 30 * mm) -> Drawing:
    widget = QrCodeWidget(value, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing


def grid_table(rows, col_widths, *, header_rows: int = 1, style_extra=()) -> Table:
    """A ruled table of Paragraph cells that splits across pages, repeating its header."""
    table = Table(rows, colWidths=col_widths, repeatRows=header_rows, splitByRow=1)
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.Color(0.92, 0.92, 0.92)))
    table.setStyle(TableStyle(commands + list(style_extra)))
    return table


def cells(values, style: str = "cell") -> list[Paragraph]:
    return [v if hasattr(v, "wrapOn") else para(v, style) for v in values]


def signature_table(labels: list[str], *, style: str = "small") -> Table:
    """Lines to sign on: one row per label, with a date."""
    rows = [[para(label, style), para("签字：________________", style), para("日期：______年____月____日", style)]
            for label in labels]
    table = Table(rows, colWidths=[TEXT_W * 0.34, TEXT_W * 0.33, TEXT_W * 0.33])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("TOPPADDING", (0, 0), (-1, -1), 10),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def vspace(lines: float = 1.0) -> Spacer:
    return Spacer(1, LINE_PITCH * lines)


def write_atomically(path: Path, build) -> Path:
    """Build into a temporary file beside `path`, then rename: no half-written PDF is ever left.

    `build(target_path)` writes the file; any exception removes the temporary file.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".pdf", dir=path.parent)
    os.close(fd)
    try:
        build(tmp)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return path
