"""Enterprise rows, a batch at a time and a column at a time.

An enterprise register has 100,000 rows; the import must cost no more than
reading the file twice. Cleaning a column with map() over C functions, and
looking repeated values (district, status, product) up in a dict, keeps the
Python interpreter out of the common case. Each row still gets the same checks,
in the same order, with the same reasons as rows.RowBuilder gives the other
kinds: a row stops at its first rejection, and its issues are reported in the
order key, name, district, status, dates.
"""
from __future__ import annotations

import datetime as dt
import functools
import unicodedata
from collections.abc import Iterable
from itertools import compress, repeat
from operator import itemgetter, not_

from app.registers.cells import Memo, key_problem
from app.registers.normalize import (
    INVISIBLE,
    INVISIBLE_REASON,
    MAX_EXTRA_CHARS,
    cell_text,
    classify_status,
    division_code,
    json_text,
    max_chars,
    parse_date,
    shown_invisible,
    too_long_reason,
    uscc_valid_many,
)

_NFKC = functools.partial(unicodedata.normalize, "NFKC")
_DATE = dt.date
_PARSE = object()   # a date cell that needs parse_date
_FLAG_TEXT = {True: "1", False: "0"}

# Where an issue sorts among one row's issues (the order the checks run in).
_LENGTH, _KEY, _NAME, _REG_NO, _DISTRICT, _STATUS, _ISSUED, _VALID = range(-1, 7)
_IS_STR = str.__instancecheck__


def clean_texts(values: list) -> list[str]:
    """clean_text of each value (NFKC, trimmed, inner white space as one space), cells of any type."""
    if _already_clean(values):
        return list(values)
    values = _visible(values)
    try:
        return list(map(" ".join, map(str.split, map(_NFKC, values))))
    except TypeError:   # a number or a date among the cells (normalize takes only str)
        return clean_texts(as_texts(values))


def clean_codes(values: list) -> list[str]:
    """clean_code of each value (NFKC, every white space removed, upper case), cells of any type."""
    if _already_clean(values, upper=True):
        return list(values)
    values = _visible(values)
    try:
        return list(map(str.upper, map("".join, map(str.split, map(_NFKC, values)))))
    except TypeError:
        return clean_codes(as_texts(values))


def _visible(values: list) -> list:
    """The values without invisible characters (normalize.INVISIBLE), one C-level scan when there are none."""
    try:
        joined = "".join(values)
    except TypeError:   # numbers or dates: as_texts() comes back here with text
        return values
    if INVISIBLE.search(joined) is None:
        return values
    return [INVISIBLE.sub("", v) for v in values]


def _already_clean(values: list, *, upper: bool = False) -> bool:
    """Whether cleaning would return every value unchanged, decided on the column joined into one
    text (three C-level scans instead of four calls per cell): all text, no white space at all (so
    nothing to trim or collapse), nothing NFKC would change, and for codes nothing in lower case.
    A column that fails is cleaned cell by cell; failing is never wrong, only slower."""
    try:
        joined = "".join(values)
    except TypeError:
        return False
    # isprintable() is False for every white space but the ASCII space (tabs, line breaks, U+3000).
    if not joined.isprintable() or " " in joined:
        return False
    if upper and joined != joined.upper():
        return False
    return unicodedata.is_normalized("NFKC", joined)


def as_texts(values: list) -> list[str]:
    return [v if v.__class__ is str else cell_text(v) for v in values]


def _quick_date(value):
    """The ISO text of a date cell, None for an empty one, _PARSE for anything to parse_date."""
    if value.__class__ is _DATE:
        return value.isoformat()
    return None if value == "" else _PARSE


