"""The kill harness of tests/integrity: run a real `spotcheck` command, SIGKILL it at a seeded random
moment, then check that nothing was lost, half-written or changed without trace.

A campaign prepares its databases once (`prepare_bases`): the demo set, a committed draw, a committed
match, a matched draw, the matched draw with its district work packages issued (and the packages filled
in as districts return them, for `import results`), and the matched draw after a 20,000-row register
import. Each kill copies one of them (with anything beside the database, e.g. an anchor file, and its own
user-data folder) into a fresh folder, runs the operation there and kills it after a delay drawn from
`random.Random(seed)` within the operation's measured duration. Whenever the kill lands, these must hold:

- SQLite's `PRAGMA integrity_check` is ok, and `spotcheck db check` and `spotcheck log verify` exit 0;
- the operation is all-or-nothing in the database: either every table is exactly as before (content
  digest per table, the audit head included), or the operation's whole result is there together with
  its audit entries (`Operation.result_present` names what is missing otherwise);
- no output file under its final name is truncated: JSON parses (and draw/match records match the
  SHA-256 the database holds), PDFs start with %PDF and end with %%EOF, xlsx files open, backups pass
  integrity_check and hold the database as it was, and a notice under its final name carries a
  document number the database kept.

Kills are timed, not placed by a hook: app/ has no test-only code. The seed of every kill is in its
outcome so a failure names it; the same seed gives the same delay (the moment it lands still depends
on the machine's speed).
"""
from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.docs.numbers import RESERVE_ACTION
from tests.support.registers import uscc

ROOT = Path(__file__).resolve().parents[2]
DB_NAME = "spotcheck.sqlite3"
WITNESS_ARGS = ["--witness", "王建国|派驻纪检组|38104729561", "--witness", "李秀英|企业代表|92750183346"]
BIG_REGISTER = "压力测试企业名录"
BIG_REGISTER_ROWS = 20_000
BAD_ROW_EVERY = 997          # these rows carry a wrong check character: the import reports them
_DIVISIONS = {"市南区": "370202", "市北区": "370203", "李沧区": "370213", "崂山区": "370212", "黄岛区": "370211"}
_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"


class InvariantBroken(AssertionError):
    """One kill left the database or an output file in a state the program must never leave."""


# --- running the command line ------------------------------------------------------------------
def cli_env(work: Path) -> dict[str, str]:
    """SPOTCHECK_DB inside `work`, and the user data/config/state folders there too (an anchor file or
    a log written to the user data folder stays with its copy, never in the real profile)."""
    env = dict(os.environ)
    env["SPOTCHECK_DB"] = str(work / DB_NAME)
    for var, name in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"), ("XDG_STATE_HOME", "state"),
                      ("XDG_CACHE_HOME", "cache")):
        env[var] = str(work / "userdirs" / name)
    env.pop("QT_QPA_PLATFORM", None)
    return env


def spotcheck(work: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    """`python -m app ARGS` on the database in `work`."""
    done = subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, env=cli_env(work),
                          capture_output=True, text=True, timeout=600)
    if check and done.returncode != 0:
        raise RuntimeError(f"spotcheck {' '.join(args)} exited {done.returncode}:\n{done.stdout}\n{done.stderr}")
    return done


def timed(work: Path, *args: str) -> float:
    start = time.perf_counter()
    spotcheck(work, *args)
    return time.perf_counter() - start


def copy_base(base: Path, work: Path) -> None:
    """The database folder as it is: the .db, its -wal, an anchor or any other file beside it, user dirs."""
    shutil.copytree(base, work, ignore=shutil.ignore_patterns("out", "out-*"))


# --- the input of the import operation -----------------------------------------------------------
def _serial(n: int) -> str:
    body = ""
    for _ in range(9):
        n, r = divmod(n, len(_ALPHABET))
        body = _ALPHABET[r] + body
    return body


def write_big_register(path: Path, rows: int = BIG_REGISTER_ROWS) -> int:
    """An enterprise register of `rows` rows (write-only openpyxl: fast); returns how many are valid."""
    # lazy: openpyxl is only needed by the one test that writes the register
    from openpyxl import Workbook
    book = Workbook(write_only=True)
    sheet = book.create_sheet("企业名录")
    sheet.append(["序号", "企业名称", "统一社会信用代码", "法定代表人", "住所", "所属区市", "登记状态"])
    districts = list(_DIVISIONS)
    valid = 0
    for i in range(rows):
        district = districts[i % len(districts)]
        key = uscc(_DIVISIONS[district], _serial(500_000 + i))
        if i % BAD_ROW_EVERY == 0:
            key = key[:-1] + ("0" if key[-1] != "0" else "1")
        else:
            valid += 1
        sheet.append([i + 1, f"青岛压测{i:06d}制造有限公司", key, f"张{i % 97}", f"青岛市{district}压测路{i}号",
                      district, "存续" if i % 9 else "注销"])
    book.save(path)
    return valid


