"""The signed certificate QR: signing, verifying, drawing the symbol; its version and printed size."""

from __future__ import annotations

import datetime as dt
import time

from bench.common import Result
from bimtek_desk.render import qr
from bimtek_desk.signing import cose, keys, verifier

LONGEST_DEMO_NAME = "Gusti Muhammad Rizky Ramadhani Al Banjari, S.Pd.I., M.Pd."  # 57 characters
NAME_60 = "Drs. H. Ahmad Syarifuddin Noor Hidayatullah Al Banjari, M.Si"


def _per_call_ms(fn, n: int) -> float:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - t0) / n * 1000


def run() -> list[Result]:
    private, public = keys.new_key_pair()
    key, kid = keys.private_key(private), keys.kid_for(public)
    key_list = keys.KeyList((keys.PublicKey(kid.hex(), "Dinas Sosial Kota Banjarmasin", public),))
    results = []
    for label, name in (("nama demo terpanjang (57 huruf)", LONGEST_DEMO_NAME), ("nama 60 huruf", NAME_60)):
        claims = cose.Claims("sertifikat", "400.9.12/175/Dayasos-Dinsos/XI/2025", name, "Bimtek PSM 2025",
                             dt.date(2025, 11, 18), 6)
        text = cose.sign(claims, key, kid)
        m = qr.matrix_level(text, cose.QR_LEVEL)
        modules = len(m) - 8
        symbol_mm = qr.size_for(m, cose.MIN_SYMBOL_MM, cose.MIN_MODULE_MM) * modules / len(m)
        results.append(Result(f"QR {label}: isi", len(text), "huruf", "", None))
        results.append(Result("  … versi QR (level M)", qr.version(m), "", "<= 10", qr.version(m) <= 10))
        results.append(Result("  … lebar simbol tercetak (paling kecil)", symbol_mm, "mm", ">= 30", symbol_mm >= 30))
        results.append(Result("  … px per modul, foto 100 dpi", symbol_mm / 25.4 * 100 / modules, "px", "", None))
    results.append(Result("tanda tangan (CBOR + COSE + Ed25519 + base45)",
                          _per_call_ms(lambda: cose.sign(claims, key, kid), 500), "ms", "", None))
    results.append(Result("verifikasi satu QR", _per_call_ms(lambda: verifier.verify(text, key_list), 500),
                          "ms", "", None))
    results.append(Result("simbol QR versi 10 (zxing-cpp)", _per_call_ms(lambda: qr.matrix_level(text), 100), "ms",
                          "", None))
    return results
