"""Render a guide's Markdown (docs/用户手册.md by default) to PDF with reportlab and the bundled fonts.

    python tools/build_manual.py                          docs/用户手册.md → docs/用户手册.pdf
    python tools/build_manual.py docs/验证指南.md --out X.pdf

No network, no pandoc: the small Markdown the guides use — headings, paragraphs, lists, tables,
fenced code, images with an italic caption line below, **bold**, `code`, [links](…), HTML comments —
becomes reportlab flowables. Chinese wraps anywhere (wordWrap CJK); the font is the bundled
WenQuanYi Micro Hei (resources/fonts), so the PDF looks the same on every machine. Look at the result
with `pdftoppm -r 50 -png docs/用户手册.pdf /tmp/manual`.
"""
from __future__ import annotations

import argparse
import html
import io
import re
import sys
import textwrap
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    HRFlowable,
    Image,
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
    XPreformatted,
)

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "docs" / "用户手册.md"
FONT = "ManualSans"
WIDTH = A4[0] - 36 * mm          # the text width: 18 mm margins


def _register() -> None:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(ROOT / "resources" / "fonts" / "wqy-microhei.ttc"), subfontIndex=0))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT, italic=FONT, boldItalic=FONT)


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=16, wordWrap="CJK", spaceAfter=5)
    return {
        "body": base,
        "h1": ParagraphStyle("h1", parent=base, fontSize=20, leading=28, spaceBefore=6, spaceAfter=12,
                             textColor=colors.HexColor("#1a3d7c")),
        "h2": ParagraphStyle("h2", parent=base, fontSize=15, leading=22, spaceBefore=14, spaceAfter=8,
                             textColor=colors.HexColor("#1a3d7c")),
        "h3": ParagraphStyle("h3", parent=base, fontSize=12, leading=18, spaceBefore=10, spaceAfter=6),
        "caption": ParagraphStyle("caption", parent=base, fontSize=9, leading=13, textColor=colors.HexColor("#555555"),
                                  alignment=1, spaceAfter=10),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=13, spaceAfter=0),
        "code": ParagraphStyle("code", parent=base, fontSize=8.5, leading=12, backColor=colors.HexColor("#f2f2f2"),
                               borderPadding=4, spaceBefore=4, spaceAfter=8),
    }


def inline(text: str) -> str:
    """Markdown inline marks to reportlab's paragraph markup (escaped first)."""
    text = html.escape(text, quote=False)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)                       # links: their words
    text = re.sub(r"\*\*(.+?)\*\*", r'<font color="#8b1a1a">\1</font>', text)     # bold: the one face, in colour
    text = re.sub(r"`([^`]+)`", r'<font backColor="#eeeeee">\1</font>', text)
    return re.sub(r"(?<![\w*])\*([^*]+)\*(?![\w*])", r"\1", text)                 # italic: plain


