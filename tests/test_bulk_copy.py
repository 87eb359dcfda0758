"""PostgreSQL's COPY path stores exactly what SQLite's executemany path stores, on real payloads;
COPYs sent in the background are seen by the reads after them, and fail as the ones in the
foreground do."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import DataError, IntegrityError

from primaries.bulk import bulk_insert, copies_in_background
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


def _bureaux(first: int, count: int, inscrits: int = 100) -> list[dict]:
    return [
        {
            "code": f"B{n:05d}",
            "name": f"Bureau {n}",
            "level": "bureau",
            "departement": "01",
            "commune": "01001",
            "inscrits": inscrits,
            "ancestors": ["01001", "01", "FR"],
        }
        for n in range(first, first + count)
    ]


def _copy_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "primaries-copy"]


def test_rows_sent_in_the_background_are_read_back_in_order(engine):
    """A read inside the block sees every row queued before it; the block ends with all stored."""
    with engine.begin() as conn, copies_in_background(conn):
        # PostgreSQL sends them from a thread; SQLite inserts in the caller's, as before.
        assert len(_copy_threads()) == (engine.dialect.name == "postgresql")
        for start in range(0, 12_000, 3_000):
            bulk_insert(conn, BUREAU, _bureaux(start, 3_000))
        assert conn.execute(select(func.count()).select_from(BUREAU)).scalar() == 12_000
        bulk_insert(conn, BUREAU, _bureaux(12_000, 10))
    with engine.connect() as conn:
        stored = conn.execute(select(BUREAU.c.code, BUREAU.c.ancestors)).all()
    assert len(stored) == 12_010
    assert stored[0].ancestors == ["01001", "01", "FR"]
    assert not _copy_threads()


def test_a_background_copy_that_fails_raises_and_leaves_nothing(engine):
    """A row the table refuses fails as in the foreground: the same error family, raised in the
    caller's thread, nothing of the transaction kept, no thread left behind."""
    with pytest.raises(IntegrityError), engine.begin() as conn, copies_in_background(conn):
        bulk_insert(conn, BUREAU, _bureaux(0, 100))
        bulk_insert(conn, BUREAU, _bureaux(50, 1))  # already there
        conn.execute(select(func.count()).select_from(BUREAU)).scalar()
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(BUREAU)).scalar() == 0
    assert not _copy_threads()


@pytest.mark.postgres
def test_a_value_out_of_range_in_the_background_is_a_data_error(tmp_path: Path):
    """The ingest turns a DataError into a refused payload: the background COPY raises one too."""
    with empty_database("postgresql", tmp_path) as url:
        engine = make_engine(url)
        try:
            upgrade(engine)
            with pytest.raises(DataError), engine.begin() as conn, copies_in_background(conn):
                bulk_insert(conn, BUREAU, _bureaux(0, 1, inscrits=2**40))
        finally:
            engine.dispose()
    assert not _copy_threads()


def test_an_error_of_the_caller_stops_the_copies_and_rolls_back(engine):
    with pytest.raises(RuntimeError), engine.begin() as conn, copies_in_background(conn):
        bulk_insert(conn, BUREAU, _bureaux(0, 5_000))
        raise RuntimeError("the feed broke off")
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(BUREAU)).scalar() == 0
    assert not _copy_threads()
