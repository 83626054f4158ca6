"""Checking a campaign archive offline (`spotcheck verify-archive`): no database is opened.

1. the manifests: every member listed in MANIFEST.sha256 and no member unlisted, each member's SHA-256,
   MANIFEST.json in agreement with MANIFEST.sha256;
2. the audit-log extract: its hash chain re-computed entry by entry (app.audit.log.entry_hash), its end
   against the anchor it carries;
3. every draw and match inside re-computed from the archived records, frames, roster and avoidance texts,
   and their digests found in the log extract (app.publish.archive_recheck), the returned files against
   their import entries, and every result revision and batch against its digest and log entry
   (app.publish.archive_results).

Each finding names the member and says in Chinese what failed. A single changed file is named as itself;
a changed line of MANIFEST.sha256 is named as that manifest (the file and MANIFEST.json still agree).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from app.audit.log import GENESIS, canonical_json, entry_hash
from app.hashing import bytes_sha256
from app.progress import CancelFn, ProgressFn, check_cancel, report
from app.publish import archive_layout as A
from app.publish import archive_recheck
from app.publish.archive_results import check_results


@dataclass
class Finding:
    member: str
    message: str

    def text(self) -> str:
        return f"“{self.member}”{self.message}"


@dataclass
class ArchiveReport:
    path: str
    findings: list[Finding] = field(default_factory=list)
    passed: list[str] = field(default_factory=list)      # what was checked and agreed, in Chinese
    members: int = 0
    draws: list[int] = field(default_factory=list)
    matches: int = 0
    audit_entries: int = 0

    @property
    def ok(self) -> bool:
        return not self.findings

    def fail(self, member: str, message: str) -> None:
        self.findings.append(Finding(member, message))

    def lines(self) -> list[str]:
        out = [f"通过  {p}" for p in self.passed] + [f"失败  {f.text()}" for f in self.findings]
        out.append("结论：" + ("归档完整，清单、审计日志和全部抽取、匹配均重新核对一致。" if self.ok else
                             f"归档未通过核对，共 {len(self.findings)} 处不符（见上）。"))
        return out

    def as_dict(self) -> dict:
        return {"path": self.path, "ok": self.ok, "members": self.members, "draws": self.draws,
                "matches": self.matches, "audit_entries": self.audit_entries, "passed": self.passed,
                "findings": [{"member": f.member, "message": f.message} for f in self.findings]}


def verify_archive(path: str | Path, *, progress: ProgressFn | None = None,
                   cancel: CancelFn | None = None) -> ArchiveReport:
    result = ArchiveReport(str(path))
    members = _read(Path(path), result)
    if members is None:
        return result
    result.members = len(members)
    report(progress, 0, 3, "正在核对清单……")
    _check_manifests(members, result)
    check_cancel(cancel)
    report(progress, 1, 3, "正在核对审计日志的哈希链……")
    entries = _check_audit(members, result)
    check_cancel(cancel)
    report(progress, 2, 3, "正在重新计算抽取和匹配……")
    archive_recheck.recheck(members, entries, result, cancel=cancel)
    check_results(members, entries, result)
    report(progress, 3, 3, "核对完毕。")
    return result


def _read(path: Path, result: ArchiveReport) -> dict[str, bytes] | None:
    return A.read_members(path, result.fail, kind="归档", changed="归档")


def _manifest_listing(members: dict[str, bytes]) -> dict[str, str] | None:
    """{name: sha256} as MANIFEST.json lists it; None when it is missing or not of its form."""
    try:
        data = json.loads(members[A.MANIFEST_JSON].decode("utf-8"))
        if data.get("format") != A.FORMAT:
            return None
        return {str(m["name"]): str(m["sha256"]) for m in data["members"]}
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def _check_manifests(members: dict[str, bytes], result: ArchiveReport) -> None:
    if A.MANIFEST_SHA not in members:
        result.fail(A.MANIFEST_SHA, "缺失：归档中没有清单，无法核对各文件是否被改动")
        return
    try:
        sums, bad = A.parse_sha256sums(members[A.MANIFEST_SHA].decode("utf-8"))
    except UnicodeDecodeError:
        result.fail(A.MANIFEST_SHA, "不是 UTF-8 文本（清单被改动）")
        return
    for n in bad:
        result.fail(A.MANIFEST_SHA, f"第 {n} 行不是“SHA-256  文件名”的格式或重复列出（清单被改动）")
    actual = {name: bytes_sha256(data) for name, data in members.items()}
    listing = _manifest_listing(members) if A.MANIFEST_JSON in members else None
    content = {n: s for n, s in actual.items() if n not in (A.MANIFEST_JSON, A.MANIFEST_SHA)}
    # MANIFEST.json agreeing with every file while MANIFEST.sha256 does not: the latter was changed.
    trusted = listing == content
    if A.MANIFEST_SHA in sums:
        result.fail(A.MANIFEST_SHA, "列出了它自己（清单被改动）")
    for name in sorted((set(content) | set(sums)) - {A.MANIFEST_JSON, A.MANIFEST_SHA}):
        have, want = content.get(name), sums.get(name)
        if have == want:
            continue
        if trusted:
            result.fail(A.MANIFEST_SHA, f"中关于“{name}”的一行与归档中的文件不符，而 {A.MANIFEST_JSON} "
                                        "与文件一致：清单被改动")
        elif want is None:
            result.fail(name, f"不在清单 {A.MANIFEST_SHA} 中：归档中多出的文件")
        elif have is None:
            result.fail(name, f"列在清单 {A.MANIFEST_SHA} 中，但归档中没有这个文件：文件被删除")
        else:
            result.fail(name, f"的 SHA-256 与清单 {A.MANIFEST_SHA} 记载的不符：文件被改动")
    _check_manifest_json(actual, sums, listing, content, trusted, result)
    if not result.findings:
        result.passed.append(f"清单：{len(actual) - 1} 个文件均列在 {A.MANIFEST_SHA} 中，"
                             "SHA-256 全部一致，没有多出的文件。")


def _check_manifest_json(actual: dict[str, str], sums: dict[str, str], listing: dict[str, str] | None,
                         content: dict[str, str], trusted: bool, result: ArchiveReport) -> None:
    """MANIFEST.json against its line in MANIFEST.sha256, and what it lists against the files."""
    name = A.MANIFEST_JSON
    if name not in actual:
        result.fail(name, "缺失" + ("：文件被删除" if name in sums else ""))
    elif name not in sums:
        result.fail(name, f"不在清单 {A.MANIFEST_SHA} 中")
    elif sums[name] != actual[name]:
        if trusted:   # its list still fits the files: the change is elsewhere in it, or in its line
            for member in (name, A.MANIFEST_SHA):
                result.fail(member, f"：{name} 的 SHA-256 与 {A.MANIFEST_SHA} 中记载的不符，"
                                    "二者之一被改动")
        else:
            result.fail(name, f"的 SHA-256 与清单 {A.MANIFEST_SHA} 记载的不符：文件被改动")
    elif listing is None:
        result.fail(name, f"不是 {A.FORMAT} 的清单格式")
    elif not trusted:
        for member in sorted(set(listing) | set(content)):
            if listing.get(member) != content.get(member) and content.get(member) == sums.get(member):
                result.fail(member, f"与 {name} 记载的 SHA-256 不符（{A.MANIFEST_SHA} 却与之一致）："
                                    "文件和清单被改动")


def _check_audit(members: dict[str, bytes], result: ArchiveReport) -> list[dict] | None:
    """The log extract's chain re-computed; the entries (for the cross-checks), None when unreadable."""
    if A.AUDIT_LOG not in members:
        result.fail(A.AUDIT_LOG, "缺失：没有审计日志，无法核对记录的摘要")
        return None
    entries: list[dict] = []
    prev = GENESIS
    try:
        lines = members[A.AUDIT_LOG].decode("utf-8").split("\n")
    except UnicodeDecodeError:
        result.fail(A.AUDIT_LOG, "不是 UTF-8 文本（被改动）")
        return None
    if lines and lines[-1] == "":
        lines.pop()
    broken = False
    for n, line in enumerate(lines, start=1):
        problem, e = _chain_problem(n, line, prev)
        if problem and not broken:
            # the first break only, as `spotcheck log verify` does; the entries still serve the cross-checks
            result.fail(A.AUDIT_LOG, problem + "，该条及其后的记录不可信")
            broken = True
        if e is not None:
            entries.append(e)
            prev = str(e.get("hash"))
    result.audit_entries = len(entries)
    if not broken:
        _check_anchor(members, len(entries), prev, entries, result)
        result.passed.append(f"审计日志：{len(entries)} 条记录的哈希链重新计算一致，链头 {prev}。")
    return entries


