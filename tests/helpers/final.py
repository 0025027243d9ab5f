"""Make the demo event final: a logo chosen and every example field confirmed, so
documents carry real numbers and no DRAF watermark.  The steps live in bench.common
(the benchmarks measure final documents too); the tests use them from here."""

from __future__ import annotations

from bench.common import choose_logo, logo_png
from bench.common import make_final as _make_final
from bimtek_desk.store import Store

__all__ = ["choose_logo", "logo_png", "make_final"]


def make_final(store: Store, event_id: str, pin: str = "181125") -> None:
    _make_final(store, event_id, pin=pin, actor="test")
