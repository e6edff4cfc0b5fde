"""English for the Thai message templates raised below the GUI (services and errors are Qt-free).

GUI strings go through Qt's tr() and the .ts/.qm files; these templates come from code that must
not import Qt, so their English lives here, keyed by the Thai template.
"""

from __future__ import annotations

ENGLISH: dict[str, str] = {
    "ที่อยู่ฐานข้อมูลไม่ถูกต้อง: {target}": "Invalid database address: {target}",
    "{target} เป็นโฟลเดอร์ ไม่ใช่ไฟล์ฐานข้อมูล": "{target} is a folder, not a database file",
    "ไม่รองรับฐานข้อมูลชนิดนี้: {target}": "This kind of database is not supported: {target}",
    "ไม่พบไฟล์ฐานข้อมูล {target} (ถ้าต้องการสร้างฐานข้อมูลใหม่ ใช้ตัวเลือก --create ก่อนคำสั่ง "
    "หรือเมนู แฟ้ม → ฐานข้อมูลใหม่…)":
        "The database file {target} does not exist (to make a new database, give --create before the command, "
        "or use File → New database…)",
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
    "เวลาไม่ถูกต้อง (พิมพ์เช่น 10.00)": "Invalid time (type e.g. 10.00)",
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
    "ยกเลิกการปรับปรุงโครงสร้างฐานข้อมูลแล้ว ข้อมูลเดิมไม่ถูกแก้ไข":
        "The database upgrade was cancelled; the original data is unchanged",
    "ยกเลิกการปรับปรุงโครงสร้างฐานข้อมูลแล้ว ข้อมูลเดิมไม่ถูกแก้ไข (สำเนาสำรอง: {backup})":
        "The database upgrade was cancelled; the original data is unchanged (backup: {backup})",
    "ฐานข้อมูลแจ้งข้อผิดพลาด กรุณาแจ้งผู้ดูแลระบบ ({detail})":
        "The database reported an error; please tell your administrator ({detail})",
    "บันทึกไม่ได้ เพราะข้อมูลที่เกี่ยวข้องเพิ่งถูกเปลี่ยนจากเครื่องอื่น "
    "กรุณาโหลดข้อมูลใหม่ (F5) แล้วลองอีกครั้ง ข้อมูลที่กรอกยังอยู่ในแบบฟอร์ม":
        "Not saved: related data was just changed on another workstation. Reload (F5) and try again; "
        "your input is still in the form",
    "สำรองฐานข้อมูลก่อนปรับปรุงโครงสร้างไม่ได้ จึงยังไม่ปรับปรุงและไม่แก้ไขข้อมูล ({detail})":
        "The database could not be backed up before the upgrade, so nothing was upgraded or changed ({detail})",
    "บทบาทของคุณไม่มีสิทธิ์ทำรายการนี้ เซิร์ฟเวอร์จึงไม่บันทึก ({detail})":
        "Your role may not do this, so the server did not save it ({detail})",
    "เซิร์ฟเวอร์ขอรหัสผ่าน หรือรหัสผ่านไม่ถูกต้อง ({detail})":
        "The server asks for a password, or the password is wrong ({detail})",
    # accountability: audit trail, personal data, backups, users and roles, certificate signing
    "{tool} ไม่สำเร็จ ({detail})": "{tool} failed ({detail})",
    "กรุณาระบุเหตุผลที่ลบข้อมูลส่วนบุคคล": "Please give the reason for erasing the personal data",
    "กู้คืนจากสำเนาแบบ JSON ได้เฉพาะฐานข้อมูลว่าง (ฐานข้อมูลนี้มีข้อมูลใน {tables})":
        "A JSON backup can only be restored into an empty database (this one has data in {tables})",
    "กู้คืนฐานข้อมูลไม่สำเร็จ ข้อมูลเดิมยังอยู่ ({detail})": "The restore failed; the data is as it was ({detail})",
    "คุณไม่มีสิทธิ์จัดการผู้ใช้บนเซิร์ฟเวอร์นี้ (ต้องเป็นผู้ดูแลระบบ) ({detail})":
        "You may not manage users on this server (administrators only) ({detail})",
    "ชื่อผู้ใช้ต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข _ . หรือ - ไม่เกิน 63 ตัว (ได้รับ {name})":
        "A user name is lower-case letters, digits, _ . or -, at most 63 characters (got {name})",
    "ฐานข้อมูล SQLite ไม่มีบัญชีผู้ใช้ของตนเอง: ผู้ใช้คือผู้ใช้ของระบบปฏิบัติการ และสิทธิ์ของไฟล์เป็นตัวกำหนดว่าใครเปิดได้":
        "A SQLite database has no users of its own: the user is the operating-system user, and the file's "
        "permissions decide who may open it",
    "ตรวจสำเนาสำรอง {path} แล้วจำนวนแถวไม่ตรงกับฐานข้อมูล ({tables}) จึงถือว่าสำรองไม่สำเร็จ":
        "The backup {path} was checked and its row counts differ from the database ({tables}), so it failed",
    "ปลดล็อกกุญแจลงนามไม่ได้: รหัสผ่านไม่ถูกต้อง หรือไฟล์ไม่ใช่กุญแจลงนาม":
        "The signing key could not be unlocked: wrong passphrase, or the file is not a signing key",
    "มีผู้ใช้ชื่อ {name} บนเซิร์ฟเวอร์อยู่แล้ว": "The server already has a user named {name}",
    "มีไฟล์ {path} อยู่แล้ว จึงไม่เขียนทับกุญแจเดิม": "{path} already exists; an existing key is never overwritten",
    "ยังไม่ได้ปลดล็อกกุญแจลงนามเกียรติบัตร จึงออกเกียรติบัตรไม่ได้ (เลขานุการปลดล็อกด้วยไฟล์กุญแจและรหัสผ่านก่อน)":
        "The certificate signing key is not unlocked, so no certificate can be issued (the secretary unlocks it "
        "with the key file and its passphrase first)",
    "รหัสผ่านของกุญแจลงนามต้องยาวอย่างน้อย 8 ตัวอักษร": "The signing key's passphrase must be at least 8 characters",
    "ระบุข้อมูลเป็น ทะเบียน:เลขที่ เช่น cities:5 (ได้รับ {text})": "Give the record as REGISTER:ID, e.g. cities:5 (got {text})",
    "สำรองฐานข้อมูลไม่สำเร็จ ({detail})": "The backup failed ({detail})",
    "สำเนาสำรอง {path} เสียหาย ({detail})": "The backup {path} is damaged ({detail})",
    "สำเนาสำรอง {path} ไม่ใช่ฐานข้อมูลที่ใช้ได้ ({detail})": "The backup {path} is not a usable database ({detail})",
    "สำเนาสำรองต้องเป็นไฟล์อื่น ไม่ใช่ไฟล์ฐานข้อมูลเอง": "The backup must be another file, not the database itself",
    "อ่านสำเนาสำรอง {path} ไม่ได้ ({detail})": "The backup {path} cannot be read ({detail})",
    "เซิร์ฟเวอร์ไม่ยอมรับคำสั่ง ({detail})": "The server refused the command ({detail})",
    "เปิดไฟล์กุญแจลงนาม {path} ไม่ได้ ({detail})": "The signing key file {path} cannot be opened ({detail})",
    "ไฟล์ {path} ไม่ใช่สำเนาสำรองของโปรแกรมนี้": "{path} is not a backup of this application",
    "ไม่พบผู้ใช้ {name} ของโปรแกรมนี้บนเซิร์ฟเวอร์": "The server has no user {name} of this application",
    "ไม่พบไฟล์สำรอง {path}": "Backup file {path} not found",
    "ไม่มีบทบาท {role} (เลือก viewer, clerk, secretary หรือ admin)":
        "There is no role {role} (choose viewer, clerk, secretary or admin)",
    "ไม่รู้จักทะเบียน {text}": "Unknown register {text}",
    "กรุณาระบุไฟล์กุญแจด้วย --key": "Please name the key file with --key",
    # meetings: committees, members, meetings, attendance, agenda, action items
    "มีคณะกรรมการชื่อนี้อยู่แล้ว": "A committee with this name already exists",
    "สัดส่วนองค์ประชุมต้องไม่เกินจำนวนกรรมการทั้งหมด (เศษต้องไม่มากกว่าส่วน)":
        "The quorum cannot exceed all the members (the numerator must not be larger than the denominator)",
    "กรุณากรอกชื่อ-นามสกุล หรือกรรมการโดยตำแหน่ง": "Please enter the full name or the ex-officio office",
    "ครั้งที่ประชุมต้องเขียนเป็น ครั้งที่/ปี พ.ศ. เช่น 1/2564":
        "Write the meeting number as number/B.E. year, e.g. 1/2564",
    "คณะกรรมการนี้มีการประชุมครั้งที่ {label} อยู่แล้ว": "This committee already has a meeting numbered {label}",
    "เวลาเลิกประชุมต้องไม่ก่อนเวลาเริ่มประชุม": "The end time must not be before the start time",
    "ประธานในที่ประชุมต้องเป็นกรรมการของคณะนี้ในวันประชุม":
        "The chair must be a member of this committee on the meeting date",
    "เปลี่ยนคณะกรรมการของการประชุมที่บันทึกแล้วไม่ได้": "The committee of a saved meeting cannot be changed",
    'เปลี่ยนสถานะรายงานการประชุมจาก "{old}" เป็น "{new}" ไม่ได้': 'The minutes cannot go from "{old}" to "{new}"',
    "กรุณาระบุการประชุมที่รับรองรายงาน หรือวันที่รับรองกรณีแจ้งเวียน":
        "Please give the meeting that certified the minutes, or the date when certified by circulation",
    "การประชุมที่รับรองรายงานต้องเป็นการประชุมครั้งหลังของคณะกรรมการเดียวกัน":
        "The minutes must be certified at a later meeting of the same committee",
    "วันที่รับรองต้องไม่ก่อนวันประชุม": "The certification date must not be before the meeting date",
    "รายงานการประชุมครั้งที่ {label} รับรองแล้ว จึงแก้ไขไม่ได้ (ต้องยกเลิกการรับรองก่อน)":
        "The minutes of meeting {label} are certified and cannot be changed (cancel the certification first)",
    "กรุณาระบุเหตุผลที่ยกเลิกการรับรองรายงานการประชุม": "Please give the reason for cancelling the certification",
    "รายงานการประชุมนี้ยังไม่ได้รับรอง จึงไม่มีการรับรองให้ยกเลิก":
        "These minutes are not certified, so there is no certification to cancel",
    "ไม่ได้เป็นกรรมการของคณะนี้ในวันประชุม": "Not a member of this committee on the meeting date",
    "กรุณากรอกชื่อผู้มาประชุมแทน": "Please enter the substitute's name",
    "ยังไม่มีรายชื่อกรรมการที่ดำรงตำแหน่งในวันประชุม จึงนับองค์ประชุมไม่ได้":
        "No members serve on the meeting date, so there is no quorum to count",
    "ไม่ครบองค์ประชุม: กรรมการมาประชุม {present} คน จากทั้งหมด {members} คน ต้องมีอย่างน้อย {required} คน":
        "No quorum: {present} of {members} members attended; at least {required} are needed",
    "ชื่อระเบียบวาระหลักเป็นไปตามแบบรายงานการประชุม แก้ไขไม่ได้":
        "The title of a main agenda section follows the form of minutes and cannot be changed",
    "ระเบียบวาระหลักทั้ง 6 วาระลบหรือย้ายไม่ได้": "The six main agenda sections cannot be deleted or moved",
    "เรื่องต้องอยู่ภายใต้ระเบียบวาระใดวาระหนึ่ง": "An item must be placed under one of the agenda sections",
    "ย้ายเรื่องไปยังการประชุมอื่นไม่ได้": "An item cannot be moved to another meeting",
    "ย้ายเรื่องไปไว้ใต้เรื่องของตัวเองไม่ได้": "An item cannot be moved under itself or its own sub-items",
    "ไม่พบการประชุมครั้งที่ {label}": "No meeting numbered {label}",
    "มีการประชุมครั้งที่ {label} หลายคณะ กรุณาระบุ --committee: {names}":
        "Several committees have a meeting {label}; name one with --committee: {names}",
    "บันทึกไฟล์ {path} ไม่ได้ ({detail})": "Cannot write the file {path} ({detail})",
    "เริ่มพิมพ์ที่ {printer} ไม่ได้": "Cannot start printing on {printer}",
    # emblem certificates (services/certificates.py, certificate_settings.py, certificate_rows.py)
    "กรุณาระบุเหตุผล": "Please give a reason",
    "{city} มีเกียรติบัตรเลขที่ {number} ที่ยังใช้ได้ถึงวันที่ {until} อยู่แล้ว ให้ต่ออายุหรือออกฉบับใหม่แทนฉบับนั้น":
        "{city} already holds certificate {number}, valid until {until}; renew it or issue a replacement instead",
    "วันที่ให้ไว้ต้องไม่ก่อนวันประชุมที่มีมติ ({date})":
        "The issue date must not be before the meeting that granted it ({date})",
    "กรุณาเลือกเมืองอย่างน้อยหนึ่งเมือง": "Please select at least one city",
    "การประชุมนี้ไม่มีวาระที่ประกาศรับรองเมือง จึงไม่มีเกียรติบัตรที่จะออก":
        "No agenda item of this meeting certified a city, so there is no certificate to issue",
    "พิมพ์ซ้ำไม่ได้ เพราะเกียรติบัตรเลขที่ {number} มีสถานะ{state}":
        "Certificate {number} cannot be reprinted: its status is {state}",
    "ออกฉบับใหม่แทนไม่ได้ เพราะเกียรติบัตรเลขที่ {number} มีสถานะ{state}":
        "Certificate {number} cannot be replaced: its status is {state}",
    "เพิกถอนไม่ได้ เพราะเกียรติบัตรเลขที่ {number} มีสถานะ{state}":
        "Certificate {number} cannot be revoked: its status is {state}",
    "ต่ออายุไม่ได้ เพราะเกียรติบัตรเลขที่ {number} มีสถานะ{state}":
        "Certificate {number} cannot be renewed: its status is {state}",
    "วันที่ให้ไว้ต้องไม่ก่อนวันที่ของฉบับเดิม ({date})":
        "The issue date must not be before that of the earlier certificate ({date})",
    "ยังไม่ได้กำหนดผู้ลงนามในเกียรติบัตร กรุณากำหนดในการตั้งค่าเกียรติบัตรก่อน":
        "No signatories are set for the certificates; set them in the certificate settings first",
    "เกียรติบัตรเลขที่ {number} มีสถานะ{state} จึงพิมพ์ไม่ได้": "Certificate {number} cannot be printed: its status is {state}",
    "รูปแบบเลขที่ไม่ถูกต้อง ({detail})": "Invalid number pattern ({detail})",
    "รูปแบบเลขที่ต้องมี {{run}} (ลำดับที่) และ {{year}} (ปี พ.ศ.) เท่านั้น เช่น สมอ. {{run:03d}}/{{year}}":
        "The number pattern must hold {{run}} (the running number) and {{year}} (the B.E. year) and nothing else, "
        "e.g. TSC {{run:03d}}/{{year}}",
    "ข้อความใช้ตัวแทนได้เฉพาะ {{city}} {{province}} และ {{developer}}":
        "The text may only use the placeholders {{city}}, {{province}} and {{developer}}",
    "กรุณากรอกชื่อหน่วยงานที่ออกเกียรติบัตร": "Please enter the issuing body",
    "อายุเกียรติบัตรต้องเป็น 1 ถึง {n} ปี": "A certificate must be valid for 1 to {n} years",
    "ผู้ลงนามมีได้ไม่เกิน {n} คน และทุกคนต้องมีชื่อและตำแหน่ง": "At most {n} signatories, each with a name and a position",
    "ภาพลายมือชื่อต้องเป็นไฟล์ PNG": "A signature image must be a PNG file",
    "ไม่พบเกียรติบัตรเลขที่ {number}": "No certificate numbered {number}",
    "ยังไม่มีเกียรติบัตรที่ใช้อยู่ให้พิมพ์": "There is no certificate in force to print",
    "วันที่ดำรงตำแหน่งของผู้ลงนามไม่ถูกต้อง (พิมพ์เช่น 24/12/2564)":
        "A signatory's date of office is not valid (type e.g. 24/12/2564)",
    "ไม่มีผู้ลงนามที่ดำรงตำแหน่งในวันที่ {date} (วันที่ออกเกียรติบัตรเลขที่ {number})":
        "No signatory was in office on {date} (the issue date of certificate {number})",
    "ไม่พบเมือง/โครงการชื่อ {name}": "No city or project named {name}",
    "ชื่อ {name} ตรงกับหลายเมือง/โครงการ กรุณาพิมพ์ชื่อให้ครบ":
        "{name} matches several cities or projects; please type the full name",
    # Excel import: the file, its columns and its cells
    "เปิดไฟล์ {name} ไม่ได้ ({detail})": "Cannot open the file {name} ({detail})",
    "ไฟล์ {name} ใหญ่เกิน {limit} MB": "The file {name} is larger than {limit} MB",
    "ไฟล์ {name} มีรหัสผ่านหรือเป็นไฟล์ Excel รุ่นเก่า (.xls) กรุณาเอารหัสผ่านออก แล้วบันทึกเป็น .xlsx ก่อนนำเข้า":
        "The file {name} is password-protected or an old Excel file (.xls); remove the password and save it "
        "as .xlsx before importing",
    "ไฟล์ {name} ว่างเปล่า": "The file {name} is empty",
    "ไฟล์ {name} ไม่ใช่ไฟล์ Excel (.xlsx)": "The file {name} is not an Excel file (.xlsx)",
    "อ่านไฟล์ {name} ไม่ได้ ไฟล์อาจเสียหายหรือไม่ใช่ไฟล์ Excel (.xlsx) ({detail})":
        "Cannot read the file {name}; it may be damaged or not an Excel file (.xlsx) ({detail})",
    "ไฟล์ {name} ไม่มีแผ่นงาน (sheet)": "The file {name} has no worksheet",
    "ไฟล์มีข้อมูลเกิน {limit} แถว กรุณาแบ่งเป็นหลายไฟล์":
        "The file has more than {limit} rows of data; please split it into several files",
    "ไม่พบแถวหัวตารางของ{register}ใน {n} แถวแรกของแผ่นงาน {sheet}":
        "No header row of {register} in the first {n} rows of the sheet {sheet}",
    "ไม่มีข้อมูลใต้แถวหัวตารางในแผ่นงาน {sheet} ของไฟล์ {name}":
        "There are no rows below the header in the sheet {sheet} of the file {name}",
    "คอลัมน์ {column} ซ้ำกับคอลัมน์ {other}": "The column {column} repeats the column {other}",
    "ไม่มีคอลัมน์ {label} ซึ่งต้องกรอก": "The required column {label} is missing",
    "เป็นสูตร {formula} ซึ่งไม่นำเข้า กรุณาคัดลอกแล้ววางเป็นค่า (Paste Values)":
        "A formula ({formula}) is not imported; copy the cells and paste them as values (Paste Values)",
    "ช่องนี้มีค่าผิดพลาด {value}": "The cell holds an error value {value}",
    "ซ้ำกับแถวที่ {row} ในไฟล์ (ชื่อและจังหวัดเดียวกัน)": "Same name and province as row {row} of the file",
    "ยังมีปัญหา {count} รายการในไฟล์ จึงยังไม่นำเข้า กรุณาแก้ไขไฟล์แล้วตรวจสอบอีกครั้ง":
        "The file still has {count} problem(s), so nothing was imported; fix the file and check it again",
    "แถวที่ {row} ({title}) บันทึกไม่ได้: {column}: {detail}": "Row {row} ({title}) cannot be saved: {column}: {detail}",
    "ข้อความยาวเกิน {n} ตัวอักษร ซึ่งเป็นขีดจำกัดของ Excel": "The text is longer than {n} characters, Excel's limit",
    "เป็นค่าจริง/เท็จ (TRUE/FALSE) ไม่ใช่ข้อมูลของช่องนี้": "A TRUE/FALSE value does not belong in this column",
    "เป็นวันที่ ไม่ใช่ข้อความ": "A date, not text",
    "เป็นวันที่ ไม่ใช่ตัวเลข": "A date, not a number",
    "วันที่ไม่ถูกต้อง: {value} (พิมพ์เช่น 5/11/2564 หรือ 5 พ.ย. 2564)":
        "Invalid date: {value} (type e.g. 5/11/2564 or 5 Nov 2021)",
    "เวลาไม่ถูกต้อง: {value} (พิมพ์เช่น 10.00)": "Invalid time: {value} (type e.g. 10.00)",
    "ต้องเป็นจำนวนเต็ม: {value}": "Must be a whole number: {value}",
    "ต้องเป็นตัวเลข: {value}": "Must be a number: {value}",
    "ไม่พบจังหวัด {value}": "Unknown province: {value}",
    "ไม่พบด้านเมืองอัจฉริยะ {value}": "Unknown smart dimension: {value}",
    "ไม่มีตัวเลือก {value} ใน{label} (เลือกได้: {choices})":
        "{value} is not one of the choices for {label} (choose from: {choices})",
    "ไม่พบ{label}ชื่อ {value}": "No {label} named {value}",
    "มี{label}ชื่อ {value} หลายรายการ กรุณาแก้ชื่อให้ไม่ซ้ำกันก่อน":
        "Several records of {label} are named {value}; make the names unique first",
    # issue 10: column mapping, dates as typed, rows skipped, macros, shared strings, partnerships
    "ไฟล์ {name} มีข้อความมากผิดปกติ (เกิน {limit} MB) จึงไม่เปิดอ่าน":
        "The file {name} holds an abnormal amount of text (over {limit} MB), so it is not read",
    "ไฟล์นี้มีแมโคร (VBA): โปรแกรมไม่เรียกใช้และไม่เก็บแมโครไว้ นำเข้าเฉพาะค่าในตาราง":
        "This file contains macros (VBA): they are neither run nor kept; only the values in the table are imported",
    "คอลัมน์ {column} น่าจะเป็น {label} ({score}%) แต่ยังไม่แน่ใจ กรุณายืนยันการจับคู่หรือสั่งข้ามคอลัมน์นี้":
        "Column {column} may be {label} ({score}%) but that is uncertain: confirm the match or ignore the column",
    "ยังไม่รู้ว่าคอลัมน์ {column} คือข้อมูลใดของทะเบียน กรุณาเลือกข้อมูลหรือสั่งข้ามคอลัมน์นี้ (ไม่นำเข้าโดยไม่บอก)":
        "Column {column} matches no field of the register: choose its field or ignore it "
        "(nothing is dropped silently)",
    "--map {item} ไม่ถูกต้อง: ใช้รูปแบบ หัวคอลัมน์=ข้อมูล (ชื่อข้อมูลหรือชื่อที่แสดง) เช่น ชื่อโครงการ=name_th":
        "--map {item} is not valid: use HEADER=FIELD (the field's name or label), e.g. \"Project=name_th\"",
    "ข้ามแถวรวม “{text}”": "Skipped the total row “{text}”",
    "ข้ามแถวหัวข้อ “{text}” (มีข้อมูลช่องเดียว)": "Skipped the heading row “{text}” (a single filled cell)",
    "เมืองต่างประเทศต้องระบุประเทศ": "A partner city needs its country",
    "ต้องเป็นปี พ.ศ. หรือ ค.ศ.: {value}": "Must be a year (B.E. or C.E.): {value}",
    "ปี ค.ศ. {year} อ่านเป็น พ.ศ. {be}": "The C.E. year {year} was read as B.E. {be}",
    "วันที่ {value} ไม่มีจริง: ปี {year} เป็นปี พ.ศ. ซึ่งไม่มีวันที่ 29 กุมภาพันธ์":
        "The date {value} does not exist: {year} is a B.E. year, which has no 29 February",
    "ช่องวันที่ของ Excel มีปี {year} ซึ่งเป็นปี พ.ศ.: อ่านเป็น {date}":
        "The Excel date has the year {year}, a B.E. year: read as {date}",
    "{value} เป็นปี ไม่ใช่วันที่ กรุณาพิมพ์วันที่เต็ม เช่น 5/11/{be}":
        "{value} is a year, not a date: type the full date, e.g. 5/11/{be}",
    "ตัวเลข {value} อ่านเป็นวันที่ของ Excel: {date}": "The number {value} was read as an Excel date: {date}",
    "ปี {yy} ใน {value} อ่านได้ทั้ง พ.ศ. 25{yy} และ ค.ศ. 20{yy} หรือไม่อยู่ในช่วงที่เป็นไปได้ กรุณาพิมพ์ปีเต็ม 4 หลัก":
        "The year {yy} in {value} could be B.E. 25{yy} or C.E. 20{yy}, or neither is plausible: "
        "type the full four-digit year",
    "ปี {yy} ใน {value} อ่านเป็น พ.ศ. {year}: {date}": "The year {yy} in {value} was read as B.E. {year}: {date}",
    "ปี {yy} ใน {value} อ่านเป็น ค.ศ. {year}: {date}": "The year {yy} in {value} was read as C.E. {year}: {date}",
    # the integrated smart city plan (registers/validation, plan/*)
    "ต้องเป็นจำนวนเงิน (บาท)": "Must be an amount in baht",
    "จำนวนเงินมีทศนิยมได้ไม่เกิน 2 ตำแหน่ง": "An amount has at most two decimals",
    "จำนวนเงินต้องไม่ติดลบ": "An amount must not be negative",
    "เป็นวันที่ ไม่ใช่จำนวนเงิน": "A date, not an amount",
    "ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2568": "A fiscal year is a B.E. year, e.g. 2568",
    "ปีงบประมาณสุดท้ายต้องไม่ก่อนปีงบประมาณแรก": "The last fiscal year must not be before the first",
    "โครงการที่ผ่านการกลั่นกรองแล้วต้องระบุมติที่ประชุมที่กลั่นกรอง":
        "A screened project must name the resolution that screened it",
    "เปลี่ยนสถานะจาก {old} เป็น {new} ไม่ได้ ขั้นถัดไปคือ {next}":
        "The status cannot go from {old} to {new}; the next step is {next}",
    "โครงการที่ดำเนินการแล้วเสร็จถอนไม่ได้": "A project that is done cannot be withdrawn",
    "มีงบประมาณของปี {years} ซึ่งอยู่นอกช่วงปีงบประมาณของโครงการ":
        "There is budget in {years}, outside the project's fiscal years",
    "งบประมาณแถวที่ {row}: ไม่มีแหล่งงบประมาณนี้": "Budget row {row}: unknown source",
    "งบประมาณแถวที่ {row}: ปีงบประมาณ {year} อยู่นอกช่วงปีของโครงการ ({first}–{last})":
        "Budget row {row}: fiscal year {year} is outside the project's years ({first}–{last})",
    "งบประมาณแถวที่ {row}: ปี {year} {source} ซ้ำกับแถวก่อนหน้า":
        "Budget row {row}: {year} {source} repeats an earlier row",
    "งบประมาณแถวที่ {row}: {problem}": "Budget row {row}: {problem}",
    "ไม่มีผลการพิจารณานี้: {decision}": "No such decision: {decision}",
    "เลือกโครงการเดียวกันทั้งสองฝั่ง": "The same project is on both sides",
    "กรุณาเลือกโครงการที่จะคงไว้ในแผนงาน": "Choose the project that stays in the plan",
    "ชื่อโครงการคล้ายกัน {percent}%": "Names alike {percent}%",
    "คำที่มีความหมายเดียวกัน: {terms}": "Terms for the same thing: {terms}",
    "พื้นที่เดียวกัน: {area}": "Same area: {area}",
    "จังหวัดเดียวกัน: {provinces}": "Same province: {provinces}",
    "ด้านเมืองอัจฉริยะซ้อนกัน: {dimensions}": "Shared smart dimensions: {dimensions}",
    "หน่วยงานเดียวกัน: {agency}": "Same agency: {agency}",
    "หน่วยงานเดียวกันแต่เขียนชื่อต่างกัน: {a} / {b}": "The same agency written differently: {a} / {b}",
    "หน่วยงานในพื้นที่เดียวกัน: {a} / {b}": "Agencies of the same place: {a} / {b}",
    "งบประมาณที่เสนอขอใกล้เคียงกัน: {a} / {b} บาท": "Similar budgets requested: {a} / {b} baht",
    "ปีงบประมาณซ้อนกัน: {years}": "Overlapping fiscal years: {years}",
    "โครงการหลายปี: บันทึกงบประมาณในไฟล์ไว้ที่ปีงบประมาณแรก {year} แก้ไขงบประมาณปีต่อไปในโปรแกรม":
        "A multi-year project: the amounts in the file go to its first fiscal year {year}; enter the later years "
        "in the program",
    "โครงการหลายปีที่แบ่งงบประมาณรายปีไว้แล้ว: ยอดในไฟล์ไม่ตรงกับที่บันทึก กรุณาแก้ไขงบประมาณรายปีในโปรแกรม":
        "A multi-year project already split by year: the file's totals differ from the recorded ones; edit its "
        "yearly budget in the program",
    # offline laptops (app.sync)
    "ชุดการเปลี่ยนแปลงมีข้อมูลที่ไม่ผ่านการตรวจของทะเบียน จึงไม่ได้นำเข้าและไม่ได้แก้ไขข้อมูลใด: {problems}":
        "The change package holds data that breaks the registers' rules, so it was not imported and nothing "
        "was changed: {problems}",
    "{register} รายการ {record} ช่อง {field}: {problem}": "{register} record {record}, field {field}: {problem}",
    "ค่า {value} อ่านไม่ได้": "The value {value} cannot be read",
    "ไม่พบรหัส {value}": "Unknown code {value}",
    "ใหม่ (รหัสในสำเนา {id})": "new (id {id} in the copy)",
    "ใหม่ ({title})": "new ({title})",
    "และอีก {n} รายการ": "and {n} more",
    "การตัดสินข้อขัดแย้ง '{item}' ไม่ถูกต้อง (เขียนเป็น ทะเบียน:รหัส:ช่อง=laptop หรือ server)":
        "The conflict choice '{item}' is not valid (write REGISTER:ID:FIELD=laptop or server)",
    "ชุดการเปลี่ยนแปลงนี้ทำจากโปรแกรมรุ่นอื่น (รุ่นแฟ้ม {version}) จึงไม่ได้นำเข้า":
        "This change package was made by another version of the application (file version {version}); "
        "it was not imported",
    "ชุดการเปลี่ยนแปลงนี้มาจากสำเนาของฐานข้อมูลอื่น ไม่ใช่ของฐานข้อมูลนี้ จึงไม่ได้นำเข้า":
        "This change package comes from a copy of another database, not this one; it was not imported",
    "ชุดการเปลี่ยนแปลงมีข้อมูลที่ฐานข้อมูลนี้ไม่รู้จัก ({table}) จึงไม่ได้นำเข้า":
        "The change package holds data this database does not know ({table}); it was not imported",
    "ฐานข้อมูลต้นทางเป็นสำเนาที่นำออกมาแล้ว ให้นำออกจากเซิร์ฟเวอร์โดยตรง":
        "This database is itself an offline copy; take the data out from the server",
    "ฐานข้อมูลนี้เก่ากว่าสำเนาที่ส่งมา (อาจกู้คืนจากไฟล์สำรอง) จึงไม่ได้นำเข้า":
        "This database is older than the copy the package came from (restored from a backup?); "
        "it was not imported",
    "ฐานข้อมูลนี้ไม่ใช่สำเนาที่นำออกไปทำงานนอกสถานที่ จึงไม่มีการเปลี่ยนแปลงให้ส่ง":
        "This database is not an offline copy, so it has no changes to send",
    "มีไฟล์ {path} อยู่แล้ว จึงไม่เขียนทับ (เลือกชื่อไฟล์ใหม่ หรือใช้คำสั่ง sync refresh)":
        "{path} already exists and was not overwritten (choose a new name, or use sync refresh)",
    "สำเนา {path} นำออกมาจากฐานข้อมูลอื่น จึงไม่รับข้อมูลใหม่จากฐานข้อมูลนี้":
        "The copy {path} was taken from another database; it does not take new data from this one",
    "สำเนา {path} ยังมีการเปลี่ยนแปลงที่เซิร์ฟเวอร์ยังไม่ได้รับ ส่งการเปลี่ยนแปลงก่อน "
    "(หรือสั่งให้รับข้อมูลใหม่ทั้งที่ยังไม่ได้ส่ง)":
        "The copy {path} holds changes the server has not received; send them first (or ask for the new "
        "data anyway)",
    "สำเนาที่นำออกมีข้อมูลอ้างถึงรายการที่ไม่ได้นำออกมา จึงไม่ได้สร้างสำเนา":
        "The copy would refer to records that were not taken out, so it was not made",
    "สำเนานี้นำออกไปนานเกินกว่าที่เซิร์ฟเวอร์เก็บประวัติการแก้ไขไว้ (ตำแหน่ง {base} "
    "เก่ากว่า {kept}) จึงเทียบการเปลี่ยนแปลงไม่ได้และไม่ได้นำเข้า ให้นำข้อมูลออกไปใหม่":
        "This copy was taken before the oldest change history the server keeps (position {base} is older than "
        "{kept}), so its changes cannot be compared and were not imported; take the data out again",
    "ไฟล์ {path} ไม่ใช่ชุดการเปลี่ยนแปลงที่ใช้ได้ หรือไฟล์เสียหาย จึงไม่ได้นำเข้า ({detail})":
        "{path} is not a usable change package, or it is damaged; it was not imported ({detail})",
    "ไฟล์ {path} ไม่ใช่สำเนาที่นำออกไปทำงานนอกสถานที่": "{path} is not an offline copy",
    "ไม่พบการประชุมที่เลือก (รหัส {ids})": "The chosen meetings were not found (ids {ids})",
    "ชุดการเปลี่ยนแปลงนี้ (ชุดที่ {seq} ของสำเนา) ไม่ต่อจากชุดที่เซิร์ฟเวอร์รับไว้แล้ว (ถึงชุดที่ {last}) "
    "อาจทำจากไฟล์สำเนาที่กู้คืนมา จึงไม่ได้นำเข้า ให้นำข้อมูลออกไปใหม่":
        "This change package (the copy's package {seq}) does not follow the packages the server has received "
        "(up to package {last}); it may have been made from a restored copy. It was not imported: take the data "
        "offline again",
    "ยังไม่ได้รับชุดการเปลี่ยนแปลงชุดที่ {missing_seq} ของสำเนานี้ (รหัสชุด {missing}) ซึ่งต้องนำเข้าก่อน "
    "ชุดนี้ (ชุดที่ {seq}) จึงไม่ได้นำเข้า ให้นำเข้าชุดที่ {missing_seq} ก่อน":
        "Package {missing_seq} of this copy (package id {missing}) has not been received; it must be imported "
        "before this one (package {seq}), so this one was not imported. Import package {missing_seq} first",
    "เกียรติบัตรนี้เตรียมไว้ในสำเนาที่นำออกไปทำงานนอกสถานที่ จะได้เลขที่และพิมพ์ได้เมื่อส่ง"
    "การเปลี่ยนแปลงเข้าเซิร์ฟเวอร์แล้ว":
        "This certificate was prepared in an offline copy; it gets its number and can be printed once the "
        "changes reach the server",
}


def english(template: str) -> str:
    return ENGLISH.get(template, template)
