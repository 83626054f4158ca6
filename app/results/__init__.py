"""Inspection results: the result model, its vocabulary, entry, review and history.

Rows are immutable revisions (app.results.models.ResultRevision); every write is one batch whose
digest is chained into the audit log (app.integrity.results re-derives it).
"""
