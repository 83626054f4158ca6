"""Each list's SHA-256 in a draw record: the line the printed record prints under every list and the
说明 sheet of draw-listing.xlsx (app.docs.record_lists says what is hashed: the list's canonical JSON,
as it stands in draw-record.json).

Encoding a list again only to hash it cost as much as writing the record (at 1,000,000 enterprises
the lists are 60 MB of JSON), so run_draw, which encodes each list once to build the record's text,
hands the digests over here, keyed by the record's SHA-256 (a record never changes once drawn, and
the key is its content, so a remembered entry can never be stale); the listing and the PDF take them
from here, and compute them only for a record drawn by another process.
"""
from __future__ import annotations

from app.draw.spec import H, canonical_json

_REMEMBERED: dict[str, dict[str, str]] = {}   # record SHA-256 -> {path in the JSON: SHA-256}
_KEEP = 4


def remember(record_sha256: str, digests: dict[str, str]) -> None:
    _REMEMBERED[record_sha256] = dict(digests)
    while len(_REMEMBERED) > _KEEP:
        del _REMEMBERED[next(iter(_REMEMBERED))]


def list_digests(record: dict, record_sha256: str | None = None) -> dict[str, str]:
    """{path in the JSON ("inspections", "tasks[0].selected", …): SHA-256 of that list's canonical JSON}."""
    known = _REMEMBERED.get(record_sha256 or "")
    if known is not None:
        return dict(known)
    out = {"inspections": H(canonical_json(record.get("inspections") or []))}
    for n, t in enumerate(record.get("tasks") or []):
        for field in ("selected", "alternates"):
            out[f"tasks[{n}].{field}"] = H(canonical_json(t.get(field) or []))
    return out