class EnterpriseBatch:
    """Builds the records of one batch of rows for a RowBuilder set up for a sheet (ix, labels, ...)."""

    def __init__(self, builder, batch: list[tuple[int, list]]):
        self.b = builder
        self.nos = [no for no, _cells in batch]
        self.rows = [cells for _no, cells in batch]
        self.n = len(batch)
        self.shortest = min(map(len, self.rows), default=0)
        # The sheet's columns, transposed once (C-level): a reader pads every row to the sheet's width, so
        # the rows are usually all as long; each field's cells are then a copy of a column, not one
        # itemgetter call per row per field (a field is read twice: its length check and its cleaning).
        self.columns: list[tuple] | None = (list(zip(*self.rows))
                                            if self.rows and self.shortest == max(map(len, self.rows)) else None)
        self.issues: list[tuple] = []        # (row index, order, field, value, reason, severity)
        # Shared by the batches of an import: a register repeats a few thousand dates, a few dozen
        # districts and statuses.
        self._date_memo = builder.memos.setdefault("date", Memo(_quick_date))
        self._clean_repeated = builder.clean_repeated
        self.bad: set[int] = set()           # rejected rows

    def raw(self, field: str) -> list:
        """The field's cells as read, "" where the sheet has no such column or the row is short."""
        col = self.b.ix[field]
        if col < 0:
            return [""] * self.n
        if self.columns is not None and col < self.shortest:
            return list(self.columns[col])
        if col < self.shortest:
            return list(map(itemgetter(col), self.rows))
        return [cells[col] if col < len(cells) else "" for cells in self.rows]

    def text(self, field: str) -> list[str]:
        return as_texts(self.raw(field))

    def repeated(self, field: str) -> list[str]:
        """clean_text of a column whose values repeat (district, status, product), one dict lookup per cell."""
        values = self.raw(field)
        try:
            return list(map(self._clean_repeated, values))
        except TypeError:   # a number or a date among the cells: clean their text instead
            return list(map(self._clean_repeated, as_texts(values)))

    def issue(self, i: int, order: int, field: str, value, reason: str, severity: str) -> None:
        self.issues.append((i, order, field, value, reason, severity))
        if severity == "rejected":
            self.bad.add(i)

    def build(self) -> tuple[list[tuple], list[str]]:
        """(records, their canonical lines) of the rows not rejected, in sheet order."""
        b = self.b
        self._lengths()
        codes, kinds = self._keys()
        raw_names = self.raw("name")
        self._flag_invisible(raw_names, _NAME, "name")
        names = clean_texts(raw_names)
        for i in compress(range(self.n), map(str.__eq__, names, repeat(""))):
            if i not in self.bad:
                self.issue(i, _NAME, "name", "", "企业名称为空", "rejected")
        address = clean_texts(self.raw("address"))
        districts = self._districts(codes, kinds, address)
        statuses, operating = self._statuses()
        legal_rep = self.repeated("legal_rep")
        product = self.repeated("product")
        phone = clean_codes(self.raw("phone"))
        licence_no = clean_codes(self.raw("licence_no"))
        issued_on = self._dates("issued_on", _ISSUED)
        valid_until = self._dates("valid_until", _VALID)
        extra = self._extra()
        self._report()
        content = (codes, kinds, names, districts, statuses, operating, legal_rep, address, phone, licence_no,
                   product, issued_on, valid_until, extra)
        # The canonical line of each record (validate.render_lines), from the columns: one C-level join per row.
        texts = [*content[:5], list(map(_FLAG_TEXT.__getitem__, operating)), *content[6:11],
                 [d or "" for d in issued_on], [d or "" for d in valid_until], extra]
        records: Iterable[tuple] = zip(*content, repeat(b.sheet), self.nos)
        lines: Iterable[tuple[str, ...]] = zip(*texts)
        if self.bad:
            keep = [i not in self.bad for i in range(self.n)]
            records, lines = compress(records, keep), compress(lines, keep)
        return list(records), list(map("\t".join, lines))

    def _lengths(self) -> None:
        """Reject the rows with a cell longer than its field allows (normalize.max_chars); a column at a
        time, one C-level max() over its texts when none is too long (numbers and dates are short)."""
        columns = [(field, col, max_chars(field)) for field, col in self.b.ix.items() if col >= 0]
        columns += [(header, col, MAX_EXTRA_CHARS) for col, header in self.b.extra_cols]
        for field, col, limit in columns:
            if self.columns is not None and col < self.shortest:
                values = self.columns[col]
            elif field in self.b.ix:
                values = self.raw(field)
            else:
                values = [cells[col] if col < len(cells) else "" for cells in self.rows]
            if max(map(len, filter(_IS_STR, values)), default=0) <= limit:
                continue
            for i, value in enumerate(values):
                if value.__class__ is str and len(value) > limit:
                    self.issue(i, _LENGTH, field, value, too_long_reason(len(value), limit), "rejected")

    def _flag_invisible(self, values: list, order: int, field: str) -> None:
        if INVISIBLE.search("".join(filter(_IS_STR, values))) is None:
            return
        for i, value in enumerate(values):
            if value.__class__ is str and INVISIBLE.search(value):
                self.issue(i, order, field, shown_invisible(value), INVISIBLE_REASON, "flagged")

    def _keys(self) -> tuple[list[str], list]:
        raw = self.text("key")
        if self.b.ix["reg_no"] >= 0:
            raw = [k or r for k, r in zip(raw, self.text("reg_no"))]
        self._flag_invisible(raw, _KEY, "key")
        codes = clean_codes(raw)
        valid = uscc_valid_many(codes)
        kinds: list = ["uscc"] * self.n
        for i in compress(range(self.n), map(bool.__eq__, valid, repeat(False))):
            kind, reason = key_problem(raw[i], codes[i])
            kinds[i] = kind
            if reason:
                self.issue(i, _KEY, "key", raw[i], reason, "rejected")
            elif kind == "reg_no":
                self.issue(i, _REG_NO, "key", raw[i], "只有 15 位注册号，没有统一社会信用代码；已按注册号导入，请核实",
                           "flagged")
        return codes, kinds

    def _districts(self, codes, kinds, address) -> list:
        b = self.b
        texts = self.repeated("district")
        lookup = Memo(b.districts.from_text)
        found = list(map(lookup.__getitem__, texts))
        authority = None
        for i in compress(range(self.n), map(not_, found)):
            if i in self.bad:
                continue
            if authority is None:
                authority = self.raw("authority")
            district_text = texts[i]
            auth = authority[i]
            district = (b.districts.from_text(b.clean_repeated(auth if auth.__class__ is str else cell_text(auth)))
                        or b.districts.from_text(address[i])
                        or b.districts.from_code(division_code(codes[i], kinds[i])))
            if not district:
                self.issue(i, _DISTRICT, "district", district_text,
                           "无法确定所属区市（所属区市、登记机关、住所和代码中的行政区划都无法对应到区市列表）",
                           "rejected")
                continue
            found[i] = district
            if district_text:
                self.issue(i, _DISTRICT, "district", district_text,
                           f"所属区市“{district_text}”不在区市列表中，已按其他信息确定为{district}", "flagged")
        return found

    def _statuses(self) -> tuple[list[str], list[bool]]:
        b = self.b
        statuses = self.repeated("status")
        if not b.has_status:
            return statuses, [True] * self.n
        verdicts = list(map(classify_status, statuses))
        operating = [v is True for v in verdicts]
        for i in compress(range(self.n), map(bool.__ne__, operating, repeat(True))):
            if i in self.bad:
                continue
            status = statuses[i]
            if verdicts[i] is None:
                self.issue(i, _STATUS, "status", status,
                           "登记状态无法识别，不列入抽取范围" if status else "登记状态为空，不列入抽取范围", "flagged")
            else:
                self.issue(i, _STATUS, "status", status, f"登记状态为“{status}”，不在营，不列入抽取范围", "excluded")
        return statuses, operating

    def _dates(self, field: str, order: int) -> list:
        """ISO dates; xlsx date cells and empty cells need no parsing, the rest go through parse_date."""
        values = self.raw(field)
        out = list(map(self._date_memo.__getitem__, values))
        for i in [i for i, v in enumerate(out) if v is _PARSE]:
            out[i] = self._date_slow(i, field, order, values[i])
        return out

    def _date_slow(self, i, field, order, value):
        iso, ok = parse_date(value)
        if not ok and i not in self.bad:
            self.issue(i, order, field, cell_text(value),
                       "日期无法识别（可用 2020-01-05、2020/1/5、2020.01.05、2020年1月5日）", "flagged")
        return iso

    def _extra(self) -> list[str]:
        """Unmapped columns as canonical JSON text, "" for a row with none (as RowBuilder.extra)."""
        cols = self.b.extra_cols
        if not cols:
            return [""] * self.n
        columns = []
        for col, header in cols:
            texts = [v if v.__class__ is str else cell_text(v)
                     for v in (cells[col] if col < len(cells) else "" for cells in self.rows)]
            columns.append((header, texts, clean_texts(texts)))
        return [json_text({h: clean[i] for h, texts, clean in columns if texts[i]}) for i in range(self.n)]

    def _report(self) -> None:
        """Hand the issues to the builder's collector in row order (the order of the per-row checks)."""
        b, nos = self.b, self.nos
        labels, add = b.labels, b.out.add
        for i, _order, field, value, reason, severity in sorted(self.issues, key=itemgetter(0, 1)):
            if severity != "rejected" and i in self.bad:
                continue
            add(b.sheet, nos[i], labels.get(field, field), value, reason, severity)
