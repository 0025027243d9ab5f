"""Make the demo event final: a logo chosen and every example field confirmed, so
documents carry real numbers and no DRAF watermark."""

from __future__ import annotations

import io

from bimtek_desk import images
from bimtek_desk.documents import drafts
from bimtek_desk.store import Store


def logo_png(colour: str = "#1E3A8A") -> bytes:
    from PIL import Image, ImageDraw

    im = Image.new("RGB", (200, 240), "white")
    ImageDraw.Draw(im).ellipse((20, 20, 180, 220), fill=colour)
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def choose_logo(store: Store, event_id: str) -> None:
    ref = store.events.put_image(images.check(logo_png(), "lambang.png"))
    store.events.update_settings(event_id, {"logo": ref})


def make_final(store: Store, event_id: str, pin: str = "181125") -> None:
    choose_logo(store, event_id)
    event = store.events.get(event_id)
    if drafts.unconfirmed(event):
        drafts.confirm(store, event, None, pin=pin, actor="test")
