"""Every Thai message template raised below the GUI has an English twin in app.core.i18n_text.ENGLISH.

The templates are found by reading the source with ``ast``: the message argument of every
UserError subclass and ValueError raised, every (template, params) problem pair built by the
validation, and the template handed to the cross-field rule helper. A second test makes sure that
scan misses nothing: every Thai string constant in those modules (docstrings aside) must be one of
the templates it found, so a message built some new way fails here instead of passing unseen.
"""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

import app
from app.core.errors import DatabaseUnavailable, RecordInUse, RecordMissing, StaleRecord, UserError, ValidationFailed
from app.core.i18n_text import ENGLISH, english
from app.core.migrate import MigrationFailed

APP = Path(app.__file__).resolve().parent
MODULES = ["core/errors.py", "core/db.py", "registers/validation.py", "core/migrate.py", "registers/records.py",
           "meetings/committees.py", "meetings/meetings.py", "meetings/attendance.py", "meetings/agenda.py",
           "meetings/actions.py", "meetings/records.py", "excel/export.py", "excel/imports/importer.py",
           "excel/imports/workbook.py", "excel/imports/values.py", "registers/records_bulk.py", "meetings/find.py",
           "certificates/certificates.py", "certificates/settings.py", "certificates/rows.py",
           "views/certificates/paint.py", "excel/imports/rows.py", "excel/imports/dates.py",
           "excel/imports/mapping.py", "excel/imports/similar.py", "excel/imports/cells.py",
           "certificates/signing.py", "audit/trail.py", "audit/personal.py",
           "backup/report.py", "backup/sqlite_backup.py",
           "backup/pg_backup.py", "backup/json_dump.py", "backup/service.py", "access/users.py",
           "plan/budget.py", "plan/decisions.py", "plan/duplicates.py",
           "plan/submission.py", "meetings/snapshot.py", "sync/apply.py", "sync/package.py", "sync/identity.py",
           "sync/checkout.py", "sync/copies.py", "sync/rules.py"]
ERROR_NAMES = {"UserError", "DatabaseUnavailable", "ValidationFailed", "StaleRecord", "RecordMissing",
               "RecordInUse", "MigrationFailed", "MigrationCancelled", "ValueError", "cls", "ImportFileError",
               "SigningKeyError", "BadAuditFilter", "BackupFailed", "UsersError", "NotPermitted",
               "BudgetRefused", "Reason", "SyncError", "DatabaseMissing"}
RULE_HELPERS = {"later"}  # validation._check_rules: later(field_a, field_b, template)


def has_thai(text: str) -> bool:
    return any("\u0e00" <= ch <= "\u0e7f" for ch in text)


def thai(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and has_thai(node.value):
        return node.value
    return None


def _called_name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):  # super().__init__(...) inside a UserError subclass
        if func.attr == "__init__" and isinstance(func.value, ast.Call) and _called_name(func.value) == "super":
            return "UserError"
        return func.attr
    return None


def message_templates(tree: ast.AST) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _called_name(node)
            if name in ERROR_NAMES and node.args and (text := thai(node.args[0])):
                found.add(text)
            if name in RULE_HELPERS and node.args and (text := thai(node.args[-1])):
                found.add(text)
        elif isinstance(node, ast.Tuple) and len(node.elts) == 2 and isinstance(node.elts[1], ast.Dict):
            if text := thai(node.elts[0]):  # a validation problem: (template, params)
                found.add(text)
    return found


def docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def all_thai_constants(tree: ast.AST) -> set[str]:
    """Thai string constants, leaving out docstrings and the literal parts of f-strings.

    f-strings build parameter values (records.delete: "<register> <n> รายการ" for RecordInUse's
    {uses}), not templates; they cannot be keys of ENGLISH.
    """
    skip = docstrings(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            skip.update(id(part) for part in node.values)
    return {n.value for n in ast.walk(tree) if id(n) not in skip and thai(n)}


def parsed(module: str) -> ast.AST:
    return ast.parse((APP / module).read_text(encoding="utf-8"))


def all_templates() -> set[str]:
    return set().union(*(message_templates(parsed(m)) for m in MODULES))


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_the_scan_finds_the_messages():
    templates = all_templates()
    assert len(templates) >= 25  # the scan itself works: errors, db, validation and migration messages
    assert "กรุณากรอก{label}" in templates
    assert "ลบไม่ได้ เพราะมีข้อมูลอื่นอ้างถึงรายการนี้: {uses}" in templates
    assert "ไฟล์นี้เป็นฐานข้อมูลของโปรแกรมอื่น จึงไม่เปิดใช้และไม่แก้ไขไฟล์" in templates


@pytest.mark.parametrize("module", MODULES)
def test_no_thai_text_escapes_the_scan(module):
    tree = parsed(module)
    assert all_thai_constants(tree) <= message_templates(tree)


@pytest.mark.parametrize("template", sorted(all_templates()))
def test_every_template_has_english(template):
    assert template in ENGLISH, f"no English for {template!r} in app/i18n_text.py"
    assert not has_thai(ENGLISH[template])
    assert fields(ENGLISH[template]) == fields(template)  # the same placeholders, or format() breaks


def test_every_english_entry_is_still_used():
    assert set(ENGLISH) <= all_templates(), "entries in ENGLISH that no code raises any more"


def test_english_falls_back_to_the_thai_template():
    assert english("ข้อความที่ไม่มีคำแปล") == "ข้อความที่ไม่มีคำแปล"


@pytest.mark.parametrize("error", [
    StaleRecord(), RecordMissing(), RecordInUse([("เขตส่งเสริม", "promotion zones", 2)]),
    ValidationFailed({"a": ("x", {})}),
    DatabaseUnavailable("ที่อยู่ฐานข้อมูลไม่ถูกต้อง: {target}", target="x://"),
    MigrationFailed("ไฟล์นี้เป็นฐานข้อมูลของโปรแกรมอื่น จึงไม่เปิดใช้และไม่แก้ไขไฟล์"),
], ids=lambda e: type(e).__name__)
def test_user_errors_are_thai_with_english_twins(error):
    assert isinstance(error, UserError)
    assert has_thai(error.message("th"))
    assert str(error) == error.message("th")
    english_text = error.message("en")
    assert english_text != error.message("th") and english_text[:1].isascii()
