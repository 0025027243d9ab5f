"""Several laptops merging check-ins (issue #17): ids, bundles, merge rules, refusals.

The convergence test runs the apsw engine in this process, but never while a
stdlib ``sqlite3`` connection has the same file open (every Store is closed
before bundles are exported or merged).  The CLI tests go through the real
worker process.
"""

from __future__ import annotations

import json
import random
import shutil
import time
from pathlib import Path

import pytest

from bimtek_desk.desk.checkin import Desk
from bimtek_desk.events.demo import load_demo
from bimtek_desk.store import PersonData, Store, StoreError
from bimtek_desk.store import device as devmod
from bimtek_desk.store.people import nik_hash
from bimtek_desk.sync import bundle as bundlemod
from bimtek_desk.sync import changesets, seal, worker
from bimtek_desk.sync.bundle import BundleError
from tests.conftest import DEMO_EVENT_ID, file_digest

PIN = "181125"
NIK_WALKIN = "6371010101900001"
LAPTOPS = ("c", "d1", "d2", "d3")


def export(path: Path, event: str = DEMO_EVENT_ID) -> bytes:
    header, cs, keys = changesets.export(str(path), event)
    return bundlemod.pack(header, cs, keys)


def desk_keys(committee: Path, event: str = DEMO_EVENT_ID) -> seal.Keys:
    """What a desk receives in its setup file (no private key)."""
    k = changesets.event_keys(str(committee), event)
    return seal.Keys(k.event_id, k.sync_key, k.nik_key, k.committee_public)


def merge(path: Path, data: bytes, slot: int | None = None, setup_from: Path | None = None) -> dict:
    """Merge as the worker does; a new desk opens the committee's bundle with the keys of its setup file."""
    ring = {k.kid: k for k in [desk_keys(setup_from)]} if setup_from else changesets.keyring(str(path))
    return changesets.apply(str(path), bundlemod.unpack(data, ring), slot=slot, new_device=worker._new_device)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committee's database with the demo event and three desks set up from its bundle."""
    root = tmp_path_factory.mktemp("sync-template")
    with Store.open(root / "c.sqlite3") as s:
        load_demo(s)
        devmod.identity(s.db)
    committee = export(root / "c.sqlite3")
    for slot in (1, 2, 3):
        Store.open(root / f"d{slot}.sqlite3").close()  # an empty database
        r = merge(root / f"d{slot}.sqlite3", committee, slot=slot, setup_from=root / "c.sqlite3")
        assert r["setup_slot"] == slot
    return root


@pytest.fixture
def laptops(template: Path, tmp_path: Path) -> dict[str, Path]:
    out = {}
    for name in LAPTOPS:
        shutil.copy(template / f"{name}.sqlite3", tmp_path / f"{name}.sqlite3")
        out[name] = tmp_path / f"{name}.sqlite3"
    return out


def desk(store: Store, name: str, session: str = "REG") -> Desk:
    return Desk(store, store.events.get(DEMO_EVENT_ID), desk=name, session=session)


def snapshot(path: Path) -> dict[str, object]:
    with Store.open(path) as s:
        sessions = {x.key: x.id for x in s.events.sessions(DEMO_EVENT_ID)}
        rows = s.db.query("SELECT id, registration_id, session_id, at, desk, annuls, row_hash, device FROM checkins "
                          "ORDER BY id")
        key = bytes(s.db.scalar("SELECT nik_key FROM sync_keys"))
        # a desk holds the NIKs it did not collect as their keyed hash (issue #23): compared in that form
        people = [(r[0], r[1] and nik_hash(key, r[1]), r[2], r[3])
                  for r in s.db.query("SELECT id, nik, name, merged_into FROM people ORDER BY id")]
        regs = s.db.query("SELECT id, person_id, status, replaced_by FROM registrations ORDER BY id")
        present = {k: sorted(s.checkins.present_ids(sid)) for k, sid in sessions.items()}
        regs_by_id = s.registrations.get_many(sorted({r for ids in present.values() for r in ids}))
        persons = {k: [s.people.get(regs_by_id[r].person.id).id for r in ids if regs_by_id[r].status == "active"]
                   for k, ids in present.items()}
        counts = {k: s.checkins.present_count(sid) for k, sid in sessions.items()}
        return {"checkins": [tuple(r) for r in rows], "people": [tuple(r) for r in people],
                "registrations": [tuple(r) for r in regs], "present": present, "counts": counts, "persons": persons,
                "chain": s.checkins.verify_chain(), "dups": devmod.possible_duplicates(s.db, DEMO_EVENT_ID),
                "merged": devmod.merged_people(s.db, DEMO_EVENT_ID)}


