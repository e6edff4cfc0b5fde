"""The user guide's text, task by task as a secretary works, in Thai with its English twin.

Each section names the buttons and menus as the window shows them (the Thai texts of app/views); its
screenshots are the PNG files ``python main.py screenshots DIR`` renders (docs/screenshots in the repository).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Text:
    th: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.th


@dataclass(frozen=True)
class Shot:
    file: str
    caption: Text


@dataclass(frozen=True)
class Section:
    key: str
    title: Text
    intro: Text
    steps: tuple[Text, ...]
    shots: tuple[Shot, ...] = ()


T = Text

TITLE = T("คู่มือการใช้งาน ระบบงานเลขานุการคณะกรรมการขับเคลื่อนการพัฒนาเมืองอัจฉริยะ",
          "User guide: the secretariat of the Smart City Development Driving Committee")
SUBTITLE = T("สำหรับเจ้าหน้าที่ฝ่ายเลขานุการ ทีละงานตามลำดับที่ทำจริง",
             "For the secretariat's staff, task by task in the order the work is done")
STEPS_HEADING = T("ขั้นตอน", "Steps")

SECTIONS: tuple[Section, ...] = (
    Section("start", T("เริ่มต้นใช้งาน", "Getting started"),
            T("หน้าต่างโปรแกรมมีรายการงานอยู่ด้านซ้าย (ทะเบียนทั้งห้า การประชุม ติดตามมติที่ประชุม "
              "เกียรติบัตรตราสัญลักษณ์ และภาพรวมและแผนที่) เลือกงานแล้วตารางของงานนั้นจะแสดงทางขวา "
              "แถบสถานะด้านล่างบอกจำนวนรายการและฐานข้อมูลที่เปิดอยู่",
              "The window lists the work on the left (the five registers, meetings, action items, emblem "
              "certificates, and the dashboard and map); choose one and its table shows on the right. The status "
              "bar below gives the number of rows and the database in use."),
            (T("กด F1 ที่หน้าใดก็ได้เพื่อเปิดคู่มือนี้ที่หัวข้อของหน้านั้น หรือเลือกเมนู ช่วยเหลือ → คู่มือการใช้งาน",
               "Press F1 anywhere to open this guide at the section of the pane you are in, or choose "
               "Help → User guide."),
             T("ค้นหาในตารางด้วย Ctrl+F เพิ่มรายการด้วย Ctrl+N แก้ไขด้วย Enter ลบด้วย Delete "
               "และเลิกทำด้วย Ctrl+Z (เมนู แก้ไข)",
               "Search a table with Ctrl+F, add with Ctrl+N, edit with Enter, delete with Delete and undo with "
               "Ctrl+Z (Edit menu)."),
             T("เปลี่ยนภาษาของหน้าจอได้ที่เมนู มุมมอง → ภาษา (มีผลเมื่อเปิดโปรแกรมครั้งถัดไป)",
               "Change the language in View → Language (from the next start)."),
             T("ทดลองใช้กับข้อมูลตัวอย่างได้จากเมนู แฟ้ม → เติมข้อมูลตัวอย่าง",
               "Try it with the sample data: File → Add sample data.")),
            (Shot("pane-cities.png", T("ทะเบียนพื้นที่เมืองอัจฉริยะ", "The smart city areas register")),)),
    Section("registers", T("ดูแลทะเบียน", "Keeping the registers"),
            T("ทะเบียนพื้นที่เมืองอัจฉริยะ เขตส่งเสริมเมืองอัจฉริยะ นักส่งเสริมดิจิทัลพัฒนาเมืองรุ่นใหม่ "
              "ความร่วมมือ ASCN และแผนงานบูรณาการเมืองอัจฉริยะ ใช้วิธีเดียวกันทั้งหมด",
              "The registers of smart city areas, promotion zones, Smart City Ambassadors, ASCN partnerships and "
              "the integrated smart city plan all work the same way."),
            (T("กด เพิ่ม (Ctrl+N) กรอกแบบฟอร์ม แล้วกด บันทึก ช่องที่กรอกไม่ถูกต้องจะมีข้อความบอกใต้ช่อง",
               "Press Add (Ctrl+N), fill in the form and press Save; a field filled in wrongly says why below it."),
             T("พิมพ์ในช่องค้นหาเพื่อกรองทันที และเลือกจังหวัด ภาค หรือสถานะจากตัวกรองด้านบนตาราง",
               "Type in the search box to filter at once, and choose a province, region or status above the table."),
             T("วันที่ทุกช่องเป็นพุทธศักราช เช่น 24/12/2564", "Every date is in the Buddhist Era, e.g. 24/12/2564.")),
            (Shot("form-cities.png", T("แบบฟอร์มพื้นที่เมืองอัจฉริยะ", "The smart city area form")),
             Shot("form-zones-errors.png", T("ข้อความบอกช่องที่ยังไม่ถูกต้อง", "Messages on fields to correct")))),
    Section("meeting", T("เตรียมการประชุม", "Preparing a meeting"),
            T("เลือก การประชุม ทางซ้าย ตารางแสดงการประชุมของคณะกรรมการที่เลือก",
              "Choose Meetings on the left: the table lists the chosen committee's meetings."),
            (T("กด สร้างการประชุม โปรแกรมเสนอครั้งที่ถัดไปตามเลขของคณะกรรมการ ระบุวันที่ เวลา และสถานที่",
               "Press New meeting: the next number is proposed by the committee's numbering; give the date, time "
               "and place."),
             T("เปิดการประชุม แท็บ รายละเอียด เก็บวัน เวลา สถานที่ รูปแบบการประชุม และประธาน",
               "Open the meeting: the Details tab keeps the date, time, place, the form of the meeting and the "
               "chair."),
             T("แท็บ ระเบียบวาระและมติ เพิ่มระเบียบวาระเป็นลำดับชั้น (๑ ๒ ๓ … และวาระย่อย) พร้อมมติ "
               "และงานที่มอบหมาย",
               "The Agenda and resolutions tab holds the agenda as a tree (items and sub-items) with the "
               "resolutions and the work assigned."),
             T("ส่งระเบียบวาระล่วงหน้าได้จากเมนู เอกสาร: พิมพ์ระเบียบวาระ… หรือ ระเบียบวาระเป็น Word… "
               "และหนังสือเชิญประชุมถึงกรรมการทุกคน",
               "Send the agenda ahead from the Documents menu (Print agenda…, Agenda as Word…), and the invitation "
               "letters to every member.")),
            (Shot("pane-meetings.png", T("หน้าการประชุม", "The meetings pane")),
             Shot("meeting-details.png", T("รายละเอียดการประชุม", "A meeting's details")),
             Shot("meeting-agenda.png", T("ระเบียบวาระและมติ", "Agenda and resolutions")))),
    Section("attendance", T("บันทึกผู้เข้าประชุม", "Recording attendance"),
            T("แท็บ ผู้เข้าประชุม แสดงกรรมการทุกคนของคณะกรรมการ บรรทัดองค์ประชุมด้านบนนับให้ทันทีที่บันทึก",
              "The Attendance tab lists every member of the committee; the quorum line above counts as you "
              "record."),
            (T("เลือกการมาประชุมของกรรมการแต่ละคน (มาประชุม มีผู้มาประชุมแทน ไม่มาประชุม พร้อมเหตุผล) "
               "หรือกด มาประชุมทุกคนที่ยังไม่ระบุ",
               "Set each member's attendance (present, represented by a substitute, absent with a reason), or "
               "press Mark everyone not recorded as present."),
             T("ผู้มาประชุมแทนให้ระบุชื่อผู้แทน ผู้เข้าร่วมประชุมที่ไม่ใช่กรรมการเพิ่มด้วย เพิ่มผู้เข้าร่วมประชุม",
               "For a substitute give their name; people attending who are not members are added with "
               "Add attendee."),
             T("บรรทัดองค์ประชุมบอก ครบองค์ประชุม หรือ ไม่ครบองค์ประชุม ตามเกณฑ์ของคณะกรรมการ",
               "The quorum line says whether the quorum is met, by the committee's rule.")),
            (Shot("meeting-attendance.png", T("ผู้เข้าประชุมและองค์ประชุม", "Attendance and quorum")),)),
    Section("minutes", T("พิมพ์และรับรองรายงานการประชุม", "Printing and certifying the minutes"),
            T("แท็บ ตัวอย่างรายงานการประชุม แสดงรายงานตามแบบราชการจากข้อมูลที่บันทึกไว้",
              "The Minutes preview tab shows the minutes in the official form from what was recorded."),
            (T("ตรวจตัวอย่างแล้วเลือก พิมพ์รายงานการประชุม… (PDF) หรือ รายงานการประชุมเป็น Word… เพื่อแก้ไขต่อ",
               "Check the preview, then Print minutes… (PDF) or Minutes as Word… to edit further."),
             T("กด ตรวจรายงานแล้ว เมื่อผู้ตรวจอ่านแล้ว",
               "Press Mark as checked once they have been read."),
             T("เมื่อที่ประชุมครั้งถัดไปรับรองแล้ว กด รับรองรายงานการประชุม และเลือกการประชุมที่รับรอง "
               "รายงานที่รับรองแล้วแก้ไขไม่ได้ ถ้าจำเป็นต้องแก้ ให้ ยกเลิกการรับรอง พร้อมระบุเหตุผล",
               "When the next meeting has adopted them, press Certify the minutes and choose that meeting. Certified "
               "minutes cannot be changed; to correct them, Cancel certification with a reason.")),
            (Shot("meeting-preview.png", T("ตัวอย่างรายงานการประชุม", "The minutes preview")),)),
    Section("actions", T("ติดตามมติที่ประชุม", "Following up resolutions"),
            T("หน้า ติดตามมติที่ประชุม รวมงานที่มอบหมายจากทุกการประชุม พร้อมผู้รับผิดชอบ กำหนดเสร็จ และสถานะ",
              "The Action items pane gathers the work assigned at every meeting, with who is responsible, the "
              "due date and the state."),
            (T("กรองงานที่ยังไม่เสร็จหรือเลยกำหนด แล้วเปิดงานเพื่อบันทึกความคืบหน้า",
               "Filter the work not done or overdue, and open an item to record its progress."),
             T("ส่งออกงานที่ต้องติดตามเป็น Excel เพื่อส่งให้หน่วยงาน",
               "Export action items to Excel, to send to the agencies.")),
            (Shot("pane-actions.png", T("ติดตามมติที่ประชุม", "Action items")),)),
    Section("certificates", T("ออกและตรวจสอบเกียรติบัตร", "Issuing and verifying certificates"),
            T("หน้า เกียรติบัตรตราสัญลักษณ์ เป็นทะเบียนเกียรติบัตรของเมืองที่ได้รับการรับรอง",
              "The Emblem certificates pane is the register of the certified cities' certificates."),
            (T("ก่อนออกเกียรติบัตร เลขานุการปลดล็อกกุญแจลงนาม (แฟ้ม → ปลดล็อกกุญแจลงนาม) ด้วยไฟล์กุญแจและรหัสผ่าน",
               "Before issuing, the secretary unlocks the signing key (File → Unlock the signing key) with the key "
               "file and its passphrase."),
             T("กด ออกเกียรติบัตร… (Ctrl+N) เลือกเมืองและวันที่ให้ไว้ โปรแกรมให้เลขที่ตามลำดับ",
               "Press Issue certificates… (Ctrl+N), choose the cities and the date; the numbers follow in order."),
             T("พิมพ์… ส่งไปยังเครื่องพิมพ์ หรือ บันทึก PDF… ทุกหน้ามีคิวอาร์โค้ดที่ลงนามแล้ว",
               "Print… sends them to the printer, Save PDF… writes a file; every page carries a signed QR code."),
             T("ตรวจสอบเกียรติบัตร… รับเลขที่ที่พิมพ์หรือข้อความจากเครื่องสแกนคิวอาร์โค้ด แล้วบอกสถานะตามทะเบียน",
               "Verify a certificate… takes a typed number or a scanned QR code and says what the register holds."),
             T("ต่ออายุ… ออกใหม่แทน… และ เพิกถอน… เก็บประวัติไว้ทั้งหมด",
               "Renew…, Issue a replacement… and Revoke… keep the whole history.")),
            (Shot("pane-certificates.png", T("ทะเบียนเกียรติบัตร", "The certificate register")),
             Shot("certificate-preview.png", T("ตัวอย่างเกียรติบัตร", "A certificate's preview")),
             Shot("certificate-verify.png", T("ตรวจสอบเกียรติบัตร", "Verifying a certificate")))),
    Section("import", T("นำเข้ารายชื่อจากจังหวัด", "Importing a province's list"),
            T("รายชื่อที่จังหวัดหรือหน่วยงานส่งมาเป็น Excel นำเข้าทะเบียนได้โดยไม่ต้องพิมพ์ใหม่",
              "A list a province or agency sends as an Excel workbook goes into a register without retyping."),
            (T("เลือก แฟ้ม → Excel → นำเข้าจาก Excel แล้วเลือกทะเบียน หรือกดปุ่ม Excel ในหน้าทะเบียน",
               "Choose File → Excel → Import from Excel and the register, or the Excel button of the register's "
               "pane."),
             T("ขั้นจับคู่คอลัมน์: ตรวจว่าแต่ละคอลัมน์ของไฟล์ตรงกับช่องใดของทะเบียน แก้ช่องที่ระบายสี "
               "แล้วกด ยืนยันการจับคู่และดูตัวอย่าง การจับคู่ที่ยืนยันแล้วจะจำไว้ใช้ครั้งถัดไป",
               "The column mapping step: check which field each column of the file fills, settle the coloured "
               "ones and press Confirm the mapping and preview; a confirmed mapping is remembered."),
             T("ตัวอย่างแสดงแถวที่จะเพิ่ม แถวที่จะแก้ไข (ค่าเดิม → ค่าใหม่) แถวที่ใกล้เคียงรายการเดิม และปัญหา "
               "ระบุแผ่นงาน แถว และคอลัมน์",
               "The preview shows the rows to add, the rows to update (old → new), rows resembling a record, and "
               "the problems by sheet, row and column."),
             T("เมื่อไม่มีปัญหาแล้วกด นำเข้า ข้อมูลทั้งไฟล์จะบันทึกพร้อมกันในครั้งเดียว "
               "ส่ง บันทึกรายงาน… กลับไปให้จังหวัดแก้ไขได้ และ ดาวน์โหลดแม่แบบ… ให้จังหวัดกรอกครั้งต่อไป",
               "Once clean, press Import: the whole file is written at once. Save report… goes back to the province "
               "to correct, and Download template… gives them the form for next time.")),
            (Shot("import-mapping.png", T("จับคู่คอลัมน์", "Mapping the columns")),
             Shot("import-preview.png", T("ตัวอย่างก่อนนำเข้า", "The preview before importing")))),
    Section("export", T("ส่งออกข้อมูลให้หน่วยงาน", "Exporting for an agency"),
            T("ทะเบียนและข้อมูลการประชุมส่งออกเป็น Excel ที่พิมพ์ได้ทันที หัวตารางภาษาไทย วันที่เป็นพุทธศักราช",
              "Registers and meeting data go out as Excel workbooks ready to print, with Thai headers and "
              "Buddhist Era dates."),
            (T("ในหน้าทะเบียน กด ส่งออก Excel… เลือกรายการที่แสดงอยู่ตามตัวกรอง หรือทั้งหมด",
               "In a register's pane press Export to Excel… and choose the rows the filter shows, or all."),
             T("แฟ้ม → Excel → ส่งออกทุกทะเบียนเป็นแฟ้มเดียว (ส่งหน่วยงาน)… ได้หนึ่งแผ่นงานต่อทะเบียน",
               "File → Excel → Export all registers to one file (for agencies)… gives one sheet per register."),
             T("ข้อมูลส่วนบุคคล (ชื่อ โทรศัพท์ อีเมล ของนักส่งเสริม) ส่งออกเฉพาะเมื่อเลือก และโปรแกรมบันทึกว่าใคร "
               "ส่งออกเมื่อใด ตาม พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล",
               "Personal data (an ambassador's name, phone and e-mail) goes out only when chosen, and who exported "
               "it and when is recorded (PDPA).")),
            (Shot("pane-zones.png", T("ทะเบียนเขตส่งเสริมเมืองอัจฉริยะ", "The promotion zones register")),)),
    Section("plan", T("แผนงานบูรณาการและภาพรวม", "The integrated plan and the dashboard"),
            T("แผนงานบูรณาการเมืองอัจฉริยะเก็บโครงการ งบประมาณตามปีและแหล่งเงิน และตรวจโครงการซ้ำซ้อน "
              "ก่อนเสนอคณะกรรมการ",
              "The integrated smart city plan keeps the projects, their budgets by year and source, and finds "
              "duplicates before the committee meets."),
            (T("ตรวจโครงการซ้ำซ้อนจากปุ่มในหน้าแผนงาน แล้วตัดสินแต่ละคู่: ซ้ำ รวมกัน เกี่ยวข้อง หรือไม่ซ้ำ",
               "Run the duplicate check from the plan pane's buttons and settle each pair: duplicate (merge), "
               "related (link) or distinct."),
             T("สรุปแผนงานเป็นตารางสำหรับระเบียบวาระ (Excel หรือ PDF)",
               "Summarise the plan as tables for the agenda (Excel or PDF)."),
             T("หน้า ภาพรวมและแผนที่ แสดงตัวเลขสำคัญ กราฟ และแผนที่จังหวัด กดตัวเลขหรือจังหวัดเพื่อเปิดทะเบียน "
               "ที่กรองไว้",
               "The Dashboard and map pane shows the key figures, charts and the province map; click a figure or a "
               "province to open the register filtered to it.")),
            (Shot("pane-plan.png", T("แผนงานบูรณาการเมืองอัจฉริยะ", "The integrated smart city plan")),
             Shot("plan-duplicates.png", T("โครงการที่อาจซ้ำกัน", "Suspected duplicates")),
             Shot("pane-dashboard.png", T("ภาพรวมและแผนที่", "The dashboard and map")))),
    Section("history", T("ประวัติการแก้ไขและการสำรองข้อมูล", "Change history and backups"),
            T("ทุกการเพิ่ม แก้ไข และลบ บันทึกไว้ว่าใคร เมื่อใด จากเครื่องใด",
              "Every addition, change and deletion is recorded: who, when and from which workstation."),
            (T("แฟ้ม → ประวัติการแก้ไขข้อมูล (Ctrl+Shift+H) กรองตามทะเบียน รายการ ผู้แก้ไข และวันที่",
               "File → Change history (Ctrl+Shift+H) filters by register, record, person and date."),
             T("แฟ้ม → สำรองข้อมูล… เก็บสำเนาที่ตรวจแล้ว และ กู้คืนจากไฟล์สำรอง… นำกลับมาใช้",
               "File → Back up… keeps a checked copy; Restore from a backup… puts one back.")),
            (Shot("history.png", T("ประวัติการแก้ไขข้อมูล", "The change history")),)),
)

# the section F1 opens for each pane of the main window
SECTION_OF_PANE = {"cities": "registers", "zones": "registers", "ambassadors": "registers",
                   "partnerships": "registers", "plan": "plan", "meetings": "meeting", "actions": "actions",
                   "certificates": "certificates", "dashboard": "plan"}
