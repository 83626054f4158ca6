"""What a district copy shows of its two-level campaign (app.share.queries) and its workflow step
"receive": nothing received, then the received draw (current plan, match enabled), its results counted
by status, and the returns written read back from their audit entries."""
from __future__ import annotations

import pytest

from app import workflow
from app.db import close_database, open_database
from app.draw.models import Draw
from app.errors import NotFoundError
from app.match import service as match_service
from app.results import service as results_service
from app.results.queries import ENTERED, OPEN, RETURNED, REVIEWED
from app.settings.service import update_settings
from app.share import queries
from app.share.importer import import_share
from app.share.returns_writer import write_return
from app.share.writer import write_share
from tests.support.draws import DEMO_WITNESSES, draw_demo, import_district_registers, match_demo
from tests.support.results import complete_result, first_keys

DISTRICT = "市南区"


@pytest.fixture(scope="module")
def share_file(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("city")
    open_database(tmp / "city.sqlite3")
    try:
        city_no = match_demo(draw_demo()).draw_no
        return write_share(city_no, DISTRICT, tmp / "share.zip").path
    finally:
        close_database()


def _steps(plan_id):
    return {s.key: s for s in workflow.step_states(plan_id)}


def test_received_draw_its_status_and_returns(db, share_file, tmp_path):
    update_settings({"role": DISTRICT})
    assert queries.received_draws() == [] and queries.received_of_plan(None) is None
    steps = _steps(workflow.default_plan_id())
    assert steps["receive"].enabled and steps["receive"].status == workflow.READY and not steps["receive"].hidden
    assert not steps["match"].enabled

    got = import_share(share_file, district=DISTRICT)
    assert workflow.default_plan_id() == got.plan_id            # the newest plan: the received one
    steps = _steps(got.plan_id)
    assert steps["receive"].status == workflow.DONE and steps["receive"].counts == {"received": True}
    assert steps["match"].enabled and steps["match"].status == workflow.READY
    [row] = queries.received_draws()
    assert row == queries.received_of_plan(got.plan_id)
    assert (row.draw_no, row.city_draw_no, row.district, row.inspections) == \
        (got.draw_no, got.city_draw_no, DISTRICT, got.inspections)
    assert row.draw_record_sha256 == got.draw_record_sha256 and row.file_name == share_file.name
    assert row.imported_at and row.database_id == got.database_id
    assert queries.return_file_name(DISTRICT, row.city_draw_no) == f"市南区-交回-第{row.city_draw_no}号抽取.zip"

    status = queries.return_status(got.draw_no)
    assert not status.matched and status.counts == {OPEN: got.inspections, ENTERED: 0, REVIEWED: 0, RETURNED: 0}
    import_district_registers()
    draw = Draw.get(Draw.draw_no == got.draw_no)
    match_service.commit_match(got.draw_no, match_date=draw.plan.start)
    match_service.run_match(got.draw_no, DEMO_WITNESSES)
    keys = first_keys(draw, 3, DISTRICT)
    for key in keys:
        results_service.enter_result(got.draw_no, key, complete_result(draw, key))
    results_service.review_results(got.draw_no, keys[:1], "区局审核员")
    results_service.return_result(got.draw_no, keys[1], "区局审核员", "签名缺失")
    status = queries.return_status(got.draw_no)
    assert status.matched and status.inspections == got.inspections
    assert status.counts == {OPEN: got.inspections - 3, ENTERED: 1, REVIEWED: 1, RETURNED: 1}

    assert queries.returns_written(got.draw_no) == []
    outcome = write_return(got.draw_no, tmp_path / "back.zip")
    [written] = queries.returns_written(got.draw_no)
    assert written.file_sha256 == outcome.file_sha256 and written.results == 3 and written.at
    assert queries.returns_written(got.draw_no + 99) == []
    with pytest.raises(NotFoundError):
        queries.return_status(got.draw_no + 99)
    update_settings({"role": "city"})
    assert _steps(got.plan_id)["receive"].hidden
