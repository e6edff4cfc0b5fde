"""Open an imported workbook safely and find its header row and columns. Qt-free.

* Before openpyxl sees the file: its size (at most MAX_FILE_BYTES), its signature (an OLE2 compound
  file is a password-protected workbook or an old .xls; anything that is not a zip is not an .xlsx)
  and the zip's declared uncompressed size (at most MAX_UNZIPPED_BYTES, against zip bombs).
* The workbook is read streaming (openpyxl's reader in read-only mode for its parts, the rows through
  ``excel_import_cells``) without evaluating formulas (a formula cell keeps its formula, and the import
  reports it), and closed in every case.
* The sheet: the one named as the export names the register (Thai or English), else the first one.
  The header row: of the first HEADER_SEARCH_ROWS rows, the one matching most field labels, so the
  app's export (title rows first) and a hand-made sheet (header in row 1) both import.
* Headers match a field's Thai or English label, its name, or a few variants, ignoring case, spaces,
  underscores, dots, dashes, parentheses and zero-width characters (``excel_values.key``).
"""

from __future__ import annotations

import contextlib
import os
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import chain
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError
from xml.parsers.expat import ExpatError

from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from app.core.errors import Bilingual, UserError
from app.excel.export import sheet_name
from app.excel.imports.cells import Book
from app.excel.imports.value_words import HEADER_VARIANTS_BY_KIND, HEADER_VARIANTS_BY_NAME
from app.excel.imports.values import is_empty, key
from app.registers.catalog import Register

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024
MAX_ROWS = 50_000
HEADER_SEARCH_ROWS = 10
OLE2 = bytes.fromhex("D0CF11E0A1B11AE1")
ZIP = b"PK\x03\x04"
READ_ERRORS = (zipfile.BadZipFile, zlib.error, KeyError, IndexError, ValueError, TypeError, AttributeError,
               EOFError, ParseError, ExpatError, InvalidFileException, OSError)



class ImportFileError(UserError):
    """The file cannot be read at all: not an .xlsx, password-protected, corrupt, empty or too big."""


@dataclass(frozen=True)
class Column:
    index: int  # 0-based position in the row
    header: str  # as written in the file, or the column letter when the header cell is empty
    field: str | None  # the field it fills; None: unknown (or no header)
    computed: bool = False  # a computed field (e.g. the emblem state): read, never imported


@dataclass
class Sheet:
    name: str
    header_row: int
    columns: list[Column]
    total: int  # the non-empty data rows, known once ``rows()`` has read them
    _rows: Iterator[tuple[int, tuple]]

    def rows(self) -> Iterator[tuple[int, tuple]]:
        """(Excel row number, cells) of every non-empty row below the header.

        The rows are read in full before the first is handed over, so a file past MAX_ROWS is refused
        (ImportFileError) before any of it is checked.
        """
        found = []
        try:
            for number, cells in self._rows:
                if all(is_empty(c.value) for c in cells):
                    continue
                found.append((number, cells))
                if len(found) > MAX_ROWS:
                    raise ImportFileError("ไฟล์มีข้อมูลเกิน {limit} แถว กรุณาแบ่งเป็นหลายไฟล์",
                                          limit=f"{MAX_ROWS:,}")
        except READ_ERRORS as error:
            raise _corrupt(self.name, error) from error
        self.total = len(found)
        return iter(found)


@cache
def header_keys(reg: Register) -> dict[str, str]:
    """Header key → field name: variants first, so that a field's own labels win any clash."""
    table: dict[str, str] = {}
    for f in reg.fields:
        for text in (*HEADER_VARIANTS_BY_KIND.get(f.kind, ()), *HEADER_VARIANTS_BY_NAME.get(f.name, ())):
            table.setdefault(key(text), f.name)
    for f in reg.fields:
        for text in (f.name, f.th, f.en):
            table[key(text)] = f.name
    return table


