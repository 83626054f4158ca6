"""Risk-based ratios (信用风险分类): one task with a ratio per credit-risk class, as sub-tasks.

A task written with `[task.risk]` (docs/plans.md) becomes, when the plan is normalized, one sub-task
per class (code "T1-A", "T1-B" …) whose filter keeps only that class; a district given its own ratio
for a class gets a sub-task of its own ("T1-D3", the district's place in the settings list), and the
class's default sub-task keeps the other districts. Each sub-task is an ordinary task of
SPOTCHECK-DRAW-1 (its own frame, ratio, strata, tickets; merged with the others as tasks are), so the
quota of class c in district d is ceil(N(c, d) × r(c, d)) and nothing of the specification changes.

Classes are stored as A B C D (U: 未分类, an empty cell or no entry in the list); both spellings a
bureau uses (A/B/C/D and 低/一般/较高/高, with or without 类/风险) are read. The class comes from a
register column (its original text stays in the register) or from a list imported into the plan
({key: original text}, kept per class in the sub-tasks' filters, with the list file's SHA-256).
"""
from __future__ import annotations

import hashlib
import unicodedata
from pathlib import Path

from app.draw.conditions import KEY_HEADERS, rows_of
from app.errors import Location, ValidationError
from app.registers.headers import norm_header

CLASSES = ("A", "B", "C", "D", "U")
LABELS = {"A": "A类（低风险）", "B": "B类（一般风险）", "C": "C类（较高风险）", "D": "D类（高风险）", "U": "未分类"}
_SPELLINGS = {"A": "A", "低": "A", "B": "B", "一般": "B", "C": "C", "较高": "C", "D": "D", "高": "D",
              "U": "U", "未分类": "U", "无": "U"}
CLASS_HEADERS = ("信用风险分类", "信用风险分类结果", "风险分类", "信用风险等级", "风险等级", "分类结果", "class")
RISK_KEYS = {"column", "list", "classes", "list_name", "ratios", "districts"}


def normalize_class(text) -> str | None:
    """"A" "a类" "低风险" "低" -> "A" …; "" -> "U" (unclassified); anything else -> None."""
    t = "".join(unicodedata.normalize("NFKC", str(text if text is not None else "")).split()).upper()
    if not t:
        return "U"
    if t in _SPELLINGS:
        return _SPELLINGS[t]
    for suffix in ("类企业", "风险", "类", "级"):
        t = t.removesuffix(suffix)
    return _SPELLINGS.get(t)


def class_label(cls: str) -> str:
    return LABELS.get(cls, cls)


def class_short(cls: str) -> str:
    """"A类 低风险" — for a sub-task's name, which already sits in brackets."""
    return LABELS.get(cls, cls).replace("（", " ").replace("）", "")


def read_risk_list(path: Path) -> dict[str, str]:
    """A CSV/XLSX list: 统一社会信用代码 (or 注册号) and the class -> {key: original class text}."""
    try:
        sheet, rows = rows_of(path, "信用风险分类名单")
    except OSError as exc:
        raise ValidationError(f"无法读取信用风险分类名单：{exc.strerror or exc}。",
                              location=Location(file=str(path))) from None
    wanted_keys, wanted_classes = {norm_header(h) for h in KEY_HEADERS}, {norm_header(h) for h in CLASS_HEADERS}
    for header_index, row in enumerate(rows[:20]):  # noqa: B007 - used after the break
        cells = [norm_header(c) for c in row]
        key_col = next((i for i, c in enumerate(cells) if c in wanted_keys), None)
        class_col = next((i for i, c in enumerate(cells) if c in wanted_classes), None)
        if key_col is not None and class_col is not None:
            break
    else:
        raise ValidationError("信用风险分类名单中找不到表头：需要“统一社会信用代码”（或“注册号”）列"
                              "和“信用风险分类”列。",
                              location=Location(file=path.name, sheet=sheet or None))
    out: dict[str, str] = {}
    for number, row in enumerate(rows[header_index + 1:], start=header_index + 2):
        key = "".join(str(row[key_col] if key_col < len(row) else "").split()).upper()
        if not key:
            continue
        original = str(row[class_col] if class_col < len(row) else "").strip()
        where = Location(file=path.name, sheet=sheet or None, row=number, column=str(rows[header_index][class_col]))
        if len(key) not in (15, 18) or not key.isalnum():
            raise ValidationError(f"“{key}”不是统一社会信用代码（18 位）或注册号（15 位）。",
                                  location=Location(file=path.name, sheet=sheet or None, row=number,
                                                    column=str(rows[header_index][key_col])))
        if normalize_class(original) is None:
            raise ValidationError(f"信用风险分类“{original}”无法识别（可用 A/B/C/D 或 低/一般/较高/高风险）。",
                                  location=where)
        if key in out and normalize_class(out[key]) != normalize_class(original):
            raise ValidationError(f"企业 {key} 在名单中出现两次且分类不同（“{out[key]}”与“{original}”）。",
                                  location=where)
        out[key] = original
    if not out:
        raise ValidationError("信用风险分类名单中没有企业。", location=Location(file=path.name, sheet=sheet or None))
    return out


