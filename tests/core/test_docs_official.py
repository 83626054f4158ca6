"""Notices as official documents, measured from the PDFs: GB/T 9704 geometry, two pages at most,
even pages per enterprise in the combined file, the 机关信息 required, every glyph in its font."""
from __future__ import annotations

import pdfplumber
import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from app.docs import fonts, service
from app.docs import layout as L
from app.docs.official import NextDocument
from app.errors import ValidationError
from app.settings.models import Setting
from tests.support.documents import make_sample_draw

pytestmark = pytest.mark.usefixtures("db")
LINE = L.LINE_PITCH
TOP = L.MARGIN_TOP            # top of the text area, from the top of the page (pdfplumber's `top`)
FIVE_ITEMS = ["获证资格及条件检查", "生产设备和检验设备检查", "原材料进货查验检查", "出厂检验记录检查"]


def _lines(chars, size: float) -> list[list[dict]]:
    """Chars of one size grouped into lines by their top."""
    rows: dict[float, list[dict]] = {}
    for c in chars:
        if abs(c["size"] - size) < 0.1 and c["text"].strip():
            rows.setdefault(round(c["top"], 1), []).append(c)
    return [sorted(rows[k], key=lambda c: c["x0"]) for k in sorted(rows)]


def _text(line) -> str:
    return "".join(c["text"] for c in line)


@pytest.fixture
def notice(tmp_path):
    make_sample_draw(per_district=1, items_t1=FIVE_ITEMS)
    files = service.generate("notice", 1, tmp_path)
    return files


def test_header_title_and_body_follow_gb9704(notice):
    single = next(f for f in notice if "合并打印" not in f.name)
    with pdfplumber.open(single) as pdf:
        page = pdf.pages[0]
        mast = [c for c in page.chars if "SpotcheckSerif" in c["fontname"] and c["size"] > 23]
        assert _text(mast) == "演示市市场监督管理局"
        assert all(c["non_stroking_color"][0] > 0.8 and c["non_stroking_color"][1] < 0.1 for c in mast)   # red
        mast_top, mast_bottom = min(c["top"] for c in mast), max(c["bottom"] for c in mast)
        assert mast_top == pytest.approx(TOP + 35 * mm, abs=0.3)                # 35 mm below the text area's top
        number = next(line for line in _lines(page.chars, 16) if "〔" in _text(line))
        assert (number[0]["top"] - mast_bottom) / LINE == pytest.approx(2 + (LINE - 16) / 2 / LINE, abs=0.02)
        assert (number[0]["x0"] + number[-1]["x1"]) / 2 == pytest.approx(L.MARGIN_LEFT + L.TEXT_W / 2, abs=1)
        rule = next(r for r in page.rects + page.lines if r.get("stroking_color") and r["stroking_color"][0] > 0.8)
        assert rule["top"] - number[0]["bottom"] == pytest.approx(4 * mm, abs=0.3)
        assert rule["x1"] - rule["x0"] == pytest.approx(L.TEXT_W, abs=0.5)
        title = [c for c in page.chars if "SpotcheckSerif" in c["fontname"] and abs(c["size"] - 22) < 0.1]
        assert "抽查检查通知书" in _text(title)
        assert 2 < (min(c["top"] for c in title) - rule["top"]) / LINE < 2.2      # in the third line below
        body = _lines([c for c in page.chars if "Grid" in c["fontname"]], 16)
        body = [line for line in body if line[0]["top"] > rule["top"]]
        pitches = {round(b[0]["top"] - a[0]["top"], 2) for a, b in zip(body[1:], body[2:])}
        assert pitches == {round(LINE, 2)}                                      # 225 mm / 22
        wide = [line for line in body if all(c["x1"] - c["x0"] > 15 for c in line)]    # no half-width digits
        assert max(len(line) for line in wide) == 28                           # the full lines: 28 characters
        full = [line for line in wide if len(line) == 28]
        assert all(line[-1]["x1"] == pytest.approx(L.MARGIN_LEFT + L.TEXT_W, abs=0.5) for line in full)


def test_page_numbers_and_signature(notice):
    single = next(f for f in notice if "合并打印" not in f.name)
    with pdfplumber.open(single) as pdf:
        assert len(pdf.pages) == 2
        odd, even = (_lines(p.chars, L.PAGE_NO_SIZE)[-1] for p in pdf.pages)
        assert _text(odd) == "—1—" and _text(even) == "—2—"
        assert odd[-1]["x1"] == pytest.approx(L.PAGE_W - L.MARGIN_RIGHT - L.PAGE_NO_SIZE, abs=0.5)   # right
        assert even[0]["x0"] == pytest.approx(L.MARGIN_LEFT + L.PAGE_NO_SIZE, abs=0.5)               # left
        dash_line = L.PAGE_H - L.MARGIN_BOTTOM + 7 * mm          # the dashes 7 mm below the text area
        assert odd[0]["top"] < dash_line < odd[0]["bottom"]
        last = _lines([c for c in pdf.pages[1].chars if "Grid" in c["fontname"]], 16)
        date, name = last[-1], last[-2]
        assert _text(date).endswith("日") and _text(name) == "演示市市场监督管理局"
        char = L.TEXT_W / 28
        assert date[-1]["x1"] == pytest.approx(L.MARGIN_LEFT + L.TEXT_W - 4 * char, abs=0.5)   # 4 characters in
        centre = lambda line: (line[0]["x0"] + line[-1]["x1"]) / 2   # noqa: E731
        assert centre(name) == pytest.approx(centre(date), abs=0.5)