def _chain_problem(n: int, line: str, prev: str) -> tuple[str | None, dict | None]:
    """What is wrong with line n of the extract given the previous hash (None when nothing), and its entry."""
    try:
        e = json.loads(line)
        digest = entry_hash(e["id"], e["at"], e["actor"], e["action"], canonical_json(e["payload"]),
                            e["prev_hash"])
        if not isinstance(e["payload"], dict):
            raise TypeError("payload")
    except (KeyError, TypeError, ValueError) as exc:
        return f"第 {n} 行不是完整的日志记录（{type(exc).__name__}）", None
    if e["id"] != n:
        return f"第 {n} 行的记录编号为 {e['id']}，应为 {n}：记录被删除或重排", e
    if e["prev_hash"] != prev:
        return f"第 {n} 条记录（{e['action']}）的前一条哈希与链不符：记录被删除或重排", e
    if digest != e["hash"]:
        return f"第 {n} 条记录（{e['action']}）的内容与其哈希不符：记录被改动", e
    return None, e


def _check_anchor(members: dict[str, bytes], count: int, head: str, entries: list[dict],
                  result: ArchiveReport) -> None:
    try:
        info = json.loads(members[A.ANCHOR].decode("utf-8"))
        extract_ok = info["entries"] == count and info["head"] == head
        anchor = info.get("anchor")
    except (KeyError, TypeError, ValueError, AttributeError):
        result.fail(A.ANCHOR, "缺失或不是有效的 JSON：无法核对日志是否被截断")
        return
    if not extract_ok:
        result.fail(A.ANCHOR, f"记载的日志条数或链头与 {A.AUDIT_LOG} 不符：日志被截断或增补")
    if isinstance(anchor, dict):
        seq = anchor.get("seq")
        if not isinstance(seq, int) or not 1 <= seq <= count or entries[seq - 1]["hash"] != anchor.get("head"):
            result.fail(A.ANCHOR, f"中数据库锚点（第 {seq} 条）的链头与 {A.AUDIT_LOG} 不符：日志被截断或改写")
