"""Document numbers (文号) like 青市监质〔2020〕12号, one sequence per plan.

A number, once given to a document (plan, kind, key), is kept: printing the
same notice again shows the same number.

Why numbers are reserved before anything is printed: a number appears in a PDF
only after the row that gives it to its document is committed, and committed
rows are never deleted or changed (unique per plan and seq, and per plan, kind
and key). So a number printed on one document can never be given to another,
whatever is killed when. The price is a possible gap: numbers reserved for a
batch that was cancelled or killed stay with their documents and are printed
when those documents are next generated. Each reservation is logged
("docs.numbers.reserve", with the range) and each finished batch names the
numbers it printed ("docs.generate"), so `unprinted_numbers` shows every gap.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from peewee import fn

from app import audit
from app.audit.models import AuditEntry
from app.clock import now_iso
from app.db import transaction
from app.docs.models import DocumentNumber
from app.errors import ValidationError

RESERVE_ACTION = "docs.numbers.reserve"
GENERATE_ACTION = "docs.generate"


def format_number(prefix: str, year: int, seq: int) -> str:
    """六角括号 〔〕 and no leading zeros (GB/T 9704-2012 7.2.4)."""
    return f"{prefix}〔{year}〕{seq}号"


def _year(plan) -> int:
    return int(str(plan.start)[:4])


def seq_ranges(seqs) -> list[list[int]]:
    """[[first, last], ...] of consecutive runs: a compact record of which numbers a batch used."""
    out: list[list[int]] = []
    for seq in sorted(set(seqs)):
        if out and seq == out[-1][1] + 1:
            out[-1][1] = seq
        else:
            out.append([seq, seq])
    return out


def _expand(ranges) -> set[int]:
    return {seq for first, last in ranges for seq in range(first, last + 1)}


def existing_numbers(plan, kind: str, keys) -> dict[str, str]:
    return {key: row.number for key, row in _existing_rows(plan, kind, keys).items()}


def _existing_rows(plan, kind: str, keys) -> dict[str, DocumentNumber]:
    keys = list(keys)
    out = {}
    for start in range(0, len(keys), 500):
        query = DocumentNumber.select(DocumentNumber.key, DocumentNumber.number, DocumentNumber.seq).where(
            (DocumentNumber.plan == plan) & (DocumentNumber.kind == kind)
            & DocumentNumber.key.in_(keys[start:start + 500]))
        out.update({row.key: row for row in query})
    return out


@dataclass
class Reservation:
    """The numbers of one batch: {key: number}, their sequence numbers, and which were new."""
    numbers: dict[str, str] = field(default_factory=dict)
    seqs: dict[str, int] = field(default_factory=dict)
    new_keys: list[str] = field(default_factory=list)

    def ranges(self) -> list[list[int]]:
        return seq_ranges(self.seqs.values())


def reserve_numbers(plan, kind: str, keys, prefix: str) -> Reservation:
    """Give every key its number, committing the missing ones at once in their own short transaction.

    The existing numbers are read again inside the transaction (which holds the write lock), so two
    programs reserving at the same time never give one number twice nor one document two numbers."""
    keys = list(dict.fromkeys(keys))
    if not prefix:
        raise ValidationError("尚未设置发文字号前缀（设置项“doc_prefix”，如“青市监质”），不能编号。")
    found = _existing_rows(plan, kind, keys)
    if len(found) < len(keys):
        with transaction():
            found = _existing_rows(plan, kind, keys)
            missing = [k for k in keys if k not in found]
            if missing:
                _insert_new(plan, kind, missing, prefix)
                found = _existing_rows(plan, kind, keys)
        new_keys = missing
    else:
        new_keys = []
    return Reservation(numbers={k: found[k].number for k in keys}, seqs={k: found[k].seq for k in keys},
                       new_keys=new_keys)


def _insert_new(plan, kind: str, missing: list[str], prefix: str) -> None:
    last = DocumentNumber.select(fn.MAX(DocumentNumber.seq)).where(DocumentNumber.plan == plan).scalar() or 0
    # A bureau that already issued numbers this year by hand can start the plan's sequence later.
    first = max(last + 1, int((plan.options or {}).get("doc_number_start", 1)))
    now = now_iso()
    rows = [{"plan": plan.id, "kind": kind, "key": key, "seq": first + offset,
             "number": format_number(prefix, _year(plan), first + offset), "created_at": now}
            for offset, key in enumerate(missing)]
    for start in range(0, len(rows), 200):
        DocumentNumber.insert_many(rows[start:start + 200]).execute()
    audit.append(RESERVE_ACTION, {"plan": plan.id, "kind": kind, "count": len(rows),
                                  "seqs": [first, first + len(rows) - 1],
                                  "first": rows[0]["number"], "last": rows[-1]["number"]})


def allocate_numbers(plan, kind: str, keys, prefix: str) -> dict[str, str]:
    """{key: number} for every key, reserving (and committing) the missing ones in the order given."""
    return reserve_numbers(plan, kind, keys, prefix).numbers


def record_printed(plan, kind: str, draw_no: int, reservation: Reservation, files: int) -> None:
    """Log which numbers a finished batch printed (one short transaction, after the files are in place)."""
    with transaction():
        audit.append(GENERATE_ACTION, {"plan": plan.id, "kind": kind, "draw": draw_no, "files": files,
                                       "count": len(reservation.seqs), "seqs": reservation.ranges()})


def _printed_seqs(plan, kind: str | None = None, draw_no: int | None = None) -> set[int]:
    """The sequence numbers finished batches of the plan recorded as printed (optionally one kind, one draw)."""
    printed: set[int] = set()
    query = AuditEntry.select(AuditEntry.payload).where(AuditEntry.action == GENERATE_ACTION)
    for entry in query:
        payload = entry.payload
        if (payload.get("plan") != plan.id or (kind is not None and payload.get("kind") != kind)
                or (draw_no is not None and payload.get("draw") != draw_no)):
            continue
        printed |= _expand(payload.get("seqs", []))
    return printed


def printed_keys(plan, kind: str, draw_no: int) -> set[str]:
    """The keys whose numbered document of `kind` a finished batch of draw `draw_no` recorded as printed.

    No per-document "printed" flag is stored: a number is printed when a "docs.generate" entry names its
    sequence number, so the keys are those of the plan's numbers of `kind` with such a sequence number."""
    printed = _printed_seqs(plan, kind, draw_no)
    if not printed:
        return set()
    rows = DocumentNumber.select(DocumentNumber.key, DocumentNumber.seq).where(
        (DocumentNumber.plan == plan) & (DocumentNumber.kind == kind))
    return {row.key for row in rows if row.seq in printed}


def unprinted_numbers(plan) -> list[str]:
    """The plan's reserved numbers that no finished batch has recorded as printed (the gaps), in order.

    A batch killed after renaming its files but before its record may have left PDFs with some of
    these: they carry the numbers the database gives their documents, so they are no duplicates."""
    printed = _printed_seqs(plan)
    rows = DocumentNumber.select(DocumentNumber.seq, DocumentNumber.number).where(
        DocumentNumber.plan == plan).order_by(DocumentNumber.seq)
    return [row.number for row in rows if row.seq not in printed]
