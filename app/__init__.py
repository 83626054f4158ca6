"""双随机抽查工作台 — the domain core.

Nothing in this package imports Qt: every workflow step runs headless, from the
`spotcheck` command line and from tests, exactly as it does behind the GUI.
"""

__version__ = "0.1.0"
APP_NAME = "spotcheck-workbench"
APP_TITLE_ZH = "双随机抽查工作台"
