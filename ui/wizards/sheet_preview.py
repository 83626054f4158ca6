"""The first rows of a sheet as the clerk sees them in Excel (the import wizard's preview)."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from ui.widgets.tables import ROOT


class PreviewModel(QAbstractTableModel):
    """The first rows of a sheet as the clerk sees them in Excel: row numbers, column letters, header marked."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[list[str]] = []
        self.row_numbers: list[int] = []
        self.header_row: int | None = None
        self.width = 0

    def set_sheet(self, rows: list[list[str]], row_numbers: list[int], header_row: int | None) -> None:
        self.beginResetModel()
        self.rows, self.row_numbers, self.header_row = rows, row_numbers, header_row
        self.width = max((len(r) for r in rows), default=0)
        self.endResetModel()

    def set_header_row(self, header_row: int | None) -> None:
        self.header_row = header_row
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, max(self.width - 1, 0)))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self.rows) - 1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.width

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return column_letter(section)
            return None
        if role == Qt.ItemDataRole.DisplayRole and section < len(self.row_numbers):
            return str(self.row_numbers[section])
        if role == Qt.ItemDataRole.FontRole and self._is_header(section):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _is_header(self, row: int) -> bool:
        return self.header_row is not None and row < len(self.row_numbers) \
            and self.row_numbers[row] == self.header_row

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row[index.column()] if index.column() < len(row) else ""
        if self._is_header(index.row()):
            if role == Qt.ItemDataRole.BackgroundRole:
                return QColor("#dbe9f7")
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA (as Excel names columns)."""
    out = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        out = chr(65 + rem) + out
    return out
