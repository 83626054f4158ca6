"""Turning raw data rows into records, one builder per register kind.

A builder gets the mapped cells of one row and returns a record tuple (in the
order of COLUMNS[kind]) or None, appending Issues with the reason. Issues name
the sheet, the row number as the clerk sees it in Excel and the column header.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from app.registers.avoidance_batch import CERT_SEPARATOR_REASON, AvoidanceBatch
from app.registers.cells import Memo, key_problem
from app.registers.enterprise_batch import EnterpriseBatch
from app.registers.normalize import (
    INVISIBLE,
    INVISIBLE_REASON,
    MAX_CODE_CHARS,
    MAX_EXTRA_CHARS,
    cell_text,
    classify_post,
    clean_code,
    clean_text,
    json_text,
    max_chars,
    parse_date,
    parse_flag,
    shown_invisible,
    too_long_reason,
)
from app.settings.defaults import CITY_LEVEL
from app.settings.store import district_for_division_code, resolve_district

# Database columns of each kind's row table, in insert order (version_id first, added by the service).
COLUMNS = {
    "enterprise": ("key", "key_kind", "name", "district", "status", "operating", "legal_rep", "address", "phone",
                   "licence_no", "product", "issued_on", "valid_until", "extra", "sheet", "row"),
    "inspector": ("cert_no", "name", "unit", "district", "specialty", "status", "cert_expiry", "expert", "phone",
                  "in_post", "extra", "sheet", "row"),
    "avoidance": ("cert_no", "key", "inspector_name", "enterprise_name", "reason", "sheet", "row"),
    "institution": ("key", "name", "services", "qualification", "qualification_expiry", "contact", "phone",
                    "sheet", "row"),
    "catalogue": ("code", "name", "category", "method", "department", "object_type", "basis", "note",
                  "sheet", "row"),
}
# The content that defines a version (digest, diff): everything but where the row came from.
CONTENT_WIDTH = {kind: len(cols) - 2 for kind, cols in COLUMNS.items()}
KEY_POSITIONS = {"enterprise": (0,), "inspector": (0,), "avoidance": (0, 1), "institution": (0,), "catalogue": (0,)}
NAME_POS = {"enterprise": 2, "inspector": 1, "avoidance": None, "institution": 1, "catalogue": 1}
# 事项类别 as catalogues write it -> the two categories the 双随机 rules know (一般 and 重点 检查事项).
CATEGORIES = {"一般": "一般", "一般检查事项": "一般", "一般事项": "一般",
              "重点": "重点", "重点检查事项": "重点", "重点事项": "重点"}
_CATALOGUE_CODE = re.compile(r"^[0-9A-Z][0-9A-Z._-]{0,31}$")
# Full-width letters and digits to ASCII, full-width punctuation kept: a legal basis printed on a notice
# keeps its （）、；： as written (NFKC, as clean_text applies, would turn them half-width).
_WIDE_ALNUM = {c: c - 0xFEE0 for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
               for c in range(r[0], r[1] + 1)}


def catalogue_text(value: str) -> str:
    """A catalogue cell: invisible characters removed, white space collapsed, full-width letters and digits folded."""
    if not value:
        return ""
    return " ".join(INVISIBLE.sub("", value).translate(_WIDE_ALNUM).split())
DISTRICT_POS = {"enterprise": 3, "inspector": 3}

FOOTER_WORDS = ("合计", "总计", "小计", "共计", "制表", "填表", "审核", "备注", "说明", "注：", "注:", "统计",
                "负责人：")
_SERVICE_SPLIT = re.compile(r"[、，,；;/／\s]+")


@dataclass(slots=True)   # a million-row list may carry a million issues
class Issue:
    sheet: str
    row: int | None
    column: str
    value: str
    reason: str
    severity: str   # rejected | conflict | flagged | excluded | skipped

    def as_list(self) -> list:
        return [self.sheet, self.row, self.column, self.value, self.reason, self.severity]


def clean_str(value: str) -> str:
    """clean_text, raising TypeError for anything but text (0, None, a date): their text differs from ""."""
    if not str.isprintable(value):   # str.isprintable: TypeError, not AttributeError, for a number
        value = INVISIBLE.sub("", value)
    return " ".join(unicodedata.normalize("NFKC", value).split())


class Districts:
    """District lookups from the settings, cached per text (a register repeats the same few values)."""

    def __init__(self, district_list: list[dict], units: list[dict]):
        self._list = district_list
        self._resolve = resolve_district
        self._by_code = district_for_division_code
        self._cache: dict[str, str | None] = {}
        self._code_cache: dict[str, str | None] = {}
        self._units = sorted(((clean_text(u["name"]), u["district"]) for u in units), key=lambda u: -len(u[0]))

    def from_text(self, text: str) -> str | None:
        if not text:
            return None
        hit = self._cache.get(text, "?")
        if hit == "?":
            hit = self._cache[text] = self._resolve(text, self._list)
        return hit

    def from_code(self, code6: str) -> str | None:
        hit = self._code_cache.get(code6, "?")
        if hit == "?":
            hit = self._code_cache[code6] = self._by_code(code6, self._list)
        return hit

    def for_inspector(self, district_text: str, unit_text: str) -> str | None:
        if district_text in (CITY_LEVEL, "市局", "市级", "市直", "市局机关"):
            return CITY_LEVEL
        hit = self.from_text(district_text)
        if hit or not unit_text:
            return hit
        for name, district in self._units:   # the configured units, longest name first
            if name and unit_text.startswith(name):
                return district
        return self.from_text(unit_text)


def is_footer(cells: list) -> bool:
    """合计/制表/审核 lines under the data. Only the first non-empty cell counts; a number never starts one."""
    for value in cells:
        if value.__class__ is not str:
            if value is None:
                continue
            return False
        if value and not value.isspace():
            return clean_text(value).startswith(FOOTER_WORDS)
    return False


class RowBuilder:
    """Builds records of one kind. For each sheet the caller sets `sheet`, `ix` ({field: column, -1 when
    absent}), `labels`, `extra_cols`, `has_status`, then calls build_batch() with the sheet's data rows,
    a batch at a time. Enterprise registers, the large ones, are built a column at a time
    (enterprise_batch.py); the other kinds row by row here, each row's cells as text with a trailing ""
    (what column -1 reads) beside the raw values."""

    def __init__(self, kind: str, districts: Districts, collector, today: dt.date | None = None):
        self.kind = kind
        self.districts = districts
        self.out = collector
        self.today = (today or dt.date.today()).isoformat()
        # the row builder of the kind (_inspector, _institution); enterprise and avoidance rows: *Batch
        self._build_row: Callable[[list[str], list, str, int], tuple | None] | None = getattr(self, f"_{kind}", None)
        self.ix: dict[str, int] = {}
        self.labels: dict[str, str] = {}
        self.extra_cols: list[tuple[int, str]] = []
        self.has_status = True
        self.sheet, self.row_no = "", 0
        # clean_text of a column of repeating values (texts only: a number or date raises TypeError)
        self.clean_repeated = Memo(clean_str).__getitem__
        self.memos: dict[str, Memo] = {}                     # other per-import caches, by name

    def build_batch(self, batch: list[tuple[int, list]], width: int) -> tuple[list[tuple], list[str] | None]:
        """(records, their canonical lines or None) of (row number, cells) rows of the current sheet;
        rejected rows are left out."""
        if self.kind == "enterprise":
            return EnterpriseBatch(self, batch).build()
        if self.kind == "avoidance":
            return AvoidanceBatch(self, batch).build()
        build = self._build_row
        if build is None:
            raise ValueError(f"no row builder for register kind {self.kind!r}")
        records = []
        for no, cells in batch:
            texts = [v if v.__class__ is str else cell_text(v) for v in cells]
            if len(texts) < width:
                texts.extend([""] * (width - len(texts)))
            texts.append("")
            self.row_no = no
            if max(map(len, texts)) > MAX_CODE_CHARS and self._too_long(texts):
                continue
            record = build(texts, cells, self.sheet, no)
            if record is not None:
                records.append(record)
        return records, None

    def _too_long(self, texts: list[str]) -> bool:
        """Whether a cell of the row is longer than its field allows (then the row is rejected)."""
        for field, col in self.ix.items():
            if col >= 0 and len(texts[col]) > max_chars(field):
                self.issue(field, texts[col], too_long_reason(len(texts[col]), max_chars(field)), "rejected")
                return True
        for col, header in self.extra_cols:
            if len(texts[col]) > MAX_EXTRA_CHARS:
                self.out.add(self.sheet, self.row_no, header, texts[col],
                             too_long_reason(len(texts[col]), MAX_EXTRA_CHARS), "rejected")
                return True
        return False

    def _flag_invisible(self, field: str, raw: str) -> None:
        if not raw.isprintable() and INVISIBLE.search(raw):
            self.issue(field, shown_invisible(raw), INVISIBLE_REASON, "flagged")

    def _cert_no(self, raw: str) -> str | None:
        """The cleaned certificate number, or None (row rejected) when it is empty or holds a separator of
        the match record's texts ("|" between certificate number and district or enterprise key)."""
        cert_no = clean_code(raw)
        if not cert_no:
            self.issue("cert_no", raw, "执法证号为空", "rejected")
            return None
        if "|" in cert_no:
            self.issue("cert_no", raw, CERT_SEPARATOR_REASON, "rejected")
            return None
        self._flag_invisible("cert_no", raw)
        return cert_no

    def issue(self, field, value, reason, severity):
        self.out.add(self.sheet, self.row_no, self.labels.get(field, field), value, reason, severity)

    def extra(self, t) -> str:
        """The unmapped columns' cells as canonical JSON text ("" when there are none)."""
        if not self.extra_cols:
            return ""
        return json_text({h: clean_text(t[c]) for c, h in self.extra_cols if t[c]})

    def _inspector(self, t, cells, sheet, row_no):
        ix, issue = self.ix, self.issue
        cert_no = self._cert_no(t[ix["cert_no"]])
        if cert_no is None:
            return None
        raw_name = t[ix["name"]]
        name = clean_text(raw_name)
        self._flag_invisible("name", raw_name)
        if not name:
            issue("name", "", "姓名为空", "rejected")
            return None
        repeated = self.clean_repeated
        district_text = repeated(t[ix["district"]])
        unit = repeated(t[ix["unit"]])
        district = self.districts.for_inspector(district_text, unit)
        if not district:
            issue("district", district_text or unit, "无法确定所属区市（应为区市名称或“市本级”）", "rejected")
            return None
        status = repeated(t[ix["status"]])
        in_post = True
        if self.has_status:
            verdict = classify_post(status)
            if verdict is None:
                issue("status", status, "在岗状态为空或无法识别，按不在岗处理", "flagged")
            in_post = bool(verdict)
        expiry = self._date(cells, "cert_expiry")
        if in_post and expiry and expiry < self.today:
            issue("cert_expiry", expiry, f"执法证已于 {expiry} 过期，不参与匹配", "excluded")
        elif not in_post and status:
            issue("status", status, f"状态为“{status}”，不在岗，不参与匹配", "excluded")
        return (cert_no, name, unit, district, repeated(t[ix["specialty"]]), status, expiry,
                parse_flag(t[ix["expert"]]), clean_code(t[ix["phone"]]), in_post, self.extra(t), sheet, row_no)

    def _institution(self, t, cells, sheet, row_no):
        ix, issue = self.ix, self.issue
        name = clean_text(t[ix["name"]])
        raw_key = t[ix["key"]]
        code = clean_code(raw_key)
        _kind, reason = key_problem(raw_key, code)
        if reason:
            issue("key", raw_key, reason, "rejected")
            return None
        if not name:
            issue("name", "", "机构名称为空", "rejected")
            return None
        self._flag_invisible("key", raw_key)
        self._flag_invisible("name", t[ix["name"]])
        services = json_text([s for s in _SERVICE_SPLIT.split(clean_text(t[ix["services"]])) if s])
        expiry = self._date(cells, "qualification_expiry")
        if expiry and expiry < self.today:
            issue("qualification_expiry", expiry, f"资质已于 {expiry} 过期", "flagged")
        return (code, name, services, clean_text(t[ix["qualification"]]), expiry, clean_text(t[ix["contact"]]),
                clean_code(t[ix["phone"]]), sheet, row_no)

    def _catalogue(self, t, cells, sheet, row_no):
        """A check item: the code (full-width folded, upper case) and the name are required; a missing
        basis or an unknown category keeps the row but is flagged (the notice cannot cite it)."""
        ix, issue = self.ix, self.issue
        raw_code = t[ix["code"]]
        code = clean_code(raw_code)
        if not code:
            issue("code", "", "事项编码为空", "rejected")
            return None
        if not _CATALOGUE_CODE.match(code):
            issue("code", raw_code, "事项编码只能由字母、数字和“-”“_”“.”组成（不超过 32 位，如 SC-001）", "rejected")
            return None
        name = catalogue_text(t[ix["name"]])
        if not name:
            issue("name", "", "事项名称为空", "rejected")
            return None
        self._flag_invisible("code", raw_code)
        self._flag_invisible("name", t[ix["name"]])
        raw_category = catalogue_text(t[ix["category"]])
        category = CATEGORIES.get(raw_category.replace(" ", ""), raw_category)
        if category not in ("一般", "重点"):
            issue("category", raw_category, "事项类别应为“一般”或“重点”，已按原文保留", "flagged")
        basis = catalogue_text(t[ix["basis"]])
        if not basis:
            issue("basis", "", "检查依据为空：检查通知书的依据句中不会有该事项", "flagged")
        return (code, name, category, catalogue_text(t[ix["method"]]), catalogue_text(t[ix["department"]]),
                catalogue_text(t[ix["object_type"]]), basis, catalogue_text(t[ix["note"]]), sheet, row_no)

    def _date(self, cells, field):
        col = self.ix[field]
        value = cells[col] if 0 <= col < len(cells) else ""
        if value.__class__ is dt.date:   # an xlsx date cell: nothing to parse (what parse_date returns)
            return value.isoformat()
        iso, ok = parse_date(value)
        if not ok:
            self.issue(field, cell_text(value), "日期无法识别（可用 2020-01-05、2020/1/5、2020.01.05、2020年1月5日）",
                       "flagged")
        return iso
