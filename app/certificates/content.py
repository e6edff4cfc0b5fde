"""What one emblem certificate page shows: plain values, no database, no Qt.

Built by ``app.certificates.certificates.content``; laid out by ``app.documents.certificate.layout`` and drawn
by ``certificate_pdf`` (reportlab) and ``app.views.certificates.paint`` (QPainter, preview and printing).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Signatory:
    name: str  # printed in parentheses under the signature
    position: str  # one or more lines (\n)
    signature_png: bytes | None = None  # optional scanned signature
    from_on: date | None = None  # in office from (empty: since always)
    to_on: date | None = None  # in office until (empty: still)

    def in_office(self, day: date) -> bool:
        """Whether this signatory held the office on ``day`` (the signatory history's dates of office)."""
        return (self.from_on is None or self.from_on <= day) and (self.to_on is None or day <= self.to_on)


@dataclass(frozen=True)
class CertificateContent:
    number: str  # "เลขที่" value, e.g. "สอจ. 001/2564"
    issuing_body: str  # e.g. "คณะกรรมการขับเคลื่อนการพัฒนาเมืองอัจฉริยะ"
    lead_line: str  # e.g. "ขอมอบเกียรติบัตรฉบับนี้ให้ไว้เพื่อแสดงว่า"
    city_name: str  # the largest text; may be very long
    developer: str  # the city developer (ผู้พัฒนาเมือง)
    reason_line: str  # e.g. "ได้รับการประกาศรับรองเป็นพื้นที่เมืองอัจฉริยะ (Smart City) ..."
    issue_date: date  # ให้ไว้ ณ วันที่ (printed in B.E.)
    valid_until: date
    signatories: tuple[Signatory, ...]  # 1 to 3
    qr_text: str  # what the QR code holds: the number and a check value
    title: str = "เกียรติบัตร"
    date_prefix: str = "ให้ไว้ ณ วันที่"
    validity_prefix: str = "ใช้ได้ถึงวันที่"
    mark: str = ""  # "หมดอายุแล้ว" / "เพิกถอนแล้ว": printed in red when such a certificate is printed on request
