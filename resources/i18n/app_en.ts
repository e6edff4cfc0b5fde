<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CheckListEdit</name>
    <message>
        <location filename="../../app/views/field_widgets.py" line="161"/>
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
        <location filename="../../app/views/main_window.py" line="33"/>
        <source>ระบบงานเลขานุการคณะกรรมการขับเคลื่อนการพัฒนาเมืองอัจฉริยะ</source>
        <translation>Smart City Development Driving Committee — Secretariat</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="59"/>
        <source>ฐานข้อมูล: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="65"/>
        <source>แฟ้ม</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="66"/>
        <source>เติมข้อมูลตัวอย่าง</source>
        <translation>Add sample data</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="70"/>
        <source>ออกจากโปรแกรม</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="75"/>
        <source>แก้ไข</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="76"/>
        <source>เลิกทำ</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="78"/>
        <source>ทำซ้ำ</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="83"/>
        <source>เพิ่มรายการ</source>
        <translation>Add record</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="83"/>
        <source>แก้ไขรายการ</source>
        <translation>Edit record</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="84"/>
        <source>ลบรายการ</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="84"/>
        <source>ค้นหา</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="89"/>
        <source>มุมมอง</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="90"/>
        <source>โหลดข้อมูลใหม่</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="93"/>
        <location filename="../../app/views/main_window.py" line="186"/>
        <source>ภาษา</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="101"/>
        <source>ช่วยเหลือ</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="102"/>
        <location filename="../../app/views/main_window.py" line="190"/>
        <source>เกี่ยวกับโปรแกรม</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="166"/>
        <source>{n} รายการ</source>
        <translation>{n} records</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="168"/>
        <source>แสดง {shown} จาก {total} รายการ</source>
        <translation>Showing {shown} of {total} records</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="178"/>
        <source>ทำรายการไม่สำเร็จ</source>
        <translation>The action could not be completed</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="182"/>
        <source>เพิ่มข้อมูลตัวอย่าง {n} รายการ</source>
        <translation>Added {n} sample records</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="187"/>
        <source>ภาษาที่เลือกจะมีผลเมื่อเปิดโปรแกรมครั้งถัดไป</source>
        <translation>The chosen language takes effect the next time the application starts</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="191"/>
        <source>ระบบงานเลขานุการคณะกรรมการขับเคลื่อนการพัฒนาเมืองอัจฉริยะ รุ่น {version}
สำนักงานเมืองอัจฉริยะประเทศไทย สำนักงานส่งเสริมเศรษฐกิจดิจิทัล</source>
        <translation>Smart City Development Driving Committee — Secretariat, version {version}
Thailand Smart City Office, Digital Economy Promotion Agency (depa)</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../app/views/record_form.py" line="42"/>
        <source>แก้ไข{name}</source>
        <translation>Edit {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/record_form.py" line="42"/>
        <source>เพิ่ม{name}</source>
        <translation>Add {name}</translation>
    </message>
    <message>
        <location filename="../../app/views/record_form.py" line="87"/>
        <source>ข้อมูลส่วนบุคคล (PDPA): ไม่รวมในไฟล์ส่งออก เว้นแต่ผู้ใช้เลือก</source>
        <translation>Personal data (PDPA): left out of exports unless the user asks for it</translation>
    </message>
    <message>
        <location filename="../../app/views/record_form.py" line="106"/>
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/views/record_form.py" line="107"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/views/record_form.py" line="157"/>
        <source>บันทึกไม่สำเร็จ</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>RegisterPane</name>
    <message>
        <location filename="../../app/views/register_pane.py" line="123"/>
        <source>เพิ่ม</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../app/views/register_pane.py" line="124"/>
        <source>แก้ไข</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../app/views/register_pane.py" line="125"/>
        <source>ลบ</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../app/views/register_pane.py" line="127"/>
        <source>ค้นหา</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../app/views/register_pane.py" line="128"/>
        <source>โหลดข้อมูลใหม่</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../app/views/register_pane.py" line="129"/>
        <source>ต่ออายุตราสัญลักษณ์อีก 2 ปี</source>
        <translation>Renew the emblem for 2 more years</translation>
    </message>
    <message>
        <location filename="../../app/views/register_pane.py" line="225"/>
        <source>ทำรายการไม่สำเร็จ</source>
        <translation>The action could not be completed</translation>
    </message>
    <message>
        <location filename="../../app/views/register_pane.py" line="274"/>
        <source>เพิ่ม “{name}”</source>
        <translation>Add “{name}”</translation>
    </message>
    <message>
        <location filename="../../app/views/register_pane.py" line="295"/>
        <source>แก้ไข “{name}”</source>
        <translation>Edit “{name}”</translation>
    </message>
    <message>
        <location filename="../../app/views/register_pane.py" line="301"/>
        <source>ประวัติการต่ออายุตราสัญลักษณ์</source>
        <translation>Emblem renewal history</translation>
    </message>
    <message>
        <location filename="../../app/views/register_pane.py" line="302"/>
        <source>ต่ออายุเมื่อ {day}: หมดอายุเดิม {old} → {new}</source>
        <translation>Renewed on {day}: expiry {old} → {new}</translation>
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
