"""Issue 17, points 3 and 4 on the match screen: the saved record goes out of date after a change (and says
so, and offers the new version); the verify dialog names the version it checked and a later one; an inspector
is replaced in all their unstarted inspections as one action; the chosen team stays chosen after a change."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from tests.support.draw_gui import idle


@pytest.fixture
def matched_draw(db):
    """The demo drawn and matched with every number stable (tests.support.stable_demo): a time-seeded match
    sometimes leaves the busiest inspector's pool with nobody the rule may choose."""
    from tests.support.stable_demo import stable_demo_draw
    return stable_demo_draw()


@pytest.fixture
def match_screen(matched_ctx, qtbot, answers):
    from ui.screens.match import create_screen
    widget = create_screen(matched_ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    idle(qtbot, matched_ctx)
    return widget


def _answer(monkeypatch, fill_form):
    import ui.screens.match as module

    def fake_exec(dialog):
        fill_form(dialog)
        return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    monkeypatch.setattr(module, "exec_dialog", fake_exec)


def _select(view, key: str) -> dict:
    proxy = view.model()
    for r in range(proxy.rowCount()):
        row = proxy.sourceModel().row(proxy.mapToSource(proxy.index(r, 0)).row())
        if row["key"] == key:
            view.setCurrentIndex(proxy.index(r, 0))
            return row
    raise AssertionError(f"no row {key}")


def _selected_key(screen) -> str | None:
    from ui.widgets.tables import source_row
    row = source_row(screen.tabs.team_view)
    return row["key"] if row else None


def _busiest(draw_no: int) -> tuple[str, list[str]]:
    from app.match.queries import active_teams, current_match
    teams = active_teams(current_match(draw_no))
    where: dict[str, list[str]] = {}
    for key, team in teams.items():
        for cert in team:
            where.setdefault(cert, []).append(key)
    cert = max(where, key=lambda c: (len(where[c]), c))
    return cert, where[cert]


def _fill(cert: str, everywhere: bool = False):
    def fill(d):
        d.inspector.setCurrentIndex(d.inspector.findData(cert))
        d.reason_choice.setCurrentIndex(3)                                 # 身体健康状况
        d.approver.setText("王局长")
        if everywhere:
            d.everywhere.setChecked(True)
    return fill


def test_saved_record_is_out_of_date_after_a_replacement_and_the_new_version_is_offered(
        match_screen, matched_ctx, matched_draw, qtbot, answers, monkeypatch, tmp_path):
    from app.match.queries import current_match
    screen, n = match_screen, matched_draw.draw_no
    screen.save_record()                                                   # revision 0 into tmp/out
    idle(qtbot, matched_ctx)
    assert (tmp_path / "out" / "match-record.json").is_file()
    assert not screen.save_revision_button.isVisible()
    assert str(tmp_path / "out") in screen.record_note.text()

    cert, keys = _busiest(n)
    _select(screen.tabs.team_view, keys[-1])
    _answer(monkeypatch, _fill(cert))
    screen.replace_button.click()
    idle(qtbot, matched_ctx)
    assert not answers["failures"], answers["failures"]
    assert current_match(n).record["revision"] == 1
    note = screen.record_note.text()
    assert screen.record_note.isVisible() and "version 0" in note and "version 1" in note, note
    assert screen.save_revision_button.isVisible() and "1" in screen.save_revision_button.text()

    screen.save_revision_button.click()                                    # save the new version
    idle(qtbot, matched_ctx)
    assert not screen.save_revision_button.isVisible()
    assert "current version (1)" in screen.record_note.text()


def test_verify_dialog_names_the_version_and_a_later_one(matched_ctx, matched_draw, qtbot, tmp_path):
    from app.campaign.outputs import save_match_outputs
    from app.match import service
    from ui.wizards.verify_dialog import VerifyDialog
    n = matched_draw.draw_no
    save_match_outputs(n, tmp_path)
    cert, keys = _busiest(n)
    service.replace_inspector(n, keys[0], cert, "身体健康状况", "王局长")
    dialog = VerifyDialog(matched_ctx, None, str(tmp_path / "match-record.json"))
    qtbot.addWidget(dialog)
    dialog.run()
    idle(qtbot, matched_ctx)
    qtbot.waitUntil(lambda: bool(dialog.summary.text()), timeout=15000)   # the result arrives by a queued signal
    assert "all" in dialog.summary.text()                                  # the old file still verifies …
    text = dialog.standing.text()
    assert dialog.standing.isVisibleTo(dialog) and "version 0" in text and "later version (1)" in text, text


def test_replace_in_all_unstarted_inspections_is_one_action_and_keeps_the_selection(
        match_screen, matched_ctx, matched_draw, qtbot, answers, monkeypatch):
    from app import audit
    from app.match.queries import active_teams, current_match
    from app.results.service import enter_result
    from tests.support.results import complete_result
    screen, n = match_screen, matched_draw.draw_no
    cert, keys = _busiest(n)
    started = keys[0]
    enter_result(n, started, complete_result(matched_draw, started))
    chosen = _select(screen.tabs.team_view, keys[-1])
    district = chosen["district"]
    screen.tabs.district_combo.setCurrentIndex(screen.tabs.district_combo.findData(district))
    chosen = _select(screen.tabs.team_view, keys[-1])
    before = len(audit.entries())
    _answer(monkeypatch, _fill(cert, everywhere=True))
    screen.replace_button.click()
    idle(qtbot, matched_ctx)
    assert not answers["failures"], answers["failures"]
    assert len(audit.entries()) == before + 1 and audit.entries(limit=1)[0].action == "match.replace_all"
    teams = active_teams(current_match(n))
    assert cert in teams[started] and not any(cert in teams[k] for k in keys[1:])
    notice = answers["notices"][-1]
    assert chosen["name"] and f"{chosen['name']}（{chosen['key']}）" in notice    # enterprises named, with code
    assert started in notice                                               # the started one is listed as kept
    assert screen.tabs.district_combo.currentData() == district            # the filter stays
    assert _selected_key(screen) == keys[-1]                               # and the selection


def test_single_replacement_keeps_the_selected_team(match_screen, matched_ctx, matched_draw, qtbot, answers,
                                                   monkeypatch):
    screen, n = match_screen, matched_draw.draw_no
    cert, keys = _busiest(n)
    row = _select(screen.tabs.team_view, keys[-1])
    _answer(monkeypatch, _fill(cert))
    screen.replace_button.click()
    idle(qtbot, matched_ctx)
    assert not answers["failures"], answers["failures"]
    assert _selected_key(screen) == keys[-1]                               # not back to the first row
    assert f"{row['name']}（{row['key']}）" in answers["notices"][-1]
