"""检查结果记录表: the paper twin of a work package's rows, one per inspection.

The form prints the result model (app.results.content) in the order of the work package's
columns (app.packages.layout.COLUMNS) and under the same labels, so a district copies paper
into the file line by line: the enterprise block (identity), one table row per check item
(是否检查 / 核查方式 / 检查结果 / 发现的问题), then what is recorded once per enterprise
(outcome, publicity, 后续处置, dates, inspectors, unit, entered by), then the declaration
kept on one page with the signature lines.
"""
from __future__ import annotations

import functools
import hashlib

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, KeepTogether

from app.catalogue.basis import basis_text
from app.docs import layout as L
from app.docs.data import InspectionSheet, sheet_fields
from app.docs.notices import paragraphs
from app.packages.layout import BY_FIELD
from app.results.lists import ResultLists, is_publicity_item

W = L.TEXT_W
DATE_BLANK = "______年____月____日"
YES_NO_BOXES = "□是　□否"
# The item table: name | 是否检查 | 核查方式 | 检查结果 | 发现的问题 (widths in mm, 156 in all).
# The tick columns are as wide as their longest default entry at TICK_SIZE, so none wraps.
ITEM_WIDTHS = [29 * mm, 22 * mm, 36 * mm, 36 * mm, 33 * mm]
TICK_SIZE, TICK_LEADING = 9, 12
LABEL_W = 34 * mm          # labels of the enterprise-level table
HALF_W = (W - 2 * LABEL_W) / 2


def label(field: str) -> str:
    """A column's label in the work package: the form says exactly what the file's header says."""
    return BY_FIELD[field].label


class TickBoxes(Flowable):
    """A list's entries as boxes to tick, in up to `columns` columns, wrapped lines hanging after the box.

    Every form prints the same lists, so the lines are measured once per (entries, width,
    columns), and drawn once per PDF file as a form XObject that each form then places: as a
    nested table of paragraphs this block was half the time of a form, and drawn string by
    string a third of it.
    """

    GAP = 6

    def __init__(self, entries, *, columns: int = 2, size: float = 10.5, leading: float = 14):
        super().__init__()
        self.entries = tuple(entries)
        self.columns, self.size, self.leading = columns, size, leading

    def wrap(self, avail_w, avail_h):
        self.font = _face_for(self.entries)
        self.cells, self.rows, name = _tick_layout(self.entries, round(avail_w, 1), self.font, self.size,
                                                   self.GAP, self.columns)
        self.name = f"{name}L{round(self.leading * 10)}"
        self.width, self.height = avail_w, self.rows * self.leading + 2
        return self.width, self.height

    def draw(self):
        canv = self.canv
        if not canv.hasForm(self.name):
            # saveState also gives the page code of its own before the form's (beginForm only
            # sets aside a non-empty page stream).
            canv.saveState()
            canv.beginForm(self.name, -2, -2, self.width + 2, self.height + 2)
            canv.setFont(self.font, self.size)
            for x, row, text in self.cells:
                canv.drawString(x, self.height - (row + 1) * self.leading + self.leading * 0.3, text)
            canv.endForm()
            canv.restoreState()
        canv.doForm(self.name)


@functools.lru_cache(maxsize=32)
def _face_for(entries: tuple[str, ...]) -> str:
    """An entry with a character the body face lacks sets the whole list in the title face."""
    covered = L.body_covered()
    return L.fonts.BODY if all(set(e) <= covered for e in entries) else L.fonts.TITLE


