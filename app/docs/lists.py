"""Address labels for mailing the notices, and a district's task list (下发清单)."""
from __future__ import annotations

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, KeepInFrame, PageTemplate

from app.docs import fonts
from app.docs import layout as L
from app.docs.data import InspectionSheet, sheet_fields
from app.docs.notices import paragraphs
from app.docs.templates import sections

W = L.TEXT_W

# A common 2 x 7 label sheet (99.1 x 38.1 mm labels, as Avery L7163 and its Chinese equivalents).
LABEL_COLS, LABEL_ROWS = 2, 7
LABEL_W, LABEL_H = 99.1 * mm, 38.1 * mm
LABEL_TOP, LABEL_LEFT, LABEL_GAP_X = 15.15 * mm, 4.65 * mm, 2.5 * mm
LABEL_PAD = 4 * mm
NO_ADDRESS = "地址：________________________________（名录中无地址，请手工填写）"


def _label_styles():
    fonts.register_fonts()
    return {
        "address": ParagraphStyle("label_address", fontName=fonts.BODY, fontSize=11, leading=14, wordWrap="CJK",
                                  alignment=TA_LEFT),
        "name": ParagraphStyle("label_name", fontName=fonts.TITLE, fontSize=13, leading=17, wordWrap="CJK",
                               alignment=TA_LEFT, spaceBefore=2),
        "sender": ParagraphStyle("label_sender", fontName=fonts.BODY, fontSize=9, leading=12, alignment=TA_RIGHT),
    }


def label_frames() -> list[Frame]:
    frames = []
    for row in range(LABEL_ROWS):
        for col in range(LABEL_COLS):
            x = LABEL_LEFT + col * (LABEL_W + LABEL_GAP_X)
            y = A4[1] - LABEL_TOP - (row + 1) * LABEL_H
            frames.append(Frame(x, y, LABEL_W, LABEL_H, leftPadding=LABEL_PAD, rightPadding=LABEL_PAD,
                                topPadding=LABEL_PAD, bottomPadding=LABEL_PAD * 0.6, id=f"label{row}{col}"))
    return frames


def label_flowables(sheet: InspectionSheet, common: dict, styles) -> KeepInFrame:
    fields = dict(common, **sheet_fields(sheet))
    if not sheet.address:
        fields["address"] = NO_ADDRESS
    raw = sections("labels")["recipient"]
    blocks = [b.strip() for b in raw.split("\n\n") if b.strip()]
    content = []
    if sheet.postal_code:
        content.append(L.Paragraph(L.text(sheet.postal_code), styles["address"]))
    for i, block in enumerate(blocks):
        style = styles["address"] if i == 0 else styles["name"]
        content.append(L.Paragraph(L.fill_markup(block, fields), style))
    for block in [b.strip() for b in sections("labels")["sender"].split("\n\n") if b.strip()]:
        content.append(L.Paragraph(L.fill_markup(block, fields), styles["sender"]))
    # A very long name or address shrinks to fit the label rather than spill onto the next one.
    return KeepInFrame(LABEL_W - 2 * LABEL_PAD, LABEL_H - 1.6 * LABEL_PAD, content, mode="shrink")


def build_labels(target, sheets: list[InspectionSheet], common: dict, *, title: str) -> None:
    doc = BaseDocTemplate(target, pagesize=A4, title=title, creator="双随机抽查工作台", invariant=1)
    doc.addPageTemplates([PageTemplate(id="labels", frames=label_frames())])
    styles = _label_styles()
    story = []
    for sheet in sheets:
        story += [label_flowables(sheet, common, styles), FrameBreak()]
    doc.build(story[:-1] or [L.para("（没有需要邮寄的检查对象）", "small")])


def number_ranges(numbers: list[int]) -> str:
    """[1, 2, 3, 5] -> "1-3、5"."""
    parts, start = [], None
    for i, n in enumerate(numbers):
        if start is None:
            start = n
        if i + 1 == len(numbers) or numbers[i + 1] != n + 1:
            parts.append(str(start) if start == n else f"{start}-{n}")
            start = None
    return "、".join(parts)


def tasklist_story(district: str, sheets: list[InspectionSheet], common: dict, doc_number: str) -> list:
    fields = dict(common, district=district, count=str(len(sheets)), doc_number=doc_number)
    story = [L.para(doc_number, "docno")]
    story += paragraphs("tasklist", "title", fields, "title")
    story += paragraphs("tasklist", "intro", fields, "small")
    # Check items are numbered once in a legend and cited by number in the table, so a
    # 30-item inspection still fits one row (a table row cannot continue on the next page).
    legend: dict[str, int] = {}
    for sheet in sheets:
        for item in sheet.items:
            legend.setdefault(item, len(legend) + 1)
    legend_rows = [L.cells(["编号", "检查事项"], "cellhead")]
    legend_rows += [L.cells([n, item]) for item, n in legend.items()]
    story += [L.vspace(0.3), L.grid_table(legend_rows, [14 * mm, W - 14 * mm])]
    rows = [L.cells(["序号", "检查对象", "检查事项编号", "检查组（组长在前）", "完成时限"], "cellhead")]
    for n, sheet in enumerate(sheets, 1):
        who = [L.para(sheet.name, "cell"), L.para(sheet.key, "mono"),
               L.para(sheet.address or "（名录中无地址）", "cell")]
        items = number_ranges(sorted(legend[item] for item in sheet.items))
        team = "\n".join(f"{name} {cert}" + ("（组长）" if role == "组长" else "")
                         for cert, name, role in sheet.team) or "（尚未匹配）"
        rows.append(L.cells([n, who, items, team, common["due_date"]]))
    story += [L.vspace(0.3), L.grid_table(rows, [10 * mm, 62 * mm, 24 * mm, 38 * mm, W - 134 * mm])]
    story += [L.vspace(0.5), L.signature_table(["下发人（市局）", "接收人（区市局）"])]
    return story
