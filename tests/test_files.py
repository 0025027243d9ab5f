"""Output files: temp-then-rename without touching anyone else's files, one clear
line for an unwritable target, file names every OS accepts (issue #13 items 3, 11, 15)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from bimtek_desk.errors import UserError
from bimtek_desk.system.files import atomic_write, safe_file_name
from tests.conftest import DEMO_EVENT_ID


def test_temp_file_is_unpredictable_and_a_planted_link_is_not_followed(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("milik orang lain")
    out = tmp_path / "hasil.pdf"
    (tmp_path / ".hasil.pdf.tmp").symlink_to(victim)  # the name the old code used
    seen: list[Path] = []

    def writer(tmp: Path) -> int:
        seen.append(tmp)
        assert tmp.parent == tmp_path and not tmp.is_symlink()
        tmp.write_bytes(b"%PDF-1.4 ok")
        return 1

    assert atomic_write(out, writer) == 1
    assert out.read_bytes() == b"%PDF-1.4 ok" and victim.read_text() == "milik orang lain"
    assert seen[0].name != ".hasil.pdf.tmp" and not seen[0].exists()
    if os.name == "posix":
        assert (out.stat().st_mode & 0o077) == 0  # mkstemp: only the owner can read it


def test_split_render_leaves_other_peoples_temp_files(demo_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from bimtek_desk.documents import issue
    from bimtek_desk.documents import layout as layoutlib
    from bimtek_desk.documents.render import Renderer

    event = demo_store.events.get(DEMO_EVENT_ID)
    others = tmp_path / ".laporan.xlsx.tmp"
    others.write_text("sedang ditulis aplikasi lain")
    renderer = Renderer(layoutlib.builtin("piagam"), issue.assets(event))
    jobs = issue.plaque_jobs(demo_store, event)
    files = issue.render_files(renderer, jobs, split_dir=tmp_path)
    assert len(files) == 2 and others.read_text() == "sedang ditulis aplikasi lain"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == [".laporan.xlsx.tmp"]


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_export_to_a_folder_name(cli, demo_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "keluar"
    folder.mkdir()
    r = cli("--db", demo_db, "export", "--event", DEMO_EVENT_ID, "--out", folder)
    assert r.code == 1 and r.err.count("\n") == 1 and "adalah folder" in r.err and "Traceback" not in r.err
    assert list(folder.iterdir()) == [] and _leftovers(tmp_path) == []


def test_export_below_a_file(cli, demo_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "berkas").write_text("x")
    r = cli("--db", demo_db, "export", "--event", DEMO_EVENT_ID, "--out", tmp_path / "berkas" / "x.xlsx")
    assert r.code == 1 and r.err.startswith("galat: Folder") and r.err.count("\n") == 1


@pytest.mark.parametrize("code, words", [(errno.ENOSPC, "Disk penuh"), (errno.EACCES, "izin menulis"),
                                         (errno.EROFS, "izin menulis")])
def test_export_to_a_full_or_unwritable_disk(cli, demo_db: Path, tmp_path: Path, monkeypatch, code: int,  # type: ignore[no-untyped-def]
                                             words: str) -> None:
    from openpyxl import Workbook

    def full(self, filename):  # type: ignore[no-untyped-def]
        Path(filename).write_bytes(b"PK\x03\x04 half")  # half a file, then the disk fills
        raise OSError(code, os.strerror(code), str(filename))

    monkeypatch.setattr(Workbook, "save", full)
    r = cli("--db", demo_db, "export", "--event", DEMO_EVENT_ID, "--out", tmp_path / "x.xlsx")
    assert r.code == 1 and words in r.err and r.err.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in tmp_path.iterdir()
                                                                  if not p.name.startswith(".x.xlsx"))
    assert not (tmp_path / "x.xlsx").exists() and not [p for p in tmp_path.iterdir() if "x.xlsx" in p.name]


def test_mkstemp_refused(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import tempfile

    def refuse(*a, **k):  # type: ignore[no-untyped-def]
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(UserError, match="izin menulis"):
        atomic_write(tmp_path / "a.pdf", lambda p: 0)


# -- file names -------------------------------------------------------------------------------


def test_names_are_cut_by_bytes_not_characters() -> None:
    name = safe_file_name("001 " + "𝒜" * 100, ".pdf")  # 4-byte characters: 80 of them were 320 bytes
    assert len(name.encode("utf-8")) <= 200 and name.endswith(".pdf") and name.startswith("001 𝒜")
    name.encode("utf-8").decode("utf-8")  # never cut inside a character
    assert len(safe_file_name("é" * 300, ".pdf").encode()) <= 200


@pytest.mark.parametrize("stem, expected", [
    ("007 Drs. H. Ahmad, S.Sos.", "007 Drs. H. Ahmad, S.Sos.pdf"),
    ("008 Nama  dengan   spasi . ", "008 Nama dengan spasi.pdf"),
    ('009 a<b>c:d"e/f\\g|h?i*j', "009 abcdefghij.pdf"),
    ("CON", "_CON.pdf"), ("nul", "_nul.pdf"), ("COM1", "_COM1.pdf"), ("lpt9.x", "_lpt9.x.pdf"),
    ("CONSOLE", "CONSOLE.pdf"), ("...", "dokumen.pdf"), ("\x00\x1f", "dokumen.pdf"),
])
def test_names_windows_accepts(stem: str, expected: str) -> None:
    assert safe_file_name(stem, ".pdf") == expected


def test_one_long_name_does_not_stop_the_run(demo_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    from bimtek_desk.documents import issue
    from bimtek_desk.documents import layout as layoutlib
    from bimtek_desk.documents.render import Renderer

    event = demo_store.events.get(DEMO_EVENT_ID)
    jobs = issue.plaque_jobs(demo_store, event)
    jobs = [dataclasses.replace(jobs[0], label="𝕳" * 90 + ", S.Sos."), jobs[1]]
    renderer = Renderer(layoutlib.builtin("piagam"), issue.assets(event))
    files = issue.render_files(renderer, jobs, split_dir=tmp_path / "wa")
    assert len(files) == 2 and all(f.exists() for f in files)
    assert len(files[0].name.encode()) <= 200 and not files[0].name.endswith("..pdf")


def test_verification_page_and_public_keys_go_through_atomic_write(demo_store, cli, demo_db: Path,  # type: ignore[no-untyped-def]
                                                                   tmp_path: Path) -> None:
    """The verification page's old temp name was predictable (a planted link was followed) and the
    public-key export wrote in place: both now use ``atomic_write``."""
    from bimtek_desk.signing import issuer

    issuer.signer(demo_store, demo_store.events.get(DEMO_EVENT_ID))  # a key to publish
    victim = tmp_path / "victim.txt"
    victim.write_text("milik orang lain")
    (tmp_path / ".verifikasi.html.tmp").symlink_to(victim)  # the name the old code used
    r = cli("--db", demo_db, "verify-page", "--out", tmp_path / "verifikasi.html")
    assert r.code == 0, r
    assert victim.read_text() == "milik orang lain" and "<html" in (tmp_path / "verifikasi.html").read_text()
    folder = tmp_path / "keluar"
    folder.mkdir()
    for args in (["verify-page", "--out", folder], ["keys", "export-public", "--out", folder]):
        r = cli("--db", demo_db, *args)
        assert r.code == 1 and "adalah folder" in r.err and r.err.count("\n") == 1, (args, r)
    assert list(folder.iterdir()) == []


def test_import_report_goes_through_atomic_write(cli, demo_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """--report FILE was opened in place (O_TRUNC through a link at that name): now temp-then-rename, 0600."""
    roster = tmp_path / "r.csv"
    roster.write_text("NIK;Nama\n123;Satu\n", encoding="utf-8")
    victim = tmp_path / "victim.txt"
    victim.write_text("milik orang lain")
    report = tmp_path / "laporan.txt"
    report.symlink_to(victim)
    r = cli("--db", demo_db, "roster", "import", roster, "--event", DEMO_EVENT_ID, "--dry-run", "--report", report)
    assert r.code == 0, r
    assert victim.read_text() == "milik orang lain" and not report.is_symlink()
    assert "GALAT" in report.read_text(encoding="utf-8-sig")
    if os.name == "posix":
        assert (report.stat().st_mode & 0o077) == 0
    r = cli("--db", demo_db, "roster", "import", roster, "--event", DEMO_EVENT_ID, "--dry-run",
            "--report", tmp_path / "tidak-ada" / "x.txt")
    assert r.code == 1 and r.err.startswith("galat: Folder") and r.err.count("\n") == 1
