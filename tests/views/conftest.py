"""GUI fixtures: offscreen Qt, settings in a temp folder, a migrated temp SQLite file per test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer  # noqa: E402

from app.core import migrate  # noqa: E402
from app.core.db import Database  # noqa: E402
from app.sample import demo as sample


@pytest.fixture(scope="session", autouse=True)
def isolated_settings(tmp_path_factory):
    folder = tmp_path_factory.mktemp("settings")
    QCoreApplication.setOrganizationName("smartcity-tests")
    QCoreApplication.setApplicationName("smartcity-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    os.environ["XDG_DATA_HOME"] = str(tmp_path_factory.mktemp("data"))  # the app's data folder (guide, backups)
    return folder


@pytest.fixture(autouse=True)
def opened_urls(monkeypatch):
    """What the app asked the desktop to open (a PDF, the guide): recorded, never handed to a real viewer."""
    from PySide6.QtGui import QDesktopServices

    urls: list = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(url) or True))
    return urls


@pytest.fixture(scope="session", autouse=True)
def thai_fonts(qapp):
    """As at start-up: the bundled fonts, so grabs show Thai even where the system has no Thai font."""
    from app.views.shared.fonts import apply_ui_font

    apply_ui_font(qapp)


@pytest.fixture(scope="session", autouse=True)
def thai_qt_strings(qapp):
    """As at start-up in Thai: Qt's own buttons and dialogs from resources/i18n/qtbase_th.qm."""
    from app.views import i18n

    i18n.install_translators(qapp, "th")


@pytest.fixture(autouse=True)
def clean_settings(isolated_settings, qapp):
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture
def empty_db(tmp_path):
    db = Database(tmp_path / "registers.sqlite")
    migrate.upgrade(db)
    yield db
    db.dispose()


@pytest.fixture
def db(empty_db):
    with empty_db.session() as session:
        sample.fill(session)
    with empty_db.session() as session:
        test_zones(session)
        busier_meeting(session)
        renewed_certificates(session)
    return empty_db


# Test-only promotion zones (the public record gives counts, not the list): name, province, declared on, batch,
# receiving organisation, status, certified city
ZONES = [
    ("เขตส่งเสริมเมืองอัจฉริยะขอนแก่น", "TH-40", (2019, 10, 3), 1, "บริษัท ขอนแก่นพัฒนาเมือง จำกัด", "certified",
     "ขอนแก่นเมืองอัจฉริยะ"),
    ("เขตส่งเสริมเมืองอัจฉริยะภูเก็ต", "TH-83", (2019, 10, 3), 1, "จังหวัดภูเก็ต", "certified", "ภูเก็ตเมืองอัจฉริยะ"),
    ("เขตส่งเสริมเมืองอัจฉริยะหาดใหญ่", "TH-90", (2019, 10, 3), 1, "เทศบาลนครหาดใหญ่", "preparing", None),
    ("เขตส่งเสริมเมืองอัจฉริยะอุดรธานี", "TH-41", (2020, 10, 15), 2, "เทศบาลนครอุดรธานี", "preparing", None),
    ("เขตส่งเสริมเมืองอัจฉริยะนนทบุรี", "TH-12", (2020, 10, 15), 2, "เทศบาลนครนนทบุรี", "declared", None),
    ("เขตส่งเสริมเมืองอัจฉริยะพิษณุโลก", "TH-65", (2020, 10, 15), 2, "เทศบาลนครพิษณุโลก", "declared", None),
    ("เขตส่งเสริมเมืองอัจฉริยะแม่สอด", "TH-63", (2021, 11, 5), 3, "เทศบาลนครแม่สอด", "declared", None),
    ("เขตส่งเสริมเมืองอัจฉริยะสุราษฎร์ธานี", "TH-84", (2021, 11, 5), 3, "เทศบาลนครสุราษฎร์ธานี", "declared", None),
]


def test_zones(session) -> None:
    from datetime import date

    from sqlalchemy import select

    from app.models import City
    from app.registers import records
    from app.registers.catalog import ZONES as ZONE_REGISTER

    cities = dict(session.execute(select(City.name_th, City.id)).all())
    for name, province, declared, batch, org, status, city in ZONES:
        records.create(session, ZONE_REGISTER, {
            "name": name, "province": province, "declared_on": date(*declared), "batch": batch,
            "receiving_org": org, "status": status, "city_id": cities.get(city) if city else None})


RENEWALS = {"สามย่านสมาร์ทซิตี้": 1, "ขอนแก่นเมืองอัจฉริยะ": 2, "ภูเก็ตเมืองอัจฉริยะ": 2}


