from app.settings.service import (  # noqa: F401
    get_setting, all_settings, update_settings, districts, district_names, units, result_categories,
    resolve_district,
)
