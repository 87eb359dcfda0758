"""PostgreSQL's COPY path stores exactly what SQLite's executemany path stores, on real payloads."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from primaries.db import make_engine, upgrade
from primaries.ingest import ingest_payload, load_registry
from primaries.models import ANOMALY, AREA, BUREAU, RESULT, TALLY
from sources import bureau_feed
from tests.conftest import DATA, empty_database, wide_sample

OFFICIAL = DATA.parent / "tests" / "data" / "official"
AT = datetime(2017, 4, 23, 20, 0, tzinfo=UTC)

# Everything an ingest writes that a reader sees, without ids (each backend numbers its own).
COLUMNS = {
    AREA: ("code", "level", "name", "parent", "search_key", "insee", "members"),
    BUREAU: ("code", "name", "level", "departement", "commune", "inscrits", "ancestors"),
    RESULT: tuple(
        [
            "bureau",
            "round",
            "revision",
            "current",
            "inscrits",
            "votants",
            "blancs",
            "nuls",
            "exprimes",
            "votes",
            "status",
            "units_reported",
            "units_total",
            "recorded_at",
        ]
    ),
    TALLY: tuple(
        [
            "area",
            "round",
            "bureaux_reported",
            "bureaux_total",
            "inscrits",
            "inscrits_reported",
            "votants",
            "blancs",
            "nuls",
            "exprimes",
            "remaining",
            "votes",
            "version",
            "as_of",
        ]
    ),
    ANOMALY: ("source", "round", "bureau", "kind", "message", "details"),
}


def _stored(url: str, settings, geography, payloads) -> dict[str, list[tuple]]:
    engine = make_engine(url)
    try:
        upgrade(engine)
        load_registry(
            engine,
            settings,
            geography,
            bureau_feed.parse_registry((OFFICIAL / "bureau_feed" / "registry.json").read_bytes()),
        )
        for source, kind, round_number, payload in payloads:
            ingest_payload(
                engine,
                settings,
                geography,
                payload,
                source=source,
                kind=kind,
                round_number=round_number,
                fetched_at=AT,
            )
        with engine.connect() as conn:
            return {
                table.name: sorted(
                    tuple(repr(v) for v in row)
                    for row in conn.execute(select(*(table.c[c] for c in cols)))
                )
                for table, cols in COLUMNS.items()
            }
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_copy_stores_what_executemany_stores(tmp_path: Path, settings, geography):
    feed = OFFICIAL / "bureau_feed"
    payloads = [
        ("wide", "datagouv_wide", 1, wide_sample(1)),
        ("wide", "datagouv_wide", 2, wide_sample(2)),
        ("csv", "datagouv_csv", 1, (OFFICIAL / "PR17_BVot_T1_sample.txt").read_bytes()),
        ("feed", "bureau_feed", 1, (feed / "feed_full.json").read_bytes()),
        ("feed", "bureau_feed", 1, (feed / "feed_since_4182.json").read_bytes()),
    ]
    stores = {}
    for backend in ("sqlite", "postgresql"):
        with empty_database(backend, tmp_path) as url:
            stores[backend] = _stored(url, settings, geography, payloads)
    assert stores["sqlite"]["bureau_result"], "nothing was stored"
    for table in stores["sqlite"]:
        assert stores["postgresql"][table] == stores["sqlite"][table], table
