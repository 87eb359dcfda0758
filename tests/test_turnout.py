"""Turnout means votants over the registered voters of the bureaux counted, wherever it is shown."""

from __future__ import annotations

from primaries.ingest import ingest_payload
from primaries.queries import results_document, standings
from tests.test_verification_store import feed, registry, result


def test_turnout_is_that_of_the_bureaux_counted(engine, settings, geography):
    """One bureau of two in, 800 votants of its 1,000 inscrits: 80 %, not 40 %."""
    registry(engine, settings, geography)
    counted = {**result("19272_0001", 500, 290), "votants": 800, "blancs": 6, "nuls": 4}
    ingest_payload(
        engine,
        settings,
        geography,
        feed([counted], 1),
        source="feed",
        kind="bureau_feed",
        round_number=1,
    )
    with engine.connect() as conn:
        for code in ("19", "FR"):
            doc = results_document(standings(conn, settings, code, 1))
            assert doc["turnout"] == 80.0, code
            assert doc["inscrits"] == 2000 and doc["inscrits_reported"] == 1000
            assert doc["inscrits_reported_share"] == 50.0
        waiting = results_document(standings(conn, settings, "19272_0002", 1))
    assert waiting["turnout"] is None  # a bureau not counted has no turnout yet
