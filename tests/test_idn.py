import datetime as dt
from pathlib import Path

import pytest

from bimtek_desk.idn import dates, names, nik, phone, terbilang, wilayah


@pytest.mark.parametrize("name, key", [
    ("Drs. H. Muhammad Fahrurrazi Akhmad Syahrani, M.AP.", " muhammad fahrurrazi ahmad syahrani "),
    ("Mas’ud Arsyad", " masud arsyad "),
    ("Ma'ruf", " maruf "),
    ("Maʼruf", " maruf "),
    ("Noor Hidayah", " nur hidayah "),
    ("Nor Hidayah", " nur hidayah "),
    ("Khairul Anwar", " hairul anwar "),
    ("RAHMAT HIDAYAT, S.SOS.", " rahmat hidayat "),
    ("Nurul  Jannah", " nurul jannah "),
    ("H. Abdul Basit HR", " abdul basit hr "),  # HR is part of the name
    ("Gt. Ahmad", " gusti ahmad "),
])
def test_search_key(name: str, key: str) -> None:
    assert names.search_key(name) == key


def test_query_ignores_titles_and_folds_variants() -> None:
    assert names.query_tokens("Hj. muhamad") == ["muhammad"]
    assert names.query_tokens("hairul") == ["hairul"]


def test_upper_keeps_titles() -> None:
    assert names.upper_name("Drs. H. Ahmad Noor, S.Sos., M.Si.") == "Drs. H. AHMAD NOOR, S.Sos., M.Si."
    assert names.without_titles("Hj. Rahmawati Noor, S.Sos., M.AP.") == "Rahmawati Noor"
    assert names.tidy("  Nurul   Jannah ") == "Nurul Jannah"


def test_nik_validation_and_facts() -> None:
    assert nik.validate(" 6371054301689467 ") == "6371054301689467"
    for bad, fragment in [("637105430168946", "15 digit"), ("6.37105E+15", "notasi ilmiah"),
                          ("63710543016894AB", "selain angka"), ("0071054301689467", "provinsi")]:
        with pytest.raises(nik.NikError, match=fragment):
            nik.validate(bad)
    f = nik.facts("6371054301689467")
    assert (f.sex, f.birth_date) == ("P", dt.date(1968, 1, 3))
    assert nik.facts("6371052207669098").sex == "L"
    assert nik.mask("6371054301689467") == "637105******9467"
    assert nik.mask(None) == ""


@pytest.mark.parametrize("raw, want", [
    ("+62 812-3456-7890", "081234567890"), ("62812345678", "0812345678"), (81234567890, "081234567890"),
    ("0812.3456.789", "08123456789"), ("8123456789", "08123456789"), (None, None), ("", None), ("-", None),
])
def test_phone_normalise(raw: object, want: str | None) -> None:
    assert phone.normalise(raw) == (want, None)


def test_phone_invalid_kept_with_warning() -> None:
    value, warning = phone.normalise("0511-3355")
    assert value == "0511-3355" and warning and "08" in warning


def test_dates() -> None:
    d = dt.date(2025, 11, 18)
    assert dates.long_date(d) == "18 November 2025"
    assert dates.day_date(d) == "Selasa, 18 November 2025"
    assert dates.place_date("Banjarmasin", dt.date(2025, 3, 5)) == "Banjarmasin, 5 Maret 2025"
    assert dates.parse_date("03-01-1968") == dt.date(1968, 1, 3)
    assert dates.parse_date("3 Januari 1968") == dt.date(1968, 1, 3)
    assert dates.parse_date("1968-01-03") == dt.date(1968, 1, 3)
    assert dates.parse_date("31/02/1990") is None
    assert dates.parse_date("kemarin") is None


def test_terbilang() -> None:
    assert terbilang.with_words(6) == "6 (enam)"
    assert terbilang.terbilang(30) == "tiga puluh"
    assert terbilang.terbilang(25) == "dua puluh lima"
    assert terbilang.rupiah(150000) == "Rp150.000"
    assert terbilang.rupiah_words(26250000) == "Dua puluh enam juta dua ratus lima puluh ribu rupiah"


def test_wilayah() -> None:
    assert len(wilayah.KECAMATAN) == 5 and len(wilayah.KECAMATAN_OF) == 52
    assert wilayah.kelurahan("KEL. SEI JINGAH") == "Sungai Jingah"
    assert wilayah.kelurahan("kelayan luar") == "Kelayan Luar"
    assert wilayah.KECAMATAN_OF["Kelayan Luar"] == "Banjarmasin Tengah"
    assert wilayah.KECAMATAN_OF["Basirih"] == "Banjarmasin Barat"
    assert wilayah.kecamatan("Kec. Banjarmasin Utara") == "Banjarmasin Utara"
    assert wilayah.kelurahan("Kemayoran") is None


def test_one_letter_query_is_a_prefix_not_an_abbreviation() -> None:
    assert names.query_tokens("m") == ["m"]
    assert names.query_tokens("moh") == ["muhammad"]


def _terbilang_table() -> list[tuple[int, str]]:
    path = Path(__file__).parent / "data" / "terbilang.tsv"
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    return [(int(n), words) for n, words in rows]


def test_terbilang_against_a_table_written_from_the_rules() -> None:
    """Issue 25 item 3: 225 amounts typed by hand from the rules, every group boundary,
    se- for a group of thousands equal to one ('satu juta seribu', not 'satu ribu')."""
    table = _terbilang_table()
    assert len(table) >= 200 and len({n for n, _ in table}) == len(table)
    wrong = [(n, terbilang.terbilang(n), words) for n, words in table if terbilang.terbilang(n) != words]
    assert not wrong
    assert terbilang.rupiah_words(125_001_000) == "Seratus dua puluh lima juta seribu rupiah"
    with pytest.raises(ValueError):
        terbilang.terbilang(10 ** 15)


def test_stored_timestamps_are_cut_in_one_place() -> None:
    """One helper (idn.dates.stamp) shows a part of a stored timestamp as written;
    no product module slices '…T07:45:12.345+08:00' by hand any more."""
    import re
    from pathlib import Path

    from bimtek_desk.idn.dates import stamp

    iso = "2025-11-18T07:45:12.345+08:00"
    assert [stamp(iso, p) for p in ("date", "minute", "second", "clock", "time")] == [
        "2025-11-18", "2025-11-18 07:45", "2025-11-18 07:45:12", "07:45", "07:45:12"]
    assert stamp(iso) == "2025-11-18 07:45:12" and stamp(None) == stamp("") == ""
    by_hand = re.compile(r"""(\bat|_at|\biso|\[["']time["']\]|or "?"?\))\[(11)?:(10|16|19)\]"""
                         r"""|\.replace\(["']T["'], ["'] ["']\)""")
    root = Path(__file__).resolve().parent.parent / "bimtek_desk"
    found = [f"{p.relative_to(root)}:{n}" for p in sorted(root.rglob("*.py"))
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1)
             if by_hand.search(line) and p.name != "dates.py"]
    assert found == []
