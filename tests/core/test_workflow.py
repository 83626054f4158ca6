"""app.workflow: which steps the clerk may open for a plan, from the data alone."""
from __future__ import annotations

import pytest

from app import workflow
from app.draw.models import Draw, Plan
from app.errors import ValidationError
from app.match.models import Match
from app.registers.models import Register, RegisterVersion
from app.settings import store as settings_store
from app.settings.service import update_settings

NOW = "2020-10-23T09:00:00+08:00"


def _enterprise_version(kind="enterprise", name="工业产品生产许可证获证企业"):
    register = Register.create(name=name, kind=kind, created_at=NOW)
    return RegisterVersion.create(register=register, version=1, source_name="x.xlsx", source_sha256="0" * 64,
                                  digest="1" * 64, created_at=NOW, created_by="test")


def _plan(title="2020年度工业产品生产许可证抽查"):
    return Plan.create(title=title, number="局函〔2020〕277号", start="2020-10-20", due="2020-11-30",
                       end="2020-11-30", created_at=NOW)


def _draw(plan, status, draw_no=1):
    return Draw.create(draw_no=draw_no, plan=plan, status=status, log_head="0" * 64, commitment="c" * 64,
                       commit_data={}, committed_at=NOW)


def _by_key(states):
    return {s.key: s for s in states}


def test_empty_database_only_registers_is_open(db):
    states = _by_key(workflow.step_states(None))
    assert [s.key for s in workflow.step_states(None)] == list(workflow.STEP_KEYS)
    assert states["registers"].enabled and states["registers"].status == workflow.READY
    for key in ("plan", "draw", "match", "documents", "packages"):
        assert not states[key].enabled and states[key].status == workflow.BLOCKED
    assert not states["publication"].enabled and states["publication"].status == workflow.BLOCKED
    assert workflow.LATER_STEPS == ()
    assert workflow.list_plan_choices() == [] and workflow.default_plan_id() is None
    assert not workflow.has_registers()


def test_only_an_enterprise_register_opens_the_plan_step(db):
    _enterprise_version(kind="inspector", name="执法检查人员名录库")
    assert not _by_key(workflow.step_states(None))["plan"].enabled
    assert workflow.has_registers()
    _enterprise_version()
    states = _by_key(workflow.step_states(None))
    assert states["registers"].status == workflow.DONE
    assert states["plan"].enabled and states["plan"].status == workflow.READY
    assert not states["draw"].enabled


def test_plan_then_committed_then_drawn_then_matched(db):
    _enterprise_version()
    plan = _plan()
    states = _by_key(workflow.step_states(plan.id))
    assert states["plan"].status == workflow.DONE
    assert states["draw"].enabled and states["draw"].status == workflow.READY
    assert not states["match"].enabled and not states["documents"].enabled

    draw = _draw(plan, "committed")
    assert _by_key(workflow.step_states(plan.id))["draw"].status == workflow.ACTIVE

    Draw.update(status="drawn").where(Draw.id == draw.id).execute()
    states = _by_key(workflow.step_states(plan.id))
    assert states["draw"].status == workflow.DONE
    assert states["match"].enabled and states["documents"].enabled
    assert states["match"].status == workflow.READY

    Match.create(draw=draw, status="matched", team_size=2, match_date="2020-10-26", draw_record_sha256="d" * 64,
                 roster_text="", roster_digest="e" * 64, avoid_text="", avoid_digest="f" * 64, log_head="0" * 64,
                 commitment="m" * 64, committed_at=NOW)
    assert _by_key(workflow.step_states(plan.id))["match"].status == workflow.DONE
    assert _by_key(workflow.step_states(plan.id))["packages"].status == workflow.READY


