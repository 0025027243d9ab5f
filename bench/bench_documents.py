"""Certificates: 175 two-sided into one PDF and into 175 files, plaques, against a
bare-ReportLab baseline of the same front page and (if installed) a LibreOffice
mail merge of the same certificates."""

from __future__ import annotations

import io
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from bench.common import Result, final_demo
from bimtek_desk.desk.checkin import Desk, event_day_clock
from bimtek_desk.documents import issue
from bimtek_desk.documents import layout as layoutlib
from bimtek_desk.documents.render import Renderer
from bimtek_desk.render import fonts, qr
from bimtek_desk.render.emblem import draw_logo
from bimtek_desk.store import Store
from bimtek_desk.store.models import Event


def _median(fn: Callable[[], object], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def baseline(contexts: list[dict[str, str]]) -> None:
    """The same front page, bare: fonts, logo, vector QR and the variable texts."""
    c = Canvas(io.BytesIO(), pagesize=landscape(A4), pageCompression=1)
    for ctx in contexts:
        draw_logo(c, None, 136.5 * mm, 170 * mm, 24 * mm)
        c.setFont("GentiumBook-Bold", 40)
        c.drawCentredString(148.5 * mm, 143 * mm, "SERTIFIKAT")
        c.setFont("Caladea", 11.5)
        c.drawCentredString(148.5 * mm, 135 * mm, "Nomor: " + ctx["number"])
        c.setFont("GentiumBook-Bold", 30)
        c.drawCentredString(148.5 * mm, 112 * mm, ctx["name"])
        c.setFont("Caladea", 13)
        c.drawCentredString(148.5 * mm, 95 * mm, ctx["certificate_body"][:110])
        qr.draw(c, qr.matrix_level(ctx["verify_payload"]), 25 * mm, 35 * mm, 35 * mm)  # the signed QR, level M
        c.showPage()
    c.save()


def libreoffice(contexts: list[dict[str, str]], tmp: Path) -> float | None:
    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    src = tmp / "lo"
    src.mkdir()
    for n, ctx in enumerate(contexts):
        body = "".join(f"<text:p>{escape(ctx[k])}</text:p>" for k in
                       ("certificate_title", "number", "certificate_opening", "name", "certificate_body", "place_date"))
        (src / f"{n:03d}.fodt").write_text(
            '<?xml version="1.0" encoding="UTF-8"?><office:document xmlns:office="urn:oasis:names:tc:opendocument:'
            'xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2" '
            f'office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text>{body}'
            "</office:text></office:body></office:document>", encoding="utf-8")
    t0 = time.perf_counter()
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp / 'lo-profile'}", "--convert-to", "pdf",
                    "--outdir", str(tmp / "lo-pdf"), *sorted(str(p) for p in src.glob("*.fodt"))],
                   check=True, capture_output=True, timeout=600)
    return time.perf_counter() - t0


def _with_images(store: Store, event: Event) -> Event:
    """The event as a committee sets it up: a JPEG-like opaque logo and a scanned
    signature and stamp with transparent backgrounds (600×240 and 400×400 px)."""
    from PIL import Image, ImageDraw

    from bimtek_desk.render import images
    from bimtek_desk.store.eventfile import edited

    def png(size: tuple[int, int], colour: tuple[int, int, int, int], opaque: bool) -> images.Picture:
        im = Image.new("RGBA", size, (255, 255, 255, 255) if opaque else (0, 0, 0, 0))
        ImageDraw.Draw(im).ellipse((8, 8, size[0] - 8, size[1] - 8), outline=colour, width=10)
        buf = io.BytesIO()
        im.save(buf, "PNG")
        return images.check(buf.getvalue())

    sigs = event.settings["signatories"]
    sigs["certificate"] |= {"signature_image": store.events.put_image(png((600, 240), (20, 30, 140, 255), False)),
                            "stamp_image": store.events.put_image(png((400, 400), (110, 40, 160, 200), False))}
    logo = store.events.put_image(png((400, 480), (0, 110, 60, 255), True))
    store.events.upsert(edited(event, {"signatories": sigs, "logo": logo}))
    return store.events.get(event.id)


