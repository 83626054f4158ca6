"""Plain result objects of a preview and a validation (a Qt table model reads them as they are)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.registers.rows import COLUMNS, Issue  # noqa: F401  (Issue is part of this API)


@dataclass
class SheetPreview:
    name: str
    rows: list[list[str]]            # the first rows as text, for the wizard's grid
    row_numbers: list[int]           # Excel row number of each preview row
    header_row: int | None           # Excel row number of the detected header, None if none found
    headers: list[str]
    mapping: dict[str, str]          # suggested (or remembered) {field: header text}
    data_rows: int                   # non-blank rows below the header


@dataclass
class FilePreview:
    path: Path
    kind: str
    format: str                      # xlsx | xls | ods | csv
    encoding: str | None
    sheets: list[SheetPreview]
    remembered: bool = False         # mapping came from a mapping the clerk confirmed before


@dataclass
class Diff:
    previous_version: int | None     # None: first version of this register
    added: Sequence[str] = field(default_factory=list)   # a first version: a view of its records
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    previous_count: int = 0          # keys in the previous version (0 for a first version)

    @property
    def common(self) -> int:
        """Keys both in the previous version and in this one."""
        return self.previous_count - len(self.removed)

    def summary(self) -> str:
        if self.previous_version is None:
            return "首次导入"
        return (f"与第 {self.previous_version} 版相比：新增 {len(self.added)}，删除 {len(self.removed)}，"
                f"变更 {len(self.changed)}")


@dataclass
class ImportResult:
    path: Path
    source_name: str
    source_sha256: str
    kind: str
    register_name: str
    format: str
    encoding: str | None
    sheets: list[str]
    header_rows: dict[str, int]      # sheet -> Excel row number of its header
    mapping: dict[str, str]
    records: Sequence[tuple]         # in COLUMNS[kind] order (a Spool: on disk until the commit)
    issues: list[Issue]
    rows_read: int
    rejected: int
    flagged: int
    operating: int                   # operating enterprises / eligible inspectors
    digest: str
    diff: Diff
    mapping_confirmed: bool = False  # the caller passed a mapping: remember it on commit
    sheet_headers: dict[str, list[str]] = field(default_factory=dict)   # sheet -> its header cells as text

    @property
    def columns(self) -> tuple[str, ...]:
        return COLUMNS[self.kind]

    @property
    def imported(self) -> int:
        return len(self.records)

    def errors(self) -> list[dict]:
        """Rejected and flagged rows for --json and the summary page (skipped/excluded rows left out)."""
        return [{"sheet": i.sheet, "row": i.row, "column": i.column, "value": i.value, "reason": i.reason,
                 "severity": i.severity}
                for i in self.issues if i.severity in ("rejected", "conflict", "flagged")]

    def summary(self) -> dict:
        return {"register": self.register_name, "kind": self.kind, "rows_read": self.rows_read,
                "imported": self.imported, "operating": self.operating, "rejected": self.rejected,
                "flagged": self.flagged, "digest": self.digest, "source_sha256": self.source_sha256,
                "diff": {"previous_version": self.diff.previous_version, "added": len(self.diff.added),
                         "removed": len(self.diff.removed), "changed": len(self.diff.changed)}}
