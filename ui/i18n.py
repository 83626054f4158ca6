"""Translations: English source strings, Chinese by default.

    python -m ui.i18n build    compile resources/i18n/*_zh_CN.ts to .qm (lrelease)
    python -m ui.i18n update [AREA...]
                               re-scan the sources of each area (main, registers, draw, documents, results,
                               publication, district, help) into its .ts (lupdate), keeping the translations
                               already made

Each area has its own .ts so engineers working on different parts of the GUI
never edit the same file. The .qm files are build output (git-ignored); the
loader compiles a missing or stale one on the fly when lrelease is at hand.
"""
from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

from app.paths import resource_path

log = logging.getLogger(__name__)

UI_DIR = Path(__file__).resolve().parent
LANGUAGE = "zh_CN"

# area -> the files and folders lupdate scans (folders: their *.py files, recursively)
# One .ts file per area, so the people working on different steps never edit the same file.
AREAS: dict[str, list[Path]] = {
    "main": [UI_DIR / "*.py", UI_DIR / "dialogs", UI_DIR / "widgets", UI_DIR / "models",
             UI_DIR / "operations" / "__init__.py", UI_DIR / "operations" / "settings.py"],
    "registers": [UI_DIR / "screens" / "registers.py", UI_DIR / "screens" / "plan.py",
                  UI_DIR / "screens" / "register_columns.py",
                  UI_DIR / "wizards" / "import_wizard.py", UI_DIR / "wizards" / "import_file_pages.py",
                  UI_DIR / "wizards" / "import_session.py",
                  UI_DIR / "wizards" / "import_mapping_page.py",
                  UI_DIR / "wizards" / "import_check_pages.py", UI_DIR / "wizards" / "import_confirm_page.py",
                  UI_DIR / "wizards" / "register_labels.py",
                  UI_DIR / "wizards" / "plan_wizard.py", UI_DIR / "wizards" / "plan_tasks_page.py",
                  UI_DIR / "wizards" / "plan_texts.py", UI_DIR / "wizards" / "plan_matching_page.py",
                  UI_DIR / "wizards" / "plan_scope_page.py", UI_DIR / "wizards" / "plan_scope_widgets.py",
                  UI_DIR / "wizards" / "sheet_preview.py", UI_DIR / "wizards" / "wizard_setup.py",
                  UI_DIR / "operations" / "registers.py", UI_DIR / "operations" / "plans.py"],
    "draw": [UI_DIR / "screens" / "draw.py", UI_DIR / "screens" / "match.py", UI_DIR / "screens" / "match_dialogs.py",
             UI_DIR / "wizards" / "draw_wizard.py", UI_DIR / "wizards" / "draw_models.py",
             UI_DIR / "wizards" / "match_wizard.py", UI_DIR / "wizards" / "witness_page.py",
             UI_DIR / "wizards" / "verify_dialog.py", UI_DIR / "wizards" / "ceremony.py",
             UI_DIR / "operations" / "draw.py", UI_DIR / "operations" / "match.py"],
    "documents": [UI_DIR / "screens" / "documents.py", UI_DIR / "operations" / "docs.py"],
    "results": [UI_DIR / "screens" / "packages.py", UI_DIR / "screens" / "results.py",
                UI_DIR / "screens" / "results_table.py", UI_DIR / "screens" / "results_dialogs.py",
                UI_DIR / "screens" / "results_entry.py", UI_DIR / "screens" / "results_fields.py",
                UI_DIR / "operations" / "results.py",
                UI_DIR / "screens" / "package_issue.py", UI_DIR / "screens" / "progress.py",
                UI_DIR / "screens" / "progress_chart.py", UI_DIR / "wizards" / "results_import.py",
                UI_DIR / "wizards" / "results_check_page.py", UI_DIR / "operations" / "returns.py",
                UI_DIR / "screens" / "two_level.py"],
    "publication": [UI_DIR / "screens" / "publication.py", UI_DIR / "screens" / "publication_export.py",
                    UI_DIR / "screens" / "publication_followup.py", UI_DIR / "screens" / "publication_stats.py",
                    UI_DIR / "screens" / "publication_table.py", UI_DIR / "screens" / "publication_archive.py",
                    UI_DIR / "operations" / "publish.py"],
    # A district copy's side of a two-level campaign (issue 14): receiving the share, returning to the city.
    "district": [UI_DIR / "screens" / "receive.py", UI_DIR / "screens" / "receive_check.py",
                 UI_DIR / "screens" / "district_return.py", UI_DIR / "screens" / "district_widgets.py",
                 UI_DIR / "operations" / "share.py"],
    # The help windows and the Help menu's entries (issue 17); the help texts themselves are Chinese Markdown.
    "help": [UI_DIR / "help"],
}


