"""The offline verification page, run in a real headless Chromium (Debian's `chromium`)."""

from __future__ import annotations

import hashlib
import html
import re
import shutil
import subprocess
import urllib.parse
from pathlib import Path

import base45
import pytest

from bimtek_desk.documents import issue
from bimtek_desk.signing import cose, keys, page
from bimtek_desk.signing.issuer import key_list, revoke, signer
from bimtek_desk.store import Store
from bimtek_desk.system.resources import resource
from tests.conftest import DEMO_EVENT_ID
from tests.helpers.final import make_final


@pytest.fixture(autouse=True)
def _final_documents(request: pytest.FixtureRequest) -> None:
    """The demo is a DRAF until its examples are confirmed; signed QRs are for final documents."""
    if "demo_store" in request.fixturenames:
        make_final(request.getfixturevalue("demo_store"), DEMO_EVENT_ID)

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run"]
NACL_SHA256 = "973cc5733cc7432e30ee4682098f413094f494bccf76a567c23908c5035ddbbc"


def run_page(path: Path, payload: str, profile: Path) -> tuple[str, str, str]:
    """Open path#payload, let the page check it, return (verdict, detail, extra) from the DOM."""
    url = path.resolve().as_uri() + "#" + urllib.parse.quote(payload, safe="")
    profile.mkdir(exist_ok=True)
    done = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--dump-dom", url],
                          capture_output=True, text=True, timeout=90, check=True)
    dom = done.stdout
    fields = []
    for name in ("verdict", "detail", "extra"):
        m = re.search(rf'<p id="{name}">(.*?)</p>', dom, re.S)
        assert m is not None, dom[-2000:]
        fields.append(html.unescape(m.group(1)))
    return fields[0], fields[1], fields[2]


def test_vendored_tweetnacl_is_the_published_file() -> None:
    data = resource("vendor", "tweetnacl", "nacl.min.js").read_bytes()
    assert hashlib.sha256(data).hexdigest() == NACL_SHA256
    assert "Unlicense" in resource("vendor", "tweetnacl", "LICENSE").read_text(encoding="utf-8") or \
        "public domain" in resource("vendor", "tweetnacl", "LICENSE").read_text(encoding="utf-8")


def test_page_is_self_contained(demo_store: Store, tmp_path: Path) -> None:
    event = demo_store.events.get(DEMO_EVENT_ID)
    signer(demo_store, event)
    text = page.build(key_list(demo_store))
    assert "{{" not in text and "nacl.sign.detached.verify" in text
    assert "default-src 'none'" in text  # the browser itself forbids any network access
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", text, re.I)
    assert "signing_secrets" not in text and '"d"' not in text
    for row in demo_store.signing.keys():  # only public halves are inside
        private = demo_store.signing.private_key(row.kid)
        assert private is not None and keys.b64url(private) not in text and private.hex() not in text


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_page_in_chromium_genuine_edited_unknown_revoked(demo_store: Store, tmp_path: Path) -> None:
    event = demo_store.events.get(DEMO_EVENT_ID)
    regs = demo_store.registrations.for_event(DEMO_EVENT_ID)
    for r in regs[:3]:
        demo_store.documents.override(r.id, True, "uji", "test")
    jobs, _ = issue.certificate_jobs(demo_store, event)
    genuine, to_revoke = jobs[0].context["verify_payload"], jobs[1].context["verify_payload"]
    revoke(demo_store, event, jobs[1].document.number, "nama salah tulis", pin="181125", actor="test")
    out = tmp_path / "verifikasi.html"
    page.write(out, key_list(demo_store))

    # another office's key, same claims: 'penerbit tidak dikenal'
    private, public = keys.new_key_pair()
    stranger = cose.sign(cose.decode(genuine).claims(), keys.private_key(private), keys.kid_for(public))
    raw = bytearray(base45.b45decode(genuine[4:]))
    raw[-70] ^= 0x20  # one byte of the claims (just before the signature)
    edited = "BD1:" + base45.b45encode(bytes(raw)).decode()

    verdict, detail, extra = run_page(out, genuine, tmp_path / "p1")
    assert verdict == "ASLI"
    assert detail == (f"Sertifikat Nomor {jobs[0].document.number}, a.n. {jobs[0].context['name']}, Bimtek PSM 2025, "
                      "18 November 2025, 6 JP.")
    assert "Dinas Sosial Kota Banjarmasin" in extra

    verdict, detail, _ = run_page(out, edited, tmp_path / "p1")
    assert verdict == "TIDAK ASLI" and "tidak cocok" in detail

    verdict, detail, _ = run_page(out, stranger, tmp_path / "p1")
    assert verdict == "TIDAK ASLI" and "enerbit tidak dikenal" in detail

    verdict, detail, extra = run_page(out, to_revoke, tmp_path / "p1")
    assert verdict == "DICABUT" and jobs[1].document.number in detail and "nama salah tulis" in extra
