<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../app/views/actions_pane.py" line="232"/>
        <source>ติดตามงานที่มอบหมาย</source>
        <translation>Follow up an action item</translation>
    </message>
    <message>
        <location filename="../../app/views/actions_pane.py" line="248"/>
        <source>{committee} ครั้งที่ {label}</source>
        <translation>{committee} meeting {label}</translation>
    </message>
    <message>
        <location filename="../../app/views/actions_pane.py" line="250"/>
        <source>การประชุม</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../app/views/actions_pane.py" line="251"/>
        <source>ระเบียบวาระ</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location filename="../../app/views/actions_pane.py" line="290"/>
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/views/actions_pane.py" line="291"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <location filename="../../app/views/actions_pane.py" line="79"/>
        <source>การประชุม</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../app/views/actions_pane.py" line="79"/>
        <source>ระเบียบวาระ</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location filename="../../app/views/actions_pane.py" line="81"/>
        <source>เกินกำหนด / ปิดงาน</source>
        <translation>Overdue / closed on</translation>
    </message>
    <message>
        <location filename="../../app/views/actions_pane.py" line="137"/>
        <source>{committee} ครั้งที่ {label}</source>
        <translation>{committee} meeting {label}</translation>
    </message>
    <message>
        <location filename="../../app/views/actions_pane.py" line="148"/>
        <source>เกินกำหนด {n} วัน</source>
        <translation>Days overdue: {n}</translation>
    </message>
