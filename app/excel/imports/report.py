"""What an import found, as text lines and as a workbook; the blank template of a register. Qt-free.

Both workbooks are written by the one sheet writer of the exports (``excel_sheet.write_workbook``: title
row, count row, bold header in row 3, frozen pane, autofilter, no formulas from text), so a template
looks like an export and imports the same way: its first sheet is named as the export names the register,
its header row holds the labels of every stored field (personal ones too; computed ones left out). A
second sheet says how each column is filled in. No drop-down lists: the writer streams (write-only mode).
"""

from __future__ import annotations

import os
from pathlib import Path

from app.excel.export import sheet_name
from app.excel.imports.plan import ImportPlan, PlannedRow, Problem
from app.excel.sheet import Cells, Column, Sheet, write_workbook
from app.models import Field, Kind
from app.registers.catalog import REGISTERS
from app.registers.reference import load_dimensions

ACTIONS = {"add": ("เพิ่ม", "add"), "update": ("แก้ไข", "update"), "same": ("ไม่เปลี่ยนแปลง", "unchanged"),
           "problem": ("มีปัญหา", "problem")}
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
}
HINTS = {
    Kind.TEXT: ("ข้อความ", "Text"),
    Kind.LONGTEXT: ("ข้อความ ขึ้นบรรทัดใหม่ในช่องได้ (Alt+Enter)", "Text; line breaks allowed (Alt+Enter)"),
    Kind.DATE: ("วันที่ของ Excel หรือพิมพ์เช่น 5/11/2564, 5 พ.ย. 2564, 2021-11-05 (ปีเกิน 2400 เป็น พ.ศ.)",
                "An Excel date, or typed as 5/11/2564, 5 Nov 2021, 2021-11-05 (years above 2400 are B.E.)"),
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
    """Rows with problems, plus the problems of the file as a whole (a missing column); warnings aside."""
    return len(plan.problem_rows) + sum(not p.warning for p in plan.problems)


def summary(plan: ImportPlan, lang: str = "th") -> str:
    adds, updates, same, bad = len(plan.adds), len(plan.updates), len(plan.unchanged), problem_count(plan)
    if lang == "en":
        return f"add {adds} update {updates} problems {bad} unchanged {same}"
    return f"เพิ่ม {adds} แก้ไข {updates} มีปัญหา {bad} ไม่เปลี่ยนแปลง {same}"


def report_lines(plan: ImportPlan, lang: str = "th") -> list[str]:
    """Every problem in order (file level first), then the summary line."""
    return [*(problem_line(p, lang) for p in plan.all_problems), summary(plan, lang)]


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
    th, en = ACTIONS[r.action]
    changes = ", ".join(reg.field(name).label(lang) for name in r.changes)
    return [r.row, r.title, en if lang == "en" else th, changes]


CELLS = {Kind.INT: Cells.INT, Kind.FLOAT: Cells.FLOAT, Kind.MONEY: Cells.FLOAT, Kind.DATE: Cells.DATE,
         Kind.TIME: Cells.TIME}


def write_template(register_key: str, path: str | os.PathLike, lang: str = "th") -> Path:
    """A blank workbook to fill in: the register's header row (as the export lays it out) and a help sheet."""
    reg = REGISTERS[register_key]
    fields = reg.stored_fields
    data = Sheet(sheet_name(reg, lang), f"{word('template', lang)} {reg.label(lang)}",
                 [Column(f.label(lang), CELLS.get(f.kind, Cells.TEXT), max(12, f.width / 7)) for f in fields],
                 0, [], personal=any(f.personal for f in fields))
    help_sheet = Sheet(word("help", lang), f"{word('help', lang)} {reg.label(lang)}", [
        Column(word("column", lang), width=32), Column(word("required", lang), width=12),
        Column(word("help", lang), width=90)], len(fields),
        ([f.label(lang), word("yes", lang) if f.required else None, hint(f, lang)] for f in fields))
    return write_workbook(path, [data, help_sheet], lang)


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
