#!/usr/bin/env python3
"""One entry point for a fresh machine (Linux or Windows, Python 3.11+).

    python3 dev.py start     set up .venv, install, build translations, start the GUI
                             (with the bundled demo data when the database is empty)
    python3 dev.py start --empty
                             the same, starting with an empty database
    python3 dev.py test      set up the same way, run the whole test suite and the
                             installer build with its self-test
    python3 dev.py lint      ruff (style, import order) and mypy (types of app/)
    python3 dev.py bundle    build the PyInstaller bundle into dist/ (and run its self-test)

Only the standard library is used here: this runs before anything is installed.
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")


def run(cmd: list, **kw) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    code = subprocess.run([str(c) for c in cmd], cwd=ROOT, **kw).returncode
    if code:
        sys.exit(f"失败 / failed (exit {code}): {' '.join(str(c) for c in cmd)}")


def ensure_env(extras: str = "test") -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py runs on whatever python3 the machine has
        sys.exit("需要 Python 3.11 或更新版本 / Python 3.11+ is required")
    if not PY.exists():
        print(f"creating virtual environment in {VENV}")
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = VENV / ".installed"
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    if not stamp.exists() or stamp.read_text() != wanted:
        run([PY, "-m", "pip", "install", "--disable-pip-version-check", "-q", "--upgrade", "pip"])
        run([PY, "-m", "pip", "install", "--disable-pip-version-check", "-q", "-e", f".[{extras}]"])
        stamp.write_text(wanted)
    run([PY, "-m", "ui.i18n", "build"])


def start(extra_args: list[str]) -> None:
    ensure_env("test")
    # The README's first command: the demo data when the database is empty, unless --empty (passed
    # through: start empty, without asking). The installed program, started without either, asks
    # (载入演示数据 / 从空白开始). --db PATH uses another database.
    run([PY, "-m", "ui", *start_args(extra_args)])


def start_args(extra_args: list[str]) -> list[str]:
    """The GUI's arguments for `dev.py start`: the demo data into an empty database unless --empty."""
    return ([] if "--empty" in extra_args else ["--demo-if-empty"]) + list(extra_args)


def lint(extra_args: list[str]) -> None:
    """Both tools, configured in pyproject.toml; any finding fails (and so fails CI)."""
    ensure_env("test,build,lint")
    lint_checks()


def lint_checks() -> None:
    run([PY, "-m", "ruff", "check", "."])
    run([PY, "-m", "mypy"])


def test(extra_args: list[str]) -> None:
    ensure_env("test,build,lint")
    lint_checks()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    skip_bundle = "--no-bundle" in extra_args
    extra_args = [a for a in extra_args if a != "--no-bundle"]
    # The whole suite, the slow tests too (the 200-kill campaign, the 100,000-row GUI import): `pytest`
    # alone skips those while developing.
    run([PY, "-m", "pytest", "-q", "--run-slow", *extra_args], env=env)
    # The one benchmark table at small sizes: a smoke check that every benchmark still runs.
    # It prints figures and never fails (targets are read, not enforced: the machine is shared).
    run([PY, "bench/run", "--quick"], env=env)
    if not skip_bundle:
        # The installer is part of the product: CI builds it and runs its self-test.
        bundle(["--self-test"])


def bundle(extra_args: list[str]) -> None:
    ensure_env("test,build,lint")
    run([PY, "scripts/build_bundle.py", *extra_args])


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "start"
    rest = sys.argv[2:]
    {"start": start, "test": test, "lint": lint, "bundle": bundle}.get(command, lambda _: sys.exit(__doc__))(rest)
