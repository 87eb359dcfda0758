"""Process faults on election night: the scheduler SIGKILLed in the middle of an ingest and
restarted, and PostgreSQL dropping every connection (what clients see when the server restarts):
nothing lost, nothing counted twice, the next request and the next poll work on their own.

Real processes and a real national-sized payload: about 30 seconds in all.
"""

from __future__ import annotations

import csv
import dataclasses
import gzip
import json
import os
import signal
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, func, select, text
from werkzeug.wrappers import Request, Response

from primaries.app import create_app
from primaries.collector import Collector
from primaries.db import make_engine, upgrade
from primaries.demo.authority import serve_in_thread
from primaries.models import AreaTally, Bureau, BureauResult, Post, SourceRun, Story
from primaries.settings import load_settings
from tests.conftest import (
    DATA,
    POSTGRES_URL,
    ROOT,
    drop_schema,
    ingest_sample,
    postgres_engine_url,
    start_scheduler,
)

pytestmark = pytest.mark.slow

INTERVAL = 2  # seconds between polls of each source
# Départements 01..59: about 40,000 real bureaux, several seconds of ingest to land a kill in.
DEPARTEMENTS = {f"{n:02d}" for n in range(1, 60)} | {"2A", "2B"}
POSTS = 40
RUN, RESULT, TALLY = SourceRun.__table__, BureauResult.__table__, AreaTally.__table__


def national_feed(departements: set[str]) -> tuple[bytes, int]:
    """A bureau_feed document (docs/bureau-feed.md) of the real 2017 round-1 rows; its size."""
    path = DATA / "2017-presidentielle-1_par_bureau_large.csv.gz"
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        names = header[9:]
        bureaux = []
        for row in reader:
            if row[0] not in departements:
                continue
            votants, blancs, exprimes = int(row[6]), int(row[7]), int(row[8])
            bureaux.append(
                {
                    "code": f"{row[0]}{row[1]}_{row[2]}",
                    "departement": row[0],
                    "commune": row[1],
                    "name": row[4],
                    "circonscription": row[3],
                    "inscrits": int(row[5]),
                    "votants": votants,
                    "blancs": blancs,
                    "nuls": votants - blancs - exprimes,
                    "exprimes": exprimes,
                    "votes": {n: int(v) for n, v in zip(names, row[9:], strict=True)},
                    "status": "provisional",
                    "updated_at": "2017-04-23T20:10:00+02:00",
                    "sequence": 100,
                }
            )
    doc = {
        "format": "primaries-bureau-feed/1",
        "election": "pr2017",
        "round": 1,
        "published_at": "2017-04-23T20:14:05+02:00",
        "sequence": 100,
        "since": None,
        "candidates": [{"key": n, "name": n.title(), "order": i} for i, n in enumerate(names, 1)],
        "bureaux": bureaux,
    }
    return json.dumps(doc, ensure_ascii=False).encode("utf-8"), len(bureaux)


class FeedServer:
    """A local authority serving one document with an ETag; it notes when it was last served."""

    def __init__(self, body: bytes):
        self.body = body
        self.etag = '"v1"'
        self.served = threading.Event()

    def __call__(self, environ: dict, start_response: Any) -> Any:
        """The WSGI app: the document, or 304 when the client already has it."""
        request = Request(environ)
        if request.headers.get("If-None-Match") == self.etag:
            response = Response(status=304, headers={"ETag": self.etag})
        else:
            response = Response(
                self.body, content_type="application/json", headers={"ETag": self.etag}
            )
            self.served.set()
        return response(environ, start_response)


def night_config(tmp_path: Path, feed_url: str) -> Path:
    """config.toml with the feed and a replay of POSTS posts, both polled every INTERVAL s."""
    shipped = (ROOT / "config.toml").read_text(encoding="utf-8")
    head = shipped.split("\n[[sources]]", 1)[0]
    tail = "\n[thresholds]" + shipped.split("\n[thresholds]", 1)[1]
    posts = tmp_path / "posts.jsonl"
    with posts.open("w", encoding="utf-8") as out:
        for i in range(POSTS):
            out.write(
                json.dumps(
                    {
                        "id": str(i),
                        "platform": "x",
                        "author": f"a{i % 7}",
                        "text": f"Macron en tête à Paris, message {i % 10}",
                        "posted_at": "2017-04-23T20:05:00+02:00",
                    }
                )
                + "\n"
            )
    sources = f"""
[[sources]]
name = "feed"
kind = "bureau_feed"
url = "{feed_url}/feed/pr2017/1"
round = 1
interval = {INTERVAL}

[[sources]]
name = "replay"
kind = "jsonl_replay"
url = "{posts}"
interval = {INTERVAL}
"""
    path = tmp_path / "night.toml"
    path.write_text(head + sources + tail, encoding="utf-8")
    return path


