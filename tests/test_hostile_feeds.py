"""Hostile official feeds (issue 12): a trickle, a gzip bomb, a lying zip, counts that are not
counts, numbers past int4, nesting, a sequence that falls back, two columns for one candidate.
Each is refused or flagged with one clear line, leaves its failed run (health says since when
and why) and loses nothing; on SQLite and PostgreSQL where the store is involved, and against
the real `primaries schedule` process. Every server is on 127.0.0.1."""

from __future__ import annotations

import contextlib
import dataclasses
import gzip
import io
import json
import logging
import re
import signal
import socket
import socketserver
import struct
import threading
import time
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
from click.testing import CliRunner
from sqlalchemy import Engine, event, func, select

from primaries.cli import cli
from primaries.cli.processes import _store_ready
from primaries.collector import Collector
from primaries.db import make_engine, upgrade
from primaries.ingest import ingest_payload
from primaries.models import (
    ANOMALY,
    ARCHIVE,
    CLAIM,
    RESULT,
    RUN,
    SNAPSHOT,
    TALLY,
    VERDICT,
)
from primaries.posts import store_posts
from primaries.queries import source_health, standings, verdict_columns
from primaries.runs import read_cursor, save_cursor
from primaries.scheduler import run_scheduler
from primaries.settings import Settings, SourceSettings
from primaries.verification import verify_pending
from sources import bureau_feed, datagouv_csv, datagouv_wide, hap2011_json, minint_xml
from sources.deadline import bounded_session
from sources.http import fetch_bytes, load_json
from sources.limits import MB, FetchLimits, PayloadRefused, inflate
from sources.numbers import INT4_MAX, SEQUENCE_RANGE, whole
from sources.records import FeedError, FetchError, PostRecord
from tests.conftest import ROOT, drop_schema, postgres_engine_url, start_scheduler, wide_sample

FEED = ROOT / "tests" / "data" / "official" / "bureau_feed" / "feed_full.json"
SMALL = 2 * MB  # the tests' cap: a bomb is refused in a fraction of a second
DEADLINE = 2.0  # the tests' deadline (the shipped one is 20 s)


# --- a local authority that misbehaves on purpose --------------------------------------------


class HostileServer(socketserver.ThreadingTCPServer):
    """A raw HTTP/1.1 server on 127.0.0.1: each request is answered by `self.answer(path)`."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.stopping = threading.Event()
        self.paths: list[str] = []
        self.mode = "json"
        self.body = FEED.read_bytes()
        self.headers: dict[str, str] = {"Content-Type": "application/json"}
        self.pause = 0.25  # seconds between bytes of a trickle
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        """The feed's URL on this server."""
        return f"http://127.0.0.1:{self.server_address[1]}/feed/pr2017/1"

    def stop(self) -> None:
        """Stop serving and end every trickle."""
        self.stopping.set()
        self.shutdown()
        self.server_close()


