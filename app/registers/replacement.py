"""Does a new version look like another register? The check asked before a version replaces most of one.

A clerk who imports the second enterprise register under the first one's name makes a version that
removes most of the first register and adds the other's rows: every later draw would use the wrong
register. Such a version is allowed (a register can really change that much), but only when the clerk
confirms it knowing the counts: the import wizard asks on its check page, `spotcheck import` asks for
--confirm-replace. Both call `replacement_warning`; the thresholds live here and nowhere else.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.registers.results import Diff

# A new version needs a confirmation when it removes more than this share of the previous version's keys…
MAX_REMOVED_SHARE = 0.20
# …or when fewer than this share of the larger of the two versions' keys are in both.
MIN_COMMON_SHARE = 0.50


@dataclass(frozen=True)
class ReplacementWarning:
    register: str
    previous_version: int
    previous_count: int
    new_count: int
    added: int
    removed: int
    common: int

    @property
    def removed_share(self) -> float:
        return self.removed / self.previous_count if self.previous_count else 0.0

    @property
    def common_share(self) -> float:
        larger = max(self.previous_count, self.new_count)
        return self.common / larger if larger else 1.0

    def message(self) -> str:
        """The Chinese sentence naming the register and the counts (wizard and CLI say the same)."""
        return (f"名录“{self.register}”第 {self.previous_version} 版有 {self.previous_count:,} 条；"
                f"这次导入的文件有 {self.new_count:,} 条，其中只有 {self.common:,} 条与第 {self.previous_version} 版"
                f"相同，将删除 {self.removed:,} 条（{self.removed_share:.0%}）、新增 {self.added:,} 条。"
                f"请核实这个文件确实是“{self.register}”的新版本，而不是另一个名录。")

    def as_dict(self) -> dict:
        return {"register": self.register, "previous_version": self.previous_version,
                "previous_count": self.previous_count, "new_count": self.new_count, "added": self.added,
                "removed": self.removed, "common": self.common}


def replacement_warning(register: str, diff: Diff, new_count: int) -> ReplacementWarning | None:
    """The warning when the new version (new_count keys) would replace most of the register, else None.

    None for a first version. `diff` is the ImportResult's diff against the newest version."""
    if diff.previous_version is None or diff.previous_count <= 0:
        return None
    warning = ReplacementWarning(register=register, previous_version=diff.previous_version,
                                 previous_count=diff.previous_count, new_count=new_count,
                                 added=len(diff.added), removed=len(diff.removed), common=diff.common)
    if warning.removed_share > MAX_REMOVED_SHARE or warning.common_share < MIN_COMMON_SHARE:
        return warning
    return None


def result_warning(result) -> ReplacementWarning | None:
    """replacement_warning for an app.registers.results.ImportResult (its name, diff and row count)."""
    return replacement_warning(result.register_name, result.diff, result.imported)