def test_a_void_draw_does_not_open_matching_and_plans_are_per_plan(db):
    _enterprise_version()
    first, second = _plan("甲计划"), _plan("乙计划")
    _draw(first, "void", draw_no=1)
    assert not _by_key(workflow.step_states(first.id))["match"].enabled
    _draw(first, "drawn", draw_no=2)
    assert _by_key(workflow.step_states(first.id))["match"].enabled
    assert not _by_key(workflow.step_states(second.id))["match"].enabled
    assert [c.title for c in workflow.list_plan_choices()] == ["乙计划", "甲计划"]
    assert workflow.default_plan_id() == second.id


def test_packages_step_follows_the_results(matched):
    """下发与回收: ready once matched, in progress with any result, done when every active inspection's result
    is reviewed (a returned one reopens it)."""
    from app.draw.models import Inspection
    from app.results import service as results_service
    from app.results.content import normalized
    from app.results.queries import ENTERED
    from tests.support.results import complete_result

    def packages():
        return _by_key(workflow.step_states(matched.plan_id))["packages"]

    state = packages()
    items = {i.key: i.items for i in Inspection.select().where((Inspection.draw == matched)
                                                               & (Inspection.active == True))}  # noqa: E712
    keys = sorted(items)
    assert state.enabled and state.status == workflow.READY
    assert state.counts == {"inspections": len(keys), "with_results": 0, "reviewed": 0}

    results_service.enter_result(matched.draw_no, keys[0], complete_result(matched, keys[0]))
    assert packages().status == workflow.ACTIVE and packages().counts["with_results"] == 1

    new = [results_service.NewRevision(k, ENTERED, normalized(complete_result(matched, k), items[k]))
           for k in keys[1:]]
    results_service.commit_revisions(matched, "enter", new)
    results_service.review_results(matched.draw_no, keys[:-1], "王审核")
    assert packages().status == workflow.ACTIVE and packages().counts["reviewed"] == len(keys) - 1
    results_service.review_results(matched.draw_no, keys[-1:], "王审核")
    assert packages().status == workflow.DONE
    results_service.return_result(matched.draw_no, keys[0], "王审核", "签名缺失")
    assert packages().status == workflow.ACTIVE


def _export(plan_id, seq, revisions):
    """A publication export carrying `revisions` (what app.publish records; written directly here)."""
    from app.publish.models import PublicationExport
    rows = [[r.draw.draw_no, r.key, item["item"], r.digest] for r in revisions for item in r.content["items"]]
    return PublicationExport.create(plan=plan_id, seq=seq, rows=rows, count=len(rows), file_name="公示.xlsx",
                                    file_sha256="a" * 64, digest="b" * 64, published_on="2020-11-20",
                                    at=NOW, actor="张三")


def test_publication_step_follows_reviews_and_exports(matched):
    """结果公示: blocked until a result is reviewed, ready then, in progress after a first export, done when
    every reviewed result was exported as it now reads (a result corrected and reviewed again reopens it; one
    reviewed again with the same published values does not)."""
    from app.results import service as results_service
    from app.results.queries import current_results
    from tests.support.results import complete_result, first_keys

    def publication():
        return _by_key(workflow.step_states(matched.plan_id))["publication"]

    keys = first_keys(matched, 3)
    assert publication().status == workflow.BLOCKED and not publication().enabled
    for key in keys:
        results_service.enter_result(matched.draw_no, key, complete_result(matched, key))
    assert publication().status == workflow.BLOCKED      # entered, none reviewed
    results_service.review_results(matched.draw_no, keys[:2], "王审核")
    state = publication()
    assert state.enabled and state.status == workflow.READY
    assert state.counts == {"exports": 0, "reviewed": 2, "unexported": 2}

    current = current_results(matched)
    _export(matched.plan_id, 1, [current[keys[0]]])
    state = publication()
    assert state.status == workflow.ACTIVE and state.counts == {"exports": 1, "reviewed": 2, "unexported": 1}
    _export(matched.plan_id, 2, [current[keys[1]]])
    assert publication().status == workflow.DONE

    results_service.review_results(matched.draw_no, keys[2:], "王审核")     # a newly reviewed result
    assert publication().status == workflow.ACTIVE and publication().counts["unexported"] == 1
    _export(matched.plan_id, 3, [current_results(matched)[keys[2]]])
    assert publication().status == workflow.DONE
    results_service.return_result(matched.draw_no, keys[0], "王审核", "签名缺失")   # no longer reviewed
    assert publication().status == workflow.DONE
    results_service.enter_result(matched.draw_no, keys[0], complete_result(matched, keys[0], problem=""))
    results_service.review_results(matched.draw_no, keys[:1], "王审核")     # reviewed again: a new revision
    # … that publishes what was exported (same result, date and unit): nothing to publish again
    assert publication().status == workflow.DONE and publication().counts["unexported"] == 0
    results_service.return_result(matched.draw_no, keys[0], "王审核", "结果有误")
    results_service.enter_result(matched.draw_no, keys[0], complete_result(
        matched, keys[0], result="发现问题已责令改正", problem="产品标签不全"))
    results_service.review_results(matched.draw_no, keys[:1], "王审核")     # a corrected result: publish again
    assert publication().status == workflow.ACTIVE and publication().counts["unexported"] == 1