class _Handler(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        server: HostileServer = self.server  # type: ignore[assignment]
        request = b""
        while b"\r\n\r\n" not in request:
            data = self.request.recv(4096)
            if not data:
                return
            request += data
        server.paths.append(request.split(b" ", 2)[1].decode())
        with contextlib.suppress(OSError):
            getattr(self, f"_{server.mode}")(server)

    def _head(self, server: HostileServer, length: int) -> bytes:
        lines = [b"HTTP/1.1 200 OK", f"Content-Length: {length}".encode()]
        lines += [f"{k}: {v}".encode() for k, v in server.headers.items()]
        return b"\r\n".join(lines) + b"\r\nConnection: close\r\n\r\n"

    def _json(self, server: HostileServer) -> None:
        self.request.sendall(self._head(server, len(server.body)) + server.body)

    def _trickle_body(self, server: HostileServer) -> None:
        self.request.sendall(self._head(server, 10_000))
        while not server.stopping.wait(server.pause):
            self.request.sendall(b" ")

    def _reset_body(self, server: HostileServer) -> None:
        """Half the body, then a reset (RST) instead of the rest: a crash mid-answer."""
        self.request.sendall(self._head(server, len(server.body)) + server.body[:1000])
        time.sleep(0.1)
        self.request.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.request.close()

    def _trickle_headers(self, server: HostileServer) -> None:
        self.request.sendall(b"HTTP/1.1 200 OK\r\nX-Slow: ")
        while not server.stopping.wait(server.pause):
            self.request.sendall(b"a")


@pytest.fixture
def hostile() -> Iterator[HostileServer]:
    """The misbehaving authority, stopped afterwards."""
    server = HostileServer()
    yield server
    server.stop()


def bomb(inflated: int, layers: int = 1) -> bytes:
    """Zeros that inflate to `inflated` bytes, gzip `layers` times over (streamed: no big buffer)."""
    out = io.BytesIO()
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(MB)
    for _ in range(inflated // MB):
        out.write(packer.compress(block))
    out.write(packer.flush())
    data = out.getvalue()
    for _ in range(layers - 1):
        data = gzip.compress(data)
    return data


def feed_document(**changes: Any) -> dict[str, Any]:
    """The recorded bureau feed, with some top-level fields changed."""
    return {**json.loads(FEED.read_bytes()), **changes}


def with_bureau(doc: dict[str, Any], index: int = 0, **changes: Any) -> bytes:
    """The document with one bureau's fields changed, as bytes."""
    bureaux = [dict(b) for b in doc["bureaux"]]
    bureaux[index].update(changes)
    return json.dumps({**doc, "bureaux": bureaux}).encode()


def hostile_settings(settings: Settings, url: str, **thresholds: Any) -> Settings:
    """The shipped election with one bureau feed at `url` and the tests' deadline and cap."""
    source = SourceSettings(name="feed", kind="bureau_feed", url=url, round=1, interval=15)
    limits = {"fetch_deadline": DEADLINE, "max_payload_mb": SMALL // MB, **thresholds}
    return dataclasses.replace(
        settings,
        sources=(source,),
        thresholds=dataclasses.replace(settings.thresholds, **limits),
    )


def runs_of(engine: Engine, source: str = "feed") -> list[Any]:
    """The SourceRun rows of a source, oldest first."""
    with engine.connect() as conn:
        return conn.execute(select(RUN).where(RUN.c.source == source).order_by(RUN.c.id)).all()


def snapshots(engine: Engine) -> list[Any]:
    """Every FeedSnapshot row, oldest first."""
    with engine.connect() as conn:
        return conn.execute(select(SNAPSHOT).order_by(SNAPSHOT.c.id)).all()


def current_results(engine: Engine) -> int:
    """How many current bureau results the store holds."""
    with engine.connect() as conn:
        return conn.execute(
            select(func.count()).select_from(RESULT).where(RESULT.c.current)
        ).scalar()


# --- one strict reading of every count -------------------------------------------------------

REFUSED_COUNTS = ["--5", "²", "٣", "５", "1_000", "+5", "5.0", "", " ", "0x10", "9" * 5000, "1e3"]


@pytest.mark.parametrize("text", REFUSED_COUNTS)
def test_a_count_that_is_not_ascii_digits_is_refused_in_one_line(text):
    with pytest.raises(FeedError, match=r"votants is (not a whole number|out of range)") as info:
        whole(text, "votants")
    assert "\n" not in str(info.value) and len(str(info.value)) < 200


@pytest.mark.parametrize("value", [10**30, 2**31, -(2**31), True, 1.5, None, [1], {"a": 1}])
def test_a_count_out_of_the_column_range_or_of_another_type_is_refused(value):
    with pytest.raises(FeedError, match="votants"):
        whole(value, "votants")


def test_plain_counts_negatives_and_epoch_milliseconds_are_read():
    assert whole(" 42 ", "v") == 42 and whole("-5", "v") == -5 and whole(INT4_MAX, "v") == INT4_MAX
    assert whole("007", "v") == 7
    assert whole(1_764_998_400_123, "sequence", SEQUENCE_RANGE) == 1_764_998_400_123


def _wide_with(count: str) -> bytes:
    lines = wide_sample(1, ("2A",)).decode().splitlines()
    fields = lines[1].split(",")
    fields[9] = count  # the first candidate's votes
    return "\n".join([lines[0], ",".join(fields), *lines[2:]]).encode()


def _csv_with(count: str) -> bytes:
    sample = (ROOT / "tests/data/official/PR17_BVot_T1_sample.txt").read_bytes()
    lines = sample.decode("latin-1").split("\r\n")
    fields = lines[1].split(";")
    fields[10] = count  # Votants
    return "\r\n".join([lines[0], ";".join(fields), *lines[2:]]).encode("latin-1")


def _hap_with(count: str) -> bytes:
    doc = json.loads(next((ROOT / "tests/data/official/hap2011").glob("*.json")).read_bytes())
    return json.dumps({**doc, "votants": count}).encode()


def _feed_with(count: str) -> bytes:
    return with_bureau(feed_document(), 0, votants=count)


def _xml_with(count: str) -> bytes:
    path = ROOT / "tests/data/official/minint/011/075/075com.xml"
    text = path.read_text(encoding="utf-8")
    votants = re.compile(r"(<Votants>\s*<Nombre>)[^<]*(</Nombre>)")
    return votants.sub(lambda m: m.group(1) + count + m.group(2), text).encode("utf-8")


PARSERS = {
    "datagouv_wide": (datagouv_wide.parse, _wide_with),
    "datagouv_csv": (datagouv_csv.parse, _csv_with),
    "hap2011_json": (hap2011_json.parse, _hap_with),
    "bureau_feed": (bureau_feed.parse, _feed_with),
    "minint_xml": (minint_xml.parse, _xml_with),
}


@pytest.mark.parametrize("kind", sorted(PARSERS))
@pytest.mark.parametrize("count", ["--5", "²", "1_000", "+5", "9" * 5000, str(10**30)])
def test_every_official_parser_refuses_a_count_that_is_not_one(kind, count):
    parse, payload_with = PARSERS[kind]
    with pytest.raises(FeedError) as info:
        parse(payload_with(count))
    message = str(info.value)
    assert "\n" not in message and len(message) < 300, message
    assert "whole number" in message or "out of range" in message, message


def test_coverage_n_of_n_in_unicode_digits_is_refused():
    payload = json.loads(_hap_with("1000"))
    payload["bureaux_vote"] = "٣/٤"
    with pytest.raises(FeedError, match="bureaux_vote"):
        hap2011_json.parse(json.dumps(payload).encode())


def test_json_nested_past_what_python_reads_is_one_line():
    with pytest.raises(FeedError, match="nested too deeply"):
        load_json(b"[" * 100_000 + b"]" * 100_000, "bureau_feed")


# --- through the store, on both backends -----------------------------------------------------


def _ingest(engine: Engine, settings: Settings, geography, payload: bytes) -> Any:
    return ingest_payload(
        engine, settings, geography, payload, source="feed", kind="bureau_feed", round_number=1
    )


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        (_feed_with("²"), "not a whole number"),
        (with_bureau(feed_document(), 0, votants=10**30), "out of range"),
        (json.dumps(feed_document(sequence=2**63)).encode(), "sequence is out of range"),
        (b'{"format": ' + b"[" * 50_000 + b"]" * 50_000 + b"}", "nested too deeply"),
        (with_bureau(feed_document(), 0, code="X" * 40), "code has 40 characters"),
        (with_bureau(feed_document(), 0, name="N" * 201), "name has 201 characters"),
        (with_bureau(feed_document(), 0, updated_at="9999-12-31T23:59:59-14:00"), "out of range"),
    ],
)
def test_a_hostile_value_is_refused_and_recorded_and_nothing_changes(
    engine, settings, geography, payload, expected
):
    """No traceback, no range error from PostgreSQL: one line, a rejected snapshot, same data."""
    _ingest(engine, settings, geography, FEED.read_bytes())
    before = current_results(engine)
    with pytest.raises(FeedError, match=expected) as info:
        _ingest(engine, settings, geography, payload)
    assert "\n" not in str(info.value)
    rejected = [s for s in snapshots(engine) if s.status == "rejected"]
    assert len(rejected) == 1 and expected in rejected[0].error
    assert current_results(engine) == before


def test_an_epoch_millisecond_sequence_is_stored_on_both_backends(engine, settings, geography):
    """A sequence past 2^31 - 1 used to fail every poll on PostgreSQL (int4)."""
    millis = 1_492_971_245_123
    report = _ingest(
        engine, settings, geography, json.dumps(feed_document(sequence=millis)).encode()
    )
    assert report.new == 5
    assert snapshots(engine)[-1].sequence == millis


def test_totals_past_int4_are_held_by_the_tallies(engine, settings, geography):
    """Units of int4-sized counts add up past 2^31 - 1 in their areas: bigint tallies."""
    doc = feed_document()
    big = INT4_MAX - 10
    bureaux = []
    for b in doc["bureaux"][:2]:
        votes = dict.fromkeys(b["votes"], 0) | {"MACRON": big}
        bureaux.append(
            {**b, "inscrits": big, "votants": big, "blancs": 0, "nuls": 0, "exprimes": big}
            | {"votes": votes}
        )
    _ingest(engine, settings, geography, json.dumps({**doc, "bureaux": bureaux}).encode())
    with engine.connect() as conn:
        national = conn.execute(
            select(TALLY.c.votants).where(TALLY.c.area == "FR", TALLY.c.round == 1)
        ).scalar()
    assert national == 2 * big


def test_two_columns_for_one_candidate_are_refused_not_added(engine, settings, geography):
    """Fillon's column renamed MACRON: refused with one line; Macron keeps his own votes."""
    doc = feed_document()
    _ingest(engine, settings, geography, FEED.read_bytes())
    with engine.connect() as conn:
        macron = standings(conn, settings, "FR", 1).votes_of("macron")
    bureaux = []
    for b in doc["bureaux"]:
        votes = dict(b["votes"])
        votes["Macron"] = votes.pop("FILLON") + 1  # a change, so the payload is not a duplicate
        bureaux.append({**b, "votes": votes})
    with pytest.raises(
        FeedError, match=r"columns 'MACRON' and 'Macron' both name candidate macron"
    ):
        _ingest(engine, settings, geography, json.dumps({**doc, "bureaux": bureaux}).encode())
    with engine.connect() as conn:
        assert standings(conn, settings, "FR", 1).votes_of("macron") == macron
        assert standings(conn, settings, "FR", 1).votes_of("fillon") > 0


# --- the fetch: a deadline per poll, caps on size and inflation -----------------------------


@pytest.mark.parametrize("mode", ["trickle_body", "trickle_headers"])
def test_a_trickling_feed_is_abandoned_at_the_deadline(hostile, mode):
    """One byte every quarter second never trips a read timeout: the poll's deadline ends it."""
    hostile.mode = mode
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"timed out after 2 s: no complete answer"):
        fetch_bytes(hostile.url, session=bounded_session(), timeout=DEADLINE)
    assert time.monotonic() - started < DEADLINE + 1.5


