"""A workbook opened for import: its sheet names, and each sheet's rows as a fast stream of cells. Qt-free.

openpyxl's reader reads the workbook's parts (sheet list, shared strings, which styles are dates,
the 1900/1904 epoch), but not its read-only worksheets: ``load_workbook(read_only=True)`` parses every
sheet once in full just to size it when the file does not say its dimension (the app's own exports do
not), and its per-cell parser builds an object tree for every inline string; together that was most of
the time of an import. The rows here come from one ElementTree pull parser (C), a row at a time.

The cells mean what openpyxl's mean with ``data_only=False``: ``data_type`` "f" and the formula text
(never evaluated), "s" text (shared, inline, or a formula's cached string), "n" numbers, "d" dates
(numbers in a date style), "b" booleans, "e" error values.
"""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Iterator
from xml.etree.ElementTree import XMLPullParser

from openpyxl.reader.excel import ExcelReader
from openpyxl.styles.stylesheet import apply_stylesheet
from openpyxl.utils.cell import column_index_from_string
from openpyxl.utils.datetime import from_excel, from_ISO8601

CHUNK = 1 << 16
NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
ROW, V, F, IS, T, R = (NS + tag for tag in ("row", "v", "f", "is", "t", "r"))
DIGITS = "0123456789"


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection meanwhile: an import allocates hundreds of thousands of objects that live
    until it ends, and the collector's passes over them were a third of the time of reading a sheet."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


class Cell:
    __slots__ = ("value", "data_type")

    def __init__(self, value, data_type: str = "n"):
        self.value, self.data_type = value, data_type


EMPTY = Cell(None)


class Book:
    """An .xlsx opened for reading; ``close()`` it (or use it as a context manager)."""

    def __init__(self, path: str | os.PathLike):
        self._file = open(path, "rb")  # a file object: openpyxl then does not judge the file by its extension
        try:
            reader = self._reader = ExcelReader(self._file, read_only=True, data_only=False)
            reader.read_manifest()
            reader.read_strings()
            reader.read_workbook()
            apply_stylesheet(reader.archive, reader.wb)
            self.sheets = {sheet.name: rel.target for sheet, rel in reader.parser.find_sheets()
                           if rel.Type.endswith("/worksheet")}  # chart sheets hold no cells
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        reader = getattr(self, "_reader", None)
        if reader is not None:
            reader.archive.close()
        self._file.close()

    def __enter__(self) -> Book:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def rows(self, sheet: str) -> Iterator[tuple[int, list[Cell]]]:
        """(row number, cells) of every row the sheet's XML holds, streamed."""
        wb = self._reader.wb
        convert = _Converter(self._reader.shared_strings, wb._date_formats, wb._timedelta_formats, wb.epoch)
        parser = XMLPullParser(events=("end",))
        number = 0
        with self._reader.archive.open(self.sheets[sheet]) as source:
            while True:
                chunk = source.read(CHUNK)
                if chunk:
                    parser.feed(chunk)
                else:
                    parser.close()
                for _event, element in parser.read_events():
                    if element.tag == ROW:
                        r = element.get("r")
                        number = int(r) if r else number + 1
                        yield number, convert.row(element)
                        element.clear()
                if not chunk:
                    return


class _Converter:
    def __init__(self, shared, dates, durations, epoch):
        self.shared, self.dates, self.durations, self.epoch = shared, dates, durations, epoch

    def row(self, element) -> list[Cell]:
        cells: list[Cell] = []
        for c in element:
            ref = c.get("r")
            if ref:
                column = column_index_from_string(ref.rstrip(DIGITS))
                while len(cells) < column - 1:
                    cells.append(EMPTY)
            cells.append(self.cell(c))
        return cells

    def cell(self, c) -> Cell:
        formula = c.find(F)
        if formula is not None:
            return Cell("=" + (formula.text or ""), "f")
        kind = c.get("t", "n")
        if kind == "inlineStr":
            inline = c.find(IS)
            if inline is None:
                return EMPTY
            plain = inline.find(T)
            text = plain.text if plain is not None else "".join(r.findtext(T) or "" for r in inline.iterfind(R))
            return Cell(text or "", "s")
        value = c.findtext(V)
        if value is None:
            return EMPTY
        if kind == "n":
            return self.number(value, int(c.get("s") or 0))
        if kind == "s":
            return Cell(self.shared[int(value)], "s")
        if kind == "str":
            return Cell(value, "s")
        if kind == "b":
            return Cell(value.strip() in ("1", "true"), "b")
        if kind == "d":
            return Cell(from_ISO8601(value), "d")
        return Cell(value, "e")

    def number(self, text: str, style: int) -> Cell:
        number = float(text) if "." in text or "e" in text or "E" in text else int(text)
        if style in self.dates:
            try:
                return Cell(from_excel(number, self.epoch, timedelta=style in self.durations), "d")
            except (OverflowError, ValueError):
                return Cell("#VALUE!", "e")
        return Cell(number, "n")
