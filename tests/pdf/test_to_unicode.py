"""The text layer of Qt's PDFs: the font's alternate tone marks and vowels (private-use code points in its
character map) are named by the Thai letters they stand for; the glyphs drawn and the file's structure stay sound."""

from __future__ import annotations

import io
import warnings

import pypdf

from app.pdf.to_unicode import ALTERNATES, _cmap, _parse, fix_text_layer


def _pdf(cmap: bytes) -> bytes:
    """A one-page PDF with a Type0 font whose ToUnicode map is ``cmap``, laid out as Qt writes it."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length 0 >>\nstream\n\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /Laksaman /Encoding /Identity-H /DescendantFonts [6 0 R]\n"
        b"/ToUnicode 7 0 R>>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Laksaman "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
        b"<< /Type /FontDescriptor /FontName /Laksaman /Flags 4 >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<<\n/Size %d \n/Root 1 0 R\n>>\nstartxref\n%d \n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


QT_CMAP = (b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n1 begincodespacerange\n<0000> <FFFF>\n"
           b"endcodespacerange\n3 beginbfrange\n<0000> <0000> <0000>\n<0001> <0004> [<0E02> <F70B> <0E2D> <0E21>]\n"
           b"<0005> <0010> <F70A>\nendbfrange\n1 beginbfchar\n<0011> <F718>\nendbfchar\nendcmap\nend\nend\n")


def _read(pdf: bytes) -> dict[int, str]:
    start = pdf.index(b"stream\n", pdf.index(b"7 0 obj")) + 7
    return _parse(pdf[start:pdf.index(b"endstream", start)])


def test_every_form_of_the_map_is_read():
    found = _parse(QT_CMAP)
    assert found[2] == "F70B" and found[5] == "F70A" and found[16] == "F715" and found[17] == "F718"
    assert len(found) == 18


def test_the_alternates_become_thai_letters_and_nothing_else_changes():
    fixed = fix_text_layer(_pdf(QT_CMAP))
    found = _read(fixed)
    assert found[1] == "0E02" and found[2] == "0E49" and found[3] == "0E2D"  # ข้อ
    assert found[5] == "0E48" and found[9] == "0E4C" and found[17] == "0E38"
    assert found[16] == "0E4A"  # a linear range runs on through the alternates: each is mapped on its own
    assert not any(0xF700 <= int(d, 16) <= 0xF8FF for d in found.values())
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        reader = pypdf.PdfReader(io.BytesIO(fixed), strict=True)  # offsets and xref consistent
        font = reader.pages[0]["/Resources"]["/Font"]["/F1"]
        assert b"<0002> <0E49>" in font["/ToUnicode"].get_data()


def test_a_pdf_without_alternates_is_left_as_it_is():
    plain = _pdf(_cmap({1: "0E02", 2: "0E49"}))
    assert fix_text_layer(plain) is plain
    assert fix_text_layer(b"not a pdf") == b"not a pdf"


def test_each_alternate_stands_for_a_thai_letter():
    assert all(0x0E01 <= letter <= 0x0E5B for letter in ALTERNATES.values())
    assert set(range(0xF700, 0xF721)) <= set(ALTERNATES)
