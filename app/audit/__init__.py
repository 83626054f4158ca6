from app.audit.log import append, head, verify, entries  # noqa: F401
