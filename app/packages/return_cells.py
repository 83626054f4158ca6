"""The cells of a returned work package as values of a result: what a district typed, cleaned the way
the register import cleans it (app.registers.normalize), so full-width letters and digits, stray spaces,
Excel dates and text dates (2020/10/21, 2020.10.21, 2020年10月21日) are accepted as the same value.

Free text (a problem found, a reason) keeps its Chinese punctuation: only invisible characters and runs
of white space are removed. Choice cells are compared in NFKC form and stored as the list spells them
("（经营场所）" typed with half-width brackets is the listed value). Pure; repeated texts are cached.
"""
from __future__ import annotations

import functools
import re
import unicodedata

from app.packages.identity import text as unescaped
from app.registers.normalize import INVISIBLE, cell_text, clean_code, clean_text, parse_date
from app.results.lists import NO, YES, ResultLists

_SPLIT = re.compile(r"[、，,；;/\s]+")
_YES = {"是", "Y", "YES", "TRUE", "1", "√", "✓", "已检查", "已办结"}
_NO = {"否", "N", "NO", "FALSE", "0", "×", "✗", "未检查", "未办结"}


def text(value) -> str:
    """A free-text cell: white space runs as one space, invisible characters gone, punctuation kept."""
    if value is None or value == "":
        return ""
    raw = value if value.__class__ is str else cell_text(value)
    return _free_text(raw)


@functools.lru_cache(maxsize=8192)
def _free_text(raw: str) -> str:
    if not raw.isprintable():
        raw = INVISIBLE.sub("", raw)
    return " ".join(raw.split())


def identity_text(value) -> str:
    """A locked cell as the writer put it there (the apostrophe before a formula-like text taken off)."""
    return text(unescaped(value))


@functools.lru_cache(maxsize=8192)
def folded(raw: str) -> str:
    """The form two texts are compared in: NFKC, no white space at all (全角 = 半角, 'A B' = 'AB')."""
    return "".join(unicodedata.normalize("NFKC", INVISIBLE.sub("", raw)).split())


def code(value) -> str:
    """A key or certificate number: NFKC, no spaces, upper case; 9.1E+17-style numbers as digits."""
    if value is None or value == "":
        return ""
    return clean_code(value if value.__class__ is str else cell_text(value))


def yes_no(value) -> tuple[bool | None, str]:
    """(True/False/None, the text when it is neither 是 nor 否)."""
    if value is None or value == "":
        return None, ""
    if value is True or value is False:
        return value, ""
    raw = text(value)
    word = clean_code(raw)
    if word in _YES:
        return True, ""
    if word in _NO:
        return False, ""
    return None, raw


def date(value) -> str:
    """ISO date, or the cell's text when it is not a date (the rules then say so), "" when empty."""
    iso, ok = parse_date(value if value.__class__ is not str else clean_text(value))
    if iso:
        return iso
    return "" if ok else text(value)


class Choices:
    """The listed values of each choice column, looked up in folded form: a typed value becomes the
    list's own spelling, or stays as typed (then the rules report it as not in the list)."""

    def __init__(self, lists: ResultLists):
        self.by_field = {
            "method": _index(lists.check_methods), "result": _index(lists.item_results),
            "outcome": _index(lists.enterprise_outcomes), "publicity": _index(lists.publicity_results),
            "measures": _index(lists.followup_measures),
        }

    def value(self, field: str, cell) -> str:
        raw = text(cell)
        if not raw:
            return ""
        return self.by_field[field].get(folded(raw), raw)

    def values(self, field: str, cell) -> list[str]:
        """A multi-value cell (后续处置措施: 责令改正、立案调查)."""
        index = self.by_field[field]
        whole = text(cell)
        if not whole:
            return []
        if folded(whole) in index:   # a listed value that itself holds a separator
            return [index[folded(whole)]]
        return [index.get(folded(p), p) for p in _SPLIT.split(whole) if p]


def _index(values) -> dict[str, str]:
    return {folded(v): v for v in values}


def people(value) -> list[str]:
    """The names or certificate numbers in an 实际检查人员 cell, in the order written."""
    whole = text(value)
    return [p for p in _SPLIT.split(whole) if p] if whole else []


class Roster:
    """Names and certificate numbers of the match's roster, for the 实际检查人员 cells."""

    def __init__(self, names: dict[str, str]):
        self.names = names                               # cert -> name
        self.by_name: dict[str, list[str]] = {}
        for cert, name in names.items():
            self.by_name.setdefault(folded(name), []).append(cert)

    def resolve(self, tokens: list[str], preferred: set[str]) -> list[str]:
        """Certificate numbers for names or numbers; an unknown name stays as written (the rules then
        say it is not on the team). A name two inspectors share resolves to the one on this team."""
        out = []
        for token in tokens:
            as_code = clean_code(token)
            if as_code in self.names or as_code in preferred:
                out.append(as_code)
                continue
            certs = self.by_name.get(folded(token), [])
            mine = [c for c in certs if c in preferred]
            out.append((mine or certs or [token])[0])
        return list(dict.fromkeys(out))


YES_NO_TEXT = f"“{YES}”或“{NO}”"