def renewed_certificates(session) -> None:
    """Test-only renewals and a reprint (none is public), so that the panes show certificates in force."""
    from datetime import date

    from app.certificates import certificates

    rows = {r.city_name: r.id for r in certificates.list_rows(session)}
    for city, times in RENEWALS.items():
        cert_id = rows[city]
        for n in range(times):
            cert_id = certificates.renew(session, cert_id, issue_date=date(2023 + 2 * n, 12, 1)).id
    certificates.reprint(session, rows["แม่เมาะเมืองน่าอยู่"], on=date(2022, 3, 1))


def busier_meeting(session) -> None:
    """Test-only seats and states on top of the sample meeting 1/2564 (the sample holds only the public record):
    agency seats with a substitute and an absence, a checked state, an action in progress. Fictional, for the GUI."""
    from sqlalchemy import select

    from app.meetings import actions, attendance, committees, meetings
    from app.models import ActionItem, Guest, Meeting

    meeting = session.scalar(select(Meeting).where(Meeting.number == 1, Meeting.year_be == 2564))
    members = {m.display_name: m for m in committees.members_on(session, meeting.committee_id, meeting.held_on)}
    members["ดร.ณัฐพล นิมมานพัชรินทร์"].seq = 7
    seats = [(3, "member", "ผู้แทนสำนักงบประมาณ", ("substitute", "นางสาวตัวอย่าง มาแทน", "ผู้อำนวยการส่วน (ตัวอย่าง)")),
             (4, "member", "ผู้แทนสำนักงานสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ", ("present",)),
             (5, "member", "ผู้แทนสำนักงานคณะกรรมการส่งเสริมการลงทุน", ("absent", "ติดราชการ")),
             (6, "member", "ผู้แทนกระทรวงมหาดไทย", ("present",)),
             (8, "member_assistant_secretary", "ผู้แทนสำนักงานเมืองอัจฉริยะประเทศไทย", ("present",))]
    for seq, position, office, (status, *detail) in seats:
        member = committees.add_member(session, meeting.committee_id, {"seq": seq, "position": position,
                                                                       "ex_officio_office": office})
        values = {"member_id": member.id, "status": status}
        if status == "absent":
            values["absence_reason"] = detail[0]
        elif status == "substitute":
            values["substitute_name"], values["substitute_position"] = detail
        attendance.set_attendance(session, meeting.id, values)
    first, second = session.scalars(select(Guest).where(Guest.meeting_id == meeting.id).order_by(Guest.seq))
    first.position, second.organisation = "เจ้าหน้าที่ฝ่ายเลขานุการ (ตัวอย่าง)", "หน่วยงานที่เกี่ยวข้อง"
    action = session.scalar(select(ActionItem))
    actions.update_action(session, action.id, {"status": "in_progress", "progress": "ดำเนินการต่อเนื่อง (ตัวอย่าง)"},
                          action.version)
    meetings.update_meeting(session, meeting.id, {"end_time": "12.00"}, meeting.version)
    meetings.set_state(session, meeting.id, "checked", meeting.version)


def _settle(ms: int = 50) -> None:
    """Let queued events run (PySide6 6.12 crashes on processEvents(flags, maxtime))."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


@pytest.fixture
def settle():
    return _settle


def type_text(widget, text: str) -> None:
    """Type ``text`` key by key as a keyboard (or a handheld scanner) does; QTest.keyClicks aborts on Thai."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def press(qtbot, dialog, role) -> None:
    """Click the button of that role (AcceptRole: Save/OK, RejectRole: Cancel/Close) in the dialog's button box,
    as a user does: never the Python method behind it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    box = dialog.findChild(QDialogButtonBox)
    button = next(b for b in box.buttons() if box.buttonRole(b) == role)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def press_ok(qtbot, dialog) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    press(qtbot, dialog, QDialogButtonBox.ButtonRole.AcceptRole)


def press_cancel(qtbot, dialog) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    press(qtbot, dialog, QDialogButtonBox.ButtonRole.RejectRole)


def rows_arrived(qtbot, pane, timeout: int = 10000) -> None:
    """Wait until a register pane's search, filter or sort has its rows (asked of the database on the worker)."""
    qtbot.waitUntil(lambda: not pane.proxy.pending(), timeout=timeout)


def with_features(qtbot, win, timeout: int = 10000):
    """The main window's features (their File-menu entries, the panes' extra actions) come once the first pane's
    rows are painted, or at once when it is hidden and loaded: wait for them."""
    qtbot.waitUntil(lambda: win.features_installed, timeout=timeout)
    return win


@pytest.fixture
def window(qtbot, db):
    """The main window on the test database, shown (a test file may define its own)."""
    from app.views.main_window import MainWindow

    win = MainWindow(db)
    qtbot.addWidget(win)
    with_features(qtbot, win)
    win.show()
    qtbot.waitExposed(win)
    return win
