"""Recognising the header row and mapping its columns to fields, by synonyms.

A mapping is {field: header text}. Header text (not a column index) is what a
clerk confirms and what is remembered, so one mapping fits every district's
sheet even when their columns sit in different places.
"""
from __future__ import annotations

import functools
import hashlib
import json

from app.registers.normalize import cell_text, clean_text

# field -> synonyms, most specific first. Exact matches score above containment.
SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "enterprise": {
        "name": ("企业名称", "单位名称", "市场主体名称", "主体名称", "名称", "企业（单位）名称", "生产企业名称",
                 "获证企业名称"),
        "key": ("统一社会信用代码（注册号）", "统一社会信用代码/注册号", "统一社会信用代码", "社会信用代码", "信用代码",
                "统一代码", "USCC"),
        "reg_no": ("注册号", "工商注册号", "营业执照注册号"),
        "district": ("所属区市", "所属区域", "所属区县", "所在区市", "区市", "辖区", "属地", "所属辖区", "行政区划",
                     "区域"),
        "authority": ("登记机关", "管辖单位", "管辖机关", "发证机关"),
        "status": ("登记状态", "经营状态", "企业状态", "状态"),
        "legal_rep": ("法定代表人", "负责人", "法定代表人（负责人）", "法人代表", "经营者"),
        "address": ("住所", "地址", "经营场所", "生产地址", "住所（经营场所）", "注册地址"),
        "phone": ("联系电话", "电话", "手机", "联系方式"),
        "licence_no": ("许可证编号", "证书编号", "许可证号", "证书号"),
        "product": ("产品名称", "产品类别", "许可产品", "产品单元", "获证产品"),
        "issued_on": ("发证日期", "发证时间", "颁证日期"),
        "valid_until": ("有效期至", "有效期", "证书有效期", "有效截止日期", "截止日期"),
    },
    "inspector": {
        "name": ("姓名", "检查人员姓名", "人员姓名", "执法人员姓名", "检查人员"),
        "cert_no": ("执法证号", "执法证件号", "执法证编号", "行政执法证号", "执法证件编号", "证件号码", "证号"),
        "unit": ("所属单位", "工作单位", "所在单位", "单位", "单位名称"),
        "district": ("所属区市", "区市", "所属区域", "辖区", "所在区市"),
        "specialty": ("专业领域", "专业", "专长", "业务领域", "擅长领域"),
        "status": ("在岗状态", "人员状态", "状态", "在岗情况"),
        "cert_expiry": ("执法证有效期至", "证件有效期至", "有效期至", "证件有效期", "有效期"),
        "expert": ("是否专家", "专家", "专家标识"),
        "phone": ("联系电话", "电话", "手机"),
    },
    "avoidance": {
        "inspector_name": ("检查人员姓名", "执法人员姓名", "姓名", "检查人员"),
        "cert_no": ("执法证号", "执法证件号", "执法证编号", "证号"),
        "enterprise_name": ("企业名称", "单位名称", "市场主体名称", "检查对象"),
        "key": ("统一社会信用代码（注册号）", "统一社会信用代码", "社会信用代码", "信用代码", "注册号"),
        "reason": ("回避事由", "回避原因", "事由", "原因", "利害关系"),
    },
    "institution": {
        "name": ("机构名称", "单位名称", "名称", "企业名称"),
        "key": ("统一社会信用代码", "社会信用代码", "信用代码"),
        "services": ("服务项目", "服务范围", "可提供服务", "业务范围", "服务类别"),
        "qualification": ("资质名称", "资质证书", "资质", "资质类别", "资质等级"),
        "qualification_expiry": ("资质有效期至", "资质有效期", "有效期至", "有效期"),
        "contact": ("联系人",),
        "phone": ("联系电话", "电话", "手机"),
    },
    "catalogue": {
        "code": ("事项编码", "抽查事项编码", "检查事项编码", "事项编号", "抽查事项编号", "编码"),
        "name": ("事项名称", "抽查事项名称", "检查事项名称", "抽查事项", "检查事项", "抽查项目"),
        "category": ("事项类别", "抽查类别", "事项类型", "类别"),
        "method": ("检查方式", "抽查方式", "检查方法"),
        "department": ("实施部门", "实施机关", "检查实施主体", "实施主体", "责任部门", "承办机构"),
        "object_type": ("检查对象类型", "检查对象", "抽查对象", "对象类型"),
        "basis": ("检查依据", "抽查依据", "法律依据", "依据"),
        "note": ("备注", "说明"),
    },
}

