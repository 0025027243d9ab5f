"""The sync process: ``python -m bimtek_desk.sync.worker`` reads one JSON request on
stdin and writes one JSON answer on stdout.

It is the only process that opens the database with apsw's SQLite (the session
extension); the application's own process uses the stdlib ``sqlite3`` and only
spawns this one (SQLite "How To Corrupt" §2.2.1: two SQLite libraries must not
open the same file in one process).
"""

from __future__ import annotations

import json
import os
import secrets
import sys
from pathlib import Path
from typing import Any

from bimtek_desk.errors import UserError


def _export(req: dict[str, Any]) -> dict[str, Any]:
    from bimtek_desk.sync import bundle, changesets

    header, changeset, keys = changesets.export(req["db"], req["event"])
    data = bundle.pack(header, changeset, keys)
    code = None
    if req.get("setup"):
        from bimtek_desk.sync import seal

        if header["slot"] != 0:
            raise UserError("Berkas penyiapan meja dibuat di laptop panitia.")
        code = seal.new_code()
        data = seal.seal_setup(keys, data, code)
    _write(Path(req["out"]), data)
    return {"ok": True, "out": req["out"], "bytes": len(data), "header": header, "code": code}


def _write(out: Path, data: bytes) -> None:
    """The bundle appears whole or not at all (a reader never sees half a bundle), durably."""
    from bimtek_desk.system.files import atomic_write

    def write(tmp: Path) -> None:
        with tmp.open("wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())

    out.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(out, write)


def _new_device() -> str:
    from bimtek_desk.store import device

    device_id = secrets.token_hex(8)
    device._remember_here(device_id)
    return device_id


def open_file(path: Path, keyring: dict[str, Any], code: str | None) -> Any:
    """A bundle, or a desk's setup file (opened with its setup code)."""
    from bimtek_desk.sync import bundle, seal

    data = path.read_bytes()
    if seal.is_setup(data):
        if not code:
            raise UserError(f"'{path.name}' adalah berkas penyiapan meja: sertakan kode penyiapan yang ditampilkan "
                            "laptop panitia (--kode).")
        keys, inner = seal.open_setup(data, code)
        return bundle.unpack(inner, {keys.kid: keys}, path.name)
    return bundle.unpack(data, keyring, path.name)


def _import(req: dict[str, Any]) -> dict[str, Any]:
    from bimtek_desk.sync import bundle, changesets

    keyring = changesets.keyring(req["db"])
    loaded: list[tuple[str, bundle.Bundle | None, str | None]] = []
    for name in req["files"]:
        try:
            loaded.append((name, open_file(Path(name), keyring, req.get("code")), None))
        except OSError as exc:
            loaded.append((name, None, f"Berkas '{name}' tidak dapat dibaca ({exc.strerror})."))
        except UserError as exc:
            loaded.append((name, None, exc.message))
    loaded.sort(key=lambda x: x[1] is None or x[1].slot != 0)  # a committee bundle first (it may set up a desk)
    good = [b for _, b, _ in loaded if b is not None]
    merged = iter(changesets.apply_many(req["db"], good, slot=req.get("slot"), new_device=_new_device,
                                        chunk=int(req.get("chunk") or 0)) if good else [])
    results = []
    for name, b, error in loaded:
        r = next(merged) if b is not None else None
        if r is None:
            results.append({"file": name, "ok": False, "message": error})
        elif isinstance(r, UserError):
            results.append({"file": name, "ok": False, "message": r.message})
        else:
            results.append({"file": name, "ok": True, **r})
    return {"ok": all(r["ok"] for r in results), "results": results}


def main() -> int:
    req = json.loads(sys.stdin.read())
    try:
        answer = {"export": _export, "import": _import}[req["op"]](req)
    except UserError as exc:
        answer = {"ok": False, "message": exc.message}
    except OSError as exc:
        answer = {"ok": False, "message": f"Berkas tidak dapat ditulis atau dibaca ({exc.strerror}): {exc.filename}"}
    except Exception as exc:  # apsw: locked, read-only, not a database, disk full
        import apsw

        if not isinstance(exc, apsw.Error):
            raise
        answer = {"ok": False, "message": "Basis data tidak dapat dipakai untuk sinkron "
                                          f"({type(exc).__name__}: {exc}); basis data tidak diubah."}
    sys.stdout.write(json.dumps(answer, ensure_ascii=False, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
