"""Export the registers to Excel (.xlsx), Qt-free: columns derived from each register's field descriptions.

Decisions, in brief:

* Rows stream through openpyxl's write-only mode, so the workbook side stays flat in memory. The
  rows themselves come from ``tables.load_table`` (plain column values from one Core select), which
  is the whole register in memory at once; a ``yield_per`` select would make this flat too.
* Dates are real dates shown in the Buddhist Era by the number format ``[$-107041E]d mmmm yyyy``
  (Gregorian ``d mmm yyyy`` for an English export); INT and FLOAT are numbers; choices, lists,
  provinces and references are written as the text ``display()`` gives them.
* ``personal`` fields (PDPA) are left out unless ``include_personal`` is asked for.
* Formula neutralisation (OWASP "CSV injection"): text starting with = + - @ tab or CR is forced to a
  string cell (``data_type = "s"``; openpyxl would otherwise write a string starting with "=" as a
  formula) and marked ``quotePrefix`` so Excel keeps it text even when the cell is edited. The value
  itself is written unchanged (no added apostrophe).
* The file is written to ``path + ".part"`` and renamed on success; a cancel (``progress`` raising)
  or an error removes the partial file, and an OSError becomes ``FileNotWritable``.
* Default order is Thai dictionary order of the record title (``pythainlp.util.collate``: leading
  vowels skipped, tone marks ignored), ties by id; ``ids`` gives an explicit order (the GUI's filter/sort).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from pythainlp.util import collate
from sqlalchemy.orm import Session

from app.errors import FileNotWritable
from app.models import Field, Kind

from .display import display
from .registers import REGISTERS, Register
from .tables import TableData, load_table
from .thaidate import format_date

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


def export_register(session: Session, register_key: str, path: str | os.PathLike, *, lang: str = "th",
                    include_personal: bool = False, ids: Sequence[int] | None = None,
                    progress: Progress | None = None) -> Path:
    """Write one register to ``path``; ``ids``: only those records, in that order (None: all, Thai order)."""
    reg = REGISTERS[register_key]
    data = load_table(session, reg)
    return _write(path, [(reg, data, _order(data, ids))], lang, include_personal, progress)


def export_all(session: Session, path: str | os.PathLike, *, lang: str = "th", include_personal: bool = False,
               progress: Progress | None = None) -> Path:
    """Write every register to ``path``, one sheet each, records in Thai order."""
    sheets = []
    for reg in REGISTERS.values():
        data = load_table(session, reg)
        sheets.append((reg, data, _order(data, None)))
    return _write(path, sheets, lang, include_personal, progress)


def columns(reg: Register, include_personal: bool = False) -> list[Field]:
    """The exported columns: every field (computed ones too), personal ones only when asked for."""
    return [f for f in reg.fields if include_personal or not f.personal]


def sheet_name(reg: Register, lang: str = "th") -> str:
    return reg.label(lang).translate(SHEET_NAME_BAD)[:31]


def _order(data: TableData, ids: Sequence[int] | None) -> list[int]:
    """Row indexes to write: ``ids`` in their order (unknown ids skipped), or all by Thai title."""
    if ids is not None:
        index = {record_id: row for row, record_id in enumerate(data.ids)}
        return [index[i] for i in ids if i in index]
    titles = [t or "" for t in data.columns[data.register.title_field]]
    rank = {title: n for n, title in enumerate(collate(set(titles)))}
    return sorted(range(len(titles)), key=lambda row: (rank[titles[row]], data.ids[row]))


def _write(path, sheets: Iterable[tuple[Register, TableData, list[int]]], lang: str, include_personal: bool,
           progress: Progress | None) -> Path:
    target = Path(path)
    part = target.with_name(target.name + ".part")
    sheets = list(sheets)
    counter = _Counter(sum(len(rows) for _, _, rows in sheets), progress)
    wb = Workbook(write_only=True)
    try:
        for reg, data, rows in sheets:
            _write_sheet(wb, reg, data, rows, lang, include_personal, counter)
        counter.finish()
        wb.save(part)
        os.replace(part, target)
    except BaseException as error:  # a cancel from ``progress`` too: nothing is left behind
        _discard(wb)
        part.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise FileNotWritable(str(target), error.strerror or error) from error
        raise
    return target


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

    def step(self) -> None:
        self.done += 1
        if self.progress and self.done % PROGRESS_EVERY == 0:
            self.progress(self.done, self.total)

    def finish(self) -> None:
        if self.progress:
            self.progress(self.done, self.total)


def _write_sheet(wb: Workbook, reg: Register, data: TableData, rows: list[int], lang: str,
                 include_personal: bool, counter: _Counter) -> None:
    ws = wb.create_sheet(sheet_name(reg, lang))
    fields = columns(reg, include_personal)
    last = get_column_letter(len(fields))
    for n, f in enumerate(fields, start=1):  # dimensions and panes must be set before the first row
        ws.column_dimensions[get_column_letter(n)].width = _width(f, lang)
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last}{HEADER_ROW + len(rows)}"
    ws.append([_styled(ws, _title(reg, lang), TITLE_FONT)])
    ws.append([_styled(ws, _subtitle(len(rows), include_personal, lang), BODY_FONT)])
    ws.append([_styled(ws, f.label(lang), HEADER_FONT, HEADER_FILL) for f in fields])
    date_format = DATE_FORMAT_EN if lang == "en" else DATE_FORMAT_TH
    for row in rows:
        ws.append([_cell(ws, f, data.columns[f.name][row], lang, data, date_format) for f in fields])
        counter.step()


def _title(reg: Register, lang: str) -> str:
    today = date.today()
    if lang == "en":
        return f"{reg.label(lang)} — exported on {format_date(today, 'en', 'long')}"
    return f"{reg.label(lang)} — ส่งออกเมื่อ {format_date(today, 'th', 'long')}"


def _subtitle(count: int, include_personal: bool, lang: str) -> str:
    sep = " · "
    if lang == "en":
        return f"{count} records" + (f"{sep}includes personal data (PDPA)" if include_personal else "")
    return f"จำนวน {count} รายการ" + (f"{sep}มีข้อมูลส่วนบุคคล (PDPA)" if include_personal else "")


def _width(f: Field, lang: str) -> float:
    return min(MAX_WIDTH, max(f.width / 7, len(f.label(lang)) + 2))


def _styled(ws, value: Any, font: Font, fill: PatternFill | None = None) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value)
    cell.font = font
    if fill is not None:
        cell.fill = fill
    if isinstance(value, str):
        _as_text(cell, value)
    return cell


def _cell(ws, f: Field, value: Any, lang: str, data: TableData, date_format: str) -> WriteOnlyCell:
    if value is None or value == [] or value == "":
        return _styled(ws, None, BODY_FONT)
    kind = f.kind
    if kind in (Kind.INT, Kind.FLOAT) and isinstance(value, int | float):
        cell = _styled(ws, value, BODY_FONT)
        if kind is Kind.FLOAT:
            cell.number_format = FLOAT_FORMAT
        return cell
    if kind in (Kind.DATE, Kind.TIME):
        cell = _styled(ws, value, BODY_FONT)
        cell.number_format = date_format if kind is Kind.DATE else TIME_FORMAT
        return cell
    if kind in (Kind.TEXT, Kind.LONGTEXT, Kind.URL, Kind.EMAIL, Kind.PHONE):
        text = str(value)  # LONGTEXT keeps its line breaks (display() would fold them)
    else:
        text = display(f, value, lang, data.ref_labels.get(f.ref or "", {}))
    return _styled(ws, ILLEGAL_CHARACTERS_RE.sub("", text), BODY_FONT)


def _as_text(cell, text: str) -> None:
    """Strings are always string cells; text Excel would read as a formula is also quote-prefixed."""
    cell.data_type = "s"  # openpyxl makes a string starting with "=" a formula ("f") on assignment
    if text.startswith(FORMULA_START):
        cell.quotePrefix = True  # Excel then keeps the cell text even when it is edited
