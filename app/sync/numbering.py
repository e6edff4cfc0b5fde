"""Certificates prepared offline get their numbers when their package is applied: from the server's counter (the
same locked counter every issue uses, so no number is given twice), with the server's check value and signature.
A note that named the laptop's provisional number (a renewal carried to the city) is made to name the real one."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.certificates import settings as certificate_settings
from app.certificates import signing
from app.certificates.numbers import check_value, next_number, number_key, year_be
from app.models import City, EmblemRenewal


class Numbering:
    def __init__(self, session: Session):
        self.session = session
        self.numbers: list[str] = []
        self._renamed: dict[str, str] = {}  # the laptop's provisional number → the server's
        self._notes: list[tuple[int, str]] = []  # renewals made offline: (id, note)

    def number(self, values: dict, provisional: str | None) -> dict:
        signer = signing.require()  # before the first number is taken
        settings = certificate_settings.load(self.session)
        issued = values["issue_date"]
        run, number = next_number(self.session, year_be(issued), settings.number_pattern)
        city = self.session.get(City, values["city_id"])
        values.update(number=number, number_key=number_key(number), year_be=year_be(issued), run=run,
                      verification_code=check_value(certificate_settings.secret(self.session), number,
                                                    values["city_id"], issued),
                      signed_qr=signer.qr_text(number, issued, values["valid_until"], city.name_th if city else ""))
        if provisional:
            self._renamed[str(provisional)] = number
        self.numbers.append(number)
        return values

    def made(self, table: str, new_id, values: dict) -> None:
        if table == EmblemRenewal.__tablename__ and values.get("note"):
            self._notes.append((new_id, values["note"]))

    def finish(self) -> None:
        table = EmblemRenewal.__table__
        for renewal_id, note in self._notes:
            if note in self._renamed:
                self.session.execute(sa.update(table).where(table.c.id == renewal_id)
                                     .values(note=self._renamed[note]))
