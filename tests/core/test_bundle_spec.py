"""Fast checks of the installer build: the spec, its trimming rules, the resource paths, the build script.

The bundle itself is built and self-tested by `python scripts/build_bundle.py --self-test` (CI runs it
after pytest); these tests only catch mistakes that would otherwise surface minutes later.
"""
from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build_installer.spec"


def _spec_source() -> str:
    return SPEC.read_text(encoding="utf-8")


def _rules() -> dict:
    """Run the spec's rules section (between its two markers) on its own."""
    source = _spec_source()
    start = source.index("# --- what stays out")
    end = source.index("# --- end of rules")
    namespace = {"re": re, "Path": Path}
    exec(compile(source[start:end], str(SPEC), "exec"), namespace)  # noqa: S102 - our own file
    return namespace


def test_spec_builds_both_programs_into_one_folder():
    """The spec parses, and its COLLECT gathers the GUI and the CLI into dist/spotcheck/."""
    tree = ast.parse(_spec_source(), str(SPEC))
    collect = next(node for node in ast.walk(tree)
                   if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "COLLECT")
    assert {kw.arg: ast.literal_eval(kw.value) for kw in collect.keywords if kw.arg == "name"} == {"name": "spotcheck"}
    programs = [(ast.literal_eval(call.args[1]), ast.literal_eval(call.keywords[0].value))
                for call in collect.args if isinstance(call, ast.Call) and getattr(call.func, "id", "") == "exe"]
    assert programs == [("spotcheck-gui", False), ("spotcheck", True)]


def _translation_section() -> dict:
    source = _spec_source()
    start = source.index("# --- translations")
    end = source.index("# --- end of translations")
    namespace = {"subprocess": subprocess, "sys": sys, "Path": Path}
    exec(compile(source[start:end], str(SPEC), "exec"), namespace)  # noqa: S102 - our own file
    return namespace


def test_spec_compiles_the_translations_itself():
    """A plain `pyinstaller build_installer.spec` must bundle fresh .qm files, not rely on dev.py."""
    i18n_dir = ROOT / "resources" / "i18n"
    qm = i18n_dir / "documents_zh_CN.qm"
    aside = qm.with_suffix(".qm.aside")
    if qm.exists():
        qm.replace(aside)
    try:
        compiled = _translation_section()["compile_translations"](ROOT)
        assert qm in compiled and qm.is_file()
        assert {p.name for p in compiled} == {ts.with_suffix(".qm").name for ts in i18n_dir.glob("*_zh_CN.ts")}
    finally:
        aside.unlink(missing_ok=True)


def test_spec_stops_with_a_clear_message_without_translation_sources(tmp_path):
    (tmp_path / "resources" / "i18n").mkdir(parents=True)
    with pytest.raises(SystemExit, match="找不到界面翻译源文件"):
        _translation_section()["compile_translations"](tmp_path)


def test_spec_entry_points_match_pyproject():
    tree = ast.parse(_spec_source())
    entries = next(ast.literal_eval(node.value) for node in ast.walk(tree)
                   if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "ENTRIES" for t in node.targets))
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {**project["scripts"], **project["gui-scripts"]}
    assert {name: f"{module}:{func}" for name, (module, func) in entries.items()} == declared


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/plugins/platforms/qwindows.dll",
    "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
    "PySide6/Qt/plugins/imageformats/libqpdf.so",
    "PySide6/Qt/plugins/imageformats/libqjpeg.so",
    "PySide6/plugins/styles/qmodernwindowsstyle.dll",
    "PySide6/Qt/lib/libQt6Pdf.so.6",
    "PySide6/Qt6PdfWidgets.dll",
    "PySide6/Qt/lib/libQt6Widgets.so.6",
    "PySide6/Qt/translations/qtbase_zh_CN.qm",
    "PySide6/translations/qt_zh_CN.qm",
    "resources/fonts/gbsn00lp.ttf",
    "resources/i18n/main_zh_CN.qm",
    "resources/i18n/qtdialogs_zh_CN.qm",     # the file dialog's labels qtbase_zh_CN lacks
])
def test_rules_keep_what_the_application_needs(dest):
    assert _rules()["wanted"](dest)


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
    "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
    "PySide6/Qt/lib/libQt6Quick.so.6",
    "PySide6/Qt/lib/libQt6WaylandClient.so.6",
    "PySide6/Qt6Qml.dll",
    "PySide6/opengl32sw.dll",
    "PySide6/Qt/translations/qtbase_de.qm",
])
def test_rules_drop_what_it_does_not_use(dest):
    assert not _rules()["wanted"](dest)


def test_no_source_imports_an_excluded_qt_module():
    """A module the spec excludes would be missing from the bundle: update the spec with the import."""
    unused = set(_rules()["QT_MODULES_UNUSED"])
    offenders = []
    for folder in ("app", "ui"):
        for path in (ROOT / folder).rglob("*.py"):
            for module in re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")):
                if module in unused:
                    offenders.append(f"{path.relative_to(ROOT)}: PySide6.{module}")
    assert not offenders, offenders


def test_resource_path_from_source():
    from app.paths import data_path, install_root, resource_path
    assert install_root() == ROOT
    assert resource_path("fonts").is_dir()
    assert resource_path("fonts", "gbsn00lp.ttf").is_file()
    assert data_path() == ROOT / "data"


def test_resource_path_when_frozen(tmp_path, monkeypatch):
    from app.paths import data_path, install_root, resource_path
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert install_root() == tmp_path
    assert resource_path("fonts", "x.ttf") == tmp_path / "resources" / "fonts" / "x.ttf"
    assert data_path("demo") == tmp_path / "data" / "demo"


def _build_script():
    spec = importlib.util.spec_from_file_location("build_bundle", ROOT / "scripts" / "build_bundle.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_clean_environment_hides_the_venv(tmp_path, monkeypatch):
    build = _build_script()
    venv_bin = Path(sys.prefix) / ("Scripts" if sys.platform == "win32" else "bin")
    monkeypatch.setenv("PATH", f"{venv_bin}{__import__('os').pathsep}/usr/bin")
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    env = build.clean_environment(tmp_path)
    assert str(venv_bin) not in env["PATH"].split(__import__("os").pathsep)
    assert "PYTHONPATH" not in env and "VIRTUAL_ENV" not in env
    assert env["HOME"] == str(tmp_path)
    assert env["QT_QPA_PLATFORM"] == "offscreen"


def test_build_script_names_the_programs():
    build = _build_script()
    names = {build.exe("spotcheck-gui").name, build.exe("spotcheck").name}
    suffix = ".exe" if sys.platform == "win32" else ""
    assert names == {f"spotcheck-gui{suffix}", f"spotcheck{suffix}"}


def test_inno_setup_script_points_at_the_bundle():
    """The Windows installer script (not compiled here) must name the programs the spec builds."""
    iss = (ROOT / "installer" / "windows" / "spotcheck.iss").read_bytes()
    assert iss.startswith(b"\xef\xbb\xbf"), "ISCC reads a script without BOM in the system code page"
    text = iss.decode("utf-8")
    bundle_dir = re.search(r'#define BundleDir "([^"]+)"', text).group(1)
    assert (ROOT / "installer" / "windows" / bundle_dir.replace("\\", "/")).resolve() == ROOT / "dist" / "spotcheck"
    for program in ("spotcheck-gui.exe", "spotcheck.exe"):
        assert f"{{app}}\\{program}" in text
