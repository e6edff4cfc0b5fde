"""Normalise and validate field values before anything is written. Messages are Thai templates."""

from __future__ import annotations

import math
import re
from datetime import date, time
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.errors import Bilingual
from app.core.thaidate import parse_date, parse_time, to_arabic_digits
from app.models import Field, Kind, PlanBudgetLine, PlanProject
from app.models.fields import is_placeholder
from app.models.plan.project import BAHT, FIRST_FISCAL_YEAR, LAST_FISCAL_YEAR, SCREENED_STATUSES, STATUS_FLOW
from app.registers.catalog import REGISTERS, Register
from app.registers.reference import province_index

Problem = tuple[str, dict]
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
PHONE = re.compile(r"^\+?[0-9][0-9 \-]{5,19}$")
CENT = Decimal("0.01")


def parse_money(value: Any) -> Decimal:
    """Baht as typed or read (1,250,000.50 / ๑๒๕,๐๐๐ บาท / 1250000): a Decimal of at most two decimals, not
    negative; ValueError with a Thai template otherwise. A float is read by its shortest repr (what Excel showed)."""
    if isinstance(value, bool):
        raise ValueError("ต้องเป็นจำนวนเงิน (บาท)")
    text = repr(value) if isinstance(value, float) else to_arabic_digits(str(value))
    text = text.replace(",", "").replace(BAHT, "").replace(" ", "").strip()
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise ValueError("ต้องเป็นจำนวนเงิน (บาท)") from None
    if not amount.is_finite():
        raise ValueError("ต้องเป็นจำนวนเงิน (บาท)")
    if amount != amount.quantize(CENT):
        raise ValueError("จำนวนเงินมีทศนิยมได้ไม่เกิน 2 ตำแหน่ง")
    if amount < 0:
        raise ValueError("จำนวนเงินต้องไม่ติดลบ")
    return amount.quantize(CENT)


def clean_text(value: Any) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split()) if "\n" not in str(value) else str(value).strip()
    return None if not text or is_placeholder(text) else text


def _coerce(f: Field, value: Any) -> Any:
    """Turn typed input into the stored type; raise ValueError with a Thai template."""
    if f.is_list:
        items = value if isinstance(value, list | tuple) else str(value or "").replace(",", ";").split(";")
        return sorted({str(v).strip() for v in items if str(v).strip()})
    if isinstance(value, str):
        value = value.strip()
        if value == "" or is_placeholder(value):
            return None
    if value is None:
        return None
    if f.kind is Kind.DATE:
        if isinstance(value, date):
            return value
        try:
            return parse_date(str(value))
        except ValueError:
            raise ValueError("วันที่ไม่ถูกต้อง (พิมพ์เช่น 5/11/2564)") from None
    if f.kind is Kind.TIME:
        try:
            return value if isinstance(value, time) else parse_time(str(value))
        except ValueError:
            raise ValueError("เวลาไม่ถูกต้อง (พิมพ์เช่น 10.00)") from None
    if f.kind in (Kind.INT, Kind.REF):
        try:
            return int(to_arabic_digits(str(value)).replace(",", ""))
        except ValueError:
            raise ValueError("ต้องเป็นจำนวนเต็ม") from None
    if f.kind is Kind.FLOAT:
        try:
            number = float(to_arabic_digits(str(value)).replace(",", ""))
        except ValueError:
            raise ValueError("ต้องเป็นตัวเลข") from None
        if not math.isfinite(number):
            raise ValueError("ต้องเป็นตัวเลข")
        return number
    if f.kind is Kind.MONEY:
        return parse_money(value)
    if f.kind is Kind.LONGTEXT:
        return None if is_placeholder(value) else str(value).strip() or None
    return clean_text(value)


def normalise(reg: Register, values: dict[str, Any]) -> dict[str, Any]:
    """Coerce what can be coerced; values that fail stay as typed, for validate() to report."""
    out: dict[str, Any] = {}
    for f in reg.stored_fields:
        if f.name not in values:
            continue
        try:
            out[f.name] = _coerce(f, values[f.name])
        except ValueError:
            out[f.name] = values[f.name]
    return out


