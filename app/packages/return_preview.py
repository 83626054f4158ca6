"""What importing a returned package would do: per file, the inspections new, changed (old and new
content, the changed fields), unchanged, open and refused, the row issues and the problems reported."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.packages import layout
from app.packages.return_rows import ERROR, RowIssue
from app.results import content as rc
from app.results.models import Package


@dataclass
class Entry:
    """One inspection's result as the file gives it (and, when it changes one, the current one)."""
    key: str
    name: str
    content: dict
    old: dict | None = None
    old_status: str = ""
    fields: list[str] = field(default_factory=list)    # labels of the changed fields


@dataclass
class ReturnPreview:
    path: Path
    file_sha256: str
    package: Package
    draw_no: int
    district: str
    mapped_by_hand: str = ""
    issues: list[RowIssue] = field(default_factory=list)
    new: list[Entry] = field(default_factory=list)
    changed: list[Entry] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    open: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    problems: list[dict] = field(default_factory=list)
    identical: bool = False

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def errors(self) -> list[RowIssue]:
        return [i for i in self.issues if i.severity == ERROR]

    def summary(self) -> str:
        p = self.package
        head = (f"文件“{self.file_name}”是第 {self.draw_no} 号抽取下发给{self.district}的工作包"
                f"（第 {p.issue_no} 次下发，编号 {p.uid}）")
        if self.mapped_by_hand:
            head += f"，由手工指定（原因：{self.mapped_by_hand}）"
        if self.identical:
            return head + "；与已导入的同一文件完全相同，导入不会作任何更改。"
        parts = [f"新录入 {len(self.new)} 户", f"有变更 {len(self.changed)} 户", f"无变化 {len(self.unchanged)} 户",
                 f"未填写（仍为未录入）{len(self.open)} 户", f"有错误不导入 {len(self.refused)} 户"]
        text = head + "：" + "，".join(parts)
        if self.issues:
            text += f"；发现问题 {len(self.issues)} 处（其中错误 {len(self.errors)} 处）"
        if self.problems:
            text += f"；“{layout.PROBLEMS_SHEET}”填报 {len(self.problems)} 条"
        if self.changed:
            text += "；变更的结果须确认后才会导入，原有结果保留在历史中"
        return text + "。"

    def as_dict(self) -> dict:
        def entry(e: Entry) -> dict:
            out = {"key": e.key, "name": e.name, "content": e.content}
            if e.old is not None:
                out.update(old=e.old, old_status=e.old_status, fields=e.fields)
            return out
        return {"file": str(self.path), "file_sha256": self.file_sha256, "package": self.package.uid,
                "draw_no": self.draw_no, "district": self.district, "issue_no": self.package.issue_no,
                "mapped_by_hand": self.mapped_by_hand, "identical": self.identical, "summary": self.summary(),
                "new": [entry(e) for e in self.new], "changed": [entry(e) for e in self.changed],
                "unchanged": self.unchanged, "open": self.open, "refused": self.refused,
                "problems": self.problems, "issues": [i.as_dict() for i in self.issues]}


def changed_fields(old: dict, new: dict) -> list[str]:
    """Labels of the fields that differ between two normalized contents (item fields named with their item)."""
    out = []
    old_items = {r["item"]: r for r in old.get("items") or []}
    for row in new["items"]:
        before = old_items.get(row["item"], {})
        out += [f"{row['item']}·{layout.BY_FIELD[f].label}" for f in rc.ITEM_FIELDS if before.get(f) != row[f]]
    flat_old, flat_new = _flat(old), _flat(new)
    out += [layout.BY_FIELD[f].label for f in rc.ENTERPRISE_FIELDS if flat_old.get(f) != flat_new.get(f)]
    return out


def _flat(content: dict) -> dict:
    follow = content.get("followup") or {}
    out = {k: content.get(k) for k in ("outcome", "publicity", "check_date", "inspectors", "unit", "entered_by")}
    out.update(measures=follow.get("measures"), followup_text=follow.get("text"), closed=follow.get("closed"),
               closed_on=follow.get("closed_on"))
    return out