@pytest.mark.parametrize("session", [bounded_session, requests.Session])
def test_a_reset_mid_body_is_a_fetch_error_in_one_line(hostile, session):
    """A server that crashes halfway through its answer: a clear error, never urllib3's own."""
    hostile.mode = "reset_body"
    with pytest.raises(FetchError, match=r"connection lost fetching .*: ProtocolError"):
        fetch_bytes(hostile.url, session=session(), timeout=DEADLINE)


def test_a_trickling_body_is_abandoned_on_a_plain_session_too(hostile):
    hostile.mode = "trickle_body"
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        fetch_bytes(hostile.url, session=requests.Session(), timeout=DEADLINE)
    assert time.monotonic() - started < DEADLINE + 1.5


@pytest.mark.parametrize(
    ("layers", "encoding", "expected"),
    [
        (1, None, "inflates to over 2 MB"),
        (1, "gzip", "inflates to over 2 MB"),  # gzip on a .gz: both undone, capped
        (2, None, "gzip inside gzip"),
    ],
)
def test_a_gzip_bomb_over_http_is_refused_with_its_hash_and_size(
    hostile, layers, encoding, expected
):
    payload = bomb(50 * MB, layers)
    hostile.body = gzip.compress(payload) if encoding else payload
    hostile.headers = {"Content-Type": "application/gzip"}
    if encoding:
        hostile.headers["Content-Encoding"] = encoding
    with pytest.raises(PayloadRefused, match=expected) as info:
        fetch_bytes(hostile.url, session=bounded_session(), limits=FetchLimits(SMALL))
    assert info.value.size <= len(hostile.body) and len(info.value.sha256) == 64


