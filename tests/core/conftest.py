"""Fixtures of the core tests (no Qt): the demo plan drawn, and drawn then matched, through the services."""
from __future__ import annotations

import pytest

from tests.support.documents import trust_synthetic_draws
from tests.support.draws import draw_demo, match_demo


@pytest.fixture
def drawn(db):
    """The demo plan committed and drawn (test_draw_queries and test_draw_verify keep their own `drawn`)."""
    return draw_demo()


@pytest.fixture
def matched(drawn):
    """`drawn`, then its match committed (at the plan's start) and run."""
    return match_demo(drawn)


# Modules whose documents print a draw built straight from the models (tests.support.documents): see
# trust_synthetic_draws there.
SYNTHETIC_DRAW_MODULES = {"test_docs_form", "test_docs_generate", "test_docs_support", "test_docs_templates",
                          "test_docs_official", "test_docs_clerk_terms"}


@pytest.fixture(autouse=True)
def _synthetic_draws_skip_the_tamper_check(request, monkeypatch):
    if request.module.__name__.rsplit(".", 1)[-1] in SYNTHETIC_DRAW_MODULES:
        trust_synthetic_draws(monkeypatch)