# --- the database as a set of table digests ------------------------------------------------------
@dataclass(frozen=True)
class DbState:
    tables: dict[str, tuple[int, str]]      # table -> (row count, SHA-256 of its rows in rowid order)
    audit_count: int
    audit_head: str

    def changed_tables(self, other: DbState) -> list[str]:
        names = set(self.tables) | set(other.tables)
        return sorted(n for n in names if self.tables.get(n) != other.tables.get(n))


def read_state(con: sqlite3.Connection) -> DbState:
    tables = {}
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name").fetchall():
        digest = hashlib.sha256()
        count = 0
        for row in con.execute(f'SELECT * FROM "{name}" ORDER BY rowid'):
            digest.update(repr(row).encode("utf-8"))
            count += 1
        tables[name] = (count, digest.hexdigest())
    count, head = con.execute(
        "SELECT COUNT(*), (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1) FROM audit_log").fetchone()
    return DbState(tables, count, head or "0" * 64)


def db_state(path: Path) -> DbState:
    con = sqlite3.connect(path)
    try:
        return read_state(con)
    finally:
        con.close()


def new_audit_entries(con: sqlite3.Connection, before: DbState) -> list[tuple[str, dict]]:
    rows = con.execute("SELECT action, payload FROM audit_log ORDER BY id LIMIT -1 OFFSET ?", (before.audit_count,))
    return [(action, json.loads(payload)) for action, payload in rows]


# --- output files --------------------------------------------------------------------------------
def final_files(out: Path) -> list[Path]:
    """Files under a final name (the program's temporaries are `.tmp-*` and `*.part`)."""
    if not out.exists():
        return []
    return sorted(p for p in out.rglob("*") if p.is_file() and not p.name.startswith(".tmp-")
                  and not p.name.endswith(".part"))


def file_problems(path: Path) -> list[str]:
    """Why the file under its final name is not a complete file of its kind ([] when it is)."""
    data = path.read_bytes()
    suffix = path.suffix.lower()
    if suffix == ".json":
        try:
            json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            return [f"{path.name}: truncated or invalid JSON ({len(data)} bytes: {exc})"]
    elif suffix == ".pdf":
        if not data.startswith(b"%PDF-") or not data.rstrip().endswith(b"%%EOF"):
            return [f"{path.name}: PDF without its %%EOF end ({len(data)} bytes)"]
    elif suffix == ".xlsx":
        try:
            with zipfile.ZipFile(path) as archive:
                bad = archive.testzip()
            if bad:
                return [f"{path.name}: xlsx member {bad} is corrupt"]
            # lazy: openpyxl is only needed when a kill left an xlsx behind
            from openpyxl import load_workbook
            load_workbook(path, read_only=True).close()
        except Exception as exc:   # any failure to open is the finding
            return [f"{path.name}: xlsx does not open ({len(data)} bytes: {type(exc).__name__}: {exc})"]
    elif suffix == ".sqlite3":
        try:
            con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                result = con.execute("PRAGMA integrity_check").fetchone()[0]
            finally:
                con.close()
        except sqlite3.DatabaseError as exc:
            return [f"{path.name}: backup is not a database ({exc})"]
        if result != "ok":
            return [f"{path.name}: backup fails integrity_check: {result}"]
    return []


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- the operations ------------------------------------------------------------------------------
@dataclass
class Reference:
    """What a complete run of the operation left, measured once while preparing."""
    seconds: float
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Operation:
    name: str
    base: str                                   # which prepared database it runs on
    args: Callable[[Path, Path], list[str]]     # the command line, given the kill's folder and the campaign's
    # problems with the result in the database when it changed (the result must then be complete)
    result_present: Callable[[sqlite3.Connection, DbState, Reference], list[str]]
    # problems with the files under their final names, given the database after the kill
    outputs: Callable[[Path, sqlite3.Connection, DbState], list[str]]


def _actions(con, before) -> list[str]:
    return [action for action, _ in new_audit_entries(con, before)]


