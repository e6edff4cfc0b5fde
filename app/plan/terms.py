"""The words the duplicate check knows: Thai and English terms for the same thing, words every project name
shares, and how agencies abbreviate their names. Data only, nothing here is shown to the user as a message.

A concept is a thing a project builds or runs; its phrases are matched in a project name after ``fold`` (lower
case, Arabic digits, no spaces or punctuation), longest first, so "ระบบไฟจราจรอัจฉริยะ (Smart Traffic Light)"
and "ติดตั้งสัญญาณไฟจราจรอัจฉริยะ" both become the concept ``traffic_light``. Two names that only share
generic words ("ระบบ", "อัจฉริยะ", "พัฒนา") or the place name share no concept and no distinctive text.
"""

from __future__ import annotations

CONCEPTS: dict[str, tuple[str, ...]] = {
    "traffic_light": ("ไฟจราจร", "สัญญาณไฟจราจร", "ไฟสัญญาณจราจร", "ไฟแดง", "traffic light", "traffic signal",
                      "smart traffic light", "adaptive traffic control", "ควบคุมสัญญาณไฟ"),
    "cctv": ("กล้องโทรทัศน์วงจรปิด", "กล้องวงจรปิด", "กล้อง", "cctv", "ซีซีทีวี", "กล้องซีซีทีวี", "surveillance camera"),
    "street_light": ("ไฟส่องสว่าง", "ไฟถนน", "โคมไฟถนน", "ไฟฟ้าส่องสว่าง", "street light", "street lighting",
                     "smart lighting", "smart street light", "ไฟทาง"),
    "data_platform": ("แพลตฟอร์มข้อมูลเมือง", "ศูนย์ข้อมูลเมือง", "ข้อมูลเมือง", "city data platform",
                      "data platform", "บิ๊กดาต้า", "big data", "คลังข้อมูลเมือง", "ศูนย์ปฏิบัติการเมือง",
                      "city operation center", "intelligent operation center", "ปฏิบัติการเมือง"),
    "solar": ("พลังงานแสงอาทิตย์", "โซลาร์เซลล์", "โซล่าเซลล์", "โซลาร์รูฟ", "โซลาร์รูฟท็อป", "solar rooftop",
              "solar cell", "solar", "แผงพลังงานแสงอาทิตย์"),
    "air_quality": ("คุณภาพอากาศ", "ฝุ่นละออง", "ฝุ่น pm25", "pm25", "มลพิษทางอากาศ", "air quality",
                    "เซนเซอร์ตรวจวัดฝุ่น"),
    "water_quality": ("คุณภาพน้ำ", "water quality"),
    "flood": ("น้ำท่วม", "อุทกภัย", "ระดับน้ำ", "flood", "flood warning", "เตือนภัยน้ำ"),
    "wildfire": ("ไฟป่า", "หมอกควัน", "wildfire", "forest fire"),
    "waste": ("ขยะ", "มูลฝอย", "ถังขยะ", "waste", "smart bin", "garbage"),
    "parking": ("ที่จอดรถ", "จอดรถ", "parking", "smart parking"),
    "bus_tracking": ("ติดตามรถโดยสาร", "รถโดยสารสาธารณะ", "รถโดยสาร", "รถสองแถว", "รถเมล์", "ติดตามรถเมล์",
                     "bus tracking", "public bus", "ขนส่งสาธารณะ", "public transport"),
    "ems": ("รถพยาบาลฉุกเฉิน", "รถกู้ชีพ", "การแพทย์ฉุกเฉิน", "แจ้งเหตุฉุกเฉิน", "ems", "emergency medical"),
    "landslide": ("ดินถล่ม", "ดินโคลนถล่ม", "น้ำป่า", "landslide", "mudslide"),
    "telemedicine": ("การแพทย์ทางไกล", "แพทย์ทางไกล", "ปรึกษาแพทย์ออนไลน์", "telemedicine", "telehealth",
                     "สุขภาพทางไกล"),
    "elderly_care": ("ผู้สูงอายุ", "ผู้สูงวัย", "elderly", "aged care", "ติดเตียง"),
    "digital_skills": ("ทักษะดิจิทัล", "อบรมดิจิทัล", "ความรู้ดิจิทัล", "digital skill", "digital literacy",
                       "ความฉลาดทางดิจิทัล"),
    "wifi": ("อินเทอร์เน็ตไร้สาย", "อินเทอร์เน็ตสาธารณะ", "wifi", "wi fi", "ไวไฟ", "free wifi", "เน็ตประชารัฐ"),
    "e_service": ("บริการประชาชนออนไลน์", "บริการออนไลน์", "eservice", "e service", "ศูนย์บริการร่วม",
                  "one stop service", "บริการอิเล็กทรอนิกส์", "ขออนุญาตออนไลน์"),
    "farming": ("เกษตรอัจฉริยะ", "เกษตรแม่นยำ", "smart farming", "smart farm", "ฟาร์มอัจฉริยะ", "ให้น้ำอัตโนมัติ",
                "แปลงเกษตร", "เกษตรกร", "precision agriculture"),
    "tourism": ("ท่องเที่ยว", "นักท่องเที่ยว", "นำเที่ยว", "tourism", "tourist", "smart tourism"),
    "water_meter": ("มิเตอร์น้ำ", "มาตรวัดน้ำ", "water meter", "smart meter", "มิเตอร์อัจฉริยะ"),
    "ev_charging": ("อัดประจุ", "ชาร์จรถยนต์ไฟฟ้า", "สถานีชาร์จ", "ev charger", "ev charging", "charging station",
                    "ยานยนต์ไฟฟ้า", "รถยนต์ไฟฟ้า", "electric vehicle"),
    "smart_pole": ("เสาอัจฉริยะ", "smart pole", "เสาไฟอัจฉริยะ"),
    "school": ("โรงเรียน", "ห้องเรียน", "การศึกษา", "school", "classroom", "education"),
    "hospital": ("โรงพยาบาล", "สาธารณสุข", "hospital", "health centre", "health center", "รพสต"),
    "market": ("ตลาด", "market", "ค้าขายออนไลน์", "อีคอมเมิร์ซ", "ecommerce", "e commerce"),
    "drainage": ("ระบายน้ำ", "ท่อระบายน้ำ", "drainage", "stormwater"),
    "irrigation": ("ชลประทาน", "บริหารจัดการน้ำ", "แหล่งน้ำ", "irrigation", "water management"),
}

