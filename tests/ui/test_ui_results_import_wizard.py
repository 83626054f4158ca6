"""The results-import wizard on real returned files: checked on the worker, a file without its identity
sheet listed as refused, and the import committed once (QWizard validates the page again on accept;
the page must then close the wizard, not import a second time)."""
from __future__ import annotations

import pytest

from app.results.models import ResultBatch
from app.results.queries import current_results
from tests.support import returns as R
from tests.support.draw_gui import idle


@pytest.fixture
def draw(matched_draw):
    return matched_draw


@pytest.fixture
def ctx(matched_ctx):
    return matched_ctx


def test_check_then_import_once(ctx, draw, qtbot, tmp_path):
    from ui.wizards.results_import import ResultsImportWizard
    pkg = R.issue(draw, tmp_path / "out", "市南区")
    good = R.fill(pkg.path, draw, out=tmp_path / "good.xlsx")
    bad = R.fill(pkg.path, draw, out=tmp_path / "bad.xlsx", edit=R.remove_identity)
    wizard = ResultsImportWizard(ctx, [str(good), str(bad)])
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    idle(qtbot, ctx)
    rows = wizard.check_page.files.rows()
    assert rows[0]["new"] == len(R.row_map(good)) and rows[0]["district"] == "市南区"
    assert rows[1]["district"] == "" and "包标识" in rows[1]["outcome"]
    imported = []
    wizard.imported.connect(imported.append)
    wizard.check_page.validatePage()
    idle(qtbot, ctx)
    assert len(imported) == 1 and ResultBatch.select().count() == 1 and not wizard.isVisible()
    assert len(current_results(draw)) == len(R.row_map(good))
