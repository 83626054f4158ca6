"""Typed errors of the core.

Each carries a machine code and, where it applies, the file, sheet, row and
column, so the GUI and the command line can both say exactly what is wrong.
The message is already Chinese: the clerk is the audience.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

import peewee


@dataclass
class Location:
    file: str | None = None
    sheet: str | None = None
    row: int | None = None        # 1-based, as the clerk sees it in Excel
    column: str | None = None     # column letter or header text

    def describe(self) -> str:
        parts = []
        if self.file:
            parts.append(f"文件“{self.file}”")
        if self.sheet:
            parts.append(f"工作表“{self.sheet}”")
        if self.row is not None:
            parts.append(f"第 {self.row} 行")
        if self.column:
            parts.append(f"“{self.column}”列")
        return "，".join(parts)


class SpotcheckError(Exception):
    """Base of every error the clerk may see. `message` is Chinese."""

    code = "error"

    def __init__(self, message: str, *, code: str | None = None, location: Location | None = None,
                 details: dict | None = None):
        super().__init__(message)
        self.message = message
        if code:
            self.code = code
        self.location = location
        self.details = details or {}

    def __str__(self) -> str:
        where = self.location.describe() if self.location else ""
        return f"{where}：{self.message}" if where else self.message

    def to_dict(self) -> dict:
        out: dict[str, Any] = {"code": self.code, "message": str(self)}
        if self.location:
            out.update({k: v for k, v in vars(self.location).items() if v is not None})
        if self.details:
            out["details"] = self.details
        return out


class DatabaseError(SpotcheckError):
    code = "database"


class SchemaTooNewError(DatabaseError):
    code = "schema_too_new"


class IntegrityCheckError(DatabaseError):
    code = "integrity"


class AlreadyRunningError(SpotcheckError):
    code = "already_running"


class ValidationError(SpotcheckError):
    code = "invalid"


class NotFoundError(SpotcheckError):
    code = "not_found"


class StateError(SpotcheckError):
    """An action asked in the wrong order (e.g. draw before commit, or twice)."""
    code = "state"


class CalendarNotCoveredError(SpotcheckError):
    code = "calendar_not_covered"


class FileReadError(SpotcheckError):
    code = "file_unreadable"


class CancelledError(SpotcheckError):
    code = "cancelled"

    def __init__(self, message: str = "操作已取消，数据库未作任何更改。", **kw):
        super().__init__(message, **kw)


# ---- A busy database: another program, window or computer holds the write lock ----

BUSY_MESSAGE = "数据库正被另一项操作占用（可能是另一台电脑或另一个窗口正在写入），请稍后重试。"
_BUSY_CODES = (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
_BUSY_TEXTS = ("database is locked", "database is busy", "database table is locked")


class DatabaseBusyError(DatabaseError):
    """SQLite stayed busy past the connection's busy timeout. Nothing was written; trying again later works."""
    code = "database_busy"

    def __init__(self, message: str = BUSY_MESSAGE, **kw):
        super().__init__(message, **kw)


def as_busy_error(exc: BaseException | None) -> DatabaseBusyError | None:
    """The DatabaseBusyError that `exc` (or an exception it was raised from) amounts to, else None.

    peewee re-raises sqlite3's OperationalError as its own class with the sqlite3 one as context,
    so the chain is followed; both say "database is locked" when the busy timeout ran out."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, DatabaseBusyError):
            return exc
        if _is_busy(exc):
            return DatabaseBusyError(details={"sqlite": str(exc)})
        exc = exc.__cause__ or exc.__context__
    return None


def _is_busy(exc: BaseException) -> bool:
    if not isinstance(exc, sqlite3.OperationalError | peewee.OperationalError):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in _BUSY_CODES   # extended codes (SQLITE_BUSY_SNAPSHOT ...) keep the primary low byte
    return str(exc).strip().lower().startswith(_BUSY_TEXTS)


# ---- tamper evidence (app.integrity) ----------------------------------------------

class IntegrityError(DatabaseError):
    """Stored rows differ from the digests chained into the audit log, or the log from its anchor:
    the database was edited directly (or copied without its -wal file). The message names the objects."""
    code = "tampered"
