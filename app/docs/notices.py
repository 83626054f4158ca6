"""检查通知书: one per inspection, wording from the templates (the result form is app.docs.form).

Each builder returns the flowables of one document, so the service can put
them in a file of their own and, unchanged, into the combined print file.
"""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Table, TableStyle

from app.docs import layout as L
from app.docs.basis import check_items_text, legal_basis_text
from app.docs.data import InspectionSheet, sheet_fields
from app.docs.official import Masthead, SealedSignature
from app.docs.templates import sections

W = L.TEXT_W
DEFAULT_METHOD = "实地核查，必要时查阅、复制有关资料，询问有关人员"
DEFAULT_MATERIALS = "营业执照、许可证件、生产销售记录、进货查验和出厂检验记录、检验报告等与检查事项有关的材料。"
# Digests on the notice stay in the body face: a paragraph mixing faces goes through
# reportlab's per-character CJK path, which made a notice 2x slower. The records, where
# digests are compared character by character, set them in the monospaced face.
DIGEST_FIELDS: tuple[str, ...] = ()


QR_SIZE = 22 * mm


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
            rank = f"按签号从小到大排第 {t.rank} 位"
        else:
            rank = f"为{L.text(t.rank)}（原抽中对象依规则由替补递补）" if t.rank else "为替补对象"
        parts.append(f"在任务 {L.text(t.code)}（{L.text(t.name)}）中的签号为 "
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


MAX_PAGES = 2                 # a notice with two tasks and five items still fits two pages


def chosen_box(sheet: InspectionSheet, fields: dict, values: dict, compact: bool = False) -> Table:
    """How it was chosen: smaller type with its QR code beside it, as ONE flowable, so it moves as a
    whole (it never splits, and the caller keeps it with the signature and the last paragraph).
    `compact`: smaller type and code, for a notice that would otherwise run onto a third page."""
    text = paragraphs("notice", "chosen", fields, "chosen_compact" if compact else "chosen", values=values)
    qr = L.qr_code(qr_payload(sheet, fields), QR_SIZE * (0.8 if compact else 1), best_mask=False)
    box = Table([[text, qr]], colWidths=[W - QR_SIZE - 4 * mm, QR_SIZE + 4 * mm])
    box.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 4),
                             ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                             ("LINEABOVE", (0, 0), (-1, 0), 0.5, colors.black)]))
    return box


def notice_fields(sheet: InspectionSheet, common: dict, doc_number: str, plan, compact: bool = False) -> dict:
    """`compact`: the opening cites the laws with their articles and the items are listed without
    theirs (shorter, for a notice that would otherwise run onto a third page)."""
    fields = dict(common, **sheet_fields(sheet), doc_number=doc_number)
    fields["address"] = sheet.address or "名录中无登记地址"
    if sheet.institution:
        fields["team"] += f"；本次检查委托第三方专业机构：{sheet.institution}"
    fields["risk_line"] = sheet.risk_line
    fields["legal_basis"] = legal_basis_text(sheet, plan, with_articles=compact)
    fields["check_items"] = check_items_text(sheet, plan, with_bases=not compact)
    return fields


def notice_story(sheet: InspectionSheet, common: dict, doc_number: str, plan, compact: bool = False) -> list:
    """版头 (GB/T 9704 geometry, app.docs.official), title, addressee, body; the last paragraph,
    the sealed signature and the "how you were chosen" box are kept together, so neither the
    signature nor the box ever stands on a page of its own."""
    fields = notice_fields(sheet, common, doc_number, plan, compact)
    values = L.markup_values(fields, mono=DIGEST_FIELDS, markup={"chosen_by": _chosen_markup(sheet)})
    story: list = [Masthead(common["bureau_name"], doc_number), L.vspace(2)]
    story += paragraphs("notice", "title", fields, "title", values=values)
    story += paragraphs("notice", "salutation", fields, "flush", values=values)
    body = paragraphs("notice", "body", fields, "body", values=values)
    signature = SealedSignature(common.get("seal_name") or common["bureau_name"], common["today"],
                                room=1 if compact else 2)
    story += body[:-1]
    gap = [] if compact else [L.vspace(0.5)]
    story.append(KeepTogether(body[-1:] + [signature] + gap + [chosen_box(sheet, fields, values, compact)]))
    return story


def page_break() -> PageBreak:
    return PageBreak()
