"""QR codes, font choice, page numbering and label layout helpers of app.docs."""
from __future__ import annotations

import hashlib
import shutil

import pytest
from reportlab.graphics.barcode import qrencoder

from app.docs import fonts
from app.docs.lists import number_ranges
from app.docs.qr import _FastQRCode, codewords, qr_path
from app.paths import resource_path


@pytest.mark.parametrize("length", [1, 40, 150, 300, 700])
def test_fast_qr_equals_reportlab(length):
    value = (hashlib.sha256(str(length).encode()).hexdigest() * 12)[:length]
    ref = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    ref.addData(value)
    ref.make()
    fast = _FastQRCode(None, qrencoder.QRErrorCorrectLevel.M)
    fast.addData(value)
    fast.version = fast.calculate_version()
    assert codewords(fast) == qrencoder.QRCode.createData(fast.version, fast.errorCorrectLevel, fast.dataList)
    fast.dataCache = codewords(fast)
    fast.makeImpl(False, fast.getBestMaskPattern())
    assert fast.modules == ref.modules


def test_qr_path_segments_and_size():
    side, ops = qr_path(("SPOTCHECK-DRAW-1 C:" + "AB" * 32, " https://example.gov.cn/x"), False)
    assert side >= 21 + 8 and ops.endswith("f") and " re" in ops


def test_windows_fonts_are_preferred_when_allowed(tmp_path, monkeypatch):
    folder = tmp_path / "Fonts"
    folder.mkdir()
    shutil.copy(resource_path("fonts", "gbsn00lp.ttf"), folder / "simfang.ttf")
    shutil.copy(resource_path("fonts", "gbsn00lp.ttf"), folder / "simhei.ttf")
    monkeypatch.setenv("WINDIR", str(tmp_path))
    chosen = fonts.choose_fonts(use_system=True)
    assert chosen.body_file == folder / "simfang.ttf" and chosen.title_file == folder / "simhei.ttf"
    assert chosen.source == "system"
    bundled = fonts.choose_fonts(use_system=False)
    assert bundled.body_file == resource_path("fonts", "gbsn00lp.ttf") and bundled.source == "bundled"


def test_bundled_fonts_and_licences_are_shipped():
    for name in ("gbsn00lp.ttf", "wqy-microhei.ttc", "LICENSE-arphic-gbsn00lp.txt", "LICENSE-wqy-microhei.txt"):
        assert resource_path("fonts", name).is_file()
    assert fonts.gui_font_file().is_file()


def test_number_ranges():
    assert number_ranges([1, 2, 3, 5, 7, 8]) == "1-3、5、7-8"
    assert number_ranges([4]) == "4" and number_ranges([]) == ""


def test_combined_file_restarts_page_numbers(db, tmp_path):
    from pypdf import PdfReader

    from app.docs import service
    from tests.support.documents import make_sample_draw
    make_sample_draw(per_district=1)
    files = service.generate("notice", 1, tmp_path)
    combined = next(f for f in files if "合并打印" in f.name)
    pages = ["".join((p.extract_text() or "").split()) for p in PdfReader(str(combined)).pages]
    assert sum(1 for t in pages if t.endswith("—1—")) == 3      # three notices, each starting at page 1
