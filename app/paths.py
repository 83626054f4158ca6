"""Where things live: bundled resources, the user's database, logs.

One function finds resources both from a source checkout and from a frozen
(PyInstaller) build, so no other module needs to know which one is running.
The user's data never lives in the install folder: an upgrade replaces that.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from app import APP_NAME

_APP_AUTHOR = "spotcheck"


def install_root() -> Path:
    """The folder holding resources/ and data/ (source tree or frozen bundle)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. resource_path("fonts", "x.ttf")."""
    return install_root().joinpath("resources", *parts)


def data_path(*parts: str) -> Path:
    """Path of bundled data (demo registers, example plan)."""
    return install_root().joinpath("data", *parts)


def user_data_dir() -> Path:
    path = Path(platformdirs.user_data_dir(APP_NAME, _APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_log_dir() -> Path:
    path = Path(platformdirs.user_log_dir(APP_NAME, _APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    """SPOTCHECK_DB overrides the platform's user data folder."""
    override = os.environ.get("SPOTCHECK_DB")
    if override:
        return Path(override).expanduser()
    return user_data_dir() / "spotcheck.sqlite3"


def backup_dir_for(db_path: Path) -> Path:
    """Backups sit beside the database, in a folder of their own."""
    return Path(db_path).parent / "backups"
