"""Who may be matched: an inspector in post (在岗) whose certificate has not expired on the day."""
from __future__ import annotations

import datetime as dt


def _field(inspector, name):
    return inspector.get(name) if isinstance(inspector, dict) else getattr(inspector, name)


def eligible_on(inspector, day: dt.date | str) -> tuple[bool, str]:
    """(eligible, reason in Chinese). `inspector` is an Inspector row or a dict with its fields.

    A missing expiry date means the register does not track expiry: not a reason to exclude.
    """
    iso = day if isinstance(day, str) else day.isoformat()
    if not _field(inspector, "in_post"):
        status = _field(inspector, "status") or "未注明"
        return False, f"不在岗（状态：{status}）"
    expiry = _field(inspector, "cert_expiry")
    if expiry and expiry < iso:
        return False, f"执法证已于 {expiry} 过期"
    return True, "在岗，执法证有效" if expiry else "在岗"
