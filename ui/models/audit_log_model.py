"""The audit log as a table model that reads rows in pages, newest first.

Rows are read raw (SQL, not through the JSON field) so that a hand-edited row
is shown exactly as it is stored, even when its payload is no longer JSON.
The table shows what a clerk reads (local time, who, the Chinese sentence of
app.audit.describe); the action code, JSON and hash are the row's `details`.
"""
from __future__ import annotations

import json

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.audit.describe import describe, local_time
from app.db.base import database
from ui.widgets.tables import ROOT

PAGE_SIZE = 200
ID, AT, ACTOR, ACTION = range(4)
_PAYLOAD = 4     # in the raw row (then the hash), not shown as a column


class AuditLogModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple] = []
        self._sentences: dict[int, str] = {}
        self._total = 0
        self.bad_id: int | None = None   # the first entry the chain check rejected
        self.reload()

    def _headers(self) -> list[str]:
        return [self.tr("No."), self.tr("Time"), self.tr("By"), self.tr("Action")]

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._sentences = {}
        self._total = database.obj.execute_sql("SELECT COUNT(*) FROM audit_log").fetchone()[0]
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def total(self) -> int:
        return self._total

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else 4

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> None:
        if parent.isValid():
            return
        rows = database.obj.execute_sql(
            "SELECT id, at, actor, action, payload, hash FROM audit_log ORDER BY id DESC LIMIT ? OFFSET ?",
            (PAGE_SIZE, len(self._rows))).fetchall()
        if not rows:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def row_of_id(self, entry_id: int) -> int | None:
        """The view row of an entry, reading further pages until it is loaded."""
        while True:
            for row, values in enumerate(self._rows):
                if values[ID] == entry_id:
                    return row
            if not self.canFetchMore():
                return None
            self.fetchMore()

    def mark_bad(self, entry_id: int | None) -> None:
        self.bad_id = entry_id
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 3))

    def entry_id(self, row: int) -> int:
        return self._rows[row][ID]

    def _sentence(self, values: tuple) -> str:
        """describe() once per entry (a repaint asks every visible cell again)."""
        text = self._sentences.get(values[ID])
        if text is None:
            text = self._sentences[values[ID]] = describe(values[ACTION], values[_PAYLOAD])
        return text

    def details(self, row: int) -> str:
        """The entry as stored (action code, time, payload as indented JSON, hash): shown on request."""
        entry_id, at, actor, action, payload, digest = self._rows[row]
        try:
            body = json.dumps(json.loads(payload), ensure_ascii=False, indent=2, sort_keys=True)
        except (TypeError, ValueError):
            body = str(payload)
        lines = [self.tr("Entry %1, action code %2, stored time %3, by %4").replace("%1", str(entry_id))
                 .replace("%2", str(action)).replace("%3", str(at)).replace("%4", str(actor)),
                 self.tr("Hash: %1").replace("%1", str(digest)), body]
        return "\n".join(lines)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        values = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == AT:
                return local_time(values[AT])
            if column == ACTION:
                return self._sentence(values)
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == ACTION:
            return self._sentence(values)
        if role == Qt.ItemDataRole.BackgroundRole and self.bad_id is not None and values[ID] == self.bad_id:
            return QBrush(QColor("#ffcdd2"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ID:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        return None
