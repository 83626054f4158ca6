"""The audit entries the checks compare with, read once (raw payload text parsed, not re-serialised)."""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass

from app.db.base import database


@dataclass(frozen=True)
class Entry:
    seq: int
    action: str
    payload: dict
    hash: str


class AuditIndex:
    def __init__(self, entries: list[Entry]):
        self.entries = entries
        self.by_hash = {e.hash: e for e in entries}
        self._by_action: dict[str, list[Entry]] = defaultdict(list)
        for e in entries:
            self._by_action[e.action].append(e)

    @classmethod
    def load(cls) -> AuditIndex:
        out = []
        for seq, action, payload, digest in database.obj.execute_sql(
                "SELECT id, action, payload, hash FROM audit_log ORDER BY id"):
            try:
                data = json.loads(payload)
            except (TypeError, ValueError):
                data = {}
            out.append(Entry(int(seq), str(action), data if isinstance(data, dict) else {}, str(digest)))
        return cls(out)

    def find(self, action: str, **match) -> list[Entry]:
        """Entries of `action` whose payload holds every given key with the given value, oldest first."""
        return [e for e in self._by_action.get(action, [])
                if all(e.payload.get(k) == v for k, v in match.items())]

    def with_key(self, key: str, **match) -> list[Entry]:
        """Entries of any action whose payload has `key` and the given values, oldest first."""
        return [e for e in self.entries if key in e.payload and all(e.payload.get(k) == v for k, v in match.items())]