def _import_present(con, before, ref) -> list[str]:
    problems = []
    row = con.execute("SELECT v.id, v.imported, v.digest FROM register_version v"
                      " JOIN register r ON r.id = v.register_id WHERE r.name = ?", (BIG_REGISTER,)).fetchone()
    if row is None:
        return ["the database changed but holds no version of the imported register"]
    version_id, imported, digest = row
    stored = con.execute("SELECT COUNT(*) FROM enterprise WHERE version_id = ?", (version_id,)).fetchone()[0]
    issues = con.execute("SELECT COUNT(*) FROM import_issue WHERE version_id = ?", (version_id,)).fetchone()[0]
    if not imported == stored == ref.counts["enterprises"]:
        problems.append(f"register version says {imported} rows, holds {stored}, a full import holds "
                        f"{ref.counts['enterprises']}")
    if issues != ref.counts["issues"]:
        problems.append(f"{issues} import issues stored, a full import stores {ref.counts['issues']}")
    logged = [p for a, p in new_audit_entries(con, before) if a == "registers.import"]
    if [p.get("digest") for p in logged] != [digest]:
        problems.append(f"the import's audit entry is missing or names another digest ({logged!r:.200})")
    return problems


def _import_outputs(out, con, before) -> list[str]:
    return [p for f in final_files(out) for p in file_problems(f)]


def _draw_present(con, before, ref) -> list[str]:
    # lazy: the record digest is computed by the program's own canonical form
    from app.draw.spec import record_sha256
    status, record, sha = con.execute("SELECT status, record, record_sha256 FROM draw WHERE draw_no = 1").fetchone()
    inspections = con.execute("SELECT COUNT(*) FROM inspection i JOIN draw d ON d.id = i.draw_id"
                              " WHERE d.draw_no = 1").fetchone()[0]
    problems = []
    if status != "drawn" or not record or sha != record_sha256(json.loads(record)):
        problems.append(f"draw 1 is '{status}' with a record that does not match its SHA-256")
    if inspections != ref.counts["inspections"]:
        problems.append(f"draw 1 has {inspections} inspections, a complete run {ref.counts['inspections']}")
    if "draw.run" not in _actions(con, before):
        problems.append("no draw.run audit entry")
    return problems


def _draw_outputs(out, con, before) -> list[str]:
    problems = [p for f in final_files(out) for p in file_problems(f)]
    record = out / "draw-record.json"
    if record.exists() and not problems:
        sha = con.execute("SELECT record_sha256 FROM draw WHERE draw_no = 1").fetchone()[0]
        if _sha256(record) != sha:
            problems.append(f"draw-record.json has SHA-256 {_sha256(record)}, the database {sha}")
    return problems


def _match_present(con, before, ref) -> list[str]:
    # lazy: the record digest is computed by the program's own canonical form
    from app.match.records import record_sha256
    status, record, sha = con.execute("SELECT m.status, m.record, m.record_sha256 FROM match m JOIN draw d"
                                      " ON d.id = m.draw_id WHERE d.draw_no = 1 ORDER BY m.id DESC").fetchone()
    assignments = con.execute("SELECT COUNT(*) FROM assignment").fetchone()[0]
    problems = []
    if status != "matched" or not record or sha != record_sha256(json.loads(record)):
        problems.append(f"the match is '{status}' with a record that does not match its SHA-256")
    if assignments != ref.counts["assignments"]:
        problems.append(f"{assignments} assignments, a complete run {ref.counts['assignments']}")
    actions = _actions(con, before)
    if "match.run" not in actions or "match.record" not in actions:
        problems.append(f"audit entries {actions}, a complete run logs match.run and match.record")
    return problems


def _match_outputs(out, con, before) -> list[str]:
    problems = [p for f in final_files(out) for p in file_problems(f)]
    row = con.execute("SELECT m.record_sha256, m.roster_text, m.avoid_text FROM match m JOIN draw d"
                      " ON d.id = m.draw_id WHERE d.draw_no = 1 ORDER BY m.id DESC").fetchone()
    sha, roster, avoid = row
    record = out / "match-record.json"
    if record.exists() and not file_problems(record) and _sha256(record) != sha:
        problems.append(f"match-record.json has SHA-256 {_sha256(record)}, the database {sha}")
    for name, text in (("roster.txt", roster), ("avoid.txt", avoid)):
        if (out / name).exists() and (out / name).read_bytes() != text.encode("utf-8"):
            problems.append(f"{name} differs from the frozen text in the database (truncated?)")
    return problems


