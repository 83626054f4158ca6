"""The wording of each document: resources/templates/<kind>.txt, overridable per bureau.

A template is plain text in sections. A line "[section]" starts a section;
inside one, a blank line separates paragraphs. Values come in through named
placeholders, ${enterprise_name} style (string.Template; "$$" is a literal $).
The bureau's own wording is stored in the database (TemplateOverride, so it
travels with backups and is logged) and replaces the bundled file as a whole.
A template is checked when it is saved, so a typo in a placeholder is found
then, not in the middle of printing 800 notices.
"""
from __future__ import annotations

import re
import string

from app import audit
from app.clock import now_iso
from app.db import transaction
from app.docs.models import TemplateOverride
from app.errors import NotFoundError, ValidationError
from app.paths import resource_path

COMMON_FIELDS = {
    "bureau_name", "seal_name", "doc_prefix", "contact_person", "contact_phone", "publication_url",
    "plan_title", "plan_number", "period_start", "period_end", "due_date", "draw_no",
    "commitment", "seed", "record_sha256", "today",
}
ENTERPRISE_FIELDS = {
    "enterprise_name", "key", "address", "legal_rep", "phone", "licence_no", "district",
    "task_names", "task_codes", "check_items", "team", "institution",
    "legal_basis", "check_items_with_basis", "risk_line",
}

# kind -> (sections, placeholders allowed besides COMMON_FIELDS)
KINDS: dict[str, tuple[tuple[str, ...], set[str]]] = {
    "notice": (("title", "salutation", "body", "chosen"),
               ENTERPRISE_FIELDS | {"doc_number", "method", "materials", "chosen_by", "team_count",
                                       "legal_basis"}),
    "form": (("title", "intro", "declaration"), ENTERPRISE_FIELDS),
    "labels": (("recipient", "sender"), {"enterprise_name", "address", "legal_rep", "district", "key",
                                         "postal_code", "phone"}),
    "tasklist": (("title", "intro"), {"district", "count", "doc_number"}),
    "commitment": (("body",), set()),
    "draw-record": (("body",), set()),
    "match-record": (("body",), set()),
}

_SECTION_LINE = re.compile(r"^\[([a-z][a-z0-9_-]*)\]\s*$")


def _check_kind(kind: str) -> tuple[tuple[str, ...], set[str]]:
    if kind not in KINDS:
        raise NotFoundError(f"没有“{kind}”这种文书模板。可用的有：{'、'.join(KINDS)}。")
    return KINDS[kind]


def allowed_placeholders(kind: str) -> set[str]:
    return COMMON_FIELDS | _check_kind(kind)[1]


def parse_sections(kind: str, text: str) -> dict[str, str]:
    """Split and check a template; ValidationError names the line of the first problem."""
    sections_allowed, _ = _check_kind(kind)
    allowed = allowed_placeholders(kind)
    sections: dict[str, list[str]] = {}
    current = None
    for lineno, line in enumerate(text.splitlines(), 1):
        header = _SECTION_LINE.match(line.strip())
        if header:
            current = header.group(1)
            if current not in sections_allowed:
                raise ValidationError(f"第 {lineno} 行：模板中没有“[{current}]”这一节，"
                                      f"“{kind}”可用的节为：{'、'.join(sections_allowed)}。")
            if current in sections:
                raise ValidationError(f"第 {lineno} 行：“[{current}]”一节重复出现。")
            sections[current] = []
            continue
        if current is None:
            if line.strip() and not line.lstrip().startswith("#"):
                raise ValidationError(f"第 {lineno} 行：正文之前须先写节名，例如“[{sections_allowed[0]}]”。")
            continue
        for match in string.Template.pattern.finditer(line):
            name = match.group("named") or match.group("braced")
            if match.group("invalid") is not None:
                raise ValidationError(f"第 {lineno} 行：“$”后须跟 {{占位符名称}}，如 ${{enterprise_name}}；"
                                      f"要写“$”本身请写“$$”。")
            if name and name not in allowed:
                raise ValidationError(f"第 {lineno} 行：未知的占位符“${{{name}}}”。"
                                      f"可用的占位符：{'、'.join(sorted(allowed))}。",
                                      details={"placeholder": name, "line": lineno})
        sections[current].append(line)
    missing = [s for s in sections_allowed if s not in sections]
    if missing:
        raise ValidationError(f"模板缺少以下节：{'、'.join('[' + m + ']' for m in missing)}。")
    return {name: "\n".join(lines).strip("\n") for name, lines in sections.items()}


def builtin_template(kind: str) -> str:
    _check_kind(kind)
    return resource_path("templates", f"{kind}.txt").read_text(encoding="utf-8")


def load_template(kind: str) -> str:
    """The wording in use: the bureau's override when one is saved, else the bundled file."""
    _check_kind(kind)
    try:
        row = TemplateOverride.get_or_none(TemplateOverride.kind == kind)
    except Exception:   # no database open (bench, previews without data)
        row = None
    return row.text if row is not None else builtin_template(kind)


def save_template(kind: str, text: str) -> None:
    """Check and store the bureau's wording for `kind` (one logged transaction)."""
    parse_sections(kind, text)
    now = now_iso()
    with transaction():
        TemplateOverride.insert(kind=kind, text=text, updated_at=now, updated_by=audit.log.current_actor()) \
            .on_conflict(conflict_target=[TemplateOverride.kind],
                         update={TemplateOverride.text: text, TemplateOverride.updated_at: now}).execute()
        audit.append("docs.template_save", {"kind": kind, "chars": len(text)})


def reset_template(kind: str) -> bool:
    """Go back to the bundled wording; returns whether an override existed."""
    _check_kind(kind)
    with transaction():
        deleted = TemplateOverride.delete().where(TemplateOverride.kind == kind).execute()
        if deleted:
            audit.append("docs.template_reset", {"kind": kind})
    return bool(deleted)


_cache: dict[str, tuple[str, dict[str, str]]] = {}


def sections(kind: str) -> dict[str, str]:
    """Parsed sections of the template in use (parsing cached by text, for batch printing)."""
    text = load_template(kind)
    hit = _cache.get(kind)
    if hit is None or hit[0] != text:
        hit = (text, parse_sections(kind, text))
        _cache[kind] = hit
    return hit[1]


def fill(raw: str, fields: dict) -> str:
    """Substitute placeholders; a field the caller lacks is left empty rather than failing mid-batch."""
    return string.Template(raw).substitute(_Defaulting(fields))


def render_template(kind: str, fields: dict, section: str = "body") -> str:
    return fill(sections(kind)[section], fields)


class _Defaulting(dict):
    def __init__(self, fields):
        super().__init__(fields)

    def __missing__(self, key):
        return ""
