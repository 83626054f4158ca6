"""Start-up: one instance per database, clear refusal of unusable databases, screenshots, app/ without Qt."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def quiet_start(monkeypatch, tmp_path):
    """main() in-process: logs to tmp, excepthook and root handlers restored afterwards."""
    import logging

    import ui.startup
    monkeypatch.setattr(ui.startup, "user_log_dir", lambda: tmp_path / "logs")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    handlers = list(logging.getLogger().handlers)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda p, t, text, *a: shown.append(text)))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda p, t, text, *a: shown.append(text)))
    yield shown
    for handler in logging.getLogger().handlers:
        if handler not in handlers:
            logging.getLogger().removeHandler(handler)
            handler.close()


def test_second_lock_on_the_same_database_is_refused(qapp, tmp_path):
    from ui.startup import acquire_instance_lock
    db = tmp_path / "a.sqlite3"
    first = acquire_instance_lock(db)
    assert first is not None and first.isLocked()
    assert acquire_instance_lock(db) is None
    assert acquire_instance_lock(tmp_path / "other.sqlite3") is not None   # another database is fine
    first.unlock()
    again = acquire_instance_lock(db)
    assert again is not None
    again.unlock()


def test_second_start_says_so_and_exits_cleanly(qapp, tmp_path, quiet_start):
    from ui.app import main
    from ui.startup import acquire_instance_lock
    db = tmp_path / "a.sqlite3"
    lock = acquire_instance_lock(db)
    try:
        assert main(["--db", str(db), "--lang", "en"]) == 0
    finally:
        lock.unlock()
    assert len(quiet_start) == 1 and str(db.resolve()) in quiet_start[0]
    assert not db.exists()          # the second instance did not even open the database


def test_a_lock_left_by_a_dead_process_is_taken_over(qapp, tmp_path):
    from ui.startup import acquire_instance_lock
    db = tmp_path / "a.sqlite3"
    code = ("import sys, os; from PySide6.QtCore import QLockFile; l = QLockFile(sys.argv[1]); "
            "l.setStaleLockTime(0); assert l.tryLock(100); os._exit(0)")
    subprocess.run([sys.executable, "-c", code, str(db) + ".lock"], check=True)
    assert (tmp_path / "a.sqlite3.lock").exists()
    lock = acquire_instance_lock(db)
    assert lock is not None
    lock.unlock()


def test_database_newer_than_the_program_is_refused_with_its_message(qapp, tmp_path, quiet_start):
    import sqlite3

    from ui.app import main
    db = tmp_path / "new.sqlite3"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description TEXT, applied_at TEXT)")
    con.execute("INSERT INTO schema_version VALUES (999, 'future', '2030-01-01')")
    con.commit()
    con.close()
    assert main(["--db", str(db), "--lang", "en"]) == 1
    assert "更新版本的程序" in quiet_start[-1]


def test_screenshot_mode_writes_pngs(qapp, tmp_path, quiet_start):
    from ui.app import main
    out = tmp_path / "shots"
    assert main(["--db", str(tmp_path / "s.sqlite3"), "--lang", "en", "--screenshot", str(out)]) == 0
    names = {p.name for p in out.glob("*.png")}
    assert {"main-window.png", "settings-1.png", "settings-5.png", "audit-log.png"} <= names
    assert all(p.stat().st_size > 1000 for p in out.glob("*.png"))


def test_log_file_and_unexpected_error_dialog(qapp, tmp_path, monkeypatch, quiet_start):
    import logging

    import ui.startup
    path = ui.startup.setup_logging(tmp_path / "logs")
    ui.startup.install_excepthook()
    shown = []
    monkeypatch.setattr(ui.startup, "show_unexpected_error", lambda exc, parent=None: shown.append(exc))
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert len(shown) == 1 and str(shown[0]) == "boom"
    assert "RuntimeError: boom" in path.read_text(encoding="utf-8")


def test_bundled_fonts_are_application_fallbacks(qapp):
    from app.paths import resource_path
    from ui.startup import load_bundled_fonts
    fonts = [p for p in resource_path("fonts").glob("*") if p.suffix.lower() in (".ttf", ".ttc", ".otf")]
    assert fonts, "resources/fonts is tracked in git: the fonts are always bundled"
    families = load_bundled_fonts(qapp)
    assert families
    assert any(f in qapp.font().families() for f in families)


def test_app_package_never_imports_qt():
    code = """
import importlib, pkgutil, sys
import app
failed = []
for info in pkgutil.walk_packages(app.__path__, "app."):
    if info.name in ("app.__main__",):
        continue
    try:
        importlib.import_module(info.name)
    except Exception as exc:
        failed.append(f"{info.name}: {exc!r}")
qt = sorted(m for m in sys.modules if m.split('.')[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"))
print("QT", qt)
print("FAILED", failed)
sys.exit(1 if qt or failed else 0)
"""
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_many_qt_calls_do_not_exhaust_none_or_true():
    """PySide6 6.12.0 on Python 3.11 drops a reference to None/True per call and aborts the
    program (none_dealloc); pyproject pins below 6.12. This fails if the pin is ever lifted."""
    code = """
import ui
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
class Source(QObject):
    fired = Signal(object)
source = Source()
source.fired.connect(lambda value: None)
for _ in range(30000):
    label.setEnabled(True)
    source.fired.emit(None)
print("alive")
"""
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0 and "alive" in result.stdout, result.stderr[-2000:]
