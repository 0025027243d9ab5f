"""Layouts read only their own images (issue #13 item 12); variables are checked
against what each document type can really fill, before rendering (item 14)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bimtek_desk.documents import issue
from bimtek_desk.documents import layout as layoutlib
from bimtek_desk.documents.render import Renderer
from bimtek_desk.documents.variables import VARIABLES, available, samples
from bimtek_desk.errors import UserError
from bimtek_desk.store import Store
from tests.conftest import DEMO_EVENT_ID
from tests.helpers.final import logo_png, make_final
from tests.pdfutil import page_texts


def _layout_with(tmp_path: Path, *elements: dict, background: str | None = None, doc_type: str = "sertifikat") -> Path:
    builtin = layoutlib.builtin(doc_type)
    data = json.loads((builtin.base_dir / layoutlib.BUILTIN[doc_type]).read_text(encoding="utf-8"))
    data["pages"][0]["elements"].extend(elements)
    if background is not None:
        data["pages"][0]["background"] = background
    folder = tmp_path / "tata-letak"
    folder.mkdir(exist_ok=True)
    path = folder / "mine.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _image(source: str) -> dict:
    return {"type": "image", "x": 10, "y": 10, "w": 20, "h": 20, "source": source}


@pytest.fixture
def secret_image(tmp_path: Path) -> Path:
    """An image outside the layout's folder that the user can read."""
    path = tmp_path / "ktp-orang-lain.png"
    path.write_bytes(logo_png())
    return path


@pytest.mark.parametrize("source, words", [
    ("ABSOLUTE", "jalur mutlak"),
    ("../ktp-orang-lain.png", "folder berkas tata letak"),
    ("{name}.png", "{variabel}"),
    ("tidak-ada.png", "tidak ada"),
])
def test_layout_images_only_from_its_folder(tmp_path: Path, secret_image: Path, source: str, words: str) -> None:
    source = str(secret_image) if source == "ABSOLUTE" else source
    with pytest.raises(UserError) as err:
        layoutlib.load(_layout_with(tmp_path, _image(source)))
    assert words in str(err.value) and "pages[0].elements[" in str(err.value)
    with pytest.raises(UserError, match="jalur|folder|variabel|tidak ada"):
        layoutlib.load(_layout_with(tmp_path, background=source))


def test_a_link_out_of_the_folder_is_refused(tmp_path: Path, secret_image: Path) -> None:
    path = _layout_with(tmp_path)
    (path.parent / "latar.png").symlink_to(secret_image)
    with pytest.raises(UserError, match="folder berkas tata letak"):
        layoutlib.load(_layout_with(tmp_path, _image("latar.png")))


def test_a_non_image_gets_a_clear_message(tmp_path: Path) -> None:
    path = _layout_with(tmp_path)
    (path.parent / "latar.png").write_text("bukan gambar")
    with pytest.raises(UserError, match="'latar.png' bukan gambar PNG atau JPEG yang utuh"):
        layoutlib.load(_layout_with(tmp_path, _image("latar.png")))


def test_images_in_the_folder_or_the_store_are_used(demo_store: Store, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from bimtek_desk.render import images

    make_final(demo_store, DEMO_EVENT_ID)
    path = _layout_with(tmp_path)
    (path.parent / "hiasan.png").write_bytes(logo_png("#B08D57"))
    event = demo_store.events.get(DEMO_EVENT_ID)
    stored = event.settings["logo"]  # an image in the database's store, by reference
    layout = layoutlib.load(_layout_with(tmp_path, _image("hiasan.png"), _image(stored)))
    out = tmp_path / "a.pdf"
    Renderer(layout, issue.assets(event)).render_one(samples(), out)
    xobjects = PdfReader(str(out)).pages[0]["/Resources"]["/XObject"]
    assert len(xobjects) == 2  # the logo (drawn twice, embedded once) and the folder's image
    other = images.check(logo_png("#9F1239"), "lain.png").ref  # not this event's
    layout = layoutlib.load(_layout_with(tmp_path, _image(other)))
    with pytest.raises(UserError, match="tidak ada di basis data acara ini"):
        Renderer(layout, issue.assets(event)).render_one(samples(), tmp_path / "b.pdf")


def test_render_refuses_a_layout_built_in_code(tmp_path: Path, secret_image: Path) -> None:
    layout = layoutlib.builtin("piagam")
    pages = ({"elements": [*layout.pages[0]["elements"], _image(str(secret_image))]},)
    bad = layoutlib.Layout(layout.name, layout.doc_type, layout.size, layout.orientation, pages, "x", layout.base_dir)
    with pytest.raises(UserError, match="jalur mutlak"):
        Renderer(bad, {}).render_one(samples(), tmp_path / "x.pdf")


# -- item 14: variables -------------------------------------------------------------------------


def test_every_variable_has_an_evaluator_and_document_types() -> None:
    for key, var in VARIABLES.items():
        assert callable(var.evaluate) and var.doc_types <= {"sertifikat", "piagam"} and var.doc_types, key
    assert "years" in available("piagam") and "years" not in available("sertifikat")
    assert "jp_phrase" in available("sertifikat") and "jp_phrase" not in available("piagam")


def test_years_on_a_certificate_layout_is_refused(demo_store: Store, tmp_path: Path) -> None:
    path = _layout_with(tmp_path, {"type": "text", "x": 20, "y": 195, "text": "Masa bakti {years} tahun", "size": 8})
    layout = layoutlib.load(path)
    assert layout.unknown_variables() == {"years"}
    with pytest.raises(UserError, match=r"\{years\}"):
        Renderer(layout, {}, strict=True)
    make_final(demo_store, DEMO_EVENT_ID)
    event = demo_store.events.update_settings(DEMO_EVENT_ID, {"layouts": {"sertifikat": str(path)}})
    with pytest.raises(UserError, match=r"\{years\}"):
        issue.certificate_jobs(demo_store, event)
    assert demo_store.documents.for_event(DEMO_EVENT_ID) == []  # refused before any number is given


def test_unknown_variable_in_the_event_texts_is_refused_before_rendering(demo_store: Store, tmp_path: Path) -> None:
    from bimtek_desk.desk.checkin import Desk

    make_final(demo_store, DEMO_EVENT_ID)
    event = demo_store.events.get(DEMO_EVENT_ID)
    reg = demo_store.registrations.for_event(DEMO_EVENT_ID)[0]
    for key in ("REG", "M3"):
        Desk(demo_store, event, session=key).check_in(reg.id)
    body = "atas partisipasinya sebagai {role} dalam {x} selama {years} tahun"
    event = demo_store.events.update_settings(DEMO_EVENT_ID, {"texts": {"certificate_body": body}})
    with pytest.raises(UserError) as err:
        issue.certificate_jobs(demo_store, event)
    assert "texts.certificate_body" in str(err.value) and "{x}" in str(err.value) and "{years}" in str(err.value)
    with pytest.raises(UserError):
        issue.renderer_for(event, "sertifikat")
    assert demo_store.documents.for_event(DEMO_EVENT_ID) == []
    # A preview still shows the mistake where it is.
    ctx = issue.preview_context(demo_store, event, "sertifikat", reg.id)
    out = tmp_path / "p.pdf"
    Renderer(layoutlib.for_event(event, "sertifikat"), issue.assets(event), strict=False).render_one(ctx, out)
    assert "(galat: x)" in page_texts(out)[0]
    # The plaque's own texts are fine: {years} belongs there.
    assert issue.plaque_jobs(demo_store, event)