@functools.lru_cache(maxsize=64)
def _tick_layout(entries: tuple[str, ...], width: float, font: str, size: float, gap: float, columns: int):
    """[(x, line_index, text)] and the number of lines, read down the columns.

    Of the layouts in 1..`columns` columns where no entry wraps (each column as wide as its
    longest entry, the space left shared out), the one with the fewest lines; when every
    layout wraps something, equal columns with the fewest lines. At equal lines, fewer columns.
    """
    box = pdfmetrics.stringWidth("□ ", font, size)
    fitting, wrapping = [], []
    for n in range(1, max(1, columns) + 1):
        per_col = -(-len(entries) // n)
        groups = [entries[i:i + per_col] for i in range(0, len(entries), per_col)]
        natural = [box + max(pdfmetrics.stringWidth(e, font, size) for e in g) for g in groups]
        slack = width - sum(natural) - gap * (len(groups) - 1)
        if slack >= 0:
            widths = [w + slack / len(groups) for w in natural]
            fitting.append(_columns_layout(groups, widths, font, size, gap, box))
        else:
            widths = [(width - gap * (len(groups) - 1)) / len(groups)] * len(groups)
            wrapping.append(_columns_layout(groups, widths, font, size, gap, box))
    cells, lines = min(fitting or wrapping, key=lambda laid: laid[1])      # min() keeps the first of equals
    # The XObject's name: the same layout in the same file is drawn once.
    name = "Tick" + hashlib.sha1(repr((entries, width, font, size, gap, columns)).encode()).hexdigest()[:16]
    return cells, lines, name


def _columns_layout(groups, widths, font, size, gap, box):
    cells, lines, x0 = [], 0, 0.0
    for group, col_w in zip(groups, widths):
        line = 0
        for entry in group:
            for j, part in enumerate(_wrap_chars(entry, font, size, col_w - box)):
                cells.append((x0 + (0 if j == 0 else box), line, ("□ " if j == 0 else "") + part))
                line += 1
        lines = max(lines, line)
        x0 += col_w + gap
    return tuple(cells), lines


def _wrap_chars(text: str, font: str, size: float, width: float) -> list[str]:
    """Break Chinese text anywhere (no spaces to break at)."""
    out, line, used = [], "", 0.0
    for ch in text:
        w = pdfmetrics.stringWidth(ch, font, size)
        if line and used + w > width:
            out.append(line)
            line, used = "", 0.0
        line += ch
        used += w
    return out + [line] if line else out


def _tasks_text(sheet: InspectionSheet) -> str:
    return "；".join(f"{t.code} {t.name}".strip() for t in sheet.tasks) or "（无）"


def _value(text: str, width: float):
    """A value cell: a plain string when it fits one line in the body face (drawn without
    paragraph layout: a form has dozens of cells), else a paragraph that wraps and falls back."""
    if set(text) <= L.body_covered() and pdfmetrics.stringWidth(text, L.fonts.BODY, 10.5) <= width - 6:
        return text
    return L.para(text, "cell")


def _enterprise_block(sheet: InspectionSheet) -> list:
    team = "；".join(f"{name}（{cert}，{role}）" for cert, name, role in sheet.team) or "（待随机匹配后确定）"
    value_w = W - 42 * mm
    info = [[label("tasks"), _tasks_text(sheet)],
            ["检查对象", sheet.name],
            ["统一社会信用代码", sheet.key],
            ["住所（经营场所）", sheet.address or "（名录中无地址，请现场填写）"],
            ["法定代表人（负责人）", sheet.legal_rep],
            ["联系电话", sheet.phone],
            ["许可证编号", sheet.licence_no],
            [label("district"), sheet.district],
            [label("team"), team]]
    info = [[name, _value(value or "", value_w)] for name, value in info]
    plain = [("FONT", (0, 0), (0, -1), L.fonts.TITLE, 10.5), ("ALIGN", (0, 0), (0, -1), "CENTER"),
             ("FONT", (1, 0), (1, -1), L.fonts.BODY, 10.5), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    return [L.vspace(0.3), L.grid_table(info, [42 * mm, value_w], header_rows=0, style_extra=plain)]


def _item_table(sheet: InspectionSheet, lists: ResultLists) -> list:
    head = [label("item"), label("checked"), label("method"), label("result"), label("problem")]
    rows: list[list] = [L.cells(head, "cellhead")]
    checked = f"{YES_NO_BOXES}\n{label('reason')}："
    bases = list(sheet.item_bases) + [""] * len(sheet.items)
    for n, (item, basis) in enumerate(zip(sheet.items, bases), 1):
        cited = basis_text(basis)     # the item's basis as committed, in smaller type under its name
        name = L.text(f"{n}. {item}") + (f'<br/><font size="9">检查依据：{L.text(cited)}</font>' if cited else "")
        rows.append([L.markup(name, "cell"), checked,
                     TickBoxes(lists.check_methods, columns=1, size=TICK_SIZE, leading=TICK_LEADING),
                     TickBoxes(lists.item_results, columns=1, size=TICK_SIZE, leading=TICK_LEADING), ""])
    style = [("FONT", (1, 1), (1, -1), L.fonts.BODY, TICK_SIZE, TICK_LEADING)]
    return [L.vspace(0.3), L.grid_table(rows, ITEM_WIDTHS, style_extra=style)]


def _enterprise_outcomes(sheet: InspectionSheet, lists: ResultLists) -> list:
    """What is recorded once per enterprise, in the package's column order; 4 columns, label | value twice."""
    rows: list[list] = [["企业层面检查情况及后续处置（每户填写一次，企业层面检查结果仅在适用时勾选）", "", "", ""]]
    heights: list[float | None] = [None]
    spans = [0]                 # rows whose value spans the three right-hand columns

    def wide(text, value, height=None):
        spans.append(len(rows))
        rows.append([text, value, "", ""])
        heights.append(height)

    wide(label("outcome"), TickBoxes(lists.enterprise_outcomes, columns=2))
    if lists.publicity_results and any(is_publicity_item(item) for item in sheet.items):
        wide(label("publicity"), TickBoxes(lists.publicity_results, columns=2))
    wide(label("measures"), TickBoxes(lists.followup_measures, columns=5))
    wide(label("followup_text"), "", 14 * mm)
    rows.append([label("closed"), YES_NO_BOXES, label("closed_on"), DATE_BLANK])
    heights.append(8 * mm)
    wide(label("check_date"), DATE_BLANK, 8 * mm)
    wide(label("inspectors"), "", 12 * mm)
    rows.append([label("unit"), "", label("entered_by"), ""])
    heights.append(10 * mm)
    style = [("SPAN", (0, 0), (-1, 0)),
             ("FONT", (0, 0), (-1, 0), L.fonts.TITLE, 10.5), ("ALIGN", (0, 0), (-1, 0), "CENTER"),
             ("FONT", (0, 1), (-1, -1), L.fonts.BODY, 10.5), ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
             ("FONT", (0, 1), (0, -1), L.fonts.TITLE, 10.5), ("ALIGN", (0, 1), (0, -1), "CENTER"),
             ("FONT", (2, 1), (2, -1), L.fonts.TITLE, 10.5), ("ALIGN", (2, 1), (2, -1), "CENTER")]
    style += [("SPAN", (1, r), (-1, r)) for r in spans[1:]]
    # Its heading row repeats when the table continues on the next page.
    return [L.vspace(0.3), L.grid_table(rows, [LABEL_W, HALF_W, LABEL_W, HALF_W], header_rows=1,
                                        style_extra=style, row_heights=heights)]


def _declaration_and_signatures(sheet: InspectionSheet, fields: dict) -> KeepTogether:
    """Never the signatures alone on a page, nor the declaration without them."""
    signers = [f"检查人员：{name}" for _, name, _ in sheet.team] or ["检查人员", "检查人员"]
    signers += ["检查组组长", "检查对象代表"]
    return KeepTogether([L.vspace(0.6)] + paragraphs("form", "declaration", fields, "small")
                        + [L.signature_table(signers)])


def form_story(sheet: InspectionSheet, common: dict, lists: ResultLists) -> list:
    fields = dict(common, **sheet_fields(sheet))
    story = paragraphs("form", "title", fields, "title")
    story += paragraphs("form", "intro", fields, "small")
    story += _enterprise_block(sheet)
    story += _item_table(sheet, lists)
    # What is recorded once per enterprise stays in one piece with the declaration that attests it
    # (a table continued by one row above the signatures looked like an afterthought); should a
    # bureau's lists make the two taller than a page, they split, the declaration still on the
    # page of the signatures.
    story.append(KeepTogether(_enterprise_outcomes(sheet, lists) + [_declaration_and_signatures(sheet, fields)]))
    return story
