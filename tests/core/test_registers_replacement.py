"""A new register version that replaces most of the register must be confirmed (app.registers.replacement)."""
from __future__ import annotations

from app.registers import service
from app.registers.models import RegisterVersion
from app.registers.replacement import MAX_REMOVED_SHARE, MIN_COMMON_SHARE, replacement_warning, result_warning
from app.registers.results import Diff
from tests.support.registers import register_file, row


def diff(previous: int, removed: int, added: int) -> Diff:
    return Diff(previous_version=1, added=[f"a{i}" for i in range(added)],
                removed=[f"r{i}" for i in range(removed)], previous_count=previous)


def test_thresholds_and_counts():
    assert (MAX_REMOVED_SHARE, MIN_COMMON_SHARE) == (0.20, 0.50)
    assert replacement_warning("甲", Diff(previous_version=None, added=["x"]), 1) is None   # first version
    assert replacement_warning("甲", diff(100, 20, 5), 85) is None          # 20 % removed: allowed
    warning = replacement_warning("甲", diff(100, 21, 0), 79)               # 21 % removed
    assert warning is not None and warning.removed == 21 and warning.common == 79
    # nothing removed, but the new version is mostly new keys: few keys in common
    assert replacement_warning("甲", diff(100, 0, 101), 201) is not None
    assert replacement_warning("甲", diff(100, 0, 99), 199) is None
    # the case: 2,540 removed, 900 added
    warning = replacement_warning("工业产品生产许可证获证企业", diff(2600, 2540, 900), 960)
    message = warning.message()
    assert "“工业产品生产许可证获证企业”第 1 版有 2,600 条" in message
    assert "将删除 2,540 条（98%）、新增 900 条" in message and "只有 60 条" in message


def test_cli_refuses_a_replacing_version_without_confirm(db_path, tmp_path, capsys):
    from app.cli.main import main
    first = register_file(tmp_path, "甲.xlsx", [row(n) for n in range(1, 11)])
    other = register_file(tmp_path, "乙.xlsx", [row(n) for n in range(8, 20)])     # 3 of 10 in common
    db = ["--db", str(db_path)]
    assert main(["import", "enterprises", str(first), "--register", "名录甲", *db]) == 0
    capsys.readouterr()
    assert main(["import", "enterprises", str(other), "--register", "名录甲", *db]) != 0
    err = capsys.readouterr().err
    assert "名录“名录甲”第 1 版有 10 条" in err and "将删除 7 条（70%）、新增 9 条" in err
    assert "--confirm-replace" in err
    assert [v.version for v in RegisterVersion.select()] == [1]            # nothing written
    # a dry run says so too, and writes nothing
    assert main(["import", "enterprises", str(other), "--register", "名录甲", "--dry-run", *db]) == 0
    assert "注意：名录“名录甲”" in capsys.readouterr().out
    assert main(["import", "enterprises", str(other), "--register", "名录甲", "--confirm-replace", *db]) == 0
    assert "已用 --confirm-replace 确认" in capsys.readouterr().out
    assert sorted(v.version for v in RegisterVersion.select()) == [1, 2]


def test_an_ordinary_new_version_needs_no_confirmation(db, tmp_path):
    service.import_file(register_file(tmp_path, "v1.xlsx", [row(n) for n in range(1, 11)]), "enterprise", "甲")
    result = service.validate_import(register_file(tmp_path, "v2.xlsx", [row(n) for n in range(2, 13)]),
                                     "enterprise", "甲")
    assert (result.diff.previous_count, result.diff.common) == (10, 9)
    assert result_warning(result) is None
