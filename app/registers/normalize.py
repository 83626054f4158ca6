"""Cell-level normalisation: text, codes, dates, registration status.

Everything here is pure and cached where the same value repeats thousands of
times in a register (statuses, dates, district texts), because it runs once
per cell on files of 100,000 rows.
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import operator
import re
import unicodedata
from itertools import compress

_EXCEL_EPOCH = dt.date(1899, 12, 30)   # Excel's day 0 (the 1900 leap-year bug included)

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_VALUE = {c: i for i, c in enumerate(USCC_ALPHABET)}
_USCC_WEIGHTS = [pow(3, i, 31) for i in range(17)]
_USCC_SHAPE = re.compile(r"^[0-9A-HJ-NPQRTUWXY]{18}$")
_USCC_SHAPE_FULL = re.compile(r"[0-9A-HJ-NPQRTUWXY]{18}")   # whole code: fullmatch, not match
_REG_NO_SHAPE = re.compile(r"^\d{15}$")


# Characters a clerk cannot see that change what a text is: NUL and other control characters (not the white
# space that cleaning collapses), zero-width characters, and the bidirectional controls that make a name
# print in another order. Cleaning removes them from every text; the row builders flag the rows they came from.
INVISIBLE = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u061c\u200b-\u200f\u202a-\u202e"
                       "\u2060-\u2064\u2066-\u2069\ufeff]")
INVISIBLE_REASON = "含有看不见的字符（零宽字符、双向文字控制符或 NUL 等控制字符），已删除；请核对原表"

# Longest cell kept per field (characters as read); a longer cell rejects its row. Codes are short by nature.
# Names, addresses and the other mapped texts are printed in table cells of the task list and the records,
# which reportlab cannot split: at 500 characters a name no longer fits a page (LayoutError), at 200/300 every
# document still lays out (tests/integrity/test_input_limits.py). Real names stay under 100 characters.
CODE_FIELDS = ("key", "reg_no", "cert_no", "licence_no", "phone")
NAME_FIELDS = ("name", "inspector_name", "enterprise_name")
MAX_CODE_CHARS = 64
MAX_NAME_CHARS = 200
MAX_TEXT_CHARS = 300
MAX_EXTRA_CHARS = 32767   # Excel's own limit for a cell: an unmapped column is only kept, never printed


LONG_TEXT_FIELDS = ("basis", "note")   # a catalogue item's legal basis may cite several laws
MAX_LONG_TEXT_CHARS = 2000


def max_chars(field: str) -> int:
    if field in LONG_TEXT_FIELDS:
        return MAX_LONG_TEXT_CHARS
    if field in CODE_FIELDS:
        return MAX_CODE_CHARS
    return MAX_NAME_CHARS if field in NAME_FIELDS else MAX_TEXT_CHARS


def too_long_reason(length: int, limit: int) -> str:
    return f"内容过长（{length} 个字符，上限 {limit} 个），该行未导入；请核对原表"


def shown_invisible(text: str) -> str:
    """The text with each invisible character written out as <U+XXXX>, for the error report."""
    return INVISIBLE.sub(lambda m: f"<U+{ord(m.group()):04X}>", text)


def cell_text(value) -> str:
    """Any calamine/csv cell as text: whole floats without '.0', dates as ISO."""
    cls = value.__class__
    if cls is str:
        return value
    if cls is float:   # calamine's numbers
        return str(int(value)) if value.is_integer() else repr(value)
    if cls is dt.date:
        return value.isoformat()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, (dt.date, int)):
        return str(value) if isinstance(value, int) else value.isoformat()
    return str(value)


def clean_text(text: str) -> str:
    """NFKC, trimmed, inner runs of white space (incl. U+3000, line breaks) as one space."""
    if not text:
        return ""
    if not text.isprintable():   # white space other than " ", or an invisible character
        text = INVISIBLE.sub("", text)
    return " ".join(unicodedata.normalize("NFKC", text).split())   # str.split() knows U+3000


def json_text(value) -> str:
    """A JSON column's value (extra columns, services) as stored and digested: canonical JSON, "" when empty."""
    if not value:
        return ""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def clean_code(text: str) -> str:
    """A code: NFKC, every white space removed (also inside), upper case."""
    if not text:
        return ""
    if not text.isprintable():
        text = INVISIBLE.sub("", text)
    return "".join(unicodedata.normalize("NFKC", text).split()).upper()


