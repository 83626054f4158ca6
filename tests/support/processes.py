"""Process ids for tests of leftovers: one whose process has ended, one that is alive."""
from __future__ import annotations

import os
import subprocess
import sys


def ended_pid() -> int:
    """The id of a process that has just exited (reaped, so no longer alive)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def living_pid() -> int:
    """A process that outlives the test and is not this one: the test runner's parent."""
    return os.getppid()
