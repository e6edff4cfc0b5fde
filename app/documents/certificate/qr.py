"""The certificate's QR code as a module matrix, encoded once and drawn the same way by the PDF and by Qt.

Byte mode with an ECI 26 header (the text is UTF-8, so Thai in the certificate number reads back exactly), error
correction level M, the smallest version that holds the text, and of the 8 masks the first with the fewest
penalty points as reportlab's encoder (``reportlab.graphics.barcode.qrencoder``) scores them: the symbols are the
ones it makes (a test compares them), about 10× quicker. Its import alone (the barcode package loads every
widget and platypus) took 0.09 s of the command. Rows are Python integers, column 0 the highest bit; the function
patterns, data positions and masks of a version are worked out once. Both backends fill the same dark rectangles
(:meth:`QrCode.rects`: runs of dark modules per row, merged so no hairline seams show between modules).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

UTF8_ECI = 26
# Level M per version 1–40: error correction codewords per block, and number of blocks (ISO/IEC 18004 table 9)
EC_PER_BLOCK = (10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28,
                28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28)
BLOCKS = (1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29,
          31, 33, 35, 37, 38, 40, 43, 45, 47, 49)
MASKS = (  # dark where the data module is inverted, for row i and column j
    lambda i, j: (i + j) % 2 == 0,
    lambda i, j: i % 2 == 0,
    lambda i, j: j % 3 == 0,
    lambda i, j: (i + j) % 3 == 0,
    lambda i, j: (i // 2 + j // 3) % 2 == 0,
    lambda i, j: (i * j) % 2 + (i * j) % 3 == 0,
    lambda i, j: ((i * j) % 2 + (i * j) % 3) % 2 == 0,
    lambda i, j: ((i * j) % 3 + (i + j) % 2) % 2 == 0,
)
DARK_RUN = re.compile(b"\x01+")
FINDER_LIKE = "10111010000"  # the only orientation reportlab scores, and only in rows
# GF(256) with the QR polynomial x^8 + x^4 + x^3 + x^2 + 1
EXP = [1] * 510
for _k in range(1, 255):
    EXP[_k] = (EXP[_k - 1] << 1) ^ (0x11D if EXP[_k - 1] & 0x80 else 0)
EXP[255:] = EXP[:255]
LOG = [0] * 256
for _k in range(255):
    LOG[EXP[_k]] = _k


@dataclass(frozen=True)
class QrCode:
    x: float  # top-left corner of the symbol (without the quiet zone) in points
    y: float
    size: float
    text: str
    modules: tuple[tuple[bool, ...], ...]  # rows of dark (True) / light modules

    def runs(self) -> list[tuple[int, int, int]]:
        """(column, row, length) in modules of each horizontal run of dark modules."""
        return [(run.start(), r, run.end() - run.start()) for r, row in enumerate(self.modules)
                for run in DARK_RUN.finditer(bytes(row))]

    def rects(self) -> list[tuple[float, float, float, float]]:
        """(x, y, width, height) of each run in page coordinates."""
        step = self.size / len(self.modules)
        return [(self.x + c * step, self.y + r * step, n * step, step) for c, r, n in self.runs()]


@lru_cache(maxsize=1024)
def modules(text: str) -> tuple[tuple[bool, ...], ...]:
    """The module matrix of ``text`` (UTF-8 bytes, ECI 26, error correction M)."""
    data = text.encode("utf-8")
    version = _version(len(data))
    n, base, positions, masks = _template(version)
    stream = int.from_bytes(_codewords(data, version), "big")
    top = 8 * (len(positions) // 8) - 1
    placed = [0] * n  # the data and error correction bits, unmasked (the remainder bits stay light)
    for k, (row, bit) in enumerate(positions[: top + 1]):
        if stream >> (top - k) & 1:
            placed[row] |= bit
    trials = [[b | p ^ m for b, p, m in zip(base, placed, mask, strict=True)] for mask in masks]
    points = [lost_points(rows, n) for rows in trials]
    best = points.index(min(points))
    rows = [r | i for r, i in zip(trials[best], _information(version, best), strict=True)]
    return tuple(tuple(r >> (n - 1 - c) & 1 == 1 for c in range(n)) for r in rows)


def _version(length: int) -> int:
    """The smallest version whose level M data codewords hold the ECI header, the byte-mode header and the text."""
    for version in range(1, 41):
        bits = 12 + 4 + (8 if version < 10 else 16) + 8 * length
        if bits <= 8 * _data_codewords(version):
            return version
    raise ValueError(f"{length} bytes do not fit a QR code at error correction level M")


def _data_codewords(version: int) -> int:
    return _total_codewords(version) - EC_PER_BLOCK[version - 1] * BLOCKS[version - 1]


def _total_codewords(version: int) -> int:
    """Codewords of the symbol: its modules less the function patterns, format and version information, in bytes."""
    count = (16 * version + 128) * version + 64
    if version >= 2:
        alignments = version // 7 + 2
        count -= (25 * alignments - 10) * alignments - 55
    if version >= 7:
        count -= 36
    return count // 8


def _codewords(data: bytes, version: int) -> bytes:
    """Data codewords (headers, text, terminator, padding) in blocks, then their error correction, interleaved."""
    capacity = 8 * _data_codewords(version)
    count_bits = 8 if version < 10 else 16
    stream = (((0b0111 << 8 | UTF8_ECI) << 4 | 0b0100) << count_bits | len(data)) << 8 * len(data)
    stream |= int.from_bytes(data, "big")
    length = 16 + count_bits + 8 * len(data)
    if length + 4 <= capacity:  # terminator
        stream, length = stream << 4, length + 4
    stream <<= -length % 8
    payload = stream.to_bytes((length + 7) // 8, "big")
    payload += bytes((0xEC, 0x11)) * ((capacity // 8 - len(payload)) // 2 + 1)
    payload = payload[: capacity // 8]
    blocks, ec = BLOCKS[version - 1], EC_PER_BLOCK[version - 1]
    short = _total_codewords(version) // blocks - ec  # data codewords of the first blocks; the last ones have 1 more
    longer = len(payload) - short * blocks
    pieces, at = [], 0
    for b in range(blocks):
        size = short + (b >= blocks - longer)
        pieces.append(payload[at : at + size])
        at += size
    table = _products(ec)
    corrections = [_remainder(piece, table) for piece in pieces]
    out = [piece[k] for k in range(short + 1) for piece in pieces if k < len(piece)]
    return bytes(out + [c[k] for k in range(ec) for c in corrections])


@lru_cache(maxsize=16)
def _products(degree: int) -> tuple[tuple[int, ...], ...]:
    """For each byte value, its products with the coefficients (after the leading 1) of the Reed–Solomon generator
    (x − α⁰)…(x − α^(degree−1))."""
    poly = [1]
    for k in range(degree):
        poly = [a ^ _mul(b, EXP[k]) for a, b in zip([*poly, 0], [0, *poly], strict=True)]
    return tuple(tuple(_mul(factor, c) for c in poly[1:]) for factor in range(256))


def _mul(a: int, b: int) -> int:
    return EXP[LOG[a] + LOG[b]] if a and b else 0


def _remainder(data: bytes, products: tuple[tuple[int, ...], ...]) -> list[int]:
    """The error correction codewords of ``data``: its remainder by the generator (a shift register)."""
    rest = [0] * len(products[0])
    for byte in data:
        factor = byte ^ rest[0]
        rest = [a ^ b for a, b in zip(rest[1:] + [0], products[factor], strict=True)]
    return rest


@lru_cache(maxsize=40)
def _template(version: int) -> tuple[int, list[int], list[tuple[int, int]], list[list[int]]]:
    """(size, rows of the function patterns with the format and version modules light, data positions in placing
    order as (row, bit), rows of the data modules each mask inverts)."""
    n = 4 * version + 17
    grid: list[list[bool | None]] = [[None] * n for _ in range(n)]  # None: a data module
    for top, left in ((0, 0), (n - 7, 0), (0, n - 7)):
        for r in range(top - 1, top + 8):
            for c in range(left - 1, left + 8):
                if 0 <= r < n and 0 <= c < n:  # the finder and its light separator
                    ring = max(abs(r - top - 3), abs(c - left - 3))
                    grid[r][c] = ring != 2 and ring != 4
    centres = _alignment_centres(version)
    for r in centres:
        for c in centres:
            if grid[r][c] is None:
                for dr in range(-2, 3):
                    for dc in range(-2, 3):
                        grid[r + dr][c + dc] = max(abs(dr), abs(dc)) != 1
    for k in range(8, n - 8):
        grid[6][k] = grid[k][6] = k % 2 == 0
    for k in range(9):  # format information, and the dark module, light until the mask is chosen
        if k != 6:  # the timing patterns cross there
            grid[8][k] = grid[k][8] = False
        if k != 8:
            grid[8][n - 1 - k] = grid[n - 1 - k][8] = False
    if version >= 7:
        for k in range(18):
            grid[k // 3][n - 11 + k % 3] = grid[n - 11 + k % 3][k // 3] = False
    base = [sum(1 << (n - 1 - c) for c in range(n) if grid[r][c]) for r in range(n)]
    positions = []
    right, upwards = n - 1, True
    while right > 0:
        for r in range(n - 1, -1, -1) if upwards else range(n):
            positions += [(r, 1 << (n - 1 - c)) for c in (right, right - 1) if grid[r][c] is None]
        right -= 3 if right == 8 else 2  # column 6 (timing) holds no data
        upwards = not upwards
    masks = []
    for dark in MASKS:
        rows = [0] * n
        for r, bit in positions:
            if dark(r, n - bit.bit_length()):
                rows[r] |= bit
        masks.append(rows)
    return n, base, positions, masks


def _alignment_centres(version: int) -> list[int]:
    if version == 1:
        return []
    n, count = 4 * version + 17, version // 7 + 2
    step = 26 if version == 32 else -(-(n - 13) // (2 * count - 2)) * 2  # ceil
    return [6] + [n - 7 - k * step for k in range(count - 2, -1, -1)]


@lru_cache(maxsize=64)
def _information(version: int, pattern: int) -> list[int]:
    """The dark modules of the format information for ``pattern``, of the version information and the dark module."""
    n = 4 * version + 17
    dark: list[tuple[int, int]] = [(n - 8, 8)]
    bits = _bch(pattern, 10, 0x537) ^ 0x5412  # level M is 00
    for k in range(15):
        if bits >> k & 1:
            dark.append((k if k < 6 else k + 1 if k < 8 else n - 15 + k, 8))
            dark.append((8, n - 1 - k if k < 8 else 15 - k if k < 9 else 14 - k))
    if version >= 7:
        bits = _bch(version, 12, 0x1F25)
        for k in range(18):
            if bits >> k & 1:
                dark += [(k // 3, n - 11 + k % 3), (n - 11 + k % 3, k // 3)]
    rows = [0] * n
    for r, c in dark:
        rows[r] |= 1 << (n - 1 - c)
    return rows


def _bch(value: int, degree: int, generator: int) -> int:
    """``value`` followed by its BCH check bits."""
    rest = value << degree
    for shift in range(rest.bit_length() - generator.bit_length(), -1, -1):
        if rest >> (shift + generator.bit_length() - 1) & 1:
            rest ^= generator << shift
    return value << degree | rest


def lost_points(rows: list[int], n: int) -> int:
    """reportlab's ``QRUtil.getLostPoint`` of the ``n`` × ``n`` symbol whose rows are ``rows`` (column 0 the highest
    bit): runs of 5+ modules of one colour in rows and columns (length − 2 each), 2×2 blocks of one colour (3 each),
    1:1:3:1:1 finder-like patterns followed by 4 light modules in rows (40 each; reportlab's column scan compares
    tuples with a list and never matches, and it skips the last position), and the balance of dark modules.

    A run of length L holds L − 4 windows of 5 equal modules, which form one unbroken sequence: L − 2 is the
    number of windows plus 2 for each sequence's end."""
    full = (1 << n) - 1
    points = 0
    for row in rows:
        same = ~(row ^ row >> 1) & full >> 1  # a module and its right-hand neighbour agree
        windows = same & same >> 1 & same >> 2 & same >> 3
        points += windows.bit_count() + 2 * (windows & ~(windows >> 1)).bit_count()
    agree = [~(upper ^ lower) & full for upper, lower in zip(rows, rows[1:], strict=False)]  # and the module below
    windows = [a & b & c & d for a, b, c, d in zip(agree, agree[1:], agree[2:], agree[3:], strict=False)] + [0]
    for this, below in zip(windows, windows[1:], strict=False):
        points += this.bit_count() + 2 * (this & ~below).bit_count()
    inner = full >> 1  # pairs of neighbouring columns
    for upper, pair in zip(rows, agree, strict=False):
        points += 3 * (pair & pair >> 1 & ~(upper ^ upper >> 1) & inner).bit_count()
    points += 40 * "|".join(format(row, f"0{n}b")[:-1] for row in rows).count(FINDER_LIKE)
    dark = sum(row.bit_count() for row in rows)
    return points + 10 * (abs(100 * dark // (n * n) - 50) // 5)


def qr_code(text: str, x: float, y: float, size: float) -> QrCode:
    return QrCode(x, y, size, text, modules(text))
