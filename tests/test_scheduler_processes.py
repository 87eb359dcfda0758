"""Three `primaries schedule` processes on the real PostgreSQL: one runs the jobs, one takes over.

Slow by nature (real processes, real intervals): about 25 seconds.
"""

from __future__ import annotations

import itertools
import os
import signal
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from werkzeug.wrappers import Request, Response

from primaries.db import make_engine, upgrade
from primaries.demo.authority import serve_in_thread
from primaries.locks import read_holder
from primaries.models import SourceRun
from tests.conftest import ROOT, drop_schema, postgres_engine_url, start_scheduler

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

FEED_DATA = Path(__file__).parent / "data" / "official" / "bureau_feed"
INTERVAL = 2  # seconds between polls of each source
RUN = SourceRun.__table__


def feed_app(environ, start_response):
    """The recorded bureau feed and its registry, with ETags (a 304 once the client has it)."""
    request = Request(environ)
    name = "registry.json" if request.path.endswith("/registry") else "feed_full.json"
    etag = f'"{name}"'
    if request.headers.get("If-None-Match") == etag:
        response = Response(status=304, headers={"ETag": etag})
    else:
        body = (FEED_DATA / name).read_bytes()
        response = Response(body, content_type="application/json", headers={"ETag": etag})
    return response(environ, start_response)


def night_config(tmp_path: Path, feed_url: str) -> Path:
    """config.toml with two sources polled every INTERVAL seconds: the feed and a replay."""
    shipped = (ROOT / "config.toml").read_text(encoding="utf-8")
    head = shipped.split("\n[[sources]]", 1)[0]
    tail = "\n[thresholds]" + shipped.split("\n[thresholds]", 1)[1]
    posts = tmp_path / "posts.jsonl"
    posts.write_text(
        '{"id": "1", "platform": "x", "author": "a", "text": "Macron en tête",'
        ' "posted_at": "2017-04-23T20:05:00+02:00"}\n',
        encoding="utf-8",
    )
    sources = f"""
[[sources]]
name = "feed"
kind = "bureau_feed"
url = "{feed_url}/feed/pr2017/1"
round = 1
interval = {INTERVAL}
registry = true

[[sources]]
name = "replay"
kind = "jsonl_replay"
url = "{posts}"
interval = {INTERVAL}
"""
    path = tmp_path / "night.toml"
    path.write_text(head + sources + tail, encoding="utf-8")
    return path


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A migrated PostgreSQL schema of its own."""
    url = postgres_engine_url()
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    try:
        yield url
    finally:
        drop_schema(url)


def wait_for(predicate, timeout: float, what: str):
    """Poll `predicate` until it returns something truthy; fail naming `what`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    pytest.fail(f"timed out waiting for {what}")


def run_times(engine, source: str) -> list:
    """Start times of a source's polls, in order."""
    with engine.connect() as conn:
        return list(
            conn.execute(
                select(RUN.c.started_at).where(RUN.c.source == source).order_by(RUN.c.started_at)
            ).scalars()
        )


def assert_once_per_interval(times: list) -> None:
    """No two polls of one source closer than the interval allows (two schedulers would be)."""
    gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(times)]
    assert gaps and min(gaps) >= INTERVAL - 0.5, gaps


def holder_pid(engine) -> int | None:
    """The process id written by the current lock holder."""
    holder = read_holder(engine).get("holder")
    return int(holder.rsplit(":", 1)[1]) if holder else None


def test_three_schedulers_one_active_and_a_standby_takes_over(tmp_path: Path, pg_url: str):
    server = serve_in_thread(feed_app, "127.0.0.1", 0)
    config = night_config(tmp_path, server.url)
    engine = make_engine(pg_url)
    procs = [start_scheduler(config, pg_url, tmp_path / f"sched{i}.log") for i in range(3)]
    by_pid = {p.pid: p for p in procs}
    try:
        first = wait_for(lambda: holder_pid(engine), 60, "a scheduler to take the lock")
        assert first in by_pid
        wait_for(lambda: len(run_times(engine, "feed")) >= 4, 30, "four polls of the feed")
        for source in ("feed", "replay"):
            assert_once_per_interval(run_times(engine, source))
        # Only the holder ever became active.
        logs = [(tmp_path / f"sched{i}.log").read_bytes() for i in range(3)]
        actives = [p.pid for p, text in zip(procs, logs, strict=True) if b"role=active" in text]
        assert actives == [first]

        killed_at = run_times(engine, "feed")[-1]
        os.kill(first, signal.SIGKILL)
        by_pid[first].wait(10)
        second = wait_for(
            lambda: (pid := holder_pid(engine)) not in (None, first) and pid, 20, "a takeover"
        )
        assert second in by_pid and second != first
        wait_for(
            lambda: len([t for t in run_times(engine, "feed") if t > killed_at]) >= 2,
            20,
            "polls by the new holder",
        )
        for source in ("feed", "replay"):
            assert_once_per_interval(run_times(engine, source))
        with engine.connect() as conn:
            failed = conn.execute(select(RUN.c.error).where(~RUN.c.ok)).scalars().all()
        assert failed == []
        # The survivors stop cleanly on SIGTERM.
        for pid, proc in by_pid.items():
            if pid != first:
                proc.send_signal(signal.SIGTERM)
        for pid, proc in by_pid.items():
            if pid != first:
                assert proc.wait(20) == 0
        for i in range(3):
            assert b"Traceback" not in (tmp_path / f"sched{i}.log").read_bytes()
        assert run_times(engine, "feed")[-1] - killed_at > timedelta(0)
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait(10)
        engine.dispose()
        server()
