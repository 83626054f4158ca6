"""Templates: bundled wording is valid, bad placeholders are refused on save, overrides are used."""
from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from app import audit
from app.docs import templates
from app.docs.numbers import allocate_numbers, format_number
from app.errors import NotFoundError, ValidationError

pytestmark = pytest.mark.usefixtures("db")


@pytest.mark.parametrize("kind", list(templates.KINDS))
def test_bundled_templates_are_valid(kind):
    parsed = templates.parse_sections(kind, templates.builtin_template(kind))
    assert set(parsed) == set(templates.KINDS[kind][0])


def test_unknown_placeholder_is_refused_with_its_name_and_line():
    text = templates.builtin_template("notice").replace("${team}", "${teem}")
    line = next(i for i, ln in enumerate(text.splitlines(), 1) if "${teem}" in ln)
    with pytest.raises(ValidationError) as exc:
        templates.save_template("notice", text)
    assert "${teem}" in str(exc.value) and f"第 {line} 行" in str(exc.value)
    assert templates.load_template("notice") == templates.builtin_template("notice")   # nothing stored


@pytest.mark.parametrize("text, message", [
    ("[body]\n价格 $5\n", "要写“$”本身"),
    ("[body]\n${enterprise_name}\n", "未知的占位符"),        # allowed on notices, not on the commitment sheet
    ("[nope]\nx\n", "没有“[nope]”"),
    ("前言\n[body]\nx\n", "须先写节名"),
    ("[body]\nx\n[body]\ny\n", "重复"),
])
def test_malformed_templates_are_refused(text, message):
    with pytest.raises(ValidationError, match=re.escape(message)):
        templates.save_template("commitment", text)


def test_missing_section_and_unknown_kind():
    with pytest.raises(ValidationError, match=r"\[chosen\]"):
        templates.save_template("notice", "[title]\nA\n[salutation]\nB\n[body]\nC\n")
    with pytest.raises(NotFoundError):
        templates.load_template("poster")


def test_saved_override_is_used_logged_and_reset(tmp_path):
    from app.docs import service
    from tests.support.documents import make_sample_draw
    make_sample_draw()
    text = templates.builtin_template("commitment").replace("本承诺单在随机种子产生之前打印。",
                                                            "本局特别说明：${bureau_name}郑重承诺。")
    templates.save_template("commitment", text)
    assert templates.load_template("commitment") == text
    assert audit.entries(limit=1)[0].action == "docs.template_save"
    pdf = service.generate("commitment", 1, tmp_path)[0]
    extracted = "".join("".join((p.extract_text() or "").split()) for p in PdfReader(str(pdf)).pages)
    assert "本局特别说明：演示市市场监督管理局郑重承诺。" in extracted
    assert templates.reset_template("commitment") is True
    assert templates.load_template("commitment") == templates.builtin_template("commitment")
    assert templates.reset_template("commitment") is False


def test_document_numbers_format_and_sequence():
    from tests.support.documents import make_sample_draw
    assert format_number("青市监质", 2020, 12) == "青市监质〔2020〕12号"
    draw = make_sample_draw()
    first = allocate_numbers(draw.plan, "notice", ["A", "B"], "青市监质")
    assert first == {"A": "青市监质〔2020〕1号", "B": "青市监质〔2020〕2号"}
    again = allocate_numbers(draw.plan, "notice", ["B", "C"], "青市监质")
    assert again == {"B": "青市监质〔2020〕2号", "C": "青市监质〔2020〕3号"}
    assert allocate_numbers(draw.plan, "tasklist", ["市南区"], "青市监质") == {"市南区": "青市监质〔2020〕4号"}
    with pytest.raises(ValidationError, match="前缀"):
        allocate_numbers(draw.plan, "notice", ["D"], "")