def check_fields(
    fields: tuple[Field, ...], values: dict[str, Any], partial: bool = False
) -> tuple[dict[str, Any], dict[str, Problem]]:
    """Coerce and check the given values against field descriptions (for record types outside REGISTERS).

    Returns (clean values, problems). ``partial``: only the fields present in ``values`` are checked,
    as for an update that changes a few fields.
    """
    clean: dict[str, Any] = {}
    problems: dict[str, Problem] = {}
    for f in fields:
        if f.computed or (partial and f.name not in values):
            continue
        raw = values.get(f.name)
        try:
            clean[f.name] = _coerce(f, raw)
        except ValueError:
            clean[f.name] = raw
        problem = _check_field(f, raw, clean[f.name])
        if problem:
            problems[f.name] = problem
    return clean, problems


def _check_field(f: Field, raw: Any, value: Any) -> Problem | None:
    try:
        _coerce(f, raw)
    except ValueError as exc:
        return (str(exc), {})
    empty = value is None or value == [] or value == ""
    if empty:
        return ("กรุณากรอก{label}", {"label": Bilingual(f.th, f.en.lower())}) if f.required else None
    if f.max_length and isinstance(value, str) and len(value) > f.max_length:
        return ("ยาวเกิน {n} ตัวอักษร", {"n": f.max_length})
    if f.minimum is not None and isinstance(value, int | float) and value < f.minimum:
        return ("ต้องไม่น้อยกว่า {n}", {"n": f.minimum if f.kind is Kind.FLOAT else int(f.minimum)})
    if f.kind is Kind.CHOICE and f.choice(value) is None:
        return ("ไม่มีตัวเลือกนี้", {})
    if f.kind is Kind.MULTICHOICE and any(f.choice(v) is None for v in value):
        return ("ไม่มีตัวเลือกนี้", {})
    if f.kind is Kind.PROVINCE and value not in province_index():
        return ("ไม่พบจังหวัดนี้", {})
    if f.kind is Kind.PROVINCES and any(v not in province_index() for v in value):
        return ("ไม่พบจังหวัดนี้", {})
    if f.kind is Kind.EMAIL and not EMAIL.match(value):
        return ("รูปแบบอีเมลไม่ถูกต้อง (เช่น name@example.com)", {})
    if f.kind is Kind.URL and not URL.match(value):
        return ("เว็บไซต์ต้องขึ้นต้นด้วย http:// หรือ https://", {})
    if f.kind is Kind.PHONE and not PHONE.match(value):
        return ("หมายเลขโทรศัพท์ไม่ถูกต้อง (เช่น 02 123 4567)", {})
    return None


def _singular(reg: Register) -> Bilingual:
    return Bilingual(reg.singular_th, reg.singular_en)


def _check_rules(session: Session, reg: Register, v: dict[str, Any], problems: dict[str, Problem]) -> None:
    def later(a: str, b: str, template: str) -> None:
        if isinstance(v.get(a), date) and isinstance(v.get(b), date) and v[b] < v[a] and b not in problems:
            problems[b] = (template, {})

    later("emblem_issued_on", "emblem_valid_until", "วันหมดอายุต้องไม่ก่อนวันที่ได้รับตราสัญลักษณ์")
    later("start_on", "end_on", "วันที่สิ้นสุดต้องไม่ก่อนวันที่เริ่ม")
    if v.get("partner_kind") == "city" and not v.get("partner_country") and "partner_country" not in problems:
        problems["partner_country"] = ("เมืองต่างประเทศต้องระบุประเทศ", {})
    if reg.key == "zones" and v.get("status") == "certified" and not v.get("city_id") and "city_id" not in problems:
        problems["city_id"] = ("เขตที่ได้รับการรับรองแล้วต้องระบุเมืองอัจฉริยะที่ได้รับรอง", {})
    if reg.key == "plan":
        _plan_rules(v, problems)
    for f in reg.stored_fields:
        if f.kind is Kind.REF and isinstance(v.get(f.name), int) and f.name not in problems:
            if session.get(REGISTERS[f.ref].model, v[f.name]) is None:
                problems[f.name] = ("ไม่พบ{label}ที่เลือก", {"label": _singular(REGISTERS[f.ref])})