def i18n_dir() -> Path:
    return resource_path("i18n")


def ts_path(area: str) -> Path:
    return i18n_dir() / f"{area}_{LANGUAGE}.ts"


def find_tool(name: str) -> Path | None:
    """lrelease/lupdate from the PySide6 wheel (or the venv's pyside6-* wrappers)."""
    exe = ".exe" if os.name == "nt" else ""
    package = Path(PySide6.__file__).resolve().parent
    candidates = [package / f"{name}{exe}", package / "Qt" / "bin" / f"{name}{exe}"]
    scripts = Path(sys.executable).parent
    candidates += [scripts / f"pyside6-{name}{exe}", scripts / f"pyside6-{name}"]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    return Path(found) if found else None


def area_sources(area: str) -> list[Path]:
    files: list[Path] = []
    for entry in AREAS[area]:
        if entry.name == "*.py":
            files += sorted(entry.parent.glob("*.py"))
        elif entry.is_dir():
            files += sorted(entry.rglob("*.py"))
        elif entry.is_file():
            files.append(entry)
    return [f for f in files if "__pycache__" not in f.parts]


def compile_ts(ts: Path, qm: Path | None = None) -> Path:
    lrelease = find_tool("lrelease")
    if lrelease is None:
        raise RuntimeError("lrelease not found (it ships with PySide6)")
    qm = qm or ts.with_suffix(".qm")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


def build() -> list[Path]:
    return [compile_ts(ts) for ts in sorted(i18n_dir().glob(f"*_{LANGUAGE}.ts"))]


def run_lupdate(sources: list[Path], ts: Path, *, no_obsolete: bool = False) -> None:
    lupdate = find_tool("lupdate")
    if lupdate is None:
        raise RuntimeError("lupdate not found (it ships with PySide6)")
    args = [str(lupdate), *map(str, sources), "-ts", str(ts)]
    if no_obsolete:
        args.insert(1, "-no-obsolete")
    subprocess.run(args, check=True, capture_output=True)


def update(areas: list[str] | None = None) -> list[Path]:
    written = []
    for area in areas or list(AREAS):
        sources = area_sources(area)
        if not sources:
            log.info("area %s has no sources yet", area)
            continue
        ts = ts_path(area)
        ts.parent.mkdir(parents=True, exist_ok=True)
        run_lupdate(sources, ts)
        written.append(ts)
    return written


def _fresh_qm(ts: Path) -> Path | None:
    qm = ts.with_suffix(".qm")
    if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    try:
        return compile_ts(ts, qm)
    except Exception:  # noqa: BLE001 - an older .qm (or English) is better than no start
        log.warning("could not compile %s", ts, exc_info=True)
        return qm if qm.exists() else None


def qt_translation(name: str) -> Path:
    """Qt's own catalogue (qtbase_zh_CN.qm: the file dialogs, message-box buttons): where QLibraryInfo says,
    else in the PySide6 package (Qt/translations in a wheel, translations in a Windows wheel or a bundle whose
    prefix QLibraryInfo does not know)."""
    package = Path(PySide6.__file__).resolve().parent
    candidates = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                  package / "Qt" / "translations", package / "translations"]
    return next((folder / name for folder in candidates if (folder / name).is_file()), candidates[0] / name)


def install_translators(app, language: str = LANGUAGE) -> list:
    """Install our *_zh_CN.qm files (qtdialogs_zh_CN fills what Qt's catalogue lacks) and, last so it is asked
    first, Qt's own qtbase_zh_CN.qm. English: nothing to install."""
    if not language or language.lower().startswith("en"):
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return []
    QLocale.setDefault(QLocale(language))
    files = []
    folder = i18n_dir()
    if folder.is_dir():
        stems = {p.stem for p in folder.glob(f"*_{language}.ts")} | {p.stem for p in folder.glob(f"*_{language}.qm")}
        for stem in sorted(stems):
            ts = folder / f"{stem}.ts"
            qm = _fresh_qm(ts) if ts.exists() else folder / f"{stem}.qm"
            if qm is not None and qm.exists():
                files.append(qm)
    files.append(qt_translation(f"qtbase_{language}.qm"))
    installed = []
    for path in files:
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("translation %s could not be loaded", path)
    return installed


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    command = argv[0] if argv else ""
    if command == "build":
        for qm in build():
            print(f"built {qm}")
        return 0
    if command == "update":
        for ts in update(argv[1:] or None):
            print(f"updated {ts}")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