def test_gzip_inside_gzip_is_inflated_once_only():
    inner = gzip.compress(gzip.compress(b'{"a": 1}'))
    with pytest.raises(PayloadRefused, match="gzip inside gzip"):
        inflate(inner, "payload")


def test_a_payload_declaring_more_than_the_cap_is_refused_before_its_body(hostile):
    hostile.body = b" " * (SMALL + 1)
    with pytest.raises(PayloadRefused, match="declares 2,000,001 bytes"):
        fetch_bytes(hostile.url, session=bounded_session(), limits=FetchLimits(SMALL))


def test_an_overlong_etag_is_not_kept(hostile, engine, settings, geography):
    """A 1 KB ETag would not fit its column (a range error on PostgreSQL): it is dropped."""
    hostile.headers = {"Content-Type": "application/json", "ETag": '"' + "e" * 1000 + '"'}
    fetched = fetch_bytes(hostile.url, session=bounded_session())
    assert "etag" not in fetched.cursor


def _bundle(files: dict[str, bytes]) -> bytes:
    return minint_xml.make_bundle(files)


def test_zip_members_are_counted_and_sized_before_they_are_read():
    many = _bundle({f"f{i}.xml": b"<Election/>" for i in range(30)})
    with pytest.raises(FeedError, match="30 files in the bundle, at most 20"):
        minint_xml.bundle_files(many, FetchLimits(SMALL, max_members=20))
    big = _bundle({"big.xml": bytes(3 * MB)})
    with pytest.raises(FeedError, match="bundle declares 3,000,000 bytes"):
        minint_xml.bundle_files(big, FetchLimits(SMALL))
    nested = _bundle({"a.xml": gzip.compress(b"<Election/>")})
    with pytest.raises(FeedError, match="is gzip, expected XML"):
        minint_xml.bundle_files(nested)


