"""District work packages (issue 13, item 3): written with openpyxl, read back, recorded and logged."""
from __future__ import annotations

from openpyxl import load_workbook

from app.packages import layout as L
from app.packages.identity import read_identity
from app.packages.writer import write_packages
from app.results.models import Package


def _values(ws) -> list[list]:
    return [list(row) for row in ws.iter_rows(values_only=True)]


def test_writes_one_package_per_district_and_records_it(matched, tmp_path):
    files = write_packages(matched.draw_no, tmp_path)
    assert files and len({f.district for f in files}) == len(files)
    for f in files:
        assert f.path.is_file() and f.issue_no == 1
        package = Package.get(Package.uid == f.uid)
        wb = load_workbook(f.path)
        assert wb.sheetnames == [L.COVER_SHEET, L.LISTS_SHEET, L.INSPECTIONS_SHEET, L.PROBLEMS_SHEET,
                                 L.IDENTITY_SHEET]
        ident = read_identity(_values(wb[L.IDENTITY_SHEET]))
        assert ident.uid == f.uid and ident.keys == package.keys and ident.content_digest == package.content_digest
        assert ident.digest_ok
