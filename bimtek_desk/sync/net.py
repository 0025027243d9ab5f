"""The network mode: ``bimtek-desk sync serve``.

Each laptop serves its current bundle over a small HTTP endpoint
(``GET /bundle/<event>``, ``GET /status``) and pulls the other laptops'
bundles every few seconds, merging what is new.  Laptops find each other with
python-zeroconf (service ``_bimtekdesk._tcp``); ``--peer HOST:PORT`` adds one
where multicast is blocked (hotel Wi-Fi that isolates clients).  When the
network drops nothing stops: the desk keeps recording, pulls fail quietly and
resume.

This process never opens the database with the stdlib ``sqlite3`` once it
serves: after checking this laptop's identity it uses only apsw (the session
extension), so two SQLite libraries never hold the same file.  What it sees is
written to ``<database>.peers.json`` for the desk window.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import signal
import socket
import threading
import time
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bimtek_desk.store.db import now_iso

if TYPE_CHECKING:
    import http.server

# http.server and urllib.request (with http.client, email, ssl) are imported where they are
# used: the desk window imports this module for peers_file() and should not pay for them at start.

SERVICE = "_bimtekdesk._tcp.local."
NO_DISCOVERY_ENV = "BIMTEK_DESK_NO_ZEROCONF"


def peers_file(db_path: str | Path) -> Path:
    return Path(f"{db_path}.peers.json")


class Node:
    """One laptop in the network mode."""

    def __init__(self, db_path: str, event_id: str, slot: int, device_id: str, port: int,
                 peers: list[str]) -> None:
        self.db_path, self.event_id, self.slot, self.device_id, self.port = db_path, event_id, slot, device_id, port
        self.static_peers = list(peers)
        self.found: dict[str, str] = {}  # zeroconf name -> "host:port"
        self.bundle: bytes = b""
        self.etag = ""
        self.seen: dict[str, dict[str, Any]] = {}  # "host:port" -> what we know of it
        self.lock = threading.Lock()
        self.stop = threading.Event()

    # -- serving -----------------------------------------------------------------------------------------------

    def handler(self) -> type[http.server.BaseHTTPRequestHandler]:
        import http.server

        node = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                if self.path == f"/bundle/{node.event_id}":
                    with node.lock:
                        data, etag = node.bundle, node.etag
                    if not data:
                        self.send_error(503)
                        return
                    if self.headers.get("If-None-Match") == etag:
                        self.send_response(304)
                        self.end_headers()
                        return
                    self.send_response(200)
                    self.send_header("Content-Type", "application/octet-stream")
                    self.send_header("ETag", etag)
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                elif self.path == "/status":
                    body = json.dumps({"event": node.event_id, "slot": node.slot, "device": node.device_id}).encode()
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.end_headers()
                    self.wfile.write(body)
                else:
                    self.send_error(404)

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

        return Handler

    # -- one round -----------------------------------------------------------------------------------------------

    def refresh_own(self) -> None:
        from bimtek_desk.store import changesets
        from bimtek_desk.sync import bundle

        header, cs, secret = changesets.export(self.db_path, self.event_id)
        # the content decides the tag (the header's time changes on every export)
        etag = hashlib.sha256(cs).hexdigest()[:32]
        if etag != self.etag:
            data = bundle.pack(header, cs, secret)
            with self.lock:
                self.bundle, self.etag = data, etag

    def pull(self, peer: str) -> None:
        import urllib.error
        import urllib.request

        import apsw

        from bimtek_desk.errors import UserError
        from bimtek_desk.store import changesets
        from bimtek_desk.sync import bundle, worker

        info = self.seen.setdefault(peer, {"peer": peer, "etag": None, "last_merged_at": None, "slot": None,
                                           "reachable": False, "message": None})
        req = urllib.request.Request(f"http://{peer}/bundle/{self.event_id}")
        if info["etag"]:
            req.add_header("If-None-Match", info["etag"])
        try:
            with urllib.request.urlopen(req, timeout=3) as resp:
                data, etag = resp.read(), resp.headers.get("ETag")
        except urllib.error.HTTPError as exc:
            info["reachable"] = exc.code == 304
            return
        except (OSError, ValueError):
            info["reachable"] = False
            return
        info["reachable"] = True
        try:
            b = bundle.unpack(data, peer)
            info["slot"] = b.slot
            if b.device_id != self.device_id:
                result = changesets.apply_many(self.db_path, [b], new_device=worker._new_device)[0]
                if isinstance(result, UserError):
                    self._refused(info, result.message)
                    return
            info.update(etag=etag, last_merged_at=now_iso(), message=None)
        except UserError as exc:
            self._refused(info, exc.message)
        except (apsw.BusyError, apsw.LockedError):  # busy for longer than the busy timeout: the next round retries
            info["message"] = "basis data sedang dipakai; dicoba lagi"

    @staticmethod
    def _refused(info: dict[str, Any], message: str) -> None:
        """A refused bundle is said where the committee sees it: in the serve window (once
        per new reason) and, through the status file, on the desk's Jaringan line."""
        if info.get("message") != message:
            print(f"peringatan: bundel dari {info['peer']} ditolak: {message}", file=sys.stderr, flush=True)
        info["message"] = message

    def peers(self) -> list[str]:
        own = {f"127.0.0.1:{self.port}", f"localhost:{self.port}"}
        return [p for p in dict.fromkeys([*self.static_peers, *self.found.values()]) if p not in own]

    def write_status(self) -> None:
        status = {"event": self.event_id, "slot": self.slot, "device": self.device_id, "port": self.port,
                  "at": now_iso(), "peers": [self.seen[p] for p in self.peers() if p in self.seen]}
        target = peers_file(self.db_path)
        tmp = target.with_suffix(".tmp")
        tmp.write_text(json.dumps(status, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, target)

    def round(self) -> None:
        """Refresh this laptop's bundle and pull every peer's.  Nothing here may end the
        loop: a database that is busy for a moment is tried again next round (an
        uncaught ``apsw.BusyError`` once stopped a laptop from syncing for good)."""
        import apsw

        from bimtek_desk.errors import UserError

        try:
            self.refresh_own()
        except (UserError, apsw.Error):
            pass  # the previous bundle is served meanwhile
        for peer in self.peers():
            self.pull(peer)
        with contextlib.suppress(OSError):
            self.write_status()


def _local_ip() -> str:
    with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.connect(("192.0.2.1", 9))  # no packet is sent; this picks the outgoing interface
        return str(s.getsockname()[0])
    return "127.0.0.1"


def _discovery(node: Node) -> Any:
    """Announce this laptop and collect the others of the same event (None when unavailable)."""
    if os.environ.get(NO_DISCOVERY_ENV):
        return None
    try:
        from zeroconf import ServiceBrowser, ServiceInfo, ServiceStateChange, Zeroconf

        zc = Zeroconf()
        ip = _local_ip()
        info = ServiceInfo(SERVICE, f"bimtek-desk-{node.device_id}.{SERVICE}", port=node.port,
                           addresses=[socket.inet_aton(ip)],
                           properties={"event": node.event_id, "slot": str(node.slot), "device": node.device_id})
        zc.register_service(info)

        def changed(zeroconf: Any, service_type: str, name: str, state_change: Any) -> None:
            if state_change is ServiceStateChange.Removed:
                node.found.pop(name, None)
                return
            si = zeroconf.get_service_info(service_type, name, timeout=2000)
            if si is None:
                return
            props = {k.decode(): (v or b"").decode() for k, v in si.properties.items()}
            if props.get("event") == node.event_id and props.get("device") != node.device_id:
                for addr in si.parsed_addresses():
                    node.found[name] = f"{addr}:{si.port}"
                    break

        browser = ServiceBrowser(zc, SERVICE, handlers=[changed])
        return zc, info, browser
    except Exception:  # no multicast here: --peer still works
        return None


def serve(db_path: str | None, event_id: str, *, port: int = 8765, peers: list[str] | None = None,
          interval: float = 2.0, rounds: int | None = None) -> int:
    import http.server

    from bimtek_desk.store import Store
    from bimtek_desk.store import device as devmod

    with Store.open(db_path) as store:  # checks the identity, then closes: from here on only apsw opens the file
        store.events.get(event_id)
        dev = devmod.identity(store.db)
        path = store.path
    node = Node(path, event_id, dev.slot, dev.device_id, port, peers or [])
    server = http.server.ThreadingHTTPServer(("0.0.0.0", port), node.handler())
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    disc = _discovery(node)
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    print(f"Sinkron jaringan: {dev.label} (slot {dev.slot}) melayani port {port}; tarik tiap {interval:g} s. "
          "Ctrl+C untuk berhenti.", flush=True)
    n = 0
    try:
        while rounds is None or n < rounds:
            t0 = time.monotonic()
            try:
                node.round()
            except Exception:  # noqa: BLE001  # a bug: say so, and keep the laptop in the network
                traceback.print_exc()
            n += 1
            time.sleep(max(0.0, interval - (time.monotonic() - t0)))
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        if disc is not None:
            zc, info, _browser = disc
            with contextlib.suppress(Exception):
                zc.unregister_service(info)
                zc.close()
    return 0
