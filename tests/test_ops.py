"""Tests of /healthz, /metrics and the structured log lines."""

from __future__ import annotations

import dataclasses
import logging
from datetime import UTC, datetime, timedelta

import pytest
from flask import Flask
from sqlalchemy import create_engine, insert

from primaries.locks import FileLock, record_holder
from primaries.logs import StructuredFormatter
from primaries.models import Claim, utcnow
from primaries.runs import record_run
from primaries.settings import Settings
from primaries.web import ops


def ops_app(engine, settings: Settings) -> Flask:
    """A bare app carrying only what the ops blueprint reads (the site is not needed here)."""
    app = Flask(__name__)
    app.extensions["primaries"] = {"settings": settings, "engine": engine, "geography": None}
    ops.init_app(app)
    return app


@pytest.fixture
def client(engine, settings):
    """A test client of the ops endpoints on the test store."""
    return ops_app(engine, settings).test_client()


def test_healthz_reports_sources_and_the_scheduler(engine, settings, client):
    body = client.get("/healthz").get_json()
    assert body["database"]["ok"] and body["status"] == "degraded"  # nothing has run yet
    feeds = {s["name"]: s for s in body["sources"]}
    assert set(feeds) == {s.name for s in settings.sources}
    assert feeds["resultats-bureaux"]["last_success"] is None and feeds["resultats-bureaux"]["late"]
    assert not feeds["x"]["late"]  # disabled: never late
    assert body["scheduler"] == {"holder": None, "stale": True}

    started = utcnow() - timedelta(seconds=3)
    record_run(engine, source="resultats-bureaux", kind="bureau_feed", started_at=started, ok=True)
    record_run(
        engine,
        source="resultats-bureaux",
        kind="bureau_feed",
        started_at=utcnow(),
        ok=False,
        error="HTTP 502 Bad Gateway from http://authority.test/feed",
    )
    record_run(engine, source="replay", kind="jsonl_replay", started_at=started, ok=True)
    record_holder(engine, FileLock(engine.url.database or "x"), started)
    response = client.get("/healthz")
    assert response.status_code == 200 and response.headers["Cache-Control"] == "no-store"
    body = response.get_json()
    feeds = {s["name"]: s for s in body["sources"]}
    feed = feeds["resultats-bureaux"]
    assert feed["last_success"] is not None and 0 <= feed["age_seconds"] < 60
    assert not feed["last_run_ok"] and feed["last_error"].startswith("HTTP 502")
    assert not feed["late"]
    assert body["scheduler"]["holder"] and not body["scheduler"]["stale"]
    assert body["status"] == "ok"


def test_healthz_answers_503_when_the_database_is_gone(settings, tmp_path):
    gone = create_engine(f"sqlite:///{tmp_path / 'missing' / 'x.db'}")
    response = ops_app(gone, settings).test_client().get("/healthz")
    assert response.status_code == 503
    body = response.get_json()
    assert body["status"] == "down" and not body["database"]["ok"]


def test_metrics_expose_latency_polls_and_claim_labels(engine, settings, client):
    record_run(engine, source="replay", kind="jsonl_replay", started_at=utcnow(), ok=True)
    record_run(
        engine, source="replay", kind="jsonl_replay", started_at=utcnow(), ok=False, error="x"
    )
    now = datetime(2017, 4, 23, 20, 30, tzinfo=UTC)
    with engine.begin() as conn:
        for i, label in enumerate(("confirmed", "confirmed", "unconfirmed")):
            conn.execute(
                insert(Claim.__table__).values(
                    story_id=i + 1,
                    position=0,
                    round=1,
                    type="leader",
                    area="FR",
                    label=label,
                    created_at=now,
                    fragment="",
                    reason_fr="",
                    reason_en="",
                )
            )
    client.get("/healthz")
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/plain")
    text = response.get_data(as_text=True)
    assert (
        'primaries_http_request_duration_seconds_count{endpoint="ops.healthz",method="GET",status="200"} 1.0'
        in text
    )
    assert 'primaries_source_polls_total{ok="true",source="replay"} 1.0' in text
    assert 'primaries_source_polls_total{ok="false",source="replay"} 1.0' in text
    assert 'primaries_claims{label="confirmed"} 2.0' in text
    assert 'primaries_claims{label="unconfirmed"} 1.0' in text
    assert "primaries_database_up 1.0" in text


def test_log_lines_are_key_value_with_the_message_quoted():
    record = logging.LogRecord(
        "primaries.scheduler", logging.WARNING, __file__, 1, "error=%r", ('say "hi"',), None
    )
    line = StructuredFormatter().format(record)
    assert "level=WARNING logger=primaries.scheduler" in line
    assert line.endswith('msg="error=\'say \\"hi\\"\'"')


def test_settings_without_sources_are_healthy_once_the_scheduler_beats(engine, settings):
    bare = dataclasses.replace(settings, sources=())
    record_holder(engine, FileLock("x"), utcnow())
    body = ops_app(engine, bare).test_client().get("/healthz").get_json()
    assert body["sources"] == [] and body["status"] == "ok"
