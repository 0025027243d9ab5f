"""The session chooser shared by the areas that show one session (Laporan, Statistik)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from bimtek_desk.store import Store


def session_box(store: Store, event_id: str, current: int | None = None) -> QComboBox:
    """A combo of the event's sessions ("REG · Registrasi"), on ``current`` (the desk's
    session, so that a report opened at 13:10 is about the afternoon) when given."""
    box = QComboBox()
    for s in store.events.sessions(event_id):
        box.addItem(f"{s.key} · {s.label}", s.id)
    if current is not None and (index := box.findData(current)) >= 0:
        box.setCurrentIndex(index)
    return box
