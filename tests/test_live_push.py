"""Push instead of poll: a landed snapshot is announced (PostgreSQL NOTIFY, SQLite version file),
the web process hears it, expires its micro-cache and streams a `version` event to open pages;
streams are bounded per process and end by themselves."""

from __future__ import annotations

import dataclasses
import json
import re
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import Engine

from primaries.announce import CHANNEL, announce, listen, version_file
from primaries.app import create_app
from primaries.db import make_engine, upgrade
from primaries.web.events import start_feed, stop_feed
from tests.conftest import ROOT, ingest_sample, wide_sample

GENEROUS = 30.0  # seconds: only ever reached when the push is broken

CORREZE = wide_sample(1, ("19",))


def listen_in_thread(engine: Engine) -> tuple[threading.Event, dict[str, Any], Any]:
    """A listener waiting in a thread of its own; the event is set on its first wake."""
    listener = listen(engine)
    woke = threading.Event()
    heard: dict[str, Any] = {}

    def run() -> None:
        heard["rounds"] = listener.wait(GENEROUS)
        heard["at"] = time.monotonic()
        woke.set()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return woke, heard, listener


def test_a_snapshot_landing_wakes_a_listener_at_once(engine, settings, geography):
    """The collector's commit reaches a listening web process well before its next poll."""
    woke, heard, listener = listen_in_thread(engine)
    try:
        ingest_sample(engine, settings, geography, CORREZE)
        landed = time.monotonic()
        assert woke.wait(GENEROUS), "no announcement heard"
        # Woken by the announcement (its round), not by the end of its own wait.
        assert heard["rounds"] == {1}
        assert heard["at"] - landed < 1.0
    finally:
        listener.close()


def test_a_rolled_back_ingest_announces_nothing(engine):
    """Only a committed snapshot is announced: a listener hears the next commit, not the
    transaction that failed."""
    listener = listen(engine)
    try:
        with pytest.raises(RuntimeError), engine.begin() as conn:
            announce(conn, 1)
            raise RuntimeError("the ingest failed half-way")
        if engine.dialect.name == "sqlite":
            assert not version_file(engine).exists()
        with engine.begin() as conn:
            announce(conn, 2)
        assert listener.wait(GENEROUS) == {2}
    finally:
        listener.close()


def test_the_version_file_sits_beside_the_sqlite_database(tmp_path):
    """SQLite's announcement is a file next to the store, replaced whole on each landing."""
    engine = make_engine(f"sqlite:///{tmp_path / 'night.db'}")
    upgrade(engine)
    try:
        with engine.begin() as conn:
            announce(conn, 1)
        path = version_file(engine)
        assert path == tmp_path / "night.db.version"
        assert json.loads(path.read_text())["rounds"] == [1]
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    finally:
        engine.dispose()


# --- the web process: micro-cache and event stream ---------------------------------------------


def _app(app_settings: Any, **web: Any) -> Flask:
    settings = dataclasses.replace(app_settings, web=dataclasses.replace(app_settings.web, **web))
    return create_app(settings, TESTING=True, EVENT_HEARTBEAT=GENEROUS)


@pytest.fixture
def live_app(engine, app_settings) -> Iterator[Flask]:
    """The site on the test store (migrated, empty), its feed stopped afterwards."""
    app = _app(app_settings)
    yield app
    stop_feed(app)


def read_event(chunks: Iterator[bytes]) -> dict[str, Any]:
    """The next `version` event of a stream (comment lines and the retry field skipped)."""
    for chunk in chunks:
        text = chunk.decode()
        if text.startswith("event: version\n"):
            return json.loads(re.search(r"^data: (.*)$", text, re.M).group(1))
    raise AssertionError("the stream ended without a version event")


def test_the_event_stream_sends_a_version_event_when_a_snapshot_lands(
    live_app, engine, settings, geography
):
    """An open page hears of the new figures from the stream, not from its next poll."""
    response = live_app.test_client().get("/api/events?round=1", buffered=False)
    try:
        assert response.status_code == 200
        assert response.mimetype == "text/event-stream"
        assert response.headers["X-Accel-Buffering"] == "no"
        assert "no-store" in response.headers["Cache-Control"]
        chunks = iter(response.response)
        assert live_app.extensions["primaries_events"].listening.wait(GENEROUS)
        first = read_event(chunks)  # the current version at once: a late page catches up
        assert first["results"] == 0 and first["round"] == 1
        ingest_sample(engine, settings, geography, CORREZE)
        landed = time.monotonic()
        pushed = read_event(chunks)
        assert time.monotonic() - landed < GENEROUS  # an event, not the heartbeat's wake
        assert pushed["results"] > 0
        assert pushed["as_of"].startswith("2017-04-23T19:47")
        polled = live_app.test_client().get("/api/version?round=1").json
        assert {k: polled[k] for k in pushed} == pushed  # the same document pages poll
    finally:
        response.close()