def check_file(path: Path) -> None:
    """Refuse what openpyxl should never be given, with a clear message."""
    name = path.name
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError as error:
        raise ImportFileError("เปิดไฟล์ {name} ไม่ได้ ({detail})", name=name, detail=error.strerror or error) from error
    if size > MAX_FILE_BYTES:
        raise ImportFileError("ไฟล์ {name} ใหญ่เกิน {limit} MB", name=name, limit=MAX_FILE_BYTES // 2**20)
    if head == OLE2:
        raise ImportFileError("ไฟล์ {name} มีรหัสผ่านหรือเป็นไฟล์ Excel รุ่นเก่า (.xls) กรุณาเอารหัสผ่านออก "
                              "แล้วบันทึกเป็น .xlsx ก่อนนำเข้า", name=name)
    if not head:
        raise ImportFileError("ไฟล์ {name} ว่างเปล่า", name=name)
    if not head.startswith(ZIP):
        raise ImportFileError("ไฟล์ {name} ไม่ใช่ไฟล์ Excel (.xlsx)", name=name)
    try:
        with zipfile.ZipFile(path) as archive:
            unzipped = sum(info.file_size for info in archive.infolist())
    except READ_ERRORS as error:
        raise _corrupt(name, error) from error
    if unzipped > MAX_UNZIPPED_BYTES:
        raise ImportFileError("ไฟล์ {name} ใหญ่เกิน {limit} MB", name=name, limit=MAX_UNZIPPED_BYTES // 2**20)


def _corrupt(name: str, error: BaseException) -> ImportFileError:
    detail = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return ImportFileError("อ่านไฟล์ {name} ไม่ได้ ไฟล์อาจเสียหายหรือไม่ใช่ไฟล์ Excel (.xlsx) ({detail})",
                           name=name, detail=detail[:200])


@contextlib.contextmanager
def open_sheet(path: str | os.PathLike, reg: Register) -> Iterator[Sheet]:
    """The register's sheet of the workbook at ``path``, its header found; the workbook is closed afterwards."""
    path = Path(path)
    check_file(path)
    try:
        book = Book(path)
    except READ_ERRORS as error:
        raise _corrupt(path.name, error) from error
    with book:
        try:
            sheet = _find_sheet(book, reg, path.name)
        except READ_ERRORS as error:
            raise _corrupt(path.name, error) from error
        yield sheet


def _find_sheet(book: Book, reg: Register, file_name: str) -> Sheet:
    names = list(book.sheets)
    if not names:
        raise ImportFileError("ไฟล์ {name} ไม่มีแผ่นงาน (sheet)", name=file_name)
    wanted = {sheet_name(reg, "th"), sheet_name(reg, "en")}
    name = next((n for n in names if n in wanted), names[0])
    rows = book.rows(name)
    head, beyond = [], []
    for row in rows:
        if row[0] > HEADER_SEARCH_ROWS:
            beyond = [row]
            break
        head.append(row)
    keys = header_keys(reg)
    scores = [sum(1 for c in cells if isinstance(c.value, str) and key(c.value) in keys) for _, cells in head]
    if not scores or max(scores) == 0:
        raise ImportFileError("ไม่พบแถวหัวตารางของ{register}ใน {n} แถวแรกของแผ่นงาน {sheet}",
                              register=Bilingual(reg.th, reg.en), n=HEADER_SEARCH_ROWS, sheet=name)
    best = scores.index(max(scores))
    header_row, header_cells = head[best]
    columns = [_column(i, c.value, reg, keys) for i, c in enumerate(header_cells)]
    rest = chain(head[best + 1:], beyond, rows)
    return Sheet(name, header_row, [c for c in columns if c is not None], 0, rest)


def _column(index: int, value: Any, reg: Register, keys: dict[str, str]) -> Column | None:
    if is_empty(value):
        return None
    header = " ".join(str(value).split())
    name = keys.get(key(header))
    computed = name is not None and reg.field(name).computed
    return Column(index, header, name, computed)


def column_letter(index: int) -> str:
    return get_column_letter(index + 1)
