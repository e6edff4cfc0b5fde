"""Open an imported workbook safely and find its header row and columns. Qt-free.

* Before openpyxl sees the file: its size (at most MAX_FILE_BYTES), its signature (an OLE2 compound
  file is a password-protected workbook or an old .xls; anything that is not a zip is not an .xlsx)
  and the zip's declared uncompressed size (at most MAX_UNZIPPED_BYTES, against zip bombs); the shared
  strings are streamed with their own caps (``cells.read_shared_strings``). A macro-enabled workbook (.xlsm)
  is read like any other: its macros are never run, and nothing of the file is kept but the values imported.
* The workbook is read streaming (openpyxl's reader in read-only mode for its parts, the rows through
  ``cells``) without evaluating formulas (a formula cell keeps its formula, and the import
  reports it), and closed in every case.
* The sheet: the one named as the export names the register (Thai or English), else the first one.
  The header row: of the first HEADER_SEARCH_ROWS rows, the one with most confident matches of the register's
  fields (``mapping.header_score``), so the app's export (title rows first), an agency's sheet under a merged
  title and a hand-made sheet (header in row 1) all import.
* Every row is read (at most MAX_ROWS non-empty ones) before any is checked; the columns are the headed ones
  and those with data but no header (named by their letter), each with a few sample values for the mapping.
"""

from __future__ import annotations

import os
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from itertools import chain
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError
from xml.parsers.expat import ExpatError

from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from app.core.errors import Bilingual, UserError
from app.excel.export import sheet_name
from app.excel.imports.cells import MAX_SHARED_BYTES, Book, TooManyStrings
from app.excel.imports.mapping import header_score
from app.excel.imports.values import is_empty
from app.registers.catalog import Register

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024
MAX_ROWS = 50_000
HEADER_SEARCH_ROWS = 10
SAMPLES = 3  # sample values shown for each column in the mapping step
OLE2 = bytes.fromhex("D0CF11E0A1B11AE1")
ZIP = b"PK\x03\x04"
READ_ERRORS = (zipfile.BadZipFile, zlib.error, KeyError, IndexError, ValueError, TypeError, AttributeError,
               EOFError, ParseError, ExpatError, InvalidFileException, OSError)



class ImportFileError(UserError):
    """The file cannot be read at all: not an .xlsx, password-protected, corrupt, empty or too big."""


@dataclass
class Source:
    """A sheet read for import: where its header is, its columns (with a few sample values) and its rows."""

    file_name: str
    sheet: str
    header_row: int
    columns: list[tuple[int, str, tuple[str, ...]]]  # (index, header or column letter, samples)
    rows: list[tuple[int, list]]  # (Excel row number, cells) of every non-empty row below the header
    macros: bool = False  # the workbook holds VBA macros (never run, never kept)


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


def read_source(path: str | os.PathLike, reg: Register) -> Source:
    """The register's sheet of the workbook at ``path``: header found, every row read; the workbook is closed."""
    path = Path(path)
    check_file(path)
    try:
        book = Book(path)
    except TooManyStrings as error:
        raise ImportFileError("ไฟล์ {name} มีข้อความมากผิดปกติ (เกิน {limit} MB) จึงไม่เปิดอ่าน", name=path.name,
                              limit=MAX_SHARED_BYTES // 2**20) from error
    except READ_ERRORS as error:
        raise _corrupt(path.name, error) from error
    with book:
        try:
            return _read_sheet(book, reg, path.name)
        except READ_ERRORS as error:
            raise _corrupt(path.name, error) from error


def _read_sheet(book: Book, reg: Register, file_name: str) -> Source:
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
    scores = [header_score(reg, [c.value for c in cells]) for _, cells in head]
    if not scores or max(scores) == 0:
        raise ImportFileError("ไม่พบแถวหัวตารางของ{register}ใน {n} แถวแรกของแผ่นงาน {sheet}",
                              register=Bilingual(reg.th, reg.en), n=HEADER_SEARCH_ROWS, sheet=name)
    best = scores.index(max(scores))
    header_row, header_cells = head[best]
    found = _data_rows(chain(head[best + 1:], beyond, rows))
    headers = {i: " ".join(str(c.value).split()) for i, c in enumerate(header_cells) if not is_empty(c.value)}
    return Source(file_name, name, header_row, _columns(headers, found), found, book.macros)


def _data_rows(rows: Iterator[tuple[int, list]]) -> list[tuple[int, list]]:
    """The non-empty rows, all read before any is checked: a file past MAX_ROWS is refused first."""
    found = []
    for number, cells in rows:
        if all(is_empty(c.value) for c in cells):
            continue
        found.append((number, cells))
        if len(found) > MAX_ROWS:
            raise ImportFileError("ไฟล์มีข้อมูลเกิน {limit} แถว กรุณาแบ่งเป็นหลายไฟล์", limit=f"{MAX_ROWS:,}")
    return found


def _columns(headers: dict[int, str], rows: list[tuple[int, list]]) -> list[tuple[int, str, tuple[str, ...]]]:
    """Every column with a header, and every column with data but no header (named by its letter)."""
    samples: dict[int, list[str]] = {i: [] for i in headers}
    width = max(headers, default=-1) + 1
    unheaded = [i for i in range(width) if i not in headers]
    wanting = set(headers)
    for _number, cells in rows:
        if len(cells) > width or unheaded:  # data beyond the header, or under an empty header cell
            for i in [*unheaded, *range(width, len(cells))]:
                if i < len(cells) and not is_empty(cells[i].value):
                    _sample(samples.setdefault(i, []), cells[i].value)
        for i in list(wanting):
            if i < len(cells) and not is_empty(cells[i].value) and _sample(samples[i], cells[i].value):
                wanting.discard(i)
    return [(i, headers.get(i, column_letter(i)), tuple(samples[i])) for i in sorted(samples)]


def _sample(seen: list[str], value: Any) -> bool:
    """Add ``value`` to a column's samples (distinct, at most SAMPLES); whether the column has enough now."""
    if len(seen) < SAMPLES:
        text = sample_text(value)
        if text not in seen:
            seen.append(text)
    return len(seen) >= SAMPLES


def sample_text(value: Any) -> str:
    """A cell as the mapping step shows it: a date cell as its day/month/year as stored in the file."""
    if isinstance(value, datetime | date):
        return f"{value.day}/{value.month}/{value.year}"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())[:80]


def column_letter(index: int) -> str:
    return get_column_letter(index + 1)