def test_a_landing_expires_the_micro_cache_at_once(engine, app_settings, settings, geography):
    """/api/version changes the moment a snapshot lands, however long the micro-cache keeps
    a response otherwise."""
    app = create_app(app_settings, TESTING=True, MICROCACHE_SECONDS=3600)
    client = app.test_client()
    try:
        feed = start_feed(app)
        assert feed.listening.wait(GENEROUS)
        assert client.get("/api/version?round=1").json["results"] == 0
        serial, _ = feed.latest(1)
        ingest_sample(engine, settings, geography, CORREZE)
        deadline = time.monotonic() + GENEROUS
        while feed.latest(1)[0] == serial and time.monotonic() < deadline:
            feed.wait(serial, deadline - time.monotonic())
        assert client.get("/api/version?round=1").json["results"] > 0
    finally:
        stop_feed(app)


@pytest.fixture
def sqlite_app_settings(settings, tmp_path):
    """The shipped settings on a migrated SQLite store (the cap is the same on both)."""
    url = f"sqlite:///{tmp_path / 'site.db'}"
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    return dataclasses.replace(settings, database_url=url)


def test_streams_beyond_the_cap_are_refused_with_a_204(sqlite_app_settings):
    """A process holds at most `event_streams` streams; the next page is told to poll, and a
    closed stream frees its place."""
    app = _app(sqlite_app_settings, event_streams=2)
    client = app.test_client()
    opened = [client.get("/api/events", buffered=False) for _ in range(2)]
    try:
        assert [r.status_code for r in opened] == [200, 200]
        refused = client.get("/api/events")
        # EventSource stops on a 204 without reconnecting: the page polls.
        assert refused.status_code == 204
        assert refused.headers["X-Live-Streams"].endswith("poll /api/version")
        assert int(refused.headers["Retry-After"]) > 0
        assert "no-store" in refused.headers["Cache-Control"]
        opened.pop().close()
        again = client.get("/api/events", buffered=False)
        assert again.status_code == 200
        opened.append(again)
    finally:
        for response in opened:
            response.close()
        stop_feed(app)


def test_a_stream_ends_after_its_lifetime(sqlite_app_settings):
    """Streams end by themselves (the browser reconnects, to any worker): none holds a
    thread all night, and the place is free again."""
    app = _app(sqlite_app_settings, event_lifetime=1, event_streams=1)
    app.config["EVENT_HEARTBEAT"] = 0.2
    client = app.test_client()
    try:
        response = client.get("/api/events", buffered=False)
        started = time.monotonic()
        body = b"".join(response.response)  # returns only because the stream ends
        assert time.monotonic() - started < GENEROUS
        assert body.startswith(b"retry: ")
        assert b": keep-alive\n\n" in body
        response.close()
        again = client.get("/api/events", buffered=False)
        assert again.status_code == 200
        again.close()
    finally:
        stop_feed(app)


def test_live_pages_name_their_event_stream(sqlite_app_settings, settings, geography):
    """Live pages carry the stream's address beside the version they poll otherwise."""
    engine = make_engine(sqlite_app_settings.database_url)
    ingest_sample(engine, settings, geography, CORREZE)
    engine.dispose()
    client = create_app(sqlite_app_settings, TESTING=True).test_client()
    for path in ("/", "/area/19"):
        html = client.get(path).get_data(as_text=True)
        assert 'data-events-url="/api/events?round=1"' in html
        assert 'data-version-url="/api/version?round=1"' in html


def test_nginx_passes_the_event_stream_through_unbuffered():
    """The production recipe's location for the stream: not buffered, cached or compressed."""
    conf = (ROOT / "deploy" / "nginx" / "primaries.conf").read_text()
    block = re.search(r"location = /api/events \{(.*?)\}", conf, re.S)
    assert block is not None
    directives = {" ".join(line.split()) for line in block.group(1).split(";")}
    assert {"proxy_buffering off", "proxy_cache off", "gzip off"} <= directives
    assert "proxy_pass http://primaries" in directives


def test_another_schemas_snapshot_does_not_end_the_wait(engine, settings, geography):
    """A snapshot announced for another store on the same server is heard and waited past."""
    if engine.dialect.name != "postgresql":
        pytest.skip("a version file belongs to one store: only PostgreSQL's channel is shared")
    woke, heard, listener = listen_in_thread(engine)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(
                f'SELECT pg_notify(\'{CHANNEL}\', \'{{"schema": "elsewhere", "round": 2}}\')'
            )
        assert not woke.wait(0.5), "woken by another store's snapshot"
        ingest_sample(engine, settings, geography, CORREZE)
        assert woke.wait(GENEROUS), "no announcement heard"
        assert heard["rounds"] == {1}
    finally:
        listener.close()
