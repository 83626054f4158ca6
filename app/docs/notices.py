"""检查通知书 and 检查结果记录表: one per inspection, wording from the templates.

Each builder returns the flowables of one document, so the service can put
them in a file of their own and, unchanged, into the combined print file.
"""
from __future__ import annotations

import functools

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak

from app.docs import layout as L
from app.docs.data import InspectionSheet, sheet_fields
from app.docs.templates import sections

W = L.TEXT_W
DEFAULT_METHOD = "实地核查，必要时查阅、复制有关资料，询问有关人员"
DEFAULT_MATERIALS = ("营业执照、有关许可证件、近一年的生产和销售记录、原辅材料进货查验记录、"
                     "出厂检验记录及检验报告、执行的产品标准，以及与检查事项有关的其他材料。")
# Digests on the notice stay in the body face: a paragraph mixing faces goes through
# reportlab's per-character CJK path, which made a notice 2x slower. The records, where
# digests are compared character by character, set them in the monospaced face.
DIGEST_FIELDS: tuple[str, ...] = ()


QR_SIZE = 30 * mm


class FloatRight(Flowable):
    """Draws its content at the right edge, below the current point, taking no height itself."""

    def __init__(self, content: Flowable):
        super().__init__()
        self.content = content

    def wrap(self, avail_w, avail_h):
        self.avail_w = avail_w
        self.content_w, self.content_h = self.content.wrap(avail_w, avail_h)
        return 0, 0

    def draw(self):
        self.content.drawOn(self.canv, self.avail_w - self.content_w, -self.content_h)


class RedRule(Flowable):
    """The red separator line under the issuing body's name (版头中的分隔线)."""

    def __init__(self, width: float):
        super().__init__()
        self.width, self.height = width, 4 * mm

    def draw(self):
        self.canv.setStrokeColor(colors.red)
        self.canv.setLineWidth(1.2)
        self.canv.line(0, 2 * mm, self.width, 2 * mm)


def paragraphs(kind: str, section: str, fields: dict, style: str, markup=None, values=None) -> list:
    """A template section as paragraphs (blank lines separate paragraphs)."""
    raw = sections(kind)[section]
    if values is None:
        values = L.markup_values(fields, mono=DIGEST_FIELDS, markup=markup)
    return [L.markup(L.fill_markup(block.strip(), fields, values=values), style)
            for block in raw.split("\n\n") if block.strip()]


def plan_fields(common: dict, plan) -> dict:
    options = plan.options or {}
    return dict(common, method=options.get("method") or DEFAULT_METHOD,
                materials=options.get("materials") or DEFAULT_MATERIALS)


def _chosen_markup(sheet: InspectionSheet) -> str:
    parts = []
    for t in sheet.tasks:
        where = f"在{L.text(t.stratum)}" if t.stratum else ""
        of = f"抽中的 {t.quota} 户中" if t.quota is not None else "抽中的对象中"
        if isinstance(t.rank, int):
            rank = f"按票号从小到大排第 {t.rank} 位"
        else:
            rank = f"为{L.text(t.rank)}（原抽中对象依规则由替补递补）" if t.rank else "为替补对象"
        parts.append(f"在任务 {L.text(t.code)}（{L.text(t.name)}）中的票号为 "
                     f"{L.text(t.ticket)}，{where}{of}{rank}")
    return "你单位" + "；".join(parts) + "。" if parts else ""


def qr_payload(sheet: InspectionSheet, common: dict) -> tuple[str, str]:
    """The same facts as the paragraph: an upper-case segment (QR alphanumeric mode, so the
    code stays small; hex compares the same in either case) and the record's address."""
    parts = [f"SPOTCHECK-DRAW-1 D:{common['draw_no']} C:{common['commitment']} K:{sheet.key}"]
    for t in sheet.tasks:
        rank = f"{t.rank}/{t.quota}" if isinstance(t.rank, int) else "ALT"
        parts.append(f"{t.code}:{t.ticket} R:{rank}")
    return " ".join(parts).upper(), " " + (common.get("publication_url_raw") or "")


def _signature_block(common: dict) -> KeepTogether:
    """Issuing body and date at the lower right; date in Arabic numerals (GB/T 9704 7.3.5)."""
    return KeepTogether([L.vspace(1.5), L.markup(L.text(common["bureau_name"]), "right"),
                         L.markup(L.text(common["today"]) + "　　", "right")])


def notice_story(sheet: InspectionSheet, common: dict, doc_number: str) -> list:
    fields = dict(common, **sheet_fields(sheet), doc_number=doc_number)
    fields["address"] = sheet.address or "名录中无登记地址"
    if sheet.institution:
        fields["team"] += f"；本次检查委托第三方专业机构：{sheet.institution}"
    chosen = {"chosen_by": _chosen_markup(sheet)}
    story = [L.markup(L.text(common["bureau_name"]), "masthead"), L.para(doc_number, "docno"), RedRule(W),
             L.vspace(0.3)]
    values = L.markup_values(fields, mono=DIGEST_FIELDS, markup=chosen)    # escaped once per notice
    story += paragraphs("notice", "title", fields, "title", values=values)
    story += paragraphs("notice", "salutation", fields, "flush", values=values)
    story += paragraphs("notice", "body", fields, "body", values=values)
    story.append(_signature_block(common))
    # How it was chosen: smaller type with its QR code beside it; the text may continue on the next page.
    # The text runs in a narrower column; the QR code floats in the space at its right.
    # (platypus' ImageAndFlowables does this too, but re-wraps the text many times: 3x slower.)
    chosen_paras = paragraphs("notice", "chosen", fields, "chosen", values=values)
    qr = L.qr_code(qr_payload(sheet, common), QR_SIZE, best_mask=False)
    story += [L.vspace(0.5), CondPageBreak(QR_SIZE + 12), L.rule(W), FloatRight(qr)] + chosen_paras
    return story


