#!/usr/bin/env python3
"""Build the one-folder bundle dist/spotcheck/ with PyInstaller, and optionally run its self-test.

    python scripts/build_bundle.py               build, print build time and bundle size
    python scripts/build_bundle.py --self-test   ... then run the frozen programs in a clean
                                                 environment (no venv, no PYTHONPATH, a temporary
                                                 HOME) and fail if either fails
    python scripts/build_bundle.py --self-test-only   skip the build, test an existing dist/

Works on Linux and Windows (the programs are then spotcheck-gui.exe and spotcheck.exe).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
WORK = ROOT / "build"
BUNDLE = DIST / "spotcheck"
WINDOWS = os.name == "nt"
# A frozen self-test that hangs (e.g. a Qt plugin waiting for a display) must not eat CI's time.
SELF_TEST_TIMEOUT = 600


def exe(name: str) -> Path:
    return BUNDLE / (name + ".exe" if WINDOWS else name)


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def mib(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MiB"


# The Windows programs get the app's icon; Windows wants .ico, the repository has only the SVG.
ICON_SCRIPT = """
import sys
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
app = QGuiApplication(["icon"])
image = QImage(256, 256, QImage.Format.Format_ARGB32)
image.fill(Qt.GlobalColor.transparent)
painter = QPainter(image)
QSvgRenderer(sys.argv[1]).render(painter)
painter.end()
sys.exit(0 if image.save(sys.argv[2], "ICO") else 1)
"""


def make_icon() -> None:
    """build/app.ico from resources/icons/app.svg (the spec embeds it on Windows)."""
    svg, ico = ROOT / "resources" / "icons" / "app.svg", WORK / "app.ico"
    if not svg.exists():
        return
    WORK.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", ICON_SCRIPT, str(svg), str(ico)], env=env,
                            capture_output=True, text=True)
    if result.returncode:
        print(f"warning: 未能生成程序图标 / could not make the icon: {result.stderr.strip()[-300:]}")


def run(cmd: list, **kw) -> subprocess.CompletedProcess:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    return subprocess.run([str(c) for c in cmd], cwd=kw.pop("cwd", ROOT), **kw)


def build() -> None:
    make_icon()
    started = time.monotonic()
    result = run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                  "--distpath", DIST, "--workpath", WORK, "--log-level", "WARN", "build_installer.spec"])
    if result.returncode:
        sys.exit(f"PyInstaller 构建失败 / build failed (exit {result.returncode})")
    elapsed = time.monotonic() - started
    print(f"构建用时 / build time: {elapsed:.0f} s")
    print(f"安装包大小 / bundle size: {mib(folder_size(BUNDLE))} ({BUNDLE})")
    for name in ("spotcheck-gui", "spotcheck"):
        if not exe(name).exists():
            sys.exit(f"缺少可执行文件 / missing executable: {exe(name)}")


def clean_environment(home: Path) -> dict:
    """What a clerk's PC has: no Python of ours, no venv, a fresh user profile."""
    venv = Path(sys.prefix).resolve()
    path_dirs = [d for d in os.environ.get("PATH", "").split(os.pathsep)
                 if d and not Path(d).resolve().is_relative_to(venv) and not Path(d).resolve().is_relative_to(ROOT)]
    env = {
        "PATH": os.pathsep.join(path_dirs),
        "HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "zh_CN.UTF-8",
        "LC_ALL": "C.UTF-8",
        "PYTHONIOENCODING": "utf-8",   # the frozen program prints Chinese into a pipe
    }
    if WINDOWS:
        for key in ("SYSTEMROOT", "WINDIR", "COMSPEC", "TEMP", "TMP", "PATHEXT"):
            if key in os.environ:
                env[key] = os.environ[key]
        env["USERPROFILE"] = str(home)
        env["APPDATA"] = str(home / "AppData" / "Roaming")
        env["LOCALAPPDATA"] = str(home / "AppData" / "Local")
    else:
        env.update(XDG_DATA_HOME=str(home / ".local" / "share"), XDG_STATE_HOME=str(home / ".local" / "state"),
                   XDG_CONFIG_HOME=str(home / ".config"), XDG_CACHE_HOME=str(home / ".cache"),
                   XDG_RUNTIME_DIR=str(home / "run"), TMPDIR=str(home / "tmp"))
        (home / "run").mkdir(mode=0o700, exist_ok=True)
        (home / "tmp").mkdir(exist_ok=True)
    return env