def test_city_copy_shows_every_step_but_receiving(db):
    states = workflow.step_states(None)
    assert [s.key for s in states if s.hidden] == list(workflow.DISTRICT_ONLY_STEPS) == ["receive"]
    assert workflow.visible_keys(states) == ["registers", "plan", "draw", "match", "documents", "packages",
                                             "publication"] == workflow.role_step_keys()


def test_district_copy_hides_plan_and_draw(matched):
    update_settings({"role": "市南区"})
    states = workflow.step_states(matched.plan_id)
    assert [s.key for s in states] == list(workflow.STEP_KEYS)
    by_key = _by_key(states)
    for key in workflow.CITY_ONLY_STEPS:
        assert by_key[key].hidden and not by_key[key].enabled
    assert workflow.visible_keys(states) == ["registers", "receive", "match", "documents", "packages",
                                             "publication"]
    # A plan of this database's own is not a received one: nothing received yet.
    assert by_key["receive"].enabled and by_key["receive"].status == workflow.READY
    assert workflow.role_step_keys() == workflow.visible_keys(states)
    # What the district does still follows the data as in the city copy.
    assert by_key["match"].enabled and by_key["match"].status == workflow.DONE
    update_settings({"role": "city"})
    assert [s.key for s in workflow.step_states(matched.plan_id) if s.hidden] == ["receive"]


def test_role_setting_is_validated(db):
    assert settings_store.role() == "city" and not settings_store.is_district_copy()
    update_settings({"role": "崂山区"})
    assert settings_store.role() == "崂山区" and settings_store.is_district_copy()
    with pytest.raises(ValidationError, match="本程序服务于"):
        update_settings({"role": "青岛市"})
    with pytest.raises(ValidationError, match="崂山区"):
        update_settings({"districts": [d for d in settings_store.districts() if d["name"] != "崂山区"]})
    # Both in one change: the role is checked against the new districts.
    update_settings({"role": "city", "districts": [d for d in settings_store.districts() if d["name"] != "崂山区"]})
    assert settings_store.role() == "city" and "崂山区" not in settings_store.district_names()


def test_a_district_copys_registers_step_is_done_with_its_inspector_register(db):
    update_settings({"role": "市南区"})
    _enterprise_version()          # an enterprise register alone is not what a district copy needs
    assert _state(workflow.step_states(None), "registers").status == workflow.READY
    _enterprise_version("inspector", "执法检查人员名录库")
    assert _state(workflow.step_states(None), "registers").status == workflow.DONE
    update_settings({"role": "city"})
    assert _state(workflow.step_states(None), "registers").status == workflow.DONE


def _state(states, key):
    return next(s for s in states if s.key == key)