class TickBoxes(Flowable):
    """The result categories as boxes to tick, two columns, wrapped lines hanging after the box.

    Every form prints the same categories, so the lines are measured once per (categories,
    width) and drawn as plain strings: as a nested table of paragraphs this block was half
    the time of a form.
    """

    SIZE, LEADING, GAP = 10.5, 14, 6

    def __init__(self, categories: list[str]):
        super().__init__()
        self.categories = tuple(categories)

    def wrap(self, avail_w, avail_h):
        # A category with a character the body face lacks is set in the title face instead.
        covered = L.body_covered()
        self.font = L.fonts.BODY if all(set(c) <= covered for c in self.categories) else L.fonts.TITLE
        self.cells, self.rows = _tick_layout(self.categories, round(avail_w, 1), self.font, self.SIZE, self.GAP)
        self.width, self.height = avail_w, self.rows * self.LEADING + 2
        return self.width, self.height

    def draw(self):
        canv = self.canv
        canv.setFont(self.font, self.SIZE)
        for x, row, text in self.cells:
            canv.drawString(x, self.height - (row + 1) * self.LEADING + 4, text)


@functools.lru_cache(maxsize=32)
def _tick_layout(categories: tuple[str, ...], width: float, font: str, size: float, gap: float):
    """[(x, line_index, text)] and the number of lines, for two columns of "□ category"."""
    col_w = (width - gap) / 2
    box = pdfmetrics.stringWidth("□ ", font, size)
    half = (len(categories) + 1) // 2
    cells, lines = [], [0, 0]
    for i, category in enumerate(categories):
        col = 0 if i < half else 1
        x0 = col * (col_w + gap)
        wrapped = _wrap_chars(category, font, size, col_w - box)
        for j, part in enumerate(wrapped):
            cells.append((x0 + (0 if j == 0 else box), lines[col], ("□ " if j == 0 else "") + part))
            lines[col] += 1
    return tuple(cells), max(lines)


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


def form_story(sheet: InspectionSheet, common: dict, categories: list[str]) -> list:
    fields = dict(common, **sheet_fields(sheet))
    story = paragraphs("form", "title", fields, "title")
    story += paragraphs("form", "intro", fields, "small")
    team = "；".join(f"{name}（{cert}，{role}）" for cert, name, role in sheet.team) or ""
    # Labels and short one-line values are plain string cells (no paragraph layout: a form
    # has dozens of them); anything that may wrap, or need the fallback face, is a paragraph.
    info = [["检查对象", L.para(sheet.name, "cell")],
            ["统一社会信用代码", sheet.key],
            ["住所（经营场所）", L.para(sheet.address or "（名录中无地址，请现场填写）", "cell")],
            ["法定代表人（负责人）", L.para(sheet.legal_rep, "cell")],
            ["联系电话", L.para(sheet.phone, "cell")],
            ["许可证编号", L.para(sheet.licence_no, "cell")],
            ["所属区市", sheet.district],
            ["检查人员", L.para(team, "cell")],
            ["检查日期", "______年____月____日"]]
    plain = [("FONT", (0, 0), (0, -1), L.fonts.TITLE, 10.5), ("ALIGN", (0, 0), (0, -1), "CENTER"),
             ("FONT", (1, 0), (1, -1), L.fonts.BODY, 10.5), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    story += [L.vspace(0.3), L.grid_table(info, [42 * mm, W - 42 * mm], header_rows=0, style_extra=plain)]
    rows = [L.cells(["检查事项", "检查结果（在相应类别前打“√”）"], "cellhead")]
    for n, item in enumerate(sheet.items, 1):
        rows.append([L.para(f"{n}. {item}", "cell"), TickBoxes(categories)])
    story += [L.vspace(0.3), L.grid_table(rows, [42 * mm, W - 42 * mm])]
    blank = [["发现的问题", ""], ["采取的措施", ""]]
    story += [L.vspace(0.3), L.grid_table(blank, [42 * mm, W - 42 * mm], header_rows=0, body_row_height=32 * mm,
                                          style_extra=plain[:2])]
    story += paragraphs("form", "declaration", fields, "small")
    story.append(CondPageBreak(50 * mm))
    signers = [f"检查人员：{name}" for _, name, _ in sheet.team] or ["检查人员", "检查人员"]
    signers += ["检查组组长", "检查对象代表"]
    story += [L.signature_table(signers)]
    return story


def page_break() -> PageBreak:
    return PageBreak()
