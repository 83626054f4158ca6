"""Tamper evidence: the tables re-checked against the digests chained into the audit log and its anchor."""
from app.integrity.checks import check_all, check_draw_chain, check_file, check_log, require_sound  # noqa: F401
from app.integrity.quick import check_at_start  # noqa: F401
