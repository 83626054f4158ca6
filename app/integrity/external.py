"""The full integrity check in a child process: its command line, and its answer read back as a Report.

The GUI's deferred full check re-derives every digest (a minute and ~900 MB on a provincial database,
most of it parsing the draw and match records). Run in the GUI process, that parsing holds the
interpreter lock and stalls the window for seconds; run as `spotcheck db check --json` in a child
process, the GUI keeps only the answer. The command is the one the clerk would type, so the child and
the command line report the same findings.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from app.integrity.findings import Report

CLI_NAME = "spotcheck"   # the console program beside spotcheck-gui in the bundle (build_installer.spec)


class CheckNotRun(Exception):
    """The child gave no answer: it could not start, crashed, or stopped with an error. Chinese text."""


def check_command(db_path: str | Path) -> tuple[str, list[str]]:
    """(program, arguments) of `spotcheck db check --json` on `db_path`.

    In the bundle the CLI is its own executable in the GUI's folder (one folder, two programs sharing
    one set of libraries); from the sources it is this interpreter running the package (`-m app`)."""
    args = ["db", "check", "--json", "--db", str(Path(db_path))]
    if getattr(sys, "frozen", False):
        exe = Path(sys.executable).with_name(CLI_NAME + (".exe" if sys.platform == "win32" else ""))
        return str(exe), args
    return sys.executable, ["-m", "app", *args]


def report_from_output(exit_code: int, stdout: str, stderr: str = "") -> Report:
    """The findings of `spotcheck db check --json` (exit 0: sound, 1: differences found).

    Raises CheckNotRun, in Chinese, for any other answer: the clerk must hear that the check did not
    run, never take silence for a pass."""
    data = _json_object(stdout)
    if exit_code not in (0, 1) or data is None or "integrity" not in data:
        error = (data or {}).get("error") if isinstance(data, dict) else None
        if isinstance(error, dict) and error.get("message"):
            why = str(error["message"])
        else:
            tail = [line for line in (stderr or "").strip().splitlines() if line.strip()][-3:]
            why = f"退出码 {exit_code}" + (f"：{' '.join(tail)}" if tail else "")
        raise CheckNotRun(f"后台完整性检查没有完成（{why}）。")
    report = Report()
    quick = str(data.get("quick_check", "ok"))
    report.count("file")
    if quick != "ok":   # the same finding the in-process page check (checks.check_file) makes
        report.add("file", "数据库文件", f"的完整性检查未通过（{quick[:200]}），文件已损坏，请从备份恢复")
    violations = int(data.get("foreign_key_violations") or 0)
    if violations:
        report.add("file", "数据库文件", f"有 {violations} 处外键不一致（表间引用被直接改动），请从备份恢复")
    integrity = data["integrity"]
    for area, n in (integrity.get("checked") or {}).items():
        report.count(str(area), int(n))
    for f in integrity.get("findings") or []:
        report.add(str(f.get("area", "")), str(f.get("subject", "")), str(f.get("message", "")))
    if exit_code == 1 and report.ok:   # the command failed yet named nothing: say so, never pass
        report.add("file", "数据库文件", "的检查未通过（“spotcheck db check”未说明原因），请运行该命令查看")
    return report


def _json_object(text: str) -> dict | None:
    """The one JSON object the command prints (log lines, if any, go to stderr)."""
    text = (text or "").strip()
    start = text.find("{")
    if start < 0:
        return None
    try:
        value = json.loads(text[start:])
    except ValueError:
        return None
    return value if isinstance(value, dict) else None
