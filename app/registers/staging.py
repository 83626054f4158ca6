"""An import's records between reading and committing, on disk, and the one pass in key order that
merges duplicates, hashes the digest, compares with the previous version and counts.

The builders hand over records a batch at a time (`Staging.add`); they go, with their canonical
lines, to sorted runs. `Staging.finish` then walks the runs merged
in key order: equal keys are adjacent (duplicates merged as the clerk knows it: one record when name
and district agree, a conflict when not), each kept line goes into the digest's SHA-256 as it passes,
and the previous version's lines, read from the database in the same order, are compared alongside
(a merge join); the kept records go to a Spool in key order, the order the commit inserts them in.
Memory stays bounded by a batch and a run, whatever the register's size.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import groupby
from operator import itemgetter

from app.registers import headers as hdr
from app.registers.eligibility import eligible_on
from app.registers.results import Diff
from app.registers.rows import COLUMNS, DISTRICT_POS, KEY_POSITIONS, NAME_POS
from app.registers.spool import Mapped, SortedRuns, Spool

DIGEST_HEADER = "SPOTCHECK-REGISTER-1"


def key_function(kind: str) -> Callable[[tuple], str]:
    positions = KEY_POSITIONS[kind]
    if len(positions) == 1:
        return itemgetter(positions[0])
    getter = itemgetter(*positions)
    return lambda record: "|".join(getter(record))


@dataclass
class Previous:
    """The register's newest version as the comparison needs it: (key, canonical line) in key order."""
    version: int
    count: int
    lines: Iterator[tuple[str, str]]


@dataclass
class Finished:
    records: Spool
    digest: str
    diff: Diff
    operating: int
    extra: dict = field(default_factory=dict)


class Staging:
    """Records of one import, kept on disk in file order and in key order."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.key = key_function(kind)
        self.by_key = SortedRuns()
        self._pos = 0

    def add(self, records: list[tuple], lines: list[str]) -> None:
        """A batch's records and canonical lines. The runs hold each line as UTF-8 (what the digest hashes;
        bytes are what marshal writes fastest), the sheet and row, and the record itself: every kind is
        stored in key order. (Enterprises were once stored in file order; inserting a million rows in
        random key order into the (version, key) and (version, district, key) indexes took 12 s of a
        35 s import, in key order each index only grows at its end.)"""
        if not records:
            return
        start = self._pos
        self._pos += len(records)
        encoded = map(str.encode, lines)
        sheets, rows = map(itemgetter(-2), records), map(itemgetter(-1), records)
        self.by_key.add(zip(map(self.key, records), range(start, self._pos), encoded, sheets, rows, records))

    def __len__(self) -> int:
        return self._pos

    def finish(self, out, previous: Previous | None, *, flag_unknown=None, today: dt.date | None = None) -> Finished:
        """One pass in key order: duplicates, digest, difference, operating count (see the module's doc)."""
        kind = self.kind
        sha = hashlib.sha256(f"{DIGEST_HEADER}|{kind}\n".encode())
        dropped: set[int] = set()
        sorted_records = Spool()
        pending: list[tuple] = []
        added: list[str] = []
        removed: list[str] = []
        changed: list[str] = []
        prev = previous.lines if previous is not None else iter(())
        prev_key, prev_line = next(prev, (None, ""))
        operating = 0
        count = _Counter(kind, today)
        for key, group in groupby(self.by_key.merged(), key=itemgetter(0)):
            items = list(group)
            if len(items) > 1:
                kept = _merge_group(kind, key, items, out, dropped)
                if kept is None:
                    continue
            else:
                kept = items[0]
            _key, _pos, line, _sheet, _row, record = kept
            sha.update(line)
            sha.update(b"\n")
            pending.append(record)
            if len(pending) >= 2000:
                if flag_unknown is not None:   # a batch at a time; kept rows get no other issue here
                    flag_unknown.check(pending, out)
                sorted_records.extend(pending)
                pending = []
            operating += count(record)
            if previous is not None:
                while prev_key is not None and prev_key < key:
                    removed.append(prev_key)
                    prev_key, prev_line = next(prev, (None, ""))
                if prev_key == key:
                    if prev_line.encode() != line:
                        changed.append(key)
                    prev_key, prev_line = next(prev, (None, ""))
                else:
                    added.append(key)
        while prev_key is not None:
            removed.append(prev_key)
            prev_key, prev_line = next(prev, (None, ""))
        self.by_key.close()
        if flag_unknown is not None:
            flag_unknown.check(pending, out)
        sorted_records.extend(pending)
        records = sorted_records
        if previous is None:
            diff = Diff(previous_version=None, added=Mapped(records, self.key))   # type: ignore[arg-type]
        else:
            diff = Diff(previous_version=previous.version, added=added, removed=removed, changed=changed,
                        previous_count=previous.count)
        return Finished(records=records, digest=sha.hexdigest(), diff=diff, operating=operating)


class _Counter:
    """Operating enterprises / eligible inspectors; every record of the other kinds."""

    def __init__(self, kind: str, today: dt.date | None):
        self.kind = kind
        self.day = today or dt.date.today()
        self.cols = COLUMNS["inspector"]

    def __call__(self, record: tuple) -> int:
        if self.kind == "enterprise":
            return 1 if record[5] else 0   # the operating flag
        if self.kind == "inspector":
            return 1 if eligible_on(dict(zip(self.cols, record)), self.day)[0] else 0
        return 1


def _merge_group(kind: str, key: str, items: list[tuple], out, dropped: set[int]):
    """Same key twice: one record when name and district agree, a conflict (every row out) when not.

    The rows in the order of the file; the kept item, or None. The issues as the clerk knew them."""
    items.sort(key=itemgetter(1))
    first = items[0]
    other = first[2].decode().split("\t")   # the content fields, as the record holds them
    other_sheet, other_row = first[3], first[4]
    conflicted = False
    name_pos, district_pos = NAME_POS[kind], DISTRICT_POS.get(kind)
    label = key.replace("|", " / ")
    column = hdr.FIELD_LABELS["code"] if kind == "catalogue" else ""
    where = f"工作表“{other_sheet}”第 {other_row} 行"
    for _key, pos, line, sheet, row, _payload in items[1:]:
        dropped.add(pos)
        rec = line.decode().split("\t")
        differs = []
        if name_pos is not None and rec[name_pos] != other[name_pos]:
            differs.append(f"名称（{other[name_pos]} / {rec[name_pos]}）")
        if district_pos is not None and rec[district_pos] != other[district_pos]:
            differs.append(f"所属区市（{other[district_pos]} / {rec[district_pos]}）")
        if kind == "catalogue" and not differs and line != first[2]:
            differs.append("类别、方式、部门、对象类型、依据或备注")   # an item is its whole row, not only its name
        if differs:
            if not conflicted:
                conflicted = True
                dropped.add(first[1])
                out.add(other_sheet, other_row, column, label, f"与工作表“{sheet}”第 {row} 行标识相同但"
                        + "、".join(differs) + "不同，两行都未导入，请核实后更正", "conflict")
            out.add(sheet, row, column, label, f"与{where}标识相同但" + "、".join(differs) + "不同，两行都未导入",
                    "conflict")
        elif conflicted:
            out.add(sheet, row, column, label, f"与{where}等行标识冲突，未导入", "conflict")
        else:
            same = line == first[2]   # the canonical lines: the content fields, rendered
            out.add(sheet, row, column, label,
                    f"与{where}重复" + ("（内容一致）" if same else "（名称和区市一致，其他信息以先出现的一行为准）")
                    + "，已合并为一条", "flagged")
    return None if conflicted else first
