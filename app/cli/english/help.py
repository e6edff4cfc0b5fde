"""The command-line help in English (``--lang en``): the Thai help texts of app/cli, keyed by the Thai text.

A test renders ``--help`` of every command in English and finds no Thai left."""

from __future__ import annotations

import argparse

HELP: dict[str, str] = {
    "ระบบงานเลขานุการคณะกรรมการขับเคลื่อนการพัฒนาเมืองอัจฉริยะ":
        "Secretariat system of the Smart City Development Committee",
    "ไฟล์ฐานข้อมูล SQLite หรือ URL ของ SQLAlchemy เช่น postgresql+psycopg://user@host/db "
    "(ค่าเริ่มต้น: โฟลเดอร์ข้อมูลของผู้ใช้)":
        "SQLite database file or SQLAlchemy URL such as postgresql+psycopg://user@host/db "
        "(default: the user's data folder)",
    "ภาษาของหน้าจอ (th หรือ en)": "language of the interface and the help (th or en)",
    "สร้างฐานข้อมูลใหม่เมื่อยังไม่มีไฟล์ (ไม่ใส่: ไฟล์ที่ไม่มีอยู่เป็นข้อผิดพลาด; demo สร้างเสมอ)":
        "make a new database when the file does not exist (without it a missing file is an error; demo always "
        "makes one)",
    "เปิดหน้าต่างโปรแกรม (ค่าเริ่มต้น)": "open the application window (the default)",
    "เติมข้อมูลตัวอย่างลงฐานข้อมูล (ทำซ้ำได้ ไม่เพิ่มซ้ำ)":
        "add the sample data to the database (can be repeated; adds nothing twice)",
    "บันทึกภาพหน้าจอทุกหน้าเป็นไฟล์ PNG": "save screenshots of every pane as PNG files",
    "พิมพ์รายงานการประชุมเป็น PDF และ/หรือ Word (.docx)": "the minutes of a meeting as PDF and/or Word (.docx)",
    "พิมพ์ระเบียบวาระการประชุมเป็น PDF และ/หรือ Word (.docx)": "the agenda of a meeting as PDF and/or Word (.docx)",
    "หนังสือเชิญประชุมถึงกรรมการทุกคน พร้อมระเบียบวาระ": "invitation letters to every member, with the agenda",
    "ส่งออกทะเบียนหรือข้อมูลการประชุมเป็นไฟล์ Excel (.xlsx)": "export a register or meeting data to Excel (.xlsx)",
    "นำเข้าทะเบียนจากไฟล์ Excel (.xlsx)": "import a register from an Excel file (.xlsx)",
    "เกียรติบัตรตราสัญลักษณ์เมืองอัจฉริยะ": "smart city emblem certificates",
    "แสดงประวัติการแก้ไขข้อมูล (ใคร เมื่อไร ช่องใด ค่าเดิม → ค่าใหม่)":
        "show the audit trail (who, when, which field, old → new value)",
    "รายงานข้อมูลส่วนบุคคล (PDPA): ค้นหา รายงาน ลบ และประวัติการเปิดเผย":
        "personal data (PDPA): find, report, erase, and the record of disclosures",
    "สำรองฐานข้อมูลเป็นไฟล์ (ตรวจความถูกต้องก่อนแจ้งว่าสำเร็จ)":
        "back up the database to a file (checked before it is reported good)",
    "กู้คืนฐานข้อมูลจากไฟล์สำรอง (เก็บข้อมูลปัจจุบันไว้ก่อน)":
        "restore the database from a backup (the current data is kept aside first)",
    "ผู้ใช้และบทบาทบนเซิร์ฟเวอร์ PostgreSQL (สำหรับผู้ดูแลระบบ)":
        "users and their roles on a PostgreSQL server (administrators)",
    "แผนงานบูรณาการเมืองอัจฉริยะ: นำเข้า ตรวจโครงการซ้ำ ส่งออก สรุป":
        "the integrated smart city plan: import, duplicate check, export, summary",
    "บันทึกภาพรวม (แดชบอร์ดและแผนที่) เป็น PDF หรือ PNG": "save the dashboard (figures and map) as PDF or PNG",
    "ครั้งที่ประชุม เช่น 1/2564": "the meeting's number, e.g. 1/2564",
    "ชื่อหรือชื่อย่อของคณะกรรมการ (เมื่อมีหลายคณะที่ใช้เลขครั้งเดียวกัน)":
        "the committee's name or abbreviation (when several committees use the same number)",
    "ไฟล์ PDF ของรายงานการประชุมที่จะบันทึก": "PDF file of the minutes to write",
    "ไฟล์ Word (.docx) ของรายงานการประชุมที่จะบันทึก": "Word (.docx) file of the minutes to write",
    "ใช้เลขไทย (ยกเว้นตัวเลขที่เป็นส่วนของชื่อเฉพาะ)": "Thai digits (except digits that are part of a proper name)",
    "ชิดซ้ายไม่เกลี่ยบรรทัด (ค่าเริ่มต้น: กระจายแบบไทย)": "ragged right (default: Thai distributed justification)",
    "ไฟล์ PDF ของระเบียบวาระการประชุมที่จะบันทึก": "PDF file of the agenda to write",
    "ไฟล์ Word (.docx) ของระเบียบวาระการประชุมที่จะบันทึก": "Word (.docx) file of the agenda to write",
    "ไฟล์ PDF ของหนังสือเชิญประชุมที่จะบันทึก": "PDF file of the invitation letters to write",
    "ไฟล์ Word (.docx) ของหนังสือเชิญประชุมที่จะบันทึก": "Word (.docx) file of the invitation letters to write",
    "ทะเบียนที่จะส่งออก, meetings (มติ งานที่ต้องติดตาม การเข้าประชุม) หรือ all (ทุกทะเบียนและข้อมูลการประชุม)":
        "the register to export, meetings (resolutions, action items, attendance) or all (every register and the "
        "meeting data)",
    "ไฟล์ Excel ที่จะบันทึก": "Excel file to write",
    "รวมข้อมูลส่วนบุคคล (โทรศัพท์ อีเมล) ตาม PDPA ค่าเริ่มต้นไม่รวม":
        "include personal data (phone, e-mail) under the PDPA; left out by default",
    "ภาษาของหัวตาราง (th หรือ en)": "language of the column headers (th or en)",
    "ทะเบียนที่จะนำเข้า": "the register to import into",
    "ไฟล์ Excel (.xlsx)": "Excel file (.xlsx)",
    "ตรวจสอบและแสดงรายงานเท่านั้น ไม่บันทึก": "check and print the report only; save nothing",
    "จับคู่คอลัมน์กับข้อมูล (ชื่อข้อมูลหรือชื่อภาษาไทย/อังกฤษ) ใช้ซ้ำได้":
        "map a column to a field (the field's key or its Thai/English label); may be repeated",
    "ไม่นำเข้าคอลัมน์นี้ ใช้ซ้ำได้": "do not import this column; may be repeated",
    "แสดงการจับคู่คอลัมน์แล้วหยุด": "print the column mapping and stop",
    "แถวใหม่ที่ชื่อใกล้เคียงรายการเดิมในจังหวัดเดียวกัน ให้เพิ่มเป็นรายการใหม่":
        "add new rows whose name resembles a record in the same province as new records",
    "ออกเกียรติบัตร (ได้เลขที่ใหม่) แล้วพิมพ์เลขที่ออกมา": "issue certificates (new numbers) and print the numbers",
    "สร้างกุญแจลงนามเกียรติบัตรใหม่ (ไฟล์เข้ารหัสด้วยรหัสผ่าน) แล้วพิมพ์กุญแจสาธารณะ":
        "make a new certificate signing key (a passphrase-protected file) and print its public key",
    "บันทึกเกียรติบัตรเป็นไฟล์ PDF ไฟล์เดียว": "save certificates as one PDF file",
    "ตรวจสอบเลขที่หรือข้อความจาก QR กับทะเบียน (สำเร็จเมื่อใช้ได้เท่านั้น)":
        "check a number or QR text against the register (success only for a valid certificate)",
    "แสดงทะเบียนเกียรติบัตร": "list the certificate register",
    "ชื่อเมือง/โครงการ (ทั้งชื่อหรือบางส่วนที่ไม่ซ้ำ) หลายชื่อได้ ทั้งต่อกันและใส่ --city ซ้ำ":
        "city/project name (whole or an unambiguous part); several, one after another or by repeating --city",
    "ออกให้ทุกเมืองที่การประชุมครั้งนี้ประกาศรับรอง เช่น 1/2564":
        "issue to every city this meeting certified, e.g. 1/2564",
    "ชื่อหรือชื่อย่อของคณะกรรมการ (ใช้กับ --meeting)": "the committee's name or abbreviation (with --meeting)",
    "ให้ไว้ ณ วันที่ เช่น 24/12/2564 หรือ 2021-12-24 (ค่าเริ่มต้น: วันนี้)":
        "date of issue, e.g. 24/12/2564 or 2021-12-24 (default: today)",
    "ไฟล์กุญแจลงนามของเลขานุการ (ค่าเริ่มต้น: SMARTCITY_SIGNING_KEY)":
        "the secretary's signing key file (default: SMARTCITY_SIGNING_KEY)",
    "อ่านรหัสผ่านของกุญแจจากบรรทัดแรกของ stdin (ค่าเริ่มต้น: SMARTCITY_KEY_PASSPHRASE)":
        "read the key's passphrase from the first line of stdin (default: SMARTCITY_KEY_PASSPHRASE)",
    "ทุกฉบับที่ยังใช้อยู่ (ออกแล้วหรือพิมพ์ซ้ำ)": "every certificate in force (issued or reprinted)",
    "เลขที่เกียรติบัตร หลายเลขได้ ทั้งต่อกันและใส่ --number ซ้ำ":
        "certificate number; several, one after another or by repeating --number",
    "ไฟล์ PDF ที่จะบันทึก": "PDF file to write",
    "รวมฉบับที่หมดอายุ เพิกถอน หรือออกฉบับใหม่แทนแล้ว (พิมพ์เครื่องหมายสีแดงบนหน้า)":
        "include expired, revoked and replaced certificates (with a red mark on the page)",
    "เลขที่เกียรติบัตร หรือข้อความที่อ่านได้จาก QR code": "a certificate number, or the text read from its QR code",
    "ปี พ.ศ. ของเลขที่": "the number's year (B.E.)",
    "จะหมดอายุภายในกี่วัน": "expiring within this many days",
    "เฉพาะข้อมูลหนึ่งรายการ เช่น cities:5 หรือ ambassadors:12": "one record only, e.g. cities:5 or ambassadors:12",
    "เฉพาะทะเบียนหนึ่ง เช่น cities, meetings, certificates": "one register only, e.g. cities, meetings, certificates",
    "ตั้งแต่วันที่ เช่น 1/1/2567 หรือ 2024-01-01": "from this date, e.g. 1/1/2567 or 2024-01-01",
    "เฉพาะผู้แก้ไขคนนี้ (ชื่อผู้ใช้ฐานข้อมูลหรือของระบบ)":
        "changes by this person only (database or operating system user name)",
    "บันทึกเป็นไฟล์ Excel แทนการพิมพ์": "write an Excel file instead of printing",
    "ค้นหาบุคคลจากชื่อ อีเมล หรือโทรศัพท์": "find a person by name, e-mail or phone",
    "ข้อมูลที่เก็บเกี่ยวกับบุคคลหนึ่ง": "what is held about one person",
    "ลบข้อมูลส่วนบุคคลของบุคคลหนึ่ง (ประวัติการแก้ไขยังอยู่ แต่ไม่มีค่าส่วนบุคคล)":
        "erase one person's personal data (the audit trail stays, without the personal values)",
    "บุคคลที่เลยวันที่กำหนดเก็บข้อมูลแล้ว": "people whose retention date has passed",
    "การส่งออก พิมพ์ และรายงานที่มีข้อมูลส่วนบุคคล": "exports, prints and reports that held personal data",
    "เหตุผล เช่น เจ้าของข้อมูลขอให้ลบ หรือครบกำหนดเก็บรักษา":
        "the reason, e.g. the person asked for erasure, or the retention period ended",
    "ไฟล์สำรองที่จะบันทึก": "backup file to write",
    "ไฟล์สำรอง": "backup file",
    "เพิ่มผู้ใช้ (บัญชีเข้าสู่ระบบของเซิร์ฟเวอร์) พร้อมบทบาท": "add a user (a server login) with a role",
    "แสดงผู้ใช้และบทบาท": "list users and roles",
    "ลบผู้ใช้": "remove a user",
    "อ่านรหัสผ่านจากบรรทัดแรกของ stdin (ไม่ระบุ: ไม่มีรหัสผ่าน สำหรับเซิร์ฟเวอร์ที่ยืนยันตัวตนวิธีอื่น)":
        "read the password from the first line of stdin (without it: no password, for servers that "
        "authenticate otherwise)",
    "นำเข้าโครงการที่หน่วยงานเสนอจากไฟล์ Excel (.xlsx)": "import an agency's proposed projects from Excel (.xlsx)",
    "แสดงคู่โครงการที่อาจซ้ำกัน บรรทัดละหนึ่งคู่": "print suspected duplicate projects, one pair a line",
    "ส่งออกแผนงาน งบประมาณรายปี และตารางสรุปเป็น Excel":
        "export the plan, its budget by year and the summary tables to Excel",
    "ตารางสรุปงบประมาณสำหรับระเบียบวาระ (PDF หรือ Excel)": "budget summary tables for the agenda (PDF or Excel)",
    "แถวใหม่ที่ชื่อใกล้เคียงโครงการเดิมในจังหวัดเดียวกัน ให้เพิ่มเป็นโครงการใหม่":
        "add new rows whose name resembles a project in the same province as new projects",
    "เฉพาะโครงการที่ดำเนินการในปีงบประมาณนี้ (พ.ศ.) เช่น 2568":
        "only projects carried out in this fiscal year (B.E.), e.g. 2568",
    "รวมคู่ที่พิจารณาแล้ว (แสดงผลการพิจารณา)": "include the pairs already decided (with the decision)",
    "ปีงบประมาณ (พ.ศ.) ค่าเริ่มต้น: ทุกปี": "fiscal year (B.E.); default: every year",
    "แนบไฟล์ PDF กับระเบียบวาระของการประชุมครั้งนี้ เช่น 1/2568":
        "attach the PDF to the agenda of this meeting, e.g. 1/2568",
    "เลขระเบียบวาระที่จะแนบ เช่น 4.1 (ใช้กับ --meeting)": "the agenda item to attach to, e.g. 4.1 (with --meeting)",
    "ไฟล์ PDF ที่จะบันทึก (A4 แนวนอน)": "PDF file to write (A4 landscape)",
    "ไฟล์ PNG ที่จะบันทึก": "PNG file to write",
    "สร้างคู่มือการใช้งานเป็น PDF (ภาษาอังกฤษด้วย --lang en)": "build the user guide as a PDF (in English with --lang en)",
    "โฟลเดอร์ภาพหน้าจอที่คำสั่ง screenshots สร้าง (ค่าเริ่มต้น: docs/screenshots)":
        "the folder of screenshots the screenshots command made (default: docs/screenshots)",
    "ทำงานนอกสถานที่: นำข้อมูลออก ส่งการเปลี่ยนแปลงกลับ รับการเปลี่ยนแปลง":
        "offline work: take a copy out, send its changes back, receive changes",
    "นำข้อมูลจากเซิร์ฟเวอร์ (--db) ออกเป็นสำเนา SQLite สำหรับเครื่องพกพา":
        "copy the server's data (--db) into an SQLite copy for a laptop",
    "ไฟล์สำเนาที่จะสร้าง": "the copy file to make",
    "เฉพาะการประชุมนี้ เช่น 1/2568 (ระบุซ้ำได้ ค่าเริ่มต้น: ทุกการประชุม)":
        "only this meeting, e.g. 1/2568 (may be repeated; default: every meeting)",
    "ไม่นำข้อมูลส่วนบุคคลออกไป (ช่องข้อมูลส่วนบุคคลในสำเนาจะว่าง)":
        "leave personal data behind (the copy's personal fields stay empty)",
    "รับข้อมูลล่าสุดจากเซิร์ฟเวอร์ (--db) ลงสำเนาเดิม (เก็บสำเนาเก่าไว้ก่อน)":
        "take the server's latest data (--db) into the same copy (the old copy is kept aside first)",
    "ไฟล์สำเนาบนเครื่องพกพา": "the copy file on the laptop",
    "รับข้อมูลใหม่แม้ยังมีการเปลี่ยนแปลงที่ยังไม่ได้ส่ง": "refresh even though the copy has changes not yet sent",
    "บันทึกการเปลี่ยนแปลงในสำเนา (--db) เป็นแฟ้มชุดการเปลี่ยนแปลง":
        "write the copy's changes (--db) into a change package file",
    "แฟ้มชุดการเปลี่ยนแปลง (.zip) ที่จะบันทึก": "the change package (.zip) to write",
    "รับชุดการเปลี่ยนแปลงเข้าเซิร์ฟเวอร์ (--db) ในธุรกรรมเดียว":
        "apply a change package to the server (--db) in one transaction",
    "แฟ้มชุดการเปลี่ยนแปลง": "the change package file",
    "ตัดสินข้อขัดแย้ง: ใช้ค่าจากเครื่องพกพา (laptop) หรือค่าบนเซิร์ฟเวอร์ (server) ระบุซ้ำได้":
        "settle a conflict: keep the laptop's value (laptop) or the server's (server); may be repeated",
}


def english(text: str | None) -> str | None:
    return HELP.get(text, text) if text else text


def english_help(parser: argparse.ArgumentParser) -> None:
    """Put the English help on the parser's description, options and subcommands (before it is formatted)."""
    parser.description = english(parser.description)
    for action in parser._actions:
        action.help = english(action.help)
        for choice in getattr(action, "_choices_actions", ()):
            choice.help = english(choice.help)
