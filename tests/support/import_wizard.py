"""The registers import wizard driven as a clerk would, and the messy registers it is fed (shared by the
import wizard's GUI tests)."""
from __future__ import annotations

import random
from pathlib import Path

from PySide6.QtWidgets import QWizard

DISTRICT_CODES = {"市南区": "370202", "市北区": "370203", "李沧区": "370213", "崂山区": "370212"}


def uscc(division: str, serial: int) -> str:
    from app.registers.normalize import USCC_ALPHABET, uscc_check_char
    body = ""
    n = serial
    for _ in range(9):
        n, r = divmod(n, len(USCC_ALPHABET))
        body = USCC_ALPHABET[r] + body
    first17 = "91" + division + body
    return first17 + uscc_check_char(first17)


def enterprise_rows(n: int, *, seed: int = 1) -> list[list]:
    rng = random.Random(seed)
    districts = list(DISTRICT_CODES)
    rows = []
    for i in range(n):
        d = districts[i % len(districts)]
        status = "存续" if i % 10 else "注销"
        rows.append([i + 1, f"青岛测试{i:06d}有限公司", uscc(DISTRICT_CODES[d], 1000 + i), d, status,
                     f"张{rng.randint(1, 99)}", f"青岛市{d}某路{i}号", "0532-8888" + str(i % 10000).zfill(4)])
    return rows


HEADER = ["序号", "企业名称", "统一社会信用代码", "所属区市", "登记状态", "法定代表人", "住所", "联系电话"]


def write_xlsx(path: Path, rows: list[list], *, header=HEADER, title: str | None = "青岛市获证企业名录") -> Path:
    from openpyxl import Workbook
    book = Workbook()
    sheet = book.active
    sheet.title = "名录"
    if title:
        sheet.append([title])
        sheet.append([])
    sheet.append(header)
    for r in rows:
        sheet.append(r)
    sheet.append(["合计", f"{len(rows)} 户"])
    book.save(path)
    return path


def write_csv(path: Path, rows: list[list], *, encoding: str = "gb18030", header=HEADER) -> Path:
    import csv
    import io
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def idle(qtbot, ctx):
    qtbot.waitUntil(lambda: not ctx.tasks.busy(), timeout=30000)
    qtbot.wait(10)


def versions():
    from app.registers.models import RegisterVersion
    return list(RegisterVersion.select())


def open_wizard(screen, qtbot, kind, path, register=None):
    wizard = screen.open_import(kind, path)
    qtbot.addWidget(wizard)
    if register is not None:
        wizard.file_page.register_combo.setCurrentText(register)
    return wizard


def go_to_validation(wizard, qtbot, ctx):
    wizard.next()                                  # preview runs on the worker, then moves on
    idle(qtbot, ctx)
    assert wizard.currentPage() is wizard.sheets_page, wizard.file_page.error.text()
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    wizard.next()                                  # validation starts
    idle(qtbot, ctx)
    assert wizard.currentPage() is wizard.validate_page


def commit(wizard, qtbot, ctx):
    wizard.next()
    assert wizard.currentPage() is wizard.confirm_page
    with qtbot.waitSignal(wizard.committed, timeout=30000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    idle(qtbot, ctx)
