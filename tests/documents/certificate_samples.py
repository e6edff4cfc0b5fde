"""Certificate contents for the design tests: a short name, the long Makkasan name, 1–3 signatories."""

from __future__ import annotations

import io
from datetime import date

from PIL import Image, ImageDraw

from app.certificates.content import CertificateContent, Signatory

MAKKASAN = "เมืองอัจฉริยะมักกะสันเพื่อสนับสนุนบริการรถไฟของโครงการรถไฟความเร็วสูงเชื่อมสามสนามบิน"
SIGNATORIES = (
    Signatory("นายชัยวุฒิ ธนาคมานุสรณ์", "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม\n"
              "ประธานคณะอนุกรรมการขับเคลื่อนและบริหารโครงการเมืองอัจฉริยะ"),
    Signatory("นายณัฐพล นิมมานพัชรินทร์", "ผู้อำนวยการใหญ่\nสำนักงานส่งเสริมเศรษฐกิจดิจิทัล"),
    Signatory("นางสาวพิมพ์ชนก ศรีสุวรรณ", "ผู้อำนวยการสำนักงานเมืองอัจฉริยะประเทศไทย"),
)


def signature_png() -> bytes:
    """A small scanned-signature stand-in: a blue scribble on a transparent background."""
    image = Image.new("RGBA", (300, 100), (0, 0, 0, 0))
    ImageDraw.Draw(image).line([(10, 70), (60, 20), (110, 80), (170, 25), (290, 60)], fill=(20, 40, 160, 255),
                               width=6)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def content(name: str = "แม่เมาะเมืองน่าอยู่", signatories: tuple[Signatory, ...] = SIGNATORIES,
            number: str = "สอจ. 001/2564", developer: str = "การไฟฟ้าฝ่ายผลิตแห่งประเทศไทย") -> CertificateContent:
    return CertificateContent(
        number=number, issuing_body="คณะกรรมการขับเคลื่อนการพัฒนาเมืองอัจฉริยะ",
        lead_line="ขอมอบเกียรติบัตรฉบับนี้ให้ไว้เพื่อแสดงว่า", city_name=name, developer=developer,
        reason_line="ได้รับการประกาศรับรองเป็นพื้นที่เมืองอัจฉริยะ (Smart City) "
                    "และได้รับตราสัญลักษณ์เมืองอัจฉริยะประเทศไทย",
        issue_date=date(2021, 12, 24), valid_until=date(2023, 12, 23), signatories=signatories,
        qr_text=f"SCTH1|{number}|K7Q2M9XA")


def batch() -> list[CertificateContent]:
    """Three pages: 3 signatories, the Makkasan name with 2, and one signatory with a signature image."""
    with_image = (Signatory("นายทดสอบ ลายมือ", "ผู้อำนวยการใหญ่", signature_png()),)
    return [content(), content(MAKKASAN, SIGNATORIES[:2], "สอจ. 002/2564", "บริษัท รถไฟฟ้า ร.ฟ.ท. จำกัด"),
            content("ภูเก็ตเมืองอัจฉริยะ", with_image, "สอจ. 003/2564", "เทศบาลนครภูเก็ต")]
