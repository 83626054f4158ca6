"""Reads of the catalogue, and how a plan's item texts are resolved against it.

A task's items are written as the clerk chose them: a catalogue code (SC-001) or a name, or free text.
`resolve` finds each in the catalogue's newest version (code first, then name); what it does not
find is kept and flagged 不在抽查事项清单中. At the commitment, `snapshot` freezes what each item
was (code, name, basis …) in the draw's committed data, so a later catalogue version never changes a
committed plan's documents.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

from app.registers import queries
from app.registers.models import CatalogueItem, Register, RegisterVersion
from app.registers.normalize import clean_code

CATALOGUE_KIND = "catalogue"
DEFAULT_NAME = "抽查事项清单"
NOT_IN_CATALOGUE = "不在抽查事项清单中"
FIELDS = ("code", "name", "category", "method", "department", "object_type", "basis", "note")


@dataclass(frozen=True)
class Entry:
    code: str
    name: str
    category: str = ""
    method: str = ""
    department: str = ""
    object_type: str = ""
    basis: str = ""
    note: str = ""

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Resolved:
    """One item text of a plan: its catalogue entry, or None (free text)."""
    ref: str
    entry: Entry | None

    @property
    def name(self) -> str:
        """What documents and the draw record call the item."""
        return self.entry.name if self.entry else self.ref

    @property
    def label(self) -> str:
        if self.entry is None:
            return f"{self.ref}（{NOT_IN_CATALOGUE}）"
        return f"{self.entry.code} {self.entry.name}"


def current_version() -> RegisterVersion | None:
    """The newest version of the catalogue (one catalogue per database: the first register of the kind)."""
    reg = (Register.select().where(Register.kind == CATALOGUE_KIND).order_by(Register.id).first())
    return queries.latest_version(reg.name) if reg is not None else None


def entries(version: RegisterVersion | int | None = None) -> list[Entry]:
    """A version's items in code order (the newest version when none is given; [] without a catalogue)."""
    if version is None:
        version = current_version()
        if version is None:
            return []
    vid = version.id if isinstance(version, RegisterVersion) else int(version)
    rows = CatalogueItem.select().where(CatalogueItem.version == vid).order_by(CatalogueItem.code)
    return [Entry(*(getattr(r, f) for f in FIELDS)) for r in rows]


def _index(found: list[Entry]) -> tuple[dict[str, Entry], dict[str, Entry]]:
    by_code = {e.code: e for e in found}
    by_name: dict[str, Entry] = {}
    for e in found:
        by_name.setdefault(e.name, e)
    return by_code, by_name


def resolve(refs: list[str], catalogue: list[Entry] | None = None) -> list[Resolved]:
    """Each item text found in the catalogue (by code, full-width and case folded, then by name)."""
    by_code, by_name = _index(entries() if catalogue is None else catalogue)
    out = []
    for ref in refs:
        text = str(ref).strip()
        out.append(Resolved(text, by_code.get(clean_code(text)) or by_name.get(text)))
    return out


def item_names(refs: list[str], catalogue: list[Entry] | None = None) -> list[str]:
    """The names the items go by in records and documents (free text as written), without repeats."""
    return list(dict.fromkeys(r.name for r in resolve(refs, catalogue)))


def unknown_items(refs: list[str], catalogue: list[Entry] | None = None) -> list[str]:
    return [r.ref for r in resolve(refs, catalogue) if r.entry is None]


def snapshot(refs: list[str]) -> dict:
    """What the commitment keeps: the catalogue version, and every item as it is in it now.

    {"register", "version", "digest", "items": [{ref, code, name, category, …, basis}],
     "not_in_catalogue": [texts]} — "register" is None when there is no catalogue."""
    version = current_version()
    found = entries(version) if version is not None else []
    resolved = resolve(list(dict.fromkeys(refs)), found)
    return {"register": version.register.name if version else None,
            "version": version.version if version else None,
            "digest": version.digest if version else None,
            "items": [{"ref": r.ref} | r.entry.as_dict() for r in resolved if r.entry is not None],
            "not_in_catalogue": [r.ref for r in resolved if r.entry is None]}


def committed_entries(commit_data: dict | None) -> dict[str, Entry]:
    """{item name: Entry} as frozen at a draw's commitment ({} for a draw committed without a snapshot)."""
    snap = (commit_data or {}).get("catalogue") or {}
    out: dict[str, Entry] = {}
    for item in snap.get("items") or []:
        entry = Entry(**{f: str(item.get(f) or "") for f in FIELDS})
        out.setdefault(entry.name, entry)
        out.setdefault(str(item.get("ref") or ""), entry)
    return out
