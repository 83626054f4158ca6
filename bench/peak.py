"""Peak memory of the measuring process itself.

Not ru_maxrss: Linux keeps ru_maxrss across execve (getrusage(2): "resource usage metrics are preserved
across an execve"), so a child started by a large parent reports at least the parent's size at the fork.
bench/run holds about 1.4 GB after the 100,000-row record benchmark, and every later child reported
that much. VmHWM in /proc/self/status is the high-water mark of this program's own memory map, which
execve starts afresh. ru_maxrss is used only where there is no /proc (macOS: bytes, not KiB).
"""
from __future__ import annotations

import inspect
import resource
import sys


def peak_kb() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except FileNotFoundError:
        pass
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss // 1024 if sys.platform == "darwin" else rss


def peak_mb() -> float:
    return peak_kb() / 1024


# For the measuring snippets run with `python -c` (they cannot import this folder): paste it in front.
SOURCE = "import resource, sys\n" + inspect.getsource(peak_kb) + "\n"
