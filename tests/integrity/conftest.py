"""Fixtures shared by the integrity tests."""
from __future__ import annotations

import pytest

from app.db import close_database, open_database
from tests.support.draws import draw_demo, match_demo


@pytest.fixture
def matched_file(db_path):
    """The demo drawn and matched, the database closed: its path (the tests edit the file, then check it)."""
    open_database(db_path)
    match_demo(draw_demo())
    close_database()
    return db_path
