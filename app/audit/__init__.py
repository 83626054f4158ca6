from app.audit.log import GENESIS, append, entries, head, verify  # noqa: F401
