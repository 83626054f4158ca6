"""Writing output files so that no reader ever sees half of one.

Every file the program writes for a clerk (records, reports, packages, PDFs,
exports) goes through here: the bytes land in a temporary file in the same
folder (same file system, so the rename is atomic), are flushed to disk, and
only then take the final name. A crash or a kill leaves either the old file or
the new one, plus at worst a stray temporary that `remove_stale_temporaries`
clears at the next run.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

# Temporary files carry this prefix and the final name, so a stray one says what it was.
TEMP_PREFIX = ".tmp-"


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to sync."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def atomic_path(final: str | Path) -> Iterator[Path]:
    """A temporary path beside `final` for a writer that wants a file name (reportlab, openpyxl,
    sqlite's backup); renamed to `final` when the block ends without an exception, removed otherwise."""
    final = Path(final)
    final.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{final.stem}-", suffix=final.suffix, dir=final.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        with open(tmp, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(tmp, final)
        _fsync_folder(final.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextmanager
def atomic_open(final: str | Path, mode: str = "wb", encoding: str | None = None,
                newline: str | None = None) -> Iterator[IO]:
    """open() for writing, atomically: the file appears under `final` complete or not at all."""
    if mode not in ("w", "wb"):
        raise ValueError(f"atomic_open writes whole files (mode 'w' or 'wb'), not {mode!r}")
    with atomic_path(final) as tmp, open(tmp, mode, encoding=encoding, newline=newline) as handle:
        yield handle
        handle.flush()


def write_bytes(final: str | Path, data: bytes) -> Path:
    with atomic_open(final, "wb") as handle:
        handle.write(data)
    return Path(final)


def write_text(final: str | Path, text: str, encoding: str = "utf-8") -> Path:
    return write_bytes(final, text.encode(encoding))


def remove_stale_temporaries(folder: str | Path) -> list[Path]:
    """Delete the temporaries a killed run left in `folder` (ours only: the TEMP_PREFIX ones and
    the `.part` files of backups); returns what was removed."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    removed = []
    for path in folder.iterdir():
        if path.is_file() and (path.name.startswith(TEMP_PREFIX) or path.suffix == ".part"):
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def remove_stale_outputs(folder: str | Path) -> list[Path]:
    """Delete the TEMP_PREFIX temporaries a killed writer left in an output folder the clerk chose.
    Unlike remove_stale_temporaries it leaves `.part` files alone: in a folder such as Downloads
    they may be another program's downloads in progress. Returns what was removed."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    removed = []
    for path in folder.iterdir():
        if path.name.startswith(TEMP_PREFIX) and path.is_file():
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed
