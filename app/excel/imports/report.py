"""What an import found, as text lines and as a workbook; the blank template of a register. Qt-free.

Both workbooks are written by the one sheet writer of the exports (``excel_sheet.write_workbook``: title
row, count row, bold header in row 3, frozen pane, autofilter, no formulas from text), so a template
looks like an export and imports the same way: its first sheet is named as the export names the register,
its header row holds the labels of every stored field (personal ones too; computed ones left out), row 2 says
how to fill it in. Choice and province columns carry drop-down lists (data validation) read from a third sheet
of the choices; a second sheet says how each column is filled in.
"""

from __future__ import annotations

import os
from itertools import zip_longest
from pathlib import Path

from openpyxl.utils import get_column_letter

from app.excel.export import sheet_name
from app.excel.imports.plan import ImportPlan, PlannedRow, Problem
from app.excel.imports.value_words import CLEAR_MARKERS
from app.excel.sheet import Cells, Column, Sheet, write_workbook
from app.models import Field, Kind
from app.registers.catalog import REGISTERS
from app.registers.display import display
from app.registers.reference import load_dimensions, load_provinces

ACTIONS = {"add": ("เพิ่ม", "add"), "update": ("แก้ไข", "update"), "same": ("ไม่เปลี่ยนแปลง", "unchanged"),
           "problem": ("มีปัญหา", "problem"), "similar": ("ใกล้เคียงรายการเดิม", "similar to a record")}
WORDS = {  # Thai, English
    "problems": ("ปัญหาที่พบ", "Problems found"),
    "rows": ("รายการในไฟล์", "Rows in the file"),
    "sheet": ("แผ่นงาน", "Sheet"), "row": ("แถว", "Row"), "column": ("คอลัมน์", "Column"),
    "problem": ("ปัญหา", "Problem"), "level": ("ระดับ", "Level"), "error": ("ต้องแก้ไข", "must be fixed"),
    "warning": ("แจ้งให้ทราบ", "for information"), "title": ("ชื่อรายการ", "Record"),
    "action": ("ผลการนำเข้า", "Action"), "changes": ("ข้อมูลที่เปลี่ยน", "Changed fields"),
    "report": ("รายงานการนำเข้า", "Import report"), "template": ("แบบฟอร์มนำเข้า", "Import template"),
    "help": ("วิธีกรอก", "How to fill in"), "required": ("ต้องกรอก", "Required"), "yes": ("ต้องกรอก", "yes"),
    "personal": ("ข้อมูลส่วนบุคคล (PDPA)", "Personal data (PDPA)"),
    "choices": ("ตัวเลือก", "Choices"),
    "how": ("กรอกหนึ่งรายการต่อแถวใต้หัวตาราง · ช่องที่มีลูกศรเลือกจากรายการได้ · แถวที่ชื่อและจังหวัดตรงกับรายการเดิม"
            "คือการแก้ไข: ช่องว่างคงค่าเดิม พิมพ์ {clear} เพื่อลบค่า · วิธีกรอกแต่ละคอลัมน์อยู่ในแผ่นงาน “วิธีกรอก”",
            "One record per row below the header · columns with an arrow offer a list · a row whose name and "
            "province match a record updates it: a blank cell keeps the stored value, {clear} empties it · "
            "the sheet “How to fill in” explains each column"),
}
LIST_ROWS = 2000  # the rows below the header that the drop-down lists cover
HINTS = {
    Kind.TEXT: ("ข้อความ", "Text"),
    Kind.LONGTEXT: ("ข้อความ ขึ้นบรรทัดใหม่ในช่องได้ (Alt+Enter)", "Text; line breaks allowed (Alt+Enter)"),
    Kind.DATE: ("วันที่ของ Excel หรือพิมพ์เช่น 5/11/2564, 5 พ.ย. 2564, 2021-11-05 (ปีเกิน 2400 เป็น พ.ศ. "
                "ปี 2 หลักอ่านตามช่วงปีที่เป็นไปได้ของช่องนี้)",
                "An Excel date, or typed as 5/11/2564, 5 Nov 2021, 2021-11-05 (years above 2400 are B.E.; "
                "a two-digit year is read within the plausible years of the column)"),
    Kind.TIME: ("เวลา เช่น 10.00", "A time, e.g. 10.00"),
    Kind.INT: ("จำนวนเต็ม", "A whole number"),
    Kind.FLOAT: ("ตัวเลข", "A number"),
    Kind.MONEY: ("จำนวนเงิน (บาท) ทศนิยมไม่เกิน 2 ตำแหน่ง เช่น 1,250,000.50", "An amount in baht, at most two "
                 "decimals, e.g. 1,250,000.50"),
    Kind.CHOICE: ("หนึ่งค่าจาก: ", "One of: "),
    Kind.MULTICHOICE: ("หนึ่งหรือหลายค่า คั่นด้วย , จาก: ", "One or more, separated by commas, of: "),
    Kind.PROVINCE: ("ชื่อจังหวัดภาษาไทยหรืออังกฤษ หรือรหัส เช่น เชียงใหม่, Chiang Mai, TH-50",
                    "A province by Thai or English name or code, e.g. เชียงใหม่, Chiang Mai, TH-50"),
    Kind.PROVINCES: ("จังหวัดเดียวหรือหลายจังหวัดคั่นด้วย , เช่น เชียงใหม่, ลำพูน",
                     "One or more provinces separated by commas, e.g. Chiang Mai, Lamphun"),
    Kind.DIMENSIONS: ("หนึ่งหรือหลายด้าน คั่นด้วย , จาก: ", "One or more, separated by commas, of: "),
    Kind.REF: ("ชื่อของรายการที่มีอยู่แล้วในทะเบียน", "The name of a record already in the register "),
    Kind.URL: ("เว็บไซต์ ขึ้นต้นด้วย http:// หรือ https://", "A website starting with http:// or https://"),
    Kind.EMAIL: ("อีเมล เช่น name@example.com", "An e-mail address, e.g. name@example.com"),
    Kind.PHONE: ("หมายเลขโทรศัพท์ เช่น 02 123 4567", "A phone number, e.g. 02 123 4567"),
}


def word(name: str, lang: str) -> str:
    th, en = WORDS[name]
    return en if lang == "en" else th


def problem_line(p: Problem, lang: str = "th") -> str:
    """One line of the report: where (sheet, row, column) and what."""
    where = [f"{word('sheet', lang)} {p.sheet}"]
    if p.row is not None:
        where.append(f"{word('row', lang)} {p.row}")
    if p.column:
        where.append(f"{word('column', lang)} {p.column}")
    level = f" ({word('warning', lang)})" if p.warning else ""
    return f"{' '.join(where)}: {p.message(lang)}{level}"


def problem_count(plan: ImportPlan) -> int:
    """Rows with problems, plus the problems of the file as a whole (an unmapped column); warnings aside."""
    return len(plan.problem_rows) + sum(not p.warning for p in plan.problems)


def summary(plan: ImportPlan, lang: str = "th") -> str:
    adds, updates, same, bad = len(plan.adds), len(plan.updates), len(plan.unchanged), problem_count(plan)
    similar = len(plan.similar)
    if lang == "en":
        return f"add {adds} update {updates} problems {bad} unchanged {same}" + (
            f" similar to a record {similar}" if similar else "")
    return f"เพิ่ม {adds} แก้ไข {updates} มีปัญหา {bad} ไม่เปลี่ยนแปลง {same}" + (
        f" ใกล้เคียงรายการเดิม {similar}" if similar else "")


def similar_line(r: PlannedRow, lang: str = "th") -> str:
    """A new row that resembles a record: which record, how close."""
    s = r.similar
    if lang == "en":
        return f"Row {r.row}: {r.title} resembles the record {s.title} ({s.score}%)"
    return f"แถว {r.row}: {r.title} ใกล้เคียงกับรายการเดิม {s.title} ({s.score}%)"


def change_text(reg, change, lang: str = "th") -> str:
    """One change of an update: field: old → new (an emptied field reads as its "cleared" word)."""
    f = reg.field(change.field)
    after = display(f, change.after, lang) or ("(cleared)" if lang == "en" else "(ลบค่า)")
    before = display(f, change.before, lang) or ("(empty)" if lang == "en" else "(ว่าง)")
    return f"{f.label(lang)}: {before} → {after}"


def report_lines(plan: ImportPlan, lang: str = "th") -> list[str]:
    """Every problem and note in order (file level first), the rows resembling records, then the summary line."""
    return [*(problem_line(p, lang) for p in plan.all_problems), *(similar_line(r, lang) for r in plan.similar),
            summary(plan, lang)]


def write_report(plan: ImportPlan, path: str | os.PathLike, lang: str = "th") -> Path:
    """A workbook of the problems (sheet, row, column, problem) and of every row with its action."""
    problems = plan.all_problems
    reg = REGISTERS[plan.register_key]
    label = f"{word('report', lang)} {plan.file_name} ({reg.label(lang)})"
    problem_sheet = Sheet(word("problems", lang), label, [
        Column(word("sheet", lang), width=24), Column(word("row", lang), Cells.INT, 8),
        Column(word("column", lang), width=28), Column(word("problem", lang), width=60),
        Column(word("level", lang), width=14)], len(problems),
        ([p.sheet, p.row, p.column, p.message(lang), word("warning" if p.warning else "error", lang)]
         for p in problems))
    row_sheet = Sheet(word("rows", lang), label, [
        Column(word("row", lang), Cells.INT, 8), Column(word("title", lang), width=40),
        Column(word("action", lang), width=16), Column(word("changes", lang), width=60)], len(plan.rows),
        (_row_values(r, reg, lang) for r in plan.rows))
    return write_workbook(path, [problem_sheet, row_sheet], lang)


def _row_values(r: PlannedRow, reg, lang: str) -> list:
    th, en = ACTIONS["similar" if r.undecided else r.action]
    changes = "; ".join(change_text(reg, c, lang) for c in r.changes)
    if r.undecided:
        changes = similar_line(r, lang)
    return [r.row, r.title, en if lang == "en" else th, changes or None]


CELLS = {Kind.INT: Cells.INT, Kind.FLOAT: Cells.FLOAT, Kind.MONEY: Cells.FLOAT, Kind.DATE: Cells.DATE,
         Kind.TIME: Cells.TIME}


def write_template(register_key: str, path: str | os.PathLike, lang: str = "th") -> Path:
    """A blank workbook to fill in: the register's header row (as the export lays it out), an instruction line,
    drop-down lists for the choice and province columns, a help sheet and the sheet of the choices."""
    reg = REGISTERS[register_key]
    fields = reg.stored_fields
    listed = [(i, f) for i, f in enumerate(fields) if _choices_of(f, lang)]
    choice_sheet = word("choices", lang)
    lists = [(i, f"'{choice_sheet}'!${get_column_letter(n + 1)}$4:${get_column_letter(n + 1)}$"
                 f"{3 + len(_choices_of(f, lang))}", not f.is_list) for n, (i, f) in enumerate(listed)]
    clear = CLEAR_MARKERS[1 if lang == "en" else 0]
    data = Sheet(sheet_name(reg, lang), f"{word('template', lang)} {reg.label(lang)}",
                 [Column(f.label(lang), CELLS.get(f.kind, Cells.TEXT), max(12, f.width / 7)) for f in fields],
                 0, [], personal=any(f.personal for f in fields), note=word("how", lang).format(clear=clear),
                 lists=lists, list_rows=LIST_ROWS, form=True)
    help_sheet = Sheet(word("help", lang), f"{word('help', lang)} {reg.label(lang)}", [
        Column(word("column", lang), width=32), Column(word("required", lang), width=12),
        Column(word("help", lang), width=90)], len(fields),
        ([f.label(lang), word("yes", lang) if f.required else None, hint(f, lang)] for f in fields), form=True)
    columns = [_choices_of(f, lang) for _i, f in listed]
    choices = Sheet(choice_sheet, f"{word('choices', lang)} {reg.label(lang)}",
                    [Column(f.label(lang), width=30) for _i, f in listed], max(map(len, columns), default=0),
                    zip_longest(*columns), form=True)
    return write_workbook(path, [data, help_sheet, choices], lang)


def _choices_of(f: Field, lang: str) -> list[str]:
    """The labels a drop-down offers: a choice field's choices, or the provinces."""
    if f.kind in (Kind.CHOICE, Kind.MULTICHOICE):
        return [c.label(lang) for c in f.choices]
    if f.kind in (Kind.PROVINCE, Kind.PROVINCES):
        return [row["name_en" if lang == "en" else "name_th"] for row in load_provinces()]
    return []


def hint(f: Field, lang: str = "th") -> str:
    """How a column is filled in: the kind's hint, the choices, the field's own help, the PDPA note."""
    th, en = HINTS[f.kind]
    text = en if lang == "en" else th
    if f.kind in (Kind.CHOICE, Kind.MULTICHOICE):
        text += ", ".join(c.label(lang) for c in f.choices)
    elif f.kind is Kind.DIMENSIONS:
        text += ", ".join(row["name_en" if lang == "en" else "name_th"] for row in load_dimensions())
    elif f.kind is Kind.REF:
        text += f" ({REGISTERS[f.ref].label(lang)})"
    if f.max_length and f.kind in (Kind.TEXT, Kind.LONGTEXT):
        text += f" ≤ {f.max_length}"
    extra = f.help_en if lang == "en" else f.help_th
    if extra:
        text += f" — {extra}"
    if f.personal:
        text += f" — {word('personal', lang)}"
    return text
