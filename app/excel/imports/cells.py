"""A workbook opened for import: its sheet names, and each sheet's rows as a fast stream of cells. Qt-free.

openpyxl's reader reads the workbook's parts (sheet list, shared strings, which styles are dates,
the 1900/1904 epoch), but not its read-only worksheets: ``load_workbook(read_only=True)`` parses every
sheet once in full just to size it when the file does not say its dimension (the app's own exports do
not), and its per-cell parser builds an object tree for every inline string; together that was most of
the time of an import. The rows here come from expat (C) with handlers that keep only what a cell needs,
a row at a time; building ElementTree elements for every cell cost a quarter more.

The cells mean what openpyxl's mean with ``data_only=False``: ``data_type`` "f" and the formula text
(never evaluated), "s" text (shared, inline, or a formula's cached string), "n" numbers, "d" dates
(numbers in a date style), "b" booleans, "e" error values.
"""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Iterator
from xml.parsers.expat import ParserCreate

from openpyxl.reader.excel import ExcelReader
from openpyxl.styles.stylesheet import apply_stylesheet
from openpyxl.utils.cell import column_index_from_string
from openpyxl.utils.datetime import from_excel, from_ISO8601

CHUNK = 1 << 16
MAX_SHARED_BYTES = 64 * 1024 * 1024  # the shared strings' XML, unzipped (a register of 50,000 rows needs a few MB)
MAX_SHARED_STRINGS = 1_000_000
SHARED_STRINGS = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main}"  # expat's "uri}name" (separator "}")
ROW, C, V, F, IS, T, R, RPH = (NS + tag for tag in ("row", "c", "v", "f", "is", "t", "r", "rPh"))
DIGITS = "0123456789"
SI, PH = NS + "si", NS + "rPh"


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


class TooManyStrings(ValueError):
    """The shared strings are past MAX_SHARED_BYTES or MAX_SHARED_STRINGS (a "zip bomb" of text)."""


class _Strings:
    """expat handlers for sharedStrings.xml: each <si> is the text of its <t>s (not the phonetic <rPh> ones)."""

    def __init__(self):
        self.strings: list[str] = []
        self.parts: list[str] = []
        self.collect = False
        self.phonetic = 0

    def start(self, tag: str, attrs) -> None:
        if tag == T and not self.phonetic:
            self.collect = True
        elif tag == PH:
            self.phonetic += 1
        elif tag == SI:
            self.parts = []

    def end(self, tag: str) -> None:
        if tag == T:
            self.collect = False
        elif tag == PH:
            self.phonetic -= 1
        elif tag == SI:
            self.strings.append("".join(self.parts).replace("x005F_", ""))  # as openpyxl reads them
            if len(self.strings) > MAX_SHARED_STRINGS:
                raise TooManyStrings(len(self.strings))

    def text(self, data: str) -> None:
        if self.collect:
            self.parts.append(data)


def read_shared_strings(archive, part: str) -> list[str]:
    """The shared strings, streamed: refused (TooManyStrings) past the caps, whatever the zip's header says."""
    info = archive.getinfo(part)
    if info.file_size > MAX_SHARED_BYTES:
        raise TooManyStrings(info.file_size)
    handler = _Strings()
    parser = ParserCreate(namespace_separator="}")
    parser.buffer_text = True
    parser.StartElementHandler, parser.EndElementHandler = handler.start, handler.end
    parser.CharacterDataHandler = handler.text
    read = 0
    with archive.open(part) as source:
        while chunk := source.read(CHUNK):
            read += len(chunk)
            if read > MAX_SHARED_BYTES:
                raise TooManyStrings(read)
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    return handler.strings


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
            found = reader.package.find(SHARED_STRINGS)
            reader.shared_strings = read_shared_strings(reader.archive, found.PartName[1:]) if found else []
            self.macros = any(name.lower().endswith("vbaproject.bin") for name in reader.archive.namelist())
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
        rows = _Rows(self._reader.shared_strings, wb._date_formats, wb._timedelta_formats, wb.epoch)
        parser = ParserCreate(namespace_separator="}")
        parser.buffer_text = True
        parser.StartElementHandler, parser.EndElementHandler = rows.start, rows.end
        parser.CharacterDataHandler = rows.text
        with self._reader.archive.open(self.sheets[sheet]) as source:
            while chunk := source.read(CHUNK):
                parser.Parse(chunk, False)
                yield from rows.done
                rows.done.clear()
            parser.Parse(b"", True)
            yield from rows.done


