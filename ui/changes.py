"""What a write changed, so that each view refreshes only what it shows.

Every GUI action (ui/operations) ends by announcing a Changes value through
AppContext.data_changed; a screen asks `changes.touches(...)` for the areas it
displays and ignores the rest. This module has no Qt dependency on purpose: the
value is plain data that tests can build and compare.
"""
from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Changes:
    registers: bool = False
    plan: bool = False
    draw: bool = False
    match: bool = False
    documents: bool = False
    settings: bool = False
    results: bool = False          # inspection results entered, reviewed, returned or imported

    @classmethod
    def everything(cls) -> Changes:
        """After a restore or anything that may have replaced the whole database."""
        return cls(**{f.name: True for f in fields(cls)})

    def touches(self, *areas: str) -> bool:
        """True when any of the named areas changed (names are the field names)."""
        unknown = [a for a in areas if a not in {f.name for f in fields(self)}]
        if unknown:
            raise ValueError(f"unknown change areas: {unknown}")
        return any(getattr(self, a) for a in areas)

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})

    def names(self) -> list[str]:
        return [f.name for f in fields(self) if getattr(self, f.name)]