def test_a_zip_member_that_lies_about_its_size_is_refused():
    honest = bytearray(_bundle({"a.xml": bytes(1 * MB)}))
    # Shrink the declared size in the central directory: the member inflates past it.
    directory = honest.rindex(b"PK\x01\x02")
    honest[directory + 24 : directory + 28] = (1000).to_bytes(4, "little")
    with pytest.raises(FeedError, match="bundle"):
        minint_xml.parse(bytes(honest))


# --- the collector: a refusal is a record and a failed run, with back-off --------------------


def test_a_bomb_is_a_refusal_record_a_failed_run_and_health_says_why(
    hostile, engine, settings, geography
):
    night = hostile_settings(settings, hostile.url)
    source = night.sources[0]
    collector = Collector(engine, night, geography, verifier=False)
    hostile.body = FEED.read_bytes()
    collector.poll(source)  # a good poll first: its figures must stay
    good = current_results(engine)
    hostile.body, hostile.headers = bomb(50 * MB), {"Content-Type": "application/gzip"}
    hostile.mode = "json"
    save_cursor(engine, "feed", {})  # no ETag: the authority's next answer is taken whole
    collector.poll(source)
    refused = [s for s in snapshots(engine) if s.status == "rejected"]
    assert len(refused) == 1
    assert "over 2 MB" in refused[0].error and refused[0].size == len(hostile.body)
    with engine.connect() as conn:
        archived = conn.execute(
            select(ARCHIVE.c.sha256).where(ARCHIVE.c.sha256 == refused[0].sha256)
        ).first()
        health = {h["source"]: h for h in source_health(conn)}["feed"]
    assert archived is None  # the record, not the bytes
    assert not health["ok"] and "payload inflates to over 2 MB" in health["error"]
    assert health["failing_since"] is not None
    assert current_results(engine) == good
    collector.poll(source)  # the second failure in a row backs off
    last = runs_of(engine)[-1]
    assert not last.ok and "next attempt in" in last.error
    assert collector.state["feed"].next_try is not None


