"""Tests of the collectors' polls: SourceRun rows, cursors, back-off, Retry-After, verification."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import responses
from sqlalchemy import Engine, func, select

from primaries.collector import Collector, backoff_delay
from primaries.models import BureauResult, Post, SourceRun
from primaries.runs import read_cursor, save_cursor
from primaries.scheduler import build_scheduler
from primaries.settings import Settings, SourceSettings
from sources.records import PostRecord
from sources.text import Batch, FetchInterrupted

FEED_DATA = Path(__file__).parent / "data" / "official" / "bureau_feed"
FEED_URL = "http://authority.test/feed/pr2017/1"
RUN = SourceRun.__table__
NIGHT = datetime(2017, 4, 23, 19, 30, tzinfo=UTC)


class RecordingVerifier:
    """Stands in for verify_pending: remembers each call's `now`."""

    def __init__(self) -> None:
        self.calls: list[datetime] = []

    def __call__(self, engine, settings, geography, *, now):
        self.calls.append(now)
        return type("Report", (), {"read": 0, "changed": 0})()


def feed_source(**changes) -> SourceSettings:
    """The bureau feed as config.toml declares it, on a fake host."""
    base = SourceSettings(
        name="resultats-bureaux",
        kind="bureau_feed",
        url=FEED_URL,
        round=1,
        interval=15,
        registry=True,
    )
    return dataclasses.replace(base, **changes)


def replay_source(path: Path) -> SourceSettings:
    """A post replay file."""
    return SourceSettings(name="replay", kind="jsonl_replay", url=str(path), interval=10)


@pytest.fixture
def night_settings(settings: Settings, tmp_path: Path) -> Settings:
    """The shipped election with one feed and one replay."""
    replay = tmp_path / "posts.jsonl"
    replay.write_text("", encoding="utf-8")
    return dataclasses.replace(settings, sources=(feed_source(), replay_source(replay)))


@pytest.fixture
def verifier() -> RecordingVerifier:
    """A verifier that records its calls."""
    return RecordingVerifier()


@pytest.fixture
def collector(engine: Engine, night_settings: Settings, geography, verifier) -> Collector:
    """A collector on the test store, its clock fixed on election night."""
    return Collector(engine, night_settings, geography, now=lambda: NIGHT, verifier=verifier)


def runs(engine: Engine, source: str) -> list:
    """The SourceRun rows of a source, oldest first."""
    with engine.connect() as conn:
        return conn.execute(select(RUN).where(RUN.c.source == source).order_by(RUN.c.id)).all()


def results_count(engine: Engine) -> int:
    """How many bureau results are stored."""
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(BureauResult.__table__)).scalar()


def add_feed(mock: responses.RequestsMock, name: str, etag: str) -> None:
    """Serve a recorded feed document with its ETag."""
    mock.get(FEED_URL, body=(FEED_DATA / name).read_bytes(), headers={"ETag": etag})


def test_backoff_doubles_up_to_the_cap():
    assert [backoff_delay(15, n, 100) for n in range(1, 6)] == [15, 30, 60, 100, 100]
    assert backoff_delay(15, 9, 900) == 900
    # A cap below the interval never makes a source poll faster than configured.
    assert backoff_delay(60, 3, 30) == 60


def test_results_poll_loads_registry_ingests_saves_cursor_and_verifies(engine, collector, verifier):
    source = feed_source()
    with responses.RequestsMock() as mock:
        mock.get(FEED_URL + "/registry", body=(FEED_DATA / "registry.json").read_bytes())
        add_feed(mock, "feed_full.json", '"full-4182"')
        collector.poll(source)
    collector.wait_idle()
    (run,) = runs(engine, source.name)
    assert run.ok and run.error is None
    assert run.items_new == 5 and run.snapshot_id is not None
    assert results_count(engine) == 5
    cursor = read_cursor(engine, source.name)
    assert cursor["sequence"] == 4182 and cursor["etag"] == '"full-4182"'
    assert verifier.calls == [NIGHT]


def test_next_poll_asks_for_increments_and_a_304_changes_nothing(engine, collector, verifier):
    source = feed_source()
    save_cursor(engine, source.name, {"sequence": 4182, "etag": '"old"'})
    collector._registries.add(source.name)  # registry already loaded by this process
    with responses.RequestsMock() as mock:
        since = mock.get(
            FEED_URL,
            body=(FEED_DATA / "feed_since_4182.json").read_bytes(),
            headers={"ETag": '"since"'},
            match=[responses.matchers.query_param_matcher({"since": "4182"})],
        )
        collector.poll(source)
        assert since.call_count == 1
    assert read_cursor(engine, source.name)["sequence"] == 4190
    collector.wait_idle()
    assert len(verifier.calls) == 1
    with responses.RequestsMock() as mock:
        mock.get(FEED_URL, status=304, headers={"ETag": '"since"'})
        collector.poll(source)
    collector.wait_idle()
    last = runs(engine, source.name)[-1]
    assert last.ok and last.http_status == 304 and last.items_new == 0
    assert len(verifier.calls) == 1  # nothing changed: no verification