def _plan_rules(v: dict[str, Any], problems: dict[str, Problem]) -> None:
    """A plan project: fiscal years in B.E., the last not before the first; a screened project names its screening."""
    for name in ("fiscal_year", "end_year"):
        year = v.get(name)
        if isinstance(year, int) and not FIRST_FISCAL_YEAR <= year <= LAST_FISCAL_YEAR and name not in problems:
            problems[name] = ("ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2568", {})
    first, last = v.get("fiscal_year"), v.get("end_year")
    if isinstance(first, int) and isinstance(last, int) and last < first and "end_year" not in problems:
        problems["end_year"] = ("ปีงบประมาณสุดท้ายต้องไม่ก่อนปีงบประมาณแรก", {})
    if v.get("status") in SCREENED_STATUSES and not v.get("resolution") and "resolution" not in problems:
        problems["resolution"] = ("โครงการที่ผ่านการกลั่นกรองแล้วต้องระบุมติที่ประชุมที่กลั่นกรอง", {})


def _plan_changes(session: Session, record_id: int, v: dict[str, Any], problems: dict[str, Problem]) -> None:
    """An edit of a plan project: the status moves one step at a time (back to correct, or to withdrawn), and the
    years keep every budget line of the project."""
    project = session.get(PlanProject, record_id)
    if project is None:
        return
    old, new = project.status, v.get("status", project.status)
    if new != old and not _may_move(old, new) and "status" not in problems:
        problems["status"] = _move_problem(old, new)
    first, last = v.get("fiscal_year", project.fiscal_year), v.get("end_year", project.end_year)
    if isinstance(first, int) and "fiscal_year" not in problems and "end_year" not in problems:
        years = session.scalars(select(PlanBudgetLine.fiscal_year).where(PlanBudgetLine.project_id == record_id)
                                .distinct()).all()
        outside = sorted(y for y in years if not first <= y <= (last if isinstance(last, int) else first))
        if outside:
            problems["fiscal_year"] = ("มีงบประมาณของปี {years} ซึ่งอยู่นอกช่วงปีงบประมาณของโครงการ",
                                       {"years": ", ".join(map(str, outside))})


def _may_move(old: str, new: str) -> bool:
    if new == "withdrawn":
        return old != "done"
    if old == "withdrawn":
        return new == "proposed"
    if old not in STATUS_FLOW or new not in STATUS_FLOW:
        return False
    return STATUS_FLOW.index(new) <= STATUS_FLOW.index(old) + 1


def _move_problem(old: str, new: str) -> Problem:
    labels = {c.value: Bilingual(c.th, c.en) for c in REGISTERS["plan"].field("status").choices}
    if old == "done":
        return ("โครงการที่ดำเนินการแล้วเสร็จถอนไม่ได้", {})
    step = "proposed" if old == "withdrawn" else STATUS_FLOW[STATUS_FLOW.index(old) + 1]
    return ("เปลี่ยนสถานะจาก {old} เป็น {new} ไม่ได้ ขั้นถัดไปคือ {next}",
            {"old": labels[old], "new": labels.get(new, new), "next": labels[step]})


def is_duplicate(session: Session, reg: Register, v: dict[str, Any], record_id: int | None) -> bool:
    title, provinces = v.get(reg.title_field), v.get(reg.province_field)
    if not title or not provinces:
        return False
    model = reg.model
    rows = session.scalars(select(model).where(getattr(model, reg.title_field) == title)).all()
    wanted = set(provinces if isinstance(provinces, list) else [provinces])
    for row in rows:
        if row.id == record_id:
            continue
        listed = reg.field(reg.province_field).kind is Kind.PROVINCES
        theirs = {p.code for p in row.province_rows} if listed else {getattr(row, reg.province_field)}
        if theirs & wanted:
            return True
    return False


def validate(
    session: Session, reg: Register, values: dict[str, Any], record_id: int | None = None, may_repeat: bool = True
) -> dict[str, Problem]:
    """Field name → (Thai template, params) for every problem; empty when the record can be saved.
    ``may_repeat`` False: the caller knows no other record has this title (the duplicate check is skipped)."""
    problems: dict[str, Problem] = {}
    for f in reg.stored_fields:
        if record_id is not None and f.name not in values:
            continue
        problem = _check_field(f, values.get(f.name), values.get(f.name))
        if problem:
            problems[f.name] = problem
    _check_rules(session, reg, values, problems)
    if reg.key == "plan" and record_id is not None:
        _plan_changes(session, record_id, values, problems)
    if may_repeat and reg.title_field not in problems and is_duplicate(session, reg, values, record_id):
        problems[reg.title_field] = ("มีชื่อนี้ในจังหวัดเดียวกันอยู่แล้ว", {})
    return problems
