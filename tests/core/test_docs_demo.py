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
