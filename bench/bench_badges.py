"""Badges: 175 and 10,000 into one PDF; the QR step alone (zxing-cpp's writer) against the qrcode
package's public API (the test reference, when installed)."""

from __future__ import annotations

import io
import statistics
import time

from bench.common import Result
from bimtek_desk.documents import badges
from bimtek_desk.render import fonts, qr
from bimtek_desk.scanning import codes


def _data(n: int) -> list[badges.BadgeData]:
    secret = b"s" * 32
    return [badges.BadgeData(f"Peserta Nomor {i} Binti Abdullah", ("PESERTA", "PANITIA", "NARASUMBER")[i % 3],
                             "Kel. Seberang Mesjid", codes.make(codes.Kind.BADGE, "TRMD", i + 1, secret),
                             "Bimtek PSM 2025", "Selasa, 18 November 2025 · Hotel Nasa Banjarmasin",
                             "Dinas Sosial Kota Banjarmasin") for i in range(n)]


def run() -> list[Result]:
    fonts.register()
    results = []
    small = _data(175)
    runs = []
    for _ in range(5):
        t0 = time.perf_counter()
        badges.render(small, io.BytesIO())
        runs.append(time.perf_counter() - t0)
    s175 = statistics.median(runs)
    results.append(Result("175 badge A4-8 ke satu PDF (median 5x)", s175, "s", "< 0.5 s", s175 < 0.5))
    big = _data(10_000)
    t0 = time.perf_counter()
    badges.render(big, io.BytesIO())
    s10k = time.perf_counter() - t0
    results.append(Result("10.000 badge A4-8 ke satu PDF", s10k, "s", "", None))
    payloads = [b.code for b in small]
    t0 = time.perf_counter()
    for p in payloads:
        qr.matrix(p)
    ours = (time.perf_counter() - t0) / len(payloads) * 1000
    results.append(Result("satu QR (matriks, zxing-cpp)", ours, "ms", "", None))
    try:
        import qrcode  # a test dependency: the independent reference
    except ImportError:
        return results
    t0 = time.perf_counter()
    for p in payloads:
        q = qrcode.QRCode(error_correction=getattr(qrcode.constants, f"ERROR_CORRECT_{qr.error_level(p)}"))
        q.add_data(p)
        q.make()
        q.get_matrix()
    theirs = (time.perf_counter() - t0) / len(payloads) * 1000
    results.append(Result(f"  … qrcode (API publik): {theirs:.2f} ms, rasio", theirs / ours, "x", "", None))
    return results