def _table(rows: list[str], styles) -> Table:
    cells = [[c.strip() for c in row.strip().strip("|").split("|")] for row in rows]
    cells = [row for row in cells if not all(re.fullmatch(r":?-{3,}:?", c) for c in row)]
    columns = max(len(row) for row in cells)
    data = [[Paragraph(inline(c), styles["cell"]) for c in row + [""] * (columns - len(row))] for row in cells]
    table = Table(data, colWidths=[WIDTH / columns] * columns, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef8")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _image(path: Path, caption: str | None, styles, nested: bool) -> list:
    image = Image(str(path))
    scale = min(1.0, WIDTH / image.imageWidth, (A4[1] * 0.55) / image.imageHeight)
    image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
    parts = [image] + ([Paragraph(inline(caption), styles["caption"])] if caption else [])
    # inside a list item a KeepTogether cannot move to the next frame (reportlab refuses): plain there
    return parts if nested else [KeepTogether(parts)]


def flowables(markdown: str, folder: Path, nested: bool = False) -> list:
    """The story of a guide: `folder` resolves its images (img/… beside the Markdown)."""
    styles = _styles()
    text = re.sub(r"<!--.*?-->", "", markdown, flags=re.S)
    lines = text.split("\n")
    story: list = []
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if not stripped:
            i += 1
        elif stripped.startswith("```"):
            end = next((j for j in range(i + 1, len(lines)) if lines[j].strip().startswith("```")), len(lines))
            code = "\n".join(lines[i + 1:end])
            story.append(XPreformatted(html.escape(code, quote=False), styles["code"]))
            i = end + 1
        elif match := re.match(r"(#{1,3}) +(.*)", stripped):
            story.append(Paragraph(inline(match.group(2)), styles[f"h{len(match.group(1))}"]))
            i += 1
        elif match := re.fullmatch(r"!\[([^\]]*)\]\(([^)]+)\)", stripped):
            caption = None
            following = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
            if following is not None and re.fullmatch(r"\*[^*].*\*", lines[following].strip()):
                caption, i = lines[following].strip()[1:-1], following
            story += _image(folder / match.group(2), caption, styles, nested)
            i += 1
        elif stripped.startswith("|"):
            end = i
            while end < len(lines) and lines[end].strip().startswith("|"):
                end += 1
            story += [_table(lines[i:end], styles), Spacer(1, 6)]
            i = end
        elif re.fullmatch(r"-{3,}", stripped):
            story.append(HRFlowable(width="100%", color=colors.HexColor("#999999")))
            i += 1
        elif re.match(r"(- |\d+\. )", stripped):
            i = _list(lines, i, story, styles, folder)
        else:
            end = i
            while end < len(lines) and lines[end].strip() and not re.match(r"(#|```|\||- |\d+\. |!\[)",
                                                                           lines[end].strip()):
                end += 1
            story.append(Paragraph(inline(" ".join(x.strip() for x in lines[i:end])), styles["body"]))
            i = max(end, i + 1)
    return story


MARKER = re.compile(r"(- |\d+\. )")
BLOCK = re.compile(r"(- |\d+\. |!\[|```|\|)")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _list(lines: list[str], i: int, story: list, styles, folder: Path) -> int:
    """The list starting at lines[i]: its items, each with its indented continuation lines and its
    indented blocks (a nested list, an image, code). Returns the index after the list."""
    indent = _indent(lines[i])
    numbered = bool(re.match(r"\d+\. ", lines[i].strip()))
    items: list[list] = []
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            nxt = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
            if nxt is not None and (_indent(lines[nxt]) > indent
                                    or (_indent(lines[nxt]) == indent and MARKER.match(lines[nxt].strip()))):
                i = nxt
                continue
            i = len(lines) if nxt is None else nxt
            break
        marker = MARKER.match(line.strip())
        if _indent(line) < indent or (_indent(line) == indent and not marker):
            break
        if _indent(line) == indent and marker:
            body = [line.strip()[marker.end():]]
            i += 1
            while (i < len(lines) and lines[i].strip() and _indent(lines[i]) > indent
                   and not BLOCK.match(lines[i].strip())):
                body.append(lines[i].strip())
                i += 1
            items.append([Paragraph(inline(" ".join(body)), styles["body"])])
        else:
            end = i
            while end < len(lines) and (not lines[end].strip() or _indent(lines[end]) > indent):
                end += 1
            items[-1] += flowables(textwrap.dedent("\n".join(lines[i:end])), folder, nested=True)
            i = end
    story.append(ListFlowable([ListItem(item, leftIndent=14) for item in items],
                              bulletType="1" if numbered else "bullet", bulletFormat="%s." if numbered else None,
                              bulletFontName=FONT, bulletFontSize=9,
                              leftIndent=14))
    return i


def build(source: Path, out: Path) -> Path:
    _register()
    buffer = io.BytesIO()
    title = source.stem

    def number(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(colors.HexColor("#777777"))
        canvas.drawCentredString(A4[0] / 2, 10 * mm, f"{title}　第 {doc.page} 页")
        canvas.restoreState()

    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=18 * mm, title=title, author="双随机抽查工作台")
    doc.build(flowables(source.read_text(encoding="utf-8"), source.parent), onFirstPage=number, onLaterPages=number)
    sys.path.insert(0, str(ROOT))
    from app.files import write_bytes  # the project's atomic writer, once the repository is on the path
    write_bytes(out, buffer.getvalue())
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--out", type=Path, help="the PDF (default: beside the source, .pdf)")
    args = parser.parse_args(argv)
    print(build(args.source, args.out or args.source.with_suffix(".pdf")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
