"""Settings: reads in app.settings.store, the logged change in app.settings.service."""
from app.settings.store import (  # noqa: F401
    all_settings, district_names, districts, get_setting, resolve_district, result_categories, units,
)
from app.settings.service import update_settings  # noqa: F401  (after the reads: it logs through app.audit)
