"""The public facts the sample data holds, each with its source (shared/reference/*.csv, shared/seed/).

Only what the public record says: an unknown stays empty (None). The fifteen areas the committee took note of at
its meeting 1/2564 (certified_2564.csv), the ASEAN Smart Cities Network's Thai cities (ascn_cities.csv) and the
Smart City Ambassadors cohorts (ambassadors_cohorts.csv: sizes and dates, never individuals).
"""

from __future__ import annotations

from datetime import date

SUBCOMMITTEE_1 = "คณะอนุกรรมการขับเคลื่อนและบริหารโครงการเมืองอัจฉริยะ ครั้งที่ 1/2564 เมื่อวันศุกร์ที่ 13 สิงหาคม 2564"
SUBCOMMITTEE_2 = "คณะอนุกรรมการขับเคลื่อนและบริหารโครงการเมืองอัจฉริยะ ครั้งที่ 2/2564"
FIRST_FIVE_ON = date(2021, 8, 13)  # subcommittee meeting 1/2564
EMBLEM_DAY = date(2021, 12, 24)  # the emblems handed over at Government House
SOURCE_FIRST = "opt-news.com/news/17453 (คณะอนุกรรมการฯ ครั้งที่ 1/2564 รับรอง 5 พื้นที่)"
SOURCE_SECOND = "https://www.dailynews.co.th/news/308934/"
SOURCE_LIST = "https://www.peopleunitynews.com/2021/12/28/ (รายชื่อ 15 พื้นที่)"
NEWS = "ข่าวการประชุมคณะกรรมการขับเคลื่อนการพัฒนาเมืองอัจฉริยะ ครั้งที่ 1/2564 (5 พ.ย. 2564)"

# official name, other name, province, developer (kind, how the source states it), certified on, by, source
CERTIFIED = (
    ("ภูเก็ตเมืองอัจฉริยะ", None, "TH-83", None, FIRST_FIVE_ON, SUBCOMMITTEE_1, SOURCE_FIRST),
    ("ขอนแก่นเมืองอัจฉริยะ", None, "TH-40", None, FIRST_FIVE_ON, SUBCOMMITTEE_1, SOURCE_FIRST),
    ("แม่เมาะเมืองน่าอยู่", "แม่เมาะเมืองอัจฉริยะ", "TH-52",
     ("การไฟฟ้าฝ่ายผลิตแห่งประเทศไทย (กฟผ. / EGAT)", "state_enterprise", "verified"), FIRST_FIVE_ON, SUBCOMMITTEE_1,
     SOURCE_FIRST),
    ("สามย่านสมาร์ทซิตี้", None, "TH-10", None, FIRST_FIVE_ON, SUBCOMMITTEE_1, SOURCE_FIRST),
    ("เมืองอัจฉริยะวังจันทร์วัลเลย์", None, "TH-21", ("บริษัท ปตท. จำกัด (มหาชน) (PTT)", "state_enterprise", "verified"),
     FIRST_FIVE_ON, SUBCOMMITTEE_1, SOURCE_FIRST),
    ("เมืองอัจฉริยะย่านพระราม 4", None, "TH-10", None, None, SUBCOMMITTEE_2, SOURCE_SECOND),
    ("โครงการพัฒนาเมืองอัจฉริยะเพื่อสนับสนุนการพัฒนาพื้นที่โดยรอบคลองผดุงกรุงเกษม", None, "TH-10", None, None,
     SUBCOMMITTEE_2, SOURCE_SECOND),
    ("เมืองอัจฉริยะมักกะสันเพื่อสนับสนุนบริการรถไฟของโครงการรถไฟความเร็วสูงเชื่อมสามสนามบิน", None, "TH-10", None,
     None, SUBCOMMITTEE_2, SOURCE_SECOND),
    ("การพัฒนาเมืองเก่าอย่างชาญฉลาด", None, "TH-50",
     ("เทศบาลนครเชียงใหม่ (Chiang Mai City Municipality)", "local_government", "likely"), None, SUBCOMMITTEE_2,
     SOURCE_SECOND),
    ("มหาวิทยาลัยเชียงใหม่เมืองอัจฉริยะ ความเป็นเลิศที่ยั่งยืนสู่ชุมชน", None, "TH-50",
     ("มหาวิทยาลัยเชียงใหม่ (Chiang Mai University)", "university", "likely"), None, SUBCOMMITTEE_2, SOURCE_SECOND),
    ("เมืองศรีตรัง", None, "TH-92", None, None, SUBCOMMITTEE_2, SOURCE_SECOND),
    ("ยะลาเมืองอัจฉริยะเพื่อการมีส่วนร่วมของประชาชน", None, "TH-95",
     ("เทศบาลนครยะลา (Yala City Municipality)", "local_government", "likely"), None, SUBCOMMITTEE_2, SOURCE_SECOND),
    ("ฉะเชิงเทรา เมืองน่าอยู่ น่าเที่ยว น่าลงทุน", None, "TH-24", None, None, SUBCOMMITTEE_2, SOURCE_SECOND),
    ("แสนสุขสมาร์ทซิตี้", None, "TH-20", None, None, SUBCOMMITTEE_2, SOURCE_LIST),
    ("นครสวรรค์สมาร์ทซิตี้", "โครงการนครสวรรค์สมาร์ทซิตี้", "TH-60", None, None, SUBCOMMITTEE_2, SOURCE_LIST),
)
DEVELOPER_NOTE = {"verified": "ผู้พัฒนาเมืองตามแหล่งข้อมูลสาธารณะ",
                  "likely": "ผู้พัฒนาเมืองตามที่แหล่งข้อมูลสาธารณะบ่งชี้ (ไม่ได้ระบุตรง ๆ)"}