def _with_background(tmp: Path) -> layoutlib.Layout:
    """The built-in certificate with a scanned frame as the front page's background: a
    2480×1754 px JPEG (A4 at 150 dpi) beside the layout file, as a committee ships one."""
    import json
    import random

    from PIL import Image

    folder = tmp / "layout-bg"
    folder.mkdir()
    rnd = random.Random(7)
    frame = Image.new("RGB", (248, 175), (246, 240, 225))
    frame.putdata([(246 - rnd.randrange(20), 240 - rnd.randrange(20), 225 - rnd.randrange(20))
                   for _ in range(248 * 175)])
    frame.resize((2480, 1754)).save(folder / "bingkai.jpg", quality=85)
    builtin = layoutlib.builtin("sertifikat")
    data = json.loads((builtin.base_dir / "sertifikat.json").read_text(encoding="utf-8"))
    data["pages"][0]["background"] = "bingkai.jpg"
    (folder / "bingkai.json").write_text(json.dumps(data), encoding="utf-8")
    return layoutlib.load(folder / "bingkai.json")


def run() -> list[Result]:
    fonts.register()
    results = []
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        store = Store.open(tmp / "docs.sqlite3")
        event = final_demo(store)  # real numbers and signed QR codes, no DRAF
        for key in ("REG", "M3"):
            desk = Desk(store, event, session=key, now=event_day_clock(event))
            for reg in store.registrations.for_event(event.id):
                desk.check_in(reg.id)
        jobs, _ = issue.certificate_jobs(store, event)
        contexts = [j.context for j in jobs]
        assert len(contexts) == 175
        assert all(c["number"] != "DRAF" and "_watermark" not in c for c in contexts), contexts[0]["number"]
        renderer = Renderer(layoutlib.for_event(event, "sertifikat"), issue.assets(event))
        renderer.render(contexts[:2], io.BytesIO())  # warm: fonts parsed, QR tables built

        one = _median(lambda: renderer.render(contexts, io.BytesIO()))
        rate = 350 / one
        results.append(Result("175 sertifikat 2 sisi → satu PDF (350 hlm)", one, "s", "", None))
        results.append(Result("  … halaman per detik", rate, "hlm/s", ">= 250", rate >= 250))

        base = _median(lambda: baseline(contexts))
        base_rate = 175 / base
        ratio = base_rate / rate
        results.append(Result("  … baseline ReportLab polos (halaman depan)", base_rate, "hlm/s", "", None))
        results.append(Result("  … rasio baseline / bimtek-desk (per halaman)", ratio, "x", "<= 1.5", ratio <= 1.5))

        def split(with_renderer: Renderer, out: Path) -> None:
            out.mkdir(exist_ok=True)
            for job in jobs:
                with_renderer.render_one(job.context, out / f"{job.document.seq:03d}.pdf")

        split_s = _median(lambda: split(renderer, tmp / "split"))
        files_rate = 175 / split_s
        results.append(Result("175 sertifikat → 175 berkas", split_s, "s", "", None))
        results.append(Result("  … berkas per detik", files_rate, "berkas/s", ">= 80", files_rate >= 80))

        with_images = _with_images(store, event)
        img_renderer = Renderer(layoutlib.for_event(with_images, "sertifikat"), issue.assets(with_images))
        img_s = _median(lambda: split(img_renderer, tmp / "split-img"))
        results.append(Result("  … dengan logo, tanda tangan & stempel transparan", 175 / img_s, "berkas/s",
                              ">= 80", 175 / img_s >= 80))

        bg_renderer = Renderer(_with_background(tmp), issue.assets(event))
        bg_s = _median(lambda: bg_renderer.render(contexts, io.BytesIO()))
        results.append(Result("  … dengan latar halaman (JPEG A4 di folder tata letak)", 350 / bg_s, "hlm/s",
                              ">= 250", 350 / bg_s >= 250))

        plaques = issue.plaque_jobs(store, event)
        plaque_renderer = Renderer(layoutlib.for_event(event, "piagam"), issue.assets(event))
        p_s = _median(lambda: plaque_renderer.render([j.context for j in plaques], io.BytesIO()))
        results.append(Result("2 piagam → satu PDF", p_s * 1000, "ms", "", None))

        lo = libreoffice(contexts, tmp) if not os.environ.get("BENCH_SKIP_LIBREOFFICE") else None
        if lo is None:
            results.append(Result("LibreOffice mail merge: soffice tidak terpasang", 0, "", "", None))
        else:
            speedup = lo / one
            results.append(Result("LibreOffice headless, 175 dokumen → PDF", lo, "s", "", None))
            results.append(Result("  … bimtek-desk lebih cepat", speedup, "x", ">= 50", speedup >= 50))
        store.close()
    return results
