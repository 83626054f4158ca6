"""tools/build_manual.py renders the guides' Markdown to PDF with the bundled font (issue 17 point 13)."""
from __future__ import annotations

import re
import sys
from pathlib import Path

from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import build_manual  # noqa: E402 - tools/ is no package: the script itself


def test_the_manual_becomes_a_pdf_with_its_text_and_every_screenshot(tmp_path):
    source = ROOT / "docs" / "用户手册.md"
    out = build_manual.build(source, tmp_path / "manual.pdf")
    reader = PdfReader(str(out))
    text = "".join(page.extract_text() for page in reader.pages)
    for heading in ("双随机抽查工作台 用户手册", "四、掷骰见证仪式", "十三、两级抽查"):
        assert heading in text.replace("\n", "")
    images = sum(len(page.images) for page in reader.pages)
    assert images == len(re.findall(r"!\[[^\]]*\]\(img/[^)]+\)", source.read_text(encoding="utf-8")))
    # the bundled WenQuanYi Micro Hei, embedded (subsets); Helvetica draws only the list bullets
    assert {font for font in _fonts(reader) if "WenQuanYiMicroHei" not in font} <= {"/Helvetica"}


def test_markup_is_escaped_and_inline_marks_become_fonts():
    assert build_manual.inline("a < b & **粗** `x|y` [链接](u.md)") == \
        'a &lt; b &amp; <font color="#8b1a1a">粗</font> <font backColor="#eeeeee">x|y</font> 链接'


def test_the_verification_guide_renders_too(tmp_path):
    out = build_manual.build(ROOT / "docs" / "验证指南.md", tmp_path / "guide.pdf")
    text = "".join(page.extract_text() for page in PdfReader(str(out)).pages).replace("\n", "")
    assert "PASS commitment" in text and "验证指南" in text


def _fonts(reader) -> set[str]:
    names = set()
    for page in reader.pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        names |= {str(font.get_object()["/BaseFont"]) for font in fonts.values()}
    return names
