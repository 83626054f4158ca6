"""The fonts every document uses, registered with reportlab once per process.

Three roles: BODY (仿宋/宋-like, GB/T 9704 body text), TITLE (小标宋/黑-like) and
MONO (digests). The bundled TrueType files in resources/fonts make the PDFs
render on a PC with no Chinese fonts at all; reportlab embeds a subset of the
outlines (FontFile2), so text stays searchable. When the setting
use_system_fonts allows it and the PC has the Windows faces (FangSong,
SimSun, SimHei), those are used instead: they are what official documents
look like on a bureau PC.
"""
from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.paths import resource_path
from app.settings.store import get_setting

BODY = "SpotcheckBody"
TITLE = "SpotcheckTitle"
MONO = "Courier"          # digests are hex: the PDF core Courier needs no embedding

BUNDLED_BODY = ("gbsn00lp.ttf", 0)        # AR PL SungtiL GB (Arphic Public License)
BUNDLED_TITLE = ("wqy-microhei.ttc", 0)   # WenQuanYi Micro Hei (Apache-2.0 / GPL-3 with font exception)

# Windows faces in order of preference per role (file name, subfont index).
_SYSTEM_BODY = [("simfang.ttf", 0), ("simsun.ttc", 0), ("simsun.ttf", 0)]
_SYSTEM_TITLE = [("simhei.ttf", 0), ("simsun.ttc", 0)]

_lock = threading.Lock()
_registered: FontChoice | None = None


@dataclass(frozen=True)
class FontChoice:
    body_file: Path
    body_index: int
    title_file: Path
    title_index: int

    @property
    def source(self) -> str:
        return "system" if resource_path("fonts") not in self.body_file.parents else "bundled"


def _windows_font_dirs() -> list[Path]:
    dirs = []
    windir = os.environ.get("WINDIR") or os.environ.get("SystemRoot")
    if windir:
        dirs.append(Path(windir) / "Fonts")
    local = os.environ.get("LOCALAPPDATA")
    if local:
        dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    return dirs


def _find_system(candidates) -> tuple[Path, int] | None:
    for folder in _windows_font_dirs():
        for name, index in candidates:
            path = folder / name
            if path.is_file():
                return path, index
    return None


def _use_system_fonts() -> bool:
    # The setting lives in the database; documents may also be made with none open (tests, bench).
    try:
        return bool(get_setting("use_system_fonts"))
    except Exception:
        return False


def choose_fonts(use_system: bool | None = None) -> FontChoice:
    if use_system is None:
        use_system = _use_system_fonts()
    body = _find_system(_SYSTEM_BODY) if use_system else None
    title = _find_system(_SYSTEM_TITLE) if use_system else None
    if body is None:
        body = (resource_path("fonts", BUNDLED_BODY[0]), BUNDLED_BODY[1])
    if title is None:
        title = (resource_path("fonts", BUNDLED_TITLE[0]), BUNDLED_TITLE[1])
    return FontChoice(body[0], body[1], title[0], title[1])


def register_fonts(use_system: bool | None = None) -> FontChoice:
    """Register BODY and TITLE once; later calls return the first choice.

    reportlab's font registry is process-global, so switching faces mid-run
    would change documents already being laid out; a restart applies a new
    use_system_fonts setting.
    """
    global _registered
    with _lock:
        if _registered is None:
            choice = choose_fonts(use_system)
            pdfmetrics.registerFont(TTFont(BODY, str(choice.body_file), subfontIndex=choice.body_index))
            pdfmetrics.registerFont(TTFont(TITLE, str(choice.title_file), subfontIndex=choice.title_index))
            _registered = choice
        return _registered


def gui_font_file() -> Path:
    """The bundled font the GUI should load into Qt (covers all of GB 2312 and more)."""
    return resource_path("fonts", BUNDLED_TITLE[0])