# Byte -> its value in the alphabet (255: not in it), so one C call maps a whole code.
_USCC_BYTES = bytes(_USCC_VALUE.get(chr(b), 255) for b in range(256))


def uscc_check_char(first17: str) -> str | None:
    """GB 32100-2015 check character for the first 17 characters, None if not in the alphabet."""
    if not first17.isascii():
        return None
    values = first17.encode("ascii").translate(_USCC_BYTES)
    if 255 in values:
        return None
    total = sum(map(operator.mul, values, _USCC_WEIGHTS))
    return USCC_ALPHABET[(31 - total % 31) % 31]


# Per position i, value -> value * 3^i mod 31: one bytes.translate weighs a whole column of codes.
_USCC_WEIGHED = [bytes((v * w) % 31 if v < 31 else 0 for v in range(256)) for w in _USCC_WEIGHTS]
_MOD31 = bytes(v % 31 for v in range(256))
_CHECK_OF_SUM = bytes(ord(USCC_ALPHABET[(31 - s % 31) % 31]) for s in range(256))


def uscc_valid_many(codes: list[str]) -> list[bool]:
    """uscc_valid of each code, computed a column at a time.

    A register holds 100,000 codes; checking them one Python call each costs more than reading the
    file. Here the codes of the right shape are joined into one byte string, and each of the 17
    positions is weighed with one translate over a strided slice. The weighed columns are added as
    big integers, one byte per code: eight values of at most 30 sum to at most 240, so no byte
    carries into its neighbour. Two such sums, reduced mod 31, plus the last position stay under
    256, and one more translate turns each sum into the check character it calls for."""
    shaped = list(map((18).__eq__, map(len, codes)))
    picked = list(compress(codes, shaped))
    joined = "".join(picked)
    values = joined.encode("ascii").translate(_USCC_BYTES) if joined.isascii() else b"\xff"
    if 255 in values:   # a character outside the alphabet somewhere: find the codes that hold one
        shaped = [bool(m) for m in map(_USCC_SHAPE_FULL.fullmatch, codes)]
        picked = list(compress(codes, shaped))
        joined = "".join(picked)
        values = joined.encode("ascii").translate(_USCC_BYTES)
    if not picked:
        return shaped
    data = joined.encode("ascii")
    n = len(picked)

    def weighed(i: int) -> int:
        return int.from_bytes(values[i::18].translate(_USCC_WEIGHED[i]), "big")

    def reduced(total: int) -> int:
        return int.from_bytes(total.to_bytes(n, "big").translate(_MOD31), "big")

    first = reduced(sum(weighed(i) for i in range(0, 8)))
    second = reduced(sum(weighed(i) for i in range(8, 16)))
    expected = (first + second + weighed(16)).to_bytes(n, "big").translate(_CHECK_OF_SUM)
    actual = data[17::18]
    if expected == actual:
        return shaped
    verdicts = iter(list(map(int.__eq__, expected, actual)))
    return [ok and next(verdicts) for ok in shaped]


def uscc_valid(code: str) -> bool:
    return bool(_USCC_SHAPE.match(code)) and uscc_check_char(code[:17]) == code[17]


def reg_no_valid(code: str) -> bool:
    """ISO 7064 MOD 11,10 over the 15 digits of an old 注册号."""
    if not _REG_NO_SHAPE.match(code):
        return False
    p = 10
    for ch in code[:14]:
        s = (p + int(ch)) % 10 or 10
        p = (s * 2) % 11
    return (p + int(code[14])) % 10 == 1


def reg_no_check_digit(first14: str) -> str:
    p = 10
    for ch in first14:
        s = (p + int(ch)) % 10 or 10
        p = (s * 2) % 11
    return str((11 - p) % 10)