def test_failures_are_recorded_and_back_off(engine, collector):
    source = feed_source(registry=False)
    with responses.RequestsMock() as mock:
        mock.get(FEED_URL, status=502)
        collector.poll(source)
        first = runs(engine, source.name)
        assert len(first) == 1 and not first[0].ok and first[0].http_status == 502
        # One failure: the next tick polls as usual.
        assert collector.state[source.name].next_try is None
        collector.poll(source)
    second = runs(engine, source.name)[-1]
    assert not second.ok and "failure 2 in a row; next attempt in 30 s" in second.error
    assert read_cursor(engine, source.name) == {}
    # Within the back-off a tick does not poll and leaves no row.
    collector.poll(source)
    assert len(runs(engine, source.name)) == 2


def test_a_429_retry_after_is_obeyed(engine, collector):
    source = feed_source(registry=False)
    before = datetime.now(UTC)
    with responses.RequestsMock() as mock:
        mock.get(FEED_URL, status=429, headers={"Retry-After": "600"})
        collector.poll(source)
    (run,) = runs(engine, source.name)
    assert not run.ok and run.http_status == 429
    next_try = collector.state[source.name].next_try
    assert next_try is not None and next_try >= before + timedelta(seconds=599)


def test_recovery_clears_the_backoff(engine, collector):
    source = feed_source(registry=False)
    with responses.RequestsMock() as mock:
        mock.get(FEED_URL, status=500)
        collector.poll(source)
    collector.state[source.name].failures = 3
    collector.state[source.name].next_try = None
    with responses.RequestsMock() as mock:
        add_feed(mock, "feed_full.json", '"a"')
        collector.poll(source)
    assert collector.state[source.name].failures == 0
    assert runs(engine, source.name)[-1].ok


def test_a_payload_that_cannot_be_read_keeps_cursor_and_data(engine, collector):
    source = feed_source(registry=False)
    with responses.RequestsMock() as mock:
        add_feed(mock, "feed_full.json", '"good"')
        collector.poll(source)
    good_cursor = read_cursor(engine, source.name)
    with responses.RequestsMock() as mock:
        mock.get(FEED_URL, body=b'{"format": "primaries-bureau-feed/1", "bureaux": [', status=200)
        collector.poll(source)
    bad = runs(engine, source.name)[-1]
    assert not bad.ok and "not valid JSON" in bad.error
    assert read_cursor(engine, source.name) == good_cursor
    assert results_count(engine) == 5


def _post(number: int, minutes: int) -> dict:
    return {
        "id": str(number),
        "platform": "x",
        "author": f"user{number}",
        "text": f"Premiers bureaux: Macron en tête à Paris ({number})",
        "posted_at": (NIGHT + timedelta(minutes=minutes)).isoformat(),
    }


def test_replay_posts_are_released_against_the_collector_clock(
    engine, night_settings, geography, verifier
):
    source = night_settings.sources[1]
    lines = [_post(1, -5), _post(2, 0), _post(3, 30)]
    Path(source.url).write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    clock = [NIGHT]
    collector = Collector(
        engine, night_settings, geography, now=lambda: clock[0], verifier=verifier
    )
    collector.poll(source)
    collector.wait_idle()
    (run,) = runs(engine, source.name)
    assert run.ok and run.items_new == 2
    assert read_cursor(engine, source.name)["line"] == 2
    clock[0] = NIGHT + timedelta(hours=1)
    collector.poll(source)
    collector.wait_idle()
    assert runs(engine, source.name)[-1].items_new == 1
    assert verifier.calls == [NIGHT, NIGHT + timedelta(hours=1)]


def test_an_interrupted_collect_keeps_what_came_before_the_error(
    engine, night_settings, geography, verifier, monkeypatch
):
    from sources import jsonl_replay

    record = PostRecord(
        platform="x", platform_id="77", author="a", text="Hamon 7 %", posted_at=NIGHT
    )

    def interrupted(target, cursor, *, now, client):
        raise FetchInterrupted(
            "HTTP 429 on page 2",
            Batch([record], {"since_id": "77"}),
            http_status=429,
            retry_at=datetime.now(UTC) + timedelta(seconds=300),
        )

    monkeypatch.setattr(jsonl_replay, "collect", interrupted)
    source = night_settings.sources[1]
    collector = Collector(engine, night_settings, geography, now=lambda: NIGHT, verifier=verifier)
    collector.poll(source)
    (run,) = runs(engine, source.name)
    assert not run.ok and run.http_status == 429 and run.items_new == 1
    assert read_cursor(engine, source.name) == {"since_id": "77"}
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Post.__table__)).scalar() == 1
    assert collector.state[source.name].next_try is not None


def test_one_job_per_enabled_source_coalesced_and_single_instance(collector, night_settings):
    disabled = dataclasses.replace(feed_source(name="off"), enabled=False)
    collector.settings = dataclasses.replace(
        night_settings, sources=(*night_settings.sources, disabled)
    )
    scheduler = build_scheduler(collector)
    jobs = {job.id: job for job in scheduler.get_jobs()}
    assert set(jobs) == {"source:resultats-bureaux", "source:replay"}
    feed = jobs["source:resultats-bureaux"]
    assert feed.trigger.interval.total_seconds() == 15
    assert feed.max_instances == 1 and feed.coalesce and feed.misfire_grace_time == 15