def _docs_present(con, before, ref) -> list[str]:
    numbers = con.execute("SELECT COUNT(*) FROM document_number WHERE kind = 'notice'").fetchone()[0]
    problems = []
    if numbers != ref.counts["numbers"]:
        problems.append(f"{numbers} notice numbers, a complete run keeps {ref.counts['numbers']}")
    # Numbers are reserved in their own committed transaction before any PDF is rendered (issue 12, item 4)
    if RESERVE_ACTION not in _actions(con, before):
        problems.append(f"no {RESERVE_ACTION} audit entry")
    return problems


def _docs_outputs(out, con, before) -> list[str]:
    problems = [p for f in final_files(out) for p in file_problems(f)]
    kept = {key for (key,) in con.execute("SELECT key FROM document_number WHERE kind = 'notice'")}
    # 检查通知书_<key>_<name>.pdf: the number printed on it must be one the database kept (issue 12, item 4)
    for f in final_files(out):
        parts = f.stem.split("_")
        if f.suffix == ".pdf" and len(parts) >= 3 and parts[0] == "检查通知书" and not parts[1].startswith("第"):
            if parts[1] not in kept:
                problems.append(f"{f.name} is under its final name but the database kept no number for {parts[1]}")
    return problems


def returned_files(root: Path) -> list[str]:
    return [str(p) for p in sorted((root / "returned").glob("*.xlsx"))]


def _results_present(con, before, ref) -> list[str]:
    """Every returned file imported, or none (one transaction): the revisions and batches of a complete
    run, each batch with its results.import entry naming the same digest."""
    problems = []
    revisions = con.execute("SELECT COUNT(*) FROM result_revision").fetchone()[0]
    batches = con.execute("SELECT id, digest FROM result_batch ORDER BY id").fetchall()
    if (revisions, len(batches)) != (ref.counts["revisions"], ref.counts["batches"]):
        problems.append(f"{revisions} result revisions in {len(batches)} batches, a complete run writes "
                        f"{ref.counts['revisions']} in {ref.counts['batches']}")
    logged = {p.get("batch_id"): p.get("digest") for a, p in new_audit_entries(con, before) if a == "results.import"}
    if logged != dict(batches):
        problems.append(f"results.import entries {logged!r:.200} do not match the batches {batches!r:.200}")
    return problems


def _backup_present(con, before, ref) -> list[str]:
    logged = [p for a, p in new_audit_entries(con, before) if a == "db.backup"]
    return [] if len(logged) == 1 else [f"{len(logged)} db.backup audit entries"]


def _backup_outputs(out, con, before) -> list[str]:
    problems = [p for f in final_files(out) for p in file_problems(f)]
    target = out / "backup.sqlite3"
    logged = [p for a, p in new_audit_entries(con, before) if a == "db.backup"]
    if logged and not target.exists():
        problems.append("the audit log records a backup that is not there")
    if target.exists() and not problems:
        copy = db_state(_readable_copy(target, out.parent / "backup-as-read.sqlite3"))
        if copy.tables != before.tables:
            problems.append(f"the backup differs from the database it copied in {before.changed_tables(copy)}")
    return problems


def _readable_copy(path: Path, copy: Path) -> Path:
    """Digests of a backup are read from a copy: opening it must not change the file under test."""
    shutil.copyfile(path, copy)
    return copy


OPERATIONS: dict[str, Operation] = {op.name: op for op in [
    Operation("import", "matched",
              lambda w, root: ["import", "enterprises", str(root / "big-register.xlsx"), "--register", BIG_REGISTER,
                         "--report", str(w / "out" / "import-errors.xlsx")],
              _import_present, _import_outputs),
    Operation("draw", "committed",
              lambda w, root: ["draw", "run", "--plan", "1", *WITNESS_ARGS, "--out", str(w / "out")],
              _draw_present, _draw_outputs),
    Operation("match", "match-committed",
              lambda w, root: ["match", "run", "--draw", "1", *WITNESS_ARGS, "--out", str(w / "out")],
              _match_present, _match_outputs),
    Operation("docs", "matched", lambda w, root: ["docs", "notice", "--draw", "1", "--out", str(w / "out")],
              _docs_present, _docs_outputs),
    Operation("backup", "full", lambda w, root: ["db", "backup", str(w / "out" / "backup.sqlite3")],
              _backup_present, _backup_outputs),
    Operation("results", "returned", lambda w, root: ["import", "results", *returned_files(root)],
              _results_present, _import_outputs),
]}


