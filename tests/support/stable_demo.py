"""The demo draw with every number stable from run to run: the worked example of docs/验证指南.md and
the database of the manual's screenshots (tools/screenshots.py).

The witnesses' digits alone do not make the numbers stable: the commitment includes the audit log's
head, whose entries carry the time and the actor. So the clock is fixed and the clerk's name set while
the demo is loaded, drawn and matched.
"""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

CLERK = "演示经办人"     # the audit entries' actor (else the OS account, which differs per machine)

# A working morning of the seed plan's campaign (局函〔2020〕277号: 2020-10-20 … 2020-11-30).
FIXED_NOW = "2020-10-26T09:30:00+08:00"


@contextmanager
def fixed_clock(now: str = FIXED_NOW) -> Iterator[None]:
    """app.clock.now_iso returns `now` in every app module (they import the function by name)."""
    from app import clock  # kept out of module import so tools can set up paths first
    original: Callable[[], str] = clock.now_iso
    fixed: Callable[[], str] = lambda: now   # noqa: E731
    patched = [module for name, module in list(sys.modules.items())
               if (name == "app" or name.startswith("app.")) and getattr(module, "now_iso", None) is original]
    for module in patched:
        module.now_iso = fixed        # type: ignore[attr-defined]
    try:
        yield
    finally:
        for module in patched:
            module.now_iso = original    # type: ignore[attr-defined]
        # modules first imported inside the block bound `fixed`: give them the real clock back
        for name, module in list(sys.modules.items()):
            if name.startswith("app.") and getattr(module, "now_iso", None) is fixed:
                module.now_iso = original   # type: ignore[attr-defined]


def stable_demo_draw(*, matched: bool = True):
    """The demo loaded, drawn (and matched) with tests.support.draws.DEMO_WITNESSES at FIXED_NOW."""
    from app.settings.models import Setting  # see fixed_clock
    from tests.support.draws import DEMO_WITNESSES, draw_demo, match_demo  # see fixed_clock
    Setting.insert(key="clerk_name", value=CLERK).on_conflict_replace().execute()
    with fixed_clock():
        draw = draw_demo(DEMO_WITNESSES)
        return match_demo(draw, DEMO_WITNESSES) if matched else draw
