"""The Qt face of the workbench: it presents and delegates to app/, nothing more."""
from ui import qt_compat as _qt_compat

_qt_compat.apply()