def test_a_trickle_ends_in_a_failed_run_within_the_deadline(hostile, engine, settings, geography):
    night = hostile_settings(settings, hostile.url)
    collector = Collector(engine, night, geography, verifier=False)
    hostile.mode = "trickle_headers"
    started = time.monotonic()
    collector.poll(night.sources[0])
    assert time.monotonic() - started < DEADLINE + 1.5
    (run,) = runs_of(engine)
    assert not run.ok and "timed out after 2 s" in run.error


def test_healthz_and_the_banner_say_failed_since_and_why(hostile, fresh_site, geography):
    """/healthz and the page's banner name the failing source, since when, and why."""
    engine, app = fresh_site["engine"], fresh_site["app"]
    night = hostile_settings(fresh_site["settings"], hostile.url)
    hostile.body, hostile.headers = bomb(50 * MB), {"Content-Type": "application/gzip"}
    Collector(engine, night, geography, verifier=False).poll(night.sources[0])
    app.extensions["primaries"]["settings"] = night
    body = fresh_site["client"].get("/healthz").json
    (feed,) = [s for s in body["sources"] if s["name"] == "feed"]
    assert feed["last_run_ok"] is False and feed["failing_since"]
    assert "payload inflates to over 2 MB" in feed["last_error"]
    page = fresh_site["client"].get("/").get_data(as_text=True)
    assert "banner-failed" in page and "en échec depuis" in page
    assert "payload inflates to over 2 MB; refused" in page


def test_a_bug_in_a_poll_still_leaves_a_failed_run(engine, settings, geography, monkeypatch):
    night = hostile_settings(settings, "http://127.0.0.1:9/feed")
    collector = Collector(engine, night, geography, verifier=False)
    monkeypatch.setattr(collector, "_fetch_results", lambda *a: 1 / 0)
    collector.poll(night.sources[0])
    (run,) = runs_of(engine)
    assert not run.ok and run.error.startswith("internal error: ZeroDivisionError")


def test_a_sequence_that_falls_back_is_an_anomaly_and_a_full_reread(
    hostile, engine, settings, geography
):
    """The feed restarted at a lower sequence: flagged, and every bureau read again at once."""
    night = hostile_settings(settings, hostile.url)
    collector = Collector(engine, night, geography, verifier=False)
    source = night.sources[0]
    collector.poll(source)
    assert read_cursor(engine, "feed")["sequence"] == 4182
    restarted = feed_document(sequence=12)
    hostile.body = with_bureau(restarted, 0, votants=507, nuls=10)
    collector.poll(source)
    assert hostile.paths[-2].endswith("?since=4182") and hostile.paths[-1] == "/feed/pr2017/1"
    with engine.connect() as conn:
        kinds = [a.kind for a in conn.execute(select(ANOMALY))]
    assert "sequence_backwards" in kinds
    assert read_cursor(engine, "feed")["sequence"] == 12
    assert all(r.ok for r in runs_of(engine))
    with engine.connect() as conn:
        revised = conn.execute(
            select(RESULT.c.votants).where(RESULT.c.current, RESULT.c.bureau == "01001_0001")
        ).scalar()
    assert revised == 507


# --- `ingest` on the command line --------------------------------------------------------


def _cli(tmp_path: Path, *args: str) -> Any:
    env = {"PRIMARIES_DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}"}
    return CliRunner().invoke(cli, ["--config", str(ROOT / "config.toml"), *args], env=env)


