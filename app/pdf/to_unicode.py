"""The text layer of a PDF Qt wrote (QPdfWriter) with the bundled Thai fonts: tone marks and vowels that the font
shapes with its own alternate glyphs (lowered, shifted left, without descender) come back as the Thai letters they
stand for, not as the font's private-use code points.

Laksaman (like most Thai fonts) reaches those alternates through its 'ccmp' feature and also maps them to
U+F700–U+F720 and U+F880–U+F882 in its character map; Qt's PDF engine names each glyph in the font's ToUnicode map
by that code point, so a copy or a search of "ข้อมูล" found "ข\\uf70bอมูล". The glyphs drawn stay exactly as they
are; only the ToUnicode maps are rewritten (Qt writes them uncompressed) and the file's cross-reference table
recomputed. Qt-free: bytes in, bytes out.
"""

from __future__ import annotations

import re
from pathlib import Path

# the alternate glyphs' code points → the letter each stands for, read from the glyph names of the bundled
# Laksaman and Laksaman-Bold ("uni0E49.low" at U+F70B is a low mai tho, U+0E49); the same standard assignment as
# the Thai fonts of Windows and macOS
ALTERNATES: dict[int, int] = {
    0xF700: 0x0E10, 0xF701: 0x0E34, 0xF702: 0x0E35, 0xF703: 0x0E36, 0xF704: 0x0E37,
    0xF705: 0x0E48, 0xF706: 0x0E49, 0xF707: 0x0E4A, 0xF708: 0x0E4B, 0xF709: 0x0E4C,
    0xF70A: 0x0E48, 0xF70B: 0x0E49, 0xF70C: 0x0E4A, 0xF70D: 0x0E4B, 0xF70E: 0x0E4C,
    0xF70F: 0x0E0D, 0xF710: 0x0E31, 0xF711: 0x0E4D, 0xF712: 0x0E47,
    0xF713: 0x0E48, 0xF714: 0x0E49, 0xF715: 0x0E4A, 0xF716: 0x0E4B, 0xF717: 0x0E4C,
    0xF718: 0x0E38, 0xF719: 0x0E39, 0xF71A: 0x0E3A, 0xF71B: 0x0E0E, 0xF71C: 0x0E0F, 0xF71D: 0x0E2C,
    0xF71E: 0x0E4D, 0xF71F: 0x0E47, 0xF720: 0x0E4E, 0xF880: 0x0E4F, 0xF881: 0x0E24, 0xF882: 0x0E26,
}
_TO_UNICODE = re.compile(rb"/ToUnicode\s+(\d+)\s+0\s+R")
_RANGES = re.compile(rb"(\d+)\s+beginbfrange(.*?)endbfrange", re.S)
_CHARS = re.compile(rb"(\d+)\s+beginbfchar(.*?)endbfchar", re.S)
_HEX = re.compile(rb"<([0-9A-Fa-f]*)>")
_RANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)")
_XREF = re.compile(rb"xref\s+(\d+)\s+(\d+)\s+")
_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.S)


def _letter(code: str) -> str:
    """One destination (UTF-16BE hex) with every alternate replaced by its letter."""
    units = [int(code[i:i + 4], 16) for i in range(0, len(code), 4)]
    return "".join(f"{ALTERNATES.get(u, u):04X}" for u in units)


def _parse(cmap: bytes) -> dict[int, str]:
    """CID → destination (hex) from the bfrange and bfchar sections (both forms of bfrange)."""
    found: dict[int, str] = {}
    for _n, body in _RANGES.findall(cmap):
        for low, high, dest in _RANGE.findall(body):
            first, last = int(low, 16), int(high, 16)
            codes = [c.decode() for c in _HEX.findall(dest)]
            if dest.startswith(b"["):
                found.update(zip(range(first, last + 1), codes, strict=False))
            else:
                start = int(codes[0], 16)
                width = len(codes[0])
                found.update((first + k, f"{start + k:0{width}X}") for k in range(last - first + 1))
    for _n, body in _CHARS.findall(cmap):
        codes = [c.decode() for c in _HEX.findall(body)]
        found.update((int(codes[i], 16), codes[i + 1]) for i in range(0, len(codes) - 1, 2))
    return found


