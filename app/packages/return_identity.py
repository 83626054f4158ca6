"""Which issued package a returned file is: its hidden identity sheet, checked against the Package row.

A file is refused (ValidationError naming the file and the reason) when the identity sheet is missing or
altered, or names another database, another draw or another district. The clerk may then map the file by
hand to a package of this database, giving the reason; the file's key column is then matched against
that package and the reason is recorded with the import (ResultBatch.mapped_by_hand, audit entry).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.errors import Location, ValidationError
from app.packages import layout
from app.packages.identity import PackageIdentity, read_identity
from app.registers.readers import Workbook
from app.results.models import Package
from app.settings.store import get_setting

_MAP_HINT = "如确认这是本库下发的某个工作包，可手工指定对应的工作包并填写原因后导入。"


@dataclass
class Identified:
    package: Package
    identity: PackageIdentity | None      # None when mapped by hand without a readable identity
    mapped_by_hand: str                   # the clerk's reason, with what was wrong with the identity


def _refuse(path: Path, reason: str, sheet: str | None = layout.IDENTITY_SHEET, hint: bool = True) -> ValidationError:
    return ValidationError(f"不能导入：{reason}" + (_MAP_HINT if hint else ""),
                           location=Location(file=path.name, sheet=sheet))


def identify(book: Workbook, path: Path, *, map_to: str | None = None, map_reason: str = "") -> Identified:
    problem, identity = "", None
    try:
        identity = _read(book, path)
        package = _check(identity, path)
    except ValidationError as exc:
        if not map_to:
            raise
        problem = exc.message
    else:
        if not map_to or map_to == package.uid:
            return Identified(package, identity, "")
        problem = f"包标识指向工作包 {package.uid}，手工指定为 {map_to}"
    return _by_hand(path, map_to, map_reason, problem)


def _by_hand(path: Path, uid: str, reason: str, problem: str) -> Identified:
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError("手工指定文件对应的工作包时，必须填写原因（将记入日志）。",
                              location=Location(file=path.name))
    package = Package.get_or_none(Package.uid == uid)
    if package is None:
        raise ValidationError(f"本数据库中没有编号为“{uid}”的工作包，无法手工指定。", location=Location(file=path.name))
    return Identified(package, None, f"{reason}（{problem}）" if problem else reason)


def _read(book: Workbook, path: Path) -> PackageIdentity:
    if layout.IDENTITY_SHEET not in book.sheet_names:
        raise _refuse(path, f"没有“{layout.IDENTITY_SHEET}”工作表（被删除或不是下发的工作包），"
                            "无法确认它是哪个工作包。", sheet=None)
    sheet = book.sheet(layout.IDENTITY_SHEET)
    try:
        return read_identity([row for _, row in sheet.rows])
    except ValidationError as exc:
        raise _refuse(path, exc.message) from exc


def _check(identity: PackageIdentity, path: Path) -> Package:
    """The Package row the identity names, when every part of it is as issued by this database."""
    mine = str(get_setting("database_id") or "")
    if identity.database_id != mine:
        raise _refuse(path, f"它来自另一个数据库（数据库标识 {identity.database_id or '空'}，本库为 {mine}），"
                            "不是本库下发的工作包。")
    package = Package.get_or_none(Package.uid == identity.uid)
    if package is None:
        raise _refuse(path, f"本数据库中没有编号为“{identity.uid}”的工作包（包标识被改动，或来自另一个数据库）。")
    draw = package.draw
    if identity.draw_no != draw.draw_no or identity.draw_record_sha256 != (draw.record_sha256 or ""):
        raise _refuse(path, f"包标识写的是第 {identity.draw_no} 号抽取，而工作包 {package.uid} 是第 {draw.draw_no} 号"
                            "抽取下发的（或抽取记录不符）：来自另一次抽取。")
    if identity.district != package.district:
        raise _refuse(path, f"包标识写的区市是“{identity.district}”，而工作包 {package.uid} 是下发给"
                            f"“{package.district}”的：来自另一个区市。")
    if not identity.digest_ok or identity.content_digest != package.content_digest:
        raise _refuse(path, "包标识的内容与下发时的摘要不符（包标识被改动）。")
    if identity.keys != list(package.keys) or identity.issue_no != package.issue_no:
        raise _refuse(path, "包标识中的检查对象或下发次数与下发记录不符（包标识被改动）。")
    return package
