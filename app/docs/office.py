"""The bureau's own details a document prints (机关信息), and refusing to print without them.

A new database has none of them (app/settings/defaults.py): a notice with another bureau's
contact person or telephone on it would send enterprises to the wrong office. The GUI asks
for them when the clerk first generates documents (ui/dialogs/office_prompt.py); the command
line and every other caller get the Chinese message below.
"""
from __future__ import annotations

from app.docs.data import setting
from app.errors import ValidationError

# Setting key -> its name in 设置 → 机关信息.
OFFICE_LABELS = {
    "bureau_name": "发文机关名称",
    "seal_name": "署名（与公章一致）",
    "contact_person": "联系人",
    "contact_phone": "联系电话",
}
# What each kind prints of them (the other kinds print none).
REQUIRED = {
    "notice": ("bureau_name", "seal_name", "contact_person", "contact_phone"),
    "labels": ("bureau_name",),
}


def missing_office_settings(kind: str) -> list[str]:
    """The settings `kind` needs that are still empty, in the order of the settings tab."""
    return [key for key in REQUIRED.get(kind, ()) if not str(setting(key) or "").strip()]


def require_office_settings(kind: str, kind_name: str) -> None:
    missing = missing_office_settings(kind)
    if missing:
        names = "、".join(OFFICE_LABELS[k] for k in missing)
        raise ValidationError(
            f"尚未设置{names}，不能生成{kind_name}。请先在“设置 → 机关信息”中填写"
            f"（命令行：spotcheck settings set {missing[0]} 值），然后再生成。",
            details={"missing": missing})
