"""SPOTCHECK-RETURN-1: the member names of a district's return file, shared by its writer and the city's importer.

One zip for one received draw: return.json (identity, the district's audit head, the match summary,
replacements, every current result revision), the match outputs exactly as `spotcheck match` writes
them (match-record.json, roster.txt, avoid.txt, the printed record), the share's draw-record.json byte
for byte, the district's whole audit log up to the head return.json states (audit-log.jsonl,
app.share.return_log), and MANIFEST.sha256 (`sha256sum` format, as in a share file) over every other member.
"""
from __future__ import annotations

FORMAT = "SPOTCHECK-RETURN-1"
RETURN = "return.json"
MATCH_RECORD = "match-record.json"
ROSTER = "roster.txt"
AVOID = "avoid.txt"
WRITE_ACTION = "share.return"
IMPORT_ACTION = "share.return.import"
