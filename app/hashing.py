"""`H`: THE hash of the product — lowercase hex SHA-256 of the UTF-8 encoding of a text.

Registers (version digests), the draw (frames, commitments, records) and the
match (roster, avoidance, records) all hash through this one function, so the
public specifications (docs/spec-draw-1.md, docs/spec-match-1.md) name one rule.
"""
from __future__ import annotations

import hashlib
from pathlib import Path


def file_sha256(path: str | Path) -> str:
    """Lowercase hex SHA-256 of a file's bytes, read a megabyte at a time (registers, returned files)."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def bytes_sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def H(text: str) -> str:
    """Lowercase hex SHA-256 of the UTF-8 encoding of text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