class _Rows:
    """expat handlers: each <row> becomes a list of Cells in ``done``.

    A cell is read as ElementTree would find it: its first <f> (a formula), else by its type its first <v>, or
    for an inline string the <t> of its <is> (else the <t>s of the runs, never the phonetic <rPh> ones).
    """

    def __init__(self, shared, dates, durations, epoch):
        self.shared, self.dates, self.durations, self.epoch = shared, dates, durations, epoch
        self.done: list[tuple[int, list[Cell]]] = []
        self.cells: list[Cell] = []
        self.number = 0
        self.attrs: dict[str, str] = {}
        self.formula = self.value = self.plain = None
        self.runs: list[str] | None = None  # None: no <is> in this cell
        self.inside = ""  # "is", "r" or "rPh" while in an inline string
        self.buffer: list[str] | None = None  # the text being collected, and where it goes
        self.into = ""

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == C:
            self.attrs, self.formula, self.value, self.plain, self.runs = attrs, None, None, None, None
        elif tag == T:
            if self.inside == "r" or (self.inside == "is" and self.plain is None):
                self.buffer, self.into = [], self.inside
        elif tag == V or tag == F:
            if (self.value if tag == V else self.formula) is None:
                self.buffer, self.into = [], tag
        elif tag == IS:
            self.inside, self.runs = "is", []
        elif tag == R or tag == RPH:
            if self.inside:
                self.inside = "r" if tag == R else "rPh"
        elif tag == ROW:
            r = attrs.get("r")
            self.number = int(r) if r else self.number + 1
            self.cells = []

    def end(self, tag: str) -> None:
        if tag == C:
            self.cell()
        elif self.buffer is not None and tag in (T, V, F):
            text, self.buffer = "".join(self.buffer), None
            if self.into == "is":
                self.plain = text
            elif self.into == "r":
                self.runs.append(text)
            elif self.into == V:
                self.value = text
            else:
                self.formula = text
        elif tag == R or tag == RPH:
            if self.inside:
                self.inside = "is"
        elif tag == IS:
            self.inside = ""
        elif tag == ROW:
            self.done.append((self.number, self.cells))
            self.cells = []

    def text(self, data: str) -> None:
        if self.buffer is not None:
            self.buffer.append(data)

    def cell(self) -> None:
        cells, ref = self.cells, self.attrs.get("r")
        if ref:
            column = column_index_from_string(ref.rstrip(DIGITS))
            while len(cells) < column - 1:
                cells.append(EMPTY)
        cells.append(self.convert())

    def convert(self) -> Cell:
        if self.formula is not None:
            return Cell("=" + self.formula, "f")
        kind = self.attrs.get("t", "n")
        if kind == "inlineStr":
            if self.runs is None:
                return EMPTY
            return Cell(self.plain if self.plain is not None else "".join(self.runs), "s")
        value = self.value
        if value is None:
            return EMPTY
        if kind == "n":
            return self.number_cell(value, int(self.attrs.get("s") or 0))
        if kind == "s":
            return Cell(self.shared[int(value)], "s")
        if kind == "str":
            return Cell(value, "s")
        if kind == "b":
            return Cell(value.strip() in ("1", "true"), "b")
        if kind == "d":
            return Cell(from_ISO8601(value), "d")
        return Cell(value, "e")

    def number_cell(self, text: str, style: int) -> Cell:
        number = float(text) if "." in text or "e" in text or "E" in text else int(text)
        if style in self.dates:
            try:
                return Cell(from_excel(number, self.epoch, timedelta=style in self.durations), "d")
            except (OverflowError, ValueError):
                return Cell("#VALUE!", "e")
        return Cell(number, "n")
