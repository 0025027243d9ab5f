"""The printing tests' private CUPS scheduler: never the machine's, and a clear skip
where cupsd is not installed."""

from __future__ import annotations

import os
import tempfile
import time

import pytest

from tests.helpers import cups as private_cups


def test_libcups_is_pointed_at_the_private_socket() -> None:
    server = os.environ["CUPS_SERVER"]
    assert server.startswith(os.path.join(tempfile.gettempdir(), "bimtek-cups-")) and server.endswith("cups.sock")
    assert "LPDEST" not in os.environ and "PRINTER" not in os.environ


def test_without_cupsd_the_reason_names_the_debian_packages(monkeypatch: pytest.MonkeyPatch) -> None:
    if os.name == "nt":
        pytest.skip("Windows prints through its spooler")
    monkeypatch.setattr(private_cups, "CUPSD", None)
    assert private_cups.missing_reason() == ("cupsd/lpadmin not installed "
                                             "(Debian: apt-get install cups-daemon cups-client)")


def test_private_queue_takes_a_job_as_a_file(cups: private_cups.PrivateCups, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from reportlab.pdfgen.canvas import Canvas

    from tests.pdfutil import page_count

    out = cups.add_queue("BIMTEK-LP")
    pdf = tmp_path / "dua.pdf"
    c = Canvas(str(pdf))
    for n in range(2):
        c.drawString(100, 700, f"halaman {n + 1}")
        c.showPage()
    c.save()
    cups.run("lp", "-d", "BIMTEK-LP", str(pdf))
    for _ in range(200):
        if cups.idle() and list(out.glob("*.prn")):
            break
        time.sleep(0.05)
    jobs = list(out.glob("*.prn"))
    assert len(jobs) == 1 and page_count(jobs[0]) == 2
    assert "BIMTEK-LP" not in private_cups.subprocess.run(  # the machine's CUPS never saw it
        ["lpstat", "-v"], env={k: v for k, v in os.environ.items() if k != "CUPS_SERVER"},
        capture_output=True, text=True).stdout