def _cmap(mapping: dict[int, str]) -> bytes:
    """A ToUnicode CMap of single-character entries (bfchar, at most 100 a section)."""
    items = sorted(mapping.items())
    sections = []
    for start in range(0, len(items), 100):
        chunk = items[start:start + 100]
        lines = "\n".join(f"<{cid:04X}> <{_letter(dest)}>" for cid, dest in chunk)
        sections.append(f"{len(chunk)} beginbfchar\n{lines}\nendbfchar")
    body = "\n".join(sections)
    return ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
            f"{body}\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").encode("ascii")


def _needs_fix(mapping: dict[int, str]) -> bool:
    return any(_letter(dest) != dest.upper() for dest in mapping.values())


def _xref(pdf: bytes) -> tuple[int, dict[int, int]]:
    """(offset of the xref table, object number → offset of each object in use)."""
    start = int(re.findall(rb"startxref\s+(\d+)", pdf)[-1])
    head = _XREF.match(pdf, start)
    if head is None:
        raise ValueError("not a classic cross-reference table")
    first, count = int(head.group(1)), int(head.group(2))
    entries = pdf[head.end():head.end() + 20 * count]
    offsets = {}
    for i in range(count):
        entry = entries[20 * i:20 * i + 20]
        if entry[17:18] == b"n":
            offsets[first + i] = int(entry[:10])
    return start, offsets


def fix_text_layer(pdf: bytes) -> bytes:
    """The PDF with each ToUnicode map that names an alternate glyph by its private-use code point rewritten."""
    maps = {int(n) for n in _TO_UNICODE.findall(pdf)}
    try:
        xref_at, offsets = _xref(pdf)
    except (ValueError, IndexError):  # not the layout Qt writes: left as it is
        return pdf
    if not maps & offsets.keys():
        return pdf
    order = sorted(offsets, key=offsets.get)
    ends = {n: (offsets[order[i + 1]] if i + 1 < len(order) else xref_at) for i, n in enumerate(order)}
    changed = {}
    for number in maps & offsets.keys():
        stream = _STREAM.search(pdf, offsets[number], ends[number])
        mapping = _parse(stream.group(1)) if stream else {}
        if mapping and _needs_fix(mapping):
            cmap = _cmap(mapping)
            changed[number] = (f"{number} 0 obj\n<< /Length {len(cmap)} >>\nstream\n".encode("ascii") + cmap
                               + b"\nendstream\nendobj\n")
    return _rebuild(pdf, order, offsets, ends, xref_at, changed) if changed else pdf


def _rebuild(pdf: bytes, order: list[int], offsets: dict[int, int], ends: dict[int, int], xref_at: int,
             changed: dict[int, bytes]) -> bytes:
    """The objects in their order (the changed ones replaced), then a new cross-reference table and trailer."""
    out = bytearray(pdf[:offsets[order[0]]])
    where = {}
    for number in order:
        where[number] = len(out)
        out += changed.get(number) or pdf[offsets[number]:ends[number]]
    trailer = pdf.index(b"trailer", xref_at)
    size = max(max(where) + 1, int(re.search(rb"/Size\s+(\d+)", pdf[trailer:]).group(1)))
    table = ["xref", f"0 {size}", "0000000000 65535 f "]
    table += [f"{where[n]:010d} 00000 n " if n in where else "0000000000 00000 f " for n in range(1, size)]
    tail = re.sub(rb"startxref\s+\d+", b"startxref\n%d" % len(out), pdf[trailer:])
    return bytes(out) + "\n".join(table).encode("ascii") + b"\n" + tail


def fix_file(path: str | Path) -> None:
    """Rewrite a PDF file in place (it is small: a page of the dashboard)."""
    target = Path(path)
    data = target.read_bytes()
    fixed = fix_text_layer(data)
    if fixed is not data:
        target.write_bytes(fixed)