def work(laptops: dict[str, Path], rng: random.Random) -> set[int]:
    """Each desk checks in part of the roster (overlapping), undoes one, and the
    special cases happen; returns the ids of every check-in row made."""
    made: set[int] = set()
    with Store.open(laptops["c"]) as s:
        regs = [r.id for r in s.registrations.for_event(DEMO_EVENT_ID)]
    chosen = rng.sample(regs, 12)
    for k, name in enumerate(("d1", "d2", "d3"), start=1):
        with Store.open(laptops[name]) as s:
            d = desk(s, f"Meja {k}", rng.choice(["REG", "M3"]))
            mine = chosen[(k - 1) * 3:(k - 1) * 3 + 4]  # overlaps with the next desk's share
            results = [d.check_in(r) for r in mine]
            made |= {r.checkin.id for r in results if r.checkin}
            # an undo (the committee PIN check of Desk.undo is tested elsewhere; it is slow on purpose)
            undo = s.checkins.annul(results[0].checkin.id, reason="salah orang", desk=d.desk, operator="relawan")
            made.add(undo.id)
            if k in (1, 2):  # the same walk-in (one NIK) at two desks
                r = d.walk_in(PersonData(name="Budi Santoso", nik=NIK_WALKIN, kelurahan="Kuin Utara"))
                made.add(r.checkin.id)
            if k in (1, 3):  # a walk-in without NIK at two desks
                r = d.walk_in(PersonData(name=f"siti  AMINAH{'' if k == 1 else ' '}", kelurahan="Pelambuan"))
                made.add(r.checkin.id)
            if k == 2:  # a substitute for a roster participant
                old = s.registrations.get(chosen[-1])
                r = d.substitute(old.id, PersonData(name="Pengganti Satu", kelurahan=old.person.kelurahan),
                                 "sakit")
                made.add(r.checkin.id)
    with Store.open(laptops["c"]) as s:  # the committee checks someone in too
        made.add(desk(s, "Panitia").check_in(chosen[11]).checkin.id)
    return made


def test_ids_are_minted_per_slot(laptops: dict[str, Path]) -> None:
    with Store.open(laptops["d2"]) as s:
        assert devmod.identity(s.db).slot == 2
        ci = desk(s, "Meja 2").check_in(s.registrations.for_event(DEMO_EVENT_ID)[0].id).checkin
        r = desk(s, "Meja 2").walk_in(PersonData(name="Baru", nik=NIK_WALKIN, kelurahan="Kuin Utara"))
        assert ci.id % 16 == 2 and r.registration.id % 16 == 2 and r.registration.person.id % 16 == 2
        assert all(b.id % 16 == 2 for b in s.registrations.badges(r.registration.id))
        assert s.checkins.get(ci.id).device == 2


def test_converges_over_20_seeds(laptops: dict[str, Path], tmp_path: Path) -> None:
    template = {n: tmp_path / f"t-{n}.sqlite3" for n in LAPTOPS}
    for n in LAPTOPS:
        shutil.copy(laptops[n], template[n])
    for seed in range(20):
        rng = random.Random(seed)
        for n in LAPTOPS:
            shutil.copy(template[n], laptops[n])
        made = work(laptops, rng)
        bundles = {n: export(laptops[n]) for n in LAPTOPS}
        # a relay: d1's rows reach d3 through d2 only
        merge(laptops["d2"], bundles["d1"])
        merge(laptops["d3"], export(laptops["d2"]))
        assert {r[0] for r in snapshot(laptops["d3"])["checkins"]} >= {
            r[0] for r in snapshot(laptops["d1"])["checkins"]}
        # bundles, fresh or stale, between random laptops in random order, some twice
        for _ in range(3):
            a, b = rng.sample(LAPTOPS, 2)
            data = export(laptops[a]) if rng.random() < 0.5 else bundles[a]
            merge(laptops[b], data)
        a, b = rng.sample(LAPTOPS, 2)
        data = export(laptops[a])
        merge(laptops[b], data)
        before = snapshot(laptops[b])
        merge(laptops[b], data)  # importing twice changes nothing
        assert snapshot(laptops[b]) == before
        # then every desk's bundle reaches the committee, in random order, and the
        # committee's (which relays all) reaches every desk
        for a in rng.sample(LAPTOPS[1:], 3):
            merge(laptops["c"], export(laptops[a]) if rng.random() < 0.7 else bundles[a])
        for a in rng.sample(LAPTOPS[1:], 3):
            merge(laptops[a], export(laptops["c"]))
        snaps = {n: snapshot(laptops[n]) for n in LAPTOPS}
        first = snaps["c"]
        for n in LAPTOPS:
            assert snaps[n] == first, (seed, n)
        ids = [r[0] for r in first["checkins"]]
        assert set(ids) == made and len(ids) == len(made)  # every check-in exactly once
        assert first["chain"] == []  # each device's chain verifies
        for key, persons in first["persons"].items():
            assert first["counts"][key] == len(persons) == len(set(persons))  # one person, one count
        assert len(first["merged"]) == 1 and first["merged"][0]["name"] == "Budi Santoso"
        assert [(d["name"], len(d["people"])) for d in first["dups"]] == [("siti AMINAH", 2)]


def test_same_person_at_two_desks_earliest_wins(laptops: dict[str, Path]) -> None:
    with Store.open(laptops["d1"]) as s1:
        reg = s1.registrations.for_event(DEMO_EVENT_ID)[5].id
        r1 = desk(s1, "Meja 1").check_in(reg)
    with Store.open(laptops["d2"]) as s2:
        desk(s2, "Meja 2").check_in(reg)
    merge(laptops["d2"], export(laptops["d1"]))
    with Store.open(laptops["d2"]) as s2:
        sid = s2.events.session(DEMO_EVENT_ID, "REG").id
        assert len([c for c, _ in s2.checkins.history(DEMO_EVENT_ID, sid) if c.registration_id == reg]) == 2
        assert s2.checkins.present_count(sid) == 1
        again = desk(s2, "Meja 2").check_in(reg)
        assert again.outcome.name == "ALREADY" and "(Meja 1)" in again.message
        assert r1.checkin.at[11:16] in again.message


