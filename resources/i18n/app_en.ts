<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../app/views/meetings/action_dialog.py" line="56"/>
        <source>ติดตามงานที่มอบหมาย</source>
        <translation>Follow up an action item</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/action_dialog.py" line="72"/>
        <source>{committee} ครั้งที่ {label}</source>
        <translation>{committee} meeting {label}</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/action_dialog.py" line="74"/>
        <source>การประชุม</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/action_dialog.py" line="75"/>
        <source>ระเบียบวาระ</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/action_dialog.py" line="114"/>
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/action_dialog.py" line="115"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <location filename="../../app/views/meetings/actions_table.py" line="31"/>
        <source>การประชุม</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/actions_table.py" line="31"/>
        <source>ระเบียบวาระ</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/actions_table.py" line="34"/>
        <source>เกินกำหนด / ปิดงาน</source>
        <translation>Overdue / closed on</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/actions_table.py" line="52"/>
        <source>{committee} ครั้งที่ {label}</source>
        <translation>{committee} meeting {label}</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/actions_table.py" line="63"/>
        <source>เกินกำหนด {n} วัน</source>
        <translation>Days overdue: {n}</translation>
    </message>
</context>
<context>
    <name>ActionsPane</name>
    <message>
        <location filename="../../app/views/meetings/actions_pane.py" line="60"/>
        <source>ติดตามมติที่ประชุม</source>
        <translation>Action items</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/actions_pane.py" line="65"/>
        <source>หน่วยงานที่รับผิดชอบ (Ctrl+F)</source>
        <translation>Responsible agency (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/actions_pane.py" line="70"/>
        <source>ทุกสถานะ</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/actions_pane.py" line="71"/>
        <source>ยังไม่เสร็จ</source>
        <translation>Not finished</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/actions_pane.py" line="74"/>
        <source>เกินกำหนด</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/actions_pane.py" line="78"/>
        <source>ทุกคณะกรรมการ</source>
        <translation>All committees</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/actions_pane.py" line="81"/>
        <source>กำลังโหลดข้อมูล…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/actions_pane.py" line="111"/>
        <location filename="../../app/views/meetings/actions_pane.py" line="112"/>
        <source>แก้ไขความก้าวหน้า</source>
        <translation>Update progress</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/actions_pane.py" line="113"/>
        <source>ค้นหา</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/actions_pane.py" line="114"/>
        <source>โหลดข้อมูลใหม่</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/actions_pane.py" line="116"/>
        <source>เพิ่มหรือลบงานที่มอบหมายได้ที่ระเบียบวาระของการประชุม</source>
        <translation>Action items are added and deleted on the meeting&apos;s agenda</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/actions_pane.py" line="117"/>
        <source>เพิ่ม</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/actions_pane.py" line="118"/>
        <source>ลบ</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/actions_pane.py" line="218"/>
        <source>ทำรายการไม่สำเร็จ</source>
        <translation>The action could not be completed</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/actions_pane.py" line="247"/>
        <source>แก้ไข “{name}”</source>
        <translation>Edit “{name}”</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../app/views/meetings/agenda_tab.py" line="113"/>
        <source>เพิ่มเรื่อง</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/agenda_tab.py" line="114"/>
        <source>ลบ</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/agenda_tab.py" line="115"/>
        <source>ขึ้น</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/agenda_tab.py" line="116"/>
        <source>ลง</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/agenda_tab.py" line="129"/>
        <source>เมืองที่รับรองในเรื่องนี้</source>
        <translation>Cities certified by this item</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/agenda_tab.py" line="132"/>
        <source>งานที่มอบหมายตามมติ</source>
        <translation>Work assigned by the resolution</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/agenda_tab.py" line="135"/>
        <source>งานที่มอบหมาย</source>
        <translation>Assigned work</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/agenda_tab.py" line="135"/>
        <source>หน่วยงานที่รับผิดชอบ</source>
        <translation>Responsible agency</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/agenda_tab.py" line="136"/>
        <source>กำหนดเสร็จ</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/agenda_tab.py" line="136"/>
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/agenda_tab.py" line="143"/>
        <source>เพิ่มงานที่มอบหมาย</source>
        <translation>Add assigned work</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/agenda_tab.py" line="144"/>
        <source>ลบงานที่เลือก</source>
        <translation>Delete selected work</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/agenda_tab.py" line="146"/>
        <source>บันทึกเรื่องนี้</source>
        <translation>Save this item</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/agenda_tab.py" line="198"/>
        <source>ระเบียบวาระที่ {n}</source>
        <translation>Section {n}</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/agenda_tab.py" line="269"/>
        <source>ทำรายการไม่สำเร็จ</source>
        <translation>The action could not be completed</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/agenda_tab.py" line="310"/>
        <source>เรื่องใหม่</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/agenda_tab.py" line="326"/>
        <location filename="../../app/views/meetings/agenda_tab.py" line="377"/>
        <source>ยืนยันการลบ</source>
        <translation>Confirm delete</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/agenda_tab.py" line="326"/>
        <source>ลบเรื่อง “{title}” และเรื่องย่อยใช่หรือไม่?</source>
        <translation>Delete the item “{title}” and its sub-items?</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/agenda_tab.py" line="376"/>
        <source>ลบงานที่มอบหมาย “{work}” ใช่หรือไม่?</source>
        <translation>Delete the assigned work “{work}”?</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../../app/views/meetings/attendance_tab.py" line="50"/>
        <source>กรรมการ: ผู้มาประชุมและผู้ไม่มาประชุม</source>
        <translation>Members: present and absent</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/attendance_tab.py" line="52"/>
        <source>มาประชุมทุกคนที่ยังไม่ระบุ</source>
        <translation>Mark everyone not recorded as present</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/attendance_tab.py" line="61"/>
        <source>ผู้เข้าร่วมประชุม</source>
        <translation>Other attendees</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/attendance_tab.py" line="63"/>
        <source>เพิ่มผู้เข้าร่วมประชุม</source>
        <translation>Add attendee</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/attendance_tab.py" line="64"/>
        <source>ลบผู้เข้าร่วมประชุมที่เลือก</source>
        <translation>Remove selected attendees</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/attendance_tab.py" line="75"/>
        <source>ยกเลิกการแก้ไข</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/attendance_tab.py" line="76"/>
        <source>บันทึกการมาประชุม</source>
        <translation>Save attendance</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/attendance_tab.py" line="205"/>
        <source>เกณฑ์องค์ประชุม: {rule} {n}/{d} ของจำนวนกรรมการ</source>
        <translation>Quorum rule: {rule} {n}/{d} of the members</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/attendance_tab.py" line="206"/>
        <source>เกินกว่า</source>
        <translation>more than</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/attendance_tab.py" line="206"/>
        <source>ไม่น้อยกว่า</source>
        <translation>not less than</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/attendance_tab.py" line="209"/>
        <source>ยังไม่มีรายชื่อกรรมการที่ดำรงตำแหน่งในวันประชุม จึงนับองค์ประชุมไม่ได้</source>
        <translation>No members serve on the meeting date, so the quorum cannot be counted</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/attendance_tab.py" line="213"/>
        <source>องค์ประชุม: มาประชุม {present} จาก {members} คน (ต้องมีอย่างน้อย {required} คน)</source>
        <translation>Quorum: {present} of {members} members present (at least {required} needed)</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/attendance_tab.py" line="215"/>
        <source>ครบองค์ประชุม</source>
        <translation>quorum met</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/attendance_tab.py" line="215"/>
        <source>ไม่ครบองค์ประชุม</source>
        <translation>no quorum</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/attendance_tab.py" line="217"/>
        <source>มีผู้มาประชุมแทน {n} คน</source>
        <translation>substitutes: {n}</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/attendance_tab.py" line="219"/>
        <source>ยังไม่ระบุการมาประชุม {n} คน</source>
        <translation>not recorded yet: {n}</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/attendance_tab.py" line="258"/>
        <source>ผู้เข้าร่วมประชุมที่ลบ</source>
        <translation>Removed attendee</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/attendance_tab.py" line="261"/>
        <source>ผู้เข้าร่วมประชุมลำดับที่ {n}</source>
        <translation>Attendee no. {n}</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/attendance_tab.py" line="274"/>
        <source>บันทึกไม่สำเร็จ: {who} — {problem}</source>
        <translation>Not saved: {who} — {problem}</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/attendance_tab.py" line="275"/>
        <source>บันทึกไม่สำเร็จ: {problem}</source>
        <translation>Not saved: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/attendance_tab.py" line="309"/>
        <source>บันทึกไม่สำเร็จ</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>AuditMenu</name>
    <message>
        <location filename="../../app/views/audit/menu.py" line="40"/>
        <source>ไฟล์กุญแจลงนาม</source>
        <translation>Signing key file</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/menu.py" line="45"/>
        <location filename="../../app/views/audit/menu.py" line="52"/>
        <source>ปลดล็อกกุญแจลงนาม</source>
        <translation>Unlock the signing key</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/menu.py" line="45"/>
        <source>รหัสผ่านของกุญแจ</source>
        <translation>The key&apos;s passphrase</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/menu.py" line="56"/>
        <source>กุญแจลงนามพร้อมใช้ (รหัสกุญแจ {kid})</source>
        <translation>The signing key is ready (key id {kid})</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/menu.py" line="62"/>
        <source>ประวัติการแก้ไขข้อมูล…</source>
        <translation>Change history…</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/menu.py" line="63"/>
        <source>สำรองข้อมูล…</source>
        <translation>Back up…</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/menu.py" line="64"/>
        <source>กู้คืนจากไฟล์สำรอง…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/menu.py" line="65"/>
        <source>ตั้งค่าการสำรองข้อมูลอัตโนมัติ…</source>
        <translation>Scheduled backups…</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/menu.py" line="67"/>
        <source>ปลดล็อกกุญแจลงนาม…</source>
        <translation>Unlock the signing key…</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/menu.py" line="68"/>
        <source>รายงานข้อมูลส่วนบุคคล…</source>
        <translation>Personal data report…</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/menu.py" line="79"/>
        <source>ประวัติการแก้ไข…</source>
        <translation>History…</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/menu.py" line="87"/>
        <source>ประวัติการแก้ไขของรายการที่เลือก…</source>
        <translation>History of the selected record…</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../app/views/audit/backup_actions.py" line="35"/>
        <source>ทำรายการไม่สำเร็จ</source>
        <translation>The action could not be completed</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/backup_actions.py" line="41"/>
        <source>สำรองข้อมูล</source>
        <translation>Back up</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/backup_actions.py" line="47"/>
        <source>สำรองข้อมูลแล้วและตรวจแล้ว: {path} ({rows} แถว)</source>
        <translation>Backed up and checked: {path} ({rows} rows)</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/backup_actions.py" line="55"/>
        <location filename="../../app/views/audit/backup_actions.py" line="58"/>
        <source>กู้คืนจากไฟล์สำรอง</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/backup_actions.py" line="59"/>
        <source>ข้อมูลปัจจุบันจะถูกแทนด้วยข้อมูลในไฟล์สำรอง (ระบบเก็บข้อมูลปัจจุบันไว้ก่อน) ทำต่อหรือไม่</source>
        <translation>The current data will be replaced by the backup&apos;s (the current data is kept aside first). Continue?</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/backup_actions.py" line="67"/>
        <source>กู้คืนแล้ว ข้อมูลก่อนกู้คืนเก็บไว้ที่ {path}</source>
        <translation>Restored; the data as it was before is kept at {path}</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/backup_actions.py" line="78"/>
        <location filename="../../app/views/audit/backup_actions.py" line="107"/>
        <source>การสำรองข้อมูลอัตโนมัติ</source>
        <translation>Scheduled backups</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/backup_actions.py" line="79"/>
        <source>สำรองเมื่อปิดโปรแกรมและทุกวัน</source>
        <translation>Back up at close and every day</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/backup_actions.py" line="82"/>
        <source>เลือก…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/backup_actions.py" line="95"/>
        <location filename="../../app/views/audit/backup_actions.py" line="100"/>
        <source>โฟลเดอร์ที่เก็บ</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/backup_actions.py" line="96"/>
        <source>เก็บไว้ล่าสุด (ชุด)</source>
        <translation>Keep the newest (backups)</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/backup_actions.py" line="108"/>
        <source>กรุณาเลือกโฟลเดอร์ที่เก็บ</source>
        <translation>Please choose the folder</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/backup_actions.py" line="137"/>
        <source>สำรองข้อมูลไม่สำเร็จ</source>
        <translation>The backup failed</translation>
    </message>
</context>
<context>
    <name>BatchSave</name>
    <message>
        <location filename="../../app/views/certificates/output.py" line="108"/>
        <source>กำลังบันทึกเกียรติบัตร…</source>
        <translation>Saving certificates…</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/output.py" line="108"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/output.py" line="109"/>
        <source>บันทึก PDF</source>
        <translation>Save PDF</translation>
    </message>
</context>
<context>
    <name>BudgetDialog</name>
    <message>
        <location filename="../../app/views/plan/budget_dialog.py" line="44"/>
        <source>งบประมาณโครงการ: {name}</source>
        <translation>Project budget: {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/budget_dialog.py" line="51"/>
        <source>ปีงบประมาณ</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/budget_dialog.py" line="51"/>
        <source>แหล่งงบประมาณ</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/budget_dialog.py" line="52"/>
        <source>เสนอขอ (บาท)</source>
        <translation>Requested (baht)</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/budget_dialog.py" line="52"/>
        <source>ได้รับจัดสรร (บาท)</source>
        <translation>Allocated (baht)</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/budget_dialog.py" line="79"/>
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/budget_dialog.py" line="80"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/budget_dialog.py" line="84"/>
        <source>พิมพ์จำนวนเงินเป็นบาท ทศนิยมไม่เกิน 2 ตำแหน่ง แถวที่เว้นว่างไม่บันทึก</source>
        <translation>Type amounts in baht with at most two decimals; empty rows are not saved</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/budget_dialog.py" line="115"/>
        <source>รวมเสนอขอ</source>
        <translation>Total requested</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/budget_dialog.py" line="115"/>
        <source>รวมได้รับจัดสรร</source>
        <translation>Total allocated</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/budget_dialog.py" line="118"/>
        <source>{label}: มีจำนวนเงินที่อ่านไม่ได้</source>
        <translation>{label}: an amount cannot be read</translation>
    </message>
</context>
<context>
    <name>CertificateFilters</name>
    <message>
        <location filename="../../app/views/certificates/table.py" line="101"/>
        <source>ค้นหาเลขที่ เมือง ผู้พัฒนาเมือง (Ctrl+F)</source>
        <translation>Search No., city, city developer (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/table.py" line="105"/>
        <source>ทุกสถานะ</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/table.py" line="110"/>
        <location filename="../../app/views/certificates/table.py" line="135"/>
        <source>ทุกปี</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/table.py" line="115"/>
        <source>หมดอายุภายใน: ทั้งหมด</source>
        <translation>Expiring within: all</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/table.py" line="116"/>
        <source>หมดอายุภายใน </source>
        <translation>Expiring within </translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/table.py" line="117"/>
        <source> วัน</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/table.py" line="118"/>
        <source>0 = ไม่กรองตามวันหมดอายุ</source>
        <translation>0 = do not filter by expiry date</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/table.py" line="137"/>
        <source>พ.ศ. {year}</source>
        <translation>B.E. {year}</translation>
    </message>
</context>
<context>
    <name>CertificateOutput</name>
    <message>
        <location filename="../../app/views/certificates/output.py" line="79"/>
        <location filename="../../app/views/certificates/output.py" line="92"/>
        <source>บันทึก PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/output.py" line="80"/>
        <source>บันทึกเกียรติบัตร {n} ฉบับ</source>
        <translation>Save {n} certificate(s)</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/output.py" line="81"/>
        <source>รวมเป็นไฟล์เดียว</source>
        <translation>One combined file</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/output.py" line="82"/>
        <source>แยกไฟล์ละเมือง (เลือกโฟลเดอร์)</source>
        <translation>One file per city (choose a folder)</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/output.py" line="84"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/output.py" line="88"/>
        <source>เลือกโฟลเดอร์</source>
        <translation>Choose a folder</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/output.py" line="91"/>
        <source>เกียรติบัตร.pdf</source>
        <translation>Certificates.pdf</translation>
    </message>
</context>
<context>
    <name>CertificateSettingsDialog</name>
    <message>
        <location filename="../../app/views/certificates/settings_dialog.py" line="145"/>
        <source>ตั้งค่าเกียรติบัตร</source>
        <translation>Certificate settings</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/settings_dialog.py" line="158"/>
        <source> ปี</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/settings_dialog.py" line="161"/>
        <source>ใช้ {run:03d} แทนลำดับที่ในปี และ {year} แทนปี พ.ศ. · ข้อความใช้ {city} {province} {developer} แทนชื่อเมือง จังหวัด และผู้พัฒนาเมืองได้</source>
        <translation>Use {run:03d} for the running number within the year and {year} for the B.E. year · the text may use {city} {province} {developer} for the city name, province and city developer</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/settings_dialog.py" line="166"/>
        <source>รูปแบบเลขที่</source>
        <translation>Number pattern</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/settings_dialog.py" line="168"/>
        <source>หน่วยงานที่ออก</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/settings_dialog.py" line="169"/>
        <source>ข้อความนำ</source>
        <translation>Opening line</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/settings_dialog.py" line="170"/>
        <source>ข้อความเหตุผล</source>
        <translation>Reason line</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/settings_dialog.py" line="171"/>
        <source>อายุเกียรติบัตร</source>
        <translation>Certificate validity</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/settings_dialog.py" line="178"/>
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/settings_dialog.py" line="179"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/settings_dialog.py" line="232"/>
        <source>ตัวอย่าง: {first}, {second}</source>
        <translation>Example: {first}, {second}</translation>
    </message>
</context>
<context>
    <name>CertificateTableModel</name>
    <message>
        <location filename="../../app/views/certificates/table.py" line="33"/>
        <source>เลขที่</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/table.py" line="33"/>
        <source>เมือง/โครงการ</source>
        <translation>City / project</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/table.py" line="33"/>
        <source>ผู้พัฒนาเมือง</source>
        <translation>City developer</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/table.py" line="34"/>
        <source>ให้ไว้ ณ วันที่</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/table.py" line="34"/>
        <source>ใช้ได้ถึง</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/table.py" line="34"/>
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/table.py" line="34"/>
        <source>มติที่รับรอง</source>
        <translation>Certifying resolution</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/table.py" line="35"/>
        <source>หมายเหตุ</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/table.py" line="53"/>
        <source> ({n} ครั้ง)</source>
        <translation> ({n}×)</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/table.py" line="53"/>
        <source> (พิมพ์ซ้ำ {n} ครั้ง)</source>
        <translation> (reprinted {n}×)</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/table.py" line="55"/>
        <source> · หมดอายุ</source>
        <translation> · expired</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/table.py" line="57"/>
        <source>แทนด้วย {number}</source>
        <translation>Replaced by {number}</translation>
    </message>
</context>
<context>
    <name>CertificatesMenu</name>
    <message>
        <location filename="../../app/views/certificates/menu.py" line="41"/>
        <source>ตรวจสอบเกียรติบัตร…</source>
        <translation>Verify a certificate…</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/menu.py" line="42"/>
        <source>ตั้งค่าเกียรติบัตร…</source>
        <translation>Certificate settings…</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/menu.py" line="52"/>
        <source>ออกเกียรติบัตรให้เมืองที่เลือก…</source>
        <translation>Issue certificates to the selected cities…</translation>
    </message>
</context>
<context>
    <name>CertificatesPane</name>
    <message>
        <location filename="../../app/views/certificates/certificates_pane.py" line="76"/>
        <source>เกียรติบัตรตราสัญลักษณ์</source>
        <translation>Emblem certificates</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/certificates_pane.py" line="84"/>
        <source>กำลังโหลดข้อมูล…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/certificates_pane.py" line="114"/>
        <source>ออกเกียรติบัตร…</source>
        <translation>Issue certificates…</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/certificates_pane.py" line="115"/>
        <source>ดูตัวอย่าง</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/certificates_pane.py" line="116"/>
        <source>พิมพ์…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/certificates_pane.py" line="117"/>
        <source>บันทึก PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/certificates_pane.py" line="118"/>
        <source>พิมพ์ซ้ำ (เลขที่เดิม)…</source>
        <translation>Reprint (same No.)…</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/certificates_pane.py" line="120"/>
        <source>ออกใหม่แทน…</source>
        <translation>Issue a replacement…</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/certificates_pane.py" line="121"/>
        <source>ต่ออายุ…</source>
        <translation>Renew…</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/certificates_pane.py" line="122"/>
        <source>เพิกถอน…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/certificates_pane.py" line="124"/>
        <source>ตรวจสอบเกียรติบัตร…</source>
        <translation>Verify a certificate…</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/certificates_pane.py" line="125"/>
        <source>ค้นหา</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/certificates_pane.py" line="126"/>
        <source>โหลดข้อมูลใหม่</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/certificates_pane.py" line="220"/>
        <source>ทำรายการไม่สำเร็จ</source>
        <translation>The action could not be completed</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/certificates_pane.py" line="295"/>
        <source>กำลังพิมพ์เกียรติบัตร…</source>
        <translation>Printing certificates…</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/certificates_pane.py" line="295"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/certificates_pane.py" line="296"/>
        <source>พิมพ์</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/certificates_pane.py" line="334"/>
        <source>บันทึกแล้ว {n} ไฟล์: {path}</source>
        <translation>Saved {n} file(s): {path}</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/certificates_pane.py" line="357"/>
        <source>พิมพ์ซ้ำเกียรติบัตรเลขที่ {numbers} โดยใช้เลขที่เดิม?</source>
        <translation>Reprint certificate No. {numbers} under the same number?</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/certificates_pane.py" line="358"/>
        <source>พิมพ์ซ้ำ</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/certificates_pane.py" line="371"/>
        <source>ออกเกียรติบัตรใหม่แทนเลขที่ {numbers}</source>
        <translation>Issue a replacement for certificate No. {numbers}</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/certificates_pane.py" line="381"/>
        <source>ต่ออายุเกียรติบัตรเลขที่ {numbers}</source>
        <translation>Renew certificate No. {numbers}</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/certificates_pane.py" line="391"/>
        <source>เพิกถอนเกียรติบัตรเลขที่ {numbers}</source>
        <translation>Revoke certificate No. {numbers}</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/certificates_pane.py" line="392"/>
        <source>เพิกถอนเกียรติบัตรเลขที่ {numbers} ใช่หรือไม่? การเพิกถอนยกเลิกไม่ได้</source>
        <translation>Revoke certificate No. {numbers}? A revocation cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/certificates_pane.py" line="393"/>
        <source>ยืนยันการเพิกถอน</source>
        <translation>Confirm revocation</translation>
    </message>
</context>
<context>
    <name>CheckListEdit</name>
    <message>
        <location filename="../../app/views/shared/field_widgets.py" line="180"/>
        <source>พิมพ์เพื่อกรองรายการ</source>
        <translation>Type to filter the list</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../app/views/sync/conflict_dialog.py" line="29"/>
        <source>ใช้ค่าบนเซิร์ฟเวอร์</source>
        <translation>Keep the server&apos;s value</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflict_dialog.py" line="30"/>
        <source>ใช้ค่าจากเครื่องพกพา</source>
        <translation>Take the laptop&apos;s value</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflict_dialog.py" line="31"/>
        <source>พักไว้ก่อน</source>
        <translation>Set aside</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflict_dialog.py" line="32"/>
        <source>รายการ</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflict_dialog.py" line="32"/>
        <source>ช่อง</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflict_dialog.py" line="33"/>
        <source>ค่าบนเซิร์ฟเวอร์</source>
        <translation>Server value</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflict_dialog.py" line="33"/>
        <source>ค่าจากเครื่องพกพา</source>
        <translation>Laptop value</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflict_dialog.py" line="34"/>
        <source>ผู้แก้ไขและเวลา</source>
        <translation>Changed by, when</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflict_dialog.py" line="34"/>
        <source>เลือก</source>
        <translation>Choice</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflict_dialog.py" line="41"/>
        <source>ข้อขัดแย้งของการเปลี่ยนแปลง</source>
        <translation>Conflicting changes</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflict_dialog.py" line="53"/>
        <source>นำเข้าตามที่เลือก</source>
        <translation>Import as chosen</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflict_dialog.py" line="60"/>
        <source>ข้อมูลต่อไปนี้ถูกแก้ไขทั้งบนเซิร์ฟเวอร์และบนเครื่องพกพา เลือกค่าที่จะใช้ทีละช่อง ระบบยังไม่บันทึกสิ่งใดจนกว่าจะเลือกครบทุกช่อง</source>
        <translation>These fields were changed both on the server and on the laptop. Choose the value to keep for each; nothing is saved until every field has a choice.</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflict_dialog.py" line="63"/>
        <source>ใช้ค่าบนเซิร์ฟเวอร์ทั้งหมด</source>
        <translation>Keep the server&apos;s values for all</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflict_dialog.py" line="65"/>
        <source>ใช้ค่าจากเครื่องพกพาทั้งหมด</source>
        <translation>Take the laptop&apos;s values for all</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflict_dialog.py" line="83"/>
        <source>ทั้งรายการ (ลบที่ฝั่งหนึ่ง แก้ไขที่อีกฝั่ง)</source>
        <translation>The whole record (deleted on one side, edited on the other)</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflict_dialog.py" line="84"/>
        <source>เซิร์ฟเวอร์: {sw} {sa}
เครื่องพกพา: {lw} {la}</source>
        <translation>Server: {sw} {sa}
Laptop: {lw} {la}</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/conflict_dialog.py" line="117"/>
        <source>ยังไม่ได้เลือกอีก {n} ช่อง</source>
        <translation>{n} field(s) still without a choice</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../app/views/dashboard/content.py" line="35"/>
        <source>เมืองอัจฉริยะที่ได้รับรอง</source>
        <translation>Certified smart cities</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/content.py" line="36"/>
        <source>ตราสัญลักษณ์ยังไม่หมดอายุ</source>
        <translation>Emblem in force</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/content.py" line="37"/>
        <source>ใกล้หมดอายุภายใน 90 วัน</source>
        <translation>Expiring within 90 days</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/content.py" line="38"/>
        <source>ตราสัญลักษณ์หมดอายุแล้ว</source>
        <translation>Emblem expired</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/content.py" line="39"/>
        <source>เขตส่งเสริมเมืองอัจฉริยะ</source>
        <translation>Promotion zones</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/content.py" line="40"/>
        <source>นักส่งเสริมดิจิทัลพัฒนาเมืองรุ่นใหม่</source>
        <translation>Smart City Ambassadors</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/content.py" line="41"/>
        <source>ความร่วมมือ ASCN ที่ดำเนินการอยู่</source>
        <translation>Active ASCN partnerships</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/content.py" line="43"/>
        <source>โครงการในแผนงานบูรณาการ</source>
        <translation>Projects in the plan</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/content.py" line="44"/>
        <source>งบประมาณที่เสนอขอ (ล้านบาท)</source>
        <translation>Budget requested (million baht)</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/content.py" line="45"/>
        <source>งบประมาณที่ได้รับจัดสรร (ล้านบาท)</source>
        <translation>Budget allocated (million baht)</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/content.py" line="64"/>
        <location filename="../../app/views/dashboard/content.py" line="65"/>
        <source>{amount} บาท</source>
        <translation>{amount} baht</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/content.py" line="88"/>
        <source>รุ่นที่ {n}</source>
        <translation>Cohort {n}</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/content.py" line="112"/>
        <source>เมืองอัจฉริยะที่ได้รับรอง {n} · เขตส่งเสริม {z}</source>
        <translation>Certified cities {n} · zones {z}</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/content.py" line="113"/>
        <source>แผนงาน {n} โครงการ เสนอขอ {m} ล้านบาท</source>
        <translation>Plan: {n} projects, {m} million baht requested</translation>
    </message>
</context>
<context>
    <name>DashboardPane</name>
    <message>
        <location filename="../../app/views/dashboard/dashboard_pane.py" line="59"/>
        <source>ภาพรวมเมืองอัจฉริยะและแผนงานบูรณาการ</source>
        <translation>Smart cities and the integrated plan at a glance</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/dashboard_pane.py" line="65"/>
        <source>แผนงาน: ทุกปีงบประมาณ</source>
        <translation>Plan: every fiscal year</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/dashboard_pane.py" line="67"/>
        <source>บันทึก PNG…</source>
        <translation>Save PNG…</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/dashboard_pane.py" line="68"/>
        <source>บันทึก PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/dashboard_pane.py" line="89"/>
        <source>งบประมาณแผนงานที่เสนอขอ (ล้านบาท)</source>
        <translation>Plan budget requested (million baht)</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/dashboard_pane.py" line="90"/>
        <source>เมืองอัจฉริยะที่ได้รับรอง</source>
        <translation>Certified smart cities</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/dashboard_pane.py" line="90"/>
        <source>เขตส่งเสริม</source>
        <translation>Promotion zones</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/dashboard_pane.py" line="140"/>
        <location filename="../../app/views/dashboard/export.py" line="79"/>
        <source>ทำรายการไม่สำเร็จ</source>
        <translation>The action could not be completed</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/dashboard_pane.py" line="145"/>
        <source>ทุกปีงบประมาณ</source>
        <translation>every fiscal year</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/dashboard_pane.py" line="145"/>
        <source>ปีงบประมาณ {year}</source>
        <translation>fiscal year {year}</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/dashboard_pane.py" line="147"/>
        <source>ข้อมูล ณ วันที่ {day} · แผนงาน: {year}</source>
        <translation>As of {day} · plan: {year}</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/dashboard_pane.py" line="165"/>
        <source>แผนงาน: ปีงบประมาณ {year}</source>
        <translation>Plan: fiscal year {year}</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/dashboard_pane.py" line="176"/>
        <source>เขตส่งเสริมตามสถานะ</source>
        <translation>Zones by status</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/dashboard_pane.py" line="178"/>
        <source>นักส่งเสริมฯ ตามรุ่น</source>
        <translation>Ambassadors by cohort</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/dashboard_pane.py" line="180"/>
        <source>ความร่วมมือ ASCN ตามสถานะ</source>
        <translation>ASCN partnerships by status</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/dashboard_pane.py" line="182"/>
        <source>งบประมาณที่เสนอขอตามปีและแหล่ง</source>
        <translation>Budget requested by year and source</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/dashboard_pane.py" line="184"/>
        <source>ล้านบาท</source>
        <translation>million baht</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/dashboard_pane.py" line="218"/>
        <source>บันทึกภาพรวม</source>
        <translation>Save the dashboard</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/export.py" line="68"/>
        <source>ภาพ PNG (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/export.py" line="70"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/export.py" line="71"/>
        <source>ภาพรวม</source>
        <translation>Dashboard</translation>
    </message>
</context>
<context>
    <name>DashboardWords</name>
    <message>
        <location filename="../../app/views/dashboard/content.py" line="17"/>
        <source>ประกาศแล้ว</source>
        <translation>Declared</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/content.py" line="18"/>
        <source>จัดทำข้อเสนอ</source>
        <translation>Preparing</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/content.py" line="19"/>
        <source>รับรองแล้ว</source>
        <translation>Certified</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/content.py" line="20"/>
        <source>เตรียมการ</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/content.py" line="21"/>
        <source>ดำเนินการ</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/content.py" line="22"/>
        <source>เสร็จสิ้น</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/content.py" line="23"/>
        <source>ยุติ</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/content.py" line="24"/>
        <source>แผ่นดิน</source>
        <translation>Government</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/content.py" line="25"/>
        <source>ท้องถิ่น</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/content.py" line="26"/>
        <source>จังหวัด/กลุ่มจังหวัด</source>
        <translation>Provincial/cluster</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/content.py" line="27"/>
        <source>BOI</source>
        <translation>BOI</translation>
    </message>
    <message>
        <location filename="../../app/views/dashboard/content.py" line="28"/>
        <source>อื่น ๆ</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>DatabaseMenu</name>
    <message>
        <location filename="../../app/views/database_menu.py" line="43"/>
        <source>ฐานข้อมูลใหม่…</source>
        <translation>New database…</translation>
    </message>
    <message>
        <location filename="../../app/views/database_menu.py" line="46"/>
        <source>เปิดฐานข้อมูล…</source>
        <translation>Open database…</translation>
    </message>
    <message>
        <location filename="../../app/views/database_menu.py" line="50"/>
        <source>ฐานข้อมูลที่เปิดล่าสุด</source>
        <translation>Recent databases</translation>
    </message>
    <message>
        <location filename="../../app/views/database_menu.py" line="80"/>
        <location filename="../../app/views/database_menu.py" line="85"/>
        <source>ฐานข้อมูลใหม่</source>
        <translation>New database</translation>
    </message>
    <message>
        <location filename="../../app/views/database_menu.py" line="86"/>
        <source>มีไฟล์ {path} อยู่แล้ว จึงไม่สร้างทับ ถ้าต้องการใช้ไฟล์นี้ ให้เลือก เปิดฐานข้อมูล…</source>
        <translation>{path} already exists, so it was not overwritten. To use this file, choose Open database…</translation>
    </message>
    <message>
        <location filename="../../app/views/database_menu.py" line="93"/>
        <location filename="../../app/views/database_menu.py" line="126"/>
        <source>เปิดฐานข้อมูล</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../app/views/database_menu.py" line="122"/>
        <source>กำลังเปิด {name} (ไฟล์จากโปรแกรมรุ่นก่อนจะสำรองข้อมูลไว้ก่อน แล้วปรับปรุงโครงสร้าง)</source>
        <translation>Opening {name} (a file from an earlier version is backed up first, then upgraded)</translation>
    </message>
    <message>
        <location filename="../../app/views/database_menu.py" line="124"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/views/database_menu.py" line="144"/>
        <source>ไม่ได้เปิด {name} ตามที่ยกเลิก (ไฟล์ปรับปรุงโครงสร้างเสร็จก่อนกดยกเลิก)</source>
        <translation>{name} was not opened, as cancelled (its upgrade had finished before Cancel)</translation>
    </message>
    <message>
        <location filename="../../app/views/database_menu.py" line="156"/>
        <source>เปิดฐานข้อมูลไม่ได้</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../app/views/shared/field_widgets.py" line="37"/>
        <source>วว/ดด/ปปปป (พ.ศ.)</source>
        <translation>dd/mm/yyyy (B.E.)</translation>
    </message>
    <message>
        <location filename="../../app/views/shared/field_widgets.py" line="39"/>
        <source>ปฏิทิน</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../app/views/shared/field_widgets.py" line="40"/>
        <source>เลือกจากปฏิทิน</source>
        <translation>Pick from the calendar</translation>
    </message>
</context>
<context>
    <name>DocumentsMenu</name>
    <message>
        <location filename="../../app/views/meetings/documents_menu.py" line="51"/>
        <source>{doc} (PDF)…</source>
        <translation>{doc} (PDF)…</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/documents_menu.py" line="51"/>
        <source>{doc} (Word)…</source>
        <translation>{doc} (Word)…</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/documents_menu.py" line="59"/>
        <source>รายงานการประชุม</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/documents_menu.py" line="59"/>
        <source>ระเบียบวาระการประชุม</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/documents_menu.py" line="60"/>
        <source>หนังสือเชิญประชุม</source>
        <translation>Invitation letters</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/documents_menu.py" line="63"/>
        <source>เอกสาร Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/documents_menu.py" line="64"/>
        <source>บันทึกเอกสาร</source>
        <translation>Save document</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/documents_menu.py" line="81"/>
        <source>บันทึกเอกสารไม่สำเร็จ</source>
        <translation>The document could not be saved</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../app/views/plan/duplicates_dialog.py" line="56"/>
        <source>ตรวจโครงการที่อาจซ้ำซ้อนก่อนเสนอที่ประชุม</source>
        <translation>Suspected duplicate projects before the meeting</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/duplicates_dialog.py" line="64"/>
        <source>ทุกปีงบประมาณ</source>
        <translation>every fiscal year</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/duplicates_dialog.py" line="66"/>
        <source>ปีงบประมาณ {year}</source>
        <translation>fiscal year {year}</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/duplicates_dialog.py" line="67"/>
        <source>แสดงคู่ที่พิจารณาแล้ว</source>
        <translation>Show decided pairs</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/duplicates_dialog.py" line="68"/>
        <source>ตรวจอีกครั้ง</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/duplicates_dialog.py" line="79"/>
        <source>คะแนน</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/duplicates_dialog.py" line="79"/>
        <source>โครงการที่ 1</source>
        <translation>Project 1</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/duplicates_dialog.py" line="79"/>
        <source>โครงการที่ 2</source>
        <translation>Project 2</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/duplicates_dialog.py" line="80"/>
        <source>เหตุผล</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/duplicates_dialog.py" line="80"/>
        <source>ผลการพิจารณา</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/duplicates_dialog.py" line="95"/>
        <source>ซ้ำ: รวมโครงการ</source>
        <translation>Duplicate: merge</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/duplicates_dialog.py" line="96"/>
        <source>เกี่ยวข้อง: เชื่อมโยง</source>
        <translation>Related: link</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/duplicates_dialog.py" line="97"/>
        <source>ไม่ซ้ำ</source>
        <translation>Distinct</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/duplicates_dialog.py" line="98"/>
        <source>ยกเลิกผลการพิจารณา</source>
        <translation>Take back the decision</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/duplicates_dialog.py" line="104"/>
        <source>คงไว้ในแผนงาน:</source>
        <translation>Keep in the plan:</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/duplicates_dialog.py" line="116"/>
        <source>กำลังตรวจ…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/duplicates_dialog.py" line="132"/>
        <source>พบคู่ที่อาจซ้ำกัน {n} คู่</source>
        <translation>{n} suspected pairs</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/duplicates_dialog.py" line="156"/>
        <source>เลือกคู่โครงการเพื่อดูรายละเอียดและบันทึกผลการพิจารณา</source>
        <translation>Select a pair to see its details and record a decision</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/duplicates_dialog.py" line="164"/>
        <source>{n}) #{id} {name} — {agency} — ปีงบประมาณ {years} — เสนอขอ {amount} บาท</source>
        <translation>{n}) #{id} {name} — {agency} — fiscal year {years} — {amount} baht requested</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <location filename="../../app/views/error_hook.py" line="42"/>
        <source>ทำรายการไม่สำเร็จ</source>
        <translation>The action could not be completed</translation>
    </message>
    <message>
        <location filename="../../app/views/error_hook.py" line="49"/>
        <source>เกิดข้อผิดพลาดที่ไม่คาดคิด</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../app/views/error_hook.py" line="51"/>
        <source>โปรแกรมพบข้อผิดพลาดที่ไม่คาดคิด ข้อมูลที่บันทึกแล้วยังอยู่ครบ กรุณาบันทึกรายงานข้อผิดพลาดแล้วส่งให้ผู้ดูแลระบบ</source>
        <translation>The application met an unexpected error. The data already saved is intact. Please save the error report and send it to your administrator.</translation>
    </message>
    <message>
        <location filename="../../app/views/error_hook.py" line="56"/>
        <source>บันทึกรายงาน…</source>
        <translation>Save report…</translation>
    </message>
    <message>
        <location filename="../../app/views/error_hook.py" line="57"/>
        <source>ปิด</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/views/error_hook.py" line="62"/>
        <source>บันทึกรายงาน</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../app/views/error_hook.py" line="64"/>
        <source>ไฟล์ข้อความ (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
</context>
<context>
    <name>ExcelActions</name>
    <message>
        <location filename="../../app/views/excel/menu.py" line="72"/>
        <location filename="../../app/views/excel/menu.py" line="111"/>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/menu.py" line="74"/>
        <source>ส่งออกทุกทะเบียนเป็นแฟ้มเดียว (ส่งหน่วยงาน)…</source>
        <translation>Export all registers to one file (for agencies)…</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/menu.py" line="75"/>
        <source>นำเข้าจาก Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/menu.py" line="90"/>
        <location filename="../../app/views/excel/menu.py" line="98"/>
        <source>ส่งออก Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/menu.py" line="92"/>
        <source>นำเข้าจาก Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/menu.py" line="103"/>
        <source>ส่งออกข้อมูลการประชุมเป็น Excel…</source>
        <translation>Export meeting data to Excel…</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/menu.py" line="127"/>
        <source>ส่งออก{name}เป็น Excel</source>
        <translation>Export {name} to Excel</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/menu.py" line="130"/>
        <location filename="../../app/views/excel/menu.py" line="143"/>
        <source>รายการที่แสดงอยู่ตามตัวกรองและการเรียงในตาราง ({n} รายการ)</source>
        <translation>The records shown, as filtered and sorted in the table ({n} records)</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/menu.py" line="131"/>
        <source>ทั้งหมด ({n} รายการ) เรียงตามชื่อ</source>
        <translation>All ({n} records), sorted by name</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/menu.py" line="141"/>
        <source>ส่งออกงานที่ต้องติดตามเป็น Excel</source>
        <translation>Export action items to Excel</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/menu.py" line="144"/>
        <source>ทั้งหมด ({n} รายการ)</source>
        <translation>All ({n} records)</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/menu.py" line="155"/>
        <source>การประชุมที่เลือก (ครั้งที่ {label})</source>
        <translation>The selected meeting (No. {label})</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/menu.py" line="156"/>
        <source>การประชุมของ{committee} ({n} ครั้ง)</source>
        <translation>Meetings of {committee} ({n})</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/menu.py" line="158"/>
        <source>ทุกการประชุม ({n} ครั้ง)</source>
        <translation>All meetings ({n})</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/menu.py" line="159"/>
        <source>ส่งออกข้อมูลการประชุมเป็น Excel (มติ งานที่ต้องติดตาม การเข้าประชุม)</source>
        <translation>Export meeting data to Excel (resolutions, action items, attendance)</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/menu.py" line="167"/>
        <source>ส่งออกทุกทะเบียนเป็นแฟ้มเดียว (หนึ่งแผ่นงานต่อทะเบียน)</source>
        <translation>Export all registers to one file (one sheet per register)</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/menu.py" line="169"/>
        <source>ทุกทะเบียน ทุกรายการ</source>
        <translation>All registers, all records</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/views/excel/export_dialog.py" line="173"/>
        <source>ข้อมูลที่ส่งออก</source>
        <translation>Data to export</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/export_dialog.py" line="182"/>
        <source>รวมข้อมูลส่วนบุคคล ({fields})</source>
        <translation>Include personal data ({fields})</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/export_dialog.py" line="187"/>
        <source>ข้อมูลส่วนบุคคลคุ้มครองตาม พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 (PDPA): ส่งให้เฉพาะผู้ที่มีสิทธิ์ได้รับตามวัตถุประสงค์ที่เจ้าของข้อมูลให้ความยินยอม และเก็บไฟล์อย่างปลอดภัย</source>
        <translation>Personal data is protected by the Personal Data Protection Act B.E. 2562 (PDPA): send it only to people entitled to receive it for the purposes its owners consented to, and keep the file secure</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/export_dialog.py" line="200"/>
        <source>หัวคอลัมน์</source>
        <translation>Column headers</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/export_dialog.py" line="202"/>
        <source>ส่งออก…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/export_dialog.py" line="203"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/export_dialog.py" line="227"/>
        <source>บันทึกไฟล์ Excel</source>
        <translation>Save Excel file</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/export_dialog.py" line="241"/>
        <source>กำลังส่งออก {name}…</source>
        <translation>Exporting {name}…</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/export_dialog.py" line="253"/>
        <source>ส่งออก Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/export_dialog.py" line="254"/>
        <source>บันทึกไฟล์ Excel แล้ว:
{path}</source>
        <translation>Excel file saved:
{path}</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/export_dialog.py" line="261"/>
        <source>ส่งออกไม่สำเร็จ</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>FieldsDialog</name>
    <message>
        <location filename="../../app/views/shared/fields_dialog.py" line="31"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FieldsEditor</name>
    <message>
        <location filename="../../app/views/shared/fields_editor.py" line="67"/>
        <source>ข้อมูลส่วนบุคคล (PDPA): ไม่รวมในไฟล์ส่งออก เว้นแต่ผู้ใช้เลือก</source>
        <translation>Personal data (PDPA): left out of exports unless the user asks for it</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../app/views/registers/filter_bar.py" line="31"/>
        <source>ค้นหา (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/views/registers/filter_bar.py" line="33"/>
        <source>ทุกจังหวัด</source>
        <translation>All provinces</translation>
    </message>
    <message>
        <location filename="../../app/views/registers/filter_bar.py" line="34"/>
        <source>ทุกภาค</source>
        <translation>All regions</translation>
    </message>
    <message>
        <location filename="../../app/views/registers/filter_bar.py" line="36"/>
        <source>ทุกสถานะ</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../app/views/registers/filter_bar.py" line="38"/>
        <source>{label}: ทั้งหมด</source>
        <translation>{label}: all</translation>
    </message>
    <message>
        <location filename="../../app/views/registers/filter_bar.py" line="42"/>
        <source>กำลังโหลดข้อมูล…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>GuideOpener</name>
    <message>
        <location filename="../../app/views/help_menu.py" line="58"/>
        <source>กำลังสร้างคู่มือการใช้งาน…</source>
        <translation>Building the user guide…</translation>
    </message>
    <message>
        <location filename="../../app/views/help_menu.py" line="89"/>
        <source>สร้างคู่มือการใช้งานไม่สำเร็จ</source>
        <translation>The user guide could not be built</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../app/views/help_menu.py" line="95"/>
        <source>คู่มือการใช้งาน</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../app/views/audit/history_window.py" line="49"/>
        <source>ประวัติการแก้ไขข้อมูล</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/history_window.py" line="51"/>
        <source>วันเวลา</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/history_window.py" line="51"/>
        <location filename="../../app/views/audit/history_window.py" line="68"/>
        <source>ผู้แก้ไข</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/history_window.py" line="51"/>
        <source>เครื่อง</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/history_window.py" line="51"/>
        <source>ทะเบียน</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/history_window.py" line="52"/>
        <source>รายการ</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/history_window.py" line="52"/>
        <source>การกระทำ</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/history_window.py" line="52"/>
        <source>ช่องข้อมูล: ค่าเดิม → ค่าใหม่</source>
        <translation>Field: old → new</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/history_window.py" line="53"/>
        <source>เหตุผล</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/history_window.py" line="64"/>
        <source>ทุกทะเบียน</source>
        <translation>All registers</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/history_window.py" line="67"/>
        <source>เลขที่รายการ</source>
        <translation>Record no.</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/history_window.py" line="69"/>
        <source>ตั้งแต่วันที่ เช่น 1/1/2567</source>
        <translation>Since, e.g. 1/1/2567</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/history_window.py" line="70"/>
        <source>ถึงวันที่</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/history_window.py" line="71"/>
        <source>ส่งออก Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/history_window.py" line="110"/>
        <source>วันที่ไม่ถูกต้อง (พิมพ์เช่น 5/11/2564)</source>
        <translation>Invalid date (type e.g. 5/11/2564)</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/history_window.py" line="116"/>
        <source>ส่งออกประวัติการแก้ไขข้อมูล</source>
        <translation>Export the change history</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/history_window.py" line="128"/>
        <source>บันทึกแล้ว: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/history_window.py" line="138"/>
        <source>ส่งออกไม่สำเร็จ</source>
        <translation>The export failed</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/views/excel/import_dialog.py" line="100"/>
        <source>นำเข้า{name}จาก Excel</source>
        <translation>Import {name} from Excel</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_dialog.py" line="114"/>
        <source>ยังไม่ได้เลือกไฟล์ (.xlsx)</source>
        <translation>No file chosen (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_dialog.py" line="115"/>
        <source>เลือกไฟล์…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_dialog.py" line="117"/>
        <source>ดาวน์โหลดแม่แบบ…</source>
        <translation>Download template…</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_dialog.py" line="124"/>
        <source>แถวที่มีชื่อและจังหวัดตรงกับข้อมูลเดิมจะเป็นการแก้ไข (ช่องว่างคงค่าเดิม พิมพ์ [ลบ] เพื่อลบค่า) แถวอื่นจะเป็นการเพิ่ม ยังไม่มีการบันทึกจนกว่าจะกดนำเข้า และนำเข้าทั้งไฟล์หรือไม่นำเข้าเลย: ถ้ามีปัญหาแม้แถวเดียว ต้องแก้ไขไฟล์แล้วเลือกไฟล์ใหม่</source>
        <translation>A row whose name and province match a record updates it (a blank cell keeps the stored value, [clear] empties it); other rows are added. Nothing is saved until you press Import, and the whole file is imported or nothing: if a single row has a problem, correct the file and choose it again</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_dialog.py" line="146"/>
        <source>กลับไปจับคู่คอลัมน์</source>
        <translation>Back to the column mapping</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_dialog.py" line="149"/>
        <source>บันทึกรายงาน…</source>
        <translation>Save report…</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_dialog.py" line="151"/>
        <source>นำเข้า</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_dialog.py" line="154"/>
        <source>ปิด</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_dialog.py" line="166"/>
        <source>เลือกไฟล์ Excel</source>
        <translation>Choose an Excel file</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_dialog.py" line="181"/>
        <source>บันทึกแม่แบบ</source>
        <translation>Save template</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_dialog.py" line="181"/>
        <source>แม่แบบ {name}.xlsx</source>
        <translation>{name} template.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_dialog.py" line="187"/>
        <source>บันทึกรายงานการตรวจสอบ</source>
        <translation>Save check report</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_dialog.py" line="187"/>
        <source>รายงานการนำเข้า {name}</source>
        <translation>Import report {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_dialog.py" line="200"/>
        <source>กำลังอ่าน {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_dialog.py" line="218"/>
        <source>แผ่นงาน “{sheet}” แถวหัวตารางคือแถวที่ {row}: {n} คอลัมน์, {rows} แถว</source>
        <translation>Sheet “{sheet}”, header in row {row}: {n} columns, {rows} rows</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_dialog.py" line="227"/>
        <source>กำลังตรวจสอบ {rows} แถว…</source>
        <translation>Checking {rows} rows…</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_dialog.py" line="257"/>
        <source>เลือกไฟล์ Excel เพื่อจับคู่คอลัมน์และดูตัวอย่างก่อนนำเข้า</source>
        <translation>Choose an Excel file to map its columns and preview the import</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_dialog.py" line="253"/>
        <source>นำเข้า (เพิ่ม {a} แก้ไข {u})</source>
        <translation>Import (add {a}, update {u})</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_dialog.py" line="258"/>
        <source>แผ่นงาน “{sheet}”: เพิ่ม {a} แถว แก้ไข {u} แถว ไม่เปลี่ยนแปลง {s} แถว มีปัญหา {p} แถว</source>
        <translation>Sheet “{sheet}”: {a} rows to add, {u} to update, {s} unchanged, {p} with problems</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_dialog.py" line="261"/>
        <source>มี {n} แถวที่ใกล้เคียงรายการเดิม: เลือกว่าจะแก้ไขรายการเดิมหรือเพิ่มเป็นรายการใหม่ (แท็บใกล้เคียงรายการเดิม)</source>
        <translation>{n} row(s) resemble existing records: choose to update that record or add a new one (tab “Similar to a record”)</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_dialog.py" line="264"/>
        <source>นำเข้าไม่ได้จนกว่าจะแก้ไขปัญหา {n} รายการในไฟล์ (ดูแท็บปัญหา หรือบันทึกรายงาน)</source>
        <translation>Cannot import until the {n} problem(s) in the file are fixed (see the Problems tab or save the report)</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_dialog.py" line="267"/>
        <source>ไม่มีข้อมูลที่ต้องนำเข้า</source>
        <translation>Nothing to import</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_dialog.py" line="276"/>
        <source>กำลังนำเข้า…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_dialog.py" line="282"/>
        <source>นำเข้าจาก Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_dialog.py" line="283"/>
        <source>นำเข้า{name}แล้ว: เพิ่ม {a} รายการ แก้ไข {u} รายการ</source>
        <translation>Imported {name}: {a} added, {u} updated</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_dialog.py" line="308"/>
        <source>บันทึกไฟล์แล้ว:
{path}</source>
        <translation>File saved:
{path}</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../app/views/certificates/dialogs.py" line="83"/>
        <location filename="../../app/views/certificates/dialogs.py" line="98"/>
        <source>ออกเกียรติบัตร</source>
        <translation>Issue certificates</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/dialogs.py" line="90"/>
        <source>ตามมติที่รับรองแต่ละเมือง</source>
        <translation>Each city&apos;s certifying resolution</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/dialogs.py" line="93"/>
        <source>กำลังโหลดรายชื่อเมือง…</source>
        <translation>Loading the cities…</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/dialogs.py" line="100"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/dialogs.py" line="104"/>
        <source>ให้ไว้ ณ วันที่</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/dialogs.py" line="105"/>
        <source>มติที่รับรอง</source>
        <translation>Certifying resolution</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/dialogs.py" line="107"/>
        <source>เมืองที่จะออกเกียรติบัตร (เลขที่เรียงตามลำดับในรายการ)</source>
        <translation>Cities to receive a certificate (numbered in list order)</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/dialogs.py" line="124"/>
        <source>  (เกียรติบัตรเลขที่ {number} หมดอายุแล้ว: ต่ออายุได้ในรายการเกียรติบัตร)</source>
        <translation>  (certificate No. {number} has expired: renew it in the certificate list)</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/dialogs.py" line="127"/>
        <source>  (มีเกียรติบัตรเลขที่ {number} อยู่แล้ว)</source>
        <translation>  (already holds certificate No. {number})</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/dialogs.py" line="129"/>
        <source>  (ยังไม่ได้รับการประกาศรับรอง)</source>
        <translation>  (not yet certified)</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/dialogs.py" line="132"/>
        <source>ไม่พบมติที่รับรองเมืองนี้</source>
        <translation>No resolution certifying this city was found</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/dialogs.py" line="160"/>
        <source>กรุณาเลือกเมืองอย่างน้อยหนึ่งเมือง</source>
        <translation>Please select at least one city</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/dialogs.py" line="163"/>
        <source>กรุณากรอกวันที่ให้ไว้เป็นวัน/เดือน/ปี พ.ศ. เช่น 24/12/2564</source>
        <translation>Please enter the issue date as day/month/B.E. year, e.g. 24/12/2564</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/views/main_window.py" line="55"/>
        <source>ระบบงานเลขานุการคณะกรรมการขับเคลื่อนการพัฒนาเมืองอัจฉริยะ</source>
        <translation>Smart City Development Driving Committee — Secretariat</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="62"/>
        <source> — ฐานข้อมูลสาธิต: ข้อมูลตัวอย่าง</source>
        <translation> — demo database: sample data</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="83"/>
        <source>ฐานข้อมูล: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="89"/>
        <source>แฟ้ม</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="94"/>
        <source>เติมข้อมูลตัวอย่าง</source>
        <translation>Add sample data</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="111"/>
        <source>ออกจากโปรแกรม</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="116"/>
        <source>แก้ไข</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="117"/>
        <source>เลิกทำ</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="119"/>
        <source>ทำซ้ำ</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="125"/>
        <source>เพิ่มรายการ</source>
        <translation>Add record</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="126"/>
        <source>แก้ไขรายการ</source>
        <translation>Edit record</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="127"/>
        <source>ลบรายการ</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="127"/>
        <source>ค้นหา</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="133"/>
        <source>มุมมอง</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="134"/>
        <source>โหลดข้อมูลใหม่</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="137"/>
        <location filename="../../app/views/main_window.py" line="290"/>
        <source>ภาษา</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="145"/>
        <source>ช่วยเหลือ</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="149"/>
        <location filename="../../app/views/main_window.py" line="294"/>
        <source>เกี่ยวกับโปรแกรม</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="188"/>
        <source>การประชุม</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="188"/>
        <source>ติดตามมติที่ประชุม</source>
        <translation>Action items</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="189"/>
        <source>เกียรติบัตรตราสัญลักษณ์</source>
        <translation>Emblem certificates</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="189"/>
        <source>ภาพรวมและแผนที่</source>
        <translation>Dashboard and map</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="265"/>
        <source>{n} รายการ</source>
        <translation>{n} records</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="267"/>
        <source>แสดง {shown} จาก {total} รายการ</source>
        <translation>Showing {shown} of {total} records</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="277"/>
        <source>ทำรายการไม่สำเร็จ</source>
        <translation>The action could not be completed</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="281"/>
        <source>เพิ่มข้อมูลตัวอย่าง {n} รายการ</source>
        <translation>Added {n} sample records</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="291"/>
        <source>ภาษาที่เลือกจะมีผลเมื่อเปิดโปรแกรมครั้งถัดไป</source>
        <translation>The chosen language takes effect the next time the application starts</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="295"/>
        <source>ระบบงานเลขานุการคณะกรรมการขับเคลื่อนการพัฒนาเมืองอัจฉริยะ รุ่น {version}
สำนักงานเมืองอัจฉริยะประเทศไทย สำนักงานส่งเสริมเศรษฐกิจดิจิทัล</source>
        <translation>Smart City Development Driving Committee — Secretariat, version {version}
Thailand Smart City Office, Digital Economy Promotion Agency (depa)</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../app/views/excel/import_mapping.py" line="43"/>
        <source>ขั้นที่ 1 จับคู่คอลัมน์ของไฟล์กับข้อมูลในทะเบียน: ตรวจดูช่องที่ระบายสี แล้วเลือกข้อมูล หรือเลือก “ไม่นำเข้าคอลัมน์นี้”</source>
        <translation>Step 1: match the file’s columns to the register’s fields. Check the highlighted rows, then choose a field or “Do not import this column”</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_mapping.py" line="48"/>
        <source>หัวคอลัมน์ในไฟล์</source>
        <translation>Column header in the file</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_mapping.py" line="48"/>
        <source>ตัวอย่างข้อมูล</source>
        <translation>Sample values</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_mapping.py" line="49"/>
        <source>ข้อมูลในทะเบียน</source>
        <translation>Field in the register</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_mapping.py" line="49"/>
        <source>ความมั่นใจ</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_mapping.py" line="56"/>
        <source>ยืนยันการจับคู่และดูตัวอย่าง</source>
        <translation>Confirm the mapping and preview</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_mapping.py" line="88"/>
        <source>— ยังไม่ได้เลือก —</source>
        <translation>— not chosen —</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_mapping.py" line="89"/>
        <source>ไม่นำเข้าคอลัมน์นี้</source>
        <translation>Do not import this column</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_mapping.py" line="98"/>
        <source>ตรงกัน</source>
        <translation>Exact</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_mapping.py" line="98"/>
        <source>ใกล้เคียง</source>
        <translation>Similar</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_mapping.py" line="98"/>
        <source>ไม่แน่ใจ โปรดตรวจ</source>
        <translation>Uncertain, please check</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_mapping.py" line="99"/>
        <source>เลขลำดับ ไม่นำเข้า</source>
        <translation>Running number, not imported</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_mapping.py" line="99"/>
        <source>โปรแกรมคำนวณเอง ไม่นำเข้า</source>
        <translation>Computed by the program, not imported</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_mapping.py" line="100"/>
        <source>จำไว้จากครั้งก่อน</source>
        <translation>Remembered from last time</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_mapping.py" line="100"/>
        <source>เลือกเอง</source>
        <translation>Chosen by you</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_mapping.py" line="101"/>
        <source>ไม่พบข้อมูลที่ตรงกัน</source>
        <translation>No matching field</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_mapping.py" line="135"/>
        <source>ยังไม่ได้เลือก {n} คอลัมน์: {names}</source>
        <translation>{n} column(s) not chosen yet: {names}</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_mapping.py" line="137"/>
        <source>สองคอลัมน์เป็นข้อมูลเดียวกัน: {names}</source>
        <translation>Two columns fill the same field: {names}</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_mapping.py" line="139"/>
        <source>ยังไม่มีคอลัมน์ {label}</source>
        <translation>No column for {label} yet</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_mapping.py" line="142"/>
        <source>ตรวจคอลัมน์ที่ระบายสีแล้วกดยืนยัน</source>
        <translation>Check the highlighted columns, then confirm</translation>
    </message>
</context>
<context>
    <name>MeetingWindow</name>
    <message>
        <location filename="../../app/views/meetings/meeting_window.py" line="79"/>
        <source>ตรวจรายงานแล้ว</source>
        <translation>Mark as checked</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/meeting_window.py" line="81"/>
        <source>กลับเป็นร่าง</source>
        <translation>Back to draft</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/meeting_window.py" line="83"/>
        <source>รับรองรายงานการประชุม</source>
        <translation>Certify the minutes</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/meeting_window.py" line="85"/>
        <source>ยกเลิกการรับรอง</source>
        <translation>Cancel certification</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/meeting_window.py" line="86"/>
        <source>ให้แก้ไขรายงานการประชุมที่รับรองแล้วได้อีกครั้ง โดยต้องระบุเหตุผล</source>
        <translation>Make certified minutes editable again (a reason is required)</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/meeting_window.py" line="93"/>
        <source>รายละเอียด</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/meeting_window.py" line="94"/>
        <source>ผู้เข้าประชุม</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/meeting_window.py" line="95"/>
        <source>ระเบียบวาระและมติ</source>
        <translation>Agenda and resolutions</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/meeting_window.py" line="96"/>
        <source>ตัวอย่างรายงานการประชุม</source>
        <translation>Minutes preview</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/meeting_window.py" line="104"/>
        <source>เอกสาร</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/meeting_window.py" line="107"/>
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/meeting_window.py" line="110"/>
        <source>ปิด</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/meeting_window.py" line="153"/>
        <source>สถานะรายงานการประชุม: {state}</source>
        <translation>Minutes: {state}</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/meeting_window.py" line="155"/>
        <source>(รับรองในการประชุมครั้งที่ {label})</source>
        <translation>(certified at meeting {label})</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/meeting_window.py" line="174"/>
        <source>ในการประชุมครั้งที่ {label}</source>
        <translation>at meeting {label}</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/meeting_window.py" line="176"/>
        <source>เมื่อ {date}</source>
        <translation>on {date}</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/meeting_window.py" line="178"/>
        <source>รายงานการประชุมครั้งนี้รับรองแล้ว{when} จึงแก้ไขรายละเอียด ผู้เข้าประชุม และระเบียบวาระไม่ได้ (งานที่มอบหมายยังเพิ่มและติดตามได้) หากต้องแก้ไข ให้กด “ยกเลิกการรับรอง” พร้อมระบุเหตุผล</source>
        <translation>These minutes were certified{when}, so the details, attendance and agenda cannot be changed (action items can still be added and followed up). To change them, press “Cancel certification” and give a reason.</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/meeting_window.py" line="184"/>
        <source>บันทึกไม่สำเร็จ</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/meeting_window.py" line="188"/>
        <source>ยกเลิกการรับรองรายงานการประชุม</source>
        <translation>Cancel certification of the minutes</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/meeting_window.py" line="189"/>
        <source>เหตุผลที่ยกเลิกการรับรอง (บันทึกไว้ในหมายเหตุของการประชุม)</source>
        <translation>Reason for cancelling the certification (kept in the meeting notes)</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/meeting_window.py" line="283"/>
        <source>หน่วยงานเดียวกันเป็นทั้งกรรมการและผู้เข้าร่วมประชุม: {names} รายงานการประชุมจะพิมพ์ซ้ำสองแห่ง กรุณาตรวจสอบ</source>
        <translation>The same agency is both a member and another attendee: {names}. The minutes would list it twice; please check.</translation>
    </message>
</context>
<context>
    <name>MeetingsPane</name>
    <message>
        <location filename="../../app/views/meetings/meetings_pane.py" line="84"/>
        <source>การประชุม</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/meetings_pane.py" line="92"/>
        <source>ครั้งที่</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/meetings_pane.py" line="92"/>
        <source>วันที่ประชุม</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/meetings_pane.py" line="92"/>
        <source>เวลา</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/meetings_pane.py" line="93"/>
        <source>สถานที่ / รูปแบบ</source>
        <translation>Place / mode</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/meetings_pane.py" line="93"/>
        <source>สถานะรายงานการประชุม</source>
        <translation>Minutes status</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/meetings_pane.py" line="107"/>
        <source>คณะกรรมการ</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/meetings_pane.py" line="125"/>
        <source>สร้างการประชุม</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/meetings_pane.py" line="126"/>
        <source>เปิด</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/meetings_pane.py" line="127"/>
        <source>พิมพ์รายงานการประชุม…</source>
        <translation>Print minutes…</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/meetings_pane.py" line="129"/>
        <source>รายงานการประชุมเป็น Word…</source>
        <translation>Minutes as Word…</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/meetings_pane.py" line="131"/>
        <source>พิมพ์ระเบียบวาระ…</source>
        <translation>Print agenda…</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/meetings_pane.py" line="132"/>
        <source>ระเบียบวาระเป็น Word…</source>
        <translation>Agenda as Word…</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/meetings_pane.py" line="134"/>
        <source>ลบ</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/meetings_pane.py" line="136"/>
        <source>โหลดข้อมูลใหม่</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/meetings_pane.py" line="199"/>
        <source>ทำรายการไม่สำเร็จ</source>
        <translation>The action could not be completed</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/meetings_pane.py" line="206"/>
        <source>เอกสาร Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/meetings_pane.py" line="207"/>
        <source>บันทึก PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/meetings_pane.py" line="207"/>
        <source>บันทึกเอกสาร</source>
        <translation>Save document</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/meetings_pane.py" line="251"/>
        <source>ลบการประชุมครั้งที่ {label} พร้อมระเบียบวาระ การเข้าประชุม และมติ ใช่หรือไม่? (เลิกทำไม่ได้)</source>
        <translation>Delete meeting {label} with its agenda, attendance and resolutions? (This cannot be undone)</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/meetings_pane.py" line="253"/>
        <source>ยืนยันการลบ</source>
        <translation>Confirm delete</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/meetings_pane.py" line="270"/>
        <source>รายงานการประชุม</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/meetings_pane.py" line="270"/>
        <source>ระเบียบวาระการประชุม</source>
        <translation>agenda</translation>
    </message>
</context>
<context>
    <name>NewActionDialog</name>
    <message>
        <location filename="../../app/views/meetings/action_dialog.py" line="35"/>
        <source>เพิ่มงานที่มอบหมาย</source>
        <translation>Add assigned work</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/action_dialog.py" line="32"/>
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <location filename="../../app/views/meetings/new_meeting_dialog.py" line="26"/>
        <source>สร้างการประชุม</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/new_meeting_dialog.py" line="23"/>
        <source>สร้าง</source>
        <translation>Create</translation>
    </message>
</context>
<context>
    <name>PersonalDataDialog</name>
    <message>
        <location filename="../../app/views/audit/personal_dialog.py" line="31"/>
        <source>รายงานข้อมูลส่วนบุคคล</source>
        <translation>Personal data report</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/personal_dialog.py" line="33"/>
        <source>ชื่อ อีเมล หรือโทรศัพท์</source>
        <translation>Name, e-mail or phone</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/personal_dialog.py" line="35"/>
        <source>เลยกำหนดเก็บรักษา</source>
        <translation>Past their retention date</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/personal_dialog.py" line="40"/>
        <source>ลบข้อมูลส่วนบุคคลของบุคคลนี้…</source>
        <translation>Erase this person&apos;s personal data…</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/personal_dialog.py" line="85"/>
        <source>ประวัติการแก้ไข {n} รายการ (ค่าส่วนบุคคลในประวัติ {k} ค่า)</source>
        <translation>{n} entries in the change history ({k} personal values kept there)</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/personal_dialog.py" line="87"/>
        <source>ทะเบียนนี้ถูกส่งออกหรือพิมพ์พร้อมข้อมูลส่วนบุคคล {n} ครั้ง</source>
        <translation>This register was exported or printed with personal data {n} time(s)</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/personal_dialog.py" line="89"/>
        <source>เลยวันที่กำหนดเก็บข้อมูลแล้ว ควรลบข้อมูลส่วนบุคคล</source>
        <translation>Past the retention date: the personal data should be erased</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/personal_dialog.py" line="94"/>
        <source>ลบข้อมูลส่วนบุคคล</source>
        <translation>Erase personal data</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/personal_dialog.py" line="95"/>
        <source>เหตุผล (เช่น เจ้าของข้อมูลขอให้ลบ หรือครบกำหนดเก็บรักษา)</source>
        <translation>Reason (e.g. the person asked, or the retention date has passed)</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/personal_dialog.py" line="102"/>
        <source>ลบไม่สำเร็จ</source>
        <translation>Could not erase</translation>
    </message>
    <message>
        <location filename="../../app/views/audit/personal_dialog.py" line="105"/>
        <source>ลบข้อมูลส่วนบุคคลแล้ว ประวัติการแก้ไขยังอยู่แต่ไม่มีค่าส่วนบุคคล</source>
        <translation>Personal data erased; the change history stays, without the personal values</translation>
    </message>
</context>
<context>
    <name>PlanMenu</name>
    <message>
        <location filename="../../app/views/plan/menu.py" line="30"/>
        <source>งบประมาณ…</source>
        <translation>Budget…</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/menu.py" line="31"/>
        <source>ตรวจโครงการซ้ำ…</source>
        <translation>Check duplicates…</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/menu.py" line="33"/>
        <source>สรุปงบประมาณ…</source>
        <translation>Budget summary…</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../app/views/certificates/dialogs.py" line="269"/>
        <source>ตัวอย่างเกียรติบัตร</source>
        <translation>Certificate preview</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/dialogs.py" line="271"/>
        <source>◀ ก่อนหน้า</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/dialogs.py" line="272"/>
        <source>ถัดไป ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/dialogs.py" line="275"/>
        <source>พิมพ์…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/dialogs.py" line="276"/>
        <source>ปิด</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/dialogs.py" line="308"/>
        <source>หน้า {page} / {pages}: {number} {city} (ให้ไว้ {day})</source>
        <translation>Page {page} / {pages}: {number} {city} (issued on {day})</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../app/views/excel/import_preview.py" line="78"/>
        <source>แก้ไขรายการเดิมที่ใกล้เคียง</source>
        <translation>Update the similar record</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_preview.py" line="81"/>
        <location filename="../../app/views/excel/import_preview.py" line="150"/>
        <source>เพิ่มเป็นรายการใหม่</source>
        <translation>Add as a new record</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_preview.py" line="96"/>
        <source>เพิ่ม ({n})</source>
        <translation>Add ({n})</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_preview.py" line="96"/>
        <source>แก้ไข ({n})</source>
        <translation>Update ({n})</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_preview.py" line="96"/>
        <source>ไม่เปลี่ยนแปลง ({n})</source>
        <translation>Unchanged ({n})</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_preview.py" line="97"/>
        <source>ใกล้เคียงรายการเดิม ({n})</source>
        <translation>Similar to a record ({n})</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_preview.py" line="97"/>
        <source>ปัญหา ({n})</source>
        <translation>Problems ({n})</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_preview.py" line="98"/>
        <source>การแปลงค่า ({n})</source>
        <translation>Conversions ({n})</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_preview.py" line="122"/>
        <source>แถว</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_preview.py" line="128"/>
        <source>ข้อมูล</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_preview.py" line="128"/>
        <source>เดิม</source>
        <translation>Old</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_preview.py" line="128"/>
        <source>ใหม่</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_preview.py" line="131"/>
        <source>รายการเดิมที่ใกล้เคียง</source>
        <translation>Similar record</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_preview.py" line="131"/>
        <source>ความใกล้เคียง</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_preview.py" line="131"/>
        <source>ให้ทำ</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_preview.py" line="134"/>
        <source>แผ่นงาน</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_preview.py" line="134"/>
        <location filename="../../app/views/excel/import_preview.py" line="136"/>
        <source>คอลัมน์</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_preview.py" line="134"/>
        <source>ปัญหา</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_preview.py" line="136"/>
        <source>การแปลงค่า</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_preview.py" line="142"/>
        <source>(ลบค่า)</source>
        <translation>(cleared)</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_preview.py" line="143"/>
        <source>(ว่าง)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_preview.py" line="148"/>
        <source>แก้ไขรายการเดิม</source>
        <translation>Update that record</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_preview.py" line="151"/>
        <source>รอเลือก</source>
        <translation>To decide</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/import_preview.py" line="156"/>
        <source>คำเตือน: {text}</source>
        <translation>Warning: {text}</translation>
    </message>
</context>
<context>
    <name>ProgressRunner</name>
    <message>
        <location filename="../../app/views/excel/export_dialog.py" line="68"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/views/excel/export_dialog.py" line="70"/>
        <source>กำลังทำงาน</source>
        <translation>Working</translation>
    </message>
</context>
<context>
    <name>ProvinceMap</name>
    <message>
        <location filename="../../app/views/dashboard/province_map.py" line="132"/>
        <source>ไม่มี</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../app/views/certificates/dialogs.py" line="200"/>
        <source>ตกลง</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/dialogs.py" line="201"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/dialogs.py" line="206"/>
        <source>ให้ไว้ ณ วันที่</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/dialogs.py" line="208"/>
        <source>เหตุผล *</source>
        <translation>Reason *</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/dialogs.py" line="224"/>
        <source>กรุณากรอกเหตุผล</source>
        <translation>Please give a reason</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/dialogs.py" line="226"/>
        <source>กรุณากรอกวันที่ให้ไว้เป็นวัน/เดือน/ปี พ.ศ. เช่น 24/12/2564</source>
        <translation>Please enter the issue date as day/month/B.E. year, e.g. 24/12/2564</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../app/views/registers/record_form.py" line="37"/>
        <source>แก้ไข{name}</source>
        <translation>Edit {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/registers/record_form.py" line="37"/>
        <source>เพิ่ม{name}</source>
        <translation>Add {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/registers/record_form.py" line="72"/>
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/views/registers/record_form.py" line="73"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/views/registers/record_form.py" line="107"/>
        <source>บันทึกไม่สำเร็จ</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>RegisterPane</name>
    <message>
        <location filename="../../app/views/registers/register_pane.py" line="104"/>
        <source>เพิ่ม</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../app/views/registers/register_pane.py" line="105"/>
        <source>แก้ไข</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../app/views/registers/register_pane.py" line="106"/>
        <source>ลบ</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../app/views/registers/register_pane.py" line="108"/>
        <source>ค้นหา</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../app/views/registers/register_pane.py" line="109"/>
        <source>โหลดข้อมูลใหม่</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../app/views/registers/register_pane.py" line="110"/>
        <source>ต่ออายุตราสัญลักษณ์อีก 2 ปี</source>
        <translation>Renew the emblem for 2 more years</translation>
    </message>
    <message>
        <location filename="../../app/views/registers/register_pane.py" line="237"/>
        <source>ทำรายการไม่สำเร็จ</source>
        <translation>The action could not be completed</translation>
    </message>
    <message>
        <location filename="../../app/views/registers/register_pane.py" line="292"/>
        <source>เพิ่ม “{name}”</source>
        <translation>Add “{name}”</translation>
    </message>
    <message>
        <location filename="../../app/views/registers/register_pane.py" line="318"/>
        <source>แก้ไข “{name}”</source>
        <translation>Edit “{name}”</translation>
    </message>
    <message>
        <location filename="../../app/views/registers/register_pane.py" line="324"/>
        <source>ประวัติการต่ออายุตราสัญลักษณ์</source>
        <translation>Emblem renewal history</translation>
    </message>
    <message>
        <location filename="../../app/views/registers/register_pane.py" line="325"/>
        <source>ต่ออายุเมื่อ {day}: หมดอายุเดิม {old} → {new}</source>
        <translation>Renewed on {day}: expiry {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../app/views/registers/register_pane.py" line="331"/>
        <source>รับรองโดยมติ</source>
        <translation>Certified by the resolution</translation>
    </message>
    <message>
        <location filename="../../app/views/registers/register_pane.py" line="353"/>
        <source>ลบ “{name}” ใช่หรือไม่?</source>
        <translation>Delete “{name}”?</translation>
    </message>
    <message>
        <location filename="../../app/views/registers/register_pane.py" line="354"/>
        <source>ลบ {n} รายการที่เลือกใช่หรือไม่?</source>
        <translation>Delete the {n} selected records?</translation>
    </message>
    <message>
        <location filename="../../app/views/registers/register_pane.py" line="355"/>
        <source>ยืนยันการลบ</source>
        <translation>Confirm delete</translation>
    </message>
    <message>
        <location filename="../../app/views/registers/register_pane.py" line="355"/>
        <source>เลิกทำได้ด้วย Ctrl+Z</source>
        <translation>You can undo this with Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../app/views/registers/register_pane.py" line="357"/>
        <source>ลบ {n} รายการ</source>
        <translation>Delete {n} records</translation>
    </message>
    <message>
        <location filename="../../app/views/registers/register_pane.py" line="361"/>
        <source>ลบ “{name}”</source>
        <translation>Delete “{name}”</translation>
    </message>
    <message>
        <location filename="../../app/views/registers/register_pane.py" line="376"/>
        <source>ต่ออายุตราสัญลักษณ์ของ “{name}” อีก 2 ปี นับจากวันหมดอายุเดิม (วันที่ต่ออายุ {day})?</source>
        <translation>Renew the emblem of “{name}” for 2 more years from its current expiry (renewed on {day})?</translation>
    </message>
    <message>
        <location filename="../../app/views/registers/register_pane.py" line="377"/>
        <source>ต่ออายุตราสัญลักษณ์</source>
        <translation>Renew emblem</translation>
    </message>
</context>
<context>
    <name>RollTable</name>
    <message>
        <location filename="../../app/views/meetings/attendance_roll.py" line="136"/>
        <source>ไม่นับเป็นองค์ประชุม</source>
        <translation>Not counted for the quorum</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/attendance_roll.py" line="142"/>
        <source>— ยังไม่ระบุ —</source>
        <translation>— not recorded —</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings/attendance_roll.py" line="206"/>
        <source>เช่น ติดราชการ</source>
        <translation>e.g. official duty elsewhere</translation>
    </message>
</context>
<context>
    <name>SignatoryBox</name>
    <message>
        <location filename="../../app/views/certificates/settings_dialog.py" line="68"/>
        <source>ผู้ลงนามคนที่ {n}</source>
        <translation>Signatory {n}</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/settings_dialog.py" line="71"/>
        <source>เช่น นายชัยวุฒิ ธนาคมานุสรณ์ (เว้นว่างถ้าไม่ใช้)</source>
        <translation>e.g. Mr Chaiwut Thanakamanusorn (leave empty if unused)</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/settings_dialog.py" line="74"/>
        <location filename="../../app/views/certificates/settings_dialog.py" line="118"/>
        <source>ไม่มีภาพลายมือชื่อ</source>
        <translation>No signature image</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/settings_dialog.py" line="78"/>
        <source>เลือกภาพลายมือชื่อ…</source>
        <translation>Choose signature image…</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/settings_dialog.py" line="80"/>
        <source>ลบภาพ</source>
        <translation>Remove image</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/settings_dialog.py" line="88"/>
        <source>ชื่อเต็ม</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/settings_dialog.py" line="89"/>
        <source>ตำแหน่ง</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/settings_dialog.py" line="90"/>
        <source>ลายมือชื่อ</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/settings_dialog.py" line="93"/>
        <source>ตั้งแต่</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/settings_dialog.py" line="93"/>
        <source>ถึง</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/settings_dialog.py" line="96"/>
        <source>ดำรงตำแหน่ง</source>
        <translation>In office</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/settings_dialog.py" line="122"/>
        <source>ภาพลายมือชื่อ</source>
        <translation>Signature image</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/settings_dialog.py" line="123"/>
        <source>ภาพ (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/settings_dialog.py" line="130"/>
        <source>อ่านไฟล์ภาพไม่ได้</source>
        <translation>Cannot read the image file</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../app/gui.py" line="68"/>
        <source>เข้าสู่ระบบ</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../app/gui.py" line="69"/>
        <source>รหัสผ่านของ {name}</source>
        <translation>Password for {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui.py" line="82"/>
        <source>ไม่พบฐานข้อมูล</source>
        <translation>Database not found</translation>
    </message>
    <message>
        <location filename="../../app/gui.py" line="83"/>
        <source>ยังไม่มีไฟล์ฐานข้อมูล {path}

สร้างฐานข้อมูลใหม่ (ว่าง) ที่ตำแหน่งนี้หรือไม่?</source>
        <translation>There is no database file {path}

Make a new (empty) database here?</translation>
    </message>
    <message>
        <location filename="../../app/gui.py" line="104"/>
        <source>เปิดฐานข้อมูลไม่ได้</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../../app/gui.py" line="125"/>
        <source>กำลังสร้างฐานข้อมูลใหม่…</source>
        <translation>Creating a new database…</translation>
    </message>
    <message>
        <location filename="../../app/gui.py" line="126"/>
        <source>กำลังปรับปรุงโครงสร้างฐานข้อมูลจากโปรแกรมรุ่นก่อน (สำรองข้อมูลเดิมไว้ก่อนปรับปรุง)…</source>
        <translation>Upgrading a database from an earlier version of the program (backed up first)…</translation>
    </message>
    <message>
        <location filename="../../app/gui.py" line="128"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/gui.py" line="130"/>
        <source>เปิดฐานข้อมูล</source>
        <translation>Open database</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../app/views/plan/summary_dialog.py" line="48"/>
        <source>สรุปแผนงานบูรณาการสำหรับระเบียบวาระ</source>
        <translation>Plan summary for the agenda</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/summary_dialog.py" line="52"/>
        <source>ทุกปีงบประมาณ</source>
        <translation>every fiscal year</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/summary_dialog.py" line="54"/>
        <source>ปีงบประมาณ {year}</source>
        <translation>fiscal year {year}</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/summary_dialog.py" line="61"/>
        <source>บันทึก Excel…</source>
        <translation>Save Excel…</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/summary_dialog.py" line="62"/>
        <source>บันทึก PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/summary_dialog.py" line="63"/>
        <source>บันทึก PDF และแนบกับระเบียบวาระ…</source>
        <translation>Save PDF and attach to an agenda item…</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/summary_dialog.py" line="81"/>
        <source>กำลังสรุป…</source>
        <translation>Summarising…</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/summary_dialog.py" line="99"/>
        <source>รวมเสนอขอ {r} บาท · ได้รับจัดสรร {a} บาท</source>
        <translation>Requested {r} baht · allocated {a} baht</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/summary_dialog.py" line="127"/>
        <source>แนบกับระเบียบวาระ</source>
        <translation>Attach to an agenda item</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/summary_dialog.py" line="127"/>
        <source>ระเบียบวาระ</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/summary_dialog.py" line="135"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/summary_dialog.py" line="135"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/summary_dialog.py" line="147"/>
        <source>บันทึกแล้ว: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/summary_dialog.py" line="154"/>
        <source>ไม่มีระเบียบวาระของการประชุมที่ยังไม่รับรองรายงานการประชุม</source>
        <translation>No agenda item of a meeting whose minutes are not yet certified</translation>
    </message>
    <message>
        <location filename="../../app/views/plan/summary_dialog.py" line="166"/>
        <source>แนบ {name} กับระเบียบวาระแล้ว</source>
        <translation>{name} attached to the agenda item</translation>
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <location filename="../../app/views/sync/menu.py" line="29"/>
        <source>นำข้อมูลออกไปทำงานนอกสถานที่…</source>
        <translation>Take offline…</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/menu.py" line="30"/>
        <source>ส่งการเปลี่ยนแปลง…</source>
        <translation>Send changes…</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/menu.py" line="31"/>
        <source>รับการเปลี่ยนแปลงจากแฟ้ม…</source>
        <translation>Receive changes from a file…</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/menu.py" line="58"/>
        <source>ทำรายการไม่สำเร็จ</source>
        <translation>The action could not be completed</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/menu.py" line="62"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/menu.py" line="95"/>
        <source>การประชุมที่จะนำออกไป</source>
        <translation>Meetings to take along</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/menu.py" line="101"/>
        <source>ไม่นำข้อมูลส่วนบุคคลออกไป (ชื่อ โทรศัพท์ อีเมล ฯลฯ ของนักส่งเสริมจะว่างในสำเนา)</source>
        <translation>Leave personal data behind (the ambassadors&apos; names, phones, e-mails etc. are empty on the copy)</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/menu.py" line="104"/>
        <source>การนำข้อมูลส่วนบุคคลออกไปจะถูกบันทึกเป็นการเปิดเผยข้อมูลส่วนบุคคล</source>
        <translation>Taking personal data offline is recorded as a personal-data disclosure</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/menu.py" line="133"/>
        <source>นำข้อมูลออกไปทำงานนอกสถานที่</source>
        <translation>Take offline</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/menu.py" line="139"/>
        <source>กำลังรับข้อมูลล่าสุดลงสำเนาเดิม…</source>
        <translation>Bringing the copy up to date…</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/menu.py" line="146"/>
        <source>กำลังนำข้อมูลออก…</source>
        <translation>Taking the data out…</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/menu.py" line="164"/>
        <source>นำข้อมูลออกแล้ว: {path} ({rows} แถว) เปิดไฟล์นี้บนเครื่องพกพาเพื่อทำงานนอกสถานที่</source>
        <translation>Taken offline: {path} ({rows} rows). Open this file on the laptop to work away from the office</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/menu.py" line="170"/>
        <source>รับข้อมูลล่าสุดลง {path} แล้ว สำเนาเก่าเก็บไว้ที่ {aside}</source>
        <translation>{path} is up to date; the old copy was kept at {aside}</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/menu.py" line="179"/>
        <source>ส่งการเปลี่ยนแปลง</source>
        <translation>Send changes</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/menu.py" line="181"/>
        <location filename="../../app/views/sync/menu.py" line="203"/>
        <source>ชุดการเปลี่ยนแปลง (*.zip)</source>
        <translation>Change packages (*.zip)</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/menu.py" line="186"/>
        <source>บันทึกชุดการเปลี่ยนแปลงแล้ว: {path} ({n} รายการ) ส่งแฟ้มนี้ให้ผู้ดูแลเซิร์ฟเวอร์ แล้วรับข้อมูลล่าสุดลงสำเนานี้</source>
        <translation>Change package saved: {path} ({n} changes). Send this file to the server, then bring this copy up to date</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/menu.py" line="190"/>
        <source>กำลังบันทึกการเปลี่ยนแปลง…</source>
        <translation>Saving the changes…</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/menu.py" line="202"/>
        <location filename="../../app/views/sync/menu.py" line="218"/>
        <source>รับการเปลี่ยนแปลงจากแฟ้ม</source>
        <translation>Receive changes from a file</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/menu.py" line="206"/>
        <source>กำลังตรวจชุดการเปลี่ยนแปลง…</source>
        <translation>Checking the change package…</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/menu.py" line="219"/>
        <source>ชุดการเปลี่ยนแปลงนี้นำเข้าไปแล้วก่อนหน้านี้ ไม่มีการเปลี่ยนแปลงเพิ่ม</source>
        <translation>This change package was imported before; nothing more changed</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/menu.py" line="231"/>
        <source>กำลังนำเข้าการเปลี่ยนแปลง…</source>
        <translation>Importing the changes…</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/menu.py" line="238"/>
        <source>นำเข้าการเปลี่ยนแปลงแล้ว {n} รายการ</source>
        <translation>{n} changes imported</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/menu.py" line="240"/>
        <source>เกียรติบัตรได้เลขที่ {numbers}</source>
        <translation>Certificates numbered {numbers}</translation>
    </message>
    <message>
        <location filename="../../app/views/sync/menu.py" line="242"/>
        <source>ที่พักไว้บันทึกที่ {path}</source>
        <translation>Set-aside changes saved at {path}</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../app/views/certificates/verify_dialog.py" line="40"/>
        <source>ตรวจสอบเกียรติบัตร</source>
        <translation>Verify a certificate</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/verify_dialog.py" line="43"/>
        <source>พิมพ์เลขที่เกียรติบัตร หรือสแกนคิวอาร์โค้ด</source>
        <translation>Type the certificate No. or scan the QR code</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/verify_dialog.py" line="46"/>
        <source>ตรวจสอบ</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/verify_dialog.py" line="49"/>
        <source>ผลการตรวจสอบจะแสดงที่นี่ (ใช้ข้อมูลในฐานข้อมูลนี้ ไม่ต้องต่ออินเทอร์เน็ต)</source>
        <translation>The result appears here (checked against this database; no internet connection needed)</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/verify_dialog.py" line="58"/>
        <source>ปิด</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/verify_dialog.py" line="66"/>
        <source>เลขที่หรือข้อความจากคิวอาร์โค้ด</source>
        <translation>Certificate No. or QR code text</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/verify_dialog.py" line="88"/>
        <source>ตรวจสอบไม่ได้</source>
        <translation>Cannot verify</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/verify_dialog.py" line="97"/>
        <source>ถูกต้อง</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/verify_dialog.py" line="97"/>
        <source>หมดอายุแล้ว</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/verify_dialog.py" line="97"/>
        <source>ถูกเพิกถอน</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/verify_dialog.py" line="98"/>
        <source>ถูกแทนที่ด้วยฉบับใหม่แล้ว</source>
        <translation>Replaced by a new certificate</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/verify_dialog.py" line="98"/>
        <source>ไม่พบในทะเบียน</source>
        <translation>Not in the register</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/verify_dialog.py" line="99"/>
        <source>รหัสตรวจสอบไม่ตรงกับทะเบียน</source>
        <translation>Check value does not match the register</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/verify_dialog.py" line="104"/>
        <source>เลขที่</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/verify_dialog.py" line="104"/>
        <source>เมือง/โครงการ</source>
        <translation>City / project</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/verify_dialog.py" line="105"/>
        <source>ผู้พัฒนาเมือง</source>
        <translation>City developer</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/verify_dialog.py" line="105"/>
        <source>จังหวัด</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/verify_dialog.py" line="106"/>
        <source>ให้ไว้ ณ วันที่</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/verify_dialog.py" line="107"/>
        <source>ใช้ได้ถึงวันที่</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/verify_dialog.py" line="108"/>
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/verify_dialog.py" line="109"/>
        <source>มติที่รับรอง</source>
        <translation>Certifying resolution</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/verify_dialog.py" line="111"/>
        <source>ฉบับที่ใช้แทน</source>
        <translation>Replaced by</translation>
    </message>
    <message>
        <location filename="../../app/views/certificates/verify_dialog.py" line="113"/>
        <source>เหตุผล</source>
        <translation>Reason</translation>
    </message>
</context>
</TS>
