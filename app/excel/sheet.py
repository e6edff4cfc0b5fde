"""The one sheet writer of every Excel export (registers and meeting data), Qt-free.

Decisions, in brief:

* Rows stream through openpyxl's write-only mode: the workbook side stays flat in memory; callers
  hand rows over lazily (``Sheet.rows``), already as the values to show: text, numbers, dates.
* Layout: row 1 the title (what the sheet holds, exported on a B.E. date), row 2 the count (and a PDPA
  note when personal data is included), row 3 the bold header; the pane is frozen below it and the
  autofilter covers the header and the rows; column widths come from the caller's columns.
* The Thai font is the workbook's default font (font 0 of the style 0 every unstyled cell uses), so a
  plain cell costs nothing more than in an unformatted workbook; only dates, times, decimals and
  quote-prefixed text carry a style, copied from one prepared style array per sheet.
* Dates are real dates shown in the Buddhist Era by the number format ``[$-107041E]d mmmm yyyy``
  (Gregorian ``d mmm yyyy`` for an English export); numbers stay numbers.
* Formula neutralisation (OWASP "CSV injection"): every string is a string cell (openpyxl would
  otherwise write a string starting with "=" as a formula), and text starting with = + - @ tab or CR is
  also marked ``quotePrefix`` so Excel keeps it text even when the cell is edited. The value itself is
  written unchanged (no added apostrophe). Characters XML cannot hold (control characters) are dropped.
* Printing: A4 landscape, fitted to the page width (any number of pages down), the header row repeated on
  every page, page numbers and the B.E. export date in the footer.
* A sheet may carry drop-down lists (data validation) for some columns, and an instruction line in place of the
  count (the import templates).
* The file is written to ``path + ".part"`` and renamed on success; a cancel (``progress`` raising)
  or an error removes the partial file, and an OSError becomes ``FileNotWritable``: the clean-up itself may fail
  (a read-only folder) without hiding that, and an abandoned zip is never closed again when it is collected (on
  a full disk that printed "Exception ignored in ZipFile.__del__").
"""

from __future__ import annotations

import contextlib
import os
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.writer.excel import ExcelWriter

from app.core.errors import FileNotWritable
from app.core.private_files import private_file
from app.core.thaidate import format_date
from app.models import Field, Kind

Progress = Callable[[int, int], None]

FONT_NAME = "TH SarabunPSK"
DATE_FORMAT_TH = "[$-107041E]d mmmm yyyy"  # B.E. year, Thai month names (THAI_DOCUMENTS.md §5)
DATE_FORMAT_EN = "d mmm yyyy"
FLOAT_FORMAT = "#,##0.00"
TIME_FORMAT = "hh.mm"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
SHEET_NAME_BAD = str.maketrans("", "", "[]:*?/\\")
PROGRESS_EVERY = 500
HEADER_ROW = 3
MAX_WIDTH = 60

