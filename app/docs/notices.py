"""检查通知书 and 检查结果记录表: one per inspection, wording from the templates.

Each builder returns the flowables of one document, so the service can put
them in a file of their own and, unchanged, into the combined print file.
"""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Table, TableStyle
from reportlab.platypus.flowables import ImageAndFlowables

from app.docs import layout as L
from app.docs.data import InspectionSheet, sheet_fields
from app.docs.templates import sections

W = L.TEXT_W
DEFAULT_METHOD = "实地核查，必要时查阅、复制有关资料，询问有关人员"
DEFAULT_MATERIALS = ("营业执照、工业产品生产许可证证书、近一年的生产和销售记录、原辅材料进货查验记录、"
                     "出厂检验记录及检验报告、执行的产品标准，以及与检查事项有关的其他材料。")
DIGEST_FIELDS = ("commitment", "seed", "record_sha256")


class RedRule(Flowable):
    """The red separator line under the issuing body's name (版头中的分隔线)."""

    def __init__(self, width: float):
        super().__init__()
        self.width, self.height = width, 4 * mm

    def draw(self):
        self.canv.setStrokeColor(colors.red)
        self.canv.setLineWidth(1.2)
        self.canv.line(0, 2 * mm, self.width, 2 * mm)


def paragraphs(kind: str, section: str, fields: dict, style: str, markup=None) -> list:
    """A template section as paragraphs (blank lines separate paragraphs)."""
    raw = sections(kind)[section]
    out = []
    for block in [b for b in raw.split("\n\n") if b.strip()]:
        out.append(L.markup(L.fill_markup(block.strip(), fields, mono=DIGEST_FIELDS, markup=markup), style))
    return out


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
                     f"{L.mono_run(t.ticket, 11)}，{where}{of}{rank}")
    return "你单位" + "；".join(parts) + "。" if parts else ""


def _qr_payload(sheet: InspectionSheet, common: dict) -> str:
    """The same facts as the paragraph, compact (a smaller QR code scans more easily)."""
    lines = [f"SPOTCHECK-DRAW-1 D={common['draw_no']}", f"C={common['commitment']}", f"K={sheet.key}"]
    for t in sheet.tasks:
        lines.append(f"{t.code}={t.ticket} R={t.rank}/{t.quota}")
    if setting_url := common.get("publication_url_raw"):
        lines.append(setting_url)
    return "\n".join(lines)


def _signature_block(common: dict) -> KeepTogether:
    """Issuing body and date at the lower right; date in Arabic numerals (GB/T 9704 7.3.5)."""
    return KeepTogether([L.vspace(1.5), L.markup(L.text(common["bureau_name"]), "right"),
                         L.markup(L.text(common["today"]) + "　　", "right")])


def notice_story(sheet: InspectionSheet, common: dict, doc_number: str) -> list:
    fields = dict(common, **sheet_fields(sheet), doc_number=doc_number)
    fields["address"] = sheet.address or "名录中无登记地址"
    chosen = {"chosen_by": _chosen_markup(sheet)}
    story = [L.markup(L.text(common["bureau_name"]), "masthead"), L.para(doc_number, "docno"), RedRule(W),
             L.vspace(0.3)]
    story += paragraphs("notice", "title", fields, "title")
    story += paragraphs("notice", "salutation", fields, "flush")
    story += paragraphs("notice", "body", fields, "body")
    story.append(_signature_block(common))
    # How it was chosen: smaller type with its QR code beside it; the text may continue on the next page.
    chosen_paras = paragraphs("notice", "chosen", fields, "small", markup=chosen)
    qr = L.qr_code(_qr_payload(sheet, common), 30 * mm)
    story += [L.vspace(0.5), L.rule(W),
              ImageAndFlowables(qr, chosen_paras, imageLeftPadding=6, imageSide="right")]
    return story


def _tick_boxes(categories: list[str]) -> Table:
    """The result categories as boxes to tick, two to a row."""
    half = (len(categories) + 1) // 2
    rows = []
    for i in range(half):
        row = [L.para("□ " + categories[i], "cell")]
        row.append(L.para("□ " + categories[i + half], "cell") if i + half < len(categories) else "")
        rows.append(row)
    table = Table(rows, colWidths=[(W - 42 * mm) / 2] * 2)
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return table


def form_story(sheet: InspectionSheet, common: dict, categories: list[str]) -> list:
    fields = dict(common, **sheet_fields(sheet))
    story = paragraphs("form", "title", fields, "title")
    story += paragraphs("form", "intro", fields, "small")
    label = lambda v: L.para(v, "cellhead")  # noqa: E731
    team = "；".join(f"{name}（{cert}，{role}）" for cert, name, role in sheet.team) or ""
    info = [[label("检查对象"), L.para(sheet.name, "cell")],
            [label("统一社会信用代码"), L.para(sheet.key, "cell")],
            [label("住所（经营场所）"), L.para(sheet.address or "（名录中无地址，请现场填写）", "cell")],
            [label("法定代表人（负责人）"), L.para(sheet.legal_rep, "cell")],
            [label("联系电话"), L.para(sheet.phone, "cell")],
            [label("许可证编号"), L.para(sheet.licence_no, "cell")],
            [label("所属区市"), L.para(sheet.district, "cell")],
            [label("检查人员"), L.para(team, "cell")]]
    story += [L.vspace(0.3), L.grid_table(info, [42 * mm, W - 42 * mm], header_rows=0)]
    rows = [L.cells(["检查事项", "检查结果（在相应类别前打“√”）"], "cellhead")]
    for n, item in enumerate(sheet.items, 1):
        rows.append([L.para(f"{n}. {item}", "cell"), _tick_boxes(categories)])
    story += [L.vspace(0.3), L.grid_table(rows, [42 * mm, W - 42 * mm])]
    blank = [[label("发现的问题"), ""], [label("采取的措施"), ""]]
    story += [L.vspace(0.3), L.grid_table(blank, [42 * mm, W - 42 * mm], header_rows=0,
                                          body_row_height=32 * mm)]
    story += paragraphs("form", "declaration", fields, "small")
    story.append(CondPageBreak(50 * mm))
    signers = [f"检查人员：{name}" for _, name, _ in sheet.team] or ["检查人员", "检查人员"]
    signers += ["检查组组长", "检查对象代表"]
    story += [L.signature_table(signers)]
    return story


def page_break() -> PageBreak:
    return PageBreak()