</context>
<context>
    <name>ActionsPane</name>
    <message>
        <location filename="../../app/views/actions_pane.py" line="365"/>
        <source>ติดตามมติที่ประชุม</source>
        <translation>Action items</translation>
    </message>
    <message>
        <location filename="../../app/views/actions_pane.py" line="370"/>
        <source>หน่วยงานที่รับผิดชอบ (Ctrl+F)</source>
        <translation>Responsible agency (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/views/actions_pane.py" line="375"/>
        <source>ทุกสถานะ</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../app/views/actions_pane.py" line="376"/>
        <source>ยังไม่เสร็จ</source>
        <translation>Not finished</translation>
    </message>
    <message>
        <location filename="../../app/views/actions_pane.py" line="379"/>
        <source>เกินกำหนด</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/views/actions_pane.py" line="383"/>
        <source>ทุกคณะกรรมการ</source>
        <translation>All committees</translation>
    </message>
    <message>
        <location filename="../../app/views/actions_pane.py" line="386"/>
        <source>กำลังโหลดข้อมูล…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../app/views/actions_pane.py" line="431"/>
        <location filename="../../app/views/actions_pane.py" line="432"/>
        <source>แก้ไขความก้าวหน้า</source>
        <translation>Update progress</translation>
    </message>
    <message>
        <location filename="../../app/views/actions_pane.py" line="433"/>
        <source>ค้นหา</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../app/views/actions_pane.py" line="434"/>
        <source>โหลดข้อมูลใหม่</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../app/views/actions_pane.py" line="436"/>
        <source>เพิ่มหรือลบงานที่มอบหมายได้ที่ระเบียบวาระของการประชุม</source>
        <translation>Action items are added and deleted on the meeting&apos;s agenda</translation>
    </message>
    <message>
        <location filename="../../app/views/actions_pane.py" line="437"/>
        <source>เพิ่ม</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../app/views/actions_pane.py" line="438"/>
        <source>ลบ</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../app/views/actions_pane.py" line="538"/>
        <source>ทำรายการไม่สำเร็จ</source>
        <translation>The action could not be completed</translation>
    </message>
    <message>
        <location filename="../../app/views/actions_pane.py" line="562"/>
        <source>แก้ไข “{name}”</source>
        <translation>Edit “{name}”</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../app/views/agenda_tab.py" line="83"/>
        <source>เพิ่มเรื่อง</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../../app/views/agenda_tab.py" line="84"/>
        <source>ลบ</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../app/views/agenda_tab.py" line="85"/>
        <source>ขึ้น</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../app/views/agenda_tab.py" line="86"/>
        <source>ลง</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../app/views/agenda_tab.py" line="99"/>
        <source>เมืองที่รับรองในเรื่องนี้</source>
        <translation>Cities certified by this item</translation>
    </message>
    <message>
        <location filename="../../app/views/agenda_tab.py" line="102"/>
        <source>งานที่มอบหมายตามมติ</source>
        <translation>Work assigned by the resolution</translation>
    </message>
    <message>
        <location filename="../../app/views/agenda_tab.py" line="105"/>
        <source>งานที่มอบหมาย</source>
        <translation>Assigned work</translation>
    </message>
    <message>
        <location filename="../../app/views/agenda_tab.py" line="105"/>
        <source>หน่วยงานที่รับผิดชอบ</source>
        <translation>Responsible agency</translation>
    </message>
    <message>
        <location filename="../../app/views/agenda_tab.py" line="106"/>
        <source>กำหนดเสร็จ</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../app/views/agenda_tab.py" line="106"/>
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/views/agenda_tab.py" line="112"/>
        <source>เพิ่มงานที่มอบหมาย</source>
        <translation>Add assigned work</translation>
    </message>
    <message>
        <location filename="../../app/views/agenda_tab.py" line="113"/>
        <source>ลบงานที่เลือก</source>
        <translation>Delete selected work</translation>
    </message>
    <message>
        <location filename="../../app/views/agenda_tab.py" line="115"/>
        <source>บันทึกเรื่องนี้</source>
        <translation>Save this item</translation>
    </message>
    <message>
        <location filename="../../app/views/agenda_tab.py" line="167"/>
        <source>ระเบียบวาระที่ {n}</source>
        <translation>Section {n}</translation>
    </message>
    <message>
        <location filename="../../app/views/agenda_tab.py" line="222"/>
        <source>ทำรายการไม่สำเร็จ</source>
        <translation>The action could not be completed</translation>
    </message>
    <message>
        <location filename="../../app/views/agenda_tab.py" line="268"/>
        <source>เรื่องใหม่</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="../../app/views/agenda_tab.py" line="284"/>
        <location filename="../../app/views/agenda_tab.py" line="335"/>
        <source>ยืนยันการลบ</source>
        <translation>Confirm delete</translation>
    </message>
    <message>
        <location filename="../../app/views/agenda_tab.py" line="284"/>
        <source>ลบเรื่อง “{title}” และเรื่องย่อยใช่หรือไม่?</source>
        <translation>Delete the item “{title}” and its sub-items?</translation>
    </message>
    <message>
        <location filename="../../app/views/agenda_tab.py" line="334"/>
        <source>ลบงานที่มอบหมาย “{work}” ใช่หรือไม่?</source>
        <translation>Delete the assigned work “{work}”?</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../../app/views/attendance_tab.py" line="106"/>
        <source>กรรมการ: ผู้มาประชุมและผู้ไม่มาประชุม</source>
        <translation>Members: present and absent</translation>
    </message>
    <message>
        <location filename="../../app/views/attendance_tab.py" line="108"/>
        <source>มาประชุมทุกคนที่ยังไม่ระบุ</source>
        <translation>Mark everyone not recorded as present</translation>
    </message>
    <message>
        <location filename="../../app/views/attendance_tab.py" line="134"/>
        <source>ผู้เข้าร่วมประชุม</source>
        <translation>Other attendees</translation>
    </message>
    <message>
        <location filename="../../app/views/attendance_tab.py" line="136"/>
        <source>เพิ่มผู้เข้าร่วมประชุม</source>
        <translation>Add attendee</translation>
    </message>
    <message>
        <location filename="../../app/views/attendance_tab.py" line="139"/>
        <source>ลบผู้เข้าร่วมประชุมที่เลือก</source>
        <translation>Remove selected attendees</translation>
    </message>
    <message>
        <location filename="../../app/views/attendance_tab.py" line="160"/>
        <source>ยกเลิกการแก้ไข</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../app/views/attendance_tab.py" line="163"/>
        <source>บันทึกการมาประชุม</source>
        <translation>Save attendance</translation>
    </message>
    <message>
        <location filename="../../app/views/attendance_tab.py" line="236"/>
        <source>ไม่นับเป็นองค์ประชุม</source>
        <translation>Not counted for the quorum</translation>
    </message>
    <message>
        <location filename="../../app/views/attendance_tab.py" line="240"/>
        <source>— ยังไม่ระบุ —</source>
        <translation>— not recorded —</translation>
    </message>
    <message>
        <location filename="../../app/views/attendance_tab.py" line="328"/>
        <source>เช่น ติดราชการ</source>
        <translation>e.g. official duty elsewhere</translation>
    </message>
    <message>
        <location filename="../../app/views/attendance_tab.py" line="382"/>
        <source>เกณฑ์องค์ประชุม: {rule} {n}/{d} ของจำนวนกรรมการ</source>
        <translation>Quorum rule: {rule} {n}/{d} of the members</translation>
    </message>
    <message>
        <location filename="../../app/views/attendance_tab.py" line="383"/>
        <source>เกินกว่า</source>
        <translation>more than</translation>
    </message>
    <message>
        <location filename="../../app/views/attendance_tab.py" line="383"/>
        <source>ไม่น้อยกว่า</source>
        <translation>not less than</translation>
    </message>
    <message>
        <location filename="../../app/views/attendance_tab.py" line="386"/>
        <source>ยังไม่มีรายชื่อกรรมการที่ดำรงตำแหน่งในวันประชุม จึงนับองค์ประชุมไม่ได้</source>
        <translation>No members serve on the meeting date, so the quorum cannot be counted</translation>
    </message>
    <message>
        <location filename="../../app/views/attendance_tab.py" line="390"/>
        <source>องค์ประชุม: มาประชุม {present} จาก {members} คน (ต้องมีอย่างน้อย {required} คน)</source>
        <translation>Quorum: {present} of {members} members present (at least {required} needed)</translation>
    </message>
    <message>
        <location filename="../../app/views/attendance_tab.py" line="392"/>
        <source>ครบองค์ประชุม</source>
        <translation>quorum met</translation>
    </message>
    <message>
        <location filename="../../app/views/attendance_tab.py" line="392"/>
        <source>ไม่ครบองค์ประชุม</source>
        <translation>no quorum</translation>
    </message>
    <message>
        <location filename="../../app/views/attendance_tab.py" line="394"/>
        <source>มีผู้มาประชุมแทน {n} คน</source>
        <translation>substitutes: {n}</translation>
    </message>
    <message>
        <location filename="../../app/views/attendance_tab.py" line="396"/>
        <source>ยังไม่ระบุการมาประชุม {n} คน</source>
        <translation>not recorded yet: {n}</translation>
    </message>
    <message>
        <location filename="../../app/views/attendance_tab.py" line="435"/>
        <source>ผู้เข้าร่วมประชุมที่ลบ</source>
        <translation>Removed attendee</translation>
    </message>
    <message>
        <location filename="../../app/views/attendance_tab.py" line="444"/>
        <source>ผู้เข้าร่วมประชุมลำดับที่ {n}</source>
        <translation>Attendee no. {n}</translation>
    </message>
    <message>
        <location filename="../../app/views/attendance_tab.py" line="457"/>
        <source>บันทึกไม่สำเร็จ: {who} — {problem}</source>
        <translation>Not saved: {who} — {problem}</translation>
    </message>
    <message>
        <location filename="../../app/views/attendance_tab.py" line="458"/>
        <source>บันทึกไม่สำเร็จ: {problem}</source>
        <translation>Not saved: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/views/attendance_tab.py" line="495"/>
        <source>บันทึกไม่สำเร็จ</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>CheckListEdit</name>
    <message>
        <location filename="../../app/views/field_widgets.py" line="181"/>
        <source>พิมพ์เพื่อกรองรายการ</source>
        <translation>Type to filter the list</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../app/views/field_widgets.py" line="38"/>
        <source>วว/ดด/ปปปป (พ.ศ.)</source>
        <translation>dd/mm/yyyy (B.E.)</translation>
    </message>
    <message>
        <location filename="../../app/views/field_widgets.py" line="40"/>
        <source>ปฏิทิน</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../app/views/field_widgets.py" line="41"/>
        <source>เลือกจากปฏิทิน</source>
        <translation>Pick from the calendar</translation>
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
    <name>FieldsDialog</name>
    <message>
        <location filename="../../app/views/fields_dialog.py" line="32"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FieldsEditor</name>
    <message>
        <location filename="../../app/views/fields_editor.py" line="65"/>
        <source>ข้อมูลส่วนบุคคล (PDPA): ไม่รวมในไฟล์ส่งออก เว้นแต่ผู้ใช้เลือก</source>
        <translation>Personal data (PDPA): left out of exports unless the user asks for it</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../app/views/filter_bar.py" line="23"/>
        <source>ค้นหา (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/views/filter_bar.py" line="25"/>
        <source>ทุกจังหวัด</source>
        <translation>All provinces</translation>
    </message>
    <message>
        <location filename="../../app/views/filter_bar.py" line="26"/>
        <source>ทุกภาค</source>
        <translation>All regions</translation>
    </message>
    <message>
        <location filename="../../app/views/filter_bar.py" line="28"/>
        <source>ทุกสถานะ</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../app/views/filter_bar.py" line="30"/>
        <source>กำลังโหลดข้อมูล…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/views/main_window.py" line="35"/>
        <source>ระบบงานเลขานุการคณะกรรมการขับเคลื่อนการพัฒนาเมืองอัจฉริยะ</source>
        <translation>Smart City Development Driving Committee — Secretariat</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="61"/>
        <source>ฐานข้อมูล: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="67"/>
        <source>แฟ้ม</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="68"/>
        <source>เติมข้อมูลตัวอย่าง</source>
        <translation>Add sample data</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="72"/>
        <source>ออกจากโปรแกรม</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="77"/>
        <source>แก้ไข</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="78"/>
        <source>เลิกทำ</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="80"/>
        <source>ทำซ้ำ</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="85"/>
        <source>เพิ่มรายการ</source>
        <translation>Add record</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="85"/>
        <source>แก้ไขรายการ</source>
        <translation>Edit record</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="86"/>
        <source>ลบรายการ</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="86"/>
        <source>ค้นหา</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="91"/>
        <source>มุมมอง</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="92"/>
        <source>โหลดข้อมูลใหม่</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="95"/>
        <location filename="../../app/views/main_window.py" line="208"/>
        <source>ภาษา</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="103"/>
        <source>ช่วยเหลือ</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="104"/>
        <location filename="../../app/views/main_window.py" line="212"/>
        <source>เกี่ยวกับโปรแกรม</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="140"/>
        <source>การประชุม</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="140"/>
        <source>ติดตามมติที่ประชุม</source>
        <translation>Action items</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="188"/>
        <source>{n} รายการ</source>
        <translation>{n} records</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="190"/>
        <source>แสดง {shown} จาก {total} รายการ</source>
        <translation>Showing {shown} of {total} records</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="200"/>
        <source>ทำรายการไม่สำเร็จ</source>
        <translation>The action could not be completed</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="204"/>
        <source>เพิ่มข้อมูลตัวอย่าง {n} รายการ</source>
        <translation>Added {n} sample records</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="209"/>
        <source>ภาษาที่เลือกจะมีผลเมื่อเปิดโปรแกรมครั้งถัดไป</source>
        <translation>The chosen language takes effect the next time the application starts</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="213"/>
        <source>ระบบงานเลขานุการคณะกรรมการขับเคลื่อนการพัฒนาเมืองอัจฉริยะ รุ่น {version}
สำนักงานเมืองอัจฉริยะประเทศไทย สำนักงานส่งเสริมเศรษฐกิจดิจิทัล</source>
        <translation>Smart City Development Driving Committee — Secretariat, version {version}
Thailand Smart City Office, Digital Economy Promotion Agency (depa)</translation>
    </message>
</context>
<context>
    <name>MeetingWindow</name>
    <message>
        <location filename="../../app/views/meeting_window.py" line="60"/>
        <source>ตรวจรายงานแล้ว</source>
        <translation>Mark as checked</translation>
    </message>
    <message>
        <location filename="../../app/views/meeting_window.py" line="62"/>
        <source>กลับเป็นร่าง</source>
        <translation>Back to draft</translation>
    </message>
    <message>
        <location filename="../../app/views/meeting_window.py" line="64"/>
        <source>รับรองรายงานการประชุม</source>
        <translation>Certify the minutes</translation>
    </message>
    <message>
        <location filename="../../app/views/meeting_window.py" line="71"/>
        <source>รายละเอียด</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/views/meeting_window.py" line="72"/>
        <source>ผู้เข้าประชุม</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../app/views/meeting_window.py" line="73"/>
        <source>ระเบียบวาระและมติ</source>
        <translation>Agenda and resolutions</translation>
    </message>
    <message>
        <location filename="../../app/views/meeting_window.py" line="74"/>
        <source>ตัวอย่างรายงานการประชุม</source>
        <translation>Minutes preview</translation>
    </message>
    <message>
        <location filename="../../app/views/meeting_window.py" line="76"/>
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/views/meeting_window.py" line="79"/>
        <source>ปิด</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/views/meeting_window.py" line="117"/>
        <source>สถานะรายงานการประชุม: {state}</source>
        <translation>Minutes: {state}</translation>
    </message>
    <message>
        <location filename="../../app/views/meeting_window.py" line="119"/>
        <source>(รับรองในการประชุมครั้งที่ {label})</source>
        <translation>(certified at meeting {label})</translation>
    </message>
    <message>
        <location filename="../../app/views/meeting_window.py" line="127"/>
        <source>บันทึกไม่สำเร็จ</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>MeetingsPane</name>
    <message>
        <location filename="../../app/views/meetings_pane.py" line="94"/>
        <source>การประชุม</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings_pane.py" line="102"/>
        <source>ครั้งที่</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings_pane.py" line="102"/>
        <source>วันที่ประชุม</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings_pane.py" line="102"/>
        <source>เวลา</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings_pane.py" line="103"/>
        <source>สถานที่ / รูปแบบ</source>
        <translation>Place / mode</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings_pane.py" line="103"/>
        <source>สถานะรายงานการประชุม</source>
        <translation>Minutes status</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings_pane.py" line="118"/>
        <source>คณะกรรมการ</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings_pane.py" line="136"/>
        <source>สร้างการประชุม</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings_pane.py" line="137"/>
        <source>เปิด</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings_pane.py" line="138"/>
        <source>พิมพ์รายงานการประชุม…</source>
        <translation>Print minutes…</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings_pane.py" line="140"/>
        <source>พิมพ์ระเบียบวาระ…</source>
        <translation>Print agenda…</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings_pane.py" line="141"/>
        <source>ลบ</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings_pane.py" line="143"/>
        <source>โหลดข้อมูลใหม่</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings_pane.py" line="206"/>
        <source>ทำรายการไม่สำเร็จ</source>
        <translation>The action could not be completed</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings_pane.py" line="213"/>
        <source>บันทึก PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings_pane.py" line="256"/>
        <source>ลบการประชุมครั้งที่ {label} พร้อมระเบียบวาระ การเข้าประชุม และมติ ใช่หรือไม่? (เลิกทำไม่ได้)</source>
        <translation>Delete meeting {label} with its agenda, attendance and resolutions? (This cannot be undone)</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings_pane.py" line="258"/>
        <source>ยืนยันการลบ</source>
        <translation>Confirm delete</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings_pane.py" line="275"/>
        <source>รายงานการประชุม</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../../app/views/meetings_pane.py" line="275"/>
        <source>ระเบียบวาระการประชุม</source>
        <translation>agenda</translation>
    </message>
</context>
<context>
    <name>NewActionDialog</name>
    <message>
        <location filename="../../app/views/action_dialog.py" line="24"/>
        <source>เพิ่มงานที่มอบหมาย</source>
        <translation>Add assigned work</translation>
    </message>
    <message>
        <location filename="../../app/views/action_dialog.py" line="21"/>
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <location filename="../../app/views/new_meeting_dialog.py" line="26"/>
        <source>สร้างการประชุม</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../app/views/new_meeting_dialog.py" line="23"/>
        <source>สร้าง</source>
        <translation>Create</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../app/views/record_form.py" line="37"/>
        <source>แก้ไข{name}</source>
        <translation>Edit {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/record_form.py" line="37"/>
        <source>เพิ่ม{name}</source>
        <translation>Add {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/record_form.py" line="71"/>
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/views/record_form.py" line="72"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/views/record_form.py" line="106"/>
        <source>บันทึกไม่สำเร็จ</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>RegisterPane</name>
    <message>
        <location filename="../../app/views/register_pane.py" line="118"/>
        <source>เพิ่ม</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../app/views/register_pane.py" line="119"/>
        <source>แก้ไข</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../app/views/register_pane.py" line="120"/>
        <source>ลบ</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../app/views/register_pane.py" line="122"/>
        <source>ค้นหา</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../app/views/register_pane.py" line="123"/>
        <source>โหลดข้อมูลใหม่</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../app/views/register_pane.py" line="124"/>
        <source>ต่ออายุตราสัญลักษณ์อีก 2 ปี</source>
        <translation>Renew the emblem for 2 more years</translation>
    </message>
    <message>
        <location filename="../../app/views/register_pane.py" line="220"/>
        <source>ทำรายการไม่สำเร็จ</source>
        <translation>The action could not be completed</translation>
    </message>
    <message>
        <location filename="../../app/views/register_pane.py" line="269"/>
        <source>เพิ่ม “{name}”</source>
        <translation>Add “{name}”</translation>
    </message>
    <message>
        <location filename="../../app/views/register_pane.py" line="293"/>
        <source>แก้ไข “{name}”</source>
        <translation>Edit “{name}”</translation>
    </message>
    <message>
        <location filename="../../app/views/register_pane.py" line="299"/>
        <source>ประวัติการต่ออายุตราสัญลักษณ์</source>
        <translation>Emblem renewal history</translation>
    </message>
    <message>
        <location filename="../../app/views/register_pane.py" line="300"/>
        <source>ต่ออายุเมื่อ {day}: หมดอายุเดิม {old} → {new}</source>
        <translation>Renewed on {day}: expiry {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../app/views/register_pane.py" line="306"/>
        <source>รับรองโดยมติ</source>
        <translation>Certified by the resolution</translation>
    </message>
    <message>
        <location filename="../../app/views/register_pane.py" line="325"/>
        <source>ลบ “{name}” ใช่หรือไม่?</source>
        <translation>Delete “{name}”?</translation>
    </message>
    <message>
        <location filename="../../app/views/register_pane.py" line="326"/>
        <source>ลบ {n} รายการที่เลือกใช่หรือไม่?</source>
        <translation>Delete the {n} selected records?</translation>
    </message>
    <message>
        <location filename="../../app/views/register_pane.py" line="327"/>
        <source>ยืนยันการลบ</source>
        <translation>Confirm delete</translation>
    </message>
    <message>
        <location filename="../../app/views/register_pane.py" line="327"/>
        <source>เลิกทำได้ด้วย Ctrl+Z</source>
        <translation>You can undo this with Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../app/views/register_pane.py" line="329"/>
        <source>ลบ {n} รายการ</source>
        <translation>Delete {n} records</translation>
    </message>
    <message>
        <location filename="../../app/views/register_pane.py" line="333"/>
        <source>ลบ “{name}”</source>
        <translation>Delete “{name}”</translation>
    </message>
    <message>
        <location filename="../../app/views/register_pane.py" line="348"/>
        <source>ต่ออายุตราสัญลักษณ์ของ “{name}” อีก 2 ปี นับจากวันหมดอายุเดิม (วันที่ต่ออายุ {day})?</source>
        <translation>Renew the emblem of “{name}” for 2 more years from its current expiry (renewed on {day})?</translation>
    </message>
    <message>
        <location filename="../../app/views/register_pane.py" line="349"/>
        <source>ต่ออายุตราสัญลักษณ์</source>
        <translation>Renew emblem</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../app/gui.py" line="56"/>
        <source>เปิดฐานข้อมูลไม่ได้</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
</TS>
