"""User errors: each carries a Thai message template and its English twin (no Qt here)."""

from __future__ import annotations

from typing import NamedTuple

from app.core.i18n_text import english


class Bilingual(NamedTuple):
    """A message parameter that reads differently in Thai and English (a field label, a register name)."""

    th: str
    en: str


def render(template: str, params: dict, lang: str = "th") -> str:
    text = english(template) if lang == "en" else template
    values = {k: (v.en if lang == "en" else v.th) if isinstance(v, Bilingual) else v for k, v in params.items()}
    return text.format(**values)


class UserError(Exception):
    """An error the user can act on: shown as a message, the data stays as it was."""

    def __init__(self, template: str, **params):
        self.template = template
        self.params = params
        super().__init__(self.message("th"))

    def message(self, lang: str = "th") -> str:
        return render(self.template, self.params, lang)


class DatabaseMissing(UserError):
    """The database file asked for does not exist (and nobody asked for a new one)."""


UNREACHABLE = ("connect", "connection", "timeout", "timed out", "refused", "server closed", "no route",
               "name or service", "could not translate host", "network", "terminating", "ssl")


class DatabaseUnavailable(UserError):
    needs_password = False  # the server asked for a password the connection did not give (or a wrong one)

    @classmethod
    def from_error(cls, exc: Exception) -> DatabaseUnavailable:
        text = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc) else ""
        low = text.lower()
        if "locked" in low or "busy" in low:
            return cls("ฐานข้อมูลถูกล็อกโดยผู้ใช้อื่นอยู่ กรุณาลองบันทึกอีกครั้งในอีกสักครู่ ({detail})", detail=text)
        if "file is not a database" in low or "malformed" in low:
            return cls("ไฟล์นี้ไม่ใช่ฐานข้อมูลของโปรแกรม หรือไฟล์เสียหาย ({detail})", detail=text)
        if "unable to open" in low or "readonly" in low or "read-only" in low:
            return cls("ไม่สามารถเปิดหรือเขียนไฟล์ฐานข้อมูลได้ ({detail})", detail=text)
        if "password" in low and ("no password" in low or "authentication failed" in low):
            error = cls("เซิร์ฟเวอร์ขอรหัสผ่าน หรือรหัสผ่านไม่ถูกต้อง ({detail})", detail=text)
            error.needs_password = True
            return error
        if any(word in low for word in UNREACHABLE):
            return cls("ติดต่อฐานข้อมูลไม่ได้ กรุณาตรวจสอบเครือข่ายหรือเซิร์ฟเวอร์ ({detail})", detail=text)
        return cls("ฐานข้อมูลแจ้งข้อผิดพลาด กรุณาแจ้งผู้ดูแลระบบ ({detail})", detail=text)


class ValidationFailed(UserError):
    """Field-level problems: ``errors`` maps field name to a (template, params) pair."""

    def __init__(self, errors: dict[str, tuple[str, dict]]):
        self.errors = errors
        super().__init__("ข้อมูลไม่ครบถ้วนหรือไม่ถูกต้อง {count} รายการ", count=len(errors))

    def field_message(self, name: str, lang: str = "th") -> str:
        template, params = self.errors[name]
        return render(template, params, lang)


class StaleRecord(UserError):
    """Another window or workstation saved the record first (optimistic lock)."""

    def __init__(self):
        super().__init__(
            "ข้อมูลนี้ถูกแก้ไขจากหน้าต่างหรือเครื่องอื่นหลังจากที่คุณเปิดไว้ "
            "ระบบจึงไม่บันทึกทับ ข้อมูลที่คุณกรอกยังอยู่ในแบบฟอร์ม กรุณาโหลดข้อมูลล่าสุดแล้วแก้ไขอีกครั้ง"
        )


class ConflictingChange(UserError):
    def __init__(self):
        super().__init__("บันทึกไม่ได้ เพราะข้อมูลที่เกี่ยวข้องเพิ่งถูกเปลี่ยนจากเครื่องอื่น "
                         "กรุณาโหลดข้อมูลใหม่ (F5) แล้วลองอีกครั้ง ข้อมูลที่กรอกยังอยู่ในแบบฟอร์ม")


class RecordMissing(UserError):
    def __init__(self):
        super().__init__("ไม่พบข้อมูลนี้แล้ว อาจถูกลบจากหน้าต่างหรือเครื่องอื่น")


class RecordInUse(UserError):
    def __init__(self, uses: list[tuple[str, str, int]]):
        """``uses``: (Thai register name, English register name, count) of the records that refer here."""
        self.uses = uses
        text = Bilingual(", ".join(f"{th} {n} รายการ" for th, _en, n in uses),
                         ", ".join(f"{en}: {n}" for _th, en, n in uses))
        super().__init__("ลบไม่ได้ เพราะมีข้อมูลอื่นอ้างถึงรายการนี้: {uses}", uses=text)


class NotPermitted(UserError):
    """The database server refused: the person's role may not do this (or the row is locked by a policy)."""

    def __init__(self, detail: str = ""):
        super().__init__("บทบาทของคุณไม่มีสิทธิ์ทำรายการนี้ เซิร์ฟเวอร์จึงไม่บันทึก ({detail})", detail=detail)

    @staticmethod
    def matches(exc: Exception) -> bool:
        orig = getattr(exc, "orig", None)
        return getattr(orig, "sqlstate", None) == "42501" or getattr(orig, "pgcode", None) == "42501"


class FileNotWritable(UserError):
    def __init__(self, path: str, detail: object):
        super().__init__("บันทึกไฟล์ {path} ไม่ได้ ({detail})", path=path, detail=detail)
