"""Two writers at once: `docs notice` in a child process and an import or a setting in this one.

Documents hold the write lock only for two short transactions (reserve numbers, record the batch), so
a concurrent import waits at most milliseconds and both succeed. When another program keeps the lock
past the busy timeout, the loser says so in Chinese (DatabaseBusyError, CLI exit 75), never a traceback.
"""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import peewee
import pytest

from app import audit
from app.cli.main import EXIT_BUSY
from app.docs.models import DocumentNumber
from app.errors import BUSY_MESSAGE, DatabaseBusyError, as_busy_error
from app.registers import service as registers
from app.registers.models import RegisterVersion
from app.settings.store import get_setting
from tests.support.documents import TRUST_SYNTHETIC_DRAWS, make_sample_draw, trust_synthetic_draws
from tests.support.registers import register_file, row

ROOT = Path(__file__).resolve().parents[2]

# The CLI in a child process; argv[1] is the busy timeout in ms (the program's own is 10 s), the rest
# the command line.
CHILD = TRUST_SYNTHETIC_DRAWS + """
import sys
from app.db import connection
pragmas = connection._pragmas
connection._pragmas = lambda: {**pragmas(), "busy_timeout": int(sys.argv[1])}
from app.cli.main import main
raise SystemExit(main(sys.argv[2:]))
"""


def _spawn(db_path: Path, busy_ms: int, *command: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-c", CHILD, str(busy_ms), "--db", str(db_path), *command],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for(condition, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def _rendering(out: Path) -> bool:
    return out.is_dir() and any(p.name.startswith(".tmp-") for p in out.iterdir())


def test_import_while_another_process_generates_50_notices_both_succeed(db, db_path, tmp_path):
    make_sample_draw(per_district=17)     # 51 notices
    out = tmp_path / "notices"
    child = _spawn(db_path, 10000, "docs", "notice", "--draw", "1", "--out", str(out))
    try:
        _wait_for(lambda: _rendering(out) or child.poll() is not None)
        assert child.poll() is None, "the child was still rendering when the import started"
        started = time.perf_counter()
        version, _ = registers.import_file(register_file(tmp_path, "v1.xlsx", [row(1), row(2), row(3)]),
                                           "enterprise", "工业")
        waited = time.perf_counter() - started
        finals_meanwhile = [p for p in out.glob("*.pdf") if not p.name.startswith(".tmp-")]
        stdout, stderr = child.communicate(timeout=300)
    finally:
        child.kill()
    assert child.returncode == 0, stderr
    assert "Traceback" not in stderr
    assert finals_meanwhile == [], "the import committed while the notices were still being rendered"
    assert waited < 5, f"the import waited {waited:.1f} s for the document writer"
    assert RegisterVersion.get_by_id(version.id).version == 1
    assert DocumentNumber.select().count() == 51
    assert len(list(out.glob("检查通知书_*.pdf"))) == 52
    actions = [e.action for e in audit.entries()]
    assert actions.count("registers.import") == 1 and actions.count("docs.generate") == 1
    assert audit.verify().ok


def test_a_setting_saved_from_another_process_while_notices_render_both_succeed(db, db_path, tmp_path):
    """Two programs: the CLI renders notices while a second CLI saves a setting (another window)."""
    make_sample_draw(per_district=17)
    out = tmp_path / "notices"
    child = _spawn(db_path, 10000, "docs", "notice", "--draw", "1", "--out", str(out))
    try:
        _wait_for(lambda: _rendering(out) or child.poll() is not None)
        setting = subprocess.run([sys.executable, "-c", CHILD, "10000", "--db", str(db_path),
                                  "settings", "set", "clerk_name", "王五"], cwd=ROOT, capture_output=True,
                                 text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=120)
        finals_meanwhile = [p for p in out.glob("*.pdf") if not p.name.startswith(".tmp-")]
        stdout, stderr = child.communicate(timeout=300)
    finally:
        child.kill()
    assert setting.returncode == 0, setting.stderr
    assert finals_meanwhile == [], "the setting was saved while the notices were still being rendered"
    assert child.returncode == 0, stderr
    assert get_setting("clerk_name") == "王五"
    assert DocumentNumber.select().count() == 51


@pytest.mark.parametrize("command", [
    ("docs", "notice", "--draw", "1", "--out", "OUT"),
    ("settings", "set", "clerk_name", "王五"),
])
def test_a_writer_kept_out_past_the_busy_timeout_says_so_in_chinese(db, db_path, tmp_path, command):
    make_sample_draw()
    holder = sqlite3.connect(str(db_path), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")    # another program writing, for longer than the child will wait
    try:
        command = tuple(str(tmp_path / "out") if part == "OUT" else part for part in command)
        child = _spawn(db_path, 200, *command)
        stdout, stderr = child.communicate(timeout=120)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert child.returncode == EXIT_BUSY, stderr
    assert stderr.strip().endswith(BUSY_MESSAGE)
    assert "Traceback" not in stderr and "database is locked" not in stderr
    if command[0] == "docs":
        assert not list((tmp_path / "out").glob("*.pdf")), "nothing printed without its numbers"
        assert DocumentNumber.select().count() == 0


def test_busy_errors_are_recognised_from_sqlite_and_peewee_and_nothing_else(db_path):
    holder = sqlite3.connect(str(db_path), isolation_level=None)
    holder.execute("PRAGMA journal_mode=wal")
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN IMMEDIATE")
    other = peewee.SqliteDatabase(str(db_path), timeout=0.05)
    try:
        with pytest.raises(peewee.OperationalError) as raised:
            other.execute_sql("INSERT INTO t VALUES (1)")
        busy = as_busy_error(raised.value)
        assert isinstance(busy, DatabaseBusyError) and str(busy) == BUSY_MESSAGE
        assert busy.code == "database_busy"
    finally:
        other.close()
        holder.execute("ROLLBACK")
        holder.close()
    assert as_busy_error(sqlite3.OperationalError("no such table: t")) is None
    assert as_busy_error(ValueError("database is locked")) is None
    assert as_busy_error(None) is None
    typed = DatabaseBusyError()
    assert as_busy_error(typed) is typed
    try:
        try:
            raise sqlite3.OperationalError("database is locked")
        except sqlite3.OperationalError as inner:
            raise RuntimeError("wrapped") from inner
    except RuntimeError as outer:
        assert isinstance(as_busy_error(outer), DatabaseBusyError)


@pytest.fixture(autouse=True)
def _synthetic_draws(monkeypatch):
    """This module prints draws from tests.support.documents (placeholder digests)."""
    trust_synthetic_draws(monkeypatch)
