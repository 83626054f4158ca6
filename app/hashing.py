"""`H`: THE hash of the product — lowercase hex SHA-256 of the UTF-8 encoding of a text.

Registers (version digests), the draw (frames, commitments, records) and the
match (roster, avoidance, records) all hash through this one function, so the
public specifications (docs/spec-draw-1.md, docs/spec-match-1.md) name one rule.
"""
from __future__ import annotations

import hashlib


def H(text: str) -> str:
    """Lowercase hex SHA-256 of the UTF-8 encoding of text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
