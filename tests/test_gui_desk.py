"""The desk screen under pytest-qt: scanner bursts with injected timing, every
status, manual search, walk-in, substitute, undo, the read-only banner, camera frames."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QImage, QKeyEvent, QPainter, QTransform
from PySide6.QtMultimedia import QVideoFrame
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.modeltest import ModelTester

from bimtek_desk.desk.checkin import Desk, Outcome
from bimtek_desk.gui.desk.camera import FrameDecoder
from bimtek_desk.gui.desk.dialogs import PersonForm, UndoDialog
from bimtek_desk.gui.desk.models import RecentModel, SearchModel
from bimtek_desk.gui.main_window import MainWindow
from bimtek_desk.gui.scanner_filter import ScannerFilter
from bimtek_desk.render import qr
from bimtek_desk.scanning import codes
from bimtek_desk.store import Store
from tests.conftest import DEMO_EVENT_ID


@pytest.fixture
def window(qtbot, demo_store: Store) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    scanner = ScannerFilter()
    app.installEventFilter(scanner)
    event = demo_store.events.get(DEMO_EVENT_ID)
    w = MainWindow(demo_store, event, desk=Desk(demo_store, event, desk="Meja 2", operator="Rina", session="REG"),
                   desk_mode=True, sound=False, scanner=scanner)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    w.desk_panel.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.desk_panel.search)
    yield w
    app.removeEventFilter(scanner)


class Typist:
    """Sends key presses with chosen timestamps to whatever has focus."""

    def __init__(self) -> None:
        self.t = 1_000_000

    def key(self, key: int, text: str = "") -> None:
        target = QApplication.focusWidget() or QApplication.activeWindow()
        assert target is not None, "nothing has focus"
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            ev = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
            ev.setTimestamp(self.t)
            QApplication.sendEvent(target, ev)

    def type(self, text: str, gap_ms: int, end: int | None = Qt.Key.Key_Return) -> None:
        for ch in text:
            self.t += gap_ms
            self.key(Qt.Key.Key_A + (ord(ch.upper()) - ord("A")) if ch.isalpha() else Qt.Key.Key_0, ch)
        if end is not None:
            self.t += gap_ms
            self.key(end, "\r" if end == Qt.Key.Key_Return else "\t")


def code_of(store: Store, n: int = 0) -> str:
    return store.registrations.for_event(DEMO_EVENT_ID)[n].badge_code or ""


def test_scanner_burst_into_focused_search_box(window: MainWindow, demo_store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = window.desk_panel
    Typist().type(code_of(demo_store), gap_ms=4)
    assert panel.status.title.text() == "BERHASIL"
    assert panel.status.name.text() == "Nor Mawaddah"
    assert panel.status.severity == "ok"
    assert panel.search.text() == ""  # the burst was taken back out of the search box
    qtbot.waitUntil(lambda: panel.counter.text() == "1 / 175 hadir")  # the counter follows the result
    assert demo_store.checkins.present_count(panel.desk.session.id) == 1


def test_burst_into_another_widget_and_tab_terminator(window: MainWindow, demo_store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = window.desk_panel
    panel.recent.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.recent)
    Typist().type(code_of(demo_store, 5), gap_ms=3, end=Qt.Key.Key_Tab)
    assert panel.status.title.text() == "BERHASIL"
    assert QApplication.focusWidget() is panel.recent  # Tab was swallowed: focus did not move


def test_slow_typing_is_search_not_scan(window: MainWindow, demo_store: Store) -> None:
    panel = window.desk_panel
    Typist().type("hairul", gap_ms=180, end=None)
    assert panel.search.text() == "hairul"
    assert panel.search_model.rowCount() == 2
    assert panel.status.title.text() == "SIAP MEMINDAI"
    typist = Typist()
    typist.t += 10_000
    typist.key(Qt.Key.Key_Return, "\r")  # Enter checks in the selected person
    assert panel.status.title.text() == "BERHASIL"
    assert panel.status.name.text() in {"Hairul Anwar", "Khairul Anwar"}
    assert panel.search.text() == ""


def test_search_tolerates_titles_and_variants(window: MainWindow) -> None:
    panel = window.desk_panel
    panel.search.setText("muhamad")
    names = [panel.search_model.registration(r).person.name for r in range(panel.search_model.rowCount())]
    assert "Drs. H. Muhammad Fahrurrazi Akhmad Syahrani, M.AP." in names
    panel.search.setText("rabiah")
    names = [panel.search_model.registration(r).person.name for r in range(panel.search_model.rowCount())]
    assert "Rabi’ah Adawiyah" in names
    text = panel.search_model.index(0).data()
    assert "******" in text  # NIK masked


@pytest.mark.parametrize("make, title, severity", [
    (lambda c, e: c, "SUDAH HADIR", "warn"),
    (lambda c, e: c[:-1] + ("0" if c[-1] != "0" else "1"), "KODE PALSU", "error"),
    (lambda c, e: codes.make(codes.Kind.BADGE, e.code_tag, 9999, e.secret), "KODE TIDAK DIKENAL", "error"),
    (lambda c, e: codes.make(codes.Kind.BADGE, "ZZZZ", 3, b"k" * 32), "BADGE ACARA LAIN", "error"),
    (lambda c, e: "HTTPSEXAMPLEORG", "BUKAN BADGE", "error"),
    (lambda c, e: codes.make(codes.Kind.DOCUMENT, e.code_tag, 1, e.secret), "QR SERTIFIKAT", "info"),
])
def test_every_status_is_shown(window: MainWindow, demo_store: Store, qtbot, make, title: str,  # type: ignore[no-untyped-def]
                               severity: str) -> None:
    panel = window.desk_panel
    code = code_of(demo_store)
    Typist().type(code, gap_ms=3)
    assert panel.status.title.text() == "BERHASIL"
    qtbot.waitUntil(lambda: panel.counter.text() == "1 / 175 hadir")
    typist = Typist()
    typist.t += 60_000
    typist.type(make(code, panel.desk.event), gap_ms=3)
    assert panel.status.title.text() == title
    assert panel.status.severity == severity
    QApplication.processEvents()  # the counter's refresh after the result
    assert panel.counter.text() == "1 / 175 hadir"


def test_replaced_badge_status(window: MainWindow, demo_store: Store) -> None:
    reg = demo_store.registrations.for_event(DEMO_EVENT_ID)[2]
    demo_store.registrations.reissue_badge(window.desk_panel.desk.event, reg.id, "hilang")
    Typist().type(reg.badge_code or "", gap_ms=3)
    assert window.desk_panel.status.title.text() == "BADGE SUDAH DIGANTI"


def _accept_dialog_with(qtbot, fill) -> None:  # type: ignore[no-untyped-def]
    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, handle)
            return
        fill(dialog)
        dialog._try_accept()  # type: ignore[attr-defined]
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, handle)


def test_walk_in_dialog(window: MainWindow, demo_store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    def fill(d: PersonForm) -> None:
        d.name.setText("Siti Walk In")
        d.kelurahan.setCurrentText("Mawar")
        d.phone.setText("+62 812 3456 7890")

    _accept_dialog_with(qtbot, fill)
    result = window.desk_panel.walk_in()
    assert result is not None and result.outcome is Outcome.CHECKED_IN
    assert window.desk_panel.status.name.text() == "Siti Walk In"
    person = result.registration.person  # type: ignore[union-attr]
    assert (person.kelurahan, person.kecamatan, person.phone) == ("Mawar", "Banjarmasin Tengah", "081234567890")
    qtbot.waitUntil(lambda: window.desk_panel.counter.text() == "1 / 176 hadir")


def test_substitute_dialog(window: MainWindow, demo_store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = window.desk_panel
    panel.search.setText("Nor Mawaddah")
    assert panel.search_model.rowCount() >= 1
    old = panel.search_model.registration(panel.results.currentIndex().row())

    def fill(d: PersonForm) -> None:
        assert not d.kelurahan.isEnabled() and d.kelurahan.currentText() == old.person.kelurahan
        d.name.setText("Pengganti Satu")
        d.reason.setText("sakit")

    _accept_dialog_with(qtbot, fill)
    result = panel.substitute()
    assert result is not None and result.outcome is Outcome.CHECKED_IN
    assert panel.status.name.text() == "Pengganti Satu"
    assert panel.status.detail.text().endswith(f"pengganti {old.person.name}")  # whom for, on the result
    window.activateWindow()
    panel.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.search)
    typist = Typist()
    typist.type(old.badge_code or "", gap_ms=3)
    assert panel.status.title.text() == "BADGE SUDAH DIGANTI"


@pytest.mark.parametrize("pin, undone", [("181125", True), ("9999", False)])
def test_undo_with_and_without_the_pin(window: MainWindow, demo_store: Store, qtbot, monkeypatch,  # type: ignore[no-untyped-def]
                                       pin: str, undone: bool) -> None:
    panel = window.desk_panel
    Typist().type(code_of(demo_store), gap_ms=3)
    qtbot.waitUntil(lambda: panel.counter.text() == "1 / 175 hadir")
    dialog = UndoDialog("uji", panel)
    dialog.reason.setText("salah pindai")
    dialog.pin.setText(pin)
    monkeypatch.setattr(dialog, "exec", lambda: (dialog._try_accept(), dialog.result())[1])
    assert panel.undo(dialog) is undone
    assert panel.counter.text() == ("0 / 175 hadir" if undone else "1 / 175 hadir")
    if not undone:  # said in the dialog, which keeps the reason for a second try
        assert "PIN panitia salah" in dialog.error.text()
        assert dialog.reason.text() == "salah pindai" and dialog.pin.text() == ""


def test_read_only_database_shows_banner(qtbot, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    demo_db.chmod(0o444)
    try:
        with Store.open(demo_db) as s:
            event = s.events.get(DEMO_EVENT_ID)
            w = MainWindow(s, event, desk=Desk(s, event, session="REG"), desk_mode=True, sound=False)
            qtbot.addWidget(w)
            panel = w.desk_panel
            assert not panel.banner.isHidden() and "hanya-baca" in panel.banner.text()
            panel.handle_scan(s.registrations.for_event(DEMO_EVENT_ID)[0].badge_code or "")
            assert panel.status.title.text() == "GAGAL MENYIMPAN"
            assert "BERHASIL" not in panel.status.title.text()
            assert s.checkins.present_count(panel.desk.session.id) == 0
    finally:
        demo_db.chmod(0o644)


def test_models_pass_modeltester(qtmodeltester: ModelTester, demo_store: Store) -> None:
    search = SearchModel(demo_store, DEMO_EVENT_ID)
    search.search("nur", demo_store.events.session(DEMO_EVENT_ID, "REG").id)
    qtmodeltester.check(search)
    assert search.rowCount() > 3
    Desk(demo_store, demo_store.events.get(DEMO_EVENT_ID), session="REG").scan(code_of(demo_store))
    recent = RecentModel(demo_store, DEMO_EVENT_ID)
    recent.refresh()
    qtmodeltester.check(recent, force_py=True)
    assert recent.rowCount() == 1 and "BERHASIL" in recent.index(0).data()
    small = RecentModel(demo_store, DEMO_EVENT_ID, limit=3)  # insertions at the top, the oldest falling off
    small.refresh()
    qtmodeltester.check(small, force_py=True)
    desk = Desk(demo_store, demo_store.events.get(DEMO_EVENT_ID), session="REG")
    for n in (1, 2, 3, 4):  # the tester stays connected and checks every insertion and removal
        desk.scan(code_of(demo_store, n))
        small.refresh()
    assert small.rowCount() == 3 and [small.entry(r).registration_id for r in range(3)] == [
        demo_store.registrations.for_event(DEMO_EVENT_ID)[n].id for n in (4, 3, 2)]


# -- camera path: synthetic frames through the same QVideoSink -> QImage -> zxing code --------


def badge_photo(code: str, *, angle: float = 0, blur: int = 0, size: int = 640) -> QImage:
    """A badge QR 'photographed': scaled, rotated, blurred, on a cluttered background."""
    m = qr.matrix(code)
    n = len(m)
    img = QImage(size, int(size * 0.75), QImage.Format.Format_RGB32)
    img.fill(Qt.GlobalColor.lightGray)
    p = QPainter(img)
    for i in range(0, size, 37):  # clutter: lines and blocks
        p.fillRect(i, (i * 7) % img.height(), 15, 9, Qt.GlobalColor.darkGray)
    module = 6
    p.translate(size / 2, img.height() / 2)
    p.rotate(angle)
    p.translate(-n * module / 2, -n * module / 2)
    p.fillRect(0, 0, n * module, n * module, Qt.GlobalColor.white)
    for r, row in enumerate(m):
        for c, dark in enumerate(row):
            if dark:
                p.fillRect(c * module, r * module, module, module, Qt.GlobalColor.black)
    p.end()
    if blur:
        small = img.scaled(img.width() // blur, img.height() // blur, Qt.AspectRatioMode.IgnoreAspectRatio,
                           Qt.TransformationMode.SmoothTransformation)
        img = small.scaled(img.width(), img.height(), Qt.AspectRatioMode.IgnoreAspectRatio,
                           Qt.TransformationMode.SmoothTransformation)
    return img.transformed(QTransform().shear(0.08, 0.0), Qt.TransformationMode.SmoothTransformation)


def test_camera_frames_check_in_once(window: MainWindow, demo_store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = window.desk_panel
    decoder = FrameDecoder(panel)
    decoder.decoded.connect(lambda text: panel.handle_scan(text, "camera"))
    code = code_of(demo_store, 7)
    frames = [badge_photo(code, angle=a, blur=b) for a, b in ((12, 0), (-20, 2), (35, 0), (5, 2))]
    for image in frames:
        with qtbot.waitSignal(decoder.decoded, timeout=5000) as blocker:
            decoder.sink.setVideoFrame(QVideoFrame(image))
        assert blocker.args == [code]
    assert panel.status.title.text() == "BERHASIL"  # repeats within seconds were ignored, not "already"
    history = demo_store.checkins.history(DEMO_EVENT_ID)
    assert len(history) == 1 and history[0][0].method == "camera"


def test_camera_frame_without_qr_decodes_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    decoder = FrameDecoder()
    seen: list[str] = []
    decoder.decoded.connect(seen.append)
    blank = QImage(320, 240, QImage.Format.Format_RGB32)
    blank.fill(Qt.GlobalColor.white)
    decoder.sink.setVideoFrame(QVideoFrame(blank))
    qtbot.waitUntil(lambda: decoder.frames_decoded == 1)
    assert seen == []


def test_no_camera_says_so(window: MainWindow) -> None:
    panel = window.desk_panel
    panel.toggle_camera()
    assert "Tidak ada kamera" in panel.camera_label.text()
    assert panel.camera is None


def _unused(_: QWidget) -> None:
    pass


def test_long_name_fits_two_lines(window: MainWindow, demo_store: Store) -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics

    reg = next(r for r in demo_store.registrations.for_event(DEMO_EVENT_ID)
               if r.person.name.startswith("H. Abdurrahman"))
    window.resize(1000, 650)
    panel = window.desk_panel
    panel.handle_scan(reg.badge_code or "")
    name = panel.status.name
    assert name.text() == "H. Abdurrahman Syarifuddin Noor Effendi Halidi, S.H.I."
    needed = QFontMetrics(name.font()).boundingRect(
        QRect(0, 0, name.width(), 10_000), int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), name.text())
    assert needed.height() <= name.height()
    assert name.font().pixelSize() >= 20  # still large


def test_walk_in_with_a_bad_nik_says_so_in_the_dialog(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = PersonForm("Peserta baru")
    qtbot.addWidget(form)
    form.name.setText("Siti Walk In")
    form.nik.setText("63710512")
    form._try_accept()
    assert "harus 16 digit" in form.error.text() and form.result() == 0


def test_two_windows_see_each_others_scans(qtbot, demo_db: Path) -> None:  # type: ignore[no-untyped-def]
    import time

    stores = [Store.open(demo_db), Store.open(demo_db)]
    try:
        windows = []
        for n, store in enumerate(stores, start=1):
            event = store.events.get(DEMO_EVENT_ID)
            w = MainWindow(store, event, desk=Desk(store, event, desk=f"Meja {n}", session="REG"), sound=False)
            qtbot.addWidget(w)
            w.show()
            windows.append(w)
        a, b = windows
        code = code_of(stores[0])
        assert a.desk_panel.handle_scan(code, "scanner").outcome is Outcome.CHECKED_IN
        started = time.monotonic()
        qtbot.waitUntil(lambda: b.desk_panel.counter.text() == "1 / 175 hadir"
                        and "REG (07:30): 1 hadir" in b.header.counts.text(), timeout=2000)
        assert time.monotonic() - started < 1.5
        assert "(Meja 1)" in b.desk_panel.recent_model.index(0).data()
        assert b.desk_panel.handle_scan(code, "scanner").outcome is Outcome.ALREADY  # no double counting
        qtbot.waitUntil(lambda: "SUDAH HADIR" in a.desk_panel.recent_model.index(0).data(), timeout=2000)
        assert a.desk_panel.counter.text() == b.desk_panel.counter.text() == "1 / 175 hadir"
    finally:
        for w in windows:
            w.close()
        for s in stores:
            s.close()


def test_selection_in_recent_scans_survives_other_desks(window: MainWindow, demo_store: Store, demo_db: Path) -> None:
    panel = window.desk_panel
    for n in range(3):
        panel.handle_scan(code_of(demo_store, n), "scanner")
    panel.recent.setCurrentIndex(panel.recent_model.index(2))
    chosen = panel.undo_target()
    with Store.open(demo_db) as other:  # another desk scans meanwhile
        Desk(other, other.events.get(DEMO_EVENT_ID), desk="Meja 9", session="REG").scan(code_of(other, 7))
    panel.refresh_counts()
    assert panel.recent_model.rowCount() == 4 and "(Meja 9)" in panel.recent_model.index(0).data()
    assert panel.undo_target() == chosen  # F4 still undoes the row the volunteer chose


def test_recent_scans_use_the_desk_clock_like_the_message(demo_store: Store) -> None:
    """Scans are logged in UTC; the list shows them in the event's zone, as 'Tercatat hadir pukul …' is
    (a laptop left on UTC showed 15:24 in the list beside 'pukul 23:24' in the result)."""
    import datetime as dt

    wita = dt.timezone(dt.timedelta(hours=8))
    desk = Desk(demo_store, demo_store.events.get(DEMO_EVENT_ID), session="REG",
                now=lambda: dt.datetime(2025, 11, 18, 7, 41, tzinfo=wita))
    desk.scan(code_of(demo_store))
    recent = RecentModel(demo_store, DEMO_EVENT_ID, zone=desk.zone)
    recent.refresh()
    at = dt.datetime.fromisoformat(recent.entry(0).at).astimezone(wita)
    assert recent.index(0).data().startswith(f"{at:%H:%M}  ")
