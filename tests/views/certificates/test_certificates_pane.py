"""The Certificates pane: issue (numbered in one transaction), filters, revoke, reprint, replace, renew, print, save."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QPushButton
from sqlalchemy import func, select

from app.certificates import certificates
from app.models import Certificate
from app.registers import records
from app.registers.catalog import CITIES
from app.views.certificates.certificates_pane import CertificatesPane
from app.views.certificates.dialogs import IssueDialog, PreviewDialog
from app.views.certificates.table import COLUMNS

TODAY = date(2024, 6, 1)
COLUMN = {name: i for i, name in enumerate(COLUMNS)}


def add_city(db, n: int, certified: bool = True) -> int:
    with db.session() as session:
        return records.create(session, CITIES, {
            "name_th": f"เมืองทดสอบเกียรติบัตร {n}", "provinces": ["TH-50"], "developer": f"เทศบาลทดสอบ {n}",
            "city_type": "livable", "certified_on": date(2024, 1, 15) if certified else None}).id


def count(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Certificate))


def rows(db, **filters) -> list[certificates.CertificateRow]:
    with db.session() as session:
        return certificates.list_rows(session, **filters)


@pytest.fixture
def open_pane(qtbot, db):
    def make() -> CertificatesPane:
        pane = CertificatesPane(db)
        qtbot.addWidget(pane)
        pane.today = lambda: TODAY
        pane.resize(1366, 700)
        pane.show()
        reload(qtbot, pane)
        pane.errors = []
        pane.notify_error = pane.errors.append
        return pane

    return make


def opened(kind: type):
    """The dialog of that kind an action has just opened."""
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def reload(qtbot, pane: CertificatesPane) -> None:
    with qtbot.waitSignal(pane.loaded, timeout=20000):
        pane.reload()


def shown(pane: CertificatesPane, column: str = "number") -> list[str]:
    return [pane.proxy.index(r, COLUMN[column]).data() for r in range(pane.proxy.rowCount())]


def test_table_model_passes_the_model_tester(qtbot, qtmodeltester, open_pane):
    pane = open_pane()
    assert pane.model.rowCount() == len(rows(pane.db)) > 0
    qtmodeltester.check(pane.model)
    qtmodeltester.check(pane.proxy)


def test_issue_from_the_pane_numbers_the_ticked_cities_in_one_go(qtbot, db, open_pane):
    new = [add_city(db, 1), add_city(db, 2), add_city(db, 3, certified=False)]
    pane = open_pane()
    before = count(db)
    qtbot.keyClick(pane.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N, as a user issues
    dialog = opened(IssueDialog)
    qtbot.waitUntil(lambda: bool(dialog.checked_ids()), timeout=20000)
    # certified cities without a certificate are ticked; sample cities (they have one) and the uncertified are not
    assert set(new[:2]) <= set(dialog.checked_ids())
    assert new[2] not in dialog.checked_ids()
    dialog.issue_date.set_value("24/12/2567")
    with qtbot.waitSignal(pane.loaded, timeout=20000):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    issued = pane.selected_ids()  # the new rows, selected
    assert count(db) == before + len(issued) and len(issued) == len(dialog.checked_ids())
    new_rows = rows(db, ids=issued)
    numbers = [r.number for r in new_rows]
    assert len(set(numbers)) == len(numbers)
    assert all(r.issue_date == date(2024, 12, 24) and r.number.endswith("/2567") for r in new_rows)
    runs = sorted(int(n.split()[-1].split("/")[0]) for n in numbers)
    assert runs == list(range(runs[0], runs[0] + len(runs)))  # consecutive running numbers
    assert not dialog.isVisible()


def test_a_refused_issue_keeps_the_dialog_and_writes_nothing(qtbot, db, open_pane):
    pane = open_pane()
    held = next(r for r in rows(db) if r.current and r.valid_until >= TODAY)
    fresh = add_city(db, 7)
    dialog = pane.issue_certificates([held.city_id, fresh])
    with qtbot.waitSignal(dialog.loaded, timeout=20000):
        pass
    assert set(dialog.checked_ids()) == {held.city_id, fresh}
    dialog.issue_date.set_value(TODAY)
    before = count(db)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert count(db) == before and dialog.isVisible()  # the whole batch is refused: nothing half-written
    assert held.city_name in dialog.banner.text()
    dialog.issue_date.set_value("31/2/2567")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "พ.ศ." in dialog.banner.text() and count(db) == before


def test_filters_state_year_expiring_and_search(qtbot, db, open_pane):
    pane = open_pane()
    target = next(r for r in rows(db) if r.current)
    with db.session() as session:
        certificates.revoke(session, target.id, reason="ทดสอบ")
    everything = rows(db)
    reload(qtbot, pane)
    assert pane.proxy.rowCount() == len(everything)

    pane.state_filter.setCurrentIndex(pane.state_filter.findData("revoked"))
    qtbot.waitUntil(lambda: not pane._loading and pane.proxy.rowCount() == 1)
    assert shown(pane) == [target.number]
    assert "เพิกถอน" in shown(pane, "state")[0]
    pane.state_filter.setCurrentIndex(0)

    year = max(r.issue_date.year for r in everything) + 543
    pane.year_filter.setCurrentIndex(pane.year_filter.findData(year))
    expected = {r.number for r in everything if r.issue_date.year + 543 == year}
    qtbot.waitUntil(lambda: not pane._loading and set(shown(pane)) == expected)
    pane.year_filter.setCurrentIndex(0)

    pane.expiring_filter.setValue(365 * 3)
    expected = {r.number for r in rows(db, expiring_within_days=365 * 3, today=TODAY)}
    qtbot.waitUntil(lambda: not pane._loading and set(shown(pane)) == expected)
    assert 0 < len(expected) < len(everything)
    pane.expiring_filter.setValue(0)
    qtbot.waitUntil(lambda: not pane._loading and pane.proxy.rowCount() == len(everything))

    target = everything[-1]
    pane.search.setText(target.city_name)
    assert set(shown(pane, "city_name")) == {target.city_name}
    with qtbot.waitSignal(pane.counts_changed) as counted:
        pane.emit_counts()
    assert counted.args == [pane.proxy.rowCount(), len(everything)]


def test_revoke_asks_a_reason_and_a_confirmation(qtbot, db, open_pane):
    pane = open_pane()
    target = next(r for r in rows(db) if r.current)
    pane.select_ids([target.id])
    asked = []
    pane.ask_reason = lambda title, **kw: asked.append(title) or ("ข้อมูลโครงการไม่เป็นจริง", None)
    pane.confirm = lambda title, text: False
    pane.delete_action.trigger()
    assert rows(db, ids=[target.id])[0].state == target.state  # declined: nothing changed
    pane.confirm = lambda title, text: True
    with qtbot.waitSignal(pane.loaded, timeout=20000):
        qtbot.keyClick(pane.table, Qt.Key.Key_Delete)  # the revoke action's key
    after = rows(db, ids=[target.id])[0]
    assert after.state == "revoked" and after.state_reason == "ข้อมูลโครงการไม่เป็นจริง"
    assert target.number in asked[0]
    pane.select_ids([target.id])
    assert not pane.delete_action.isEnabled()  # a revoked certificate cannot be revoked again


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_print_to_a_pdf_printer_gives_one_landscape_page_each(qtbot, db, open_pane, tmp_path):
    pane = open_pane()
    ids = [r.id for r in rows(db)[:3]]
    assert pane.print_to(pdf_printer(tmp_path / "printed.pdf"), ids) == 3
    reader = PdfReader(tmp_path / "printed.pdf")
    assert len(reader.pages) == 3
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)


def test_cancelling_a_print_job_stops_after_the_page_in_hand(qtbot, db, open_pane, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QProgressDialog

    pane = open_pane()
    ids = [r.id for r in rows(db)[:3]]
    printed = []
    monkeypatch.setattr(QProgressDialog, "setValue", lambda _self, value: printed.append(value))
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda _self: True)  # the user pressed ยกเลิก at once
    assert pane.print_to(pdf_printer(tmp_path / "cancelled.pdf"), ids) == 0
    assert printed == [1]  # the job was aborted after its first page, not printed to the end
    assert not (tmp_path / "cancelled.pdf").exists()  # printing to a PDF file leaves no partial file


def test_reprint_keeps_the_number_and_prints(qtbot, db, open_pane, tmp_path):
    pane = open_pane()
    target = next(r for r in rows(db) if r.current)
    pane.select_ids([target.id])
    pane.confirm = lambda title, text: True
    pane.ask_printer = lambda: pdf_printer(tmp_path / "again.pdf")
    with qtbot.waitSignal(pane.loaded, timeout=20000):
        pane.reprint_action.trigger()
    after = rows(db, ids=[target.id])[0]
    assert (after.number, after.state, after.reprints) == (target.number, "reprinted", target.reprints + 1)
    assert len(PdfReader(tmp_path / "again.pdf").pages) == 1


def test_replace_and_renew_make_new_numbers(qtbot, db, open_pane):
    pane = open_pane()
    first, second = [r for r in rows(db) if r.current][:2]
    pane.ask_reason = lambda title, **kw: ("ชื่อโครงการสะกดผิด", date(2024, 6, 1))
    pane.select_ids([first.id])
    with qtbot.waitSignal(pane.loaded, timeout=20000):
        pane.replace_action.trigger()
    [new_id] = pane.selected_ids()  # the new certificate, selected
    old, new = rows(db, ids=[first.id, new_id])
    assert old.state == "replaced" and old.replaced_by == new.number != first.number
    pane.select_ids([second.id])
    with qtbot.waitSignal(pane.loaded, timeout=20000):
        pane.renew_action.trigger()
    [renewed_id] = pane.selected_ids()
    old, new = rows(db, ids=[second.id, renewed_id])
    assert old.state == "renewed" and new.issue_date == date(2024, 6, 1) and new.valid_until > old.valid_until


def test_batch_save_one_file_per_city(qtbot, db, open_pane, tmp_path):
    pane = open_pane()
    chosen = rows(db)[:4]
    folder = tmp_path / "out"
    with qtbot.waitSignal(pane.batch_saved, timeout=60000) as saved:
        pane.save_batch([r.id for r in chosen], folder, per_city=True)
    paths = saved.args[0]
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in paths) and len(paths) == 4
    for row, path in zip(chosen, paths, strict=True):
        reader = PdfReader(path)
        assert len(reader.pages) == 1
        assert row.city_name[:10] in path.name
        assert (row.developer or "") in reader.pages[0].extract_text()


def test_batch_save_one_file(qtbot, db, open_pane, tmp_path):
    pane = open_pane()
    ids = [r.id for r in rows(db)[:3]]
    folder = tmp_path / "out"
    with qtbot.waitSignal(pane.batch_saved, timeout=60000) as saved:
        pane.save_batch(ids, folder / "all.pdf", per_city=False)
    assert saved.args[0] == [folder / "all.pdf"]
    assert len(PdfReader(folder / "all.pdf").pages) == 3
    assert [p.name for p in folder.iterdir()] == ["all.pdf"]  # no temporary folder left


def test_cancelled_batch_leaves_nothing(qtbot, db, open_pane, tmp_path):
    pane = open_pane()
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "kept.txt").write_text("ของเดิม")
    done = []
    pane.batch_saved.connect(done.append)
    batch = pane.save_batch([r.id for r in rows(db)], folder, per_city=True)
    batch.progress.findChild(QPushButton).click()  # the progress dialog's Cancel button
    QThreadPool.globalInstance().waitForDone(60000)
    qtbot.wait(50)
    assert [p.name for p in folder.iterdir()] == ["kept.txt"]
    assert done == [] and pane.errors == []


def test_preview_pages_and_navigation(qtbot, db, open_pane):
    pane = open_pane()
    pane.select_ids([r.id for r in rows(db)[:2]])
    chosen = rows(db, ids=pane.selected_ids())  # in the table's order
    pane.edit_action.trigger()
    dialog = opened(PreviewDialog)
    qtbot.addWidget(dialog)
    assert chosen[0].number in dialog.label.text() and "1 / 2" in dialog.label.text()
    assert not dialog.view.image.isNull() and dialog.view.image.width() > dialog.view.image.height()
    assert not dialog.previous.isEnabled()
    dialog.next.click()
    assert chosen[1].number in dialog.label.text() and not dialog.next.isEnabled()
    printed = []
    pane.print_ids = printed.append  # the Print button prints the previewed certificates
    qtbot.mouseClick(next(b for b in dialog.findChildren(QPushButton) if b.text() == "พิมพ์…"),
                     Qt.MouseButton.LeftButton)
    assert printed == [[r.id for r in chosen]]
    dialog.reject()


def test_english_labels_and_refresh_action(qtbot, db):
    pane = CertificatesPane(db, "en")
    qtbot.addWidget(pane)
    with qtbot.waitSignal(pane.loaded, timeout=20000):
        pane.refresh_action.trigger()  # F5: the triggered(bool) signal reloads too
    states = set(shown(pane, "state"))
    assert states and all(s.split(" ")[0] in {"Issued", "Reprinted", "Replaced", "Revoked", "Renewed"} for s in states)
    assert pane.state_filter.itemText(1) == "Issued"
