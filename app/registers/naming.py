"""A register name suggested from the file: its title row, else its file name without the extension.

The import wizard starts a new enterprise register's name empty and offers this suggestion; it never
takes another register's name by itself (a file imported under the wrong name would replace that
register), so a suggestion that names an existing register is only pointed out, not filled in.
"""
from __future__ import annotations

from pathlib import Path

from app.registers.results import FilePreview

MAX_NAME = 60        # a longer "title" is a sentence or a note, not a register's name


def _clean(text: str) -> str:
    return " ".join(str(text or "").split())


def title_row(preview: FilePreview) -> str:
    """The text of the title row above the header of the first sheet that has one ("" if none).

    A title row is a row above the header with a single filled cell (a merged title), e.g.
    "青岛市工业产品生产许可证获证企业名录"."""
    for sheet in preview.sheets:
        if sheet.header_row is None:
            continue
        for number, cells in zip(sheet.row_numbers, sheet.rows):
            if number >= sheet.header_row:
                break
            filled = [_clean(c) for c in cells if _clean(c)]
            if len(filled) == 1 and 2 <= len(filled[0]) <= MAX_NAME:
                return filled[0]
        return ""
    return ""


def suggested_name(path: str | Path, preview: FilePreview | None = None) -> str:
    """The title row when the preview has one, else the file name without its extension."""
    if preview is not None:
        title = title_row(preview)
        if title:
            return title
    return _clean(Path(path).stem)[:MAX_NAME]
