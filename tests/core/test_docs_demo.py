"""Documents for a real witnessed draw and match of the demo data (draw and match services end to end)."""
from __future__ import annotations

import pytest
from pypdf import PdfReader

from app.docs import service
from tests.support.draws import draw_demo, match_demo


def _squash(path) -> str:
    return "".join("".join((p.extract_text() or "").split()) for p in PdfReader(str(path)).pages)


@pytest.fixture
def demo_draw(db):
    return match_demo(draw_demo())


def test_every_kind_for_the_demo_draw(demo_draw, tmp_path):
    from app.draw.models import Inspection
    from app.match.queries import current_teams
    teams = current_teams(demo_draw.draw_no)
    inspections = list(Inspection.select().where(Inspection.draw == demo_draw))
    for kind in service.KINDS:
        files = service.generate(kind, demo_draw.draw_no, tmp_path / kind)
        assert files, kind
    notices = {f.name: f for f in (tmp_path / "notice").glob("*.pdf")}
    assert len(notices) == len(inspections) + 1                    # one each + the combined file
    sample = inspections[0]
    text = _squash(next(f for n, f in notices.items() if sample.key in n))
    assert "".join(sample.name.split()) in text and sample.key in text
    for cert, name, _role in teams.get(sample.key, []):
        assert cert in text and name in text
    assert sample.tickets[sample.tasks[0]] in text
    record = _squash(next((tmp_path / "draw-record").glob("*.pdf")))
    assert demo_draw.record_sha256 in record and demo_draw.seed in record
    match_text = _squash(next((tmp_path / "match-record").glob("*.pdf")))
    assert any(name and name in match_text for team in teams.values() for _c, name, _r in team)


def test_notice_and_form_say_which_years_report_a_non_filer_is_checked_on(demo_draw, tmp_path):
    """The plan's rule 三（二）: the conditional item carries its year onto the paper."""
    from app.draw.models import Inspection
    conditional = [i for i in Inspection.select().where(Inspection.draw == demo_draw) if i.conditions]
    assert conditional, "the demo plan's conditional item should apply to some drawn enterprise"
    insp = conditional[0]
    note = "".join(insp.conditions[0]["note"].split())
    for kind in ("notice", "form"):
        files = service.generate(kind, demo_draw.draw_no, tmp_path / kind, keys=[insp.key])
        single = next(f for f in files if insp.key in f.name)
        assert note in _squash(single), kind


def test_result_forms_of_the_demo_draw(demo_draw, tmp_path):
    """Every form keeps 以上检查情况属实 on the page of its signature lines; the publicity results are
    printed for an enterprise with the conditional 年度报告公示信息检查 item and for no other."""
    from app.draw.models import Inspection, Task
    from app.results.lists import is_publicity_item
    from app.settings.store import result_lists
    from tests.support.documents import declaration_pages_without_signatures, page_texts
    files = service.generate("form", demo_draw.draw_no, tmp_path)
    inspections = list(Inspection.select().where((Inspection.draw == demo_draw) & (Inspection.active == True)))  # noqa: E712
    assert len(files) == len(inspections) + 1
    for f in files:
        assert declaration_pages_without_signatures(f) == [], f.name
    combined = next(f for f in files if "合并打印" in f.name)
    assert sum("以上检查情况属实" in page for page in page_texts(combined)) == len(inspections)
    publicity = result_lists().publicity_results
    names = {t.code: t.name for t in Task.select().where(Task.plan == demo_draw.plan_id)}
    with_item = [i for i in inspections if any(is_publicity_item(item) for item in i.items)]
    without = [i for i in inspections if not any(is_publicity_item(item) for item in i.items)]
    assert with_item and without, "the demo draw should have inspections with and without the publicity item"
    for insp, expected in ((with_item[0], True), (without[0], False)):
        text = "".join(page_texts(next(f for f in files if insp.key in f.name)))
        assert ("公示信息检查结果" in text) is expected, insp.key
        for entry in publicity:
            assert (entry in text) is expected, (insp.key, entry)
        for code in insp.tasks:
            assert code + "".join(names[code].split()) in text      # task code and name
