"""Pausing Python's cycle collector around bulk work.

A 100,000-row import creates millions of small objects (cells, tuples, strings)
that hold no reference cycles. Each time the young generations fill up, the
collector walks them, and every few thousand allocations it walks everything
still alive: three full passes over a growing heap cost ~0.5 s of a 3.5 s import.
Reference counting still frees everything at once; only the search for cycles
waits until the work is done.

Switching the collector back on would make it walk, at once, every container
made during the pause (0.18 s for 100,000 records, which are kept as the result).
So the pause ends with gc.freeze(): what is alive then is set aside in the
permanent generation, and the next pause gives it back to the collector
(gc.unfreeze()), so at most one import's objects are ever set aside.
"""
from __future__ import annotations

import contextlib
import gc
import threading

_lock = threading.Lock()
_depth = 0          # nested or concurrent pauses: the collector resumes when the last one ends
_was_enabled = False


@contextlib.contextmanager
def gc_paused():
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
            gc.unfreeze()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.freeze()
                gc.enable()