def test_two_tasks_five_items_stay_within_two_pages_and_print_every_item(notice):
    from app.draw.models import Inspection
    both = [i for i in Inspection.select() if len(i.tasks) == 2]
    assert both and all(len(i.items) == 5 for i in both)
    for insp in both:
        single = next(f for f in notice if insp.key in f.name)
        reader = PdfReader(str(single))
        assert len(reader.pages) <= 2
        text = "".join("".join((p.extract_text() or "").split()) for p in reader.pages)
        for needed in [*insp.items, "不配合检查情节严重的，将依法向社会公示", "有权拒绝检查", "演示联系人",
                       "0532-00000000", "国家企业信用信息公示系统", "你单位是如何被抽中的"]:
            assert needed in text, needed


def _documents(pages: list[str]) -> list[int]:
    """Pages per document of a combined file: a document starts at a page numbered — 1 —."""
    starts = [i for i, t in enumerate(pages) if t.endswith("—1—")]
    return [b - a for a, b in zip(starts, starts[1:] + [len(pages)])]


def test_every_notice_of_the_combined_file_has_an_even_number_of_pages(tmp_path):
    make_sample_draw(per_district=2)
    files = service.generate("notice", 1, tmp_path)
    combined = next(f for f in files if "合并打印" in f.name)
    pages = ["".join((p.extract_text() or "").split()) for p in PdfReader(str(combined)).pages]
    counts = _documents(pages)
    assert len(counts) == len(files) - 1 and all(n % 2 == 0 for n in counts[:-1])


@pytest.mark.parametrize("lengths", [[1, 2, 3, 1], [3, 3], [2, 1]])
def test_combined_file_pads_odd_documents_with_a_blank_unnumbered_page(tmp_path, lengths):
    stories = []
    for i, n in enumerate(lengths):
        story = []
        for page in range(n):
            if page:
                story.append(service.notices.page_break())
            story.append(L.para(f"文书{i}第{page + 1}页"))
        stories.append(story)
    target = tmp_path / "combined.pdf"
    L.make_doc(str(target), title="t").build(service._combined(stories))
    pages = ["".join((p.extract_text() or "").split()) for p in PdfReader(str(target)).pages]
    assert len(pages) == sum(n + n % 2 for n in lengths[:-1]) + lengths[-1]
    for i, (start, n) in enumerate(zip([k for k, t in enumerate(pages) if t.startswith("文书") and "第1页" in t],
                                       lengths)):
        assert pages[start].startswith(f"文书{i}第1页") and start % 2 == 0        # always on a front side
        if n % 2 and i < len(lengths) - 1:
            assert pages[start + n] == ""                                         # blank, no page number
    assert isinstance(NextDocument(), NextDocument)


def test_notices_are_refused_until_the_bureau_details_are_set(tmp_path):
    make_sample_draw(per_district=1)
    Setting.delete().where(Setting.key.in_(["contact_person", "contact_phone", "seal_name"])).execute()
    with pytest.raises(ValidationError) as err:
        service.generate("notice", 1, tmp_path / "out")
    message = str(err.value)
    assert "联系人" in message and "联系电话" in message and "署名" in message and "设置 → 机关信息" in message
    assert "发文机关名称" not in message                       # only what is missing is named
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())
    assert service.generate("form", 1, tmp_path / "form")     # kinds that print none of it still print


def test_a_new_database_has_no_person_or_telephone():
    from app.settings.defaults import DEFAULTS
    assert all(DEFAULTS[k] == "" for k in ("bureau_name", "seal_name", "contact_person", "contact_phone"))


def test_every_character_of_a_notice_is_in_the_font_it_is_set_in(notice):
    fonts.register_fonts()
    faces = {f: set(pdfmetrics.getFont(f).face.charToGlyph) for f in (fonts.GRID, fonts.HEAD, fonts.SONG,
                                                                       fonts.BODY, fonts.TITLE)}
    names = {pdfmetrics.getFont(f).face.name: f for f in faces}
    names = {(n.decode() if isinstance(n, bytes) else n): f for n, f in names.items()}
    with pdfplumber.open(notice[-1]) as pdf:       # the combined file: every notice
        for page in pdf.pages:
            for c in page.chars:
                face = names.get(c["fontname"].split("+", 1)[-1])
                if face is None or not c["text"].strip():
                    continue
                assert ord(c["text"]) in faces[face], (c["text"], face)
