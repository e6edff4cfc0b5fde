"""English for the Thai message templates raised below the GUI (services and errors are Qt-free).

GUI strings go through Qt's tr() and the .ts/.qm files; these templates come from code that must
not import Qt, so their English lives here, keyed by the Thai template.
"""

from __future__ import annotations

ENGLISH: dict[str, str] = {
    "ที่อยู่ฐานข้อมูลไม่ถูกต้อง: {target}": "Invalid database address: {target}",
    "{target} เป็นโฟลเดอร์ ไม่ใช่ไฟล์ฐานข้อมูล": "{target} is a folder, not a database file",
    "ไม่รองรับฐานข้อมูลชนิดนี้: {target}": "This kind of database is not supported: {target}",
    "ฐานข้อมูลถูกล็อกโดยผู้ใช้อื่นอยู่ กรุณาลองบันทึกอีกครั้งในอีกสักครู่ ({detail})":
        "The database is locked by another user; please try saving again in a moment ({detail})",
    "ไฟล์นี้ไม่ใช่ฐานข้อมูลของโปรแกรม หรือไฟล์เสียหาย ({detail})":
        "This file is not a database of this application, or it is damaged ({detail})",
    "ไม่สามารถเปิดหรือเขียนไฟล์ฐานข้อมูลได้ ({detail})": "The database file cannot be opened or written ({detail})",
    "ติดต่อฐานข้อมูลไม่ได้ กรุณาตรวจสอบเครือข่ายหรือเซิร์ฟเวอร์ ({detail})":
        "The database cannot be reached; please check the network or the server ({detail})",
    "ข้อมูลไม่ครบถ้วนหรือไม่ถูกต้อง {count} รายการ": "{count} field(s) are missing or invalid",
    "ข้อมูลนี้ถูกแก้ไขจากหน้าต่างหรือเครื่องอื่นหลังจากที่คุณเปิดไว้ "
    "ระบบจึงไม่บันทึกทับ ข้อมูลที่คุณกรอกยังอยู่ในแบบฟอร์ม กรุณาโหลดข้อมูลล่าสุดแล้วแก้ไขอีกครั้ง":
        "Someone saved this record in another window or on another workstation after you opened it, so it "
        "was not overwritten. Your input is still in the form; reload the latest data and edit again.",
    "ไม่พบข้อมูลนี้แล้ว อาจถูกลบจากหน้าต่างหรือเครื่องอื่น":
        "This record no longer exists; it may have been deleted in another window or on another workstation",
    "ลบไม่ได้ เพราะมีข้อมูลอื่นอ้างถึงรายการนี้: {uses}": "Cannot delete: other records refer to this one: {uses}",
    "วันที่ไม่ถูกต้อง (พิมพ์เช่น 5/11/2564)": "Invalid date (type e.g. 5/11/2564)",
    "ต้องเป็นจำนวนเต็ม": "Must be a whole number",
    "ต้องเป็นตัวเลข": "Must be a number",
    "กรุณากรอก{label}": "Please enter {label}",
    "ยาวเกิน {n} ตัวอักษร": "Longer than {n} characters",
    "ต้องไม่น้อยกว่า {n}": "Must not be less than {n}",
    "ไม่มีตัวเลือกนี้": "Not one of the choices",
    "ไม่พบจังหวัดนี้": "Unknown province",
    "รูปแบบอีเมลไม่ถูกต้อง (เช่น name@example.com)": "Invalid e-mail address (e.g. name@example.com)",
    "เว็บไซต์ต้องขึ้นต้นด้วย http:// หรือ https://": "A website must start with http:// or https://",
    "หมายเลขโทรศัพท์ไม่ถูกต้อง (เช่น 02 123 4567)": "Invalid phone number (e.g. 02 123 4567)",
    "วันหมดอายุต้องไม่ก่อนวันที่ได้รับตราสัญลักษณ์": "The expiry date must not be before the emblem's issue date",
    "วันที่สิ้นสุดต้องไม่ก่อนวันที่เริ่ม": "The end date must not be before the start date",
    "เขตที่ได้รับการรับรองแล้วต้องระบุเมืองอัจฉริยะที่ได้รับรอง": "A certified zone must name the city it became",
    "ไม่พบ{label}ที่เลือก": "The selected {label} no longer exists",
    "มีชื่อนี้ในจังหวัดเดียวกันอยู่แล้ว": "A record with this name already exists in the same province",
    "ฐานข้อมูลนี้สร้างจากโปรแกรมรุ่นใหม่กว่า (รุ่นโครงสร้าง {rev}) กรุณาปรับปรุงโปรแกรมก่อนเปิดใช้":
        "This database was made by a newer version of the application (schema {rev}); please update first",
    "ไฟล์นี้เป็นฐานข้อมูลของโปรแกรมอื่น จึงไม่เปิดใช้และไม่แก้ไขไฟล์":
        "This file belongs to another program; it was not opened or changed",
    "ปรับปรุงโครงสร้างฐานข้อมูลไม่สำเร็จ ข้อมูลเดิมไม่ถูกแก้ไข (สำเนาสำรอง: {backup}) สาเหตุ: {detail}":
        "The database upgrade failed; the original data is unchanged (backup: {backup}). Cause: {detail}",
    "ฐานข้อมูลแจ้งข้อผิดพลาด กรุณาแจ้งผู้ดูแลระบบ ({detail})":
        "The database reported an error; please tell your administrator ({detail})",
    "บันทึกไม่ได้ เพราะข้อมูลที่เกี่ยวข้องเพิ่งถูกเปลี่ยนจากเครื่องอื่น "
    "กรุณาโหลดข้อมูลใหม่ (F5) แล้วลองอีกครั้ง ข้อมูลที่กรอกยังอยู่ในแบบฟอร์ม":
        "Not saved: related data was just changed on another workstation. Reload (F5) and try again; "
        "your input is still in the form",
    "สำรองฐานข้อมูลก่อนปรับปรุงโครงสร้างไม่ได้ จึงยังไม่ปรับปรุงและไม่แก้ไขข้อมูล ({detail})":
        "The database could not be backed up before the upgrade, so nothing was upgraded or changed ({detail})",
}


def english(template: str) -> str:
    return ENGLISH.get(template, template)