def classify_key(code: str) -> tuple[str | None, str | None]:
    """(key_kind, reason_if_bad) of a cleaned code: ("uscc", None), ("reg_no", None) or (None, reason)."""
    if not code:
        return None, "统一社会信用代码（注册号）为空"
    if len(code) == 18:
        if not _USCC_SHAPE.match(code):
            return None, "统一社会信用代码含有不允许的字符（不使用 I、O、Z、S、V）"
        expected = uscc_check_char(code[:17])
        if expected != code[17]:
            return None, f"统一社会信用代码校验位错误（应为 {expected}）"
        return "uscc", None
    if len(code) == 15 and code.isdigit():
        if not reg_no_valid(code):
            return None, f"注册号校验位错误（应为 {reg_no_check_digit(code[:14])}）"
        return "reg_no", None
    return None, f"代码长度为 {len(code)} 位，既不是 18 位统一社会信用代码，也不是 15 位注册号"


def division_code(key: str, key_kind: str) -> str:
    """The 6-digit administrative-division code inside a key."""
    return key[2:8] if key_kind == "uscc" else key[:6]


# ---- dates ---------------------------------------------------------------

_DATE_TEXT = re.compile(r"^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?$")
_DATE_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


def parse_date(value) -> tuple[str | None, bool]:
    """(ISO date or None, ok). Empty is (None, True); unreadable is (None, False)."""
    if value is None or value == "":
        return None, True
    if value.__class__ is dt.date:
        return value.isoformat(), True
    if isinstance(value, dt.datetime):
        return value.date().isoformat(), True
    if isinstance(value, dt.date):
        return value.isoformat(), True
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _serial_date(float(value))
    return _text_date(str(value))


def _serial_date(number: float) -> tuple[str | None, bool]:
    if 19000101 <= number <= 21001231 and number.is_integer():   # 20200105 typed as a number
        return _text_date(str(int(number)))
    if 1 <= number < 2958466:
        return (_EXCEL_EPOCH + dt.timedelta(days=int(number))).isoformat(), True
    return None, False


@functools.lru_cache(maxsize=16384)
def _text_date(text: str) -> tuple[str | None, bool]:
    text = clean_text(text)
    if not text:
        return None, True
    match = _DATE_TEXT.match(text) or _DATE_COMPACT.match(text)
    if not match:
        match_dt = re.match(r"^(\d{4})-(\d{2})-(\d{2})[ T]\d{1,2}:\d{2}(:\d{2})?$", text)
        if not match_dt:
            try:
                return _serial_date(float(text)) if re.fullmatch(r"\d{4,5}(\.0+)?", text) else (None, False)
            except ValueError:
                return None, False
        match = match_dt
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3))).isoformat(), True
    except ValueError:
        return None, False


# ---- status --------------------------------------------------------------

OPERATING_WORDS = ("存续", "在营", "开业", "在册", "正常", "营业", "在业")
CLOSED_WORDS = ("注销", "吊销", "迁出", "撤销", "停业", "歇业", "清算", "关闭", "除名", "废止", "不在营")


@functools.lru_cache(maxsize=1024)
def classify_status(status: str) -> bool | None:
    """True operating, False not operating, None unrecognised. Any closed word wins:
    "吊销，未注销" is not operating; "存续（在营、开业、在册）" is."""
    text = clean_text(status)
    if any(word in text for word in CLOSED_WORDS):
        return False
    if any(word in text for word in OPERATING_WORDS):
        return True
    return None


IN_POST_WORDS = ("在岗", "在职", "正常")
OFF_POST_WORDS = ("不在岗", "离岗", "调离", "离职", "退休", "病假", "休假", "借调", "停职", "暂停", "注销", "离任")


@functools.lru_cache(maxsize=256)
def classify_post(status: str) -> bool | None:
    text = clean_text(status)
    if any(word in text for word in OFF_POST_WORDS):
        return False
    if any(word in text for word in IN_POST_WORDS):
        return True
    return None


_TRUE_WORDS = {"是", "Y", "YES", "TRUE", "1", "√", "✓", "专家"}


def parse_flag(text: str) -> bool:
    return clean_code(text) in _TRUE_WORDS