# --- preparing the bases -------------------------------------------------------------------------
@dataclass
class Campaign:
    root: Path
    bases: dict[str, Path]
    references: dict[str, Reference]
    startup: float                          # seconds `spotcheck log head` takes: the shortest useful delay


def _snapshot(work: Path, bases: Path, name: str) -> Path:
    target = bases / name
    copy_base(work, target)
    return target


def _count(work: Path, sql: str) -> int:
    con = sqlite3.connect(work / DB_NAME)
    try:
        return int(con.execute(sql).fetchone()[0])
    finally:
        con.close()


def _prepare_returns(root: Path, matched: Path, bases: Path) -> tuple[Path, Reference]:
    """The matched base with every district's work package issued (the base), and each package filled in
    as a district returns it (root/returned); the reference is one import of all of them."""
    # lazy: the package-filling helper needs openpyxl, as write_big_register does
    from tests.support.returns import fill_from_identity
    work = root / "returns-chain"
    copy_base(matched, work)
    spotcheck(work, "packages", "--draw", "1", "--out", str(root / "packages"))
    (root / "returned").mkdir()
    for package in sorted((root / "packages").glob("*.xlsx")):
        fill_from_identity(package, root / "returned" / package.name)
    base = _snapshot(work, bases, "returned")
    ref = Reference(timed(work, "import", "results", *returned_files(root)))
    ref.counts["revisions"] = _count(work, "SELECT COUNT(*) FROM result_revision")
    ref.counts["batches"] = _count(work, "SELECT COUNT(*) FROM result_batch")
    return base, ref


def prepare_campaign(root: Path) -> Campaign:
    """Build the bases through the command line, timing one complete run of each operation."""
    work, bases = root / "chain", root / "bases"
    work.mkdir(parents=True)
    bases.mkdir()
    write_big_register(root / "big-register.xlsx")
    spotcheck(work, "demo")
    startup = min(timed(work, "log", "head") for _ in range(3))
    spotcheck(work, "draw", "commit", "--plan", "1", "--out", str(work / "out-commit"))
    found = {"committed": _snapshot(work, bases, "committed")}
    refs = {"draw": Reference(timed(work, "draw", "run", "--plan", "1", *WITNESS_ARGS, "--out", str(work / "out-d")))}
    refs["draw"].counts["inspections"] = _count(work, "SELECT COUNT(*) FROM inspection")
    spotcheck(work, "match", "commit", "--draw", "1", "--date", "2020-10-20")
    found["match-committed"] = _snapshot(work, bases, "match-committed")
    refs["match"] = Reference(timed(work, "match", "run", "--draw", "1", *WITNESS_ARGS, "--out", str(work / "out-m")))
    refs["match"].counts["assignments"] = _count(work, "SELECT COUNT(*) FROM assignment")
    found["matched"] = _snapshot(work, bases, "matched")
    refs["docs"] = Reference(timed(work, "docs", "notice", "--draw", "1", "--out", str(work / "out-docs")))
    refs["docs"].counts["numbers"] = _count(work, "SELECT COUNT(*) FROM document_number WHERE kind = 'notice'")
    found["returned"], refs["results"] = _prepare_returns(root, found["matched"], bases)
    refs["import"] = Reference(timed(work, "import", "enterprises", str(root / "big-register.xlsx"),
                                     "--register", BIG_REGISTER, "--report", str(work / "out-import" / "e.xlsx")))
    refs["import"].counts["enterprises"] = _count(
        work, "SELECT imported FROM register_version v JOIN register r ON r.id = v.register_id"
              f" WHERE r.name = '{BIG_REGISTER}'")
    refs["import"].counts["issues"] = _count(
        work, "SELECT COUNT(*) FROM import_issue i JOIN register_version v ON v.id = i.version_id"
              f" JOIN register r ON r.id = v.register_id WHERE r.name = '{BIG_REGISTER}'")
    found["full"] = _snapshot(work, bases, "full")
    # A backup is barely longer than the start-up: the quickest of three runs keeps the delays inside it.
    refs["backup"] = Reference(min(timed(work, "db", "backup", str(work / "out-backup" / f"b{n}.sqlite3"))
                                   for n in range(3)))
    return Campaign(root, found, refs, startup)