# Columns known to carry nothing to keep (a row counter).
IGNORED_HEADERS = ("序号", "编号", "行号", "NO", "NO.")

REQUIRED = {
    "enterprise": ("name", "key"),
    "inspector": ("name", "cert_no"),
    "avoidance": ("cert_no", "key"),
    "institution": ("name", "key"),
    "catalogue": ("code", "name"),
}
KEY_FIELD = {"enterprise": "key", "inspector": "cert_no", "avoidance": "key", "institution": "key",
             "catalogue": "code"}

FIELD_LABELS = {
    "name": "名称", "key": "统一社会信用代码", "reg_no": "注册号", "district": "所属区市", "authority": "登记机关",
    "status": "状态", "legal_rep": "法定代表人", "address": "住所", "phone": "联系电话", "licence_no": "许可证编号",
    "product": "产品名称", "issued_on": "发证日期", "valid_until": "有效期至", "cert_no": "执法证号",
    "unit": "所属单位",
    "specialty": "专业领域", "cert_expiry": "执法证有效期至", "expert": "是否专家", "inspector_name": "检查人员姓名",
    "enterprise_name": "企业名称", "reason": "回避事由", "services": "服务项目", "qualification": "资质",
    "qualification_expiry": "资质有效期至", "contact": "联系人",
    "code": "事项编码", "category": "事项类别", "method": "检查方式", "department": "实施部门",
    "object_type": "检查对象类型", "basis": "检查依据", "note": "备注",
}

HEADER_SCAN_ROWS = 30


def norm_header(value) -> str:
    """Header text compared without spaces, line breaks, '*' required marks or ':'."""
    text = clean_text(cell_text(value))
    return "".join(text.split()).replace("*", "").replace("：", "").replace(":", "").upper()


def suggest_mapping(kind: str, headers: list) -> dict[str, str]:
    """Best field for each header cell: exact synonym beats containment, longer synonym beats shorter."""
    normed = [norm_header(h) for h in headers]
    candidates = []   # (score, field, column)
    for col, text in enumerate(normed):
        if not text or text in IGNORED_HEADERS:
            continue
        for field, words in _normed_synonyms(kind):
            for rank, w in enumerate(words):
                if text == w:
                    candidates.append((1000 - rank, field, col))
                elif len(w) >= 2 and w in text and len(text) <= len(w) + 8:
                    candidates.append((100 + len(w) * 5 - rank, field, col))
    candidates.sort(key=lambda c: (-c[0], c[2]))
    mapping, used_cols = {}, set()
    for _score, field, col in candidates:
        if field in mapping or col in used_cols:
            continue
        mapping[field] = cell_text(headers[col]).strip()   # as the clerk sees it; matched via norm_header
        used_cols.add(col)
    return mapping


@functools.cache
def _normed_synonyms(kind: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(field, its synonyms as norm_header gives them), computed once: header search tries 30 rows."""
    return tuple((field, tuple(norm_header(w) for w in words)) for field, words in SYNONYMS[kind].items())


def find_header_row(kind: str, rows: list[tuple[int, list]], remembered: dict | None = None) -> tuple[int, list] | None:
    """(index into rows, header cells) of the best-scoring row near the top that has the key field.

    A row whose layout the clerk confirmed before (its signature in `remembered`) wins outright.
    """
    key_field = KEY_FIELD[kind]
    best, best_score = None, 0
    if remembered:
        for idx, (_no, cells) in enumerate(rows[:HEADER_SCAN_ROWS]):
            if header_signature(kind, cells) in remembered:
                return idx, cells
    for idx, (_no, cells) in enumerate(rows[:HEADER_SCAN_ROWS]):
        mapping = suggest_mapping(kind, cells)
        score = len(mapping) + (3 if key_field in mapping else 0)
        if len(mapping) >= 2 and score > best_score:
            best, best_score = (idx, cells), score
    return best


def column_index(headers: list, mapping: dict[str, str]) -> dict[str, int]:
    """field -> column index for this sheet's header (fields whose header is absent are left out)."""
    positions: dict[str, int] = {}
    for col, h in enumerate(headers):
        positions.setdefault(norm_header(h), col)
    out = {}
    for field, header in mapping.items():
        found = positions.get(norm_header(header))
        if found is not None:
            out[field] = found
    return out


def header_signature(kind: str, headers: list) -> str:
    """Identity of a header layout, for remembering the clerk's confirmed mapping."""
    names = [norm_header(h) for h in headers if norm_header(h)]
    return hashlib.sha256(json.dumps([kind, names], ensure_ascii=False).encode("utf-8")).hexdigest()