def check(label: str, cmd: list, env: dict, cwd: Path) -> bool:
    print(f"\n=== {label} ===", flush=True)
    started = time.monotonic()
    try:
        result = run(cmd, env=env, cwd=cwd, timeout=SELF_TEST_TIMEOUT)
    except subprocess.TimeoutExpired:
        print(f"失败：{SELF_TEST_TIMEOUT} 秒内未结束 / FAILED: timed out")
        return False
    ok = result.returncode == 0
    print(f"{'通过' if ok else '失败'} / {'passed' if ok else 'FAILED'} "
          f"(exit {result.returncode}, {time.monotonic() - started:.1f} s)", flush=True)
    return ok


def check_screenshots(env: dict, home: Path) -> bool:
    shots = home / "screenshots"
    ok = check("spotcheck-gui --screenshot", [exe("spotcheck-gui"), "--screenshot", shots], env, home)
    pngs = sorted(shots.glob("*.png")) if shots.is_dir() else []
    small = [p.name for p in pngs if p.stat().st_size < 2048]
    if ok and (not pngs or small):
        print(f"失败：截图缺失或为空 / FAILED: screenshots missing or blank: {small or 'none written'}")
        return False
    if ok:
        print(f"截图 / screenshots: {', '.join(p.name for p in pngs)}")
    return ok


def check_qt_links() -> bool:
    """Linux: every bundled binary finds the Qt libraries it links to (the trimming removed none in use).

    System libraries a desktop provides (e.g. libxcb-icccm) may be absent on a build machine; only
    Qt's own libraries, which must come from the bundle, are checked.
    """
    if WINDOWS or shutil.which("ldd") is None:
        return True
    print("\n=== Qt libraries resolve inside the bundle ===", flush=True)
    internal = BUNDLE / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=os.pathsep.join([str(internal), str(internal / "PySide6" / "Qt" / "lib")]))
    missing = set()
    binaries = [p for p in internal.rglob("*.so*") if p.is_file()]
    for binary in binaries:
        out = subprocess.run(["ldd", str(binary)], capture_output=True, text=True, env=env).stdout
        for line in out.splitlines():
            if "not found" in line and "Qt6" in line:
                missing.add(f"{binary.relative_to(BUNDLE)}: {line.strip()}")
    for item in sorted(missing):
        print("  " + item)
    ok = not missing
    print(f"{'通过' if ok else '失败'} / {'passed' if ok else 'FAILED'} ({len(binaries)} binaries)", flush=True)
    return ok


def self_test() -> int:
    for name in ("spotcheck-gui", "spotcheck"):
        if not exe(name).exists():
            print(f"缺少可执行文件 / missing executable: {exe(name)}; build first")
            return 1
    with tempfile.TemporaryDirectory(prefix="spotcheck-bundle-test-", ignore_cleanup_errors=True) as tmp:
        home = Path(tmp)
        env = clean_environment(home)
        # Run from the temporary folder, not the checkout: nothing may be found relative to it.
        results = [
            check("spotcheck-gui --self-test", [exe("spotcheck-gui"), "--self-test"], env, home),
            check("spotcheck --help", [exe("spotcheck"), "--help"], env, home),
            # The console program runs the same checks: on Windows the windowed one prints nowhere.
            check("spotcheck selftest", [exe("spotcheck"), "selftest"], env, home),
            # The window itself, offscreen: Qt platform plugin, translations and fonts in the bundle.
            check_screenshots(env, home),
        ]
    if not WINDOWS:
        results.append(check_qt_links())
    failed = results.count(False)
    print(f"\n安装包自检：{len(results) - failed} 项通过，{failed} 项失败 / bundle self-test: "
          f"{len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--self-test", action="store_true", help="run the frozen self-test after building")
    parser.add_argument("--self-test-only", action="store_true", help="do not build; test dist/spotcheck")
    args = parser.parse_args(argv)
    if not args.self_test_only:
        if shutil.which("ldd") is None and not WINDOWS:
            print("warning: ldd not found; PyInstaller needs it to find shared libraries")
        build()
    if args.self_test or args.self_test_only:
        return self_test()
    return 0


if __name__ == "__main__":
    sys.exit(main())
