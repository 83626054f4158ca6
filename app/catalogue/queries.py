"""Reads of the catalogue for the CLI and the settings page: a version with its items, the versions."""
from __future__ import annotations

from app.catalogue.items import CATALOGUE_KIND, current_version, entries
from app.errors import NotFoundError
from app.registers import queries as register_queries
from app.registers.models import RegisterVersion


def _version(number: int | None) -> RegisterVersion | None:
    latest = current_version()
    if latest is None or number is None:
        return latest
    found = register_queries.get_version(latest.register.name, number)
    if found is None:
        raise NotFoundError(f"抽查事项清单没有第 {number} 版（最新为第 {latest.version} 版）。")
    return found


def catalogue(number: int | None = None) -> dict:
    """{register, version, digest, created_at, created_by, note, items: [item dicts]} (version None: none yet)."""
    version = _version(number)
    if version is None:
        return {"register": None, "version": None, "digest": None, "created_at": "", "created_by": "", "note": "",
                "items": []}
    return {"register": version.register.name, "version": version.version, "digest": version.digest,
            "created_at": version.created_at, "created_by": version.created_by, "note": version.note,
            "items": [e.as_dict() for e in entries(version)]}


def versions() -> list[dict]:
    """Every version of the catalogue, newest first (the registers' version_rows of the kind)."""
    return [v for v in register_queries.version_rows() if v["kind"] == CATALOGUE_KIND]