def test_ingest_refuses_a_gzip_of_gzip_in_one_line(tmp_path):
    path = tmp_path / "bomb.csv.gz"
    path.write_bytes(gzip.compress(bomb(50 * MB)))
    result = _cli(tmp_path, "ingest", str(path), "--kind", "datagouv_wide", "--round", "1")
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "gzip inside gzip" in lines[0], result.output
    engine = make_engine(f"sqlite:///{tmp_path / 'cli.db'}")
    (refused,) = snapshots(engine)
    assert refused.status == "rejected" and refused.size == path.stat().st_size
    (run,) = runs_of(engine, "cli:bomb.csv.gz")
    assert not run.ok and "gzip inside gzip" in run.error
    engine.dispose()


# --- the scheduler on a full disk; the open verdict after a second correction --------------


def test_the_scheduler_starts_on_a_full_disk_and_says_so(tmp_path, settings, geography, caplog):
    """It cannot write its heartbeat or a run: it logs one line each and keeps running."""
    path = tmp_path / "full.db"
    upgrade(make_engine(f"sqlite:///{path}"))
    full = make_engine(f"sqlite:///{path}")

    @event.listens_for(full, "connect")
    def _no_writes(dbapi_connection, _record):
        # Every write fails with an OperationalError, as on a full disk (reads still work).
        dbapi_connection.execute("PRAGMA query_only = ON")

    night = hostile_settings(settings, "http://127.0.0.1:9/feed/pr2017/1")
    night = dataclasses.replace(night, path=tmp_path / "config.toml")
    stop = threading.Event()
    threading.Timer(2.0, stop.set).start()
    with caplog.at_level(logging.INFO):
        run_scheduler(full, night, geography, stop=stop, lock_poll=0.2, heartbeat=0.3)
    text = caplog.text
    assert "running anyway" in text and "role=active" in text
    assert "could not record its failure" in text


def test_the_schedule_command_waits_for_a_database_it_cannot_open(tmp_path, caplog):
    broken = make_engine(f"sqlite:///{tmp_path / 'missing' / 'x.db'}")
    (tmp_path / "missing").rmdir()  # the folder is gone: every connection fails
    stop = threading.Event()
    threading.Timer(0.5, stop.set).start()
    with caplog.at_level(logging.ERROR):
        assert _store_ready(broken, stop, 0.1) is False
    assert caplog.text.count("cannot open the database") == 1


def test_the_open_verdict_takes_the_figures_of_a_second_correction(engine, settings, geography):
    """A label that holds through a correction: its open verdict shows the new figures."""
    night = datetime(2017, 4, 23, 19, 0, tzinfo=UTC)
    doc = feed_document()
    _ingest(engine, settings, geography, FEED.read_bytes())
    post = PostRecord("x", "1", "a", "Macron est en tête à L'Abergement-Clémenciat", night)
    store_posts(engine, [post], source="x", now=night)
    verify_pending(engine, settings, geography, now=night)
    for step, extra in enumerate((10, 20), 1):
        b = dict(doc["bureaux"][0])
        votes = {**b["votes"], "MACRON": b["votes"]["MACRON"] + extra}
        fixed = {
            **b,
            "votes": votes,
            "votants": b["votants"] + extra,
            "exprimes": b["exprimes"] + extra,
        }
        payload = json.dumps({**doc, "sequence": 5000 + step, "bureaux": [fixed]}).encode()
        _ingest(engine, settings, geography, payload)
        verify_pending(engine, settings, geography, now=night + timedelta(minutes=step))
    with engine.connect() as conn:
        claim = conn.execute(select(CLAIM).order_by(CLAIM.c.id)).first()
        open_verdict = conn.execute(
            select(*verdict_columns())
            .join(CLAIM, CLAIM.c.id == VERDICT.c.claim_id)
            .where(VERDICT.c.claim_id == claim.id, VERDICT.c.valid_to.is_(None))
        ).one()
    assert open_verdict.area_version == claim.area_version
    assert open_verdict.evidence == claim.evidence
    assert open_verdict.reason == claim.reason


