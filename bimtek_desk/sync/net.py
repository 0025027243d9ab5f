"""The network mode: ``bimtek-desk sync serve``.

Each laptop serves its current bundle and pulls the other laptops' bundles every
few seconds, merging what is new.  Laptops find each other with python-zeroconf
(service ``_bimtekdesk._tcp``, a random name, no event or device in it);
``--peer HOST:PORT`` adds one where multicast is blocked (hotel Wi-Fi that isolates
clients).  When the network drops nothing stops: the desk keeps recording, pulls
fail and resume.

Only members of the event talk (issue #23).  The one request there is,
``POST /s``, is sealed with the event's sync key (ChaCha20-Poly1305, with a
fresh nonce inside); anything else, or a request that does not open, gets
``403`` and an empty body.  The answer (the bundle, itself sealed) is sealed again
bound to the request's nonce, so an old answer cannot be passed off as a new one.

Bounded everywhere: a request is at most 4 KB and must arrive within
``READ_TIMEOUT``; at most ``MAX_CONNECTIONS`` connections are open at once (when
full, the oldest one that has not yet sent its request is closed, so idle
connections cannot lock the honest laptops out); a pulled bundle is at most
``MAX_BUNDLE`` bytes and must arrive within ``DEADLINE`` seconds; peers are pulled
concurrently, each merged as soon as it has arrived, so a slow peer delays nobody.

This process never opens the database with the stdlib ``sqlite3`` once it
serves: after checking this laptop's identity it uses only apsw (the session
extension), so two SQLite libraries never hold the same file.  What it sees is
written to ``<database>.peers.json`` for the desk window.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import hmac
import json
import os
import secrets
import signal
import socket
import sys
import threading
import time
import traceback
from typing import TYPE_CHECKING, Any

from bimtek_desk.errors import UserError
from bimtek_desk.store.db import now_iso
from bimtek_desk.sync.status import peers_file
from bimtek_desk.system.files import atomic_write

if TYPE_CHECKING:
    import asyncio
    import concurrent.futures

    from bimtek_desk.sync.seal import Keys

# asyncio, concurrent.futures and http.client (with email, ssl) are imported where they are used:
# a command that only reads a status or a bundle should not pay for them.

SERVICE = "_bimtekdesk._tcp.local."
NO_DISCOVERY_ENV = "BIMTEK_DESK_NO_ZEROCONF"
PATH = "/s"
REQ_AAD = b"bimtek-desk request 1"
RESP_AAD = b"bimtek-desk answer 1"
MAX_REQUEST = 4096
MAX_HEADER = 8192
#: a 5,000-person committee bundle is about 2 MB sealed (bench_sync): room for eight times that
MAX_BUNDLE = 16 * 1024 * 1024
DEADLINE = 10.0  # seconds for a whole pull
SOCKET_TIMEOUT = 3.0
READ_TIMEOUT = 5.0  # a connection must have sent its request by then
SEND_TIMEOUT = 30.0
MAX_CONNECTIONS = 64
ACCEPT_BATCH = 8
LISTEN_BACKLOG = 128
PULL_THREADS = 8


class PullError(Exception):
    """Why a pull got nothing (shown on the desk as ⚠ with this reason)."""


def request_body(keys: Keys, etag: str | None, vector: dict[int, int] | None = None,
                 port: int | None = None) -> tuple[bytes, bytes]:
    """(sealed request, its nonce).  ``etag``: the asker's copy of the other's base part;
    ``vector``: the newest check-in it holds per slot (issue #24: only what it lacks comes back);
    ``port``: where the asker serves, so that the one asked pulls from it too (a late joiner
    named on one laptop is heard by all)."""
    nonce = secrets.token_bytes(16)
    plain = json.dumps({"t": time.time(), "n": nonce.hex(), "etag": etag, "port": port,
                        "vv": {str(k): v for k, v in (vector or {}).items()}}).encode()
    return keys.seal(plain, REQ_AAD), nonce


HISTORY = 4  # base versions kept to answer with only what changed
MAX_LEARNED = 32  # members learned from the others (an event has at most 16 laptops)
CLOCK_WARN_S = 180  # a laptop whose clock differs more than this from a peer's says so


class Node:
    """One laptop in the network mode."""

    clock = staticmethod(time.time)  # this laptop's clock, as its answers say it (tests set another)

    def __init__(self, db_path: str, event_id: str, slot: int, device_id: str, port: int,
                 peers: list[str], keys: Keys) -> None:
        import concurrent.futures

        self.db_path, self.event_id, self.slot, self.device_id, self.port = db_path, event_id, slot, device_id, port
        self.keys = keys
        self.static_peers = list(peers)
        self.found: dict[str, str] = {}  # zeroconf name -> "host:port"
        self.bundle: bytes = b""  # the base part: everything but the check-ins
        self.etag = ""
        self.seq = 0
        self.base_header: dict[str, Any] = {}
        self.base_cs = b""
        self.history: dict[str, bytes] = {}  # the last base versions served: etag -> changeset
        self.diffs: dict[str, bytes] = {}  # asker's etag -> what changed since, for the current version
        self.answers = concurrent.futures.ThreadPoolExecutor(4, thread_name_prefix="answer")
        self.seen: dict[str, dict[str, Any]] = {}  # "host:port" -> what we know of it
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.pool = concurrent.futures.ThreadPoolExecutor(PULL_THREADS, thread_name_prefix="pull")
        self.inflight: dict[str, concurrent.futures.Future[Any]] = {}
        self.bytes_in = 0  # sealed bytes received by pulls (issue #24: proportional to what is new)
        self.learned: dict[str, str] = {}  # members heard of after the start: address -> how
        self.not_me: set[str] = set()  # addresses that turned out to be this laptop
        self.open_connections: dict[int, tuple[float, bool, asyncio.StreamWriter]] = {}

    # -- serving -----------------------------------------------------------------------------------------------

    def answer(self, body: bytes, peer_ip: str | None = None) -> tuple[int, bytes]:
        """(HTTP status, body) for a request body: 403 and nothing unless it opens with the key.
        A member's request also tells where it serves: it joins the members this laptop pulls
        from and names to the others."""
        from bimtek_desk.sync.seal import SealError

        try:
            req = json.loads(self.keys.open(body, REQ_AAD))
            nonce = bytes.fromhex(req["n"])
            if len(nonce) != 16:
                return 403, b""
            # no clock check: a laptop whose clock is wrong still syncs, and a replayed request only
            # gets an answer sealed to its nonce, which the replayer cannot open
        except (SealError, ValueError, KeyError, TypeError):
            return 403, b""
        port = req.get("port")
        if peer_ip and isinstance(port, int) and 0 < port < 65536:
            self.learn(f"{peer_ip}:{port}", "meminta bundel")
        with self.lock:
            data, etag, seq = self.bundle, self.etag, self.seq
        if not data:
            return 503, b""
        try:
            vector = {int(k): int(v) for k, v in (req.get("vv") or {}).items()}
            delta = self.delta(vector, seq)
        except (ValueError, TypeError, AttributeError):
            return 403, b""
        except Exception:  # noqa: BLE001  # the database busy for longer than the busy timeout: no delta this time
            delta = b""
        base = b"" if req.get("etag") == etag else self.changed_since(str(req.get("etag")), etag) or data
        plain = json.dumps({"etag": etag, "parts": [len(base), len(delta)], "t": self.clock(),
                            "device": self.device_id, "members": self.peers()}).encode()
        return 200, self.keys.seal(len(plain).to_bytes(4, "big") + plain + base + delta, RESP_AAD + nonce)

    def changed_since(self, old: str, etag: str) -> bytes | None:
        """The rows of the base part that differ from the asker's version ``old`` (one this laptop
        served lately), as a sealed bundle; None when that version is unknown here."""
        from bimtek_desk.sync import bundle, changesets

        with self.lock:
            if old not in self.history or etag != self.etag:
                return None
            if old in self.diffs:
                return self.diffs[old]
            before, now, header = self.history[old], self.base_cs, dict(self.base_header)
        data = bundle.pack(header, changesets.diff(before, now), self.keys)
        with self.lock:
            if etag == self.etag:
                self.diffs[old] = data
        return data

    def delta(self, vector: dict[int, int], seq: int) -> bytes:
        """This laptop's check-ins after the asker's vector, as a sealed bundle ("" when none)."""
        from bimtek_desk.sync import bundle, changesets

        header, cs, keys = changesets.export(self.db_path, self.event_id, part="checkins", since=vector, seq=seq)
        return bundle.pack(header, cs, keys) if cs else b""

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        import asyncio

        key = id(writer)
        self._admit(key, writer)
        status, body = 400, b""
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), READ_TIMEOUT)
            lines = head.decode("latin-1").split("\r\n")
            method, path = (lines[0].split(" ") + ["", ""])[:2]
            length = 0
            for line in lines[1:]:
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value.strip())
            if method != "POST" or path != PATH:
                status = 404 if method == "GET" else 405
            elif not 0 < length <= MAX_REQUEST:
                status = 413
            else:
                request = await asyncio.wait_for(reader.readexactly(length), READ_TIMEOUT)
                self._mark_talking(key)
                # reading the database for the delta: off the loop, so other connections go on
                peer = writer.get_extra_info("peername")
                status, body = await asyncio.get_running_loop().run_in_executor(
                    self.answers, self.answer, request, peer[0] if peer else None)
            reason = {200: "OK", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed", 413: "Too Large",
                      503: "Unavailable"}.get(status, "Bad Request")
            writer.write(f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/octet-stream\r\n"
                         f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode() + body)
            await asyncio.wait_for(writer.drain(), SEND_TIMEOUT)
        except (TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError, ConnectionError,
                OSError):
            pass
        finally:
            self.open_connections.pop(key, None)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    def _admit(self, key: int, writer: asyncio.StreamWriter) -> None:
        """Keep at most MAX_CONNECTIONS open: the oldest that has not sent its request goes."""
        if len(self.open_connections) >= MAX_CONNECTIONS:
            idle = [(t, k) for k, (t, talking, _) in self.open_connections.items() if not talking]
            if idle:
                _, oldest = min(idle)
                self.open_connections.pop(oldest)[2].transport.abort()
            else:
                writer.transport.abort()
                return
        self.open_connections[key] = (time.monotonic(), False, writer)

    def _mark_talking(self, key: int) -> None:
        if key in self.open_connections:
            t, _, w = self.open_connections[key]
            self.open_connections[key] = (t, True, w)

    def start_server(self, sock: socket.socket) -> threading.Thread:
        """Serve on a bound, listening socket in a thread of its own (its own event loop)."""
        import asyncio

        loop = asyncio.new_event_loop()
        ready = threading.Event()

        said: set[str] = set()

        def quietly(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
            # out of files and the like: one line per reason, never a traceback (asyncio retries by itself)
            exc = context.get("exception")
            line = f"{context.get('message', '')}: {exc}" if exc else str(context.get("message", ""))
            if line not in said:
                said.add(line)
                print(f"peringatan: server sinkron: {line}", file=sys.stderr, flush=True)

        loop.set_exception_handler(quietly)

        async def main() -> None:
            # accepted a few at a time (asyncio accepts up to 'backlog' per wake-up), so the cap in
            # _admit runs before the open files pile up
            server = await asyncio.start_server(self.handle, sock=sock, limit=MAX_HEADER, backlog=ACCEPT_BATCH)
            with contextlib.suppress(OSError):  # asyncio listened with its batch size: the kernel's queue stays long
                sock.listen(LISTEN_BACKLOG)
            self._server_loop = loop
            ready.set()
            async with server:
                await server.serve_forever()

        def run() -> None:
            with contextlib.suppress(asyncio.CancelledError, RuntimeError):
                loop.run_until_complete(main())

        thread = threading.Thread(target=run, daemon=True, name="serve")
        thread.start()
        ready.wait(10)
        return thread

    # -- one round -----------------------------------------------------------------------------------------------

    def refresh_own(self) -> None:
        from bimtek_desk.sync import bundle, changesets

        header, cs, keys = changesets.export(self.db_path, self.event_id, seq=0, part="base")
        # the content decides the tag (the header's time changes on every export); keyed, so it says nothing
        etag = hmac.new(keys.sync_key, cs, hashlib.sha256).hexdigest()[:32]
        if etag != self.etag:
            header["seq"] = changesets.next_seq(self.db_path, self.event_id)
            data = bundle.pack(header, cs, keys)
            with self.lock:
                self.bundle, self.etag, self.seq = data, etag, header["seq"]
                self.base_header, self.base_cs = header, cs
                self.history[etag] = cs  # an asker holding one of the last versions gets only what changed
                while len(self.history) > HISTORY:
                    self.history.pop(next(iter(self.history)))
                self.diffs.clear()

    def fetch(self, peer: str, etag: str | None, vector: dict[int, int] | None = None
              ) -> tuple[list[bytes], str | None, dict[str, Any]]:
        """(the sealed bundles the peer sent: its base part when it changed, then the check-ins
        after ``vector``; none when nothing is new, the base's tag), within DEADLINE and
        MAX_BUNDLE.  Raises PullError with the reason."""
        import http.client

        from bimtek_desk.sync.seal import SealError

        host, _, port = peer.rpartition(":")
        deadline = time.monotonic() + DEADLINE
        body, nonce = request_body(self.keys, etag, vector, self.port)
        sent = time.time()
        conn = http.client.HTTPConnection(host, int(port), timeout=SOCKET_TIMEOUT)
        expired = threading.Event()

        def cut() -> None:  # the whole transfer's deadline, however slowly the peer trickles (headers too)
            expired.set()
            with contextlib.suppress(OSError, AttributeError):
                conn.sock.shutdown(socket.SHUT_RDWR)

        watchdog = threading.Timer(DEADLINE, cut)
        watchdog.daemon = True
        watchdog.start()
        try:
            conn.request("POST", PATH, body, {"Content-Type": "application/octet-stream"})
            resp = conn.getresponse()
            if resp.status == 403:
                raise PullError("menolak laptop ini: bukan laptop acara ini (kunci sinkron lain)")
            if resp.status == 503:
                raise PullError("belum siap; dicoba lagi")
            if resp.status != 200:
                raise PullError(f"jawaban tidak dikenal (HTTP {resp.status})")
            length = resp.getheader("Content-Length")
            if length is not None and (not length.isdigit() or int(length) > MAX_BUNDLE):
                raise PullError(f"mengirim lebih dari {MAX_BUNDLE // 2 ** 20} MB; diputus")
            chunks, total = [], 0
            while True:
                if time.monotonic() > deadline:
                    raise PullError(f"terlalu lambat (lebih dari {DEADLINE:g} detik); diputus")
                chunk = resp.read1(65536) if hasattr(resp, "read1") else resp.read(65536)
                if not chunk:
                    break
                total += len(chunk)
                if total > MAX_BUNDLE:
                    raise PullError(f"mengirim lebih dari {MAX_BUNDLE // 2 ** 20} MB; diputus")
                chunks.append(chunk)
        except (OSError, http.client.HTTPException, ValueError) as exc:
            if expired.is_set():
                raise PullError(f"terlalu lambat (lebih dari {DEADLINE:g} detik); diputus") from None
            if isinstance(exc, TimeoutError):
                raise PullError("tidak menjawab (batas waktu)") from None
            raise PullError(f"tidak terjangkau ({type(exc).__name__})") from None
        finally:
            watchdog.cancel()
            conn.close()
        if expired.is_set():
            raise PullError(f"terlalu lambat (lebih dari {DEADLINE:g} detik); diputus")
        self.bytes_in += total
        try:
            plain = self.keys.open(b"".join(chunks), RESP_AAD + nonce)
            n = int.from_bytes(plain[:4], "big")
            meta = json.loads(plain[4:4 + n])
            base_len, delta_len = (int(x) for x in meta["parts"])
            rest = plain[4 + n:]
            if base_len + delta_len != len(rest):
                raise ValueError("parts")
            parts = [p for p in (rest[:base_len], rest[base_len:]) if p]
            meta["skew"] = float(meta["t"]) - (sent + time.time()) / 2  # its clock minus ours
            return parts, str(meta["etag"]), meta
        except (SealError, ValueError, KeyError, TypeError):
            raise PullError("jawaban rusak atau bukan dari acara ini") from None

    def merge(self, peer: str, parts: list[bytes], etag: str | None) -> None:
        from bimtek_desk.sync import bundle, changesets, worker

        info = self._info(peer)
        if not info["reachable"]:
            say(f"{peer}: terjangkau")
        info["reachable"] = True
        if not parts:  # nothing new since the last (successful) merge
            info["message"] = None
            return
        try:
            bundles = [bundle.unpack(data, {self.keys.kid: self.keys}, peer) for data in parts]
            info["slot"] = bundles[0].slot
            if bundles[0].device_id != self.device_id:
                new = 0
                for result in changesets.apply_many(self.db_path, bundles, new_device=worker._new_device):
                    if isinstance(result, UserError):
                        self._refused(info, result.message)
                        return
                    new += int(result.get("new_checkins") or 0)
                if new:
                    say(f"{peer} ({bundles[0].header.get('slot') and 'Meja ' + str(bundles[0].slot) or 'Panitia'}): "
                        f"{new} check-in baru digabung")
            info.update(etag=etag, last_merged_at=now_iso(), message=None)
        except UserError as exc:
            self._refused(info, exc.message)
        except changesets.BUSY:  # busy for longer than the busy timeout: the next round retries
            info["message"] = "basis data sedang dipakai; dicoba lagi"

    def _info(self, peer: str) -> dict[str, Any]:
        return self.seen.setdefault(peer, {"peer": peer, "etag": None, "last_merged_at": None, "slot": None,
                                           "reachable": False, "message": None})

    @staticmethod
    def _refused(info: dict[str, Any], message: str) -> None:
        """A refused bundle (or a hostile peer) is said where the committee sees it: in the
        serve window (once per new reason) and, through the status file, on the desk's
        Jaringan line as ⚠ with the reason."""
        if info.get("message") != message:
            print(f"peringatan: {info['peer']}: {message}", file=sys.stderr, flush=True)
        info["message"] = message

    def own(self) -> set[str]:
        return {f"127.0.0.1:{self.port}", f"localhost:{self.port}", *self.not_me}

    def peers(self) -> list[str]:
        own = self.own()
        return [p for p in dict.fromkeys([*self.static_peers, *self.found.values(), *self.learned]) if p not in own]

    def learn(self, address: str, how: str) -> None:
        """A member heard of (it asked us, or a member named it): pulled from from now on."""
        host, _, port = address.rpartition(":")
        if not host or not port.isdigit() or address in self.own() or address in self.learned:
            return
        if address in self.peers() or len(self.learned) >= MAX_LEARNED:
            return
        self.learned[address] = how
        say(f"anggota baru: {address} ({how})")

    def _observe(self, peer: str, meta: dict[str, Any]) -> bool:
        """What an answer says besides its bundles: the members it knows, its clock.  False when
        the address was this laptop itself (learned from another member)."""
        info = self._info(peer)
        if meta.get("device") == self.device_id:
            self.not_me.add(peer)
            self.learned.pop(peer, None)
            self.seen.pop(peer, None)
            return False
        for member in meta.get("members") or []:
            if isinstance(member, str):
                self.learn(member, f"dikenal {peer}")
        skew = float(meta.get("skew") or 0.0)
        warning = None
        if abs(skew) > CLOCK_WARN_S:
            minutes = round(abs(skew) / 60)
            warning = (f"jam laptop itu {minutes} menit {'lebih cepat' if skew > 0 else 'lebih lambat'} dari "
                       "laptop ini; samakan jam dan tanggal kedua laptop")
        if warning != info.get("clock"):
            if warning:
                print(f"peringatan: {peer}: {warning}", file=sys.stderr, flush=True)
            info["clock"] = warning
        return True

    def write_status(self) -> None:
        status = {"slot": self.slot, "port": self.port, "at": now_iso(), "bytes_in": self.bytes_in,
                  "peers": [self.seen[p] for p in self.peers() if p in self.seen]}
        text = json.dumps(status, ensure_ascii=False)
        atomic_write(peers_file(self.db_path), lambda tmp: tmp.write_text(text, encoding="utf-8"))

    def start_pulls(self) -> None:
        from bimtek_desk.sync import changesets

        todo = [p for p in self.peers() if p not in self.inflight]
        if not todo:
            return
        vector = changesets.checkin_vector(self.db_path, self.event_id)
        for peer in todo:
            self.inflight[peer] = self.pool.submit(self.fetch, peer, self._info(peer)["etag"], vector)

    def collect(self, timeout: float) -> None:
        """Merge every pull that has arrived within ``timeout`` seconds (one at a time: merges
        write the database); the ones still running carry on into the next round."""
        import concurrent.futures

        end = time.monotonic() + timeout
        while self.inflight:
            done, _ = concurrent.futures.wait(list(self.inflight.values()), timeout=max(0.0, end - time.monotonic()),
                                              return_when=concurrent.futures.FIRST_COMPLETED)
            if not done:
                return
            for peer, fut in list(self.inflight.items()):
                if fut not in done:
                    continue
                del self.inflight[peer]
                try:
                    parts, etag, meta = fut.result()
                except PullError as exc:
                    info = self._info(peer)
                    if info["reachable"]:
                        say(f"{peer}: tidak terjangkau lagi")
                    info["reachable"] = False
                    self._refused(info, str(exc))
                    continue
                if self._observe(peer, meta):
                    self.merge(peer, parts, etag)
            if time.monotonic() >= end:
                return

    def round(self, wait: float = 0.0) -> None:
        """Refresh this laptop's bundle, start a pull of every peer not already being pulled,
        and merge what arrives within ``wait`` seconds.  Nothing here may end the loop: a
        database that is busy for a moment is tried again next round."""
        from bimtek_desk.sync import changesets

        try:
            self.refresh_own()
        except (UserError, changesets.Error):
            pass  # the previous bundle is served meanwhile
        self.start_pulls()
        self.collect(wait)
        with contextlib.suppress(OSError, UserError):  # the folder went away: the next round tries again
            self.write_status()


def say(line: str) -> None:
    """One line in the serve window per change of state (issue #24)."""
    print(f"{time.strftime('%H:%M:%S')} {line}", flush=True)


def _local_ip() -> str:
    with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.connect(("192.0.2.1", 9))  # no packet is sent; this picks the outgoing interface
        return str(s.getsockname()[0])
    return "127.0.0.1"


def _discovery(node: Node) -> Any:
    """Announce this laptop under a random name and collect the others of the same event
    (None when unavailable).  The only property is the key id: a hash of the sync key that
    names no event and no laptop."""
    if os.environ.get(NO_DISCOVERY_ENV):
        return None
    try:
        from zeroconf import ServiceBrowser, ServiceInfo, ServiceStateChange, Zeroconf

        zc = Zeroconf()
        ip = _local_ip()
        info = ServiceInfo(SERVICE, f"bimtek-desk-{secrets.token_hex(6)}.{SERVICE}", port=node.port,
                           addresses=[socket.inet_aton(ip)], properties={"k": node.keys.kid})
        zc.register_service(info)
        own = info.name

        def changed(zeroconf: Any, service_type: str, name: str, state_change: Any) -> None:
            if state_change is ServiceStateChange.Removed:
                node.found.pop(name, None)
                return
            si = zeroconf.get_service_info(service_type, name, timeout=2000)
            if si is None or name == own:
                return
            props = {k.decode(): (v or b"").decode() for k, v in si.properties.items()}
            if props.get("k") == node.keys.kid:
                for addr in si.parsed_addresses():
                    node.found[name] = f"{addr}:{si.port}"
                    break

        browser = ServiceBrowser(zc, SERVICE, handlers=[changed])
        return zc, info, browser
    except Exception:  # noqa: BLE001  # zeroconf fails in many ways without multicast: --peer still works
        return None


def listen(address: str, port: int) -> socket.socket:
    """A listening socket, or OSError (the port is taken)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        if os.name == "nt":  # another program must not be able to take the port from under us either
            sock.setsockopt(socket.SOL_SOCKET, getattr(socket, "SO_EXCLUSIVEADDRUSE", socket.SO_REUSEADDR), 1)
        else:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # TIME_WAIT only; a listener still refuses
        sock.bind((address, port))
        sock.listen(LISTEN_BACKLOG)
    except OSError:
        sock.close()
        raise
    sock.setblocking(False)
    return sock


def serve(db_path: str | None, event_id: str, *, port: int = 8765, peers: list[str] | None = None,
          interval: float = 2.0, rounds: int | None = None, address: str = "0.0.0.0") -> int:
    from bimtek_desk.store import Store
    from bimtek_desk.store import device as devmod
    from bimtek_desk.sync import changesets

    with Store.open(db_path) as store:  # checks the identity, then closes: from here on only apsw opens the file
        store.events.get(event_id)
        dev = devmod.identity(store.db)
        path = store.path
    keys = changesets.event_keys(path, event_id)
    try:
        sock = listen(address, port)
    except OSError as exc:
        if exc.errno in (errno.EADDRINUSE, getattr(errno, "WSAEADDRINUSE", -1), errno.EACCES):
            print(f"Port {port} sudah dipakai program lain (mungkin 'sync serve' yang lain); pilih port lain "
                  "dengan --port.", file=sys.stderr, flush=True)
        else:
            print(f"Port {port} tidak dapat dibuka ({exc.strerror}).", file=sys.stderr, flush=True)
        return 1
    node = Node(path, event_id, dev.slot, dev.device_id, port, peers or [], keys)
    node.start_server(sock)
    disc = _discovery(node)
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    print(f"Sinkron jaringan: {dev.label} (slot {dev.slot}) melayani port {port}; tarik tiap {interval:g} s. "
          "Ctrl+C untuk berhenti.", flush=True)
    n = 0
    try:
        while rounds is None or n < rounds:
            t0 = time.monotonic()
            try:
                node.round(wait=interval)
            except Exception:  # noqa: BLE001  # a bug: say so, and keep the laptop in the network
                traceback.print_exc()
            n += 1
            time.sleep(max(0.0, interval - (time.monotonic() - t0)))
    except KeyboardInterrupt:
        pass
    finally:
        node.pool.shutdown(wait=False, cancel_futures=True)
        with contextlib.suppress(OSError):  # no stale "reachable" for the desk window once serve has stopped
            peers_file(path).unlink()
        if disc is not None:
            zc, info, _browser = disc
            with contextlib.suppress(Exception):
                zc.unregister_service(info)
                zc.close()
        sock.close()
    return 0
