"""Guard against PySide6 6.12.0's reference-count bug on Python 3.11.

PySide6 6.12.0 drops one reference to None on every call of a method that
returns nothing (setEnabled, clear, ...) and to True on every Signal.emit().
Python 3.12+ makes these objects immortal, which hides the bug; on 3.11 the
program aborts ("Fatal Python error: none_dealloc") after a few thousand
calls. Until the dependency is pinned below 6.12, we give these singletons a
reference count they can never lose, which is what Python 3.12 does anyway.
"""
from __future__ import annotations

import ctypes
import sys

_SINGLETONS = (None, True, False, Ellipsis, NotImplemented)
_HEADROOM = 1 << 40
applied = False


def _affected() -> bool:
    if sys.version_info >= (3, 12):
        return False
    try:
        import PySide6
    except ImportError:
        return False
    return PySide6.__version__.startswith("6.12.")


def apply() -> bool:
    """Raise the singletons' reference counts once, if this PySide6/Python pair needs it."""
    global applied
    if applied or not _affected():
        return applied
    for obj in _SINGLETONS:
        # ob_refcnt is the first field of every CPython object (3.11 layout).
        ctypes.c_ssize_t.from_address(id(obj)).value += _HEADROOM
    applied = True
    return applied
