"""SIGKILL during import, draw, match, documents, backup and results import: nothing lost, nothing half-written.

The harness is tests/support/kills.py (what is checked after each kill is described there). The
short campaign runs in CI; the 200-kill campaign is marked slow (`pytest --run-slow`). A failure
names each broken kill with its seed; SPOTCHECK_KILL_SEED=N runs the campaign with other seeds.
"""
from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from tests.support import kills

BASE_SEED = int(os.environ.get("SPOTCHECK_KILL_SEED", "12"))
SHORT = {"import": 3, "draw": 2, "match": 2, "docs": 3, "backup": 2, "results": 2}
CAMPAIGN = {"import": 50, "draw": 40, "match": 40, "docs": 40, "backup": 40, "results": 40}


@pytest.fixture(scope="module")
def campaign(tmp_path_factory) -> kills.Campaign:
    """The bases (demo, committed draw, committed match, matched, after a 20,000-row import), built once."""
    return kills.prepare_campaign(tmp_path_factory.mktemp("kills"))


def _run(campaign: kills.Campaign, plan: dict[str, int], seed: int) -> list[kills.Outcome]:
    outcomes = kills.run_kills(campaign, plan, seed)
    print(f"\nkill campaign (base seed {seed}):\n" + kills.summary(outcomes))
    broken = [o.describe() for o in outcomes if o.problems]
    assert broken == [], "\n".join(broken)
    return outcomes


def test_short_kill_campaign_leaves_database_and_files_sound(campaign):
    outcomes = _run(campaign, SHORT, BASE_SEED)
    # the delays fall within the measured runs: every operation was killed, mostly at the first try
    killed = [o.operation for o in outcomes if o.killed]
    assert set(killed) == set(SHORT), kills.summary(outcomes)
    assert len(killed) > len(outcomes) // 2, kills.summary(outcomes)


@pytest.mark.slow
def test_200_kills_leave_database_and_files_sound(campaign):
    outcomes = _run(campaign, CAMPAIGN, BASE_SEED + 1)
    killed = [o for o in outcomes if o.killed]
    assert len(killed) >= 200, kills.summary(outcomes)
    # both sides of the commit were hit, so both halves of all-or-nothing were checked
    assert any(o.result == "absent" for o in killed) and any(o.result == "present" for o in killed)


# --- the harness itself finds what a kill could break (else a green campaign would prove nothing) ---
def _copy(campaign: kills.Campaign, base: str, tmp_path) -> tuple[Path, kills.DbState]:
    work = tmp_path / "w"
    kills.copy_base(campaign.bases[base], work)
    (work / "out").mkdir()
    return work, kills.db_state(work / kills.DB_NAME)


def _edit(work, sql: str, *params) -> None:
    con = sqlite3.connect(work / kills.DB_NAME)
    with con:
        con.execute(sql, params)
    con.close()


def test_the_checks_pass_an_untouched_copy(campaign, tmp_path):
    work, before = _copy(campaign, "matched", tmp_path)
    op = kills.OPERATIONS["docs"]
    assert kills.check_after_kill(work, op, campaign.references["docs"], before) == ("absent", [])


def test_a_change_without_audit_entry_is_found(campaign, tmp_path):
    work, before = _copy(campaign, "matched", tmp_path)
    _edit(work, "UPDATE enterprise SET name = name || 'X' WHERE id = 1")
    result, problems = kills.check_after_kill(work, kills.OPERATIONS["import"], campaign.references["import"],
                                              before)
    assert result == "present"
    assert any("changed without an audit entry" in p and "enterprise" in p for p in problems), problems
    assert any("holds no version of the imported register" in p for p in problems), problems


def test_a_half_draw_is_found(campaign, tmp_path):
    work, before = _copy(campaign, "committed", tmp_path)
    # the draw marked drawn, with a record, but no inspections and no audit entry
    record = {"draw_no": 1, "inspections": []}
    _edit(work, "UPDATE draw SET status = 'drawn', record = ?, record_sha256 = ? WHERE draw_no = 1",
          json.dumps(record), "0" * 64)
    result, problems = kills.check_after_kill(work, kills.OPERATIONS["draw"], campaign.references["draw"], before)
    assert result == "present"
    assert any("does not match its SHA-256" in p for p in problems), problems
    assert any("0 inspections" in p for p in problems), problems
    assert "no draw.run audit entry" in problems


def test_truncated_outputs_are_found(campaign, tmp_path):
    work, before = _copy(campaign, "matched", tmp_path)
    out = work / "out"
    (out / "draw-record.json").write_text('{"spec": "SPOTCHECK-DRAW-1", "tas', encoding="utf-8")
    (out / "notice.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<< >>\nendobj\n")
    (out / "import-errors.xlsx").write_bytes(b"PK\x03\x04" + b"\0" * 40)
    (out / ".tmp-notice-x.pdf").write_bytes(b"%PDF-1.4 half")    # a temporary: not under a final name
    problems = kills.check_after_kill(work, kills.OPERATIONS["draw"], campaign.references["draw"], before)[1]
    assert len(problems) == 3, problems
    assert any("draw-record.json: truncated or invalid JSON" in p for p in problems)
    assert any("notice.pdf: PDF without its %%EOF end" in p for p in problems)
    assert any("import-errors.xlsx: xlsx does not open" in p for p in problems)


def test_a_record_file_that_differs_from_the_database_is_found(campaign, tmp_path):
    work, before = _copy(campaign, "matched", tmp_path)
    (work / "out" / "draw-record.json").write_text('{"spec": "SPOTCHECK-DRAW-1"}', encoding="utf-8")
    problems = kills.check_after_kill(work, kills.OPERATIONS["draw"], campaign.references["draw"], before)[1]
    assert len(problems) == 1 and problems[0].startswith("draw-record.json has SHA-256"), problems


def test_a_notice_whose_number_the_database_lost_is_found(campaign, tmp_path):
    work, before = _copy(campaign, "matched", tmp_path)
    notice = work / "out" / "检查通知书_91370202MA0000001X_青岛某公司.pdf"
    notice.write_bytes(b"%PDF-1.4\n%%EOF\n")
    problems = kills.check_after_kill(work, kills.OPERATIONS["docs"], campaign.references["docs"], before)[1]
    assert problems == [f"{notice.name} is under its final name but the database kept no number for "
                        "91370202MA0000001X"]


def test_a_backup_that_is_not_the_database_is_found(campaign, tmp_path):
    work, before = _copy(campaign, "full", tmp_path)
    kills.copy_base(campaign.bases["committed"], tmp_path / "older")
    older = sqlite3.connect(tmp_path / "older" / kills.DB_NAME)
    target = sqlite3.connect(work / "out" / "backup.sqlite3")
    older.backup(target)      # a sound database, but an earlier state than the one backed up
    target.close()
    older.close()
    problems = kills.check_after_kill(work, kills.OPERATIONS["backup"], campaign.references["backup"], before)[1]
    assert len(problems) == 1 and "the backup differs from the database it copied" in problems[0], problems


def test_a_results_import_missing_a_revision_is_found(campaign, tmp_path):
    work, before = _copy(campaign, "returned", tmp_path)
    kills.spotcheck(work, "import", "results", *kills.returned_files(campaign.root))
    _edit(work, "DELETE FROM result_revision WHERE id = (SELECT MAX(id) FROM result_revision)")
    result, problems = kills.check_after_kill(work, kills.OPERATIONS["results"], campaign.references["results"],
                                              before)
    assert result == "present"
    assert any("result revisions in" in p and "a complete run writes" in p for p in problems), problems
    assert any("db check" in p for p in problems), problems
