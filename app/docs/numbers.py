"""Document numbers (文号) like 青市监质〔2020〕12号, one sequence per plan.

A number, once given to a document (plan, kind, key), is kept: printing the
same notice again shows the same number. New numbers are allocated in one
logged transaction, so a cancelled batch allocates none.
"""
from __future__ import annotations

from peewee import fn

from app import audit
from app.clock import now_iso
from app.db import transaction
from app.docs.models import DocumentNumber
from app.errors import ValidationError


def format_number(prefix: str, year: int, seq: int) -> str:
    """六角括号 〔〕 and no leading zeros (GB/T 9704-2012 7.2.4)."""
    return f"{prefix}〔{year}〕{seq}号"


def _year(plan) -> int:
    return int(str(plan.start)[:4])


def existing_numbers(plan, kind: str, keys) -> dict[str, str]:
    keys = list(keys)
    out = {}
    for start in range(0, len(keys), 500):
        query = DocumentNumber.select(DocumentNumber.key, DocumentNumber.number).where(
            (DocumentNumber.plan == plan) & (DocumentNumber.kind == kind)
            & DocumentNumber.key.in_(keys[start:start + 500]))
        out.update({row.key: row.number for row in query})
    return out


def allocate_numbers(plan, kind: str, keys, prefix: str) -> dict[str, str]:
    """{key: number} for every key, allocating the missing ones in the order given."""
    keys = list(dict.fromkeys(keys))
    if not prefix:
        raise ValidationError("尚未设置发文字号前缀（设置项“doc_prefix”，如“青市监质”），不能编号。")
    have = existing_numbers(plan, kind, keys)
    missing = [k for k in keys if k not in have]
    if not missing:
        return have
    now = now_iso()
    with transaction():
        last = DocumentNumber.select(fn.MAX(DocumentNumber.seq)).where(DocumentNumber.plan == plan).scalar() or 0
        # A bureau that already issued numbers this year by hand can start the plan's sequence later.
        first = max(last + 1, int((plan.options or {}).get("doc_number_start", 1)))
        rows = []
        for offset, key in enumerate(missing):
            number = format_number(prefix, _year(plan), first + offset)
            rows.append({"plan": plan.id, "kind": kind, "key": key, "seq": first + offset,
                         "number": number, "created_at": now})
            have[key] = number
        for start in range(0, len(rows), 200):
            DocumentNumber.insert_many(rows[start:start + 200]).execute()
        audit.append("docs.numbers", {"plan": plan.id, "kind": kind, "count": len(rows),
                                      "first": rows[0]["number"], "last": rows[-1]["number"]})
    return have
