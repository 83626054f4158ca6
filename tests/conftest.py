"""Fixtures shared by all tests: a fresh database per test, the shared samples."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def pytest_addoption(parser):
    parser.addoption("--run-slow", action="store_true",
                     help="also run the tests marked slow (CI skips them; each has a short variant that runs)")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--run-slow"):
        return
    skip_slow = pytest.mark.skip(reason="marked slow: run with --run-slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip_slow)


@pytest.fixture
def db_path(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "spotcheck.sqlite3"
    monkeypatch.setenv("SPOTCHECK_DB", str(path))
    return path


@pytest.fixture
def db(db_path):
    """A freshly created, migrated database bound to the models; closed afterwards.

    It holds the demo's fictional 机关信息 (app.demo.DEMO_OFFICE), stored as an earlier session
    would have, so documents print; a new database has none (tests/core/test_docs_official.py)."""
    from app.db import close_database, open_database
    from app.demo import DEMO_OFFICE
    from app.settings.models import Setting
    handle = open_database(db_path)
    for key, value in DEMO_OFFICE.items():
        Setting.insert(key=key, value=value).on_conflict_replace().execute()
    yield handle
    close_database()


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent (samples and spec vectors are only on CI and dev machines)")
    return SHARED


@pytest.fixture
def samples_dir(shared_dir) -> Path:
    path = shared_dir / "samples"
    if not path.is_dir():
        pytest.skip("../shared/samples is absent")
    return path


@pytest.fixture
def spec_vectors_dir(shared_dir) -> Path:
    path = shared_dir / "spec-vectors"
    if not path.is_dir():
        pytest.skip("../shared/spec-vectors is absent")
    return path


@pytest.fixture
def gc_state_at(monkeypatch):
    """spy(module, "name") -> list: gc.isenabled() at each later call of module.name (which still runs)."""
    import gc

    def spy(module, name: str) -> list[bool]:
        seen: list[bool] = []
        real = getattr(module, name)

        def spying(*args, **kwargs):
            seen.append(gc.isenabled())
            return real(*args, **kwargs)

        monkeypatch.setattr(module, name, spying)
        return seen
    return spy
