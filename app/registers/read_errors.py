"""How a file that cannot be read is refused: a Chinese message naming the file (and sheet) for
the clerk, the reader library's own words kept in the details for the log."""
from __future__ import annotations

from pathlib import Path

from app.errors import FileReadError, Location

DAMAGED = "文件已损坏、不完整或不是 Excel 表格，无法读取。请在 Excel 中打开后另存为 .xlsx 再导入。"


def fail(path: Path, message: str, sheet: str | None = None, cause: BaseException | None = None) -> FileReadError:
    """The clerk reads `message`; the reader library's own words go to details (for the log)."""
    details = {"cause": short(cause)} if cause is not None else None
    return FileReadError(message, location=Location(file=path.name, sheet=sheet), details=details)


def short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:120]
