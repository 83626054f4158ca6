"""The help texts of the screens, tabs, wizards, wizard pages and dialogs, keyed by their class name.

The texts live in ONE file, resources/help/help_zh_CN.md, one section per class:

    ## DrawScreen | 第 3 步 随机抽取
    What the screen does and what the clerk must have ready (Markdown).

so a writer edits the help without touching the screens, and tests/ui/test_ui_help.py fails when a
screen, tab, wizard page or dialog class of ui/screens or ui/wizards has no section (or is not
listed in PARTS below: a widget that is only a piece of a screen and shows its screen's help).

topic_for(widget) finds the nearest registered ancestor of a widget (its object name first, then its
class and the class's bases), so F1 anywhere inside a tab shows that tab's help.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtWidgets import QWidget

from app.paths import resource_path

HELP_FILE = ("help", "help_zh_CN.md")

# Widgets that are a part of a screen, page or dialog (or a base class never shown by itself): F1 on
# them shows the help of the nearest registered widget around them, so they need no section.
PARTS: dict[str, str] = {
    "ProgressChart": "the chart inside the progress tab",
    "OptionalDate": "a date field of the result entry dialog",
    "CheckList": "a checkable list of the result entry dialog",
    "RiskEditor": "an editor group on the plan wizard's scope page",
    "WhereEditor": "an editor group on the plan wizard's scope page",
    "DrawnTabs": "the tables on the draw wizard's result page and the draw screen",
    "MatchTabs": "the tables on the match wizard's result page and the match screen",
    "PathField": "a file field of the verify dialog",
    "WitnessBox": "one witness's box on the witness page",
    "ChoicePage": "base class of the draw and match wizards' first pages",
    "ReviewPage": "base class of the draw and match wizards' review pages",
    "CeremonyWizard": "base class of the draw and match wizards",
    "ChangeDialog": "base class of the match screen's replace and short dialogs",
}


@dataclass(frozen=True)
class Topic:
    key: str        # the class name (or object name) the section is keyed by
    title: str      # the heading shown in the help window
    text: str       # Markdown


def help_file() -> Path:
    return resource_path(*HELP_FILE)


_HEADING = re.compile(r"^## +([A-Za-z_][A-Za-z0-9_]*) *\| *(.+?) *$")


def parse(text: str) -> dict[str, Topic]:
    """Sections `## Key | 标题` and their text up to the next such heading (the file's own preface,
    before the first section, is for the writers and is never shown)."""
    topics: dict[str, Topic] = {}
    key = title = None
    lines: list[str] = []

    def close() -> None:
        if key is not None:
            if key in topics:
                raise ValueError(f"帮助文件中“{key}”出现了两次")
            topics[key] = Topic(key, title or key, "\n".join(lines).strip())

    for line in text.splitlines():
        match = _HEADING.match(line)
        if match:
            close()
            key, title, lines = match.group(1), match.group(2), []
        elif key is not None:
            lines.append(line)
    close()
    return topics


@cache
def topics() -> dict[str, Topic]:
    return parse(help_file().read_text(encoding="utf-8"))


def topic_of(widget: QWidget) -> Topic | None:
    """The widget's own topic: by object name, else by its class or the nearest base class with one."""
    table = topics()
    name = widget.objectName()
    if name in table:
        return table[name]
    for cls in type(widget).__mro__:
        if cls.__name__ in table and cls.__module__.startswith("ui."):
            return table[cls.__name__]
    return None


def nearest(widget: QWidget | None) -> QWidget | None:
    """The widget itself or its nearest ancestor that has a topic."""
    while widget is not None:
        if topic_of(widget) is not None:
            return widget
        widget = widget.parentWidget()
    return None


def topic_for(widget: QWidget | None) -> Topic | None:
    """What F1 on this widget shows: the most specific topic of its nearest registered ancestor
    (own_topic: a step's current tab when the focus is on the tab bar, a wizard's current page when
    it is on the Next button), else the window's."""
    anchor = nearest(widget)
    if anchor is None and widget is not None:
        anchor = widget.window()
    return own_topic(anchor) if anchor is not None else None


def own_topic(widget: QWidget) -> Topic | None:
    """Whatever a window shows most specifically: the deepest visible widget inside it that has a topic
    (the current step page's current tab, a wizard's current page), else the window's own."""
    best, best_depth = topic_of(widget), 0
    for child in widget.findChildren(QWidget):
        if not child.isVisible():
            continue
        topic = topic_of(child)
        if topic is None:
            continue
        depth, parent = 0, child
        while parent is not None and parent is not widget:
            depth, parent = depth + 1, parent.parentWidget()
        if depth > best_depth:
            best, best_depth = topic, depth
    return best
