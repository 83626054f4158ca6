"""The district's audit log travels in its return (audit-log.jsonl), so the city sees how the match came about.

The district writes every row of its hash-chained log exactly as stored (payload as the canonical JSON
the chain hashes). The city re-computes the chain from the first entry (app.audit.log.entry_hash), and
requires its count and head to be those return.json states, then reads from it:

- the "share.import" entry of a share file this city wrote for this district (its SHA-256 is one the
  city's "share.write" entries name): the district worked on exactly what it was sent;
- the "match.commit" entry of the returned match (its commitment, on the local draw) after that
  import, and the "match.run" entry with the returned seed: the match was made in this database;
- every other commitment on the local draw and its "match.void" reason: a commitment abandoned before
  its ceremony is allowed (as at the city), and the city is shown each one.

What this cannot show: a district that builds a new database, imports the share again and matches
there sends a log in which that match is the first. The city sees the district database's identity in
every return (a later return from another database is named at import), but the first one has
nothing to compare with.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from app.audit.log import GENESIS, canonical_json, entry_hash
from app.audit.models import AuditEntry
from app.db.base import database
from app.errors import ValidationError

AUDIT_LOG = "audit-log.jsonl"
COLUMNS = ("id", "at", "actor", "action", "payload", "prev_hash", "hash")


def log_bytes() -> bytes:
    """Every row of this database's audit log, one JSON object per line, payload text as stored."""
    cursor = database.obj.execute_sql(f"SELECT {', '.join(COLUMNS)} FROM audit_log ORDER BY id")
    lines = [json.dumps(dict(zip(COLUMNS, row)), ensure_ascii=False) for row in cursor]
    return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""


@dataclass
class DistrictHistory:
    """What the district's log says about the returned match (stored in the city's import entry)."""
    share_imported_at: str
    committed_at: str
    matched_at: str
    voided: list[dict] = field(default_factory=list)   # [{"at", "reason"}] commitments abandoned before
    actions: int = 0

    def as_dict(self) -> dict:
        return {"share_imported_at": self.share_imported_at, "committed_at": self.committed_at,
                "matched_at": self.matched_at, "voided": self.voided, "actions": self.actions}


def read_log(file_name: str, blob: bytes, count: int, head: str) -> list[dict]:
    """The rows of the returned log, its chain re-computed; refused (naming the line) if it does not hold."""
    rows: list[dict] = []
    prev = GENESIS
    for number, line in enumerate(blob.decode("utf-8", "replace").splitlines(), start=1):
        where = f"回传文件“{file_name}”中区市审计日志 {AUDIT_LOG} 第 {number} 行"
        try:
            row = json.loads(line)
            payload = json.loads(row["payload"])
            again = entry_hash(row["id"], row["at"], row["actor"], row["action"], row["payload"], prev)
            ok = (row["id"] == number and row["prev_hash"] == prev and canonical_json(payload) == row["payload"]
                  and again == row["hash"])
        except (ValueError, TypeError, KeyError) as exc:
            raise ValidationError(f"{where}无法读取（{exc}），不能导入。") from exc
        if not ok:
            raise ValidationError(f"{where}与哈希链不符（记录被改动、删除或重排），不能导入。")
        rows.append({**row, "payload": payload})
        prev = row["hash"]
    if len(rows) != count or prev != head:
        raise ValidationError(f"回传文件“{file_name}”中的区市审计日志共 {len(rows)} 条、链头 {prev[:12]}…，"
                              f"与 return.json 所记的 {count} 条、链头 {str(head)[:12]}… 不符，不能导入。")
    return rows


def _city_shares(draw_no: int, district: str) -> set[str]:
    out = set()
    for entry in AuditEntry.select().where(AuditEntry.action == "share.write"):
        payload = entry.payload if isinstance(entry.payload, dict) else json.loads(entry.payload)
        if payload.get("draw_no") == draw_no and payload.get("district") == district:
            out.add(str(payload.get("file_sha256")))
    return out


def district_history(file_name: str, rows: list[dict], city_draw_no: int, district: str, local_draw_no: int,
                     match_record: dict) -> DistrictHistory:
    """Read the facts the city shows from a verified log; refused if the returned match is not in it."""
    sent = _city_shares(city_draw_no, district)
    imported = [r for r in rows if r["action"] == "share.import" and r["payload"].get("file_sha256") in sent
                and r["payload"].get("local_draw_no") == local_draw_no]
    if not imported:
        raise ValidationError(f"回传文件“{file_name}”的区市审计日志中没有导入本库发给{district}的共享文件的记录"
                              "（share.import），匹配所用的检查对象无从核对来源，不能导入。")
    local = [r for r in rows if r["id"] > imported[0]["id"] and r["payload"].get("draw_no") == local_draw_no]
    commitment, seed = match_record.get("match_commitment"), match_record.get("mseed")
    commits = [r for r in local if r["action"] == "match.commit"]
    ours = [r for r in commits if r["payload"].get("match_commitment") == commitment]
    runs = [r for r in local if r["action"] == "match.run" and r["payload"].get("mseed") == seed]
    if not ours or not runs:
        raise ValidationError(f"回传文件“{file_name}”的区市审计日志中没有所交回匹配的"
                              f"{'承诺（match.commit）' if not ours else '执行（match.run）'}记录："
                              "该匹配不是在这个区市数据库中、导入共享文件之后做出的，不能导入。")
    voids = {r["payload"].get("match_id"): r for r in local if r["action"] == "match.void"}
    voided = [{"at": voids[c["payload"]["match_id"]]["at"], "reason": voids[c["payload"]["match_id"]]["payload"]
               .get("reason", ""), "commitment": c["payload"].get("match_commitment")}
              for c in commits if c is not ours[0] and c["payload"].get("match_id") in voids]
    return DistrictHistory(imported[0]["at"], ours[0]["at"], runs[0]["at"], voided, len(rows))
