"""QR codes for the documents: reportlab's own encoder, made fast enough for 1,000 notices.

reportlab's qrencoder computes the Reed-Solomon error correction with a
recursive polynomial division in pure Python and rebuilds the generator
polynomial for every block; that was half the time of a notice. Here the
codewords are computed with the usual table-driven division (same field,
same generator, same result, checked by a test against reportlab) and handed
to the encoder through its data cache; everything else (bit stream, layout,
masking) is reportlab's.
"""
from __future__ import annotations

import functools
import itertools
import re
from itertools import zip_longest

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.platypus import Flowable

QR_BORDER = 4          # quiet zone, in modules
FIXED_MASK = 0

_EXP = [0] * 512
_LOG = [0] * 256
_x = 1
for _i in range(255):
    _EXP[_i] = _x
    _LOG[_x] = _i
    _x <<= 1
    if _x & 0x100:
        _x ^= 0x11D        # the QR field's primitive polynomial
for _i in range(255, 512):
    _EXP[_i] = _EXP[_i - 255]


@functools.cache
def _generator(ec_count: int) -> tuple[int, ...]:
    """Coefficients (highest power first) of prod (x - a^i), i < ec_count."""
    poly = [1]
    for i in range(ec_count):
        nxt = poly + [0]
        for j, coef in enumerate(poly):
            if coef:
                nxt[j + 1] ^= _EXP[_LOG[coef] + i]
        poly = nxt
    return tuple(poly)


@functools.cache
def _products(ec_count: int) -> tuple[int, ...]:
    """For each factor f, the generator (leading term dropped) times f, as one ec_count-byte integer."""
    gen_logs = [_LOG[g] if g else None for g in _generator(ec_count)[1:]]
    return tuple(int.from_bytes(bytes(_EXP[gl + _LOG[f]] if f and gl is not None else 0 for gl in gen_logs), "big")
                 for f in range(256))


def _remainder(data: list[int], ec_count: int) -> list[int]:
    """The long division by the generator, the remainder held as one integer: each step is a shift and
    an XOR with a tabled product instead of ec_count field multiplications."""
    products = _products(ec_count)
    shift = 8 * (ec_count - 1)
    mask = (1 << 8 * ec_count) - 1
    rem = 0
    for byte in data:
        rem = ((rem << 8) & mask) ^ products[byte ^ (rem >> shift)]
    return list(rem.to_bytes(ec_count, "big"))


class _BitString:
    """The bit buffer the segment writers fill, kept as a '0'/'1' string (reportlab's sets
    one bit at a time)."""

    def __init__(self):
        self.parts: list[str] = []
        self.length = 0

    def put(self, num: int, length: int) -> None:
        self.parts.append(format(num, f"0{length}b")[-length:] if length else "")
        self.length += length

    def putBit(self, bit) -> None:
        self.put(1 if bit else 0, 1)

    def getLengthInBits(self) -> int:
        return self.length

    def to_bytes(self) -> list[int]:
        bits = "".join(self.parts)
        return [int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)]


def codewords(code: qrencoder.QRCode) -> list[int]:
    """What reportlab's QRCode.createData returns, computed fast."""
    blocks = qrencoder.QRRSBlock.getRSBlocks(code.version, code.errorCorrectLevel)
    buffer = _BitString()
    for data in code.dataList:
        data.write(buffer, code.version)
    total = sum(b.dataCount for b in blocks) * 8
    if buffer.getLengthInBits() > total:
        raise ValueError("QR data too long")
    if buffer.getLengthInBits() + 4 <= total:
        buffer.put(0, 4)
    if buffer.getLengthInBits() % 8:
        buffer.put(0, 8 - buffer.getLengthInBits() % 8)
    pads = itertools.cycle([qrencoder.QRCode.PAD0, qrencoder.QRCode.PAD1])
    while buffer.getLengthInBits() < total:
        buffer.put(next(pads), 8)
    data_bytes = buffer.to_bytes()
    dc, ec, offset = [], [], 0
    for b in blocks:
        chunk = data_bytes[offset:offset + b.dataCount]
        offset += b.dataCount
        dc.append(chunk)
        ec.append(_remainder(chunk, b.totalCount - b.dataCount))
    return [d for group in itertools.chain(zip_longest(*dc), zip_longest(*ec)) for d in group if d is not None]


class _FastQRCode(qrencoder.QRCode):
    """reportlab's encoder with the data placement done from cached tables (positions and
    mask bits depend only on the version and mask); same modules, a third of the time."""

    def mapData(self, data, maskPattern):
        positions, masks = _placement(self.version, maskPattern)
        bits = [ch == "1" for ch in "".join(f"{b:08b}" for b in data)]
        bits += [False] * (len(positions) - len(bits))
        modules = self.modules
        for (col, row), bit, masked in zip(positions, bits, masks):
            modules[row][col] = bit ^ masked


@functools.cache
def _placement(version: int, mask_pattern: int) -> tuple[tuple, tuple]:
    probe = qrencoder.QRCode(version, qrencoder.QRErrorCorrectLevel.M)
    probe.moduleCount = version * 4 + 17
    positions = tuple(probe._dataPosIterator())
    mask = qrencoder.QRUtil.getMask(mask_pattern)
    return positions, tuple(bool(mask(row, col)) for col, row in positions)


@functools.lru_cache(maxsize=256)
def qr_path(value: str | tuple[str, ...], best_mask: bool) -> tuple[int, str]:
    """Side in modules (quiet zone included) and PDF path operators, in module units.

    Choosing the best of the 8 masks costs 5x the encoding; any mask is valid QR and
    decodes, so batch documents (a notice per enterprise) use a fixed one. The
    operators are written once as text (thousands of rectangles through the canvas
    API were slow) and cached: a notice is laid out twice, alone and combined.
    A tuple is encoded as consecutive segments, each in its densest mode (an upper-case
    segment of digests and keys in alphanumeric mode takes 30% fewer bits than bytes).
    """
    code = _FastQRCode(None, qrencoder.QRErrorCorrectLevel.M)
    for segment in ((value,) if isinstance(value, str) else value):
        if segment:
            code.addData(segment)
    code.version = code.calculate_version()
    code.dataCache = codewords(code)
    if best_mask:
        code.makeImpl(False, code.getBestMaskPattern())
    else:
        code.makeImpl(False, FIXED_MASK)
    total = code.getModuleCount() + 2 * QR_BORDER
    ops = []
    for r, row in enumerate(code.modules):
        y = total - r - QR_BORDER - 1
        # each run of dark modules (bools as bytes 0/1) is one rectangle
        ops += [f"{a + QR_BORDER} {y} {b - a} 1 re" for a, b in map(re.Match.span, _DARK_RUN.finditer(bytes(row)))]
    return total, "\n".join(ops) + "\nf"


_DARK_RUN = re.compile(b"\x01+")


class QrCode(Flowable):
    """A QR code drawn as one filled path."""

    def __init__(self, value: str | tuple[str, ...], size: float, best_mask: bool = True):
        super().__init__()
        self.value, self.width, self.height, self.best_mask = value, size, size, best_mask

    def wrap(self, avail_w, avail_h):
        return self.width, self.height

    def _restrictSize(self, avail_w, avail_h):
        # ImageAndFlowables asks images for this; a QR code keeps its size.
        return self.width, self.height

    def draw(self):
        total, ops = qr_path(self.value, self.best_mask)
        canv = self.canv
        canv.saveState()
        canv.setFillColor(colors.black)
        canv.scale(self.width / total, self.height / total)
        canv._code.append(ops)     # raw path operators, see qr_path
        canv.restoreState()