# Words of nearly every project name: they say nothing about what a project is.
GENERIC = ("โครงการ", "ระบบ", "ติดตั้ง", "จัดทำ", "จัดหา", "พัฒนา", "ปรับปรุง", "ยกระดับ", "ส่งเสริม", "สนับสนุน",
           "อัจฉริยะ", "สมาร์ท", "smart", "intelligent", "system", "project", "development", "installation",
           "เทคโนโลยี", "ดิจิทัล", "digital", "เพื่อ", "และ", "ของ", "ใน", "ด้วย", "แบบ", "การ", "ความ", "ให้", "กับ",
           "บริการ", "ประชาชน", "เมือง", "city", "เขต", "พื้นที่", "area", "เทศบาลนคร", "เทศบาลเมือง",
           "เทศบาลตำบล", "เทศบาล", "องค์การบริหารส่วนจังหวัด", "องค์การบริหารส่วนตำบล", "จังหวัด", "province",
           "ระยะที่", "ปีงบประมาณ", "ข้อมูลตัวอย่าง", "บริหารจัดการ", "บริหาร", "จัดการ", "แอปพลิเคชัน",
           "application", "platform", "แพลตฟอร์ม", "เรียลไทม์", "realtime", "อำเภอเมือง", "อำเภอ", "ตำบล",
           "the", "of", "for", "and", "in")

# Abbreviations in project names, read as their full words before anything is compared.
NAME_ABBREVIATIONS = {"รพ.สต.": "โรงพยาบาลส่งเสริมสุขภาพตำบล", "รพ.": "โรงพยาบาล", "ร.ร.": "โรงเรียน",
                      "กทม.": "กรุงเทพมหานคร", "จ.": "จังหวัด"}

# Agencies write their kind in full, abbreviated or in English; each reads as its full Thai form.
AGENCY_WORDS: dict[str, tuple[str, ...]] = {
    "เทศบาลนคร": ("ทน", "city municipality", "nakhon municipality"),
    "เทศบาลเมือง": ("ทม", "town municipality", "mueang municipality"),
    "เทศบาลตำบล": ("ทต", "subdistrict municipality", "tambon municipality"),
    "องค์การบริหารส่วนจังหวัด": ("อบจ", "provincial administrative organization",
                                 "provincial administrative organisation"),
    "องค์การบริหารส่วนตำบล": ("อบต", "subdistrict administrative organization"),
    "จังหวัด": ("จ", "province", "provincial office", "สำนักงานจังหวัด", "ศาลากลางจังหวัด"),
    "มหาวิทยาลัย": ("ม", "university"),
    "กรุงเทพมหานคร": ("กทม", "bangkok metropolitan administration"),
}
