"""Build resources/fonts/NotoSerifSC-Bold-GB2312.ttf, the bundled heavy serif (小标宋 stand-in).

The 发文机关标志 and the title of a notice are set in a 小标宋-style face (GB/T 9704-2012). When
方正小标宋 is not installed on the PC, the documents use this file. It is Noto Serif CJK SC Bold
(SIL Open Font License 1.1, resources/fonts/LICENSE-noto-serif-cjk.txt), because:

- reportlab embeds only TrueType (glyf) outlines; Noto Serif CJK ships CFF outlines, so the
  cubic curves are converted to quadratic ones (fontTools cu2qu, error at most 1 unit of 1000);
- the full font is 20+ MB; subset to GB 2312 (6763 hanzi and its symbols) + ASCII + the
  full-width punctuation in PUNCTUATION, it is a few MB.

Rebuild (needs fontTools, not a runtime dependency of the program):

    apt-get install fonts-noto-cjk            # or download NotoSerifCJK-Bold.ttc from
                                              # https://github.com/notofonts/noto-cjk (Serif/OTC)
    pip install fonttools
    python tools/build_title_font.py [--source /usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc]

Per the OFL, the subset is a Modified Version: it is renamed (family "Spotcheck Serif SC") so it
cannot be confused with the original Noto Serif CJK.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc")
TARGET = ROOT / "resources" / "fonts" / "NotoSerifSC-Bold-GB2312.ttf"
FAMILY = "Spotcheck Serif SC"
# Punctuation of titles and mastheads outside GB 2312's rows 1-9 (〔〕 are in it; these are not all).
PUNCTUATION = "“”‘’—…·、。，：；！？（）《》〈〉【】〔〕「」『』　－～·•"


def gb2312_chars() -> set[str]:
    """Every character GB 2312 encodes: rows 0xA1-0xF7, cells 0xA1-0xFE."""
    chars = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return chars


def load_sc(source: Path) -> TTFont:
    """The Simplified Chinese member of the collection (or the font itself for an .otf)."""
    if source.suffix.lower() == ".ttc":
        for font in TTCollection(str(source)).fonts:
            if " SC " in font["name"].getDebugName(4) + " ":
                return font
        raise SystemExit(f"{source}: no SC font in the collection")
    return TTFont(str(source))


def subset_font(font: TTFont, chars: set[str]) -> None:
    options = subset.Options()
    options.layout_features = []          # no GSUB/GPOS: reportlab does not shape
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.desubroutinize = True
    sub = subset.Subsetter(options)
    sub.populate(unicodes=[ord(c) for c in chars])
    sub.subset(font)


def cff_to_glyf(font: TTFont, max_err: float = 1.0) -> None:
    """Replace the CFF table by quadratic TrueType outlines (the fontTools otf2ttf recipe)."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    hmtx = font["hmtx"]
    for name, glyph in glyphs.items():
        glyph.recalcBounds(glyf)
        width, _ = hmtx[name]
        hmtx[name] = (width, getattr(glyph, "xMin", 0))
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones",):
        setattr(maxp, field, 1)
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    post = font["post"]
    post.formatType = 3.0                 # no glyph names: smaller, and reportlab does not need them
    font.sfntVersion = "\x00\x01\x00\x00"
    font["head"].glyphDataFormat = 0


def rename(font: TTFont) -> None:
    table = font["name"]
    for record in list(table.names):
        if record.nameID in (1, 4, 16, 21):
            record.string = FAMILY if record.nameID in (1, 16, 21) else f"{FAMILY} Bold"
        elif record.nameID in (3, 6, 20):
            record.string = "SpotcheckSerifSC-Bold"


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, default=TARGET)
    args = parser.parse_args(argv)
    font = load_sc(args.source)
    chars = gb2312_chars() | {chr(c) for c in range(0x20, 0x7F)} | set(PUNCTUATION)
    subset_font(font, chars)
    cff_to_glyf(font)
    rename(font)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(args.out))
    check = TTFont(str(args.out))
    missing = sorted(c for c in chars if ord(c) not in check.getBestCmap())
    print(f"{args.out}: {args.out.stat().st_size / 1e6:.1f} MB, {len(check.getGlyphOrder())} glyphs; "
          f"{len(missing)} of the requested characters are not in the source: {''.join(missing[:40])}")


if __name__ == "__main__":
    main()