# --- the real scheduler process --------------------------------------------------------------


def _process_config(tmp_path: Path, url: str) -> Path:
    shipped = (ROOT / "config.toml").read_text(encoding="utf-8")
    head = shipped.split("\n[[sources]]", 1)[0]
    tail = "\n[thresholds]" + shipped.split("\n[thresholds]", 1)[1]
    tail = tail.replace("fetch_deadline = 20", f"fetch_deadline = {DEADLINE:g}")
    tail = tail.replace("max_payload_mb = 200", f"max_payload_mb = {SMALL // MB}")
    source = f'\n[[sources]]\nname = "feed"\nkind = "bureau_feed"\nurl = "{url}"\nround = 1\ninterval = 1\n'
    path = tmp_path / "hostile.toml"
    path.write_text(head + source + tail, encoding="utf-8")
    return path


def _wait(predicate: Any, timeout: float) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if value := predicate():
            return value
        time.sleep(0.1)
    return predicate()


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["bomb", "trickle_body", "trickle_headers", "hostile_count"])
def test_the_scheduler_process_survives_a_hostile_feed(hostile, tmp_path, mode):
    """`primaries schedule` against each hostile answer: failed runs with one clear error each,
    back-off, no traceback, and it stops cleanly on SIGTERM."""
    if mode == "bomb":
        hostile.body, hostile.headers = bomb(50 * MB), {"Content-Type": "application/gzip"}
    elif mode == "hostile_count":
        hostile.body = _feed_with("--5")
    else:
        hostile.mode = mode
    expected = {
        "bomb": "payload inflates to over 2 MB",
        "trickle_body": "timed out after 2 s",
        "trickle_headers": "timed out after 2 s",
        "hostile_count": "votants is not a whole number ('--5')",
    }[mode]
    url = f"sqlite:///{tmp_path / 'night.db'}"
    engine = make_engine(url)
    upgrade(engine)
    process = start_scheduler(_process_config(tmp_path, hostile.url), url, tmp_path / "log")
    try:
        failed = _wait(lambda: [r for r in runs_of(engine) if not r.ok][1:], 30)
        assert failed, (tmp_path / "log").read_text()
        assert all(expected in r.error for r in failed)
        assert "next attempt in" in failed[-1].error  # backing off
        elapsed = [(r.finished_at - r.started_at).total_seconds() for r in failed]
        assert max(elapsed) < DEADLINE + 2
        assert process.poll() is None
    finally:
        process.send_signal(signal.SIGTERM)
        code = process.wait(30)
        engine.dispose()
    log = (tmp_path / "log").read_bytes()
    assert code == 0 and b"Traceback" not in log, log.decode()[-2000:]


@pytest.mark.slow
@pytest.mark.postgres
def test_the_scheduler_process_stores_an_epoch_millisecond_sequence_on_postgresql(
    hostile, tmp_path
):
    """The feed's sequence past 2^31 - 1 failed every poll on PostgreSQL: now it is stored, and
    a hostile count in the next document is refused with its one line, the figures kept."""
    millis = 1_492_971_245_123
    hostile.body = json.dumps(feed_document(sequence=millis)).encode()
    url = postgres_engine_url()
    engine = make_engine(url)
    process = None
    try:
        upgrade(engine)
        process = start_scheduler(_process_config(tmp_path, hostile.url), url, tmp_path / "log")
        assert _wait(lambda: [r for r in runs_of(engine) if r.ok and r.items_new], 30)
        assert snapshots(engine)[-1].sequence == millis
        hostile.body = with_bureau(feed_document(sequence=millis + 1), 0, votants="²")
        failed = _wait(lambda: [r for r in runs_of(engine) if not r.ok], 30)
        assert failed and "votants is not a whole number ('²')" in failed[0].error
        assert current_results(engine) == 5
    finally:
        if process is not None:
            process.send_signal(signal.SIGTERM)
            assert process.wait(30) == 0
        engine.dispose()
        drop_schema(url)
    assert b"Traceback" not in (tmp_path / "log").read_bytes()