def test_refused_whole_database_byte_identical(laptops: dict[str, Path], tmp_path: Path) -> None:
    with Store.open(laptops["d1"]) as s:
        desk(s, "Meja 1").check_in(s.registrations.for_event(DEMO_EVENT_ID)[0].id)
    good = export(laptops["d1"])
    before = file_digest(laptops["c"])
    # an edited bundle (one byte of the changeset flipped)
    edited = bytearray(good)
    edited[len(edited) // 2] ^= 1
    with pytest.raises(BundleError, match="diubah"):
        merge(laptops["c"], bytes(edited))
    # another event's bundle (same content, sealed with another event's key)
    b = bundlemod.unpack(good, changesets.keyring(str(laptops["d1"])))
    stranger = seal.Keys.new(DEMO_EVENT_ID)
    other = bundlemod.pack({k: v for k, v in b.header.items() if k != "format"}, b.changeset, stranger)
    with pytest.raises(BundleError, match="bukan bundel acara"):
        merge(laptops["c"], other)
    # a desk bundle that changes the roster (a person row of the committee), or carries the event
    for tables, reason in (({"people": "id IN (SELECT min(id) FROM src.people)"}, "hanya boleh"),
                           ({"events": "1"}, "tabel 'events' yang tidak boleh")):
        header, cs, keys = changesets.export(str(laptops["d1"]), DEMO_EVENT_ID, tables=tables)
        with pytest.raises(BundleError, match=reason):
            merge(laptops["c"], bundlemod.pack(header, cs, keys))
    assert file_digest(laptops["c"]) == before
    merge(laptops["c"], good)  # the genuine one still merges
    assert file_digest(laptops["c"]) != before


def test_copied_database_is_refused(laptops: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "copy-of-d1.sqlite3"
    shutil.copy(laptops["d1"], copy)
    with Store.open(copy) as s:  # on this laptop the copy can still mint d1's ids: use it as the other laptop
        reg = s.registrations.for_event(DEMO_EVENT_ID)[3].id
        desk(s, "Meja 1").check_in(reg)
    before = file_digest(laptops["d1"])
    with pytest.raises(BundleError, match="disalin"):  # d1 sees its own identity with rows it never made
        merge(laptops["d1"], export(copy))
    assert file_digest(laptops["d1"]) == before
    # on another laptop (another device file) the copied database refuses to mint ids
    monkeypatch.setenv(devmod.DEVICE_FILE_ENV, str(tmp_path / "other-laptop.txt"))
    with Store.open(copy) as s:
        with pytest.raises(StoreError, match="disalin"):
            devmod.identity(s.db)
        result = desk(s, "Meja 1").check_in(s.registrations.for_event(DEMO_EVENT_ID)[4].id)
        assert result.outcome.name == "DB_ERROR" and "disalin" in result.message


def test_cli_through_the_worker_process(demo_db: Path, tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    committee, desk_db = demo_db, tmp_path / "meja2.sqlite3"
    r = cli("--db", committee, "sync", "export", "--event", DEMO_EVENT_ID, "--setup", "--out",
            tmp_path / "meja.bkdsetup")
    assert r.code == 0 and "Kode penyiapan: " in r.out, r
    code = r.out.split("Kode penyiapan: ")[1].split()[0]
    r = cli("--db", desk_db, "sync", "import", tmp_path / "meja.bkdsetup", "--slot", "2")  # the code forgotten
    assert r.code == 1 and "--kode" in r.out, r
    r = cli("--db", desk_db, "sync", "import", tmp_path / "meja.bkdsetup", "--slot", "2", "--kode", "AAAA-BBBB-CCCC")
    assert r.code == 1 and "Kode penyiapan salah" in r.out, r
    r = cli("--db", desk_db, "sync", "import", tmp_path / "meja.bkdsetup", "--slot", "2", "--kode", code.lower())
    assert r.code == 0 and "Meja 2 (slot 2" in r.out, r
    r = cli("--db", committee, "sync", "export", "--event", DEMO_EVENT_ID, "--out", tmp_path / "c.bkdsync")
    assert r.code == 0 and "Panitia" in r.out, r
    with Store.open(desk_db) as s:
        code = s.registrations.for_event(DEMO_EVENT_ID)[7].badge_code
    assert cli("--db", desk_db, "checkin", code, "--event", DEMO_EVENT_ID, "--session", "REG",
               "--desk", "Meja 2").code == 0
    r = cli("--db", desk_db, "sync", "export", "--event", DEMO_EVENT_ID, "--out", tmp_path / "d2.bkdsync")
    assert r.code == 0 and "1 check-in" in r.out, r
    r = cli("--db", committee, "sync", "import", tmp_path / "d2.bkdsync", tmp_path / "c.bkdsync")
    assert r.code == 0 and "1 check-in baru" in r.out and "bundel laptop ini sendiri" in r.out, r
    r = cli("--db", committee, "attendance", "--event", DEMO_EVENT_ID, "--json")
    rows = json.loads(r.out)
    assert [(x["desk"], x["device"]) for x in rows] == [("Meja 2", 2)]
    r = cli("--db", committee, "attendance", "--event", DEMO_EVENT_ID, "--csv")
    header, row = r.out.splitlines()
    assert dict(zip(header.split(","), row.split(","), strict=True))["device"] == "2"
    r = cli("--db", committee, "sync", "status", "--event", DEMO_EVENT_ID, "--json")
    st = json.loads(r.out)
    assert st["slot"] == 0 and [(d["slot"], d["checkins"]) for d in st["devices"]] == [(2, 1)]
    assert st["devices"][0]["device_id"] and st["devices"][0]["last_merged_at"]
    # a refused bundle: exit 1, one Indonesian line, the database unchanged
    (tmp_path / "junk.bkdsync").write_bytes(b"not a bundle")
    before = file_digest(committee)
    r = cli("--db", committee, "sync", "import", tmp_path / "junk.bkdsync")
    assert r.code == 1 and "DITOLAK" in r.out and "Traceback" not in r.out + r.err
    assert file_digest(committee) == before


def test_both_badges_of_a_merged_walk_in_still_work(laptops: dict[str, Path]) -> None:
    badges = {}
    for k, name in ((1, "d1"), (2, "d2")):
        with Store.open(laptops[name]) as s:
            r = desk(s, f"Meja {k}").walk_in(PersonData(name="Budi Santoso", nik=NIK_WALKIN, kelurahan="Kuin Utara"))
            badges[name] = r.registration.badge_code
    merge(laptops["d2"], export(laptops["d1"]))
    with Store.open(laptops["d2"]) as s:
        assert len(devmod.merged_people(s.db, DEMO_EVENT_ID)) == 1
        d = desk(s, "Meja 2", "M3")
        first, second = d.scan(badges["d1"]), d.scan(badges["d2"])
        assert first.outcome.name == "CHECKED_IN" and second.outcome.name == "ALREADY"
        assert first.registration.id == second.registration.id


def test_a_desk_that_imported_a_roster_is_refused(laptops: dict[str, Path], tmp_path: Path) -> None:
    from bimtek_desk.roster.importer import import_roster
    from tests.rosters import messy_xlsx

    with Store.open(laptops["d1"]) as s:
        report = import_roster(s, DEMO_EVENT_ID, messy_xlsx(tmp_path / "roster.xlsx"), skip_invalid=True)
        assert report.applied and report.new_registrations > 0
    before = file_digest(laptops["c"])
    with pytest.raises(BundleError, match="hanya boleh dibuat laptop panitia"):
        merge(laptops["c"], export(laptops["d1"]))
    assert file_digest(laptops["c"]) == before


def test_a_database_that_never_synced_may_move_to_another_laptop(demo_db: Path, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    with Store.open(demo_db) as s:
        devmod.identity(s.db)
    monkeypatch.setenv(devmod.DEVICE_FILE_ENV, str(tmp_path / "new-laptop.txt"))
    with Store.open(demo_db) as s:  # moved, as the README allows: it becomes this laptop's
        reg = s.registrations.for_event(DEMO_EVENT_ID)[0].id
        assert desk(s, "Meja 1").check_in(reg).outcome.name == "CHECKED_IN"


def test_a_merged_walk_in_counts_once_in_every_session_either_desk_saw(laptops: dict[str, Path]) -> None:
    for k, name, session in ((1, "d1", "REG"), (2, "d2", "M3")):
        with Store.open(laptops[name]) as s:
            r = desk(s, f"Meja {k}", session).walk_in(PersonData(name="Budi Santoso", nik=NIK_WALKIN,
                                                                  kelurahan="Kuin Utara"))
            assert r.outcome.name == "CHECKED_IN"
    merge(laptops["c"], export(laptops["d1"]))
    merge(laptops["c"], export(laptops["d2"]))
    with Store.open(laptops["c"]) as s:
        kept = s.people.by_nik(NIK_WALKIN)
        reg = next(r for r in s.registrations.for_event(DEMO_EVENT_ID) if r.person.id == kept.id)
        for key in ("REG", "M3"):  # the M3 check-in was made on the other record
            sid = s.events.session(DEMO_EVENT_ID, key).id
            assert s.checkins.present_count(sid) == 1
            assert list(s.checkins.present_ids(sid)) == [reg.id]
            assert s.checkins.present_among(sid, [reg.id]) == {reg.id}
            assert s.checkins.current(reg.id, sid) is not None
        assert s.documents.attendance_matrix(DEMO_EVENT_ID)[reg.id] == {
            s.events.session(DEMO_EVENT_ID, "REG").id, s.events.session(DEMO_EVENT_ID, "M3").id}


def test_desks_receive_public_keys_and_revocations_never_private_keys(laptops: dict[str, Path]) -> None:
    from bimtek_desk.desk.verify import verify_text
    from bimtek_desk.documents import issue
    from bimtek_desk.errors import UserError
    from bimtek_desk.signing import issuer
    from tests.helpers.final import make_final

    with Store.open(laptops["c"]) as s:
        make_final(s, DEMO_EVENT_ID)
        event = s.events.get(DEMO_EVENT_ID)
        reg = s.registrations.for_event(DEMO_EVENT_ID)[4]
        s.documents.override(reg.id, True, "uji", "test")
        (job,), _ = issue.certificate_jobs(s, event)
        payload, number = job.context["verify_payload"], job.document.number
        private = s.signing.private_key(job.context["key_id"])
        assert private is not None and verify_text(s, payload).genuine
    with Store.open(laptops["d1"]) as s:  # before the desk has the committee's keys
        assert "penerbit tidak dikenal" in verify_text(s, payload).message
    data = export(laptops["c"])
    assert private not in data and private.hex().encode() not in data
    merge(laptops["d1"], data)
    with Store.open(laptops["d1"]) as s:
        v = verify_text(s, payload)
        assert v.genuine and v.message.startswith("ASLI") and v.holder == reg.person.name, v
        assert s.db.scalar("SELECT count(*) FROM signing_secrets") == 0
        assert [k.kid for k in s.signing.keys()] == [job.context["key_id"]]
        # a desk neither revokes (its revocation would reach nobody) nor signs with the committee's key
        with pytest.raises(UserError, match="laptop panitia"):
            issuer.revoke(s, s.events.get(DEMO_EVENT_ID), number, "salah nama", pin=PIN, actor="meja")
        with pytest.raises(UserError, match="laptop panitia"):
            issuer.signer(s, s.events.get(DEMO_EVENT_ID))

    with Store.open(laptops["c"]) as s:
        issuer.revoke(s, s.events.get(DEMO_EVENT_ID), number, "salah nama", pin=PIN, actor="panitia")
    data = export(laptops["c"])
    assert private not in data
    merge(laptops["d1"], data)
    merge(laptops["d1"], data)  # twice changes nothing
    with Store.open(laptops["d1"]) as s:
        v = verify_text(s, payload)
        assert not v.genuine and v.message.startswith("DICABUT") and "salah nama" in v.message, v
        assert len(s.signing.revocations()) == 1
        assert s.db.scalar("SELECT count(*) FROM signing_secrets") == 0
    # a desk set up afterwards from the committee's bundle has them from the start
    Store.open(laptops["d1"].with_name("d4.sqlite3")).close()
    merge(laptops["d1"].with_name("d4.sqlite3"), data, slot=4, setup_from=laptops["c"])
    with Store.open(laptops["d1"].with_name("d4.sqlite3")) as s:
        assert verify_text(s, payload).message.startswith("DICABUT")
        assert s.db.scalar("SELECT count(*) FROM signing_secrets") == 0


def test_two_laptops_offline_undoing_the_same_checkin_keep_both_undos(laptops: dict[str, Path], cli) -> None:  # type: ignore[no-untyped-def]
    with Store.open(laptops["d1"]) as s:
        reg = s.registrations.for_event(DEMO_EVENT_ID)[6].id
        ci = desk(s, "Meja 1").check_in(reg).checkin
    merge(laptops["d2"], export(laptops["d1"]))
    # both desks, offline from each other, undo the same check-in with their own reason
    for name, k, why in (("d1", 1, "salah orang"), ("d2", 2, "badge tertukar")):
        with Store.open(laptops[name]) as s:
            assert s.checkins.current(reg, ci.session_id) is not None
            s.checkins.annul(ci.id, reason=why, desk=f"Meja {k}", operator="relawan")
    with Store.open(laptops["d1"]) as s:  # d1 carries on: its chain grows after the undo
        desk(s, "Meja 1").check_in(s.registrations.for_event(DEMO_EVENT_ID)[7].id)
    b1, b2 = export(laptops["d1"]), export(laptops["d2"])
    r = merge(laptops["d2"], b1)
    assert r["double_undos"] == 1
    merge(laptops["d1"], b2)
    for order in ((b1, b2), (b2, b1)):  # the committee, in either order
        shutil.copy(laptops["c"], laptops["c"].with_name("c2.sqlite3"))
        for data in order:
            merge(laptops["c"].with_name("c2.sqlite3"), data)
        assert snapshot(laptops["c"].with_name("c2.sqlite3"))["checkins"] == snapshot(laptops["d1"])["checkins"]
    snaps = [snapshot(laptops[n]) for n in ("d1", "d2")] + [snapshot(laptops["c"].with_name("c2.sqlite3"))]
    assert snaps[0] == snaps[1] == snaps[2]  # every laptop the same, both undo rows kept
    assert snaps[0]["chain"] == []  # both laptops' chains intact (no row of either left out)
    undos = [row for row in snaps[0]["checkins"] if row[5] == ci.id]
    assert sorted(row[4] for row in undos) == ["Meja 1", "Meja 2"]
    with Store.open(laptops["d1"]) as s:
        assert s.checkins.current(reg, ci.session_id) is None  # undone once, counted once
    # both reasons are shown with the annulled check-in (attendance, the Excel history)
    r = cli("--db", laptops["c"].with_name("c2.sqlite3"), "attendance", "--event", DEMO_EVENT_ID, "--json")
    (row,) = [x for x in json.loads(r.out) if x["checkin_id"] == ci.id]
    assert row["annulled"] and "salah orang" in row["annul_reason"] and "badge tertukar" in row["annul_reason"]
    assert "Meja 1" in row["annul_reason"] and "Meja 2" in row["annul_reason"]


def test_upgrade_to_several_undos_keeps_every_row_and_hash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    from bimtek_desk.store import db as dbmod
    from bimtek_desk.store import migrations

    path = tmp_path / "v10.sqlite3"
    with monkeypatch.context() as m:  # a database of the version before (annuls unique)
        m.setattr(migrations, "STEPS", migrations.STEPS[:9])
        m.setattr(dbmod, "SCHEMA_VERSION", 10)
        with Store.open(path) as s:
            load_demo(s)
            d = desk(s, "Meja 1")
            first = d.check_in(s.registrations.for_event(DEMO_EVENT_ID)[0].id).checkin
            d.check_in(s.registrations.for_event(DEMO_EVENT_ID)[1].id)
            s.checkins.annul(first.id, reason="salah", desk="Meja 1", operator="x")
            assert s.db.scalar("PRAGMA user_version") == 10
            before = [tuple(r) for r in s.db.query("SELECT * FROM checkins ORDER BY id")]
            with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"), s.db.transaction():  # unique before
                s.db.execute("INSERT INTO checkins (registration_id, session_id, at, desk, operator, method, annuls) "
                             "SELECT registration_id, session_id, at, desk, operator, method, annuls FROM checkins "
                             "WHERE annuls IS NOT NULL")
    with Store.open(path) as s:
        assert s.db.scalar("PRAGMA user_version") == migrations.LATEST  # no literal: other branches add steps
        assert [tuple(r) for r in s.db.query("SELECT * FROM checkins ORDER BY id")] == before
        assert s.checkins.verify_chain() == []
        assert s.db.query("PRAGMA foreign_key_check") == [] and s.db.scalar("PRAGMA integrity_check") == "ok"
        with pytest.raises(sqlite3.IntegrityError):  # still append-only
            s.db.execute("UPDATE checkins SET desk = 'x'")
        with pytest.raises(sqlite3.IntegrityError):
            s.db.execute("DELETE FROM checkins")
        again = s.checkins.annul(first.id, reason="juga salah", desk="Meja 2", operator="y")  # a second undo row
        assert s.checkins.is_annulled(first.id) and again.annuls == first.id
        assert s.checkins.verify_chain() == []


def test_a_wiped_desk_rejoins_with_a_new_slot_and_never_reuses_its_old_one(
        laptops: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stale = export(laptops["c"])  # a committee bundle from before anyone synced
    with Store.open(laptops["d1"]) as s:
        d = desk(s, "Meja 1")
        old = [d.check_in(r.id).checkin.id for r in s.registrations.for_event(DEMO_EVENT_ID)[:2]]
    merge(laptops["d2"], export(laptops["d1"]))  # d1's check-ins live on in d2 ...
    merge(laptops["c"], export(laptops["d2"]))  # ... and reach the committee only through d2
    merge(laptops["c"], export(laptops["d3"]))
    laptops["d1"].unlink()  # Meja 1's data folder is wiped (its device file with it)
    monkeypatch.setenv(devmod.DEVICE_FILE_ENV, str(tmp_path / "reinstalled-device-ids.txt"))
    fresh = tmp_path / "meja1-baru.sqlite3"
    Store.open(fresh).close()
    current = export(laptops["c"])
    before = file_digest(fresh)
    with pytest.raises(BundleError, match="Slot 1 sudah dipakai"):  # its old slot, though the committee
        merge(fresh, current, slot=1, setup_from=laptops["c"])  # never merged from it directly
    assert file_digest(fresh) == before
    r = merge(fresh, current, setup_from=laptops["c"])  # the rejoin: the lowest slot nobody has used
    assert r["setup_slot"] == 4
    with Store.open(fresh) as s:  # the full state, its old check-ins included, before scanning
        sid = s.events.session(DEMO_EVENT_ID, "REG").id
        assert {c.id for c, _ in s.checkins.history(DEMO_EVENT_ID)} == set(old)
        assert s.checkins.present_count(sid) == 2
        new = desk(s, "Meja 1").check_in(s.registrations.for_event(DEMO_EVENT_ID)[2].id)
        assert new.checkin.id % 16 == 4 and s.checkins.get(new.checkin.id).device == 4
    for name in ("c", "d2"):
        merge(laptops[name], export(fresh))
        with Store.open(laptops[name]) as s:
            assert {c.id for c, _ in s.checkins.history(DEMO_EVENT_ID)} == {*old, new.checkin.id}
            assert s.checkins.verify_chain() == []

    # by accident: a new database set up from a stale committee bundle with the old slot
    again = tmp_path / "meja1-salah.sqlite3"
    Store.open(again).close()
    assert merge(again, stale, slot=1, setup_from=laptops["c"])["setup_slot"] == 1  # the stale bundle cannot know
    with Store.open(again) as s:
        clash = desk(s, "Meja 1").check_in(s.registrations.for_event(DEMO_EVENT_ID)[5].id).checkin
    assert clash.id == old[0]  # the same id as the old Meja 1's first check-in
    for name in ("c", "d2"):  # refused whole (not merged with a check-in silently lost)
        before = file_digest(laptops[name])
        with pytest.raises(BundleError, match="slot 1"):
            merge(laptops[name], export(again))
        assert file_digest(laptops[name]) == before
    before = file_digest(again)
    with pytest.raises(BundleError, match="slot 1"):  # and it refuses the old Meja 1's rows
        merge(again, export(laptops["c"]))
    assert file_digest(again) == before


def test_a_desk_restored_from_a_backup_takes_its_lost_checkins_back(laptops: dict[str, Path], tmp_path: Path) -> None:
    """Review finding: a laptop restored from its five-minute backup had check-ins of its own
    slot at the other laptops, and every later bundle was refused ("dua laptop memakai slot 1")."""
    backup = tmp_path / "d1-cadangan.sqlite3"
    shutil.copy(laptops["d1"], backup)  # the backup, before the last check-ins
    with Store.open(laptops["d1"]) as s:
        d = desk(s, "Meja 1")
        lost = [d.check_in(r.id).checkin.id for r in s.registrations.for_event(DEMO_EVENT_ID)[:3]]
    merge(laptops["d2"], export(laptops["d1"]))
    merge(laptops["c"], export(laptops["d2"]))
    shutil.copy(backup, laptops["d1"])  # Meja 1 restored: its last three check-ins are gone there
    for name in ("d2", "c"):
        merge(laptops["d1"], export(laptops[name]))
    with Store.open(laptops["d1"]) as s:
        assert {c.id for c, _ in s.checkins.history(DEMO_EVENT_ID)} == set(lost)
        assert s.checkins.verify_chain() == []
        more = desk(s, "Meja 1").check_in(s.registrations.for_event(DEMO_EVENT_ID)[3].id).checkin
    assert more.id not in lost  # minted after the ones it took back
    merge(laptops["c"], export(laptops["d1"]))
    with Store.open(laptops["c"]) as s:
        assert {c.id for c, _ in s.checkins.history(DEMO_EVENT_ID)} == {*lost, more.id}
        assert s.checkins.verify_chain() == []


def test_a_desk_never_makes_a_signing_key_of_its_own(laptops: dict[str, Path]) -> None:
    """Review finding: before the committee had printed anything, `certificates` on a desk made the desk
    its own key pair, spent numbers that clash with the committee's, and `keys rotate` did the same."""
    from bimtek_desk.documents import issue
    from bimtek_desk.errors import UserError
    from bimtek_desk.signing import issuer
    from tests.helpers.final import make_final

    with Store.open(laptops["d1"]) as s:
        make_final(s, DEMO_EVENT_ID)
        event = s.events.get(DEMO_EVENT_ID)
        s.documents.override(s.registrations.for_event(DEMO_EVENT_ID)[0].id, True, "uji", "test")
        with pytest.raises(UserError, match="laptop panitia"):
            issue.certificate_jobs(s, event)
        with pytest.raises(UserError, match="laptop panitia"):
            issuer.rotate(s, event, pin=PIN, actor="meja")
        assert s.db.scalar("SELECT count(*) FROM signing_keys") == 0
        assert s.db.scalar("SELECT count(*) FROM signing_secrets") == 0
        assert s.db.scalar("SELECT count(*) FROM documents") == 0  # no number spent


def test_rows_held_as_they_are_are_left_out_before_the_write_lock(laptops: dict[str, Path]) -> None:
    """Issue #24: a merge writes only what is new; a bundle merged twice leaves nothing to write."""
    import apsw

    data = export(laptops["c"])
    b = bundlemod.unpack(data, changesets.keyring(str(laptops["d1"])))
    conn = apsw.Connection(str(laptops["d1"]))
    try:
        assert changesets._new_rows(conn, b.changeset) == b""  # set up from this very state
    finally:
        conn.close()
    with Store.open(laptops["c"]) as s:
        pid = s.registrations.for_event(DEMO_EVENT_ID)[3].person.id
        with s.transaction():
            s.people.update(pid, {"kelurahan": "Kelayan Luar"})
    b = bundlemod.unpack(export(laptops["c"]), changesets.keyring(str(laptops["d1"])))
    conn = apsw.Connection(str(laptops["d1"]))
    try:
        left = [(c.name, c.new[0]) for c in apsw.Changeset.iter(changesets._new_rows(conn, b.changeset))]
    finally:
        conn.close()
    assert left == [("people", pid)]
    merge(laptops["d1"], export(laptops["c"]))
    with Store.open(laptops["d1"]) as s:
        assert s.people.get(pid).kelurahan == "Kelayan Luar"


def test_a_day_allowed_on_one_desk_travels_with_its_checkins(laptops: dict[str, Path], cli) -> None:  # type: ignore[no-untyped-def]
    """Issue #24: the audit entry that explains a check-in dated outside the event (the committee allowed
    that day at that desk) reaches every laptop with the check-ins, once, and `sync status` shows it."""
    import datetime as dt

    from bimtek_desk.desk.checkin import event_zone

    with Store.open(laptops["d1"]) as s:
        event = s.events.get(DEMO_EVENT_ID)
        day_before = dt.datetime(2025, 11, 17, 9, 0, tzinfo=event_zone(event))
        d = Desk(s, event, desk="Meja 1", session="REG", now=lambda: day_before)
        d.allow_today(reason="gladi bersih", pin=PIN)
        assert d.check_in(s.registrations.for_event(DEMO_EVENT_ID)[2].id).outcome.ok
    merge(laptops["c"], export(laptops["d1"]))
    merge(laptops["d2"], export(laptops["c"]))  # relayed by the committee
    merge(laptops["d2"], export(laptops["c"]))  # twice: still once
    merge(laptops["d1"], export(laptops["d2"]))  # back home: not a second entry there
    for name, count in (("c", 1), ("d2", 1), ("d1", 1)):
        with Store.open(laptops[name]) as s:
            days = devmod.allowed_days(s.db, DEMO_EVENT_ID)
            assert [(x["date"], x["desk"], x["reason"]) for x in days] == [("2025-11-17", "Meja 1", "gladi bersih")]
            assert len(days) == count and days[0]["here"] == (name == "d1")
    r = cli("--db", laptops["d2"], "sync", "status", "--event", DEMO_EVENT_ID)
    assert "di luar hari acara diizinkan: 2025-11-17 di Meja 1 (slot 1)" in r.out and "gladi bersih" in r.out, r


def _busy_desk(path: Path) -> list[int]:
    """Meja 1 checks in everyone in two sessions, undoes one and takes a walk-in; returns the
    check-in ids in the order they were made."""
    made = []
    with Store.open(path) as s:
        regs = [r.id for r in s.registrations.for_event(DEMO_EVENT_ID)]
        for session in ("REG", "M3"):
            d = desk(s, "Meja 1", session)
            made += [ci.id for ci in (d.check_in(r).checkin for r in regs) if ci is not None]
        made.append(s.checkins.annul(made[0], reason="salah orang", desk="Meja 1", operator="relawan").id)
        made.append(desk(s, "Meja 1").walk_in(PersonData(name="Rahmat Hidayat", kelurahan="Kuin Utara")).checkin.id)
    return made


def test_a_merge_killed_between_its_transactions_leaves_a_sound_database_the_same_bundle_completes(
        laptops: dict[str, Path], tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    """Issue #24: a big bundle merges in short transactions (a scan never waits behind it); SIGKILL of
    the worker between two of them leaves check-ins that hold together (the hash chain verifies, every
    slot's check-ins are all of them up to its newest), and the same bundle merges the rest."""
    import os
    import signal
    import sqlite3
    import subprocess
    import sys

    made = _busy_desk(laptops["d1"])
    data = export(laptops["d1"])
    (tmp_path / "d1.bkdsync").write_bytes(data)
    clean = tmp_path / "clean.sqlite3"
    shutil.copy(laptops["c"], clean)
    merge(clean, data)  # the reference: merged whole
    request = {"op": "import", "db": str(laptops["c"]), "files": [str(tmp_path / "d1.bkdsync")], "chunk": 25}
    worker_proc = subprocess.Popen([sys.executable, "-m", "bimtek_desk.sync.worker"], stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert worker_proc.stdin is not None
    worker_proc.stdin.write(json.dumps(request).encode())
    worker_proc.stdin.close()
    conn = sqlite3.connect(laptops["c"], timeout=10, isolation_level=None)
    try:
        for _ in range(20_000):  # until the first transaction is committed
            if conn.execute("SELECT count(*) FROM checkins").fetchone()[0]:
                break
            time.sleep(0.001)
        conn.execute("BEGIN IMMEDIATE")  # the write lock, taken between two of its transactions
        os.kill(worker_proc.pid, signal.SIGKILL)
        worker_proc.wait(timeout=10)
        conn.execute("ROLLBACK")
        held = [r[0] for r in conn.execute("SELECT id FROM checkins ORDER BY id")]
    finally:
        conn.close()
    assert 0 < len(held) < len(made), "merged in one transaction"
    assert held == sorted(made)[:len(held)]  # whole id ranges: no slot's check-ins with a gap
    r = cli("--db", laptops["c"], "audit", "verify")
    assert r.code == 0, r
    again = merge(laptops["c"], data)
    assert again["new_checkins"] == len(made) - len(held)
    assert snapshot(laptops["c"]) == snapshot(clean)


def test_a_bundle_refused_for_a_late_reason_changes_nothing_though_it_merges_in_parts(
        laptops: dict[str, Path]) -> None:
    """Everything that refuses a bundle is checked before its first transaction: here the last check-in
    names a registration this laptop lacks (a walk-in whose registration was left out)."""
    made = _busy_desk(laptops["d1"])
    header, cs, keys = changesets.export(str(laptops["d1"]), DEMO_EVENT_ID, tables={"checkins": "1"})
    before = file_digest(laptops["c"])
    b = bundlemod.unpack(bundlemod.pack(header, cs, keys), changesets.keyring(str(laptops["c"])))
    with pytest.raises(BundleError, match="belum ada"):
        changesets.apply(str(laptops["c"]), b, new_device=worker._new_device, chunk=10)
    assert file_digest(laptops["c"]) == before
    r = merge(laptops["c"], export(laptops["d1"]))  # the whole bundle merges, in parts too
    assert r["new_checkins"] == len(made)
