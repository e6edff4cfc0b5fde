"""The Thai wording of emblem certificates and of the verification answers: document text, not errors.

The certificate is a Thai document, so its default wording has no English twin (the secretariat changes
it in the certificate settings). The verification answers are shown in either language, so they come in
(Thai, English) pairs, filled in by ``certificate_verify``.
"""

from __future__ import annotations

ISSUING_BODY = "คณะกรรมการขับเคลื่อนการพัฒนาเมืองอัจฉริยะ"
LEAD_LINE = "ขอมอบเกียรติบัตรฉบับนี้ให้ไว้เพื่อแสดงว่า"
REASON_LINE = ("ได้รับการประกาศรับรองเป็นพื้นที่เมืองอัจฉริยะ (Smart City) "
               "และได้รับตราสัญลักษณ์เมืองอัจฉริยะประเทศไทย (Thailand Smart City)")
NUMBER_PATTERN = "สมอ. {run:03d}/{year}"
RESOLUTION_SHORT = "ครั้งที่ {label} วาระ {number}"  # the granting resolution as the register shows it

# status -> (Thai, English); {number} {city} {until} {changed} {reason} {successor} {text}
VERIFY_MESSAGES: dict[str, tuple[str, str]] = {
    "valid": ("เกียรติบัตรเลขที่ {number} ถูกต้อง ออกให้ {city} ใช้ได้ถึงวันที่ {until}",
              "Certificate {number} is valid: issued to {city}, valid until {until}"),
    "valid_renewed": ("เกียรติบัตรเลขที่ {number} ถูกต้อง ออกให้ {city} ใช้ได้ถึงวันที่ {until} "
                      "(ต่ออายุแล้วเป็นฉบับเลขที่ {successor})",
                      "Certificate {number} is valid: issued to {city}, valid until {until} "
                      "(renewed as certificate {successor})"),
    "expired": ("เกียรติบัตรเลขที่ {number} ของ {city} หมดอายุแล้วเมื่อวันที่ {until}",
                "Certificate {number} of {city} expired on {until}"),
    "expired_renewed": ("เกียรติบัตรเลขที่ {number} ของ {city} หมดอายุแล้วเมื่อวันที่ {until} "
                        "(ต่ออายุแล้วเป็นฉบับเลขที่ {successor})",
                        "Certificate {number} of {city} expired on {until} (renewed as certificate {successor})"),
    "revoked": ("เกียรติบัตรเลขที่ {number} ของ {city} ถูกเพิกถอนแล้วเมื่อวันที่ {changed} เหตุผล: {reason}",
                "Certificate {number} of {city} was revoked on {changed}. Reason: {reason}"),
    "replaced": ("เกียรติบัตรเลขที่ {number} ของ {city} ถูกแทนที่ด้วยฉบับเลขที่ {successor} แล้ว",
                 "Certificate {number} of {city} has been replaced by certificate {successor}"),
    "not_found": ("ไม่พบเกียรติบัตร \"{text}\" ในทะเบียน", "No certificate \"{text}\" in the register"),
    "bad_check": ("รหัสตรวจสอบของเกียรติบัตรเลขที่ {number} ไม่ตรงกับทะเบียน เกียรติบัตรนี้อาจถูกปลอมแปลง",
                  "The check value of certificate {number} does not match the register: "
                  "the certificate may be forged"),
    "bad_signature": ("QR นี้ไม่ได้ลงนามด้วยกุญแจของสำนักงาน หรือข้อความถูกแก้ไข เกียรติบัตรนี้อาจถูกปลอมแปลง",
                      "This QR is not signed with the secretariat's key, or its text was changed: "
                      "the certificate may be forged"),
    "signed_not_found": ("ลายมือชื่ออิเล็กทรอนิกส์ถูกต้อง: เกียรติบัตรเลขที่ {number} ออกให้ {city} ใช้ได้ถึงวันที่ {until} "
                         "แต่ไม่พบในทะเบียนของเครื่องนี้ จึงตรวจสถานะล่าสุด (เพิกถอน/แทนที่) ไม่ได้",
                         "The signature is genuine: certificate {number} issued to {city}, valid until {until}; "
                         "but it is not in this workstation's register, so its latest state (revoked, replaced) "
                         "cannot be checked"),
    "signed_mismatch": ("ลายมือชื่อถูกต้อง แต่ข้อมูลใน QR ไม่ตรงกับทะเบียนเลขที่ {number} เกียรติบัตรนี้อาจถูกปลอมแปลง",
                        "The signature is genuine but the QR does not match register entry {number}: "
                        "the certificate may be forged"),
}
UNCHECKED = (" (ตรวจจากทะเบียนเท่านั้น ยังไม่ได้ตรวจกับเกียรติบัตรฉบับพิมพ์: สแกน QR เพื่อตรวจลายมือชื่อ)",
             " (from the register only, not checked against the printed certificate: scan the QR to check "
             "its signature)")
MARKS = {"revoked": "เพิกถอนแล้ว", "replaced": "ออกฉบับใหม่แทนแล้ว", "expired": "หมดอายุแล้ว"}  # printed in red