def wait_for(predicate: Any, timeout: float, what: str) -> Any:
    """Poll `predicate` until it returns something truthy; fail naming `what`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    pytest.fail(f"timed out waiting for {what}")


def ok_runs(engine: Engine, source: str) -> list[Any]:
    """The successful polls of a source, oldest first."""
    with engine.connect() as conn:
        return list(
            conn.execute(
                select(RUN.c.id, RUN.c.items_new, RUN.c.http_status)
                .where(RUN.c.source == source, RUN.c.ok)
                .order_by(RUN.c.id)
            )
        )


def assert_consistent(engine: Engine) -> int:
    """Tallies equal the sums of current bureau results, no bureau counted twice; their number."""
    with engine.connect() as conn:
        twice = conn.execute(
            select(RESULT.c.bureau)
            .where(RESULT.c.current)
            .group_by(RESULT.c.bureau, RESULT.c.round)
            .having(func.count() > 1)
        ).all()
        assert twice == []
        revisions = conn.execute(select(func.max(RESULT.c.revision))).scalar()
        rows = conn.execute(
            select(RESULT.c.votants, RESULT.c.exprimes, RESULT.c.votes, Bureau.departement)
            .join(Bureau, Bureau.code == RESULT.c.bureau)
            .where(RESULT.c.current, RESULT.c.round == 1)
        ).all()
        tallies = {t.area: t for t in conn.execute(select(TALLY).where(TALLY.c.round == 1))}
    # The feed never changed: every bureau has exactly one revision (none when nothing is stored).
    assert revisions == (1 if rows else None)
    sums: dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        for key in ("FR", r.departement):
            sums[key]["bureaux"] += 1
            sums[key]["votants"] += r.votants
            sums[key]["exprimes"] += r.exprimes
            sums[key].update({f"v:{c}": v for c, v in r.votes.items()})
    national = tallies.get("FR")
    if not rows:
        assert national is None  # the killed ingest left no tally behind
        return 0
    checked = 0
    for area, expected in sums.items():
        tally = tallies.get(area)
        if tally is None:
            assert area != "FR"
            continue  # a département whose area code differs from the Ministry's (checked via FR)
        assert tally.bureaux_reported == expected["bureaux"], area
        assert tally.votants == expected["votants"], area
        assert tally.exprimes == expected["exprimes"], area
        votes = {f"v:{c}": v for c, v in tally.votes.items() if v}
        assert votes == {k: v for k, v in expected.items() if k.startswith("v:") and v}, area
        checked += 1
    assert checked >= 40
    return len(rows)


def test_scheduler_killed_mid_ingest_then_restarted_loses_and_doubles_nothing(
    tmp_path: Path,
):
    """SIGKILL lands while the scheduler writes 40,000 bureaux; after a restart the store adds up,
    every bureau and every post is there once, and the following poll completes."""
    body, expected = national_feed(DEPARTEMENTS)
    feed = FeedServer(body)
    server = serve_in_thread(feed, "127.0.0.1", 0)
    config = night_config(tmp_path, server.url)
    url = f"sqlite:///{tmp_path / 'night.db'}"
    engine = make_engine(url)
    upgrade(engine)
    first = second = None
    try:
        first = start_scheduler(config, url, tmp_path / "first.log")
        assert feed.served.wait(60), "the scheduler never fetched the feed"
        # The ingest is writing once its uncommitted pages pile up in the WAL file.
        wal = tmp_path / "night.db-wal"
        start = wal.stat().st_size if wal.exists() else 0
        wait_for(lambda: wal.exists() and wal.stat().st_size > start + 4_000_000, 30, "the ingest")
        assert first.poll() is None
        os.kill(first.pid, signal.SIGKILL)
        assert first.wait(10) == -signal.SIGKILL
        # The kill landed before the ingest finished: no successful poll of the feed recorded.
        assert ok_runs(engine, "feed") == [], "the ingest finished before the kill: make it bigger"
        assert_consistent(engine)

        second = start_scheduler(config, url, tmp_path / "second.log")
        done = wait_for(
            lambda: [r for r in ok_runs(engine, "feed") if r.items_new], 60, "the ingest"
        )
        assert done[0].items_new == expected
        stored = done[0].id
        # The next poll completes too (the authority answers 304: nothing new, nothing written).
        wait_for(lambda: [r for r in ok_runs(engine, "feed") if r.id > stored], 20, "the next poll")
        wait_for(lambda: ok_runs(engine, "replay"), 20, "the posts")
        assert assert_consistent(engine) == expected
        with engine.connect() as conn:
            posts = conn.execute(select(func.count()).select_from(Post.__table__)).scalar()
            distinct = conn.execute(
                select(func.count()).select_from(
                    select(Post.platform, Post.platform_id).distinct().subquery()
                )
            ).scalar()
            in_stories = conn.execute(select(func.sum(Story.posts))).scalar()
        assert posts == distinct == in_stories == POSTS
        second.send_signal(signal.SIGTERM)
        assert second.wait(30) == 0
        assert b"Traceback" not in (tmp_path / "second.log").read_bytes()
    finally:
        for proc in (first, second):
            if proc is not None and proc.poll() is None:
                proc.kill()
                proc.wait(10)
        engine.dispose()
        server()


@pytest.mark.postgres
def test_web_and_collector_reconnect_after_postgres_drops_every_connection(
    tmp_path: Path, settings, geography, sample_payload
):
    """Every backend of this test's connections is terminated (as a server restart does): the
    site's next requests and the collector's next poll work without anyone stepping in."""
    base_url = postgres_engine_url()
    schema = base_url.rsplit("%3D", 1)[-1]
    url = f"{base_url}&application_name={schema}"  # lets us find exactly our backends
    body = (ROOT / "tests/data/official/bureau_feed/feed_full.json").read_bytes()
    feed = FeedServer(body)
    server = serve_in_thread(feed, "127.0.0.1", 0)
    engine = make_engine(url)
    admin = create_engine(POSTGRES_URL)
    app = None
    try:
        upgrade(engine)
        night = dataclasses.replace(
            load_settings(night_config(tmp_path, server.url)), database_url=url
        )
        ingest_sample(engine, night, geography, sample_payload)
        app = create_app(night, TESTING=True, MICROCACHE_SECONDS=0)
        client = app.test_client()
        collector = Collector(engine, night, geography, verifier=False)
        source = next(s for s in night.sources if s.name == "feed")
        for path in ("/", "/api/results/national?round=1", "/claims"):
            assert client.get(path).status_code == 200, path
        collector.poll(source)
        assert len(ok_runs(engine, "feed")) == 1

        def terminate() -> int:
            with admin.begin() as conn:
                return len(
                    conn.execute(
                        text(
                            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                            "WHERE application_name = :name AND pid <> pg_backend_pid()"
                        ),
                        {"name": schema},
                    ).all()
                )

        killed = terminate()
        assert killed >= 2  # the site's pooled connections and the collector's
        # The next request of each page, and a write through the public tip form, just work.
        for path in ("/", "/api/results/national?round=1", "/api/areas/19/children?round=1"):
            response = client.get(path)
            assert response.status_code == 200, path
        assert client.get("/api/results/national?round=1").json["bureaux_reported"] > 0
        collector.poll(source)
        runs = ok_runs(engine, "feed")
        assert len(runs) == 2 and runs[-1].http_status == 304
        with engine.connect() as conn:
            failed = conn.execute(select(RUN.c.error).where(~RUN.c.ok)).scalars().all()
        assert failed == []
        # Twice in a row, with the work in flight on a fresh pool: still no manual step.
        assert terminate() >= 1
        feed.etag = '"v2"'  # the authority publishes again: a full fetch and ingest
        collector.poll(source)
        assert ok_runs(engine, "feed")[-1].http_status == 200
        assert client.get("/api/version").status_code == 200
    finally:
        if app is not None:
            app.extensions["primaries"]["engine"].dispose()
        engine.dispose()
        admin.dispose()
        server()
        drop_schema(base_url)
