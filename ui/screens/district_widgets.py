"""Small pieces the district copy's screens share (receive step, return tab): a SHA-256 shown short with
a copy button (ui.widgets.digest, shared by every screen now), and opening a folder in the file manager
(a module function, so tests replace it)."""
from __future__ import annotations

from ui.widgets import ask
from ui.widgets.digest import DigestCopy, short_digest  # noqa: F401  (the widget moved to ui/widgets; kept here)


def open_folder(path, parent=None) -> None:
    ask.open_or_explain(parent, path)
