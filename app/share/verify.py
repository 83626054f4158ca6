"""Check a share file by itself, with no database (what a district bureau runs before it trusts one).

Re-computed from the file alone: every member's SHA-256 against MANIFEST.sha256; draw-record.json's
SHA-256 against share.json; the draw record's own chain without its frames (commitment, witnesses,
seed, quotas, tickets, order, merge: app.draw.verify); commitment.json against the record; and the
district's inspections against the record's selection after the alternates share.json says were used
(each one re-applied under the committed rule: the next unused alternate of its stratum).
Not re-computed: the frames (not in the file), the conditional items' conditions of an enterprise whose
tasks an alternate changed (they come from the register), and the work package's cells (its bytes are
covered by the manifest only).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from app.draw.verify import verify_draw_record
from app.hashing import bytes_sha256
from app.publish.archive_layout import read_members
from app.share import layout as L
from app.share.selection import check_inspections


@dataclass
class Finding:
    member: str
    message: str

    def text(self) -> str:
        return f"“{self.member}”{self.message}"


@dataclass
class ShareReport:
    path: str
    findings: list[Finding] = field(default_factory=list)
    passed: list[str] = field(default_factory=list)
    draw_no: int | None = None
    district: str = ""
    inspections: int = 0

    @property
    def ok(self) -> bool:
        return not self.findings

    def fail(self, member: str, message: str) -> None:
        self.findings.append(Finding(member, message))

    def lines(self) -> list[str]:
        out = [f"通过  {p}" for p in self.passed] + [f"失败  {f.text()}" for f in self.findings]
        if self.ok:
            out.append(f"结论：共享文件完整（第 {self.draw_no} 号抽取，{self.district}，"
                       f"{self.inspections} 个检查对象），与其中的抽取记录核对一致。")
        else:
            out.append(f"结论：共享文件未通过核对，共 {len(self.findings)} 处不符（见上），请勿使用，"
                       "向市局索取原文件。")
        return out

    def as_dict(self) -> dict:
        return {"path": self.path, "ok": self.ok, "draw_no": self.draw_no, "district": self.district,
                "inspections": self.inspections, "passed": self.passed,
                "findings": [{"member": f.member, "message": f.message} for f in self.findings]}


def verify_share(path, *, district: str | None = None) -> ShareReport:
    result = ShareReport(str(path))
    members = _read(Path(path), result)
    if members is None:
        return result
    _check_manifest(members, result)
    share = _json(members, L.SHARE, result)
    record = _json(members, L.DRAW_RECORD, result)
    if not isinstance(share, dict) or share.get("format") != L.FORMAT:
        if isinstance(share, dict):
            result.fail(L.SHARE, f"不是 {L.FORMAT} 格式的共享文件说明")
        return result
    result.draw_no, result.district = share.get("draw_no"), str(share.get("district", ""))
    if district is not None and not _same_district(result.district, district):
        result.fail(L.SHARE, f"是发给{result.district or '（未写明区市）'}的，不是发给{district}的")
    if record is not None and not isinstance(record, dict):
        result.fail(L.DRAW_RECORD, "不是抽取记录（应为一个 JSON 对象）")
    if isinstance(record, dict):
        _check_record(members, share, record, result)
        _check_commitment(members, record, result)
        check_inspections(share, record, result)
    return result


def _same_district(have: str, want: str) -> bool:
    """"市南" names 市南区 as the settings' aliases do; no database here, so only a missing suffix."""
    want = want.strip()
    return have == want or (have[:-1] == want and have[-1:] in ("区", "市", "县"))


def _read(path: Path, result: ShareReport) -> dict[str, bytes] | None:
    return read_members(path, result.fail, kind="共享文件", changed="文件")


def _check_manifest(members: dict[str, bytes], result: ShareReport) -> None:
    if L.MANIFEST not in members:
        result.fail(L.MANIFEST, "缺失：共享文件中没有清单，无法核对各文件是否被改动")
        return
    try:
        sums, bad = L.parse_sha256sums(members[L.MANIFEST].decode("utf-8"))
    except UnicodeDecodeError:
        result.fail(L.MANIFEST, "不是 UTF-8 文本（清单被改动）")
        return
    before = len(result.findings)
    for n in bad:
        result.fail(L.MANIFEST, f"第 {n} 行不是“SHA-256  文件名”的格式或重复列出（清单被改动）")
    content = {n: bytes_sha256(d) for n, d in members.items() if n != L.MANIFEST}
    changed = 0
    for name in sorted(set(content) | set(sums)):
        have, want = content.get(name), sums.get(name)
        if have == want:
            continue
        if want is None:
            result.fail(name, f"不在清单 {L.MANIFEST} 中：共享文件中多出的文件")
        elif have is None:
            result.fail(name, f"列在清单 {L.MANIFEST} 中，但共享文件中没有这个文件：文件被删除")
        else:
            result.fail(name, f"的 SHA-256 与清单 {L.MANIFEST} 记载的不符：文件被改动")
            changed += 1
    if changed:   # one manifest only: a changed line of it looks like a changed file, so name both
        result.fail(L.MANIFEST, f"与共享文件中的 {changed} 个文件不符（文件或清单本身被改动）")
    for name in (L.DRAW_RECORD, L.COMMITMENT, L.SHARE):
        if name not in members:
            result.fail(name, "缺失：共享文件必须包含这个文件")
    if len(result.findings) == before:
        result.passed.append(f"清单：{len(content)} 个文件均列在 {L.MANIFEST} 中，SHA-256 全部一致。")


def _json(members: dict[str, bytes], name: str, result: ShareReport):
    if name not in members:
        return None
    try:
        return json.loads(members[name].decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        result.fail(name, f"不是可以读取的 JSON（{exc}）")
        return None


def _check_record(members: dict[str, bytes], share: dict, record: dict, result: ShareReport) -> None:
    digest = bytes_sha256(members[L.DRAW_RECORD])
    if digest != share.get("draw_record_sha256"):
        result.fail(L.DRAW_RECORD, f"的 SHA-256 {digest} 与 {L.SHARE} 记载的（即书面抽取记录上印的）"
                                   f"{share.get('draw_record_sha256')} 不符：不是这次抽取的记录，或被改动")
    else:
        result.passed.append(f"抽取记录 SHA-256 与共享说明一致：{digest}（可与书面抽取记录上印的核对）。")
    for key in ("draw_no", "commitment"):
        if record.get(key) != share.get(key):
            result.fail(L.SHARE, f"中的 {key}（{share.get(key)}）与抽取记录中的（{record.get(key)}）不符")
    for check in verify_draw_record(record):
        if check.ok:
            result.passed.append(f"抽取记录 {check.name}：{check.message}")
        else:
            result.fail(L.DRAW_RECORD, f"重新计算 {check.name} 不通过：{check.message}")


def _check_commitment(members: dict[str, bytes], record: dict, result: ShareReport) -> None:
    commitment = _json(members, L.COMMITMENT, result)
    if not isinstance(commitment, dict):
        return
    differ = [k for k in ("draw_no", "log_head", "commit_text", "commitment", "committed_at", "alternate_rule")
              if commitment.get(k) != record.get(k)]
    if differ:
        result.fail(L.COMMITMENT, f"的 {'、'.join(differ)} 与抽取记录不符")
    else:
        result.passed.append("承诺文件与抽取记录中的承诺一致。")
