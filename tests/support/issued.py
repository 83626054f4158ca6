"""A work package recorded as issued (the row and its 'packages.issue' log entry), without writing the file.

Progress and `results review --package` only read which keys a package carried; the package writer
makes the real file. The log entry keeps `db check` (and so document generation) content.
"""
from __future__ import annotations

from app import audit
from app.db import transaction
from app.integrity.results import keys_digest
from app.results.models import Package


def issue_package_row(draw, district: str, keys: list[str], uid: str | None = None) -> Package:
    uid = uid or f"PKG-{draw.draw_no}-{district}-1"
    with transaction():
        package = Package.create(uid=uid, draw=draw, district=district, issue_no=1, keys=keys,
                                 content_digest="0" * 64, file_name=f"{district}.xlsx", file_sha256="0" * 64,
                                 issued_at="2020-10-21T09:00:00+08:00", issued_by="test")
        audit.append("packages.issue", {"uid": uid, "draw_no": draw.draw_no, "district": district, "issue_no": 1,
                                        "content_digest": "0" * 64, "file_sha256": "0" * 64,
                                        "keys_digest": keys_digest(keys)})
    return package