def list_digest(classes: dict[str, str]) -> str:
    """SHA-256 of the list as "key|class\\n" lines (sorted): names the list in the record."""
    text = "".join(f"{k}|{normalize_class(v)}\n" for k, v in sorted(classes.items()))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _class_key(raw, where: str) -> str:
    cls = normalize_class(raw)
    if cls is None or not str(raw).strip():
        raise ValidationError(f"{where}的信用风险分类“{raw}”无法识别（可用 A/B/C/D、低/一般/较高/高 或 未分类）。")
    return cls


def _ratios(raw, where: str, parse_ratio) -> dict[str, str]:
    if not isinstance(raw, dict) or not raw:
        raise ValidationError(f"{where}应为各分类的比例，"
                              f"如 ratios = {{ A = \"1%\", B = \"2%\", C = \"10%\", D = \"30%\" }}。")
    out: dict[str, str] = {}
    for key, value in raw.items():
        cls = _class_key(key, where)
        if cls in out:
            raise ValidationError(f"{where}中{class_label(cls)}的比例写了两次。")
        p, q = parse_ratio(value, f"{where}中{class_label(cls)}")
        out[cls] = f"{p}/{q}"
    return {c: out[c] for c in CLASSES if c in out}


def normalize_risk(raw, where: str, *, parse_ratio, districts: list[str], base_dir: Path | None) -> dict:
    """[task.risk] checked: {column | list{file, sha256, classes}, ratios{cls: p/q}, districts{d: {cls: p/q}}}."""
    if not isinstance(raw, dict):
        raise ValidationError(f"{where}的“risk”应为表（[task.risk]）。")
    unknown = set(raw) - RISK_KEYS
    if unknown:
        raise ValidationError(f"{where}的“risk”中有未知的键：{'、'.join(sorted(unknown))}"
                              f"（可用：column、list、ratios、districts）。")
    out: dict = {}
    column = str(raw.get("column") or "").strip()
    if raw.get("list"):
        path = Path(str(raw["list"]))
        if not path.is_absolute() and base_dir is not None:
            path = base_dir / path
        classes = read_risk_list(path)
        out["list"] = {"file": path.name, "classes": classes}
    elif raw.get("classes"):
        classes = {str(k).strip().upper(): str(v).strip() for k, v in dict(raw["classes"]).items()}
        bad = [v for v in classes.values() if normalize_class(v) is None]
        if bad:
            raise ValidationError(f"{where}的信用风险分类名单中有无法识别的分类“{bad[0]}”。")
        out["list"] = {"file": str(raw.get("list_name") or ""), "classes": classes}
    if column and "list" in out:
        raise ValidationError(f"{where}的信用风险分类须且只须来自名录中的一列（column）或单独的名单（list）之一。")
    if column:
        out["column"] = column
    elif "list" not in out:
        raise ValidationError(f"{where}须说明信用风险分类从哪里来：名录中的列 column = \"信用风险分类\"，"
                              f"或名单文件 list = \"信用风险分类名单.xlsx\"。")
    if "list" in out:
        out["list"]["sha256"] = list_digest(out["list"]["classes"])
    out["ratios"] = _ratios(raw.get("ratios"), f"{where}的“risk.ratios”", parse_ratio)
    out["districts"] = {}
    for district, ratios in dict(raw.get("districts") or {}).items():
        if district not in districts:
            raise ValidationError(f"{where}的“risk.districts”中的区市“{district}”不在设置的区市列表中"
                                  f"（{'、'.join(districts)}）。")
        own = _ratios(ratios, f"{where}中{district}的比例", parse_ratio)
        missing = [class_label(c) for c in own if c not in out["ratios"]]
        if missing:
            raise ValidationError(f"{where}中{district}给出了{'、'.join(missing)}的比例，但全市没有这一分类的比例。")
        out["districts"][district] = own
    return out
