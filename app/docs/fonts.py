"""The fonts every document uses, registered with reportlab once per process.

The roles: BODY (仿宋/宋-like, GB/T 9704 body text), GRID (the same face with its
advances narrowed so 3号 runs 28 characters to the 156 mm line, as Word's document grid
does), HEAD (小标宋: the 发文机关标志 and the title), SONG (宋体: page numbers), TITLE
(黑-like: headings of tables and records, and the fallback for characters the body face
lacks) and MONO (digests). The bundled TrueType files in resources/fonts make the PDFs
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
# Noto Serif CJK SC Bold as TrueType, GB 2312 subset (SIL OFL 1.1; tools/build_title_font.py makes it).
BUNDLED_HEAD = ("NotoSerifSC-Bold-GB2312.ttf", 0)
HEAD = "SpotcheckHead"
GRID = "SpotcheckBodyGrid"
SONG = "SpotcheckSong"
# GB/T 9704: 28 characters of 3号 (16 pt) on the 156 mm line, so each advances 156 mm / 28 (15.79 pt):
# the glyphs stay 16 pt, the PDF's widths say 15.79 pt (what Word's 28-character grid does too).
# A hair under the exact ratio, so 28 advances never add up to more than the line by rounding.
GRID_SCALE = (156 / 25.4 * 72) / 28 / 16 * (1 - 1e-9)

# Windows faces in order of preference per role (file name, subfont index).
_SYSTEM_BODY = [("simfang.ttf", 0), ("simsun.ttc", 0), ("simsun.ttf", 0)]
_SYSTEM_TITLE = [("simhei.ttf", 0), ("simsun.ttc", 0)]
# 方正小标宋 under the names its installers use (简体 GB 2312 and GBK editions).
_SYSTEM_HEAD = [("FZXBSJW.TTF", 0), ("fzxbsjw.ttf", 0), ("FZXiaoBiaoSong-B05S.ttf", 0), ("方正小标宋简体.ttf", 0),
                ("FZXBSK.TTF", 0), ("方正小标宋_GBK.ttf", 0)]
_SYSTEM_SONG = [("simsun.ttc", 0), ("simsun.ttf", 0)]

_lock = threading.Lock()
_registered: FontChoice | None = None


@dataclass(frozen=True)
class FontChoice:
    body_file: Path
    body_index: int
    title_file: Path
    title_index: int
    head_file: Path | None = None      # None: the bundled heavy serif
    head_index: int = 0
    song_file: Path | None = None      # None: the bundled Song face (gbsn00lp)
    song_index: int = 0

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
    # 小标宋 and 宋体 come from the PC whenever it has them: they are what a bureau's documents
    # use, and the bundled faces only stand in for them.
    head = (_find_system(_SYSTEM_HEAD) if use_system else None) or (resource_path("fonts", BUNDLED_HEAD[0]), 0)
    song = (_find_system(_SYSTEM_SONG) if use_system else None) or (resource_path("fonts", BUNDLED_BODY[0]), 0)
    return FontChoice(body[0], body[1], title[0], title[1], head[0], head[1], song[0], song[1])


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
            pdfmetrics.registerFont(TTFont(HEAD, str(choice.head_file), subfontIndex=choice.head_index))
            pdfmetrics.registerFont(TTFont(SONG, str(choice.song_file), subfontIndex=choice.song_index))
            pdfmetrics.registerFont(_grid_font(choice))
            _registered = choice
        return _registered


def _grid_font(choice: FontChoice) -> TTFont:
    """The body face with every advance scaled by GRID_SCALE (a face of its own: BODY keeps its widths
    for tables and smaller type)."""
    font = TTFont(GRID, str(choice.body_file), subfontIndex=choice.body_index)
    face = font.face
    # A face name of its own: reportlab would otherwise register GRID as an alias of BODY (same file).
    face.name = face.name + (b"-Grid" if isinstance(face.name, bytes) else "-Grid")
    face.charWidths = {code: width * GRID_SCALE for code, width in face.charWidths.items()}
    face.defaultWidth = face.defaultWidth * GRID_SCALE
    return font


def gui_font_file() -> Path:
    """The bundled font the GUI should load into Qt (covers all of GB 2312 and more)."""
    return resource_path("fonts", BUNDLED_TITLE[0])