BODY_FONT = Font(name=FONT_NAME, size=14)
TITLE_FONT = Font(name=FONT_NAME, size=18, bold=True)
HEADER_FONT = Font(name=FONT_NAME, size=14, bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")


class Cells(StrEnum):
    """What a column holds, which decides how its cells are written."""

    TEXT = "text"  # str (choices, lists and references already as their labels)
    INT = "int"
    FLOAT = "float"  # shown with two decimals
    DATE = "date"
    TIME = "time"


@dataclass(frozen=True)
class Column:
    label: str
    cells: Cells = Cells.TEXT
    width: float = 20  # in characters


@dataclass
class Sheet:
    name: str  # the tab's name (made safe and short by ``sheet_title``)
    label: str  # what the sheet holds, for the title row
    columns: Sequence[Column]
    count: int  # rows to come (for the count line and the progress total)
    rows: Iterable[Sequence[Any]]  # one value per column; read lazily while writing
    personal: bool = False  # the count line then says personal data (PDPA) is included
    note: str | None = None  # said in row 2 instead of the count (a template's instructions)
    lists: Sequence[tuple[int, str, bool]] = ()  # drop-downs: (column index, list formula, only those values)
    list_rows: int = 0  # how many rows below the header the drop-downs cover
    form: bool = False  # a blank form to fill in (a template): dated "ฉบับวันที่", not "ส่งออกเมื่อ"


CELLS = {Kind.INT: Cells.INT, Kind.FLOAT: Cells.FLOAT, Kind.MONEY: Cells.FLOAT, Kind.DATE: Cells.DATE,
         Kind.TIME: Cells.TIME}


def field_column(f: Field, lang: str = "th") -> Column:
    """The column of a field: its label, its kind of cells (labels of choices and lists are text), its width."""
    label = f.label(lang)
    return Column(label, CELLS.get(f.kind, Cells.TEXT), width(label, f.width))


def sheet_title(text: str) -> str:
    """A valid tab name: without []:*?/\\ and at most 31 characters."""
    return text.translate(SHEET_NAME_BAD)[:31]


def width(label: str, pixels: int) -> float:
    """A column width in characters from a width in pixels, never narrower than its header."""
    return min(MAX_WIDTH, max(pixels / 7, len(label) + 2))


def write_workbook(path: str | os.PathLike, sheets: Sequence[Sheet], lang: str = "th",
                   progress: Progress | None = None) -> Path:
    """Write ``sheets`` into one workbook at ``path``; ``progress(done, total)`` may raise to cancel."""
    target = Path(path)
    part = target.with_name(target.name + ".part")
    counter = _Counter(sum(s.count for s in sheets), progress)
    wb = Workbook(write_only=True)
    wb._fonts = IndexedList([BODY_FONT])  # font 0 is the default of every cell and of the Normal style
    try:
        for sheet in sheets:
            _write_sheet(wb, sheet, lang, counter)
        counter.finish()
        _save(wb, part)
        if any(sheet.personal for sheet in sheets):  # personal data (PDPA): the user's alone (0600)
            private_file(part)
        os.replace(part, target)
    except BaseException as error:  # a cancel from ``progress`` too: nothing is left behind
        _discard(wb)
        with contextlib.suppress(OSError):  # a read-only folder: the message below says why, not the clean-up
            part.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise FileNotWritable(str(target), error.strerror or error) from error
        raise
    return target


def _save(wb: Workbook, part: Path) -> None:
    """openpyxl's save, with a zip that is given up on (never closed again) when writing fails."""
    wb.properties.modified = datetime.now(UTC).replace(tzinfo=None)  # as openpyxl's save sets it
    with open(part, "wb") as fh:
        archive = zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
        try:
            ExcelWriter(wb, archive).save()
        except BaseException:
            archive.fp = None  # ZipFile.__del__ would write its directory into the failed file again
            raise


def _discard(wb: Workbook) -> None:
    """Close the streams of an abandoned write-only workbook and remove their temporary files."""
    for ws in wb.worksheets:
        writer = ws._writer  # created with the sheet's first row
        if writer is None:
            continue
        with contextlib.suppress(Exception):
            ws.close()
        Path(writer.out).unlink(missing_ok=True)


class _Counter:
    """Calls ``progress(done, total)`` every PROGRESS_EVERY rows and once at the end."""

    def __init__(self, total: int, progress: Progress | None):
        self.total, self.done, self.progress = total, 0, progress
        self.every = PROGRESS_EVERY

    def step(self) -> None:
        self.done += 1
        if self.progress and self.done % self.every == 0:
            self.progress(self.done, self.total)

    def finish(self) -> None:
        if self.progress:
            self.progress(self.done, self.total)


def _write_sheet(wb: Workbook, sheet: Sheet, lang: str, counter: _Counter) -> None:
    ws = wb.create_sheet(sheet_title(sheet.name))
    for n, col in enumerate(sheet.columns, start=1):  # dimensions and panes must be set before the first row
        ws.column_dimensions[get_column_letter(n)].width = col.width
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    _print_setup(ws, lang, sheet.form)
    _lists(ws, sheet)
    ws.append([_text_cell(ws, _title(sheet.label, lang, sheet.form), _style(ws, font=TITLE_FONT))])
    ws.append([sheet.note or _subtitle(sheet.count, sheet.personal, lang)])
    header = _style(ws, font=HEADER_FONT, fill=HEADER_FILL)
    ws.append([_text_cell(ws, col.label, header) for col in sheet.columns])
    convert = _Row(ws, sheet.columns, lang)
    written = 0
    for values in sheet.rows:
        ws.append(convert(values))
        written += 1
        counter.step()
    # the autofilter is written after the rows (write-only mode writes it with the sheet's tail)
    ws.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(sheet.columns))}{HEADER_ROW + written}"