RUN_TOGETHER = "มหาวิทยาลัยเชียงใหม่เมืองอัจฉริยะ ความเป็นเลิศที่ยั่งยืนสู่ชุมชน"  # news line 10 prefixes เทศบาลนครเชียงใหม่

ASCN_SOURCE_2018 = ("ASCN Concept Note, 32nd ASEAN Summit, Singapore: https://aseanrecords.world/asean-smart-cities-"
                    "network-the-first-network-to-build-and-connect-smart-cities-in-southeast-asia/")
ASCN_SOURCE_2023 = "https://www.bangkokpost.com/thailand/general/2619154/3-provinces-join-asean-smart-cities"
# Thai ASCN member city (province), the date it joined where public, how, source
ASCN_CITIES = (
    ("TH-10", date(2018, 4, 27), "เมืองนำร่องรุ่นแรก 26 เมือง (27 เม.ย. 2561)", ASCN_SOURCE_2018),
    ("TH-20", date(2018, 4, 27), "เมืองนำร่องรุ่นแรก 26 เมือง (27 เม.ย. 2561)", ASCN_SOURCE_2018),
    ("TH-83", date(2018, 4, 27), "เมืองนำร่องรุ่นแรก 26 เมือง (27 เม.ย. 2561)", ASCN_SOURCE_2018),
    ("TH-50", None, "รับเข้าเป็นสมาชิกในการประชุมประจำปี ASCN ครั้งที่ 6 บาหลี กรกฎาคม 2566", ASCN_SOURCE_2023),
    ("TH-40", None, "รับเข้าเป็นสมาชิกในการประชุมประจำปี ASCN ครั้งที่ 6 บาหลี กรกฎาคม 2566", ASCN_SOURCE_2023),
    ("TH-21", None, "รับเข้าเป็นสมาชิกในการประชุมประจำปี ASCN ครั้งที่ 6 บาหลี กรกฎาคม 2566", ASCN_SOURCE_2023),
)
ASCN = "เครือข่ายเมืองอัจฉริยะอาเซียน (ASEAN Smart Cities Network: ASCN)"

COHORTS = {1: "รุ่นที่ 1: คัดเลือก 30 คนจาก 26 จังหวัด สำเร็จ 22 คน (มอบประกาศนียบัตร 4 ก.ค. 2565) "
              "ที่มา: https://thai-smes.com/?p=3270",
           2: "รุ่นที่ 2: 150 คนใน 150 พื้นที่ (เริ่ม 24 ส.ค. 2565) ที่มา: http://mcinenews.com/?p=57745"}
# Fictitious ambassadors: the surname says so (สมมุตินาม, "an assumed name"); phones in the NANP 555-01xx range
# reserved for fiction, e-mail at example.org (RFC 2606)
AMBASSADORS = (
    (1, "นางสาวกานดา สมมุตินาม", "TH-40", "completed"),
    (1, "นายธนา สมมุตินาม", "TH-83", "awarded"),
    (2, "นางสาวปรียา สมมุตินาม", "TH-95", "active"),
    (2, "นายวิทยา สมมุตินาม", "TH-52", "active"),
)
FICTITIOUS = "บุคคลสมมติเพื่อทดลองใช้โปรแกรม ไม่ใช่ผู้เข้าร่วมโครงการจริง"
