"""``verify-page``: one self-contained HTML file that verifies BD1 payloads offline.

The template is ``resources/verify/verifikasi.html``; the Ed25519 code is tweetnacl-js
1.0.3 from the npm registry, vendored unchanged in ``resources/vendor/tweetnacl/``
(see its SOURCE.md).  The issuers' public keys and the revocation list are embedded
as JSON.  The page loads nothing from the network (its Content-Security-Policy
forbids it).
"""

from __future__ import annotations

import datetime as dt
import html
import json
from pathlib import Path

from bimtek_desk.errors import UserError
from bimtek_desk.idn.dates import long_date
from bimtek_desk.signing.keys import KeyList
from bimtek_desk.system.resources import resource


def _script_safe(text: str) -> str:
    """Script text that cannot close the <script> element it is placed in."""
    return text.replace("</", "<\\/")


def _json_safe(text: str) -> str:
    """JSON that is inert inside a <script> element: every '<' (so no '</script', no
    '<!--' that would change how the element ends), '>' and '&' as \\u escapes, and the
    two line separators JavaScript once treated as line ends."""
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"),
                          ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return text


def build(key_list: KeyList, *, today: dt.date | None = None) -> str:
    template = resource("verify", "verifikasi.html").read_text(encoding="utf-8")
    nacl = resource("vendor", "tweetnacl", "nacl.min.js").read_text(encoding="utf-8")
    licence = resource("vendor", "tweetnacl", "LICENSE").read_text(encoding="utf-8")
    data = json.dumps(key_list.as_json(), ensure_ascii=False, separators=(",", ":"))
    parts = {
        "{{GENERATED}}": html.escape(long_date(today or dt.date.today())),
        "{{NACL_LICENSE}}": html.escape(licence),
        "{{DATA_JSON}}": _json_safe(data),
        "{{NACL_JS}}": _script_safe(nacl),
    }
    for marker, value in parts.items():
        template = template.replace(marker, value)
    return template


def write(out: Path, key_list: KeyList) -> None:
    if not key_list.keys:
        from bimtek_desk.signing.issuer import NO_KEY_YET

        raise UserError(NO_KEY_YET)
    from bimtek_desk.system.files import atomic_write

    text = build(key_list)
    atomic_write(out, lambda tmp: tmp.write_text(text, encoding="utf-8"))