def _print_setup(ws, lang: str, form: bool = False) -> None:
    """A4 landscape, fitted to the width, the header row on every page, page numbers and the date at the foot."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9  # A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.page_margins.left = ws.page_margins.right = 0.4
    today = date.today()
    if lang == "en":
        dated = f"{'Form of' if form else 'Exported'} {format_date(today, 'en')}"
        ws.oddFooter.center.text, ws.oddFooter.right.text = "Page &P of &N", dated
    else:
        dated = f"{'ฉบับวันที่' if form else 'ส่งออกเมื่อ'} {format_date(today)}"
        ws.oddFooter.center.text, ws.oddFooter.right.text = "หน้า &P / &N", dated


def _lists(ws, sheet: Sheet) -> None:
    """Drop-down lists under the header (a template's choice and province columns)."""
    for index, formula, strict in sheet.lists:
        letter = get_column_letter(index + 1)
        rule = DataValidation(type="list", formula1=formula, allow_blank=True, showErrorMessage=strict)
        rule.add(f"{letter}{HEADER_ROW + 1}:{letter}{HEADER_ROW + sheet.list_rows}")
        ws.data_validations.append(rule)


def _title(label: str, lang: str, form: bool = False) -> str:
    """What the sheet holds and its date: when exported, or, for a blank form, the form's edition."""
    today = date.today()
    if lang == "en":
        return f"{label} — {'form of' if form else 'exported on'} {format_date(today, 'en', 'long')}"
    return f"{label} — {'ฉบับวันที่' if form else 'ส่งออกเมื่อ'} {format_date(today, 'th', 'long')}"


def _subtitle(count: int, personal: bool, lang: str) -> str:
    sep = " · "
    if lang == "en":
        return f"{count} records" + (f"{sep}includes personal data (PDPA)" if personal else "")
    return f"จำนวน {count} รายการ" + (f"{sep}มีข้อมูลส่วนบุคคล (PDPA)" if personal else "")


def _style(ws, **attributes):
    """A style array (font, fill, number format, quote prefix) prepared once, copied into each cell."""
    model = Cell(ws)
    for name, value in attributes.items():
        setattr(model, name, value)
    return model._style


def _text_cell(ws, text: str, style) -> Cell:
    cell = Cell(ws, 1, 1, style_array=style)
    cell._value = _clean(text)
    cell.data_type = "s"
    return cell


def _clean(text: str) -> str:
    return text if text.isprintable() else ILLEGAL_CHARACTERS_RE.sub("", text)


class _Row:
    """Turns one row of values into what ``ws.append`` takes: plain values, and cells only where a style is due."""

    def __init__(self, ws, columns: Sequence[Column], lang: str):
        self.ws = ws
        formats = {Cells.DATE: DATE_FORMAT_EN if lang == "en" else DATE_FORMAT_TH, Cells.TIME: TIME_FORMAT,
                   Cells.FLOAT: FLOAT_FORMAT}
        self.styled = [(i, _style(ws, number_format=formats[c.cells]), "d" if c.cells != Cells.FLOAT else "n")
                       for i, c in enumerate(columns) if c.cells in formats]
        self.texts = [i for i, c in enumerate(columns) if c.cells is Cells.TEXT]
        self.quoted = _style(ws, quotePrefix=True)

    def __call__(self, values: Sequence[Any]) -> list[Any]:
        row = list(values)
        for i, style, data_type in self.styled:
            value = row[i]
            if value is not None:
                cell = row[i] = Cell(self.ws, 1, 1, style_array=style)
                cell._value = value
                cell.data_type = data_type
        for i in self.texts:
            text = row[i]
            if text and not text.isprintable():
                text = row[i] = _clean(text)  # before the check below: "\x01=1+1" must not become a formula
            if not text:
                row[i] = None
            elif text.startswith(FORMULA_START):
                row[i] = _text_cell(self.ws, text, self.quoted)
        return row
