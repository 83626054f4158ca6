"""Writing output files so that no reader ever sees half of one.

Every file the program writes for a clerk (records, reports, packages, PDFs,
exports) goes through here: the bytes land in a temporary file in the same
folder (same file system, so the rename is atomic), are flushed to disk, and
only then take the final name. A crash or a kill leaves either the old file or
the new one, plus at worst a stray temporary that `remove_stale_temporaries`
clears at the next run (once its writer has ended).
"""
from __future__ import annotations

import os
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

# Temporary files carry this prefix, the writing process's id and the final name
# (".tmp-<pid>-<stem>-<random><suffix>"): a stray one says what it was, and whether its
# writer is still running.
TEMP_PREFIX = ".tmp-"
# Without a way to ask whether a process lives (see _writer_gone), a temporary counts as
# stale only once it is this old: no single write of ours takes a day.
_STALE_AFTER_S = 24 * 3600


_UMASK_LOCK = threading.Lock()


def _current_umask() -> int:
    """The process's umask, without changing it where the system can tell (Linux 4.7+: /proc/self/status);
    elsewhere by setting and restoring it under a lock (our own writers never race on it)."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    with _UMASK_LOCK:
        mask = os.umask(0o077)
        os.umask(mask)
    return mask


def _give_ordinary_mode(path: Path) -> None:
    """mkstemp creates the temporary 0o600 (private); the final file gets what open() would have given it,
    0o666 less the umask, so the clerk's group (a colleague who prints, the backup job) can read it."""
    if os.name == "nt":
        return    # Windows has no group bits; its ACLs follow the folder
    os.chmod(path, 0o666 & ~_current_umask())


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
    fd, name = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-{final.stem}-", suffix=final.suffix,
                                dir=final.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        with open(tmp, "rb+") as written:
            os.fsync(written.fileno())
        _give_ordinary_mode(tmp)
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


def _writer_gone(path: Path) -> bool:
    """Whether the process that wrote this temporary has ended (so the file is a leftover)."""
    pid_text = path.name[len(TEMP_PREFIX):].partition("-")[0]
    if os.name == "nt" or not pid_text.isdigit():
        # Windows has no cheap liveness probe here; names from older versions carry no pid.
        return time.time() - path.stat().st_mtime > _STALE_AFTER_S
    pid = int(pid_text)
    if pid == os.getpid():
        return False          # one of this process's own writes, perhaps on another thread
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False          # alive, owned by someone else
    return False


def remove_stale_temporaries(folder: str | Path) -> list[Path]:
    """Delete the `.tmp-*` files that a killed or crashed writer left in `folder` — ours only, and
    only those whose writer has ended, so a concurrent writer's file in progress stays. Other
    programs' files (a browser's `.part` downloads in a Downloads folder) are never touched.
    Returns what was removed."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    removed = []
    for path in folder.iterdir():
        if path.name.startswith(TEMP_PREFIX) and path.is_file() and _writer_gone(path):
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed
