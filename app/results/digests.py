"""SPOTCHECK-RESULT-1: the digests that make results tamper-evident.

revision digest = H("SPOTCHECK-RESULT-1|draw_no|key|revision|status|reviewer|reason|content"), content as
canonical JSON; batch digest = H of the batch's revision digests, one per line, in (key, revision) order.
The audit entry of each batch holds the batch digest and count, so an edited, added or deleted result
row changes a digest that the hash-chained log has already fixed.
"""
from __future__ import annotations

from app.audit.log import canonical_json
from app.hashing import H


def revision_digest(draw_no: int, key: str, revision: int, status: str, reviewer: str, reason: str,
                    content: dict, *, content_json: str | None = None) -> str:
    """`content_json`: canonical_json(content) when the caller has it already (a batch of thousands)."""
    text = canonical_json(content) if content_json is None else content_json
    return H("|".join(["SPOTCHECK-RESULT-1", str(draw_no), key, str(revision), status, reviewer, reason, text]))


def batch_digest(rows: list[tuple[str, int, str]]) -> str:
    """rows: (key, revision, revision digest) of one batch."""
    return H("\n".join(d for _, _, d in sorted(rows)))


def package_digest(identity: dict) -> str:
    """The issued content of a work package (app.packages.identity), as canonical JSON."""
    return H("SPOTCHECK-PACKAGE-1|" + canonical_json(identity))
