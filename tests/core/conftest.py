"""Fixtures of the core tests (no Qt): the demo plan drawn, and drawn then matched, through the services."""
from __future__ import annotations

import pytest

from tests.support.documents import trust_synthetic_draws
from tests.support.draws import DEMO_WITNESSES


@pytest.fixture
def drawn(db):
    """The demo plan committed and drawn (test_draw_queries and test_draw_verify keep their own `drawn`)."""
    from app.demo import load_demo
    from app.draw import plans
    from app.draw import service as draw_service
    load_demo()
    [plan] = plans.list_plans()
    return draw_service.run_draw(draw_service.commit_draw(plan.id).draw_no, DEMO_WITNESSES)


@pytest.fixture
def matched(drawn):
    """`drawn`, then its match committed (at the plan's start) and run."""
    from app.match import service as match_service
    match_service.commit_match(drawn.draw_no, match_date=drawn.plan.start)
    match_service.run_match(drawn.draw_no, DEMO_WITNESSES)
    return drawn


# Modules whose documents print a draw built straight from the models (tests.support.documents): see
# trust_synthetic_draws there.
SYNTHETIC_DRAW_MODULES = {"test_docs_generate", "test_docs_support", "test_docs_templates"}


@pytest.fixture(autouse=True)
def _synthetic_draws_skip_the_tamper_check(request, monkeypatch):
    if request.module.__name__.rsplit(".", 1)[-1] in SYNTHETIC_DRAW_MODULES:
        trust_synthetic_draws(monkeypatch)