# --- one kill ------------------------------------------------------------------------------------
@dataclass
class Outcome:
    operation: str
    seed: int
    delay: float
    killed: bool                 # False: the command had already finished
    result: str                  # "absent" (database exactly as before) or "present" (complete result)
    problems: list[str]

    def describe(self) -> str:
        return (f"{self.operation} seed={self.seed} delay={self.delay:.3f}s "
                f"{'killed' if self.killed else 'finished'} result={self.result}: " + "; ".join(self.problems))


def kill_delay(rng: random.Random, startup: float, seconds: float) -> float:
    """From near the end of the interpreter's start-up (earlier kills all find the database untouched)
    to just after the measured end (a run can be slower than the one measured)."""
    return rng.uniform(0.8 * startup, 1.05 * max(seconds, startup))


def kill_once(campaign: Campaign, operation: str, seed: int) -> Outcome:
    op = OPERATIONS[operation]
    ref = campaign.references[operation]
    delay = kill_delay(random.Random(seed), campaign.startup, ref.seconds)
    work = campaign.root / "kills" / f"{operation}-{seed}"
    copy_base(campaign.bases[op.base], work)
    (work / "out").mkdir()
    before = db_state(work / DB_NAME)
    with open(work / "stderr.txt", "wb") as stderr:
        proc = subprocess.Popen([sys.executable, "-m", "app", *op.args(work, campaign.root)], cwd=ROOT,
                                env=cli_env(work), stdout=subprocess.DEVNULL, stderr=stderr)
        try:
            returncode = proc.wait(timeout=delay)
            killed = False
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            killed, returncode = True, 0
    problems = []
    if returncode != 0:
        problems.append(f"the command failed by itself (exit {returncode}): "
                        + (work / "stderr.txt").read_text(encoding="utf-8", errors="replace")[-500:])
    result, more = check_after_kill(work, op, ref, before)
    if not killed and result != "present":
        more.append("the command finished without error but its result is not in the database")
    outcome = Outcome(operation, seed, delay, killed, result, problems + more)
    if not outcome.problems:
        shutil.rmtree(work)      # keep only the folders of broken kills, to look at
    return outcome


def check_after_kill(work: Path, op: Operation, ref: Reference, before: DbState) -> tuple[str, list[str]]:
    """("absent" | "present", problems) for the database and files the kill left in `work`."""
    problems = []
    con = sqlite3.connect(work / DB_NAME)      # opening recovers the -wal as the program would
    try:
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
        if integrity != "ok":
            con.close()
            return "broken", [f"integrity_check: {integrity}"]
        after = read_state(con)
        if after == before:
            result = "absent"
        else:
            result = "present"
            if after.audit_count == before.audit_count:
                problems.append(f"tables {before.changed_tables(after)} changed without an audit entry")
            problems += op.result_present(con, before, ref)
        problems += op.outputs(work / "out", con, before)
    finally:
        con.close()
    for args in (("db", "check"), ("log", "verify")):
        done = spotcheck(work, *args, check=False)
        if done.returncode != 0:
            problems.append(f"spotcheck {' '.join(args)} exit {done.returncode}: {(done.stdout + done.stderr)[-300:]}")
    return result, problems


def run_kills(campaign: Campaign, plan: dict[str, int], base_seed: int) -> list[Outcome]:
    """plan: {operation: number of kills}. A run that finishes before its kill is checked too but does
    not count: the next seed is tried, up to three times the number asked for. The seeds are
    base_seed*100000 + operation index*1000 + n."""
    outcomes = []
    for index, (operation, count) in enumerate(plan.items()):
        killed = 0
        for n in range(3 * count):
            outcome = kill_once(campaign, operation, base_seed * 100_000 + index * 1000 + n)
            outcomes.append(outcome)
            killed += outcome.killed
            if killed == count:
                break
    return outcomes


def summary(outcomes: list[Outcome]) -> str:
    lines = []
    for operation in dict.fromkeys(o.operation for o in outcomes):
        mine = [o for o in outcomes if o.operation == operation]
        killed = [o for o in mine if o.killed]
        lines.append(f"{operation}: {len(mine)} runs, {len(killed)} killed "
                     f"({sum(o.result == 'absent' for o in killed)} before the commit: result absent, "
                     f"{sum(o.result == 'present' for o in killed)} after it: result present), "
                     f"{len(mine) - len(killed)} finished first; broken: {sum(bool(o.problems) for o in mine)}")
    return "\n".join(lines)
