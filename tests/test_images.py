"""Images chosen in the app (logo, signature, stamp) live in the database and print."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from bimtek_desk.documents import badges, issue
from bimtek_desk.errors import UserError
from bimtek_desk.events.copying import copy_event
from bimtek_desk.render import images
from bimtek_desk.store import Store, eventfile
from bimtek_desk.store.eventfile import edited
from tests.conftest import DEMO_EVENT_ID


def png(size: tuple[int, int] = (120, 80), colour: tuple[int, ...] = (200, 30, 30, 255), mode: str = "RGBA") -> bytes:
    buf = io.BytesIO()
    im = Image.new(mode, size, colour)
    if mode == "RGBA":  # a transparent margin, as a scanned signature on a cleared background
        for x in range(size[0]):
            im.putpixel((x, 0), (0, 0, 0, 0))
    im.save(buf, "PNG")
    return buf.getvalue()


def test_read_accepts_png_and_refuses_what_is_not_an_image(tmp_path: Path) -> None:
    good = tmp_path / "logo.png"
    good.write_bytes(png())
    pic = images.read(good)
    assert (pic.mime, pic.width, pic.height) == ("image/png", 120, 80) and pic.ref.startswith("image:")
    cases = {
        "kosong.png": (b"", "kosong"),
        "surat.png": (b"%PDF-1.4 bukan gambar", "bukan gambar PNG atau JPEG"),
        "potong.png": (png()[:60], "bukan gambar PNG atau JPEG"),
        "anim.gif": (b"", ""),
    }
    gif = io.BytesIO()
    Image.new("RGB", (40, 40)).save(gif, "GIF")
    cases["anim.gif"] = (gif.getvalue(), "berformat GIF")
    for name, (data, message) in cases.items():
        (tmp_path / name).write_bytes(data)
        with pytest.raises(UserError, match=message):
            images.read(tmp_path / name)
    with pytest.raises(UserError, match="tidak dapat dibaca"):
        images.read(tmp_path / "tidak-ada.png")


def with_images(store: Store) -> tuple[str, str, str]:
    event = store.events.get(DEMO_EVENT_ID)
    logo = store.events.put_image(images.check(png((300, 300), (20, 90, 160, 255), "RGB")))
    signature = store.events.put_image(images.check(png((400, 160), (10, 10, 120, 255))))
    stamp = store.events.put_image(images.check(png((200, 200), (120, 20, 160, 160))))
    sigs = event.settings["signatories"]
    sigs["certificate"] |= {"signature_image": signature, "stamp_image": stamp}
    store.events.upsert(edited(event, {"logo": logo, "signatories": sigs}))
    return logo, signature, stamp


def test_stored_images_print_on_certificates_badges_and_reports(demo_store: Store, tmp_path: Path) -> None:
    logo, signature, stamp = with_images(demo_store)
    event = demo_store.events.get(DEMO_EVENT_ID)
    assert set(event.images) == {images.digest(r) for r in (logo, signature, stamp)}
    renderer, _ = issue.renderer_for(event, "sertifikat")
    ctx = issue.preview_context(demo_store, event, "sertifikat", demo_store.registrations.for_event(event.id)[0].id)
    out = tmp_path / "sertifikat.pdf"
    renderer.render([ctx], out)
    page = PdfReader(out).pages[0]
    xobjects = {name: obj.get_object() for name, obj in page["/Resources"]["/XObject"].items()}
    sizes = sorted((int(x["/Width"]), int(x["/Height"]), "/SMask" in x) for x in xobjects.values()
                   if x["/Subtype"] == "/Image")
    # the logo is opaque (embedded as JPEG); signature and stamp keep their transparency
    assert sizes == [(200, 200, True), (300, 300, False), (400, 160, True)]
    b = tmp_path / "badge.pdf"
    badges.render([badges.badge_data(event, demo_store.registrations.for_event(event.id)[0])], b, layout="a6")
    assert any(int(x.get_object()["/Width"]) == 300
               for x in PdfReader(b).pages[0]["/Resources"]["/XObject"].values())


def test_images_survive_a_file_reload_and_travel_with_a_copy(demo_store: Store, tmp_path: Path) -> None:
    logo, signature, _ = with_images(demo_store)
    from bimtek_desk.system.resources import resource

    demo_store.events.upsert(eventfile.load(resource("demo", "event.json")))  # names no images
    event = demo_store.events.get(DEMO_EVENT_ID)
    assert event.settings["logo"] == logo
    assert event.settings["signatories"]["certificate"]["signature_image"] == signature
    copied = copy_event(demo_store, event, "bimtek-psm-bjm-2026", event.date_start.replace(year=2026))
    assert copied.settings["logo"] == logo and images.digest(logo) in copied.images
    demo_store.events.upsert(edited(copied, {"logo": None}))  # cleared in the app: gone
    assert demo_store.events.get(copied.id).settings["logo"] is None


def _image_sizes(pdf: Path, page: int = 0) -> list[tuple[int, int, bool]]:
    reader = PdfReader(pdf)
    xobjects = reader.pages[page]["/Resources"]["/XObject"]
    return sorted((int(x["/Width"]), int(x["/Height"]), "/SMask" in x)
                  for x in (o.get_object() for o in xobjects.values()) if x["/Subtype"] == "/Image")


def test_images_compressed_once_still_land_in_every_file(demo_store: Store, tmp_path: Path) -> None:
    with_images(demo_store)
    event = demo_store.events.get(DEMO_EVENT_ID)
    renderer, _ = issue.renderer_for(event, "sertifikat")
    regs = demo_store.registrations.for_event(event.id)[:3]
    contexts = [issue.preview_context(demo_store, event, "sertifikat", r.id) for r in regs]
    expected = [(200, 200, True), (300, 300, False), (400, 160, True)]
    for n, ctx in enumerate(contexts):  # one file each, as for WhatsApp
        renderer.render_one(ctx, tmp_path / f"{n}.pdf")
        assert _image_sizes(tmp_path / f"{n}.pdf") == expected
    renderer.render(contexts, tmp_path / "all.pdf")  # one file: each image stored once
    reader = PdfReader(tmp_path / "all.pdf")
    images_in_file = {id(o.get_object()) for p in reader.pages[::2] for o in p["/Resources"]["/XObject"].values()
                      if o.get_object()["/Subtype"] == "/Image"}
    assert len(images_in_file) == 3 and _image_sizes(tmp_path / "all.pdf", 4) == expected
