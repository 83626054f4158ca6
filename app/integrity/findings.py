"""What a tamper check found: one Finding per difference, naming the object in Chinese."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Finding:
    area: str       # file | log | anchor | register | draw | match | package | result
    subject: str    # the object, as the clerk knows it: 名录“…”第 1 版, 第 1 号抽取, …
    message: str    # what differs, Chinese, the stored and the re-derived values where they are short

    def text(self) -> str:
        return f"{self.subject}{self.message}"


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    checked: dict[str, int] = field(default_factory=dict)   # area -> objects checked

    @property
    def ok(self) -> bool:
        return not self.findings

    def add(self, area: str, subject: str, message: str) -> None:
        self.findings.append(Finding(area, subject, message))

    def count(self, area: str, n: int = 1) -> None:
        self.checked[area] = self.checked.get(area, 0) + n

    def extend(self, other: Report) -> None:
        self.findings += other.findings
        for area, n in other.checked.items():
            self.count(area, n)

    def lines(self, limit: int | None = None) -> list[str]:
        shown = self.findings if limit is None else self.findings[:limit]
        out = [f.text() for f in shown]
        if limit is not None and len(self.findings) > limit:
            out.append(f"……另有 {len(self.findings) - limit} 处不符。")
        return out

    def message(self) -> str:
        if self.ok:
            parts = "、".join(f"{_AREA_ZH.get(a, a)} {n} 项" for a, n in self.checked.items() if n)
            return f"数据完整性校验通过（{parts or '无可校验的数据'}）。"
        return "\n".join([f"数据完整性校验发现 {len(self.findings)} 处不符，数据库可能被直接改动：",
                          *(f"- {line}" for line in self.lines(20))])

    def as_dict(self) -> dict:
        return {"ok": self.ok, "checked": dict(self.checked),
                "findings": [{"area": f.area, "subject": f.subject, "message": f.message} for f in self.findings]}


_AREA_ZH = {"file": "数据库文件", "log": "审计日志", "anchor": "日志锚点", "register": "名录版本", "draw": "抽取",
           "match": "匹配", "package": "工作包", "result": "检查结果批次"}


def short(value, width: int = 40) -> str:
    """A value for a message: whole when short, else its start and an ellipsis."""
    text = "（空）" if value is None or value == "" else str(value)
    return text if len(text) <= width else text[:width] + "…"
