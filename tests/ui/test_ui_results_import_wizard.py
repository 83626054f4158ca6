"""The results-import wizard on real returned files: checked on the worker, a file without its identity
sheet listed as refused, and the import committed once (QWizard validates the page again on accept;
the page must then close the wizard, not import a second time)."""
from __future__ import annotations

from app.results.models import ResultBatch
from app.results.queries import current_results
from tests.support import returns as R
from tests.support.draw_gui import idle


def test_check_then_import_once(matched_ctx, matched_draw, qtbot, tmp_path):
    from ui.wizards.results_import import ResultsImportWizard
    pkg = R.issue(matched_draw, tmp_path / "out", "市南区")
    good = R.fill(pkg.path, matched_draw, out=tmp_path / "good.xlsx")
    bad = R.fill(pkg.path, matched_draw, out=tmp_path / "bad.xlsx", edit=R.remove_identity)
    wizard = ResultsImportWizard(matched_ctx, [str(good), str(bad)])
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    idle(qtbot, matched_ctx)
    rows = wizard.check_page.files.rows()
    assert rows[0]["new"] == len(R.row_map(good)) and rows[0]["district"] == "市南区"
    assert rows[1]["district"] == "" and "包标识" in rows[1]["outcome"]
    imported = []
    wizard.imported.connect(imported.append)
    wizard.check_page.validatePage()
    idle(qtbot, matched_ctx)
    assert len(imported) == 1 and ResultBatch.select().count() == 1 and not wizard.isVisible()
    assert len(current_results(matched_draw)) == len(R.row_map(good))
