"""The register browser's columns for each kind of register, and its row colours."""
from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ui.widgets.tables import Column

translate = QCoreApplication.translate   # lupdate reads translate("Context", "text") calls


def short_kind(kind: str) -> str:
    return {"enterprise": translate("RegistersScreen", "Enterprises"),
            "inspector": translate("RegistersScreen", "Inspectors"),
            "avoidance": translate("RegistersScreen", "Avoidance"),
            "institution": translate("RegistersScreen", "Institutions"),
            "catalogue": translate("RegistersScreen", "Check-item catalogue")}.get(kind, kind)


def _yes_no(value) -> str:
    return translate("RegistersScreen", "Yes") if value else translate("RegistersScreen", "No")


def browser_columns(kind: str) -> list[Column]:
    """The columns of the browser for one kind of register."""
    source = Column(translate("RegistersScreen", "Source row"),
                    lambda r: f"{r.get('sheet') or ''} {r.get('row') or ''}".strip(), field="row")
    if kind == "enterprise":
        return [Column(translate("RegistersScreen", "Credit code"), lambda r: r["key"], field="key"),
                Column(translate("RegistersScreen", "Name"), lambda r: r["name"], field="name"),
                Column(translate("RegistersScreen", "District"), lambda r: r["district"], field="district"),
                Column(translate("RegistersScreen", "Status"), lambda r: r["status"], field="status"),
                Column(translate("RegistersScreen", "Operating"), lambda r: _yes_no(r["operating"]), field="operating"),
                Column(translate("RegistersScreen", "Legal representative"), lambda r: r["legal_rep"]),
                Column(translate("RegistersScreen", "Address"), lambda r: r["address"]),
                Column(translate("RegistersScreen", "Phone"), lambda r: r["phone"]),
                Column(translate("RegistersScreen", "Licence number"), lambda r: r["licence_no"]),
                Column(translate("RegistersScreen", "Product"), lambda r: r["product"]),
                Column(translate("RegistersScreen", "Issued"), lambda r: r["issued_on"]),
                Column(translate("RegistersScreen", "Valid until"), lambda r: r["valid_until"]), source]
    if kind == "inspector":
        return [Column(translate("RegistersScreen", "Certificate number"), lambda r: r["cert_no"], field="cert_no"),
                Column(translate("RegistersScreen", "Name"), lambda r: r["name"], field="name"),
                Column(translate("RegistersScreen", "Unit"), lambda r: r["unit"]),
                Column(translate("RegistersScreen", "District"), lambda r: r["district"], field="district"),
                Column(translate("RegistersScreen", "Eligible"), lambda r: _yes_no(r.get("eligible"))),
                Column(translate("RegistersScreen", "Reason"), lambda r: r.get("eligibility_reason", "")),
                Column(translate("RegistersScreen", "Status"), lambda r: r["status"], field="status"),
                Column(translate("RegistersScreen", "Certificate valid until"), lambda r: r["cert_expiry"]),
                Column(translate("RegistersScreen", "Specialty"), lambda r: r["specialty"]),
                Column(translate("RegistersScreen", "Expert"), lambda r: _yes_no(r["expert"])),
                Column(translate("RegistersScreen", "Phone"), lambda r: r["phone"]),
                source]
    if kind == "avoidance":
        return [Column(translate("RegistersScreen", "Certificate number"), lambda r: r["cert_no"], field="cert_no"),
                Column(translate("RegistersScreen", "Inspector"), lambda r: r["inspector_name"]),
                Column(translate("RegistersScreen", "Credit code"), lambda r: r["key"], field="key"),
                Column(translate("RegistersScreen", "Enterprise"), lambda r: r["enterprise_name"]),
                Column(translate("RegistersScreen", "Reason"), lambda r: r["reason"]), source]
    if kind == "catalogue":
        return [Column(translate("RegistersScreen", "Item code"), lambda r: r["code"], field="code"),
                Column(translate("RegistersScreen", "Name"), lambda r: r["name"], field="name"),
                Column(translate("RegistersScreen", "Category"), lambda r: r["category"]),
                Column(translate("RegistersScreen", "Check method"), lambda r: r["method"]),
                Column(translate("RegistersScreen", "Department"), lambda r: r["department"]),
                Column(translate("RegistersScreen", "Object type"), lambda r: r["object_type"]),
                Column(translate("RegistersScreen", "Legal basis"), lambda r: r["basis"]),
                Column(translate("RegistersScreen", "Note"), lambda r: r["note"]), source]
    return [Column(translate("RegistersScreen", "Credit code"), lambda r: r["key"], field="key"),
            Column(translate("RegistersScreen", "Name"), lambda r: r["name"], field="name"),
            Column(translate("RegistersScreen", "Services"), lambda r: _services(r["services"])),
            Column(translate("RegistersScreen", "Qualification"), lambda r: r["qualification"]),
            Column(translate("RegistersScreen", "Qualification valid until"), lambda r: r["qualification_expiry"]),
            Column(translate("RegistersScreen", "Contact"), lambda r: r["contact"]),
            Column(translate("RegistersScreen", "Phone"), lambda r: r["phone"]), source]


def _services(value) -> str:
    if isinstance(value, str):
        try:
            value = json.loads(value) if value.startswith("[") else value
        except ValueError:
            pass
    return "、".join(value) if isinstance(value, list) else str(value or "")


def row_color(kind: str):
    grey, red = QColor("#777777"), QColor("#a3160b")
    if kind == "enterprise":
        return lambda r: None if r["operating"] else grey
    if kind == "inspector":
        return lambda r: None if r.get("eligible") else red
    return None
