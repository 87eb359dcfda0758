"""Faults of the night: a full disk, feeds that break, and nothing lost or doubled."""

from __future__ import annotations

import json

import pytest
import responses
from requests import Session
from sqlalchemy import event, func, select

from primaries.db import make_engine, upgrade
from primaries.ingest import StoreError, ingest_payload
from primaries.models import BureauResult
from primaries.queries import standings
from sources import bureau_feed
from sources.records import FeedError, FetchError
from tests.conftest import wide_sample

URL = "http://authority.test/feed/pr2017/1"


def current_results(engine) -> int:
    """How many current bureau results the store holds."""
    table = BureauResult.__table__
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table).where(table.c.current)).scalar()


def test_full_disk_is_a_clear_error_and_the_last_good_data_stays(tmp_path, settings, geography):
    """SQLite out of space mid-ingest: one clear error, the previous figures readable and intact."""
    path = tmp_path / "small.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    first = wide_sample(1, ("19",))
    ingest_payload(
        engine, settings, geography, first, source="feed", kind="datagouv_wide", round_number=1
    )
    with engine.connect() as conn:
        before = standings(conn, settings, "19", 1)

    full = make_engine(f"sqlite:///{path}")

    @event.listens_for(full, "connect")
    def _cap(dbapi_connection, _record):
        # The database may not grow by a single page: what a full disk does to SQLite.
        cursor = dbapi_connection.cursor()
        pages = cursor.execute("PRAGMA page_count").fetchone()[0]
        cursor.execute(f"PRAGMA max_page_count = {pages}")
        cursor.close()

    with pytest.raises(StoreError, match="full"):
        ingest_payload(
            full,
            settings,
            geography,
            wide_sample(1, ("59",)),
            source="feed",
            kind="datagouv_wide",
            round_number=1,
        )
    with engine.connect() as conn:
        after = standings(conn, settings, "19", 1)
        nord = standings(conn, settings, "59", 1)
    assert after == before
    assert nord is not None and nord.bureaux_reported == 0  # the département, nothing counted


@responses.activate
@pytest.mark.parametrize(
    ("status", "body", "headers"),
    [
        (500, b"Internal Server Error", {}),
        (
            404,
            b"<html><head><title>Site en maintenance</title></head></html>",
            {"Content-Type": "text/html"},
        ),
        (503, b"busy", {"Retry-After": "120"}),
    ],
)
def test_a_failing_feed_changes_nothing_and_the_next_poll_works(
    engine, settings, geography, status, body, headers
):
    """An outage between two good polls: no bureau lost or counted twice."""
    good = {
        "format": "primaries-bureau-feed/1",
        "election": "pr2017",
        "round": 1,
        "published_at": "2017-04-23T20:15:00+02:00",
        "sequence": 1,
        "since": None,
        "candidates": [{"key": "MACRON"}, {"key": "FILLON"}],
        "bureaux": [
            {
                "code": "19272_0001",
                "departement": "19",
                "commune": "272",
                "name": "Tulle",
                "inscrits": 1000,
                "votants": 610,
                "blancs": 5,
                "nuls": 5,
                "exprimes": 600,
                "votes": {"MACRON": 350, "FILLON": 250},
                "status": "provisional",
                "updated_at": "2017-04-23T20:10:00+02:00",
                "sequence": 1,
            }
        ],
    }
    later = {
        **good,
        "sequence": 2,
        "bureaux": [*good["bureaux"], {**good["bureaux"][0], "code": "19272_0002", "sequence": 2}],
    }
    responses.add(responses.GET, URL, body=json.dumps(good), headers={"ETag": '"1"'})
    responses.add(responses.GET, URL, status=status, body=body, headers=headers)
    responses.add(responses.GET, URL, body=json.dumps(later), headers={"ETag": '"2"'})
    session = Session()
    cursor: dict = {}
    outcomes = []
    for _ in range(3):
        try:
            fetched = bureau_feed.fetch(URL, session=session, cursor=cursor)
        except FetchError as exc:
            outcomes.append(("error", exc.http_status))
            continue
        report = ingest_payload(
            engine,
            settings,
            geography,
            fetched.payload,
            source="feed",
            kind="bureau_feed",
            round_number=1,
        )
        cursor = fetched.cursor
        outcomes.append(("ok", report.new))
    assert outcomes == [("ok", 1), ("error", status), ("ok", 1)]
    assert current_results(engine) == 2
    with engine.connect() as conn:
        assert standings(conn, settings, "FR", 1).votes_of("macron") == 700


def test_a_garbled_payload_between_good_ones_loses_nothing(engine, settings, geography):
    """Truncated JSON is refused; the figures before it stay, the next good one applies once."""
    good = wide_sample(1, ("2A",))
    ingest_payload(
        engine, settings, geography, good, source="f", kind="datagouv_wide", round_number=1
    )
    count = current_results(engine)
    with pytest.raises(FeedError):
        ingest_payload(
            engine,
            settings,
            geography,
            good[: len(good) // 2] + b"\xff\xfe",
            source="f",
            kind="datagouv_wide",
            round_number=1,
        )
    assert current_results(engine) == count
    again = ingest_payload(
        engine, settings, geography, good, source="f", kind="datagouv_wide", round_number=1
    )
    assert (again.new, again.changed) == (0, 0)
    assert current_results(engine) == count
