"""Settings. Reads: app.settings.store (low in the layering: the audit log and the working-day
calendar read there). The whole API, reads plus the logged update_settings: app.settings.service.

Kept empty on purpose: importing any app.settings module runs this file first, so a re-export
here would pull app.settings.service (and with it app.audit) into every settings read.
"""
