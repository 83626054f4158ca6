"""检查通知书: one per inspection, wording from the templates (the result form is app.docs.form).

Each builder returns the flowables of one document, so the service can put
them in a file of their own and, unchanged, into the combined print file.
"""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
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


def page_break() -> PageBreak:
    return PageBreak()
