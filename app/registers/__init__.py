"""Registers (名录库): import, versions, queries. See docs/registers.md.

Entry points: app.registers.service (preview_file, validate_import, commit_import, import_file),
app.registers.queries (latest_version, list_registers, versions, page),
app.registers.eligibility.eligible_on.
"""
